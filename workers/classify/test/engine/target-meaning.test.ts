// Classes from the spent blind6 sets, each tested on invented posts about the test contest (never
// on a set's own items): meaning that lives in the target, everyday colours, gestures and numbers,
// asides, orders from a namesake, mockery without attack words, joy at a pair's lead.
import { describe, expect, it } from 'vitest';
import { createClassifier, loadModel, type Item } from '../../src/index.js';
import { asideOnly, everydayThing, hasEvidence, ItemReader, leadCheered, targetLeaning, type Reading } from '../../src/engine/classifier.js';
import { findCues, SEEKS_OFFICE } from '../../src/engine/cues.js';
import { normalise } from '../../src/engine/normalise.js';
import { KOTA_CONTEST, kotaItem } from './fixtures.js';

const reader = new ItemReader([KOTA_CONTEST]);
const item = kotaItem;
const read = (it: Item): Reading => reader.read(it)[0]!;
const comment = (own: string, target: string, handle = 'banjar.news') => item(own, { kind: 'comment', target: { author_handle: handle, text: target } });
const share = (own: string, target: string, handle = 'warga_kritis') => item(own, { kind: 'share', target: { author_handle: handle, text: target } });
const cues = (text: string) => findCues(normalise(text));
const classifier = createClassifier({ contests: [KOTA_CONTEST], model: loadModel() });

describe('approval takes the pair and stance of the target', () => {
  it.each([
    ['Alhamdulillah ya Allah, lanjut bu 💪', 'Hitung cepat: paslon nomor 2 unggul sementara'],
    ['ini yg kita tunggu2 🙏', 'SUBA janji bangun rumah sakit ibu dan anak'],
    ['setuju 👍', 'Coblos SUBA tanggal 27!'],
  ])('"%s" under "%s" supports pair 2', (own, target) => {
    expect(targetLeaning(read(comment(own, target)))).toEqual({ pair: 2, stance: 'support' });
    const j = classifier.classify(comment(own, target));
    expect([j.flagged, j.candidate, j.stance]).toEqual([true, 2, 'support']);
  });

  it('agreement with an attack opposes the pair attacked', () => {
    expect(targetLeaning(read(share('Bener iki', 'SUBA durung tau ngurus kota, ojo coba-coba karo Banjarmasin!')))).toEqual({ pair: 2, stance: 'oppose' });
    const j = classifier.classify(share('Bener iki', 'SUBA cuma janji palsu, jangan percaya'));
    expect([j.flagged, j.candidate, j.stance]).toEqual([true, 2, 'oppose']);
  });

  it.each([
    ['Alhamdulillah, lanjut', 'Jadwal pengajian bulan ini di masjid raya'], // the target names no pair
    ['setuju', 'SUBA menghadiri pelantikan pengurus masjid'], // the target does not lean
    ['Alhamdulillah, semoga lancar acaranya', 'SUBA unggul sementara'], // the ASN says more than approval
    ['setuju, pilih Bang Rudi', 'SUBA unggul sementara'], // the ASN names another pair
    ['mantap', 'Bawaslu: SUBA diduga langgar aturan kampanye'], // a report
  ])('"%s" under "%s" takes nothing from the target', (own, target) => {
    expect(targetLeaning(read(comment(own, target)))).toBeUndefined();
  });

  it('not for likes or the pair\'s own account', () => {
    expect(targetLeaning(read(item('', { kind: 'like', target: { author_handle: 'banjar.news', text: 'SUBA unggul sementara' } })))).toBeUndefined();
    expect(targetLeaning(read(comment('mantap', 'Terima kasih warga, kita unggul!', 'suba2024')))).toBeUndefined();
  });
});

describe('colours, gestures and numbers of everyday things', () => {
  it.each([
    'Anak pake baju biru dari tantenya, manis skali 🥰',
    'Anakku entuk jersey nomer 2, bek kiri tim kampung ⚽',
    'Perpustakaan keliling mampir TK, foto bareng murid ✌️✌️',
  ])('"%s" is no evidence', (text) => {
    const r = read(item(text));
    expect(everydayThing(r)).toBe(true);
    expect(hasEvidence(r)).toBe(false);
  });

  it('a dish\'s colour under a cooking post', () => expect(everydayThing(read(comment('merah skali, sa mo datang makan 😂', 'Mama masak ikan kuah merah siang ini', 'nona_dapur')))).toBe(true));
  it('a colour under a match that names no pair', () => expect(everydayThing(read(share('wajib nonton! 🔵', 'Barito vs Persija Sabtu ini, ayo ke stadion', 'barito.fans')))).toBe(true));
  it('a colour with a gesture winks', () => expect(everydayThing(read(item('Masa tenang. Pake baju biru ke gereja, orang senyum2 ✌️')))).toBe(false));
  it('a colour with a call to vote is no everyday thing', () => expect(everydayThing(read(item('Baju biru, pilih yang biru ya')))).toBe(false));
  it('a colour under a debate is not the debate\'s own', () => expect(everydayThing(read(share('wajib nonton! 🔵', 'Debat paslon wali kota malam ini', 'banjar.news')))).toBe(false));
});

describe('asides and orders', () => {
  it('a vote kept secret', () => {
    const r = read(comment('rahasia dong, nanti di bilik 😁', 'Pilih siapa nih?', 'teman_kantor'));
    expect(asideOnly(r)).toBe(true);
    expect(hasEvidence(r)).toBe(false);
  });
  it('trivia about a candidate\'s past', () => expect(hasEvidence(read(item('Baru tau Bang Rudi itu dulu wawali, politik memang dinamis')))).toBe(false));
  it('an order from a namesake seller', () => expect(hasEvidence(read(item('Pesen 2 besek Bang Rudi, kirim nang kantor yo 😋')))).toBe(false));
  it('an aside next to a call is evidence', () => expect(asideOnly(read(item('rahasia, tapi coblos Bang Rudi')))).toBe(false));
});

describe('mockery without attack words', () => {
  it.each(['saiki SUBA kate ngatur kota?', 'Jenderal purnawirawan mo atur Papua Barat Daya?', 'mau dijadikan wali kota?'])('"%s" seeks office mocked', (text) => {
    expect(cues(text)).toContainEqual({ type: 'attack', evidence: SEEKS_OFFICE });
  });
  it.each(['Bang Rudi menang? Ngimpi ae', 'Target terus, realisasine endi?', 'yg dulu duduk di kursi empuk diam ji'])('"%s" attacks', (text) => {
    expect(cues(text).some((c) => c.type === 'attack')).toBe(true);
  });
  it('attack tags #Jangan<ALIAS> and #Bye<ALIAS>, not #JanganLupa...', () => {
    expect(cues('#JanganSUBA #ByeSUBA').filter((c) => c.type === 'attack').length).toBe(2);
    expect(cues('#JanganLupaNyoblos #JanganGolput').some((c) => c.type === 'attack')).toBe(false);
  });
  it('mockery of ambition is an attack', () => {
    const j = classifier.classify(item('Warga sendiri banyak yg ngeluh banjir, saiki Bang Rudi kate ngatur kota? Ngimpi ae 🙄'));
    if (j.flagged) expect(j.stance).toBe('oppose');
  });
});

describe('joy at a pair\'s lead', () => {
  const after = (text: string) => read(item(text, { created_at: '2024-11-28T10:00:00+08:00' }));
  it.each(['Puji Tuhan!! Bang Rudi wali kota pertama dari kampung kita 🙏', 'Hitungan sementara SUBA unggul 🔥 smoga bertahan sampe pleno', 'Alhamdulillah SUBA menang'])('"%s"', (text) => {
    expect(leadCheered(after(text))).toBe(true);
  });
  it('a report of the count is not joy', () => expect(leadCheered(after('Menurut data sementara KPU, SUBA unggul'))).toBe(false));
  it('several pairs named is not one pair\'s joy', () => expect(leadCheered(after('Alhamdulillah, Bang Rudi dan SUBA sama2 unggul di kecamatan masing2'))).toBe(false));
});

describe('a colour matched to one\'s choice, a pair praised as a pair', () => {
  it('"pas skali deng pilihan" winks', () => expect(cues('Tas biru baru, pas skali deng pilihan 😌💙')).toContainEqual({ type: 'symbol', evidence: 'pas sekali deng pilihan' }));
  it('"pasangan yang cocok" supports', () => expect(cues('Bang Rudi deng Bu Sari pasangan yang cocok')).toContainEqual({ type: 'call_to_vote', evidence: 'pasangan yang cocok' }));
  it('"memang layak dilanjut" under a lead is approval only', () => {
    expect(targetLeaning(read(share('Alhamdulillah, memang layak dilanjut 👍', 'Survei: elektabilitas SUBA unggul', 'banjar.news')))).toEqual({ pair: 2, stance: 'support' });
  });
});
