"""Session 46: general rules from the session's measurements, each tested here in invented words, with the look-alikes
that share them. The sets' own phrases are tested in test_reading_session46_{ja,hi,zh,fa}.py."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a small employer's owner answers from a personal account, and both readers agree on what it says: an offer's bar
    # for candidacy (a company making it to you) is not a status update's, nor a decision's
    ("an-owner-on-gmail-still-deciding", "company_reply", _m(
        "Ray Okafor <ray.okafor77@gmail.com>", "Re: following up",
        "Hey Alex, thanks for checking in. Still deciding on our end, should know by the end of next week. I'll let "
        "you know either way.\nRay",
        quoted="Hi Ray, just following up on our chat last Tuesday. Still very keen.\nAlex")),
    ("a-cafe-owner-on-gmail-went-with-someone-else", "rejection", _m(
        "Maeve Doyle <maevedoyle.cafe@gmail.com>", "Re: chat Thursday",
        "Hi Alex, thanks so much for coming in Thursday. I've gone with someone who has a bit more barista experience "
        "this time. Best of luck!\nMaeve",
        quoted="Thanks for your time today Maeve, lovely to meet you.\nAlex")),
    # a person at a company asks to meet in no job's words, in a first message, and the model is all but sure of it
    ("a-first-message-asks-for-30-minutes", "interview_invitation", _m(
        "Lena Ruiz <lena@orchardpay.example>", "next week", "hi alex, can we grab 30 mins next week? what works. lena")),
]

OTHER_MAIL = [
    # a friend on Gmail still deciding about a trip: the same words of waiting, nothing of a job
    ("a-friend-still-deciding-about-a-trip", _m(
        "Ray Okafor <ray.okafor77@gmail.com>", "Re: the trip",
        "Hey Alex, still deciding on our end about the cabin, should know by the end of next week. I'll let you know "
        "either way.\nRay",
        quoted="Hi Ray, any news on the cabin for May?\nAlex")),
    # the same ask from a friend's own account, and from a sales rep for a demo: no hiring in either
    ("a-friend-asks-for-30-minutes", _m(
        "Lena Ruiz <lena.ruiz.home@gmail.com>", "next week", "hi alex, can we grab 30 mins next week? what works. lena")),
    ("a-sales-rep-asks-for-30-minutes-for-a-demo", _m(
        "Lena Ruiz <lena@orchardpay.example>", "next week",
        "hi alex, can we grab 30 mins next week for a quick demo? what works. lena")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
