import type { Polygon } from 'geojson';
import { labelPoint } from './label-point';

const inside = (point: [number, number], [minX, minY, maxX, maxY]: number[]) =>
  point[0] > minX && point[0] < maxX && point[1] > minY && point[1] < maxY;

describe('labelPoint (where an area’s name is written)', () => {
  it('writes it at the centre of a square', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(labelPoint(square)).toEqual([1, 1]);
  });

  it('writes it inside a U-shaped area, whose centroid lies in the gap', () => {
    // a U: two legs (x 0-1 and 3-4) joined at the bottom (y 0-1); the centroid falls in the gap between the legs
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [3, 4],
          [3, 1],
          [1, 1],
          [1, 4],
          [0, 4],
          [0, 0],
        ],
      ],
    };
    const point = labelPoint(u);
    const inLeg = inside(point, [0, 0, 1, 4]) || inside(point, [3, 0, 4, 4]) || inside(point, [0, 0, 4, 1]);
    expect(inLeg).withContext(`${point}`).toBeTrue();
  });
});
