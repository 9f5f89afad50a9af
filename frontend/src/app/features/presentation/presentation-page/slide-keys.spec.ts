import { moveTo, slideMove } from './slide-keys';

const key = (k: string, target: Partial<HTMLElement> = { tagName: 'DIV' }, modifiers = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  target: target as unknown as EventTarget,
  ...modifiers,
});

describe('slide keys', () => {
  it('turns arrows, Page Up/Down, Home and End into moves, and Escape into leaving', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => slideMove(key(k)))).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => slideMove(key(k)))).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect(slideMove(key('Home'))).toBe('first');
    expect(slideMove(key('End'))).toBe('last');
    expect(slideMove(key('Escape'))).toBe('leave');
    expect(slideMove(key('a'))).toBeNull();
  });

  it('turns F (a clicker’s or keyboard’s) into full screen, and leaves Ctrl+F to the browser', () => {
    expect(slideMove(key('f'))).toBe('fullscreen');
    expect(slideMove(key('F'))).toBe('fullscreen');
    expect(slideMove(key('f', { tagName: 'DIV' }, { ctrlKey: true }))).toBeNull();
  });

  it('leaves fields, shortcuts and the space bar on buttons alone', () => {
    expect(slideMove(key('ArrowRight', { tagName: 'SELECT' }))).toBeNull();
    expect(slideMove(key('ArrowRight', { tagName: 'DIV' }, { altKey: true }))).toBeNull();
    expect(slideMove(key(' ', { tagName: 'BUTTON' }))).toBeNull();
    expect(slideMove(key('ArrowRight', { tagName: 'BUTTON' }))).toBe('next');
  });

  it('stays within the slides', () => {
    expect(moveTo('next', 5, 6)).toBe(5);
    expect(moveTo('previous', 0, 6)).toBe(0);
    expect(moveTo('last', 1, 6)).toBe(5);
    expect(moveTo('first', 4, 6)).toBe(0);
  });
});
