"""Session 31: general rules from fresh writer sets, each in invented words, with the look-alikes that share them."""

from __future__ import annotations

import pytest

from agent.classify import TERMS
from agent.demo.builder import mail
from tests.test_reading import SENT
from tests.test_reading_small_employers_and_closed_processes import _assert_read_as, _ids, _m, _read

# An offer said in one line after a call, with the terms or the letter to come: a person at the company, writing
# to the user alone, needs nothing more to make it one.
OFFERS_WITH_THEIR_TERMS = [
    ("a-sales-seat-with-base-and-ote", _m(
        "Drew Halvorsen <drew@tallowfin.example>", "good news!!",
        "alex!! marta + i want u on the team. we're offering the enterprise ae seat, 82 base / 164 ote, start 4/6. "
        "sam is sending the official letter thru docusign tonight\n\ncall me if u want to talk anything thru\n\ndrew\n")),
    ("a-contractor-rate-in-a-currency-code-and-a-start-date", _m(
        "Lia Gouveia <lia@estudiocorvo.example>", "Join us?",
        "Olá Alex,\n\nNuno and I talked all week about your test, it was exactly our tone.\n\nSo: we would love you to "
        "join the studio as our product designer. We can do a contractor agreement, EUR 3,100 per month for 32 hours "
        "a week, fully remote. Start 2 March if possible.\n\nTake a week to think, and call me with questions.\n\nLia\n")),
    ("a-monthly-package-in-dirhams", _m(
        "Omar Haddad <omar.haddad@qasrfm.example>", "Joining Qasr",
        "Dear Alex,\n\nAs discussed over the phone today, we would be glad for you to join Qasr as Operations Manager "
        "with a monthly package of AED 28,000 (basic 17,000, housing 8,000, transport 3,000) and family medical.\n\n"
        "Please confirm your acceptance so HR can issue the formal letter.\n\nRegards,\nOmar Haddad\n")),
    ("a-partner-says-welcome-and-the-letter-follows", _m(
        "Hugh Ashdown <h.ashdown@ashdownpryce.example>", "Welcome",
        "Alex - good to speak just now. Delighted you'll be joining us, subject to the usual. Petra will send the "
        "letter tomorrow. Any questions meanwhile, call me.\n\nHA\n")),
    ("a-spanish-yes-with-the-fixed-pay", _m(
        "Iñigo Salvatierra <inigo@rutalogica.example>", "Data Lead – buenas noticias",
        "¡Alex!\n\nTe lo confirmo también por aquí: te queremos en el equipo.\n\nMañana te llega de RRHH la propuesta "
        "formal con todo (lo que hablamos: 52k fijos + 10% de variable).\n\nIñigo\n")),
]


@pytest.mark.parametrize("name, raw", OFFERS_WITH_THEIR_TERMS, ids=_ids(OFFERS_WITH_THEIR_TERMS))
def test_an_offer_with_its_terms_from_a_person_at_the_company(name: str, raw: bytes) -> None:
    _assert_read_as(raw, "offer")


def test_a_dealers_offer_with_a_price_and_paperwork_is_no_job() -> None:
    """A guard: a car's price, a start and the paperwork to follow are terms, but of no job."""
    raw = _m("Rob Kelly <rob.kelly@kellymotors.example>", "Your Golf",
             "Hi Alex,\n\nGood to speak today. We'd be glad to offer you the Golf at EUR 24,000 with the winter tyres, "
             "and you could pick it up starting 3 March. The formal paperwork will follow.\n\nRob\n")
    assert _read(raw).kind == "not_relevant", _read(raw).reasons


@pytest.mark.parametrize("text", ["the start may be late this year", "starting in the market hall",
                                  "the letter from the council", "formal dress is expected", "a note to the team"])
def test_words_that_only_look_like_terms(text: str) -> None:
    assert TERMS.search(text) is None


def _bulk(frm: str, subject: str, body: str) -> bytes:
    """Mail sent as a list is: with its List-Unsubscribe header."""
    return mail(frm=frm, to="Alex Morgan <alex.morgan@example.net>", subject=subject, date=SENT, body=body,
                msgid="<s31@example.com>", headers={"List-Unsubscribe": "<https://example.com/unsubscribe>"})


_AGENCY_FOOTER = ("\n\nThe Tradehand team\n\nTradehand Ltd is an employment business. Registered in Scotland SC700001.\n"
                  "You're getting this because you have a Tradehand account. Unsubscribe: https://tradehand.example/u\n")

READ_AS = [
    # a staffing app's own mail: its footer says it is an employment business, whatever list headers it carries
    ("an-agency-app-asks-the-user-to-book-a-call", "interview_invitation", _bulk(
        "Tradehand <no-reply@notify.tradehand.example>", "You're verified - book your 10-minute call",
        "Hi Alex,\n\nGood news - your right to work check is approved.\n\nLast step before you go live: a quick video "
        "call with Morven, your consultant for Dundee. Pick a time that suits you:\nhttps://book.tradehand.example/morven"
        + _AGENCY_FOOTER)),
    ("an-agency-app-sets-a-skills-quiz", "assessment", _bulk(
        "Tradehand <no-reply@notify.tradehand.example>", "One last step: your site skills quiz",
        "Hi Alex,\n\nBefore we can offer you shifts, every tradesperson completes a short skills check: 25 questions on "
        "site safety and reading drawings. Pass mark 80%.\n\nStart it in the app under Profile > Skills." + _AGENCY_FOOTER)),
    ("an-agency-app-says-the-shift-went-to-another", "rejection", _bulk(
        "Tradehand <no-reply@notify.tradehand.example>", "Shift no longer available: Joiner - Lochee",
        "Hi Alex,\n\nSorry - the joiner shift in Lochee (Thu 6 Mar) has now been filled. The client confirmed another "
        "worker before your acceptance came through." + _AGENCY_FOOTER)),
    # a builder who needs a hand writes from a phone
    ("a-builder-needing-a-joiner", "interview_invitation", _m(
        "Tam Baird <baird.build@gmail.com>", "",
        "hi alex its tam baird, rory gave me your email says your looking. im needing a joiner for some kitchens round "
        "kirkintilloch. come by the job for a blether this week if your about, mornings are best\n\ntam\n")),
    # an agency tells of the client's call, then of its move
    ("the-client-is-ringing-tomorrow", "interview_confirmation", _m(
        "Shaz Patel <shaz@ironmillrecruitment.example>", "RE: 4 wk job Bradford",
        "Site manager wants a quick word first. Hes ringing you tomoz at 12 on your mobile, make sure you pick up. Name "
        "is Dean.\n\nShaz\n")),
    ("the-clients-call-moved", "reschedule", _m(
        "Shaz Patel <shaz@ironmillrecruitment.example>", "RE: 4 wk job Bradford",
        "Dean cant do today, he's got building control in. He'll ring you tomorrow (fri) at 2 instead. Sorry mate\n")),
    # a family firm with no room
    ("no-room-for-another-joiner", "rejection", _m(
        "Wull Gray <wull@grayjoinery.example>", "Re: Time-served joiner available",
        "Hi Alex\n\nThanks for your email and CV. We're a small outfit and there's no room for another joiner this "
        "year. I'll keep your details but I wouldn't want you waiting on us.\n\nWull Gray\n")),
    # a restaurant's task set to every candidate, its weekly open interviews, an agency's windows asked
    ("the-task-every-candidate-does", "assessment", _m(
        "Nell Ruiz <nell@saltandember.example>", "A little homework",
        "Hi Alex,\n\nNell here. I didn't want you waiting while I sort my calendar, so here's the piece we ask every "
        "bar manager candidate to do: a plan to bring pour cost from 25% to 21%. A page is plenty.\n\nNell\n")),
    ("open-interviews-every-tuesday", "interview_invitation", _m(
        "Rena Cole <rena@brinekitchen.example>", "Re: Application received: Bar Lead at Brine",
        "Hi Alex,\n\nThanks for applying! We hold open interviews every Tuesday from 2-5pm at Brine (40 Pike St). Just "
        "walk in with a copy of your resume and ask for me.\n\nRena Cole\nDirector of Operations\n")),
    ("an-agency-asks-for-windows", "interview_invitation", _m(
        "Kayla Moss <kayla@gildpourstaffing.example>", "THE ANCHOR wants to meet you!!",
        "Hi Alex!\n\nThe Anchor is hiring a Bar Supervisor and I sent your profile over yesterday. Their GM wants to "
        "meet you in person next week.\n\nCan you give me 2–3 windows Mon–Thu? Mornings are best for him.\n\nx Kayla\n")),
    # a bar's yes
    ("on-the-schedule-from-friday", "offer", _m(
        "Mack Doyle <mack.brassrail@gmail.com>", "Re: bartender job",
        "dee said u crushed it. if u want it ur on the schedule starting fri 7/18, thurs-sat nights. $6/hr + tips. need "
        "an answer by tues\n\nmack\n")),
    # an ATS's decline in its own words
    ("the-team-advanced-other-candidates", "rejection", _m(
        "Harrow Bio Careers <harrowbio@talent.icims.com>", "Update on your application - Clinical Trial Associate",
        "Dear Alex,\n\nThank you for completing the one-way video interview for the Clinical Trial Associate role.\n\n"
        "After reviewing all of the recorded interviews, the team has decided to advance candidates whose monitoring "
        "experience aligns more closely with the needs of the group. Your application for this requisition is now "
        "closed.\n\nSincerely,\nHarrow Bio Talent Acquisition\n")),
    # a hospitality board's word that the application went
    ("a-hospitality-board-sent-the-application", "application_ack", _bulk(
        "Culinary Agents <notifications@culinaryagents.com>", "Your application to Kettle & Oar has been sent",
        "Hi Alex,\n\nYour application for Bar Manager at Kettle & Oar (Logan Square, Chicago) has been sent!\n\nThe "
        "hiring team will review your profile and reach out through Culinary Agents messages or by email.")),
    # a US hire's paperwork before day one
    ("the-w4-and-i9-before-day-one", "company_reply", _m(
        "Ruby Lang <ruby@lanternhall.example>", "Welcome to Lantern Hall! + paperwork",
        "Hi Alex!\n\nWelcome to the bar lead role, officially! A few housekeeping things: you'll get an invite today to "
        "set up direct deposit, "
        "your W-4 and I-9. Please bring your ID documents so we can finish the I-9.\n\nRuby\n")),
    # Nordic mail
    ("a-norwegian-agency-says-it-was-not-to-be", "rejection", _m(
        "Sigrid Moe <sigrid@moerekruttering.example>", "Tilbakemelding fra kunden",
        "Hei Alex,\n\nJeg har fått endelig tilbakemelding fra kunden, og det ble dessverre ikke det vi håpet på. De gikk "
        "for en kandidat de allerede hadde i prosess.\n\nHilsen Sigrid\n")),
    ("a-danish-studio-wants-the-user-on-the-team", "offer", _m(
        "Ida Krogh <ida@krogogstrand.example>", "Holdet",
        "Kære Alex\n\nTusind tak for en god eftermiddag i studiet. Vi vil rigtig gerne have dig med på holdet!\n\n"
        "– Stilling: Produktdesigner\n– Løn: 45.000 kr. om måneden\n– Start 1. marts\n\nKh Ida\n")),
    ("a-swedish-design-exercise", "assessment", _m(
        "Lova Berg <lova.berg@granholmbanken.example>", "Designövning inför nästa steg",
        "Hej Alex,\n\nTack för ett trevligt samtal i torsdags! Nästa steg är en mindre designövning: hur ser flödet ut när "
        "en kund spärrar sitt kort i appen? Lägg max en arbetsdag på det.\n\nLova\n")),
    ("a-norwegian-invitation-to-talk", "interview_invitation", _m(
        "Kari Lunde <kari.lunde@nordvikmedia.example>", "Produktdesigner – en prat?",
        "Hei Alex!\n\nVi har lest søknaden din med stor interesse. Har du tid til en digital samtale på ca. 45 minutter "
        "i uke 40? Velg et tidspunkt her: https://nordvikmedia.example/book\n\nKari Lunde\nRekrutteringsrådgiver\n")),
    ("a-norwegian-interview-called-off", "cancellation", _m(
        "Sigrid Moe <sigrid@moerekruttering.example>", "SV: Intervju tirsdag kl. 10.00",
        "Hei Alex,\n\nKunden har dessverre måttet avlyse intervjuet i morgen - produktsjefen er syk. De er fortsatt "
        "interessert og kommer tilbake med nytt tidspunkt.\n\nSigrid\n")),
]


@pytest.mark.parametrize("name, kind, raw", READ_AS, ids=_ids(READ_AS))
def test_reads_the_kind(name: str, kind: str, raw: bytes) -> None:
    _assert_read_as(raw, kind)


LOOK_ALIKES = [
    # a college's receipt for a course named as such
    ("a-college-course-application-received", _m(
        "Admissions <admissions@eastforthcollege.example>", "We've received your application - HNC Quantity Surveying",
        "Dear Alex\n\nApplication reference: EFC-25-0912\nCourse: HNC Quantity Surveying (Part-time, evening)\nStart "
        "date: 1 September 2025\n\nThank you for applying to East Forth College. We have received your application. "
        "The course team will review it and invite you to an informal chat with the course leader.\n")),
    # a festival's volunteers sign up as stewards
    ("a-festival-volunteer-sign-up", _m(
        "Volunteers <volunteers@loughfest.example>", "Thanks for signing up!",
        "Hi Alex,\n\nThanks for signing up to Loughfest as a volunteer steward! Your first shift is Saturday 9 August, "
        "12:00-18:00, at the main gate. We'll send your wristband next week.\n\nThe Loughfest team\n")),
]


@pytest.mark.parametrize("name, raw", LOOK_ALIKES, ids=_ids(LOOK_ALIKES))
def test_look_alikes_stay_other_mail(name: str, raw: bytes) -> None:
    assert _read(raw).kind == "not_relevant", _read(raw).reasons
