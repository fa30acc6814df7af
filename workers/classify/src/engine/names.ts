// Candidate names as people write them: titles, ranks and degrees stripped
// ("Komjen Pol. (Purn.) Dharma Pongrekun" -> dharma pongrekun), plus which parts of a name
// are distinctive enough to stand alone.
import { VOCABULARY } from './lexicon.js';

// Honorifics, religious and military ranks, academic titles written before a name.
const PREFIX_TITLES = new Set([
  'capt', 'dr', 'drs', 'dra', 'ir', 'h', 'hj', 'hc', 'prof', 'kh', 'k.h', 'tgk', 'tuan', 'guru', 'ust', 'ustadz', 'ustaz',
  'komjen', 'irjen', 'brigjen', 'kombes', 'akbp', 'mayjen', 'letjen', 'jenderal', 'jend', 'laksda', 'laksdya',
  'marsda', 'kolonel', 'kol', 'letkol', 'mayor', 'kapten', 'pol', 'purn', 'tni', 'polri', 'inf', 'art', 'cpl',
  'kav', 'mar', 'psc', 'drg', 'apt', 'ns', 'bapak', 'ibu', 'haji', 'hajjah', 'datuk', 'dt', 'ir.h', 'dr.h',
  'assoc', 'mr', 'mrs', 'sh', 'se', 'st', 'sp', 'spd', 'mm', 'mh', 'msi', 'mpd', 'ma', 'ag', 'sag', 'lc',
  'mba', 'mt', 'mkn', 'mkes', 'skm', 'skep', 'sip', 'sos', 'ssos', 'sstp', 'ssi', 'sthi', 'mhum', 'bsc', 'msc',
  'phd', 'sh.i', 'ipu', 'asean', 'eng', 'cht', 'cfp', 'ca', 'ak', 'mba', 'ked', 'kom', 'ikom', 'mtr', 'sk', 'spog',
]);

/** Name parts too common to point at anyone on their own. */
const COMMON_NAME_PARTS = new Set([
  'muhammad', 'mohammad', 'mohamad', 'muhamad', 'moh', 'muh', 'mochammad', 'achmad', 'ahmad', 'abdul', 'abd',
  'siti', 'nur', 'sri', 'andi', 'teuku', 'tengku', 'cut', 'raden', 'gusti', 'made', 'wayan', 'ketut', 'nyoman',
  'putu', 'kadek', 'komang', 'gede', 'agung', 'anak', 'putra', 'putri', 'dewi', 'budi', 'haji', 'abdullah',
  'rahman', 'rahim', 'hidayat', 'hasan', 'husain', 'ali', 'umar', 'yusuf', 'ibrahim', 'ismail', 'syarif',
  'bin', 'binti', 'van', 'de', 'la', 'el', 'al', 'ar', 'as', 'kun', 'nasution', 'siregar', 'harahap', 'lubis',
  'simanjuntak', 'sitompul', 'hutapea', 'pane', 'daeng', 'karaeng', 'opu', 'petta', 'puang', 'sutan', 'marah',
]);

export function nameTokens(fullName: string): string[] {
  // Degrees follow a comma ("BUSTAMI HAMZAH, S.E., M.Si."); ranks sit in brackets.
  const beforeDegrees = fullName.replace(/\([^)]*\)/g, ' ').split(',')[0] ?? '';
  const words = beforeDegrees
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/[\s\-–/]+/)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
  const kept: string[] = [];
  for (const w of words) {
    const bare = w.replace(/\./g, '');
    if (PREFIX_TITLES.has(w) || PREFIX_TITLES.has(bare)) continue;
    // Initials ("M.", "A.") and dotted degrees left without a comma ("S.E") are not name words.
    if (bare.length <= 1 || /^[a-z]{1,3}\.[a-z.]+$/.test(w)) continue;
    kept.push(bare);
  }
  return kept;
}

/** A name part that can stand alone as a mention: long enough, not a common name or word. */
export function isDistinctivePart(part: string): boolean {
  return part.length >= 4 && !COMMON_NAME_PARTS.has(part) && !VOCABULARY.has(part);
}
