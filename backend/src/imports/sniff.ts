import type { ImportFormat, ImportKind } from './import-kind';
import { normaliseHeader } from './read-table';
import { cut } from './tidy-issues';

/** What a file is, from its first bytes, whatever its name says. */
export type Sniffed = ImportFormat | 'totem' | 'xls' | 'ods' | 'zip' | 'pdf' | 'binary';

export function sniffFormat(file: Buffer): Sniffed {
  const head = file.subarray(0, 4096);
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const text = head.toString('latin1');
    if (text.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    return /\[Content_Types\]\.xml|xl\//.test(file.subarray(0, 64 * 1024).toString('latin1')) ? 'xlsx' : 'zip';
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  if (head.toString('latin1', 0, 5) === '%PDF-') return 'pdf';
  const text = head
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  if (text.startsWith('<')) return /DocumentBudgetaire|docbudgetaire/i.test(text) ? 'totem' : 'xml';
  if (text.startsWith('{') || text.startsWith('[')) return 'geojson';
  if (head.includes(0)) return 'binary';
  return 'csv';
}

const names: Record<Exclude<Sniffed, 'csv'>, string> = {
  xlsx: 'un classeur Excel (XLSX)',
  geojson: 'un fichier JSON ou GeoJSON',
  xml: 'un fichier XML',
  totem: 'un document budgétaire TOTEM (XML)',
  xls: 'un classeur Excel à l’ancien format (XLS)',
  ods: 'un classeur OpenDocument (ODS)',
  zip: 'une archive ZIP',
  pdf: 'un document PDF',
  binary: 'un fichier binaire (ni texte ni classeur)',
};

/**
 * Why a kind cannot read this file, in the words of a colleague ("ce fichier est un document budgétaire TOTEM
 * (XML) : importez-le avec le type budget"); undefined when the kind accepts its format.
 */
export function formatMismatch(kind: Pick<ImportKind, 'kind' | 'formats'>, file: Buffer): string | undefined {
  const found = sniffFormat(file);
  if (found === 'csv' ? kind.formats.includes('csv') : (kind.formats as readonly string[]).includes(found))
    return undefined;
  if (found === 'totem' && kind.formats.includes('xml')) return undefined;
  const accepted = kind.formats
    .map((f) => ({ csv: 'CSV', xlsx: 'XLSX', geojson: 'GeoJSON', xml: 'XML' })[f])
    .join(' ou ');
  const what = found === 'csv' ? 'un fichier texte (CSV)' : names[found];
  const advice: Partial<Record<Sniffed, string>> = {
    totem:
      kind.kind === 'budget'
        ? 'ce format n’est pas encore pris en charge : importez l’export SCDL du même document'
        : 'importez-le avec le type budget',
    geojson: 'importez les contours avec le type quartiers (GeoJSON)',
    xlsx: 'enregistrez la feuille au format CSV (séparateur point-virgule) et importez ce CSV',
    xls: 'enregistrez-le au format XLSX ou CSV',
    ods: 'enregistrez-le au format XLSX ou CSV',
    zip: 'décompressez-la et importez les fichiers qu’elle contient',
    pdf: 'Pilotage lit les données, pas les documents mis en page : demandez l’export CSV ou XLSX',
    binary: 'vérifiez que c’est bien l’export attendu (CSV ou XLSX)',
    csv: `le type ${kind.kind} attend ${accepted}`,
  };
  return `ce fichier est ${what} : ${advice[found] ?? `le type ${kind.kind} attend ${accepted}`}`;
}

/**
 * When a file lacks the columns its kind expects: what it looks like instead, so that a colleague knows what to do
 * ("ce fichier est un classeur Excel (XLSX) dont la première feuille ressemble à un fichier « readings »…").
 * `others` are the other kinds; the header is the file's first line (or first row of the first sheet).
 */
export function layoutHint(
  kind: Pick<ImportKind, 'kind'>,
  file: Buffer,
  header: string[],
  others: readonly Pick<ImportKind, 'kind' | 'columns'>[],
): string | undefined {
  const what =
    sniffFormat(file) === 'xlsx' ? 'ce fichier est un classeur Excel (XLSX) dont la première feuille' : 'ce fichier';
  const names = new Set(header.map(normaliseHeader));
  const fits = others.filter(
    (other) =>
      other.kind !== kind.kind &&
      other.columns.some((c) => c.required) &&
      other.columns
        .filter((c) => c.required)
        .every((c) => [c.name, ...(c.aliases ?? [])].some((n) => names.has(normaliseHeader(n)))),
  );
  const seen = header
    .filter(Boolean)
    .slice(0, 8)
    .map((h) => cut(h, 30))
    .join(', ');
  if (fits.length > 0) {
    return `${what} ressemble à un fichier « ${fits[0].kind} » : importez-le avec le type ${fits[0].kind} (en-tête lu : ${seen})`;
  }
  return header.length
    ? `${what} n’a pas les colonnes du type ${kind.kind} (en-tête lu : ${seen}${header.length > 8 ? '…' : ''})`
    : undefined;
}
