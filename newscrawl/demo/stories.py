"""Made-up Indonesian news stories, and the copies syndication makes of them.

The sample data and the tests need many stories that are each their own text, though
about the same places, people and topics, and copies of a story as portal networks
republish it: another dateline, promo lines added, the last paragraph trimmed, another
headline. Sentences are put together from independent parts, so two stories share names
and stock phrases but little of their wording. Everything here is invented: the people
are not real, and no sentence comes from a real article.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

PLACES = ["Makassar", "Mataram", "Kupang", "Denpasar", "Balikpapan", "Manado", "Palu",
          "Kendari", "Ambon", "Jayapura", "Samarinda", "Gorontalo", "Bima", "Parepare"]
PEOPLE = ["Andi Tenri", "Made Suarjana", "Yohanes Bria", "Siti Rahmawati", "Arief Hidayat",
          "Maria Wenda", "Ketut Arsana", "Rudy Pakasi", "Nurhayati Lubis", "Hendra Gunawan",
          "Lukas Rumbewas", "Dewi Anggraini"]
ROLES = ["Wali Kota", "Kepala Dinas Kesehatan", "Kepala Dinas Pekerjaan Umum", "Camat",
         "Ketua DPRD", "Kepala BPBD", "Kapolres", "Sekretaris Daerah", "Kepala Dinas Pendidikan",
         "pengamat kebijakan publik"]
TOPICS = ["banjir rob", "harga cabai", "festival budaya", "jalan rusak", "vaksinasi anak",
          "kebakaran pasar", "penerimaan siswa baru", "pemadaman listrik", "stunting",
          "tambang ilegal"]

_OPENERS = ["Menurut", "Kepada wartawan,", "Dalam rapat koordinasi,", "Saat ditemui di kantornya,",
            "Di hadapan warga,", "Melalui keterangan tertulis,", "Usai meninjau lokasi,",
            "Dalam konferensi pers,", "Ketika dikonfirmasi,", "Sebelumnya,"]
_SAYS = ["mengatakan", "menjelaskan", "menegaskan", "mengungkapkan", "menyebutkan",
         "mengakui", "memastikan", "menilai", "menyampaikan", "berharap"]
_SUBJECTS = ["pemerintah kota", "warga", "para pedagang", "petugas gabungan", "pihak sekolah",
             "relawan", "tim medis", "aparat desa", "pengelola pasar", "dinas terkait",
             "para nelayan", "orang tua murid", "pengemudi ojek", "kelompok tani"]
_VERBS = ["menyiapkan", "meninjau", "memperbaiki", "mendata", "mengawasi", "menyalurkan",
          "membangun", "menolak", "mendukung", "membahas", "menunda", "mempercepat",
          "mengevaluasi", "membersihkan", "menertibkan", "mengajukan"]
_OBJECTS = ["anggaran tambahan", "posko darurat", "saluran drainase", "bantuan sembako",
            "jadwal pelayanan", "data penerima", "tanggul sementara", "armada pengangkut",
            "rencana relokasi", "lahan parkir", "gudang logistik", "titik pengungsian",
            "jaringan air bersih", "kios sementara", "rambu peringatan", "dapur umum"]
_WHEN = ["sejak pekan lalu", "hingga akhir bulan", "pada Senin pagi", "dalam dua hari terakhir",
         "mulai tahun depan", "sepanjang musim hujan", "pada malam hari", "sebelum Lebaran",
         "selama tiga bulan", "setiap akhir pekan"]
_WHERE = ["di kawasan pesisir", "di pusat kota", "di tiga kelurahan", "di sekitar pelabuhan",
          "di jalan poros", "di pinggiran kota", "di dekat bandara", "di wilayah perbukitan",
          "di kompleks perumahan", "di sepanjang bantaran sungai"]
_BECAUSE = ["karena cuaca buruk", "akibat keterbatasan anggaran", "setelah banyak keluhan warga",
            "agar pelayanan tidak terganggu", "supaya kejadian serupa tidak terulang",
            "meski belum ada kepastian", "sambil menunggu arahan pusat",
            "demi keselamatan bersama", "seiring naiknya permintaan", "usai evaluasi bersama"]
_NUMBERED = ["sebanyak {n} kepala keluarga terdampak", "sekitar {n} unit rumah terendam",
             "lebih dari {n} orang hadir", "anggaran Rp{n} juta disiapkan",
             "{n} petugas diturunkan", "{n} titik dipantau", "{n} sekolah ikut serta",
             "kerugian ditaksir Rp{n} juta"]
PROMOS = ["Baca Juga: {title}", "Simak berita terkini lainnya di Google News.",
          "Baca Juga: Jadwal Pemadaman Listrik Hari Ini di {place}",
          "Ikuti saluran WhatsApp kami untuk kabar terbaru.",
          "Baca Juga: Harga Cabai di {place} Turun Lagi",
          "Dapatkan berita pilihan setiap pagi lewat aplikasi kami."]
OUTLETS = ["ZONABANTEN.com", "TRIBUN-TIMUR.COM", "detikSulsel", "ANTARA", "KOMPAS.com",
           "SUARASULSEL.ID", "RADARMAKASSAR.ID"]


@dataclass(frozen=True)
class Story:
    """One article's text: headline, dateline and paragraphs (the first without dateline)."""
    title: str
    dateline: str
    paragraphs: tuple[str, ...]

    @property
    def body(self) -> str:
        first = f"{self.dateline} - {self.paragraphs[0]}" if self.dateline else self.paragraphs[0]
        return "\n\n".join((first, *self.paragraphs[1:]))


def _sentence(rnd: random.Random, place: str, person: str, role: str, topic: str) -> str:
    shape = rnd.randrange(5)
    subject = rnd.choice(_SUBJECTS)
    clause = (f"{subject} {rnd.choice(_VERBS)} {rnd.choice(_OBJECTS)} {rnd.choice(_WHERE)} "
              f"{rnd.choice(_WHEN)}")
    if shape == 0:
        text = (f"{rnd.choice(_OPENERS)} {role} {place} {person} {rnd.choice(_SAYS)} "
                f"{clause} {rnd.choice(_BECAUSE)}")
    elif shape == 1:
        text = (f"Soal {topic}, {clause}, dan "
                f"{rnd.choice(_NUMBERED).format(n=rnd.randrange(12, 980))}")
    elif shape == 2:
        text = (f"{person} {rnd.choice(_SAYS)} bahwa {clause} "
                f"{rnd.choice(_BECAUSE)}")
    elif shape == 3:
        text = (f"{rnd.choice(_NUMBERED).format(n=rnd.randrange(12, 980))} "
                f"{rnd.choice(_WHERE)} {rnd.choice(_WHEN)}, sementara {clause}")
    else:
        text = (f"{clause} {rnd.choice(_BECAUSE)}, kata {person} {rnd.choice(_WHEN)}")
    return text[0].upper() + text[1:] + "."


def story(seed: int, *, place: str | None = None, person: str | None = None,
          topic: str | None = None, role: str | None = None, paragraphs: int = 6,
          sentences: tuple[int, int] = (2, 3)) -> Story:
    """A story of its own text; give `place`, `person`, `topic` and `role` to write another
    story about the same things (the same names, other words). Each paragraph has
    `sentences` (fewest, most) sentences."""
    rnd = random.Random(seed)
    place = place or rnd.choice(PLACES)
    person = person or rnd.choice(PEOPLE)
    topic = topic or rnd.choice(TOPICS)
    role = role or rnd.choice(ROLES)
    body = tuple(" ".join(_sentence(rnd, place, person, role, topic)
                          for _ in range(rnd.randint(*sentences))) for _ in range(paragraphs))
    title = (f"{role} {place} {rnd.choice(_SAYS).capitalize()} Soal {topic.title()}, "
             f"{rnd.choice(_OBJECTS).title()} {rnd.choice(_WHERE).title()}")
    return Story(title, f"{place.upper()}, {rnd.choice(OUTLETS)}", body)


def syndicated(original: Story, seed: int, *, outlet: str | None = None,
               promos: int = 2, trim_last: bool = True, retitle: bool = True) -> Story:
    """A copy of `original` as another portal of a network republishes it: its own
    dateline, `promos` promo lines of its own put between paragraphs, the last paragraph
    trimmed, another headline."""
    rnd = random.Random(seed)
    place = original.dateline.split(",")[0].title()
    paragraphs = list(original.paragraphs[:-1] if trim_last else original.paragraphs)
    for _ in range(promos):
        promo = rnd.choice(PROMOS).format(title=story(seed * 7 + 1).title, place=place)
        paragraphs.insert(rnd.randint(1, len(paragraphs)), promo)
    title = original.title
    if retitle:
        words = title.split()
        title = " ".join([*words[len(words) // 2:], "-", *words[:len(words) // 2]])
    return replace(original, title=title,
                   dateline=f"{place.upper()}, {outlet or rnd.choice(OUTLETS)}",
                   paragraphs=tuple(paragraphs))
