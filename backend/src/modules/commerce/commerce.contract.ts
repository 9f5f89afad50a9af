import { arrayOf, bool, int, num, object, oneOf, str } from '../../http/contract';
import { op, type Contract } from '../../http/contract';
import * as schemas from './commerce.schemas';
import { levels, statuses } from './commerce.schemas';
import { staff } from '../auth/roles';

const tag = 'Town centre: commercial vacancy';
/** A premises' status, as the check constraint of premises_status allows (migration 0001). */
const status = oneOf(statuses);
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
const vacancyFields = {
  ...vacancyFigures,
  structural_vacancy_rate: rate('vacant_over_1_year / premises'),
  median_vacant_days: num('Median days the vacant premises have been empty', true),
};
/** The area's columns come with its level only (street and quartier by street, quartier_id and quartier by quartier). */
const vacancyRow = object(
  {
    street: str('Street (by=street)'),
    quartier_id: int('Quartier id (by=quartier; null: premises in no quartier)', true),
    quartier: str('Quartier name (by=street or quartier)', true),
    ...vacancyFields,
  },
  Object.keys(vacancyFields) as (keyof typeof vacancyFields)[],
);
const monthRow = object({
  level: oneOf(levels),
  area_key: str(),
  quartier_id: int(undefined, true),
  quartier: str(undefined, true),
  street: str(undefined, true),
  month: str('YYYY-MM'),
  ...vacancyFigures,
  openings: int('Premises that became occupied during the month'),
  closures: int('Premises that stopped being occupied'),
  vacancy_rate_12m_ago: rate('The rate twelve months before'),
  vacancy_rate_change_12m: num('Change in fraction points since', true),
});
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
  quartier_id: int(undefined, true),
  quartier: str(undefined, true),
  lat: num(undefined, true),
  lon: num(undefined, true),
  surface_m2: num(undefined, true),
  status,
  activity: str(undefined, true),
  status_since: str('YYYY-MM-DD'),
  vacant_since: str('Start of the vacancy spell', true),
  vacant_days: int('Days vacant so far; null when not vacant', true),
  vacant_over_1_year: bool(),
  vacant_over_3_years: bool(),
});
const period = object({
  valid_from: str('YYYY-MM-DD'),
  valid_to: str('YYYY-MM-DD, null while current', true),
  status,
  activity: str(undefined, true),
  previous_status: status.nullable(),
  vacant_since: str(undefined, true),
});

export const commerceContract: Contract = {
  '/commerce/vacancy': {
    get: op({
      id: 'getCommerceVacancy',
      tag,
      summary: 'Commercial vacancy on a day, per street or quartier (view kpi_commerce_vacancy_at) — stable contract',
      description: 'vacancy_rate = vacant / (occupied + vacant), a fraction. Ground-floor premises only. DOMAIN.md §3.',
      access: 'public',
      query: schemas.vacancyQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        date: 'Day of the status (YYYY-MM-DD); default today',
        by: 'Level of the rows: street, quartier, commune',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per street (or quartier, or the commune)',
      response: arrayOf(vacancyRow),
      files: true,
    }),
  },
  '/commerce/overview': {
    get: op({
      id: 'getCommerceOverview',
      tag,
      summary: 'Headline: commune vacancy on a day and a year before, national references',
      access: 'public',
      query: schemas.overviewQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        date: 'Day of the status (YYYY-MM-DD); default today',
      },
      responseDescription: 'Overview',
      response: object({
        commune_insee: str(),
        date: str(),
        latest_status_date: str('Latest status change in the register', true),
        vacancy: vacancyRow.nullable(),
        year_before: object({ date: str(), vacancy: vacancyRow.nullable() }),
        references: arrayOf(
          object({
            reference_id: str(),
            reference_kind: oneOf(['benchmark', 'alert_threshold']),
            reference_label: str(),
            reference_rate: num(),
            reference_year: int(undefined, true),
            reference_source: str(),
          }),
        ),
      }),
    }),
  },
  '/commerce/vacancy/monthly': {
    get: op({
      id: 'getCommerceVacancyMonthly',
      tag,
      summary: 'Month-end vacancy, openings and closures (materialized view kpi_commerce_vacancy_monthly)',
      access: 'public',
      query: schemas.monthlyQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        by: 'Level of the rows: commune, quartier, street',
        key: 'One area of the level: a street name, a quartier id ("none": premises in no quartier), or the INSEE code',
        from: 'First month',
        to: 'Last month',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per area and month',
      response: arrayOf(monthRow),
      files: true,
    }),
  },
  '/commerce/streets': {
    get: op({
      id: 'getCommerceStreets',
      tag,
      summary:
        'Streets with their vacancy, its change over 12 months and footfall beside it (view kpi_flows_street_footfall_vacancy)',
      access: 'public',
      query: schemas.streetsQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        month: 'Month; default the latest',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per street, most vacant first',
      response: arrayOf(streetRow),
      files: true,
    }),
  },
  '/commerce/streets/history': {
    get: op({
      id: 'getCommerceStreetsHistory',
      tag,
      summary: 'One street month by month: vacancy and footfall',
      access: 'public',
      query: schemas.streetHistoryQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        street: 'Street name',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per month',
      response: arrayOf(streetRow),
      files: true,
    }),
  },
  '/commerce/activity-mix': {
    get: op({
      id: 'getCommerceActivityMix',
      tag,
      summary: 'Activities of the occupied premises on a day (kpi_commerce_activity_mix_at)',
      access: 'public',
      query: schemas.mixQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        date: 'Day of the status (YYYY-MM-DD); default today',
        by: 'Level of the rows: commune, quartier, street',
        key: 'One area of the level: a street name, a quartier id ("none": premises in no quartier), or the INSEE code',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per area and activity',
      response: arrayOf(
        object({
          level: str(),
          quartier_id: int(undefined, true),
          street: str(undefined, true),
          activity: str(),
          premises: int(),
          // premises / the area's occupied premises: every row counts at least one, so never null
          share: num("Share of the area's occupied premises (fraction 0..1)"),
          surface_m2: num(),
        }),
      ),
      files: true,
    }),
  },
  '/commerce/durations': {
    get: op({
      id: 'getCommerceDurations',
      tag,
      summary: 'How long premises stay vacant, per year (view kpi_commerce_vacancy_durations)',
      access: 'public',
      query: schemas.durationsQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        by: 'Level of the rows: commune, quartier, street',
        key: 'One area of the level: a street name, a quartier id ("none": premises in no quartier), or the INSEE code',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per area and year',
      response: arrayOf(
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
      files: true,
    }),
  },
  '/commerce/references': {
    get: op({
      id: 'getCommerceReferences',
      tag,
      summary: "The commune's year-end vacancy beside the national references (kpi_commerce_vacancy_vs_references)",
      access: 'public',
      query: schemas.referencesQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per year and reference',
      response: arrayOf(
        object({
          year: int(),
          measured_month: str(),
          premises: int(),
          vacancy_rate: rate('Commune vacancy'),
          reference_id: str(),
          reference_kind: str(),
          reference_scope: str(),
          reference_year: int(undefined, true),
          reference_rate: num(),
          reference_label: str(),
          reference_source: str(),
          gap: num('vacancy_rate - reference_rate', true),
          above_reference: bool(),
        }),
      ),
      files: true,
    }),
  },
  '/commerce/premises': {
    get: op({
      id: 'getCommercePremises',
      tag,
      summary: 'Premises on a day, for the map (internal: premises-level)',
      access: staff,
      query: schemas.premisesQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        date: 'Day of the status (YYYY-MM-DD); default today',
        street: 'One street',
        status: 'One status',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per premises',
      response: arrayOf(premisesRow),
      files: true,
    }),
  },
  '/commerce/streets/timeline': {
    get: op({
      id: 'getCommerceStreetsTimeline',
      tag,
      summary: 'Status periods of every premises of a street: its timeline (internal: premises-level)',
      access: staff,
      query: schemas.streetHistoryQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        street: 'Street name',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per premises and status period',
      response: arrayOf(
        object({
          premises_id: str(),
          address: str(undefined, true),
          surface_m2: num(undefined, true),
          valid_from: str(),
          valid_to: str('null while current', true),
          status,
          activity: str(undefined, true),
          vacant_since: str(undefined, true),
        }),
      ),
      files: true,
    }),
  },
  '/commerce/premises/{premises}': {
    get: op({
      id: 'getCommercePremisesByPremises',
      tag,
      summary: 'A premises and its status history (internal: premises-level)',
      access: staff,
      query: schemas.premisesHistoryQuery,
      path: schemas.premisesParams,
      docs: {
        premises: 'Premises id, e.g. LIL-LC-00123',
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'The premises with its periods',
      response: object({
        premises_id: str(),
        address: str(undefined, true),
        street: str(),
        quartier_id: int(undefined, true),
        quartier: str(undefined, true),
        lat: num(undefined, true),
        lon: num(undefined, true),
        surface_m2: num(undefined, true),
        ground_floor: bool(),
        periods: arrayOf(period),
      }),
      files: true,
    }),
  },
};
