import { ForbiddenError, NotFoundError, regionContains } from '@netra/shared';
import type { Principal } from './auth-types.js';

/**
 * The region a query may cover: the requested one if it lies within the caller's scope, else the
 * caller's own scope. Asking for a region outside one's scope is refused, not silently narrowed.
 */
export function effectiveRegion(principal: Principal, requested?: string | null): string | null {
  if (!requested) return principal.regionCode;
  if (!regionContains(principal.regionCode, requested)) {
    throw new ForbiddenError(`Region ${requested} is outside your scope (${principal.regionCode ?? 'national'})`);
  }
  return requested;
}

/** A single record outside the caller's scope is reported as not found: its existence is not leaked. */
export function assertInScope(principal: Principal, regionCode: string, what: string): void {
  if (!regionContains(principal.regionCode, regionCode)) throw new NotFoundError(what);
}
