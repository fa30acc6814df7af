// Error classes found by grouped cross-validation on realistic hand-written sets (scripts/cv.ts):
// each rule is tested on invented posts about the test contest, never on a set's own items.
import { describe, expect, it } from 'vitest';
import { createClassifier, loadModel, type Item } from '../../src/index.js';
import {
  bareNewsEngagement, describedPair, echoedAttack, everyNumberWarned, everydaySloganOnly, hasEvidence, incumbentByTerm,
  ItemReader, organisingForPair, pairOfHandle, uniformDay, type Reading,
} from '../../src/engine/classifier.js';
import { ContestMatcher } from '../../src/engine/contest-matcher.js';
import { DENIED_ATTACK, findCues, NEGATED_VOTE, SEEKS_OFFICE } from '../../src/engine/cues.js';
import { normalise } from '../../src/engine/normalise.js';
import { KOTA_CONTEST, kotaItem } from './fixtures.js';

const CONTEST = { ...KOTA_CONTEST, candidates: KOTA_CONTEST.candidates.map((c) => (c.number === 1 ? { ...c, slogans: ['Banjarmasin Maju'] } : c)) };
const reader = new ItemReader([CONTEST]);
const item = kotaItem;
const read = (it: Item): Reading => reader.read(it)[0]!;
const post = (text: string) => read(item(text));
const cues = (text: string) => findCues(normalise(text));
const matcher = new ContestMatcher(CONTEST);

describe('negated votes in regional forms', () => {
  it.each(['bek cuba2 pileh nomor dua', 'sonde usah pilih dia', 'jangan 02 lah', 'tra akan pilih dia'])('"%s" is one attack cue', (text) => {
    const found = cues(text);
    expect(found).toContainEqual({ type: 'attack', evidence: NEGATED_VOTE });
    expect(found.map((c) => c.type)).not.toContain('call_to_vote');
  });
  it.each(['jan piliah urang tu', 'ojo dipilih'])('"%s" is an attack, not a call to vote', (text) => {
    const found = cues(text).map((c) => c.type);
    expect(found).toContain('attack');
    expect(found).not.toContain('call_to_vote');
  });
  it.each(['jangan lupa pilih nomor 2', 'jangan sampai salah pilih', 'jangan pilih yang lain'])('"%s" is no negated vote', (text) => {
    expect(cues(text)).not.toContainEqual({ type: 'attack', evidence: NEGATED_VOTE });
  });
  it('reads a vote refused as oppose even without a model cue for it', () => {
    const classifier = createClassifier({ contests: [CONTEST], model: loadModel() });
    const j = classifier.classify(item('Bang Rudi tu hana pengalaman, bek cuba2 pileh'));
    expect(j.flagged).toBe(true);
    expect(j.stance).toBe('oppose');
  });
});

describe('office-seeking mockery', () => {
  it.each(['skrg nak jadi gubernur pulak?', 'dokter arep dadi wali kota?', 'mau ngurus kota segede ini?'])('"%s" is an attack cue', (text) => {
    expect(cues(text)).toContainEqual({ type: 'attack', evidence: SEEKS_OFFICE });
  });
  it('"mau jadi apa" is not', () => expect(cues('anakku mau jadi apa ya nanti')).not.toContainEqual({ type: 'attack', evidence: SEEKS_OFFICE }));
});

describe('an attack word denied is praise', () => {
  it.each(['bukan politisi karbitan', 'indak ado kasus korupsi', 'beliau bukan pembohong'])('"%s"', (text) => {
    const found = cues(text);
    expect(found).toContainEqual({ type: 'call_to_vote', evidence: DENIED_ATTACK });
    expect(found.map((c) => c.type)).not.toContain('attack');
  });
  it('"kerjanya nyata, bukan pencitraan" is praise too', () => expect(cues('kerjanya nyata, bukan pencitraan').map((c) => c.type)).not.toContain('attack'));
  it('"dia pembohong" stays an attack', () => expect(cues('dia pembohong').map((c) => c.type)).toContain('attack'));
});

describe('pairs described by the titles of their ballot names', () => {
  it('maps police and engineer words to the one pair whose names carry them', () => {
    expect(matcher.descriptors.get('polisi')).toBe(2);
    expect(matcher.descriptors.get('insinyur')).toBe(2);
    expect(matcher.descriptors.has('dokter')).toBe(false); // "Dr." is a doctorate, not "dr."
  });
  it('is evidence and names the pair', () => {
    const r = post('pensiunan polisi mau jadi wali kota, kota bukan barak');
    expect(describedPair(r)).toBe(2);
    expect(hasEvidence(r)).toBe(true);
  });
  it('describes nobody when two pairs carry the title', () => {
    const both = new ContestMatcher({ ...CONTEST, candidates: CONTEST.candidates.map((c) => ({ ...c, deputy: c.deputy + ', Ir.' })) });
    expect(both.describedPair(normalise('insinyur kok jembatan ambruk'))).toBeUndefined();
  });
});

describe('the incumbent by the record of a term', () => {
  it('names the registry incumbent for an unnamed attack on a term', () => {
    expect(incumbentByTerm(post('5 tahun mimpin, jalan masih rusak. cukup satu periode'))).toBe(1);
  });
  it('names nobody when a pair is named', () => {
    expect(incumbentByTerm(post('SUBA 5 tahun di dewan tidak ada hasil'))).toBeNull();
  });
});

describe('an attack echoed by agreement', () => {
  const share = (own: string, target: string) => read(item(own, { kind: 'share', target: { author_handle: 'warga_kritis', text: target } }));
  it('takes the target attack', () => expect(echoedAttack(share('setuju bgt 👍', 'SUBA cuma janji palsu, jangan percaya'))).toBe(true));
  it('not when the ASN names a pair', () => expect(echoedAttack(share('setuju, pilih Bang Rudi', 'SUBA cuma janji palsu'))).toBe(false));
  it('not when the target calls to vote', () => expect(echoedAttack(share('setuju', 'SUBA janji palsu, coblos Rudi-Sari'))).toBe(false));
});

describe('bare engagement with news', () => {
  const like = (handle: string, text: string) => read(item('', { kind: 'like', target: { author_handle: handle, text } }));
  it('a like of a report naming a pair is no evidence', () => {
    const r = like('banjarmasin.today', 'Rudi-Sari paparkan program banjir di debat kedua');
    expect(bareNewsEngagement(r)).toBe(true);
    expect(hasEvidence(r)).toBe(false);
  });
  it('a like of a report that relays organising is no evidence either', () => {
    expect(hasEvidence(like('kalsel_update', 'Relawan Rudi-Sari gelar cek kesehatan gratis'))).toBe(false);
  });
  it('a like of an attack stays evidence', () => expect(bareNewsEngagement(like('banjarmasin.today', 'SUBA pembohong, jangan pilih'))).toBe(false));
  it('a like of a supporters account is not news', () => expect(bareNewsEngagement(like('relawan.rudisari', 'Rudi-Sari paparkan program'))).toBe(false));
});

describe('colours of an office day and work gear', () => {
  it.each(['Seragam merah hari Kamis, kompak sekantor', 'Helm merah, rompi biru, sepatu safety. Inspeksi K3 pagi ini'])('"%s" is no evidence', (text) => {
    const r = post(text);
    expect(uniformDay(r)).toBe(true);
    expect(hasEvidence(r)).toBe(false);
  });
  it('a wink keeps the colour a pair\'s', () => expect(uniformDay(post('Seragam merah hari Kamis, tau lah maksudnya'))).toBe(false));
});

describe('numbers of every pair in a warning', () => {
  it('"jangan pose jari satu atau dua" is no evidence', () => {
    const r = post('Bapak ibu ASN jaga netralitas, jangan ikut pose salam 1 jari atau 2 jari');
    expect(everyNumberWarned(r)).toBe(true);
  });
  it('one pair\'s number is still evidence', () => expect(everyNumberWarned(post('jaga netralitas tapi coblos nomor 1 ya'))).toBe(false));
});

describe('slogans of everyday words used literally', () => {
  it('"Banjarmasin maju" about the weather', () => expect(everydaySloganOnly(post('Alhamdulillah banjarmasin maju pesat, pasar terapung ramai lagi'))).toBe(true));
  it('with a call to vote it is the slogan', () => expect(everydaySloganOnly(post('Banjarmasin Maju, coblos nomor 1'))).toBe(false));
});

describe('address and office numbers', () => {
  it.each(['Kantor kami nomor 2 di jejeran ruko, catnya biru', 'Ruang kerja di gedung B nomor 1', 'antrian puskesmas panjang, ambo dapek nomor 2 tapi lambat'])('"%s" holds no ballot number', (text) => {
    expect(matcher.match(normalise(text), text).hits.filter((h) => h.type === 'ballot_number')).toEqual([]);
  });
  it('"kantor pemenangan paslon nomor 2" keeps the pair', () => {
    const text = 'rapat di kantor pemenangan paslon nomor 2';
    expect(matcher.match(normalise(text), text).hits.map((h) => h.type)).toContain('ballot_number');
  });
});

describe('namesakes at the RT meeting and the pulpit', () => {
  it('a neighbourhood meeting led by a namesake is no evidence', () => {
    expect(hasEvidence(post('Rapat RT: kerja bakti besok, kumpul jam 7. Yang koordinir Bang Rudi'))).toBe(false);
  });
});

describe('organising reported, not done', () => {
  it('several pairs\' volunteers seen at car free day', () => {
    expect(organisingForPair(post('Di CFD relawan Rudi-Sari dan relawan SUBA sama2 bagi kaos'))).toBe(false);
  });
  it('one pair\'s volunteers called together is organising', () => {
    expect(organisingForPair(post('Relawan Rudi-Sari kumpul di posko malam ini'))).toBe(true);
  });
});

describe('support under a supporters account named after a pair', () => {
  it('names the pair from the handle', () => {
    const r = read(item('Hadir, bawa tetangga 3 orang', { kind: 'comment', target: { author_handle: 'Relawan Rudi-Sari Banjar', text: 'Kumpul jam 4 di lapangan' } }));
    expect(pairOfHandle(r, 'Relawan Rudi-Sari Banjar')).toBe(1);
  });
});

describe('volunteering as coordinator under the pair\'s post', () => {
  it('is organising, not engagement', () => {
    const classifier = createClassifier({ contests: [CONTEST], model: loadModel() });
    const j = classifier.classify(item('Siap jadi koordinator kecamatan, Bang!', { kind: 'comment', target: { author_handle: 'rudisari.official', text: 'Kami buka pendaftaran koordinator relawan per kecamatan' } }));
    expect(j.flagged).toBe(true);
    expect(j.category).toBe('organising');
  });
});

describe('coloured hearts and circles', () => {
  it('read as the colour word', () => {
    expect(normalise('Rudy-Seno 💛💛 🔵 🧡')).toEqual(['rudy', 'seno', 'kuning', 'kuning', 'biru', 'oranye']);
  });
  it('the red heart stays no colour', () => expect(normalise('selamat ulang tahun ❤️')).toEqual(['selamat', 'ulang', 'tahun']));
  it('a blue heart names the blue pair', () => {
    expect(matcher.match(normalise('tetap 💙'), 'tetap 💙').hits).toContainEqual({ type: 'color', candidate: 2, evidence: 'biru' });
  });
});

describe('attacks and praise by description rest on election words', () => {
  it('a candidate described by a past office is evidence without a name', () => {
    expect(hasEvidence(post('calon wakil yang dulu ketua dewan itu janji gratis semua, duitnya dari mana?'))).toBe(true);
  });
  it('the same complaint without any election word is not', () => {
    expect(hasEvidence(post('ketua dewan itu janji gratis semua, duitnya dari mana?'))).toBe(false);
  });
});

describe('keeping the one in office and the same old faces', () => {
  it.each(['ndak usah ganti-ganti nahkoda', 'jangan ganti nahkoda di tengah laut'])('"%s" is no attack', (text) => {
    expect(cues(text).map((c) => c.type)).not.toContain('attack');
  });
  it('"saatnya ganti" still attacks', () => expect(cues('saatnya ganti').map((c) => c.type)).toContain('attack'));
  it.each(['paket lama, ide2 juga lama', 'yg itu2 aja', 'cuma omon-omon'])('"%s" attacks', (text) => {
    expect(cues(text).map((c) => c.type)).toContain('attack');
  });
});

describe('a reminder of the vote next to a gesture or colour is campaigning', () => {
  it('"besok ke TPS, satu jari untuk Bang Rudi ☝️" is social_media_campaign, not attributes_symbols', () => {
    const classifier = createClassifier({ contests: [CONTEST], model: loadModel() });
    const j = classifier.classify(item('Besok ke TPS ya, satu jari untuk Bang Rudi ☝️😉'));
    expect(j.flagged).toBe(true);
    expect(j.category).toBe('social_media_campaign');
  });
});
