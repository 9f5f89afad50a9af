import { executionChart, programmesChart, quartiersChart } from './brief-charts';
import type { ExecutionRow, ProgrammeRow, QuartierRow } from './brief.repository';
import type { BriefAlert, BriefSection, BriefTable, Headline } from './brief.schemas';
import * as f from './french-format';
import { alertKindLabel } from './headline-source';

/** The sections of the council brief, each a title, sentences, a chart and the tables behind it, in French. */

const n = (value: string | number | null | undefined) => (value === null || value === undefined ? null : Number(value));
const col = (key: string, label: string, numeric = false) => ({ key, label, numeric });

const STATUS_WORDS = { ok: 'Conforme', watch: 'À surveiller', alert: 'Alerte' } as const;

export function figuresSection(figures: Headline[]): BriefSection {
  const flagged = figures.filter((figure) => figure.status && figure.status !== 'ok');
  return {
    id: 'figures',
    title: 'Chiffres clés',
    sentences: [
      flagged.length
        ? `${f.plural(flagged.length, 'indicateur dépasse son seuil', 'indicateurs dépassent leur seuil')} : ${flagged.map((x) => `${x.label.toLowerCase()} (${STATUS_WORDS[x.status!].toLowerCase()})`).join(', ')}.`
        : 'Aucun indicateur ne dépasse son seuil.',
    ],
    figures,
    chart: null,
    tables: [],
    source: [...new Set(figures.map((figure) => figure.source))].join(' ; '),
  };
}

/**
 * How many critical alerts are open, and how many to watch, in one sentence: the catalogue's counts (the cards
 * beside it, whose colour is judged on the same rows), read by citizens and staff alike.
 */
function openAlertsSentence(counts: Headline[]): string {
  const of = (indicator: string) => counts.find((row) => row.indicator === indicator)?.value ?? 0;
  const critical = of('open_alerts_high');
  const watch = of('open_alerts_medium');
  return critical
    ? `${f.plural(critical, 'alerte critique est ouverte', 'alertes critiques sont ouvertes')}, ${f.integer(watch)} à surveiller.`
    : `Aucune alerte critique n’est ouverte, ${f.integer(watch)} à surveiller.`;
}

/**
 * The alerts: the catalogue's open-alert counts by severity for everyone (`counts`, cards and their sentence), and
 * for staff every open alert of the alerts centre, critical first (`alerts`; null for the public).
 */
export function alertsSection(alerts: BriefAlert[] | null, counts: Headline[] = []): BriefSection {
  if (alerts === null)
    return {
      id: 'alerts',
      title: 'Alertes',
      sentences: [
        openAlertsSentence(counts),
        'Le détail des alertes est réservé aux élus et aux agents : connectez-vous pour le voir dans la note.',
      ],
      figures: counts,
      chart: null,
      tables: [],
      source: 'Centre d’alertes : alertes ouvertes (non acquittées) par sévérité',
    };
  const critical = alerts.filter((alert) => alert.severity === 'critical');
  const others = alerts.filter((alert) => alert.severity !== 'critical');
  const family = others.filter((alert) => alert.family !== 'fluids');
  const fluids = others.filter((alert) => alert.family === 'fluids');
  const atStake = critical.reduce((sum, alert) => sum + (alert.cost_eur ?? 0), 0);
  const columns = [
    col('kind', 'Alerte'),
    col('subject', 'Objet'),
    col('quartier', 'Quartier'),
    col('finding', 'Constat'),
    col('cost', 'Enjeu', true),
  ];
  const row = (alert: BriefAlert) => ({
    kind: alertKindLabel(alert.kind),
    subject: alert.subject,
    quartier: alert.quartier ?? '—',
    finding: alert.finding,
    cost: alert.cost_eur === null ? '—' : f.amount(alert.cost_eur),
  });
  const byKind = new Map<string, { count: number; cost: number }>();
  for (const alert of fluids) {
    const entry = byKind.get(alert.kind) ?? { count: 0, cost: 0 };
    entry.count += 1;
    entry.cost += alert.cost_eur ?? 0;
    byKind.set(alert.kind, entry);
  }
  const fluidsCost = fluids.reduce((sum, alert) => sum + (alert.cost_eur ?? 0), 0);
  const tables: BriefTable[] = [
    { caption: `Alertes critiques (${f.integer(critical.length)})`, columns, rows: critical.map(row), total: null },
    {
      caption: `Autres alertes à surveiller (${f.integer(family.length)})`,
      columns,
      rows: family.map(row),
      total: null,
    },
  ];
  if (fluids.length)
    tables.push({
      caption: `Alertes fluides des bâtiments (${f.integer(fluids.length)}), par nature`,
      columns: [col('kind', 'Nature'), col('count', 'Alertes', true), col('cost', 'Surcoût estimé', true)],
      rows: [...byKind.entries()]
        .sort((a, b) => b[1].cost - a[1].cost)
        .map(([kind, entry]) => ({
          kind: alertKindLabel(kind),
          count: f.integer(entry.count),
          cost: f.amount(entry.cost),
        })),
      total: { kind: 'Total', count: f.integer(fluids.length), cost: f.amount(fluidsCost) },
    });
  const sentences = [
    openAlertsSentence(counts),
    ...(atStake > 0
      ? [
          `Les alertes critiques portent sur ${f.amount(atStake)} de crédits de paiement au-delà des autorisations de programme.`,
        ]
      : []),
    `${f.plural(family.length, 'autre alerte', 'autres alertes')} du budget, du commerce et des flux ${family.length < 2 ? 'est' : 'sont'} à surveiller.`,
  ];
  if (fluids.length)
    sentences.push(
      `${f.plural(fluids.length, 'alerte', 'alertes')} sur les consommations des bâtiments, pour un surcoût estimé de ${f.amount(fluidsCost)} (détail dans le centre d’alertes).`,
    );
  return {
    id: 'alerts',
    title: 'Alertes',
    sentences,
    figures: counts,
    chart: null,
    tables,
    source: 'Centre d’alertes : alertes ouvertes (non acquittées) avec leur sévérité',
  };
}

export function executionSection(rows: ExecutionRow[]): BriefSection {
  if (!rows.length)
    return {
      id: 'execution',
      title: 'Exécution budgétaire',
      sentences: ['Aucun compte administratif n’est encore chargé pour cette année.'],
      figures: [],
      chart: null,
      tables: [],
      source: 'Compte administratif',
    };
  const year = rows[0].year;
  const sections = rows.filter((row) => row.level === 'section');
  const chapters = rows.filter((row) => row.level === 'chapter');
  const sectionName = (s: string) => (s === 'F' ? 'Fonctionnement' : 'Investissement');
  const sentence = (row: ExecutionRow) =>
    `${sectionName(row.section)} : ${f.amount(n(row.executed))} dépensés sur ${f.amount(n(row.credits_open))} de crédits ouverts, soit ${f.percent(n(row.execution_rate))} d’exécution.`;
  const lowest = [...chapters]
    .filter((row) => n(row.credits_open)! > 1e6)
    .sort((a, b) => n(a.execution_rate)! - n(b.execution_rate)!)[0];
  const sentences = sections.map(sentence);
  if (lowest)
    sentences.push(
      `Le chapitre le moins exécuté est le ${lowest.chapter} (${lowest.chapter_label}) : ${f.percent(n(lowest.execution_rate))}.`,
    );
  return {
    id: 'execution',
    title: `Exécution budgétaire ${year}`,
    sentences,
    figures: [],
    chart: executionChart(
      chapters.map((row) => ({
        label: `${row.section === 'F' ? 'F' : 'I'} ${row.chapter} ${row.chapter_label ?? ''}`.trim(),
        voted: n(row.credits_open) ?? 0,
        executed: n(row.executed) ?? 0,
      })),
    ),
    tables: [
      {
        caption: `Dépenses réelles ${year} par section et chapitre, budget principal`,
        columns: [
          col('section', 'Section'),
          col('chapter', 'Chapitre'),
          col('voted', 'Crédits ouverts', true),
          col('executed', 'Exécuté', true),
          col('rate', 'Taux', true),
        ],
        rows: rows.map((row) => ({
          section: sectionName(row.section),
          chapter: row.level === 'section' ? 'Total de la section' : `${row.chapter} ${row.chapter_label ?? ''}`.trim(),
          voted: f.roundEuros(n(row.credits_open)),
          executed: f.roundEuros(n(row.executed)),
          rate: f.percent(n(row.execution_rate)),
        })),
        total: null,
      },
    ],
    source: `Compte administratif ${year} : crédits ouverts (BP + BS + DM + reports) et mandats émis, opérations réelles`,
  };
}

export function programmesSection(rows: ProgrammeRow[]): BriefSection {
  const overrun = rows.filter((row) => row.overrun_eur !== null);
  const late = rows.filter((row) => row.slippage_months !== null);
  const critical = rows.filter((row) => row.overrun_severity === 'high' || row.slippage_severity === 'high');
  const excess = overrun.reduce((sum, row) => sum + n(row.overrun_eur)!, 0);
  const sentences = [
    overrun.length
      ? `${f.plural(overrun.length, 'programme dépasse', 'programmes dépassent')} ou ${overrun.length < 2 ? 'va dépasser son' : 'vont dépasser leur'} autorisation de programme (CP exécutés ou prévus), pour ${f.amount(excess)} au total.`
      : 'Aucun programme ne dépasse son autorisation de programme.',
    late.length
      ? `${f.plural(late.length, 'programme est en retard', 'programmes sont en retard')} au-delà du seuil, jusqu’à ${f.months(Math.max(...late.map((row) => n(row.slippage_months)!)))} sur la date prévue.`
      : 'Aucun programme n’est en retard au-delà du seuil.',
    `${f.plural(critical.length, 'programme est', 'programmes sont')} en alerte critique.`,
  ];
  const chartRows = overrun.slice(0, 12).map((row) => ({
    label: row.name,
    ap: n(row.ap_amount_eur)!,
    cp: n(row.cp_highest)!,
  }));
  const severity = (value: string | null) => (value === 'high' ? ' (critique)' : '');
  return {
    id: 'programmes',
    title: 'Programmes à risque',
    sentences,
    figures: [],
    chart: chartRows.length ? programmesChart(chartRows) : null,
    tables: [
      {
        caption: `Programmes en dépassement ou en retard (${f.integer(rows.length)})`,
        columns: [
          col('name', 'Programme'),
          col('quartier', 'Quartier'),
          col('ap', 'AP votée', true),
          col('cp', 'CP exécutés ou prévus', true),
          col('over', 'Dépassement', true),
          col('end', 'Fin prévue → attendue'),
          col('late', 'Retard', true),
        ],
        rows: rows.map((row) => ({
          name: row.name,
          quartier: row.quartier ?? '—',
          ap: f.amount(n(row.ap_amount_eur)),
          cp: f.amount(n(row.cp_highest ?? row.cp_executed_to_date)),
          over:
            row.overrun_eur === null
              ? '—'
              : `${f.amount(n(row.overrun_eur))} (${f.signedPercent(n(row.overrun_eur)! / n(row.ap_amount_eur)!)})${severity(row.overrun_severity)}`,
          end: `${f.monthYear(row.planned_end_date)} → ${f.monthYear(row.expected_end_date)}`,
          late:
            row.slippage_months === null
              ? '—'
              : `${f.months(n(row.slippage_months))}${severity(row.slippage_severity)}`,
        })),
        total: null,
      },
    ],
    source: 'Autorisations de programme et crédits de paiement (AP/CP) ; alertes du centre d’alertes et leurs seuils',
  };
}

export function quartiersSection(rows: QuartierRow[], year: number): BriefSection {
  const average = n(rows[0]?.commune_investment_per_inhabitant_eur);
  const cityVacancy = n(rows[0]?.commune_vacancy_rate);
  const populated = rows.filter((row) => (row.population ?? 0) > 0);
  const top = populated
    .filter((row) => row.investment_rank !== null && row.investment_rank <= 3)
    .sort((a, b) => a.investment_rank! - b.investment_rank!);
  const none = populated.filter((row) => n(row.investment_eur) === 0);
  const emptiest = rows.filter(
    (row) => cityVacancy !== null && n(row.vacancy_rate) !== null && n(row.vacancy_rate)! >= cityVacancy + 0.05,
  );
  const reasons = (row: QuartierRow) =>
    [
      top.includes(row)
        ? `investissement : ${row.investment_rank === 1 ? '1er' : `${row.investment_rank}e`} par habitant`
        : null,
      none.includes(row) ? 'aucun investissement localisé' : null,
      emptiest.includes(row) ? `vacance ${f.percent(n(row.vacancy_rate))} (commune ${f.percent(cityVacancy)})` : null,
    ]
      .filter(Boolean)
      .join(' ; ');
  const sentences = [
    `En ${year}, la commune a investi en moyenne ${f.roundEuros(average)} par habitant dans ses quartiers${top.length ? ` ; le plus : ${top.map((row) => `${row.quartier} (${f.roundEuros(n(row.investment_per_inhabitant_eur))})`).join(', ')}` : ''}.`,
  ];
  if (none.length)
    sentences.push(`Sans investissement localisé cette année : ${none.map((row) => row.quartier).join(', ')}.`);
  if (emptiest.length)
    sentences.push(
      `Vacance commerciale d’au moins 5 points au-dessus de la commune (${f.percent(cityVacancy)}) : ${emptiest.map((row) => `${row.quartier} (${f.percent(n(row.vacancy_rate))})`).join(', ')}.`,
    );
  const ranked = [...populated].sort(
    (a, b) => (n(b.investment_per_inhabitant_eur) ?? 0) - (n(a.investment_per_inhabitant_eur) ?? 0),
  );
  return {
    id: 'quartiers',
    title: 'Les quartiers qui se distinguent',
    sentences,
    figures: [],
    chart: ranked.length
      ? quartiersChart(
          ranked.map((row) => ({ label: row.quartier, perHead: n(row.investment_per_inhabitant_eur) ?? 0 })),
          average,
          year,
        )
      : null,
    tables: [
      {
        caption: `Les quartiers en ${year}`,
        columns: [
          col('quartier', 'Quartier'),
          col('population', 'Habitants', true),
          col('investment', 'Investissement', true),
          col('perHead', 'Par habitant', true),
          col('vacancy', 'Vacance', true),
          col('fluids', 'Fluides', true),
          col('why', 'Se distingue par'),
        ],
        rows: rows.map((row) => ({
          quartier: row.quartier,
          population: f.integer(row.population),
          investment: f.amount(n(row.investment_eur)),
          perHead:
            n(row.investment_per_inhabitant_eur) === null ? '—' : f.roundEuros(n(row.investment_per_inhabitant_eur)),
          vacancy: f.percent(n(row.vacancy_rate)),
          fluids: f.amount(n(row.fluids_cost_eur)),
          why: reasons(row) || '—',
        })),
        total: null,
      },
    ],
    source:
      'Investissement localisé : crédits de paiement exécutés des programmes situés dans le quartier ; vacance des locaux en rez-de-chaussée au 31 décembre ; fluides des bâtiments municipaux du quartier',
  };
}
