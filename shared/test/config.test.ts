import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/index.js';

describe('loadConfig', () => {
  it('applies defaults and freezes the result', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.ESCALATION_AUTHORITY).toBe('BKN');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('lists every problem together, naming each variable and never echoing its value', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://u:hunter2@x/db', LOG_LEVEL: 'loud', TRUST_PROXY: 'maybe' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT', 'TRUST_PROXY']);
    expect((caught as Error).message).not.toContain('hunter2');
  });

  it('parses numbers and booleans', () => {
    const config = loadConfig({ PORT: '8080', TRUST_PROXY: 'true', CLASSIFY_THRESHOLD: '0.7' });
    expect(config.PORT).toBe(8080);
    expect(config.TRUST_PROXY).toBe(true);
    expect(config.CLASSIFY_THRESHOLD).toBe(0.7);
  });
});
