/**
 * Series colours distinguishable by colour-blind readers (Okabe-Ito order, darkened for 3:1 contrast on white);
 * decal patterns (aria.decal) add a second cue.
 */
export const CHART_PALETTE: readonly string[] = [
  '#0b5fa5',
  '#c25400',
  '#007a5a',
  '#a4487f',
  '#8a6d00',
  '#3c8dbc',
  '#5b5b5b',
];

export const AXIS_TEXT = '#3d4450';
export const GRID_LINE = '#d9dde3';
