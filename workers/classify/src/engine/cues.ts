// Contest-independent cue phrases (normalised forms). They explain a judgement to a reviewer
// and give the model named features; the model decides how much each one counts.
import { addPhrase, lastPhrase, lastValues, longestLength, longestLengthFrom, newTrie, type TrieNode } from './phrase-trie.js';
import type { TokenInfo } from './token-info.js';
import { normalisePhrase } from './normalise.js';

export type CueType = 'call_to_vote' | 'organising' | 'attack' | 'neutral_context' | 'personal_life' | 'symbol';

const CUE_PHRASES: Record<CueType, string[]> = {
  call_to_vote: [
    'coblos', 'nyoblos', 'dicoblos', 'pilih', 'pilihlah', 'menangkan', 'memenangkan', 'lanjutkan', 'dua periode',
    '2 periode', 'dukung', 'mendukung', 'dukungan', 'all in', 'satu putaran', '1 putaran', 'harga mati', 'wajib menang',
    'pasti menang', 'menang', 'pemimpin kita', 'gubernur kita', 'bupati kita', 'walikota kita', 'calon terbaik',
    'siap menang', 'insya allah menang', 'jangan salah pilih', 'salah pilih', 'ayo', 'mari', 'salam', 'bersama', 'pilihan',
    'pilihanku', 'pilihan saya', 'pilihan kami', 'jagoan', 'jagoan kita', 'jagoanku', 'idola', 'layak dipilih',
    'paling layak', 'pantas', 'cocok jadi', 'sudah terbukti', 'terbukti', 'kerja nyata', 'gas', 'gaspol', 'sikat',
    'lanjut', 'menang telak', 'siap memenangkan', 'dukung penuh', 'kawal', 'amanah', 'merakyat', 'pemimpin',
    'butuh perubahan', 'saatnya', 'twibbon', 'kode keras', 'pilih yang', 'pilih dia',
    'semoga menang', 'moga menang', 'setuju', 'sepakat', 'sepakat pilih', 'mantap pilih', 'kita butuhkan',
    'kita butuhin', 'yang kita butuh', 'ini baru', 'ini dia', 'titik', 'yang masih bingung',
    // comparisons and avowals: "dibanding X, sy lebih percaya Y", "aku X garis keras"
    'lebih percaya', 'lebih pantas', 'lebih layak', 'lebih siap', 'garis keras', 'fix pilih',
    'paling mantap', 'paling cocok', 'paling pas', 'paling siap',
    // loyalty avowals and prayers for a pair's way to office: "pilihan tetap", "menuju kursi bupati"
    'pilihan tetap', 'tetap pilih', 'tidak bisa ditawar', 'vote for', 'menuju kursi', 'the best',
    'siapa lagi', 'kalau bukan', 'pokoknya', 'ra bisa ditawar',
    // testimony: "sy saksi sendiri" (a witness, not a polling-station witness)
    'saksi sendiri', 'saksi hidup',
    // the older ballot verb and a better place "together with" a pair
    'contreng', 'dicontreng', 'lebih baik bersama',
    // praise by a negated attack word: "kada pencitraan", "pengalaman kada bisa bohong", "bukan janji"
    'bukan pencitraan', 'tidak pencitraan', 'tidak cuma pencitraan', 'bukan cuma pencitraan', 'bukan sekadar pencitraan',
    // a pair's lead hoped to hold after the vote: "moga2 tetap unggul sampai penetapan"
    // the leader "we need", a record that is "not talk", a survey cheered: "org begini yg kota kita
    // perlu", "kerja, bukan cerita", "bukan kaleng2", "memang layak dilanjut", "makin yakin"
    'yang kita perlu', 'yang kita perlukan', 'kita perlukan', 'bukan cerita', 'bukan kaleng kaleng', 'layak dilanjut',
    'layak dilanjutkan', 'makin yakin', 'bebas korupsi',
    // "Lampung butuh orang kayak gini", "org macam ni tau susah rakyat", "pemimpin begitu jarang ada", "parlu darah baru"
    'butuh orang', 'butuh pemimpin', 'darah baru', 'pemimpin begitu', 'pemimpin seperti itu', 'jarang ada', 'orang macam ni',
    'orang macam ini', 'orang begini yang',
    // a candidate's deeds told as a witness, with the ASN's verdict: "respect 🙏", "beta suka model
    // bagitu", "ndeq ada yg bisa bantah", "pelayanan begini jgn sampe hilang", "mugi2 dados gubernur"
    'respect', 'salut', 'suka model', 'tidak ada yang bisa bantah', 'tidak bisa dibantah', 'jangan sampai hilang',
    'semoga jadi gubernur', 'semoga jadi bupati', 'semoga jadi walikota', 'semoga jadi wali kota',
    'tetap unggul', 'semoga unggul', 'unggul terus', 'pertahankan keunggulan', 'tetap menyala',
    // joy at a pair's lead or win after the vote: "Bapa X gubernur pertama PBD", "unggul, smoga bertahan"
    // a pair praised as a pair: "Deng Mama X dong pasangan yang cocok untuk Sorong"
    'pasangan yang cocok', 'pasangan cocok', 'pasangan serasi', 'pasangan yang pas',
    'gubernur pertama', 'bupati pertama', 'walikota pertama', 'wali kota pertama', 'semoga bertahan', 'moga bertahan',
    'tidak bisa bohong', 'tidak pernah bohong', 'tidak boleh bohong', 'tak boleh bohong', 'tak bisa bohong', 'bukan janji', 'bukan omong kosong', 'tidak banyak omong', 'tidak perlu banyak omong',
  ],
  symbol: [
    'serba', 'dresscode', 'dress code', 'twibbon', 'atribut', 'pin', 'kalender', 'payung', 'mug', 'topi', 'rompi',
    'jaket', 'bendera', 'logo', 'foto profil', 'pp', 'stiker', 'kaos', 'seragam', 'warna', 'gelas', 'tumbler',
    'gantungan kunci', 'casing', 'wallpaper',
    // the wink that turns a colour or a gesture into a pair's symbol: "tau lah ya maksudnya"
    'maksudnya', 'tahu lah', 'kode', 'kebetulan', 'mengerti sendiri', 'tahu sendiri', 'paham lah', 'paham kan',
    'mengerti kan', 'tahu kan',
    // "yg tau tau mi 😉💛", "kite tau arahnye kemane", "paham2 lah kamu", "ngerti dewe lah"
    'yang tahu tahu', 'yang tau tau', 'tau arahnya', 'tahu arahnya', 'paham paham', 'ngerti dewe', 'mengerti dewe', 'tahu sama tahu',
    // the same wink in other tongues and a heart kept in a colour: "ngarti kan", "mangarti do",
    // "paham sendiri", "tau sendiri lah", "hati tetap biru"
    'ngarti lah', 'ngarti kan', 'ngarti dong', 'ngarti sorangan', 'ngartos sorangan', 'ngartos lah', 'mengerti keudroe',
    // a place kept in a colour after the vote: "Ambon tetap kuning 💛"
    'tetap merah', 'tetap kuning', 'tetap biru', 'tetap hijau', 'tetap putih', 'tetap oranye', 'tetap ungu', 'tetap hitam',
    // a colour matched to one's choice: "noken coklat ... pas skali deng pilihan 🤎"
    'pas dengan pilihan', 'pas sekali dengan pilihan', 'pas deng pilihan', 'pas sekali deng pilihan', 'sama dengan pilihan',
    'sesuai pilihan', 'cocok dengan pilihan',
    'mangarti', 'mengerti lah', 'mengerti dong', 'paham sendiri', 'paham dong', 'tau sendiri', 'hati tetap',
  ],
  organising: [
    'relawan', 'posko', 'door to door', 'tim sukses', 'timses', 'tim pemenangan', 'konsolidasi', 'deklarasi',
    'rapat', 'koordinator', 'korlap', 'saksi', 'kumpul', 'bagi bagi', 'sembako', 'kaos', 'stiker', 'spanduk',
    'baliho', 'blusukan', 'simpul', 'jaringan', 'rekrut', 'bergabung', 'gabung', 'kampanye', 'kampanyekan',
    'pemenangan', 'kemenangan', 'kampanye akbar', 'japri', 'data pendukung', 'kumpulkan ktp', 'fotokopi ktp',
    // supporters' identity numbers gathered: "kirim nama & NIK ke saya untuk didata jadi pendukung 02"
    'kirim nik', 'nama nik', 'data nik', 'kumpulkan nik', 'didata jadi pendukung', 'jadi pendukung',
    'saksi tps', 'korcam', 'kordes', 'koordinator relawan', 'rapat relawan', 'bagi kaos', 'alat peraga',
    'komit dukung', 'siap menangkan', 'kami pkk', 'kk yang', 'kepala keluarga', 'warga sudah',
    // supporters' chat groups: "grup WA 'Sahabat X' sudah dibuat, silakan join"
    'grup wa', 'grup whatsapp', 'silakan join', 'join grup',
    // logistics and lists of voters: "butuh sopir buat antar warga ke TPS", "nama2 warga ... diverifikasi"
    'butuh sopir', 'antar warga', 'antar jemput', 'nama nama warga', 'data warga', 'diverifikasi',
    // a volunteers' meeting is no official one: "rapat koordinasi relawan X malam ini"
    'rapat koordinasi relawan', 'koordinasi relawan', 'relawan kumpul', 'posko pemenangan', 'jadi saksi', 'janten saksi',
  ],
  attack: [
    'jangan pilih', 'tidak pilih', 'jangan coblos', 'no way', 'cukong', 'dibodohi', 'janji doang', 'janji saja',
    'mana buktinya', 'halah', 'tidak becus', 'jangan kasih kesempatan', 'masa sih mau pilih', 'ngapain pilih',
    'jelas jelas gagal', 'jangan lanjutkan', 'jangan dipilih', 'tidak bisa kerja', 'tidak bisa jawab', 'gimana mau',
    'bagaimana mau', 'mau memimpin', 'mimpin', 'pencitraan doang', 'pencitraan saja', 'korup', 'korupsi', 'koruptor', 'pencitraan', 'bohong',
    'pembohong', 'janji palsu', 'gagal', 'boneka', 'dinasti', 'antek', 'penipu', 'munafik', 'tolak', 'asal bukan',
    'hancur', 'omong kosong', 'tidak becus', 'mundur', 'busuk', 'rakus', 'tidak layak',
    'tidak pantas', 'cukup 1 periode', 'cukup', 'utang', 'mangkrak', 'omdo', 'janji manis', 'dibohongi', 'curang',
    'licik', 'penjahat', 'karbitan', 'modal nekat', 'haram', 'sesat', 'bodoh', 'goblok', 'payah', 'memalukan',
    'tukang janji', 'kabur', 'skandal', 'pulang aja', 'ganti', 'gagal total',
    // "siapa pun asal jangan 2", "mending golput daripada pilih dia", "gak pernah kerja, taunya cuma foto"
    'asal jangan', 'daripada pilih', 'mending golput', 'tidak pernah kerja', 'cuma foto', 'taunya cuma',
    'tidak ada bukti', 'nol besar', 'titipan', 'mau hapus', 'ngapusi',
    // unnamed and regional attacks: "jgn nomor 2 lagi", "cukup sudah", "jang sampe X dipimpin
    // bagini", "nyanda usah lanjut", "saatnya ganti", "mimpi doang", "cuma jual janji"
    'jangan nomor', 'cukup sudah', 'sudah cukup', 'cukup sampai', 'dipimpin begini', 'dipimpin lagi', 'dipimpin orang',
    'mau dipimpin', 'tidak usah lanjut', 'tidak usah dilanjut', 'tidak perlu lanjut', 'jangan lanjut', 'tidak usah dipilih',
    'tidak dulu', 'saatnya ganti', 'ganti bupati', 'ganti gubernur', 'ganti walikota', 'ganti pemimpin', 'mimpi doang',
    'mimpi saja', 'cuma mimpi', 'jual janji', 'obral janji', 'ngobral janji', 'ketipu', 'tertipu', 'jangan mau ditipu',
    'jangan kasih suara', 'sok baik', 'sok dermawan', 'sok dekat', 'bermuka 2', 'rebutan kursi', 'tersangkut kasus',
    'nyalon lagi', 'tidak masuk akal', 'menyakiti', 'cuma janji', 'tidak tahu malu', 'sengsara', 'sampai dipimpin',
    'ketahuan aslinya', 'ketahuan belangnya', 'belum tentu bisa',
    'tidak pernah ditepati', 'bikin janji', 'jualan agama', 'jual agama',
    // resigned and conditional attacks: "kalo 1 menang, sy pindah kabupaten aja", "limang taun ora ono hasile"
    'pindah kabupaten', 'pindah kota', 'pindah provinsi', 'pindah negara', 'pindah domisili', 'tidak ada hasil',
    // a pair nobody buys: "paslon 1 kada laku di lapangan 😂", "survei itu pesanan"
    'tidak laku', 'kurang laku', 'sepi peminat', 'survei pesanan', 'itu pesanan',
    'tidak ada hasilnya', 'tidak ada hasile', 'salah pilih lagi', 'suka bohong', 'tukang bohong', 'pencitraan terus', 'pencitraan melulu',
    'bukti tidak layak', 'jangan percaya', 'no way no', 'amit amit', 'ogah',
    // "jang kasi kembali", "jangan ulang kesalahan", "tra akan kasi suara": no second chance, no vote
    'jangan kasi kembali', 'jangan kasih kembali', 'jangan kasih lagi', 'jangan kasi lagi', 'jangan ulang kesalahan',
    'jangan ulangi', 'tidak akan kasi suara', 'tidak akan kasih suara', 'jangan kasi suara',
    // a pair's trade or past office against the office sought: "pendeta urus jemaat jo, jang urus
    // Manado", "Medan bukan ruang operasi", "Sumut bukan warisan keluarga", "NTT bukan barak"
    'jangan urus', 'bukan tempat latihan', 'bukan ruang operasi', 'bukan barak', 'bukan warisan', 'bukan milik',
    'bukan kerajaan', 'bukan perusahaan', 'tempat latihan', 'kok nyalon', 'malah nyalon',
    // another term asked for, mocked: "5 taon jadi gubernur ... sekarang nak minta lagi?"
    'minta lagi', 'tambah lagi', 'nambah lagi', 'menambah lagi', 'jual mimpi',
    // the same old faces, empty talk: "paket lama", "yg itu2 aja", "omon-omon", "malu2in"
    'paket lama', 'itu itu saja', 'itu itu aja', 'itu itu terus', 'itu itu lagi', 'itu itu juga', 'orang lama', 'muka lama',
    'wajah lama', 'lagu lama', 'omon omon', 'malu maluin', 'bikin malu',
    // promises likened to wind and foam: "janji cak angin", "janjinya macam angin lalu"
    'tipu tipu', 'suka tipu', 'jijik',
    // "cuma pacak janji", "cuma modal nama suami", "bukan tempat pensiun pejabat"
    'hanya janji', 'cuma bisa janji', 'pacak janji', 'modal nama', 'tempat pensiun', 'tempat belajar', 'bukan tempat pensiun', 'bukan tempat belajar',
    // shame and claims mocked, a record not to repeat, a slogan turned back: "dak malu ke?",
    // "skrg ngaku paling peduli", "mau diulang di provinsi?", "maju apanya", "tau ape dia soal sawah"
    'tidak malu', 'mengaku paling', 'mengaku pro', 'mau diulang', 'mau diulangi', 'daripada mengulang', 'mending kotak kosong', 'mending kolom kosong', 'maju apanya',
    'sejahtera apanya', 'bangkit apanya', 'berubah apanya', 'tahu apa dia', 'tau apa dia', 'tau ape dia',
    // a term's absence asked after: "4 taun terakhir kmana aja sih", "3 taun kemana aja pak"
    'ke mana aja pak', 'ke mana saja pak', 'ke mana aja sih', 'kmana aja sih', 'ke mana aja selama ini', 'selama ini ke mana',
    'cak angin', 'seperti angin', 'macam angin', 'kayak angin', 'angin lalu', 'cak buih', 'macam buih', 'janji surga',
    // a win or a record mocked without an attack word: "Mbak X menang? Ngimpi ae", "Target terus,
    // realisasine endi?", "yg dulu duduk di kursi empuk", "ngurus kementerian ae penuh drama"
    // another term asked for, a newcomer warned off: "skrg mo minta lanjut?", "ojo coba-coba karo Banyuwangi"
    'minta lanjut', 'jangan coba coba',
    'ngimpi', 'realisasine endi', 'realisasinya mana', 'mana realisasinya', 'mana realisasi', 'kursi empuk', 'penuh drama',
  ],
  neutral_context: [
    // a vote kept secret, trivia about a candidate's past: "rahasia dong, nanti di bilik", "baru tau Bu X dulu wawali"
    'rahasia', 'baru tahu', 'baru tau',
    'netral', 'netralitas', 'bawaslu', 'kpu', 'panwascam', 'panwaslu', 'kasn', 'lapor', 'laporkan', 'dilaporkan',
    'pelanggaran', 'melanggar', 'hati nurani', 'siapa pun', 'siapapun', 'golput', 'tps', 'debat', 'berita',
    'menetapkan', 'penetapan', 'nomor urut', 'jadwal', 'sosialisasi', 'dilarang', 'larangan', 'sanksi', 'imbauan',
    'himbauan', 'wajib netral', 'jaga netralitas', 'semua paslon', 'para calon', 'seluruh paslon', 'masing masing',
    // every candidate at once: "semua calon harus jelaskan anggarannya", "kabeh calon kudu ditagih janjine"
    'semua calon', 'seluruh calon', 'para paslon', 'semua kandidat', 'para kandidat', 'setiap calon', 'tiap calon', 'semua pasangan',
    // unity and congratulations after the vote: "saatnya bersatu, tidak ada lagi 01 02", "selamat untuk walikota terpilih"
    'saatnya bersatu', 'bersatu kembali', 'bersatu lagi', 'kembali bersatu', 'tidak ada lagi', 'tidak ada nomor',
    'walikota terpilih', 'wali kota terpilih', 'bupati terpilih', 'gubernur terpilih', 'paslon terpilih', 'pasangan terpilih',
    'jangan sampai asn', 'asn dilarang', 'asn wajib', 'asn harus', 'asn tidak boleh', 'asn jangan', 'asn ikut',
    'datang ke tps', 'jangan lupa', 'sesuai hati nurani', 'siapa pun pilihanmu', 'ingatkan', 'kami ingatkan',
    'ramai di medsos', 'warganet', 'netizen', 'viral', 'beragam tanggapan', 'tanggapannya', 'pilih sesuai hati nurani',
    'sesuai hati nurani', 'dilarang mengajak', 'memperoleh', 'perolehan suara', 'data sementara', 'hasil sementara', 'rahasiakan',
    'rahasiakan pilihanmu', 'hadiri', 'menghadiri', 'lancar', 'aman dan damai', 'tidak membahas', 'jangan membahas', 'membahas pilihan', 'mohon tidak', 'depan murid',
    'visi misi', 'quick count', 'hitung cepat', 'rekapitulasi', 'survei', 'teruskan',
    'jadwal kampanye', 'tahapan', 'pemungutan suara', 'penghitungan suara', 'dpt', 'daftar pemilih', 'logistik',
    'surat suara', 'kotak suara', 'pengundian', 'pleno', 'ditetapkan', 'resmi', 'dilansir', 'dikutip', 'menurut',
    'laporan', 'aduan', 'pengaduan', 'temuan', 'diduga', 'dugaan', 'oknum', 'klarifikasi', 'ditindaklanjuti',
    'diperiksa', 'dipanggil', 'teguran', 'imbau', 'mengimbau', 'pakta integritas', 'apel', 'simulasi', 'bimtek',
    'kpps', 'ppk', 'pps', 'pantarlih', 'coklit', 'kampanye damai', 'deklarasi damai', 'pilkada damai', 'damai',
    'tertib', 'cek fakta', 'jangan golput', 'hak pilih', 'gunakan hak pilih', 'partisipasi', 'pengumuman',
    'informasi', 'info', 'siaran', 'disiarkan', 'live', 'tidak memihak', 'memihak', 'manapun', 'mana pun',
    'siapapun pemenangnya', 'beda pilihan', 'persatuan', 'jaga persatuan', 'hoaks', 'hoax', 'jangan mudah percaya',
    'ditangkap', 'pemeriksaan', 'sidang', 'peresmian', 'meresmikan', 'kunjungan kerja', 'program pemerintah',
    // the incumbent's official duties, reported as government information
    'upacara', 'inspektur upacara', 'pelantikan', 'melantik', 'dilantik', 'penyerahan bantuan', 'menyerahkan bantuan',
    'rapat koordinasi', 'rakor', 'kunker', 'rapat paripurna', 'dirgahayu', 'hut ri', 'peringatan hari',
    // wishes for a calm election under news of a pair, and gossip reported as gossip
    'ricuh', 'kericuhan', 'kondusif', 'sejuk', 'aman dan tertib', 'berjalan lancar', 'jangan sampai ricuh',
    'heboh', 'terbelah', 'ramai diperbincangkan', 'jadi perbincangan',
    // news after the vote and news of traffic or national government
    'mahkamah konstitusi', 'gugatan', 'menggugat', 'digugat', 'sengketa', 'sengketa hasil', 'perselisihan hasil',
    'lalu lintas', 'macet', 'kemacetan', 'sempat macet', 'arus lalu lintas', 'dialihkan', 'pengalihan arus',
    'kabinet', 'lantik', 'presiden', 'menteri',
    // the election's generic reminders: "piliah nan jujur", "pilih yang terbaik menurut hati"
    'pilih yang jujur', 'pilih yang terbaik', 'pilih yang amanah', 'pilih sesuai',
    // a vote already cast, an undecided voter
    'sudah coblos', 'sudah nyoblos', 'sudah mencoblos', 'habis nyoblos', 'habis coblos', 'selesai coblos', 'jari ungu',
    'tinta ungu', 'masih bingung', 'pilihan berat', 'pilih yang mana', 'belum tentu', 'sekedar info', 'cuma info',
    // money politics warned against, colleagues' violations reported
    'jangan pilih karena', 'karena duit', 'karena uang', 'politik uang', 'serangan fajar', 'katanya netral', 'ngawasin',
    'mengawasi', 'diawasi', 'awasi',
    // a question of money, not a verdict: "APBD cukup dak?"
    'cukup tidak', 'cukup atau tidak', 'cukup kah', 'tidak pernah cukup', 'tak pernah cukup', 'tidak akan cukup',
  ],
  personal_life: [
    'wedding', 'nikah', 'pernikahan', 'menikah', 'resepsi', 'akad', 'sakinah', 'wisuda', 'ulang tahun', 'ultah',
    'milad', 'liburan', 'libur', 'lebaran', 'mudik', 'selfie', 'keluarga', 'anakku', 'istri', 'suami',
    'arisan', 'reuni', 'seangkatan', 'konser', 'nonton', 'kuliner', 'makan', 'ngopi', 'jalan jalan', 'pantai',
    'piknik', 'olahraga', 'senam', 'lomba', 'juara', 'latsar', 'cpns', 'prajabatan', 'pensiun', 'lahiran',
    'aqiqah', 'khitanan', 'sahabat', 'sahabatku', 'bestie', 'happy', 'birthday', 'anniversary',
    'allah', 'tauhid', 'ahad', 'rasul', 'rasulullah', 'utusan allah', 'nabi', 'sholat', 'salat', 'pengajian',
    'jumat berkah', 'kondangan', 'hajatan', 'syukuran', 'tahlilan', 'takziah', 'innalillahi', 'masak', 'resep',
    // a neighbour or relative who shares a candidate's name
    'tetangga', 'tetanggaku', 'namanya juga', 'namanya mirip', 'mirip',
    // the same in regional words (Sundanese birthday and neighbour, Javanese neighbour), and greetings: "salam buat mama"
    'tepang taun', 'milangkala', 'tatangga', 'tonggo', 'tonggoku',
    'salam buat', 'salam untuk', 'salam kepada', 'salam kenal', 'salam sehat', 'salam dari', 'salam hangat',
    // sport and reunions: "gol nomor 2", "pemain nomor punggung 4", "buka bersama alumni ✌️☝️"
    // the namesake neighbour's trade, church and family events, condolences
    // a child's jersey: "anakku entuk jersey nomer 3"
    'jersey', 'nomor punggung',
    'tukang', 'servis', 'service', 'bengkel', 'jualan', 'open order', 'hubungi', 'dekat gereja', 'dekat masjid',
    'baptis', 'pembaptisan', 'sidi', 'natal', 'kebaktian', 'gereja', 'berduka', 'turut berduka', 'duka cita', 'rip',
    'almarhum', 'almarhumah', 'meninggal', 'pemakaman', 'melayat', 'mantenan', 'nikahan', 'kawinan',
    'gol', 'nomor punggung', 'pemain', 'timnas', 'pertandingan', 'alumni', 'buka bersama', 'bukber', 'sepupu', 'keponakan', 'ponakan', 'teman sekantor', 'rekan kerja',
    // office life, pilgrimage and the pulpit: a namesake colleague's promotion, a neighbour back
    // from the hajj, the imam ("Buya", "Ustaz") preaching at the surau
    'kenaikan pangkat', 'naik pangkat', 'purna tugas', 'pulang haji', 'haji', 'umrah', 'umroh', 'ceramah', 'tausiyah',
    'khutbah', 'surau', 'kajian',
    // the neighbourhood's own meetings and old friends: "Rapat RT: Pak X ketua RT anyar", "kanca SMP ku"
    'rapat rt', 'rapat rw', 'ketua rt', 'ketua rw', 'kerja bakti', 'iuran', 'kanca', 'teman smp', 'teman sd', 'teman sma',
    'guruku', 'pensiunan guru', 'tonggo', 'tonggoku', 'panen', 'sawah', 'guru sd', 'guru smp', 'guru sma', 'guru ngaji',
    'ojek', 'langganan', 'pasien', 'purnabakti', 'mengabdi',
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

/** `infos` (from normalise) lets each token remember its place in the cue trie. */
export function findCues(tokens: readonly string[], infos?: readonly TokenInfo[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const length = infos !== undefined ? longestLengthFrom(rootChild(infos[i]!, tokens[i]!), tokens, i) : longestLength(trie, tokens, i);
    const kind = infos !== undefined ? kindOf(infos[i]!, tokens[i]!) : kindOfToken(tokens[i]!);
    if (length === 0 || kind !== PLAIN) {
      const t = tokens[i]!;
      const negated = kind === NEGATOR ? negatedVote(tokens, i) : kind === WANT ? seeksOffice(tokens, i) : 0;
      if (negated > length) {
        hits.push({ type: 'attack', evidence: kind === NEGATOR ? NEGATED_VOTE : SEEKS_OFFICE });
        i += negated;
        continue;
      }
      if (length === 0) {
        if (t.charCodeAt(0) === 0x23 /* # */ && isAttackTag(t)) hits.push({ type: 'attack', evidence: t });
        i++;
        continue;
      }
    }
    const values = lastValues as CueType[];
    const evidence = length === 1 ? tokens[i]! : lastPhrase;
    for (const type of values) {
      // "kerja, bukan pencitraan", "bukan politisi karbitan", "tidak ada kasus korupsi": an
      // attack word denied is praise of the pair the post is about.
      if (type === 'attack' && deniedAt(tokens, i)) hits.push({ type: 'call_to_vote', evidence: DENIED_ATTACK });
      else hits.push({ type, evidence });
    }
    i += length;
  }
  return reliefOnly(tokens, hits);
}

/**
 * "kumpul sembako buat korban banjir", "posko bencana": gathering and handing out aid after a
 * disaster is relief, not organising for a pair. The everyday organising words become one
 * neutral cue when a disaster word is in the post; the campaign's own words (relawan, timses,
 * posko pemenangan ...) stay organising.
 */
export const RELIEF = 'bantuan bencana';
const RELIEF_WORDS = new Set(['kumpul', 'sembako', 'bagi bagi', 'posko', 'gabung', 'bergabung']);
const DISASTER_WORDS = new Set([
  'banjir', 'bencana', 'gempa', 'longsor', 'kebakaran', 'terbakar', 'erupsi', 'tsunami', 'pengungsi', 'mengungsi', 'kekeringan',
  'rob', 'abrasi', 'donasi', 'korban',
]);

function reliefOnly(tokens: readonly string[], hits: CueHit[]): CueHit[] {
  let relief = false;
  for (const h of hits) if (h.type === 'organising' && RELIEF_WORDS.has(h.evidence)) relief = true;
  if (!relief) return hits;
  let disaster = false;
  for (const t of tokens) if (DISASTER_WORDS.has(t)) disaster = true;
  if (!disaster) return hits;
  const out: CueHit[] = [];
  let said = false;
  for (const h of hits) {
    if (h.type !== 'organising' || !RELIEF_WORDS.has(h.evidence)) out.push(h);
    else if (!said) {
      out.push({ type: 'neutral_context', evidence: RELIEF });
      said = true;
    }
  }
  return out;
}

/**
 * "bek cuba2 pileh" (Acehnese), "jan piliah" (Minang), "ojo
 * dipilih", "sonde usah pilih", "jangan 02": a negator, at most two fillers, then a vote verb or a
 * zero-padded ballot number. Read as one attack cue (the vote verb is not a call to vote); not
 * "jangan salah pilih", "jangan lupa pilih" or "jangan pilih yang lain" (a call to vote).
 */
export const NEGATED_VOTE = 'jangan dipilih';
const NEGATORS = new Set(['jangan', 'tidak']);
const NEGATION_FILLERS = new Set(['usah', 'perlu', 'akan', 'mau', 'cuba', 'coba', 'lagi', 'kasih', 'kasi', 'ikut', 'sampai']);
const NEGATED_VERBS = new Set(['pilih', 'dipilih', 'coblos', 'dicoblos', 'nyoblos', 'memilih', 'contreng', 'dukung', 'didukung']);
const NOT_NEGATED_AFTER = new Set(['lain', 'selain', 'yang', 'karena', 'gara', 'golput']);

function negatedVote(tokens: readonly string[], i: number): number {
  const negator = tokens[i]!;
  let j = i + 1;
  for (let f = 0; f < 2 && NEGATION_FILLERS.has(tokens[j] ?? ''); f++) j++;
  const t = tokens[j];
  if (t === undefined) return 0;
  // "sampai" only in "jangan sampai dipilih", never "jangan sampai salah pilih"
  if (NEGATED_VERBS.has(t)) {
    // "tidak memilih" is turnout ("warga yang tidak memilih"), "tidak dukung" too weak alone
    if (negator !== 'jangan' && (t === 'memilih' || t === 'dukung' || t === 'didukung')) return 0;
    const next = tokens[j + 1];
    if (next !== undefined && NOT_NEGATED_AFTER.has(next)) return 0;
    return j + 1 - i;
  }
  // "jangan 02 lah": a zero-padded number, written only as a ballot number
  if (negator === 'jangan' && j === i + 1 && t.length === 2 && t.charCodeAt(0) === 0x30 && t.charCodeAt(1) > 0x30 && t.charCodeAt(1) <= 0x39) return 2;
  return 0;
}

/**
 * "skrg nak jadi gubernur pulak?", "dokter kandungan arep ngurus kota?", "mo jadi gubernur": a
 * pair's ambition held up for mockery. Read as an attack cue: the model weighs it, the stance
 * head decides with the rest of the post.
 */
export const SEEKS_OFFICE = 'mau jadi pemimpin';
const WANTS = new Set(['mau', 'nak', 'nek', 'minta', 'handak', 'harap', 'ingin', 'kepingin', 'pengin', 'mo', 'kate', 'arep']);
const SEEK_FILLERS = new Set(['naik', 'balik', 'lagi', 'juga', 'pula', 'jadi']);
// "kate ngatur Jatim?", "mo atur Papua Barat Daya?", "mau dijadikan gubernur?"
const SEEK_VERBS = new Set(['jadi', 'pimpin', 'memimpin', 'mimpin', 'mengurus', 'urus', 'ngurus', 'nyalon', 'mencalonkan', 'atur', 'mengatur', 'ngatur', 'dijadikan']);
const OFFICES = new Set([
  'gubernur', 'walikota', 'wali', 'bupati', 'wagub', 'wabup', 'wawali', 'wakil', 'kota', 'sekota', 'provinsi', 'kabupaten', 'daerah',
  'nomor', 'pemimpin', 'kepala',
  // the first word of a province's name: "mengatur Jawa Timur", "atur Papua Barat Daya"
  'jawa', 'papua', 'sulawesi', 'sumatera', 'kalimantan', 'maluku', 'nusa',
]);

function seeksOffice(tokens: readonly string[], i: number): number {
  let j = i + 1;
  if (SEEK_FILLERS.has(tokens[j] ?? '') && SEEK_VERBS.has(tokens[j + 1] ?? '')) j++;
  if (!SEEK_VERBS.has(tokens[j] ?? '')) return 0;
  j++;
  for (let k = j; k < tokens.length && k <= j + 1; k++) if (OFFICES.has(tokens[k]!)) return k + 1 - i;
  return 0;
}

export const DENIED_ATTACK = 'bukan serangan';
/** "bukan politisi karbitan", "bukan tukang pencitraan": the noun the denied attack word qualifies. */
// "tidak pernah korupsi", "ga punya utang budi": a record or a debt denied
const DENIED_NOUNS = new Set(['politisi', 'pemimpin', 'tukang', 'calon', 'orang', 'yang', 'sekadar', 'cuma', 'hanya', 'pernah', 'punya']);

const VICTIM_WORDS = new Set(['bodoh', 'goblok', 'dibodohi', 'dibohongi', 'ketipu', 'tertipu', 'sengsara', 'ganti', 'cukup', 'tolak', 'mundur', 'lupa']);

function deniedAt(tokens: readonly string[], i: number): boolean {
  const before = tokens[i - 1];
  // "ndak usah ganti-ganti nahkoda", "jangan ganti nahkoda": keep the one in office
  if (tokens[i] === 'ganti') {
    const b = before === 'usah' || before === 'perlu' ? tokens[i - 2] : before;
    if (b === 'jangan' || b === 'tidak' || b === 'ganti') return b !== 'ganti' || deniedAt(tokens, i - 1);
  }
  if (before === 'bukan' || (tokens[i - 2] === 'bukan' && before !== undefined && DENIED_NOUNS.has(before))) return true;
  // "sanes pencitraan", "idak cuma foto", "tara tipu-tipu", "sonde omong kosong": the regional
  // negators read as "tidak" deny the word too; not a victim's word ("rakyat dak bodoh", "tidak
  // tertipu lagi"), which attacks whoever would fool them
  if ((before === 'tidak' || (tokens[i - 2] === 'tidak' && before !== undefined && DENIED_NOUNS.has(before))) && !VICTIM_WORDS.has(tokens[i]!)) return true;
  return before === 'ada' && tokens[i - 2] === 'tidak' || (before === 'kasus' && tokens[i - 2] === 'ada' && tokens[i - 3] === 'tidak');
}

// A token's part in the two multi-token detectors, remembered on its info (one read per token).
const PLAIN = 0;
const NEGATOR = 1;
const WANT = 2;

function kindOfToken(token: string): number {
  return NEGATORS.has(token) ? NEGATOR : WANTS.has(token) ? WANT : PLAIN;
}

function kindOf(info: TokenInfo, token: string): number {
  let k = info.cueKind;
  if (k < 0) info.cueKind = k = kindOfToken(token);
  return k;
}

function rootChild(info: TokenInfo, token: string): TrieNode<CueType> | undefined {
  let child = info.cue as TrieNode<CueType> | null | undefined;
  if (child === undefined) info.cue = child = trie.next.get(token) ?? null;
  return child ?? undefined;
}

/** "#BukanRudiLagi", "#AsalBukan02", "#TolakDinasti": a tag whose opening word opposes. */
// "#ByeDIA", "#JanganDIA" too; '#stop' is left out (#StopHoaks), and '#jangan' before the
// everyday calls (#JanganLupaNyoblos, #JanganGolput, #JanganSalahPilih)
const ATTACK_TAG_PREFIXES = ['#bukan', '#asalbukan', '#tolak', '#cukup', '#ganti', '#bye', '#jangan'];
const JANGAN_CALLS = ['lupa', 'golput', 'salah', 'hoaks', 'hoax', 'ribut', 'takut', 'mau', 'sampai', 'politik', 'bawa', 'gaduh', 'terpecah', 'terprovokasi'];

function isAttackTag(tag: string): boolean {
  for (const p of ATTACK_TAG_PREFIXES) {
    if (!tag.startsWith(p) || tag.length <= p.length + 1) continue;
    if (p === '#jangan') for (const w of JANGAN_CALLS) if (tag.startsWith(w, p.length)) return false;
    return true;
  }
  return false;
}
