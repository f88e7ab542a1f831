import { makeStyles, tokens } from '@fluentui/react-components';
import type { DocumentLanguage } from '../../../../shared/specification/model/common';
import type { RequirementParameter } from '../../../../shared/specification/model/requirements';
import { parameterTexts } from '../../../../shared/specification/parameters';
import { sentenceParts } from '../../../../shared/templates/instantiate';

const useStyles = makeStyles({
  // A value not set yet: the parameter's name where the value will go, drawn as a form's blank line.
  blank: {
    fontStyle: 'italic',
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    paddingInline: tokens.spacingHorizontalXXS,
  },
});

export interface FilledSentenceProps {
  /** The requirement's text in `language`, with its {name} placeholders. */
  text: string;
  parameters: readonly RequirementParameter[];
  /** The language of the text: values are written as it writes them ("16:00", "99,5"). */
  language: DocumentLanguage;
  /** A parameter's label in the UI language, shown where a value is not set yet. */
  labelOf: (name: string) => string;
}

/**
 * A requirement's sentence as it will read: each placeholder replaced by its
 * value, and a value not set yet shown as a marked blank named by the
 * parameter's label (never the raw {name}). The editor's preview and the
 * requirement list both draw it.
 */
export function FilledSentence({ text, parameters, language, labelOf }: FilledSentenceProps): React.JSX.Element {
  const styles = useStyles();
  const parts = sentenceParts(text, parameterTexts(parameters, language));
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'text' ? (
          part.text
        ) : part.value !== null ? (
          part.value
        ) : (
          <span key={index} className={styles.blank} data-parameter-blank={part.name}>
            {labelOf(part.name)}
          </span>
        ),
      )}
    </>
  );
}
