// Number words in Indonesian, Javanese, Sundanese and (the unambiguous ones) Madurese, Balinese,
// Bugis-Makassar and Minang, and the emoji that stand for numbers.
// They become digits so that "nomer loro", "no 2" and "2️⃣" all read the same; they are
// never dropped, because in this domain they carry the meaning.

export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['satu', '1'], ['siji', '1'], ['hiji', '1'], ['setunggal', '1'], ['sawiji', '1'],
  ['settong', '1'], ['sittong', '1'], ['besik', '1'], ['seddi', '1'], ['ciek', '1'],
  ['duwa', '2'], ['tello', '3'], ['tellu', '3'], ['tallu', '3'], ['ampek', '4'], ['eppa', '4'],
  ['dua', '2'], ['loro', '2'], ['kalih', '2'],
  ['tiga', '3'], ['telu', '3'], ['tilu', '3'], ['tigo', '3'],
  ['empat', '4'], ['papat', '4'], ['opat', '4'], ['sekawan', '4'],
  ['lima', '5'], ['gangsal', '5'],
  ['enam', '6'], ['enem', '6'], ['genep', '6'],
  ['tujuh', '7'], ['pitu', '7'],
  ['delapan', '8'], ['wolu', '8'], ['dalapan', '8'],
  ['sembilan', '9'], ['songo', '9'], ['salapan', '9'],
  // Acehnese, Batak Toba, Minang, Balinese, Madurese, Bugis, Makassar, Sasak, Gorontalo and Dayak
  // Ngaju forms that are no Indonesian word, name or other regional word. Left out: Acehnese "sa"
  // (Papuan "I"), "nam" and "lapan" (English, the space agency), Batak "sada" (Sundanese
  // "voice"), "sia" (Indonesian "in vain"), Minang "duo", "limo" (a place), "anam" (a name),
  // Makassar "sere" (lemongrass), "appa", "tuju" (Indonesian "aim"), Sasak "due", "lime",
  // Ngaju "telo" (Javanese "cassava"), "hanya" (Indonesian "only").
  ['lhee', '3'], ['peuet', '4'], ['limong', '5'], ['tujoh', '7'], ['sikureueng', '9'], // Acehnese
  ['tolu', '3'], ['onom', '6'], ['ualu', '8'], // Batak Toba (Gorontalo "tolu" is 3 too)
  ['tujuah', '7'], ['sambilan', '9'], // Minang
  ['kutus', '8'], // Balinese
  ['empa', '4'], ['ennem', '6'], ['petto', '7'], // Madurese (empa', petto')
  ['enneng', '6'], ['arua', '8'], ['asera', '9'], // Bugis
  ['annang', '6'], ['sagantuju', '8'], ['salapang', '9'], // Makassar and Mandar
  ['sekeq', '1'], ['pituq', '7'], ['baluq', '8'], ['siwaq', '9'], // Sasak
  ['duluwo', '2'], ['totolu', '3'], ['wopato', '4'], ['wolomo', '6'], // Gorontalo
  ['epat', '4'], ['jahawen', '6'], ['jalatien', '9'], // Dayak Ngaju
]);

/** Hand gestures that point at a ballot number; mapped to a single token `jari_N`. */
export const FINGER_EMOJI: ReadonlyMap<string, string> = new Map([
  ['\u261D', 'jari_1'], // ☝ index pointing up
  ['\u{1F446}', 'jari_1'], // 👆
  ['\u270C', 'jari_2'], // ✌ victory hand: "salam dua jari"
  ['\u{1F91F}', 'jari_3'], // 🤟 love-you gesture, used as three fingers
  ['\u{1F44C}', 'jari_3'], // 👌 three fingers up
]);

/**
 * Coloured hearts and circles, written for a pair's colour ("Rudy-Seno 💛💛", "hati tetap oranye
 * 🧡😉"); mapped to the colour's word. The red heart is left out: it is every post's love.
 */
export const COLOUR_EMOJI: ReadonlyMap<string, string> = new Map([
  ['\u{1F49B}', 'kuning'], ['\u{1F7E1}', 'kuning'], // 💛 🟡
  ['\u{1F499}', 'biru'], ['\u{1F535}', 'biru'], // 💙 🔵
  ['\u{1F49A}', 'hijau'], ['\u{1F7E2}', 'hijau'], // 💚 🟢
  ['\u{1F49C}', 'ungu'], ['\u{1F7E3}', 'ungu'], // 💜 🟣
  ['\u{1F9E1}', 'oranye'], ['\u{1F7E0}', 'oranye'], // 🧡 🟠
  ['\u{1F534}', 'merah'], // 🔴
  ['\u{1F90D}', 'putih'], ['\u26AA', 'putih'], // 🤍 ⚪
  ['\u{1F5A4}', 'hitam'], ['\u26AB', 'hitam'], // 🖤 ⚫
]);
