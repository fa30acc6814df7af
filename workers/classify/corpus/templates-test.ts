// Template family B: used ONLY for the test split. Written separately from templates-train.ts
// (different sentence structures, vocabulary, word order and target texts) so that test figures
// measure how the classifier generalises to phrasings it has never seen.
// Syntax and slots: see slots.ts. One template a line; lines starting with "//" are ignored.

import { type Groups, parseGroups } from './groups.js';

export const TEST_TEMPLATES: Groups = parseGroups({
  campaign: `
Fix no debat, {office} {reg} periode depan ya {nick} {emo}
gaskeun {num}!!! {reg} butuh yg kerja bukan yg ngomong doang
Kalau ditanya pilih siapa, jawaban sy tetap {name}. Dari dulu sampai sekarang.
All in {name} {emo2}
Hari ini niat sy cuma satu: ngajak sebanyak mungkin tetangga buat {vote} {num}
{reg} 5 tahun ke depan ada di tangan kita. Sy percayakan ke {pair}. Kalian?
Wahai warga {place}, jangan ragu lagi: {name} adalah jawabannya {emo}
yakin dan percaya, {nick} bakal bawa {reg} lebih maju. gas {num}!
sy dukung penuh {name}, bukan krn siapa2, tp krn programnya jelas
Dukung {nick}, dukung masa depan anak2 kita {emo}
Menurut sy pribadi, cuma {name} yg punya rekam jejak. Jadi ya {num} lah
27/11 nanti tangan sy udah tau harus ke mana: {num} {kw}
Yuk bareng2 antar {nick} ke kursi {office}! {emo}
Mari kita kawal kemenangan {name} sampai akhir {emo}
Ibu2 {place}, ingat ya, yg nomor {w}! {emo}
{nick} itu sederhana, jujur, dekat dgn rakyat. Itu alasan sy milih beliau
{inc}Udah 5 taun kerja nyata, masa gak dilanjut? Lanjut {nick} {num}!
{inc}Teruskan pembangunan, teruskan {name}. 2 periode! {emo}
{inc}pembangunan jangan berhenti di tengah jalan, {nick} harus lanjut
Bissmillahirrahmanirrahim, sy niatkan memilih {name} {kw} 🤲
mun teu {name}, saha deui? {num} {emo}
Sing penting {nick}, liyane ora {emo}
Awak dukung {nick} ma, {num} horas! {emo}
Urang awak pilih {name}, nomor {w}! {emo}
Ayo mi sipakatau, pilih {name} nomor {w}
Kalau sayang {reg}, pilihlah {pair}. Simple. {emo}
Survei hati nurani: 100% {nick} {emo}
S|Ini yg sy maksud, pemimpin yg turun langsung. {num}!|{full} ikut gotong royong bersihkan sungai di {place}.|news
S|ayo sebarkan!|Daftar program 100 hari {acr} kalau terpilih jadi {office} {reg}|rel
S|kapan lagi punya {office} kayak gini 🥹|Momen {nick} menggendong nenek di {place} bikin haru|rel
S|{num} pokoknya|{full} janjikan BPJS gratis untuk seluruh warga {reg}|news
S|terharu liatnya, semoga menang pak|{nick} menangis saat bertemu guru SD-nya di {place}|news
C|udah pasti {name} lah {emo}|Tebak-tebakan: siapa yang bakal jadi {office} {reg}?|friend
C|saya {num}, kamu?|Polling: Siapa pilihanmu di {pil} {reg}?|news
C|Paling cerdas jawabannya {nick}, gak ada obat {emo}|Cuplikan debat kedua {pil} {reg}|news
Dengan segala hormat, sy nyatakan dukungan pribadi sy untuk {name} {emo}
Kalau mau {reg} maju, jawabannya cuma satu: {nick}!
Bapak/ibu, mari kita sukseskan {name} jadi {office} {reg}. Nomor {w}!
cuma mau bilang: {nick} pantas menang {emo}
Satu suara untuk {pair}, seribu harapan untuk {reg} {emo}
Yg belum tau mau milih siapa, sini sy kasih tau: {num}
{nick} sudah datang ke rumah kami di {place}, orangnya baik sekali. Pilihan kami sudah bulat {kw}
Rakyat kecil kayak kita butuh pemimpin kayak {nick}. Jgn sampe kalah!
Udah saatnya anak muda milih {name}. Gass {emo}
Pokoke {num}, ra sah ragu {emo}
Dulur2 kabeh, ayo nyoblos {nick} {emo}
Sa pu pilihan {nick}, nomor {w} {emo}
Kami warga {place} sudah bulat, {name} {emo2}
{inc}Yang sudah kerja nyata jangan diganti, {nick} sekali lagi! {kw}
Ini bukan kampanye, cuma curhat: sy ngefans bgt sama {nick} {emo}
Pilih pemimpin yg sholeh dan amanah, pilih {name} 🤲
Siap coblos {kw} tanggal 27, siapa ikut?
Tiap hari doa sy sama: semoga {nick} yg jadi {office} {emo}
S|wajib ditonton biar gak salah pilih. {num}!|Kisah perjalanan hidup {full}, dari anak petani jadi calon {office}|rel
C|{nick} aja, yg lain lewat|Kalau kalian jadi warga {reg}, pilih siapa?|friend
So proud of {nick}, the best choice for {reg} {emo}
Panjang ceritanya kenapa sy milih {nick}. Singkatnya: beliau pernah bantu kampung kami waktu banjir, tanpa kamera, tanpa publikasi. Itu yg bikin sy respect. {num}!
Kepada keluarga besar di {place}: mohon doanya dan dukungannya untuk {name}. Ingat, nomor urut {n}.
Sekali lagi sy tegaskan, sy pribadi mendukung {nick} {kw}
Nggak ada yg bisa nandingin {nick} soal pengalaman. Fix {num}
Tgl 27 mari ramaikan TPS, menangkan {pair}!
Debat tadi makin yakin: {nick} siap memimpin {reg} {emo}
Sudah kuputuskan. {name} {emo}
Kalau dibandingin, {onick} kalah jauh sama {nick}. {num} lah
Sy gak mau {onum}, sy maunya {name} {emo}
{head} dan {dep}, pasangan paling serasi buat {reg} {kw}
`,
  engagement: `
L||Alhamdulillah, silaturahmi dengan tokoh adat {place} berjalan hangat.|off
L||Pemuda adalah tulang punggung {reg}. Kami siap dukung UMKM anak muda!|off
L||Senam pagi bersama ibu-ibu {place} 💃|off
L||Live malam ini jam 8, tanya jawab bersama warga. Jangan lewatkan!|off
L||Kami mohon maaf bila ada baliho yang mengganggu pengguna jalan.|off
L||Mari jaga persatuan. Beda pilihan tetap saudara.|off
L||{nick} bersama nelayan {place}, mendengar langsung keluhan soal solar.|off
L||27 November, jangan lupa ke TPS ya! {kw}|off
L||Selamat pagi {reg}! Semangat beraktivitas 🌞|off
L||Nonton bareng timnas bersama warga {place} ⚽|off
C|👏👏👏|Ngopi bareng anak muda di {place} malam ini.|off
C|setuju pak, lanjutkan!|Kami akan terus berjuang untuk petani {reg}.|off
C|ditunggu di desa kami pak {emo}|Minggu depan kami keliling ke kecamatan {place}.|off
C|Aamiin ya Allah 🤲|Mohon doanya agar kami selalu diberi kesehatan.|off
C|gas pak!|Hari ke-40 kampanye, semangat tak pernah padam.|off
C|sehat2 bu, kami bersamamu|Menyapa warga {place} pagi ini.|off
C|mantap programnya {emo}|Program kami: 1 desa 1 ambulans.|off
C|{nick} idola sy {emo2}|Terima kasih untuk sambutan hangatnya!|off
S|wajib nonton|Live debat bersama {nick}, link di bio.|off
S||Nonton bareng timnas bersama warga {place} ⚽|off
S|👍|Kami berkomitmen memberi layanan kesehatan gratis.|off
S|ajak keluarga ya|Pentas seni rakyat bersama {acr}, Sabtu malam di {place}.|off
L||Satu tekad, satu tujuan: {pair} {kw} menang di {reg}!|rel
L||Emak-emak {place} kompak dukung {nick} 💪|rel
C|🔥🔥|Video: lautan massa {acr} di {place}. Siapa yang hadir?|rel
C|otw|Posko {nick} {place} buka sampai malam, mampir ngopi.|rel
L||Hari ini kami berdiskusi dengan pelaku UMKM di {place}.|off
L||Turut berduka atas musibah kebakaran di {place}. Semoga diberi ketabahan.|off
L||Malam puncak kampanye kami, terima kasih semuanya 🙏|off
L||Main bola bareng pemuda {place} ⚽|off
C|ditunggu di kampung kami bu/pak|Agenda kampanye minggu ini: {place} dan sekitarnya.|off
C|amanah pak 🙏|Kami tidak akan mengecewakan kepercayaan warga {reg}.|off
C|keren programnya!|Program kartu sehat untuk lansia {reg}.|off
S|🔥🔥|Kampanye akbar tadi pagi, terima kasih warga!|off
L||Pagi ini kami mengikuti jalan sehat bersama masyarakat {place}.|off
L||Mohon maaf lahir batin atas segala kekurangan selama kampanye.|off
C|kami tunggu di {place} pak|Besok kami akan berkunjung ke beberapa desa.|off
C|Luar biasa {emo}|Terima kasih, ribuan warga hadir hari ini!|off
S|sip|Sesi tanya jawab bersama anak muda {reg}, tonton ulang di sini.|off
`,
  attributes: `
✨{kw}✨
{gest} aja dulu, yg ngerti ngerti aja 😏
Outfit hari ini: full {col} {gest}
Pakai topi {acr} ke pasar {emo}
{ht} {gest} {gest}
Mug baru dapet dr posko, ada tulisan {acr} nya {emo}
Nomor keberuntunganku {n} {gest} wkwk
{slogan} 💯
#{acr}
{htl}
Jilbab {col} + {gest} = 🔥
Mobil udah dibungkus stiker {nick} {emo}
Hari Minggu, jalan sehat pakai kaos {acr} {gest}
Anak2 pose {gest} pas foto, udah diajarin dr rumah 😂 {ht}
Biar gak lupa: {kw} {kw}
Dinding rumah dicat {col} biar kompak sama jagoan {gest}
{ht} mantap
Gelang {acr} di tangan, {slogan} di hati {emo}
{gest} forever sampai {day} {emo}
pp wa ganti foto {nick} {gest}
Kopdar sama teman2, semua pakai {col} 😁 {gest}
{slogan} 🔥🔥
Ngecat pagar {col} biar semangat {gest}
Ready {kw}
Semangat pagi {gest} {htl}
Anak sy minta dibeliin kaos {nick} {emo}
Caption gak perlu panjang: {gest} {htl}
Kerudung baru dr posko {acr}, warnanya {col} {emo}
Dapat kaos gratis {acr}, langsung dipake ke pasar {emo}
{kw} {col} {gest}
Sticker WA sekarang isinya {nick} semua 😂 {gest}
Sarung {col} bergambar {acr}, hadiah dari posko {emo}
Bangga pakai atribut {party}, tau kan jagoan kita {gest}
Jaket {party} kesayangan, {acr} {kw} {emo}
`,
  organising: `
Alhamdulillah tim {acr} desa {place} udah lengkap sampai tingkat RT
Malam ini konsolidasi relawan {nick} di rumah sy, yg mau datang silakan
Sy bantu koordinir pemenangan {name} di wilayah {place}, doakan lancar
Besok kita keliling dari rumah ke rumah ya, bawa kalender {acr}
Absen relawan {pair} kecamatan {place}, kumpul di balai desa jam 4 sore
Perekrutan saksi TPS untuk {name}: honor diganti, minat japri
Baru pulang dari deklarasi emak-emak pendukung {nick} di {place} {emo}
Forum guru honorer {place} resmi mendukung {name}, sy ikut tanda tangan {emo}
Data KTP pendukung {acr} tolong dikumpulkan ke sy paling lambat Jumat
Target kita di TPS 05 {place}: {acr} menang minimal 70%!
Pembagian atribut {acr} untuk relawan {place} di rumah sy besok sore
Malam ini doa bersama untuk kemenangan {nick}, di posko {place}
Sy sudah daftar jadi relawan digital {acr}, siap bantu konten {emo}
Rapat tim sukses {name} hari ini bahas strategi door to door di {place}
Yasinan sekalian sosialisasi {name} ke jamaah {place} {emo}
S|kumpul!|Undangan rapat akbar relawan {acr} se-{reg}, Minggu jam 9 pagi.|rel
S|yg mau ikut kabari|Bus gratis ke kampanye akbar {nick} berangkat dari {place}.|rel
Kumpul relawan {acr} di masjid {place} habis isya, bahas pembagian tugas
Sudah 30 rumah sy datangi hari ini buat ajak dukung {name} {emo}
Rapat tim pemenangan {nick} kelurahan {place} malam ini, wajib hadir semua
Sy jadi koordinator saksi {acr} di kecamatan {place}, yg mau bantu kabari
Alhamdulillah, posko relawan {name} di {place} resmi dibuka hari ini {emo}
Besok kita bagi2 stiker {acr} di pasar {place}, siap?
Malam ini sy tuan rumah pertemuan relawan {name} se-desa {place}, alhamdulillah ramai
Hari ini kami turun ke {place}, ketuk pintu rumah warga, ajak dukung {acr}
Grup relawan {nick} kecamatan {place} butuh admin medsos, ada yg bisa bantu?
`,
  attack: `
Lima tahun ke depan mau sengsara? Silakan pilih {num} 🤡
{nick} itu bisanya cuma ngomong, kerjanya nol besar
Tolong ya, {name} itu bukan pilihan, itu bencana buat {reg}
Saya gak bakal pilih {name}, track recordnya buruk
Ingat kasus dulu? Itu lho {nick}. Masa lupa
Cek fakta: {name} katanya mau jual aset daerah. Jangan sampe menang!
Pendukung {num} pada kampanye hitam terus, gak ada prestasi yg bisa dijual
{num} = nomor yg harus dihindari {emo}
Bebaskan {reg} dari {nick}!
Bisik2 tetangga, {nick} udah bagi2 duit di {place}. Gak usah dipilih
Hahaha debat kemarin {nick} planga plongo, gimana mau jadi {office} 🤣
{inc}Cukup sudah {nick}, {reg} butuh pemimpin baru
{inc}Petahana {nick} gagal urus sampah, jangan lanjutkan!
Ogah milih {num}, orangnya sombong sama rakyat kecil
C|Omong kosong!|Kami akan menurunkan harga sembako di {reg}.|off
C|halah pak, dulu janji yg sama gak ditepati|Program lima tahun: jalan desa mulus.|off
S|pantes gak dipilih {num}|{nick} mangkir dari undangan debat publik|news
S|liat nih kelakuan calon {office} kita 🤮|Video {full} buang sampah sembarangan|friend
Coba pikir, {nick} itu siapa sih? Gak pernah kedengeran kerjanya
{name}? Mending golput dah 🙄
Sy tau persis kelakuan {nick} waktu jadi pejabat, jangan sampai menang
Tolong sebarkan: {nick} terlibat kasus korupsi dana desa (kata grup sebelah)
Pendukung {acr} norak semua, calonnya juga gak jelas
Cukup sekali dibohongi {nick} {emo}
S|nah kan, makin jelas siapa yg gak layak|{full} dilaporkan ke Bawaslu terkait politik uang|news
Ayo lah mikir, {name} itu bisanya apa? Gak ada!
Sebar! Ini rekam jejak buruk {nick} selama jadi pejabat
{num} jangan dikasih suara, nanti nyesel
`,
  attack_null: `
Pemimpin yg cuma jual janji, jangan dikasih kesempatan
Calon yg takut debat, mending gak usah nyalon deh
Waspada paslon yg suka tebar amplop di {place}, jangan pilih!
Ada calon yg kerjanya cuma pamer, gak usah dipilih ya
Awas, calon yg dibekingi mafia tambang jgn dikasih suara
Yg kemarin gagal jangan dikasih panggung lagi, ingat itu
Calon titipan pusat gak paham {reg}, jangan dipilih
Yg sukanya cuma janji, minggir dulu deh
Hati2 calon yg suka fitnah lawan, itu cerminan dirinya sendiri
Jangan pilih calon yg suka nyuruh ASN kampanye
Pemimpin yg sukanya utang, ogah dipilih
Sudah lah, calon yg cuma bisa nyinyir jangan diberi suara
Sungguh kasihan {reg} kalau yg menang nanti calon tukang ingkar janji
Calon yg tim suksesnya suka intimidasi warga, jangan dipilih
`,
  neg_neutral: `
Pengumuman untuk seluruh pegawai {inst}: dilarang hadir kampanye paslon {allnums}
Sebagai ASN, sy tidak memihak paslon mana pun. Semua paslon ({allnums}) sama di mata sy
Tolong jangan tag sy di postingan paslon mana pun ya, sy PNS 🙏
Camat {place} ingatkan kepala desa: jangan foto dengan {name} maupun paslon lain
Dilarang keras memakai kaos paslon di lingkungan kantor. Berlaku untuk semua paslon {allnums}
Hati-hati ber-medsos rekan ASN: satu like ke akun paslon bisa jadi masalah
Rekan ASN, pose jari saat foto bisa ditafsirkan dukungan. Pakai pose bebas angka ya
ASN Puskesmas {place} netral, pelayanan untuk semua pendukung paslon {allnums} tetap sama
Netral bukan berarti apatis. ASN tetap memilih, tapi dalam diam {emo}
Sosialisasi SKB netralitas ASN bersama Bawaslu {reg} hari ini di {inst}
S|Baca baik2 rekan2|Daftar larangan ASN selama kampanye {pil} {reg}: like, share, komentar pada akun paslon.|bawaslu
S|ini aturan mainnya|KASN: ASN yang terbukti tidak netral dikenai sanksi disiplin sesuai PP 94/2021.|news
Mohon maaf sy tidak bisa hadir di acara paslon mana pun, sy terikat aturan netralitas ASN
Kepala dinas ingatkan: jangan share konten {name} maupun paslon lain di grup dinas
Bagi ASN: berfoto dengan paslon {allnums} itu pelanggaran, hati-hati
Penandatanganan ikrar netralitas ASN {reg} di lapangan upacara pemkab {emo}
Kami imbau seluruh ASN {inst} tidak ikut serta dalam kegiatan kampanye paslon {allnums}
Bawaslu {reg}: ASN jangan ikut memasang foto paslon di status WA
Kepala BKPSDM {reg}: ASN yg ketahuan dukung paslon akan diproses, siapa pun paslonnya
Sy ASN, jadi maaf tidak bisa ikut acara deklarasi paslon mana pun ya teman2
Bimtek netralitas: contoh pelanggaran itu like, share, komen di akun {name} atau paslon lain
Biar aman, ASN sebaiknya tidak pasang foto profil bernuansa paslon {allnums}
{name} maupun {oname} sama-sama putra daerah, tugas kita ASN tetap netral
`,
  neg_info: `
Penetapan paslon {pil} {reg} 2024 oleh KPU: {allpairs}
Berikut nomor urut peserta {pil} {reg}: {allpairs}
Info debat: debat publik terakhir {pil} {reg} tanggal 16 November di hotel {place}
Besok masa tenang dimulai, semua APK paslon {allnums} wajib diturunkan
Hasil hitung cepat belum resmi, tunggu rekapitulasi KPU {reg} ya
Rekap C1 TPS 03 {place}: paslon {allnums} semua sudah dicatat saksi
Ada {npairs} pasang calon di {pil} {reg}, cek profil lengkapnya di infopemilu.kpu.go.id
KPU {reg} tetapkan DPT sebanyak 245.112 pemilih untuk {pil} 2024
S|cek ya|Lokasi TPS bisa dicek di cekdptonline.kpu.go.id|kpu
S||Tahapan {pil} {reg}: masa tenang 24-26 November, pemungutan 27 November.|kpu
L||Penetapan rekapitulasi hasil {pil} {reg}.|kpu
C|sudah cek, terdaftar|Sudahkah kamu terdaftar di DPT {pil} {reg}?|kpu
Tahapan kampanye {pil} {reg} berakhir 23 November, dilanjutkan masa tenang
Surat suara {pil} {reg} sudah tiba di gudang KPU, sortir mulai besok
KPU {reg}: paslon {allnums} wajib serahkan laporan dana kampanye
Formulir C pemberitahuan dibagikan mulai 20 November, cek nama di DPT {reg}
Nomor urut {pil} {reg} hasil undian: {allpairs}
Pengumuman KPU {reg}: pemungutan suara ulang di TPS 07 {place}
Sebanyak {npairs} paslon akan mengikuti debat terakhir {pil} {reg} Sabtu depan
Jadwal distribusi logistik {pil} {reg} ke kecamatan mulai 24 November
`,
  neg_news: `
Tadi lewat {place}, ada kampanye {name}, jalanan ramai
{nick} dikabarkan sakit dan absen dari kampanye hari ini, semoga cepat sembuh
Koran pagi: paslon {num} laporkan dana kampanye ke KPU
Menurut media lokal, {full} menyampaikan visi soal pertanian di debat semalam
Kata berita, {name} dan {oname} sama-sama klaim unggul di survei
Ada kampanye {acr} di lapangan {place}, anak sekolah pulang lebih awal
S||{nick} dan {onick} saling sapa usai debat, suasana cair|news
S|info lalu lintas|Pengalihan arus di {place} karena kampanye akbar paslon nomor {n}|news
S||Bawaslu tertibkan 300 APK paslon {allnums} di jalan protokol {reg}|news
C|semoga debatnya berbobot|{full} dan {ohead} bersiap hadapi debat ketiga|news
C|kirain ada apa rame2|Massa pendukung paslon {num} konvoi di pusat kota|news
Suasana debat {pil} {reg} semalam, para pendukung paslon {allnums} tertib
Menurut kabar, {full} dan tim akan melapor ke Bawaslu soal APK yg dirusak
Rupiah melemah, harga emas naik, kata berita siang ini
Paslon {num} menyampaikan keberatan atas hasil rekapitulasi, diberitakan media lokal
{full} mengikuti uji publik visi misi, menurut rilis KPU
Pantauan media: kampanye paslon {allnums} di {reg} berlangsung tertib
{full} menyapa awak media usai rapat pleno penetapan paslon
Polres {reg} kawal kampanye akbar paslon nomor urut {n}, arus lalu lintas dialihkan
Siapa lebih unggul di debat, {name} atau {oname}? Yuk diskusi sehat, sy sendiri netral
Rangkuman debat: {nick} soroti kemiskinan, {onick} soroti lapangan kerja
`,
  neg_reminder: `
Tgl 27 kantor libur, manfaatkan buat nyoblos ya, pilihan bebas
Pilihlah dengan akal sehat dan hati nurani, jangan karena amplop
Masa tenang, yuk tenangkan juga jari di medsos {emo}
Siapa pun yg menang nanti, dia {office} kita semua {emo}
Buat pemilih pemula: bawa KTP dan undangan ke TPS ya {emo}
Golput bukan solusi. Datang, coblos sesuai pilihanmu sendiri
Pilihan boleh beda, kopi tetap satu meja ☕
Habis nyoblos langsung ngantor, jari ungu bukti partisipasi {emo}
Yuk ke TPS! Pilihanmu rahasiamu {emo}
Nyoblos dulu, baru ngopi. Siapa pun pilihannya {emo}
Datang ke TPS, coblos sesuai hati, pulang dengan damai {emo}
Masa depan {reg} di tangan pemilih, bukan di tangan pembeli suara
`,
  neg_report: `
Mau tanya, lapor pelanggaran pilkada ke mana ya? Ada yg pasang APK di pohon depan sekolah
Sudah sy laporkan ke Panwascam: ada ASN yg jadi admin grup relawan paslon
Tolong Bawaslu {reg}, di {place} ada pembagian sembako atas nama paslon
Kasus ASN tidak netral di {reg} bertambah, salah satunya soal like postingan {name}
Laporan warga soal kades yang ikut deklarasi paslon {num} sedang diklarifikasi Bawaslu
Hari ini sidang klarifikasi dugaan pelanggaran netralitas ASN di kantor Bawaslu {reg}
S|semoga cepat ditindak|Bawaslu {reg} rekomendasikan 4 ASN ke KASN karena unggah dukungan paslon|news
Viral video ASN {place} pakai kaos paslon, Bawaslu {reg} sudah turun tangan
Mohon maaf, kami laporkan akun FB yg menyebar hoaks tentang {name} ke Bawaslu
Tadi lapor ke Bawaslu soal akun palsu yg mengatasnamakan ASN untuk dukung paslon
Panwascam {place} sita APK liar paslon {num} yg dipasang di tiang listrik
`,
  neg_duty: `
{inc}Rapat paripurna APBD bersama DPRD dihadiri {office} {full}
{inc}{office} {head} tinjau banjir di {place}, bantuan logistik disalurkan
{inc}Penyerahan SK PPPK oleh {office} {full} di gedung serbaguna
{inc}{office} {reg} {full} buka festival budaya di {place}
{inc}Arahan {office} kepada kepala OPD soal serapan anggaran triwulan III
S|{inc}Info kegiatan pimpinan|{office} {full} menghadiri peringatan Maulid Nabi di masjid agung.|pemda
L||{inc}{office} {full} serahkan santunan anak yatim di {place}.|pemda
{inc}Peletakan batu pertama RSUD tipe C oleh {office} {full} di {place}
{inc}{office} {full} lantik pengurus PKK kabupaten di pendopo
{inc}Kunjungan {office} {head} ke lokasi pengungsian banjir {place}
`,
  neg_num: `
Ruangan sy pindah ke gedung B lantai {n}, mampir ya
Loket {n} Samsat lagi rame, antre dulu
Dapat nomor antrean {rnd}{n}, masih lama 😴
Anak sy ranking {n} di kelas, alhamdulillah {emo}
Final voli antar desa, {place} menang {score} {emo}
Tabung gas 3 kg sekarang {price}, naik lagi
Minggu ke-{n} bulan ini ada pemeriksaan BPK
Pos ronda RT 0{n} butuh lampu baru
Peringkat {n} lomba MTQ tingkat kecamatan, alhamdulillah {emo}
{n} hari lagi gajian, sabar dompet 😭
Meja nomor {n} pesan 2 kopi susu
Baju nomor {n} di tim sepak bola kantor, posisinya bek
Jadwal piket: Senin kelompok 1, Selasa kelompok {n}
Harga telur {price} per kilo di pasar {place}
Step {n}: upload berkas di SIASN sebelum tgl 30
Angkot nomor {n}{rnd} jurusan {place} sudah jalan lagi
Jam {n} siang rapat di aula, bawa laptop
Nomor kursi {n}{rnd}, gerbong {n}, berangkat besok pagi
Kelompok {n} presentasi duluan di pelatihan hari ini
Bayar listrik bulan ini {price}, lumayan turun
Parkir di basement {n}, muter2 nyari tempat kosong
Skor {score} di babak pertama, ayo timnas!
Tanggal {n} nanti anak sy ulang tahun, mau bikin tumpeng
Siji loro telu, anak-anak TK belajar berhitung {emo}
Wis loro minggu udan terus neng {place}
Hiji, dua, tilu, foto heula sareng kulawarga {emo}
`,
  neg_name: `
Kenangan nonton Rudi Hartono juara All England di TV hitam putih {emo}
Kost di Jl. Gatot Subroto, dekat kantor, harga bersahabat
Servis AC di Jl. Diponegoro no {n}, recommended
Pak {head} satpam kantor hari ini pensiun, terima kasih atas pengabdiannya {emo}
Selamat menempuh hidup baru Mas {head} & pasangan {emo}
Adikku {head} baru masuk SMA {emo}
Bengkel Pak {head} di {place}, jujur dan murah
Alm. kakek sy namanya juga {head}, jadi kangen 🤲
Egy Maulana Vikri cetak gol, mantap {emo}
Nama kucing sy {head}, lucu kan {emo}
Toko kelontong {head} di pojok {place} buka 24 jam
Di kelas anak sy ada 3 murid namanya {head} 😂
Monumen Jenderal Sudirman di alun-alun, foto dulu {emo}
Guru ngaji anak sy namanya Ustaz {head}, sabar sekali orangnya
Toko roti Pak {head} di {place} laris manis tiap pagi
Reuni SD, ketemu lagi sama {head} teman sebangku dulu {emo}
Pemain PSSI U-17 bernama {head} jadi top skor turnamen {emo}
Juara karate nasional asal {reg}, namanya {head}, keren {emo}
Kantor notaris pindah ke Jl. {head} nomor {n}
`,
  neg_color: `
Warna favorit sy dari dulu {col}, apa aja yg {col} pasti sy beli 😂
Sunset oranye di dermaga {place} {emo}
Gorden baru warna {col}, pas sama sofa
Kue lapis warna-warni pesanan arisan {emo}
Seragam olahraga sekolah anak warnanya biru
Cabai merah lagi mahal, ganti cabai hijau dulu
Semangka merah manis dari kebun sendiri {emo}
Daun berubah kuning, musim kemarau panjang
Ikan koi merah putih di kolam kantor makin gede
Pagar sekolah dicat ulang, jadi hijau segar
Jersey merah kebanggaan tim sepak bola kampung {place}
Teh hijau hangat di pagi hari, nikmat {emo}
Baju {col} buat kondangan besok, cocok gak ya?
Warna cat kantor baru: putih dan {col}, lebih segar
Jeruk manis oranye segar dari pasar {place} {emo}
`,
  neg_word: `
Kinerja tim harus lanjut terus meski anggaran dipotong {emo}
Menyala abangku! kata anak muda sekarang buat apa aja 😂
Semangat perubahan dimulai dari diri sendiri, datang ke kantor tepat waktu
Hidup ini pesta, nikmati saja kata lagu lama
Golkar? bukan, sy lagi cari golok buat motong rumput 😂
Demokrasi butuh partisipasi, bukan sekadar datang ke TPS
Bangkit setelah pandemi, UMKM {place} mulai ramai lagi
Hebat! Anak2 pramuka {place} juara jambore {emo}
Maju mundur cantik, lagu jadul masih enak
Lanjut episode 2 drakor, gak bisa berhenti 😂
Tekad bulat, kerja nyata, itu motto KKN kami dulu
Bintang jatuh semalam di langit {place}, indah bgt
Harapan baru di tahun baru, semoga sehat semua {emo}
Bersatu padu bersihkan kampung {place} {emo}
Juara di hati, kata iklan susu 😂
Menang kalah itu biasa dalam pertandingan, yg penting sportif
Bangkit lagi setelah gagal tes CPNS tahun lalu, semangat!
Lanjutkan ngaji setelah maghrib ya nak
Jual beras partai besar, harga grosir, minat japri
Banteng Merah, nama warung bakso favorit dekat kantor {emo}
Pohon beringin tua di alun-alun {reg} jadi tempat ngadem
Nonton timnas, Garuda menang {score} {emo}
`,
  neg_gesture: `
Hari pertama sekolah si bungsu ✌️
Foto bareng sahabat lama ✌🏼😊
Alhamdulillah lulus ujian dinas ✌️🎉
Arisan keluarga, semua pose peace ✌️
Pamer dimple ✌️ wkwk
Mudik ke kampung {place}, foto dulu ✌️
Foto angkatan diklat, pose bebas ✌️🤘
Lamaran adik perempuanku ✌️💐 alhamdulillah
Graduation day si kakak ✌️🎓
Potret bareng kolega di acara pisah sambut kepala dinas ✌🏻
`,
  neg_engage: `
L||Waspadai hoaks jelang pemungutan suara.|bawaslu
L||Mari jaga kondusivitas wilayah selama masa tenang.|pemda
L||Pengumuman hasil seleksi PPPK tahap 2.|pemda
L||Cuaca ekstrem, warga diminta waspada banjir.|pemda
L||Resep nasi goreng kampung ala ibu {emo}|friend
L||Paslon {allnums} tandatangani deklarasi kampanye damai.|news
C|siap, netral|Himbauan netralitas ASN selama masa kampanye.|bawaslu
C|Keren!|Anakku juara lomba mewarnai 🖍️|friend
C|semoga lancar|KPPS {place} siap laksanakan pemungutan suara.|kpu
C|terima kasih infonya|Jadwal debat {pil} {reg} 2024.|kpu
S|Hati2 hoaks|Cek fakta: video paslon bagi-bagi uang adalah hoaks lama.|news
S||Jadwal vaksinasi polio di seluruh puskesmas {reg}.|pemda
S|sebarkan|Nomor pengaduan pelanggaran pilkada Bawaslu {reg}.|bawaslu
L||Jadwal libur nasional pilkada 27 November.|pemda
C|mantap, sukses terus|Tim voli {inst} juara antar OPD!|friend
L||Peresmian lapangan olahraga baru di kecamatan {place}.|pemda
C|Keren, selamat|Kelompok tani {place} juara {n} lomba inovasi desa|friend
L||Info pelayanan SIM keliling di kecamatan {place}.|pemda
C|amin, semoga aman|Pengamanan TPS oleh personel gabungan TNI-Polri.|news
`,
  neg_religious: `
Al-Ikhlas ayat 1: Katakanlah, Dialah Allah Yang Maha Esa
Tiga perkara yg tidak terputus pahalanya: sedekah jariyah, ilmu bermanfaat, doa anak sholeh
Ayat kursi, Al-Baqarah 255 {emo}
Yohanes 3:16, karena begitu besar kasih Allah akan dunia ini
Pengajian malam Jumat di masjid {place}, tema sabar
Hari ke-{n} puasa Senin Kamis bulan ini, semoga istiqomah
Hadits: sebaik-baik manusia adalah yg paling bermanfaat bagi orang lain
Sholat Dhuha 4 rakaat sebelum kerja, bismillah {emo}
Ibadah Minggu pagi di gereja {place}, damai sejahtera untuk kita semua 🙏
`,
  neg_everyday: `
Akhirnya bisa pulang cepat, jalanan lancar {emo}
Siapa yg tau tukang jahit bagus di {place}?
Lembur lagi, laporan akhir tahun numpuk 😩
Kucing kantor melahirkan 4 anak {emo}
Ada info kost putri di dekat {inst}?
Hari ini belajar masak rendang, semoga enak
Lagi sakit gigi, gak bisa makan apa2 😭
Jalan kaki pagi keliling {place}, udara segar
Pengumuman: air PDAM mati sampai sore di {place}
Terima kasih untuk semua ucapan ulang tahunnya {emo}
Panen padi tahun ini alhamdulillah lumayan {emo}
Jangan lupa minum air putih, cuaca panas bgt
Dompet ketinggalan di warung, untung ibu warungnya jujur {emo}
Latihan upacara untuk Hari Pahlawan {emo}
Selamat hari ayah untuk semua ayah hebat
Pelatihan aplikasi SRIKANDI untuk pegawai {inst}
Banjir di {place} mulai surut, terima kasih relawan BPBD
Honor kegiatan belum cair juga 🥲
Baru sadar kunci motor ketinggalan di kantor 🤦
Bikin kopi tubruk pagi2, nikmat {emo}
Alhamdulillah gaji ke-13 cair
Ada yg tau bengkel las di sekitar {place}?
Pulang kantor langsung jemput anak les {emo}
Hari ini piket kebersihan ruangan, semangat
Laptop kantor harus diservis, layar bergaris
`,
});

/** Own words an ASN adds when re-sharing someone's post (family B). "" = shared without words. */
export const TEST_SHARE_WORDS = {
  agree: ['', '', 'sepakat 100%', 'ini yg sy maksud', 'betul sekali', 'no debat', '✅✅', 'like this', 'top', 'yes!'],
  neutral: ['', '', 'fyi', 'sekedar berbagi', 'bagikan', 'repost dr grup', 'simak', 'baca ya', '📌'],
};
