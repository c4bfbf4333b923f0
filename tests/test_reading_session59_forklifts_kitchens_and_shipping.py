"""Session 59: Polish warehouses and agencies, Filipino nurses' agencies, Ohio plumbers, Indonesian designers, Greek
shipping offices, Italian pastry kitchens. Each case is one general rule in invented words, with the look-alikes that
share its words.

A shipowner's office forwards the CV to the management, would like to meet the user at the office, expects the user on
a day at an hour, asks for referees and offers the post; a Greeklish owner wants the user in the office at a net pay.
An agency's condition ("before I can put your profile forward") passes nothing on; a skills checklist among exams is no
review at the user's job; a sponsored visa's CoS number is no private visa; a firm named "Volunteer ..." is no volunteer
post; a service manager's next step is "a hands-on"; an owner handed the resume asks for a call a paragraph later; an
owner's first message under a post's title in another language is about that post. Indonesian hiring's "user interview"
is the hiring manager's, not research; "interview kita" is no interview kit. Indonesian, Polish and Italian owners and
HR book, move, call off, test and offer in their own words; East African HR summons, Irish and Scottish farmers take a
day, a caterer's last step is a tasting, a Texas owner writes in Spanish.

Against them: a product team's user interview, a volunteer's sign-up, a self-assessment before the user's own annual
review, and a TV cooking contest's casting talk."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # Greek: a shipowner's office forwards the CV to the management
    ("a-greek-cv-forwarded-to-the-management", "application_ack", _m(
        "Μαρία Σταύρου <m.stavrou@alkyonmaritime.example>", "RE: Αίτηση για τη θέση Operations Assistant",
        "Αγαπητέ κύριε Morgan,\n\nΣας ευχαριστούμε για το βιογραφικό σας. Το βιογραφικό σας έχει προωθηθεί στη Διεύθυνση "
        "και θα επικοινωνήσουμε μαζί σας για τα επόμενα βήματα.\n\nΜε εκτίμηση,\nΜαρία Σταύρου\nALKYON MARITIME S.A.")),
    # ... the owner would like to meet the user at the office
    ("a-greek-owner-would-like-to-meet", "interview_invitation", _m(
        "Μαρία Σταύρου <m.stavrou@alkyonmaritime.example>", "RE: Αίτηση για τη θέση Operations Assistant",
        "Καλημέρα κύριε Morgan,\n\nΟ κ. Αλκυονίδης θα ήθελε να σας γνωρίσει. Θα μπορούσατε να περάσετε από το γραφείο μας "
        "την Τρίτη ή την Τετάρτη το πρωί; Ενημερώστε με τι σας βολεύει.\n\nΜαρία Σταύρου")),
    # ... expects the user on a day at an hour
    ("a-greek-office-expects-the-user", "interview_confirmation", _m(
        "Μαρία Σταύρου <m.stavrou@alkyonmaritime.example>", "RE: Αίτηση για τη θέση Operations Assistant",
        "Κύριε Morgan,\n\nΣας περιμένουμε την Τετάρτη 4 Φεβρουαρίου στις 10:30 στο γραφείο μας, Ακτή Ποσειδώνος 12.\n\n"
        "Μαρία Σταύρου")),
    # ... asks for referees, with the user's current employer
    ("a-greek-office-asks-for-referees", "company_reply", _m(
        "Μαρία Σταύρου <m.stavrou@alkyonmaritime.example>", "Συστάσεις",
        "Καλησπέρα κύριε Morgan,\n\nΠριν προχωρήσουμε, θα θέλαμε να μιλήσουμε με δύο άτομα που σας γνωρίζουν "
        "επαγγελματικά. Δεν θα επικοινωνήσουμε με τον σημερινό σας εργοδότη.\n\nΜαρία Σταύρου")),
    # ... and offers the post for the owner
    ("a-greek-owner-offers-the-post", "offer", _m(
        "Μαρία Σταύρου <m.stavrou@alkyonmaritime.example>", "Πρόταση συνεργασίας - Operations Assistant",
        "Αγαπητέ κύριε Morgan,\n\nΕκ μέρους του κ. Αλκυονίδη, η εταιρεία μας θα ήθελε να σας προσφέρει τη θέση του "
        "Operations Assistant.\n\n- Μικτές αποδοχές €1.800, 14 μισθοί\n- Έναρξη: 1 Ιουνίου\n\nΜαρία Σταύρου")),
    # ... an owner's Greeklish: wanted in the office, at a net pay
    ("a-greeklish-owner-wants-the-user", "offer", _m(
        "N. Pappas <n.pappas@pappasagency.example>", "RE: biografiko",
        "Alex geia.\n\nmilisa me ton synetairo kai se theloume sto grafeio. 1.400 kathara to mhna, 14 misthoi. Ksekinas 1 "
        "Apriliou, ensima apo tin prwti mera.\n\npes mou mexri tin Paraskevi an eisai mesa.\n\nNikos")),
    # English: a firm named "Volunteer ..." receives an application
    ("a-firm-named-volunteer-receives-an-application", "application_ack", _m(
        "Volunteer Heating Services <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Volunteer Heating Services",
        "Hi Alex,\n\nThanks for applying for the HVAC Technician role at Volunteer Heating Services. We've received your "
        "application and will reach out if your background is a match.\n\nVolunteer Heating Services Recruiting")),
    # an agency's condition passes nothing on yet
    ("an-agencys-condition-before-putting-forward", "company_reply", _m(
        "Rina Santos <rina.santos@harbourcare.example>", "Your application - Staff Nurse programme - documents needed",
        "Hi Alex,\n\nThanks for applying for the Staff Nurse programme with Eastvale Hospitals. Before I can put your "
        "profile forward to the hospital, kindly send me your IELTS result, a passport scan and your licence.\n\nThanks,\n"
        "Rina")),
    # a skills checklist among an agency's exams is no review at the user's job
    ("a-skills-checklist-among-exams", "assessment", _m(
        "Troy Beck <troy.beck@crestlinenurses.example>", "Next step: clinical exams - due Monday",
        "Hi Alex,\n\nThe next step is our clinical exams. Please complete these:\n1. Telemetry RN Exam - 50 questions\n2. "
        "Telemetry Skills Checklist (self-assessment, no time limit)\n\nYou need 75% on the exam before I can present you "
        "to a client hospital.\n\nTroy")),
    # a sponsored visa's CoS number is no private visa application
    ("a-sponsored-visas-cos-number", "company_reply", _m(
        "Rina Santos <rina.santos@harbourcare.example>", "Fwd: Certificate of Sponsorship - next steps",
        "Hi Alex!\n\nThe Trust has issued your Certificate of Sponsorship. Please send your TB certificate by Friday.\n\n"
        "Once you have the CoS number, I'll walk you through the visa application online.\n\nRina")),
    # a service manager's next step is a hands-on
    ("a-next-step-that-is-a-hands-on", "assessment", _m(
        "Lou Farris <lfarris@ridgelinemech.example>", "Hands-on",
        "Alex,\n\nGood talking last week. Next step on our end is a hands-on at the shop: braze a few joints and find a "
        "fault I'll put on the trainer. About 2 hrs.\n\nLou Farris\nService Manager | Ridgeline Mechanical")),
    # an owner handed the resume asks for a call, a paragraph later
    ("an-owner-handed-the-resume-asks-for-a-call", "interview_invitation", _m(
        "Earl Dobbs <earldobbs58@aol.com>", "plumber",
        "Alex my neighbor Tom gave me your resume, says you two worked together. We need a service plumber with all the "
        "building out here\n\nGive me a call when you get a chance 423-555-0117\n\nEarl Dobbs\nDobbs Plumbing")),
    # an owner's first message under the post's title asks the user to come by the base
    ("an-owners-visit-under-the-posts-title", "interview_invitation", _m(
        "Marek Duda <biuro@duda-logistyka.example>", "Magazynier - zmiana poranna",
        "Dzien dobry,\nczy moglby Pan podjechac w czwartek po 10 na magazyn w Komornikach? Pokaze halę i omowimy "
        "grafik.\nDuda\n")),
    # Indonesian: the user interview is the hiring manager's
    ("an-indonesian-user-interview-invited", "interview_invitation", _m(
        "Sekar Ayu <sekar@tanamin.example>", "Next step: User Interview dengan Head of Product - Tanamin",
        "Hi Alex,\n\nKabar baik: kamu lanjut ke tahap user interview dengan Mas Dimas (Head of Product). Slot yang "
        "tersedia:\n- Senin 9 Maret 10.00\n- Rabu 11 Maret 14.00\n\nKabari pilihan kamu ya.\n\nSekar")),
    # ... booked by a calendar invite named for the candidate
    ("an-indonesian-user-interview-booked", "interview_confirmation", _m(
        "Sekar Ayu <sekar@tanamin.example>",
        "Invitation: [Tanamin] User Interview - Alex Morgan (UI Designer) @ Mon Mar 9, 2026 10am - 11am (WIB)",
        "Hi Alex, ini undangan user interview ya.\n\n[Tanamin] User Interview - Alex Morgan (UI Designer)\nMonday Mar 9, "
        "2026 ⋅ 10am – 11am\nWestern Indonesia Time - Jakarta\nJoin with Google Meet\n\nInvitation from Google Calendar")),
    # ... "interview kita" moved is no interviewer's kit
    ("an-indonesian-interview-kita-moved", "reschedule", _m(
        "Sekar Ayu <sekar@tanamin.example>", "Re: Undangan Interview HR - UI Designer Tanamin",
        "Hi Alex!\n\nMaaf mendadak, besok aku ada training seharian. Boleh interview kita geser ke Kamis, 12 Maret jam "
        "15.00 WIB? Link Meet tetap sama.\n\nSekar")),
    # ... a café chain's receipt, to be reviewed
    ("an-indonesian-cafe-receipt", "application_ack", _m(
        "Rekrutmen Kopi Tebing <kopitebing.hr@gmail.com>", "Re: Lamaran Barista - Alex Morgan",
        "Halo Kak Alex,\n\nTerima kasih sudah kirim lamaran ke Kopi Tebing ya. Sudah kami terima dan akan kami review "
        "dulu bareng tim.\n\nSalam,\nWulan")),
    # ... an owner asks the user to drop by the shop
    ("an-indonesian-owner-asks-to-drop-by", "interview_invitation", _m(
        "Budi Santoso <budi.cetakjaya@gmail.com>", "Re: Lamaran desainer",
        "Siang mas Alex\n\nSudah saya baca lamarannya. Bisa datang ke toko besok rabu? biar ngobrol langsung.\n\nBudi")),
    # ... the day and the hour settled
    ("an-indonesian-day-and-hour-settled", "interview_confirmation", _m(
        "Rekrutmen Kopi Tebing <kopitebing.hr@gmail.com>", "Re: Lamaran Barista - Alex Morgan",
        "Sip kak, berarti Sabtu 14 Maret jam 10.00 ya di outlet Kopi Tebing Dago.\n\nSampai ketemu!\nWulan")),
    # ... moved to another day
    ("an-indonesian-visit-moved", "reschedule", _m(
        "Dimas <dimas@studiotigagaris.example>", "Re: Lamaran Graphic Designer - Alex Morgan",
        "Lex sori, kamis aku harus ke klien. bisa geser jumat 13 jam 4 sore? tempat sama.\n\nD")),
    # ... a studio wants to see how the user works
    ("an-indonesian-studio-wants-to-see-the-work", "assessment", _m(
        "Dimas <dimas@studiotigagaris.example>", "brief kecil - Graphic Designer",
        "Lex, makasih udah mampir kemarin.\n\nNext step aku mau liat cara kerja kamu pake brief kecil. Bikin 3 konten IG, "
        "kirim senin sebelum jam 12 ya.\n\nD")),
    # ... an owner calls today off
    ("an-indonesian-owner-calls-today-off", "cancellation", _m(
        "Budi Santoso <budi.cetakjaya@gmail.com>", "Re: Lamaran desainer",
        "mas maaf hari ini ga jadi dulu ya, saya mendadak harus ke bandung. nanti saya kabari lagi\n\nBudi")),
    # ... a test passed is named in an interview's summons, which is no test
    ("an-indonesian-interview-after-a-test-passed", "interview_confirmation", _m(
        "Rina Kartika <rina.kartika@nusaritel.example>", "Undangan Interview HR - Desainer Grafis",
        "Dengan hormat,\nSdr. Alex Morgan\n\nBerdasarkan hasil seleksi administrasi dan psikotes online, dengan ini kami "
        "mengundang Saudara untuk mengikuti tahap Interview HR pada:\n\nHari/Tanggal : Kamis, 12 Maret 2026\nWaktu : 09.00 "
        "WIB\nTempat : Menara Nusa Lt. 8\n\nHormat kami,\nRina Kartika\nPT Nusa Ritel")),
    # Polish: an agency confirms tomorrow at an hour
    ("a-polish-agency-confirms-tomorrow", "interview_confirmation", _m(
        "Tomasz Krawiec <t.krawiec@pracamax.example>", "RE: Magazynier - Gądki",
        "Potwierdzam jutro (śr) 8:00 recepcja hala C, ul. Magazynowa 2. Weź dowód.\nTomasz")),
    # ... a practical forklift test as the next stage
    ("a-polish-practical-forklift-test", "assessment", _m(
        "Anna Wrona <a.wrona@logipark.example>", "Sprawdzian praktyczny - 12.03",
        "Dzień dobry Panie Alexie,\n\nkolejnym etapem jest sprawdzian praktyczny na wózku - zapraszam w czwartek 12.03 "
        "na godz. 9:00. Proszę zabrać zaświadczenie UDT.\n\nAnna Wrona\nSpecjalistka ds. Rekrutacji")),
    # ... an ATS reminder of tomorrow's talk
    ("a-polish-reminder-of-tomorrows-talk", "interview_confirmation", _m(
        "LogiPark <no-reply@mail.teamtailor.com>", "Przypomnienie: rozmowa jutro o 11:00",
        "Cześć Alex,\n\nprzypominamy o jutrzejszej rozmowie.\n\nKierownik Zmiany\nczwartek, 12 marca 2026, 11:00-12:00\n\n"
        "LogiPark\nPowered by Teamtailor")),
    # ... HR after the talk, the other candidates still to meet
    ("a-polish-decision-after-the-other-candidates", "company_reply", _m(
        "Anna Wrona <a.wrona@logipark.example>", "Dziękujemy za rozmowę - Kierownik Zmiany",
        "Dzień dobry,\n\ndziękujemy za wczorajsze spotkanie. W przyszłym tygodniu kończymy rozmowy z pozostałymi "
        "kandydatami, a decyzję chcemy podjąć do końca marca. Odezwę się do Pana niezależnie od wyniku.\n\nAnna Wrona")),
    # ... an owner calls tomorrow off and holds off hiring
    ("a-polish-owner-calls-tomorrow-off", "cancellation", _m(
        "Hurtownia Stal-Pol <stalpol.hurt@wp.pl>", "Re: Magazynier - Kórnik",
        "Panie Alex jutro niech pan nie przyjeżdża, wózek w naprawie. Na razie wstrzymuję się z przyjmowaniem, jak "
        "ruszymy to zadzwonię.\nNowak")),
    # ... an agency's open place and a visit asked
    ("a-polish-agency-asks-to-drop-in", "interview_invitation", _m(
        "Ewa Lis <e.lis@agencjapolna.example>", "Operator wózka Oława",
        "Dzień dobry,\n\nmamy wolne miejsce na operatora wózka w Oławie, 2 zmiany. Może Pan podejść do nas do biura w "
        "przyszłym tygodniu?\n\nEwa Lis\nAgencja Pracy Polna")),
    # ... the client confirmed: the user can start
    ("a-polish-agency-says-start", "offer", _m(
        "Ewa Lis <e.lis@agencjapolna.example>", "Re: Operator wózka Oława",
        "Dzień dobry,\n\nklient potwierdził, może Pan zaczynać. Warunki:\n- 31 zł brutto/h\n- start poniedziałek 23.03\n\n"
        "Proszę o odpowiedź do piątku.\nEwa Lis")),
    # Italian: a chef's trial at a day and an hour
    ("an-italian-chefs-trial-booked", "interview_confirmation", _m(
        "Marco <marco@osteriadelponte.example>", "prova",
        "alex la chiamata mi è piaciuta\nvieni a fare una prova giovedì 5 alle 10 qui in via dei Neri. porta la divisa e "
        "i coltelli\nm")),
    # ... a family shop would like to meet the user
    ("an-italian-family-shop-would-like-to-meet", "interview_invitation", _m(
        "Giulia Rinaldi <giulia@fornorinaldi.example>", "curriculum forno",
        "Buongiorno Alex,\n\nsono Giulia, la figlia del titolare del Forno Rinaldi. Abbiamo il suo curriculum e mio papà "
        "vorrebbe conoscerla: le andrebbe di passare questa settimana?\n\nGiulia")),
    # ... a chocolate maker invites to a meeting
    ("an-italian-invitation-to-a-meeting", "interview_invitation", _m(
        "Risorse Umane <noreply@cacaoalpino.jobs.personio.de>", "Invito a un incontro - Cacao Alpino",
        "Ciao Alex,\n\ngrazie per la candidatura. Vorremmo invitarti a un incontro di persona nel nostro stabilimento. "
        "Scegli uno degli orari disponibili tramite il link.\n\nRisorse Umane - Cacao Alpino")),
    # ... an owner cannot receive the user for the talk
    ("an-italian-owner-cannot-receive", "cancellation", _m(
        "Paolo Ferri <info@trattoriaferri.example>", "colloquio sabato",
        "Buonasera Alex,\n\npurtroppo sabato non riesco a riceverla per il colloquio delle 11: ho un problema in famiglia. "
        "La richiamo io per un'altra data, la posizione è sempre aperta.\n\nPaolo Ferri\nTrattoria Ferri")),
    # ... a shop has already taken someone
    ("an-italian-shop-took-someone", "rejection", _m(
        "Pasticceria Conti <pasticceriaconti@alice.it>", "R: candidatura pasticcere",
        "Buongiorno Alex,\n\ngrazie del curriculum, ma per ora s'è già preso un ragazzo di Empoli.\n\nSaluti\nConti")),
    # ... a chef wants to see a dish before deciding
    ("an-italian-chef-wants-a-dish-first", "assessment", _m(
        "Marco <marco@osteriadelponte.example>", "seconda prova - pasticceria",
        "alex\nprima di decidere voglio vedere cosa hai in testa. preparami un dessert di primavera e mandami la ricetta "
        "entro domenica\nm")),
    # East Africa's summons to an interview at a day and an hour
    ("a-kenyan-hotel-summons-the-user", "interview_confirmation", _m(
        "Human Resources <hr@tausibeach.example>", "INVITATION FOR INTERVIEW - NIGHT AUDITOR",
        "Dear Alex Morgan,\n\nFollowing your application for the above position, we are pleased to inform you that you have "
        "been shortlisted for an interview.\n\nKindly avail yourself on Monday, 9th March 2026 at 9.00am at the Hotel's HR "
        "office with the following:\n1. Original National ID\n2. Original certificates\n\nKindly confirm your attendance by "
        "replying to this email by Friday, 6th March 2026.\n\nYours faithfully,\nAmina Odhiambo\nHuman Resources Manager")),
    # a refusal that says it is no evaluation of the user
    ("a-refusal-that-is-no-evaluation", "rejection", _m(
        "Tarn Lodge <noreply@jobs.personio.com>", "Your application as Night Manager",
        "Dear Alex Morgan,\n\nthank you for your application as Night Manager. Unfortunately, we are unable to consider your "
        "application further. Please do not understand this decision as an evaluation of your qualifications.\n\nKind "
        "regards")),
    # an owner's yes from a personal account, in no other job word
    ("an-owners-yes-from-a-personal-account", "offer", _m(
        "Otieno <otieno.flats@gmail.com>", "Re: Hi",
        "alex been thinking since monday. I like how you think about the flats and the long stay guests. so straight up "
        "the job is yours if u want it. 60k per month plus the room on 3rd floor free, water and power on me. start 1st "
        "april\n\nOtieno\nSent from my iPhone")),
    # a farm's day taken, in Irish English
    ("an-irish-farms-day-is-grand", "interview_confirmation", _m(
        "Nora Healy <norahealy@hotmail.com>", "RE: Dairy farm job Bandon - Alex Morgan CV",
        "Hi Alex\n\n11 Friday is grand Ger says. Turn left at the creamery and we're the second yard on the right.\n\n"
        "Nora")),
    ("a-yard-day-fine-with-the-owner", "interview_confirmation", _m(
        "Office <office@ormondagri.example>", "RE: Farm operative job",
        "Hi Alex,\n\nTuesday at 10 is fine with Mick. The yard is on the Cashel road, ask for Mick in the workshop.\n\n"
        "Regards")),
    ("a-herdsmans-visit-will-be-fine", "interview_confirmation", _m(
        "Jean Boyd <jean.boyd@btinternet.com>", "Re: Herdsman - Kirkhill",
        "Dear Alex,\n\nWednesday the 18th at 11 o'clock will be fine. Please bring clean boots.\n\nKind regards,\nJean")),
    # a caterer's final step is a tasting
    ("a-final-step-that-is-a-tasting", "assessment", _m(
        "Rosa <rosa@copperpotcatering.example>", "Tasting - final step!",
        "Hi Alex,\n\nThanks for coming in. Final step is a tasting! We ask sous candidates to prepare three canapés for our "
        "owner. Send us your ideas and your day by Monday.\n\nRosa")),
    # a Texas owner's Spanish: the application seen, a day and an hour set
    ("a-texas-owners-spanish-visit-set", "interview_confirmation", _m(
        "Lupe Garza <lupe@taquerialupe.example>", "line cook",
        "Alex buenas\nvi tu aplicación en indeed. pásate el jueves a las 4 a la de Bandera para platicar.\nLupe")),
    # ... and the post offered
    ("a-texas-owners-spanish-offer", "offer", _m(
        "Lupe Garza <lupe.garza.tacos@gmail.com>", "Re: line cook",
        "Alex\nTe ofrezco el puesto de line cook:\n- $18/hr para empezar\n- empiezas el lunes 9 si quieres\ndime el viernes"
        "\nLupe")),
    # ... a hotel asks for referees
    ("an-italian-hotel-asks-for-referees", "company_reply", _m(
        "Ufficio Personale <hr@hotelcorsini.example>", "Candidatura Chef de partie - documentazione",
        "Gentile Alex Morgan,\n\nper completare la valutazione del Suo profilo Le chiediamo due nominativi di referenza "
        "con recapito.\n\nCordiali saluti\nUfficio del Personale")),
]

OTHER_MAIL = [
    # a product team's user interview is still research
    ("a-product-teams-user-interview", _m(
        "Nadia from Ledgerly <research@ledgerly.example>", "Quick user interview? $40 gift card",
        "Hi Alex,\n\nWe'd love to hear how you use Ledgerly. Would you join a 30-minute user interview next week? As a "
        "thank-you you'll receive a $40 gift card.\n\nNadia, Ledgerly Research")),
    # a volunteer's sign-up is still no job
    ("a-volunteers-sign-up", _m(
        "Riverside Food Bank <volunteer@riversidefb.example>", "Thanks for applying to volunteer!",
        "Hi Alex,\n\nThank you for applying to volunteer with Riverside Food Bank. Orientation is on Saturday at 10am.\n\n"
        "The Volunteer Team")),
    # a self-assessment before the user's own annual review
    ("a-self-assessment-before-the-annual-review", _m(
        "HR <hr@currentemployer.example>", "Annual review: self-assessment due",
        "Hi Alex,\n\nPlease complete your self-assessment before your annual review with Dana on Friday.\n\nHR")),
    # a journalist's feature about the user's trade
    ("a-journalists-feature-interview", _m(
        "Dan Creedon <dcreedon@westcorkweekly.example>", "Interview request - young farmers going abroad",
        "Hi Alex,\n\nI'm putting together a feature for the West Cork Weekly on young dairy workers heading to New Zealand. "
        "Would you be up for a 20-minute phone interview this week?\n\nThanks,\nDan")),
    # a TV cooking contest's casting talk, booked
    ("a-tv-contests-casting-talk", _m(
        "Casting Forno d'Oro <casting@fornodoro-tv.example>", "Re: Forno d'Oro - colloquio conoscitivo",
        "Ciao Alex,\n\nti confermiamo il colloquio conoscitivo su Zoom per lunedì 16 marzo alle 18:30.\n\nLa partecipazione "
        "al programma non prevede un compenso.\n\nSara - Casting Forno d'Oro")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
