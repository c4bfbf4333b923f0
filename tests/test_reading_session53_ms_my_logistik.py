"""Session 53, a logistics planner's job search across Malaysia and Singapore: Malaysian public bodies and employers in
formal Malay ("Sukacita dimaklumkan bahawa tuan telah disenarai pendek dan dijemput ...", "Dukacita dimaklumkan bahawa
permohonan tuan tidak berjaya", "PINDAAN TARIKH TEMUDUGA ... telah ditunda", "dikehendaki menduduki Ujian Bertulis"),
Singaporean office English offering two dated slots or calling a call off, a recruiter's offer after "no need for
another round", and a warehouse supervisor's Manglish ("boss want u do 1 day trial"). Tested here in invented words,
with the look-alikes that share them: a bank's loan refused with "dukacita", a driving licence's written test, a
school's written exam, a condo committee's meeting moved, a friend's futsal trial."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a public body's summons to its interview that asks to be confirmed: an invitation, the time set for the user to accept
    ("a-summons-to-confirm", "interview_invitation", _m(
        "Zulaikha Hamid <zulaikha.hamid@lembagaairselatan.example>", "JEMPUTAN TEMUDUGA - Penolong Jurutera (J29)",
        "Tuan,\n\nJEMPUTAN MENGHADIRI TEMUDUGA JAWATAN PENOLONG JURUTERA (J29)\n\n2. Sukacita dimaklumkan bahawa tuan "
        "dijemput untuk menghadiri temuduga seperti berikut:\n\n   Tarikh : 14 April 2026 (Selasa)\n   Masa   : 10.30 "
        "pagi\n   Tempat : Bilik Gerakan, Aras 3, Wisma Air, Seremban\n\n3. Sila sahkan kehadiran tuan selewat-lewatnya "
        "pada 7 April 2026.\n\nSekian, terima kasih.\n\nZulaikha binti Hamid\nUnit Sumber Manusia\n")),
    # the interview's date amended, the new one set out
    ("an-interview-date-amended", "reschedule", _m(
        "Zulaikha Hamid <zulaikha.hamid@lembagaairselatan.example>", "PINDAAN TARIKH TEMUDUGA - Penolong Jurutera (J29)",
        "Tuan,\n\nPEMAKLUMAN PINDAAN TARIKH TEMUDUGA\n\n2. Dimaklumkan bahawa temuduga jawatan Penolong Jurutera yang "
        "dijadualkan pada 14 April 2026 telah ditunda kerana cuti umum tambahan. Tarikh dan masa baharu adalah seperti "
        "berikut:\n\n   Tarikh : 21 April 2026 (Selasa)\n   Masa   : 2.30 petang\n\nHarap maaf atas kesulitan.\n\n"
        "Unit Sumber Manusia\n")),
    # an employer's refusal, the bad news first
    ("an-application-not-considered", "rejection", _m(
        "Jabatan Sumber Manusia <hr@kilangkotakmerbok.example>", "Permohonan Jawatan Penyelia Gudang",
        "Kepada Encik Alex Morgan,\n\nTerima kasih kerana memohon jawatan Penyelia Gudang di syarikat kami.\n\n"
        "Dukacita kami maklumkan bahawa permohonan anda tidak dapat dipertimbangkan kerana jawatan ini memerlukan "
        "lesen memandu kelas E.\n\nSekian, terima kasih.\n\nJabatan Sumber Manusia\n")),
    # a public body's refusal for this intake
    ("an-application-unsuccessful-this-intake", "rejection", _m(
        "e-Jawatan <ejawatan@majlisbandarutara.example>", "Keputusan Permohonan Jawatan - Pembantu Tadbir (N19)",
        "Tuan/Puan,\n\nKEPUTUSAN PERMOHONAN JAWATAN PEMBANTU TADBIR (N19)\n\n2. Dukacita dimaklumkan bahawa permohonan "
        "tuan/puan tidak berjaya bagi pengambilan kali ini.\n\nSekian, terima kasih.\n\nBahagian Sumber Manusia\n")),
    # a written test and a psychometric assessment for the post, after reaching the final stage (no offer)
    ("a-written-test-for-the-post", "assessment", _m(
        "Unit Sumber Manusia <sumbermanusia@perbadananbekalan.example>", "Ujian Bertulis - Calon Peringkat Akhir",
        "Tuan/Puan,\n\nTahniah kerana telah berjaya ke peringkat akhir pemilihan bagi jawatan Pegawai Perolehan (N41)."
        "\n\nTuan/Puan dikehendaki menduduki ujian bertulis dan penilaian psikometrik dalam talian pada 6 Mei 2026, "
        "jam 9.00 pagi.\n\nTerima kasih.\nUnit Sumber Manusia\n")),
    # Singapore office English: a second interview with two dated days to choose from
    ("two-dated-days-offered", "interview_invitation", _m(
        "Melissa Ong <melissa.ong@tidewaylogistics.example>", "Second interview - Transport Planner",
        "Hi Alex,\n\nThanks for the call last week. We'd like you to come in to our Jurong office for a second "
        "interview with our COO. Could you let me know if Tuesday 10 Mar or Wednesday 11 Mar at 2.30pm works?\n\n"
        "Regards,\nMelissa\n")),
    # a call not going ahead, said in plain words
    ("a-call-that-cannot-go-ahead", "cancellation", _m(
        "Kavitha Rao <kavitha.rao@straitsmedtech.example>", "RE: Supply Planner",
        "Hi Alex,\n\nThe hiring manager has been pulled onto a product recall, so we can't go ahead with the call on "
        "Thursday. I'll come back to you once things settle.\n\nKavitha\n",
        quoted="Hi Kavitha, Thursday 3pm works for me. Alex")),
    # a recruiter's offer after the client drops a round (not someone else chosen)
    ("an-offer-after-no-more-rounds", "offer", _m(
        "Daryl Lim <daryl.lim@harbourtalent.example>", "Re: Tideway - next step",
        "Hi Alex,\n\nGood news! Client decided no need for another round and would like to offer you the Transport "
        "Planner role: SGD 4,800 basic, AWS, 14 days leave, start 1 May. Let me know by Friday?\n\n"
        "Daryl\nHarbour Talent Pte Ltd\n",
        quoted="Hi Daryl, any update from Tideway? Alex")),
    # a supervisor's Manglish: a trial day asked for before the boss decides
    ("a-manglish-trial-day", "assessment", _m(
        "Ah Seng <seng.warehouse88@gmail.example>", "Re: warehouse planner job",
        "Hi Alex\n\nboss want u do 1 day trial at our Klang warehouse b4 decide. Mon 9am-5pm, got allowance + lunch. "
        "reply me ya\n\nAh Seng",
        quoted="Hi, thanks for the interview yesterday. Looking forward to hearing from you. Alex")),
]

OTHER_MAIL = [
    # a bank's loan refused with the same bad-news words
    ("a-loan-refused", _m(
        "Bank Sentosa <noreply@banksentosa.example>", "Keputusan Permohonan Pinjaman Peribadi",
        "Tuan/Puan,\n\nDukacita dimaklumkan bahawa permohonan anda untuk pinjaman peribadi tidak berjaya kerana tidak "
        "memenuhi syarat kelayakan.\n\nSekian, terima kasih.\n\nBank Sentosa Berhad\n")),
    # a driving licence's written test
    ("a-driving-licence-test", _m(
        "Sekolah Memandu Jaya <admin@memandujaya.example>", "Ujian KPP",
        "Salam Encik Alex,\n\nEncik dikehendaki menduduki ujian bertulis KPP di sekolah memandu kami pada Sabtu ini, "
        "jam 9.00 pagi. Sila bawa kad pengenalan.\n\nTerima kasih.\n")),
    # a condo committee's meeting moved
    ("a-committee-meeting-moved", _m(
        "Jawatankuasa Pengurusan <jmb@kondosrimutiara.example>", "Pindaan Tarikh Mesyuarat Agung",
        "Tuan/Puan,\n\nDimaklumkan bahawa mesyuarat agung tahunan telah ditunda. Tarikh dan masa baharu adalah seperti "
        "berikut: 12 April 2026, 10.00 pagi di dewan serbaguna.\n\nSekian.\nJMB Kondo Sri Mutiara\n")),
    # a friend's futsal trial
    ("a-futsal-trial", _m(
        "Farid <farid.kl@gmail.example>", "futsal",
        "bro coach want u do 1 day trial with the team sat 8pm at the court, free session je. come ya\n\nFarid")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
