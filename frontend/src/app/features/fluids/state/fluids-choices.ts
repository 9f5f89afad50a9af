/** What colours the buildings on the map: their energy intensity, or their open alerts. */
export type MapMode = 'intensity' | 'alerts';

/** Which alerts the alerts page lists. */
export type AlertStatusFilter = 'open' | 'acknowledged' | 'all';
