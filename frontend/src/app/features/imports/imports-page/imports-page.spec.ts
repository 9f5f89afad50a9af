import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore, Store } from '@ngrx/store';
import { authApiActions } from '../../../core/auth/auth-api.actions';
import { authFeature } from '../../../core/auth/auth.feature';
import { communesApiActions } from '../../../core/context/communes-api.actions';
import { contextFeature } from '../../../core/context/context.feature';
import { apiErrorInterceptor } from '../../../core/http/api-error-interceptor';
import { ImportKindDoc, ImportRecord, ImportReport, RollbackResult } from '../data-access/import-rows';
import * as auditLogEffects from '../state/audit-log.effects';
import { auditLogFeature } from '../state/audit-log.feature';
import { importsApiActions } from '../state/imports-api.actions';
import * as importsEffects from '../state/imports.effects';
import { importsFeature } from '../state/imports.feature';
import { ImportsPage } from './imports-page';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const KINDS: ImportKindDoc[] = [
  {
    kind: 'degree-days',
    description: 'Monthly heating degree-days',
    formats: ['csv', 'xlsx'],
    columns: [
      { name: 'month', required: true, description: 'Mois (AAAA-MM ou MM/AAAA)' },
      {
        name: 'dju',
        required: true,
        description: 'Degrés-jours base 18 °C',
        aliases: ['degres_jours'],
      },
      { name: 'station', required: false, description: 'Station météo' },
    ],
  },
  { kind: 'readings', description: 'Meter readings', formats: ['csv', 'xlsx'], columns: [] },
  { kind: 'counts', description: 'Flow counts', formats: ['csv', 'xlsx'], columns: [] },
];

const report = (partial: Partial<ImportReport>): ImportReport => ({
  import_id: null,
  kind: 'degree-days',
  commune: '59350',
  file_name: 'dju.csv',
  files: ['dju.csv'],
  status: 'checked',
  rows_read: 0,
  rows_written: 0,
  rows_unchanged: 0,
  issues: [],
  warnings: [],
  summary: null,
  duration_ms: 8,
  ...partial,
  // the server counts every problem; a fixture counts the ones it lists
  issues_total: partial.issues_total ?? (partial.issues ?? []).length,
});

const landed: ImportRecord = {
  id: 42,
  kind: 'degree-days',
  commune_insee: '59350',
  file_name: 'dju-bon.csv',
  status: 'landed',
  rows_read: 12,
  rows_written: 12,
  imported_by: 'agent@lille.fr',
  started_at: '2026-11-26T09:15:00Z',
  finished_at: '2026-11-26T09:15:01Z',
  issues: 0,
};

/** The page as its route provides it: the imports and audit log states and effects. */
const pageProviders = () => [
  provideStore({
    [contextFeature.name]: contextFeature.reducer,
    [authFeature.name]: authFeature.reducer,
  }),
  provideState(importsFeature),
  provideState(auditLogFeature),
  provideEffects(importsEffects, auditLogEffects),
  provideHttpClient(withInterceptors([apiErrorInterceptor])),
  provideHttpClientTesting(),
];

describe('ImportsPage', () => {
  let fixture: ComponentFixture<ImportsPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: pageProviders() });
    backend = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(Store);
    store.dispatch(
      communesApiActions.loadedSuccess({
        communes: [{ insee_code: '59350', name: 'Lille', population: 1, is_demo: true }],
      }),
    );
    store.dispatch(
      authApiActions.sessionLoaded({
        user: {
          id: 2,
          email: 'agent@lille.fr',
          role: 'agent',
          commune_insee: '59350',
          display_name: null,
        },
      }),
    );
    fixture = TestBed.createComponent(ImportsPage);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    await fixture.whenStable();
    backend.expectOne('/api/v1/imports/kinds').flush(KINDS);
    backend.expectOne('/api/v1/imports?commune=59350&limit=50').flush([]);
    await fixture.whenStable();
  });

  afterEach(() => {
    host.remove();
    backend.verify();
  });

  const button = (label: string) =>
    Array.from(host.querySelectorAll('button')).find((b) => text(b) === label) as HTMLButtonElement;

  async function chooseFile(name: string, content: string): Promise<File> {
    const file = new File([content], name, { type: 'text/csv' });
    const input = host.querySelector('#import-file') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    return file;
  }

  it('shows an agent no journal of actions, and never asks for it', () => {
    expect(host.querySelector('app-audit-log')).toBeNull();
    backend.expectNone((request) => request.url.startsWith('/api/v1/audit'));
  });

  it('documents the columns of the kind chosen', () => {
    expect(text(host.querySelector('label[for="import-kind"]'))).toBe('Type de données');
    expect(text(host.querySelector('#import-kind option'))).toBe('Degrés-jours unifiés (csv, xlsx)');
    expect(text(host.querySelector('details summary'))).toBe('Colonnes attendues (3)');
    expect(Array.from(host.querySelectorAll('details tbody th')).map(text)).toEqual(['month', 'dju', 'station']);
  });

  it('checks a file first, shows every problem line by line, and writes nothing', async () => {
    const file = await chooseFile('dju-faux.csv', 'month;dju\n2025-13;12\n');
    button('Vérifier le fichier').click();
    const check = backend.expectOne((r) => r.url === '/api/v1/imports/degree-days');
    expect(check.request.params.get('dry_run')).toBe('true');
    expect(check.request.params.get('commune')).toBe('59350');
    expect(check.request.headers.get('X-File-Name')).toBe('dju-faux.csv');
    expect(check.request.body).toBe(file);
    check.flush(
      report({
        status: 'refused',
        file_name: 'dju-faux.csv',
        rows_read: 2,
        issues: [
          {
            line: 2,
            column: 'month',
            value: '2025-13',
            reason: 'mois illisible (attendu AAAA-MM ou MM/AAAA)',
          },
          { line: 3, column: 'dju', value: 'beaucoup', reason: 'nombre illisible' },
        ],
      }),
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();

    const report422 = host.querySelector('app-validation-report')!;
    expect(text(report422.querySelector('.summary'))).toBe(
      'Fichier refusé : 2 problèmes sur 2 lignes. Rien n’a été écrit. Corrigez le fichier puis vérifiez-le à nouveau.',
    );
    const cells = Array.from(report422.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map(text),
    );
    expect(cells[0]).toEqual(['2', 'month', '2025-13', 'mois illisible (attendu AAAA-MM ou MM/AAAA)']);
    expect(button('Importer ce fichier')).toBeUndefined();
    expect(document.activeElement).toBe(report422.querySelector('section'));
  });

  it('imports a file after a clean check, shows it in the history and rolls it back after confirmation', async () => {
    await chooseFile('dju-bon.csv', 'month;dju\n2025-01;400\n');
    button('Vérifier le fichier').click();
    backend
      .expectOne((r) => r.params.get('dry_run') === 'true')
      .flush(report({ file_name: 'dju-bon.csv', rows_read: 12 }));
    await fixture.whenStable();
    expect(text(host.querySelector('app-validation-report .summary'))).toBe(
      'Fichier vérifié : 12 lignes lisibles, aucun problème. Rien n’a encore été écrit.',
    );

    button('Importer ce fichier').click();
    backend
      .expectOne((r) => r.params.get('dry_run') === 'false')
      .flush(
        report({
          status: 'landed',
          import_id: 42,
          file_name: 'dju-bon.csv',
          rows_read: 12,
          rows_written: 12,
        }),
      );
    backend.expectOne('/api/v1/imports?commune=59350&limit=50').flush([landed]);
    await fixture.whenStable();
    expect(text(host.querySelector('app-validation-report .summary'))).toContain('Import réussi : 12 lignes lues');
    const row = host.querySelector('app-import-history tbody tr')!;
    expect(text(row)).toContain('Degrés-jours unifiés');
    expect(text(row)).toContain('dju-bon.csv');
    expect(text(row)).toContain('agent@lille.fr');
    expect(text(row)).toContain('Importé');

    (row.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    const dialog = host.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBeTrue();
    expect(text(dialog.querySelector('#confirm-text'))).toContain(
      'L’import n° 42 (Degrés-jours unifiés, « dju-bon.csv ») sera annulé',
    );
    (
      Array.from(dialog.querySelectorAll('button')).find((b) => text(b) === 'Annuler l’import') as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    expect(dialog.open).toBeFalse();

    backend
      .expectOne('/api/v1/imports/42/rollback')
      .flush({ import_id: 42, status: 'rolled_back', restored: 0, deleted: 12 } satisfies RollbackResult);
    backend
      .expectOne('/api/v1/imports?commune=59350&limit=50')
      .flush([{ ...landed, status: 'rolled_back' } satisfies ImportRecord]);
    await fixture.whenStable();
    expect(text(host.querySelector('#imports-history ~ [role="status"]'))).toBe(
      'Import n° 42 annulé : 0 ligne remise à sa valeur précédente, 12 supprimées.',
    );
    expect(text(host.querySelector('app-import-history tbody tr'))).toContain('Annulé');
  });

  it('sends several counting files as one set with the mobility chosen, and says what would land', async () => {
    const select = host.querySelector('#import-kind') as HTMLSelectElement;
    select.value = 'counts';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const mobility = host.querySelector('#import-mobility') as HTMLSelectElement;
    expect(Array.from(mobility.options).map(text)).toEqual([
      'Celle indiquée par le fichier',
      'Vélos',
      'Piétons',
      'Véhicules',
      'Entrées d’équipements',
    ]);
    mobility.value = 'bike';
    mobility.dispatchEvent(new Event('change'));
    const files = [
      new File(['id;name\n'], 'sites.csv', { type: 'text/csv' }),
      new File(['channel_id\n'], 'channels.csv', { type: 'text/csv' }),
      new File(['channel_id;start_datetime;count\n'], 'mesures.csv', { type: 'text/csv' }),
    ];
    const input = host.querySelector('#import-file') as HTMLInputElement;
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(text(host.querySelector('#import-file-hint'))).toBe(
      '3 fichiers : vérifiés et importés ensemble, tout ou rien.',
    );

    button('Vérifier le fichier').click();
    const check = backend.expectOne((r) => r.url === '/api/v1/imports/counts');
    expect(check.request.params.get('kind')).toBe('bike');
    expect(check.request.params.get('dry_run')).toBe('true');
    const body = check.request.body as FormData;
    expect(body.getAll('file').map((f) => (f as File).name)).toEqual(['sites.csv', 'channels.csv', 'mesures.csv']);
    check.flush(
      report({
        kind: 'counts',
        file_name: 'sites.csv, channels.csv, mesures.csv',
        files: ['sites.csv', 'channels.csv', 'mesures.csv'],
        rows_read: 26_304,
        warnings: [
          {
            file: 'mesures.csv',
            line: 12,
            column: 'channel_id',
            value: 'C9',
            reason: 'type de mobilité que Pilotage ne suit pas (TRUCK) : ses mesures sont laissées de côté',
          },
        ],
        summary: {
          rows: 26_304,
          communes: ['59350'],
          years: [2024, 2025],
          sites: 3,
          kinds: { 'sites piétons': 1, 'sites vélos': 2 },
          notes: ['mesures.csv : mesures (schéma Etalab)'],
        },
      }),
    );
    await fixture.whenStable();

    const shown = host.querySelector('app-validation-report')!;
    expect(text(shown.querySelector('.facts-title'))).toBe('Ce qui serait importé');
    expect(
      Array.from(shown.querySelectorAll('.facts > div')).map(
        (d) => `${text(d.querySelector('dt'))} : ${text(d.querySelector('dd'))}`,
      ),
    ).toEqual([
      'Lignes : 26 304',
      'Fichiers : sites.csv, channels.csv, mesures.csv',
      'Communes : 59350',
      'Années : 2024, 2025',
      'Sites de comptage : 3',
    ]);
    expect(Array.from(shown.querySelectorAll('.per-kind li')).map(text)).toEqual([
      'sites piétons : 1',
      'sites vélos : 2',
    ]);
    expect(Array.from(shown.querySelectorAll('.warnings li')).map(text)).toEqual([
      'mesures.csv, ligne 12 : type de mobilité que Pilotage ne suit pas (TRUCK) : ses mesures sont laissées de côté',
    ]);
    expect(button('Importer ce fichier')).toBeDefined();
  });

  it('says how many problems there were in all when the report lists only the first ones, with their file', async () => {
    await chooseFile('mesures.csv', 'x\n');
    button('Vérifier le fichier').click();
    backend
      .expectOne((r) => r.url === '/api/v1/imports/degree-days')
      .flush(
        report({
          status: 'refused',
          files: ['sites.csv', 'mesures.csv'],
          rows_read: 5_000,
          issues_total: 1_250,
          issues: [
            {
              file: 'mesures.csv',
              line: null,
              column: 'count',
              value: null,
              reason: 'lignes 2 à 1 251 : nombre illisible',
            },
          ],
        }),
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await fixture.whenStable();

    const shown = host.querySelector('app-validation-report')!;
    expect(text(shown.querySelector('.issues-total'))).toBe(
      '1 250 problèmes en tout ; les 1 premiers, regroupés, sont listés ci-dessous.',
    );
    expect(shown.querySelector('.facts')).toBeNull();
    expect(Array.from(shown.querySelectorAll('thead th')).map(text)[0]).toMatch(/^Fichier/); // sortable: an arrow
    expect(Array.from(shown.querySelectorAll('tbody tr')[0].querySelectorAll('th, td')).map(text)[0]).toBe(
      'mesures.csv',
    );
  });

  it('keeps the import when the confirmation is declined', async () => {
    const store = TestBed.inject(Store);
    store.dispatch(importsApiActions.historyLoaded({ commune: '59350', history: [landed] }));
    await fixture.whenStable();
    (host.querySelector('app-import-history tbody button') as HTMLButtonElement).click();
    await fixture.whenStable();
    (
      Array.from(host.querySelectorAll('dialog button')).find((b) => text(b) === 'Garder l’import') as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    expect((host.querySelector('dialog') as HTMLDialogElement).open).toBeFalse();
    backend.expectNone('/api/v1/imports/42/rollback');
  });
});

describe('ImportsPage for an admin', () => {
  let fixture: ComponentFixture<ImportsPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: pageProviders() });
    backend = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(Store);
    store.dispatch(
      communesApiActions.loadedSuccess({
        communes: [{ insee_code: '59350', name: 'Lille', population: 1, is_demo: true }],
      }),
    );
    store.dispatch(
      authApiActions.sessionLoaded({
        user: {
          id: 1,
          email: 'admin@lille.fr',
          role: 'admin',
          commune_insee: null,
          display_name: null,
        },
      }),
    );
    fixture = TestBed.createComponent(ImportsPage);
    await fixture.whenStable();
    backend.expectOne('/api/v1/imports/kinds').flush(KINDS);
    backend.expectOne('/api/v1/imports?commune=59350&limit=50').flush([landed]);
  });

  afterEach(() => backend.verify());

  it('shows the journal of the commune’s latest actions, who did them and what changed', async () => {
    const journal = () => fixture.nativeElement.querySelector('app-audit-log') as HTMLElement;
    await fixture.whenStable();
    expect(text(journal().querySelector('[role="status"]'))).toBe('Chargement du journal des actions…');

    backend.expectOne('/api/v1/audit?commune=59350&limit=50').flush([
      {
        id: 7,
        at: new Date(2026, 10, 26, 10, 15).toISOString(),
        actor: 'agent@lille.fr',
        action: 'import',
        commune_insee: '59350',
        target: 'degree-days:dju-bon.csv',
        details: { import_id: 42, rows_written: 12, rows_unchanged: 0 },
      },
    ]);
    await fixture.whenStable();

    expect(text(journal().querySelector('h2'))).toBe('Journal des actions');
    expect(Array.from(journal().querySelectorAll('tbody tr th, tbody tr td')).map(text)).toEqual([
      '26/11/2026 10:15',
      'agent@lille.fr',
      'Import',
      'Degrés-jours unifiés — « dju-bon.csv »',
      'Import n° 42 : 12 lignes écrites, 0 déjà à jour',
    ]);
    expect(journal().querySelector('a[download]')!.getAttribute('href')).toBe('/api/v1/audit?commune=59350&format=csv');
  });
});
