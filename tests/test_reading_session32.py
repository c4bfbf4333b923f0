"""Session 32: general rules from fresh writer sets, each in invented words, with the look-alikes that share them."""

from __future__ import annotations

import pytest

from agent.demo.builder import mail
from agent.parse import parse, split_text
from tests.test_reading import SENT
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m, _read


def test_an_answer_written_under_the_quoted_question_is_the_new_text() -> None:
    """Point-by-point replies open with the line they answer: cutting at the first '>' left them no text at all."""
    text = ("> Is the start date fixed?\n\nNot at all, any Monday in March works for us.\n\n> And is it hybrid?\n"
            "Three days in the office.\n\nOn Mon, 2 Mar 2026 at 10:00, Alex Morgan <alex.morgan@example.net> wrote:\n"
            "> Thanks for the call today.\n")
    new, _ = split_text(text)
    assert " ".join(new.split()) == "Not at all, any Monday in March works for us. Three days in the office."
    raw = _m("Noor Halvani <noor@brackenlight.example>", "Re: Platform engineer",
             "> Would there be any flexibility on base?\n\nYes - we can do $182k base and move the equity to 0.9%.")
    email = parse(raw, me={"alex.morgan@example.net"})
    assert email.text.startswith("Yes - we can do $182k base")


def test_a_message_that_only_quotes_keeps_the_old_reading() -> None:
    """A guard: with no answer of its own above the mailer's quoted history, the text is cut where it always was."""
    new, _ = split_text("> just this\n> and this\n\nOn Mon, 2 Mar 2026 at 10:00, Sam <s@example.com> wrote:\n> hi\n")
    assert new == ""


READ_AS = [
    # an offer made again with new terms in its own thread: the base stated as a pitch states it is no veto of it
    ("an-offer-revised-with-its-base", "offer", _m(
        "Noor Halvani <noor@brackenlight.example>", "Re: Your offer from Brackenlight",
        "Alex,\n\nI took your question to the board. We can do $182k base and move the equity to 0.9%, same vesting. "
        "That is the top of our band.\n\nWe'd need your answer by Friday.\n\nNoor\n",
        quoted="Thanks for the offer! Would there be any flexibility on base?")),
    # a founder's no, its reason a delay
    ("a-founder-passes-for-now", "rejection", _m(
        "Ivo Marsh <ivo@quillstack.example>", "Re: Senior engineer at Quillstack",
        "hey alex, sorry for the slow reply. we're holding off on senior hires until after our seed extension, so "
        "we'll pass for now. good luck!\n", quoted="Hi Ivo, I'd love to talk about the senior engineer role.")),
    # the company's own public write-up is not the user's own job
    ("a-decline-that-mentions-the-companys-postmortem", "rejection", _m(
        "Ruth Okoro <ruth.okoro@lanternbay.example>", "Update on your Lantern Bay application",
        "Hi Alex,\n\nThe outage ate our month (you may have seen the postmortem on our blog). We've now decided to "
        "fill the platform engineer seat with an internal candidate instead, so we won't be moving your application "
        "forward.\n\nThank you for your patience,\nRuth\n")),
    # a project's issue number in a paid trial is no newsletter's
    ("a-paid-trial-week-on-a-real-issue", "assessment", _m(
        "Tarek Blom <tarek@gritline.example>", "Re: Gritline - next step",
        "Hi Alex,\n\nInstead of another call we'd like to do a paid trial week: you pick up a real issue from our "
        "backlog (issue #2231, retries in the sync client) and pair with Ola.\n\nDoes the week of 14 April work?\n\n"
        "Tarek\n", quoted="Happy to do whatever next step suits.")),
    # someone at the office is called away: the user's candidacy goes on
    ("called-to-head-office-so-the-final-round-is-off", "cancellation", _m(
        "Greta Lind <greta.lind@wendelbau.example>", "Cancelled: Alex Morgan - final round (Structural Engineer)",
        "Dear Alex,\n\nI'm sorry for the short notice: I have been called to our head office tomorrow for a bid "
        "review, so we have to cancel tomorrow's final round at our office. We are still very keen and I will send "
        "new times on Monday.\n\nGreta\n")),
    # an employer back after a silence
    ("an-employer-back-after-a-silence", "company_reply", _m(
        "Dana Whitcombe <dana@ridgeviewrehab.example>", "Front desk role - Ridgeview Rehab",
        "Hi Alex,\n\nSorry for the delay. You applied for our front desk opening in March and it fell through the "
        "cracks while we opened the second clinic.\n\nAre you still available and interested? If so I'd love to "
        "talk.\n\nDana\n")),
    # a small practice's name as its sign-off speaks for it, from a personal account
    ("a-practice-declines-from-a-personal-account", "rejection", _m(
        "Marisol Tate <marisol.tate61@yahoo.com>", "Re: Today",
        "Good morning Alex,\n\nDr. Tate has decided to hire another candidate for the receptionist position, someone "
        "who already knows our software.\n\nWe wish you all the best.\n\nMarisol Tate\nTate Family Dental\n")),
    # an agency's recruiter on Gmail signs with her title
    ("a-recruiter-on-gmail-signs-with-her-title", "application_ack", _m(
        "Wulan Sari <wulan.crewline@gmail.com>", "Re: Lamaran Waiter Kapal Pesiar - Alex Morgan",
        "Halo kak Alex,\n\nData lamaran kak Alex sudah kami terima lengkap dan sudah masuk database kami untuk "
        "F&B department. Tim kami akan screening dulu, biasanya 1-2 minggu.\n\nSalam,\nWulan\nRecruitment Officer\n"
        "PT Crewline Nusantara\n")),
    # a founder's invitation in no interview words
    ("come-hang-with-the-team", "interview_invitation", _m(
        "Kit Aldana <kit@loftwire.example>", "Re: Backend engineer at Loftwire",
        "Alex - loved your notes on the queue rewrite. Come hang with the team Friday? We're in Oakland but a video "
        "call is fine. Any time after 2 PT works.\n\nKit\n", quoted="Hi Kit, I applied for the backend engineer role.")),
    # Turkish, as employers, boards and headhunters write it
    ("tr-a-portal-registers-the-application", "application_ack", _m(
        "Ölçek Altyapı İK <ik@olcekaltyapi.example>", "Başvuru Kaydınız (İlan No: 2026/12)",
        "Sayın Alex Morgan,\n\n2026/12 sayılı ilanımız kapsamında \"Saha Mühendisi\" pozisyonu için yapmış olduğunuz "
        "başvuru 03.02.2026 tarihi itibarıyla kayıt altına alınmıştır.\n\nBaşvuru Numaranız: OA-12-0091\n")),
    ("tr-a-talk-planned-with-times-asked", "interview_invitation", _m(
        "Deniz Yalçın <deniz.yalcin@kuzeyproje.example>", "Planlama Mühendisi Pozisyonu",
        "Merhaba Alex,\n\nPlanlama Mühendisi pozisyonumuza yaptığınız başvuru için teşekkür ederiz. Özgeçmişinizi "
        "inceledik ve sizinle yüz yüze bir mülakat gerçekleştirmek istiyoruz.\n\nÖnümüzdeki hafta size uygun olan "
        "gün ve saatleri paylaşabilir misiniz?\n\nSaygılarımla,\nDeniz Yalçın\n")),
    ("tr-a-headhunter-s-client-wants-to-meet", "interview_invitation", _m(
        "Ece Tunç <ece@pergelexecutive.example>", "görüşme",
        "alex merhaba, konuştuğumuz pozisyon için müşterim cv'ni çok beğendi, seninle yüz yüze tanışmak istiyorlar. "
        "bu hafta hangi günler müsaitsin?\nece\n")),
    ("tr-a-headhunter-sets-the-time", "interview_confirmation", _m(
        "Ece Tunç <ece@pergelexecutive.example>", "RE: görüşme",
        "Alex merhaba,\n\nSalı 3 Mart saat 15:00'te görüşmen ayarlandı. Müşterim Doruk Yapı, pozisyon Proje Müdür "
        "Yardımcısı. Adres: Levent, Büyükdere Cad. No: 12, Kat 7.\n\nÇıkışta beni ara!\nEce\n")),
    ("tr-a-public-body-sets-its-oral-exam", "interview_confirmation", _m(
        "Ölçek Altyapı İK <ik@olcekaltyapi.example>", "Sözlü Sınav Tarihi - İlan No: 2026/12",
        "Sayın Alex Morgan,\n\nSözlü sınavınız 18.03.2026 Çarşamba günü saat 11:00'de Genel Müdürlük binasında "
        "yapılacaktır.\n\nAdayların kimlik belgeleriyle birlikte hazır bulunmaları gerekmektedir.\n")),
    ("tr-the-oral-exam-put-off-to-a-day-not-yet-set", "cancellation", _m(
        "Ölçek Altyapı İK <ik@olcekaltyapi.example>", "Sözlü Sınav Erteleme Duyurusu - İlan No: 2026/12",
        "Sayın Alex Morgan,\n\n18.03.2026 günü yapılması planlanan sözlü sınav, komisyon üyelerinin görevlendirmesi "
        "nedeniyle ileri bir tarihe ertelenmiştir. Yeni tarih belirlendiğinde bildirim yapılacaktır.\n")),
    ("tr-the-put-off-exam-gets-its-new-day", "reschedule", _m(
        "Ölçek Altyapı İK <ik@olcekaltyapi.example>", "Ertelenen Sözlü Sınavın Yeni Tarihi - İlan No: 2026/12",
        "Sayın Alex Morgan,\n\nErtelenen sözlü sınav, 02.04.2026 Perşembe günü saat 10:00'da Genel Müdürlük "
        "binasında yapılacaktır.\n")),
    ("tr-a-written-exam-earned", "assessment", _m(
        "Ölçek Altyapı İK <ik@olcekaltyapi.example>", "Yazılı Sınav Bilgilendirmesi - İlan No: 2026/12",
        "Sayın Alex Morgan,\n\nÖn değerlendirme sonucunda yazılı sınava katılmaya hak kazandınız.\n\nSınav Tarihi: "
        "07 Mart 2026\nSınav Saati: 10:00\n")),
    ("tr-another-profile-chosen", "rejection", _m(
        "Gökbel Yapı İK <ik@gokbelyapi.example>", "Başvurunuz Hk.",
        "Sayın Alex Morgan,\n\nİlginiz için teşekkür ederiz. Değerlendirmemiz sonucunda farklı bir profille "
        "ilerlemeye karar verdik. Özgeçmişiniz havuzumuzda saklanacaktır.\n")),
    ("tr-the-application-ended-negatively", "rejection", _m(
        "Kaya Enerji Kariyer <kariyer@kayaenerji.example>", "Proje Mühendisi Başvurunuz",
        "Sayın Alex Morgan,\n\nYapılan değerlendirmeler sonucunda başvurunuzun bu aşamada olumsuz sonuçlandığını "
        "bildirmek isteriz.\n\nSaygılarımızla\n")),
    ("tr-the-client-closed-it-with-another", "rejection", _m(
        "Ece Tunç <ece@pergelexecutive.example>", "Doruk Yapı - geri bildirim",
        "Alex merhaba,\n\nDoruk'tan dönüş aldım. Görüşmenden memnun kalmışlar ama pozisyonu tünel tecrübesi olan bir "
        "adayla kapatmaya karar verdiler. Kusura bakma.\n\nEce\n")),
    ("tr-an-offer-for-the-post-with-its-net-pay", "offer", _m(
        "Deniz Yalçın <deniz.yalcin@kuzeyproje.example>", "Kuzey Proje - Teklif",
        "Merhaba Alex,\n\nPlanlama Mühendisi pozisyonu için size iş teklifimizi sunmaktan memnuniyet duyuyoruz.\n\n"
        "- Net ücret: 88.000 TL / ay\n- İşe başlama: 2 Mart 2026\n\nDönüşünüzü rica ederiz.\nDeniz\n")),
    ("tr-an-oral-exam-earned-and-papers-asked", "company_reply", _m(
        "Ölçek Altyapı İK <ik@olcekaltyapi.example>", "Yazılı Sınav Sonucu - İlan No: 2026/12",
        "Sayın Alex Morgan,\n\nYazılı sınavda 81 puan alarak sözlü sınava katılmaya hak kazandığınızı bildiririz.\n\n"
        "Aşağıdaki belgelerin en geç 10.03.2026 tarihine kadar İnsan Kaynakları'na teslim edilmesi gerekmektedir: "
        "diploma, askerlik durum belgesi.\n")),
    # Indonesian, as hotels, cafés and their recruiters write it
    ("id-an-invitation-that-offers-two-times", "interview_invitation", _m(
        "Made Suartini <made.suartini@batukaranghotel.example>", "Undangan Interview - Bar Supervisor",
        "Dengan hormat, Bapak/Ibu Alex Morgan,\n\nKami ingin mengundang Anda untuk mengikuti interview tatap muka di "
        "hotel kami.\n\nMohon kesediaan Anda untuk menginformasikan waktu yang memungkinkan dari pilihan berikut:\n"
        "1. Senin, 9 Maret 2026 - pukul 10.00 atau 14.00 WITA\n2. Selasa, 10 Maret 2026 - pukul 10.00 atau 14.00 "
        "WITA\n\nHormat kami,\nMade Suartini\nTalent Acquisition Officer\n")),
    ("id-the-meeting-tomorrow-is-off", "cancellation", _m(
        "Wayan Admin <admin@sawahvillas.example>", "Re: Guest Relations Coordinator - next step",
        "Halo kak Alex,\n\nMaaf kak, pertemuan besok (Rabu jam 10) batal dulu ya, Pak Ketut mendadak ke Ubud. Jadwal "
        "baru nanti kami kabari.\n\nWayan\n", quoted="Siap, sampai ketemu besok.")),
    ("id-a-founder-cannot-go-on-with-the-user", "rejection", _m(
        "Dimas Pratama <dimas@kopilembah.example>", "Barista Lead - Kopi Lembah",
        "Halo kak Alex,\n\nMakasih udah apply ke posisi Barista Lead. Setelah diskusi sama tim, kami cari yang lebih "
        "ke specialty coffee, jadi untuk kali ini kami belum bisa lanjut dulu sama kakak.\n\nSalam,\nDimas\n")),
    ("id-a-post-offered-with-its-pay", "offer", _m(
        "Hendra Gunawan <hendra.gunawan@samudrahotels.example>", "Tindak lanjut - F&B Supervisor",
        "Dear Alex,\n\nManajemen memutuskan untuk menawarkan posisi F&B Supervisor kepada Anda, dengan paket:\n\n"
        "- Gaji pokok: Rp 9.500.000 / bulan\n- Tunjangan transport: Rp 500.000 / bulan\n\nOffering letter resmi akan "
        "kami kirimkan minggu depan.\n\nSalam,\nHendra Gunawan\nHR Manager\n")),
    ("id-pay-and-notice-asked-with-take-home-pay", "company_reply", _m(
        "Hendra Gunawan <hendra.gunawan@samudrahotels.example>", "F&B Supervisor - tindak lanjut interview",
        "Selamat pagi Alex,\n\nSebelum kami dapat melanjutkan, mohon bantuan informasi berikut:\n1. Gaji pokok saat "
        "ini dan total take home pay\n2. Ekspektasi gaji untuk posisi F&B Supervisor\n3. Masa pemberitahuan di "
        "perusahaan saat ini\n\nSalam,\nHendra Gunawan\nHR Manager\n")),
]


READ_AS_2 = [
    # the second batch: a product manager's search in India and the Gulf, a cook's in Quebec, a security analyst's in the
    # UK, a store manager's in South Africa
    ("a-founder-s-hinglish-call", "interview_invitation", _m(
        "Kabir Sethi <kabir@dhanbox.example>", "dhanbox <> alex",
        "hey alex\n\npriya ne tumhara profile bheja, looks super relevant. hiring a lead pm for payouts\n\nparso 5 baje "
        "call karte hain? or friday same time\n\nkabir\ncofounder, dhanbox\n")),
    ("a-decline-after-an-onsite-called-off", "rejection", _m(
        "Isha Rao <isha.rao@kitepath.example>", "Update on the Growth PM role",
        "Hi Alex,\n\nThank you for your patience since the onsite was called off. After a reorganisation we've decided to "
        "close this requisition for now, which means we won't be able to take your application forward.\n\n"
        "Warmly,\nIsha\n")),
    ("an-onsite-agenda-with-user-research-as-a-topic", "interview_confirmation", _m(
        "Isha Rao <isha.rao@kitepath.example>", "Confirmed: Kitepath onsite - Tue 9 Sep, 11 am",
        "Hi Alex,\n\nYou're all set for Tuesday, 9 September at our office. The plan:\n\n11:00 - 11:45 Dev Menon (Group "
        "PM) - product deep dive\n11:45 - 12:30 Sana Qureshi (Design Lead) - collaboration & user research\n\nAsk for me "
        "at reception.\n\nIsha\n")),
    ("an-agency-receipt-naming-seller-onboarding-work", "application_ack", _m(
        "Farah Qadri <farah@dunetalent.example>", "Senior PM - Marketplace - received your CV",
        "Hi Alex,\n\nThanks for sending over your CV for the Senior Product Manager role with my client. We have received "
        "your application - the seller onboarding work you did is exactly what they want.\n\nFarah\n")),
    ("a-kitchen-trial-asked-in-quebec-french", "interview_invitation", _m(
        "Olivier Gagné <olivier@brasserieduquai.example>", "Essai en cuisine",
        "Salut Alex,\n\nMerci pour jeudi. Prochaine étape chez nous c'est un essai en cuisine, payé. Tu peux me donner 2-3 "
        "soirs qui marchent pour toi?\n\nOlivier\n")),
    ("a-chef-s-plain-booking", "interview_confirmation", _m(
        "Rosalie Pelletier <rosalie@cafedulac.example>", "Re: Poste de cuisinier - Café du Lac",
        "Allo Alex! Merci pour ton message. Viens mardi (8) à 15h pour jaser, entre le dîner pis le souper.\n\n"
        "Rosalie\n", quoted="Bonjour, je suis intéressé par le poste de cuisinier.")),
    ("a-chef-calls-tomorrow-off", "cancellation", _m(
        "Rosalie Pelletier <rosalie@cafedulac.example>", "Re: Poste de cuisinier - Café du Lac",
        "Ah non Alex, faut que j'annule demain, le frigo a lâché. Je te reviens avec une autre date la semaine prochaine!\n"
        "\nRosalie\n", quoted="Parfait, à mardi!")),
    ("the-post-is-filled-in-quebec-french", "rejection", _m(
        "Rosalie Pelletier <rosalie@cafedulac.example>", "Re: Poste de cuisinier - Café du Lac",
        "Salut Alex, finalement le poste est comblé : une ancienne de l'équipe revient. Bonne chance!\n\nRosalie\n",
        quoted="Des nouvelles pour le poste?")),
    ("an-online-knowledge-test-in-french", "assessment", _m(
        "Dotation <dotation@cisss-riviere.example>", "Invitation - test de connaissances (réf. 26-0101)",
        "Bonjour,\n\nÀ la suite de l'analyse de votre candidature pour le poste de chef de production, nous vous invitons "
        "à réaliser un test de connaissances en ligne d'ici le 20 mars.\n\nL'équipe de dotation\n")),
    ("an-offer-revised-in-french", "offer", _m(
        "Émilie Roy <emilie.roy@hotelriviere.example>", "RE: Offre d'emploi - Sous-chef, banquets",
        "Bonjour Alex,\n\nLa direction a accepté de bonifier les conditions. Voici notre proposition révisée : salaire "
        "annuel de 61 000 $, allocation de relocalisation de 2 000 $.\n\nÉmilie Roy\nConseillère RH\n",
        quoted="Merci pour l'offre d'emploi pour le poste de sous-chef.")),
    ("an-agency-s-they-want-you", "offer", _m(
        "Mathis Leduc <mathis@ligneplacement.example>", "They want you!! (Traiteur Beaulieu)",
        "ALEX.\n\nNadia called after your meeting. They want you!! Here's what they're putting on the table:\n\n- Sous-chef"
        "\n- $27/h, 40h/week\n- start date: Monday June 2\n\nCall me today?\n\nMathis\n")),
    ("a-client-sets-a-bar-the-user-does-not-meet", "rejection", _m(
        "Nia Mensah <nia.mensah@kestrelsearch.example>", "RE: Security Engineer (SC) - submitted",
        "Hi Alex - client's come back: they'll only take people with live SC on this one, the programme can't wait for "
        "vetting. Sorry, I did push.\n\nNia\n", quoted="Thanks Nia, happy to be put forward.")),
    # a hint of more pay is no offer made again
    ("an-agency-s-hint-of-more-pay", "company_reply", _m(
        "Mathis Leduc <mathis@ligneplacement.example>", "Re: They want you!! (Traiteur Beaulieu)",
        "Hey, got your text. Before I go back to Nadia with a no: what would it take? She hinted she could go to $28.50. "
        "Let me know by noon.\n\nMathis\n", quoted="I don't think the 6am start works for me.")),
    ("af-an-interview-with-times-to-choose", "interview_invitation", _m(
        "Werwing <werwing@kameeldoringmeubels.example>", "Onderhoud: Takbestuurder Bloemfontein",
        "Goeie dag Alex\n\nOns nooi jou uit vir 'n onderhoud vir die pos van Takbestuurder.\n\nLaat weet my asseblief "
        "watter van die volgende tye jou pas:\n- Dinsdag 8 April om 10:00\n- Donderdag 10 April om 09:00\n")),
    ("af-a-questionnaire-and-a-numeracy-test", "assessment", _m(
        "Werwing <werwing@kameeldoringmeubels.example>", "Volgende stap: aanlyn vraelys",
        "Hallo Alex\n\nDie volgende stap vir jou aansoek is 'n aanlyn persoonlikheidsvraelys en 'n kort syfertoets.\n\n"
        "Sperdatum: Maandag 14 April.\n")),
    ("af-an-appointment-with-its-package", "offer", _m(
        "Koos Botha <koos.botha@kameeldoringmeubels.example>", "Aanstelling: Takbestuurder Bloemfontein",
        "Goeie middag Alex\n\nDit is vir my 'n plesier om jou te laat weet dat ons jou graag as Takbestuurder van ons "
        "Bloemfontein tak wil aanstel.\n\n- CTC: R31 000 per maand\n- Begindatum: 1 Junie 2025\n\nKoos\n")),
]


@pytest.mark.parametrize("name, kind, raw", READ_AS + READ_AS_2, ids=_ids(READ_AS + READ_AS_2))
def test_reads_the_kind(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


def _calendly(subject: str, body: str) -> bytes:
    return mail(frm="Calendly <notifications@calendly.com>", to="Alex Morgan <alex.morgan@example.net>",
                subject=subject, date=SENT, body=body, msgid="<s32@example.com>")


LOOK_ALIKES = [
    ("tr-a-career-coach-s-session", _calendly(
        "Confirmed: Kariyer Planlama Seansı (60 dk) with Selin Aras on Tuesday, March 3, 2026",
        "Hi Alex Morgan,\n\nYour event has been scheduled.\n\nEvent Type: Kariyer Planlama Seansı (60 dk)\nInvitee: "
        "Selin Aras - Kariyer Koçluğu\nDate/Time: 19:00 - 20:00, Tuesday, March 3, 2026 (Istanbul Time)\n")),
    ("tr-a-masters-application-with-its-interview", _m(
        "Enstitü Başvuru <basvuru@kuzeyteknik.example>", "Yüksek Lisans Başvurunuz Alınmıştır",
        "Sayın Alex Morgan,\n\nLisansüstü programlarına yapmış olduğunuz başvuru alınmıştır.\n\nÖn değerlendirmeyi "
        "geçen adaylar için mülakat 20 Ocak 2026 Salı saat 14:00'te yapılacaktır.\n")),
    ("tr-a-volunteer-s-meeting", _m(
        "Gönüllü Koordinasyon <gonullu@kiyidernegi.example>", "Gönüllü Başvurunuz Hakkında",
        "Merhaba Alex,\n\nGönüllü başvurun ön değerlendirmeden geçti, tebrikler! Seni bir tanışma görüşmesine davet "
        "ediyoruz: 7 Şubat Cumartesi 10:00, Kadıköy ekip merkezi.\n")),
    ("tr-a-seminar-s-registration", _m(
        "Oda Etkinlik <etkinlik@insaatodasi.example>", "Başvurunuz Alınmıştır: Deprem Yönetmeliği Semineri",
        "Sayın Alex Morgan,\n\nSeminer kaydınız alınmıştır. Seminer 12 Mart'ta saat 18:30'da oda salonunda "
        "yapılacaktır.\n")),
]


LOOK_ALIKES_2 = [
    ("an-hr-system-asks-the-user-for-feedback-on-a-candidate", mail(
        frm="Darwinbox <noreply@darwinbox.example>", to="Alex Morgan <alex.morgan@example.net>",
        subject="Reminder: Interview feedback pending for Kiran Desai", date=SENT, msgid="<s32b@example.com>",
        body="Dear Alex Morgan,\n\nYour interview feedback for Kiran Desai (Associate Product Manager, Round 2) is "
             "overdue. Please submit it today.\n\nThis is a system generated email.\n")),
    ("a-cooks-competition-receipt", _m(
        "Concours <inscriptions@releveculinaire.example>", "Relève culinaire 2026 - nous avons bien reçu votre candidature",
        "Bonjour Alex,\n\nNous avons bien reçu votre candidature au concours culinaire Relève 2026. Les candidats "
        "présélectionnés seront convoqués à la demi-finale régionale en mai.\n\nLe comité\n")),
]


@pytest.mark.parametrize("name, raw", LOOK_ALIKES + LOOK_ALIKES_2, ids=_ids(LOOK_ALIKES + LOOK_ALIKES_2))
def test_look_alikes_stay_other_mail(name: str, raw: bytes) -> None:
    assert _read(raw).kind == "not_relevant", _read(raw).reasons


def test_take_home_pay_is_no_take_home_test() -> None:
    from agent.features import FEATURES, fires

    feature = next(f for f in FEATURES if f.reason == "asks for an assessment or take-home")
    assert not fires(feature, "1. current base salary and total take home pay")
    assert fires(feature, "the take-home is due on friday")
