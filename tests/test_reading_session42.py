"""Session 42: general rules from fresh writer sets (an Irish pharmacist's public-service and family-pharmacy mail, a
Zimbabwean nurse's NHS and mission-hospital mail), each tested here in invented words, with the look-alikes that share
them; and employers named where a board, an ATS or a health service's shared domain used to be taken for them."""

from __future__ import annotations

import pytest

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a rule for everyone in a test's invitation is no decline: "tests not completed by ... will not progress"
    ("a-public-service-test-with-a-deadline", "assessment", _m(
        "Recruitment Unit <noreply@stateappointments.example>", "Staff Nurse, Riverside General - 26044 - Online Test",
        "Dear Alex Morgan,\nCandidates for the above campaign are now invited to complete an online ability test as part "
        "of shortlisting. The test takes about 30 minutes.\nYou must complete the test by 5pm on Friday 6 March. Tests "
        "not completed by this deadline will not be considered and you will not progress further in this campaign.\n"
        "Yours sincerely,\nRecruitment Unit\n")),
    # interviews called off with regret are a call-off, not a decline
    ("interviews-will-not-now-proceed", "cancellation", _m(
        "HR Recruitment <recruitment@westbay-hospitals.example>", "Competition Ref WB-26-011 - Pharmacist - Interviews",
        "Dear Candidate,\nWe regret to inform you that the interviews scheduled for Thursday 12th March 2026 for the "
        "above competition will not now proceed. Approval to fill the post is on hold, and the campaign is paused until "
        "further notice.\nRecruitment Team\n")),
    # a shortlisting's news with interviews to come is no booking
    ("shortlisted-details-to-follow", "company_reply", _m(
        "Recruitment Unit <noreply@stateappointments.example>", "Senior Pharmacist - 26051 - Shortlisting Result",
        "Dear Alex Morgan,\nI am pleased to inform you that you have been successful at the shortlisting stage of the "
        "above campaign. Interviews are expected to take place in April. Details of your interview arrangements will be "
        "issued to you in due course.\nYours sincerely,\nRecruitment Unit\n")),
    # an employer's intake of recruits is no course's cohort
    ("a-trusts-cohort-arrival", "company_reply", _m(
        "Joan Pike <joan.pike@kirkbyhospitals.example>", "Your arrival information - Cohort 4",
        "Dear Alex,\nWelcome to Kirkby - Cohort 4 arrival information.\nYour provisional start date remains 1 July 2026 "
        "(Cohort 4). Accommodation has been reserved for your first three months, and your corporate induction is on "
        "Monday 6 July at 08:30.\nKind regards,\nJoan Pike\nInternational Recruitment\n")),
    # an HR office's regret letter, named only in the subject
    ("a-regret-letter-attached", "rejection", _m(
        "Ridgeview Clinic <admin@ridgeviewclinic.example>", "Regret letter - Theatre Nurse",
        "Good afternoon,\nPlease find attached letter regarding your application.\nRegards\nHR Office\n")),
    # an owner on a personal account, still seeing others
    ("an-owner-still-seeing-others", "company_reply", _m(
        "Dermot Quinn <dermotquinn61@gmail.com>", "Quinns",
        "Hi Alex\nThanks for calling in Tuesday, good to meet you. We have 3 more people to see this week so I'll be "
        "back to you by Friday week.\nDermot\nSent from my iPhone\n")),
    # a reply under the letter that appointed the user
    ("a-matron-under-the-letter-of-appointment", "company_reply", _m(
        "Hillside Matron <hillside.matron@gmail.com>", "Re: Letter of appointment",
        "Good morning Sister\nJust confirming you are still starting with us on Monday 4 May. Please bring a certified "
        "copy of your practising certificate and your bank details for payroll.\nRegards\nSr Dube\n",
        quoted="Thank you, I accept the appointment.")),
    # a founder on a personal account, in Vietnamese: who speaks for the firm, and the offer's terms
    ("vi-a-founder-asks-for-a-coffee-chat", "interview_invitation", _m(
        "Minh Tran <minh.lotuslab@gmail.com>", "ca phe thu 4?",
        "Chào Alex,\nAnh là Minh, bên Lotus Lab. Bên anh đang cần 1 bạn QA. Thứ 4 này tầm 10h em ghé văn phòng anh uống "
        "cà phê nói chuyện chút được ko?\nAnh Minh\n")),
    # (the founder's offer with its terms is in test_reading_session46.py: since session 46's retrain the agent asks about
    # it)
    # ... and in Polish, without ogonki: an owner who got the user's CV asks him to drop by
    ("pl-an-owner-got-the-cv", "interview_invitation", _m(
        "Marek Zielinski <marek.zielinski.trans@gmail.com>", "kierowca C+E",
        "Dzien dobry,\ndostalem Pana CV z olx. Moze Pan wpasc w srode kolo 10 na baze w Koninie? Pogadamy.\nMarek "
        "Zielinski\n")),
    # ... and in German, a day's meeting called off with "leider", not the candidacy
    ("de-tomorrow-is-called-off", "cancellation", _m(
        "Jens Ritter <j.ritter@elbe-spedition.example>", "Probetag morgen",
        "Hallo Alex,\nschlechte Nachricht: morgen müssen wir leider absagen, unser Disponent ist krank. Wir melden uns "
        "Anfang nächster Woche.\nGruß\nJens Ritter\nElbe Spedition GmbH\n")),
    # an agency forwards its client's words from an iPhone: Apple Mail quotes what it forwards, in the phone's language
    ("apple-mail-forward-of-a-clients-no", "rejection", _m(
        "Connor <connor@brookfieldtalent.example>", "Fwd: Alex",
        "See below.\nConnor\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
        "> From: Helen <helen@quayline.example>\n> Subject: Alex\n> Date: 2 June 2026 at 09:14:10 BST\n> To: Connor\n>\n"
        "> Hi Connor, thanks for putting Alex forward. Unfortunately we won't be taking the application further.\n")),
]

OTHER_MAIL = [
    # a regulator's register is no employer's
    ("a-regulators-register", _m(
        "Nursing Council <noreply@nursingcouncil.example>", "Update on your application to join the register",
        "Dear Alex Morgan\nWe've updated your application to join the nursing register.\nTest of competence Part 1: PASS\n"
        "You can now book Part 2 of the test of competence at an approved test centre.\nKind regards\n")),
    # a course's cohort is still no job's
    ("a-courses-cohort", _m(
        "Admissions <admissions@northcity-college.example>", "Cohort 12 - welcome pack",
        "Dear Alex,\nWelcome to Cohort 12 of the part-time MBA. Your tuition invoice and timetable are attached.\n"
        "Admissions Office\n")),
    # a cousin's news of her own salary is no offer to the user
    ("vi-a-cousins-pay-news", _m(
        "Lan Nguyen <lan.nguyen.97@gmail.com>", "tin vui",
        "Alex ơi, chị mới được tăng lương rồi, mức lương mới 30tr net luôn! Cuối tuần đi ăn mừng nha.\nChị Lan\n")),
    # ... nor is a friend's own offer with its pay
    ("vi-a-friends-own-offer", _m(
        "Hoa Pham <hoapham.95@gmail.com>", "tao dau roi!!!",
        "Alex ơi tao nhận thư mời nhận việc bên ngân hàng rồi, 32tr gross, bắt đầu 1/7. Thứ 7 đi ăn mừng nha!\nHoa\n")),
    # a friend's plans with people to see are no employer's
    ("a-friends-weekend-plans", _m(
        "Ciara <ciara.walsh.88@gmail.com>", "weekend",
        "hey! cant do sat, we have a few people to see in galway. sunday brunch instead?\nC x\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)


@pytest.mark.parametrize(("frm", "subject", "body", "company"), [
    # a health service's shared domain is no employer: the portal's field names the trust
    ("NHS Jobs <noreply@jobs.nhs.example>", "Application submitted: Staff Nurse - Surgical Unit",
     "Dear Alex Morgan\nYour application has been submitted.\nJob: Staff Nurse - Surgical Unit\nEmployer: Hallam and "
     "Dore Hospitals NHS Foundation Trust\nKind regards\nNHS Jobs\n", "Hallam and Dore Hospitals NHS Foundation Trust"),
    # a Vietnamese board's field for the employer, its legal form left out
    ("TopCV <noreply@topcv.example>", "Bạn đã ứng tuyển thành công vị trí Tester",
     "Chào Alex Morgan,\nVị trí: Tester\nCông ty: CÔNG TY TNHH Phần Mềm Sao Mai\nĐịa điểm: Hà Nội\n",
     "Phần Mềm Sao Mai"),
    # an Irish ATS writes for the pharmacy group, and names it in the text
    ("Occupop <notifications@occupop.example>", "Application received - Pharmacist",
     "Hi Alex,\nThanks for applying for the Pharmacist role at Lanigan Pharmacy Group. The team will review your "
     "application.\n", "Lanigan Pharmacy Group"),
])
def test_the_employer_is_named_not_a_board_or_a_shared_domain(frm: str, subject: str, body: str, company: str) -> None:
    from agent.facts import company_of
    from agent.parse import parse
    assert company_of(parse(_m(frm, subject, body), me={"alex.morgan@example.net"})) == company


def test_an_apple_mail_forward_in_the_phones_language_keeps_what_it_forwards() -> None:
    from agent.parse import split_text
    text = ("Przesyłam co napisał kierownik. Który dzień Panu pasuje?\nKasia\n\nPoczątek przekazywanej wiadomości:\n\n"
            "> Od: Kasia <k@agencja.example>\n> Temat: Stryków\n> Data: 9 lutego 2026 09:19:55 CET\n> Do: Kasia\n>\n"
            "> [09:14] Łukasz: chce go poznać, wtorek albo środa rano?\n")
    new, _ = split_text(text)
    assert "chce go poznać, wtorek albo środa rano?" in new  # the client's words, without Apple's quote marks
    assert "Temat:" not in new and "> " not in new  # the forwarded header is left out
    # a reply's quoted history below the user's answer is still cut off
    new, _ = split_text("Sounds good, see you then.\n\nOn Tue, 2 Jun 2026 at 09:14, Helen wrote:\n> Tuesday at 10?\n")
    assert new == "Sounds good, see you then."
