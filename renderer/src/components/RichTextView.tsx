/**
 * Rich text shown read-only as the documents print it: paragraphs, bulleted
 * and numbered lists, bold and italic, links, and cross-references as the
 * current number of the requirement they name (or a marked note that it no
 * longer exists). Parsing is memoised (shared/text/rich-text.ts), so long
 * lists of texts re-render cheaply.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseRichText, type RichBlock, type RichInline } from '../../../shared/text/rich-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, '& p': { margin: 0 }, '& ul, & ol': { margin: 0, paddingInlineStart: '1.5em' } },
  reference: { fontWeight: tokens.fontWeightSemibold },
  missing: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1, backgroundColor: tokens.colorPaletteYellowBackground2 },
});

export interface RichTextViewProps {
  /** The rich-text source. */
  source: string;
  /** Requirement id → its current number, for cross-references. */
  numberOf: ReadonlyMap<string, string>;
  /** The language of the text (for screen readers and hyphenation). */
  lang?: string;
  className?: string;
}

function Inline({ inline, numberOf, styles }: { inline: RichInline; numberOf: ReadonlyMap<string, string>; styles: ReturnType<typeof useStyles> }): React.JSX.Element {
  const { t } = useTranslation();
  switch (inline.kind) {
    case 'lineBreak':
      return <br />;
    case 'crossReference': {
      const number = numberOf.get(inline.requirementId);
      return number === undefined ? (
        <span className={styles.missing}>{t('steps.requirements.richText.missingReference')}</span>
      ) : (
        <span className={styles.reference} data-requirement-id={inline.requirementId}>
          {number}
        </span>
      );
    }
    case 'link':
    case 'text': {
      let content: React.ReactNode = inline.text;
      if (inline.emphasis === true) content = <em>{content}</em>;
      if (inline.strong === true) content = <strong>{content}</strong>;
      return inline.kind === 'link' ? (
        <a href={inline.url} target="_blank" rel="noreferrer">
          {content}
        </a>
      ) : (
        <>{content}</>
      );
    }
  }
}

function Blocks({ blocks, numberOf, styles }: { blocks: readonly RichBlock[]; numberOf: ReadonlyMap<string, string>; styles: ReturnType<typeof useStyles> }): React.JSX.Element {
  return (
    <>
      {blocks.map((block, index) => {
        if (block.kind === 'paragraph') {
          return (
            <p key={index}>
              {block.inlines.map((inline, place) => (
                <Fragment key={place}>
                  <Inline inline={inline} numberOf={numberOf} styles={styles} />
                </Fragment>
              ))}
            </p>
          );
        }
        const items = block.items.map((item, place) => (
          <li key={place}>
            <Blocks blocks={item} numberOf={numberOf} styles={styles} />
          </li>
        ));
        return block.ordered ? (
          <ol key={index} start={block.start}>
            {items}
          </ol>
        ) : (
          <ul key={index}>{items}</ul>
        );
      })}
    </>
  );
}

export function RichTextView({ source, numberOf, lang, className }: RichTextViewProps): React.JSX.Element {
  const styles = useStyles();
  const blocks = useMemo(() => parseRichText(source), [source]);
  return (
    <div className={className === undefined ? styles.root : `${styles.root} ${className}`} lang={lang}>
      <Blocks blocks={blocks} numberOf={numberOf} styles={styles} />
    </div>
  );
}
