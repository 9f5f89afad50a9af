import { IMPACT_FIXTURE } from '../data-access/commerce-rows.fixture';
import { buildImpactChart, buildImpactTable, certainty, summarizeImpact } from './build-impact';

describe('impact analysis', () => {
  it('says what changed during and after, against the controls, and how sure we are', () => {
    expect(summarizeImpact(IMPACT_FIXTURE, 'fr')).toBe(
      'Pendant « Requalification de la rue Léon Gambetta », du 04/03/2024 au 27/09/2024, la fréquentation des 2 compteurs de la zone a baissé de 34,7 % ' +
        'par rapport aux 56 jours précédents, quand celle des 2 compteurs témoins évoluait de +4,1 % : effet propre estimé -37,2 % ' +
        '(intervalle à 95 % : -41,8 % à -32,3 %), sur 208 jours comparés. L’effet est net : l’intervalle exclut l’absence d’effet. ' +
        'Après la fin : effet +10,2 % (de +0,1 % à +21,4 %) sur 56 jours comparés.',
    );
  });

  it('says when the interval includes no effect, and when nothing can be said', () => {
    const uncertain = { ...IMPACT_FIXTURE.summary[1], effect_low: -0.1, effect_high: 0.05 };
    const noDays = {
      ...IMPACT_FIXTURE,
      summary: [
        IMPACT_FIXTURE.summary[0],
        { ...IMPACT_FIXTURE.summary[1], zone_change: null, effect: null, days_compared: 0 },
      ],
    };

    expect(certainty(uncertain)).toBe('uncertain');
    expect(certainty(IMPACT_FIXTURE.summary[1])).toBe('clear');
    expect(summarizeImpact(noDays, 'en')).toBe(
      'Not enough comparable days to estimate the effect of “Requalification de la rue Léon Gambetta” (0 days compared).',
    );
  });

  it('draws the daily indices on a base of 100 with the intervention shaded, and tabulates before / during / after', () => {
    const chart = buildImpactChart(IMPACT_FIXTURE, 'fr');
    const table = buildImpactTable(IMPACT_FIXTURE, 'fr');
    const series = chart.options.series as {
      data: (number | null)[];
      markArea?: { data: { xAxis: string }[][] };
    }[];

    expect(series[0].data).toEqual([101, 64, null]);
    expect(series[1].data).toEqual([99, 103, 105]);
    // the days in words, on the axis and at the edges of the shaded period
    expect(series[0].markArea!.data[0].map((edge) => edge.xAxis)).toEqual(['4 mars 2024', '4 mars 2024']);
    expect(chart.summary).toBe(
      'Pendant l’intervention, l’indice de la zone est en moyenne de 65, celui des témoins de 104 (100 = niveau d’avant). Après : 115 contre 105.',
    );
    expect(table.rows.map((row) => [row['period'], row['days'], row['effect']])).toEqual([
      ['avant', 56, null],
      ['pendant', 208, -0.3724],
      ['après', 56, 0.1023],
    ]);
  });
});
