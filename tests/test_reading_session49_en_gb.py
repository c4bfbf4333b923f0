"""Session 49, British English as private households hire their chef or cook: a family, its PA or its daughter writing
from a personal account, a household-staff agency from its own, a hotel kitchen's head chef; a trial of the work in
place of the interview, sample menus asked for to see how the user thinks, a day's rate, a meeting that cannot happen
because the one who was to meet the user cannot. Tested here in invented words, with the look-alikes that share them
(a friend's party, a client's dinner, a magazine's interview, a gym's free trial, a letting agent, a surgery)."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

# the user's own letter to a household, quoted below its answers
APPLICATION = ("Dear Mrs Harcourt,\n\nI saw your advertisement for a household chef in The Lady and would like to apply. I "
               "have cooked for a family in Richmond for six years.\n\nI attach my CV.\n\nYours sincerely,\nAlex Morgan")
# an agency's booking, quoted below its move
BOOKED = ("Hi Alex,\n\nGood news - the Fairbairns would like to meet you! I've booked you in for Wednesday 10th June at 2pm "
          "at the house in Chelsea with Mrs Fairbairn and her house manager.\n\nTess")

READ_AS = [
    # a hotel kitchen's trial in place of the interview: "rather than a formal interview, I'd like you to come in and do a
    # trial"
    ("a-head-chef-asks-for-a-trial-instead-of-the-interview", "assessment", _m(
        "Owen Pryce <owen.pryce@thelarkhotel.example>", "Sous chef - next step",
        "Hi Alex,\n\nRather than a formal interview, I'd like you to come in and do a trial with us next Wednesday, 3pm "
        "till close. You'll cook two starters and a main for me and the GM at 7. Paid at £100 plus travel.\n\nOwen\n")),
    # a PA's household trial: "could you cook supper for her and three friends next Thursday as a trial?"
    ("a-pa-asks-for-a-trial-supper", "assessment", _m(
        "Clara Vane <claravane.pa@gmail.com>", "Re: Household chef position",
        "Hi Alex, Mrs Harcourt wondered if you could cook supper for her and three friends next Thursday as a trial? Be "
        "there by 4 and order what you need from the farm shop. C\n", quoted=APPLICATION)),
    # an older employer's letter from her own account: thanks for the letter and CV, someone to cook four days a week
    ("an-older-employer-asks-the-cook-to-the-house", "interview_invitation", _m(
        "Edith Harrowby <e.harrowby@btinternet.example>", "Cook",
        "Dear Mr Morgan,\n\nThank you for your letter and CV, which arrived this morning. I am looking for someone to cook "
        "four days a week, lunch and the occasional dinner.\n\nWould you be able to come to the house on Tuesday 9th "
        "June at 3 o'clock? Perhaps you would let me know.\n\nYours sincerely,\n\nEdith Harrowby (Mrs)\n")),
    # ... and her son, writing for her: "so she won't be able to see you on Tuesday"
    ("a-son-calls-off-his-mothers-meeting", "cancellation", _m(
        "Giles Harrowby <gilesharrowby@gmail.com>", "Re: Cook",
        "Dear Alex,\n\nI'm writing on behalf of my mother, Edith Harrowby. She has had to go into hospital for a few days, "
        "so she won't be able to see you on Tuesday. She sends her apologies and hopes to be in touch once she is home.\n"
        "\nBest wishes,\nGiles\n",
        quoted="Dear Mrs Harrowby,\n\nThank you. Tuesday 9th June at 3 would suit me very well.\n\nYours sincerely,\nAlex")),
    # an agency moves the day itself: "so we need to move Wednesday"
    ("an-agency-moves-the-day", "reschedule", _m(
        "Tess Ormond <tess@ormondhousehold.example>", "Re: Fairbairns - Wednesday",
        "Alex, so sorry - Mrs F has to fly to Geneva for her father, so we need to move Wednesday. She's asked me to find "
        "another day when she's back. Speak soon, T\n", quoted=BOOKED,
        quoted_from="Tess Ormond <tess@ormondhousehold.example>")),
    # an agency's household looking for a live-in family chef, a chat at the house asked for
    ("an-agency-puts-a-familys-chef-post", "interview_invitation", _m(
        "Tess Ormond <tess@ormondhousehold.example>", "Family chef - Dorset",
        "Alex,\n\nGood to speak yesterday. The Fairbairns are looking for a live-in family chef for their house near "
        "Sherborne, weekdays with the odd weekend. They liked your profile a lot.\n\nThey've suggested you come down for "
        "lunch and a chat, either Monday 8th or Tuesday 9th June. Let me know what suits and I'll confirm with them.\n\nTess\n")),
    # a family's questions after the trial: "How much notice do you need to give your current employer?"
    ("a-family-asks-about-the-users-notice", "company_reply", _m(
        "Miranda Fairbairn <mirandafairbairn@icloud.com>", "Thursday",
        "Dear Alex,\n\nThank you for Thursday, the children haven't stopped talking about the pie.\n\nA couple of "
        "questions before we go further. How much notice do you need to give your current employer? And would you be "
        "happy living in the cottage during the week?\n\nWarm wishes,\nMiranda\n")),
    # a family's sample menus, to see how the user thinks
    ("a-family-asks-for-sample-menus", "assessment", _m(
        "Miranda Fairbairn <mirandafairbairn@icloud.com>", "Menus",
        "Hi Alex, lovely to meet you on Monday. Could you send us sample menus for a week of family suppers with rough "
        "costs? Nothing fancy, we just want to see how you think. By Friday if you can? M x\n")),
    # a family's yes with a day's rate: "We'd love you to start on Monday 1st June"
    ("a-family-offers-a-days-rate", "offer", _m(
        "Miranda Fairbairn <mirandafairbairn@icloud.com>", "Re: Menus",
        "Alex, these are perfect. We'd love you to start on Monday 1st June. £350 a day, Monday to Thursday, and Tess will "
        "sort the paperwork. Say yes! M x\n",
        quoted="Hi Miranda,\n\nHere are the sample menus for the week, with costings.\n\nBest,\nAlex")),
    # an agency's word to hold out: "Don't accept any other offers before we've spoken!"
    ("an-agency-says-hold-out", "company_reply", _m(
        "Tess Ormond <tess@ormondhousehold.example>", "Fairbairns!!",
        "Alex!!\n\nMrs F was thrilled with your trial. It isn't official and the budget still has to go past Mr F, but "
        "fingers crossed. Don't accept any other offers before we've spoken!\n\nI'll ring you as soon as I hear.\n\nTess\n")),
]

OTHER_MAIL = [
    # a friend's party, paid at the user's day rate
    ("a-friend-asks-the-user-to-cook-for-her-party", _m(
        "Jo Bright <jobright77@gmail.com>", "Huge favour",
        "Alex!\n\nIt's Pete's 50th and he wants a proper dinner. Would you cook for us? Saturday 13th June, 10 of us. I'll "
        "pay your normal day rate plus ingredients, no arguments.\n\nJo xx\n")),
    # a client's dinner party: a private chef booked, sample menus asked for
    ("a-clients-anniversary-dinner", _m(
        "Hugh Stanton <hughstanton@icloud.com>", "Private chef enquiry",
        "Hello,\n\nWe're looking for a private chef for our anniversary dinner on 20th June, eight guests. Could you send us "
        "a sample menu with costs per head?\n\nMany thanks,\nHugh\n")),
    # a magazine's writer moves the interview she asked for: the thread's first message says what it is
    ("a-magazine-writer-moves-her-interview", _m(
        "Nell Ashby <nell.ashby@kitchenandtable.example>", "Re: Interview request",
        "Hi Alex,\n\nWould it be ok to move our chat from Monday to Wednesday at 11? Sorry!\n\nNell\n",
        quoted="Hi Alex,\n\nI'm a food writer at Kitchen & Table magazine. We're running a piece on private chefs and I'd love "
               "to interview you about your recipes.\n\nNell",
        quoted_from="Nell Ashby <nell.ashby@kitchenandtable.example>")),
    # a gym's free trial
    ("a-gyms-free-trial-session", _m(
        "Forge Fitness <hello@forgefitness.example>", "Your first visit",
        "Hi Alex,\n\nThanks for your enquiry! We'd love you to come and do a free trial session with us on Saturday at 10."
        "\n\nThe Forge team\n")),
    # a letting agent asks about the tenant's notice
    ("a-letting-agent-asks-about-notice", _m(
        "Lettings <lettings@parkandcoe.example>", "Flat 2, 14 Elm Road",
        "Dear Alex,\n\nThank you for viewing the flat. How much notice do you need to give your current landlord? The flat "
        "is available from 1st July.\n\nKind regards,\nPark & Coe Lettings\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
