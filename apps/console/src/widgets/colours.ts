/**
 * Tag colours that keep white text at WCAG AA contrast (4.5:1 and more): Ant Design's light preset tags (green on
 * pale green, gold on pale yellow) fall below it, and axe refuses them in the browser tests.
 */
export const COLOUR = {
  green: '#237804',
  gold: '#874d00',
  orange: '#ad4e00',
  red: '#a8071a',
  blue: '#0958d9',
  geekblue: '#1d39c4',
  cyan: '#006d75',
  purple: '#531dab',
  volcano: '#ad2102',
  grey: '#595959',
} as const;
