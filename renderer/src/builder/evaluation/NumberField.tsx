import { Field, type FieldProps, Input, type InputProps, makeStyles, mergeClasses } from '@fluentui/react-components';
import type { NumberProblem, ReadNumber } from '../../../../shared/builder/evaluation-edits';
import { useDraft } from '../useDraft';

const useStyles = makeStyles({
  // Fluent inputs have an intrinsic minimum width; in a narrow grid column they must shrink to it.
  input: { minWidth: 0, width: '100%' },
});

export interface NumberFieldProps<T extends number | undefined> {
  /** The committed value in the document. */
  value: T;
  /** Reads typed text; only values it accepts are committed. */
  read: (text: string) => ReadNumber<T>;
  /** Called with each new valid value while the user types. */
  onCommit: (value: T) => void;
  /** How the committed value is written in the field when the user is not editing it. */
  format: (value: T) => string;
  /** The message for text that cannot be committed. */
  problemText: (problem: NumberProblem) => string;
  /** A warning about a valid value (for example a deduction of 0), shown when the text is valid. */
  warning?: string;
  label?: FieldProps['label'];
  hint?: string;
  className?: string;
  input?: Omit<InputProps, 'value' | 'onChange' | 'onBlur'>;
}

/**
 * A number typed in the user's locale. While the text cannot be read, or
 * lies outside what the document allows, it stays in the field as a draft
 * with the reason beside it and nothing reaches the document; every valid
 * value is committed as it is typed. Leaving the field writes the committed
 * value back in the locale's own way.
 */
export function NumberField<T extends number | undefined>({
  value,
  read,
  onCommit,
  format,
  problemText,
  warning,
  label,
  hint,
  className,
  input,
}: NumberFieldProps<T>): React.JSX.Element {
  const styles = useStyles();
  const draft = useDraft(value, format, read, onCommit);
  const problem = draft.problem === undefined ? undefined : problemText(draft.problem);
  const message = problem ?? warning;
  return (
    <Field
      label={label}
      hint={hint}
      className={className}
      validationState={problem !== undefined ? 'error' : warning !== undefined ? 'warning' : 'none'}
      validationMessage={message}
    >
      <Input
        inputMode="decimal"
        autoComplete="off"
        {...input}
        className={mergeClasses(styles.input, input?.className)}
        value={draft.text}
        onChange={(_event, data) => draft.onChange(data.value)}
        onBlur={draft.onBlur}
      />
    </Field>
  );
}
