/** The raised card that screens put their sections on, in every theme. */
import { tokens } from '@fluentui/react-components';

export const cardSurface = {
  backgroundColor: tokens.colorNeutralBackground1,
  borderRadius: tokens.borderRadiusLarge,
  boxShadow: tokens.shadow4,
  padding: tokens.spacingHorizontalL,
} as const;
