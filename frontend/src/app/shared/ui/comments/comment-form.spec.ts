import { TestBed } from '@angular/core/testing';
import { CommentForm } from './comment-form';
import { CommentDraft } from './figure-comment';

describe('CommentForm', () => {
  it('proposes the year as the period, refuses an empty note and emits the draft', async () => {
    const fixture = TestBed.createComponent(CommentForm);
    fixture.componentRef.setInput('figure', 'Coût des fluides');
    fixture.componentRef.setInput('defaultFrom', '2025-01-01');
    fixture.componentRef.setInput('defaultTo', '2025-12-31');
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    // A form submits only once it is in the document.
    document.body.appendChild(host);
    const drafts: CommentDraft[] = [];
    fixture.componentInstance.submitted.subscribe((draft) => drafts.push(draft));

    expect((host.querySelector('input[type="date"]') as HTMLInputElement).value).toBe('2025-01-01');
    expect(host.querySelector('label')?.textContent?.trim()).toBe('Commentaire sur « Coût des fluides »');

    (host.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(drafts).toEqual([]);
    expect(host.querySelector('[role="alert"]')).toBeTruthy();

    const body = host.querySelector('textarea') as HTMLTextAreaElement;
    body.value = '  Fermeture de la piscine pour travaux ';
    body.dispatchEvent(new Event('input'));
    (host.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    expect(drafts).toEqual([
      {
        period_start: '2025-01-01',
        period_end: '2025-12-31',
        body: 'Fermeture de la piscine pour travaux',
      },
    ]);
    host.remove();
  });

  it('refuses a period that ends before it starts', async () => {
    const fixture = TestBed.createComponent(CommentForm);
    fixture.componentRef.setInput('figure', 'Coût des fluides');
    fixture.componentRef.setInput('defaultFrom', '2025-12-31');
    fixture.componentRef.setInput('defaultTo', '2025-01-01');
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    // A form submits only once it is in the document.
    document.body.appendChild(host);
    const drafts: CommentDraft[] = [];
    fixture.componentInstance.submitted.subscribe((draft) => drafts.push(draft));
    const body = host.querySelector('textarea') as HTMLTextAreaElement;
    body.value = 'Note';
    body.dispatchEvent(new Event('input'));
    (host.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    expect(drafts).toEqual([]);
    host.remove();
  });
});
