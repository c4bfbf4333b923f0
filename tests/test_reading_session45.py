"""Session 45: general rules from fresh writer sets (a marketing manager's Korean mail, a pharmacist's Egyptian mail, a
DevOps engineer's Israeli mail), each tested here in invented words, with the look-alikes that share them. The sets'
own phrases are tested in test_reading_session45_{ko,ar,he,uk}.py."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a founder writing from Gmail signs with their title on a line of its own: they speak for their company
    ("a-ceo-on-gmail-signs-with-the-title", "interview_invitation", _m(
        "Minjun Park <minjun.park.dev@gmail.com>", "Growth Marketer",
        "Hi Alex,\nThanks for sending your resume through our careers page. Your CRM work at Lumi Market is exactly what "
        "we need. Could you come by our office in Seongsu next Tuesday or Wednesday evening for a chat with me and our "
        "CPO? Let me know which day suits you.\nMinjun\nCEO, Parcelwave\n")),
    # ... an area manager of a pharmacy chain, in Arabic: "مدير منطقة - صيدليات ..."
    ("an-area-manager-on-gmail-signs-with-the-title", "interview_invitation", _m(
        "Karim Adel <karim.adel.nour@gmail.com>", "Re: CV",
        "د. أليكس مساء الخير\nوصلني الـ CV بتاعك. ممكن تعدي علينا الفرع يوم الأربع الساعة ٢ نتكلم عن الشغل؟\n"
        "د. كريم عادل\nمدير منطقة - صيدليات النور\n")),
    # a take-home's brief asks for a write-up "in postmortem format": the user's task, not the user's own job's
    ("a-take-home-in-postmortem-format", "assessment", _m(
        "Dana Levi <dana@orbitra.example>", "Home task - Alex Morgan",
        "Hi Alex,\nThanks for meeting us on Tuesday. Attached is a short home task: a Terraform module for a two-region "
        "network, plus a one-page write-up of a production incident you handled, in postmortem format. It should take "
        "about three hours; please send it back by Wednesday.\nDana\nEngineering Manager, Orbitra\n")),
]

OTHER_MAIL = [
    # a friend on Gmail signs as the CEO of his startup, and asks the user to a party: no hiring in it
    ("a-friend-signs-as-ceo-of-his-party", _m(
        "Jun Seo <jun.seo.home@gmail.com>", "Saturday",
        "Alex! We're doing a small launch party for the app on Saturday at 7, at the bar near Seongsu station. Bring "
        "whoever you like.\nJun\nCEO, Tinyroute\n")),
    # the user's own team's postmortem at work: still the user's job
    ("the-teams-own-postmortem", _m(
        "Ops Calendar <ops-calendar@lumimarket.example>", "Postmortem: checkout outage (Mar 3)",
        "Hi all,\nPlease join the postmortem for last Tuesday's checkout outage, Thursday 11:00 in room 4B. Bring your "
        "timeline notes.\nThanks\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
