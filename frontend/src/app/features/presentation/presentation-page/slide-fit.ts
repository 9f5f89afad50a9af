import { DestroyRef, Directive, ElementRef, afterNextRender, inject } from '@angular/core';

/** The size a slide is laid out at (as a projector shows it), before it is scaled to the screen. */
export const SLIDE_DESIGN = { width: 1600, height: 900 } as const;

export interface SlideFit {
  /** Scale of the laid-out slide. */
  scale: number;
  /** Horizontal shift (px) that centres a slide scaled down by its height. */
  shift: number;
}

/**
 * How a slide laid out at SLIDE_DESIGN's width fits a box: scaled to the box's width, or further down when its
 * content is taller than the design's height (a long list of streets), so that nothing is ever cut off.
 */
export function fitSlide(box: { width: number; height: number }, contentHeight: number): SlideFit {
  if (box.width <= 0 || box.height <= 0) return { scale: 1, shift: 0 };
  const scale = Math.min(box.width / SLIDE_DESIGN.width, box.height / Math.max(SLIDE_DESIGN.height, contentHeight));
  return { scale, shift: (box.width - SLIDE_DESIGN.width * scale) / 2 };
}

/**
 * On the slide box: its first child (the canvas) is laid out at the design size and scaled to the box, as a
 * presentation program does, so a slide looks the same on a 1366×768 laptop and on a 1920×1080 projector. The
 * stylesheet decides when the canvas is scaled (not on a phone, where the slide flows and the page scrolls): this
 * only keeps `--slide-scale` and `--slide-shift` up to date.
 */
@Directive({ selector: '[appSlideFit]' })
export class SlideFitDirective {
  constructor() {
    const box = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      // the canvas is a fixed child of the box: a new slide changes its content, hence its height, not the element
      const canvas = box.firstElementChild as HTMLElement | null;
      if (!canvas || typeof ResizeObserver === 'undefined') return;
      const update = () => {
        const { scale, shift } = fitSlide({ width: box.clientWidth, height: box.clientHeight }, canvas.offsetHeight);
        box.style.setProperty('--slide-scale', String(scale));
        box.style.setProperty('--slide-shift', `${shift}px`);
      };
      const observer = new ResizeObserver(update);
      observer.observe(box);
      observer.observe(canvas);
      update();
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}
