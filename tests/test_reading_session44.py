"""Session 44: general rules from fresh writer sets (a finance officer's Pakistani mail, in officialese, Roman Urdu and
Urdu; a site engineer's New Zealand mail), each tested here in invented words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # South Asian officialese calls an interview off: it "stands cancelled", "is hereby cancelled"; the hiring stopped
    # "at present" is a freeze, no decline of the user
    ("an-interview-that-stands-cancelled", "cancellation", _m(
        "HR Department <hr@crescentlife.example>", "Cancellation of Interview – Finance Officer",
        "Dear Mr. Alex Morgan,\nThis is with reference to our letter whereby you were called for interview for the post "
        "of Finance Officer on Monday, 9th February, 2026 at 10:00 a.m.\nKindly be informed that the said interview "
        "stands cancelled owing to administrative reasons. The Management has decided not to proceed with the hiring "
        "for this position at present.\nWe regret the inconvenience and thank you for your interest in Crescent Life.\n"
        "Regards,\nHR Department\n")),
    ("an-interview-hereby-cancelled-with-the-post-on-hold", "cancellation", _m(
        "Human Resources <hr@indusleasing.example>", "Interview for the position of Officer Accounts",
        "Dear Mr. Alex Morgan,\nYour interview for the position of Officer Accounts was scheduled for Thursday, "
        "12-Mar-2026 at 11:00 AM.\nWe regret to inform you that the said position has been put on hold and the "
        "interview is hereby cancelled. We shall contact you should the position be re-advertised.\nRegards,\n"
        "Human Resources\n")),
    # an agency's round, being set up, that will not happen now the client's requisition is on hold
    ("an-agency-round-that-will-not-happen", "cancellation", _m(
        "Sana Qureshi <sana.qureshi@talentline.example>", "Finance Manager - FMCG client - update",
        "Hi Alex,\nQuick update. The client has put the Finance Manager requisition on hold for a budget review. So the "
        "video round with their CFO that I was trying to arrange for next week will not happen for now.\nI will reach "
        "out when they reopen.\nRegards\nSana\nRecruitment Consultant, Talentline\n")),
    # a public service's admission to a written test for a post is the job's test, not a school's admission
    ("a-written-test-for-the-post", "assessment", _m(
        "PPSC Online <noreply@ppsc.example>", "Admission Letter for Written Test - Advertisement No. 12/2026",
        "Dear ALEX MORGAN,\nRoll No. 551203\nYou are hereby allowed to appear in the written examination (MCQ based) for "
        "the post of ACCOUNTS OFFICER (BS-16), FINANCE DEPARTMENT, as per the following schedule:\nDate of Test : "
        "15-03-2026 (Sunday)\nReporting Time : 08:00 AM\nVenue : Government College, Lahore\nBring the attached "
        "Admission Letter and your original CNIC. Mobile phones are not allowed in the examination hall.\nThis is a "
        "system generated email.\n")),
    # Roman Urdu from an owner's son, in the thread of the user's CV: come to the office tomorrow at 11
    ("roman-urdu-come-to-the-office", "interview_invitation", _m(
        "Usman Sheikh <usman.sheikh.traders@gmail.com>", "Re: CV - Alex Morgan (Accountant)",
        "Alex bhai kal 11 bajay office aa jayen. Walid sahab bhi honge, unse mil lein.\nAddress: Shop 7, Saddar "
        "Market, Rawalpindi. CV ki ek copy le aayein.\nUsman\n",
        quoted="Dear Usman sahab, please find my CV attached for the accountant post.")),
    # Urdu, typed with the Arabic forms of ی and ک as old mailers send them: another candidate was chosen
    ("urdu-another-candidate-chosen", "rejection", _m(
        "Noor Textiles <info@noortextiles.example>", "انٹرويو کا نتيجہ - اکاؤنٹنٹ",
        "محترم اليکس مورگن صاحب\nآپ نے ہمارے ہاں اکاؤنٹنٹ کي آسامي کے ليے درخواست دي اور انٹرويو بھي ديا، اس کا بہت "
        "شکريہ.\nمعذرت کے ساتھ اطلاع دي جاتي ہے کہ ہم نے اس آسامي کے ليے ايک اور اميدوار کا انتخاب کر ليا ہے.\n"
        "والسلام\nنور ٹيکسٹائلز\n")),
    # an offer letter referred to by its date, its acceptance date extended: talk about the offer, no new one
    ("an-offer-letter-referred-to-by-its-date", "company_reply", _m(
        "Tariq Mahmood <tariq.hr@zamzamfoods.example>", "RE: Offer Letter - Finance Manager",
        "Dear Alex,\nReference offer letter dated 02-03-2026. As discussed on the phone, management has agreed to extend "
        "the acceptance date till 10th April, 2026. Kindly note the position cannot be held beyond this date.\nPlease "
        "also confirm whether you will need company transport.\nRegards,\nTariq Mahmood\nHR Manager\n",
        quoted="Dear Tariq sahab, could I have two more weeks to decide?")),
    # a council's welcome under headings, the first day's times in it: joining, no interview
    ("a-first-day-under-a-heading", "company_reply", _m(
        "Mere Tane <mere.tane@harbourdc.example>", "Nau mai – your first day at Harbour District Council",
        "Kia ora Alex,\nWe're looking forward to welcoming you on Monday 11 May.\n\nYour first day\n- Please arrive at "
        "8:30am at main reception, where Hemi will meet you.\n- In the afternoon you'll meet the Water Services team "
        "and get your laptop.\n\nNgā mihi,\nMere Tane\nHR Advisor, Harbour District Council\n")),
]

OTHER_MAIL = [
    # a university's admission to its entry test is a school's, not a post's
    ("a-universitys-entry-test", _m(
        "Admissions Office <admissions@lahoreuni.example>", "Admission Letter for Entry Test - BS Accounting & Finance",
        "Dear Applicant,\nYou are allowed to appear in the entry test for admission to the BS Accounting & Finance "
        "programme on Sunday 15 March 2026 at 9:00 AM. Bring this admission letter and your CNIC.\nAdmissions Office\n")),
    # a club's meeting that will not happen is no interview's
    ("a-clubs-meeting-that-will-not-happen", _m(
        "Karachi Cricket Club <secretary@kcc.example>", "Committee meeting",
        "Dear members,\nThe committee meeting we planned for Saturday will not happen for now, as the ground is being "
        "re-laid.\nRegards,\nHonorary Secretary\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
