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
  const { registered, communeNames, principals } = await loadRegistry(db, [...new Set(clues.map((c) => c.commune))]);
  const unique = [...new Map(clues.map((c) => [budgetKey(c.commune, c.siret), c])).values()];
  const known = (clue: BudgetClue) =>
    clue.siret ? registered.find((b) => b.commune_insee === clue.commune && b.siret === clue.siret) : undefined;
  const undecided = (clue: BudgetClue) => !known(clue) && !decide(clue);
  // what the registry, the file or the lines tell first; the budgets nothing tells about afterwards
  const ordered = [...unique.filter((c) => !undecided(c)), ...unique.filter(undecided)];
  const resolved = new Map<string, BudgetRef>();
  for (const clue of ordered) {
    const key = budgetKey(clue.commune, clue.siret);
    const registeredBudget = known(clue);
    if (registeredBudget) {
      resolved.set(key, asRegistered(registeredBudget, clue));
      continue;
    }
    const principal = principals.get(clue.commune);
    let kind = decide(clue);
    if (!kind) {
      const others = ordered.filter((c) => c.commune === clue.commune && undecided(c));
      if (principal) kind = 'annexe';
      else if (others.length === 1) kind = 'principal';
      else {
        issues.push(noPrincipalSaid(clue, others));
        for (const c of others) resolved.delete(budgetKey(c.commune, c.siret));
        break;
      }
    }
    if (kind === 'principal') {
      const ref = asPrincipal(clue, principal, issues);
      if (ref) {
        principals.set(clue.commune, { siret: ref.siret, name: ref.name });
        resolved.set(key, ref);
      }
      continue;
    }
    resolved.set(key, asAnnexe(clue, [communeNames.get(clue.commune), principal?.name]));
  }
  return resolved;
}

type RegisteredBudget = BudgetRef & { commune_insee: string };
type Principal = { siret: string | null; name: string };

/** The budgets the communes have registered, their names, and the budget principal of each. */
async function loadRegistry(db: Knex, communes: string[]) {
  const registered = (await db('budgets').whereIn('commune_insee', communes).select('*')) as RegisteredBudget[];
  const communeNames = new Map<string, string>(
    (await db('communes').whereIn('insee_code', communes).select('insee_code', 'name')).map((c) => [
      c.insee_code,
      c.name,
    ]),
  );
  /** The budget principal of each commune: registered, or decided for this file. */
  const principals = new Map<string, Principal>();
  for (const b of registered)
    if (b.code === 'principal') principals.set(b.commune_insee, { siret: b.siret, name: b.name });
  return { registered, communeNames, principals };
}

/** What the file or its lines tell of a budget: no SIRET, declared, named annexe, carrying taxes. */
function decide(clue: BudgetClue): 'principal' | 'annexe' | undefined {
  if (!clue.siret) return 'principal';
  if (clue.declared) return clue.declared;
  if (clue.name && annexeWords.test(clue.name)) return 'annexe';
  if (clue.hasTaxes) return 'principal';
  return undefined;
}

/** A budget registered already keeps its code and kind; a file that names with authority renames it. */
function asRegistered(registered: RegisteredBudget, clue: BudgetClue): BudgetRef {
  const named = clue.name?.trim() || undefined;
  const name = named && clue.authoritativeName ? named : registered.name;
  return { code: registered.code, kind: registered.kind, name, siret: clue.siret ?? null };
}

/** The budget principal, unless the commune has one under another SIRET already (then refused). */
function asPrincipal(clue: BudgetClue, principal: Principal | undefined, issues: ImportIssue[]): BudgetRef | undefined {
  if (clue.siret && principal?.siret && principal.siret !== clue.siret) {
    issues.push({
      line: clue.line,
      column: clue.column,
      value: clue.siret,
      reason: `la commune ${clue.commune} a déjà un budget principal, de SIRET ${principal.siret} : ce budget (SIRET ${clue.siret}) en serait un second ; s'il s'agit d'un budget annexe, son nom doit le dire (ou importez son document TOTEM)`,
    });
    return undefined;
  }
  const named = clue.name?.trim() || undefined;
  const name = named ?? principal?.name ?? 'Budget principal';
  return { code: 'principal', kind: 'principal', name, siret: clue.siret ?? principal?.siret ?? null };
}

/** A budget annexe, coded by its SIRET; named "Budget annexe (SIRET …)" when the file gives only the commune's name. */
function asAnnexe(clue: BudgetClue, generalNames: (string | undefined)[]): BudgetRef {
  const named = clue.name?.trim() || undefined;
  const generic = !named || generalNames.some((n) => n && simple(n) === simple(named));
  return {
    code: clue.siret!,
    kind: 'annexe',
    name: generic ? `Budget annexe (SIRET ${clue.siret})` : named,
    siret: clue.siret!,
  };
}

/** The refusal of a file with several budgets, none of which says it is the principal. */
function noPrincipalSaid(clue: BudgetClue, undecided: BudgetClue[]): ImportIssue {
  return {
    line: clue.line,
    column: clue.column,
    value: clue.siret ?? null,
    reason: `plusieurs budgets dans le fichier (SIRET ${undecided.map((c) => c.siret).join(', ')}) et rien ne dit lequel est le budget principal : importez d'abord le budget principal seul, ou le document TOTEM de chacun`,
  };
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
