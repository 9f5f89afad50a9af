import type { Path } from 'leaflet';

/**
 * Makes a drawn shape a keyboard stop that says what it is: a named button (`role="button"`, the same words as
 * its tooltip) that Enter or Space activates as a click does. Leaflet's focusable shapes have no name otherwise.
 * Call once the shape is on the map (it has an element then).
 */
export function makeActivable(shape: Path, name: string, activate: () => void, pressed?: boolean): void {
  const element = shape.getElement();
  if (!element) return;
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', name);
  if (pressed !== undefined) element.setAttribute('aria-pressed', String(pressed));
  element.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key !== 'Enter' && key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    activate();
  });
}
