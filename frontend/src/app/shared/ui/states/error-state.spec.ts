import { TestBed } from '@angular/core/testing';
import { ErrorState } from './error-state';

describe('ErrorState', () => {
  it('announces the reason and offers to try again', async () => {
    const fixture = TestBed.createComponent(ErrorState);
    fixture.componentRef.setInput('message', 'Le serveur ne répond pas.');
    fixture.componentRef.setInput('retryable', true);
    let retried = 0;
    fixture.componentInstance.retry.subscribe(() => retried++);
    await fixture.whenStable();

    const alert = fixture.nativeElement.querySelector('[role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain('Une erreur est survenue.');
    expect(alert.textContent).toContain('Le serveur ne répond pas.');

    (fixture.nativeElement.querySelector('button') as HTMLButtonElement).click();
    expect(retried).toBe(1);
  });
});
