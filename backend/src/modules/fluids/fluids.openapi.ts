import {
  arrayOf,
  bool,
  communeParam,
  errorResponses,
  get,
  int,
  jsonResponse,
  num,
  object,
  pathParam,
  queryParam,
  str,
  yearParam,
} from '../../openapi/helpers';
import { alertKinds, buildingTypes, fluids } from './fluids.schemas';

const tag = 'Fluids';
const monthSchema = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: '2025-09' };
const fluidParam = (required: boolean) =>
  queryParam(
    'fluid',
    { type: 'string', enum: [...fluids] },
    'electricity, gas, heat (district heating), fuel_oil or water',
    required,
  );
const optionalCommune = queryParam(
  'commune',
  { type: 'string', pattern: '^[0-9][0-9AB][0-9]{3}$', example: '59350' },
  'INSEE code; needed only when the building id exists in several communes',
  false,
);
const fromParam = queryParam('from', monthSchema, 'First month, YYYY-MM', false);
const toParam = queryParam('to', monthSchema, 'Last month, YYYY-MM', false);
const formatParam = queryParam(
  'format',
  { type: 'string', enum: ['json', 'csv', 'xlsx'], default: 'json' },
  'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
  false,
);
const buildingPath = pathParam('building', 'Building id, e.g. LIL-ECO-023');
const qualityFlags = arrayOf({
  type: 'string',
  enum: ['missing_readings', 'overlapping_bills', 'long_bill', 'index_reset'],
});
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

const monthRow = object(
  {
    month: str('YYYY-MM'),
    quantity: num(
      'Consumption prorated by days (kWh or m3); null when no bill covers the month',
      true,
    ),
    unit: str('kWh or m3'),
    amount_eur: num('Bill prorated by days, EUR TTC', true),
    complete: bool('Every day of the month is covered by a bill'),
    covered_days: int(),
    days_in_month: int(),
    quality_flags: qualityFlags,
  },
  ['month', 'quantity', 'unit', 'amount_eur'],
);

const alertRow = object(
  {
    alert_key: str('kind|building|fluid|first month[|rule]: stable while the episode goes on'),
    building_id: str(),
    building_name: str(),
    building_type: str(),
    quartier_id: int(),
    fluid: str('A fluid, or "energy" for the décret tertiaire trajectory'),
    unit: str(),
    kind: { type: 'string', enum: [...alertKinds] },
    rule_id: num('Rule id for kind rule', true),
    month: str('Last month of the episode, YYYY-MM'),
    since_month: str('First month, YYYY-MM'),
    months: int(),
    excess_quantity: num(
      'Above the expected value (robust median, trajectory target or threshold)',
      true,
    ),
    estimated_cost_eur: num(
      'Excess x unit price, EUR TTC; null when unknown (missing readings)',
      true,
    ),
    score: num(
      'Robust z-score (anomaly/leak/step), value/threshold (rule), rise vs reference year (trajectory)',
      true,
    ),
    acknowledged: bool(),
    acknowledged_at: str(undefined, true),
    acknowledged_by: str(undefined, true),
    comment: str(undefined, true),
  },
  ['building_id', 'fluid', 'kind', 'month', 'estimated_cost_eur', 'alert_key', 'acknowledged'],
);

const balanceRow = object(
  {
    building_id: str(),
    name: str(),
    type: str(),
    quartier_id: int(),
    quartier: str(undefined, true),
    heated_area_m2: num(undefined, true),
    lat: num(undefined, true),
    lon: num(undefined, true),
    year: int(),
    complete: bool('All meters cover the 12 months'),
    meters: int(),
    energy_kwh: num('Electricity + gas + heat + fuel oil, kWh', true),
    energy_kwh_corrected: num('Weather-corrected', true),
    water_m3: num(undefined, true),
    cost_eur: num('All fluids, EUR TTC'),
    energy_cost_eur: num(undefined, true),
    water_cost_eur: num(undefined, true),
    kwh_per_m2: num('Weather-corrected kWh per m² heated', true),
    cost_per_m2: num(undefined, true),
    water_m3_per_m2: num(undefined, true),
    type_median_kwh_per_m2: num('Median of the same type in the commune (complete years)', true),
    type_median_cost_per_m2: num(undefined, true),
    type_buildings: int(),
    ratio_to_type_median: num(undefined, true),
    share_of_commune_bill: num('Fraction of the commune fluids bill', true),
    energy_change_vs_previous_year: num('Fraction, weather-corrected', true),
    cost_change_vs_previous_year: num(undefined, true),
    quality_issue_months: int(),
    anomalous_months: int(),
    open_alerts: int('Open alerts over the last 12 months'),
    open_alerts_cost_eur: num(),
  },
  ['building_id', 'year', 'cost_eur'],
);

const trajectoryRow = object(
  {
    building_id: str(),
    name: str(),
    type: str(),
    heated_area_m2: num(),
    reference_year: int(),
    reference_source: str('chosen, highest_2010_2019 or provisional'),
    reference_kwh: num('Weather-corrected', true),
    year: int(),
    complete: bool(),
    energy_kwh: num(),
    energy_kwh_corrected: num(),
    kwh_per_m2_corrected: num(),
    energy_cost_eur: num(),
    path_factor: num('Share of the reference allowed that year'),
    target_kwh: num(undefined, true),
    target_2030_kwh: num(undefined, true),
    target_2040_kwh: num(undefined, true),
    target_2050_kwh: num(undefined, true),
    reduction_vs_reference: num('Fraction', true),
    gap_kwh: num('Above the path (> 0)', true),
    gap_eur: num(undefined, true),
    status: { type: ['string', 'null'], enum: ['on_track', 'behind', 'wrong_way', null] },
  },
  ['building_id', 'year', 'status'],
);

const ruleRow = object({
  id: int(),
  commune_insee: str(),
  building_id: str(undefined, true),
  building_type: str(undefined, true),
  fluid: str('null = every fluid', true),
  measure: str('quantity or amount_eur'),
  threshold_kind: str('percent or absolute'),
  threshold_value: num(),
  label: str(undefined, true),
  created_by: str(),
  created_at: str(),
});

const json = (schema: Record<string, unknown>) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const fluidsOpenApi = {
  '/fluids/monthly': get(
    tag,
    'Monthly consumption and bill of one meter, prorated by days (stable contract)',
    [
      queryParam('building', { type: 'string', example: 'LIL-ECO-023' }, 'Building id'),
      fluidParam(true),
      optionalCommune,
      fromParam,
      toParam,
      formatParam,
    ],
    withFiles(jsonResponse('One row per calendar month, oldest first', arrayOf(monthRow))),
    'Bills rarely follow calendar months: each bill (period_end inclusive) is spread over the months it covers in proportion to its days. Months no bill covers are listed with a null quantity.',
  ),
  '/fluids/alerts': get(
    tag,
    'Alerts of a commune, most costly first (stable contract)',
    [
      communeParam,
      queryParam(
        'from',
        monthSchema,
        'Episodes ending on or after this month (default: the 12 months up to the latest complete month)',
        false,
      ),
      queryParam(
        'status',
        { type: 'string', enum: ['open', 'acknowledged', 'all'], default: 'all' },
        'Acknowledgement filter',
        false,
      ),
      queryParam('kind', { type: 'string', enum: [...alertKinds] }, 'One kind only', false),
      queryParam('building', { type: 'string' }, 'One building only', false),
      queryParam('limit', { type: 'integer', default: 500 }, 'At most this many rows', false),
      formatParam,
    ],
    withFiles(jsonResponse('Alert episodes (view kpi_fluids_alerts)', arrayOf(alertRow))),
  ),
  '/fluids/alerts/{key}/acknowledgement': {
    put: {
      tags: [tag],
      summary: 'Acknowledge an alert (kept while the episode goes on)',
      parameters: [pathParam('key', 'alert_key, URL-encoded')],
      requestBody: json(
        object({ commune: str('INSEE code'), comment: str('Optional, up to 1,000 characters') }, [
          'commune',
        ]),
      ),
      responses: jsonResponse('The alert, acknowledged', alertRow),
    },
    delete: {
      tags: [tag],
      summary: 'Withdraw an acknowledgement',
      parameters: [pathParam('key', 'alert_key, URL-encoded'), communeParam],
      responses: { '204': { description: 'Withdrawn' }, ...errorResponses },
    },
  },
  '/fluids/building-types': get(
    tag,
    'Consumption and bill of the municipal buildings of each type (public: no building is named)',
    [communeParam, yearParam(false), formatParam],
    withFiles(
      jsonResponse(
        'One row per building type, fluid group and year (view kpi_fluids_type_year)',
        arrayOf(
          object({
            type: str('school, nursery, gym, pool, town_hall, library, office, cultural, other...'),
            fluid_group: str('energy (kWh), water (m3) or all (the whole bill)'),
            unit: str('kWh, m3, or null for all', true),
            year: int(),
            buildings: int('Buildings of the type billed for the group that year'),
            heated_area_m2: num('Their heated area', true),
            quantity: num(undefined, true),
            corrected_quantity: num('Weather-corrected', true),
            amount_eur: num(),
            quantity_per_m2: num('Weather-corrected kWh or m3 per m² of heated area', true),
            amount_per_m2_eur: num(undefined, true),
            complete: bool('Every meter covered 12 months'),
          }),
        ),
      ),
    ),
  ),
  '/fluids/commune-trajectory': get(
    tag,
    'The décret tertiaire trajectory of the commune, its buildings of 1,000 m² or more together (public)',
    [communeParam, formatParam],
    withFiles(
      jsonResponse(
        'One row per year (view kpi_fluids_commune_trajectory); sums over the buildings counted (complete year, known reference)',
        arrayOf(
          object({
            year: int(),
            buildings_concerned: int('Buildings of 1,000 m² or more with energy bills that year'),
            buildings_counted: int('Those with a complete year and a known reference'),
            reference_kwh: num(undefined, true),
            energy_kwh_corrected: num('Weather-corrected final energy', true),
            target_kwh: num('The path of the year', true),
            target_2030_kwh: num('-40 %', true),
            target_2040_kwh: num('-50 %', true),
            target_2050_kwh: num('-60 %', true),
            reduction_vs_reference: num('Fraction', true),
            path_reduction: num('What the path asks that year, fraction', true),
            status: str('on_track, behind or wrong_way', true),
            buildings_on_track: int(),
            buildings_behind: int(),
            buildings_wrong_way: int(),
          }),
        ),
      ),
    ),
  ),
  '/fluids/commune-years': get(
    tag,
    'Consumption and bill of all municipal buildings per fluid and year',
    [communeParam, formatParam],
    withFiles(
      jsonResponse(
        'One row per fluid and year (view kpi_fluids_commune_year); fluid "energy" sums the energy fluids, "all" the whole bill',
        arrayOf(
          object({
            fluid: str('electricity, gas, heat, fuel_oil, water, energy or all'),
            unit: str('kWh, m3, or null for all', true),
            year: int(),
            quantity: num(undefined, true),
            corrected_quantity: num('Weather-corrected', true),
            amount_eur: num(),
            amount_per_inhabitant_eur: num(undefined, true),
            meters: int(),
            complete: bool('Every meter covered 12 months'),
            missing_days: int(),
            anomalies_cost_eur: num(),
            comparable_meters: int('Meters covered for the whole of both years'),
            change_vs_previous_year: num(
              'Fraction, weather-corrected, like for like (comparable meters)',
              true,
            ),
            amount_change_vs_previous_year: num('Fraction, like for like', true),
          }),
        ),
      ),
    ),
  ),
  '/fluids/commune-months': get(
    tag,
    'Consumption and bill of all municipal buildings per fluid and month',
    [communeParam, fluidParam(false), fromParam, toParam, formatParam],
    withFiles(
      jsonResponse(
        'One row per fluid and month (view kpi_fluids_commune_month)',
        arrayOf(
          object({
            fluid: str(),
            unit: str(),
            month: str('YYYY-MM'),
            quantity: num(undefined, true),
            amount_eur: num(undefined, true),
            corrected_quantity: num(undefined, true),
            quantity_previous_year: num(undefined, true),
            amount_previous_year: num(undefined, true),
            dju: num('Degree-days, base 18 °C', true),
            dju_normal: num(undefined, true),
            meters: int(),
            complete_meters: int(),
            meters_missing: int('Meters with days no bill covers'),
            anomalous_meters: int(),
          }),
        ),
      ),
    ),
  ),
  '/fluids/buildings': get(
    tag,
    'Every building of a commune for a year: cost, intensity, type median, open alerts',
    [
      communeParam,
      yearParam(false),
      queryParam('type', { type: 'string', enum: [...buildingTypes] }, 'One building type', false),
      formatParam,
    ],
    withFiles(
      jsonResponse(
        'One row per building, most energy-intensive first (view kpi_fluids_building_balance)',
        arrayOf(balanceRow),
      ),
    ),
  ),
  '/fluids/buildings/{building}': get(
    tag,
    'One building: identity, yearly balance, yearly figures per fluid',
    [buildingPath, optionalCommune],
    jsonResponse(
      'Building',
      object({
        building: object({
          commune_insee: str(),
          building_id: str(),
          name: str(),
          type: str(),
          heated_area_m2: num(undefined, true),
          address: str(undefined, true),
          lat: num(undefined, true),
          lon: num(undefined, true),
          quartier_id: int(),
          quartier: str(undefined, true),
          tertiary_reference_year: int(),
        }),
        balances: arrayOf(balanceRow),
        years: arrayOf(
          object(
            {
              fluid: str(),
              unit: str(),
              year: int(),
              quantity: num(),
              amount_eur: num(),
              corrected_quantity: num(),
              quantity_per_dju: num('kWh per degree-day (heating fluids)', true),
              heating_slope_per_dju: num('Energy signature slope', true),
              intensity_per_m2: num(undefined, true),
              corrected_intensity_per_m2: num(undefined, true),
              type_median_intensity_per_m2: num(undefined, true),
              change_vs_previous_year: num(undefined, true),
              share_of_fluid_bill: num(undefined, true),
            },
            ['fluid', 'year'],
          ),
        ),
      }),
    ),
  ),
  '/fluids/buildings/{building}/months': get(
    tag,
    'Monthly figures of every meter of a building, with last year, DJU, anomalies and flags',
    [buildingPath, optionalCommune, fluidParam(false), fromParam, toParam, formatParam],
    withFiles(
      jsonResponse(
        'One row per fluid and month (view kpi_fluids_building_month)',
        arrayOf(
          object(
            {
              fluid: str(),
              unit: str(),
              month: str(),
              quantity: num(undefined, true),
              amount_eur: num(undefined, true),
              quantity_previous_year: num(undefined, true),
              dju: num(undefined, true),
              corrected_quantity: num(undefined, true),
              quality_flags: qualityFlags,
              robust_z: num(undefined, true),
              anomalous: bool(),
              excess_cost_eur: num(undefined, true),
            },
            ['fluid', 'month'],
          ),
        ),
      ),
    ),
  ),
  '/fluids/buildings/{building}/trajectory': get(
    tag,
    'Décret tertiaire trajectory of a building, year by year',
    [buildingPath, optionalCommune, formatParam],
    withFiles(
      jsonResponse(
        'One row per year from the reference year (view kpi_fluids_tertiary_trajectory)',
        arrayOf(trajectoryRow),
      ),
    ),
  ),
  '/fluids/trajectory': get(
    tag,
    'Décret tertiaire: every building of 1,000 m² or more for a year, furthest above its path first',
    [communeParam, yearParam(false), formatParam],
    withFiles(jsonResponse('One row per building', arrayOf(trajectoryRow))),
  ),
  '/fluids/quality': get(
    tag,
    'Data-quality flags: missing readings, overlapping bills, bills over 65 days, index resets',
    [
      communeParam,
      queryParam('building', { type: 'string' }, 'One building only', false),
      fromParam,
      toParam,
      queryParam('limit', { type: 'integer', default: 2000 }, 'At most this many rows', false),
      formatParam,
    ],
    withFiles(
      jsonResponse(
        'One row per building, fluid and affected month, latest first (view kpi_fluids_data_quality)',
        arrayOf(
          object({
            building_id: str(),
            building_name: str(),
            fluid: str(),
            month: str(),
            quantity: num(undefined, true),
            bills: int(),
            covered_days: int(),
            days_in_month: int(),
            missing_days: int(),
            overlap_days: int(),
            long_bill: bool(),
            index_reset: bool(),
            quality_flags: qualityFlags,
          }),
        ),
      ),
    ),
  ),
  '/fluids/operat': get(
    tag,
    'Yearly energy per building of 1,000 m² or more, shaped for the OPERAT platform',
    [communeParam, yearParam(false), formatParam],
    withFiles(
      jsonResponse(
        'One row per building (complete years only); csv/xlsx carry French OPERAT-style headers',
        arrayOf(
          object({
            siren: str(undefined, true),
            building_id: str(),
            name: str(),
            address: str(undefined, true),
            heated_area_m2: num(),
            year: int(),
            electricity_kwh: num(),
            gas_kwh: num('kWh PCS as billed'),
            district_heat_kwh: num(),
            fuel_oil_kwh: num(),
            total_kwh: num(),
            kwh_per_m2: num(),
            energy_cost_eur: num(),
          }),
        ),
      ),
    ),
  ),
  '/fluids/cost-per-entry': get(
    tag,
    'Fluids cost per entry of counted facilities (pools, libraries)',
    [communeParam, yearParam(false), formatParam],
    withFiles(
      jsonResponse(
        'One row per facility and year (view kpi_fluids_cost_per_entry)',
        arrayOf(
          object({
            building_id: str(),
            name: str(),
            type: str(),
            year: int(),
            cost_eur: num(),
            bills_complete: bool(),
            entries: num(),
            days_counted: int(),
            days_in_year: int(),
            cost_per_entry_eur: num('Bill of the days counted / entries', true),
          }),
        ),
      ),
    ),
  ),
  '/fluids/alert-rules': {
    ...get(
      tag,
      'Alert rules of a commune',
      [communeParam],
      jsonResponse('Rules', arrayOf(ruleRow)),
    ),
    post: {
      tags: [tag],
      summary: 'Add an alert rule for a building or a building type',
      parameters: [],
      requestBody: json(
        object(
          {
            commune: str('INSEE code'),
            building_id: str('Either a building...'),
            building_type: {
              type: 'string',
              enum: [...buildingTypes],
              description: '...or a type',
            },
            fluid: { type: 'string', enum: [...fluids], description: 'Omit for every fluid' },
            measure: { type: 'string', enum: ['quantity', 'amount_eur'], default: 'quantity' },
            threshold_kind: {
              type: 'string',
              enum: ['percent', 'absolute'],
              description:
                'percent: above the same month a year earlier by more than threshold_value %; absolute: above threshold_value in a month',
            },
            threshold_value: num('> 0'),
            label: str(),
          },
          ['commune', 'threshold_kind', 'threshold_value'],
        ),
      ),
      responses: {
        '201': { description: 'Created', content: { 'application/json': { schema: ruleRow } } },
        ...errorResponses,
      },
    },
  },
  '/fluids/alert-rules/{id}': {
    delete: {
      tags: [tag],
      summary: 'Delete an alert rule',
      parameters: [pathParam('id', 'Rule id')],
      responses: { '204': { description: 'Deleted' }, ...errorResponses },
    },
  },
};
