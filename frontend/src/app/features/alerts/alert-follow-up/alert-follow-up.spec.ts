import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AlertFollowUp } from './alert-follow-up';

@Component({
  imports: [AlertFollowUp],
  template: `
    <app-alert-follow-up
      subject="École Jules Ferry"
      [acknowledged]="acknowledged()"
      acknowledgedBy="agent@lille.fr"
      [acknowledgedOn]="on()"
      comment="Plombier passé le 12"
      [canAcknowledge]="editor()"
      (acknowledge)="notes.push($event)"
      (withdraw)="withdrawals = withdrawals + 1"
    />
    <app-alert-follow-up subject="Piscine de Fives" [canAcknowledge]="true" />
  `,
})
class Host {
  readonly acknowledged = signal(false);
  readonly on = signal<string | null>(null);
  readonly editor = signal(true);
  notes: string[] = [];
  withdrawals = 0;
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('AlertFollowUp', () => {
  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  it('lets an editor take the alert in hand with a trimmed note, each field labelled after its alert', () => {
    const { fixture, host } = render();
    const [first, second] = host.querySelectorAll('app-alert-follow-up');
    const field = first.querySelector<HTMLInputElement>('input')!;

    expect(text(first.querySelector(`label[for="${field.id}"]`))).toBe('Note sur l’alerte : École Jules Ferry');
    expect(second.querySelector('input')!.id).not.toBe(field.id);
    field.value = '  Fuite réparée  ';
    field.dispatchEvent(new Event('input'));
    first.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    expect(fixture.componentInstance.notes).toEqual(['Fuite réparée']);
  });

  it('says who took it in hand, when and why, and lets an editor withdraw', () => {
    const { fixture, host } = render();
    fixture.componentInstance.acknowledged.set(true);
    fixture.componentInstance.on.set('26/11/2026');
    fixture.detectChanges();
    const first = host.querySelector('app-alert-follow-up')!;

    expect(text(first.querySelector('.ack'))).toBe(
      '✓ Prise en charge par agent@lille.fr le 26/11/2026 Plombier passé le 12',
    );
    first.querySelector<HTMLButtonElement>('button')!.click();
    expect(fixture.componentInstance.withdrawals).toBe(1);
  });

  it('shows a reader the alert is open, with nothing to press', () => {
    const { fixture, host } = render();
    fixture.componentInstance.editor.set(false);
    fixture.detectChanges();
    const first = host.querySelector('app-alert-follow-up')!;

    expect(text(first)).toBe('À traiter');
    expect(first.querySelector('button')).toBeNull();
  });
});
