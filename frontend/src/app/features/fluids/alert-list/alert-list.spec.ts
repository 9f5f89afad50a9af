import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ALERTS_FIXTURE } from '../data-access/fluids-rows.fixture';
import { toAlertView } from '../state/build-alert-list';
import { AcknowledgeEvent, AlertList } from './alert-list';

const text = (element: Element | null) =>
  (element?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('AlertList', () => {
  async function render(actionable: boolean) {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(AlertList);
    fixture.componentRef.setInput('caption', 'Alertes');
    fixture.componentRef.setInput(
      'alerts',
      ALERTS_FIXTURE.map((alert) => toAlertView(alert, 'fr')),
    );
    fixture.componentRef.setInput('actionable', actionable);
    await fixture.whenStable();
    return fixture;
  }

  it('links each alert to its building and states its cost and status in words', async () => {
    const fixture = await render(false);
    const rows = [...(fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr')];

    expect(rows.length).toBe(4);
    expect([...rows[0].children].map(text)).toEqual([
      'Complexe sportif Pierre de Coubertin',
      'Hors trajectoire du décret tertiaire',
      'Énergie (tous fluides)',
      'janvier 2025 à décembre 2025',
      '12 544 €',
      '! À traiter',
    ]);
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/fluids/batiments/LIL-GYM-002');
    expect(text(rows[3].querySelector('td.numeric'))).toBe('n.d.');
    expect(fixture.nativeElement.querySelector('button')).toBeNull();
  });

  it('emits an acknowledgement with its comment, or a reopening', async () => {
    const fixture = await render(true);
    const acknowledged: AcknowledgeEvent[] = [];
    const reopened: string[] = [];
    fixture.componentInstance.acknowledge.subscribe((event) => acknowledged.push(event));
    fixture.componentInstance.unacknowledge.subscribe((key) => reopened.push(key));
    const host = fixture.nativeElement as HTMLElement;

    const comment = host.querySelector<HTMLInputElement>('#comment-1')!;
    comment.value = '  Fuite réparée  ';
    host.querySelectorAll('tbody tr')[1].querySelector<HTMLButtonElement>('button')!.click();
    host.querySelectorAll('tbody tr')[2].querySelector<HTMLButtonElement>('button')!.click();

    expect(acknowledged).toEqual([{ key: 'leak|LIL-ECO-023|water|2025-09', comment: 'Fuite réparée' }]);
    expect(reopened).toEqual(['anomaly|LIL-GYM-011|water|2026-02']);
  });
});
