import { isBalanceHeader } from './budget-balance';
import { looksLikeTotem } from './budget-totem';

/** The layouts a budget file comes in, recognised from its content whatever its extension. */
export type BudgetFormat = 'TOTEM' | 'balance' | 'SCDL';

/**
 * A TOTEM XML document (alone or inside a compte financier unique), a DGFiP balance, else the SCDL "budget" layout
 * (schema or converter columns, CSV or XLSX: which columns hold what is decided while reading it).
 */
export function budgetFormatOf(file: Buffer): BudgetFormat {
  if (looksLikeTotem(file)) return 'TOTEM';
  if (looksLikeBalance(file)) return 'balance';
  return 'SCDL';
}

/** A DGFiP balance: a CSV whose first line is a balance's header (read without parsing the whole file). */
function looksLikeBalance(file: Buffer): boolean {
  if (file[0] === 0x50 && file[1] === 0x4b) return false; // an XLSX workbook
  const head = file
    .subarray(0, 2048)
    .toString('latin1')
    .replace(/^\xEF\xBB\xBF/, '');
  const firstLine = head.split(/\r?\n/)[0];
  return isBalanceHeader(firstLine.split(/[;,\t]/).map((h) => h.replace(/^"|"$/g, '')));
}
