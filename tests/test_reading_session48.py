"""Session 48, English: a clinical trial's interview panel names its study coordinator by title, which is a panel
member, not a study screening its volunteers (a research study's "our study coordinator will call you" still is)."""

from __future__ import annotations

from tests.test_reading_small_employers_and_closed_processes import _m, reading_tests

READ_AS = [
    # a panel listed with titles in brackets, the time set: a booking, not a study's visit
    ("a-trial-sites-interview-panel", "interview_confirmation", _m(
        "Research Office HR <hr@kawempe-research.example>", "Oral Interview - Research Nurse (Malaria Vaccine Study)",
        "Dear Alex,\n\nThank you for confirming your availability. Your oral interview for the position of Research "
        "Nurse has been scheduled for Tuesday 10 March 2026 at 11:00am via Zoom.\n\nPanel: Dr. Ruth Achieng (Principal "
        "Investigator), Mr. Paul Okot (Study Coordinator), Ms. Grace Auma (HR).\n\nKindly have your original "
        "certificates ready.\n\nRegards,\nHR Office\n")),
]

OTHER_MAIL = [
    # a study screening its volunteers, its coordinator named in the sentence
    ("a-studys-coordinator-will-call", _m(
        "Sleep Lab <sleep@uni-hospital.example>", "Your interest in our sleep study",
        "Hi Alex,\n\nThanks for filling in our screening form. Our study coordinator will call you this week to book a "
        "first visit; participants receive a voucher for each night.\n\nSleep Lab team\n")),
]

test_read_as, test_other_mail = reading_tests(READ_AS, OTHER_MAIL)
