import { TestBed } from '@angular/core/testing';
import { BudgetPage } from './budget-page';

describe('BudgetPage (placeholder)', () => {
  it('states its title and what it will show', async () => {
    const fixture = TestBed.createComponent(BudgetPage);
    await fixture.whenStable();
    const host: HTMLElement = fixture.nativeElement;
    expect(host.querySelector('h1')?.textContent).toBe('Budget');
    expect(host.querySelector('.page-intro')?.textContent).toContain('M57');
  });
});
