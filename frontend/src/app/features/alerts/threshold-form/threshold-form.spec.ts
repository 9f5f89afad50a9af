import { TestBed } from '@angular/core/testing';
import { ALERT_THRESHOLDS_FIXTURE } from '../data-access/family-alerts.fixture';
import { buildAlertThresholds } from '../state/build-alert-thresholds';
import { ThresholdForm } from './threshold-form';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('ThresholdForm', () => {
  const [, slippage, vacancy] = buildAlertThresholds(ALERT_THRESHOLDS_FIXTURE, 'fr');
  let attached: HTMLElement | null = null;

  afterEach(() => attached?.remove());

  async function render(threshold = vacancy) {
    const fixture = TestBed.createComponent(ThresholdForm);
    fixture.componentRef.setInput('threshold', threshold);
    await fixture.whenStable();
    const values: number[] = [];
    fixture.componentInstance.submitted.subscribe((value) => values.push(value));
    const host = fixture.nativeElement as HTMLElement;
    attached = document.body.appendChild(host);
    const field = host.querySelector<HTMLInputElement>('input')!;
    const type = async (value: string) => {
      field.value = value;
      field.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const send = async () => {
      host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await fixture.whenStable();
    };
    return { fixture, host, field, values, type, send };
  }

  it('starts from the threshold in force, labelled with what it is and its unit', async () => {
    const { host, field } = await render();
    expect(field.value).toBe('10');
    expect(text(host.querySelector(`label[for="${field.id}"]`))).toBe(
      'Nouveau seuil : Hausse de la vacance d’une rue, en points',
    );
    expect(text(host.querySelector('.unit'))).toBe('points');
    expect(text(host.querySelector('button'))).toBe('Enregistrer : Hausse de la vacance d’une rue');
  });

  it('takes a French decimal comma', async () => {
    const { values, type, send } = await render();
    await type('12,5');
    await send();
    expect(values).toEqual([12.5]);
  });

  it('says what is wrong with a value that cannot be a threshold, and sends nothing', async () => {
    const { host, field, values, type, send } = await render();
    await type('150');
    await send();
    expect(values).toEqual([]);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const message = host.querySelector(`#${field.getAttribute('aria-describedby')}`);
    expect(text(message)).toBe('Saisissez un nombre supérieur à 0 et au plus égal à 100.');
    // Focus goes back to the field, so that the message is read and the value corrected at once.
    expect(document.activeElement).toBe(field);

    await type('beaucoup');
    await send();
    expect(values).toEqual([]);

    await type('15');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    await send();
    expect(values).toEqual([15]);
  });

  it('has no ceiling for a delay in months', async () => {
    const { values, type, send } = await render(slippage);
    await type('0');
    await send();
    expect(values).toEqual([]);
    await type('18');
    await send();
    expect(values).toEqual([18]);
  });
});
