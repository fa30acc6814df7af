import { readFile } from 'node:fs/promises';
import { BUNDLED_PILKADA_2024_CSV, importAsnFile, importContestsJson, importPilkadaKpu } from '@netra/api';
import { UsageError, type Command } from './command-types.js';
import { CLI_ACTOR, openContext, print } from './context.js';

type Counts = { total: number; inserted: number; updated: number; unchanged: number };
const counts = (c: Counts) => `${c.total} in file: ${c.inserted} new, ${c.updated} changed, ${c.unchanged} unchanged`;

export const importKpuCommand: Command = {
  words: ['import', 'pilkada-kpu'],
  usage: 'netra import pilkada-kpu [FILE]',
  summary: 'Load Pilkada contests and pairs from the KPU CSV (the bundled 2024 list by default)',
  async run(args) {
    const ctx = await openContext();
    try {
      const r = await importPilkadaKpu(ctx.db, args[0] ?? BUNDLED_PILKADA_2024_CSV, { actor: CLI_ACTOR });
      print(`contests: ${counts(r.contests)}`);
      print(`pairs: ${counts(r.pairs)}; empty boxes (kolom kosong): ${r.emptyBoxes}; entries: ${r.entries}`);
      for (const s of r.skipped) print(`  skipped line ${s.row}: ${s.reason}`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

export const importContestsCommand: Command = {
  words: ['import', 'contests'],
  usage: 'netra import contests FILE.json',
  summary: 'Load contests with pairs, aliases, slogans, hashtags and accounts (the classifier contest format)',
  async run(args) {
    if (!args[0]) throw new UsageError('FILE is required');
    const parsed = JSON.parse(await readFile(args[0], 'utf8')) as unknown;
    const ctx = await openContext();
    try {
      const r = await importContestsJson(ctx.db, parsed, { actor: CLI_ACTOR });
      print(`contests: ${counts(r.contests)}`);
      print(`pairs: ${counts(r.pairs)}`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

export const importAsnCommand: Command = {
  words: ['import', 'asn'],
  usage: 'netra import asn FILE.csv|FILE.ndjson',
  summary: 'Load agencies, ASN and their social accounts; prints a row-level report of rejections',
  async run(args) {
    if (!args[0]) throw new UsageError('FILE is required');
    const ctx = await openContext();
    try {
      const r = await importAsnFile(ctx.db, args[0], CLI_ACTOR);
      print(`ASN: ${r.total} rows: ${r.inserted} new, ${r.updated} changed, ${r.unchanged} unchanged, ${r.rejectedRows} rejected`);
      print(`accounts: ${r.accounts.inserted} new, ${r.accounts.updated} changed, ${r.accounts.unchanged} unchanged`);
      for (const rej of r.rejected) print(`  line ${rej.row} ${rej.field}: ${rej.reason}`);
      return r.rejectedRows > 0 ? 1 : 0;
    } finally {
      await ctx.close();
    }
  },
};
