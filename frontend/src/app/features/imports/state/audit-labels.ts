import { Role } from '../../../core/auth/session-user';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level } from '../../../shared/summaries/sentence-parts';
import { FamilyAlertKind, thresholdLabel } from '../../alerts';
import { AuditEntry } from '../data-access/audit-entry';
import { KIND_LABELS } from './import-labels';

/** The actions the API writes to the log, in plain words; an action not listed shows its own name. */
export const ACTION_LABELS: Readonly<Record<string, TranslationKey>> = {
  import: 'imports.audit.action.import',
  'import.refused': 'imports.audit.action.importRefused',
  'import.rollback': 'imports.audit.action.importRollback',
  'alert.threshold': 'imports.audit.action.alertThreshold',
  'alert.acknowledge': 'imports.audit.action.alertAcknowledge',
  'alert.unacknowledge': 'imports.audit.action.alertUnacknowledge',
  'fluids.alert.acknowledge': 'imports.audit.action.fluidsAlertAcknowledge',
  'fluids.alert.unacknowledge': 'imports.audit.action.fluidsAlertUnacknowledge',
  'fluids.rule.create': 'imports.audit.action.fluidsRuleCreate',
  'fluids.rule.delete': 'imports.audit.action.fluidsRuleDelete',
  'comment.delete': 'imports.audit.action.commentDelete',
  'login.failed': 'imports.audit.action.loginFailed',
  'user.add': 'imports.audit.action.userAdd',
  'user.disable': 'imports.audit.action.userDisable',
};

const ROLE_LABELS: Readonly<Record<Role, TranslationKey>> = {
  admin: 'auth.role.admin',
  elected: 'auth.role.elected',
  agent: 'auth.role.agent',
  public: 'auth.role.public',
};

const MAX_SUMMARY = 120;

export function actionLabel(action: string, lang: Lang): string {
  const key = ACTION_LABELS[action];
  return key ? translate(lang, key) : action;
}

/** What was changed: an import's kind and file, a threshold's name, else the target as the API wrote it. */
export function describeAuditTarget(entry: AuditEntry, lang: Lang): string {
  const target = entry.target ?? '';
  if (entry.action.startsWith('import')) {
    const [kind, ...file] = target.split(':');
    const key = KIND_LABELS[kind];
    if (key && file.length > 0) return `${translate(lang, key)} — « ${file.join(':')} »`;
  }
  if (entry.action === 'alert.threshold') return thresholdLabel(target as FamilyAlertKind, lang);
  return target;
}

const isNumber = (value: unknown): value is number => typeof value === 'number';
const count = (value: unknown, lang: Lang) => (isNumber(value) ? level(value, 'integer', lang) : '?');
const figure = (value: unknown, lang: Lang) => (isNumber(value) ? level(value, 'number', lang) : String(value ?? '?'));
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** A short sentence on what changed, from the entry's details; unknown actions list their plain values. */
export function describeAuditDetails(entry: AuditEntry, lang: Lang): string {
  const d = entry.details ?? {};
  switch (entry.action) {
    case 'import':
      return translate(lang, 'imports.audit.details.import', {
        id: String(d['import_id'] ?? '?'),
        written: count(d['rows_written'], lang),
        unchanged: count(d['rows_unchanged'], lang),
      });
    case 'import.refused':
      return translate(lang, 'imports.audit.details.importRefused', {
        id: String(d['import_id'] ?? '?'),
        issues: count(d['issues'], lang),
      });
    case 'import.rollback':
      return translate(lang, 'imports.audit.details.importRollback', {
        id: String(d['import_id'] ?? '?'),
        restored: count(d['restored'], lang),
        deleted: count(d['deleted'], lang),
      });
    case 'alert.threshold': {
      const before = d['old_value'] ?? d['default_value'];
      return translate(lang, 'imports.audit.details.threshold', {
        old:
          d['old_was_default'] !== false
            ? translate(lang, 'imports.audit.details.default', { value: figure(before, lang) })
            : figure(before, lang),
        new: figure(d['new_value'], lang),
      });
    }
    case 'alert.acknowledge':
    case 'fluids.alert.acknowledge':
      return text(d['comment'])
        ? shorten(translate(lang, 'imports.audit.details.note', { comment: text(d['comment']) }))
        : '';
    case 'fluids.rule.create':
    case 'fluids.rule.delete': {
      const subject = [d['label'], d['building_id'] ?? d['building_type'], d['fluid']]
        .map(text)
        .filter(Boolean)
        .join(', ');
      const threshold = `${figure(d['threshold_value'], lang)}${d['threshold_kind'] === 'percent' ? ' %' : ''}`;
      const rule = translate(lang, 'imports.audit.details.rule', { threshold });
      return subject ? `${subject} : ${rule}` : rule;
    }
    case 'comment.delete':
      return translate(lang, 'imports.audit.details.comment', { id: String(d['id'] ?? '?') });
    case 'user.add': {
      const role = ROLE_LABELS[d['role'] as Role];
      return role ? translate(lang, 'imports.audit.details.role', { role: translate(lang, role) }) : '';
    }
    case 'login.failed':
      return text(d['ip']) ? translate(lang, 'imports.audit.details.ip', { ip: text(d['ip']) }) : '';
    default:
      return shorten(
        Object.entries(d)
          .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
          .map(([key, value]) => `${key} : ${String(value)}`)
          .join(', '),
      );
  }
}

function shorten(sentence: string): string {
  return sentence.length > MAX_SUMMARY ? `${sentence.slice(0, MAX_SUMMARY - 1)}…` : sentence;
}
