"""Session 32: general rules from fresh writer sets, each in invented words, with the look-alikes that share them."""

from __future__ import annotations

import pytest

from agent.classify import as_read
from agent.features import decide, score
from agent.parse import parse, split_text
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
    # a chef on a personal account, in the thread his subject titles with the post
    ("a-chef-on-gmail-chose-someone-else", "rejection", _m(
        "Rémi Tessier <remi.tessier.chef@gmail.com>", "Re: Poste cuisinier Chez Rémi",
        "Salut Alex,\n\nMerci pour la jase mardi. Finalement on a choisi quelqu'un d'autre, un gars qui peut rentrer lundi."
        "\n\nRémi\n", quoted="Merci pour l'appel!")),
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


READ_AS_3 = [
    # the third batch: a maintenance technician's plants in Hungary, a receptionist's hotels in Greece and Cyprus, an
    # accountant's firms in Vietnam, a student's Werkstudent search in Germany
    ("hu-a-plant-asks-the-user-in-with-times-offered", "interview_invitation", _m(
        "Kovács Eszter <kovacs.eszter@tiszagep.example>", "Személyes interjú – Karbantartó technikus",
        "Kedves Alex!\n\nKöszönjük jelentkezését. Szeretnénk személyes interjúra behívni szolnoki gyárunkba. Az alábbi "
        "időpontok közül válasszon:\n- október 14. (kedd) 9:00\n- október 15. (szerda) 13:00\n\nÜdvözlettel:\nKovács "
        "Eszter\nHR generalista\n")),
    ("hu-the-interview-is-off", "cancellation", _m(
        "Kovács Eszter <kovacs.eszter@tiszagep.example>", "Holnapi interjú elmarad",
        "Kedves Alex!\n\nSajnálattal értesítjük, hogy a holnapra egyeztetett interjú egy váratlan audit miatt elmarad. "
        "Jelentkezése továbbra is érvényes, az új időpontról keressük.\n")),
    ("hu-another-candidate-chosen", "rejection", _m(
        "Kovács Eszter <kovacs.eszter@tiszagep.example>", "Tájékoztatás – karbantartó pozíció",
        "Kedves Alex!\n\nKöszönjük türelmét. Végül más jelölt mellett döntöttünk, így a kiválasztási folyamatot "
        "lezártuk.\n\nSok sikert kívánunk!\n")),
    ("hu-work-offered-with-gross-pay", "offer", _m(
        "Kovács Eszter <kovacs.eszter@tiszagep.example>", "Ajánlatunk – karbantartó technikus munkakör",
        "Kedves Alex!\n\nÖrömmel írom, hogy szeretnénk Önnek munkát ajánlani az alábbi feltételekkel:\n• Alapbér: bruttó "
        "590 000 Ft/hó\n• Kezdés: 2025. november 10.\n\nÜdv.:\nKovács Eszter\n")),
    ("hu-a-reply-quoted-under-a-hungarian-header", "rejection", _m(
        "Szabó Péter <szabo.peter@alfoldtej.example>", "RE: Karbantartó állás – jelentkezés",
        "Kedves Alex!\n\nKöszönöm a jelentkezésedet. Végül olyan kollégát vettünk fel, aki ezekkel a gépekkel már "
        "dolgozott.\n\nPéter\n\n2025. 10. 27. 19:12 keltezéssel, Morgan Alex írta:\n> Szeretnék jelentkezni a "
        "karbantartói állásra, nagyon érdekel a pozíció.\n")),
    ("el-an-invitation-with-dates-proposed", "interview_invitation", _m(
        "Ελένη Παππά <e.pappa@nisosport.example>", "Πρόσκληση σε συνέντευξη – Passenger Services",
        "Αγαπητέ κ. Morgan,\n\nσας ευχαριστούμε για την αίτησή σας. Με χαρά σας προσκαλούμε σε συνέντευξη.\n\nΠροτείνουμε "
        "τις εξής ημερομηνίες:\n- Τετάρτη 9 Απριλίου, 14:00\n- Πέμπτη 10 Απριλίου, 10:00\n\nΕλένη Παππά\n")),
    ("el-the-video-call-is-off", "cancellation", _m(
        "Βάσω Λαμπράκη <vaso@nisosstaff.example>", "Re: Θέση υποδοχής για σεζόν",
        "Alex, κακά νέα. Ο διευθυντής έπρεπε να φύγει εκτάκτως, οπότε η βιντεοκλήση των 17:00 σήμερα ακυρώνεται. Θα μου "
        "δώσει νέα μέρα.\nΒάσω\n", quoted="Τέλεια, τα λέμε στις 17:00!")),
    ("el-the-post-is-already-filled", "rejection", _m(
        "Στέλλα Μαρκάκη <stella.markaki@villaelia.example>", "Re: Βιογραφικό – Υποδοχή σεζόν 2026",
        "Καλημέρα Alex, ευχαριστούμε πολύ για το βιογραφικό. Για φέτος καλύψαμε ήδη τη θέση της υποδοχής, οπότε δεν "
        "προχωράμε. Καλή σεζόν!\nΣτέλλα\n\nΣτις Πέμ 19 Φεβ 2026 στις 7:12 μ.μ., ο χρήστης Alex Morgan "
        "<alex.morgan@example.net> έγραψε:\n> Καλησπέρα, σας στέλνω το βιογραφικό μου για τη θέση υποδοχής.\n")),
    ("en-we-cannot-do-our-meeting", "cancellation", _m(
        "Nikos Vlachos <nikos@aktihotel.example>", "Re: Front Desk Agent - Hotel Akti",
        "Alex hi, sorry for Sunday message. I must cover a shift tomorrow so we cannot do our meeting Monday 15:00. I will "
        "write you this week for new day.\nNikos\n", quoted="Thank you, see you Monday at 15:00 for the front desk role.")),
    ("vi-an-interview-moved", "reschedule", _m(
        "Nguyễn Thu Hà <ha.nt@saomaiaudit.example>", "Re: Thư mời phỏng vấn - Kế toán tổng hợp",
        "Chào Anh/Chị Alex,\n\nDo Giám đốc đi công tác đột xuất, buổi phỏng vấn của Anh/Chị xin được dời lịch sang:\n\n"
        "Thời gian: 14h00, Thứ Hai, ngày 10/03/2025\n", quoted="Cảm ơn chị, em xác nhận tham dự phỏng vấn.")),
    ("vi-not-a-fit-this-time", "rejection", _m(
        "Phòng Nhân sự <hr@hoasenfoods.example>", "Thông báo kết quả hồ sơ ứng tuyển - Kế toán",
        "Chào bạn Alex,\n\nCảm ơn bạn đã ứng tuyển vị trí Kế toán. Sau khi xem xét, chúng tôi rất tiếc phải thông báo hồ "
        "sơ của bạn chưa phù hợp với yêu cầu của vị trí ở thời điểm hiện tại.\n")),
    ("de-a-founder-asks-for-twenty-minutes", "interview_invitation", _m(
        "Tim Becker <tim@kistenflug.example>", "deine bewerbung",
        "hi alex, tim von kistenflug hier. hab deine bewerbung über linkedin gesehen gefällt mir. hast du diese oder "
        "nächste woche mal 20 min für nen call? bin meistens ab 17 uhr frei\n\ngruß tim\n")),
    ("de-the-appointment-must-fall-away", "cancellation", _m(
        "D. Pawlowski <filiale.0311@frischkorb.example>", "AW: Einladung zum Vorstellungsgespräch",
        "Hallo Alex Morgan,\n\nder Termin heute um 17 Uhr muss leider ausfallen, bin krankgeschrieben. Meine Stellvertretung "
        "meldet sich wegen neuem Termin.\n\nMfG\nD. Pawlowski\n", quoted="Vielen Dank, ich komme gerne am Montag um 17 Uhr.")),
    ("de-an-agency-that-cannot-name-its-client-yet", "interview_invitation", _m(
        "Kevin Sommer <k.sommer@elbpersonal.example>", "Deine Bewerbung: Werkstudent (m/w/d) Einkauf",
        "Hallo Alex,\n\nvielen Dank für deine Bewerbung! Dein Profil passt richtig gut zu dem, was unser Kunde sucht.\n\n"
        "Hast du Zeit für ein kurzes Telefonat? Dann erzähle ich dir mehr über den Kunden (darf ich per Mail leider noch "
        "nicht namentlich nennen). Am besten schickst du mir 2–3 Zeitfenster.\n\nKevin\n")),
    ("de-a-cover-letter-s-podcast-praised", "interview_invitation", _m(
        "Lena Vogt <lena.vogt@radlgruppe.example>", "Kennenlernen bei Radlgruppe?",
        "Hey Alex,\n\ndanke für deine Bewerbung – vor allem die Sache mit dem Uni-Podcast hat mir gefallen!\n\nHast du Lust "
        "auf ein kurzes Kennenlernen? 30 Minuten per Video. Such dir einfach einen Slot aus: https://cal.example/lena\n\n"
        "Lena\n")),
]


READ_AS_4 = [
    # the fourth batch: a violinist's orchestras, a call-centre supervisor's in Morocco, a lorry driver's hauliers, a
    # nurse's move to Germany. An orchestra's audition for a seat in its sections is its interview.
    ("an-orchestra-books-an-audition-for-a-seat", "interview_confirmation", _m(
        "Joanna Pike <joanna.pike@kestonphil.example>", "Audition - Section Second Violin - Tuesday 20 May",
        "Dear Alex,\n\nThank you for confirming. Your audition for the position of Section Second Violin:\n\nTuesday 20 "
        "May 2025 at 11:20\nKeston Town Hall (Stage Door, Mill Street)\nWarm-up room from 10:40.\n\nJoanna Pike\n"
        "Orchestra Manager\n", quoted="Thank you, I'd be delighted to audition on 20 May.")),
    ("an-orchestra-s-probespiel-moved", "reschedule", _m(
        "Orchesterbüro <orchesterbuero@oper-falkenau.example>", "AW: Einladung zum Probespiel Tutti 2. Violine - VERSCHIEBUNG",
        "Sehr geehrte*r Alex Morgan,\n\nwir müssen das Probespiel Tutti 2. Violine vom 2. April auf Mittwoch, den 9. April "
        "2025 verlegen. Ihre neue Vorspielzeit ist 11:20 Uhr.\n\nMit freundlichen Grüßen\nOrchesterbüro\n",
        quoted="Vielen Dank für die Einladung zum Probespiel am 2. April.")),
    ("a-haulier-makes-it-monday-instead", "reschedule", _m(
        "Dave Rowe <dave@rowehaulage.example>", "Re: class 1 driver - assessment drive",
        "alex cant do fri now, got the auditors in. make it mon same time 7.30 instead for your assessment drive. sorry "
        "mate\n\nDave\n", quoted="Friday 7.30 for the assessment drive is fine, thanks.")),
    ("fr-the-final-interview-confirmed", "interview_confirmation", _m(
        "Kenza Alaoui <kenza@atlasrh.example>", "Atlas Assistance – entretien final",
        "Salam Alex !\n\nEntretien final confirmé : mardi 25 novembre à 9h30 avec M. Sqalli, même adresse. Ramène ta CIN."
        "\n\nKenza\n")),
    ("fr-the-client-chose-another-profile", "rejection", _m(
        "Kenza Alaoui <kenza@atlasrh.example>", "L'autre poste (superviseur qualité)",
        "Re salam Alex,\n\nPetit point sur le poste de superviseur qualité : le client a fait son choix et ils sont partis "
        "sur un profil qui venait directement de la qualité. Désolée !\n\nKenza\n")),
    ("fr-the-client-wants-the-user-to-join", "offer", _m(
        "Kenza Alaoui <kenza@atlasrh.example>", "Atlas Assistance – proposition",
        "Salam Alex !!\n\nAtlas Assistance veut te faire rejoindre l'équipe. Voici ce qu'ils proposent :\n- Poste : "
        "Superviseur Plateau\n- Salaire : 10 500 MAD net/mois\n- Démarrage : 5 janvier\n\nKenza\n")),
    ("ar-a-decline", "rejection", _m(
        "الموارد البشرية <rh@nawras-services.example>", "بخصوص ترشيحكم لمنصب مشرف فريق",
        "السيد أليكس مورغان،\n\nنشكركم على ترشيحكم لمنصب مشرف فريق خدمة العملاء. نأسف لإبلاغكم بأنه لم يتم اختيار ترشيحكم "
        "للمرحلة الموالية.\n")),
    ("de-a-care-service-would-hire-the-user", "offer", _m(
        "Dirk Janssen <dirk.janssen@pflegedienst-watt.example>", "Nach unserem Gespräch",
        "hallo alex,\n\nhat mir freitag echt gut gefallen. machen wir es kurz: wir würden sie gern einstellen.\n\n- 3.600 € "
        "brutto ab Anerkennung\n- Start: 1. März\n\nDirk Janssen\nPflegedienstleitung\n")),
    ("an-agency-s-client-only-takes-nurses-with-b2", "rejection", _m(
        "Jonas Albers <j.albers@brueckenpflege.example>", "Kurzes Update – Uniklinik",
        "Hi Alex, quick update: the university hospital we sent your profile to has come back - they only take nurses with "
        "B2 in hand this round. The other two are still open.\n\nJonas\n", quoted="Thanks Jonas, fingers crossed.")),
]


# Two the rules read in the phrasebook's words and the model, which has read a few hundred messages of each of these
# languages, overrules on these short invented texts (it reads the formal openings as a refusal): the phrases are
# tested here; the whole reading of such mail is the corpus's to measure (MW and NE read right with the shipped model).
PHRASES = [
    ("id-an-invitation-that-offers-two-times", "interview_invitation", _m(
        "Made Suartini <made.suartini@batukaranghotel.example>", "Undangan Interview - Bar Supervisor",
        "Dengan hormat, Bapak/Ibu Alex Morgan,\n\nKami ingin mengundang Anda untuk mengikuti interview tatap muka di "
        "hotel kami.\n\nMohon kesediaan Anda untuk menginformasikan waktu yang memungkinkan dari pilihan berikut:\n"
        "1. Senin, 9 Maret 2026 - pukul 10.00 atau 14.00 WITA\n2. Selasa, 10 Maret 2026 - pukul 10.00 atau 14.00 "
        "WITA\n\nHormat kami,\nMade Suartini\nTalent Acquisition Officer\n")),
    ("vi-a-receipt-of-the-application", "application_ack", _m(
        "Tuyển dụng Sao Mai <tuyendung@saomaiaudit.example>", "Xác nhận đã nhận hồ sơ ứng tuyển - Kế toán tổng hợp",
        "Kính gửi Anh/Chị Alex Morgan,\n\nChúng tôi xác nhận đã nhận được hồ sơ của Anh/Chị cho vị trí Kế toán tổng hợp. "
        "Hồ sơ sẽ được Bộ phận Tuyển dụng xem xét.\n")),
]


@pytest.mark.parametrize("name, kind, raw", PHRASES, ids=_ids(PHRASES))
def test_the_phrasebook_reads(name: str, kind: str, raw: bytes) -> None:
    subject, text = as_read(parse(raw, me={"alex.morgan@example.net"}))
    scores, reasons = score(subject, text)
    assert decide(scores) == kind, reasons
    assert any(r.endswith("(other languages)") for r in reasons[kind])


ALL_READ_AS = READ_AS + READ_AS_2 + READ_AS_3 + READ_AS_4


@pytest.mark.parametrize("name, kind, raw", ALL_READ_AS, ids=_ids(ALL_READ_AS))
def test_reads_the_kind(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


LOOK_ALIKES = [
    ("tr-a-career-coach-s-session", _m(
        "Calendly <notifications@calendly.com>",
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
    ("an-hr-system-asks-the-user-for-feedback-on-a-candidate", _m(
        "Darwinbox <noreply@darwinbox.example>", "Reminder: Interview feedback pending for Kiran Desai",
        "Dear Alex Morgan,\n\nYour interview feedback for Kiran Desai (Associate Product Manager, Round 2) is overdue. "
        "Please submit it today.\n\nThis is a system generated email.\n")),
    ("a-cooks-competition-receipt", _m(
        "Concours <inscriptions@releveculinaire.example>", "Relève culinaire 2026 - nous avons bien reçu votre candidature",
        "Bonjour Alex,\n\nNous avons bien reçu votre candidature au concours culinaire Relève 2026. Les candidats "
        "présélectionnés seront convoqués à la demi-finale régionale en mai.\n\nLe comité\n")),
]


LOOK_ALIKES_3 = [
    ("hu-the-user-interviews-an-apprentice", _m(
        "Lakatos Nikolett <nikolett.lakatos@gyoriprés.example>", "Meghívás: Interjú – duális tanuló jelölt, okt. 30. 10:00",
        "Szia Alex!\n\nKérlek, vegyél részt szakmai interjúztatóként a duális tanuló jelöltünk interjúján.\n\nIdőpont: "
        "október 30. (csütörtök) 10:00–11:00\n")),
    ("hu-an-exit-interview", _m(
        "Lakatos Nikolett <nikolett.lakatos@gyoriprés.example>", "Kilépési interjú – február 24. (kedd) 13:00",
        "Szia Alex!\n\nA kilépésed előtt szeretnénk egy rövid kilépési interjút tartani: február 24. (kedd) 13:00, HR "
        "iroda.\n")),
    ("hu-a-coaching-session", _m(
        "Calendly <notifications@calendly.com>",
        "Confirmed: Karrier-coaching – interjúfelkészítés (60 perc) with Rácz Anna on Tuesday, November 11, 2025",
        "Hi Alex Morgan,\n\nYour event is confirmed.\n\nEvent: Karrier-coaching – interjúfelkészítés (60 perc)\n")),
    ("vi-the-user-sits-in-on-an-interview", _m(
        "Lê Thị Kim Oanh <oanh.ltk@hoanggiafurniture.example>", "Phỏng vấn ứng viên Kế toán thuế – em ngồi cùng chị nhé",
        "Alex ơi,\n\nChiều thứ Năm 14h chị phỏng vấn ứng viên Kế toán thuế, em ngồi cùng chị nhé để hỏi phần nghiệp vụ.\n\n"
        "Chị Oanh\n")),
]


LOOK_ALIKES_4 = [
    # a choir's audition names no seat in an orchestra's sections: it stays what it is
    ("a-choir-audition-slot", _m(
        "Harbourside Singers <auditions@harboursidesingers.example>", "Your audition slot - Thursday 7pm",
        "Hi Alex,\n\nThanks for your interest in joining the choir! Your audition is on Thursday at 7pm at St Mary's "
        "church hall. Please prepare a short song and we'll do some scales.\n\nSee you then!\n")),
    ("fr-a-coach-s-interview-preparation", _m(
        "Calendly <notifications@calendly.com>",
        "Confirmé : Préparation entretien (60 min) avec Leïla Mansouri le lundi 1 décembre 2025",
        "Bonjour Alex Morgan,\n\nVotre événement est planifié.\n\nÉvénement : Préparation entretien (60 min)\nAvec : Leïla "
        "Mansouri – Coaching Carrière\nDate : 19:00 - 20:00, lundi 1 décembre 2025\n")),
]


ALL_LOOK_ALIKES = LOOK_ALIKES + LOOK_ALIKES_2 + LOOK_ALIKES_3 + LOOK_ALIKES_4


@pytest.mark.parametrize("name, raw", ALL_LOOK_ALIKES, ids=_ids(ALL_LOOK_ALIKES))
def test_look_alikes_stay_other_mail(name: str, raw: bytes) -> None:
    assert _read(raw).kind == "not_relevant", _read(raw).reasons


def test_a_hungarian_legal_form_is_no_part_of_the_name() -> None:
    """The name a draft writes: "Ionvex Battery Hungary Kft." is "Ionvex Battery Hungary", as "Ltd" goes from others."""
    raw = _m("Kiss Réka <reka.kiss@ionvexbattery.example>", "Karbantartó technikus – interjú",
             "Kedves Alex!\n\nSzeretnénk személyes interjúra behívni. Az alábbi időpontok közül válasszon: október 14. "
             "9:00 vagy október 15. 13:00.\n\nKiss Réka\nHR partner\nIonvex Battery Hungary Kft.\n")
    assert _read(raw).company == "Ionvex Battery Hungary"


def test_take_home_pay_is_no_take_home_test() -> None:
    from agent.features import FEATURES, fires

    feature = next(f for f in FEATURES if f.reason == "asks for an assessment or take-home")
    assert not fires(feature, "1. current base salary and total take home pay")
    assert fires(feature, "the take-home is due on friday")
