// Party names as people write them: a contest lists "PDI Perjuangan", posts say "PDIP" or
// "banteng". Each list holds the forms of one party (normalised on use).
import { normalisePhrase } from './normalise.js';

const PARTY_FORMS: string[][] = [
  ['pdi perjuangan', 'pdip', 'pdi p', 'pdi', 'banteng moncong putih'],
  ['gerindra', 'partai gerindra', 'gerakan indonesia raya'],
  ['golkar', 'partai golkar', 'golongan karya', 'beringin'],
  ['pks', 'partai keadilan sejahtera'],
  ['pkb', 'partai kebangkitan bangsa'],
  ['nasdem', 'partai nasdem'],
  ['demokrat', 'partai demokrat'],
  ['pan', 'partai amanat nasional'],
  ['ppp', 'partai persatuan pembangunan'],
  ['psi', 'partai solidaritas indonesia'],
  ['perindo', 'partai perindo'],
  ['hanura', 'partai hanura'],
  ['gelora', 'partai gelora'],
  ['partai ummat', 'ummat'],
  ['pbb', 'partai bulan bintang'],
  ['partai garuda', 'garuda'],
  ['partai buruh'],
  ['pkn', 'partai kebangkitan nusantara'],
  ['partai aceh'],
];

const byForm = new Map<string, string[]>();
for (const forms of PARTY_FORMS) for (const f of forms) byForm.set(normalisePhrase(f).join(' '), forms);

/** All written forms of the party named in the registry (at least the name itself). */
export function partyForms(name: string): string[][] {
  const own = normalisePhrase(name);
  const forms = byForm.get(own.join(' ')) ?? byForm.get(own.filter((t) => t !== 'partai').join(' '));
  const all = new Map<string, string[]>([[own.join(' '), own]]);
  for (const f of forms ?? []) {
    const t = normalisePhrase(f);
    all.set(t.join(' '), t);
  }
  return [...all.values()];
}
