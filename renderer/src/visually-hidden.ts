import type { GriffelStyle } from '@fluentui/react-components';

/**
 * Text for screen readers only: out of sight, still read. Spread it into a
 * makeStyles rule (`hidden: visuallyHidden`), or into a media query where
 * text hides only in a narrow window.
 */
export const visuallyHidden: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
