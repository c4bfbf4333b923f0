"""The facts of a message: company, role, people, interview times, promised dates, deadlines.

Kept apart from what the message *is* (features.py) and whether it is about the user's
candidacy (evidence.py): the same facts are read whatever the kind, and each is checked
against where it came from (a name the sender's registrable domain spells beats any phrase).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, tzinfo

from agent.addresses import FREE_MAIL, domain, is_human, is_relay, org_label
from agent.domains import SHARED_SCHOOLS_LABEL
from agent.models import Email, Person, Signal
from agent.org_names import (
    AGENCY_TEXT,
    TOOL_LABELS,
    TOOL_NAMES,
    abbreviates,
    agency_domain,
    is_person,
    is_tool_sender,
    occurrences,
    person_names,
    principal,
    squash,
    squash_forms,
    tool_labels,
)
from agent.slot import MOVE_TO, interview_slot
from agent.struck import blank
from agent.vocab import HOUSEHOLD_ROLE, TITLE_END
from agent.when import LOOSE_RELATIVE_DAYS, find_datetimes, find_day, stated_zone

PROMISE = re.compile(
    r"(?:get back to you|hear (?:back )?from (?:me|us)|(?:have|share) an update(?: for you)?|be in touch|"
    r"decide(?: on next steps)?|update you|next steps?|make (?:a )?decisions?)"
    r"[^.?!\n]{0,40}?\b(?:by|before|on|early|end of)\b[^.?!\n]{0,60}",
    re.I,
)
DEADLINE = re.compile(
    r"(?:deadline|respond by|decision by|let (?:us|me) know (?:your decision )?by|sign (?:it )?by|accept by"
    r"|expires?|valid until|open until|by the end of)[^.?!\n]{0,80}",
    re.I,
)
ON_HOLD = re.compile(r"\bon hold\b|hiring freeze|\bfrozen\b|paused? (?:the )?(?:search|hiring|role)", re.I)

ROLE_PATTERNS = (
    re.compile(r"(?:for|to) the (?P<role>[A-Z][\w/&,.()· -]{2,60}?) (?:role|position|opening|job)\b"),
    re.compile(r"(?:the |our )(?P<role>[A-Z][\w/&,.()· -]{2,60}?) (?:role|position|opening)\b"),
    re.compile(r"(?:position|role) of (?P<role>[A-Z][\w/&,.()· -]{2,60}?)(?: \(| at |\.|,|$)", re.M),
    re.compile(r"application (?:for|to) (?:the )?(?P<role>[A-Z][\w/&,.()· -]{2,60}?) (?:at|with|\(|position|role)"),
    re.compile(r"Bewerbung als (?P<role>[\w/&,.()· -]{3,60}?)(?: an | bei |\.|,|$)", re.M),
    re.compile(r"vacante de (?P<role>[\w/&,.()· -]{3,60}?) en "),
    re.compile(r"poste d[e'’] ?(?P<role>[\w/&,.()·ée -]{3,60}?) chez "),
    re.compile(r"offer you the (?P<role>[A-Z][\w/&,.()· -]{2,60}?) (?:position|role)"),
)
SUBJECT_ROLE = (
    re.compile(r"(?::|-|–)\s*(?P<role>[A-Z][\w/&,.()· -]{2,60}?) at (?P<company>[A-Z][\w&.' -]{1,50})$"),
    re.compile(r"^(?P<role>[A-Z][\w/&,.()· -]{2,60}?) at (?P<company>[A-Z][\w&.' -]{1,50})(?::|$)"),
    re.compile(r"(?P<company>[A-Z][\w&.' -]{1,50}?) (?:-|–) (?P<role>[A-Z][\w/&,.()· -]{2,60}?)(?: (?:-|–)|$)"),
)
COMPANY_PATTERNS = (
    # (not the civil service's behaviour "Delivering at Pace", which its every sift and interview letter lists)
    # (not a step or a level on a scale, a suite or a gate: a name a number follows, "placed at Step 7 on the MA+15
    # column", is a place on it)
    # (every word whole: "push to Saturday 10am" is a time, never a company "Saturda" with the day's last letter cut off
    # so that no number follows)
    re.compile(r"\b(?:(?<!Delivering )at|with|to|from|join|joining|on behalf of) "
               r"(?P<company>[A-Z][\w&'’.-]*+(?>(?: (?:&|and|de|of|[A-Z][\w&'’.-]*+)){0,4}))(?! \d)"),
    re.compile(r"\b(?:en|chez|bei|der) (?P<company>[A-Z][\w&'’.-]*+(?: (?:&|[A-Z][\w&'’.-]*+)){0,4})"),
)
# The line a mail app adds, which names the app ("Sent from AOL on Android", "Sent from Yahoo Mail for iPhone").
SENT_FROM_AN_APP = re.compile(r"(?:^|\n)\s*Sent $")
# A job portal's form names the employer in a field of its own.
# (a public portal's form names the department or the body that employs: "Department: Department for Coastal and Rural
# Affairs", "Employing organisation: Glanmor University Health Board")
EMPLOYER_FIELD = re.compile(r"^\s*(?:[Ee]mployer|[Cc]ompany|[Oo]rgani[sz]ation|[Hh]iring (?:organi[sz]ation|company)"
                            # ... and in the boards' other languages: OCC's "Empresa: Línea Blanca del Norte"
                            r"|[Ee]mpresa|[Ee]mpleador|[Cc]ompañía|[Ee]ntreprise|[Uu]nternehmen|[Aa]rbeitgeber|[Aa]zienda"
                            r"|[Ww]erkgever|[Pp]racodawca"
                            # ... Vietnamese boards' "Công ty: CÔNG TY CỔ PHẦN VIETSOFT GLOBAL" (its legal form left out:
                            # a joint-stock or limited company)
                            r"|[Cc]ông ty|[Nn]hà tuyển dụng"
                            r"|[Dd]epartment|[Ee]mploying (?:organi[sz]ation|department|body|authority|trust))\s*:\s*"
                            r"(?i:công ty (?:cổ phần|tnhh)(?: (?:mtv|một thành viên))?\s+)?"
                            r"(?P<company>[A-Z][^\n]{1,60}?)\s*$", re.M)
NAME_NOISE = re.compile(
    r"\s*(?:\||–|@|·)\s*.*$|\s+(?:via|@)\s+.*$"
    # a dash apart from the words around it, not inside a name: "Schaefer-Lindh Funeral Homes" is whole
    r"|\s+-\s*.*$|\s*-\s+.*$"
    # (a scheme's own team: "Hartwell Lyle Graduate Recruitment", "Larkspur Brands Early Careers")
    r"|\s+(?:(?:graduate|early|campus|student|emerging talent|internships?|apprenticeships?)\s+)?"
    r"(?:workday notification|hiring team|recruiting(?: team)?|careers|resourcing|onboarding|"
    r"talent(?: acquisition| team)?|notifications?|jobs|karriere|team|hiring|recruitment|careers team"
    # the department that writes: "DSA HR", "Kadraj İK" (Turkish), "HRD PT Arunika Pangan" (Indonesian)
    r"|hr|hrd|İk|ik|insan kaynakları|rekrutmen"
    # ... and in Korean: "파랑톡 채용팀", "오늘툰 인사팀", "대양전자 채용"
    r"|채용팀|인사팀|인재영입팀|채용"
    # ... and in Japanese: "Hoshino Vietnam 採用担当", "人事部"
    r"|採用担当|採用チーム|人事部|人事課)\s*$|^(?:hrd?|rekrutmen)\s+(?=\S)"
    # ... and in Chinese, written without a space: "鲸选科技招聘", "宏聯精密人資部" (session 60)
    r"|(?<=[\u4e00-\u9fff])(?:招聘(?:团队|團隊|部|组|組)?|人力资源部|人力資源部|人事部|人资部|人資部|hr)\s*$",
    re.I,
)
TRAILING_SYMBOLS = re.compile(r"\s*[^\w\s&'’.()-]+\s*$")
NOT_COMPANIES = {
    "nhs", "civil service", SHARED_SCHOOLS_LABEL,  # what "NHS Jobs" and "Civil Service Jobs" leave once NAME_NOISE cuts "Jobs"
    "linkedin", "greenhouse", "lever", "workday", "ashby", "icims", "calendly", "goodtime", "docusign",
    "google", "zoom", "microsoft teams", "google meet", "webex", "cisco webex", "codesignal", "hackerrank", "gem", "indeed",
    "the", "our", "your", "you", "us", "me", "we", "hi", "hello", "thanks", "team", "sam", "monday", "tuesday",
    "wednesday", "thursday", "friday", "the team", "calendar", "google calendar", "outlook", "notification",
    "hire",  # a subject's "Intent to Hire"
}  # fmt: skip


def extract(email: Email, signal: Signal, ref: datetime, tz: tzinfo, user_tz: tzinfo | None = None) -> None:
    """The facts of a message whose kind is read: `tz` is the writer's clock (when.writer_zone),
    `user_tz` the user's configured zone (a time "your time", a floating calendar time)."""
    text = email.text
    user_tz = user_tz or tz
    signal.company = company_of(email)
    signal.role = role_of(email)
    signal.people = people_of(email)
    kind = signal.kind
    cal = email.calendar
    if kind in ("interview_confirmation", "reschedule", "cancellation"):
        if cal is not None and cal.start is not None and not cal.recurring:
            signal.interview_start, signal.interview_end = cal.start, cal.end
            if cal.floating:
                # a floating time is local time: the zone the message writes, else the user's
                local = stated_zone(blank(text), ref, user_tz) or user_tz
                signal.interview_start = cal.start.replace(tzinfo=local)
                signal.interview_end = cal.end.replace(tzinfo=local) if cal.end is not None else None
        else:
            slot = interview_slot(text, email.subject, ref, tz, move=kind == "reschedule", user_tz=user_tz)
            if kind == "reschedule" and slot is not None and slot.start <= ref:
                slot = None  # a move names where the interview goes, not where it was
            if kind == "reschedule" and not MOVE_TO.search(text) and re.search(
                    r"(?:send|share) me .{0,40}(?:windows|times)|(?:send|share|let me know) your availability", text, re.I):
                slot = None  # asks for new times: none is set yet
            if slot is not None:
                signal.interview_start = slot.start
                signal.interview_end = slot.end
    if kind in ("company_reply", "interview_confirmation", "reschedule", "application_ack", "assessment"):
        m = PROMISE.search(text)
        if m:
            signal.promised_by = find_day(m.group(0), ref, tz) or _soft_promise(m.group(0), ref, tz)
    if kind == "offer":
        m = DEADLINE.search(text)
        if m:
            found = find_datetimes(m.group(0), ref, tz)
            signal.offer_deadline = found[0].start if found else find_day(m.group(0), ref, tz)
    if kind in ("company_reply", "cancellation") and ON_HOLD.search(text):
        signal.on_hold = True
    if signal.interview_start and not signal.interview_end:
        signal.interview_end = None  # the tracker applies the configured default length


def _soft_promise(phrase: str, ref: datetime, tz: tzinfo) -> datetime | None:
    """'early next week', 'end of next week', 'next week' as a day."""
    local = ref.astimezone(tz)
    monday = (local - timedelta(days=local.weekday())).replace(hour=23, minute=59, second=0, microsecond=0)
    p = phrase.lower()
    if "early next week" in p:
        return monday + timedelta(days=8)  # Tuesday
    if "end of next week" in p or "next week" in p:
        return monday + timedelta(days=11)  # Friday
    if "end of the week" in p or "this week" in p:
        return monday + timedelta(days=4)
    return None


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    name = principal(name.strip().strip('"'))
    # "Tom from Mulberry Lane Co (via Indeed)": the company, without the person or the board
    name = re.sub(r"\s*\((?:via|from|on|through)\s[^)]*\)\s*$|^[A-Z][\w'-]+ (?:from|at) (?=[A-Z])", "", name.strip().strip('"'))
    name = NAME_NOISE.sub("", name).strip(" ,.")
    words = name.split()
    while len(words) > 2 and LEGAL_WORD.match(words[-1]) and words[-2].lower() not in ("&", "and"):
        words = words[:-1]  # "Lipno Trans s.r.o." writes as Lipno Trans: the legal form is no part of the name a draft writes
    return " ".join(words).strip(" ,") or None


# The small words of names ("Sanne de Bruijn", "Jan van der Berg", "Ana dos Santos"): lowercase inside a person's name
NAME_PARTICLES = frozenset(("de", "van", "der", "den", "von", "da", "di", "du", "la", "le", "del", "dos", "das", "ter", "ten",
                            "bin", "binti", "al", "el"))


def _looks_like_person(name: str) -> bool:
    words = name.split()
    named = [words[0], *(w for w in words[1:-1] if w not in NAME_PARTICLES), words[-1]] if len(words) >= 2 else words
    return 2 <= len(named) <= 3 and all(w[:1].isupper() for w in named) and not ORG_WORD.search(name) and not re.search(
        r"\b(?:inc|llc|ltd|gmbh|corp|co|group|labs|health|systems|software|energy|media|analytics|robotics|foods"
        r"|logistics|maps|audio|acoustics|ledger|security|bank|digital|logiciels)\b",
        name,
        re.I,
    )


ORG_PREFIXES = {"grupo", "groupe", "gruppe", "group", "banco", "banque", "studio", "société", "compañía"}
# "<X> of <name>": a public body or a school on its own name's domain ("City of Marlow Bay" on marlowbay.ca)
OF_PREFIXES = ORG_PREFIXES | {"university", "city", "county", "borough", "town", "college", "institute", "district",
                              "state", "bank", "port", "museum", "council", "diocese", "shire"}


_squash = squash


def _company_domains(email: Email, tools: frozenset[str] | set[str] = frozenset()) -> list[str]:
    out = []
    people = list(email.reply_to) + ([email.sender] if email.sender else [])
    if email.calendar and email.calendar.organizer:
        people.append(email.calendar.organizer)
    for p in people:
        if not is_relay(p.address) and domain(p.address):
            label = org_label(p.address)
            if label not in tools:
                out.append(label)
    return out


def _candidates(email: Email) -> list[str]:
    found = []
    haystacks = [email.subject, email.text[:3000], email.signature]
    if email.sender is not None and email.sender.name:
        haystacks.append(email.sender.name)  # "University of Harnby <jobs-noreply@harnby.ac.uk>"
    if email.calendar and email.calendar.summary:
        haystacks.append(email.calendar.summary)
    for hay in haystacks:
        for pattern in COMPANY_PATTERNS:
            for m in pattern.finditer(hay):
                found.append(m.group("company").strip(" .,'’-"))
        for line in hay.splitlines():
            for piece in re.split(r"\s*[|·,–]\s*|\s+-\s+|:\s+|\s+/\s+|\s+@\s+|\s*<>\s*", line):
                piece = piece.strip(" .")
                if 2 <= len(piece) <= 60 and piece[:1].isupper():
                    found.append(piece)
    return found


def _pieces(email: Email) -> list[str]:
    """Whole pieces of the signature and text lines ('Harcastle Home Stores, Inc.' gives 'Harcastle
    Home Stores'): where a name is written out in full, as a signature or letterhead writes it."""
    out = []
    for hay in (email.signature, email.text[:3000]):
        for line in hay.splitlines():
            for piece in re.split(r"\s*[|·,–]\s*|\s+-\s+|:\s+|\s+/\s+", line.strip()):
                piece = piece.strip(" .")
                if 2 <= len(piece) <= 60 and piece[:1].isupper():
                    out.append(piece)
    return out


AGENCY = re.compile(r"\b(?:search|staffing|recruitment|recruiting|talent|resourcing|headhunt\w*|executive search"
                    r"|personalberatung|workforce|people)\b(?: partners| ltd| limited| inc| group| llc| gmbh)?\.?$", re.I)
CLIENT = (
    re.compile(r"\b(?P<c>[A-Z][\w'’-]+(?: (?:&|and|[A-Z][\w'’-]+)){0,3}) (?:want|wants|would like|would love|are keen"
               r"|is keen|have decided|has decided|liked|loved|came back|have come back|are looking|asked|have asked"
               r"|are reviewing|is reviewing|have moved|has moved|have offered|have confirmed)\b"),
    re.compile(r"\b(?:with|from|at|for|to|by|für|bei|chez|pour) (?P<c>[A-Z][\w'’-]+(?: (?:&|[A-Z][\w'’-]+)){0,3})"),
    re.compile(r"\b(?:Mandant\w*|client|cliente),? (?:die |der |das |is |la |el )?"
               r"(?P<c>[A-Z][\w'’-]+(?: (?:&|[A-Z][\w'’-]+)){0,3})"),
)
# An agency's subject line leads with its client: "Norwen - interview", "Tidewell Energy contract - rate + RTW" (a text
# leads with its word to the user: "Legend - Monday 30th at 11 it is")
SUBJECT_CLIENT = re.compile(r"^(?P<c>[A-Z][\w'’-]+(?: (?:&|[A-Z][\w'’-]+)){0,3})(?=\s*[-–|:]\s|\s+(?:contract|interview"
                            r"|role|position|opportunity|vacancy)\b)")
AGENCY_LABEL = re.compile(r"(?:(?<!re)search|staffing|recruitment|recruiting|resourcing|talent|workforce|personal)"
                          r"(?:partners|ltd|inc|group|co|gmbh)?$")
# A day or month, whole: 'Tuesday', 'Sept', 'Mar' - but not 'Marrowby' or 'Sunbeam', which only begin like one.
WEEKDAY_OR_MONTH = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun|january|february"
    r"|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov"
    r"|dec)\b", re.I)
DANGLING = re.compile(r"(?:\s+(?:&|and|of|de|the|und|et|y|I))+$", re.I)  # "on behalf of Blanchford Aerospace I would"
# The department a signature's line names after its organisation: "Northlake University Human Resources". (Not "Careers"
# or "HR": agencies are named so, "Malabar Euro Careers", "Sao Việt HR", and 2 of 25,659 labelled files lost with them.)
DEPARTMENT_AFTER = re.compile(r"\s+(?:human resources|talent acquisition|people operations)$", re.I)
POSSESSIVE = re.compile(r"^(?P<name>.*?\w)(?:'s|’s|'|’)\s+\S.*$")


def company_of(email: Email) -> str | None:
    """The employer. A recruitment agency writes for a client: the client is the employer.

    Never a person (the sender, a guest, the signer, the user) and never a tool that sends for an
    employer (an e-signature service, an assessment vendor, a job board)."""
    tools = tool_labels(email)
    people = person_names(email)
    found = None
    for proposal in _company_of(email, tools, people):
        name = _tidy(proposal)
        # (nor the tool this mail shows sending for the employer: "Verity Screening on behalf of Falcon Crest Airways")
        if name and _acceptable(name, people) and squash(name) not in tools:
            found = name
            break
    if found and " " not in found:
        found = _expansion(email, found, people) or found  # 'KT' signs for 'Kestrel Timber Pty Ltd' in the footer
    if found and " " not in found:
        found = _written_out(email, found)  # a relay's "Norvind Careers" for "Norvind Turbines A/S" in its text
    if found and _is_agency(email, found, tools):
        client = _client(email, found, people)
        if client:
            return client
    return found or _family_hiring(email)


# A household's post or its children: a family hiring for its home ("our nanny search", "after I get our kids from
# school"; not "the kids", which a pub's or a nursing home's owner writes too)
HOUSEHOLD_WORK = re.compile(r"\b" + HOUSEHOLD_ROLE + r"s?\b|\bour (?:kids|children|twins|little ones|boys|girls|baby"
                            r"|toddlers?)\b|\bbabysit", re.I)


def _family_hiring(email: Email) -> str | None:
    """A family hires for its home from a parent's own account and names no company: the employer is the family, after the
    surname the parent writes under ("Kate Brennan <katebrennan.denver@gmail.com>": "The Brennan family")."""
    sender = email.sender
    if sender is None or not sender.name or org_label(sender.address) not in FREE_MAIL:
        return None
    name = _clean_name(sender.name)
    if not name or " " not in name or not _looks_like_person(name):
        return None
    if not HOUSEHOLD_WORK.search("\n".join((email.subject, email.text, email.quoted))):
        return None
    return f"The {name.split()[-1]} family"


def _tidy(name: str | None) -> str | None:
    """'Galena Works and' -> 'Galena Works'; "Magaliesberg Logistics' Head" -> 'Magaliesberg Logistics'; "Cat's Eye
    Consulting" stays whole: what follows the apostrophe is capitalised and ends in a company word."""
    if not name:
        return None
    m = POSSESSIVE.match(name)
    rest = name[m.end("name"):].split()[1:] if m else []
    if m and not (rest and all(w[:1].isupper() for w in rest) and ORG_WORD.fullmatch(rest[-1])):
        name = m.group("name")  # but "Cat's Eye Consulting" is a name with an apostrophe in it
    name = DANGLING.sub("", name.strip(" ,.'’-<>")).strip(" ,'’-<>")
    kept = DEPARTMENT_AFTER.sub("", name)
    if len(kept.split()) >= 2:
        name = kept
    # "Rimba Kopi 🎉", "Perowave ☀️": a sender's emoji is no part of the company's name
    name = TRAILING_SYMBOLS.sub("", name).strip(" ,'’-<>")
    # ... nor is the Gulf's legal form, which a draft would not write: "Al Khor Facility Services W.L.L"
    name = GULF_LEGAL_FORM.sub("", name).strip(" ,")
    return name or None


# The Gulf's legal forms: "Falcon Crest Manpower Services W.L.L.", "Noor Trading FZE", "Ruwi Marine S.P.C."
GULF_FORMS = r"W\.?L\.?L\.?|FZE|FZCO|FZ[ -]?LLC|S\.?P\.?C\.?|S\.?A\.?O\.?[CG]\.?|DMCC"
GULF_LEGAL_FORM = re.compile(rf"(?<=\w)[ ,]+(?:{GULF_FORMS})$")


def _acceptable(name: str, people: set[str]) -> bool:
    """Not a person, not a tool, and not a department: 'Talent', 'Recruiting', 'People Team' name who writes,
    not for whom."""
    low = name.lower()
    if all(WEEKDAY_OR_MONTH.fullmatch(w) or w.isdigit() for w in name.split()):
        return False  # a subject's "moving to Friday Jan 16"
    return (len(name) >= 2 and low not in NOT_COMPANIES and low not in TOOL_NAMES and squash(name) not in TOOL_LABELS
            and not is_person(name, people) and not all(JOB_WORD.match(w) for w in name.split())
            and not PRACTICE_AREA.fullmatch(name) and not ENDS_IN_ONES_POST.search(name) and not NAMES_A_STEP.search(name))


# A post, not an employer: "Logistics Planner, SGD 4,600 basic", a job board's "Demand Planning Manager" over its status
# line. A company's name ends in a trade's plural ("Pollard Quayle Architects", "Spinifex Labour Hire") or a word that
# is both ("Larkspur Executive Search"), never in one person's title.
ENDS_IN_ONES_POST = re.compile(r"\b(?:coordinator|administrator|manager|engineer|analyst|assistant|designer|developer"
                               r"|officer|specialist|technician|planner|clerk|supervisor|representative|accountant"
                               r"|receptionist|nurse|buyer|controller|auditor)$", re.I)
# ... nor a step: a subject's "Invitation to Oral Board Interview - Entry Level Firefighter" names no company
NAMES_A_STEP = re.compile(r"\b(?:interview|interviews|assessment|examination|exam)$", re.I)


# A recruiter's desk or a firm's practice, as a signature writes it after a title ("Senior Consultant | Finance & Audit",
# "Tax & Legal", "Sales and Marketing"): fields of work joined by "&", "and" or commas, not a company's name
_FIELD = (r"(?:Finance|Financial|Audit|Accounting|Accounts|Tax|Payroll|Legal|Marketing|Sales|Engineering|IT|Technology"
          r"|Tech|HR|Operations|Procurement|Logistics|Banking|Insurance|Risk|Compliance|Digital|Admin|Administration"
          r"|Data|Analytics|Treasury|Assurance|Advisory|Property|Construction|Mining|Energy|Hospitality|Retail"
          r"|Healthcare|Health|Education|Supply Chain|Manufacturing|Commercial|Corporate|Industrial|Technical"
          r"|Professional Services|Office Support|Executive Search)")
PRACTICE_AREA = re.compile(rf"{_FIELD}(?:(?:,|,? &|,? and) {_FIELD})+")


# What follows the company's name where the signature names an agency in full ("Harcourt Bell Recruitment Ltd"). Matched
# where the name is found, rather than compiled with each name: a pattern per company missed re's cache and cost a
# millisecond to compile, a tenth of reading a message.
_AGENCY_AFTER_NAME = re.compile(r"\s+(?:Recruitment|Search|Staffing|Resourcing|Personalberatung|Talent(?= Partners| Ltd))"
                                r"(?:\s+(?:Partners|Ltd|Limited|Group|Inc|LLC|GmbH))?\.?\s*(?:$|[|,·(])", re.M)


def _is_agency(email: Email, found: str, tools: set[str]) -> bool:
    """A recruitment agency: by its name ('Harlow Search'), its domain ('harbourtalent'), the name the
    signature writes in full ('Harcourt Bell Recruitment') or what it says of itself ('my client')."""
    if AGENCY.search(found) or AGENCY_LABEL.search(squash(found)) or agency_domain(email, tools):
        return True
    tail = email.signature + "\n" + email.text[-1500:]
    if any(_AGENCY_AFTER_NAME.match(tail, at + len(found)) for at in occurrences(found, tail)):
        return True
    return bool(AGENCY_TEXT.search(email.text[:3000] + "\n" + email.signature))


def _client(email: Email, agency: str, people: set[str]) -> str | None:
    me = {w.lower() for p in email.to for w in (p.name or "").split()}
    agency_forms = squash_forms(agency) | {squash(label) for label in _company_domains(email)}
    subject = REPLY_PREFIX.sub("", email.subject)
    for hay, patterns in ((subject, (*CLIENT, SUBJECT_CLIENT)), (email.text[:2000], CLIENT)):
        for pattern in patterns:
            for m in pattern.finditer(hay):
                c = _tidy(m.group("c").strip(" .,'’-"))
                if not c or re.match(r" at [A-Z]", hay[m.end("c"):]) and " " not in c:
                    continue  # "see below from Lisa at Timpani": the person, then the client
                if re.match(r" \d", hay[m.end("c"):]):
                    continue  # a school's term or year, a level: "putting you forward for Term 4 roles"
                words = c.split()
                if (c.lower() in NOT_COMPANIES or any(squash(c) in a or a.startswith(squash(words[0])) for a in agency_forms)
                        or words[0].lower() in me or WEEKDAY_OR_MONTH.match(c) or _looks_like_person(c) or len(c) < 3
                        or AGENCY.search(c) or (len(words) == 1 and c.lower() in me) or not _acceptable(c, people)
                        or c.lower() in CLIENT_NOISE or c.lower() in LOOSE_RELATIVE_DAYS or TITLE_END.search(c)):
                    continue
                if len(words) == 1 and _written_of_as_a_person(c, email.text[:3000]):
                    # "Rukhsana would like to meet you": the client's person, not the client; a later match is as
                    # likely another client the note mentions ("if the Garforth perm changes things"): the agency stands
                    return None
                return _extend_suffix(c, hay[m.start("c"):])
    return None


def _written_of_as_a_person(word: str, text: str) -> bool:
    """A one-word name the agency's note writes of as a person: a contraction ("She'll want to know"), a first name
    with a surname and a title ("Rukhsana Malik (Operations Manager)", "Doug Riffle, the plant manager"), or one that
    "he" or "she" goes on from ("Doug came back this morning, here's what he said", "Harish liked your thinking, his
    words"). "Garforth came back" goes on with "they"."""
    if re.search(r"'(?:ll|d|re|ve|m)$", word, re.I):
        return True
    name = re.escape(word)
    surnamed = any(not ORG_WORD.fullmatch(m.group(1)) for m in re.finditer(
        rf"\b{name} ([A-Z][a-z'-]+)\s*(?:\(|,\s*(?:the |our |their |a )?[a-z])", text))
    # ... or one "she" or "he" follows at once ("pass it to Ingrid - she'll send you the confirmation"), or one of a couple
    # ("at 4pm with Caroline and Ben Marsh")
    if re.search(rf"\b{name}\s*[-–,]\s*(?:she|he)\b|\b{name} and [A-Z][a-z]+ [A-Z][a-z'-]+\b", text):
        return True
    # ... or one whose liking is his or hers ("Harish liked your structured thinking ... for his team"; "Stonefield loved
    # your CV, Mark wants to meet you ... he's got Thursday" is a company's, and its manager's "he")
    if re.search(rf"\b{name} (?:liked|loved|enjoyed|thought|felt|was (?:impressed|keen))\b[^\n]{{0,100}}?\b(?:his|her)\b",
                 text, re.I):
        return True
    return surnamed or re.search(
        rf"\b{name} (?:came back|got back|said|says|told me|mentioned|rang|called|will call|'ll call|is going to call)\b"
        rf"[^\n]{{0,100}}?\b(?:he|she)(?:'s|'ll|'d)?\b", text, re.I) is not None


CLIENT_NOISE = {"she", "he", "they", "we", "it", "i", "you", "ihnen", "sie", "ich", "wir", "er", "elle", "ils", "nous",
                "cv", "hr", "ceo", "cto", "head", "director", "engineering", "data", "interview", "feedback", "update",
                "offer", "round", "stage", "good news", "teams", "zoom", "google meet", "london", "the client",
                # what else leads a subject line: its news, not a client
                "updated", "canceled", "cancelled", "confidential", "submitted", "tomorrow", "today", "hey", "hi", "hello",
                "invitation", "reminder", "new", "quick", "urgent", "important", "news", "great news", "call", "catch up",
                "next steps", "action required", "following up", "follow up", "thanks", "thank you", "moved", "rescheduled",
                "confirmed", "your application", "application", "availability", "congratulations", "question",
                "shortlisted", "selected", "profile shortlisted",
                # an agency's subject in India and the Gulf: "Requirement - Senior Backend Engineer - Product Co."
                "requirement", "urgent requirement", "opening", "job opening", "opportunity", "vacancy", "profile",
                # ... and in the other languages: "IMPORTANTE: alteração no horário" (a day that leads it, "Amanhã -
                # entrevista cancelada", is one of when.py's LOOSE_RELATIVE_DAYS)
                "importante", "urgente", "wichtig", "dringend", "atualização", "actualización", "lembrete", "recordatorio",
                "rappel", "erinnerung", "promemoria"}


# A US city's or county's own domain: its name with the state's code or "gov" after it, "cityof" before it ("mesaaz.gov",
# "tucsonaz.gov", "greeleygov.com", "cityofwestminster.us"): the name the text writes is the city's
US_STATES = frozenset("al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd "
                      "oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy".split())
CITY_PREFIX = ("cityof", "townof", "countyof")


def _city_forms(label: str) -> set[str]:
    """The city's name in its domain's label: "mesaaz" -> "mesa", "greeleygov" -> "greeley", "cityofwestminster" ->
    "westminster" (none for a label that is no city's)."""
    forms = set()
    for prefix in CITY_PREFIX:
        if label.startswith(prefix) and len(label) - len(prefix) >= 4:
            forms.add(label[len(prefix):])
    for name in {label, *forms}:
        if name.endswith("gov") and len(name) >= 7:
            forms.add(name[:-3])
        elif name[-2:] in US_STATES and len(name) >= 6:
            forms.add(name[:-2])
    return forms


def _matches(label_forms: set[str], phrase: str) -> bool:
    return bool(label_forms & squash_forms(phrase))


def _company_of(email: Email, tools: set[str], people: set[str]) -> Iterator[str | None]:
    """Proposals for the employer, best first: a name a non-relay domain spells, else the relay's
    display name, else what the subject or text names."""
    candidates = _candidates(email)
    recipients = {(p.name or "").lower() for p in email.to + email.cc if p.name}
    labels = _company_domains(email, tools)
    for label in labels:
        squashed = squash(label)
        if len(squashed) < 3 or label in FREE_MAIL or label in NOT_COMPANIES:
            # (a free-mail provider is nobody's employer: "Odesláno z aplikace Seznam Email"; nor is a health service's
            # shared domain, where "NHS" spelled "Northfield and Solihull Hospitals NHS Foundation Trust" as "NHS
            # Foundation Trust")
            continue
        forms = {squashed} | _city_forms(squashed)
        best = None
        for cand in candidates:
            words = [w.strip(" .,:;!?()\"'") for w in cand.split()]
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + 6) + 1):
                    if words[j - 1] in ("&", "and", "of", "+"):
                        continue  # "Bramhope &" is half a name
                    phrase = " ".join(words[i:j])
                    # the name as the domain spells it, or with one word in front ("Grupo Tilde Digital")
                    if _matches(forms, phrase) or (
                        j - i >= 2 and words[i].lower() in ORG_PREFIXES
                        and _matches({squash(words[i]) + squashed}, phrase)
                    ):
                        best = _longest(best, _extend_suffix(phrase, cand))
                    elif j - i >= 3 and words[i].lower() in OF_PREFIXES and words[i + 1].lower() in ("of", "de") \
                            and _matches(forms, " ".join(words[i + 2:j])):
                        best = _longest(best, phrase)  # "University of Westmarch" on westmarch.ac.uk
        if best:
            yield _written_out(email, best)
            continue
        # a domain that abbreviates the name: "tidewatersys" for "Tidewater Systems"
        for cand in candidates:
            words = cand.split()
            sq = squash(cand)
            if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and sq.startswith(squashed) \
                    and len(squashed) >= 0.6 * len(sq) and squash(words[0]) in squashed:
                yield cand
        for cand in candidates:
            words = [w.strip(" .,:;!?()\"'") for w in cand.split()]
            for i in range(len(words)):
                for j in range(i + 2, min(len(words), i + 5) + 1):
                    if all(w[:1].isupper() or w == "&" for w in words[i:j]) and _abbreviates(squashed, words[i:j]):
                        yield _extend_suffix(" ".join(words[i:j]), cand)
        yield _expansion(email, squashed, people)  # 'corvbrae' for 'Corvid & Braemar LLP' in the footer
    sender = email.sender
    m = (BRACKETED_ORG_IN_NAME.match(sender.name or "") or PIPED_ORG_IN_NAME.match(sender.name or "")) if sender else None
    # (not the relay's own product after the employer: "Tucunaré Pay | Gupy Admissão <no-reply@gupy.io>")
    if m and sender and _looks_like_person(m.group("person")) \
            and not squash(m.group("org")).startswith(org_label(sender.address) or "\0") \
            and (org_label(sender.address) in NOT_COMPANIES or is_tool_sender(email, sender, tools)):
        # a shared mail service's directory names the employer after the person: "Rhian Pugh (Glanmor UHB - Outpatient
        # Services)" on wales.nhs.uk; so does an ATS relay, "Lea Steiner (Confiserie Baumann)
        # <notifications@mail.teamtailor.com>" (session 59), or after a bar, "Sanne de Bruijn | Kooijman Logistics
        # <no-reply@recruitee.com>" (session 60)
        yield m.group("org")
    if sender and org_label(sender.address) == SHARED_SCHOOLS_LABEL:
        # a state school's staff write from their department's shared domain and sign with the school's name
        yield _portal_employer(email, people, signed=True)
    if sender and org_label(sender.address) in FREE_MAIL:
        yield _signed_below_name(email, people)  # a personal account: "Luis Vega / Vega Bros. Moving & Storage"
    if sender and is_tool_sender(email, sender, tools):
        # A relay writes as the company ("Halcyon Bio <no-reply@...>") or, now and then, as the
        # recruiter; it is the recruiter when the same name signs or answers the mail.
        name = _clean_name(sender.name)
        signer = (email.signature.strip().splitlines() or [""])[0].strip().lower()
        senders = {(p.name or "").lower() for p in email.reply_to if not is_relay(p.address)} | {signer}
        if name and _looks_like_person(name) and _signs(email, name):
            senders.add(name.lower())  # 'Kenji Arakawa <no-reply@hire.lever.co>' who signs 'Kenji': the recruiter
        if name and name.lower() not in NOT_COMPANIES and name.lower() not in senders and not _looks_like_person(name):
            yield name
        if name and _looks_like_person(name):
            yield _signed_org(email)  # a recruiter signs with the company: 'Talent Acquisition, Hjortron Tech AB'
        if not name or name.lower() in NOT_COMPANIES or name.lower() in TOOL_NAMES:
            # a public portal writes as itself ("NHS Jobs", "Civil Service Jobs") and names the employer in the
            # vacancy's line, "Business Support Manager (Office for Transport Standards)", or on a line of its own
            yield _portal_employer(email, people)
        yield _inviter(email, people)  # a vendor writes 'Quillon Partners Pty Ltd has invited you'
        yield _named_in_text(email, recipients | {(name or "").lower()}, people)  # a recruiter names the company
        if name and name.lower() not in NOT_COMPANIES and name.lower() not in senders:
            yield name
    m = re.search(r"\byour (?P<c>[A-Z][\w&'’.-]*(?: (?:&|[A-Z][\w&'’.-]*)){0,3}) (?:assessment|coding|interview|application"
                  r"|challenge|test)\b", email.subject)
    if m and m.group("c").lower() not in NOT_COMPANIES:
        yield m.group("c")
    for prep in ("at", "with", "from", "to"):
        m = re.search(rf"\b{prep} ([A-Z][\w&'’.-]*(?: (?:&|[A-Z][\w&'’.-]*)){{0,3}})", email.subject)
        if m and m.group(1).lower() not in NOT_COMPANIES and m.group(1).lower() not in recipients \
                and not (prep in ("with", "from") and (_first_name_alone(m.group(1), labels)
                                                      or _someone_the_text_speaks_of(m.group(1), email.text[:3000])
                                                      or _interviewer_named(m.group(1), labels))):
            yield m.group(1)
    for label in labels:
        if label not in FREE_MAIL and len(label) >= 3:
            yield _spelled(email, label) or label_as_name(label)  # the domain is all the mail says
    yield _named_in_text(email, recipients, people)  # a personal account: "the Data Engineer role at Quillfeather"


# A person's display name with the employer in brackets, the department after a dash: "Rhian Pugh (Glanmor UHB - Outpatient
# Services)"
BRACKETED_ORG_IN_NAME = re.compile(r"^(?P<person>[^()]+?)\s*\((?P<org>[A-Z][^()]*?)(?:\s+-\s+[^()]*)?\)\s*$")
PIPED_ORG_IN_NAME = re.compile(r"^(?P<person>[^|()]+?)\s+[|·]\s+(?P<org>[A-Z][^|()]*?)\s*$")
# An employing body in brackets after the post: "389877 - Business Support Manager (Office for Transport Standards)"
BRACKETED_BODY = re.compile(r"\((?P<c>(?:The )?[A-Z][\w&'’.-]*(?: (?:&|and|of|for|the|[A-Z][\w&'’.-]*)){1,6})\)")
PUBLIC_BODY = re.compile(r"\b(?:Office|Department|Ministry|Agency|Authority|Board|Trust|Council|Commission|Service|University"
                         r"|College|School|District|Hospital|Institute)\b")


def _portal_employer(email: Email, people: set[str], signed: bool = False) -> str | None:
    """The employer a public portal's own notice names: bracketed after the post, else a line of the text that is only a
    public body's name ("Glanmor University Health Board" above the portal's footer). The portal's own name is never
    it. `signed`: a line of the signature too, where a person writes for a body their shared domain does not name (a
    portal's signature is its own footer: "NHS Business Services Authority")."""
    for m in BRACKETED_BODY.finditer(email.subject + "\n" + email.text[:2000]):
        c = m.group("c")
        if PUBLIC_BODY.search(c) and _acceptable(c, people):
            return c
    for line in email.text[:3000].splitlines() + (email.signature.splitlines() if signed else []):
        piece = line.strip(" .")
        field = PORTAL_FIELD.match(piece)
        if field:
            # ... or the field that names it: "Location: Currawong Creek Public School, South Western Sydney"
            piece = field.group("c").strip(" .")
        words = piece.split()
        if not 2 <= len(words) <= 7 or ":" in piece or not PUBLIC_BODY.search(piece) or JOB_WORD.match(words[-1]):
            continue
        if all(w[:1].isupper() or w in ("&", "and", "of", "for", "the") for w in words) and _acceptable(piece, people):
            return piece
    return None


# A portal's field that names where the post is: "Location: Currawong Creek Public School, South Western Sydney"
PORTAL_FIELD = re.compile(r"^(?:location|employer|organi[sz]ation|agency|department|school|workplace|work ?location)\s*:\s*"
                          r"(?P<c>[^,;\n]+)", re.I)


INVITER = re.compile(r"(?P<c>[A-Z][\w&'’.-]*(?: (?:&|and|[A-Z][\w&'’.-]*)){0,5}),? (?:has invited|invited|invites|would like"
                     r"|has asked|has requested) you\b")


def _inviter(email: Email, people: set[str]) -> str | None:
    """Who a tool's mail says asks for the test or the signature ('Quarrington Freight Ltd has invited you to
    complete...'): the employer the vendor sends for, without its legal form; never a person."""
    for m in INVITER.finditer(email.text[:1500]):
        words = m.group("c").split()
        while len(words) > 1 and LEGAL_WORD.match(words[-1].rstrip(",")):
            words = words[:-1]
        c = _tidy(" ".join(words))
        if c and not _looks_like_person(c) and _acceptable(c, people) and c.lower() not in NOT_COMPANIES:
            return c
    return None


def _signs(email: Email, name: str) -> bool:
    """The person named `name` writes the mail: a line of the text or signature is their first name alone
    or leads a sign-off ('Kenji', 'Aroha & the People team'), or an address that answers for the mail is
    theirs ('kenji.arakawa+c7f@hire.lever.co', 'cbreen@...'), not the company's ('ridgewayutilities@', a relay's
    'headwall-outdoor+c88@')."""
    words = [squash(w) for w in name.split()]
    first = name.split()[0].lower()
    for line in (email.text[-1500:] + "\n" + email.signature[:500]).splitlines():
        if re.fullmatch(rf"{re.escape(first)}(?:\s*(?:&|and|,)\s.*)?", line.strip().lower()):
            return True
    if len(words) < 2:
        return False
    forms = {f"{words[0]}{sep}{words[-1]}" for sep in "._"} | {words[0][:1] + words[-1]}
    for p in [*email.reply_to, *([email.sender] if email.sender else [])]:
        if p.address.split("@", 1)[0].split("+", 1)[0].lower() in forms:
            return True
    return False


NAME_JOINERS = ("&", "and", "of", "de", "da", "do", "dos", "y", "e", "la", "le", "del", "des", "du", "van", "der", "und")
ELIDED = re.compile(r"^[dl][’'][A-ZÀ-Ý]")  # "Estrela d'Alva", "Café l'Orme": an elided article before a name
# What a signature's title line says of its person, in the languages small employers write in
OWNER_WORD = re.compile(r"^(?:owner|co-?owner|founder|co-?founder|proprietor|ceo|cto|coo|md|partner|sóci[oa](?:-\w+)?"
                        r"|diretor[a]?|inhaber(?:in)?|geschäftsführer(?:in)?|propietari[oa]|dueñ[oa]|fundador[a]?|gérante?"
                        r"|fondat(?:eur|rice)|eigena(?:ar|resse)|właściciel(?:ka)?|hr|admin|accounts)$", re.I)


def _signed_below_name(email: Email, people: set[str]) -> str | None:
    """On a personal account the employer is where its person signs: the line under their name, past a
    title ("Luis Vega / Vega Bros. Moving & Storage / (214) 555-0129", "Renata Guimarães / Sócia-diretora |
    Cruzeiro do Sul Contabilidade"). Only capitalised words, no phone, address, link or job title; else, an
    account named after a business and signed by someone else ("Tara Handicrafts", signed "Deepak Sharma")."""
    sender = email.sender
    if sender is None or not sender.name or org_label(sender.address) not in FREE_MAIL:
        return None
    signature = [ln.strip() for ln in email.signature.splitlines() if ln.strip()]
    signer = signature[0] if signature and _looks_like_person(signature[0]) else ""
    names = {n.lower() for n in (sender.name.strip(), sender.name.split()[0], signer, *signer.split()[:1]) if n}
    lines = [ln.strip() for ln in (email.text[-800:] + "\n" + email.signature).splitlines()]
    for i, line in enumerate(lines):
        if line.lower().strip(" ,.-") not in names:
            continue
        below = [ln for ln in lines[i + 1:i + 6] if ln and not re.fullmatch(r"[-_]{2,}", ln)][:3]
        found = _company_line(below, names, people)
        if found:
            return found
    display = _clean_name(sender.name)
    if signer and display and display.lower() not in names and not is_person(display, people) \
            and _acceptable(display, people) and not _looks_like_person(display):
        return display
    if signer and display and signer.lower() != display.lower() and squash(display) in squash(sender.address):
        return display  # "Tara Handicrafts <tarahandicrafts.jaipur@gmail.com>", signed by its clerk
    return None


def _company_line(lines: list[str], names: set[str], people: set[str]) -> str | None:
    for line in lines:
        for piece in re.split(r"\s*[|·,–]\s*|\s+-\s+", line):
            words = piece.strip(" .").split()
            while words and (LEGAL_WORD.match(words[-1].rstrip(".")) or words[-1] in ("&", "Co.", "KG")):
                words = words[:-1]  # "Schreinerei Morgenstern GmbH & Co. KG"
            piece = " ".join(words)
            if not piece:
                continue
            if re.search(r"[\d@]|https?:|www\.", piece) or len(words) > 5:
                return None  # a phone number, an address or a link: no company line here
            if any(JOB_WORD.match(w) or OWNER_WORD.match(w) for w in words) or TITLE_END.search(piece):
                continue  # "HR Executive", "Sócia-diretora": the company may follow
            if all(w[:1].isupper() or w in NAME_JOINERS or ELIDED.match(w) for w in words) and _acceptable(piece, people) \
                    and piece.lower() not in names:
                return piece
            return None
    return None


def _first_name_alone(name: str, labels: list[str]) -> bool:
    """One word after "with" or "from" in a subject ("first chat with Marcus", "Interview with Nora") is a
    person, unless a sender's domain spells it ("Intro call with Ferrule" from ferrule.io)."""
    return " " not in name.strip() and squash(name) not in {squash(label) for label in labels}


def _interviewer_named(name: str, labels: list[str]) -> bool:
    """A full name after "with" in a subject sent from a company's own domain is the interviewer ("Video interview
    with Dana Okafor" from ironhollowdefense.com): the domain names the company. ("The Gilded Fork" is no person.)"""
    return bool(labels) and len(name.split()) == 2 and not name.startswith("The ") and _looks_like_person(name)


HONORIFIC = re.compile(r"^(?:sir|dame|lord|lady|dr|mr|mrs|ms|mx|miss|prof|professor)\.?\s", re.I)


def _someone_the_text_speaks_of(name: str, text: str) -> bool:
    """A full name after "with" in a subject that the text goes on to speak of as a person: an assistant's "Meeting with
    Marcus Hale" over "Marcus would like to meet with you ... his calendar", "Meeting with Sir Roderick Fane". A company
    is "it" or "they", and is not called by its first word and a verb."""
    if HONORIFIC.match(name):
        return True
    words = name.split()
    if len(words) != 2 or not _looks_like_person(name):
        return False
    first, last = re.escape(words[0]), re.escape(words[1])
    spoken_of = re.search(rf"\b{first}(?: {last})?(?:['’]s| (?:would|will|has|had|is|was|asked|wants|can|could))\b", text)
    return spoken_of is not None and re.search(r"\b(?:he|she|his|her|him)\b", text, re.I) is not None


def _written_out(email: Email, head: str) -> str:
    """The full name where a signature or letterhead line writes the domain's name with more words
    after it ('Warrigal Heights Council', 'Harcastle Home Stores'): the longest such whole piece."""
    best = head
    head_words = head.split()
    for piece in _pieces(email):
        words = piece.split()
        if len(words) <= len(head_words) or words[: len(head_words)] != head_words:
            continue
        rest = words[len(head_words):]
        if len(rest) > 4:
            # a body's name with its department after it: "Case Western Reserve University School of Medicine" is "Case
            # Western Reserve University"
            ends = [n for n in range(1, 5) if (PUBLIC_BODY.fullmatch(rest[n - 1]) or ORG_WORD.fullmatch(rest[n - 1]))
                    and rest[n] != "of"]
            if not ends:
                continue
            rest = rest[: ends[-1]]
        while rest and LEGAL_WORD.match(rest[-1]):
            rest = rest[:-1]  # the legal form is not part of the name a draft writes
        if not rest:
            continue
        piece = " ".join(head_words + rest)
        if all(TITLE_WORD.match(w) or w in ("&", "of", "and") for w in rest) and not any(
                JOB_WORD.match(w) or WEEKDAY_OR_MONTH.match(w) for w in rest) and rest[-1] not in ("&", "of", "and"):
            best = _longest(best, piece)
    return best


RUN_END = re.compile(r"[,|·;:)\]!?]$")
RUN_JOINERS = frozenset({"&", "and", "of", "und", "et", "y", "+"})


def _name_runs(email: Email) -> list[list[str]]:
    """Runs of capitalised words as a signature, a legal footer, the quoted history or the subject writes
    them ('Corvid & Braemar LLP', 'Kestrel Timber Pty Ltd'): where a name an address or initials
    shorten is written out. One pass over bounded text."""
    text = email.text[:3000] + ("\n" + email.text[-1500:] if len(email.text) > 3000 else "")
    runs: list[list[str]] = []
    for hay in (email.signature[:2000], text, email.quoted[:1500], email.subject):
        for line in hay.splitlines():
            run: list[str] = []
            for token in line.split():
                word = token.strip("\"“”‘’*()[]")
                ends = bool(RUN_END.search(token)) or token.startswith("(") or (
                    token.endswith(".") and not LEGAL_WORD.match(word))
                word = word.rstrip(",|·;:!?") if LEGAL_WORD.match(word) else word.rstrip(",|·;:!?.")
                if word and (word[:1].isupper() or LEGAL_WORD.match(word) or run and word.lower() in RUN_JOINERS) \
                        and not token.startswith("("):
                    run.append(word)
                elif run:
                    runs.append(run)
                    run = []
                if ends and run:
                    runs.append(run)
                    run = []
            if run:
                runs.append(run)
    return runs


def _expansion(email: Email, short: str, people: set[str]) -> str | None:
    """The organisation's name written out in the mail that `short` (a squashed domain such as 'corvbrae'
    or 'kesttimb', or initials such as 'KT' or 'K&R') shortens: 'Corvid & Braemar', 'Kestrel Timber'.
    Only a name written as an organisation's (a legal form, a company word or an ampersand), never a
    person's, so that 'jr' is not read into 'Jane Reyes'."""
    sq = squash(short)
    if len(sq) < 2:
        return None
    for run in _name_runs(email):
        for i, first in enumerate(run):
            if squash(first)[:1] != sq[0] or first.lower() in RUN_JOINERS or LEGAL_WORD.match(first):
                continue
            words = run[i:i + 7]
            org = any(LEGAL_WORD.match(w) or w in ("&", "and", "+") for w in words)
            cut = next((x for x, w in enumerate(words) if x and LEGAL_WORD.match(w)), len(words))
            words = words[:cut]  # the name ends at its legal form: 'Kestrel Timber Pty Ltd ABN'
            while words and (LEGAL_WORD.match(words[-1]) or words[-1].lower() in RUN_JOINERS):
                words = words[:-1]  # 'Mühlstein Datentechnik GmbH & Co. KG' is 'Mühlstein Datentechnik'
            if len(words) < 2 and not org or any(JOB_WORD.match(w) for w in words):
                continue
            name = " ".join(words)
            org = org or bool(ORG_WORD.search(name))
            skippable = frozenset(x for x, w in enumerate(words) if ORG_WORD.fullmatch(w))
            if org and squash(name) != sq and abbreviates(sq, words, skippable) and _acceptable(name, people):
                return name
    return None


TITLE_WORD = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+$")  # 'Insurance', 'Council'; not 'CLG', 'Pte.' or 'A.Ş'
LEGAL_WORD = re.compile(r"^(?:GmbH|Inc\.?|LLC|LLP|Ltd\.?|Limited|plc|PLC|Pty|Pte\.?|Pvt\.?|SA|SAS|S\.L\.?|AG|SE|B\.?V\.?|N\.?V\.?"
                        r"|S\.r\.l\.?|S\.p\.A\.?|Oy|AB|AS|ASA|ApS|A/S|Srl|K\.K\.?|DAC|JSC|L\.L\.C\.?|FZ-LLC|LP|Co\.?|Company|KG|inc\.?"
                        # Hungary's: "Brenntal Antriebstechnik Hungary Kft.", "Kisalföldi Járműgyártó Zrt."
                        r"|Kft\.?|Zrt\.?|Nyrt\.?|Bt\.?"
                        # Czechia's and Slovakia's: "Morava Cargo s.r.o.", "Jizera Rail Cargo a.s."
                        r"|s\.\s?r\.\s?o\.?|a\.\s?s\.?|k\.\s?s\.?"
                        r"|" + GULF_FORMS + r")$")
JOB_WORD = re.compile(r"^(?:Engineer\w*|Analyst|Developer|Manager|Director|Designer|Scientist|Lead|Head|Recruit\w*|Talent"
                      r"|Acquisition|Careers?|Team|HR|Hiring|People|Interview\w*|Office|Reception|Assistant|Officer"
                      r"|Coordinator|Partner|Consultant|Specialist|Intern|Role|Position|Job|Application|Update|Offer"
                      r"|Feedback|Round|Stage|Call|Chat|Meeting|Invitation|Senior|Junior|Principal|Staff|Product|Data"
                      r"|Culture|Operations|Admin\w*|Dept|Department|Desk|Support|Mobile|Tel|Phone|Email|Fax|Website)$")


def _signed_org(email: Email) -> str | None:
    """A piece of the signature written as a company's name: with a company word or a legal form."""
    for piece in _pieces(email)[::-1] if not email.signature else _pieces(email):
        if ORG_WORD.search(piece) or re.search(rf"\s(?:{LEGAL_SUFFIX})$", piece):
            words = piece.split()
            if 2 <= len(words) <= 5 and all(w[:1].isupper() or w in ("&", "of", "and") for w in words) \
                    and not any(JOB_WORD.match(w) for w in words):
                return piece
    return None


def _spelled(email: Email, label: str) -> str | None:
    """A squashed domain ('marimbapay', 'redbudhollow') as the text or signature spells it with spaces."""
    sq = squash(label)
    for piece in _candidates(email):
        words = [w.strip(" .,:;!?()\"'") for w in piece.split()]
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 5) + 1):
                if all(w[:1].isupper() or w == "&" for w in words[i:j]) and sq in squash_forms(" ".join(words[i:j])):
                    return " ".join(words[i:j])
    return _begun(email, sq)


def _begun(email: Email, sq: str) -> str | None:
    """A domain that shortens the name's last words ('vantrealtx' for 'Vantreal Therapeutics', 'timberlinepedsdental' for
    'Timberline Pediatric Dental'): the name the text writes out that the domain begins, sharing most of its letters.
    Better than the squashed label itself, which no one writes."""
    best, shared = None, max(5, round(0.6 * len(sq)))
    for piece in _candidates(email):
        words = [w.strip(" .,:;!?()\"'") for w in piece.split()]
        if len(words) > 2 and words[0] in ("PT", "CV"):  # Indonesia's legal forms come first: "PT Rimba Kopi Digital"
            words = words[1:]
        for j in range(2, min(len(words), 4) + 1):
            run = words[:j]
            # (each way a domain spells the words: "Gümüşlük" is "gumusluk" on a Turkish domain, "guemuesluek" nowhere)
            if not all(w[:1].isupper() or w == "&" for w in run) or len(run[-1]) < 3 \
                    or not any(sq.startswith(f) for f in squash_forms(run[0])):
                break  # (nor a title's "Sr", "Jr" after it: "Chattooga Sr. Engineer" on chattoogasoftware)
            common = max(len(os.path.commonprefix([sq, f])) for f in squash_forms(" ".join(run)))
            if common >= shared and common > len(squash(" ".join(run[:-1]))):
                best, shared = _extend_suffix(" ".join(run), piece), common
    return best


# Words that finish a company's name after the part its domain spells: "Indigo Harbour Software"
# on indigoharbour.in, "Nettlecombe Bank plc" on nettlecombe.co.uk.
ORG_WORDS = (
    r"Software|Systems|Health|Healthcare|Bank|Media|Logistics|Logistik|Analytics|Games|Fintech|Technologies|Technology"
    r"|Tech|Mobility|Security|Freight|Payments|Tecnología|Energy|Energie|Robotics|Labs|Studios?|Digital|Insurance|Capital"
    r"|Partners|Group|Foods|Credit Union|Trust|Data|AI|Bio|Therapeutics|Networks|Cloud|Solutions|Consulting|Engineering"
    r"|Infotech|Mutual|Retail|Motors|Pharma|Numérique|Legal|Legal Tech|Learning|Finance|Financial|Ventures|Holdings"
    r"|Interactive|Industries|Manufacturing|Maps|Audio|Acoustics|Ledger|Bioscience|Biosciences|Telecom|Aerospace|Apparel"
    # public bodies, schools, care and trades: "Dunmore District Council", "Pellow Vale NHS Foundation Trust"
    r"|Council|District|County|Borough|Schools?|Primary School|Academy|College|University|Hospitals?|NHS|Foundation"
    r"|Care|Care Home|Aged Care|Hotel|Bakery|Joinery|Dental|Clinic|Surgery|Pharmacy|Nursery|Plumbing|Heating"
    # ... a kitchen's, and Spanish-speaking employers' trades ("Cervecería Valle Alto", "Fundiciones Brandt")
    r"|Kitchen|Grill|BBQ|Diner|Bistro|Cantina|Brewery|Brewing|Cervecería|Cervejaria|Fundiciones|Aceros|Laminados"
    r"|Plásticos|Industrias|Distribuidora|Constructora|Logística|Hoteles|Restaurante|Clínica"
)
ORG_WORD = re.compile(rf"\b(?:{ORG_WORDS})\b")
# The one-word ORG_WORDS a domain runs on after the name ("wayfarerhealth", "kirkstallsoftware"), longest first
# (and the trades' and services' words a domain runs on but a signature rarely finishes a name with: "pellhammedical",
# "penrosehousing", "tansyfreight", "birchwoodbrewing")
LABEL_ENDINGS = ("medical", "housing", "homes", "supply", "supplies", "grocers", "grocery", "construction", "builders",
                 "electric", "electrical", "marketing", "design", "properties", "property", "realty", "brewing", "brewery",
                 "coffee", "kitchen", "restaurant", "works", "veterinary", "vets", "accounting", "accountants", "airways",
                 "airlines", "hotels", "resort", "travel", "transport", "haulage", "solar", "packaging", "printing",
                 "publishing", "fitness", "optical", "aviation", "marine", "shipping", "automotive", "metals", "steel",
                 "timber", "roofing", "landscaping", "gardens", "cleaning", "farms", "wines", "winery", "distillery",
                 "markets", "solicitors", "lawyers", "architects", "consultants", "recruitment", "staffing", "resourcing")
ORG_ENDINGS = sorted({w.lower() for alt in ORG_WORDS.split("|") for w in re.sub(r"(\w+)s\?", r"\1|\1s", alt).split("|")
                      if " " not in w and len(w) >= 3} | set(LABEL_ENDINGS), key=len, reverse=True)


def label_as_name(label: str) -> str:
    """A domain's label written as a name when nothing in the mail spells it: 'wayfarerhealth' is 'Wayfarer Health',
    'granite-peak' 'Granite Peak'. Only a known company word is split off the end, and only after a name of five
    letters or more ('medicare' stays whole): a word list would cut 'blackbutteng' into 'Black But Teng'."""
    if "-" in label:
        return label.replace("-", " ").title()
    for ending in ORG_ENDINGS:
        if label.endswith(ending) and len(label) - len(ending) >= 5:
            return f"{label[:-len(ending)].title()} {ending.title() if ending != 'nhs' else 'NHS'}"
    return label.title()
LEGAL_SUFFIX = (r"GmbH|Inc\.?|LLC|LLP|Ltd\.?|Limited|plc|PLC|Pty Ltd|Pvt\.? Ltd\.?|SA|SAS|S\.L\.|AG|SE|BV|NV|Oy|AB|AS|ASA"
                r"|ApS|A/S|Srl|Kft\.?|Zrt\.?|Nyrt\.?|s\.r\.o\.?|a\.s\.|& Co\.?|and Co\.?|& Sons|& Partners|& Associates"
                r"|" + GULF_FORMS)


SUFFIX_AFTER = re.compile(rf"(?: (?:{ORG_WORDS})\b){{0,3}}(?:,? (?:{LEGAL_SUFFIX})(?![\w&]))?")


# What puts a place, not an employer, after Spanish "en": a location's word, or a requisition's number
PLACE_BEFORE = re.compile(r"\b(?:ubicad[ao]s?|situad[ao]s?|localizad[ao]s?|basad[ao]s?|sede|oficinas?|planta|sucursal"
                          r"|vivo|vive|radica)\s+$|\d\)\s+$")
SPANISH_DETERMINER = re.compile(r"(?:Mis|Mi|Tus|Tu|Sus|Su|Nuestr[ao]s?|El|La|Los|Las)\b")
INTEREST_IN = re.compile(r"\b(?:interés|interesse|intérêt)\s+$")
# What puts a place, not an employer, after "to" or "from": a journey ("moving back to Austin", "flying in from Perth",
# "the drive from Leeds"). A company one applies to or hears from is not moved, flown or driven to.
JOURNEY_BEFORE = re.compile(r"\b(?:mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|fl(?:y|ies|ying|ew|ight|ights)|driv(?:e|es|ing)"
                            r"|drove|trip|commut(?:e|es|ing)|travel(?:s|led|ling|ed|ing)?|head(?:s|ed|ing)?|back|down|up"
                            r"|over|out|home|way|in)\s+$", re.I)
# German's formal "you", capitalised mid-sentence: "meldet sich das Restaurant direkt bei Ihnen"
FORMAL_PRONOUNS = frozenset({"Ihnen", "Sie", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres", "Euch", "Dir", "Dich"})


def _named_in_text(email: Email, exclude: set[str], people: set[str]) -> str | None:
    """The first company the text names. After 'at' or 'join' a two-word name is a company unless it is
    one of the message's people ('Talent Acquisition at Halberd Maritime'); after 'with', 'to' or
    'from' it may well be a person ('a chat with Dan Whitaker')."""
    m = EMPLOYER_FIELD.search(email.text[:1500])
    if m:  # a portal's form says it outright: "Employer: Pellow Vale NHS Foundation Trust"
        c = _tidy(m.group("company"))
        if c and c.lower() not in NOT_COMPANIES and _acceptable(c, people):
            return c
    for m in (*COMPANY_PATTERNS[0].finditer(email.text[:1500]), *COMPANY_PATTERNS[1].finditer(email.text[:1500])):
        c = _tidy(re.split(r"\.\s|\.$", m.group("company"))[0].strip(" .,'’-"))
        if not c:
            continue
        while " " in c and LEGAL_WORD.match(c.rsplit(" ", 1)[1]):
            c = c.rsplit(" ", 1)[0]  # "on behalf of Kahikatea Digital Limited": the name, not its legal form
        prep = m.group(0).split()[0].lower()
        before = email.text[max(0, m.start() - 40):m.start()]
        if prep == "en" and (PLACE_BEFORE.search(before) or SPANISH_DETERMINER.match(c)):
            continue  # a place ("ubicada en Monterrey", "(requisición 2600118) en Colón"), or "en Mis postulaciones"
        if prep == "from" and SENT_FROM_AN_APP.search(before):
            continue  # the mail app a phone sends with, never an employer: "Sent from AOL on Android"
        if prep in ("to", "from") and " " not in c and JOURNEY_BEFORE.search(before):
            continue  # a place someone travels to or from: "she's moving down from Dallas", "his flight back from Houston"
        if HONORIFIC.match(c + " ") or c in FORMAL_PRONOUNS:
            continue  # a person's title cut from the name at its full stop ("with Mrs. Ortiz"), German "bei Ihnen"
        # (after an interest in it, a name is the company's: "Gracias por su interés en Aeroestructuras Querétaro")
        personish = _looks_like_person(c) if prep not in ("at", "join", "joining") and not INTEREST_IN.search(before) \
            else False
        if len(c) >= 3 and c.lower() not in NOT_COMPANIES and c.lower() not in exclude and not personish \
                and not WEEKDAY_OR_MONTH.match(c) and _acceptable(c, people):
            return c
    return None


def _extend_suffix(phrase: str, cand: str) -> str:
    at = cand.find(phrase)
    if at < 0:
        return phrase
    m = SUFFIX_AFTER.match(cand, at + len(phrase))
    found = phrase + (m.group(0) if m else "")
    return found if found.endswith("Co.") else found.rstrip(".")


# What a domain leaves out between a name's first and last words: a description, never the name's own word ('Glanmire
# University Hospital' on glanmirehospital, not 'London Bridge Clinic' on londonclinic)
LEFT_OUT = frozenset({
    "university", "private", "general", "community", "public", "charter", "medical", "clinical", "insurance", "senior",
    "living", "day", "district", "regional", "national", "international", "county", "city", "royal", "memorial",
    "teaching", "mutual", "cooperative", "marine", "land", "home", "executive", "digital", "data", "health", "care",
    "aged", "schools", "school", "sons", "and", "family", "specialist", "dental",
})


GROUP_ENDINGS = ("group", "grp", "holdings", "holding", "intl", "global")


def _abbreviates(label: str, words: list[str]) -> bool:
    """A domain that shortens the name: 'coastlinecu' (Coastline Credit Union), 'nilgirifin' (Nilgiri
    Fintech), 'gandharvatech' (Gandharva Technologies), 'northgatepay' (Northgate Payments), 'ravensdalehospital'
    (Ravensdale Private Hospital); or the initials with the group's word after them: 'agbgroup' (Arabian Gulf
    Builders)."""
    stem = next((label[: -len(end)] for end in GROUP_ENDINGS if label.endswith(end)), "")
    if len(stem) >= 2 and stem == "".join(_squash(w)[:1] for w in words if not LEGAL_WORD.match(w)):
        return True
    for j in range(1, len(words)):
        head = _squash(" ".join(words[:j]))
        if len(head) < 3 or not label.startswith(head) or label == head:
            continue
        rest, tail = label[len(head):], [_squash(w) for w in words[j:] if _squash(w)]
        if not tail:
            continue
        if rest == "".join(w[0] for w in tail) or (len(tail) == 1 and len(rest) >= 2 and tail[0].startswith(rest)):
            return True
        if len(tail) in (2, 3) and len(rest) >= 4 and rest == tail[-1] and all(w in LEFT_OUT for w in tail[:-1]):
            return True  # the words between left out: 'glanmirehospital' (Glanmire University Hospital)
    return False


def _longest(a: str | None, b: str) -> str:
    return b if a is None or len(b) > len(a) else a


REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg|rv|tr|sv)\s*(?:\[\d+\])?\s*:\s*|\s*\[external\]\s*)+", re.I)


def role_of(email: Email) -> str | None:
    subject = REPLY_PREFIX.sub("", email.subject)
    for pattern in SUBJECT_ROLE[:2]:
        m = pattern.search(subject)
        if m:
            return _trim_role(m.group("role"))
    for pattern in ROLE_PATTERNS:
        m = pattern.search(subject + "\n" + email.text)
        if m:
            return _trim_role(m.group("role"))
    return None


def _trim_role(role: str) -> str:
    role = re.sub(r"\s*\((?:R|Req|Job|#)[^)]*\)\s*$", "", role.strip(" .,-–"))
    role = re.sub(r"^(?:(?:your|an?|the) )?(?:application|candidacy|interview|update) (?:for|to|as)\s+", "", role,
                  flags=re.I)
    return re.sub(r"^(?:the|our|a|an)\s+", "", role, flags=re.I).strip()


def people_of(email: Email) -> list[Person]:
    """Humans at the company, best reply address first: Reply-To, sender, organiser, named interviewers."""
    out: list[Person] = []
    seen = set()

    def add(p: Person | None, role: str) -> None:
        if p is None or p.address in seen or email.from_me:
            return
        if is_human(p):
            seen.add(p.address)
            out.append(Person(address=p.address, name=_clean_name(p.name) if p.name else None, role=role))

    for p in email.reply_to:
        add(p, "recruiter")
    add(email.sender, "recruiter")
    if email.calendar:
        add(email.calendar.organizer, "organizer")
        for p in email.calendar.attendees:
            if p.address not in {a.address for a in email.to}:
                add(p, "interviewer")
    for m in re.finditer(
        r"(?i:interviewers?|with|avec|con|mit|entrevista con|participants?)\s*:?\s*(?P<name>[A-ZÀ-Ý][\w'’-]+ [A-ZÀ-Ý][\w'’-]+)"
        r"(?:\s*(?:,|-|–|\()\s*(?P<title>[^,\n)]{3,60}))?",
        email.text,
    ):
        name = m.group("name")
        if name.lower() in NOT_COMPANIES or any(name == (p.name or "") for p in out):
            continue
        title = (m.group("title") or "").strip()
        if not re.search(r"engineer|manager|recruit|director|lead|head|talent|designer|scientist|cto|ceo|founder"
                         r"|responsable|responsabl|leiter|ingenier", title, re.I):
            continue
        out.append(Person(address="", name=name, role="interviewer"))
    return out
