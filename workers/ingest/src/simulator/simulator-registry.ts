import { seededRandom } from '@netra/shared';
import type { SimAccount } from './simulator.js';

// The simulated ASN as a registry import (the ASN import's CSV columns with their X accounts), so
// `netra simulate` can register them and the X connector, pointed at the simulator, polls them.

export const SIM_REGISTRY_COLUMNS = ['nip', 'name', 'employment_type', 'position_class', 'position_title', 'agency_code', 'agency_name', 'region_code', 'platform', 'handle', 'platform_user_id', 'link_method', 'link_confidence'] as const;

const POSITIONS: [string, string][] = [
  ['pelaksana', 'Pengadministrasi Umum'],
  ['fungsional', 'Guru Ahli Pertama'],
  ['fungsional', 'Perawat Terampil'],
  ['pengawas', 'Kepala Seksi Pelayanan'],
  ['administrator', 'Kepala Bagian Umum'],
  ['kepala_wilayah', 'Lurah'],
  ['jpt', 'Kepala Dinas'],
];
const AGENCIES = ['DISDIK', 'DINKES', 'KEC', 'DPUPR', 'BAPPEDA', 'DISDUKCAPIL'];

export function simulatorRegistryRows(accounts: SimAccount[], seed = 2024): Record<(typeof SIM_REGISTRY_COLUMNS)[number], string>[] {
  const rand = seededRandom((seed ^ 0x5eed) >>> 0);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  return accounts.map((a, i) => {
    const birthYear = int(1970, 1996);
    const tmtYear = Math.min(2024, birthYear + int(22, 28));
    const nip = `${birthYear}${pad(int(1, 12))}${pad(int(1, 28))}${tmtYear}${pad(int(1, 12))}${int(1, 2)}${String(i % 1000).padStart(3, '0')}`;
    const [positionClass, title] = POSITIONS[Math.floor(rand() * POSITIONS.length)]!;
    const agency = AGENCIES[i % AGENCIES.length]!;
    return {
      nip,
      name: a.name,
      employment_type: rand() < 0.85 ? 'PNS' : 'PPPK',
      position_class: positionClass,
      position_title: title,
      agency_code: `${agency}-${a.regionCode.replace('.', '')}`,
      agency_name: `${agency} ${a.regionName}`,
      region_code: a.regionCode,
      platform: 'x',
      handle: a.handle,
      platform_user_id: a.userId,
      link_method: 'agency_list',
      link_confidence: '0.90',
    };
  });
}

export function simulatorRegistryCsv(accounts: SimAccount[], seed = 2024): string {
  const rows = simulatorRegistryRows(accounts, seed);
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [SIM_REGISTRY_COLUMNS.join(','), ...rows.map((r) => SIM_REGISTRY_COLUMNS.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
