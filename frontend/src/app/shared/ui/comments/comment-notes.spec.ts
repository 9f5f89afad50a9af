import { TestBed } from '@angular/core/testing';
import { CommentNotes } from './comment-notes';
import { FigureComment } from './figure-comment';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const comments: FigureComment[] = [
  {
    id: 1,
    commune_insee: '59350',
    target: 'fluids:cout',
    period_start: '2025-01-01',
    period_end: '2025-12-31',
    body: 'Fermeture de la piscine pour travaux',
    author: 'agent@lille.fr',
    created_at: '2026-01-01T00:00:00Z',
  },
  {
    id: 2,
    commune_insee: '59350',
    target: 'fluids:cout',
    period_start: '2025-06-01',
    period_end: '2025-08-31',
    body: 'Canicule',
    author: 'elu@lille.fr',
    created_at: '2026-01-02T00:00:00Z',
  },
];

describe('CommentNotes', () => {
  async function render(currentUser: string | null, isAdmin = false) {
    const fixture = TestBed.createComponent(CommentNotes);
    fixture.componentRef.setInput('comments', comments);
    fixture.componentRef.setInput('figure', 'Coût des fluides');
    fixture.componentRef.setInput('removable', currentUser !== null);
    fixture.componentRef.setInput('currentUser', currentUser);
    fixture.componentRef.setInput('isAdmin', isAdmin);
    await fixture.whenStable();
    return fixture;
  }

  it('shows each note with its period and author, named after the figure', async () => {
    const host = (await render(null)).nativeElement as HTMLElement;
    expect(host.querySelector('ul')?.getAttribute('aria-label')).toBe('Commentaires sur « Coût des fluides »');
    const items = Array.from(host.querySelectorAll('li'));
    expect(text(items[0])).toContain('Fermeture de la piscine pour travaux');
    expect(text(items[0])).toContain('Période du 01/01/2025 au 31/12/2025 · agent@lille.fr');
    expect(host.querySelector('button')).toBeNull();
  });

  it('lets its author delete a note, and an admin any note', async () => {
    const fixture = await render('elu@lille.fr');
    const removed: number[] = [];
    fixture.componentInstance.remove.subscribe((id) => removed.push(id));
    const buttons = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button'));
    expect(buttons.length).toBe(1);
    expect(buttons[0].getAttribute('aria-label')).toBe('Supprimer le commentaire « Canicule »');
    buttons[0].click();
    expect(removed).toEqual([2]);

    const admin = await render('admin@lille.fr', true);
    expect((admin.nativeElement as HTMLElement).querySelectorAll('button').length).toBe(2);
  });
});
