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
]);

/** Hand gestures that point at a ballot number; mapped to a single token `jari_N`. */
export const FINGER_EMOJI: ReadonlyMap<string, string> = new Map([
  ['\u261D', 'jari_1'], // ☝ index pointing up
  ['\u{1F446}', 'jari_1'], // 👆
  ['\u270C', 'jari_2'], // ✌ victory hand: "salam dua jari"
  ['\u{1F91F}', 'jari_3'], // 🤟 love-you gesture, used as three fingers
  ['\u{1F44C}', 'jari_3'], // 👌 three fingers up
]);
