import { fileSlug } from './save-file';

describe('fileSlug', () => {
  it('turns a French title into a safe file name', () => {
    expect(fileSlug("Dépenses d'investissement 2025")).toBe('depenses-d-investissement-2025');
    expect(fileSlug('Marcq-en-Barœul')).toBe('marcq-en-baroeul');
    expect(fileSlug('***')).toBe('export');
  });
});
