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
// A platform without its credential gets a connector with `configured: false`.

export interface ConnectorsConfig {
  x: PlatformConnectorConfig;
  bluesky: PlatformConnectorConfig;
  youtube: PlatformConnectorConfig;
  tiktok: PlatformConnectorConfig;
  meta: PlatformConnectorConfig;
}

export function connectorsConfigFromEnv(env: Record<string, string | undefined> = process.env): ConnectorsConfig {
  const pick = (credential: string, baseUrl: string): PlatformConnectorConfig => ({
    ...(env[credential] ? { credential: env[credential] } : {}),
    ...(env[baseUrl] ? { baseUrl: env[baseUrl] } : {}),
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
