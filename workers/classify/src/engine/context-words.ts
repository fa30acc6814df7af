// Words around a number or a name that decide whether it points at a pair (normalised forms).

/** A number right after these is a ballot number: "nomor 2", "coblos 3", "paslon 1". */
export const BALLOT_BEFORE = new Set([
  'nomor', 'no', 'urut', 'paslon', 'pasangan', 'calon', 'cagub', 'cawagub', 'cabup', 'cawabup', 'cawalkot',
  'cakada', 'coblos', 'nyoblos', 'dicoblos', 'pilih', 'dukung', 'menangkan', 'angka', 'kotak', 'nombor', '#',
  'salam', 'pokoknya', 'jari',
]);

/** A number right after these is something else: a floor, a rank, a date, a time. */
export const NUMBER_LOOKALIKE_BEFORE = new Set([
  'lantai', 'lt', 'juara', 'tanggal', 'tgl', 'jam', 'pukul', 'kelas', 'rt', 'rw', 'hal', 'halaman', 'bab', 'pasal',
  'ayat', 'ranking', 'peringkat', 'kamar', 'gang', 'gg', 'blok', 'umur', 'usia', 'ke', 'level', 'tingkat', 'babak',
  'game', 'set', 'seri', 'episode', 'eps', 'part', 'season', 'sesi', 'gelombang', 'tahap', 'lajur', 'jalur',
  'pintu', 'gate', 'loket', 'meja', 'ruang', 'kursi', 'baris', 'antrian', 'antrean', 'minggu', 'bulan', 'tahun',
  'generasi', 'angkatan', 'semester', 'sma', 'smp', 'sd', 'sman', 'smpn', 'sdn', 'man', 'mts', 'smk', 'smkn',
  'grup', 'regu', 'tim', 'pos', 'rute', 'bus', 'koridor', 'ayat', 'surat', 'jilid', 'vol', 'volume', 'edisi',
  'rp', 'harga', 'skor', 'nilai', 'sepatu', 'ukuran', 'size', 'pkl', 'jalan', 'tps', 'kpps', 'dapil', 'zona',
  'wilayah', 'sektor', 'posko', 'pleton', 'kompi', 'batalyon', 'lapangan', 'kloter', 'shift',
  // positions and list items: "posisi 2", "poin 2", "agenda 3", "langkah 1"
  'posisi', 'barisan', 'deret', 'shaf', 'saf', 'urutan', 'poin', 'point', 'butir', 'item', 'agenda', 'acara',
  'langkah', 'step', 'tips', 'syarat', 'soal', 'foto', 'gambar', 'slide', 'lampiran',
]);

/** A number right before these is a quantity, not a ballot number: "2 kali", "3 hari". */
export const NUMBER_LOOKALIKE_AFTER = new Set([
  'kali', 'hari', 'jam', 'menit', 'detik', 'bulan', 'tahun', 'minggu', 'orang', 'ribu', 'juta', 'miliar', 'persen',
  'rb', 'jt', 'kg', 'km', 'x', 'anak', 'porsi', 'botol', 'kilo', 'lembar', 'buah', 'unit', 'gelas', 'piring',
  'bungkus', 'kotak', 'liter', 'meter', 'cm', 'ekor', 'biji', 'pasang', 'lantai', 'kamar', 'sks', 'bab', 'babak',
  'gol', 'poin', 'set', 'minggu', 'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus',
  'september', 'oktober', 'november', 'desember', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'sep',
  'okt', 'nov', 'des', 'besar', 'terbaik', 'kelas', 'sd', 'smp', 'sma', 'anakku', 'cucu',
  // a shirt's number: "nomor 2 jersey Pak Ahmad"
  'jersey', 'punggung',
]);

/** "antrian nomor 3", "rumah nomor 2": the thing numbered comes before "nomor". */
export const NUMBERED_THINGS = new Set([
  'antrian', 'antrean', 'rumah', 'kamar', 'hp', 'telepon', 'telp', 'wa', 'rekening', 'induk', 'nik', 'nip', 'plat',
  'polisi', 'kursi', 'sepatu', 'punggung', 'absen', 'peserta', 'loket', 'meja', 'ruang', 'ruangan', 'kartu', 'tiket',
  'pintu', 'kavling', 'kios', 'lapak', 'los', 'blok', 'lantai', 'kelas', 'soal', 'halaman', 'surat', 'registrasi',
  'pendaftaran', 'undian', 'urutan', 'baris', 'gedung', 'unit', 'bus', 'angkot', 'trayek', 'jalur', 'gerbong',
  'motor', 'mobil', 'kendaraan', 'truk', 'ambulans', 'dinas', 'tps', 'rt', 'rw', 'pos', 'stand', 'booth', 'gol',
  // list items and agenda points: "poin nomor 2 yang paling penting", "agenda nomor 3"
  'poin', 'point', 'butir', 'item', 'agenda', 'acara', 'langkah', 'syarat', 'pertanyaan', 'foto', 'gambar', 'posisi',
]);

/** "dua periode", "satu putaran": campaign phrases with a number that is not a ballot number. */
export const NUMBER_PHRASE_AFTER = new Set(['periode', 'putaran']);

/** Words between a number and a side: "nomor 2 sebelah kanan", "nomer loro paling kiwo". */
export const SIDE_LINKS = new Set(['dari', 'sebelah', 'paling', 'di', 'ti']);

/** "nomor 2 dari kiri" */
export const SIDE_WORDS = new Set(['kiri', 'kanan', 'atas', 'bawah', 'depan', 'belakang', 'tengah', 'belakang']);

/** A name right after these names a place or an institution: "Jl. Sudirman", "RSUD Soetomo". */
export const PLACE_BEFORE = new Set([
  'jalan', 'jl', 'jln', 'gang', 'gg', 'stadion', 'bandara', 'rs', 'rsud', 'rumah', 'masjid', 'universitas', 'univ',
  'sekolah', 'sman', 'smpn', 'sdn', 'taman', 'gedung', 'lapangan', 'museum', 'pelabuhan', 'terminal', 'komplek',
  'kompleks', 'perumahan', 'jembatan', 'monumen', 'patung', 'makam', 'kapal', 'kri', 'hotel', 'toko', 'warung',
  'gor', 'bundaran', 'simpang', 'persimpangan', 'pasar', 'tol', 'tugu', 'aula', 'wisma', 'balai', 'yayasan',
  'pondok', 'ponpes', 'pesantren', 'kampus', 'sakit', 'plaza', 'mal', 'mall',
]);
