import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { importCli } from '../../../test/helpers/cli';
import { testDatabase } from '../../../test/helpers/database';
import { quartiersKind } from './quartiers';

const here = import.meta.dirname;
const irisSample = path.resolve(here, '../../../test/fixtures/quartiers/iris-mel-simplifie.geojson');
const communesFile = path.resolve(here, '../../demo/data/communes.json');
const iris = JSON.parse(fs.readFileSync(irisSample, 'utf8')) as {
  features: { properties: Record<string, string>; geometry: unknown }[];
};
const contours = JSON.parse(fs.readFileSync(communesFile, 'utf8')).features as {
  properties: { code: string; nom: string };
  geometry: unknown;
}[];
const contourOf = (code: string) => JSON.stringify(contours.find((f) => f.properties.code === code)!.geometry);

const LILLE = '59350';
const ROUBAIX = '59512';
const PARIS = '75056';

describe('quartiers: IRIS contours and portal quartier files', () => {
  let db: Knex;
  let url: string;
  let dir: string;
  const parse = (doc: unknown, commune: string) =>
    quartiersKind.parse(Buffer.from(JSON.stringify(doc)), { commune, fileName: 'quartiers.geojson', db });

  beforeAll(async () => {
    const database = await testDatabase();
    db = database.knex;
    url = database.url;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-quartiers-'));
    await db('communes').insert([
      { insee_code: LILLE, name: 'Lille', population: 236_234, geometry: contourOf(LILLE) },
      { insee_code: ROUBAIX, name: 'Roubaix', population: 98_089, geometry: contourOf(ROUBAIX) },
      { insee_code: PARIS, name: 'Paris', population: 2_113_705 },
    ]);
  });

  afterAll(async () => {
    const codes = [LILLE, ROUBAIX, PARIS];
    await db('buildings').whereIn('commune_insee', codes).delete();
    await db('quartiers').whereIn('commune_insee', codes).delete();
    await db('audit_log').whereIn('commune_insee', codes).delete();
    await db('imports').whereIn('commune_insee', codes).delete();
    await db('communes').whereIn('insee_code', codes).delete();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keeps Lille's 110 IRIS of the MEL file and leaves the 97 of Roubaix, Tourcoing and Marcq aside, by insee_com", async () => {
    const { records, issues, warnings } = await parse(iris, LILLE);
    const summary = quartiersKind.summarize!(records, { commune: LILLE, fileName: 'iris.geojson', db });
    const notes = warnings!.map((w) => w.reason);

    expect(issues).toEqual([]);
    // the file: 207 IRIS = Lille 110 + Tourcoing 41 + Roubaix 38 + Marcq-en-Barœul 18
    expect(records.length).toBe(110);
    expect(summary.rows).toBe(110);
    expect(summary.communes).toEqual([LILLE]);
    expect(summary.notes![0]).toMatch(
      /^110 quartiers \(nom tiré de nom_iris ; population absente\) : lille centre 19, /,
    );
    // Lille's own IRIS stick out of its simplified contour by 110 m at most (measured), within the 200 m tolerance
    expect(summary.notes![1]).toBe('tous dans le contour de la commune (débord le plus grand 110 m, tolérance 200 m)');
    expect(notes[0]).toBe(
      "97 polygones d'autres communes laissés de côté (insee_com : 59599 ×41, 59512 ×38, 59378 ×18).",
    );
    // the U+001A that stands for a lost accent is put back where the word is known: Bourg D?livrance 2 to 5 (Lomme),
    // Barth?lemy, 400 Maisons-Cimeti?re du Sud, Saint-Maurice-cimeti?re de l'Est, zone d activit?-min: 8 in Lille
    expect(notes[1]).toBe(
      '8 noms aux accents perdus en amont réparés : « Bourg D?livrance 5 » → « Bourg Délivrance 5 », « Barth?lemy » → ' +
        '« Barthélemy », « Bourg D?livrance 2 » → « Bourg Délivrance 2 », « Bourg D?livrance 3 » → « Bourg Délivrance 3 »….',
    );
    expect(records.some((r) => r.name.includes('\u001a'))).toBeFalse();
    expect(records.map((r) => r.name)).toContain("Saint-Maurice-cimetière de l'Est");
  });

  it('keeps Roubaix its own 38 IRIS from the same file', async () => {
    const { records, issues } = await parse(iris, ROUBAIX);

    expect(issues).toEqual([]);
    expect(records.length).toBe(38);
    expect(records.map((r) => r.name)).toContain('Fraternité');
  });

  it('refuses, each with how far it is, polygons of another commune when the file has no INSEE property', async () => {
    const roubaixOnly = {
      type: 'FeatureCollection',
      features: iris.features
        .filter((f) => f.properties.insee_com === ROUBAIX)
        .map((f) => ({ ...f, properties: { nom_iris: f.properties.nom_iris, code_iris: f.properties.code_iris } })),
    };

    const { records, issues } = await parse(roubaixOnly, LILLE);

    expect(records).toEqual([]);
    expect(issues.length).toBe(38);
    for (const problem of issues) {
      expect(problem.reason).toMatch(
        /^quartier « .+ » hors de la commune : son centre est à \d+(,\d)? km du contour de Lille \(point le plus éloigné à \d+(,\d)? km\) ; est-ce bien un fichier de Lille \?$/,
      );
    }
  });

  it('says once which properties it found when none names the quartiers', async () => {
    const nameless = {
      type: 'FeatureCollection',
      features: iris.features
        .slice(0, 3)
        .map((f) => ({ ...f, properties: { code_iris: f.properties.code_iris, insee_com: f.properties.insee_com } })),
    };

    const { issues } = await parse(nameless, LILLE);

    expect(issues).toEqual([
      {
        line: null,
        column: 'properties',
        value: null,
        reason:
          'nom des quartiers introuvable : aucune des propriétés name, nom, nom_iris, l_qu, nom_quartier, libelle ; propriétés trouvées : code_iris, insee_com',
      },
    ]);
  });

  it('says which communes a file holds when none is the one asked for', async () => {
    const roubaix = {
      type: 'FeatureCollection',
      features: iris.features.filter((f) => f.properties.insee_com === ROUBAIX),
    };

    const { issues } = await parse(roubaix, LILLE);

    expect(issues).toEqual([
      {
        line: null,
        column: 'insee_com',
        value: LILLE,
        reason: 'aucun quartier de la commune 59350 dans ce fichier (communes de la propriété insee_com : 59512 ×38)',
      },
    ]);
  });

  it("reads a portal's quartiers in Lambert-93 named by l_qu, with Paris's arrondissement number c_ar, and says the contour is unknown", async () => {
    // two squares of 500 m in Lambert-93 around the Louvre (1st arrondissement) and the Bourse (2nd)
    const square = (x: number, y: number) => [
      [
        [x, y],
        [x + 500, y],
        [x + 500, y + 500],
        [x, y + 500],
        [x, y],
      ],
    ];
    const portal = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } },
      features: [
        {
          type: 'Feature',
          properties: { c_qu: 1, c_quinsee: 7510101, l_qu: "Saint-Germain-l'Auxerrois", c_ar: 1 },
          geometry: { type: 'Polygon', coordinates: square(651000, 6862000) },
        },
        {
          type: 'Feature',
          properties: { c_qu: 5, c_quinsee: 7510201, l_qu: 'Gaillon', c_ar: 2 },
          geometry: { type: 'Polygon', coordinates: square(651000, 6863000) },
        },
      ],
    };

    const paris = await parse(portal, PARIS);
    const firstArrondissement = await parse(portal, '75101');

    expect(paris.issues).toEqual([]);
    expect(paris.records.map((r) => r.name)).toEqual(["Saint-Germain-l'Auxerrois", 'Gaillon']);
    // 651 000 m east, 6 862 000 m north in Lambert-93 is about 2.34° E, 48.86° N (central Paris)
    const [lon, lat] = (paris.records[0].geometry.coordinates[0] as number[][])[0];
    expect(lon).toBeCloseTo(2.34, 1);
    expect(lat).toBeCloseTo(48.86, 1);
    expect(paris.warnings!.map((w) => w.reason)).toContain(
      "contour de la commune 75056 inconnu : la position des quartiers n'a pas pu être vérifiée",
    );
    expect(firstArrondissement.records.map((r) => r.name)).toEqual(["Saint-Germain-l'Auxerrois"]);
  });

  it('prints what would land with --dry-run, lands the 110 IRIS of Lille whole, and changes nothing when re-run', async () => {
    await db('buildings').insert({
      commune_insee: LILLE,
      building_id: 'HDV',
      name: 'Hôtel de ville',
      type: 'town_hall',
      lat: 50.6311,
      lon: 3.0708,
    });

    const dry = await importCli(['quartiers', irisSample, '--commune', LILLE, '--dry-run'], url);
    const first = await importCli(['quartiers', irisSample, '--commune', LILLE], url);
    const again = await importCli(['quartiers', irisSample, '--commune', LILLE], url);

    expect(dry.code)
      .withContext(dry.stdout + dry.stderr)
      .toBe(0);
    expect(dry.stdout).toContain('110 lignes prêtes à importer');
    expect(dry.stdout).toContain("97 polygones d'autres communes laissés de côté");
    expect(first.code)
      .withContext(first.stdout + first.stderr)
      .toBe(0);
    expect(first.stdout).toContain('110 lignes lues, 110 écrites, 0 déjà à jour');
    expect(again.stdout).toContain('110 lignes lues, 0 écrites, 110 déjà à jour');
    expect(await db('quartiers').where({ commune_insee: LILLE }).count<{ count: number }[]>('* as count')).toEqual([
      { count: 110 },
    ]);
    // the town hall (place Roger Salengro) lies in an IRIS of Lille-Centre (grand quartier 01)
    const hall = await db('buildings as b')
      .join('quartiers as q', 'q.id', 'b.quartier_id')
      .where({ 'b.building_id': 'HDV' })
      .first('q.name');
    expect(hall?.name).toMatch(/^lille centre \d+$/);
  }, 90_000);
});
