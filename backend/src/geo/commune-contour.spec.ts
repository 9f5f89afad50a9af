import type { Knex } from 'knex';
import { testDatabase } from '../../test/helpers/database';
import { buildingsKind } from '../imports/kinds/buildings';
import { countingSitesKind } from '../imports/kinds/counting-sites';
import { countsKind } from '../imports/kinds/counts';
import { distanceOutsideM, farFromCommune, formatDistance, innerPoint, placePolygon } from './commune-contour';
import type { PolygonGeometry } from './reproject';

// A square commune of 0.01° x 0.01°: longitudes 3.00 to 3.01, latitudes 50.60 to 50.61 (about 706 m x 1 112 m).
// Around 50.605° N a degree of longitude is 111 195 m x cos(50.605°) = 70 571 m; a degree of latitude 111 195 m.
const square: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [3.0, 50.6],
      [3.01, 50.6],
      [3.01, 50.61],
      [3.0, 50.61],
      [3.0, 50.6],
    ],
  ],
};
const carreville = { insee: '99041', name: 'Carréville', contour: square };

describe('how far a point or a polygon stands outside a commune', () => {
  it('measures metres to the nearest edge, 0 inside', () => {
    expect(distanceOutsideM(square, [3.005, 50.605])).toBe(0);
    // 0.01° east of the east edge: 0.01 x 70 571 = 705.7 m
    expect(distanceOutsideM(square, [3.02, 50.605])).toBeCloseTo(705.7, 0);
    // 0.01° north of the north edge: 0.01 x 111 195 = 1 111.95 m
    expect(distanceOutsideM(square, [3.005, 50.62])).toBeCloseTo(1111.95, 1);
  });

  it('writes distances as a colleague would', () => {
    expect([705.7, 1111.95, 12_345, 2000].map(formatDistance)).toEqual(['710 m', '1,1 km', '12,3 km', '2 km']);
  });

  it('refuses a point more than 2 km out, with how far, and says nothing without a contour', () => {
    // 0.04° east of the edge: 0.04 x 70 571 = 2 822.9 m > 2 000 m; 0.02° east: 1 411.4 m, within the tolerance
    expect(farFromCommune(carreville, 3.05, 50.605, 'bâtiment')).toBe(
      "bâtiment à 2,8 km hors de Carréville (tolérance 2 km) : coordonnées d'une autre commune, ou latitude et longitude inversées ?",
    );
    expect(farFromCommune(carreville, 3.03, 50.605, 'bâtiment')).toBeUndefined();
    expect(farFromCommune({ ...carreville, contour: null }, 5, 45, 'bâtiment')).toBeUndefined();
  });

  it('places a polygon: its inner point and its farthest vertex outside', () => {
    // a quartier from 3.005 to 3.012: it sticks out by 0.002° = 0.002 x 70 571 = 141.1 m, its middle is inside
    const overlapping: PolygonGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [3.005, 50.601],
          [3.012, 50.601],
          [3.012, 50.609],
          [3.005, 50.609],
          [3.005, 50.601],
        ],
      ],
    };
    const place = placePolygon(square, overlapping);

    expect(place.centreOutsideM).toBe(0);
    expect(place.farthestOutsideM).toBeCloseTo(141.1, 0);
  });

  it('finds a point inside a U-shaped polygon whose box middle is outside it', () => {
    // a U: the middle of its box (1.5, 1) falls in the notch (1 to 2 wide, 0.5 to 2 high)
    const u: PolygonGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 2],
          [2, 2],
          [2, 0.5],
          [1, 0.5],
          [1, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    // the line y = 1 crosses the U at x = 0, 1, 2, 3: two spans of width 1, the first wins: (0.5, 1)
    expect(innerPoint(u)).toEqual([0.5, 1]);
  });
});

describe('the buildings import refuses a building far outside its commune', () => {
  let db: Knex;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    await db('communes').insert({
      insee_code: carreville.insee,
      name: carreville.name,
      geometry: JSON.stringify(square),
    });
  });
  afterAll(async () => {
    await db('communes').where({ insee_code: carreville.insee }).delete();
  });

  it('names the line and how far the building is; a building near the edge is kept', async () => {
    const file = Buffer.from(
      'building_id;name;type;lat;lon\n' +
        'B1;École du centre;école;50,605;3,005\n' + // inside
        'B2;Stade du bord;gymnase;50,605;3,03\n' + // 1,4 km outside: kept
        'B3;Piscine égarée;piscine;50,605;3,05\n', // 2,8 km outside: refused
    );

    const { records, issues } = await buildingsKind.parse(file, {
      commune: carreville.insee,
      fileName: 'batiments.csv',
      db,
    });

    expect(records.map((r) => r.building_id)).toEqual(['B1', 'B2']);
    expect(issues).toEqual([
      {
        line: 4,
        column: 'lat',
        value: '50,605 3,05',
        reason:
          "bâtiment à 2,8 km hors de Carréville (tolérance 2 km) : coordonnées d'une autre commune, ou latitude et longitude inversées ?",
      },
    ]);
  });
});

describe('counting sites far from their commune, refused like buildings', () => {
  let db: Knex;
  const ctx = () => ({ commune: '99042', db, siteKind: 'bike' as const });

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    await db('communes').insert({ insee_code: '99042', name: 'Carréville-Bis', geometry: JSON.stringify(square) });
  });
  afterAll(async () => {
    await db('communes').where({ insee_code: '99042' }).delete();
  });

  it('refuses a site of a site list more than 2 km out, with how far; a site near the edge is kept', async () => {
    const file = Buffer.from(
      'site_id;name;lat;lon\n' +
        'S1;Place centrale;50.605;3.005\n' + // inside
        'S2;Pont du bord;50.605;3.03\n' + // 0,02° east of the edge: 1,4 km, kept
        'S3;Compteur égaré;50.605;3.05\n', // 0,04° east: 2,8 km, refused
    );

    const { records, issues } = await countingSitesKind.parse(file, { ...ctx(), fileName: 'sites.csv' });

    expect(records.map((r) => ('site_id' in r ? r.site_id : ''))).toEqual(['S1', 'S2']);
    expect(issues).toEqual([
      {
        line: 4,
        column: 'lat',
        value: '50.605 3.05',
        reason:
          "site de comptage à 2,8 km hors de Carréville-Bis (tolérance 2 km) : coordonnées d'une autre commune, ou latitude et longitude inversées ?",
      },
    ]);
  });

  it('refuses an Eco-Counter site far out once, on its first line, not once per hour', async () => {
    const header =
      'Identifiant du compteur;Nom du compteur;Identifiant du site de comptage;Nom du site de comptage;Comptage horaire;Date et heure de comptage;Coordonnées géographiques';
    const file = Buffer.from(
      [
        header,
        'C1;Est;10;Place centrale;12;2024-05-02T08:00:00+02:00;50.605,3.005',
        'C2;Loin;20;Compteur égaré;7;2024-05-02T08:00:00+02:00;50.605,3.05',
        'C2;Loin;20;Compteur égaré;9;2024-05-02T09:00:00+02:00;50.605,3.05',
      ].join('\n'),
    );

    const { issues } = await countsKind.parse(file, { ...ctx(), fileName: 'comptages.csv' });

    expect(issues).toEqual([
      {
        line: 3,
        column: 'coordinates',
        value: '50.605,3.05',
        reason:
          "site de comptage à 2,8 km hors de Carréville-Bis (tolérance 2 km) : coordonnées d'une autre commune, ou latitude et longitude inversées ?",
      },
    ]);
  });
});
