export { buildApp, type BuildAppOptions } from './app.js';
export { importRegions, BUNDLED_REGIONS_CSV } from './modules/regions/regions-import.js';
export { createUser, createApiToken } from './modules/auth/auth-service.js';
export { findUserByUsername } from './modules/auth/users-repo.js';
export { purgeExpiredSessions } from './modules/auth/tokens-repo.js';
export type { Principal } from './modules/auth/auth-types.js';
export { startApiServer } from './server.js';
export { importAsn, importAsnFile, importDemoAsn, DEMO_ASN_CSV, type AsnImportReport } from './modules/asn/asn-import.js';
