"""Session 46: Hindi as NHM district offices, Kendriya Vidyalaya-style schools and exam boards write it (Devanagari), and
Hinglish from principals, placement consultants, a coaching owner and a nursing home, each phrase group tested here in
invented words, with the look-alikes that share them."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a district office's call to the interview: found eligible, please be present
    ("hindi-found-eligible-for-the-interview", "interview_invitation", _m(
        "जिला स्वास्थ्य समिति, गोरखपुर <dhs.gkp@nhm-up.example>", "एएनएम (संविदा) पद हेतु साक्षात्कार की सूचना",
        "सेवा में,\nAlex Morgan\n\nविज्ञापन संख्या 04/2026 के क्रम में प्राप्त आवेदनों की जाँच के उपरान्त आपको एएनएम (संविदा) "
        "पद के साक्षात्कार हेतु अर्ह पाया गया है। आप दिनांक 12.05.2026 को प्रातः 11:00 बजे मुख्य चिकित्साधिकारी कार्यालय, "
        "गोरखपुर में साक्षात्कार हेतु उपस्थित होने का कष्ट करें।\n\nजिला कार्यक्रम प्रबंधक\n")),
    # a maternity clinic's reception on Gmail: come the day after tomorrow at 10 for the interview
    ("hinglish-come-tomorrow-for-the-interview", "interview_invitation", _m(
        "Shanti Maternity Clinic <shanticlinic.lko@gmail.com>", "GNM staff nurse",
        "Namaste ma'am,\nApna par aapka profile dekha. GNM staff nurse post ke liye parso subah 10 baje aa jaiye interview "
        "ke liye. Aadhaar aur registration certificate saath laiye.\nReception\nShanti Maternity Clinic, Aliganj\n")),
    # a coaching owner asks when the user can come for a demo class
    ("hinglish-when-can-you-come-for-a-demo", "interview_invitation", _m(
        "Ankit Mishra <ankit.pinnacleclasses@gmail.com>", "Physics faculty - Pinnacle Classes",
        "Hello Alex ji,\nIndeed pe aapka resume dekha. Humein JEE batch ke liye Physics faculty chahiye. Aap demo class ke "
        "liye kab aa sakte ho? Apna convenient din bata do.\nAnkit Mishra\nOwner, Pinnacle Classes\n")),
    # the coaching owner fixes the demo class's time in the thread
    ("hinglish-your-demo-class-is-at-eleven", "interview_confirmation", _m(
        "Ankit Mishra <ankit.pinnacleclasses@gmail.com>", "Re: Physics faculty - Pinnacle Classes",
        "Alex ji, aapka demo class Sunday 11 baje hai. Topic - Laws of Motion, 30 min.\nAnkit\nOwner, Pinnacle Classes\n",
        quoted="Sir, Sunday chalega. Time bata dijiye.")),
    # a job app's receipt in Hinglish: the application was sent to the employer, and the user applied for the job
    ("hinglish-job-app-sent-the-application", "application_ack", _m(
        "apna <noreply@apna.co>", "Aapki application Shanti Maternity Clinic ko bhej di gayi hai",
        "Namaste Alex,\nAapne is job ke liye apply kiya hai:\nGNM Staff Nurse\nShanti Maternity Clinic, Lucknow\n"
        "HR jaldi hi aapki profile dekhenge.\nTeam apna\n")),
    # a placement agency: the principal's round on Monday, is the user available? then the slot is blocked
    ("hinglish-agency-asks-if-available", "interview_invitation", _m(
        "Sonal Gupta <sonal@shikshaplacements.example>", "PRT English - St. Mary's Convent School",
        "Hi Alex ma'am,\nAapka CV St. Mary's Convent School ko bheja tha, unhe pasand aaya. First round Principal ke saath "
        "Monday 11 baje hai. Kya aap available ho? Confirm kar dijiye to main slot block kar doon.\nSonal Gupta\n"
        "Shiksha Placements\n")),
    # the agency after the interview: the principal liked it, the decision comes after the management's meeting
    ("hinglish-agency-decision-after-the-meeting", "company_reply", _m(
        "Sonal Gupta <sonal@shikshaplacements.example>", "Re: PRT English - St. Mary's Convent School",
        "Hi ma'am,\nPrincipal ma'am ko aapka interview accha laga. Final decision trustees ki meeting ke baad hoga, is "
        "hafte tak.\nSonal\nShiksha Placements\n", quoted="Ma'am, interview ho gaya, koi update?")),
    # a district office moves the interview: the proposed date's interview is now on another date
    ("hindi-interview-now-on-another-date", "reschedule", _m(
        "जिला स्वास्थ्य समिति, गोरखपुर <dhs.gkp@nhm-up.example>", "संशोधित तिथि : एएनएम (संविदा) साक्षात्कार",
        "समस्त अभ्यर्थियों को सूचित किया जाता है कि प्रशासनिक कारणों से दिनांक 12.05.2026 को प्रस्तावित एएनएम पद का "
        "साक्षात्कार अब दिनांक 19.05.2026 को उसी स्थान पर आयोजित किया जाएगा।\n\nजिला कार्यक्रम प्रबंधक\n")),
    # a school regrets: no chance can be given to the user this session
    ("hindi-regret-no-chance-this-session", "rejection", _m(
        "प्राचार्य, केन्द्रीय विद्यालय क्र. 2 <kv2.agra@kvs.example>", "संविदा शिक्षक पैनल - पी.आर.टी.",
        "प्रिय अभ्यर्थी,\nसत्र 2026-27 हेतु पी.आर.टी. संविदा पद पर सभी रिक्तियाँ भर ली गई हैं। खेद है कि इस सत्र में आपको "
        "अवसर नहीं दिया जा सकेगा। चयन प्रक्रिया में सहभागिता हेतु धन्यवाद।\n\nप्राचार्य\n")),
    # a school coordinator on her phone: the post is filled
    ("hinglish-the-post-is-filled", "rejection", _m(
        "Rekha Verma <rekha.stmarys@gmail.com>", "Re: Application for PRT English",
        "Hello ma'am,\nsorry ji vacancy fill ho gayi hai, ek teacher ne pichle hafte join kar liya. Aapka CV file mein rakh "
        "liya hai.\nRekha Verma\nCoordinator, St. Mary's Convent School, Agra\n",
        quoted="Dear Ma'am, I am applying for the PRT English post. Please find my CV attached.")),
    # a nursing home's doctor-owner: the user is selected for the post, with the pay
    ("hinglish-you-are-selected-for-the-post", "offer", _m(
        "Dr. R P Yadav <shantinursinghome.lko@gmail.com>", "Re: GNM staff nurse",
        "Alex ji,\naapka selection GNM staff nurse post ke liye ho gaya hai. Salary 20,000 + night allowance. Monday tak "
        "confirm kar do.\nDr R P Yadav\nShanti Nursing Home\n",
        quoted="Sir, kal interview ke liye aayi thi, result bata dijiye.")),
    # a district office's appointment letter: appointed to the post on contract
    ("hindi-appointed-to-the-post-on-contract", "offer", _m(
        "जिला स्वास्थ्य समिति, गोरखपुर <dhs.gkp@nhm-up.example>", "नियुक्ति पत्र - एएनएम (संविदा) - Alex Morgan",
        "सेवा में,\nसुश्री Alex Morgan\n\nचयन समिति की संस्तुति के आधार पर आपको एएनएम के पद पर ₹ 14,000/- प्रतिमाह मानदेय "
        "पर संविदा पर नियुक्त किया जाता है। आप 15 दिवस के भीतर कार्यभार ग्रहण करें।\n\nमुख्य चिकित्साधिकारी\n")),
    # a school's panel: the user's name is on the waiting list at number 3
    ("hindi-your-name-on-the-waiting-list", "company_reply", _m(
        "प्राचार्य, केन्द्रीय विद्यालय क्र. 2 <kv2.agra@kvs.example>", "संविदा शिक्षक पैनल 2026-27 : पी.आर.टी.",
        "प्रिय अभ्यर्थी,\nदिनांक 07.03.2026 को आयोजित साक्षात्कार के आधार पर पी.आर.टी. का पैनल तैयार कर लिया गया है। आपका नाम "
        "प्रतीक्षा सूची में क्रमांक 3 पर है। रिक्ति उत्पन्न होने पर आपसे संपर्क किया जाएगा।\n\nप्राचार्य\n")),
]

OTHER_MAIL = [
    # an exam board's receipt of an eligibility test's form: a qualification, not a post
    ("hindi-eligibility-test-form-received", _m(
        "UPBEB <noreply@upbeb.example>", "आवेदन पत्र सफलतापूर्वक जमा - उत्तर प्रदेश शिक्षक पात्रता परीक्षा 2026",
        "प्रिय अभ्यर्थी,\nउत्तर प्रदेश शिक्षक पात्रता परीक्षा 2026 हेतु आपका आवेदन पत्र सफलतापूर्वक जमा हो गया है।\n"
        "आवेदन क्रमांक : 2611048823\nप्रवेश पत्र परीक्षा से 7 दिवस पूर्व वेबसाइट पर उपलब्ध होंगे।\n")),
    # a cousin's news of her own selection: someone else's job
    ("hinglish-cousin-got-selected", _m(
        "Neha <neha.sharma.home@gmail.com>", "DIDI mera selection ho gaya!!",
        "Didi!!! Mera selection ho gaya hai bank mein, PO post ke liye 🎉 Mummy ne mithai baant di. Kal call karti hoon.\n"
        "Neha\n")),
    # a coaching centre's marketing to teachers-to-be: a course, not a post
    ("hinglish-coaching-course-promo", _m(
        "Sankalp Academy <news@sankalp-academy.example>", "KVS interview ki taiyari - naya batch",
        "Namaste!\nKVS PRT/TGT interview ki taiyari ke liye naya batch 1 May se. Mock interview aur demo teaching practice "
        "shamil hai. Fees ₹2,999. Seat book karne ke liye abhi register karein.\nTeam Sankalp\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
