import type { FieldProblem } from '../errors.js';

// NIP (Nomor Induk Pegawai) has 18 digits: birth date YYYYMMDD, appointment (TMT) YYYYMM,
// sex (1 male, 2 female) and a 3-digit sequence number. PPPK numbers follow the same layout.
export function nipProblems(nip: unknown, path = '/nip'): FieldProblem[] {
  if (typeof nip !== 'string') return [{ path, message: 'must be a string of 18 digits' }];
  if (!/^[0-9]{18}$/.test(nip)) return [{ path, message: 'must be exactly 18 digits' }];
  const problems: FieldProblem[] = [];
  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1940 || year > 2010 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) {
    problems.push({ path, message: `digits 1-8 must be a valid birth date (YYYYMMDD), got ${nip.slice(0, 8)}` });
  }
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtYear < 1960 || tmtYear > 2100 || tmtMonth < 1 || tmtMonth > 12) {
    problems.push({ path, message: `digits 9-14 must be the appointment year and month (YYYYMM), got ${nip.slice(8, 14)}` });
  } else if (tmtYear < year + 15) {
    problems.push({ path, message: 'appointment date must be at least 15 years after the birth date' });
  }
  const sex = nip.charAt(14);
  if (sex !== '1' && sex !== '2') problems.push({ path, message: `digit 15 must be 1 or 2 (sex), got ${sex}` });
  return problems;
}
