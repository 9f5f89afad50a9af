import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LoadStatus } from '../../../core/context/context.feature';
import { PageState } from './page-state';

@Component({
  imports: [PageState],
  template: `
    <app-page-state
      [status]="status()"
      [hasData]="hasData()"
      [error]="error()"
      emptyMessage="Aucun local commercial ici."
      (retry)="retries = retries + 1"
    >
      <ng-template><p class="content">Les chiffres</p></ng-template>
    </app-page-state>
  `,
})
class Host {
  readonly status = signal<LoadStatus>('loading');
  readonly hasData = signal(false);
  readonly error = signal<string | null>(null);
  retries = 0;
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('PageState', () => {
  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  it('says it is loading, and draws nothing of the page before its data is there', () => {
    const { host } = render();
    expect(host.querySelector('[role="status"]')).not.toBeNull();
    expect(host.querySelector('.content')).toBeNull();
  });

  it('says plainly when everything loaded and there is nothing to show', () => {
    const { fixture, host } = render();
    fixture.componentInstance.status.set('loaded');
    fixture.detectChanges();
    expect(text(host)).toBe('Aucun local commercial ici.');
  });

  it('shows the content once there is data, marked busy while newer data loads', () => {
    const { fixture, host } = render();
    fixture.componentInstance.hasData.set(true);
    fixture.detectChanges();
    expect(text(host.querySelector('.content'))).toBe('Les chiffres');
    expect(host.querySelector('[aria-busy]')?.getAttribute('aria-busy')).toBe('true');

    fixture.componentInstance.status.set('loaded');
    fixture.detectChanges();
    expect(host.querySelector('[aria-busy]')?.getAttribute('aria-busy')).toBe('false');
  });

  it('shows an error with a retry instead of the content, even with older data', () => {
    const { fixture, host } = render();
    fixture.componentInstance.hasData.set(true);
    fixture.componentInstance.status.set('error');
    fixture.componentInstance.error.set('Le serveur ne répond pas.');
    fixture.detectChanges();

    expect(host.querySelector('.content')).toBeNull();
    expect(text(host)).toContain('Le serveur ne répond pas.');
    host.querySelector<HTMLButtonElement>('button')!.click();
    expect(fixture.componentInstance.retries).toBe(1);
  });
});
