/** How the investment map is coloured: euros spent, or euros per inhabitant of the quartier. */
export type PlaceMeasure = 'total' | 'per_inhabitant';
