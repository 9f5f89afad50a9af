import { arrayOf, int, num, object, str } from '../../http/contract';
import { op, type Contract } from '../../http/contract';
import { overviewQuery } from './overview.schemas';

export const overviewContract: Contract = {
  '/overview': {
    get: op({
      id: 'getOverview',
      tag: 'Overview',
      summary: 'Headline figure of each family per year (view kpi_commune_year_overview)',
      access: 'public',
      query: overviewQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
      },
      responseDescription: 'One row per year',
      response: arrayOf(
        object({
          commune_insee: str(),
          year: int(),
          population: int('Inhabitants of the commune; null when the communes file gave none', true),
          operating_expenses_eur: num('Executed real operating expenses (CA); null without CA', true),
          investment_expenses_eur: num('Executed equipment expenses, chapters 20/204/21/23; null without CA', true),
          fluids_kwh: num('Energy, kWh; null for a year without fluids data', true),
          fluids_cost_eur: num('Fluids bill, EUR TTC; null for a year without fluids data', true),
          premises: int('Active shop premises on 31/12; null without a premises census that year', true),
          vacant_premises: int(undefined, true),
          vacancy_rate: num('vacant / active, fraction', true),
          footfall: num('Pedestrian counts over the year; null without counts', true),
        }),
      ),
    }),
  },
};
