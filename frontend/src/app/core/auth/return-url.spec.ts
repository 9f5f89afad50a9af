import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps a path of the application with its query', () => {
    expect(safeReturnUrl('/imports?commune=59350&year=2025')).toBe('/imports?commune=59350&year=2025');
  });

  it('never sends the person to another site', () => {
    expect(safeReturnUrl('https://evil.example/')).toBe('/overview');
    expect(safeReturnUrl('//evil.example/')).toBe('/overview');
    expect(safeReturnUrl('/\\evil.example')).toBe('/overview');
  });

  it('falls back to the overview for nothing or the login page itself', () => {
    expect(safeReturnUrl(null)).toBe('/overview');
    expect(safeReturnUrl('/login?returnUrl=/x')).toBe('/overview');
  });
});
