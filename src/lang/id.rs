//! Indonesian: the language table for Bahasa Indonesia news text.

use super::{number_code::*, LangTable, Qualifier::*, Text};
use crate::{days, keyed, nouns, pairs, scales, ui, vague, words};

pub static TABLE: LangTable = SOURCE.locate();

/// The tables as written.
pub(super) const SOURCE: LangTable<Text> = LangTable {
    code: "id",
    month_first: false,
    head_first: true,
    ui: ui! {
        kicker: "Fakta dari",
        key_figures: "Angka kunci",
        timeline: "Linimasa",
        sources: "Sumber",
        agree: "sepakat",
        differ: "berbeda",
        consistent: "sejalan",
        conflict: "bertentangan",
        earlier: "laporan sebelumnya",
        other: "juga disebut",
        part: "bagian",
        trend: "Perkembangan:",
        via: "via",
        more_facts: "Angka lainnya",
        more_dates: "Tanggal lainnya",
        weekday_flag: "Hari yang ditulis sumber tidak cocok dengan tanggalnya",
        written: "tertulis",
        no_figures: "Tidak ada angka yang ditemukan.",
        source_one: "sumber",
        source_many: "sumber",
        origin_one: "asal berita",
        origin_many: "asal berita",
        year_guessed: "tahun tidak disebut: perkiraan",
        summary: ["Kartu fakta: {} angka dari {} sumber", ", {} di antaranya diperdebatkan", ", {} tanggal di linimasa", "."],
    },
    stopwords: words![
        "yang", "dan", "di", "dari", "ini", "itu", "dengan", "untuk", "pada", "dalam", "tidak", "akan", "ke", "oleh", "telah", "sebagai", "mereka", "bahwa",
        "juga", "adalah", "apa",
    ],
    decimal_sep: ',',
    unnamed_source: "Sumber",
    number_words: keyed![
        ("nol", Value(0)),
        ("satu", Value(1)),
        ("dua", Value(2)),
        ("tiga", Value(3)),
        ("empat", Value(4)),
        ("lima", Value(5)),
        ("enam", Value(6)),
        ("tujuh", Value(7)),
        ("delapan", Value(8)),
        ("sembilan", Value(9)),
        ("sepuluh", Value(10)),
        ("sebelas", Value(11)),
        ("seratus", Value(100)),
        ("seribu", Value(1000)),
        ("sejuta", Value(1_000_000)),
        ("belas", Teen),
        ("puluh", Multiplier(10)),
        ("ratus", Multiplier(100)),
        ("ribu", Scale(1)),
        ("juta", Scale(1_000)),
        ("miliar", Scale(1_000_000)),
        ("milyar", Scale(1_000_000)),
        ("triliun", Scale(1_000_000_000)),
    ],
    scales: scales![("ribu", 1e3), ("rb", 1e3), ("juta", 1e6), ("jt", 1e6), ("miliar", 1e9), ("milyar", 1e9), ("triliun", 1e12),],
    scale_suffixes: scales![("rb", 1e3), ("jt", 1e6), ("m", 1e9), ("t", 1e12)],
    vague_counts: vague![
        ("belasan", 11, 19),
        ("puluhan", 20, 99),
        ("ratusan", 100, 999),
        ("ribuan", 1000, 9999),
        ("jutaan", 1_000_000, 9_999_999),
        ("miliaran", 1_000_000_000, 9_999_999_999),
    ],
    hyphen_suffixes_not_figures: words!["an", "nya"],
    measure_words: pairs![
        ("magnitudo", "magnitude"),
        ("bermagnitudo", "magnitude"),
        ("m", "magnitude"),
        ("kekuatan", "magnitude"),
        ("kedalaman", "depth"),
        ("suhu", "temperature"),
    ],
    qualifiers: keyed![
        ("tidak kurang dari", AtLeast),
        ("kurang lebih", Approx),
        ("lebih kurang", Approx),
        ("lebih dari", MoreThan),
        ("kurang dari", LessThan),
        ("di atas", MoreThan),
        ("di bawah", LessThan),
        ("paling sedikit", AtLeast),
        ("paling banyak", AtMost),
        ("sekitar", Approx),
        ("sekira", Approx),
        ("kira-kira", Approx),
        ("hampir", Almost),
        ("nyaris", Almost),
        ("setidaknya", AtLeast),
        ("sedikitnya", AtLeast),
        ("minimal", AtLeast),
        ("maksimal", AtMost),
        ("hingga", UpTo),
        ("sampai", UpTo),
        ("mencapai", Exact),
        // a projection is a bound, not a count
        ("bisa mencapai", UpTo),
    ],
    more_after: words!["lebih"],
    qualifier_fillers: words!["ada", "terdapat", "sebanyak", "sejumlah"],
    range_joiners: words!["hingga", "sampai", "-", "–", "—"],
    between: words!["antara", "dan"],
    currencies: words!["rp", "rp.", "us$", "$", "usd", "idr", "€", "£", "s$", "rm"],
    percent_words: words!["persen", "%"],
    noun_links: words![],
    introducers: words![
        "sebanyak",
        "sejumlah",
        "berjumlah",
        "mencapai",
        "capai",
        "sudah",
        "menjadi",
        "jadi",
        "tercatat",
        "ada",
        "yakni",
        "yaitu",
        "total",
        "sekitar",
        "kini",
        "sebesar",
        "adalah",
        "senilai",
        "itu",
    ],
    classifiers: words!["unit", "buah", "ekor", "biji", "lembar", "batang"],
    scope_words: pairs![
        // (every grade: no grade; before the grades they name)
        ("luka ringan hingga berat", ""),
        ("luka berat hingga ringan", ""),
        ("luka berat dan ringan", ""),
        ("luka ringan dan berat", ""),
        ("rusak berat", "heavy"),
        ("rusak sedang", "moderate"),
        ("rusak ringan", "light"),
        ("luka berat", "heavy"),
        ("luka sedang", "moderate"),
        ("luka ringan", "light"),
        ("kritis", "heavy"),
        ("masih", "still"),
        ("dalam perawatan", "still"),
        ("dalam penanganan", "still"),
        ("qtq", "qtq"),
        ("qoq", "qtq"),
        ("triwulanan", "qtq"),
        ("kuartalan", "qtq"),
        ("adhb", "current"),
        ("harga berlaku", "current"),
        ("adhk", "constant"),
        ("harga konstan", "constant"),
    ],
    scope_labels: pairs![
        ("heavy", "berat"),
        ("moderate", "sedang"),
        ("light", "ringan"),
        ("still", "masih"),
        ("qtq", "(qtq)"),
        ("current", "harga berlaku"),
        ("constant", "harga konstan"),
    ],
    scopes_before: words!["still"],
    place_words: words!["di"],
    place_kinds: words!["kabupaten", "kab", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "pulau"],
    revision_words: words!["menjadi", "jadi", "kini", "bertambah", "naik", "direvisi", "diperbarui"],
    increments: words!["lagi", "tambahan"],
    denials: words!["bukan"],
    negations: words!["tidak", "tak", "belum", "bukan"],
    superseded_words: words!["sebelumnya", "semula", "awalnya", "sempat"],
    forecast_words: words!["diprediksi", "memprediksi", "prediksi", "proyeksi", "proyeksikan", "diproyeksikan", "memproyeksikan"],
    counted_nouns: nouns! {
        "orang" => "people", People;
        "jiwa" => "people", People;
        "warga" => "people", People;
        "penduduk" => "people", People;
        "korban" => "victims", People;
        "pasukan" => "troops", People;
        "tentara" => "troops", People;
        "prajurit" => "troops", People;
        "serdadu" => "troops", People;
        "polisi" => "police", People;
        "kepolisian" => "police", People;
        "petugas" => "staff", People;
        "personel" => "staff", People;
        "anggota" => "staff", People;
        "demonstran" => "protesters", People;
        "pengunjuk" => "protesters", People;
        "pengungsi" => "refugees", People;
        "pasien" => "patients", People;
        "siswa" => "students", People;
        "mahasiswa" => "students", People;
        "murid" => "students", People;
        "pelajar" => "students", People;
        "pendaki" => "climbers", People;
        "pekerja" => "workers", People;
        "karyawan" => "workers", People;
        "buruh" => "workers", People;
        "penambang" => "workers", People;
        "awak" => "crew", People;
        "kru" => "crew", People;
        "abk" => "crew", People;
        "bayi" => "infants", People;
        "narapidana" => "inmates", People;
        "jemaah" => "pilgrims", People;
        "suporter" => "fans", People;
        "penonton" => "fans", People;
        "penumpang" => "passengers", People;
        "anak" => "children", People;
        "perempuan" => "women", People;
        "wanita" => "women", People;
        "pria" => "men", People;
        "laki-laki" => "men", People;
        "anak-anak" => "children", People;
        "balita" => "children", People;
        "tersangka" => "suspects", People;
        "pelaku" => "attackers", People;
        "relawan" => "rescuers", People;
        "jenazah" => "bodies", People;
        "jasad" => "bodies", People;
        "mayat" => "bodies", People;
        "keluarga" => "families", People;
        // (a household's: "103 kepala keluarga", two nouns of people)
        "kepala" => "heads", People;
        "tim" => "teams", Count;
        "wisatawan" => "tourists", People;
        "kasus" => "cases", Count;
        "negara" => "countries", Count;
        "kota" => "cities", Count;
        "provinsi" => "provinces", Count;
        "sektor" => "sectors", Count;
        "desa" => "villages", Count;
        "rumah" => "houses", Count;
        // (found as a compound noun, [`LangTable::compound_nouns`]; here
        // the word a label gives its concept)
        "rumah sakit" => "hospitals", Count;
        "kantong jenazah" => "body bags", Count;
        "unit" => "units", Count;
        "kendaraan" => "vehicles", Count;
        "mobil" => "cars", Count;
        "motor" => "motorcycles", Count;
        "sepeda" => "bicycles", Count;
        "ternak" => "animals", Count;
        "hewan" => "animals", Count;
        "pesawat" => "aircraft", Count;
        "kapal" => "ships", Count;
        "perahu" => "ships", Count;
        "hotel" => "hotels", Count;
        "warung" => "shops", Count;
        "toko" => "shops", Count;
        "jembatan" => "bridges", Count;
        "masjid" => "mosques", Count;
        "kabupaten" => "regencies", Count;
        "kecamatan" => "districts", Count;
        "gedung" => "buildings", Count;
        "bangunan" => "buildings", Count;
        "sekolah" => "schools", Count;
        "fasilitas" => "facilities", Count;
        "pabrik" => "factories", Count;
        "perusahaan" => "companies", Count;
        "ekor" => "animals", Count;
        "kantong" => "bags", Count;
        "titik" => "locations", Count;
        "hektare" => "hectares", Distance;
        "hektar" => "hectares", Distance;
        "kilometer" => "km", Distance;
        "km" => _, Distance;
        "meter" => "m", Distance;
        "ton" => "tonnes", Count;
        "kg" => _, Count;
        "kilogram" => "kg", Count;
        "gram" => "g", Count;
        "sr" => "magnitude", Count;
        "liter" => "litres", Count;
        "barel" => "barrels", Count;
        "dosis" => "doses", Count;
        "suara" => "votes", Count;
        "kursi" => "seats", Count;
        "gol" => "goals", Count;
        "poin" => "points", Count;
        "detik" => "seconds", Duration;
        "menit" => "minutes", Duration;
        "jam" => "hours", Duration;
        "hari" => "days", Duration;
        "pekan" => "weeks", Duration;
        "minggu" => "weeks", Duration;
        "bulan" => "months", Duration;
        "tahun" => "years", Duration;
        "dekade" => "decades", Duration;
        "abad" => "centuries", Duration;
        "persen" => "percent", Percent;
        "rupiah" => "money", Money;
        "dolar" => "money", Money;
        "euro" => "money", Money;
    },
    event_words: pairs![
        ("tiba", "deployed"),
        ("tewas", "killed"),
        ("mati", "killed"),
        ("meninggal", "killed"),
        ("meninggal dunia", "killed"),
        ("menewaskan", "killed"),
        ("terbunuh", "killed"),
        ("korban jiwa", "killed"),
        ("merenggut", "killed"),
        ("dibunuh", "killed"),
        ("gugur", "killed"),
        ("wafat", "killed"),
        ("kematian", "killed"),
        ("kematiannya", "killed"),
        ("sakit", "ill"),
        ("keracunan", "ill"),
        ("rawat inap", "hospitalized"),
        ("dirawat", "hospitalized"),
        ("menjalani perawatan", "hospitalized"),
        ("dalam perawatan", "hospitalized"),
        ("dalam penanganan", "hospitalized"),
        ("di rumah sakit", "hospitalized"),
        ("di rs", "hospitalized"),
        ("dilarikan ke", "hospitalized"),
        ("dibawa ke rumah sakit", "hospitalized"),
        ("dipulangkan", "discharged"),
        ("rawat jalan", "discharged"),
        ("diperbolehkan pulang", "discharged"),
        ("luka", "injured"),
        ("terluka", "injured"),
        ("cedera", "injured"),
        ("ditangkap", "detained"),
        ("ditahan", "detained"),
        ("penahanan", "detained"),
        ("menjadi tersangka", "suspects"),
        ("jadi tersangka", "suspects"),
        ("ditetapkan tersangka", "suspects"),
        ("ditetapkan sebagai tersangka", "suspects"),
        ("sebagai tersangka", "suspects"),
        ("menahan", "detained"),
        ("menangkap", "detained"),
        ("diamankan", "detained"),
        ("mengamankan", "detained"),
        ("teridentifikasi", "identified"),
        ("diidentifikasi", "identified"),
        ("mengidentifikasi", "identified"),
        ("belum teridentifikasi", "unidentified"),
        ("belum diidentifikasi", "unidentified"),
        ("mengungsi", "displaced"),
        ("ikut serta", "participated"),
        ("berpartisipasi", "participated"),
        ("berunjuk rasa", "participated"),
        ("berdemonstrasi", "participated"),
        ("berdemo", "participated"),
        ("turun ke jalan", "participated"),
        ("pengungsi", "displaced"),
        ("tertimpa musibah", "affected"),
        ("terdampak", "affected"),
        ("terendam", "flooded"),
        ("hanyut", "swept away"),
        ("tenggelam", "sank"),
        ("gempa susulan", "aftershocks"),
        ("diselamatkan", "rescued"),
        ("selamat", "survived"),
        ("tidak selamat", "killed"),
        ("tak selamat", "killed"),
        ("menyelamatkan diri", "survived"),
        ("hilang", "missing"),
        ("kedalaman", "depth"),
        ("masih dicari", "missing"),
        ("belum ditemukan", "missing"),
        ("ditemukan meninggal", "killed"),
        ("ditemukan tewas", "killed"),
        ("ditemukan dalam keadaan meninggal", "killed"),
        ("ditemukan dalam kondisi meninggal", "killed"),
        ("ditemukan selamat", "survived"),
        ("ditemukan hidup", "survived"),
        ("belum dievakuasi", "trapped"),
        ("belum terevakuasi", "trapped"),
        ("belum berhasil dievakuasi", "trapped"),
        ("belum bisa dievakuasi", "trapped"),
        ("dalam pencarian", "missing"),
        ("tertimbun", "missing"),
        ("terjebak", "trapped"),
        ("membawa", "aboard"),
        ("mengangkut", "aboard"),
        ("terlantar", "stranded"),
        ("telantar", "stranded"),
        ("phk", "laid off"),
        ("di-phk", "laid off"),
        ("mem-phk", "laid off"),
        ("kena phk", "laid off"),
        ("terkena phk", "laid off"),
        ("diberhentikan", "laid off"),
        ("terperangkap", "trapped"),
        ("berada di dalam", "inside"),
        ("dikerahkan", "deployed"),
        ("mengerahkan", "deployed"),
        ("dikirim", "deployed"),
        ("mengirim", "deployed"),
        ("mengirimkan", "deployed"),
        ("diterjunkan", "deployed"),
        ("menerjunkan", "deployed"),
        ("mundur", "withdrawn"),
        ("penarikan", "withdrawn"),
        ("ditarik", "withdrawn"),
        ("positif", "infected"),
        ("terinfeksi", "infected"),
        ("sembuh", "recovered"),
        ("dievakuasi", "evacuated"),
        ("terevakuasi", "evacuated"),
        ("rusak", "damaged"),
        ("dirusak", "damaged"),
        ("terbakar", "burned"),
        ("dibakar", "burned"),
        ("berpenduduk", "population"),
        ("tumbuh", "growth"),
        ("pertumbuhan", "growth"),
        ("inflasi", "inflation"),
        ("pdb", "gdp"),
        ("ekspor", "exports"),
        ("impor", "imports"),
        ("pengangguran", "unemployment"),
        ("biaya", "cost"),
        ("kerugian", "cost"),
        ("bonus", "bonus"),
        ("mogok", "strike"),
        ("partisipasi pemilih", "turnout"),
    ],
    speech_words: words![
        "kata",
        "katanya",
        "ujar",
        "ujarnya",
        "tutur",
        "tuturnya",
        "ucap",
        "ucapnya",
        "mengatakan",
        "menjelaskan",
        "menuturkan",
        "mengungkapkan",
        "disampaikan",
        "dikutip",
        "dilansir",
        "keterangan",
        "konferensi",
        "pernyataan",
        "menurut",
        "diperbarui",
        "diterbitkan"
    ],
    not_events: words!["hilang kontak", "hukuman mati", "rumah sakit", "wilayah terdampak", "daerah terdampak", "lokasi terdampak", "kawasan terdampak"],
    event_fillers: words![
        "lainnya",
        "langsung",
        "telah",
        "sudah",
        "dinyatakan",
        "dilaporkan",
        "masih",
        "juga",
        "yang",
        "kali",
        "dalam",
        "keadaan",
        "kondisi",
        "berhasil",
        "merupakan"
    ],
    earlier_links: words!["dari"],
    share_links: words!["dari total", "dari"],
    holder_links: words!["untuk"],
    agent_words: words!["oleh"],
    parts_after: words!["di antaranya", "diantaranya", "berusia", "usia"],
    age_words: words!["berusia", "usia", "umur"],
    compound_nouns: pairs![
        ("penumpang dan abk", "people"),
        ("penumpang dan awak", "people"),
        ("penumpang dan kru", "people"),
        ("penumpang dan anak buah kapal", "people"),
        ("rumah sakit", "hospitals"),
        ("kantong jenazah", "body bags"),
        ("sepeda motor", "motorcycles"),
        ("kendaraan roda dua", "motorcycles"),
        ("kendaraan roda empat", "cars"),
        ("hewan ternak", "animals"),
    ],
    plural_endings: words![],
    singular_endings: words![],
    verb_prefixes: words!["di", "me", "ber", "ter", "se", "ke", "pe"],
    people_prefixes: words!["pe"],
    closed_words: words![
        "atau", "hingga", "sampai", "antara", "atas", "bawah", "per", "lagi", "saja", "pun", "belum", "baru", "lebih", "kurang", "kini", "pula", "lalu",
        "tadi", "nanti", "hampir", "kita", "kami", "dia", "saya", "anda", "kalau", "jika", "bila", "karena", "namun", "tetapi", "serta", "para", "besar",
        "hanya", "tak", "bukan", "usai", "tiap", "dll", "dsb", "tahun", "bulan", "hari", "jam", "pukul", "pagi", "siang", "sore", "malam", "umur", "usia",
        "yaitu", "yakni", "apabila", "sisanya", "resmi", "dunia", "tingkat", "skala"
    ],
    back_refs: words!["hal ini ", "hal itu ", "hal tersebut "],
    anaphors: words!["jumlah itu", "jumlah tersebut", "jumlah ini", "jumlahnya", "angka itu", "angka tersebut", "angka ini"],
    part_markers: words![
        "termasuk",
        "yang di mana",
        "di antaranya",
        "diantaranya",
        "dengan rincian",
        "tersebar di",
        "terdiri dari",
        "terdiri atas",
        "rinciannya",
        "yaitu",
        "yakni"
    ],
    event_labels: pairs![
        ("killed", "tewas"),
        ("injured", "terluka"),
        ("detained", "ditahan"),
        ("suspects", "tersangka"),
        ("displaced", "mengungsi"),
        ("participated", "ikut serta"),
        ("missing", "hilang"),
        ("trapped", "terjebak"),
        ("stranded", "terlantar"),
        ("repatriated", "dipulangkan"),
        ("laid off", "kena PHK"),
        ("aboard", "di dalamnya"),
        ("inside", "di dalam"),
        ("deployed", "dikerahkan"),
        ("withdrawn", "penarikan"),
        ("infected", "positif"),
        ("recovered", "sembuh"),
        ("evacuated", "dievakuasi"),
        ("identified", "teridentifikasi"),
        ("unidentified", "belum teridentifikasi"),
        ("damaged", "rusak"),
        ("burned", "terbakar"),
        ("hospitalized", "dirawat"),
        ("rescued", "diselamatkan"),
        ("survived", "selamat"),
        ("affected", "terdampak"),
        ("flooded", "terendam"),
        ("swept away", "hanyut"),
        ("sank", "tenggelam"),
        ("aftershocks", "gempa susulan"),
        ("discharged", "dipulangkan"),
        ("growth", "pertumbuhan"),
        ("ill", "sakit"),
        ("inflation", "inflasi"),
        ("gdp", "PDB"),
        ("exports", "ekspor"),
        ("imports", "impor"),
        ("unemployment", "pengangguran"),
        ("cost", "kerugian"),
        ("strike", "mogok"),
        ("turnout", "partisipasi pemilih"),
        ("population", "penduduk"),
    ],
    not_figures: words!["salah satu", "satu-satunya", "satu per satu", "satu sama lain", "dua-duanya"],
    reference_words: words![
        "pasal",
        "ayat",
        "nomor",
        "no",
        "no.",
        "pukul",
        "jam",
        "tahun",
        "nomer",
        "halaman",
        "hal",
        "rt",
        "rw",
        "km",
        "jalan",
        "jl",
        "jl.",
        "tanggal",
        "kode",
        "seri",
        "versi",
        "babak",
        "pekan",
        "gelombang",
        "edisi",
        "periode",
        "kelas",
        "lantai",
        "gate",
        "sesi",
        "punggung",
        "urut",
        "peringkat",
    ],
    month_first_regions: words![],
    months: keyed![
        ("januari", 1),
        ("jan", 1),
        ("februari", 2),
        ("pebruari", 2),
        ("feb", 2),
        ("peb", 2),
        ("maret", 3),
        ("mar", 3),
        ("april", 4),
        ("apr", 4),
        ("mei", 5),
        ("juni", 6),
        ("jun", 6),
        ("juli", 7),
        ("jul", 7),
        ("agustus", 8),
        ("agu", 8),
        ("agt", 8),
        ("ags", 8),
        ("agus", 8),
        ("september", 9),
        ("sep", 9),
        ("sept", 9),
        ("oktober", 10),
        ("okt", 10),
        ("november", 11),
        ("nopember", 11),
        ("nov", 11),
        ("nop", 11),
        ("desember", 12),
        ("des", 12),
    ],
    weekdays: keyed![("senin", 1), ("selasa", 2), ("rabu", 3), ("kamis", 4), ("jumat", 5), ("jum'at", 5), ("sabtu", 6), ("minggu", 7), ("ahad", 7),],
    week_homonyms: words!["minggu"],
    week_followers: words!["ini", "lalu", "depan", "terakhir", "kemarin", "pertama", "kedua", "ketiga", "sebelumnya", "berikutnya", "mendatang",],
    day_parts: words!["pagi", "siang", "sore", "petang", "malam", "dini hari", "subuh"],
    time_words: words![
        "pagi", "siang", "sore", "petang", "malam", "subuh", "pukul", "jam", "wib", "wita", "wit", "utc", "gmt", "senin", "selasa", "rabu", "kamis", "jumat",
        "sabtu"
    ],
    weekday_lead: words!["pada", "hari", "sejak", "tanggal", "setiap", "tiap", "per", "hingga", "sampai"],
    clause_leads: words![
        "sementara itu",
        "sedangkan",
        "namun",
        "lalu",
        "kemudian",
        "sebelumnya",
        "selain itu",
        "pada hari",
        "pada",
        "hari",
        "sejak",
        "di sisi lain",
        "adapun",
        "bahwa",
        "dan",
        "hal ini",
    ],
    subordinators: words![
        "setelah",
        "karena",
        "sehingga",
        "meskipun",
        "walaupun",
        "sebelum",
        "ketika",
        "saat",
        "yang",
        "agar",
        "namun",
        "tetapi",
        "sedangkan",
        "sementara",
    ],
    coordinators: words!["dan", "serta", "atau", "sedangkan", "sementara", "tetapi", "namun"],
    month_day_words: words!["tanggal", "tgl"],
    that_day: days![
        ("hari itu", 0),
        ("besoknya", 1),
        ("keesokan harinya", 1),
        ("keesokan hari", 1),
        ("esok harinya", 1),
        ("sehari kemudian", 1),
        ("sehari berikutnya", 1),
        ("sehari setelahnya", 1),
        ("sehari sesudahnya", 1),
        ("sehari sebelumnya", -1),
    ],
    days_ago: words!["hari lalu", "hari yang lalu"],
    days_later: words!["hari kemudian", "hari berikutnya", "hari setelahnya", "hari sesudahnya"],
    weekday_after: days![("besok", 1), ("depan", 1), ("mendatang", 1), ("nanti", 1), ("kemarin", -1), ("lalu", -1)],
    future_words: words!["akan"],
    weekday_before: days![],
    relative_days: days![("hari ini", 0), ("kemarin", -1), ("kemarin lusa", -2), ("besok", 1), ("esok hari", 1), ("lusa", 2),],
    boilerplate_prefixes: words![
        "baca juga",
        "baca:",
        "lihat juga",
        "simak juga",
        "simak video",
        "pewarta",
        "editor",
        "penulis",
        "reporter",
        "gabung ke channel",
        "ikuti kami",
        "ikuti berita",
        "dapatkan update",
        "bagikan",
        "share",
        "follow",
        "tonton juga",
        "artikel ini telah",
        "klik di sini",
        "leave a comment",
        "discussion about this post",
        "copyright",
        "hak cipta",
        "foto:",
        "ilustrasi",
        "advertisement",
        "scroll to continue",
        "download aplikasi",
        "sumber foto",
        "caption",
        "[gambas:",
        "lihat video",
        "simak berita",
        "cek berita",
        "saksikan",
        "dapatkan berita",
        "jangan lewatkan",
        "tonton video",
        "artikel ini sudah tayang",
        "(foto:",
        "baca berita",
    ],
    boilerplate_lines: words!["loading...", "iklan", "advertisement"],
    credit_phrases: words![
        "dikutip dari",
        "dikutip",
        "mengutip",
        "dilansir dari",
        "dilansir",
        "melansir",
        "seperti dilansir",
        "menurut",
        "dilaporkan",
        "kepada",
        "wartawan",
        "kantor berita",
        "laporan",
        "sumber",
    ],
    source_line_prefixes: words!["sumber :", "sumber:", "source:", "source :"],
    abbreviations: words![
        "dr", "drs", "ir", "prof", "jl", "no", "kec", "kab", "rp", "sdr", "hj", "h", "st", "tn", "ny", "bpk", "dll", "dsb", "dkk", "yth", "a.n", "u.p", "mr",
        "mrs", "gen",
    ],
};
