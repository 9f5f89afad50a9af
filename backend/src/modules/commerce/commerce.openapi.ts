import {
  arrayOf,
  bool,
  communeParam,
  get,
  int,
  jsonResponse,
  num,
  object,
  pathParam,
  queryParam,
  str,
} from '../../openapi/helpers';

const tag = 'Town centre: commercial vacancy';
const dateParam = queryParam(
  'date',
  { type: 'string', format: 'date', example: '2026-10-31' },
  'Day of the status (YYYY-MM-DD); default today',
  false,
);
const monthParam = (name: string, description: string) =>
  queryParam(
    name,
    { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: '2026-10' },
    description,
    false,
  );
const levelParam = (name: string, levels: string[], fallback: string) =>
  queryParam(
    name,
    { type: 'string', enum: levels, default: fallback },
    `Level of the rows: ${levels.join(', ')}`,
    false,
  );
const keyParam = queryParam(
  'key',
  { type: 'string' },
  'One area of the level: a street name, a quartier id ("none": premises in no quartier), or the INSEE code',
  false,
);
const formatParam = queryParam(
  'format',
  { type: 'string', enum: ['json', 'csv', 'xlsx'], default: 'json' },
  'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
  false,
);
const fileResponses = {
  'text/csv': { schema: { type: 'string' } },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    schema: { type: 'string', format: 'binary' },
  },
};
const withFiles = (response: ReturnType<typeof jsonResponse>) => ({
  ...response,
  '200': { ...response['200'], content: { ...response['200'].content, ...fileResponses } },
});
const rate = (description: string) => num(`${description} (fraction 0..1)`, true);

const vacancyFigures = {
  premises: int('Active premises: occupied + vacant (works and closed left out)'),
  occupied: int(),
  vacant: int(),
  works: int('Under works'),
  vacancy_rate: rate('vacant / premises'),
  surface_m2: num('Floor area of the active premises, m²'),
  vacant_surface_m2: num('Floor area of the vacant premises, m²'),
  vacancy_rate_surface: rate('vacant m² / active m²'),
  vacant_over_1_year: int('Vacant for a year or more (structural vacancy)'),
  vacant_over_3_years: int('Vacant for three years or more'),
};
const vacancyRow = object(
  {
    street: str('Street (by=street)'),
    quartier_id: int('Quartier id (by=quartier; null: premises in no quartier)'),
    quartier: str('Quartier name', true),
    ...vacancyFigures,
    structural_vacancy_rate: rate('vacant_over_1_year / premises'),
    median_vacant_days: num('Median days the vacant premises have been empty', true),
  },
  ['premises', 'vacant', 'vacancy_rate', 'vacant_over_1_year'],
);
const monthRow = object(
  {
    level: str(),
    area_key: str(),
    quartier_id: int(),
    quartier: str(undefined, true),
    street: str(undefined, true),
    month: str('YYYY-MM'),
    ...vacancyFigures,
    openings: int('Premises that became occupied during the month'),
    closures: int('Premises that stopped being occupied'),
    vacancy_rate_12m_ago: rate('The rate twelve months before'),
    vacancy_rate_change_12m: num('Change in fraction points since', true),
  },
  ['month', 'premises', 'vacant', 'vacancy_rate'],
);
const streetRow = object({
  month: str('YYYY-MM'),
  street: str(),
  quartier: str(undefined, true),
  premises: int(),
  vacant: int(),
  vacancy_rate: rate('vacant / premises'),
  vacancy_rate_change_12m: num('Change over 12 months, fraction points', true),
  vacant_over_1_year: int(),
  counting_sites: int('Pedestrian counters on the street'),
  sites_reporting: int('Counters with a complete day that month'),
  footfall_mean_daily: num("Sum of the counters' mean daily counts over complete days", true),
  footfall_change_12m: rate('Footfall change over 12 months, same counters'),
});
const premisesRow = object({
  premises_id: str(),
  address: str(undefined, true),
  street: str(),
  quartier_id: int(),
  quartier: str(undefined, true),
  lat: num(undefined, true),
  lon: num(undefined, true),
  surface_m2: num(undefined, true),
  status: str('occupied, vacant, works or closed'),
  activity: str(undefined, true),
  status_since: str('YYYY-MM-DD'),
  vacant_since: str('Start of the vacancy spell', true),
  vacant_days: int(),
  vacant_over_1_year: bool(),
  vacant_over_3_years: bool(),
});
const period = object({
  valid_from: str('YYYY-MM-DD'),
  valid_to: str('YYYY-MM-DD, null while current', true),
  status: str(),
  activity: str(undefined, true),
  previous_status: str(undefined, true),
  vacant_since: str(undefined, true),
});

export const commerceOpenApi = {
  '/commerce/vacancy': get(
    tag,
    'Commercial vacancy on a day, per street or quartier (view kpi_commerce_vacancy_at) — stable contract',
    [
      communeParam,
      dateParam,
      levelParam('by', ['street', 'quartier', 'commune'], 'street'),
      formatParam,
    ],
    withFiles(
      jsonResponse('One row per street (or quartier, or the commune)', arrayOf(vacancyRow)),
    ),
    'vacancy_rate = vacant / (occupied + vacant), a fraction. Ground-floor premises only. DOMAIN.md §3.',
  ),
  '/commerce/overview': get(
    tag,
    'Headline: commune vacancy on a day and a year before, national references',
    [communeParam, dateParam],
    jsonResponse(
      'Overview',
      object({
        commune_insee: str(),
        date: str(),
        latest_status_date: str('Latest status change in the register', true),
        vacancy: { ...vacancyRow, type: ['object', 'null'] },
        year_before: object({ date: str(), vacancy: { ...vacancyRow, type: ['object', 'null'] } }),
        references: arrayOf(
          object({
            reference_id: str(),
            reference_kind: str('benchmark or alert_threshold'),
            reference_label: str(),
            reference_rate: num(),
            reference_year: int(),
            reference_source: str(),
          }),
        ),
      }),
    ),
  ),
  '/commerce/vacancy/monthly': get(
    tag,
    'Month-end vacancy, openings and closures (materialized view kpi_commerce_vacancy_monthly)',
    [
      communeParam,
      levelParam('by', ['commune', 'quartier', 'street'], 'commune'),
      keyParam,
      monthParam('from', 'First month'),
      monthParam('to', 'Last month'),
      formatParam,
    ],
    withFiles(jsonResponse('One row per area and month', arrayOf(monthRow))),
  ),
  '/commerce/streets': get(
    tag,
    'Streets with their vacancy, its change over 12 months and footfall beside it (view kpi_flows_street_footfall_vacancy)',
    [communeParam, monthParam('month', 'Month; default the latest'), formatParam],
    withFiles(jsonResponse('One row per street, most vacant first', arrayOf(streetRow))),
  ),
  '/commerce/streets/history': get(
    tag,
    'One street month by month: vacancy and footfall',
    [
      communeParam,
      queryParam('street', { type: 'string', example: 'rue de Béthune' }, 'Street name', true),
      formatParam,
    ],
    withFiles(jsonResponse('One row per month', arrayOf(streetRow))),
  ),
  '/commerce/activity-mix': get(
    tag,
    'Activities of the occupied premises on a day (kpi_commerce_activity_mix_at)',
    [
      communeParam,
      dateParam,
      levelParam('by', ['commune', 'quartier', 'street'], 'commune'),
      keyParam,
      formatParam,
    ],
    withFiles(
      jsonResponse(
        'One row per area and activity',
        arrayOf(
          object({
            level: str(),
            quartier_id: int(),
            street: str(undefined, true),
            activity: str(),
            premises: int(),
            share: rate("Share of the area's occupied premises"),
            surface_m2: num(),
          }),
        ),
      ),
    ),
  ),
  '/commerce/durations': get(
    tag,
    'How long premises stay vacant, per year (view kpi_commerce_vacancy_durations)',
    [
      communeParam,
      levelParam('by', ['commune', 'quartier', 'street'], 'commune'),
      keyParam,
      formatParam,
    ],
    withFiles(
      jsonResponse(
        'One row per area and year',
        arrayOf(
          object({
            level: str(),
            area_key: str(),
            quartier: str(undefined, true),
            street: str(undefined, true),
            year: int(),
            as_of: str(),
            spells_ended: int(),
            median_days_ended: num(undefined, true),
            spells_ongoing: int(),
            median_days_ongoing: num(undefined, true),
            ongoing_over_1_year: int(),
            ongoing_over_3_years: int(),
          }),
        ),
      ),
    ),
  ),
  '/commerce/references': get(
    tag,
    "The commune's year-end vacancy beside the national references (kpi_commerce_vacancy_vs_references)",
    [communeParam, formatParam],
    withFiles(
      jsonResponse(
        'One row per year and reference',
        arrayOf(
          object({
            year: int(),
            measured_month: str(),
            premises: int(),
            vacancy_rate: rate('Commune vacancy'),
            reference_id: str(),
            reference_kind: str(),
            reference_scope: str(),
            reference_year: int(),
            reference_rate: num(),
            reference_label: str(),
            reference_source: str(),
            gap: num('vacancy_rate - reference_rate', true),
            above_reference: bool(),
          }),
        ),
      ),
    ),
  ),
  '/commerce/premises': get(
    tag,
    'Premises on a day, for the map (internal: premises-level)',
    [
      communeParam,
      dateParam,
      queryParam('street', { type: 'string' }, 'One street', false),
      queryParam(
        'status',
        { type: 'string', enum: ['occupied', 'vacant', 'works', 'closed'] },
        'One status',
        false,
      ),
      formatParam,
    ],
    withFiles(jsonResponse('One row per premises', arrayOf(premisesRow))),
  ),
  '/commerce/streets/timeline': get(
    tag,
    'Status periods of every premises of a street: its timeline (internal: premises-level)',
    [
      communeParam,
      queryParam('street', { type: 'string', example: 'rue de Béthune' }, 'Street name', true),
      formatParam,
    ],
    withFiles(
      jsonResponse(
        'One row per premises and status period',
        arrayOf(
          object({
            premises_id: str(),
            address: str(undefined, true),
            surface_m2: num(undefined, true),
            valid_from: str(),
            valid_to: str('null while current', true),
            status: str(),
            activity: str(undefined, true),
            vacant_since: str(undefined, true),
          }),
        ),
      ),
    ),
  ),
  '/commerce/premises/{premises}': get(
    tag,
    'A premises and its status history (internal: premises-level)',
    [pathParam('premises', 'Premises id, e.g. LIL-LC-00123'), communeParam, formatParam],
    withFiles(
      jsonResponse(
        'The premises with its periods',
        object({
          premises_id: str(),
          address: str(undefined, true),
          street: str(),
          quartier_id: int(),
          quartier: str(undefined, true),
          lat: num(undefined, true),
          lon: num(undefined, true),
          surface_m2: num(undefined, true),
          ground_floor: bool(),
          periods: arrayOf(period),
        }),
      ),
    ),
  ),
};
