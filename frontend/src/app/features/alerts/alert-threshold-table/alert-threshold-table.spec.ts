import { TestBed } from '@angular/core/testing';
import { ALERT_THRESHOLDS_FIXTURE } from '../data-access/family-alerts.fixture';
import { buildAlertThresholds } from '../state/build-alert-thresholds';
import { AlertThresholdTable, ThresholdChange } from './alert-threshold-table';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('AlertThresholdTable', () => {
  async function render(canEdit: boolean) {
    const fixture = TestBed.createComponent(AlertThresholdTable);
    fixture.componentRef.setInput('thresholds', buildAlertThresholds(ALERT_THRESHOLDS_FIXTURE, 'fr'));
    fixture.componentRef.setInput('canEdit', canEdit);
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  it('shows a reader the four thresholds, their default and who changed them when, without a field', async () => {
    const { host } = await render(false);
    expect(text(host.querySelector('caption'))).toBe(
      'Seuils des alertes de programmes, de vacance et de fréquentation',
    );
    expect(Array.from(host.querySelectorAll('thead th')).map(text)).toEqual([
      'Alerte',
      'Seuil en vigueur',
      'Par défaut',
      'Dernière modification',
    ]);
    const vacancy = host.querySelectorAll('tbody tr')[2];
    expect(Array.from(vacancy.children).map(text)).toEqual([
      'Hausse de la vacance d’une rue',
      'alerte quand le taux de vacance d’une rue d’au moins 10 locaux gagne 10 points ou plus en 12 mois',
      '8 points',
      'agent@lille.fr, le 15/09/2026',
    ]);
    expect(host.querySelectorAll('tbody th[scope="row"]').length).toBe(4);
    expect(host.querySelector('input, button')).toBeNull();
    expect(text(host.querySelector('.intro'))).toContain('réglés par les agents');
  });

  it('gives an editor a field per threshold, and announces the outcome in a live region', async () => {
    const { fixture, host } = await render(true);
    const changes: ThresholdChange[] = [];
    fixture.componentInstance.changed.subscribe((change) => changes.push(change));
    expect(host.querySelectorAll('app-threshold-form').length).toBe(4);
    const status = host.querySelector('[role="status"]')!;
    expect(text(status)).toBe('');

    const field = host.querySelector<HTMLInputElement>('#threshold-footfall_drop')!;
    field.value = '30';
    field.dispatchEvent(new Event('input'));
    field.closest('form')!.querySelector<HTMLButtonElement>('button')!.click();
    expect(changes).toEqual([{ kind: 'footfall_drop', value: 30 }]);

    fixture.componentRef.setInput('saving', 'footfall_drop');
    await fixture.whenStable();
    expect(field.closest('form')!.querySelector('button')!.disabled).toBeTrue();

    fixture.componentRef.setInput('saving', null);
    fixture.componentRef.setInput('message', {
      tone: 'success',
      text: 'Seuil « Baisse de fréquentation d’un site » enregistré : 30 %. Les alertes sont recalculées.',
    });
    await fixture.whenStable();
    expect(host.querySelector('[role="status"]')).toBe(status);
    expect(text(status)).toBe(
      'Seuil « Baisse de fréquentation d’un site » enregistré : 30 %. Les alertes sont recalculées.',
    );
  });

  it('offers an editor to put back the default of a threshold the commune changed, and only those', async () => {
    const { fixture, host } = await render(true);
    const resets: string[] = [];
    fixture.componentInstance.resetRequested.subscribe((kind) => resets.push(kind));

    const buttons = Array.from(host.querySelectorAll<HTMLButtonElement>('td.edit > button'));
    expect(buttons.map(text)).toEqual([
      'Rétablir la valeur par défaut (8 points) : Hausse de la vacance d’une rue',
      'Rétablir la valeur par défaut (20 %) : Baisse de fréquentation d’un site',
    ]);
    buttons[0].click();
    expect(resets).toEqual(['vacancy_spike']);
  });
});
