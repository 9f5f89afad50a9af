import type { Knex } from 'knex';
import type { ImportIssue } from '../import-kind';

/** Which budget of the commune a line belongs to: its budget principal, or a budget annexe (code = its SIRET). */
export interface BudgetRef {
  code: string;
  kind: 'principal' | 'annexe';
  name: string;
  siret: string | null;
}

/** What a file says of one of its budgets (one SIRET), to decide whether it is the principal or an annexe. */
export interface BudgetClue {
  commune: string;
  siret?: string;
  name?: string;
  /** The file says so: TOTEM CodTypBud P / A (and IdEtabPal), DGFiP cbudg 1 / 3. */
  declared?: 'principal' | 'annexe';
  /** The lines carry the commune's own taxes or its DGF (73111, 731x, 7411): only a budget principal has them. */
  hasTaxes: boolean;
  /** A line of the file, to point at in a refusal. */
  line: number;
  column: string;
  /** Whether the file's name for the budget may rename a registered one (TOTEM's LibelleEtab, DGFiP's lbudg). */
  authoritativeName: boolean;
}

/** Words that name a budget annexe (a service with its own budget) in budget names. */
const annexeWords =
  /\b(annexe|lotissements?|lot\.?|eau|assainissement|spanc|zac|zone d.activit|transports?|camping|abattoir|cr[ée]matorium|pompes fun[èe]bres|parkings?|photovolta[iï]que|chaufferie|r[ée]seau de chaleur|cin[ée]ma|golf|port de plaisance|march[ée] couvert|r[ée]gie)\b/i;

/**
 * Decides, for each budget a file holds, which budget of the commune it is. In order: a budget already registered
 * with that SIRET; what the file declares (TOTEM CodTypBud, DGFiP cbudg); a name that says annexe (lotissement,
 * eau, assainissement...); lines carrying the commune's taxes or DGF, which only its budget principal has; a
 * budget principal already registered under another SIRET (then this one is an annexe); else the principal (a file
 * without SIRET, or the first budget a commune loads). A second budget principal is refused.
 */
export async function resolveBudgets(
  db: Knex,
  clues: BudgetClue[],
  issues: ImportIssue[],
): Promise<Map<string, BudgetRef>> {
  const resolved = new Map<string, BudgetRef>();
  const communes = [...new Set(clues.map((c) => c.commune))];
  const registered = await db('budgets').whereIn('commune_insee', communes).select('*');
  const communeNames = new Map(
    (await db('communes').whereIn('insee_code', communes).select('insee_code', 'name')).map((c) => [
      c.insee_code,
      c.name,
    ]),
  );
  /** The budget principal of each commune: registered, or decided for this file. */
  const principals = new Map<string, { siret: string | null; name: string }>();
  for (const b of registered)
    if (b.code === 'principal') principals.set(b.commune_insee, { siret: b.siret, name: b.name });

  const decide = (clue: BudgetClue): 'principal' | 'annexe' | undefined => {
    if (!clue.siret) return 'principal';
    if (clue.declared) return clue.declared;
    if (clue.name && annexeWords.test(clue.name)) return 'annexe';
    if (clue.hasTaxes) return 'principal';
    return undefined;
  };
  const unique = [...new Map(clues.map((c) => [budgetKey(c.commune, c.siret), c])).values()];
  const known = (clue: BudgetClue) =>
    clue.siret ? registered.find((b) => b.commune_insee === clue.commune && b.siret === clue.siret) : undefined;
  // what the registry, the file or the lines tell first; the budgets nothing tells about afterwards
  const ordered = [...unique.filter((c) => known(c) || decide(c)), ...unique.filter((c) => !known(c) && !decide(c))];
  for (const clue of ordered) {
    const key = budgetKey(clue.commune, clue.siret);
    const named = clue.name?.trim() || undefined;
    const registeredBudget = known(clue);
    if (registeredBudget) {
      const name = named && clue.authoritativeName ? named : registeredBudget.name;
      resolved.set(key, { code: registeredBudget.code, kind: registeredBudget.kind, name, siret: clue.siret ?? null });
      continue;
    }
    const principal = principals.get(clue.commune);
    let kind = decide(clue);
    if (!kind) {
      const undecided = ordered.filter((c) => c.commune === clue.commune && !known(c) && !decide(c));
      if (principal) kind = 'annexe';
      else if (undecided.length === 1) kind = 'principal';
      else {
        issues.push({
          line: clue.line,
          column: clue.column,
          value: clue.siret ?? null,
          reason: `plusieurs budgets dans le fichier (SIRET ${undecided.map((c) => c.siret).join(', ')}) et rien ne dit lequel est le budget principal : importez d'abord le budget principal seul, ou le document TOTEM de chacun`,
        });
        for (const c of undecided) resolved.delete(budgetKey(c.commune, c.siret));
        break;
      }
    }
    if (kind === 'principal') {
      if (clue.siret && principal?.siret && principal.siret !== clue.siret) {
        issues.push({
          line: clue.line,
          column: clue.column,
          value: clue.siret,
          reason: `la commune ${clue.commune} a déjà un budget principal, de SIRET ${principal.siret} : ce budget (SIRET ${clue.siret}) en serait un second ; s'il s'agit d'un budget annexe, son nom doit le dire (ou importez son document TOTEM)`,
        });
        continue;
      }
      const name = named ?? principal?.name ?? 'Budget principal';
      principals.set(clue.commune, { siret: clue.siret ?? principal?.siret ?? null, name });
      resolved.set(key, { code: 'principal', kind, name, siret: clue.siret ?? principal?.siret ?? null });
      continue;
    }
    const generic =
      !named || [communeNames.get(clue.commune), principal?.name].some((n) => n && simple(n) === simple(named));
    resolved.set(key, {
      code: clue.siret!,
      kind,
      name: generic ? `Budget annexe (SIRET ${clue.siret})` : named!,
      siret: clue.siret!,
    });
  }
  return resolved;
}

export function budgetKey(commune: string, siret: string | undefined): string {
  return `${commune}:${siret ?? ''}`;
}

const simple = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(commune|ville|mairie|de|d|du|la|le|les)\b/g, '')
    .trim();

/**
 * Registers the budgets the lines belong to. A budget keeps the name it was first given unless a file that names
 * budgets with authority (TOTEM, DGFiP) renames it; its SIRET is filled in when first known.
 */
export async function writeBudgets(
  trx: Knex.Transaction,
  budgets: (BudgetRef & { commune_insee: string; authoritativeName: boolean })[],
  importId: number,
): Promise<void> {
  for (const b of budgets) {
    await trx.raw(
      `insert into budgets (commune_insee, code, kind, name, siret, import_id) values (?, ?, ?, ?, ?, ?)
       on conflict (commune_insee, code) do update set
         siret = coalesce(budgets.siret, excluded.siret),
         name = case when ? and budgets.name is distinct from excluded.name then excluded.name else budgets.name end`,
      [b.commune_insee, b.code, b.kind, b.name, b.siret, importId, b.authoritativeName],
    );
  }
}
