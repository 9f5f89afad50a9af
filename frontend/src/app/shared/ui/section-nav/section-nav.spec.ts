import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SectionLink, SectionNav } from './section-nav';

@Component({ template: '' })
class Blank {}

@Component({
  imports: [SectionNav],
  template: `<app-section-nav label="budget.nav.label" [links]="links" />`,
})
class Host {
  readonly links: readonly SectionLink[] = [
    { path: '/budget', label: 'budget.nav.overview', exact: true },
    { path: '/budget/programmes', label: 'budget.nav.programmes', exact: false },
  ];
}

describe('SectionNav', () => {
  async function openAt(url: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '**', component: Blank }])],
    });
    await TestBed.inject(Router).navigateByUrl(url);
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('names the family and marks the page the reader is on, not its parent', async () => {
    const host = await openAt('/budget/programmes?commune=59350&year=2025');

    expect(host.querySelector('nav')?.getAttribute('aria-label')).toBe('Rubriques du budget');
    const current = host.querySelectorAll('a[aria-current="page"]');
    expect(current.length).toBe(1);
    expect(current[0].textContent?.trim()).toBe('Programmes (AP/CP)');
  });

  it('keeps the commune and the year in every link', async () => {
    const host = await openAt('/budget?commune=59512&year=2023');

    const hrefs = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/budget?commune=59512&year=2023', '/budget/programmes?commune=59512&year=2023']);
  });
});
