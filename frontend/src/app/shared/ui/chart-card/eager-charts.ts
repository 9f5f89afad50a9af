import { InjectionToken, Provider } from '@angular/core';

/**
 * Chart cards draw their chart when it comes into view (`@defer (on viewport)`), so that ECharts stays out of a
 * page's first load. A page meant for paper (the council brief) provides this token to draw every chart at once.
 */
export const EAGER_CHARTS = new InjectionToken<boolean>('EAGER_CHARTS', { factory: () => false });

export function provideEagerCharts(): Provider {
  return { provide: EAGER_CHARTS, useValue: true };
}
