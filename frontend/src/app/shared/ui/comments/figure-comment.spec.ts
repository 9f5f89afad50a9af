import { commentsFor, FigureComment, yearPeriod } from './figure-comment';

const comment = (id: number, target: string, start: string, end: string): FigureComment => ({
  id,
  commune_insee: '59350',
  target,
  period_start: start,
  period_end: end,
  body: `note ${id}`,
  author: 'agent@lille.fr',
  created_at: '2026-01-01T00:00:00Z',
});

describe('commentsFor', () => {
  const comments = [
    comment(1, 'fluids:cout', '2025-01-01', '2025-12-31'),
    comment(2, 'fluids:cout:LIL-PIS-001', '2025-05-01', '2025-09-30'),
    comment(3, 'fluids:cout', '2023-01-01', '2023-12-31'),
    comment(4, 'fluids:couts', '2025-01-01', '2025-12-31'),
    comment(5, 'budget:taux_epargne_brute', '2025-01-01', '2025-12-31'),
    comment(6, 'fluids:cout', '2024-11-01T00:00:00Z', '2025-02-28T00:00:00Z'),
  ];

  it('keeps the comments of a figure and of its parts whose period meets the year', () => {
    const { from, to } = yearPeriod(2025);
    expect(commentsFor(comments, 'fluids:cout', from, to).map((c) => c.id)).toEqual([6, 1, 2]);
  });

  it('reads only the date part of the periods', () => {
    expect(commentsFor(comments, 'fluids:cout', '2025-02-28', '2025-02-28').map((c) => c.id)).toEqual([6, 1]);
  });

  it('gives the calendar year as a period', () => {
    expect(yearPeriod(2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});
