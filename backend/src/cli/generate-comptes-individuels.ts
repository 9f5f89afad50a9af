import path from 'node:path';
import { parseArgs } from 'node:util';
import { nationalCommuneYears } from '../demo/comptes-individuels/national';
import { sampleCommuneYears } from '../demo/comptes-individuels/sample';
import { writeComptesFile } from '../demo/comptes-individuels/write';

/**
 * npx tsx backend/src/cli/generate-comptes-individuels.ts <file> [--communes M] [--years 2023,2024] [--sample]
 * writes a "comptes individuels des communes" file in the published layout: the shipped sample (--sample), or M
 * synthetic communes of realistic sizes for the given years (the bench's national file).
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    communes: { type: 'string', default: '35000' },
    years: { type: 'string', default: '2024' },
    sample: { type: 'boolean', default: false },
  },
});
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0] ?? 'comptes-individuels.csv');
const rows = values.sample
  ? sampleCommuneYears()
  : nationalCommuneYears(Number(values.communes), values.years.split(',').map(Number));
const started = Date.now();
const bytes = writeComptesFile(file, rows);
console.log(`${file} : ${(bytes / 1e6).toFixed(1)} Mo écrits en ${Date.now() - started} ms`);
