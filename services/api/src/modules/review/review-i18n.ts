import type { FastifyRequest } from 'fastify';
import { NotFoundError } from '@netra/shared';
import { principalOf } from '../../plugins/auth.js';

// Reviewer-facing texts in Bahasa Indonesia (the default) and English.

export type Locale = 'id' | 'en';

/** Accept-Language wins when it names id or en; otherwise the user's own locale. */
export function localeOf(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  if (typeof header === 'string') {
    for (const part of header.split(',')) {
      const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
      if (tag.startsWith('id') || tag.startsWith('in')) return 'id';
      if (tag.startsWith('en')) return 'en';
    }
  }
  return request.principal?.locale ?? 'id';
}

type Messages = Record<string, { id: string; en: string }>;

const MESSAGES = {
  // Errors a reviewer reads.
  flag_not_found: { id: 'Temuan tidak ditemukan', en: 'Flag not found' },
  case_not_found: { id: 'Kasus tidak ditemukan', en: 'Case not found' },
  conflict_of_interest: { id: 'Konflik kepentingan: Anda tidak boleh menelaah ASN dari instansi Anda sendiri', en: 'Conflict of interest: you may not review an ASN of your own agency' },
  claimed_by_other: { id: 'Temuan ini sedang ditelaah oleh penelaah lain', en: 'This flag is being reviewed by another reviewer' },
  not_claimable: { id: 'Temuan ini tidak dapat diambil dalam status {status}', en: 'This flag cannot be claimed in status {status}' },
  own_first_decision: { id: 'Prinsip empat mata: penelaahan kedua harus oleh penelaah lain', en: 'Four eyes: the second review must be done by another reviewer' },
  nothing_to_claim: { id: 'Tidak ada temuan yang dapat diambil', en: 'No flag is available to claim' },
  not_holding: { id: 'Ambil temuan ini terlebih dahulu (atau masa klaim Anda telah berakhir)', en: 'Claim this flag first (or your lease has expired)' },
  not_decidable: { id: 'Temuan dalam status {status} tidak dapat diputuskan', en: 'A flag in status {status} cannot be decided' },
  not_disputed: { id: 'Hanya temuan yang diperselisihkan yang diselesaikan oleh supervisor', en: 'Only a disputed flag is resolved by a supervisor' },
  category_required: { id: 'Kategori pelanggaran wajib diisi untuk konfirmasi', en: 'A violation category is required to confirm' },
  reason_required: { id: 'Kode alasan wajib diisi untuk penolakan', en: 'A reason code is required to dismiss' },
  assignee_invalid: { id: 'Penelaah tujuan tidak valid untuk temuan ini', en: 'The assignee cannot review this flag' },
  invalid_transition: { id: 'Perubahan tahap dari {from} ke {to} tidak diperbolehkan', en: 'A case cannot move from {from} to {to}' },
  supervisor_signoff: { id: 'Tahap {to} harus disahkan oleh supervisor', en: 'Stage {to} must be signed off by a supervisor' },
  authority_unknown: { id: 'Lembaga tujuan eskalasi {code} tidak dikenal atau tidak aktif', en: 'Escalation authority {code} is unknown or inactive' },
  statement_closed: { id: 'Klarifikasi hanya dapat dicatat sebelum kasus diputuskan', en: 'A clarification can only be recorded before the case is decided' },
  extension_used: { id: 'Tenggat tahap ini sudah pernah diperpanjang', en: 'This stage\'s deadline has already been extended' },
  no_deadline: { id: 'Tahap ini tidak memiliki tenggat', en: 'This stage has no deadline' },
  alert_not_found: { id: 'Peringatan tidak ditemukan', en: 'Alert not found' },
  'alert.overdue': { id: 'Kasus melewati tenggat tahap "{stage}" ({due}); mohon ditindaklanjuti', en: 'The case is past the deadline of stage "{stage}" ({due}); please follow up' },
  // Labels.
  'reason.not_asn': { id: 'Bukan ASN', en: 'Not an ASN' },
  'reason.account_not_theirs': { id: 'Akun bukan milik ASN tersebut', en: 'Account is not theirs' },
  'reason.not_partisan': { id: 'Tidak bersifat partisan', en: 'Not partisan' },
  'reason.news_or_information': { id: 'Berita atau informasi', en: 'News or information' },
  'reason.duplicate': { id: 'Duplikat', en: 'Duplicate' },
  'reason.outside_jurisdiction': { id: 'Di luar wilayah kewenangan', en: 'Outside jurisdiction' },
  'reason.other': { id: 'Lainnya', en: 'Other' },
  'category.social_media_campaign': { id: 'Kampanye atau sosialisasi di media sosial', en: 'Campaigning on social media' },
  'category.engagement': { id: 'Menyukai, mengomentari atau membagikan unggahan paslon', en: 'Liking, commenting on or sharing a pair\'s posts' },
  'category.attributes_symbols': { id: 'Atribut, simbol, gestur atau tagar paslon', en: 'A pair\'s attributes, symbols, gestures or hashtags' },
  'category.organising': { id: 'Tim sukses, relawan atau deklarasi', en: 'Campaign team, volunteers or declarations' },
  'category.attacking': { id: 'Menyerang paslon, ujaran kebencian atau hoaks', en: 'Attacking a pair, hate speech or hoaxes' },
  'category.other': { id: 'Lainnya', en: 'Other' },
  'stage.open': { id: 'Dibuka', en: 'Open' },
  'stage.under_review': { id: 'Dalam penelaahan', en: 'Under review' },
  'stage.confirmed': { id: 'Terbukti', en: 'Confirmed' },
  'stage.escalated': { id: 'Diteruskan ke lembaga berwenang', en: 'Escalated' },
  'stage.recommendation_received': { id: 'Rekomendasi diterima', en: 'Recommendation received' },
  'stage.sanction_recorded': { id: 'Sanksi dijatuhkan PPK', en: 'Sanction recorded' },
  'stage.closed': { id: 'Selesai', en: 'Closed' },
  'stage.dismissed': { id: 'Dihentikan', en: 'Dismissed' },
  'zone.green': { id: 'Hijau', en: 'Green' },
  'zone.yellow': { id: 'Kuning', en: 'Yellow' },
  'zone.red': { id: 'Merah', en: 'Red' },
} satisfies Messages;

export type MessageKey = keyof typeof MESSAGES;

export function t(locale: Locale, key: MessageKey, params: Record<string, string> = {}): string {
  const template = MESSAGES[key][locale];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}

/** Every label of a prefix ('reason.', 'category.', 'stage.') as { code, label }. */
export function labels(locale: Locale, prefix: 'reason.' | 'category.' | 'stage.' | 'zone.'): { code: string; label: string }[] {
  return (Object.keys(MESSAGES) as MessageKey[])
    .filter((k) => k.startsWith(prefix))
    .map((k) => ({ code: k.slice(prefix.length), label: MESSAGES[k][locale] }));
}

/** Binds the request's locale: `const tr = translator(request); throw new ConflictError(tr('not_holding'))`. */
export function translator(request: FastifyRequest): (key: MessageKey, params?: Record<string, string>) => string {
  principalOf(request);
  const locale = localeOf(request);
  return (key, params) => t(locale, key, params);
}

/** A NotFoundError whose message is already in the reader's language. */
export class LocalisedNotFoundError extends NotFoundError {
  constructor(message: string) {
    super('Record');
    this.message = message;
  }
}
