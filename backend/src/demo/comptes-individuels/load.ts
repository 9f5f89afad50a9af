import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { repoRoot } from '../../config/env';
import { comptesIndividuelsKind } from '../../imports/kinds/comptes-individuels';
import { runImport } from '../../imports/run-import';

export const SAMPLE_FILE = path.join(repoRoot, 'backend/src/demo/data/comptes-individuels-2023-2024.csv');

/** The Métropole européenne de Lille (EPCI à fiscalité propre) and its members found in the sample. */
const MEL = { siren: '200093201', name: 'Métropole Européenne de Lille' };
const MEL_MEMBERS = [
  '59350',
  '59512',
  '59599',
  '59378',
  '59009',
  '59650',
  '59328',
  '59646',
  '59163',
  '59299',
  '59507',
  '59090',
  '59017',
];

/**
 * The demo's peers: the shipped real-layout sample of the DGFiP's national file, imported like any file (its other
 * communes land as reference communes), and the members of the MEL given their EPCI (the DGFiP file has none).
 */
export async function loadDemoPeers(db: Knex): Promise<void> {
  const report = await runImport(db, comptesIndividuelsKind, fs.readFileSync(SAMPLE_FILE), {
    commune: '',
    fileName: path.basename(SAMPLE_FILE),
    importedBy: 'demo',
    // the demo load refreshes every materialized relation once everything landed
    deferRefresh: true,
  });
  if (report.status !== 'landed')
    throw new Error(`demo: the comptes individuels sample was refused: ${JSON.stringify(report.issues)}`);
  await db('communes').whereIn('insee_code', MEL_MEMBERS).update({ epci_siren: MEL.siren, epci_name: MEL.name });
}
