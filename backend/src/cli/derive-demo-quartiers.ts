// Derives the demo's quartier shapes from the IRIS contours of the Métropole européenne de Lille:
//   npx tsx backend/src/cli/derive-demo-quartiers.ts <iris-mel.geojson> [--fixture <out.geojson>]
// writes backend/src/demo/data/quartiers-iris.json (each demo quartier = union of the IRIS nearest its approximate
// centre) and, with --fixture, a simplified copy of the IRIS file for the import tests (same properties, lighter
// geometry). Source: IRIS contours (IGN, INSEE) as exported by the MEL's open-data portal, Licence Ouverte 2.0.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import simplify from '@turf/simplify';
import { COMMUNES, communeShapes, quartierCentres } from '../demo/geography';
import { LILLE_ASSOCIATED, quartiersFromIris, type IrisFeature } from '../demo/iris-quartiers';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { fixture: { type: 'string' } } });
const [input] = positionals;
if (!input) {
  console.error(
    'Usage : npx tsx backend/src/cli/derive-demo-quartiers.ts <iris-mel.geojson> [--fixture <sortie.geojson>]',
  );
  process.exit(2);
}
const iris = JSON.parse(fs.readFileSync(input, 'utf8')) as { features: IrisFeature[] };
const shapes = communeShapes();
const communes: Record<string, unknown> = {};
for (const spec of COMMUNES) {
  const centres = quartierCentres(spec, shapes.get(spec.insee)!);
  communes[spec.insee] = quartiersFromIris(
    iris.features,
    spec.insee,
    centres,
    spec.insee === '59350' ? LILLE_ASSOCIATED : {},
  );
}
const out = new URL('../demo/data/quartiers-iris.json', import.meta.url);
const document = {
  source:
    'Unions of IRIS contours (IGN, INSEE) as exported by the Métropole européenne de Lille open-data portal; ' +
    'each INSEE grand quartier (7 first digits of the IRIS code) assigned to the nearest approximate quartier centre ' +
    "(quartiers-lille.csv, partner centres in geography.ts), Lille's grands quartiers 24-26 to Hellemmes and 27-30 to Lomme. " +
    'The assignment is approximate, the boundaries are real IRIS edges simplified to about 3 m.',
  licence: 'Licence Ouverte / Etalab 2.0 - IGN, INSEE, MEL',
  derived_by: 'npx tsx backend/src/cli/derive-demo-quartiers.ts <iris-mel.geojson>',
  communes,
};
fs.writeFileSync(out, JSON.stringify(document) + '\n');
console.log(`${out.pathname} : ${fs.statSync(out).size} octets`);

if (values.fixture) {
  const light = {
    type: 'FeatureCollection',
    features: iris.features.map((f) => ({
      type: 'Feature',
      properties: f.properties,
      geometry: round(simplify(f.geometry, { tolerance: 0.0002, highQuality: true })),
    })),
  };
  fs.writeFileSync(values.fixture, JSON.stringify(light) + '\n');
  console.log(`${values.fixture} : ${fs.statSync(values.fixture).size} octets`);
}

function round(geometry: IrisFeature['geometry']): IrisFeature['geometry'] {
  return JSON.parse(
    JSON.stringify(geometry, (_key, value) => (typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value)),
  );
}
