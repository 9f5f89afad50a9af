import iconv from 'iconv-lite';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { TableRow } from '../read-table';

/** The namespace of TOTEM budget documents (DocumentBudgetaire, also inside a compte financier unique). */
export const totemNamespace = 'http://www.minefi.gouv.fr/cp/demat/docbudgetaire';

/** What a TOTEM document says of itself, in its headers (EnTeteDocBudgetaire, EnTeteBudget, BlocBudget). */
export interface TotemHeader {
  natDec?: string;
  numDec?: string;
  exer?: string;
  idEtab?: string;
  libelleEtab?: string;
  libelleColl?: string;
  codInseeColl?: string;
  codBud?: string;
  nomenclature?: string;
  /** CodTypBud: P budget principal, A budget annexe. */
  codTypBud?: string;
  /** The budget principal's SIRET, given by a budget annexe. */
  idEtabPal?: string;
}

export interface TotemDocument {
  header: TotemHeader;
  /** One row per LigneBudget (computed lines, calculated="true", left out as the converters do), in SCDL columns. */
  rows: TableRow[];
}

/** The TOTEM element each SCDL column comes from: a refusal names the element the agent sees in the XML. */
export const totemElementOf: Record<string, string> = {
  BGT_NATDEC: 'NatDec',
  BGT_ANNEE: 'Exer',
  BGT_SIRET: 'IdEtab',
  BGT_NOM: 'LibelleEtab',
  BGT_CONTNAT: 'ContNat',
  BGT_CONTNAT_LABEL: 'ContNat',
  BGT_NATURE: 'Nature',
  BGT_NATURE_LABEL: 'LibCpte',
  BGT_FONCTION: 'Fonction',
  BGT_OPERATION: 'Operation',
  BGT_SECTION: 'CaracSup Section',
  BGT_OPBUDG: 'OpBudg',
  BGT_CODRD: 'CodRD',
  BGT_MTREAL: 'MtReal',
  BGT_MTBUDGPREC: 'MtBudgPrec',
  BGT_MTRARPREC: 'MtRARPrec',
  BGT_MTPROPNOUV: 'MtPropNouv',
  BGT_MTPREV: 'MtPrev',
  BGT_CREDOUV: 'CredOuv',
  BGT_MTRAR3112: 'MtRAR3112',
  BGT_ARTSPE: 'ArtSpe',
  BGT_NUMDM: 'NumDec',
  BGT_NOMENCLATURE: 'Nomenclature',
  BGT_TYPOPBUDG: 'TypOpBudg',
};

const lineElements: Record<string, string> = {
  Nature: 'BGT_NATURE',
  LibCpte: 'BGT_NATURE_LABEL',
  ContNat: 'BGT_CONTNAT',
  Fonction: 'BGT_FONCTION',
  Operation: 'BGT_OPERATION',
  CodRD: 'BGT_CODRD',
  OpBudg: 'BGT_OPBUDG',
  TypOpBudg: 'BGT_TYPOPBUDG',
  MtReal: 'BGT_MTREAL',
  MtBudgPrec: 'BGT_MTBUDGPREC',
  MtRARPrec: 'BGT_MTRARPREC',
  MtPropNouv: 'BGT_MTPROPNOUV',
  MtPrev: 'BGT_MTPREV',
  CredOuv: 'BGT_CREDOUV',
  MtRAR3112: 'BGT_MTRAR3112',
  ArtSpe: 'BGT_ARTSPE',
};

const headerElements = new Set<keyof TotemHeader>([
  'natDec',
  'numDec',
  'exer',
  'idEtab',
  'libelleEtab',
  'libelleColl',
  'codInseeColl',
  'codBud',
  'nomenclature',
  'codTypBud',
  'idEtabPal',
]);

/** A TOTEM file whatever its extension: an XML document holding a DocumentBudgetaire. */
export function looksLikeTotem(file: Buffer): boolean {
  const head = file.subarray(0, 4096).toString('latin1');
  return /^\s*(\uFEFF|\xEF\xBB\xBF)?\s*</.test(head) && /DocumentBudgetaire|docbudgetaire/.test(head);
}

/** The document's text, decoded as its XML declaration says (TOTEM files are ISO-8859-1, read as its superset Windows-1252). */
export function decodeXml(file: Buffer): string {
  const declared = /^\s*(?:\xEF\xBB\xBF)?<\?xml[^>]*encoding=["']([^"']+)["']/i.exec(
    file.subarray(0, 200).toString('latin1'),
  )?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) return iconv.decode(file, 'win1252');
  return file.toString('utf8').replace(/^\uFEFF/, '');
}

/** A problem the XML parser met, in French: where, and that the file is damaged (never the parser's own words). */
export class TotemXmlError extends Error {
  constructor(readonly line: number) {
    super(`XML mal formé vers la ligne ${line} : le fichier TOTEM est tronqué ou abîmé (exportez-le à nouveau)`);
  }
}

/**
 * Reads a TOTEM budget document (DocumentBudgetaire, namespace docbudgetaire, ISO-8859-1), alone or inside a compte
 * financier unique, into its header and one row per LigneBudget, written in the SCDL columns as the TOTEM-to-SCDL
 * converters write them: BGT_CONTNAT = ContNat (the chapter, when the line gives it), BGT_NATURE = Nature (the
 * article), BGT_SECTION = CaracSup Code="Section", codes kept as codes (NatDec 01/02/03/09/10, CodRD R/D, OpBudg
 * 0/1). Each row's line is the line of its <LigneBudget> in the file.
 */
export function readTotem(file: Buffer): TotemDocument {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const header: TotemHeader = {};
  const rows: TableRow[] = [];
  let line: TableRow | undefined;
  let skipped = false;
  const inBudget = (tag: SaxesTagNS) => tag.uri === totemNamespace || tag.uri === '';
  const value = (tag: SaxesTagNS) => (tag.attributes['V']?.value ?? '').trim();

  parser.on('opentag', (tag) => {
    if (!inBudget(tag)) return;
    const name = tag.local;
    if (name === 'LigneBudget') {
      skipped = tag.attributes['calculated']?.value === 'true';
      line = { line: parser.line, cells: {} };
      return;
    }
    if (line) {
      if (name === 'CaracSup') {
        if (tag.attributes['Code']?.value === 'Section') line.cells['BGT_SECTION'] = value(tag);
        return;
      }
      const column = lineElements[name];
      if (column && line.cells[column] === undefined) line.cells[column] = value(tag);
      return;
    }
    const key = (name.charAt(0).toLowerCase() + name.slice(1)) as keyof TotemHeader;
    if (headerElements.has(key) && header[key] === undefined) header[key] = value(tag);
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'LigneBudget' && inBudget(tag as SaxesTagNS) && line) {
      if (!skipped) rows.push(line);
      line = undefined;
    }
  });
  let failedAt: number | undefined;
  parser.on('error', () => {
    failedAt ??= parser.line;
  });
  try {
    parser.write(decodeXml(file)).close();
  } catch {
    failedAt ??= parser.line;
  }
  if (failedAt !== undefined) throw new TotemXmlError(failedAt);

  const documentCells = {
    BGT_NATDEC: header.natDec ?? '',
    BGT_ANNEE: header.exer ?? '',
    BGT_SIRET: header.idEtab ?? '',
    BGT_NOM: header.libelleEtab ?? header.libelleColl ?? '',
    BGT_NUMDM: header.numDec ?? '',
    BGT_NOMENCLATURE: header.nomenclature ?? '',
  };
  return { header, rows: rows.map((r) => ({ line: r.line, cells: { ...documentCells, ...r.cells } })) };
}
