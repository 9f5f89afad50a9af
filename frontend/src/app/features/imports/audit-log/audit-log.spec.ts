import { ComponentFixture, TestBed } from '@angular/core/testing';
import { LoadStatus } from '../../../core/context/context.feature';
import { AuditRow } from '../state/audit-log.selectors';
import { AuditLog } from './audit-log';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const ROWS: AuditRow[] = [
  {
    id: 2,
    at: '2026-11-26T13:05:00.000Z',
    when: '26/11/2026 14:05',
    who: 'agent@lille.fr',
    what: 'Seuil d’alerte modifié',
    target: 'Hausse de la vacance d’une rue',
    details: 'De 5 (par défaut) à 8',
  },
  {
    id: 1,
    at: '2026-11-26T09:15:00.000Z',
    when: '26/11/2026 10:15',
    who: 'agent@lille.fr',
    what: 'Import',
    target: 'Degrés-jours unifiés — « dju.csv »',
    details: 'Import n° 42 : 12 lignes écrites, 0 déjà à jour',
  },
];

describe('AuditLog', () => {
  let fixture: ComponentFixture<AuditLog>;
  let host: HTMLElement;

  async function render(status: LoadStatus, rows: AuditRow[] = [], error: string | null = null) {
    fixture = TestBed.createComponent(AuditLog);
    fixture.componentRef.setInput('rows', rows);
    fixture.componentRef.setInput('status', status);
    fixture.componentRef.setInput('error', error);
    fixture.componentRef.setInput('csvUrl', '/api/v1/audit?commune=59350&format=csv');
    fixture.componentRef.setInput('communeName', 'Lille');
    host = fixture.nativeElement;
    await fixture.whenStable();
  }

  it('lists the latest actions with when, who, what, on what and what changed', async () => {
    await render('loaded', ROWS);

    expect(text(host.querySelector('h2'))).toBe('Journal des actions');
    expect(text(host.querySelector('caption'))).toBe(
      'Dernières actions enregistrées pour Lille (2), de la plus récente à la plus ancienne',
    );
    expect(Array.from(host.querySelectorAll('thead th')).map((th) => [text(th), th.getAttribute('scope')])).toEqual([
      ['Date et heure', 'col'],
      ['Par', 'col'],
      ['Action', 'col'],
      ['Objet', 'col'],
      ['Détails', 'col'],
    ]);
    const first = host.querySelector('tbody tr')!;
    expect(first.querySelector('th')!.getAttribute('scope')).toBe('row');
    expect(first.querySelector('time')!.getAttribute('datetime')).toBe(ROWS[0].at);
    expect(Array.from(first.querySelectorAll('th, td')).map(text)).toEqual([
      '26/11/2026 14:05',
      'agent@lille.fr',
      'Seuil d’alerte modifié',
      'Hausse de la vacance d’une rue',
      'De 5 (par défaut) à 8',
    ]);
  });

  it('offers the whole log as a CSV file', async () => {
    await render('loaded', ROWS);
    const link = host.querySelector('a[download]') as HTMLAnchorElement;

    expect(text(link)).toBe('Télécharger le journal (CSV)');
    expect(link.getAttribute('href')).toBe('/api/v1/audit?commune=59350&format=csv');
  });

  it('says it is loading, then that nothing was recorded', async () => {
    await render('loading');
    expect(text(host.querySelector('[role="status"]'))).toBe('Chargement du journal des actions…');
    expect(host.querySelector('table')).toBeNull();

    fixture.componentRef.setInput('status', 'loaded');
    await fixture.whenStable();
    expect(text(host.querySelector('section'))).toContain('Aucune action enregistrée pour cette commune.');
  });

  it('gives the reason of an error and a retry', async () => {
    await render('error', [], 'Le serveur ne répond pas. Vérifiez la connexion.');
    let retried = 0;
    fixture.componentInstance.retry.subscribe(() => retried++);

    expect(text(host.querySelector('[role="alert"]'))).toContain('Le serveur ne répond pas. Vérifiez la connexion.');
    (host.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    expect(retried).toBe(1);
  });
});
