import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';

export type SlideId = 'intro' | 'investment' | 'buildings' | 'works' | 'shops' | 'end';

export interface SlideFigure {
  label: string;
  value: string;
}

/** A bar beside another: the quartier against the commune. */
export interface SlideBar {
  label: string;
  value: number;
  text: string;
  highlight: boolean;
}

/** A programme on a time line: started, planned end, expected end. */
export interface SlideTimeline {
  name: string;
  steps: { label: string; date: string; late: boolean }[];
}

/**
 * One slide, one idea: a title, a few big figures, plain sentences built from the numbers, and a visual (the map,
 * bars against the commune, a row of pictograms, a programme's time line, the QR code of the quartier's page).
 */
export interface Slide {
  id: SlideId;
  title: string;
  sentences: string[];
  figures: SlideFigure[];
  list: { heading: string; items: string[] } | null;
  map: boolean;
  bars?: { heading: string; items: SlideBar[] } | null;
  /** A row of squares: `count` of them, `caption` under them, `description` for screen readers. */
  pictograms?: { count: number; caption: string; description: string } | null;
  timeline?: SlideTimeline | null;
  qr?: boolean;
}

/** How many programmes or operations a slide names; the others are counted. */
export const LISTED = 3;

/** The words of a slide: a translation key and its numbers, in the language of the meeting. */
export type SlideText = (key: TranslationKey, params?: Record<string, string | number>) => string;

export function slideText(lang: Lang): SlideText {
  return (key, params) => translate(lang, key, params);
}
