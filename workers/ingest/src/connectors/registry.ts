import type { Platform } from '@netra/shared';
import { BlueskyConnector } from './bluesky-connector.js';
import type { Connector, PlatformConnectorConfig } from './connector-types.js';
import { MetaConnector } from './meta-connector.js';
import { TikTokConnector } from './tiktok-connector.js';
import { XConnector } from './x-connector.js';
import { YouTubeConnector } from './youtube-connector.js';

// Platform credentials and base URLs from the environment, one prefix per platform:
//   X_BEARER_TOKEN, X_API_BASE_URL              YOUTUBE_API_KEY, YOUTUBE_API_BASE_URL
//   TIKTOK_CLIENT_TOKEN, TIKTOK_API_BASE_URL    META_ACCESS_TOKEN, META_GRAPH_BASE_URL
//   BLUESKY_ACCESS_TOKEN (optional), BLUESKY_APPVIEW_URL
//   INGEST_LOOKBACK_DAYS (default 7): how far back every poll re-reads, to see edits and deletions
//   INGEST_BACKFILL_DAYS (default 30): how far back the first poll of an account reads
// A platform without its credential gets a connector with `configured: false`.

export interface ConnectorsConfig {
  x: PlatformConnectorConfig;
  bluesky: PlatformConnectorConfig;
  youtube: PlatformConnectorConfig;
  tiktok: PlatformConnectorConfig;
  meta: PlatformConnectorConfig;
}

export function connectorsConfigFromEnv(env: Record<string, string | undefined> = process.env): ConnectorsConfig {
  const days = (name: string): number | undefined => {
    const value = env[name];
    if (value === undefined || value === '') return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number of days, got "${value}"`);
    return n * 86_400_000;
  };
  const lookbackMs = days('INGEST_LOOKBACK_DAYS');
  const backfillMs = days('INGEST_BACKFILL_DAYS');
  const pick = (credential: string, baseUrl: string): PlatformConnectorConfig => ({
    ...(env[credential] ? { credential: env[credential] } : {}),
    ...(env[baseUrl] ? { baseUrl: env[baseUrl] } : {}),
    ...(lookbackMs ? { lookbackMs } : {}),
    ...(backfillMs ? { backfillMs } : {}),
  });
  return {
    x: pick('X_BEARER_TOKEN', 'X_API_BASE_URL'),
    bluesky: pick('BLUESKY_ACCESS_TOKEN', 'BLUESKY_APPVIEW_URL'),
    youtube: pick('YOUTUBE_API_KEY', 'YOUTUBE_API_BASE_URL'),
    tiktok: pick('TIKTOK_CLIENT_TOKEN', 'TIKTOK_API_BASE_URL'),
    meta: pick('META_ACCESS_TOKEN', 'META_GRAPH_BASE_URL'),
  };
}

export function createConnectors(config: ConnectorsConfig): Partial<Record<Platform, Connector>> {
  return {
    x: new XConnector(config.x),
    bluesky: new BlueskyConnector(config.bluesky),
    youtube: new YouTubeConnector(config.youtube),
    tiktok: new TikTokConnector(config.tiktok),
    facebook: new MetaConnector('facebook', config.meta),
    instagram: new MetaConnector('instagram', config.meta),
  };
}

/** Which platforms can be polled, for `netra` status output and the account page. */
export function connectorStatus(connectors: Partial<Record<Platform, Connector>>): { platform: Platform; configured: boolean }[] {
  return Object.values(connectors).map((c) => ({ platform: c.platform, configured: c.configured }));
}
