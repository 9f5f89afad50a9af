import { LoadStatus } from '../../../core/context/context.feature';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { budgetFileUrl } from '../data-access/budget-api';
import { BudgetStage, Credits, Direction, ExecutionRow, LineRow, Section } from '../data-access/budget-rows';
import { DrillPath } from './budget.feature';
import { STAGE_LABEL, votedAt } from './budget-stage';
import { codedLabel } from './coded-label';

/** One step back up the path: its label and the depth it returns to. */
export interface DrillCrumb {
  depth: number;
  label: string;
}

/** A row of the drill-down table; `key` opens the next level (the function, chapter or account code). */
export interface DrillRow {
  key: string;
  cells: TableRow;
}

export interface DrillView {
  depth: number;
  crumbs: readonly DrillCrumb[];
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly DrillRow[];
  /** Rows open a deeper level (not on the lines). */
  drillable: boolean;
  status: LoadStatus;
  error: string | null;
  xlsxUrl: string;
}

export interface DrillInput {
  commune: string;
  year: number;
  section: Section;
  direction: Direction;
  stage: BudgetStage;
  drill: DrillPath;
  execution: readonly ExecutionRow[];
  chapters: readonly ExecutionRow[];
  articles: readonly ExecutionRow[];
  lines: readonly LineRow[];
  status: LoadStatus;
  error: string | null;
  lang: Lang;
}

function figures(row: Credits, stage: BudgetStage): TableRow {
  return {
    voted: votedAt(row, stage),
    open: row.credits_open,
    executed: row.executed,
    carryNext: row.carry_next,
    rate: row.execution_rate,
  };
}

/**
 * The drill-down from function to chapter to article to the budget lines, for a section and direction: where the
 * path stands, the table of that level (largest first), and the same rows as an XLSX file from the API.
 */
export function buildDrilldown(input: DrillInput): DrillView {
  const { commune, year, section, direction, stage, drill, lang } = input;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const scope = (r: { section: Section; direction: Direction }) => r.section === section && r.direction === direction;
  const bySize = (a: Credits, b: Credits) =>
    (b.executed ?? votedAt(b, stage) ?? 0) - (a.executed ?? votedAt(a, stage) ?? 0);
  const fnRow = input.execution.find((r) => r.level === 'function' && r.function === drill.fn && scope(r));
  const chapterRow = input.chapters.find((r) => r.chapter === drill.chapter && scope(r));
  const articleRow = input.articles.find((r) => r.account === drill.account && scope(r));
  const fnName =
    drill.fn !== null ? codedLabel(drill.fn, fnRow?.function_label ?? null) || t('budget.column.function') : '';
  const chapterName = drill.chapter !== null ? codedLabel(drill.chapter, chapterRow?.chapter_label ?? null) : '';
  const accountName = drill.account !== null ? codedLabel(drill.account, articleRow?.account_label ?? null) : '';
  const crumbs: DrillCrumb[] = [{ depth: 0, label: t('budget.drill.all') }];
  if (drill.fn !== null) crumbs.push({ depth: 1, label: fnName });
  if (drill.chapter !== null) crumbs.push({ depth: 2, label: chapterName });
  if (drill.account !== null) crumbs.push({ depth: 3, label: accountName });
  const depth = crumbs.length - 1;

  // At the CA, what was voted is the crédits ouverts: one column says it.
  const amountColumns: TableColumn[] = [
    ...(stage === 'CA'
      ? []
      : [
          {
            key: 'voted',
            label: t('budget.column.voted', { stage: t(STAGE_LABEL[stage]) }),
            kind: 'currency' as const,
          },
        ]),
    { key: 'open', label: t('budget.column.open'), kind: 'currency' },
    { key: 'executed', label: t('budget.column.executed'), kind: 'currency' },
    { key: 'carryNext', label: t('budget.column.carryNext'), kind: 'currency' },
    { key: 'rate', label: t('budget.column.rate'), kind: 'percent' },
  ];
  const common = { commune, year, section, direction };
  const sectionLabel = t(section === 'F' ? 'budget.section.F' : 'budget.section.I');
  const directionLabel = t(direction === 'D' ? 'budget.direction.D' : 'budget.direction.R');

  if (depth === 3) {
    return {
      depth,
      crumbs,
      caption: t('budget.drill.lines', { name: accountName }),
      columns: [
        { key: 'functionCode', label: t('budget.column.functionCode'), kind: 'text' },
        { key: 'operation', label: t('budget.column.operation'), kind: 'text' },
        ...amountColumns,
      ],
      rows: input.lines.filter(scope).map((l, index) => ({
        key: String(index),
        cells: {
          functionCode: codedLabel(l.function_code, l.function_code_label),
          operation: l.operation || '–',
          ...figures(l, stage),
        },
      })),
      drillable: false,
      status: input.status,
      error: input.error,
      xlsxUrl: budgetFileUrl(
        'lines',
        { ...common, function: drill.fn, chapter: drill.chapter, account: drill.account },
        'xlsx',
      ),
    };
  }
  const level =
    depth === 0
      ? {
          rows: input.execution.filter((r) => r.level === 'function' && scope(r)),
          key: (r: ExecutionRow) => r.function ?? '',
          name: (r: ExecutionRow) => codedLabel(r.function, r.function_label),
          column: 'budget.column.function' as const,
        }
      : depth === 1
        ? {
            rows: input.chapters.filter(scope),
            key: (r: ExecutionRow) => r.chapter ?? '',
            name: (r: ExecutionRow) => codedLabel(r.chapter, r.chapter_label),
            column: 'budget.column.chapter' as const,
          }
        : {
            rows: input.articles.filter(scope),
            key: (r: ExecutionRow) => r.account ?? '',
            name: (r: ExecutionRow) => codedLabel(r.account, r.account_label),
            column: 'budget.column.account' as const,
          };
  const caption =
    depth === 0
      ? t('budget.drill.functions', {
          section: sectionLabel,
          direction: directionLabel.toLowerCase(),
          year,
        })
      : depth === 1
        ? t('budget.drill.chapters', { name: fnName })
        : t('budget.drill.articles', { name: chapterName });
  const fileLevel = depth === 0 ? 'function' : depth === 1 ? 'function_chapter' : 'article';
  return {
    depth,
    crumbs,
    caption,
    columns: [{ key: 'name', label: t(level.column), kind: 'text' }, ...amountColumns],
    rows: [...level.rows]
      .sort(bySize)
      .map((r) => ({ key: level.key(r), cells: { name: level.name(r), ...figures(r, stage) } })),
    drillable: true,
    status: depth === 0 ? 'loaded' : input.status,
    error: input.error,
    xlsxUrl: budgetFileUrl(
      'execution',
      { ...common, level: fileLevel, function: drill.fn, chapter: drill.chapter },
      'xlsx',
    ),
  };
}
