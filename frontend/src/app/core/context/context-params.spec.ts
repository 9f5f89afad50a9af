import { convertToParamMap } from '@angular/router';
import { readContextParams, sameContextParams } from './context-params';

describe('context params', () => {
  it('reads the commune and year of a shared link', () => {
    expect(readContextParams(convertToParamMap({ commune: '59350', year: '2025' }))).toEqual({
      commune: '59350',
      year: 2025,
    });
  });

  it('accepts Corsican INSEE codes and ignores malformed values', () => {
    expect(readContextParams(convertToParamMap({ commune: '2A004' })).commune).toBe('2A004');
    expect(readContextParams(convertToParamMap({ commune: 'lille', year: 'last' }))).toEqual({
      commune: null,
      year: null,
    });
  });

  it('tells whether the URL already says what the context says', () => {
    const url = convertToParamMap({ commune: '59350', year: '2025' });
    expect(sameContextParams(url, { commune: '59350', year: 2025 })).toBeTrue();
    expect(sameContextParams(url, { commune: '59350', year: 2024 })).toBeFalse();
  });
});
