import { PROGRAMMES_FIXTURE } from '../data-access/budget-rows.fixture';
import { QUARTIERS_FIXTURE } from '../../../shared/quartiers/quartier.fixture';
import { buildProgrammeTimeline, programmeMarkers, programmeRows, programmesPerQuartier } from './build-programmes';

describe('programme views', () => {
  it('draws each programme from start to planned end, then its slippage, and says which slips most', () => {
    const chart = buildProgrammeTimeline(PROGRAMMES_FIXTURE, '2025-11-26', 'fr');
    const [bars] = chart.options.series as { data: number[][] }[];

    expect((chart.options.yAxis as { data: string[] }).data)
      .withContext('latest start at the bottom')
      .toEqual(['Plan vélo', 'Groupe scolaire', 'Piscine']);
    expect(bars.data.filter((bar) => bar[3] === 1).length)
      .withContext('one slippage bar')
      .toBe(1);
    expect(chart.summary).toBe(
      '1 programme sur 3 glisse par rapport au calendrier voté ; le plus en retard, « Piscine », de 17,9 mois.',
    );
  });

  it('lists programmes by start date with cost, progress and slippage', () => {
    const rows = programmeRows(PROGRAMMES_FIXTURE, 'fr');

    expect(rows.map((r) => r['name'])).toEqual(['AP2 – Piscine', 'AP1 – Groupe scolaire', 'AP3 – Plan vélo']);
    expect(rows[0]).toEqual(jasmine.objectContaining({ quartier: 'Fives', slippage: 17.9, status: 'En cours' }));
    expect(rows[2]['quartier']).withContext('a street when no quartier').toBe('boulevard de la Liberté');
  });

  it('places programmes with coordinates on the map and counts them per quartier', () => {
    expect(programmeMarkers(PROGRAMMES_FIXTURE, 'fr-FR').map((m) => m.id)).toEqual(['AP1']);
    const counts = programmesPerQuartier(PROGRAMMES_FIXTURE, QUARTIERS_FIXTURE);
    expect([...counts.entries()]).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });
});
