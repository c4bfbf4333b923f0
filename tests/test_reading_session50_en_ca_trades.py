"""Session 50, Canadian English as an electrician's mailbox holds it: small contractors' owners typing on their phones
without punctuation (a paid day on the site before they take anyone on, a yes with the rate, the truck and the shifts);
an agency whose client's day is called off in plain words ("so tomorrow is off"); a city's letter with its written test
passed and the interview still to be arranged; a union hall's out-of-work list and its dispatch to an employer. Tested
here in invented words, with the look-alikes that share them (the current boss's sit-down about a raise, moved in a
reply; a customer's service call moved; a truck's service appointment; a paid day off; a friend's day called off)."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

# the user's own answer to a contractor's ad, quoted below his replies
APPLICATION = ("Hi Darren,\n\nSaw your ad for a journeyman electrician on Kijiji. I've got my Red Seal and six years "
               "commercial, mostly tenant improvements. Resume attached.\n\nAlex Morgan")
# the current boss's first message, quoted below his reply that moves it
BOSS_FIRST = ("Alex\n\nWant to grab you for 20 min thurs before you head out to the Airdrie job. Want to go over your "
              "review and where we landed on your raise. 7:00 my office.\n\nWade Brisco\nGeneral Manager\n"
              "Foothill Power & Controls")

READ_AS = [
    # a contractor's paid day on his site before he takes anyone on: "i do a paid day with them on site"
    ("a-contractors-paid-day-on-site", "assessment", _m(
        "Darren Kuchar <darren@kucharelectric.example>", "Re: Journeyman electrician",
        "good talking tues. before i hire anyone i do a paid day with them on site so can u do mon the 9th at the "
        "mahogany job 7am. $36/hr for the day. bring ur hand tools\n\ndarren", quoted=APPLICATION)),
    # ... a foreman's "boss does a paid shift with new guys", its day and hour set
    ("a-foreman-sets-a-paid-shift-with-the-crew", "assessment", _m(
        "Sheldon Paquette <sheldon@northbankelectric.example>", "Re: Journeyman electrician",
        "hey alex, boss always does a paid shift with new guys before he hires so come thurs 6:30 at the shop, ull be "
        "with dale on a service upgrade. lmk\n\nsheldon", quoted=APPLICATION)),
    # ... his yes from the phone, no sit-down needed: "i want u on the crew. $42/hr"
    ("a-contractors-yes-with-the-rate-and-the-truck", "offer", _m(
        "Marty Dhillon <marty@dhillonelectric.example>", "crew",
        "alex talked to a couple guys u worked with, all good. no need for a sit down, i want u on the crew. $42/hr, "
        "4x10s, company truck, start the 18th if that works. lmk\n\nmarty\nDhillon Electric")),
    # an agency's client's day called off, its reason first: "they've frozen the req, so tomorrow is off"
    ("an-agency-calls-off-tomorrow", "cancellation", _m(
        "Kelsey Moar <kmoar@prairietradestaffing.example>", "Re: Confirmed - Boreal Mills interview Thurs 10 am",
        "Alex - Boreal just called, they've put the position on hold until the new fiscal year, so tomorrow is off. "
        "Not a reflection on you. I'll let you know if it opens back up.\n\nKelsey")),
    # a city's written test passed, the interview to be arranged later: a status, not an invitation
    ("a-citys-written-test-passed", "company_reply", _m(
        "Talent Acquisition <hr@cityofridgeview.example>", "Written Test Results - Maintenance Electrician",
        "Dear Mr. Morgan,\n\nThank you for writing the trades test for the position of Maintenance Electrician "
        "(Competition 26-031).\n\nYou achieved a passing mark, and your application will now proceed to the interview "
        "stage. A member of our team will contact you to arrange an interview.\n\nRegards,\nTalent Acquisition\n"
        "City of Ridgeview")),
    # a union hall's out-of-work list: the user's place on it
    ("a-union-halls-out-of-work-list", "company_reply", _m(
        "Dispatch - Local 902 <dispatch@ibew902.example>", "Book 1 sign confirmation",
        "Brother Morgan,\n\nThis confirms you signed Book 1 (Inside Wireman) on May 4, 2026.\n\nYour current position on "
        "the Book 1 out-of-work list: 22\n\nCalls are posted Tuesday and Thursday at 9:00 a.m.\n\nIn solidarity,\n"
        "Dispatch Office\nLocal 902")),
    # ... and its dispatch to an employer's job, the call accepted
    ("a-union-halls-dispatch", "offer", _m(
        "Dispatch - Local 902 <dispatch@ibew902.example>", "Dispatch - Redwater Turnaround",
        "Brother Morgan,\n\nPer your acceptance on this morning's call, you have been dispatched as follows:\n\n"
        "Employer: Northline Industrial Electric Ltd.\nClassification: Journeyperson Wireman\nRate: $52.40/hr + "
        "vacation pay\nShift: 14 on 7 off, 11 hrs/day\nReport: Monday, June 8, 2026 at 06:00, main gate\n\n"
        "Bring your tickets, CSA boots and FR coveralls.\n\nIn solidarity,\nDispatch Office\nLocal 902")),
]

OTHER_MAIL = [
    # the current boss's sit-down about the user's review and raise, moved in his reply: "let's do mon same time"
    ("the-current-boss-moves-his-sit-down", _m(
        "Wade Brisco <wade@foothillpower.example>", "RE: quick one",
        "Can't do thurs, the inspector moved up on the Airdrie job. Let's do mon same time.\n\nW",
        quoted=BOSS_FIRST, quoted_from="Wade Brisco <wade@foothillpower.example>")),
    # ... and his first message
    ("the-current-boss-asks-for-a-sit-down", _m(
        "Wade Brisco <wade@foothillpower.example>", "quick one", BOSS_FIRST)),
    # a customer moving the user's own side job: "can we push the panel swap to sat same time"
    ("a-customer-moves-a-service-call", _m(
        "Linda Halvorsen <lindahalvorsen@shaw.example>", "Re: panel swap",
        "Hi Alex, can we push the panel swap to sat same time? My husband has to be home for it. Thanks!\n\nLinda")),
    # a truck's service appointment, moved by the dealer
    ("a-trucks-service-appointment-moved", _m(
        "Service Department <service@bowvalleyford.example>", "Your service appointment has changed",
        "Hi Alex,\n\nYour service appointment for your 2019 F-150 has been moved to Tuesday, June 9 at 7:30 am. Let us "
        "know if that does not work.\n\nBow Valley Ford Service")),
    # the current employer's paid day off
    ("a-paid-day-off-for-the-crews", _m(
        "Office <office@foothillpower.example>", "Stat holiday",
        "Hi all,\n\nReminder that Monday is a stat holiday, so Monday is off for all crews - a paid day off. Shop opens "
        "Tuesday at 6:30.\n\nThanks,\nTracy")),
    # a friend's day called off
    ("a-friends-fishing-day-called-off", _m(
        "Kyle <kyle.beaudry@gmail.com>", "sat",
        "rain all weekend so tomorrow is off. lets try for the lake next sat\n\nkyle")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
