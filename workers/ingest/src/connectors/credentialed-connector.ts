import type { Platform } from '@netra/shared';
import type { Connector, ConnectorAccount, FetchResult, PlatformConnectorConfig } from './connector-types.js';
import { credentialIdOf, trimSlash } from './http-json.js';

/**
 * What the connectors that call a platform with one configured credential (a bearer or app token)
 * share: configured only when the credential is set, a credential id for the shared rate budget
 * (never the secret), the API base URL and an injectable clock.
 */
export abstract class CredentialedConnector<C extends PlatformConnectorConfig = PlatformConnectorConfig> implements Connector {
  abstract readonly platform: Platform;
  readonly configured: boolean;
  readonly credentialId: string;
  protected readonly baseUrl: string;
  protected readonly now: () => Date;

  /** `budgetScope` names whose limits the credential counts against (Meta: one app token for Facebook and Instagram). */
  constructor(protected readonly config: C, budgetScope: string, defaultBaseUrl: string) {
    this.configured = Boolean(config.credential);
    this.credentialId = credentialIdOf(budgetScope, config.credential, config.credentialId);
    this.baseUrl = trimSlash(config.baseUrl ?? defaultBaseUrl);
    this.now = config.now ?? (() => new Date());
  }

  abstract fetchActivities(account: ConnectorAccount, cursor: string | null, signal?: AbortSignal): Promise<FetchResult>;
}
