import { LoadStatus } from '../../../core/context/context.feature';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level } from '../../../shared/summaries/sentence-parts';
import { Decision } from './build-decisions';
import { AlertStatusFilter, FamilyAlert } from '../data-access/alert-rows';
import { FluidsAlertView } from './build-fluids-alerts';

/**
 * The sentence atop the alerts centre: how many alerts are left to handle in each family (with the fluids' extra
 * cost and the programmes' overrun), how many are taken in hand, how many budget points to watch, and plainly
 * which family could not be read. Counts what the status filter shows.
 */
export function summarizeAlerts(
  fluids: readonly FluidsAlertView[],
  family: readonly FamilyAlert[],
  familyStatus: LoadStatus,
  budget: readonly Decision[],
  statusFilter: AlertStatusFilter,
  lang: Lang,
): string {
  const count = (n: number) => level(n, 'integer', lang);
  const readable = familyStatus === 'loaded' ? family : [];
  const openFluids = fluids.filter((alert) => !alert.acknowledged);
  const openFamily = readable.filter((alert) => alert.status === 'open');
  const ofFamily = (name: FamilyAlert['family']) => openFamily.filter((alert) => alert.family === name);

  const parts: string[] = [];
  if (openFluids.length)
    parts.push(
      translate(lang, 'alerts.summary.fluids', {
        count: count(openFluids.length),
        cost: level(
          openFluids.reduce((sum, alert) => sum + (alert.cost ?? 0), 0),
          'euros',
          lang,
        ),
      }),
    );
  const programmes = ofFamily('budget');
  const overrun = programmes.reduce((sum, alert) => sum + (alert.estimated_cost_eur ?? 0), 0);
  if (programmes.length)
    parts.push(
      overrun > 0
        ? translate(lang, 'alerts.summary.programmesCost', {
            count: count(programmes.length),
            cost: level(overrun, 'euros', lang),
          })
        : translate(lang, 'alerts.summary.programmes', { count: count(programmes.length) }),
    );
  if (ofFamily('commerce').length)
    parts.push(translate(lang, 'alerts.summary.vacancy', { count: count(ofFamily('commerce').length) }));
  if (ofFamily('flows').length)
    parts.push(translate(lang, 'alerts.summary.footfall', { count: count(ofFamily('flows').length) }));

  const segments: string[] = [];
  const open = openFluids.length + openFamily.length;
  if (statusFilter !== 'acknowledged')
    segments.push(
      open
        ? translate(lang, 'alerts.summary.open', { count: count(open), parts: parts.join(', ') })
        : translate(lang, 'alerts.summary.none'),
    );
  const acknowledged = fluids.length - openFluids.length + readable.length - openFamily.length;
  if (acknowledged > 0 || statusFilter === 'acknowledged')
    segments.push(translate(lang, 'alerts.summary.acknowledged', { count: count(acknowledged) }));
  segments.push(
    translate(lang, 'alerts.summary.budget', {
      count: count(budget.filter((decision) => decision.severity !== 'info').length),
    }),
  );
  if (familyStatus === 'error') segments.push(translate(lang, 'alerts.summary.familyError'));
  else if (familyStatus !== 'loaded') segments.push(translate(lang, 'alerts.summary.familyLoading'));

  const sentence = segments.join(lang === 'fr' ? ' ; ' : '; ');
  return `${sentence.charAt(0).toLocaleUpperCase()}${sentence.slice(1)}.`;
}
