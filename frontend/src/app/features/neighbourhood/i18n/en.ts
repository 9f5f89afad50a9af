import { NEIGHBOURHOOD_FR } from './fr';

/** English strings of the neighbourhoods page. */
export const NEIGHBOURHOOD_EN: Readonly<Record<keyof typeof NEIGHBOURHOOD_FR, string>> = {
  'quartiers.title': 'Neighbourhoods',
  'quartiers.intro': 'What is spent and invested in each neighbourhood of {commune} in {year}.',
  'quartiers.map': 'Neighbourhood map',
  'quartiers.table': 'Figures by neighbourhood',
  'quartiers.chart': '{indicator} by neighbourhood',
};
