import { makeStyles, tokens } from '@fluentui/react-components';

/** The grid inside an item card: fields side by side, long texts across the card. */
export const useBodyStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(12, minmax(0, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    alignItems: 'start',
    '& > *': { gridColumn: 'span 12', minWidth: 0 },
    // Controls fit their column rather than keep Fluent's minimum widths.
    '& .fui-Input, & .fui-Select, & .fui-Dropdown': { minWidth: 0 },
    '@media (min-width: 1100px)': {
      '& > [data-span="8"]': { gridColumn: 'span 8' },
      '& > [data-span="6"]': { gridColumn: 'span 6' },
      '& > [data-span="5"]': { gridColumn: 'span 5' },
      '& > [data-span="4"]': { gridColumn: 'span 4' },
      '& > [data-span="3"]': { gridColumn: 'span 3' },
      '& > [data-span="2"]': { gridColumn: 'span 2' },
    },
    '@media (min-width: 700px) and (max-width: 1099px)': {
      '& > [data-span="5"], & > [data-span="4"], & > [data-span="3"], & > [data-span="2"]': { gridColumn: 'span 6' },
      '& > [data-span="6"], & > [data-span="8"]': { gridColumn: 'span 12' },
    },
  },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});
