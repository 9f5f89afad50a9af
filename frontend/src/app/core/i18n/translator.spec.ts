import { DOCUMENT } from '@angular/common';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormatValuePipe } from './format-value-pipe';
import { TranslatePipe } from './translate-pipe';
import { Translator } from './translator';

@Component({
  imports: [TranslatePipe, FormatValuePipe],
  template: `<p>{{ 'nav.overview' | t }} : {{ 1234.5 | fmt: 'currency' }}</p>`,
})
class Sample {}

describe('Translator', () => {
  afterEach(() => TestBed.inject(Translator).use('fr'));

  it('speaks French with French numbers by default', async () => {
    const fixture = TestBed.createComponent(Sample);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent.replace(/[\u00a0\u202f]/g, ' ')).toContain("Vue d'ensemble : 1 234,50 €");
  });

  it('switches text, number format and the lang attribute of the page to English', async () => {
    const fixture = TestBed.createComponent(Sample);
    await fixture.whenStable();

    TestBed.inject(Translator).use('en');
    await fixture.whenStable();

    expect(fixture.nativeElement.textContent).toContain('Overview : €1,234.50');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');
  });
});
