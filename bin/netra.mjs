#!/usr/bin/env node
// The `netra` command. Netra's workspaces ship TypeScript sources; tsx compiles them on load.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { register } = await import('tsx/esm/api');
register();
await import('../services/cli/src/main.ts');
