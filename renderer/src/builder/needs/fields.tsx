import { Field, Input, type FieldProps, type InputProps } from '@fluentui/react-components';
import { useDraft } from '../useDraft';
import type { Parsed } from '../../../../shared/builder/needs-edits';

/** Text only screen readers get (the app-wide visually-hidden class). */
export function ScreenReaderOnly({ children }: { children: React.ReactNode }): React.JSX.Element {
  return <span className="visually-hidden">{children}</span>;
}

/**
 * A field label that names the item it belongs to for screen readers
 * ("Who has the need, need 2") while showing only the field name, so that
 * repeated items never have two controls with the same name.
 */
export function ItemLabel({ text, item }: { text: string; item: string }): React.JSX.Element {
  return (
    <>
      {text}
      <ScreenReaderOnly>, {item}</ScreenReaderOnly>
    </>
  );
}

/** A warning Field shows for something still missing, or nothing. */
export function missing(show: boolean, message: string): Pick<FieldProps, 'validationMessage' | 'validationState'> {
  return show ? { validationMessage: message, validationState: 'warning' } : {};
}

export interface DraftInputProps<T> {
  label?: FieldProps['label'];
  hint?: string;
  /** Columns of the card grid the field takes (see body-styles). */
  span?: string;
  /** The committed value. */
  value: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  /** Called only with values that parsed; what does not parse stays a draft on screen. */
  onCommit: (value: T) => void;
  invalidMessage: string;
  input?: Omit<InputProps, 'value' | 'onChange' | 'onBlur'> & { 'data-focus-part'?: string };
}

/**
 * An input for a value that must be well formed before it is saved (a date,
 * a head count): the text stays a local draft while it does not parse, with
 * a message saying what is expected; valid values are committed as typed.
 * An undo or redo of the committed value replaces the draft.
 */
export function DraftInput<T>({ label, hint, span, value, format, parse, onCommit, invalidMessage, input }: DraftInputProps<T>): React.JSX.Element {
  const draft = useDraft(value, format, (text) => {
    const parsed = parse(text);
    return parsed.ok ? parsed : { ok: false as const, problem: invalidMessage };
  }, onCommit);
  return (
    <Field
      data-span={span}
      label={label}
      hint={hint}
      validationMessage={draft.problem}
      validationState={draft.problem !== undefined ? 'error' : 'none'}
    >
      <Input {...input} value={draft.text} onChange={(_event, data) => draft.onChange(data.value)} onBlur={draft.onBlur} />
    </Field>
  );
}
