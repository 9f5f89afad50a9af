import { PeerRow } from '../data-access/peer-row';
import { buildDgfipComparison } from './build-dgfip-comparison';
import { buildPeerView } from './build-peer-view';

const STRATE = 'communes de 100 000 hab et plus appartenant à un groupement fiscalisé (FPU)';
const row = (
  indicator: PeerRow['indicator'],
  unit: PeerRow['unit'],
  commune: number,
  average: number,
  extra: Partial<PeerRow> = {},
): PeerRow => ({
  indicator,
  unit,
  commune_value: commune,
  group_average: average,
  group_median: null,
  group_q1: null,
  group_q3: null,
  group_size: 9,
  rank: 2,
  source: 'dgfip',
  year: 2024,
  group_label: STRATE,
  ...extra,
});

describe('buildPeerView', () => {
  // Lille 2024 in the shipped sample: personnel 1 120 €/inh. against the strate's published 1 000 -> +12 %;
  // equipment 420 against 400 -> +5 %; debt 1 250 against 1 300 -> -3,8 %.
  const rows = [
    row('encours_dette_par_habitant', 'eur_per_inhabitant', 1250, 1300),
    row('depenses_equipement_par_habitant', 'eur_per_inhabitant', 420, 400),
    row('charges_personnel_par_habitant', 'eur_per_inhabitant', 1120, 1000, {
      group_median: 980,
      group_q1: 940,
      group_q3: 1050,
    }),
  ];

  it('says in plain French how the commune compares with the average of its strate', () => {
    // French number formatting uses narrow no-break spaces: compared with plain spaces
    const sentences = buildPeerView(rows, 'Lille', 'strate', 'fr', 'fr-FR').sentences.map((s) =>
      s.replace(/[\u202f\u00a0]/g, ' '),
    );
    expect(sentences).toContain(
      `Lille dépense 12,0 % de plus par habitant en personnel que la moyenne des ${STRATE} (1 120,00 € contre 1 000,00 €).`,
    );
    expect(sentences.some((s) => s.startsWith('Lille est endettée de 3,8 % de moins par habitant'))).toBeTrue();
  });

  it('puts every figure in a table with the median, quartiles and rank', () => {
    const view = buildPeerView(rows, 'Lille', 'strate', 'fr', 'fr-FR');
    const personnel = view.rows.find((r) => r['indicator'] === 'Charges de personnel par habitant')!;
    expect(personnel['rank']).toBe('2e sur 9');
    expect(personnel['quartiles']).toContain('940');
    expect(view.chart?.rows.map((r) => r['value'])).toEqual([1120, 1000, 980]);
  });

  it("names its chart for screen readers with the commune's sentence on personnel costs, in French too", () => {
    const view = buildPeerView(rows, 'Lille', 'strate', 'fr', 'fr-FR');
    expect(view.chart!.summary.replace(/[\u202f\u00a0]/g, ' ')).toMatch(
      /^Lille dépense 12,0 % de plus par habitant en personnel/,
    );
  });

  it('reads the chart out when there is no sentence to name it with (no strate average)', () => {
    const alone = [row('charges_personnel_par_habitant', 'eur_per_inhabitant', 1120, 0, { group_median: 980 })];
    const summary = buildPeerView(alone, 'Lille', 'strate', 'fr', 'fr-FR').chart!.summary.replace(
      /[\u202f\u00a0]/g,
      ' ',
    );
    expect(summary).toContain('Lille 1 120,00 €');
    expect(summary).toContain('980,00 €');
  });

  it('speaks English too, and says nothing when there is no figure', () => {
    expect(buildPeerView(rows, 'Lille', 'partners', 'en', 'en-GB').sentences[0]).toContain(
      'than the average of the partner communes',
    );
    const empty = buildPeerView([], 'Lille', 'strate', 'fr', 'fr-FR');
    expect([empty.sentences, empty.rows, empty.chart]).toEqual([[], [], null]);
  });
});

describe('buildDgfipComparison', () => {
  it("puts the commune's own ratios beside the DGFiP's of the latest common year, with the reason in words", () => {
    const view = buildDgfipComparison(
      [
        {
          year: 2023,
          indicator: 'taux_epargne_brute',
          unit: 'ratio',
          own_value: 0.1,
          dgfip_value: 0.1,
          gap: 0,
          own_population: 1,
          dgfip_population: 1,
          gap_reason: 'concordant',
        },
        {
          year: 2024,
          indicator: 'charges_personnel_par_habitant',
          unit: 'eur_per_inhabitant',
          own_value: 500,
          dgfip_value: 416.67,
          gap: 83.33,
          own_population: 10000,
          dgfip_population: 12000,
          gap_reason: 'population',
        },
      ],
      'Testville',
      'fr',
      'fr-FR',
    );
    expect(view.year).toBe(2024);
    expect(view.rows.length).toBe(1);
    expect(String(view.rows[0]['reason']).replace(/[\u202f\u00a0]/g, ' ')).toBe(
      'Population différente : la DGFiP compte 12 000 habitants, Pilotage 10 000',
    );
  });
});
