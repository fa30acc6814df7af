import { EMPLOYMENT_TYPES, POSITION_CLASSES, type PositionClass } from '@netra/shared';

export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Which agency an ASN belongs to: by id, or by its code. */
export interface AgencyRef {
  agencyId?: string;
  agencyCode?: string;
}

export interface CreateAsnInput extends AgencyRef {
  nip: string;
  name: string;
  employmentType?: EmploymentType;
  positionClass: PositionClass;
  positionTitle?: string | null;
  regionCode: string;
}

export type UpdateAsnInput = Partial<CreateAsnInput>;

export interface AsnListFilter {
  region?: string;
  /** Agency id or agency code. */
  agency?: string;
  positionClass?: PositionClass;
  q?: string;
  limit: number;
  cursor?: string;
}

/** The stored fields that decide whether an import row changes anything. */
export interface AsnFields {
  nip: string;
  name: string;
  employmentType: EmploymentType;
  positionClass: PositionClass;
  positionTitle: string | null;
  agencyId: string;
  regionCode: string;
}

/**
 * A position class as people write it ("JPT", "Kepala Wilayah", "kepala-wilayah") to the stored
 * value, or null when it is none of them.
 */
export function normalisePositionClass(value: string): PositionClass | null {
  const key = value.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (POSITION_CLASSES as readonly string[]).includes(key) ? (key as PositionClass) : null;
}

export function normaliseEmploymentType(value: string): EmploymentType | null {
  const key = value.trim().toUpperCase();
  return (EMPLOYMENT_TYPES as readonly string[]).includes(key) ? (key as EmploymentType) : null;
}

/** A handle as stored: no leading @, no surrounding space. */
export function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '');
}
