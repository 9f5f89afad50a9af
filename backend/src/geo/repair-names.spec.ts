import { repairLostAccents } from './repair-names';

describe('names whose accents were lost upstream (U+001A in their place)', () => {
  it('puts back the letter when exactly one known word fits, keeping the case of the name', () => {
    expect(repairLostAccents('Bourg D\u001alivrance 5')).toEqual({ name: 'Bourg Délivrance 5', repaired: true });
    expect(repairLostAccents('Ch\u001ane-Houplines')).toEqual({ name: 'Chêne-Houplines', repaired: true });
    expect(repairLostAccents("Saint-Maurice-cimeti\u001are de l'Est")).toEqual({
      name: "Saint-Maurice-cimetière de l'Est",
      repaired: true,
    });
    expect(repairLostAccents('zone d activit\u001a-min')).toEqual({ name: 'zone d activité-min', repaired: true });
  });

  it('leaves a "?" where it cannot be sure, and says so', () => {
    expect(repairLostAccents('Quartier du Pla\u001aeau')).toEqual({ name: 'Quartier du Pla?eau', repaired: false });
  });

  it('leaves a sound name alone', () => {
    expect(repairLostAccents('Vauban-Esquermes')).toEqual({ name: 'Vauban-Esquermes', repaired: true });
  });
});
