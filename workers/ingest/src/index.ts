// @netra/ingest: the item store, its outbox relay and the CSV import (items/, outbox/), and the
// platform connectors, scheduling and simulator (connectors/, scheduling/, simulator/).
export { ingestItems, markMissing, type MarkMissingOptions, type MarkMissingResult } from './items/items-service.js';
export { validateIncomingItem } from './items/item-validate.js';
export { contentHash, normaliseContent, type NormalisedContent } from './items/content-hash.js';
export { diffContent, type ItemDiff } from './items/item-diff.js';
export { ingestCsvFile, ingestCsvText, CSV_COLUMNS, type CsvRowResult } from './items/ingest-csv.js';
export { startOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay.js';
export { countUnsent } from './outbox/outbox-repo.js';
