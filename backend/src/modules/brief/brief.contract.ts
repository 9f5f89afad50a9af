import { z } from 'zod';
import { anyJson, arrayOf, bool, mapOf, num, object, oneOf, op, str, type Contract } from '../../http/contract';
import { briefQuery } from './brief.schemas';

const tag = 'Brief';

const headline = object({
  family: str('budget, fluids, commerce, flows, or alerts (the open-alert counts of the alerts section)'),
  indicator: str('e.g. taux_epargne_brute, fluids_cost_eur, vacancy_rate, footfall_per_day'),
  label: str(),
  value: num('Raw value in `unit`', true),
  unit: str('fraction, years, EUR, kWh, per_day'),
  text: str('The value in French, as printed: "12,2 %", "6,8 M€"'),
  period_label: str('"2025", or "janv.–oct. 2026" for a year in progress'),
  complete: bool('Whether the period is a whole year'),
  comparison: str('"−10,6 % par rapport à 2024"; null without a comparable period', true),
  change: num('Relative change (amounts) or change in points as a fraction (rates)', true),
  change_kind: str('relative or points'),
  status: oneOf(['ok', 'watch', 'alert'], 'null when no threshold applies').nullable(),
  threshold: str('The thresholds in words', true),
  source: str(),
});

const cells = mapOf(str(), 'Cells already written in French, by column key');

const table = object({
  caption: str(),
  columns: arrayOf(object({ key: str(), label: str(), numeric: bool() })),
  rows: arrayOf(cells),
  total: cells.nullable(),
});

const section = object({
  id: str('figures, alerts, execution, programmes or quartiers'),
  title: str(),
  sentences: arrayOf(str()),
  figures: arrayOf(headline),
  chart: object({ title: str(), option: anyJson('An ECharts option (plain JSON)'), height: num('Pixels') })
    .nullable()
    .meta({ description: 'An ECharts option with its title and height' }),
  tables: arrayOf(table),
  source: str(),
});

const brief = object({
  commune: object({ insee: str(), name: str(), population: num(undefined, true) }),
  year: num(),
  title: str(),
  subtitle: str(),
  generated_on: str('"7 décembre 2026"'),
  data_as_of: str('Latest date each source covers, in words'),
  audience: str('staff (alerts included) or public (alerts section says they are internal)'),
  summary: arrayOf(str()),
  sections: arrayOf(section),
});

const description =
  'The council brief as one document, composed from the SQL views: headline figures of each family, every open ' +
  'alert of the alerts centre with its severity (critical first; filled for elected officials and agents only), ' +
  'budget execution (crédits ouverts vs executed by section and chapter), programmes at risk (AP overrun, ' +
  'slippage) and the quartiers that stand out. Texts and table cells are written in French (1 234 567,89 €), so ' +
  'the page and the PDF print the same characters. A user limited to one commune gets 403 for another.';

export const briefContract: Contract = {
  '/brief': {
    get: op({
      id: 'getBrief',
      tag,
      summary: 'Council brief (JSON document)',
      description,
      access: 'public',
      query: briefQuery,
      responseDescription: 'The brief',
      response: brief,
    }),
  },
  '/brief.pdf': {
    get: op({
      id: 'getBriefPdf',
      tag,
      summary: 'Council brief as an A4 PDF',
      description:
        'The same document as GET /brief, drawn on the server (charts as vectors, DejaVu Sans embedded), sent as ' +
        'an attachment `note-conseil-<commune>-<year>.pdf`.',
      access: 'public',
      query: briefQuery,
      responseDescription: 'The PDF',
      responses: {
        '200': {
          description: 'The PDF',
          headers: z.object({
            'Content-Disposition': z.string().meta({ example: 'attachment; filename="note-conseil-lille-2025.pdf"' }),
          }),
          content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
        },
      },
    }),
  },
};
