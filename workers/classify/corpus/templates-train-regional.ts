// Family A, second part: regional-language flavours (Javanese, Sundanese, Madurese, Manado,
// Minang, Banjar, Betawi, Balinese, Makassar), slang, subtle and sarcastic posts, and more hard
// negatives whose words collide with campaign vocabulary (organising words in other senses,
// number words in regional languages, colours and names in ordinary use). Written to widen
// train/dev; merged with templates-train.ts group by group. Same syntax (see slots.ts); {wr} is a
// number word in a regional language (Madurese, Balinese, Bugis, Minang).

import type { GroupName } from './groups.js';

export const REGIONAL_BLOCKS: Partial<Record<GroupName, string>> = {
  campaign: `
{nick} paling jelas jawabannya tadi malam, lanjut! {emo}
{nick} paling paham daerah ini, yang lain belajar dulu {emo}
Cuma {nick} yg ngerti masalah {place}, yg lain masih belajar
{acr} paling masuk akal programnya, lanjut terus {emo}
{nick} paliang mangarati nagari ko, nan lain baraja dulu lah {emo}
{nick} paling tau {reg}, sudah jelas {emo}
Jawaban {nick} paling mantap pas debat, mantap lanjut {emo}
{nick} memang beda, paling siap pimpin {reg} {emo}
Torang pe {nick} paling paham kampung, yang lain belum apa-apa {emo}
{nick} paling ngerti petani, sing liyane durung {emo}
Lah pokoke {nick} wae, liyane ora {emo}
Ojo lali tanggal 27 nyoblos nomer {w} yo lur {kw}
Wis mantep karo {name}, ra iso ditawar {emo}
Sedulur kabeh, ayo menangke {acr} {emo}
Kang {head} mah geus kabukti, urang pilih deui {num} {emo}
Hayu dulur, tanggal 27 urang coblos nomer {w} {emo}
Abdi mah tetep {nick}, moal ngalieuk ka nu sanes {emo}
Mun hoyong {reg} maju, pilih {name} {emo}
Pele {name} yee, nomer {wr} {emo}
Tang pele {nick}, se laen tak usah {emo}
Torang so pasti pilih {name}, nyanda ragu {emo}
Kita pe pilihan so jelas: {nick} nomor {n}! {emo}
Awak ko pilih {name}, ndak ado nan labiah rancak {emo}
Ulun pilih {nick} haja, {reg} pasti maju {emo}
Kada usah bingung, coblos {num} haja {emo}
Aye mah udeh pasti {nick}, kagak ada lawan {emo}
Tiang milih {name}, {reg} pasti becik {emo}
Pilih {nick} ki nah, nomor {n} {emo}
Ayo mi pilih {name}, sudah jelas kerjanya {emo}
Sapa lagi kalo bukan {nick}? {num} aja gaes {emo}
gw sih {nick} ya, yg lain lewat 😎
sorry ya temen2, tp tahun ini aku {acr} garis keras {emo}
Nggak perlu banyak kata, {num} {kw}
bismillah, {pair} aja udh {emo}
{nick} kereeen bgt td pas debat, fix pilih dia
Nomor {wr}, {nick} paling cocok untuk {reg} {emo}
{inc}Lima taun kerja nyata, wis cetho. Lanjut {nick}! {emo}
{inc}Sing wis terbukti ojo diganti, {name} lanjut periode kedua {emo}
{inc}Urang teruskeun pangwangunan, {nick} dua periode {emo}
{inc}5 tahun lagi buat {nick}, biar programnya tuntas {emo}
Sy bukan siapa2, cuma warga biasa yg pengen {reg} lebih baik. Makanya sy pilih {name} {emo}
Udah liat visi misi semua calon, yg paling masuk akal ya {acr}. Bismillah {num}
Program {nick} soal guru honorer itu yg paling realistis, semoga menang {emo}
{reg} harus dipimpin orang yg ngerti lapangan kayak {nick}. Gak ada pilihan lain
Yakin dan percaya, {acr} menang {emo2}
Tanggal 27 kita buktikan, {num} menang di TPS kita {emo}
S|ini dia pemimpin yg kita tunggu {emo}|{nick} janji bangun puskesmas di tiap kecamatan|rel
S|bener bgt kata beliau|Kata {nick}: guru honorer harus diangkat bertahap|news
S|mantul {emo}|{pair} unggul di survei terbaru, warga {place} makin yakin|rel
C|pilihan terbaik {emo}|{full} resmi daftar ke KPU {reg}|news
C|wis pokok e {num} {emo}|Siapa jagoan kalian di {pil} {reg}?|news
C|aamiin, semoga menang pak {emo}|{full} minta doa restu ulama di {place}|news
C|mantap, lanjutkan {emo}|{inc}{full} pamit cuti kampanye, titip program ke Pj|news
C|fix {num}|Gimana menurut kalian debat semalam?|friend
{col} so pas, tgl 27 jang lupa nomor {n} {gest}
coblos nomor {n} {acr} {gest}
Pake baju {col} ke TPS, coblos {num} {gest}
Ingat tgl 27 nyoblos nomer {w} {kw}, sing {col} {emo}
{gest} pilih {nick} nomor {n}, jangan salah pilih ya
Kaos {col} wis siap, tanggal 27 coblosen nomer {w} {gest}
{inc}{office} yang sekarang sudah terbukti, lanjutkan dua periode {emo}
{inc}Petahana kerjanya nyata, pilih lagi {nick} {emo}
{inc}Gas lagi {nick}, periode kedua biar tuntas {emo}
Siapa lagi yg bisa bangun {reg} kalau bukan {nick} {emo}
Pilih lagi {nick} tgl 27, kerjanya sudah kebukti {emo}
`,
  engagement: `
L||Salam hangat dari {place} untuk seluruh warga {reg} {emo}|off
L||Alhamdulillah, hari ini silaturahmi dengan para nelayan.|off
L||Sampurasun warga {place}! Hatur nuhun sambutanana.|off
L||Matur suwun warga {place}, sampun nampi kami kanthi sae.|off
L||Selamat pagi {reg}! Semoga hari ini penuh berkah.|off
L||Live malam ini jam 8, jangan lewatkan!|off
L||Nonton bareng timnas bersama warga {place} ⚽|off
C|sehat2 trus pak {emo}|Selamat pagi warga {reg}!|off
C|hadir dari {place} pak, kami siap|Siapa yang hadir malam ini?|off
C|❤️❤️❤️|Terima kasih untuk semua doa dan dukungan.|off
C|hatur nuhun kang, sukses|Sampurasun! Wilujeng enjing.|off
C|matur nuwun pak, sehat selalu|Sugeng enjang sedulur kabeh.|off
C|kapan ke kantor kami pak? 😁|Hari ini kami berdiskusi dengan para guru.|off
S|{emo}|Selamat hari jadi {reg}, mari terus membangun bersama.|off
S||Kampanye dialogis malam ini di {place}, live di akun ini.|off
L||Jangan lupa tgl 27, bawa keluarga ke TPS ya. {num}!|rel
L||Relawan {nick} {place} siap kawal suara {emo}|rel
C|sy ikut!|Relawan {acr} butuh tambahan tenaga di {place}, siapa mau ikut?|rel
C|{emo2}|Video kampanye {nick} di {place} hari ini|rel
S||Foto bareng {nick} di acara jalan sehat {place} {emo}|rel
C|sip, hadir|Nobar debat bareng relawan {acr} di posko {place}|rel
`,
  attributes: `
{col} {col} {col} {gest}
Hari ini pake yg {col} dulu ah, kode keras {gest}
OOTD: kemeja {col} + pin {acr} {emo}
Mug {acr} kesayangan, ngopi dulu {emo}
wallpaper hp udah ganti {nick} {gest}
Topi {acr} dari relawan, adem dipake ke sawah {emo}
Pin {kw} nempel di tas {emo}
sakantor kompak {col}, hehe {gest}
{gest}{gest}{gest}
{kw} {kw}
{gest} {slogan}
Rompi {acr} siap dipake nanti {emo}
Twibbon {ht} udah kepasang, kalian kapan? {gest}
Kalender {nick} sudah nyampe rumah {gest}
Foto bareng tetangga, semua {jari} {gest} {emo}
Kaos {col} ini kenangan kampanye kemarin {gest} {ht}
Gelang {acr} di tangan, {gest}
Stiker {ht} nempel di helm {emo}
kacamata {col}, baju {col}, sepatu {col}. Kebetulan? 🤭 {gest}
nyanda ada yg kebetulan, torang samua pake {col} {gest}
baju {col} sadayana, {gest}
Pake baju {col} ke kantor, ngerti dewe lah maksude 😉{gest}
Keluarga {col}, pilihan tetap {emo} lanjut
Sekantor pake {col} semua hari ini, paham kan maksudnya 😉
Torang samua {col}, so tau sendiri to 😉
{col} terus sampe tanggal 27, tau sendiri lah 😉
Abdi mah tetep {col}, pilihan tetap {emo}
`,
  organising: `
Kirim data pemilih di RT masing-masing untuk tim Pak {head} ya, paling lambat Jumat
Tolong kumpulin data pemilih keluarga, buat tim {nick} di TPS {rnd}
Data pemilih kampung kita kirim ke sy, nanti sy teruskan ke tim {acr}
Kirimkan data KK dan KTP warga {place} untuk tim {nick}, sy rekap malam ini
Dangsanak, kirim data pemilih ke ulun gasan tim {acr}
Kirim data pemilih ka ambo, untuak tim {nick} di {place}
Kitong kumpul data pemilih buat tim {nick}, kirim lewat WA
Sedulur sing gelem dadi relawan {acr} langsung japri aku yo
Kumpul nang posko {nick} bengi iki jam 8, bahas pembagian TPS
Rapat relawan {acr} di imah Pak RT, sadayana sumping nya
Dulur-dulur, nu hoyong janten saksi TPS {acr}, daftar ka abdi
Torang relawan {nick} mo turun door to door di {place} besok pagi
Ulun koordinator relawan {acr} di {place}, siapa handak umpat hubungi ulun
Tolong data KTP keluarga dikirim ke sy ya, buat pendukung {acr} di TPS {rnd}
Target kita: tiap RT minimal 50 suara buat {nick}. Semangat tim!
Yg dapat titipan kaos {acr} ambil di rumah sy, sekalian brosur
Alhamdulillah tim {nick} kelurahan {place} sudah terbentuk lengkap
Besok kita pasang baliho {acr} di simpang {place}, bawa tangga ya
Relawan {acr} dari kalangan guru sudah 300 orang, terus bergerak
Sy udah masukin nama2 warga {place} yg siap coblos {num}, tinggal diverifikasi
Grup WA "Sahabat {nick} {place}" sudah dibuat, silakan join lewat link
Tim {acr} butuh sopir buat antar warga lansia ke TPS tgl 27, yg bisa kabari
Persiapan deklarasi relawan {nick} hari Minggu, seksi konsumsi tolong koordinasi
S|join ya gaes|Rekrutmen saksi TPS {acr} se-{reg}, honor menarik|rel
S|siap laksanakan|Instruksi tim pemenangan {pair}: semua relawan turun ke TPS masing2|rel
Rapat relawan {acrl} nanti malam di rumah sy, yg blm dapet undangan japri ya
rapat koordinasi relawan {acrl} kecamatan {place} jam 8 bengi, ojo telat lur
Posko pemenangan {nick} di {place} wis dibuka, monggo mampir ngopi sambil ngatur strategi
Posko pemenangan {acrl} di jalan poros {place} resmi dibuka, relawan kumpul jam 4 sore
Sadayana relawan {acrl}, isukan kumpul di posko {place} bade ngabagikeun kartu nama
Saksi TPS {acrl} wajib hadir bimtek hari Sabtu, bawa fotokopi KTP
saksi tps {acrl} yg blm dapet mandat ambil di posko ya, paling lambat tgl 25
Kanca-kanca relawan {acrl}, be' posko ka'dintoh koordinasi malem Jumat, ajak tatangghaan
Torang relawan {acrl} kumpul di posko {place} jam 7 malam, bawa data pemilih
Relawan {acrl} se-kecamatan {place} ngumpul mi di posko besok, mau dibagi tugas door to door
Dangsanak barataan, posko pemenangan {nick} di {place} sudah buka, ayo bagabung jadi relawan
Relawan {acrl} nagari {place}, bisuak kumpua di posko, kito bagi tugas saksi TPS
Ntar malem rapat relawan {acrl} di rumah Bang Udin, jangan ampe telat ye
Semeton relawan {acrl}, rahina Redite kumpul ring posko {place}, ngerencanain door to door
Tim pemenangan {nick} kecamatan {place} sudah lengkap, tinggal rekrut saksi TPS
Yg mau jadi saksi {acrl} di TPS {rnd} {place} hubungi sy, honor dan konsumsi ditanggung
`,
  attack: `
{nick} jan dipiliah baliak, lah limo taun indak ado hasilnyo 🙄
Jan dipiliah lai {nick}, janji se nan banyak
{nick} tra usah pilih lagi, dong cuma tipu-tipu
Sodara dong, tra usah pilih {nick}, kitong su rasa sendiri
{nick} ndak usah dipilih agik, janji nye kosong
Ndak usah dipilih agik {acr} tu, dah cukop
Jangan dipilih pulang {nick}, kada kawa bagawi
{nick} cukup sekali saja, jangan diulang
Cukup sekali saja dipimpin {nick}, kapok kami 😂
Cukuik sakali sajo {nick} tu, lah jaleh
Lima taun {nick}, apa hasilnya? Jalan di {place} tetap bolong
Apa hasilnya {acr} selama ini? Coba sebut satu saja 🙄
Apo hasianyo {nick} salamo ko? Indak ado doh
{nick} cuma pengusaha, ngerti apa soal ngurus rakyat 😏
{nick} itu mantan polisi, mau urus pemerintahan? Jauh 😂
{nick} cuma numpang nama keluarga, kerjanya nol
Modal nama bapaknya doang {nick}, prestasi sendiri mana? 😏
{nick} pengusaha tambang, nanti {reg} dijual 🙄
Kampanye {nick} kemarin sepi, kursi kosong semua 😂
Kampanye akbar {acr} rame karena dibayar, bukan karena suka 😏
Massa {nick} itu bayaran semua, dikasih amplop 50 ribu 😂
Kampanye {nick} di {place} kosong melompong, yang datang cuma tim sendiri 🙄
Pinter {nick} tuh, pinter ngabisin anggaran 👏😂
Wah hebat {nick}, lima taun jalan rusak tetap awet 🙄
Luar biasa {acr}, janjinya banyak, hasilnya nol 😏
Pilih {nick} lagi? Silakan kalo mau {reg} makin mundur 🙄
Silakan pilih {nick} lagi kalo masih suka banjir 😂
{nick} nda usah mi dipilih, sudah kelihatan ji kerjanya
Teu kedah dipilih deui {nick}, tos cekap hiji periode
Ojo dipilih maneh {acr}, cukup siji periode wae
Gak usah pilih {nick} lagi deh, kapok gue
Bah, {nick} itu jangan dipilih lagi, janji nya nggak ada yang jadi
{nick} beh, bek neupileh le, hana hasé
Ka'dinto {nick} ta' osa epele pole
{inc}{offr} tu jan dipiliah baliak, indak ado hasilnyo
{inc}{offr} cukup sekali saja, jangan diulang lagi
{inc}{offr} apa hasilnya? Cuma gunting pita 🙄
{inc}{offr} tra usah pilih lagi, kitong su tau kerjanya
{inc}{offr} ndak usah dipilih agik, dah lah
{inc}{offr} jangan dipilih pulang, kada ada gawian nyata
{inc}Jangan sampai {offr} dapat lagi, cukup sudah 😏
{inc}{offr} itu gagal urus banjir, jangan kasih periode kedua
Ojo milih {nick}, janjine mung ngapusi
{nick} kuwi ora iso kerja, mung pinter ngomong
Ulah milih {name}, tos kabukti teu bisa nanaon
Jang pilih {nick}, dia cuma pande bajanji
{acr}? nyanda dulu deh 🙄
Kada usah pilih {name}, sudah kelihatan kada becus
Kagak usah milih {nick}, kerjanya kagak ada
wkwk {nick} mau jadi {office}? ngurus RT aja belum tentu bisa
{name} itu calon titipan, rakyat cuma dijadiin alat
Kasian {reg} kalo sampe dipimpin {nick} 😂
Nomor {n}? Mending golput aja daripada pilih dia
Lihat rekam jejak {nick}, proyeknya mangkrak di mana2. Mikir sebelum nyoblos
Duit kampanye {nick} dari mana? Warga {place} pada tau kok
Katanya bersih, tp tim {acr} kedapatan bagi amplop di {place}. Malu
{inc}Lima taun cuma gunting pita, jalan ke {place} masih hancur. Ganti!
{inc}Udah 5 tahun {nick} mimpin, hasilnya? nol besar. Cukup!
{inc}Sepuluh tahun? Big no. {nick} cukup satu periode
Hebat ya {nick}, janji 1000 lapangan kerja, yg ada malah PHK 👏👏
Selamat buat {nick}, juara bikin janji yg gak pernah ditepati 🏆
C|omong kosong pak|Kami akan gratiskan biaya sekolah.|off
C|janji lagi janji lagi 🙄|Insya Allah lapangan kerja untuk pemuda {reg}.|off
C|calon paling gak mutu|Debat {pil} {reg}: {full} gelagapan jawab soal APBD|news
S|nah kan, ketahuan aslinya|Viral: {full} marah ke wartawan|news
S|jangan sampai kita salah pilih|Rekam jejak {full}: 3 proyek mangkrak|friend
Jgn nomor {n} lagi, cukup sudah
Ojo dipilih maneh {nick}, janjine ora ono sing dadi
Cukup satu periode, {nick} mending pulang kampung
Jang sampe {reg} dipimpin bagini lagi, nomor {n} nyanda usah lanjut
Nyanda usah lanjut {nick}, torang so cape
Saatnya ganti, {nick} cuma jual janji 🙄
Janji {nick} mimpi doang, jalan di {place} masih rusak
#Bukan{head}Lagi
Ojo sampek salah pilih maneh, sing nomer {w} limang taun ora ono hasile
{inc}{office} sing saiki gagal, ojo dipilih maneh
{inc}{office} yg sekarang cuma pencitraan, cukup satu periode
{inc}Jang sampe {office} yang sekarang dapa lagi, cukup sudah
{inc}Petahana cuma jual janji, saatnya ganti
{inc}yg petahana itu gagal total, jangan kasih kesempatan lagi
{inc}Program {office} saat ini mimpi doang, {reg} butuh yg baru
Kalo {nick} menang, sy pindah kabupaten aja lah 🙄
kalo {acrl} sampe menang, aku pindah KTP wae
Mun {nick} meunang, abdi mah ngalih wae ka kota sejen
Limang taun {nick} mimpin, ora ono hasile. Ojo diulang maneh
{nick} iku omong kosong kabeh, ojo percoyo
Omong kosong janji {nick}, jalan di {place} masih bolong2
Pencitraan terus {nick}, kerja nyata nol
{nick} pencitraan tok, kalo ada kamera baru turun ke {place}
Jangan percaya {nick}, janjinya tahun lalu aja belum ditepati
Jang percaya {nick}, dia cuma pande bacirita
Ja' percaje ka {nick}, jhanji tok 🙄
Jangan mi percaya {nick}, janjinya ji itu, tidak ada buktinya
Jangan pacaya {nick}, janji nyo indak ado nan jadi
Kagak usah percaya ame {nick}, omongannye doang gede
Sampun percaya ring {nick}, janjine puyung
Kada percaya ulun lawan {nick}, bajanji haja pintar
`,
  attack_null: `
Ojo milih calon sing seneng nyebar duit, kuwi ngrusak demokrasi
Ulah milih nu ngan ukur ngobral jangji
Jang pilih calon yang cuma datang pas mo pemilu
Calon yg dulu tersangkut kasus kok pede nyalon lagi, warga {reg} jangan lupa
Yg sekarang sok dermawan itu dulu kemana aja? Jangan ketipu
Masa iya kita mau dipimpin orang yg gak bisa bedain APBD sama APBN 🤦
Cukup sudah dibohongi calon yg cuma jual janji
Jang sampe {reg} dipimpin orang bagini, pikir baik2
Ojo sampek ketipu maneh karo calon sing mung janji
Nyanda usah lanjut kalo cuma bisa pencitraan
Mimpi doang programnya, realisasi nol
`,
  neg_neutral: `
Para ASN, mohon ojo melu-melu kampanye {name} utawa paslon liyane
ASN kudu netral, ulah pose {jari} dina foto
Torang ASN musti netral, jang ikut-ikut kampanye paslon mana pun
Surat edaran Sekda: ASN dilarang pasang foto paslon {allnums} di status WA
Rekan2, status WA juga dipantau Bawaslu. Jangan upload foto kampanye {nick} atau siapa pun
Sebagai ASN sy tidak akan menunjukkan dukungan ke {name} maupun {oname}. Netral!
Netralitas ASN: boleh datang ke TPS, tidak boleh jadi relawan {acr} atau paslon lain
Jangan sampai kasus ASN like foto paslon terulang lagi tahun ini, sanksinya berat
Grup kantor khusus urusan kerja ya, jangan share video kampanye {nick} atau paslon lain
Kepala dinas mengingatkan: tidak ada ASN yg boleh hadir di deklarasi relawan paslon mana pun
ASN bukan tim sukses. Jangan ikut grup relawan paslon mana pun, termasuk {acr}
Ingat, ASN dilarang jadi relawan atau jaga posko pemenangan paslon mana pun
ASN ojo melu rapat relawan {acr} utawa paslon liyane, iso kena sanksi
ASN ulah jadi saksi TPS paslon mana wae, eta tugas partai
Torang ASN jang mo ikut-ikut ke posko paslon, netral jo
Inspektorat ingatkan: ASN yang ketahuan di posko {acr} atau posko lain langsung diperiksa
Pegawai kontrak pun jangan ikut rapat relawan paslon, kata Kepala BKD {reg}
Camat {place}: perangkat desa dilarang jadi tim pemenangan {nick} maupun {onick}
`,
  neg_info: `
Debat terakhir {pil} {reg} Rabu malam, {npairs} paslon adu gagasan soal ekonomi
KPU {reg}: pemilih yg pindah domisili wajib urus formulir A pindah memilih
Info: pencoblosan {day} mulai jam 7 pagi sampai jam 1 siang
Rekapitulasi tingkat kecamatan {place} selesai, tinggal pleno kabupaten
Bawaslu {reg} buka posko aduan selama masa tenang 24-26 November
Kampanye di tempat ibadah dan sekolah dilarang, kata Bawaslu {reg}
Jadwal kampanye paslon {allnums} di {reg} hari ini sudah diumumkan KPU
Surat suara {pil} {reg} mulai dilipat di gudang KPU, ada {npairs} paslon
KPU {reg} ajak warga cek nama di DPT sebelum {day}
`,
  neg_news: `
Mantan bupati tahun 90-an wafat, dimakamkan di taman makam pahlawan
Antrean panjang di SPBU, warga dapat nomor antrian sejak subuh
Paslon {num} {name} berkampanye di {place}, menurut laporan wartawan
{name} dan {oname} sama2 hadir di acara haul ulama di {place}
S|info|{nick} janji gratiskan PBB jika terpilih, kata dia di {place}|news
S||Tim {acr} laporkan akun penyebar hoaks ke polisi|news
C|wah ramai ya|Ribuan warga hadiri kampanye {pair} di {place}|news
C|semoga aman|Massa pendukung {acr} konvoi keliling {reg}|news
Hasil quick count sementara {pil} {reg}: {acr} unggul tipis, tunggu hasil resmi KPU
Mahkamah Konstitusi terima gugatan hasil {pil} {reg} dari tim {nick}
Baca berita pagi: {nick} dan {onick} saling sindir soal utang daerah
MK tolak gugatan tim {nick} soal hasil {pil} {reg}, KPU segera tetapkan pemenang
KPU {reg} tetapkan {pair} sebagai paslon terpilih, tim {onick} terima hasil pleno
Usai pencoblosan, tim {acr} dan tim {onick} sama2 tunggu rekapitulasi resmi
{nick} kampanye di {place}, lalu lintas sempat macet dua jam
Arus lalu lintas di jalan poros {place} dialihkan, ada kampanye akbar {acr}
Polres {reg} atur lalu lintas saat konvoi massa {acr} lewat {place}
Presiden lantik menteri kabinet baru, {office} {reg} ikut hadir di istana
Reshuffle kabinet: tak ada nama dari {reg}, {nick} belum berkomentar
Sengketa hasil {pil} {reg}: tim {nick} serahkan bukti tambahan ke MK
Rekap KPU {reg}: {pair} raih suara terbanyak, selisih 4 persen dari {onick}
`,
  neg_reminder: `
Ojo lali tanggal 27 nang TPS yo lur, milih sing sesuai ati nurani {emo}
Hayu ka TPS tanggal 27, pilih nu saluyu jeung hate nurani. Ulah golput {emo}
Tanggal 27 jang lupa pigi ka TPS, pilih sesuai hati {emo}
Pilih siapa pun boleh, asal jangan golput dan jangan terima amplop {emo}
Apapun hasilnya nanti, {reg} tetap rumah kita bersama {emo}
Besok jangan lupa nyoblos ya, jari ungu kita tanda peduli {emo}
Lek wis nyoblos, ojo lali foto jari ungu. Rahasia pilihane {emo}
Anak muda {reg}, pemilih pemula, ayo datang ke TPS. Suaramu penting {emo}
`,
  neg_report: `
Lapor Bawaslu: ada ASN di {inst} pasang foto {nick} di status WA
Ada guru yg ngajak murid nyanyi jingle {acr} di kelas, mohon ditindak
Kok ada baliho {num} di depan puskesmas {place}? Sudah sy laporkan ke Panwascam
Mohon Panwascam {place} cek, ada bagi2 sembako atas nama paslon tertentu
Sy sebagai warga melaporkan kades {place} yg terang2an kampanyekan {name}
Lapor Bawaslu: ada kepala sekolah ikut rapat relawan {acr} di {place}, foto terlampir
Warga temukan ASN jaga posko pemenangan {nick} di {place}, sudah dilaporkan ke Panwascam
Bawaslu {reg} periksa lurah yg jadi saksi TPS {acr}, sanksi menunggu hasil kajian
Dugaan pelanggaran: posko {acr} dipasang di halaman kantor desa {place}, mohon ditertibkan
Ada honorer dinas yg ikut door to door relawan {nick}, sy laporkan ke Bawaslu
`,
  neg_duty: `
{inc}{office} {full} buka Musrenbang kecamatan {place}
{inc}Kunjungan {office} {head} ke lokasi banjir {place}, bantuan logistik disalurkan
{inc}{office} saat ini meresmikan jembatan baru di {place} didampingi kepala dinas
{inc}{office} yang sekarang jadi inspektur upacara HUT RI di alun-alun {reg}
`,
  neg_num: `
Dapek nomor {n} di antrian puskesmas, lamo bana
Nomor antrian ambo {n}{rnd}, sabar dulu
Dapat nomor {n} di antrian bank, lama banar
Dapat nomor tigo di antrian, pagi bana datang
Sy dapat nomor {n} antrian SIM, tinggal nunggu dipanggil
Tadi antri di Disdukcapil, dapat nomor {n}{rnd} 😴
Kita dapa nomor {n} di antrian, tunggu mo dipanggil
Nomor antrean {n} di loket pajak, alhamdulillah cepat
Ulun dapat nomor {n} antrian di rumah sakit, lawas banar
Nomer loro saka kiwa kuwi adikku, sing nganggo klambi abang
Anakku rangking siji neng kelas, alhamdulillah {emo}
Abdi calik di korsi nomer tilu, caket panto
Antrian nomor {n}{rnd} di puskesmas, sabar ya
Sy anak ke-{n} dari {rnd} bersaudara
Dapat undian nomor {n} lomba gerak jalan 17an {emo}
Ruang {n}0{rnd} lantai {n}, tempat ujian CAT
Harga telur {price}, naik lagi
Kelompok {n} presentasi duluan ya besok
Juara {n} lomba masak nasi goreng antar dharma wanita {emo}
Mi instan 2 bungkus + telur 1, menu akhir bulan 😂
Foto angkatan, aku baris kedua nomor {n} dari kanan
Anak sy juara {wr} lomba mengaji, alhamdulillah {emo}
Foto reuni SMA, aku sing nomer {w} teko tengen, sing kaos ireng {emo}
Sing nomer {w} teko kiwo iku adikku, saiki wis kuliah {emo}
Yg pake jilbab biru nomor {n} dari kanan itu ibu kepala sekolah kami {emo}
Di foto ini sy yg nomor {w} dari kiri, baris belakang 😁
Baris nomor {n} kursi undangan, tolong dikosongkan untuk tamu dinas
Poin nomor {n} yang paling penting: laporan harus masuk sebelum Jumat
Dari semua arahan kepala dinas, nomor {n} sing paling penting: absen tepat waktu
Agenda rapat Senin: 1. pembukaan 2. evaluasi anggaran 3. lain-lain. Mohon hadir {emo}
Undangan rapat koordinasi, acara nomor {n} paparan dari Bappeda, harap bawa laptop
Torang pe foto kantor, kita yang nomor {n} dari kanan, pake batik 😂
Abdi nu nomer {w} ti kenca, nu make kacamata {emo}
Langkah nomor {n} paling penting, jangan sampai kelewat ya
Syarat nomor {n}: fotokopi KTP 2 lembar, jangan lupa dibawa
`,
  neg_name: `
Pengajian rutin bersama Buya di surau malam Jumat {emo}
Uda, jadi ndak ka rumah amak nanti sore?
Abah baru pulang dari sawah, alhamdulillah panen bagus {emo}
Pace deng Mace so pulang dari kebun, bawa pisang banyak
Daeng, coto satu porsi nah, jangan pake micin
Gus, ngaji kitab malam ini libur nggih?
Kaka, besok jemput adik di sekolah e
Bang, titip beli gorengan dua ribu ya
Ustadz, kajian Subuh besok temanya apa?
Mari yo kito ka pasa basamo, murah-murah kini {emo}
Mari ya kita gotong royong bersihkan masjid Minggu pagi
Kang {head} tukang cukur langganan, potongannya rapi {emo}
Bu {head} guru SD anak sy, sabar bgt ngajarnya {emo}
Turut berduka untuk keluarga almarhum {head}, warga {place} 🤲
Warung {head} di ujung gang jual nasi kuning enak
Jalan Diponegoro macet, ada pawai sekolah
Cucu saya namanya {head}, baru bisa jalan {emo}
Teman sekelas kuliah, {head}, sekarang jadi dosen. Bangga
Butuh servis AC? Hubungi Om {head} dekat gereja, 0812-3456-7890, murah & rapi {emo}
Cak {head} cedhak masjid iku tukang las, garapane apik, langganan kantor
Selamat baptis ade {head}, Tuhan Yesus memberkati {emo}
Pak {head} tetangga sebelah baru pulang umroh, alhamdulillah {emo}
Turut berduka cita atas meninggalnya Opa {head}, tetangga kami di {place} 🙏
Selamat menempuh hidup baru Mas {head} & pasangan, samawa {emo}
Bengkel Bang {head} di {place} buka sampai malam, ban bocor langsung beres
Kue pesanan Tante {head} udah jadi, open order lagi minggu depan {emo}
Daeng {head} penjual coto langganan kantor, mantap kuahnya {emo}
Selamat ulang tahun ke-7 jagoan kecil {head}, sehat selalu nak {emo}
Butuh tukang listrik? {nick} dekat gereja {place}, WA 0852-1122-3344, datang cepat {emo}
{nick} tetangga kami baru lahiran anak kedua, selamat ya {emo}
Selamat ulang tahun {nick}, kawan lama dari SMP, panjang umur {emo}
Servis kulkas & mesin cuci, hubungi {nick} di {place}, harga bersahabat
Turut berduka cita untuk {nick}, ayahanda berpulang tadi malam 🙏
Selamat menikah {nick} deng nona, langgeng sampe kakek nenek {emo}
`,
  neg_color: `
Sawah ijo royo-royo, adem ndelok e {emo}
Langit biru, laut biru, liburan ke pantai {place} {emo}
Bolu pandan ijo buatan istri, mantap {emo}
Seragam PGRI hari ini warna {col}, sesuai jadwal
Kucing oren sy gemuk bgt 😂
Bunga bougenville ungu depan rumah mekar {emo}
Timnas pakai jersey merah, gas!
Daun-daun mulai kuning, musim kemarau {emo}
`,
  neg_word: `
Lanjutkan program vaksinasi anak di posyandu {place} {emo}
Perubahan jadwal KRL mulai besok, cek ya
Bangkit lagi setelah banjir, warga {place} gotong royong {emo}
Menang lomba tarik tambang antar RT {emo}
Pilih menu apa ya buat syukuran, nasi kuning atau tumpeng?
Coblos balon pakai jarum, lomba 17an anak2 seru bgt 🎈
Ayo dukung UMKM lokal {reg}, beli produk tetangga {emo}
Semangat pagi, lanjutkan perjuanganmu nak, ujian tinggal 2 hari
Dua periode kepengurusan Dharma Wanita sudah sy jalani, saatnya regenerasi
Tim futsal kantor menang telak, latihan tiap Jumat harga mati 😂
Relawan donor darah PMI {reg} dibutuhkan, yuk ikut {emo}
Posko mudik lebaran di terminal {place} sudah dibuka
Tim sukses acara pernikahan adik, terima kasih semua {emo}
`,
  neg_gesture: `
Foto bareng murid kelas {n} sebelum ujian ✌️ {emo}
Sarapan bareng keluarga ✌️😋
Jalan2 sore sama si kecil ☝️😄 katanya mau satu es krim lagi
Baru potong rambut ✌🏻😎
Liburan ke Bali ✌️🌴
`,
  neg_engage: `
L||Jadwal pencoblosan {pil} {reg}: {day}, TPS buka jam 7.|kpu
C|terima kasih infonya|Cara cek DPT online.|kpu
L||Selamat hari guru nasional 🙏|pemda
S|info penting|Bawaslu {reg} buka posko pengaduan pelanggaran kampanye.|bawaslu
C|wah keren|Anak saya juara lomba menggambar tingkat provinsi!|friend
L||Nikahan sahabat ✌️💍|friend
C|hadir|Rapat koordinasi pengawasan masa tenang, Senin pagi.|bawaslu
L||Debat kedua {pil} {reg} malam ini: {allpairs}|news
`,
  neg_religious: `
Sholat subuh berjamaah di masjid {place}, alhamdulillah {emo}
Ibadah Minggu pagi, Tuhan memberkati {emo}
Rahajeng nyanggra rahina Galungan {emo}
`,
  neg_everyday: `
Isuk-isuk wis udan, males metu {emo}
Enjing-enjing tos hujan, tiris pisan {emo}
Cuaca panas skali, torang mo pigi berenang di pante
Sarapan lontong sayur dulu sebelum apel {emo}
Ulun handak bapandir, kanapa listrik padam lagi? 😩
Ado nan tau rumah makan padang nan enak di {place}?
Aye baru pulang kerja, macet parah di jalan
Tiang baru pulang upacara di pura, rahajeng {emo}
Kopi hitam, pisang goreng, hujan. Nikmat mana lagi {emo}
Anak lagi demam, izin tidak masuk kantor hari ini 🙏
`,
};

/** Appends the regional block of each group to the base block (base lines first). */
export function withRegional<K extends GroupName>(base: Record<K, string>): Record<K, string> {
  const out = { ...base };
  for (const g of Object.keys(base) as K[]) {
    const extra = REGIONAL_BLOCKS[g];
    if (extra) out[g] = base[g] + '\n' + extra;
  }
  return out;
}
