export const roles = ['admin', 'elected', 'agent', 'public'] as const;
export type Role = (typeof roles)[number];

/** The signed-in user as the API sees it (never the password hash). */
export interface SessionUser {
  id: number;
  email: string;
  role: Role;
  commune_insee: string | null;
  display_name: string | null;
}

/** Who may read internal data (fluids bills and alerts, premises history, comments...). */
export const staff: readonly Role[] = ['admin', 'elected', 'agent'];
/** Who may change data (imports, thresholds, acknowledgements). */
export const editors: readonly Role[] = ['admin', 'agent'];
