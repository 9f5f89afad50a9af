import { buildFreshnessItems, freshnessLine, isStale } from './freshness-item';
import { FreshnessRow } from './freshness-row';

const row = (source: string, latest: string | null, imported: string | null = null): FreshnessRow => ({
  commune_insee: '59350',
  source,
  latest_data: latest,
  last_import_at: imported,
});

const today = new Date('2026-11-26T10:00:00Z');

describe('freshness items', () => {
  const rows = [
    row('counts', '2026-10-31'),
    row('budget', '2025-12-31', '2026-03-12T08:30:00Z'),
    row('fluids', '2026-06-30'),
    row('commerce', null),
  ];

  it('lists the sources in a fixed order, dates written the French way', () => {
    const items = buildFreshnessItems(rows, 'fr', today);
    expect(items.map((item) => `${item.label} ${item.latestData}`)).toEqual([
      'Budget 31/12/2025',
      'Fluides 30/06/2026',
      'Commerce null',
      'Comptages 31/10/2026',
    ]);
    expect(items[0].description).toBe('Budget : données jusqu’au 31/12/2025 ; dernier import le 12/03/2026.');
  });

  it('flags monthly data older than three months, and a budget whose last accounts are two years old', () => {
    // 30/06/2026 is 149 days before 26/11/2026; 31/10/2026 is 26 days before.
    expect(isStale(row('fluids', '2026-06-30'), today)).toBeTrue();
    expect(isStale(row('counts', '2026-10-31'), today)).toBeFalse();
    expect(isStale(row('budget', '2025-12-31'), today)).toBeFalse();
    expect(isStale(row('budget', '2023-12-31'), today)).toBeTrue();
    expect(isStale(row('commerce', null), today)).toBeTrue();
    expect(buildFreshnessItems(rows, 'fr', today)[1].description).toContain('données anciennes');
  });

  it('gives the one line a printed page carries', () => {
    expect(freshnessLine(buildFreshnessItems(rows, 'fr', today), 'fr')).toBe(
      'Données : Budget au 31/12/2025, Fluides au 30/06/2026, Comptages au 31/10/2026.',
    );
    expect(freshnessLine([], 'fr')).toBe('Aucune donnée chargée.');
  });
});
