import type { ApiResponse } from '../../api';

/**
 * The signed-in user as `GET /api/v1/auth/me` returns it (never a password or a token); `commune_insee`: the one
 * commune the user is limited to, or null for every commune.
 */
export type SessionUser = NonNullable<ApiResponse<'getAuthMe'>['user']>;

/** The roles of the API (see backend/src/modules/auth/roles.ts). */
export type Role = SessionUser['role'];

/** Who reads internal data: fluids bills and alerts, premises history, comments, imports history. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'elected', 'agent'];
/** Who changes data: imports, rollbacks, thresholds, acknowledgements. */
export const EDITOR_ROLES: readonly Role[] = ['admin', 'agent'];

export function hasRole(user: SessionUser | null, roles: readonly Role[]): boolean {
  return user !== null && roles.includes(user.role);
}

export function isStaff(user: SessionUser | null): boolean {
  return hasRole(user, STAFF_ROLES);
}

export function canEdit(user: SessionUser | null): boolean {
  return hasRole(user, EDITOR_ROLES);
}

/** The name shown in the header: the display name, else the email. */
export function userLabel(user: SessionUser): string {
  return user.display_name?.trim() || user.email;
}
