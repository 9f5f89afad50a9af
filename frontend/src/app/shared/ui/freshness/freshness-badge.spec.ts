import { TestBed } from '@angular/core/testing';
import { buildFreshnessItems } from './freshness-item';
import { FreshnessBadge } from './freshness-badge';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('FreshnessBadge', () => {
  it('shows each source with its date, and says in words which is stale', async () => {
    const fixture = TestBed.createComponent(FreshnessBadge);
    fixture.componentRef.setInput(
      'items',
      buildFreshnessItems(
        [
          {
            commune_insee: '59350',
            source: 'budget',
            latest_data: '2025-12-31',
            last_import_at: null,
          },
          {
            commune_insee: '59350',
            source: 'fluids',
            latest_data: '2026-01-31',
            last_import_at: null,
          },
        ],
        'fr',
        new Date('2026-11-26T00:00:00Z'),
      ),
    );
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('section')?.getAttribute('aria-label')).toBe('Fraîcheur des données');
    const items = Array.from(host.querySelectorAll('li'));
    expect(text(items[0].querySelector('[aria-hidden="true"]'))).toBe('Budget : 31/12/2025');
    expect(items[1].classList).toContain('stale');
    expect(text(items[1].querySelector('.visually-hidden'))).toBe(
      'Fluides : données jusqu’au 31/01/2026 ; données anciennes.',
    );
  });

  it('shows nothing before the freshness is known', async () => {
    const fixture = TestBed.createComponent(FreshnessBadge);
    fixture.componentRef.setInput('items', []);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('section')).toBeNull();
  });
});
