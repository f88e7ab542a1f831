import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { visuallyHidden } from '../../visually-hidden';

/** Styles the Review step's parts share: subsection headings, blocks, hidden text for screen readers. */
export const useReviewStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  h3: { ...typographyStyles.subtitle2, margin: 0 },
  h4: { ...typographyStyles.body1Strong, margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '80ch', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  visuallyHidden: visuallyHidden,
});
