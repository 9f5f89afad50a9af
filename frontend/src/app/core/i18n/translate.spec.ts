import { choosePlurals, translate } from './translate';

describe('translate', () => {
  it('gives the French text of a key', () => {
    expect(translate('fr', 'nav.overview')).toBe("Vue d'ensemble");
  });

  it('gives the English text of the same key', () => {
    expect(translate('en', 'nav.overview')).toBe('Overview');
  });

  it('fills the placeholders with the given values', () => {
    expect(translate('fr', 'kpi.vsYear', { year: 2024 })).toBe('vs 2024');
    expect(translate('fr', 'table.sortBy', { column: 'Quartier' })).toBe('Trier par Quartier');
  });

  it('leaves a placeholder visible when its value is missing, so the gap shows in review', () => {
    expect(translate('fr', 'kpi.vsYear', {})).toBe('vs {year}');
  });
});

describe('choosePlurals (ICU plural forms by the language’s rules)', () => {
  const critical = '{critical, plural, one {# critique} other {# critiques}}, {warning} à surveiller';

  it('writes "1 critique" and "2 critiques" in French, where 0 takes the singular too', () => {
    expect(choosePlurals(critical, 'fr-FR', { critical: 1, warning: 3 })).toBe('1 critique, {warning} à surveiller');
    expect(choosePlurals(critical, 'fr-FR', { critical: 2, warning: 3 })).toBe('2 critiques, {warning} à surveiller');
    expect(choosePlurals(critical, 'fr-FR', { critical: 0, warning: 3 })).toBe('0 critique, {warning} à surveiller');
  });

  it('follows English rules, where 0 is plural, and prefers an exact form when there is one', () => {
    const alerts = '{count, plural, =0 {no alert} one {# alert} other {# alerts}} to handle';
    expect(choosePlurals(alerts, 'en-GB', { count: 0 })).toBe('no alert to handle');
    expect(choosePlurals(alerts, 'en-GB', { count: 1 })).toBe('1 alert to handle');
    expect(choosePlurals(alerts, 'en-GB', { count: 1234 })).toBe('1,234 alerts to handle');
  });

  it('keeps placeholders inside a form, and reads numbers already written with spaces', () => {
    const text = '{count, plural, one {# ligne écrite dans {table}} other {# lignes écrites dans {table}}}';
    expect(choosePlurals(text, 'fr-FR', { count: '1\u202f234' })).toBe('1\u202f234 lignes écrites dans {table}');
  });

  it('handles several blocks in one sentence', () => {
    const text = '{a, plural, one {# ligne} other {# lignes}} et {b, plural, one {# problème} other {# problèmes}}';
    expect(choosePlurals(text, 'fr-FR', { a: 1, b: 5 })).toBe('1 ligne et 5 problèmes');
  });
});
