import type { Role } from '@netra/shared';

/** The authenticated caller of a request. */
export interface Principal {
  userId: string;
  username: string;
  role: Role;
  /** null: national scope. Otherwise this region and everything inside it. */
  regionCode: string | null;
  agencyId: string | null;
  locale: 'id' | 'en';
  tokenId: string;
}
