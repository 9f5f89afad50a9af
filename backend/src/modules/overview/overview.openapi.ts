import { arrayOf, communeParam, get, int, jsonResponse, num, object, str } from '../../openapi/helpers';

export const overviewOpenApi = {
  '/overview': get('Overview', 'Headline figure of each family per year (view kpi_commune_year_overview)', [communeParam],
    jsonResponse('One row per year', arrayOf(object({
      commune_insee: str(), year: int(), population: int(),
      operating_expenses_eur: num('Executed real operating expenses (CA); null without CA', true),
      investment_expenses_eur: num('Executed equipment expenses, chapters 20/204/21/23; null without CA', true),
      fluids_kwh: num('Energy, kWh'), fluids_cost_eur: num('Fluids bill, EUR TTC'),
      premises: int('Active shop premises on 31/12'), vacant_premises: int(),
      vacancy_rate: num('vacant / active, fraction', true), footfall: num('Pedestrian counts over the year'),
    })))),
};
