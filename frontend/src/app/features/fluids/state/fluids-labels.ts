import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { AlertFluid, AlertKind, BuildingType, QualityFlag, TrajectoryStatus } from '../data-access/fluids-rows';

/** The words of the fluids pages for the API's codes. */
export const fluidLabel = (lang: Lang, fluid: AlertFluid | string): string =>
  translate(lang, `fluids.fluid.${fluid}` as TranslationKey);
export const typeLabel = (lang: Lang, type: BuildingType | string): string =>
  translate(lang, `fluids.type.${type}` as TranslationKey);
export const kindLabel = (lang: Lang, kind: AlertKind): string =>
  translate(lang, `fluids.kind.${kind}` as TranslationKey);
export const flagLabel = (lang: Lang, flag: QualityFlag): string =>
  translate(lang, `fluids.flag.${flag}` as TranslationKey);
export const statusLabel = (lang: Lang, status: TrajectoryStatus | null): string | null =>
  status === null ? null : translate(lang, `fluids.status.${status}` as TranslationKey);
export const flagsLabel = (lang: Lang, flags: readonly QualityFlag[]): string =>
  flags.map((flag) => flagLabel(lang, flag)).join(', ');

/** 'YYYY-MM' -> a date the month formatter reads ('YYYY-MM-01'). */
export const monthDate = (month: string): string => `${month}-01`;
