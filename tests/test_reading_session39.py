"""Session 39: general rules from fresh writer sets (a truck driver's carriers, a landscaper's owners, Dutch and Flemish
pharmacies, Italian law firms, Turkish and Indonesian employers), each tested here in invented words, with the
look-alikes that share them."""

from __future__ import annotations

import pytest

from agent.classify import score
from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a family firm answering from a personal account, in a thread its subject asks about: "Re: ... opening?"
    ("a-reply-under-a-question-titled-opening", "interview_confirmation", _m(
        "Marie Tolliver <marie.tolliver62@yahoo.com>", "Re: Local delivery driver opening?",
        "Hi Alex,\nMy husband will call you Thursday 3/5 at 7:00 pm about the route. He'll use the cell number on your "
        "form.\nThanks,\nMarie", quoted="Hello, I saw you are looking for a local delivery driver.")),
    # "got ur app" is an owner speaking as the employer
    ("an-owner-got-ur-app", "interview_invitation", _m(
        "Ron Pelt <ronpelt1967@gmail.com>", "ur app",
        "alex this is Ron Pelt, got ur app off our website. can u come by the yard mon or tues morning? want to meet u "
        "and see u back a trailer\nRon")),
    ("a-carrier-went-with-other-drivers", "rejection", _m(
        "Dwayne Sorrell <dsorrell@bluegill-tank.example>", "RE: Driver application - Findlay",
        "Alex,\nWe went with drivers who have their tanker endorsement already. Nothing against you. Get the N and call "
        "me.\nDwayne", quoted="Just checking in on my application for the Findlay terminal.")),
    # a board's notice: the employer called the interview off and asked the user to choose a new time, a move
    ("a-board-says-the-employer-wants-a-new-time", "reschedule", _m(
        "Indeed <invitationstointerview@indeed.com>", "Action needed: Harlan Freight asked to reschedule your interview",
        "Hi Alex,\nHarlan Freight needs to reschedule your phone interview for Regional Driver.\nYour interview on "
        "Tuesday, March 3 at 10:00 AM EST has been canceled by the employer, who asked you to choose a new time.\n"
        "Choose a new time: https://www.indeed.com/interview/schedule?x=1\n")),
    ("a-board-receipt-headed-application-submitted", "application_ack", _m(
        "Indeed Apply <indeedapply@indeed.com>", "Indeed Application: Yard Jockey - Lima, OH",
        "Application submitted\nYard Jockey - Lima, OH\nBrightwater Logistics - Lima, OH\nThe following items were sent "
        "to Brightwater Logistics. Good luck!\n - Resume\nNext steps\nThe employer may reach out by phone or email.\n")),
    # a phone's short weekday after "push to"
    ("an-owner-pushes-to-a-short-weekday", "reschedule", _m(
        "Hemi Tane <hemi@kowhai-landscapes.example>", "Re: Crew leader",
        "hey alex gotta push our chat to thurs, same time same link. sorry, rain wrecked the week\nHemi",
        quoted="Looking forward to our chat on Tuesday.")),
    # Dutch and Flemish, as pharmacies, care organisations and agencies write it
    ("nl-a-receipt", "application_ack", _m(
        "Zorggroep Lindehout <werving@lindehout-zorg.example>", "Sollicitatie apothekersassistent",
        "Beste Alex,\nBedankt voor je e-mail en je cv. We bekijken alle reacties na de sluitingsdatum en laten je "
        "binnen twee weken iets weten.\nMet vriendelijke groet,\nTeam Werving\n")),
    ("nl-come-and-walk-along", "interview_invitation", _m(
        "Sanne de Wit <sanne.dewit@apotheek-kade.example>", "Re: Sollicitatie verzorgende IG",
        "Hoi Alex,\nLeuk gesprek gisteren! We willen je graag een middag laten meelopen op de afdeling. Schikt het je "
        "op woensdag of vrijdag?\nSanne", quoted="Bedankt voor het gesprek van vandaag.")),
    ("nl-a-reminder-of-the-interview", "interview_confirmation", _m(
        "Zorggroep Lindehout <noreply@lindehout.recruitee.example>", "Herinnering: je kennismakingsgesprek",
        "Hoi Alex,\nMorgen heb je je kennismakingsgesprek bij Zorggroep Lindehout, om 14:00 uur, Molenstraat 4.\n")),
    ("nl-can-we-move-to-thursday", "reschedule", _m(
        "Pieter Claes <pieter@magazijn-claes.example>", "Uw kandidatuur magazijnmedewerker",
        "Dag Alex,\nKunnen we ons gesprek van dinsdag naar donderdag om 11u schuiven? Er is een levering tussengekomen."
        "\nPieter\n")),
    ("nl-we-chose-someone-else", "rejection", _m(
        "Marloes Bakker <m.bakker@thuiszorg-ijssel.example>", "Re: Sollicitatie",
        "Beste Alex,\nNa lang wikken hebben we toch gekozen voor iemand met meer ervaring in de thuiszorg. Veel succes "
        "verder.\nMarloes", quoted="Ik kijk uit naar jullie reactie.")),
    ("nl-an-offer", "offer", _m(
        "Marloes Bakker <m.bakker@thuiszorg-ijssel.example>", "Re: Sollicitatie",
        "Beste Alex,\nNa je meeloopdag doen we je graag een aanbod: 24 uur per week, inschaling in FWG 45. Bel je me "
        "morgen even?\nMarloes", quoted="Dank voor de fijne dag!")),
    ("nl-a-test-in-the-next-round", "assessment", _m(
        "Maasoever Ziekenhuis <werken@maasoever.example>", "Vervolg sollicitatieprocedure",
        "Beste Alex,\nOnderdeel van de volgende ronde is een korte casus en een online toets. Je ontvangt de link "
        "morgen.\nHR Maasoever\n")),
    ("nl-still-deciding", "company_reply", _m(
        "Ilse Peeters <ilse@stapwerk-zorg.example>", "Re: Apotheek Weerdsingel",
        "Hoi Alex,\nDe teamleider was erg positief over jullie gesprek. Ze spreekt nog twee kandidaten en hakt volgende "
        "week de knoop door.\nIlse", quoted="Hoe was de reactie van de apotheek?")),
    ("nl-a-pharmacist-calls-off-from-a-phone", "cancellation", _m(
        "Koen Verstraete <koen.verstraete.apo@gmail.com>", "Re: Uw kandidatuur FTA",
        "Alex, sorry, moet het gesprek van morgen afzeggen, ik sta alleen in de apotheek. Ik laat iets weten.\nKoen")),
    # Italian, as law firms, banks and legal recruiters write it
    ("it-the-partner-wants-to-meet-you", "interview_invitation", _m(
        "Giulia Ferri <g.ferri@studio-ferri.example>", "Candidatura praticante",
        "Gentile Dott. Morgan,\nil socio ha letto il suo curriculum e vorrebbe conoscerla la prossima settimana. Mi "
        "indichi tre disponibilità.\nGiulia Ferri\nSegreteria\n")),
    ("it-can-we-have-a-call", "interview_invitation", _m(
        "Marco Leone <m.leone@leone-legal-search.example>", "Posizione Compliance",
        "Alex, riusciamo a fare una call giovedì mattina? Ti racconto il ruolo.\nMarco\n")),
    ("it-we-confirm-the-meeting", "interview_confirmation", _m(
        "Segreteria <segreteria@studio-bruni.example>", "Colloquio",
        "Gentile Dott. Morgan,\nLe confermiamo l'incontro con l'Avv. Bruni per lunedì 12 alle 15:00 in Via Roma 8."
        "\nCordiali saluti\n")),
    ("it-shall-we-move-to-friday", "reschedule", _m(
        "Paolo Conti <paolo.conti@studio-conti.example>", "Re: Colloquio",
        "Alex, spostiamo il colloquio a venerdì? Stessa ora, mi è entrata un'udienza.\nPaolo",
        quoted="Confermo giovedì alle 17.")),
    ("it-the-interview-is-off", "cancellation", _m(
        "Segreteria <segreteria@studio-neri.example>", "Colloquio di domani",
        "Gentile Dott. Morgan,\npurtroppo salta il colloquio di domani: la Dott.ssa Neri è in udienza. La ricontatteremo."
        "\n")),
    ("it-the-post-went-to-an-insider", "rejection", _m(
        "HR <selezione@assicura-nord.example>", "Esito selezione",
        "Gentile Dott. Morgan,\nabbiamo chiuso la selezione assegnando la posizione a una candidata interna. La "
        "ringraziamo.\n")),
    ("it-they-want-to-make-you-an-offer", "offer", _m(
        "Marco Leone <m.leone@leone-legal-search.example>", "Banca Lariana",
        "Alex, ottime notizie: la banca vorrebbe farti un'offerta per il ruolo di Compliance Analyst. Ti chiamo alle 18."
        "\nMarco\n")),
    ("it-a-case-to-return", "assessment", _m(
        "Segreteria <segreteria@studio-bruni.example>", "Caso pratico",
        "Gentile Dott. Morgan,\nLe trasmettiamo in allegato un caso pratico da restituire entro venerdì.\nCordiali "
        "saluti\n")),
    # Indonesian, as hospitals, clinics and their recruiters write it
    ("id-can-you-interview-on-zoom", "interview_invitation", _m(
        "Rina Kusuma <rina.kusuma@klinik-sentosa.example>", "Lamaran Apoteker Pendamping",
        "Halo mbak Alex, minggu depan mbak bisa interview via Zoom dengan kepala farmasi kami? Kabari ya.\nRina\nHRD\n")),
    ("id-the-interview-is-moved", "reschedule", _m(
        "HRD RS Mawar <hrd@rs-mawar.example>", "Jadwal wawancara Perawat Pelaksana",
        "Dengan hormat,\nMohon maaf, jadwal wawancara kami ubah menjadi Selasa pagi pukul 09.00 WIB karena direktur "
        "medis sedang dinas luar.\nHormat kami,\nHRD RS Mawar\n")),
    ("id-called-off-with-no-new-date", "cancellation", _m(
        "HRD RS Mawar <hrd@rs-mawar.example>", "Wawancara Perawat Pelaksana",
        "Dengan hormat,\nWawancara hari Kamis terpaksa kami tunda; belum ada jadwal penggantinya, nanti kami kabari "
        "lagi.\nHormat kami,\nHRD RS Mawar\n")),
    ("id-the-clinic-wants-to-offer-you", "offer", _m(
        "Dewi Lestari <dewi@caraka-medika.example>", "Klinik Sehat Sentosa",
        "Kak Alex, Klinik Sehat Sentosa mau offer kakak untuk posisi Penanggung Jawab Apotek, gaji pokok Rp 6 jt. "
        "Kakak bisa mulai tanggal 1?\nDewi\nCaraka Medika Talent\n")),
    # Turkish, as hotels, audit firms, exporters and consultancies write it, with and without Turkish letters
    ("tr-we-reviewed-your-cv-typed-plain", "interview_invitation", _m(
        "Murat Kaya <murat.kaya@porsuk-orme.example>", "on muhasebe pozisyonu",
        "merhaba Alex bey, ozgecmisinizi inceledik, sizinle bir on gorusme yapmak isteriz. bu hafta musait oldugunuz "
        "gunleri yazar misiniz?\nMurat\n")),
    ("tr-the-meeting-is-planned", "interview_confirmation", _m(
        "İnsan Kaynakları <ik@anitpark-saglik.example>", "Mülakat bilgilendirme",
        "Sayın Alex Morgan,\nİK müdürümüzle görüşmeniz 12 Mayıs Salı saat 11:00'de genel müdürlük ofisimizde "
        "planlanmıştır.\nSaygılarımızla\n")),
    ("tr-can-we-move-to-thursday-typed-plain", "reschedule", _m(
        "Murat Kaya <murat.kaya@porsuk-orme.example>", "Re: on muhasebe pozisyonu",
        "Alex bey yarinki gorusmemizi persembeye kaydirabilir miyiz? ayni saat olur\nMurat",
        quoted="Yarın saat 14:00'te görüşmek üzere.")),
    ("tr-today-is-off", "cancellation", _m(
        "Selin Aydın <selin.aydin@menzil-lojistik.example>", "Görüşme",
        "Alex Bey merhaba,\nBugünkü görüşmeyi maalesef gerçekleştiremeyeceğiz, size ayrıca döneceğim.\nSelin\n")),
    ("tr-a-no-typed-plain", "rejection", _m(
        "Kademe IK <info@kademe-ik.example>", "Mali isler uzmani",
        "Sayin Alex Morgan,\nMali Isler Uzmani pozisyonu icin yaptiginiz basvurunuzu su asamada olumlu "
        "degerlendiremedigimizi bildiririz. Ilginiz icin tesekkurler.\nKademe IK\n")),
    ("tr-a-case-study-by-friday", "assessment", _m(
        "Kumbara İK <ik@kumbara-fintech.example>", "Vaka çalışması",
        "Alex bey,\nekteki vaka calismasini tamamlayip cuma gunune kadar iletmenizi rica ederiz.\nKumbara İK\n")),
    # a receipt that keeps the CV for future posts is no "no"; the same words after one are
    ("tr-a-receipt-keeps-the-cv-for-later", "application_ack", _m(
        "Anıtpark Sağlık <kariyer@anitpark-saglik.example>", "Başvurunuz alınmıştır",
        "Sayın Alex Morgan,\nMuhasebe Uzmanı pozisyonu için yaptığınız başvuru tarafımıza ulaşmıştır. Özgeçmişiniz "
        "ileride açılabilecek pozisyonlar için de veri tabanımızda saklanacaktır.\nİnsan Kaynakları\n")),
    ("tr-a-no-keeps-the-cv-for-later", "rejection", _m(
        "Anıtpark Sağlık <kariyer@anitpark-saglik.example>", "Başvurunuz hakkında",
        "Sayın Alex Morgan,\nMuhasebe Uzmanı pozisyonu için yaptığınız başvuruyu maalesef olumlu "
        "değerlendiremedik. Özgeçmişinizi ileride açılabilecek pozisyonlar için saklayacağız.\nİnsan Kaynakları\n")),
]

OTHER_MAIL = [
    # a landlord's approval under "Re: your application" stays the flat's (so English's "your application" is no
    # application subject, as "Uw kandidatuur" is)
    ("a-landlord-approves-under-your-application", _m(
        "Dale Rourke <dale.rourke.rentals@gmail.com>", "Re: your application",
        "Alex, you're approved for the upstairs unit. Move-in is the 1st, bring first month and deposit.\nDale",
        quoted="Hi, I sent in the rental form for the upstairs unit on Elm St.")),
    # a friend's store opening is no job opening
    ("a-friend-asks-about-a-store-opening", _m(
        "Jess Morrow <jessmorrow88@gmail.com>", "Re: store opening?",
        "yeah the new store opening is saturday at 10! come by, there's free coffee\nJess",
        quoted="when's the store opening again?")),
    ("nl-a-university-walk-along-day", _m(
        "Universiteit Lindeveld <voorlichting@uni-lindeveld.example>", "Meeloopdag Bachelor Geneeskunde",
        "Beste Alex,\nBevestiging van je aanmelding voor de meeloopdag: je loopt mee met een student.\n")),
    ("nl-an-energy-offer", _m(
        "Stroomkracht <klant@stroomkracht.example>", "Uw persoonlijke aanbod",
        "Beste klant,\nWe doen u graag een aanbod voor een nieuw contract met vaste tarieven.\n")),
    ("nl-a-teacher-meets-a-parent", _m(
        "Juf Anouk <anouk@basisschool-linde.example>", "Kennismaking",
        "Beste Alex,\nHierbij de bevestiging van je kennismaking met mij als nieuwe juf van Sem: dinsdag 4 maart om "
        "15:00.\n")),
    ("it-a-bank-special-offer", _m(
        "Banca Lariana <promo@banca-lariana.example>", "Solo per te",
        "Ciao Alex,\nvogliamo farti un'offerta speciale sul conto deposito: 3% fino a giugno.\n")),
    ("it-an-aunt-and-a-cousins-exam", _m(
        "Zia Carla <carla.morandi55@gmail.com>", "Pranzo",
        "Alex, ti andrebbe di venire da noi sabato a pranzo? Tuo cugino è stato ammesso alla prova scritta dell'esame "
        "di Stato!\nZia\n")),
    ("it-a-tennis-club-match-moved", _m(
        "Circolo Tennis <segreteria@ct-brera.example>", "Torneo sociale",
        "Per la pioggia salta l'incontro di oggi del torneo sociale. Spostiamo a giovedì alle 18.\n")),
    ("tr-a-loan-not-approved", _m(
        "Anadolu Katılım <bilgi@anadolu-katilim.example>", "Kredi başvurunuz hakkında",
        "Sayın müşterimiz,\nKredi başvurunuzu olumlu değerlendiremediğimizi üzülerek bildiririz.\n")),
    ("tr-a-lease-signing", _m(
        "Yıldız Emlak <ofis@yildiz-emlak.example>", "Kira sözleşmesi",
        "Alex Bey,\nKira sözleşmesi imzası için 14 Mayıs Çarşamba saat 15:00'te ofisimize bekliyoruz.\nYıldız Emlak\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)


def test_a_test_already_passed_is_not_a_test_to_take():
    _, reasons = score("", "selamat, anda lolos tes tertulis dan psikotes untuk posisi perawat pelaksana.")
    assert "assessment" not in reasons, reasons
    _, reasons = score("", "silakan mengerjakan psikotes online untuk posisi perawat pelaksana paling lambat jumat.")
    assert "assessment" in reasons, reasons


@pytest.mark.parametrize(("text", "withdrawn"), [
    ("Failure to complete the screen by the deadline may delay or rescind your offer.", False),
    ("If the results are not received in time, we may rescind your offer.", False),
    ("After the background check we have decided to rescind your offer of employment.", True),
])
def test_a_warning_that_an_offer_may_be_rescinded_is_not_its_withdrawal(text, withdrawn):
    _, reasons = score("", text.lower())
    assert ("withdraws the offer" in reasons.get("rejection", [])) == withdrawn, reasons
