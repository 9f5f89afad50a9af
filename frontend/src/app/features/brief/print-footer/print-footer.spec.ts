import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { cssString, PRINT_FOOTER_PROPERTY, PrintFooter } from './print-footer';

@Component({
  imports: [PrintFooter],
  template: `@if (shown()) {
    <app-print-footer [text]="text()" />
  }`,
})
class Host {
  readonly shown = signal(true);
  readonly text = signal('Pilotage · Lille · exercice 2025');
}

describe('PrintFooter', () => {
  it('quotes the text as a CSS string', () => {
    expect(cssString('Lille')).toBe('"Lille"');
    expect(cssString('le "conseil" \\ 2025')).toBe('"le \\"conseil\\" \\\\ 2025"');
  });

  it('hands the footer text to the printed pages through the root element, and takes it back when closed', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const root = document.documentElement;
    expect(root.style.getPropertyValue(PRINT_FOOTER_PROPERTY)).toBe(
      '"Pilotage · Lille · exercice 2025"',
    );

    fixture.componentInstance.text.set('Pilotage · Roubaix');
    await fixture.whenStable();
    expect(root.style.getPropertyValue(PRINT_FOOTER_PROPERTY)).toBe('"Pilotage · Roubaix"');

    fixture.componentInstance.shown.set(false);
    await fixture.whenStable();
    expect(root.style.getPropertyValue(PRINT_FOOTER_PROPERTY)).toBe('');
  });

  it('lays the pages out as A4 with the footer and page numbers in the bottom margin', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const css = Array.from(document.querySelectorAll('style'))
      .map((style) => style.textContent ?? '')
      .join('\n');
    expect(css).toContain('size: A4');
    expect(css).toMatch(/@bottom-left\s*\{[^}]*content: var\(--pilotage-print-footer/);
    expect(css).toMatch(/counter\(page\)/);
  });
});
