import { BriefDocument } from './brief-document';

/** A brief as GET /api/v1/brief writes it (shortened): one figure, two alerts, one chart and its table. */
export const BRIEF_DOCUMENT_FIXTURE: BriefDocument = {
  commune: { insee: '59350', name: 'Lille', population: 236234 },
  year: 2025,
  title: 'Note au conseil municipal – Lille',
  subtitle: 'Situation 2025 : chiffres clés, alertes, exécution budgétaire, programmes et quartiers',
  generated_on: '7 décembre 2026',
  data_as_of: 'Données : budget au 31 décembre 2025.',
  audience: 'staff',
  summary: ['13\u00a0alertes critiques sont ouvertes.'],
  sections: [
    {
      id: 'figures',
      title: 'Chiffres clés',
      sentences: ['Les ratios financiers restent dans leurs seuils d’alerte.'],
      figures: [
        {
          family: 'budget',
          indicator: 'taux_epargne_brute',
          label: 'Taux d’épargne brute',
          value: 0.122,
          unit: 'fraction',
          text: '12,2\u00a0%',
          period_label: '2025',
          complete: true,
          comparison: '+0,7\u00a0point par rapport à 2024',
          change: 0.007,
          change_kind: 'points',
          status: 'ok',
          threshold: 'alerte sous 10,0\u00a0%, critique sous 7,0\u00a0%',
          source: 'Compte administratif 2025',
        },
      ],
      chart: null,
      tables: [],
      source: 'Compte administratif 2025',
    },
    {
      id: 'alerts',
      title: 'Alertes',
      sentences: ['1\u00a0alerte critique est ouverte.'],
      figures: [],
      chart: null,
      tables: [
        {
          caption: 'Alertes critiques (1)',
          columns: [
            { key: 'subject', label: 'Objet', numeric: false },
            { key: 'cost', label: 'Enjeu', numeric: true },
          ],
          rows: [{ subject: 'Requalification de la rue Jean Sans Peur', cost: '544\u00a0k€' }],
          total: null,
        },
      ],
      source: 'Centre d’alertes',
    },
    {
      id: 'execution',
      title: 'Exécution budgétaire 2025',
      sentences: ['Fonctionnement : 481,0\u00a0M€ dépensés sur 500,1\u00a0M€ de crédits ouverts.'],
      figures: [],
      chart: {
        title: 'Crédits ouverts et dépenses exécutées par chapitre (M€)',
        height: 92,
        option: {
          xAxis: { type: 'value' },
          yAxis: { type: 'category', data: ['F 012'] },
          series: [{ type: 'bar', data: [279.1] }],
        },
      },
      tables: [],
      source: 'Compte administratif 2025',
    },
  ],
};
