// Contest-independent cue phrases (normalised forms). They explain a judgement to a reviewer
// and give the model named features; the model decides how much each one counts.
import { addPhrase, longestAt, newTrie, type TrieNode } from './phrase-trie.js';
import { normalisePhrase } from './normalise.js';

export type CueType = 'call_to_vote' | 'organising' | 'attack' | 'neutral_context';

const CUE_PHRASES: Record<CueType, string[]> = {
  call_to_vote: [
    'coblos', 'nyoblos', 'dicoblos', 'pilih', 'pilihlah', 'menangkan', 'memenangkan', 'lanjutkan', 'dua periode',
    '2 periode', 'dukung', 'mendukung', 'dukungan', 'all in', 'satu putaran', '1 putaran', 'harga mati', 'wajib menang',
    'pasti menang', 'menang', 'pemimpin kita', 'gubernur kita', 'bupati kita', 'walikota kita', 'calon terbaik',
    'siap menang', 'insya allah menang', 'jangan salah pilih', 'ayo', 'mari', 'salam', 'bersama', 'pilihan',
  ],
  organising: [
    'relawan', 'posko', 'door to door', 'tim sukses', 'timses', 'tim pemenangan', 'konsolidasi', 'deklarasi',
    'rapat', 'koordinator', 'korlap', 'saksi', 'kumpul', 'bagi bagi', 'sembako', 'kaos', 'stiker', 'spanduk',
    'baliho', 'blusukan', 'simpul', 'jaringan', 'rekrut', 'bergabung', 'gabung', 'kampanye', 'kampanyekan',
  ],
  attack: [
    'jangan pilih', 'tidak pilih', 'jangan coblos', 'no way', 'korup', 'korupsi', 'koruptor', 'pencitraan', 'bohong',
    'pembohong', 'janji palsu', 'gagal', 'boneka', 'dinasti', 'antek', 'penipu', 'munafik', 'tolak', 'asal bukan',
    'jangan sampai', 'hancur', 'omong kosong', 'tidak becus', 'mundur', 'busuk', 'rakus',
  ],
  neutral_context: [
    'netral', 'netralitas', 'bawaslu', 'kpu', 'panwascam', 'panwaslu', 'kasn', 'lapor', 'laporkan', 'dilaporkan',
    'pelanggaran', 'melanggar', 'hati nurani', 'siapa pun', 'siapapun', 'golput', 'tps', 'debat', 'berita',
    'menetapkan', 'penetapan', 'nomor urut', 'jadwal', 'sosialisasi', 'dilarang', 'larangan', 'sanksi', 'imbauan',
    'himbauan', 'wajib netral', 'jaga netralitas', 'semua paslon', 'para calon', 'seluruh paslon', 'masing masing',
    'visi misi', 'quick count', 'hitung cepat', 'rekapitulasi', 'survei', 'teruskan',
  ],
};

export interface CueHit {
  type: CueType;
  evidence: string;
}

const trie: TrieNode<CueType> = newTrie();
for (const [type, phrases] of Object.entries(CUE_PHRASES) as [CueType, string[]][]) {
  for (const p of phrases) addPhrase(trie, normalisePhrase(p), type);
}

export function findCues(tokens: readonly string[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const found = longestAt(trie, tokens, i);
    if (!found) {
      i++;
      continue;
    }
    const evidence = tokens.slice(i, i + found.length).join(' ');
    for (const type of found.values) hits.push({ type, evidence });
    i += found.length;
  }
  return hits;
}
