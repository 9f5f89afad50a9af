/** What a key does in the presentation; null: the key is left to the browser. */
export type SlideMove = 'next' | 'previous' | 'first' | 'last' | 'leave' | 'fullscreen';

const KEYS: Readonly<Record<string, SlideMove>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
  f: 'fullscreen',
  F: 'fullscreen',
};

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const PRESSABLE = new Set(['BUTTON', 'A', 'SUMMARY']);

/**
 * The move a key press asks for. Keys typed into a field, or with a modifier (browser shortcuts), are not ours;
 * the space bar on a button or link presses it rather than turning the slide.
 */
export function slideMove(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>,
): SlideMove | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName ?? '';
  if (TYPING.has(tag) || target?.isContentEditable) return null;
  if (event.key === ' ' && PRESSABLE.has(tag)) return null;
  return KEYS[event.key] ?? null;
}

/** The slide a move leads to, within [0, count - 1]. */
export function moveTo(move: Exclude<SlideMove, 'leave' | 'fullscreen'>, index: number, count: number): number {
  const last = Math.max(count - 1, 0);
  switch (move) {
    case 'next':
      return Math.min(index + 1, last);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}
