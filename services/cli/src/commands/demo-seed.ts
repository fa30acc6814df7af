import { BUNDLED_PILKADA_2024_CSV, createUser, findUserByUsername, importDemoAsn, importPilkadaKpu, importRegions } from '@netra/api';
import type { Pool, Role } from '@netra/shared';
import { CLI_ACTOR } from './context.js';

export const DEMO_PASSWORD = 'netra-demo-2024';

const DEMO_USERS: { username: string; displayName: string; role: Role; regionCode: string | null }[] = [
  { username: 'admin', displayName: 'Admin Netra', role: 'admin', regionCode: null },
  { username: 'supervisor.kalsel', displayName: 'Supervisor Bawaslu Kalimantan Selatan', role: 'supervisor', regionCode: '63' },
  { username: 'reviewer.banjarmasin', displayName: 'Reviewer Bawaslu Kota Banjarmasin', role: 'reviewer', regionCode: '63.71' },
  { username: 'reviewer2.banjarmasin', displayName: 'Reviewer Kedua Kota Banjarmasin', role: 'reviewer', regionCode: '63.71' },
  { username: 'reviewer.makassar', displayName: 'Reviewer Bawaslu Kota Makassar', role: 'reviewer', regionCode: '73.71' },
  { username: 'liaison.komdigi', displayName: 'Penghubung Komdigi', role: 'liaison', regionCode: null },
  { username: 'integrator.bkn', displayName: 'Integrasi BKN', role: 'integrator', regionCode: null },
];

export interface DemoReport {
  regions: number;
  contests: number;
  entries: number;
  asn: number;
  accounts: number;
  users: string[];
}

/** Loads the reference data and demo records; safe to run again (it changes nothing then). */
export async function seedDemo(db: Pool): Promise<DemoReport> {
  const regions = await importRegions(db);
  const kpu = await importPilkadaKpu(db, BUNDLED_PILKADA_2024_CSV, { actor: { ...CLI_ACTOR, actorLabel: 'system:seed-demo' } });
  const asn = await importDemoAsn(db);
  const users: string[] = [];
  for (const user of DEMO_USERS) {
    if (!(await findUserByUsername(db, user.username))) {
      await createUser(db, null, { ...CLI_ACTOR, actorLabel: 'system:seed-demo' }, { ...user, password: DEMO_PASSWORD });
    }
    users.push(`${user.username} (${user.role}, ${user.regionCode ?? 'nasional'})`);
  }
  return {
    regions: regions.total,
    contests: kpu.contests.total,
    entries: kpu.entries,
    asn: asn.inserted + asn.updated + asn.unchanged,
    accounts: asn.accounts.inserted + asn.accounts.updated + asn.accounts.unchanged,
    users,
  };
}
