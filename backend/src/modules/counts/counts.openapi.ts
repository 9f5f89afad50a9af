import {
  arrayOf,
  communeParam,
  get,
  int,
  jsonResponse,
  num,
  object,
  queryParam,
  str,
} from '../../openapi/helpers';

const tag = 'Flow counts';
const dateParam = (name: string, description: string, required = false) =>
  queryParam(name, { type: 'string', format: 'date' }, description, required);
const fromParam = dateParam('from', 'First day (YYYY-MM-DD); default 364 days before `to`');
const toParam = dateParam('to', "Last day; default the commune's latest day with counts");
const kindParam = queryParam(
  'kind',
  { type: 'string', enum: ['pedestrian', 'bike', 'car', 'facility'], default: 'pedestrian' },
  'Kind of counting site (kinds are never added together)',
  false,
);
const levelParam = queryParam(
  'level',
  { type: 'string', enum: ['site', 'zone', 'commune'], default: 'commune' },
  'Level of the rows',
  false,
);
const zoneParam = queryParam(
  'zone',
  { type: 'string', example: 'Centre-ville' },
  'One zone',
  false,
);
const siteParam = queryParam(
  'site',
  { type: 'string', example: 'LIL-PED-01' },
  'One site (level=site)',
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
const hours = {
  hours_ok: int('Valid hours'),
  hours_fault: int('Hours the counter flagged faulty'),
  hours_missing: int('Hours with no data (gaps)'),
  hours_expected: int('24 a day, 23 on the day clocks go forward'),
  completeness: num('hours_ok / hours_expected, fraction', true),
};
const area = {
  level: str('site, zone or commune'),
  kind: str(),
  zone: str(undefined, true),
  site_id: str(undefined, true),
};
const summaryRow = object({
  period: str('before, during or after'),
  first_day: str(),
  last_day: str(),
  days: int(),
  days_compared: int('Days with both indices'),
  zone_mean_daily: num('Mean daily count of the zone', true),
  control_sites: int(),
  zone_change: num('Zone index vs before - 1 (fraction)', true),
  control_change: num('Control index vs before - 1', true),
  effect: num("Difference-in-differences: the zone's own change", true),
  effect_low: num('95 % interval, low', true),
  effect_high: num('95 % interval, high', true),
  change_vs_last_year: num('Zone vs the same weekdays a year before', true),
  days_vs_last_year: int(),
});
const dayRow = object({
  period: str(),
  day: str(),
  zone_count: num(undefined, true),
  zone_sites: int(),
  zone_panel_sites: int(),
  zone_index: num("Zone sites' mean ratio to their before level", true),
  control_index: num(undefined, true),
  control_sites: int(),
  log_ratio: num(undefined, true),
  zone_count_matched: num(undefined, true),
  zone_count_last_year: num(undefined, true),
});

export const countsOpenApi = {
  '/counts/sites': get(
    tag,
    'Counting sites with volumes and completeness over a period (kpi_counts_site_completeness)',
    [
      communeParam,
      fromParam,
      toParam,
      { ...kindParam, schema: { type: 'string', enum: ['pedestrian', 'bike', 'car', 'facility'] } },
      formatParam,
    ],
    withFiles(
      jsonResponse(
        'One row per site',
        arrayOf(
          object({
            site_id: str(),
            name: str(),
            kind: str(),
            zone: str(undefined, true),
            street: str(undefined, true),
            quartier_id: int(),
            lat: num(undefined, true),
            lon: num(undefined, true),
            days_followed: int(),
            days_complete: int(),
            ...hours,
            count_total: num('Valid counts'),
            mean_daily_complete: num('Mean daily count over complete days', true),
            first_day: str(undefined, true),
            last_day: str(undefined, true),
          }),
        ),
      ),
    ),
  ),
  '/counts/daily': get(
    tag,
    'Daily counts per site, zone or commune, gaps and faults visible (view kpi_counts_daily)',
    [communeParam, levelParam, kindParam, zoneParam, siteParam, fromParam, toParam, formatParam],
    withFiles(
      jsonResponse(
        'One row per area and day',
        arrayOf(
          object({
            ...area,
            day: str(),
            count_total: num('Valid counts of the day'),
            sites: int(),
            sites_complete: int(),
            ...hours,
            isodow: int('1 = Monday'),
            day_type: str('weekday, saturday, sunday or public_holiday'),
            public_holiday: str(undefined, true),
            school_holiday: str('Zone B school holiday', true),
          }),
        ),
      ),
    ),
  ),
  '/counts/periods': get(
    tag,
    'Weekly or monthly counts per site, zone or commune (view kpi_counts_periods)',
    [
      communeParam,
      queryParam(
        'period',
        { type: 'string', enum: ['week', 'month'], default: 'month' },
        'ISO weeks or months',
        false,
      ),
      levelParam,
      kindParam,
      zoneParam,
      siteParam,
      fromParam,
      toParam,
      formatParam,
    ],
    withFiles(
      jsonResponse(
        'One row per area and period',
        arrayOf(
          object({
            ...area,
            period: str(),
            period_start: str(),
            sites: int(),
            sites_reporting: int(),
            site_days: int(),
            site_days_complete: int(),
            count_total: num(),
            ...hours,
            mean_daily_complete: num(
              "Mean daily count over complete days (sum of the sites')",
              true,
            ),
            share_of_zone: num("A site's share of its zone (site rows)", true),
          }),
        ),
      ),
    ),
  ),
  '/counts/profile': get(
    tag,
    'Hour x weekday profile of a year, public holidays left out (view kpi_counts_hour_weekday)',
    [
      communeParam,
      queryParam('year', { type: 'integer', example: 2025 }, 'Year; default the latest', false),
      levelParam,
      kindParam,
      zoneParam,
      siteParam,
      formatParam,
    ],
    withFiles(
      jsonResponse(
        'One row per weekday and hour',
        arrayOf(
          object({
            year: int(),
            ...area,
            isodow: int('1 = Monday'),
            hour_of_day: int('0-23'),
            mean_count: num(),
            hours_ok: int(),
            share_of_day: num("Share of the weekday's total, fraction", true),
          }),
        ),
      ),
    ),
  ),
  '/counts/year-on-year': get(
    tag,
    'A period against the same weekdays a year before, holidays aligned (kpi_counts_year_on_year)',
    [
      communeParam,
      fromParam,
      toParam,
      { ...levelParam, schema: { type: 'string', enum: ['site', 'zone', 'commune'] } },
      { ...kindParam, schema: { type: 'string', enum: ['pedestrian', 'bike', 'car', 'facility'] } },
      formatParam,
    ],
    withFiles(
      jsonResponse(
        'The period and its rows',
        object({
          commune_insee: str(),
          from: str(),
          to: str(),
          rows: arrayOf(
            object({
              ...area,
              current_total: num(undefined, true),
              previous_total: num(undefined, true),
              change_rate: num('fraction', true),
              days_compared: int(),
              site_days_compared: int(),
              site_days_gap: int('Left out: a day incomplete'),
              site_days_calendar: int('Left out: a holiday on one side only'),
              days_in_period: int(),
            }),
          ),
        }),
      ),
    ),
  ),
  '/counts/interventions': get(
    tag,
    'Works, events and bike lanes whose impact can be analysed',
    [communeParam, formatParam],
    withFiles(
      jsonResponse(
        'One row per intervention, latest first',
        arrayOf(
          object({
            intervention_id: str(),
            name: str(),
            kind: str('works, event, bike_lane or other'),
            street: str(undefined, true),
            quartier: str(undefined, true),
            start_date: str(),
            end_date: str(),
            site_ids: arrayOf(str()),
          }),
        ),
      ),
    ),
  ),
  '/counts/impact': get(
    tag,
    'Impact of an intervention: before / during / after, zone against control sites (kpi_flows_impact_*)',
    [
      communeParam,
      queryParam(
        'intervention',
        { type: 'string', example: 'LIL-INT-001' },
        'An intervention (its period and sites)',
        false,
      ),
      dateParam('start', 'Ad hoc period: first day'),
      dateParam('end', 'Ad hoc period: last day'),
      queryParam(
        'sites',
        { type: 'string', example: 'LIL-PED-03,LIL-PED-04' },
        'Zone sites, comma-separated',
        false,
      ),
      queryParam('street', { type: 'string' }, 'Or: the counting sites of a street', false),
      queryParam('zone', { type: 'string' }, 'Or: the counting sites of a zone', false),
      queryParam(
        'controls',
        { type: 'string' },
        'Control sites, comma-separated; default: same kind, outside the zone',
        false,
      ),
      queryParam(
        'window',
        { type: 'integer', minimum: 1, maximum: 365, default: 56 },
        'Days compared before and after',
        false,
      ),
      formatParam,
    ],
    withFiles(
      jsonResponse(
        'The analysis',
        object({
          commune_insee: str(),
          intervention: { type: ['object', 'null'] },
          start: str(),
          end: str(),
          window_days: int(),
          sites: arrayOf(
            object({
              site_id: str(),
              name: str(),
              grp: str('zone or control'),
              kind: str(),
              zone: str(undefined, true),
              street: str(undefined, true),
            }),
          ),
          summary: arrayOf(summaryRow),
          daily: arrayOf(dayRow),
        }),
      ),
    ),
    'The effect is a difference-in-differences on daily log ratios of indices (each site against its own level before); its interval is indicative (days taken as independent). DOMAIN.md §4.',
  ),
};
