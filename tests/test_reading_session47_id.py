"""Session 47, Indonesian as HR, startups, owners on phones and agencies write it: a joint state recruitment's portal, a
firm's owner ("kapan kakak longgar?", "kami tawarkan posisi"), an agency relaying its client ("Client mau interview nih"),
tested here in invented words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, _read, reading_tests

READ_AS = [
    # a joint recruitment portal's receipt: "telah melakukan pendaftaran pada Rekrutmen Bersama ..."
    ("a-joint-recruitments-receipt", "application_ack", _m(
        "Panitia Seleksi <noreply@seleksi-bersama.example>", "Pendaftaran Anda Berhasil",
        "Yth. Alex Morgan,\n\nTerima kasih, Anda telah melakukan pendaftaran pada Rekrutmen Bersama Perusahaan Daerah 2026."
        "\nNomor peserta: PD26-55120\nPilihan formasi: Analis Keuangan\n\nHasil seleksi berkas akan diumumkan melalui "
        "akun Anda.\n\nSalam,\nPanitia\n")),
    # its test, in no other job word than the joint recruitment's name
    ("a-joint-recruitments-test", "assessment", _m(
        "Panitia Seleksi <noreply@seleksi-bersama.example>", "Jadwal Tes Kemampuan Dasar",
        "Yth. Alex Morgan,\n\nAnda berhak mengikuti Tes Kemampuan Dasar Rekrutmen Bersama Perusahaan Daerah 2026 secara "
        "online pada Rabu, 11 Maret 2026 sesi 1 pukul 08.00 WIB.\nGunakan laptop dengan kamera aktif.\n\nPanitia\n")),
    # a test's results, the next steps run by the firms: news, not a test to take
    ("a-test-passed-the-rest-by-others", "company_reply", _m(
        "Panitia Seleksi <noreply@seleksi-bersama.example>", "Pengumuman Hasil Tes Kemampuan Dasar",
        "Yth. Alex Morgan (PD26-55120),\n\nBerdasarkan hasil Tes Kemampuan Dasar Rekrutmen Bersama Perusahaan Daerah 2026, "
        "selamat, Anda dinyatakan lolos ke tahap selanjutnya.\n\nTahapan berikutnya (wawancara dan tes kesehatan) akan "
        "dilaksanakan oleh perusahaan tujuan Anda. Informasi jadwal akan disampaikan melalui email dan akun peserta.\n\n"
        "Hormat kami,\nPanitia\n")),
    # a shop owner's question from a phone: "kapan kakak longgar?"
    ("an-owner-asks-when-you-are-free", "interview_invitation", _m(
        "Budi Santoso <budi@tokomakmur.example>", "admin toko",
        "Siang kak Alex,\n\nSy Budi dr Toko Makmur. Dapat CV kakak dr Pak Joko, kami lg cari admin gudang. "
        "Kapan kakak longgar? Bisa video call ngobrol2 dulu.\n\nBudi\n")),
    # an agency relaying its client, a time asked about: "Bisa Kamis 12 Maret jam 2 siang?"
    ("an-agency-relays-the-clients-wish", "interview_invitation", _m(
        "Rina Kusuma <rina@karirhub.example>", "Re: Accounting Staff - Bekasi",
        "Kak Alex, kabar baik! Klien mau interview kakak 😊\n\nInterview sama Finance Manager mereka di kantor Bekasi. "
        "Bisa Kamis 12 Maret jam 2 siang? Kabari ya kak.\n\nRina\n")),
    # a bank's self-scheduling: the time is a reply-by deadline, not the interview's
    ("a-bank-asks-to-pick-a-slot-by-a-deadline", "interview_invitation", _m(
        "Rekrutmen Bank Sentosa <rekrutmen@banksentosa.example>", "Undangan Interview User - Management Trainee",
        "Yth. Sdr/i Alex Morgan,\n\nSelamat, Saudara/i lolos ke tahap Interview User Management Trainee 2026. Silakan "
        "memilih jadwal interview pada tanggal 14 - 16 April 2026 melalui tautan berikut paling lambat Jumat, "
        "10 April 2026 pukul 16.00 WIB.\n\nSalam,\nTalent Acquisition Bank Sentosa\n")),
    # an owner books the time in one line: "Oke kak, Kamis jam 2 ya"
    ("an-owner-books-the-time", "interview_confirmation", _m(
        "Budi Santoso <budi@tokomakmur.example>", "Re: admin toko",
        "Oke kak, kamis jam 2 ya. Sy tunggu di toko, tanya aja ke kasir.\n\nBudi\n",
        quoted="Siang Pak Budi, saya bisa Kamis jam 2 siang untuk ngobrol soal posisi admin gudang.")),
    # ... chasing the answer to it: "gimana tawaran kemarin?"
    ("an-owner-chases-the-answer", "company_reply", _m(
        "Budi Santoso <budi@tokomakmur.example>", "Re: admin toko",
        "Kak, gimana tawaran kemarin? Sy perlu kepastian minggu ini ya.\n\nBudi\n",
        quoted="Pak Budi, boleh saya pikirkan dulu sampai akhir minggu?")),
    # ... and filling the post with someone else: "posisinya udah ada yg isi"
    ("an-owner-has-filled-the-post", "rejection", _m(
        "Budi Santoso <budi@tokomakmur.example>", "Re: admin toko",
        "Kak Alex, maaf ya, posisinya udah ada yg isi. Semoga sukses kak.\n\nBudi\n",
        quoted="Pak Budi, boleh saya pikirkan dulu sampai akhir minggu?")),
]

OTHER_MAIL = [
    # a fake call to interview that makes the candidate pay for travel through "the company's travel agent"
    ("a-scam-makes-you-book-travel", _m(
        "HRD PT Tambang Raya <hrd.tambangraya.official@gmail.com>", "PANGGILAN INTERVIEW - PT TAMBANG RAYA",
        "Kepada Yth. Sdr/i ALEX MORGAN\n\nAnda dinyatakan LOLOS dan berhak mengikuti tahap interview untuk posisi "
        "STAFF ADMINISTRASI.\nHari/Tanggal: Kamis, 9 April 2026\nPukul: 09.00 WIB\n\nPeserta WAJIB melakukan reservasi "
        "tiket dan hotel melalui travel agent resmi perusahaan. Biaya akomodasi akan dikembalikan setelah peserta hadir."
        "\n\nHRD Manager\n")),
    # a mother's question when the user is free, with a video call
    ("a-mother-asks-when-you-are-free", _m(
        "Ibu <ibu.sri@gmail.com>", "kabar",
        "Nak, kapan kamu longgar? Bisa video call ngobrol2 sama bapak, dia kangen.\n\nIbu\n")),
    # a webinar's registration, on a campus's career day
    ("a-webinars-registration", _m(
        "Pusat Karir Kampus <karir@kampus.example>", "Pendaftaran Webinar Berhasil",
        "Halo Alex,\n\nTerima kasih telah melakukan pendaftaran pada webinar Tips Lolos Psikotes. Link Zoom akan dikirim "
        "H-1.\n\nSalam,\nPusat Karir\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)


def test_an_offer_in_so_many_words_is_read() -> None:
    """A firm's "Kami tawarkan posisi ... dengan rincian" with its "Gaji pokok": the phrase reads the offer, and its
    wage in Indonesian words is the job's terms (classify.WAGE_IN_OTHER_WORDS), so the offer is read, not set aside
    for a look as it was with the phrase alone (and before session 47 read as plain other mail)."""
    got = _read(_m(
        "Dewi Lestari <dewi@kopikita.example>", "Finance Staff - Kopi Kita",
        "Halo Kak Alex,\n\nTerima kasih sudah ikut interview dengan Mas Andi minggu lalu. Kami tawarkan posisi Finance "
        "Staff di Kopi Kita dengan rincian:\n- Gaji pokok Rp 7.000.000/bulan\n- BPJS Kesehatan & Ketenagakerjaan, THR\n"
        "- Mulai kerja 1 April 2026\n\nMohon kabari kami paling lambat Jumat ya Kak.\n\nSalam,\nDewi Lestari\n"
        "HR Kopi Kita\n"))
    assert (got.kind, got.needs_look) == ("offer", False), got.reasons
