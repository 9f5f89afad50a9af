import type { ImportIssue, ImportKind } from '../import-kind';
import { readColumns } from '../read-table';
import { upsertRows } from '../upsert';
import { checkDuplicates, RowReader, simplify } from '../values';

type InterventionKind = 'works' | 'event' | 'bike_lane' | 'other';

interface InterventionRecord {
  intervention_id: string;
  name: string;
  kind: InterventionKind;
  street: string | null;
  quartier_id: number | null;
  start_date: string;
  end_date: string;
  site_ids: string[];
}

const columns = [
  {
    name: 'intervention_id',
    required: true,
    description: 'Identifiant de l’intervention (travaux, événement, aménagement)',
    aliases: ['id', 'identifiant', 'id_intervention'],
  },
  {
    name: 'name',
    required: true,
    description: 'Intitulé, tel qu’il sera lu (« Requalification de la rue Léon Gambetta »)',
    aliases: ['nom', 'libelle', 'intitule'],
  },
  {
    name: 'kind',
    required: true,
    description: 'works/travaux, event/événement, bike_lane/piste cyclable, other/autre',
    aliases: ['type', 'nature'],
  },
  {
    name: 'street',
    required: false,
    description: 'Rue concernée (même nom que dans le registre des locaux)',
    aliases: ['rue', 'voie'],
  },
  {
    name: 'quartier',
    required: false,
    description: 'Quartier concerné, par son nom',
    aliases: ['nom_quartier'],
  },
  {
    name: 'start',
    required: true,
    description: 'Premier jour (AAAA-MM-JJ ou JJ/MM/AAAA)',
    aliases: ['start_date', 'debut', 'date_debut'],
  },
  {
    name: 'end',
    required: true,
    description: 'Dernier jour, inclus',
    aliases: ['end_date', 'fin', 'date_fin'],
  },
  {
    name: 'sites',
    required: false,
    description:
      'Sites de comptage concernés (déjà importés), séparés par des virgules ou des barres verticales : la zone de l’analyse d’impact',
    aliases: ['site_ids', 'compteurs', 'sites_comptage'],
  },
] as const;

const interventionKinds: Record<string, InterventionKind> = {
  works: 'works',
  travaux: 'works',
  chantier: 'works',
  event: 'event',
  evenement: 'event',
  manifestation: 'event',
  bike_lane: 'bike_lane',
  'bike lane': 'bike_lane',
  'piste cyclable': 'bike_lane',
  amenagement_cyclable: 'bike_lane',
  'amenagement cyclable': 'bike_lane',
  other: 'other',
  autre: 'other',
};

/**
 * `interventions`: works, events and new bike lanes, with the counting sites they concern
 * (`intervention_id;name;kind;street;quartier;start;end;sites`, CSV or XLSX): what the impact tool compares before,
 * during and after, and what the street pages list. Sites and quartier must already be known to the commune.
 */
export const interventionsKind: ImportKind<InterventionRecord> = {
  kind: 'interventions',
  description:
    'Travaux, événements et aménagements (pistes cyclables) avec leurs dates et les sites de comptage concernés',
  formats: ['csv', 'xlsx'],
  columns,

  async parse(file, ctx) {
    const { rows, issues } = await readColumns(file, ctx.fileName, columns);
    const sites = new Set(
      (await ctx.db('counting_sites').where({ commune_insee: ctx.commune }).pluck('site_id')) as string[],
    );
    const quartiers = new Map(
      (
        (await ctx.db('quartiers').where({ commune_insee: ctx.commune }).select('id', 'name')) as {
          id: number;
          name: string;
        }[]
      ).map((q) => [simplify(q.name), q.id]),
    );
    const parsed: { line: number; record: InterventionRecord }[] = [];
    for (const row of rows) {
      const r = new RowReader(row, issues);
      const id = r.text('intervention_id', { required: true, max: 100 });
      const name = r.text('name', { required: true, max: 300 });
      const kind = r.oneOf('kind', interventionKinds, { required: true });
      const start = r.date('start', { required: true });
      const end = r.date('end', { required: true });
      if (start && end && end < start) r.fail('end', 'fin avant le début');
      const quartierName = r.text('quartier', { max: 200 });
      const quartierId = quartierName === undefined ? null : quartiers.get(simplify(quartierName));
      if (quartierName !== undefined && quartierId === undefined) {
        r.fail('quartier', 'quartier inconnu de la commune (importez les quartiers ou corrigez le nom)');
      }
      const siteIds = [
        ...new Set(
          (r.text('sites', { max: 2000 }) ?? '')
            .split(/[,|]/)
            .map((site) => site.trim())
            .filter(Boolean),
        ),
      ];
      const unknown = siteIds.filter((site) => !sites.has(site));
      if (unknown.length) {
        r.fail('sites', `site de comptage inconnu : ${unknown.join(', ')} (kind counting-sites d’abord)`);
      }
      if (r.ok) {
        parsed.push({
          line: r.line,
          record: {
            intervention_id: id!,
            name: name!,
            kind: kind!,
            street: r.text('street', { max: 200 }) ?? null,
            quartier_id: quartierId ?? null,
            start_date: start!,
            end_date: end!,
            site_ids: siteIds,
          },
        });
      }
    }
    return {
      records: checkDuplicates(parsed, (i) => i.intervention_id, issues as ImportIssue[], 'intervention_id'),
      issues,
    };
  },

  async write(trx, records, ctx) {
    const rows = records.map((record) => ({ commune_insee: ctx.commune, ...record, import_id: ctx.importId }));
    return upsertRows(trx, 'interventions', rows, ['commune_insee', 'intervention_id']);
  },
};
