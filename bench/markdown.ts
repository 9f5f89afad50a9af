import type { Figures } from './fire';

/**
 * The bench's figures as the Markdown tables of the README's Performance section, so a run is pasted, never
 * retyped: `npm run bench` writes bench/results.md beside bench/results.json.
 */
/** One endpoint's figures: what autocannon measured, its ratio to the ceiling, the SQL alone. */
export type EndpointFigures = Figures & { endpoint: string; path: string; x_ceiling: number; sql_p50_ms?: number };

/** One import timed while readers read the overview. */
export interface ImportFigures {
  import: string;
  rows: number;
  status: string;
  lands_in_ms: number;
  rows_per_s: number;
  figures_refreshed_after_ms: number;
  readers: number;
  readers_p50_ms: number;
  readers_p99_ms: number;
  readers_max_ms: number;
  readers_errors: number;
}

export function markdownTables(endpoints: readonly EndpointFigures[], imports: readonly ImportFigures[]): string {
  const endpointTable = table(
    ['endpoint', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'errors', 'p95 ÷ ceiling', 'kB sent', 'SQL alone p50 ms'],
    endpoints.map((e) => [
      e.endpoint,
      e.p50_ms,
      e.p95_ms,
      e.p99_ms,
      e.requests_per_s,
      e.errors,
      e.x_ceiling,
      Math.round(e.bytes_per_answer / 100) / 10,
      e.sql_p50_ms ?? '',
    ]),
  );
  if (imports.length === 0) return `${endpointTable}\n`;
  const importTable = table(
    [
      'import',
      'rows',
      'lands in',
      'rows/s',
      'figures refreshed after',
      'readers',
      'readers p50',
      'readers p99',
      'readers max',
      'errors',
    ],
    imports.map((i) => [
      i.import,
      i.rows,
      `${i.lands_in_ms} ms`,
      i.rows_per_s,
      `${i.figures_refreshed_after_ms} ms`,
      i.readers,
      `${i.readers_p50_ms} ms`,
      `${i.readers_p99_ms} ms`,
      `${i.readers_max_ms} ms`,
      i.readers_errors,
    ]),
  );
  return `${endpointTable}\n${importTable}\n`;
}

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
