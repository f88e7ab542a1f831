import { Field, Input, type FieldProps, type InputProps } from '@fluentui/react-components';
import { useState } from 'react';
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
  // `base` is the committed value the draft was typed against; when it changes from elsewhere, the draft is dropped.
  const [draft, setDraft] = useState<{ text: string; base: T } | null>(null);
  const current = draft !== null && Object.is(draft.base, value) ? draft : null;
  const text = current?.text ?? format(value);
  const invalid = current !== null && !parse(current.text).ok;
  return (
    <Field data-span={span} label={label} hint={hint} validationMessage={invalid ? invalidMessage : undefined} validationState={invalid ? 'error' : 'none'}>
      <Input
        {...input}
        value={text}
        onChange={(_event, data) => {
          const parsed = parse(data.value);
          if (parsed.ok && !Object.is(parsed.value, value)) {
            onCommit(parsed.value);
            setDraft({ text: data.value, base: parsed.value });
          } else {
            setDraft({ text: data.value, base: value });
          }
        }}
        onBlur={() => {
          // A valid entry is shown the locale's way once the user leaves the field.
          if (current !== null && parse(current.text).ok) setDraft(null);
        }}
      />
    </Field>
  );
}
