// Everyday words of regional languages and dialects that carry a judgement's meaning: negation
// ("don't", "not"), the verbs to choose and to win, "already", "we". IndoCollex lacks most of
// them or reads them the Jakarta way ("jo" as "jangan", where in Manado it is "saja": "No 1 jo!"
// is support, not an attack). They override the lexicon. Only unambiguous forms are listed:
// Javanese "aja" (also Indonesian "saja") and Madurese "ja'" (also "ya") are left out.
export const REGIONAL_SLANG: ReadonlyArray<readonly [string, string]> = [
  // don't
  ['ulah', 'jangan'], ['jang', 'jangan'], ['ojok', 'jangan'], ['ojo', 'jangan'],
  // not
  ['ora', 'tidak'], ['teu', 'tidak'], ['moal', 'tidak'], ['nyanda', 'tidak'], ['indak', 'tidak'],
  ['kada', 'tidak'], ['kagak', 'tidak'], ['tena', 'tidak'], ['teai', 'tidak'],
  // Kupang "sonde", Papuan "tra", Acehnese "hana" (not), Acehnese "bek" (don't)
  // Minang "jan" (don't; the lexicon reads it as the month, which follows a number: "27 Jan"),
  // "nan" (that/who), "lupo" (forget)
  ['jan', 'jangan'], ['nan', 'yang'], ['lupo', 'lupa'],
  // Sundanese "sanes" (is not), Palembang and Jambi "idak"/"dak", Maluku and Papua "tara"
  ['sanes', 'bukan'], ['kawa', 'bisa'], ['mung', 'hanya'],
  // Javanese "mugi" (may it be), "dados" (become), Sasak "ndeq" (not)
  ['mugi', 'semoga'], ['dados', 'jadi'], ['ndeq', 'tidak'], ['idak', 'tidak'], ['dak', 'tidak'], ['tara', 'tidak'],
  ['sonde', 'tidak'], ['dadi', 'jadi'], ['mane', 'mana'], ['ado', 'ada'], ['tra', 'tidak'], ['hana', 'tidak'], ['bek', 'jangan'],
  // Manado "jo", Banjar "haja": "just", emphasis
  ['jo', 'saja'], ['haja', 'saja'],
  // choose, vote, win, support, continue
  ['pele', 'pilih'], ['pileh', 'pilih'], ['piliah', 'pilih'], ['pilieh', 'pilih'], ['dipiliah', 'dipilih'],
  ['mamiliah', 'memilih'], ['dipileh', 'dipilih'], ['pilihen', 'pilih'], ['pilihno', 'pilih'], ['coblosen', 'coblos'],
  ['cobloso', 'coblos'], ['menango', 'menang'], ['menangke', 'menangkan'], ['menangno', 'menangkan'],
  ['ngadukung', 'dukung'], ['ndukung', 'dukung'], ['lanjutkeun', 'lanjutkan'], ['teruskeun', 'teruskan'],
  // already, we, they, you, I
  ['wis', 'sudah'], ['uwis', 'sudah'], ['wes', 'sudah'], ['torang', 'kita'], ['dorang', 'mereka'],
  ['ngana', 'kamu'], ['ente', 'kamu'], ['aye', 'saya'], ['ulun', 'saya'], ['abdi', 'saya'],
  // until, from, right, left, that/who, near, can, this way (Javanese, Manado): "nomer loro teko
  // tengen" is a position in a photo, "jang sampe ... dipimpin bagini" an attack
  ['sampek', 'sampai'], ['teko', 'dari'], ['tengen', 'kanan'], ['kiwo', 'kiri'], ['sing', 'yang'],
  ['cedhak', 'dekat'], ['cedak', 'dekat'], ['iso', 'bisa'], ['bagini', 'begini'], ['maksude', 'maksudnya'],
  ['kenca', 'kiri'], ['katuhu', 'kanan'],
  // frequent typos of the words that carry the judgement
  ['jangn', 'jangan'], ['jngn', 'jangan'], ['jagan', 'jangan'], ['pilh', 'pilih'], ['plih', 'pilih'],
  ['coblosin', 'coblos'], ['cblos', 'coblos'], ['nomr', 'nomor'], ['cobloss', 'coblos'], ['ketipuu', 'ketipu'],
  ['kudu', 'harus'], ['korsi', 'kursi'], ['pande', 'pandai'], ['bajanji', 'berjanji'], ['jangji', 'janji'],
];
