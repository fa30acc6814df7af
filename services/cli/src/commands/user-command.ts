import { parseArgs } from 'node:util';
import { createApiToken, createUser, findUserByUsername } from '@netra/api';
import { ROLES, type Role } from '@netra/shared';
import { UsageError, type Command } from './command-types.js';
import { CLI_ACTOR, openContext, print } from './context.js';

export const userCreateCommand: Command = {
  words: ['user', 'create'],
  usage: 'netra user create --username NAME --role ROLE [--region CODE] [--password PW] [--name "Full Name"]',
  summary: 'Create a user (the first admin is made this way)',
  async run(args) {
    const { values } = parseArgs({ args, options: { username: { type: 'string' }, role: { type: 'string' }, region: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } } });
    if (!values.username || !values.role) throw new UsageError('--username and --role are required');
    if (!ROLES.includes(values.role as Role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    const ctx = await openContext();
    try {
      const user = await createUser(ctx.db, null, CLI_ACTOR, {
        username: values.username,
        displayName: values.name ?? values.username,
        role: values.role as Role,
        regionCode: values.region ?? null,
        ...(values.password ? { password: values.password } : {}),
      });
      print(`created ${user.role} ${user.username} (${user.region_code ?? 'national'})`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

export const tokenCreateCommand: Command = {
  words: ['token', 'create'],
  usage: 'netra token create --username NAME [--name LABEL] [--days N]',
  summary: 'Issue an API token for a user; printed once',
  async run(args) {
    const { values } = parseArgs({ args, options: { username: { type: 'string' }, name: { type: 'string' }, days: { type: 'string' } } });
    if (!values.username) throw new UsageError('--username is required');
    const ctx = await openContext();
    try {
      const user = await findUserByUsername(ctx.db, values.username);
      if (!user) throw new UsageError(`no user ${values.username}`);
      const principal = { userId: user.id, username: user.username, role: user.role, regionCode: user.region_code, agencyId: user.agency_id, locale: user.locale, tokenId: '' };
      const token = await createApiToken(ctx.db, principal, CLI_ACTOR, { name: values.name ?? 'cli', ...(values.days ? { expiresInDays: Number(values.days) } : {}) });
      print(token.token);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
