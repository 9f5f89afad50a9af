import { ParamMap } from '@angular/router';

export interface ContextParams {
  commune: string | null;
  year: number | null;
}

const INSEE_CODE = /^[0-9][0-9AB][0-9]{3}$/;

/** Reads `?commune=59350&year=2025`; anything malformed reads as absent. */
export function readContextParams(params: ParamMap): ContextParams {
  const commune = params.get('commune');
  const year = Number(params.get('year'));
  return {
    commune: commune !== null && INSEE_CODE.test(commune) ? commune : null,
    year: params.has('year') && Number.isInteger(year) ? year : null,
  };
}

export function sameContextParams(params: ParamMap, wanted: ContextParams): boolean {
  return params.get('commune') === wanted.commune && params.get('year') === String(wanted.year ?? '');
}
