"""Session 47, English decisions: wordings many employers use for a refusal or an offer, which the word model read right
only for writers it had seen. Each rule is tested here in invented words, with look-alikes that share its words and must
stay other mail."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, _read, reading_tests

READ_AS = [
    # a locum agency's client chose someone of a trade the user shares: "have gone with a physio who ..."
    ("an-agency-client-went-with-a-physio", "rejection", _m(
        "Orla Keane <orla@westcoastlocums.example>", "Re: Tralee - 4 weeks MSK cover",
        "Hi Alex,\n\nAnnoying one - Tralee have gone with a physio who has covered there before, and she's free a week "
        "sooner. Nothing to do with you. I've more coming next week.\n\nOrla",
        quoted="Hi Orla, yes please put me forward for Tralee.\nAlex")),
    ("a-clinic-went-with-a-pharmacist-who-lives-locally", "rejection", _m(
        "Dev Shah <dev.shah@harbourpharmacy.example>", "Relief pharmacist - Saturdays",
        "Dear Alex,\n\nThank you for your interest in the Saturday relief post. We have gone with a pharmacist who "
        "lives in the village and can also cover the odd Sunday.\n\nKind regards,\nDev Shah\nHarbour Pharmacy")),
    # a firm's answer to a speculative CV: no vacancies in the team
    ("a-firm-has-no-vacancies-in-its-team", "rejection", _m(
        "Fiona Grant <fiona.grant@tillerandgrant.example>", "RE: Speculative application - junior surveyor",
        "Dear Alex,\n\nThank you for your email and CV. I'm afraid we don't have any vacancies in our surveying team at "
        "present, and none planned before the autumn. I'm sorry not to have better news.\n\nKind regards,\nFiona Grant\n"
        "Partner, Tiller & Grant",
        quoted="Dear Ms Grant, I am writing to ask whether you have any openings for a junior surveyor.\nAlex")),
    # an agency's client that needs no interview: the offer of the assignment, to be accepted
    ("an-agency-client-takes-the-user-without-interview", "offer", _m(
        "Ross Byrne <ross.byrne@aerocrew.example>", "Dublin line maintenance contract - for you",
        "Dear Alex,\n\nGood news. The client at Dublin reviewed your CV and they are happy to take you without further "
        "interview: B1 line role, 4 months from 2 March, EUR 42/hr, 40 hrs/week guaranteed.\n\nPlease let me know by "
        "Thursday if you accept so I can issue the contract.\n\nRegards,\nRoss Byrne\nAerocrew Recruitment")),
    # a grower's yes after a trial day: "ur in if u want it"
    ("a-grower-says-youre-in-if-you-want-it", "offer", _m(
        "Hemi Walker <hemi@ridgelineorchards.example>", "Re: picking crew - Alex Morgan",
        "good work today alex, quick hands. ur in if u want it. start mon 7am, 5 days a wk till end of april, $24.50 an "
        "hr. ill send the contract tmrw\nhemi\nRidgeline Orchards Ltd",
        quoted="Hi Hemi, thanks for the trial day today.\nAlex")),
]

OTHER_MAIL = [
    # a guest house with no rooms: its "vacancies" are a bed's
    ("a-guest-house-has-no-vacancies", _m(
        "Seaview Guest House <stay@seaviewguesthouse.example>", "Re: Booking enquiry 14-16 August",
        "Hi Alex,\n\nThanks for your enquiry. Sorry, we don't have any vacancies for those nights - the whole house is "
        "booked for a wedding. We have rooms from the 18th if that helps.\n\nBest,\nMairead",
        quoted="Hi, do you have a double room for 14-16 August?\nAlex")),
    # a couple's no to the user's own mobile bar: "we've gone with a bartender who ..." is a buyer's, not an employer's
    ("a-couple-went-with-another-bartender-for-the-wedding", _m(
        "Chloe Dunne <chloe.dunne@gmail.com>", "Re: bar for the wedding",
        "Hi Alex, thanks so much for the quote. In the end we've gone with a bartender who did my sister's wedding, so "
        "we won't need you on the day. Best of luck! Chloe",
        quoted="Hi Chloe, here is my quote for the mobile bar for your wedding on 12 June.\nAlex")),
    # a friend's five-a-side team: "you're in if you want it" of a spot on the pitch
    ("a-friends-five-a-side-spot", _m(
        "Tom Reilly <tom.reilly.home@gmail.com>", "thursday footy",
        "alex we've a spot free thursday, ur in if u want it. 8pm at the dome, a fiver each. tom")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)


def test_a_colleges_place_without_interview_is_no_offer() -> None:
    """A college's own "we are happy to take you without further interview" offers a place on a course: only a client's
    word passed on by an agency ("they are happy to take you without further interview") hires the user."""
    got = _read(_m(
        "Admissions <admissions@riverbankcollege.example>", "Your application - HND Engineering",
        "Dear Alex,\n\nThank you for your application to the HND Engineering course. Based on your qualifications we are "
        "happy to take you without further interview. Please accept your place on the course through the student portal "
        "by 30 June.\n\nAdmissions Team\nRiverbank College"))
    assert got.kind == "not_relevant" and got.guess != "offer", got.reasons
