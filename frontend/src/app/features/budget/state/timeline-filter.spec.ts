import { PROGRAMMES_FIXTURE } from '../data-access/budget-rows.fixture';
import { timelineLabel } from './build-programmes';
import { inTimeline } from './timeline-filter';

describe('the programmes timeline', () => {
  it('shows the programmes under way by default, the finished ones or all on demand', () => {
    const statuses = (filter: 'current' | 'done' | 'all') =>
      PROGRAMMES_FIXTURE.filter((p) => inTimeline(p, filter)).map((p) => p.status);
    expect(statuses('current').every((s) => s !== 'done')).toBeTrue();
    expect(statuses('done').every((s) => s === 'done')).toBeTrue();
    expect(statuses('all').length).toBe(PROGRAMMES_FIXTURE.length);
  });

  it('names a programme by what differs first, so that works of one kind do not read alike once truncated', () => {
    expect(timelineLabel('Remplacement de la chaufferie – École maternelle Voltaire')).toBe(
      'École maternelle Voltaire – Remplacement de la chaufferie',
    );
    expect(timelineLabel('Requalification de la rue Pierre Brossolette')).toBe(
      'Requalification de la rue Pierre Brossolette',
    );
  });
});
