/**
 * The few globals shared code may use: they exist alike in Node and in the
 * renderer. Declared here because shared/ compiles without Node or DOM types.
 */
declare class URL {
  constructor(input: string, base?: string | URL);
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly host: string;
  readonly pathname: string;
  readonly origin: string;
  toString(): string;
}

/** Decodes bytes to a string. `fatal: true` throws a TypeError on malformed input. */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

declare class TextEncoder {
  constructor();
  encode(input?: string): Uint8Array;
}
