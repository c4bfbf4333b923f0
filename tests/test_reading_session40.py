"""Session 40: general rules from fresh writer sets (schools and colleges in West Bengal, small firms, a staffing office
and a nonprofit in Atlantic Canada, car dealers and repair shops in the US Midwest, Thai employers, Bangla and Banglish
schools, Hungarian hotels and shops, Catalan care employers), each tested here in invented words, with the look-alikes
that share them."""

from __future__ import annotations

from agent.classify import classify
from agent.demo.builder import mail
from agent.evidence import is_ats
from agent.parse import parse
from tests.test_reading import SENT
from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a school's office writes from a personal account and signs as the school, or as its principal
    ("a-school-office-on-yahoo-asks-for-a-day", "interview_invitation", _m(
        "Tapan Sen <tapansen_rps@yahoo.co.in>", "PRT Science - Riverbank Public School",
        "Dear Alex Sir,\nWe have gone through the CV you had sent for the post of PRT Science. Our Principal would like "
        "to have a discussion with you; we can do the first round on Zoom.\nKindly let me know which day next week "
        "suits you.\nTapan Sen\nAdministrative Officer\nRiverbank Public School\n")),
    ("a-college-letter-fixes-the-interview", "interview_confirmation", _m(
        "Principal SKC <principal.skcollege@gmail.com>", "Interview for the post of Guest Faculty in Economics",
        "Sir/Madam,\nThe interview for the post of Guest Faculty in Economics (Advt. No. SKC/GF/07) will be held on "
        "14.05.2026 (Thursday) at 11:00 AM in the conference room.\nPrincipal\nSitakunda College\n")),
    ("a-college-letter-not-recommended", "rejection", _m(
        "Principal SKC <principal.skcollege@gmail.com>", "Guest Faculty in Economics - result",
        "Sir/Madam,\nYou are hereby informed that your candidature has not been recommended by the Selection "
        "Committee for the post of Guest Faculty in Economics.\nPrincipal\nSitakunda College\n")),
    ("a-school-postpones-till-further-notice", "cancellation", _m(
        "Green Valley Academy <gva.office@rediffmail.com>", "Interview for the post of TGT Mathematics - postponed",
        "Dear Candidate,\nThe interview for the post of TGT Mathematics scheduled on 20.02.2026 stands postponed till "
        "further notice due to the annual examinations. A fresh date will be intimated.\nOffice of the Principal\n"
        "Green Valley Academy\n")),
    ("a-school-coordinator-declines", "rejection", _m(
        "Rina Dutta <rina.dutta.sps@gmail.com>", "Re: TGT English - demo class",
        "Dear Alex,\nThank you for taking the demo class on Monday. After due consideration we will not be able to "
        "take your candidature forward for the post of TGT English.\nRegards,\nRina Dutta\nAcademic Coordinator\n"
        "Sunrise Public School, Salt Lake\n", quoted="Thank you for the opportunity.")),
    # a nonprofit's coordinator answering under the application's own subject: "<post> application"
    ("a-nonprofit-still-sorting-its-budget", "company_reply", _m(
        "Heidi Cormier <heidicormier.moncton@gmail.com>", "Re: Program & Office Coordinator application",
        "Hi Alex,\nSorry for the slow reply, we're still waiting on our grant for next year and the board won't hire "
        "before it comes through. Hoping to know by the end of April. You're still on our list!\nHeidi",
        quoted="Hi Heidi, just checking in.")),
    # the user's "before I accept" is no yes: the revised offer that answers it is an offer
    ("a-revised-offer-under-before-i-accept", "offer", _m(
        "Dana Whitt <dwhitt@lakeshore-motors.example>", "RE: Offer - Service Technician",
        "Hi Alex,\nGood news - we were able to move on the rate. Here's the revised offer:\n- $31.50 per flag hour\n"
        "- 40-hour guarantee for the first 90 days\nStart date stays Monday 4/13. Please accept in the portal by Friday."
        "\nDana", quoted="Thanks for the offer. Before I accept I wanted to ask whether there is room on the rate.")),
    # a staffing agency's welcome: the user is set up in its system (a status), no meeting is booked
    ("an-agency-sets-the-user-up-in-its-system", "company_reply", _m(
        "Kayla Brun <kayla@tidewater-staffing.example>", "Great meeting you today!",
        "Hi Alex!\nSo nice to meet you this afternoon. You're all set up in our system now and I'll let you know as "
        "soon as I hear from clients.\nKayla\n")),
    # Thai, as HR departments, a university's finance office and agencies write it
    ("th-the-manager-would-like-a-call", "interview_invitation", _m(
        "คุณพิมพ์ชนก <pimchanok@siri-accounting.example>", "ตำแหน่งเจ้าหน้าที่บัญชี",
        "เรียนคุณอเล็กซ์\nผู้จัดการอยากคุยกับคุณอเล็กซ์ทางโทรศัพท์ค่ะ สะดวกวันพุธ 10.00 น. หรือวันพฤหัส 14.00 น. คะ\n"
        "พิมพ์ชนก\n")),
    ("th-an-offer-of-the-post", "offer", _m(
        "ฝ่ายทรัพยากรบุคคล <hr@chaiyaphum-foods.example>", "ผลการคัดเลือก",
        "เรียน คุณอเล็กซ์\nบริษัทมีความยินดีเสนอตำแหน่งนักบัญชีอาวุโสให้แก่ท่าน เงินเดือน 42,000 บาท "
        "รายละเอียดตามหนังสือที่แนบมา\nฝ่ายทรัพยากรบุคคล\n")),
    ("th-a-written-exam-for-the-post", "assessment", _m(
        "กองบริหารงานบุคคล <personnel@lanna-univ.example>", "กำหนดการสอบ",
        "ขอแจ้งกำหนดการสอบข้อเขียน ความรู้ความสามารถเฉพาะตำแหน่ง เจ้าหน้าที่การเงิน วันเสาร์ที่ 7 มีนาคม 2569 เวลา "
        "09.00 น.\n")),
    ("th-hiring-paused-still-considered", "company_reply", _m(
        "คุณวรรณา <wanna@riverside-hotel.example>", "Re: ตำแหน่ง Front Office Supervisor",
        "เรียนคุณอเล็กซ์\nทางโรงแรมขอชะลอการสรรหาตำแหน่งนี้ไว้ก่อน ใบสมัครของท่านยังอยู่ในการพิจารณานะคะ\nวรรณา",
        quoted="สอบถามความคืบหน้าครับ")),
    # a school hiring a teacher who will work with parents is hiring, not writing to parents
    ("th-a-school-invites-a-teacher", "interview_invitation", _m(
        "ฝ่ายบุคคล โรงเรียนอนุบาลแสงทอง <hr@saengthong-school.example>", "ตำแหน่งครูภาษาอังกฤษ",
        "เรียน คุณอเล็กซ์\nขอเชิญสัมภาษณ์ตำแหน่งครูภาษาอังกฤษ ซึ่งต้องสื่อสารกับผู้ปกครองได้ดี สะดวกวันพุธ 10.00 น. หรือ"
        "วันพฤหัส 14.00 น. คะ\nฝ่ายบุคคล\n")),
    # a job board's receipt in Thai comes as list mail, as its English receipts do: the board acts for the employer
    ("th-a-job-boards-receipt", "application_ack", mail(
        frm="JobThai <noreply@jobthai.com>", to="Alex Morgan <alex.morgan@example.net>", subject="ยืนยันการสมัครงาน",
        date=SENT, msgid="<r@jobthai.com>", headers={"List-Unsubscribe": "<mailto:unsub@jobthai.com>"},
        body="เรียน คุณอเล็กซ์\nใบสมัครงานของคุณถูกส่งไปยังบริษัท สยามพาณิชย์ จำกัด ตำแหน่งพนักงานบัญชี เรียบร้อยแล้ว\n")),
    # Bangla and Banglish, as schools, coaching centres and colleges in West Bengal write it
    ("bn-which-day-for-the-demo-class", "interview_invitation", _m(
        "Shishu Bharati School <office@shishubharati.example>", "English teacher",
        "Apnar CV peyechi. Demo class nite Wednesday ba Thursday kon din subidhe hobe? Janaben.\nOffice\n")),
    ("bn-the-interview-is-arranged", "interview_confirmation", _m(
        "Shishu Bharati School <office@shishubharati.example>", "সাক্ষাৎকার",
        "আপনার ইন্টারভিউ ও ডেমো ক্লাসের ব্যবস্থা করা হয়েছে আগামী সোমবার, ১৬ই মার্চ সকাল ১০টায়।\nঅফিস\n")),
    ("bn-not-shortlisted-this-time", "rejection", _m(
        "Shishu Bharati School <office@shishubharati.example>", "Re: English teacher",
        "Dukkhito, ei baar apnake TGT post er jonno shortlist korte parini. Bhalo thakben.\nOffice\n",
        quoted="Thank you for the demo class opportunity.")),
    ("bn-the-appointment-letter-is-sent", "offer", _m(
        "Shishu Bharati School <office@shishubharati.example>", "Re: English teacher",
        "Appointment letter ta aaj mail e pathiye dilam, sign kore ferot diben. Salary 28,000 per month.\nOffice\n",
        quoted="Thank you, I look forward to hearing from you.")),
    # Hungarian, as hotels, retailers and agencies write it, with or without its accents
    ("hu-can-you-come-in-for-a-chat", "interview_invitation", _m(
        "Kovács Réka <reka.kovacs@tiszavirag-hotel.example>", "Recepciós pozíció",
        "Szia Alex!\nbe tudnal jonni csutortokon delutan 4-re egy rovid beszelgetesre a szallodaba?\nReka\n")),
    ("hu-the-post-is-filled", "rejection", _m(
        "Bognár Tamás <tamas.bognar@kalasz-bolt.example>", "Re: Pultos állás",
        "Kedves Alex!\nKöszönjük a türelmét, de a pultos állást időközben betöltöttük. Sok sikert kívánunk!\nBognár "
        "Tamás\n", quoted="Érdeklődnék, hogy van-e már döntés.")),
    ("hu-an-offer-of-the-post", "offer", _m(
        "HR <hr@dunapart-logisztika.example>", "Ajánlat",
        "Kedves Alex!\nÖrömmel ajánljuk Önnek a raktárvezető pozíciót, bruttó 650 000 Ft/hó fizetéssel, kezdés: május "
        "4.\nÜdvözlettel,\nHR\n")),
    ("hu-not-decided-yet", "company_reply", _m(
        "Nagy Eszter <eszter.nagy@balaton-munkaero.example>", "Re: Recepciós állás - Siófok",
        "Szia Alex!\nA szálloda még nem döntött, a döntés legkorábban jövő kedden lesz.\nEszter",
        quoted="Van már hír a szállodától?")),
    # Catalan, as job banks, care homes and CAPs write it
    ("ca-a-job-bank-receipt", "application_ack", _m(
        "Borsa de Treball <borsa@hospital-segria.example>", "Sol·licitud rebuda",
        "Benvolguda Alex,\nhem rebut la teva sol.licitud d'inscripció a la borsa de treball de TCAE. Et contactarem si "
        "hi ha cap cobertura.\nRecursos Humans\n")),
    ("ca-we-would-like-to-interview-you", "interview_invitation", _m(
        "Marta Puig <mpuig@cap-osona.example>", "Plaça d'infermera",
        "Hola Alex,\nens agradaria convocar-te a una entrevista per a la plaça d'infermera del CAP. Ens pots indicar la "
        "teva disponibilitat aquesta setmana?\nMarta\n")),
    ("ca-not-selected", "rejection", _m(
        "Residència Les Moreres <rrhh@lesmoreres.example>", "Procés de selecció",
        "Benvolguda Alex,\nlamentablement no has estat seleccionada per a aquesta plaça. Et desitgem molta sort.\n"
        "Direcció\n")),
    ("ca-no-interview-tomorrow", "cancellation", _m(
        "Marta Puig <mpuig@cap-osona.example>", "Re: Plaça d'infermera",
        "Alex, demà no podrem fer l'entrevista, tenim una urgència a planta. Et dic alguna cosa.\nMarta",
        quoted="Perfecte, ens veiem dijous a les 10.")),
]

OTHER_MAIL = [
    # a friend's "first round" is a drink
    ("a-friend-buys-the-first-round", _m(
        "Sean Doyle <seandoyle77@gmail.com>", "friday",
        "the first round on me friday, my promotion came through! 8pm at the usual\nSean")),
    # a child's school writes to the parent: no post, no candidature
    ("a-school-writes-to-a-parent", _m(
        "Sunrise Public School <sps.saltlake@gmail.com>", "Parent-teacher meeting",
        "Dear Parent,\nThe parent-teacher meeting for Class IV is on Saturday 14 March at 10 AM. Kindly collect the "
        "report card.\nPrincipal\nSunrise Public School\n")),
    # a society's meeting postponed: no interview
    ("a-society-meeting-postponed", _m(
        "Pujo Committee <sarbojanin.pujo@gmail.com>", "Meeting postponed",
        "Dear members,\nSunday's committee meeting stands postponed till further notice. We will inform you of the new "
        "date.\nSecretary\n")),
    # a landlord answers under "<flat> application"
    ("a-landlord-under-a-flat-application", _m(
        "Dale Rourke <dale.rourke.rentals@gmail.com>", "Re: upstairs unit application",
        "Alex, still waiting on your reference from the last landlord, then you're good to go.\nDale",
        quoted="Hi Dale, did you get my form?")),
    # Thai: an exam entry form received, a school's admission interview, a shop's offer
    ("th-an-exam-entry-form-received", _m(
        "ศูนย์สอบ <exam@testcentre-bkk.example>", "ยืนยันการสมัครสอบ",
        "ศูนย์สอบได้รับใบสมัครสอบของท่านเรียบร้อยแล้ว กรุณานำบัตรประชาชนมาในวันสอบ\n")),
    ("th-a-school-admission-interview", _m(
        "โรงเรียนอนุบาลดาวเรือง <admission@daoruang-school.example>", "นัดสัมภาษณ์",
        "ขอยืนยันนัดสัมภาษณ์เข้าเรียนของน้องมายด์ วันเสาร์ที่ 14 มี.ค. 2569 เวลา 09.00 น. ค่ะ\n")),
    # Banglish: a child's trial class, a home loan's offer letter
    ("bn-a-childs-demo-class", _m(
        "Chhotoder Art Academy <office@chhotoder-art.example>", "Demo class",
        "Apnar meyer demo class ta shonibar bikel 5 tay rakhchi, khata pen niye asbe.\nOffice\n")),
    ("bn-a-home-loan-offer-letter", _m(
        "Gangetic Bank <loans@gangetic-bank.example>", "Home loan",
        "Apnar home loan application ta approve hoyeche, loan offer letter branch theke pathiye debo.\n")),
    # Hungarian: a photo contest's entries, a dentist moving an appointment
    ("hu-a-photo-contest-entry", _m(
        "Városi Galéria <info@varosi-galeria.example>", "Fotópályázat",
        "Köszönjük pályázatát a városi fotópályázatra, az eredményt májusban hirdetjük ki.\n")),
    ("hu-a-dentist-moves-an-appointment", _m(
        "Mosoly Fogászat <rendelo@mosoly-fogaszat.example>", "Időpont",
        "Kedves Alex!\nSajnos a doktornő beteg, át tudjuk tenni péntekre az időpontot?\nRendelő\n")),
    # Hungarian: a language exam's booking, a flat's lease application accepted
    ("hu-a-language-exam-booking", _m(
        "Origó Nyelvvizsgaközpont <info@nyelvvizsga-kozpont.example>", "Jelentkezés visszaigazolása",
        "Kedves Alex!\nNyelvvizsga-jelentkezését rögzítettük, a vizsga időpontja: május 16., 9:00.\n")),
    ("hu-a-lease-application-accepted", _m(
        "Lakáspont Ingatlan <iroda@lakaspont.example>", "Bérleti jelentkezés",
        "Kedves Alex!\nÖrömmel értesítjük, hogy bérleti jelentkezését elfogadtuk, a szerződés aláírása kedden 10-kor."
        "\n")),
    # Catalan: a phone contract, a reading group's meeting
    ("ca-a-fibre-and-mobile-contract", _m(
        "Xarxa Fibra <ofertes@xarxafibra.example>", "Oferta",
        "T'oferim un contracte de fibra i mòbil sense permanència per només 30 €/mes.\n")),
    ("ca-a-reading-group-put-off", _m(
        "Club de Lectura <club.lectura.vic@gmail.com>", "Trobada",
        "Dimarts no podrem fer la trobada del grup de lectura, ho deixem per més endavant.\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)


def test_a_public_employers_hiring_system_is_not_the_employer():
    """NEOGOV writes from governmentjobs.com in the city's name: the city is the employer, not "Governmentjobs"."""
    raw = _m("City of Larkspur Falls <noreply@governmentjobs.com>", "Thank you for applying - Equipment Mechanic",
             "Dear Alex Morgan,\nThank you for applying for the position of Equipment Mechanic with the City of Larkspur "
             "Falls. Your application was received on 03/02/2026.\nHuman Resources\n")
    got = classify(parse(raw, me={"alex.morgan@example.net"}, names=("Alex Morgan",)))
    assert (got.kind, got.company) == ("application_ack", "City of Larkspur Falls")


def test_a_recruiting_platforms_newsletter_is_no_mail_for_a_company():
    """A job site that also runs hiring (InfoJobs) sends its blog from newsletter@: list mail, not an ATS writing for an
    employer, whatever interview words it carries."""
    raw = mail(frm="InfoJobs <newsletter@infojobs.net>", to="Alex Morgan <alex.morgan@example.net>",
               subject="Las 10 preguntas de una entrevista + ofertas para ti", date=SENT, msgid="<n@infojobs.net>",
               body="Hola Alex,\nEsta semana en el blog: las preguntas de una entrevista de enfermería y qué decir "
                    "cuando te preguntan por tus expectativas salariales.\nOfertas recomendadas para ti.\n",
               headers={"List-Unsubscribe": "<mailto:unsubscribe-nl@infojobs.net>", "Precedence": "bulk"})
    assert is_ats("noreply@infojobs.net") and not is_ats("newsletter@infojobs.net")
    assert classify(parse(raw, me={"alex.morgan@example.net"}, names=("Alex Morgan",))).kind == "not_relevant"
