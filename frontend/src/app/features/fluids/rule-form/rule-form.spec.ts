import { TestBed } from '@angular/core/testing';
import { BUILDING_TYPES } from '../data-access/fluids-rows';
import { RuleDraft, RuleForm } from './rule-form';

describe('RuleForm', () => {
  async function render() {
    const fixture = TestBed.createComponent(RuleForm);
    fixture.componentRef.setInput('buildings', [{ id: 'LIL-ECO-023', name: 'École maternelle Jules Ferry' }]);
    fixture.componentRef.setInput('fluids', [{ code: 'water', label: 'Eau' }]);
    fixture.componentRef.setInput('typeLabels', Object.fromEntries(BUILDING_TYPES.map((t) => [t, t])));
    await fixture.whenStable();
    const drafts: RuleDraft[] = [];
    fixture.componentInstance.submitted.subscribe((draft) => drafts.push(draft));
    return { fixture, host: fixture.nativeElement as HTMLElement, drafts };
  }

  const choose = (host: HTMLElement, selector: string, value: string) => {
    const field = host.querySelector<HTMLSelectElement | HTMLInputElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  };

  it('emits a rule for a building type: +20 % over a year on every fluid by default', async () => {
    const { fixture, host, drafts } = await render();
    choose(host, '#rule-type', 'pool');
    await fixture.whenStable();
    host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    expect(drafts).toEqual([
      {
        building_type: 'pool',
        measure: 'quantity',
        threshold_kind: 'percent',
        threshold_value: 20,
      },
    ]);
  });

  it('emits a monthly ceiling in euros for one building, and refuses to send a rule without a building', async () => {
    const { fixture, host, drafts } = await render();
    host.querySelectorAll<HTMLInputElement>('input[name="rule-scope"]')[1].click();
    await fixture.whenStable();
    expect(host.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBeTrue();

    choose(host, '#rule-building', 'LIL-ECO-023');
    choose(host, '#rule-fluid', 'water');
    choose(host, '#rule-measure', 'amount_eur');
    choose(host, '#rule-kind', 'absolute');
    choose(host, '#rule-value', '250,5');
    choose(host, '#rule-label', 'Eau de l’école');
    await fixture.whenStable();
    host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    expect(drafts).toEqual([
      {
        building_id: 'LIL-ECO-023',
        fluid: 'water',
        measure: 'amount_eur',
        threshold_kind: 'absolute',
        threshold_value: 250.5,
        label: 'Eau de l’école',
      },
    ]);
  });
});
