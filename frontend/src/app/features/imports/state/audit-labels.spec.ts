import { plainSpaces } from '../../../core/i18n/format-value';
import { AuditEntry } from '../data-access/audit-entry';
import { actionLabel, describeAuditDetails, describeAuditTarget } from './audit-labels';
import { buildAuditRows } from './audit-log.selectors';

const entry = (partial: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: new Date(2026, 10, 26, 14, 5).toISOString(),
  actor: 'agent@lille.fr',
  action: 'import',
  commune_insee: '59350',
  target: null,
  details: {},
  ...partial,
});

describe('audit log labels', () => {
  it('names every action the API writes in plain French, and keeps an unknown one as it is', () => {
    expect(
      [
        'import',
        'import.refused',
        'import.rollback',
        'alert.threshold',
        'alert.acknowledge',
        'alert.unacknowledge',
        'fluids.alert.acknowledge',
        'fluids.rule.create',
        'fluids.rule.delete',
        'comment.delete',
        'login.failed',
        'user.add',
        'user.disable',
        'budget.reopen',
      ].map((action) => actionLabel(action, 'fr')),
    ).toEqual([
      'Import',
      'Import refusé',
      'Annulation d’import',
      'Seuil d’alerte modifié',
      'Alerte prise en charge',
      'Alerte rouverte',
      'Alerte fluides prise en charge',
      'Règle d’alerte fluides créée',
      'Règle d’alerte fluides supprimée',
      'Commentaire supprimé',
      'Échec de connexion',
      'Compte créé ou mis à jour',
      'Compte désactivé',
      'budget.reopen',
    ]);
    expect(actionLabel('import.rollback', 'en')).toBe('Import rolled back');
  });

  it('says what an import, a refusal and a rollback did', () => {
    const details = (action: string, d: Record<string, unknown>) =>
      plainSpaces(describeAuditDetails(entry({ action, details: d }), 'fr'));

    expect(details('import', { import_id: 12, rows_written: 1200, rows_unchanged: 3, sha256: 'ab' })).toBe(
      'Import n° 12 : 1 200 lignes écrites, 3 déjà à jour',
    );
    expect(details('import.refused', { import_id: 13, issues: 4 })).toBe(
      'Import n° 13 : 4 problèmes, rien n’a été écrit',
    );
    expect(details('import.rollback', { import_id: 12, restored: 1, deleted: 2 })).toBe(
      'Import n° 12 : 1 ligne remise à sa valeur précédente, 2 supprimées',
    );
  });

  it('gives a threshold change from the old value to the new one, and the note of an alert taken in hand', () => {
    const threshold = (d: Record<string, unknown>) =>
      describeAuditDetails(entry({ action: 'alert.threshold', details: d }), 'fr');

    expect(threshold({ kind: 'vacancy_spike', old_value: 5, old_was_default: true, new_value: 7.5 })).toBe(
      'De 5 (par défaut) à 7,5',
    );
    expect(threshold({ old_value: 8, old_was_default: false, new_value: 6 })).toBe('De 8 à 6');
    expect(
      describeAuditDetails(entry({ action: 'alert.acknowledge', details: { comment: 'Vu avec le service' } }), 'fr'),
    ).toBe('Note : « Vu avec le service »');
    expect(describeAuditDetails(entry({ action: 'alert.acknowledge', details: { comment: null } }), 'fr')).toBe('');
  });

  it('describes fluids rules, deleted comments, accounts and failed logins, and lists other details plainly', () => {
    const details = (action: string, d: Record<string, unknown>) =>
      describeAuditDetails(entry({ action, details: d }), 'fr');

    expect(
      details('fluids.rule.create', {
        building_id: 'LIL-PIS-001',
        fluid: 'water',
        threshold_kind: 'percent',
        threshold_value: 20,
      }),
    ).toBe('LIL-PIS-001, water : seuil 20 %');
    expect(details('comment.delete', { id: 7 })).toBe('Commentaire n° 7');
    expect(details('user.add', { role: 'agent' })).toBe('Rôle : Agent');
    expect(details('login.failed', { ip: '10.0.0.1' })).toBe('Adresse IP 10.0.0.1');
    expect(details('budget.reopen', { year: 2025, nested: { a: 1 }, ok: true })).toBe('year : 2025, ok : true');
    expect(details('budget.reopen', { text: 'x'.repeat(300) }).length).toBe(120);
  });

  it('names the import kind and file, and the threshold, as targets', () => {
    expect(describeAuditTarget(entry({ action: 'import', target: 'degree-days:dju 2025.csv' }), 'fr')).toBe(
      'Degrés-jours unifiés — « dju 2025.csv »',
    );
    expect(describeAuditTarget(entry({ action: 'alert.threshold', target: 'vacancy_spike' }), 'fr')).toBe(
      'Hausse de la vacance d’une rue',
    );
    expect(describeAuditTarget(entry({ action: 'comment.delete', target: 'fluids:building:B1' }), 'fr')).toBe(
      'fluids:building:B1',
    );
    expect(describeAuditTarget(entry({ action: 'user.disable', target: null }), 'fr')).toBe('');
  });

  it('lays out the rows with the date and time in French', () => {
    const [row] = buildAuditRows(
      [entry({ id: 9, target: 'degree-days:dju.csv', details: { import_id: 3, rows_written: 2 } })],
      'fr',
    );
    expect(row).toEqual({
      id: 9,
      at: new Date(2026, 10, 26, 14, 5).toISOString(),
      when: '26/11/2026 14:05',
      who: 'agent@lille.fr',
      what: 'Import',
      target: 'Degrés-jours unifiés — « dju.csv »',
      details: 'Import n° 3 : 2 lignes écrites, ? déjà à jour',
    });
  });
});
