// Template family A: used for the train and dev splits. The test split uses templates-test.ts,
// a separately written family, so that test figures measure generalisation to new phrasings.
// Syntax and slots: see slots.ts. One template a line; lines starting with "//" are ignored.

import { type Groups, parseGroups } from './groups.js';
import { withRegional } from './templates-train-regional.js';

export const TRAIN_TEMPLATES: Groups = parseGroups(withRegional({
  // ------------------------------------------------------------ partisan: support posts
  campaign: `
Bismillah, {ht} pilihan kita semua {emo}
Ayo {vote} {num} tgl 27, {nick} pasti amanah
sy sih udah mantap pilih {name} {emo}
{reg} butuh pemimpin seperti {nick}, yuk menangkan {num}!
Pilih {name}, pilih perubahan untuk {reg} {emo2}
Jangan lupa ya tanggal 27 nanti {vote} nomor {w} {kw}
Udah yakin bgt sama {name}, insyaAllah menanggg {emo}
Dari hati paling dalam, {nick} adalah {office} terbaik buat {reg}
{name} nomor {w}, pilihanku pilihanmu juga kan? {emo}
Kerja nyata, bukan janji. {name} {num} {emo}
{inc}Lanjutkan! {nick} dua periode {emo2}
{inc}Sudah terbukti kerjanya, saatnya {nick} lanjut 2 periode {num}
{inc}{full} sudah bangun jalan sampe kampung kami, lanjutkan pak! {kw}
mantul {nick}, kita menangkan {num} {emo}
Yg muda yg berkarya, {name} for {office} {reg} {emo}
keluarga besar kami sepakat pilih {name} 💯
pokoknya {num} harga mati!! {emo}
InsyaAllah {reg} lebih baik bersama {name}. Aamiin {emo}
{nick} orangnya merakyat, sy saksi sendiri. {vote} {num} yaa
Gas terus {nick}!! {ht}
Coblos {pair}, {reg} maju! {emo2}
Besok tgl 27 jgn sampe salah coblos ya gaes, {num} {kw}
Buat yg masih bingung: {name}. Titik. {emo}
semoga {nick} jadi {office} kita, aamiin ya rabbal alamin 🤲
{name} sudah turun ke {place}, peduli sama rakyat kecil. Pilih {num}!
Akhirnya ada calon yg beneran mikirin guru honorer, {nick} {num} {emo}
hayu urang pilih {name} {kw} {emo}
monggo sedulur, {vote} nomer {w} {nick} {emo}
ayo bolo, {name} nomor {w} wae {emo}
Wes pokok e {nick} menang {emo}
{name} {num} paling layak jadi {office}, gak ada lawan
Salam perubahan! {nick} untuk {reg} {emo}
Program {acr} masuk akal semua, ayo dukung {num}
Jgn golput, pilih {pair} {num}
{nick} nomer {w}, siap menangkan di TPS kita!
S|Setuju! {emo}|Program {acr}: seragam sekolah gratis untuk seluruh siswa {reg}.|rel
S|Ayo dukung {nick}|{full} hadir menyapa warga {place}. {ht}|rel
S|{emo2}|Ribuan warga padati kampanye akbar {pair} di lapangan {place}. {vote} {num}!|rel
S|mantap {nick} 👍 lanjutkan!|{full} blusukan ke pasar {place}, dengar keluhan pedagang.|news
S|ini baru calon pemimpin {emo}|Video: {nick} bantu warga korban banjir di {place}|rel
S|share biar makin banyak yg tau, {num}!|Visi misi {pair} untuk {reg} 5 tahun ke depan|rel
S||{acr} {num}! {reg} maju bersama {nick} {ht}|rel
S|yg begini nih yg kita butuhin {emo}|{nick}: pelayanan KTP harus selesai 1 hari|news
C|semoga menang pak {emo}|Debat kedua {pil} {reg}: {full} paparkan program kesehatan gratis|news
C|{nick} paling mantap jawabannya td malam {emo}|Siapa yang menurut kalian unggul di debat {pil} {reg} semalam?|news
C|Sy pilih {num} {kw}|Sudah tentukan pilihan untuk {pil} {reg}? Tulis di kolom komentar!|news
C|{name} the best 💯|Siapa calon {office} favoritmu?|friend
Sudah waktunya {reg} dipimpin {name}. Bismillah {num} {emo}
Kenapa sy pilih {nick}? Karena beliau sudah terbukti peduli sama guru dan nakes
Tanggal 27 nanti ingat: {num}. Jangan salah coblos! {kw}
nomor {w} nomor {w} nomor {w}!!! {nick} {emo}
Mohon doa dan dukungannya untuk {name}, calon {office} {reg} nomor urut {n} 🙏
{nick} itu anak kampung kita sendiri, sudah sepantasnya kita dukung {emo}
Besok jangan lupa ya, coblos yg {col} {gest}
Gak ada yg lebih pantas dari {name}, {vote} {num}!
Kita butuh {office} yg tegas, dan itu {nick}. Setuju?
Pagi2 udah semangat, karena sebentar lagi {reg} punya {office} baru: {name} {emo}
sy ASN tp sy punya hak pilih, dan pilihan sy {nick} {kw}
Doakan {nick} menang ya, amin {emo}
{name} menang, {reg} senang {emo2}
Ayo warga {place}, satukan suara untuk {name}!
Program gratis sekolah dari {acr} itu nyata, bukan janji. Dukung {num}
Pilih {nick}, pilih yg sudah teruji. Nomor {w} ya
{inc}{nick} udah bukti kerja 5 tahun, gak perlu ragu lagi. Lanjutkan!
{inc}Jalan mulus, puskesmas bagus, itu kerja {nick}. Dua periode!
Yuk bantu {nick} menang satu putaran {emo}
jgn lupa coblosss {num} yaaa
Tetangga2 sy udah sepakat semua: {name} {emo}
{vote} {pair}, insyaAllah berkah {emo}
Cuma {nick} yg berani datang ke desa terpencil kayak {place}. Respect {emo}
C|Betul, {nick} yg paling pantas {emo}|Siapa menurutmu calon {office} {reg} paling siap?|friend
C|nomor {w} pokoke|Yg udah nentuin pilihan, tulis nomornya di kolom komen 👇|friend
S|nah ini bukti kerja nyata {nick} {emo}|Pembangunan jalan di {place} rampung, warga berterima kasih kepada {full}|news
S|{num} {num} {num}|Live kampanye akbar {acr} di lapangan {place}|rel
Vote for {acr}, vote for a better {reg} {emo}
Sy mau cerita sedikit. Waktu ibu sy sakit, yg pertama datang nengok itu {nick}, bukan siapa2. Sejak itu sy yakin beliau peduli. Tgl 27 sy {vote} {num}.
Bapak ibu sekalian, pilkada tinggal menghitung hari. Jangan sampai salah pilih. Pilih yg sudah jelas programnya, {name} nomor urut {n}. Terima kasih.
{nick}!!! {nick}!!! {nick}!!! {emo}
Ayo kita buktikan {reg} bisa lebih baik. Caranya? {vote} {num}
Kemarin nonton debat, makin mantap sama {nick}. Jawabannya masuk akal semua
{name}, nomor {w}, titik gak pake koma
Bismillah, semoga Allah mudahkan jalan {nick} menuju kursi {office} {reg} 🤲
{nick} jauh lebih siap dari {onick}, jelas pilih {num}
Jangan {onum}, pilih {num} aja, lebih jelas programnya
Dibanding {oname}, sy lebih percaya {name} {emo}
Pak {dep} wakil yg pas buat {head}, paket komplit {num} {emo}
`,
  // ------------------------------------------------------------ partisan: engagement
  engagement: `
L||Terima kasih warga {place} atas sambutannya yang luar biasa {emo}|off
L||Pagi ini sarapan bareng warga di pasar {place}. Semangat!|off
L||Ayo {vote} {num} tanggal 27 November! {ht}|off
L||Bersama kita wujudkan {reg} yang lebih maju.|off
L||Selamat Hari Guru untuk seluruh guru di {reg} 🙏|off
L||Dialog bersama petani di {place}, kami siap dengarkan aspirasi.|off
L||Terima kasih relawan {acr} yang sudah bekerja siang malam.|off
L||Program unggulan kami: berobat gratis cukup pakai KTP.|off
L||Doakan kami istiqomah mengabdi untuk {reg}.|off
L||Kampanye akbar hari ini di lapangan {place}, sampai jumpa!|off
L||Hujan tidak menghalangi semangat warga {place} 💪|off
L||Sowan ke pondok pesantren di {place}, mohon doa restu para kiai.|off
C|mantap pak {emo}|Terima kasih warga {place} atas sambutannya!|off
C|Semangat {nick}!! {emo}|Hari ini kami menyapa warga {place}.|off
C|sehat selalu pak, sukses ya {emo}|Terima kasih doa dan dukungannya.|off
C|{emo2}|Bersama membangun {reg}, bersama {acr}.|off
C|siap menangkan!|Ayo jaga suara di TPS masing-masing!|off
C|sy dukung pak|Mohon doa restu untuk perjuangan kami.|off
C|dari {place} siap {num} {emo}|Malam ini kami silaturahmi ke {place}.|off
C|InsyaAllah amanah 🤲|Kami akan perjuangkan insentif guru ngaji.|off
C|keren bu/pak, kapan ke kampung kami?|Blusukan ke pasar tradisional pagi ini.|off
C|👍👍|Debat malam ini, saksikan di TV lokal!|off
S||Terima kasih warga {place}!|off
S|{emo}|Program kami untuk {reg}: beasiswa untuk anak petani.|off
S|hadir!|Kampanye akbar {acr} besok di stadion, ajak keluarga!|off
S|Ayo datang|Jalan sehat bersama {nick}, Minggu pagi di alun-alun {reg}.|off
S||{full}: kami siap melayani {reg} sepenuh hati.|off
L||{vote} {num}! {reg} maju bersama {nick} {ht}|rel
L||Relawan {acr} {place} siap menangkan {num}!|rel
L||Foto kampanye akbar {pair} kemarin, luar biasa ramai {emo}|rel
C|mantap {emo}|{ht} {ht} bersama {nick} sampai menang!|rel
C|siap!|Yuk {vote} {num} tanggal 27! {ht}|rel
L||{nick} menyapa warga {place} {ht}|rel
L||Kampanye dialogis di {place}: kami siap membangun irigasi untuk petani.|off
L||Malam ini kami hadir di pengajian akbar {place}.|off
L||Bersama para guru honorer {reg}, kami berjanji memperjuangkan kesejahteraan mereka.|off
L||Jangan lupa nonton debat malam ini ya!|off
L||Terima kasih {place}! {emo}|off
C|hadir pak dari {place} {emo}|Live sekarang dari {place}!|off
C|amin, semoga amanah|Mohon doa restu seluruh warga {reg}.|off
C|semangat terus pak, kami di belakang bapak|Terima kasih atas dukungan warga {place}.|off
C|Bapak hebat!|Silaturahmi bersama tokoh agama di {place}.|off
S|👍🏻|Video profil {full} untuk {reg}.|off
S|ayo tonton|Debat malam ini, saksikan kami berjuang untuk {reg}.|off
L||Bersama warga {place} menanam 1.000 pohon 🌳|off
L||Terima kasih para guru ngaji se-{reg} atas doanya.|off
C|top markotop pak {emo}|Semangat pagi, {reg}!|off
C|sehat terus bu, semangat|Hari ini kami mengunjungi panti asuhan di {place}.|off
S|ikut bangga|Pertemuan dengan tokoh pemuda {place} malam ini.|off
`,
  // ------------------------------------------------------------ partisan: attributes / symbols
  attributes: `
{gest}{gest} {reg} {emo}
{ht}
{ht} {ht}
{htl} {emo}
Pagi yg cerah {gest} {ht}
foto bareng temen2 kantor {gest} {ht}
Baju {col} hari ini, tau lah ya maksudnya {gest}
serba {col} {gest} {emo}
{slogan}! {gest}
{slogan} {emo2}
Kompak pakai kaos {col} {acr} {emo}
Stiker {acr} udah nempel di motor {emo}
{kw}{kw}{kw}
{gest} {kw} {emo}
Salam {jari} {emo}
salam {jari} dr {place} {gest}
Pasang twibbon {acr} yuk, link di bio {gest}
{slogan} {reg} {gest}
Kalender {acr} udah dipasang di ruang tamu {gest}
pagi2 ngopi pake gelas {acr} {emo}
{col} is my colour {gest} {ht}
Satu kata: {slogan} {emo}
Yg {col} yg menang {gest}
Bendera {party} dan {acr} berkibar di depan rumah {emo}
Profile picture baru: twibbon {nick} {num} {emo}
Kumpul keluarga, semua kompak {jari} {gest}
{acr} {kw} {emo}
Hari ini semua pakai {col}, kompak {emo} {ht}
{gest} sampai menang
kaos baru {acr} nih, mantap {emo}
Pagi ini {gest}{gest}{gest} {day} jgn lupa
Pilihanku? {gest} wkwk
jari sy cuma bisa {jari} {gest}
Pasang spanduk {ht} di depan rumah
{ht} {ht} {ht}
Bawa payung {acr} ke kondangan, biar keliatan {emo}
Motor baru ditempel stiker {kw} {emo}
Seragam arisan warna {col}, cocok bgt sama jagoan kita {gest}
{slogan} {kw}
Pake baju {col} sekantor, kebetulan? gak lah {gest} 😁
{slogan}! {ht}
Ganti foto profil pakai bingkai {acr} {kw}
Cuma mau pamer gelang {col} {acr} {emo}
Kaos {party} dipakai ke pasar, {gest} {emo}
Bendera {party} sudah berkibar di depan rumah, siap menangkan {acr} {gest}
`,
  // ------------------------------------------------------------ partisan: organising
  organising: `
Rapat koordinasi relawan {acr} di {place} malam ini, yg mau gabung DM ya
Posko pemenangan {name} di {place} sudah dibuka, mampir ya bapak ibu
Alhamdulillah deklarasi relawan {acr} kecamatan {place} berjalan lancar {emo}
Door to door bareng tim sukses {nick} di {place}, warga antusias {emo}
Butuh saksi TPS untuk {acr}, yg berminat hubungi sy
Hari ini bagi2 sembako bareng relawan {name} di {place} {emo}
Siap jadi relawan {nick}! {num} {emo}
Rekap data pemilih pendukung {acr} per RT sudah masuk 80%, semangat tim!
Kumpulan guru {place} deklarasi dukung {name} {emo}
Tim pemenangan {pair} kecamatan {place} solid! {gest}
Relawan {acr} {place} siap kawal suara sampai TPS {emo}
Koordinator desa {acr} harap kumpul di posko jam 8 malam
Sy ditunjuk jd korcam {acr} {place}, mohon doanya {emo}
Sosialisasi {name} ke majelis taklim {place}, alhamdulillah diterima {emo}
Yg mau kaos {acr} gratis ambil di posko {place} ya
Grup WA relawan {nick} udah 200 org, ayo ajak lagi
Hadir di deklarasi dukungan untuk {name} di {place} {emo}
Jadwal door to door minggu ini: {place}, RT 03 - RT 07. Tim {acr} kumpul jam 7
Bantu sebar brosur {acr} ke tetangga ya, stok di posko {place}
kami PKK {place} siap menangkan {name} {emo}
Pelatihan saksi {pair} hari Sabtu di posko {place}
Konsolidasi tim sukses {nick} se-kecamatan {place} {emo}
Spanduk {acr} udah kami pasang di sepanjang jalan ke {place} {emo}
S|ayo gabung!|Pendaftaran relawan {acr} dibuka, klik link di bio.|rel
S|Siap!|Deklarasi akbar relawan {nick}, Minggu di GOR {reg}.|rel
Malam ini kita rapat di posko {acr}, bahas pembagian wilayah door to door
Siapa yg mau jadi saksi {name} di TPS {rnd}? Ayo daftar
Alhamdulillah warga {place} sudah 150 KK yg komit dukung {acr}
Relawan {nick} siap turun ke {place} besok pagi {emo}
Terima kasih bapak ibu yg sudah hadir di deklarasi relawan {acr} tadi malam {emo}
Sy bagi2 stiker {acr} ke tetangga, alhamdulillah pada mau {emo}
Tim sukses {name} ranting {place} rapat perdana malam ini
S|Ayo bergabung|Relawan {nick} membuka posko baru di {place}.|rel
Kami dari komunitas ojek {place} sepakat jadi relawan {acr}. Siap kawal sampai menang!
Pembentukan tim pemenangan {name} tingkat desa {place}, alhamdulillah semua dusun terwakili
Jadwal sosialisasi {acr} pekan ini: Senin {place}, Rabu pasar, Jumat masjid. Relawan kumpul di posko
`,
  // ------------------------------------------------------------ partisan: attacking (pair known)
  attack: `
Jgn pilih {num}, cuma modal pencitraan
{name} itu cuma janji manis, buktinya nol
ngapain pilih {nick}, dulu aja gak becus
Kalo {name} menang, {reg} mundur 10 tahun. Ingat itu!
Hati2, {nick} katanya mau hapus tunjangan guru (kata orang dalam)
{name} didukung cukong, jangan mau dibodohi
Awas hoax dari kubu {num}, mereka suka fitnah. Jangan pilih!
{nick} jualan agama doang, jgn ketipu
No way {num}!! {emo}
{inc}Lima tahun kemarin {nick} ngapain aja? jalan rusak semua. Cukup satu periode!
{inc}Jangan lanjutkan yg gagal, {name} cukup 1 periode
Ternyata {nick} bawa2 ASN buat kampanye, bener2 gak tau malu
{acr} = Asal Cuma Rebutan kursi 🤣
Katanya {nick} punya utang miliaran, masa mau pilih yg kayak gitu
Siapa pun asal jangan {num}
Gak usah pilih {name}, dia bukan orang sini
Yg pilih {num} berarti siap sengsara lima tahun
paslon {w} cuma boneka partai, kasian {reg}
C|janji doang pak, dulu mana buktinya?|Kami akan bangun jalan mulus sampai ke desa.|off
C|halah pencitraan|Pagi ini sarapan bareng warga di pasar {place}.|off
C|Jangan percaya, {nick} suka bohong|Debat {pil} {reg}: {full} janji gratiskan sekolah|news
S|ini bukti {nick} gak layak 🤮|Beredar video {full} marah-marah ke warga|friend
S|naudzubillah, jgn pilih {num}|Viral: diduga tim {acr} bagi-bagi amplop|friend
{nick} itu gak pernah kerja, taunya cuma foto2
Masa sih mau pilih {name}? Udah jelas2 gagal
kalo {num} menang, sy pindah kabupaten aja deh 🙄
Jangan tertipu senyum {nick}, ingat kasus proyek jalan
{name} itu calon boneka, jangan sampai {reg} dikendalikan orang luar
Hoax? Bukan, ini fakta: {nick} gak bisa ngaji. Jangan pilih!
{num} no, no, no! {emo}
Stop {nick}! Stop dinasti!
C|wkwk pencitraan terus pak|Kami hadir di tengah banjir {place} membawa bantuan.|off
Lihat tuh baliho {nick} dimana-mana, duitnya dari mana coba? Jangan dipilih
{name} pernah bilang guru honorer gak penting. Masih mau pilih?
Pokoknya asal bukan {num}, siapa aja boleh
`,
  // ------------------------------------------------------------ partisan: attacking (pair unclear)
  attack_null: `
Jgn pilih yg cuma modal baliho dan pencitraan!
Calon yg suka bagi2 amplop, jangan dipilih. Kalian tau siapa
Yg dulu pernah korupsi masih berani nyalon? malu dong
Jgn pilih calon yg bawa2 dukun ke TPS 🤣
Awas calon bermuka dua, sok dekat rakyat kalo mau pemilu aja
Ada paslon yg janjinya gak masuk akal, jgn sampe ketipu
Pilkada ini jangan pilih yg dibekingi oligarki ya warga {reg}
Paslon yg satu itu anak pejabat, dinasti politik, jangan pilih
Calon yg gak bisa jawab pertanyaan debat gimana mau mimpin {reg} 🤦
Pilih yg bener ya, jangan yg cuma bisa bagi kaos
Jangan pilih calon pembohong, cukup lima tahun kemarin kita dibohongi
Kalo calonnya gak bisa kerja, jangan dipilih. Kalian paham kan maksud sy 😏
Jangan pilih yg cuma muncul pas mau pemilu doang
Calon yg hobinya janji2 doang mending pulang kampung aja
Jangan kasih suara ke calon yg dulu tersangkut kasus, malu {reg}
Pemimpin kok hobi pencitraan, gak usah dipilih ya
Ingat, calon yg sekarang sok baik itu dulu pernah nyakitin guru honorer
Jgn pilih yg bagi2 sembako pas kampanye doang
`,
  // ------------------------------------------------------------ NOT partisan: neutrality campaigns that name pairs
  neg_neutral: `
ASN wajib netral! Jangan like, komen, dan share konten paslon {allnums}
Pengingat untuk rekan2 ASN {reg}: dilarang foto dengan paslon dan pose jari {n} atau jari apapun
Netralitas ASN harga mati. Siapa pun paslonnya, baik {allnums}, kita tetap netral {emo}
ASN {inst} berkomitmen netral dalam {pil} {reg} 2024 {emo}
Hindari pose {gest} saat foto bersama ya rekan ASN, bisa dianggap dukungan ke paslon
Ingat: ASN yg like/share postingan {name} atau paslon lain bisa kena sanksi disiplin
Apel netralitas ASN pagi ini di halaman kantor bupati {reg}
Kami ASN {inst} menandatangani pakta integritas netralitas {pil} 2024
Jangan pakai atribut paslon mana pun, baik {allnums}. ASN netral!
Sosialisasi netralitas ASN oleh Bawaslu {reg}: dilarang hadir di kampanye {name} maupun paslon lain
Rekan ASN, kaos {col} dr paslon jangan dipakai ke kantor ya, biar gak salah paham
Tolong ya jangan masukin sy ke grup WA relawan paslon mana pun, sy ASN harus netral 🙏
Kalo ada yg share konten paslon {num} atau paslon lain di grup kantor, mohon dihapus, kita ASN
S|Mohon rekan2 perhatikan|ASN dilarang memberikan like, komentar, share terhadap akun paslon {allnums}.|bawaslu
S|penting!|Bentuk pelanggaran netralitas ASN: foto bersama paslon, simbol jari, atribut kampanye.|bawaslu
S||Surat Edaran: ASN dilarang terlibat kampanye {pil} {reg} 2024.|pemda
Sosialisasi netralitas ASN di kecamatan {place}: jangan pasang foto paslon sebagai foto profil
Kami ingatkan seluruh guru di {reg}: dilarang mengajak murid/wali murid mendukung paslon {allnums}
Netral itu bukan pilihan, tapi kewajiban ASN {emo}
Jangan sampai ASN ikut grup WA tim sukses, walaupun cuma jadi anggota pasif
ASN boleh datang ke TPS, tapi jangan pose jari di depan kamera setelah nyoblos ya
Baca lagi SKB netralitas ASN: like dan share postingan paslon termasuk pelanggaran
Bapak/ibu guru, mohon tidak membahas pilihan paslon {allnums} di depan murid
Hormati pilihan masing-masing, tapi ingat kita ASN: jangan tampilkan dukungan di medsos
Tahun politik, mari jaga jempol. ASN dilarang komentar di akun paslon {allnums}
Hasil rapat dinas: semua pegawai wajib netral, tidak ikut kampanye {name} maupun paslon lainnya
ASN bukan tim sukses. Jangan ikut grup relawan paslon mana pun {emo}
Sy hapus semua postingan yg ada foto paslon, takut dianggap tidak netral. Rekan2 juga ya
Materi sosialisasi netralitas: contoh pelanggaran = pose {jari}, kaos paslon, like akun paslon
Mau {name} atau {oname}, kita ASN tetap netral dan melayani semua warga
`,
  // ------------------------------------------------------------ NOT partisan: KPU / Bawaslu information
  neg_info: `
KPU {reg} menetapkan nomor urut paslon {pil} 2024: {allpairs}
Hasil pengundian nomor urut {pil} {reg}: {allpairs}
Jadwal debat publik {pil} {reg}: debat pertama tgl 16 Oktober, kedua 30 Oktober, ketiga 13 November
Masa kampanye {pil} {reg} 25 September - 23 November, masa tenang 24-26 November, pencoblosan 27 November
Info TPS: DPT bisa dicek di cekdptonline.kpu.go.id. Ada {npairs} paslon di {pil} {reg}
Debat kedua {pil} {reg} malam ini pukul 19.00, disiarkan langsung TV lokal. Semua paslon hadir
KPU {reg}: surat suara {pil} memuat {npairs} paslon, urutan dari kiri nomor 1
Simulasi pemungutan suara di TPS 02 {place}, surat suara contoh paslon {allnums}
Rekapitulasi tingkat kecamatan {place}: paslon {n} memperoleh 1.204 suara (data sementara)
S|info buat warga|KPU {reg} membuka pendaftaran KPPS untuk {pil} 2024.|kpu
S||Ayo cek nama kamu di DPT! {pil} {reg} 27 November 2024.|kpu
S|Catat tanggalnya|Debat publik perdana {pil} {reg} antar {npairs} paslon.|kpu
L||Pengumuman: penetapan paslon {pil} {reg} 2024.|kpu
Rapat pleno terbuka penetapan nomor urut paslon {pil} {reg}, {npairs} pasangan calon resmi jadi peserta
Pemungutan suara {pil} {reg} tanggal 27 November 2024 pukul 07.00-13.00
Tata cara mencoblos: surat suara dibuka, coblos salah satu foto paslon, lalu dilipat kembali
KPU {reg} tetapkan {npairs} paslon memenuhi syarat: {allpairs}
Live streaming debat {pil} {reg} bisa ditonton di kanal YouTube KPU {reg}
Pengundian nomor urut sudah selesai: {allpairs}. Selamat berkompetisi secara sehat
Daftar lokasi TPS di kecamatan {place} sudah ditempel di kantor desa
KPU {reg} gelar bimtek KPPS untuk {pil} 2024 di aula {inst}
Hari ini pelipatan surat suara {pil} {reg}, ada {npairs} paslon di surat suara
Batas akhir pelaporan dana kampanye paslon {allnums} tanggal 24 September
`,
  // ------------------------------------------------------------ NOT partisan: news
  neg_news: `
Berita hari ini: {full} mendaftar ke KPU {reg} diantar ratusan pendukung
{name} kampanye di {place}, lalu lintas sempat macet
Debat semalam, {nick} dan paslon lain saling adu program soal banjir
Menurut survei lembaga X, elektabilitas paslon di {pil} {reg} masih ketat
Paslon {num} resmi didukung {party}, menurut berita tadi pagi
Wartawan melaporkan: {full} menjalani tes kesehatan di RSUD {reg}
Bawaslu {reg} memanggil tim kampanye {acr} soal baliho di fasilitas umum
S|Info|{full} dan {ohead} hadiri debat kedua {pil} {reg}|news
S||Paslon nomor urut {n} kampanye dialogis di {place}|news
S|semoga pilkada damai|Ketiga paslon {pil} {reg} sepakat kampanye damai|news
C|Semoga pilkada aman dan damai 🙏|{full} kampanye di {place} hari ini|news
C|lancar semua semoga|Paslon {num} hadiri deklarasi kampanye damai|news
{full} menyampaikan visi misi di depan anggota DPRD, menurut siaran pers KPU
Sidang sengketa pilkada {reg} digelar di MK, kuasa hukum {acr} hadir
Paslon {num} menggelar kampanye terbatas di {place}, kata panwascam aman terkendali
Presiden Prabowo lantik kabinet Merah Putih, semoga amanah {emo}
S|Berita|{name} melaporkan harta kekayaan ke KPK|news
Hasil survei terbaru: selisih elektabilitas paslon di {pil} {reg} tipis, kata peneliti
{full} menjalani pemeriksaan kesehatan, salah satu syarat pencalonan, menurut berita
Paslon {num} menyerahkan visi misi ke KPU {reg}, menurut siaran berita sore
{acr} dan pasangan lain ikut pengundian nomor urut di hotel {place}
Ramai di medsos, video {nick} joget di panggung kampanye. Warganet beragam tanggapannya
Pengamat: debat {pil} {reg} kurang menyentuh isu lingkungan
Menurut kalian {nick} atau {onick} yg lebih siap? Penasaran aja, sy sih netral
Debat {pil} {reg}: {name} bahas pendidikan, {oname} bahas infrastruktur
`,
  // ------------------------------------------------------------ NOT partisan: reminders to vote
  neg_reminder: `
Jangan lupa {day} datang ke TPS ya. Pilih sesuai hati nurani, siapa pun pilihanmu {emo}
Ayo gunakan hak pilih, jangan golput! Rahasiakan pilihanmu {emo}
Satu suara menentukan masa depan {reg}. Datang ke TPS {day}
Pilih yg menurutmu terbaik, jangan karena uang. Tolak politik uang! {emo}
Besok libur nasional pilkada, yuk nyoblos dulu baru liburan {emo}
Beda pilihan itu biasa, jangan sampai putus silaturahmi {emo}
Undangan memilih (C6) sudah dibagikan, cek lagi ya di rumah
Pilkada damai, {reg} sejuk. Siapa pun pemenangnya kita tetap saudara {emo}
Sudah nyoblos? Tunjukkan jari ungu kamu! {emo}
jari udah ungu, udah nyoblos, rahasia dong pilih siapa 🤫
Siapa pun pilihan kalian, yg penting datang ke TPS. Jangan golput {emo}
Jaga persatuan, jangan saling hujat hanya karena beda pilihan di {pil}
Ayo jadi pemilih cerdas: kenali semua paslon, baca visi misinya, lalu tentukan sendiri
Jangan lupa bawa KTP dan C6 ke TPS besok
Yuk jaga TPS kita bersama, awasi politik uang {emo}
Pilihlah pemimpin yg menurut kalian terbaik. Sy netral ya, hehe
`,
  // ------------------------------------------------------------ NOT partisan: reports of violations
  neg_report: `
Lapor: ada ASN pasang stiker {acr} di mobil dinas. Sudah kami teruskan ke Bawaslu {reg}
Sy lihat baliho paslon {num} dipasang di pagar sekolah, sdh dilaporkan ke panwascam {place}
Mohon Bawaslu cek, ada kepala desa di {place} ikut kampanye paslon
Warga melaporkan dugaan politik uang di {place}. Tolong diusut siapa pun paslonnya
Aduan masyarakat: ada oknum ASN pose {gest} bareng paslon di acara kampanye
Temuan Panwascam {place}: 3 ASN hadir di kampanye {name}, direkomendasikan ke KASN
Hari ini kami menerima laporan video camat yang mengarahkan warga memilih paslon tertentu
Bawaslu {reg} menindaklanjuti laporan soal ASN yg share postingan {name}
S|tolong ditindak|Diduga lurah di {place} ikut kampanye paslon {n}|news
Ada spanduk paslon {num} dipasang di pohon depan {inst}, sudah sy foto dan lapor ke Panwascam
Bawaslu, tolong cek grup WA guru di {place}, ada yg sebar ajakan pilih paslon tertentu
Sy sudah teruskan aduan warga soal ASN yg pasang twibbon paslon ke Bawaslu {reg}
Panwascam {place} menemukan APK paslon di gedung sekolah, langsung ditertibkan
Kami menerima aduan ada kepala sekolah mengarahkan guru pilih paslon {num}, sedang diproses
`,
  // ------------------------------------------------------------ NOT partisan: incumbent's official duties (before campaign leave)
  neg_duty: `
{inc}{office} {full} meresmikan jembatan {place} pagi ini bersama jajaran OPD
{inc}Rapat koordinasi penanganan stunting dipimpin {office} {full} di aula kantor
{inc}Upacara HUT RI ke-79 di alun-alun {reg}, inspektur upacara {office} {full}
{inc}Pak {office} {head} menyerahkan bantuan alsintan kepada kelompok tani {place}
{inc}Kunjungan kerja {office} {reg} ke {inst} hari ini, semoga pelayanan makin baik
{inc}Pelantikan pejabat administrator oleh {office} {full} di pendopo
S|{inc}Dokumentasi kegiatan|{office} {full} membuka MTQ tingkat kabupaten di {place}.|pemda
L||{inc}{office} {reg} menerima penghargaan WTP dari BPK.|pemda
{inc}Safari Jumat {office} {full} di masjid {place} bersama jajaran OPD
{inc}{office} {full} meninjau pelaksanaan imunisasi di puskesmas {place}
{inc}{office} {full} melepas kontingen {reg} ke Porprov
{inc}Penandatanganan MoU {office} {reg} dengan universitas negeri, dihadiri {full}
{inc}{office} {head} menyerahkan bantuan rumah layak huni kepada warga {place}
`,
  // ------------------------------------------------------------ NOT partisan: numbers that are not ballot numbers
  neg_num: `
Foto bersama tim, sy yg nomor {n} dari kiri
Rapat di lantai {n} ruang Cendana, jangan telat ya
kamar no {n} masih kosong gak ya buat tamu dinas?
Alhamdulillah anak sy juara {n} lomba pidato tingkat kecamatan {emo}
Antrean nomor {rnd}{n} di Disdukcapil, lama bgt 😩
Skor akhir {score}, mainnya bagus bgt timnas {emo}
Harga cabe sekarang {price} sekilo, mahal bgt
Tgl {n} nanti ada rapat evaluasi kinerja di {inst}
Kelas {n}B menang lomba kebersihan {emo}
{kw} beli kertas A4, {kw} fotocopy dokumen SPJ, selesai deh hari ini
Nomor urut {n} lomba 17an, anak sy dapat giliran pertama
Bus jurusan {place} berangkat dari jalur {n}
Tim voli kantor menang {score} lawan {inst} {emo}
Paket {n} lebih hemat, dapat nasi + ayam + es teh
jalan tol lajur {n} ditutup, macet parah
Rumus cepat: {n} x {rnd} = ... ada yg bisa jawab?
Hari ke-{n} diklat PIM, capek tp seru
Gol nomor {rnd} dicetak pemain nomor punggung {n}, keren bgt {emo}
Pintu {n} stadion dibuka jam 3 sore
Lantai {n} RSUD sedang renovasi, pasien dipindah sementara
Rapat dimulai jam 2 siang di ruang rapat lantai {n}, mohon hadir tepat waktu
Anak kedua sy lahir hari ini, alhamdulillah {emo}
Cuti tahunan tinggal {n} hari lagi 😭
Satu, dua, tiga... foto! {emo}
Angkatan ke-{n}{rnd} latsar CPNS, semangat adik2 {emo}
Makan siang di warung no {n} blok C pasar {place}
Kirim berkas ke meja {n}, jangan ke meja 1
Tim sepak bola kantor kalah {score}, gapapa yg penting sehat
Tgl {n} Desember jadwal vaksin anak di posyandu
Anakku loro-lorone wis sekolah kabeh, alhamdulillah {emo}
Telu dino maneh gajian, sabar yo {emo}
Tilu poé deui libur panjang, asik {emo}
`,
  // ------------------------------------------------------------ NOT partisan: names that collide
  neg_name: `
Nonton ulang final Rudi Hartono lawan Svend Pri, legenda bulu tangkis {emo}
Macet di Jl. Ahmad Yani arah {place}, hindari ya
Kantor pindah ke Jl. Sudirman no. {n}, sebelah bank
Selamat ulang tahun Pak {head}, rekan kerja kami di {inst} {emo}
Turut berduka cita atas wafatnya bapak {head}, tetangga kami di {place} 🤲
Anak sy namanya {head}, hari ini wisuda TK {emo}
Pak {head} tukang tambal ban dekat kantor memang paling jago
Rumah makan Pak {head} di {place}, sotonya juara {emo}
Ketemu teman SMA namanya juga {head}, kangen bgt
Jl. {head} ditutup sementara krn ada perbaikan drainase
Taufik Hidayat dan Susi Susanti, legenda bulu tangkis Indonesia {emo}
Bambang Pamungkas mencetak gol di laga amal {emo}
Si Doel anak sekolahan tayang ulang, nostalgia {emo}
Mas {head} kurir paket langganan kantor, ramah bgt orangnya
SDN {head} {place} juara lomba sekolah sehat
Pelatih baru timnas namanya mirip tetangga sy, Pak {head} hehe
Ada yg kenal {full}? Ini dompetnya ketemu di parkiran {inst}
Kantor Pos di Jl. Imam Bonjol tutup lebih awal hari ini
Pertandingan legenda bulu tangkis: Rudi Hartono, Liem Swie King, dan Icuk Sugiarto hadir di {reg}
Jalan Ahmad Yani depan kantor dicor ulang, hati2 lewat
Atlet voli {head} {rnd} kali jadi MVP, bangga sama anak daerah {emo}
Pebulu tangkis muda bernama {head} lolos ke semifinal kejurnas {emo}
Rumah makan di Jl. {head} no {n} enak dan murah
`,
  // ------------------------------------------------------------ NOT partisan: colours, fashion, food
  neg_color: `
Seragam batik baru warna {col}, bagus ya {emo}
Langit sore warna oranye di pantai, cakep bgt
Jeruk {place} lagi panen, oranye semua kebunnya {emo}
Dress code acara nikahan sepupu: serba merah {emo}
Cat rumah baru warna biru muda, adem {emo}
Baju lebaran keluarga tahun ini hijau tosca {emo}
Sambal merah vs sambal ijo, tim mana nih? 🌶️
Kucing oranye sy hilang di sekitar {place}, mohon infonya 🙏
Hari Jumat pakai baju putih, aturan kantor
Bunga kertas ungu di halaman kantor lagi mekar {emo}
Jersey kuning timnas baru, keren {emo}
Pink is the new black, jilbab pink baru datang {emo}
Anak2 TK pakai baju adat, warna-warni lucu bgt {emo}
Nasi kuning buat syukuran kantor {emo}
Hari ini dress code kantor hitam putih, rapat dengan gubernur
Beli sepatu warna {col} buat anak, lucu {emo}
Kaos {col} dari panitia jalan sehat HUT kantor, adem bahannya
Pakai batik ungu hari Kamis, aturan pemda
`,
  // ------------------------------------------------------------ NOT partisan: slogans / party words in other senses
  neg_word: `
Lanjutkan kinerja yang baik rekan-rekan {inst}, target realisasi anggaran tercapai {emo}
{reg} menyala di malam tahun baru, kembang api meriah {emo}
Semangat kerja, tim {inst} menyala 🔥
Pesta pernikahan adik sy minggu depan, mohon doanya {emo}
Materi PKn hari ini: sistem pemerintahan demokrat(is) dan kedaulatan rakyat
Pantang mundur, maju terus UMKM {reg}! {emo}
Bangkit dari sakit, alhamdulillah sudah bisa ngantor lagi {emo}
Juara umum lomba kebersihan antar OPD, {inst} hebat! {emo}
Perubahan jadwal pelayanan Disdukcapil, buka sampai jam 3
Golongan darah sy O, ada yg butuh donor? {emo}
Banteng lepas di pasar {place}, warga panik 🐂
Mantap jiwa, pelayanan publik {inst} makin cepat {emo}
Wah bersatu kita teguh, bercerai kita runtuh, kata guru PKn dulu
Kerja nyata itu kerja ikhlas, bukan kerja cari pujian
Pohon beringin di alun-alun {reg} ditebang, sayang banget
Selamat HUT ke-{rnd}0 {reg}, semoga makin maju dan sejahtera {emo}
Semoga {reg} selalu aman, damai, dan bahagia {emo}
Kerja keras tidak akan mengkhianati hasil, lanjutkan perjuangan adik2 CPNS
Menyala abangku, tim futsal kantor juara turnamen {emo}
Maju terus pantang mundur, tim lomba cerdas cermat {inst} semangat!
Semoga pesta rakyat 17 Agustus di {place} tahun ini lebih meriah
Bersama kita bisa, kata tim relawan donor darah PMI {reg} {emo}
Beli bawang partai besar di pasar induk lebih murah
Matahari terbit di {place} pagi ini indah sekali {emo}
Garuda di dadaku, timnas menang lagi {emo}
Bulan dan bintang malam ini terang sekali di langit {place}
`,
  // ------------------------------------------------------------ NOT partisan: V sign / fingers in ordinary photos
  neg_gesture: `
Foto keluarga lebaran ✌️✌️ seru!
Wisuda anak pertama ✌️ {emo}
Selfie dulu sebelum rapat ✌🏻😁
Liburan ke pantai sama anak2 ✌️🏖️
Angkatan 2009 reuni ✌️ kangen masa SMA
Ulang tahun ke-{n}, makasih doanya semua ☝️🙏
Tauhid itu satu ☝️ Allahu Ahad
Menang lomba makan kerupuk ✌️😂
Tunangan adik sy hari ini ✌️💍
Nonton konser sama teman2 kantor ✌️🎶
Resepsi pernikahan sepupu, semua foto pake ✌️ 👰
Anak2 TK latihan menari, gaya ✌️ semua lucu
Foto buka bersama alumni ✌️☝️
Nonton konser dangdut bareng tetangga ✌️
`,
  // ------------------------------------------------------------ NOT partisan: neutral engagement
  neg_engage: `
L||ASN dilarang foto bersama paslon dan menunjukkan simbol jari.|bawaslu
L||Yuk awasi bersama Pilkada {reg} 2024!|bawaslu
L||Jadwal pelayanan Disdukcapil selama libur pilkada.|pemda
L||Selamat ulang tahun yang ke-{rnd}0 kabupaten kita!|pemda
L||Foto wisuda anakku ✌️|friend
L||Debat {pil} {reg} malam ini, semua paslon hadir.|news
C|Siap laksanakan 🙏|ASN wajib netral dalam Pilkada 2024.|bawaslu
C|hadir|Sosialisasi tahapan {pil} {reg} di kecamatan {place}.|kpu
C|Selamat ya!|Alhamdulillah hari ini resmi wisuda S2 🎓|friend
C|siap netral!|Pakta integritas netralitas ASN {reg}.|pemda
C|Aamiin|Semoga pilkada {reg} berjalan aman dan damai.|friend
S|share ke grup|Lowongan PPPK 2024 {reg} dibuka.|pemda
S||Kenali tanda-tanda DBD dan cara pencegahannya.|pemda
L||Tips menjaga kesehatan saat musim hujan.|pemda
C|Amin ya rabbal alamin|Doa untuk korban banjir di {place} 🙏|friend
S|cek DPT ya rekan2|Cek DPT online untuk {pil} {reg}.|kpu
L||Atlet kebanggaan {reg} raih medali emas PON {emo}|pemda
C|Selamat!|Tim paduan suara {inst} juara {n} tingkat provinsi|friend
L||Selamat Hari Pahlawan 10 November 🇮🇩|pemda
C|info yg bermanfaat 🙏|Cara lapor pelanggaran pemilu lewat aplikasi Sigap Lapor.|bawaslu
`,
  // ------------------------------------------------------------ NOT partisan: religious text
  neg_religious: `
QS Al-Baqarah ayat 2: kitab Al-Qur'an ini tidak ada keraguan padanya
Rukun Islam ada 5, rukun iman ada 6 {emo}
Kultum hari ke-{n}: ikhlas dalam bekerja adalah ibadah
Jumat berkah, perbanyak sholawat {emo}
Mazmur 23:1 Tuhan adalah gembalaku, takkan kekurangan aku 🙏
Sholat tahajud 2 rakaat lebih baik dari dunia dan isinya
Bismillah, semoga hari ini penuh berkah untuk kita semua {emo}
Bulan Rabiul Awal, perbanyak sholawat untuk Nabi {emo}
Allah itu satu, Muhammad utusan Allah ☝️
Ramadhan tinggal {n} bulan lagi, persiapkan diri {emo}
Khotbah Jumat tadi tentang amanah dalam bekerja
Doa pagi: Ya Allah mudahkan urusan kami hari ini 🤲
`,
  // ------------------------------------------------------------ NOT partisan: everyday
  neg_everyday: `
Hujan deras di {place}, hati2 di jalan ya {emo}
Sarapan nasi uduk dulu sebelum ngantor {emo}
Alhamdulillah SPJ selesai juga {emo}
Mohon doanya, ibu sy sedang dirawat di RSUD {reg} 🤲
Kopi pagi + laporan bulanan = semangat {emo}
Anak2 libur sekolah, bingung mau ajak ke mana
Ada yg jual beras murah di sekitar {place}?
Selamat hari guru untuk semua guru hebat di {reg} {emo}
Gotong royong bersihkan selokan RT 05 {place} {emo}
Pelatihan SKD CPNS gratis untuk warga {place}, info di kantor desa
Vaksin anak di posyandu {place} hari Sabtu
Mati lampu lagi, pls PLN 😩
Kangen masakan ibu di kampung {emo}
Besok apel pagi jam 7, jangan telat
Motor mogok di tengah jalan, untung ada bengkel dekat {place}
Info lowongan kerja di {place}, tolong share
Lagi belajar bikin kue bolu, lumayan hasilnya {emo}
Sore ini ngabuburit di taman kota {reg}
Liburan ke air terjun di {place}, airnya seger bgt
Rekap absensi bulan ini sudah diupload ya rekan2
Antre BBM panjang bgt di SPBU {place}
Rapat evaluasi program kerja triwulan IV hari ini di {inst}
Ada yg mau ikut senam sehat jumat pagi di halaman kantor?
Sy titip doa untuk anak sy yg ujian hari ini 🙏
Internet kantor lemot lagi 😩
Jam segini masih di kantor, nunggu tanda tangan kepala dinas
Ada yg punya resep sambal matah? {emo}
Alhamdulillah hari ini ada syukuran naik pangkat teman sekantor {emo}
`,
}));

/** Own words an ASN adds when re-sharing someone's post (family A). "" = shared without words. */
export const TRAIN_SHARE_WORDS = {
  agree: ['', '', 'Setuju', 'mantap', '💯', 'nah ini', 'bener bgt', '👍👍', 'sepakat', 'ini dia', 'setujuuu', '🔥'],
  neutral: ['', '', 'info', 'noted', '🙏', 'repost', 'sekadar info', 'share ya', 'penting', 'cc rekan2'],
};
