import {
  arrayOf,
  bool,
  communeParam,
  errorResponses,
  get,
  jsonResponse,
  num,
  object,
  str,
  yearParam,
} from '../../openapi/helpers';

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
  status: str('ok, watch or alert; null when no threshold applies', true),
  threshold: str('The thresholds in words', true),
  source: str(),
});

const table = object({
  caption: str(),
  columns: arrayOf(object({ key: str(), label: str(), numeric: bool() })),
  rows: arrayOf({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Cells already written in French',
  }),
  total: { type: ['object', 'null'], additionalProperties: { type: 'string' } },
});

const section = object({
  id: str('figures, alerts, execution, programmes or quartiers'),
  title: str(),
  sentences: arrayOf(str()),
  figures: arrayOf(headline),
  chart: {
    type: ['object', 'null'],
    description: 'An ECharts option (plain JSON) with its title and height in pixels',
    properties: { title: str(), option: { type: 'object' }, height: num() },
  },
  tables: arrayOf(table),
  source: str(),
});

const document = object({
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

export const briefOpenApi = {
  '/brief': get(
    'Brief',
    'Council brief (JSON document)',
    [communeParam, yearParam()],
    jsonResponse('The brief', document),
    description,
  ),
  '/brief.pdf': {
    get: {
      tags: ['Brief'],
      summary: 'Council brief as an A4 PDF',
      description:
        'The same document as GET /brief, drawn on the server (charts as vectors, DejaVu Sans embedded), sent as ' +
        'an attachment `note-conseil-<commune>-<year>.pdf`.',
      parameters: [communeParam, yearParam()],
      responses: {
        '200': {
          description: 'The PDF',
          headers: {
            'Content-Disposition': {
              schema: { type: 'string', example: 'attachment; filename="note-conseil-lille-2025.pdf"' },
            },
          },
          content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
        },
        ...errorResponses,
      },
    },
  },
};
