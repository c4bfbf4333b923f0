"""Session 20: the rules five fresh writer sets revealed (an Irish nurse's hospitals and agencies, a Bengaluru
engineer's HR desks, warehouse work from phones, a law graduate's firms, a CFO's search firms), each one general
rule in invented words, with the look-alikes that share its words."""

from __future__ import annotations

import pytest

from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m

CASES = [
    # told, not asked: a day and an hour in a sentence that asks nothing is the booking
    ("told-to-come-in-for-a-trial-shift", "interview_confirmation", _m(
        "Declan Rafferty <declan.rafferty@icloud.example>", "Re: Nights staff nurse",
        "Hi Alex, thanks for getting back to me. Come in for a trial shift Saturday 18th 8am to 2pm, you'll shadow our "
        "nurse on the top floor. It's paid.\nDeclan\n\nSent from my iPhone",
        quoted="Hi Declan,\n\nI would be interested in the nights post. I can come in any day next week.\n\nAlex")),
    ("asked-to-come-in-is-still-a-question", "interview_invitation", _m(
        "Declan Rafferty <declan.rafferty@icloud.example>", "Re: Nights staff nurse",
        "Hi Alex, thanks for getting back to me. Can you come in for a trial shift Saturday 18th at 8am? Let me know.\n"
        "Declan\n", quoted="Hi Declan,\n\nI would be interested in the nights post.\n\nAlex")),
    # an owner's yes typed on a phone, its rate without a currency
    ("jobs-yours-if-u-want-it", "offer", _m(
        "Rick Szabo <rick.szabo.dhd@gmail.example>", "Re: Delivery helper job (saw your ad)",
        "good meeting u this morning. jobs yours if u want it. 17/hr to start, tues-fri and some saturdays. need to "
        "know by thurs\n\nRick\n\nSent from my iPhone",
        quoted="u still interested? come by tmrw 7am ask for Rick.",
        quoted_from="Rick Szabo <rick.szabo.dhd@gmail.example>")),
    # a refusal of the user's approach, sent through someone who knew they needed help
    ("we-filled-the-spot", "rejection", _m(
        "Dwayne Tuller <tullertire.dwayne@icloud.example>", "Re: Warehouse and delivery at the tire shop",
        "Hey Alex sorry for the slow reply, we filled the spot last week. Good luck man\n\nSent from my iPhone",
        quoted="Hi Dwayne,\n\nYour cousin Marisol said you might need somebody for warehouse and delivery. I have 3 years "
               "warehouse experience and I'm forklift certified. Would love to talk.\n\nAlex")),
    ("he-hired-somebody", "rejection", _m(
        "Barb Lutz <barb.hvproduce@outlook.example>", "RE: Night Loader job",
        "Alex,\n\nRay asked me to let you know he hired somebody for the night loader job. He said it was a close one. "
        "We'll call you if anything else opens up.\n\nThanks for coming in.\nBarb\n")),
    # a sister's own offer letter, pasted below her note: someone else's offer
    ("a-sisters-pasted-offer-letter", "not_relevant", _m(
        "Jess Morgan <jessmorgan.rn@gmail.example>", "Re: how'd it go??",
        "ALEX I GOT IT!!! they called this afternoon and then sent this. read it and tell me if the pay is good\n\n"
        "Dear Jessica,\n\nOn behalf of St. Ives Medical Center, we are delighted to offer you the position of "
        "Registered Nurse at a base rate of $38.75 per hour. Your anticipated start date is May 11, 2026.\n\n"
        "Sincerely,\nTalent Acquisition\n")),
    # ... but the user's own letter pasted by a recruiter is the user's offer
    ("a-recruiter-pastes-the-users-letter", "offer", _m(
        "Marcus Delgado <mdelgado@wyandotstaffing.example>", "Your offer from Madison Pharma",
        "Hi Alex, great news - here's the letter they sent over:\n\nDear Alex,\n\nWe are delighted to offer you the "
        "position of Shipping Associate at $18.75 per hour, starting Monday 6 April.\n\nMarcus\n")),
    # an assessment's own words are no shop's ("match item numbers, lot codes and quantities")
    ("an-accuracy-test-is-no-shop", "assessment", _m(
        "Fayette Talent <notifications@smartrecruiters.com>", "Fayette Medical: please complete an assessment",
        "Hi Alex,\n\nAs part of your application for Warehouse Associate, we'd like to invite you to complete the "
        "Accuracy & Attention to Detail assessment. It checks how quickly you can match item numbers, lot codes and "
        "quantities.\n\nComplete by: Monday, March 9, 2026\n")),
    # an agency places without an interview ...
    ("an-agency-places-without-an-interview", "offer", _m(
        "Marcus Delgado <mdelgado@wyandotstaffing.example>", "RE: Forklift - phone screen",
        "Hi Alex,\n\nMadison Pharma reviewed your profile and assessment results and would like to bring you on - no "
        "interview needed, they've had great results with our forklift people.\n\nAssignment offer:\nPosition: Shipping "
        "Associate\nPay: $18.75/hr\nStart: Monday 4/6\n\nI need a yes by Thursday at noon.\n\nMarcus\n")),
    # ... a scam's "no interview required" stays a scam's
    ("a-scams-no-interview-required", "not_relevant", _m(
        "HR Manager <hr.globalhire@gmail.example>", "Remote data entry job offer",
        "Congratulations! You have been selected for a remote data entry job. No interview required, $45 per hour, "
        "paid daily. Message our HR manager on wa.me/15555550123 to accept the offer.\n")),
    # a rule stated to all, not news for the user
    ("applications-without-a-completed-questionnaire", "assessment", _m(
        "Kimmage Dialysis <no-reply@applytojob.com>", "Please complete the questionnaire for Staff Nurse",
        "Hi Alex,\n\nThank you for applying for the Staff Nurse position at Kimmage Dialysis Centre. To help us review "
        "your application, please complete a short questionnaire (about 15 minutes): "
        "https://kimmage.applytojob.com/apply/questionnaire/Qm7X\n\nPlease submit it within 5 days. Applications "
        "without a completed questionnaire will not progress.\n")),
    # an HR desk's form to fill in by reply
    ("a-ctc-form-to-fill-in", "company_reply", _m(
        "Lavanya S <lavanya.s@gopuraminfo.example>", "Java Backend Developer - Profile Details Required",
        "Dear Candidate,\n\nThis is with reference to your application for the position of Java Backend Developer. We "
        "have gone through your profile and would like to take it forward.\n\nKindly revert with the below details:\n\n"
        "Total Experience :\nCurrent CTC :\nExpected CTC :\nNotice Period (if serving, mention LWD) :\n\nPlease do the "
        "needful.\n\nLavanya S\nHR Executive\n")),
    # ... below a receipt's own words, the receipt stands
    ("a-receipt-with-a-ctc-form", "application_ack", _m(
        "Deepika R <deepika.r@nandihills.example>", "Your application - Backend Engineer - Nandi Hills",
        "Dear Alex,\n\nThank you for your interest in our organisation. We have received your profile for the position "
        "of Backend Engineer and the same is under review with our technical team.\n\nMeanwhile, request you to kindly "
        "revert with the below details for our records:\n- Current CTC:\n- Expected CTC:\n- Notice period:\n\n"
        "Deepika R\nTalent Acquisition\n")),
    # the documents to go on with the process, in the other languages
    ("documentos-para-seguirmos", "company_reply", _m(
        "Camila Rezende <camila.rezende@aclimar.example>", "Documentação",
        "Prezado Alex,\n\nObrigada pela participação na entrevista com o Thiago na última quinta-feira.\n\nPara "
        "seguirmos com o processo, pedimos por gentileza que nos envie cópia do diploma e o registro no CREA.\n\n"
        "Camila Rezende\nAnalista de Recrutamento\n")),
    # a founder's offer from a personal account, in the pay India writes
    ("an-offer-in-lpa-from-a-personal-account", "offer", _m(
        "Arvind Rao <arvind.rao.dev@gmail.example>", "Re: Thanks for today",
        "Hi Alex,\n\nPooja will send the formal letter tomorrow but I wanted to tell you myself - we'd like you to join "
        "us as SDE II on the shipments platform.\n\nWhat we can do: 30 LPA fixed, 4 LPA performance bonus, and 0.08% in "
        "ESOPs vesting over 4 years.\n\nArvind\n",
        quoted="Hi Arvind,\n\nThanks for taking the time today, I really enjoyed the discussion.\n\nAlex")),
    # the user recruits: the client's offer is to the user's candidate, and the user's fee is paid on it
    ("a-clients-offer-to-the-users-candidate", "not_relevant", _m(
        "Dana Whitfield <dana.whitfield@pepperhythe.example>", "Omar Haddad - offer details",
        "Alex,\n\nBackground check cleared yesterday. We're ready to extend an offer to Omar for VP, Technology Risk:\n"
        "- Base: GBP 145,000\n- Start: 1 July\n\nCan you present it to him today? Per our agreement your fee is 25% of "
        "first-year base.\n\nDana\n")),
    # a search firm's news: the role withdrawn, a meeting stood down, a board's yes
    ("the-role-has-therefore-been-withdrawn", "rejection", _m(
        "Marcus Oyelaran <marcus.oyelaran@quennellhart.example>", "RE: Ormolu Media Group - CFO",
        "Alex,\n\nThe board has decided to promote the Group Financial Controller instead. The CFO role has therefore "
        "been withdrawn and the search closed. I'm sorry to have taken up your time.\n\nMarcus\nPartner\n")),
    ("stood-down-for-tuesday", "cancellation", _m(
        "Lucy Carver <lucy.carver@saltramboyd.example>", "RE: Northwold Rail - Group Finance Director",
        "Dear Alex,\n\nSir Malcolm has been called away on Tuesday, so I must stand you down for Tuesday morning. Rupert "
        "will come back to you next week with new dates.\n\nKind regards,\nLucy\n")),
    ("a-board-would-be-delighted", "offer", _m(
        "Jonathan Treloar <jonathan.treloar@kenidjack.example>", "Re: Thank you",
        "Alex\n\nBoard met yesterday. We would be delighted if you would join us as an independent NED and chair of the "
        "audit committee. Fee £55k, plus the usual expenses. Our company secretary will send you the list of what the "
        "checks need. Formal letter of appointment once that's done.\n\nDo say yes.\n\nJ\n\nSent from my iPad",
        quoted="Jonathan - thank you for breakfast this morning. I'd be very interested.\n\nAlex")),
    # the user's own job kept through a takeover, and a club's candidates: no candidacy
    ("a-retention-award-is-the-users-own-job", "not_relevant", _m(
        "Karen Whitby <karen.whitby@stanhope.example>", "Retention Award - Letter of Offer (Confidential)",
        "Dear Alex,\n\nI am pleased to offer you a retention award of USD 350,000, subject to your continued employment. "
        "The full terms are set out in the attached letter of offer, which also explains the treatment of the award in "
        "good-leaver circumstances. Please sign and return it via DocuSign by 30 April.\n\nKaren\n")),
    ("a-clubs-membership-interview", "not_relevant", _m(
        "Amelia Stockwell <membership@anchoriteclub.example>", "Candidature for Membership - interview",
        "Dear Alex Morgan,\n\nYour candidature was considered at the meeting of the Membership Committee on 2 March. I am "
        "pleased to invite you to attend an interview with two of its members on Tuesday 24 March at 6.30pm, at the "
        "Club.\n\nYours sincerely,\nAmelia Stockwell\nMembership Secretary\n")),
    # a shop owner's no after a trial, and a deli's yes, from phones
    ("giving-the-job-to-a-guy", "rejection", _m(
        "Jim Rennie <jim@gallowgatehw.example>", "Re: Thanks for Saturday",
        "Hi Alex\n\nThanks for coming in Saturday, ye were a good worker.\n\nI've been going back and forward on it but "
        "I'm giving the job to a guy that's done the trade for years. Sorry pal.\n\nJim\n",
        quoted="Hi Jim, thanks for having me in today for the trial, I really enjoyed it.\n\nAlex")),
    ("the-jobs-yours-hours-and-rate", "offer", _m(
        "Donna Macaulay <donnamacaulay.deli@icloud.example>", "Re: Job in your window",
        "Right spoke to Stevie. The jobs yours if u want it!! 25hrs Tue-Sat, £12.60, could start Tues 3rd March. Let me "
        "know by the end of the week? Donna x\n\nSent from my iPhone")),
    ("an-agency-text-offers-u-the-role", "offer", _m(
        "Clydeline Recruitment <447700900318@txt.clydeline.example>", "Text message from Clydeline Recruitment",
        "Great news Alex!! Carmyle want to offer u the Inbound Customer Service Advisor role. £12.40ph, 37.5hrs/wk. "
        "Training starts Mon 20 April. Give me a call to accept! Kayleigh\n")),
    # a time that stands unless the user says otherwise is a booking; "tomorrow's 11am is off" is a call-off
    ("a-time-that-stands-unless-it-does-not-work", "interview_confirmation", _m(
        "Isla Fairbairn <isla@pagesonbyres.example>", "Re: Bookseller position",
        "Hi Alex,\n\nThanks for your letter about the bookseller position. How about this Thursday, the 19th, at 3pm, for a "
        "chat over a cup of tea in the back? Let me know if that doesn't work and we'll find another time.\n\nIsla\n")),
    ("tomorrows-11am-is-off", "cancellation", _m(
        "Owen Pryce <owen.pryce@bellwright-search.example>", "Re: Senior Scientist - Ardmoor Pharma",
        "Alex - bad news I'm afraid, Leah has been pulled into a regulatory inspection so tomorrow's 11am is off. I'll get "
        "new times from her EA next week and come back to you.\n\nO.\n")),
    # a landlord's renewal states terms too; a caseworker's supervision, case conferences and family interviews are work
    ("a-landlords-fixed-term-renewal", "not_relevant", _m(
        "Graham Pettigrew <g.pettigrew@xtra.example>", "RE: Lease at 14B Te Puni St",
        "Hi Alex\n\nLyn and I are happy to offer you a new 12 month fixed term from 1 April at $595 a week (up from $570).\n\n"
        "Or if you'd rather go periodic that's fine too, just let us know by the end of the month.\n\nCheers\n")),
    ("a-supervision-session-moved", "not_relevant", _m(
        "Jill Marsters <jill@marsterssupervision.example>", "Re: Supervision Thursday",
        "Hi Alex,\n\nWould you mind if we moved our supervision session this Thursday to Wednesday 25th at 2pm? I've got a "
        "clash with a training day.\n\nJill\n")),
    ("an-assessment-interview-with-a-family", "not_relevant", _m(
        "Leanne Hurihanganui <leanne.h@kaitokefamily.example>", "RE: Fonoti whānau - assessment interview",
        "Hi Alex,\n\nYes please - can you do the assessment interview with the Fonoti whānau on Thursday at 10? Make it a "
        "home visit. Take Josh with you (two-worker visit as per the safety plan).\n\nCheers\n")),
    # the employment agreement to sign is the offer
    ("an-employment-agreement-to-sign", "offer", _m(
        "Mele Havili <mele.havili@fetuao.example>", "Employment agreement - Pasifika Family Social Worker",
        "Kia ora Alex,\n\nAs discussed with Losa, please find attached your Individual Employment Agreement and Position "
        "Description for the Pasifika Family Social Worker role.\n\nTo accept, please sign page 14 and return a scanned "
        "copy to me by Thursday 19 March 2026.\n\nNgā mihi,\nMele Havili\nHR Advisor\n")),
    # Polish: a receipt "registered in our system", a recruitment closed, an advert no longer current
    ("pl-documents-registered", "application_ack", _m(
        "HRlink ATS <powiadomienia@hrlink-ats.example>", "Potwierdzenie otrzymania aplikacji - Tester oprogramowania",
        "Szanowni Państwo,\n\ndziękujemy za zainteresowanie ofertą pracy w Sowa Analytics oraz przesłanie aplikacji na "
        "stanowisko Tester oprogramowania (QA).\n\nUprzejmie informujemy, że Państwa dokumenty aplikacyjne zostały "
        "zarejestrowane w naszym systemie rekrutacyjnym.\n\nZ poważaniem\nDział Personalny\n")),
    ("pl-recruitment-closed", "rejection", _m(
        "Ewelina Kowal <ewelina.kowal@debniksystems.example>", "ODP: Spotkanie z zespołem - QA Engineer",
        "Dzień dobry Pani Alex,\n\nobiecałam wrócić z nowym terminem - niestety mam inną wiadomość. Zarząd zdecydował o "
        "reorganizacji zespołów. W efekcie rekrutacja na stanowisko QA Engineer została zamknięta i nie będziemy jej "
        "kontynuować.\n\nZ poważaniem\nEwelina Kowal\nSpecjalistka ds. rekrutacji\n")),
    ("pl-advert-no-longer-current", "rejection", _m(
        "Grzegorz Wietrzyk <g.wietrzyk@malopolska-net.example>", "Re: Tester aplikacji mobilnych - CV",
        "Dzień dobry Pani,\n\ndziękuję za przesłane CV. Niestety ogłoszenie jest już nieaktualne - klient wstrzymał projekt "
        "i w tej chwili nie zatrudniamy nikogo na stanowisko testera.\n\nPozdrawiam\nGrzegorz Wietrzyk\n",
        quoted="Dzień dobry,\n\nw odpowiedzi na ogłoszenie przesyłam CV na stanowisko testera.\n\nAlex Morgan")),
    # a law firm's practice is no lease of the user's
    ("commercial-lease-work-is-a-practice", "interview_confirmation", _m(
        "Marcus Tedeschi <marcus@quennellsearch.example>", "RE: AKS - submitted",
        "You're confirmed: Wednesday, Feb 11 at 11:00 AM.\n\nAsk for Dev at reception. You'll also meet Ellen Gorski (7th "
        "year, does most of their commercial lease work). Bring two copies of your resume.\n\nM\n\nMarcus Tedeschi\n"
        "Managing Director | Quennell Legal Search\n",
        quoted="Hi Marcus,\n\nThat's great news! I'm free Tuesday after 1 or any time Wednesday.\n\nAlex")),
    # a classmate's own interview, told to the user
    ("a-classmate-got-the-interview", "not_relevant", _m(
        "Devin Amankwah <devin.amankwah@gmail.example>", "Re: Clerkship cover letter - could you take a look?",
        "Alex!! Thank you SO much for the edits.\n\nAnd guess what - I got the interview with Judge Farrow-Lindsey! It's "
        "next Thursday at 10. Any chance you could do a mock with me Tuesday night?\n\nDevin\n",
        quoted="Hi Devin - edits attached in track changes. Good luck!!")),
]


@pytest.mark.parametrize(("name", "kind", "raw"), CASES, ids=_ids(CASES))
def test_fresh_sets_general_rules(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)



# What a review of these rules found they must not do (each once did, before it was narrowed).
NOT_THESE = [
    ("a-recruiter-pastes-the-clients-no-about-the-user", "rejection", _m(
        "Priya Shah <priya@northbankrecruit.example>", "Brightmill - feedback",
        "Hi Alex, I'm afraid it's a no this time - their note is below:\n\nDear Jessica,\n\nThank you for introducing "
        "Alex Morgan. Unfortunately we have decided not to proceed with Alex's application for the analyst role.\n\n"
        "Kind regards\nTom\n")),
    ("a-solicitor-asks-the-user-in-to-sign", "not_relevant", _m(
        "Ruth Adair <ruth.adair@adairlegal.example>", "Your purchase of 4 Elm Row",
        "Dear Alex,\n\nThe contracts are ready. Please come in Tuesday at 11am to our office to sign them.\n\nRuth Adair\n")),
    ("a-hand-with-the-move-is-no-job", "not_relevant", _m(
        "Kerry Lowe <kerry.lowe@gmail.example>", "Re: the move",
        "Oh you star! Come over Saturday at 9am, the van's booked for 10.\n\nKerry\n",
        quoted="Hi Kerry,\n\nMum said you might need a hand with the move - I'm free all weekend.\n\nAlex")),
    ("an-offer-with-a-retention-agreement", "offer", _m(
        "Lena Fox <lena.fox@quarrytech.example>", "Offer - Data Analyst",
        "Hi Alex,\n\nWe're delighted to offer you the Data Analyst position at $85,000, with a $10,000 sign-on bonus "
        "subject to a 12-month retention agreement.\n\nLena\n")),
    ("a-recruiter-has-an-interview-pencilled-in", "interview_confirmation", _m(
        "Sam Ortiz <sam.ortiz@northbankrecruit.example>", "Brightmill - first stage",
        "Hi Alex,\n\nGreat news - I have a first-stage interview with Brightmill pencilled in for Thursday at 2pm. Can "
        "you confirm that works?\n\nSam\n")),
    ("an-interviews-talk-of-the-work-is-no-work", "company_reply", _m(
        "Dean Okafor <dean.okafor@stonecrophealth.example>", "RE: CV - Merrow Vale",
        "Hi Alex\n\nSpoke to Claire this morning. Really positive feedback from Thursday - she liked your discharge "
        "planning examples and your case conference story. They won't make a decision before next Friday.\n\nWhat's "
        "your notice period?\n\nDean\nSenior Consultant, Stonecrop Health Recruitment\n")),
    ("a-builder-took-on-someone-new", "not_relevant", _m(
        "Gary Mills <gary@millsbuild.example>", "Your extension",
        "Hi Alex,\n\nGood news, I've taken on someone new so we can start your extension a week early, Monday the 9th.\n\n"
        "Gary\n")),
    ("a-scam-whose-people-will-contact-you", "not_relevant", _m(
        "HR Desk <hr.desk.global@gmail.example>", "Warehouse job offer",
        "Congratulations! No interview required, our logistics people will contact you. Reply with your bank details "
        "to receive your first payment.\n")),
]


@pytest.mark.parametrize(("name", "kind", "raw"), NOT_THESE, ids=_ids(NOT_THESE))
def test_what_the_rules_must_not_do(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


def test_a_celebration_to_join_is_no_offer() -> None:
    from tests.test_reading_small_employers_and_closed_processes import _read

    got = _read(_m("Anna Bell <anna.bell@stkildahospice.example>", "Our 25th anniversary",
                   "Dear Alex,\n\nWe would be delighted if you would join us as we celebrate 25 years of care, on Friday "
                   "12 June at 7pm.\n\nAnna\n"))
    assert got.kind == "not_relevant" and got.guess != "offer", got.reasons


def test_a_reporter_looking_for_someone_to_talk_to_is_no_approach_about_a_job() -> None:
    """"Sandra said you were looking for someone from the shop to talk to" is the user answering a reporter, not
    applying: the reporter's "quick interview on Tuesday" is never acted on."""
    from tests.test_reading_small_employers_and_closed_processes import _read

    got = _read(_m("Ross Gilchrist <ross.gilchrist@eastendecho.example>", "Re: Hospice shop 10th birthday",
                   "Hi Alex,\n\nWould you be free for a quick interview on Tuesday? 15 minutes on the phone is fine. We're "
                   "running it in the 19 March edition.\n\nCheers,\nRoss\n",
                   quoted="Hi Ross, Sandra said you were looking for someone from the shop to talk to for the anniversary "
                          "piece. Happy to help! Alex"))
    assert got.kind == "not_relevant" and "answers the user's own approach about a job" not in got.reasons, got.reasons
