import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { FAMILY_ALERTS_FIXTURE } from '../data-access/family-alerts.fixture';
import { AcknowledgeEvent } from '../fluids-alert-table/fluids-alert-table';
import { buildFamilyAlertSections } from '../state/build-family-alerts';
import { FamilyAlertTable } from './family-alert-table';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('FamilyAlertTable', () => {
  const [programmes, vacancy] = buildFamilyAlertSections(FAMILY_ALERTS_FIXTURE, 'fr');

  async function render(section = programmes, canAcknowledge = false) {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(FamilyAlertTable);
    fixture.componentRef.setInput('section', section);
    fixture.componentRef.setInput('canAcknowledge', canAcknowledge);
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  it('shows a reader each programme in words, how serious in words, and where to read more', async () => {
    const { host } = await render();
    expect(text(host.querySelector('caption'))).toBe('Programmes (AP/CP)');
    expect(Array.from(host.querySelectorAll('thead th')).map(text)).toEqual([
      'Programme',
      'Alerte',
      'Gravité',
      'Depuis',
      'Suivi',
    ]);
    const rows = Array.from(host.querySelectorAll('tbody tr'));
    expect(Array.from(rows[0].children).map(text)).toEqual([
      'Piscine de Fivesquartier Fives',
      'crédits de paiement 8,5 % au-delà de l’autorisation de programme (+1 020 000 €)',
      '!! Critique',
      'mai 2026',
      'À traiter',
    ]);
    expect(rows[0].querySelector('th[scope="row"] a')?.getAttribute('href')).toBe('/budget/programmes');
    expect(text(rows[1].querySelector('.severity'))).toBe('! À surveiller');
    expect(text(rows[2].querySelector('td:last-child'))).toBe(
      '✓ Prise en charge par agent@lille.fr le 02/10/2026 Avenant en cours de signature',
    );
    expect(host.querySelector('form, button')).toBeNull();
  });

  it('links a street to its page', async () => {
    const { host } = await render(vacancy);
    expect(host.querySelector('tbody a')?.getAttribute('href')).toBe('/commerce/rues/rue%20de%20B%C3%A9thune');
  });

  it('lets an editor take an alert in hand with a note, or withdraw, each button named after its alert', async () => {
    const { fixture, host } = await render(programmes, true);
    const acknowledged: AcknowledgeEvent[] = [];
    const withdrawn: string[] = [];
    fixture.componentInstance.acknowledge.subscribe((event) => acknowledged.push(event));
    fixture.componentInstance.withdraw.subscribe((key) => withdrawn.push(key));

    const note = host.querySelector<HTMLInputElement>('tbody tr input[type="text"]')!;
    expect(text(host.querySelector(`label[for="${note.id}"]`))).toBe(
      'Note sur l’alerte : Programme « Piscine de Fives » : crédits de paiement 8,5 % au-delà de l’autorisation de programme (+1 020 000 €), depuis mai 2026',
    );
    note.value = '  Avenant au marché en préparation  ';
    note.dispatchEvent(new Event('input'));
    const submit = host.querySelector<HTMLButtonElement>('tbody tr button[type="submit"]')!;
    expect(text(submit)).toContain('Prendre en charge : Programme « Piscine de Fives »');
    submit.click();

    const withdraw = host.querySelector<HTMLButtonElement>('tbody tr:nth-child(3) button')!;
    expect(text(withdraw)).toContain('Annuler la prise en charge : Programme « École Lakanal »');
    withdraw.click();

    expect(acknowledged).toEqual([
      { key: 'programme_overrun|LIL-AP-2022-07', comment: 'Avenant au marché en préparation' },
    ]);
    expect(withdrawn).toEqual(['programme_slippage|LIL-AP-2023-02']);
  });

  it('says so when the filter leaves nothing', async () => {
    const { host } = await render({ ...programmes, alerts: [] });
    expect(text(host)).toBe('Aucune alerte sur les programmes pour ce filtre.');
    expect(host.querySelector('table')).toBeNull();
  });
});
