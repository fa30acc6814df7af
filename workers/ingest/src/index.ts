// @netra/ingest: the item store, its outbox relay and the CSV import (items/, outbox/), and the
// platform connectors, scheduling and simulator (connectors/, scheduling/, simulator/).
export { ingestItems, compressRawBatch, markMissing, type IngestOptions, type MarkMissingOptions, type MarkMissingResult } from './items/items-service.js';
export { validateIncomingItem } from './items/item-validate.js';
export { contentHash, normaliseContent, type NormalisedContent } from './items/content-hash.js';
export { diffContent, type ItemDiff } from './items/item-diff.js';
export { ingestCsvFile, ingestCsvText, CSV_COLUMNS, type CsvRowResult } from './items/ingest-csv.js';
export { startOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay.js';
export { countUnsent, purgeSent as purgeSentOutbox } from './outbox/outbox-repo.js';
export { loadRawPayloads, type RawPayload } from './items/raw-payloads.js';

// Connectors, polling, scheduling and the simulator (connectors/, poll/, scheduling/, simulator/).
export {
  ConnectorError, CONNECTOR_ERROR_KINDS,
  type Connector, type ConnectorAccount, type ConnectorErrorKind, type FetchResult, type PlatformConnectorConfig, type RateLimitState,
} from './connectors/connector-types.js';
export { XConnector, type XConnectorConfig } from './connectors/x-connector.js';
export { BlueskyConnector, type BlueskyConnectorConfig } from './connectors/bluesky-connector.js';
export { YouTubeConnector } from './connectors/youtube-connector.js';
export { TikTokConnector } from './connectors/tiktok-connector.js';
export { MetaConnector } from './connectors/meta-connector.js';
export { connectorsConfigFromEnv, createConnectors, connectorStatus, type ConnectorsConfig } from './connectors/registry.js';
export { PollLock } from './poll/poll-lock.js';
export { createIngestHandlers, pollAccount, type IngestDeps, type ItemStore, type ConnectorRegistry, type PollOutcome } from './poll/poll-account.js';
export { coverageDuring, type CoverageVerdict } from './poll/coverage-repo.js';
export { getCoverage, listCoverageGaps, type CoverageRow, type CoverageGap, type CoverageErrorKind } from './poll/coverage-repo.js';
export { RateBudget, DEFAULT_BUDGETS, type BudgetLimit, type TakeResult } from './scheduling/rate-budget.js';
export { pollInterval, electionPhase, DEFAULT_INTERVAL_POLICY, type IntervalInput, type IntervalPolicy, type ContestWindow } from './scheduling/poll-interval.js';
export { syncSchedules, schedulerIdFor, POLL_SCHEDULER_PREFIX, type SyncResult } from './scheduling/sync-schedules.js';
export { startSimulator, type Simulator, type SimulatorOptions, type SimAccount, type SimEvent } from './simulator/simulator.js';
export { FakeXApi } from './simulator/fake-x-api.js';
export { createIngestDeps, startScheduleSync } from './poll/ingest-runtime.js';
export { simulatorRegistryRows, simulatorRegistryCsv, SIM_REGISTRY_COLUMNS } from './simulator/simulator-registry.js';
