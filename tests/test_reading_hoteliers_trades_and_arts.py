"""Session 25: the rules fresh writer sets revealed (a hotel manager's search in Italy in Italian, an electrician's in
Scotland and the north of England, an arts administrator's in Edinburgh and Dublin, a big-tech engineer's in Seattle),
each one general rule in invented words, with the look-alikes that share its words."""

from __future__ import annotations

import pytest

from agent.features import decide, score
from agent.parse import parse
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m

CASES = [
    # --- Italian: receipts, invitations, one-line confirmations and moves, decisions
    ("it-a-receipt-that-promises-a-call-if-suited", "application_ack", _m(
        "Ufficio Personale Albergo Castagneto <personale@castagneto.example>", "Conferma ricezione candidatura - Night Auditor",
        "Gentile Sig./Sig.ra Morgan,\n\nLe confermiamo di aver ricevuto la Sua candidatura per la posizione di Night "
        "Auditor. Qualora il Suo profilo risultasse in linea con quanto ricercato, La contatteremo per fissare un "
        "colloquio.\n\nCordiali saluti\nUfficio Personale\n")),
    ("it-an-agency-asks-when-you-are-free-for-a-call", "interview_invitation", _m(
        "Marta Cerri | Orizzonte Staff <marta.cerri@orizzontestaff.example>", "posizione Guest Relations Manager",
        "Ciao Alex!\nho visto il tuo profilo: sto seguendo una ricerca di Guest Relations Manager per un resort a "
        "Sirmione, contratto a tempo indeterminato.\nQuando sei libera per una call veloce? 😊\nMarta\n")),
    ("it-the-client-wants-to-meet-you-on-two-days", "interview_invitation", _m(
        "Luca Fadda - Orizzonte Staff <luca.fadda@orizzontestaff.example>", "Re: candidatura Reservations Manager",
        "Ciao Alex! il cliente è l'Hotel Gardenia e vorrebbe conoscerti. Ti propongono in presenza lunedì 9 o martedì "
        "10 alle 11. Quale preferisci?\nL.",
        quoted="Ciao Luca, ti mando il cv per la posizione di Reservations Manager. Alex")),
    ("it-thursday-at-three-then", "interview_confirmation", _m(
        "Franco Lodi <franco.lodi@albergolodi.example>", "R: Cv",
        "ok giovedì alle 15 allora, la chiamo io. a giovedì\nFL",
        quoted="Buongiorno, le invio il mio curriculum per la posizione di capo ricevimento. Alex Morgan")),
    ("it-friday-instead-of-tomorrow", "reschedule", _m(
        "Sara Bini <sara.bini@albergolodi.example>", "Re: colloquio capo ricevimento",
        "Alex scusa, il direttore ha un imprevisto: puoi venerdì 14 alle 11:00 invece che domani alle 16? stesso posto.\nSara",
        quoted="Confermo il colloquio di domani alle 16 per la posizione di capo ricevimento. Alex")),
    ("it-the-post-is-no-longer-open", "rejection", _m(
        "Dario Neri <direzione@locandaneri.example>", "colloquio",
        "Gentile Alex, grazie ancora. Abbiamo chiuso con una persona che lavorava già con noi, quindi la posizione non "
        "è più aperta. Buon lavoro\nDario Neri\n")),
    ("it-the-manager-went-ahead-with-another", "rejection", _m(
        "Elena Riva <elena.riva@palazzoriva.example>", "Re: giornata di prova",
        "Ciao Alex,\n\ngrazie per lunedì. Purtroppo ho deciso di andare avanti con un'altra candidata che può iniziare "
        "subito.\n\nUn caro saluto\nElena\n",
        quoted="Grazie per la giornata di prova come Front Office Manager, a presto. Alex")),
    ("it-the-role-already-covered-this-year", "rejection", _m(
        "Albergo Miravalle <info@miravalle.example>", "Re: Candidatura spontanea",
        "Buongiorno,\ngrazie per la mail e il cv. Per quest'anno il ruolo di portiere di notte è già coperto. Teniamo "
        "il cv per il futuro.\nFamiglia Galli\n",
        quoted="Buongiorno, vi invio la mia candidatura spontanea come portiere di notte. Alex Morgan")),
    ("it-a-skills-questionnaire-to-fill-in", "assessment", _m(
        "Residenza Corte Alta <recruiting@cortealta.example>", "Questionario competenze (Front Office Manager)",
        "Gentile Alex,\n\ngrazie per la candidatura a Front Office Manager. Per procedere Le chiediamo di compilare il "
        "questionario sulle competenze entro venerdì: https://forms.cortealta.example/fom\n\nUfficio Selezione\n")),
    ("it-the-tests-received-and-an-answer-promised", "company_reply", _m(
        "Selezione Hotel Aurora <selezione@hotelaurora.example>", "R: Candidatura Revenue Manager - test e prova Excel",
        "Gentile Alex,\n\nconfermiamo di aver ricevuto sia il test sia la prova Excel. La Direzione valuterà le prove "
        "dopo le feste: Le daremo un riscontro entro la fine di gennaio.\n\nCordiali saluti\nUfficio Selezione\n")),
    ("it-a-flat-let-to-another-tenant", "not_relevant", _m(
        "Immobiliare Sponda <affitti@sponda.example>", "Trilocale via Manzoni - esito candidatura",
        "Buonasera Alex,\nla proprietaria ha esaminato le candidature per il trilocale di via Manzoni e ha scelto di "
        "procedere con un altro inquilino. Le altre soluzioni sono sul nostro sito.\nSaluti\n")),
    # --- a job named by its title as people say it aloud
    ("confirmed-for-the-shift-lead-spot", "interview_confirmation", _m(
        "(415) 555-0199 <14155550199.x7@txt.voice.google.com>", "New text message from (415) 555-0199",
        "hey Alex its Dana from Pickle Jar Deli. you're confirmed for thurs 10am for the shift lead spot, just ask for "
        "me at the register\n")),
    # --- a trade's practical and a public competition's merit list
    ("a-wee-trade-test", "assessment", _m(
        "Rab Kerr <rab@kerrelectrical.example>", "Re: Maintenance Electrician job - Alex Morgan",
        "alex good to meet u. next bit is a trade test, u wire a test board n do a full set of tests. takes about 2 "
        "hrs. can u do fri 8am at the unit\nrab")),
    ("placed-on-the-order-of-merit", "company_reply", _m(
        "Recruitment Unit <recruitment@corkarts.example>", "CA/2026/04 - Interview Result",
        "A chara,\n\nI refer to your recent interview for the Programme Manager competition. I am pleased to inform you "
        "that the Board found you qualified and you have been placed third on the order of merit. One post is being "
        "filled at this time.\n\nRecruitment Unit\n")),
]


@pytest.mark.parametrize("name, kind, raw", CASES, ids=_ids(CASES))
def test_session_25_rules(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


MORE_CASES = [
    # --- a startup engineer's search: founders' plain words, and the user's own startup
    ("can-we-push-tues-to-thurs", "reschedule", _m(
        "Omar Aziz <omar@quillfeather.example>", "Re: Quillfeather <> Alex: product eng chat",
        "can we push tues to thurs same time? prod is on fire\n\no\n",
        quoted="Looking forward to Tuesday's chat about the product engineer role. Alex")),
    ("an-ats-withdraws-the-product-engineer-post", "rejection", _m(
        "Cobblestone Health <noreply@candidates.workablemail.example>", "Your application to Cobblestone Health",
        "Dear Alex,\n\nThank you for your interest in Cobblestone Health. After further review of our hiring priorities, "
        "we have decided not to proceed with the Senior Product Engineer position at this time, and the role has been "
        "withdrawn. We wish you every success in your search.\n\nCobblestone Health Talent Team\n")),
    ("an-accelerators-interview-for-the-users-startup", "not_relevant", _m(
        "Driftwood Accelerator <apply@driftwood.example>", "Driftwood S26 - your partner interview is confirmed",
        "Hi Alex,\n\nCongratulations - Ledgerlark has been shortlisted for Driftwood S26 partner interviews!\n\nYour "
        "interview is confirmed for Wednesday, May 13 at 2:20 PM ET (20 minutes, Zoom). Please have your co-founder(s) "
        "join.\n\nThe Driftwood team\n")),
    ("an-accelerators-no-for-the-users-startup", "not_relevant", _m(
        "Driftwood Accelerator <apply@driftwood.example>", "Driftwood S26 decision",
        "Hi Alex,\n\nThank you for interviewing with us. We had over 800 applications for 10 spots. Unfortunately we "
        "are not able to offer Ledgerlark a spot in this cohort. We'd encourage you to reapply.\n\nDriftwood\n")),
    ("a-friend-asks-the-user-to-sit-in-on-an-interview", "not_relevant", _m(
        "Eli Brandt <eli@tinroof.example>", "hiring a designer",
        "yo alex, we're hiring a product designer. any chance you'd sit in on a final round interview next week as an "
        "outside opinion?\n\ne\n")),
    ("an-owner-says-pop-in-for-a-chat", "interview_invitation", _m(
        "Kofi Mensah <kofi@thelanternrooms.example>", "gm role",
        "hiya alex\n\ngot ur cv from sam, were looking for a gm for the lantern rooms, 80 covers.\n\npop in for a chat "
        "weds 4ish? or thurs if better\n\nkofi\n\nSent from my iPhone\n")),
    # --- an assistant's own work: the diary kept for a principal
    ("another-assistant-moves-the-principals-meeting", "not_relevant", _m(
        "Siti Rahman <siti.rahman@keppelgate.example>", "RE: Meeting - Mr Lim / Mr Osei - now 4pm",
        "Hi Alex,\n\nMr Lim's meeting with Mr Osei has been moved from 10am to 4pm tomorrow (Thu 12 Mar), same venue. "
        "Could you kindly confirm Mr Lim is still available at the new time?\n\nThanks,\nSiti\nPA to Mr Osei\n")),
    ("a-candidate-confirms-an-interview-with-the-principal", "not_relevant", _m(
        "Chan Mei Ling <meiling.chan@mailbox.example>", "RE: Interview Confirmation - Analyst - Tue 10 Mar, 10am",
        "Dear Alex,\n\nThank you. I confirm I will attend the interview with Mr Lim on Tuesday 10 Mar at 10am.\n\n"
        "Best regards,\nMei Ling\n")),
    ("a-draft-to-check-for-the-principals-candidates", "not_relevant", _m(
        "Joyce Lim <joyce.lim@harbourquay.example>", "interview msg wording - pls check",
        "Dear Alex,\n\nPlease confirm your interview with Mr Ho is on Thursday at 11am. Kindly bring along your "
        "NRIC.\n\nThank you\n")),
    ("a-courses-final-assessment", "not_relevant", _m(
        "Upskill Academy <learn@upskill.example>", "Reminder: your Advanced Excel final assessment is due Friday",
        'Hi Alex,\n\nYou\'re almost there! Your final assessment for "Advanced Excel for Assistants" is due Friday, '
        "11:59pm.\n\nContinue learning: https://upskill.example/course/excel\n")),
    # --- a call-off because someone else has the job ends the candidacy; a call-off for a frozen post does not
    ("an-interview-called-off-because-the-post-went-to-another", "rejection", _m(
        "Lucy Marsh <lucy@fernbankarchitects.example>", "Thursday interview - Office Manager",
        "Hi Alex,\n\nI'm sorry to do this at short notice. We need to cancel your interview on Thursday for the Office "
        "Manager position: we made an offer to another candidate earlier this week and they accepted this morning.\n\n"
        "Lucy\n")),
    ("an-interview-called-off-because-the-post-is-frozen", "cancellation", _m(
        "Lucy Marsh <lucy@fernbankarchitects.example>", "Thursday interview - Office Manager",
        "Hi Alex,\n\nI'm sorry to do this at short notice. We need to cancel your interview on Thursday for the Office "
        "Manager position: the partners have frozen all hiring until the new financial year, and I will be in touch "
        "if that changes.\n\nLucy\n")),
    # --- a scheduling tool's reminder of a screen, and an agency that mentions the user's newsletter work
    ("a-tools-reminder-that-a-phone-screen-starts-soon", "interview_confirmation", _m(
        "Calendly <notifications@calendly.com>", "Reminder: Phone screen - Billing Analyst with Rosa Ortiz starts in 1 hour",
        "Hi Alex,\n\nThis is a friendly reminder that your Phone screen - Billing Analyst with Rosa Ortiz is at 9:00am "
        "(Central Time) on Thursday, April 30, 2026.\n\nEvent Date/Time: 9:00am Thursday, April 30, 2026\n")),
    ("an-agency-confirms-and-mentions-newsletter-work", "interview_confirmation", _m(
        "Dan Wilde <dan.wilde@hollyrecruitment.example>", "Re: Marlow Media - Content Operations Manager",
        "Hi Alex,\n\nGood news - client has confirmed Weds 11am at their Shoreditch office. You'll be seeing Gemma "
        "Holt, Director of Content. They really liked the newsletter work on your CV so lead with that.\n\nDan\n",
        quoted="Hi Dan, Wednesday works for me for the Content Operations Manager interview. Alex")),
    # --- a receipt in a person's words: where the application went
    ("an-agency-shared-the-profile-with-its-client", "application_ack", _m(
        "Ritu Sen <ritu.sen@marigoldconsulting.example>", "Profile shared - Nilgiri Freight - Program Manager",
        "Hi Alex,\n\nThank you for sharing your updated resume. This is to confirm that your profile has been shared "
        "with our client Nilgiri Freight for the position of Program Manager. I will update you as soon as I hear "
        "back.\n\nRegards,\nRitu\n")),
    # --- a gym's first visit, and an agency that will get a new date once papers are in
    ("a-gyms-free-intro-session", "not_relevant", _m(
        "Marcus Bell <marcus@ironleaf.example>", "Your free intro session - Thu 6pm",
        "Hey Alex,\n\nYou're booked in for your free intro session on Thursday at 6:00pm. We'll start with a quick "
        "movement assessment and a chat about your goals.\n\nSee you then,\nMarcus\n")),
    ("papers-first-then-a-new-date", "company_reply", _m(
        "Jordan Voss | Sparkline <jordan@sparkline-recruit.example>", "RE: Tyne Rd - maintenance electrician",
        "Hiya, their compliance person wants copies of ur ECS card and 18th ed cert before the site visit. Can u ping "
        "them over today? I'll send them on and get a new date sorted.\n\nCheers J",
        quoted="Hi Jordan, any news on the maintenance electrician site visit? Alex")),
    # --- Swedish, Danish and Norwegian
    ("sv-the-post-is-now-filled", "rejection", _m(
        "Ljungby kommun <noreply@varbi.example>", "Tjänsten är tillsatt - Systemförvaltare",
        "Hej,\n\nTack för ditt intresse för tjänsten Systemförvaltare (ref LK-2026-12). Vi vill informera om att "
        "tjänsten nu är tillsatt. Vi önskar dig lycka till framöver.\n\nMed vänliga hälsningar\nLjungby kommun\n")),
    ("da-you-are-not-among-those-chosen", "rejection", _m(
        "Havnegade Data <noreply@emply-mail.example>", "Din ansøgning - Backend Developer",
        "Kære Alex\nMange tak for din ansøgning til stillingen som Backend Developer. Vi må desværre meddele, at du "
        "ikke er blandt de kandidater, vi har udvalgt til samtale.\nVenlig hilsen\nHavnegade Data\n")),
    ("no-chose-to-go-on-with-others", "rejection", _m(
        "Marit Holm <marit@fjordlys.recruitee-mail.example>", "Søknaden din hos Fjordlys",
        "Hei Alex,\n\nTusen takk for at du søkte på stillingen som utvikler hos oss. Denne gangen har vi dessverre "
        "valgt å gå videre med kandidater som har mer erfaring med betalingsløsninger.\n\nMvh Marit\n")),
    ("sv-a-summons-with-its-time", "interview_confirmation", _m(
        "Karin Berg <karin.berg@skargardsbank.example>", "Kallelse till intervju - Systemutvecklare",
        "Hej Alex,\n\nVi vill gärna träffa dig för en intervju avseende tjänsten Systemutvecklare.\n\nTid: torsdag den "
        "16 april 2026 kl. 09.30-10.30\nPlats: Skärgårdsbanken, Sveavägen 4, Stockholm\n\nVänliga hälsningar\nKarin\n")),
    ("sv-slots-listed-are-still-an-invitation", "interview_invitation", _m(
        "Johan Ek <johan.ek@skargardsbank.example>", "Intervju - Systemutvecklare",
        "Hej Alex,\n\nTack för din ansökan! Vi vill gärna träffa dig. Vilken tid passar dig bäst?\n\n"
        "• tisdag 14 april kl. 15.00\n• onsdag 15 april kl. 11.00\n\nHälsningar\nJohan\n")),
    ("sv-the-final-interview-moves-to-friday", "reschedule", _m(
        "Ebba Lund <ebba.lund@norrkapital.example>", "Ny tid för slutintervju",
        "Hej Alex,\n\nVår CTO har fått förhinder på torsdag, så slutintervjun flyttas till fredag 23 januari kl. "
        "13.00 på kontoret.\n\n/Ebba\n")),
    # --- Polish
    ("pl-an-agency-asks-for-a-moment-to-talk", "interview_invitation", _m(
        "Ola Nowak | Kadra Partners <ola.nowak@kadrapartners.example>", "Rola FP&A w Gdańsku - masz chwilę na rozmowę?",
        "Cześć Alex!\n\nOla z Kadra Partners. Mój klient szuka FP&A Analyst do zespołu w Gdańsku. Masz chwilę na "
        "rozmowę w tym tygodniu?\n\nOla\n")),
    ("pl-the-client-chose-an-internal-candidate", "rejection", _m(
        "Piotr Zając <p.zajac@kadrapartners.example>", "Controller - informacja zwrotna",
        "Cześć Alex,\n\nwracam z informacją od klienta. Niestety rekrutacja na rolę Controller została zamknięta - "
        "zdecydowali się na kandydata wewnętrznego.\n\nPozdrawiam\nPiotr\n")),
    ("pl-a-case-study-is-the-next-step", "assessment", _m(
        "Ewa Lis <ewa.lis@wislagbs.example>", "Case study - Financial Analyst",
        "Cześć Alex,\n\ndziękuję za rozmowę telefoniczną. Kolejnym etapem jest krótkie zadanie - case study. W "
        "załączniku znajdziesz plik Excel z danymi.\n\nEwa\n")),
    ("pl-an-offer-prepared", "offer", _m(
        "Ewa Lis <ewa.lis@wislagbs.example>", "Oferta pracy - Financial Analyst",
        "Cześć Alex,\n\nmam przyjemność przekazać, że zespół chciałby, żebyś do nich dołączył(a)! Przygotowaliśmy "
        "dla Ciebie ofertę pracy: stanowisko Financial Analyst, 14 000 zł brutto miesięcznie, umowa o pracę, start 1 "
        "grudnia.\n\nEwa\n")),
    ("pl-a-coaching-session-before-an-interview-is-no-interview", "not_relevant", _m(
        "Karolina Bąk <kontakt@kb-coaching.example>", "Potwierdzenie sesji: przygotowanie do rozmowy rekrutacyjnej",
        "Hej Alex,\n\npotwierdzam naszą sesję coachingową: wtorek 20.01, 18:30-19:30, Zoom. Temat: przygotowanie do "
        "rozmowy rekrutacyjnej.\n\nKarolina\n")),
    # --- a post's field is no credit-card application
    ("a-credit-card-analytics-role-declined", "rejection", _m(
        "Mike Kowal <mike.k@northlightsearch.example>", "Feedback - Lead DS Credit Card Analytics",
        "Alex,\n\nHeard back from the client on the Lead Data Scientist, Credit Card Analytics role. They're going "
        "with a candidate who has more hands-on uplift modelling. Sorry - I'll keep looking.\n\nMike\n")),
    ("sv-a-volunteers-application-is-no-job", "not_relevant", _m(
        "Kodstugan <hej@kodstugan.example>", "Tack för din ansökan som volontär!",
        "Hej Alex!\n\nTack för din ansökan om att bli volontär som kodcoach hos Kodstugan! Nästa steg är en kort "
        "introträff.\n\nVi hörs!\n")),
]


@pytest.mark.parametrize("name, kind, raw", MORE_CASES, ids=_ids(MORE_CASES))
def test_session_25_rules_in_founders_assistants_and_nordic_mail(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


# A test of the work named in so many words: the rules read it so (the word model, which has met few of these, may still
# read a short one as the meeting it also sets, and then the message waits for a look)
TESTS_NAMED = [
    ("a-paid-trial-week", "assessment", _m(
        "Nadia Roux <nadia@bellwort.example>", "trial week?",
        "hey Alex,\n\nreally enjoyed thurs. next step for us is usually a paid trial week - you'd pick up a real ticket "
        "and pair with the team, mon to fri.\n\ndoes that work for you?\n\nnadia\n")),
    ("an-agencys-typing-and-excel-tests", "assessment", _m(
        "Grace Tan <grace@deskpartners.example>", "Skills testing - Mon 9 Mar",
        "Dear Alex,\n\nAs discussed over the phone, please come to our office for skills testing before we put you "
        "forward: a typing test and an Excel test, about an hour in all. Please bring your NRIC.\n\nGrace\n")),
]


@pytest.mark.parametrize("name, kind, raw", TESTS_NAMED, ids=_ids(TESTS_NAMED))
def test_a_trial_week_and_office_tests_are_tests_to_the_rules(name: str, kind: str, raw: bytes) -> None:
    email = parse(raw, me={"alex.morgan@example.net"})
    assert decide(score(email.subject.lower(), email.text.lower())[0]) == kind
