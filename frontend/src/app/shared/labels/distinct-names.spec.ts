import { distinctNames } from './distinct-names';

describe('distinctNames', () => {
  it('leaves unique names alone, and adds the quartier to names that several buildings share', () => {
    const labels = distinctNames([
      { id: 'LIL-TEC-001', name: 'Centre technique municipal', place: 'Fives' },
      { id: 'LIL-TEC-005', name: 'Centre technique municipal', place: 'Lille-Moulins' },
      { id: 'LIL-ECO-023', name: 'École maternelle Jules Ferry', place: 'Wazemmes' },
    ]);
    expect([...labels.values()]).toEqual([
      'Centre technique municipal (Fives)',
      'Centre technique municipal (Lille-Moulins)',
      'École maternelle Jules Ferry',
    ]);
  });

  it('falls back on the id when the place does not tell them apart', () => {
    const labels = distinctNames([
      { id: 'LIL-SOC-008', name: 'Centre social Hellemmes', place: 'Hellemmes' },
      { id: 'LIL-SOC-010', name: 'Centre social Hellemmes', place: 'Hellemmes' },
    ]);
    expect(labels.get('LIL-SOC-010')).toBe('Centre social Hellemmes (LIL-SOC-010)');
  });

  it('counts one item met twice (its alerts, its months) once', () => {
    const labels = distinctNames([
      { id: 'LIL-ECO-023', name: 'École Jules Ferry' },
      { id: 'LIL-ECO-023', name: 'École Jules Ferry' },
    ]);
    expect(labels.get('LIL-ECO-023')).toBe('École Jules Ferry');
  });
});
