"""Session 23: the rules seven fresh writer sets revealed (a seasonal worker's, a new PhD's and a call-centre agent's
searches; then an accountant's in Jakarta and Kuala Lumpur, a QA engineer's in Istanbul, a UK IT contractor's through
agencies, a US veteran's federal search), each one general rule in invented words, with the look-alikes that share its
words. The Turkish, Indonesian and Malay phrases (agent/phrasebook.py) were written from those languages' hiring mail,
then tried on the two dev sets in them."""

from __future__ import annotations

import pytest

from agent.addresses import is_ats_label, is_relay
from agent.facts import company_of
from agent.features import decide, score
from agent.parse import parse
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m

CASES = [
    # --- a contractor's agencies
    # an agency asking to put the user forward: the rate and start are the role's, not an offer
    ("a-right-to-represent-with-its-rate", "company_reply", _m(
        "Owen Tait <owen.tait@ferrylandrecruit.example>", "Contract Platform Engineer | Outside IR35 | £550pd - RTR",
        "Hi Alex,\n\nAs discussed, I'd like to submit your CV to my client Marlow Water for the following:\n\n"
        "Role: Contract Platform Engineer\nRate: £550 per day\nDuration: 6 months\nStart: ASAP\n\nPlease reply "
        "confirming you're happy for me to represent you.\n\nOwen\n")),
    ("all-of-tomorrows-interviews-called-off", "cancellation", _m(
        "Priya Sandhu <priya@quaytalent.example>", "Lanyard Media - tomorrow cancelled",
        "Hi Alex,\n\nLanyard Media have had a re-org announced and the Head of Engineering has cancelled all interviews "
        "for tomorrow, including yours at 2pm. The role is still open as far as I know.\n\nPriya\n")),
    # a hiring manager's phone note: thanks for the CV, and the contractor's rate asked
    ("ta-for-the-cv-and-your-rate", "company_reply", _m(
        "Colin Marsh <colin.marsh@tanhillfreight.example>", "Re: Data engineer contract - CV",
        "hi alex, ta for the cv. got a few q's\n- how much airflow have u done in prod?\n- whats ur rate, we're outside "
        "ir35\n\ncheers\ncolin\n")),
    # --- federal and public-sector notices
    ("an-announcement-cancelled", "rejection", _m(
        "USA Staffing <no-reply@usastaffing.example>", "Announcement Cancelled - Supply Technician, FRS-26-0117",
        "Dear Applicant,\n\nThank you for your interest in the position of Supply Technician, GS-2005-07. This notice "
        "is to inform you that the announcement has been cancelled. No selection will be made from this announcement."
        "\n")),
    ("a-rescheduled-subject-with-a-new-invite", "reschedule", _m(
        "Okafor, Nneka (FLA HR) <nneka.okafor@fla-hr.example>", "RESCHEDULED: Structured Interview - Logistics Specialist",
        "Good morning,\n\nDue to a panel member's conflict, your structured interview originally scheduled for "
        "Tuesday, 3 March 2026 at 1300 ET has been rescheduled to:\n\nThursday, 5 March 2026, 1000-1045 Eastern Time\n\n"
        "Respectfully,\nNneka Okafor\nHuman Resources Specialist\n")),
    # a booking's own furniture: "Need to change the time? Use the link" moves nothing
    ("a-bookings-way-to-change-the-time", "interview_confirmation", _m(
        "Quarry Sustainment Group <noreply@mail.teamtailor.example>", "Confirmed: Interview with Quarry on Tue, Mar 24",
        "Hi Alex,\n\nYour interview is booked!\n\nTuesday, March 24, 2026\n3:00 PM - 3:45 PM (America/Denver)\n\nNeed "
        "to change the time? Use the link in your calendar invite.\n\nQuarry Sustainment Group\n")),
    # a scheduler's step before the post: "Reminder: Intro call - <title>"
    ("a-reminder-titled-step-then-post", "interview_confirmation", _m(
        "Ayla Demir <ayla.demir@poyrazmob.example>", "Reminder: Intro call - Senior Test Automation Engineer",
        "Tuesday, March 3, 2026 · 11:00 - 11:30 (Europe/Istanbul)\nJoin: https://zoom.example/j/55510203\n")),
    # in Indonesian hiring the "user" is the hiring manager
    ("a-user-interview-for-a-post", "interview_invitation", _m(
        "Rina Wibowo <rina@bayusamudra.example>", "Schedule your interview - Tax Accountant",
        "Hi Alex,\n\nRina Wibowo has invited you to schedule an interview for the Tax Accountant role.\n\nInterview "
        "type: User interview (onsite)\nDuration: 60 minutes\n\nPick a time: https://book.example/r/55\n")),
    ("a-refusal-that-thanks-for-a-survey", "rejection", _m(
        "Crumb Corner Hiring <hiring@crumbcorner.example>", "Your Crumb Corner application",
        "Hi Alex,\n\nThank you for completing our survey. Based on the results, we are not able to offer you an "
        "interview for Team Lead at this time. You may reapply in 90 days.\n")),
    # --- Indonesian and Malay, HR often from a personal account named for the department
    ("hrd-on-gmail-not-through", "rejection", _m(
        "HRD Sekar Pangan <rekrutmen.sekarpangan@gmail.com>", "Hasil Interview - Staf Akuntansi",
        "Yth. Bapak Alex Morgan\n\nTerima kasih telah hadir pada interview tanggal 18 September. Mohon maaf, Anda belum "
        "lolos untuk tahap selanjutnya pada posisi Staf Akuntansi Senior.\n\nSalam,\nHRD PT Sekar Pangan\n")),
    ("a-portal-not-continuing", "rejection", _m(
        "KarirPintu <notifikasi@karirpintu.example>", "Pembaruan status lamaran",
        "Hai Alex Morgan,\n\nAda pembaruan untuk lamaranmu: Posisi Senior Accountant. Perusahaan telah meninjau "
        "lamaranmu dan memutuskan untuk tidak melanjutkan ke tahap berikutnya.\n")),
    ("malay-not-successful", "rejection", _m(
        "Talent Acquisition <careers@serikemboja.example>", "Keputusan permohonan jawatan",
        "Salam sejahtera Encik Alex,\n\nTerima kasih kerana menghadiri temu duga bagi jawatan Akauntan. Dukacita "
        "dimaklumkan bahawa permohonan anda tidak berjaya untuk ke peringkat seterusnya kali ini.\n")),
    ("indonesian-case-study-next", "assessment", _m(
        "Dimas Pratama <dimas@kopilangit.example>", "Next step - Finance Lead",
        "Halo Alex!\n\nTerima kasih sudah ngobrol dengan Bima kemarin. Next step-nya adalah case study singkat ya, "
        "datanya terlampir. Kirim balik paling lambat Jumat.\n\nDimas\n")),
    # --- Turkish
    ("turkish-portal-declined", "rejection", _m(
        "Sefa Sigorta A.Ş. <ik@sefasigorta.example>", "Başvurunuz hakkında",
        "Merhaba Alex Morgan,\n\nSefa Sigorta A.Ş. firmasının \"Test Uzmanı\" ilanına yaptığın başvuru firma tarafından "
        "olumsuz olarak değerlendirildi.\n")),
    ("turkish-another-candidate", "rejection", _m(
        "İnsan Kaynakları <ik@gokcebank.example>", "Değerlendirme Sonucu - Test Otomasyon Uzmanı",
        "Sayın Alex Morgan,\n\nTest Otomasyon Uzmanı pozisyonu için gösterdiğiniz ilgi için teşekkür ederiz. Yapılan "
        "değerlendirme sonucunda, profili daha yakın olan bir aday ile sürece devam edilmesine karar verilmiştir.\n")),
    ("turkish-interview-called-off", "cancellation", _m(
        "Deniz Aksoy <deniz@korfeztel.example>", "Mülakat iptali",
        "Sayın Alex Morgan,\n\n18 Şubat Çarşamba günü saat 14:00'te planlanan mülakatınız, bina genelindeki elektrik "
        "çalışması nedeniyle iptal edilmiştir. Yeni tarih için sizinle iletişime geçeceğiz.\n")),
    ("turkish-moved-to-an-hour", "reschedule", _m(
        "Ahmet Yurt <ahmet.yurt@gokcebank.example>", "Mülakat tarihi hk.",
        "Sayın Alex Morgan,\n\nPanel üyemizin toplantısı nedeniyle mülakatınızı 29 Ocak Perşembe saat 15:00'e almak "
        "durumundayız. Yer değişmemiştir.\n")),
    # --- look-alikes that share the words
    ("a-boiler-visit-called-off", "not_relevant", _m(
        "Hearth & Flue <office@hearthflue.example>", "Boiler service Thurs - cancelled",
        "Morning Alex,\n\nSorry, your engineer for Thursday's boiler service is off sick. We'll have to cancel for now "
        "and I'll ring you once the diary is sorted.\n")),
    ("a-turkish-performance-review-at-work", "not_relevant", _m(
        "Selin Kaya <selin.kaya@erguvansoft.example>", "Yıl sonu performans görüşmesi",
        "Merhaba Alex,\n\n2025 yıl sonu performans görüşmen için takvimine toplantı gönderdim: 15 Aralık Pazartesi "
        "14:00-15:00.\n\nSelin\n")),
    ("an-indonesian-internal-posting", "not_relevant", _m(
        "HR Lentera <hr@lenteragroup.example>", "Internal job posting: Finance Controller",
        "Dear Lentera Family,\n\nDalam rangka pengembangan karier internal, kami membuka kesempatan bagi karyawan untuk "
        "posisi Finance Controller. Seleksi meliputi tes tertulis dan interview.\n")),
    ("a-malay-scholarship-refused", "not_relevant", _m(
        "Yayasan Cendekia <noreply@cendekia.example>", "Keputusan permohonan biasiswa",
        "Dukacita dimaklumkan permohonan biasiswa tuan/puan tidak berjaya untuk sesi 2026.\n")),
    ("a-grant-refused-in-the-same-words", "not_relevant", _m(
        "Arts Fund <grants@artsfund.example>", "Your project grant application",
        "Dear Alex,\n\nThank you for your project grant application. Unfortunately we are not able to proceed with it "
        "this round.\n")),
]


@pytest.mark.parametrize("name, kind, raw", CASES, ids=_ids(CASES))
def test_session_23_rules(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


def _rules(subject: str, body: str) -> tuple[str | None, dict[str, list[str]]]:
    scores, reasons = score(subject.lower(), body.lower())
    return decide(scores), reasons


def test_a_next_stage_that_is_a_practical_is_a_test() -> None:
    """The rules' reading (the model, which learned contractors' mail this session, may still ask about it)."""
    kind, _ = _rules("Saltmarsh - stage 2", "Morning Alex! They enjoyed Wednesday. Stage 2 is a practical: a sandbox "
                     "account with a broken cluster, and 2 hours to get the app healthy. Any time before Thursday.")
    assert kind == "assessment"


def test_a_vetting_lists_references() -> None:
    kind, _ = _rules("Action required: referencing - Alex Morgan", "Dear Alex,\n\nTo allow your assignment to proceed, "
                     "please provide within 48 hours:\n\n- Two professional references with a work email address\n- "
                     "Proof of address\n")
    assert kind == "company_reply"


def test_a_cv_already_put_forward_asks_nothing() -> None:
    """"Thanks for confirming right to represent ... I've now submitted your CV" is behind the request, not one."""
    _, reasons = _rules("Harbour Rail - CV submitted", "Hi Alex, thanks for confirming right to represent earlier. I've "
                        "now submitted your CV to Harbour Rail for the DevOps contract.")
    assert "asks to put the user forward to a client" not in reasons.get("company_reply", [])


def _company(raw: bytes) -> str | None:
    return company_of(parse(raw, me={"alex.morgan@example.net"}))


def test_a_vendors_sending_domain_is_the_vendors() -> None:
    """A vendor sends from its name with a mail affix ("greenhouse-mail", "workablemail"): such a label is the vendor's,
    never the employer's; a company whose name only ends like one is not."""
    assert is_ats_label("lever-mail") and is_ats_label("myworkdayjobs-mail") and is_ats_label("recruiteemail")
    assert is_relay("noreply@hire.lever-mail.example")
    assert not is_ats_label("quillmail") and not is_ats_label("levermann")
    raw = _m("Glenmoss Tours <no-reply@hire.lever-mail.example>", "Your application",
             "Hi Alex,\n\nThanks for applying. Please complete a short written exercise.\n")
    assert _company(raw) == "Glenmoss Tours"


def test_the_writing_department_and_an_emoji_are_no_part_of_the_name() -> None:
    raw = _m("Rimba Kopi 🎉 <hello@rimbakopi.example>", "Offer",
             "Hi Alex,\n\nGreat news! We'd like to offer you the Finance Lead role.\n")
    assert _company(raw) == "Rimba Kopi"
    raw = _m("Cempaka Hartanah HR <cempakahartanah.hr@gmail.com>", "Temu duga",
             "Salam Alex,\n\nKami ingin menjemput anda ke temu duga bagi jawatan Akauntan.\n")
    assert _company(raw) == "Cempaka Hartanah"
    raw = _m("HRD PT Arunika Pangan <fitri.arunika@gmail.com>", "Panggilan interview",
             "Selamat siang Bapak Alex,\n\nKami mengundang Bapak untuk mengikuti interview untuk posisi Staf Akuntansi.\n")
    assert _company(raw) == "PT Arunika Pangan"


def test_a_domain_spells_a_turkish_name_without_its_letters() -> None:
    """'gokcebankasi' for 'Gökçe Bankası': the domain drops the accents, and the name the text writes is the company."""
    raw = _m("Ahmet Yurt <ahmet.yurt@gokcebankasi.example>", "Mülakat daveti",
             "Sayın Alex Morgan,\n\nTest Otomasyon Uzmanı pozisyonu için sizi mülakata davet etmek istiyoruz.\n\n"
             "Saygılarımızla,\nGökçe Bankası A.Ş.\nİnsan Kaynakları\n")
    assert _company(raw) == "Gökçe Bankası"


def test_mailbox_org_and_posteo_are_personal_mail() -> None:
    from agent.addresses import FREE_MAIL

    assert {"mailbox", "posteo"} <= FREE_MAIL
