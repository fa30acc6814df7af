import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The real Pilkada 2024 candidate pairs (KPU master data, data/reference), for the simulator's
// partisan content. KPU region codes (`3271`) become Kemendagri codes (`32.71`).

export const PASLON_CSV = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data/reference/pilkada2024_paslon_flat.csv');

export interface ReferencePair {
  level: 'gubernur' | 'bupati_walikota';
  regionCode: string;
  regionName: string;
  number: number;
  head: string;
  deputy: string;
  /** The name people use: "Bobby", "Pramono". */
  headShort: string;
  deputyShort: string;
}

export function loadReferencePairs(file = PASLON_CSV): ReferencePair[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
  const out: ReferencePair[] = [];
  for (const line of lines.slice(1)) {
    const cells = parseCsvLine(line);
    const [level, code, regionName, , number, names] = cells;
    if (!level || !code || !names || (level !== 'gubernur' && level !== 'bupati_walikota')) continue;
    const [head = '', deputy = ''] = names.split(/\s+-\s+/);
    out.push({
      level,
      regionCode: code.length > 2 ? `${code.slice(0, 2)}.${code.slice(2)}` : code,
      regionName: titleCase(regionName ?? ''),
      number: Number(number),
      head: cleanName(head),
      deputy: cleanName(deputy),
      headShort: shortName(cleanName(head)),
      deputyShort: shortName(cleanName(deputy)),
    });
  }
  return out;
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const TITLES = /^(dr|drs|dra|ir|h|hj|prof|tgk|kh|k\.h|ust|ustadz|mayjen|brigjen|letjen|jenderal|kol|irjen|komjen|ns|apt|r|raden|teuku|tengku|andi|a|m|moh|muh|mhd|capt|kombes|laksma|marsda|brigjend|st|ag)\.?$/i;

function cleanName(name: string): string {
  // Academic titles follow the first comma; honorifics lead.
  const words = (name.split(',')[0] ?? '').trim().split(/\s+/).filter(Boolean);
  while (words.length > 1 && TITLES.test(words[0]!) && /\.$/.test(words[0]!)) words.shift();
  return titleCase(words.join(' '));
}

function shortName(name: string): string {
  const words = name.split(' ').filter((w) => w.length > 2 && !/^(muhammad|mohammad|mochamad|ahmad|abdul)$/i.test(w));
  return words[0] ?? name.split(' ')[0] ?? name;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'-])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
}
