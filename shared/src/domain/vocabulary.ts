// Closed vocabularies shared by the database checks, the API schemas and the workers.

export const ROLES = ['admin', 'supervisor', 'reviewer', 'liaison', 'integrator'] as const;
export type Role = (typeof ROLES)[number];

export const POSITION_CLASSES = ['jpt', 'administrator', 'pengawas', 'fungsional', 'pelaksana', 'kepala_wilayah'] as const;
export type PositionClass = (typeof POSITION_CLASSES)[number];

export const PLATFORMS = ['facebook', 'instagram', 'x', 'tiktok', 'youtube', 'bluesky', 'threads', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const LINK_METHODS = ['self_declared', 'agency_list', 'investigator'] as const;
export type LinkMethod = (typeof LINK_METHODS)[number];

export const MONITORING_STATES = ['active', 'paused', 'stopped'] as const;
export type MonitoringState = (typeof MONITORING_STATES)[number];

export const CONTEST_LEVELS = ['provinsi', 'kabupaten', 'kota'] as const;
export type ContestLevel = (typeof CONTEST_LEVELS)[number];

export const EMPLOYMENT_TYPES = ['PNS', 'PPPK'] as const;

export const AUTHORITY_CHANNELS = ['letter', 'sbt', 'email', 'api'] as const;
