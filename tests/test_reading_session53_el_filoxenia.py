"""Session 53, Greek as a hospitality manager's job search in Greece and Cyprus holds it: hotel groups' HR in formal
Greek ("σας καλούμε σε συνέντευξη", "αποφασίσαμε να προχωρήσουμε με άλλους υποψηφίους"), job portals' receipts and
statuses ("η αίτησή σου στάλθηκε επιτυχώς", "Κατάσταση: Μη επιλεγμένη"), a public programme's notices ("καλείστε σε
γραπτή δοκιμασία"), a GM typing on his tablet without accents ("ακυρωνεται η συνεντευξη της Τεταρτης"), and owners
writing Greeklish from their phones ("ela gia mia dokimastiki mera"). Tested here in invented words, with the
look-alikes that share them: the yearly appraisal at the current hotel moved, a master's programme's admission
interview, a gym's trial day, a friend's Saturday plan."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a portal's receipt of the application
    ("a-portals-receipt", "application_ack", _m(
        "Ergasia Portal <noreply@ergasiaportal.example>", "Η αίτησή σου στάλθηκε: Υπεύθυνος Υποδοχής",
        "Alex, η αίτησή σου στάλθηκε επιτυχώς!\n\nΘέση: Υπεύθυνος Υποδοχής\nΕταιρεία: Galini Bay Hotel\n\nΟ εργοδότης "
        "έλαβε το βιογραφικό σου και θα επικοινωνήσει μαζί σου αν ενδιαφέρεται.\n\nΗ ομάδα του Ergasia Portal\n")),
    # a committee's invitation to interview, with its time
    ("a-committees-invitation", "interview_invitation", _m(
        "Γραμματεία Επιτροπής <epitropi@tourismosdimou.example>", "Πρόσκληση σε συνέντευξη",
        "Κύριε Morgan,\n\nσας καλούμε σε συνέντευξη για τη θέση του Υπεύθυνου Εκδηλώσεων την Τετάρτη 15 Απριλίου "
        "στις 11:00. Παρακαλούμε επιβεβαιώστε τη συμμετοχή σας.\n\nΗ Γραμματεία\n")),
    # a GM without accents, one time asked as a Greek question
    ("a-gm-asks-without-accents", "interview_invitation", _m(
        "Στέλιος Μαυρίδης <gm@aktihotel.example>", "Θεση F&B Manager",
        "Καλημερα κ. Morgan,\n\nειδα το βιογραφικο σας και μου αρεσε. Μπορειτε Τριτη 7/4 στις 13:00 για μια πρωτη "
        "κουβεντα στο ξενοδοχειο;\n\nΣ. Μαυριδης\nGeneral Manager\n")),
    # HR confirms the time
    ("hr-confirms-the-interview", "interview_confirmation", _m(
        "Ελένη Σταύρου <e.stavrou@aigaiongroup.example>", "ΑΠ: Θέση Guest Relations Manager",
        "Καλημέρα κ. Morgan,\n\nσας επιβεβαιώνω τη συνέντευξη την Πέμπτη 9 Απριλίου στις 10:00 μέσω Teams.\n\n"
        "Με εκτίμηση,\nΕλένη Σταύρου\nHR Manager\n")),
    # an interview moved, with the accent the pronoun adds
    ("an-interview-moved", "reschedule", _m(
        "Ελένη Σταύρου <e.stavrou@aigaiongroup.example>", "Θέση Guest Relations Manager",
        "Κύριε Morgan,\n\nθα χρειαστεί να μεταφέρουμε τη συνέντευξή σας της Πέμπτης, καθώς ο διευθυντής θα λείπει. "
        "Σας προτείνω την Παρασκευή 10/4 στις 12:00.\n\nΕλένη Σταύρου\nHR Manager\n")),
    # an interview called off, typed without accents
    ("an-interview-called-off-without-accents", "cancellation", _m(
        "Στέλιος Μαυρίδης <gm@aktihotel.example>", "RE: Θεση F&B Manager",
        "κ. Morgan,\n\nσας ενημερωνω οτι ακυρωνεται η συνεντευξη της Τριτης, γιατι η εταιρεια αποφασισε να παγωσει "
        "τις προσληψεις.\n\nΣ. Μαυριδης\n")),
    # HR declines after thanks
    ("hr-goes-with-others", "rejection", _m(
        "People Team <people@kykladesresorts.example>", "Η αίτησή σας για τη θέση Revenue Manager",
        "Αγαπητέ Alex,\n\nσας ευχαριστούμε για το ενδιαφέρον σας. Μετά από προσεκτική εξέταση, αποφασίσαμε να "
        "προχωρήσουμε με άλλους υποψηφίους.\n\nΚαλή επιτυχία,\nPeople Team\n")),
    # an owner's Greeklish no
    ("an-owners-greeklish-no", "rejection", _m(
        "Nikos Petrakis <nikos.studios@gmail.example>", "Re: thesi manager",
        "Geia sou Alex,\nse euxaristw gia to biografiko sou. Telika proxwrisame me kapoion gnwsto mas apo to xwrio.\n"
        "Kali epityxia!\nNikos\n", quoted="Kalimera, sas stelnw to biografiko mou gia ti thesi tou manager.\n\nAlex")),
    # a public programme's written test
    ("a-written-test", "assessment", _m(
        "Μονάδα Προσλήψεων <proslipseis@programmaxenia.example>", "Γραπτή δοκιμασία – θέση με κωδικό 205",
        "Κύριε Morgan,\n\nπληροίτε τα τυπικά προσόντα της θέσης με κωδικό 205 και καλείστε σε γραπτή δοκιμασία το "
        "Σάββατο 18 Απριλίου στις 10:00.\n\nΗ Μονάδα Προσλήψεων\n")),
    # a director's status, with the salary asked
    ("a-status-with-the-salary-asked", "company_reply", _m(
        "Μάρκος Ηλιάδης <m.iliadis@thalassatravel.example>", "Θέση Operations Manager – επόμενα βήματα",
        "Καλησπέρα κ. Morgan,\n\nη διαδικασία βρίσκεται σε εξέλιξη και θα ενημερωθείτε έως το τέλος του μήνα. Στο "
        "μεταξύ, θα μας βοηθούσε να γνωρίζουμε τις μισθολογικές σας απαιτήσεις.\n\nΜ. Ηλιάδης\nHR Director\n")),
]

OTHER_MAIL = [
    # the yearly appraisal at the current hotel, moved
    ("the-current-hotels-appraisal-moved", _m(
        "Άννα Κωστή <hr@poseidonsuites.example>", "Μεταφορά ετήσιας αξιολόγησης",
        "Καλημέρα Alex,\n\nθα χρειαστεί να μεταφέρουμε τη συνάντηση της ετήσιας αξιολόγησής σου για την Τρίτη στις "
        "11:00. Συμπλήρωσε πρώτα την αυτοαξιολόγηση.\n\nΆννα Κωστή\nHR Coordinator\n")),
    # a master's programme's admission interview
    ("a-masters-admission-interview", _m(
        "Γραμματεία ΠΜΣ <pms@panepistimio.example>", "Πρόσκληση σε συνέντευξη υποψηφίων",
        "Αγαπητέ κ. Morgan,\n\nη αίτησή σας για το Πρόγραμμα Μεταπτυχιακών Σπουδών «Τουριστική Οικονομία» κρίθηκε "
        "πλήρης. Καλείστε σε συνέντευξη την Πέμπτη 12 Μαρτίου στις 17:00.\n\nΗ Γραμματεία του ΠΜΣ\n")),
    # a gym's free trial day
    ("a-gyms-trial-day", _m(
        "FitZone Χαλάνδρι <info@fitzone.example>", "Έλα για δοκιμαστική μέρα!",
        "Γεια σου Alex!\n\nΈλα αυτό το Σάββατο για μια δοκιμαστική μέρα δωρεάν σε όλα τα τμήματα. Σε περιμένουμε!\n\n"
        "FitZone\n")),
    # a friend's plan for Saturday, typed in Greeklish
    ("a-friends-saturday-plan", _m(
        "Katerina <katerina.m@gmail.example>", "savvato",
        "Alex ti les, na ta poume apo konta to Savvato? Pes mou ti wra se volevei gia kafe.\n\nK\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
