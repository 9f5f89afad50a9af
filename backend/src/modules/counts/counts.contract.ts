import { arrayOf, day, int, num, object, oneOf, str } from '../../http/contract';
import { op, type Contract } from '../../http/contract';
import * as schemas from './counts.schemas';
import { kinds, levels } from './counts.schemas';

const tag = 'Flow counts';
/** The kinds of counting sites and of interventions the tables' check constraints allow (migration 0001). */
const kind = oneOf(kinds);
const interventionKind = oneOf(['works', 'event', 'bike_lane', 'other']);
const impactPeriod = oneOf(['before', 'during', 'after']);
const hours = {
  hours_ok: int('Valid hours'),
  hours_fault: int('Hours the counter flagged faulty'),
  hours_missing: int('Hours with no data (gaps)'),
  hours_expected: int('24 a day, 23 on the day clocks go forward'),
  completeness: num('hours_ok / hours_expected, fraction', true),
};
const area = {
  level: oneOf(levels),
  kind,
  zone: str(undefined, true),
  site_id: str(undefined, true),
};
const summaryRow = object({
  period: impactPeriod,
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
  period: impactPeriod,
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

export const countsContract: Contract = {
  '/counts/sites': {
    get: op({
      id: 'getCountsSites',
      tag,
      summary: 'Counting sites with volumes and completeness over a period (kpi_counts_site_completeness)',
      access: 'public',
      query: schemas.sitesQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        from: 'First day (YYYY-MM-DD); default 364 days before `to`',
        to: "Last day; default the commune's latest day with counts",
        kind: 'Kind of counting site (kinds are never added together)',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per site',
      response: arrayOf(
        object({
          site_id: str(),
          name: str(),
          kind,
          zone: str(undefined, true),
          street: str(undefined, true),
          quartier_id: int(undefined, true),
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
      files: true,
    }),
  },
  '/counts/daily': {
    get: op({
      id: 'getCountsDaily',
      tag,
      summary: 'Daily counts per site, zone or commune, gaps and faults visible (view kpi_counts_daily)',
      access: 'public',
      query: schemas.dailyQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        level: 'Level of the rows',
        kind: 'Kind of counting site (kinds are never added together)',
        zone: 'One zone',
        site: 'One site (level=site)',
        from: 'First day (YYYY-MM-DD); default 364 days before `to`',
        to: "Last day; default the commune's latest day with counts",
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per area and day',
      response: arrayOf(
        object({
          ...area,
          day: str(),
          count_total: num('Valid counts of the day'),
          sites: int(),
          sites_complete: int(),
          ...hours,
          isodow: int('1 = Monday'),
          day_type: oneOf(['weekday', 'saturday', 'sunday', 'public_holiday']),
          public_holiday: str(undefined, true),
          school_holiday: str('Zone B school holiday', true),
        }),
      ),
      files: true,
    }),
  },
  '/counts/periods': {
    get: op({
      id: 'getCountsPeriods',
      tag,
      summary: 'Weekly or monthly counts per site, zone or commune (view kpi_counts_periods)',
      access: 'public',
      query: schemas.periodsQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        period: 'ISO weeks or months',
        level: 'Level of the rows',
        kind: 'Kind of counting site (kinds are never added together)',
        zone: 'One zone',
        site: 'One site (level=site)',
        from: 'First day (YYYY-MM-DD); default 364 days before `to`',
        to: "Last day; default the commune's latest day with counts",
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per area and period',
      response: arrayOf(
        object({
          ...area,
          period: oneOf(['week', 'month']),
          period_start: str(),
          sites: int(),
          sites_reporting: int(),
          site_days: int(),
          site_days_complete: int(),
          count_total: num(),
          ...hours,
          mean_daily_complete: num("Mean daily count over complete days (sum of the sites')", true),
          share_of_zone: num("A site's share of its zone (site rows)", true),
        }),
      ),
      files: true,
    }),
  },
  '/counts/profile': {
    get: op({
      id: 'getCountsProfile',
      tag,
      summary: 'Hour x weekday profile of a year, public holidays left out (view kpi_counts_hour_weekday)',
      access: 'public',
      query: schemas.profileQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        year: 'Year; default the latest',
        level: 'Level of the rows',
        kind: 'Kind of counting site (kinds are never added together)',
        zone: 'One zone',
        site: 'One site (level=site)',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per weekday and hour',
      response: arrayOf(
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
      files: true,
    }),
  },
  '/counts/year-on-year': {
    get: op({
      id: 'getCountsYearOnYear',
      tag,
      summary: 'A period against the same weekdays a year before, holidays aligned (kpi_counts_year_on_year)',
      access: 'public',
      query: schemas.yearOnYearQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        from: 'First day (YYYY-MM-DD); default 364 days before `to`',
        to: "Last day; default the commune's latest day with counts",
        level: 'Level of the rows',
        kind: 'Kind of counting site (kinds are never added together)',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'The period and its rows',
      response: object({
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
      files: true,
    }),
  },
  '/counts/interventions': {
    get: op({
      id: 'getCountsInterventions',
      tag,
      summary: 'Works, events and bike lanes whose impact can be analysed',
      access: 'public',
      query: schemas.interventionsQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per intervention, latest first',
      response: arrayOf(
        object({
          intervention_id: str(),
          name: str(),
          kind: interventionKind,
          street: str(undefined, true),
          quartier: str(undefined, true),
          start_date: str(),
          end_date: str(),
          site_ids: arrayOf(str()),
        }),
      ),
      files: true,
    }),
  },
  '/counts/impact': {
    get: op({
      id: 'getCountsImpact',
      tag,
      summary: 'Impact of an intervention: before / during / after, zone against control sites (kpi_flows_impact_*)',
      description:
        'The effect is a difference-in-differences on daily log ratios of indices (each site against its own level before); its interval is indicative (days taken as independent). DOMAIN.md §4.',
      access: 'public',
      query: schemas.impactQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        intervention: 'An intervention (its period and sites)',
        start: 'Ad hoc period: first day',
        end: 'Ad hoc period: last day',
        sites: 'Zone sites, comma-separated',
        street: 'Or: the counting sites of a street',
        zone: 'Or: the counting sites of a zone',
        controls: 'Control sites, comma-separated; default: same kind, outside the zone',
        window: 'Days compared before and after',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'The analysis',
      response: object({
        commune_insee: str(),
        intervention: object({
          intervention_id: str(),
          name: str(),
          kind: interventionKind,
          street: str(undefined, true),
          start_date: day(),
          end_date: day(),
          site_ids: arrayOf(str()),
        })
          .nullable()
          .meta({ description: 'The intervention analysed; null for an ad hoc period' }),
        start: str(),
        end: str(),
        window_days: int(),
        sites: arrayOf(
          object({
            site_id: str(),
            name: str(),
            grp: oneOf(['zone', 'control']),
            kind,
            zone: str(undefined, true),
            street: str(undefined, true),
          }),
        ),
        summary: arrayOf(summaryRow),
        daily: arrayOf(dayRow),
      }),
      files: true,
    }),
  },
};
