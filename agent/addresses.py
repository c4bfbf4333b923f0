"""Who is a human at the company, and who is a relay or robot.

Applicant-tracking systems, schedulers and e-signature services send on a company's behalf
from their own domains. Mail from them is *from* the company they name, and a draft must never
be addressed to them.
"""

from __future__ import annotations

import re

from agent.models import Person

# Domains (and their subdomains) that relay mail for employers.
RELAY_DOMAINS = (
    "greenhouse.io", "greenhouse-mail.io", "myworkday.com", "myworkdayjobs.com", "workday.com",
    "lever.co", "ashbyhq.com", "icims.com", "smartrecruiters.com", "jobvite.com", "taleo.net",
    "successfactors.com", "bamboohr.com", "workable.com", "workablemail.com", "hackerearth.com",
    "recruitee.com", "teamtailor.com",
    "personio.de", "personio.com", "breezy.hr", "jazzhr.com", "applytojob.com", "gem.com",
    "linkedin.com", "indeed.com", "indeedemail.com", "glassdoor.com", "ziprecruiter.com",
    "calendly.com", "goodtime.io", "modernloop.io", "prelude.co", "docusign.net", "docusign.com",
    "hellosign.com", "dropboxsign.com", "codesignal.com", "hackerrank.com", "hackerrankforwork.com",
    "codility.com", "coderpad.io", "karat.com", "hirevue.com", "google.com", "zoom.us",
    "microsoft.com", "outlook.com", "substack.com", "mailchimp.com", "sendgrid.net", "mailgun.org",
    "seek.com.au", "reed.co.uk", "totaljobs.com", "stepstone.de", "welcometothejungle.com", "otta.com", "wellfound.com",
    "stepstone.at", "stepstone.ch", "karriere.at", "jobs.ch", "jobup.ch",
    # Korea's hiring systems (greeting, ninehire)
    "greetinghr.com", "ninehire.com",
)  # fmt: skip

# Applicant-tracking and assessment vendors by their own name: they send from country domains and
# mail subdomains too ("successfactors.eu", "recruiteemail.com"), always for an employer.
ATS_ORGS = frozenset({
    "greenhouse", "greenhouse-mail", "myworkday", "myworkdayjobs", "successfactors", "smartrecruiters", "recruitee",
    "recruiteemail", "teamtailor", "teamtailor-mail", "personio", "jobvite", "icims", "taleo", "ashbyhq", "workablemail",
    "bamboohr", "testgorilla", "hackerrank", "hackerrankforwork", "hackerearth", "codility", "codesignal", "hirevue",
    "pinpointhq", "jazzhr", "breezy", "applytojob", "recruiterbox", "jobylon", "homerun", "comeet", "sapsf",
    "jobadder", "darwinbox", "shl", "welcomekit", "talentlyft", "zohorecruit", "freshteam", "bullhorn", "manatal",
    "oleeo", "tribepad", "eploy", "softgarden", "dvinci", "pageuppeople", "cornerstoneondemand", "avature", "phenom",
    "hibob", "kenjo", "workstream", "paradox", "vervoe", "criteriacorp", "karat",
    # regional and sector vendors: Brazil (Gupy, Kenoby), staffing (Vincere, JobAdder above), academia
    # and the public sector (Interfolio, PeopleAdmin, NeoGov, Jobtrain), hourly hiring (Harri); no recruiting
    # CRM that sends cold outreach
    "gupy", "kenoby", "vincere", "interfolio", "peopleadmin", "neogov", "jobtrain", "harri", "clearcompany",
    # (NEOGOV's candidate-facing domain, governmentjobs.com: cities, counties and school districts hire through it)
    "governmentjobs",
    "paylocity", "paycomonline", "hirebridge",
    # the Nordic public sector's and employers' own (session 25)
    "varbi", "reachmee", "webcruiter", "emply",
    # Czechia's and Slovakia's (LMC's Teamio); Korea's (greeting, ninehire)
    "teamio", "greetinghr", "ninehire",
    # small employers' and funeral homes' ATS, and the US's hourly and healthcare ones (session 58)
    "applicantstack", "applicantpro", "hiringthing", "isolvedhire", "ukg", "ultipro", "apploi",
    # China's (Moka, Beisen's iTalent, HotJob, Dayee), session 60: "【鲸选科技】入职通知" from noreply@mail.mokahr.com
    "mokahr", "italent", "beisen", "hotjob", "dayee",
    # the Netherlands' AFAS, whose recruiting module sends from afasonline.com (session 60)
    "afasonline",
})  # fmt: skip

ROBOT_LOCAL = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|noreply|notifications?|notify|mailer-daemon|postmaster|"
    r"bounce|bounces|alerts?|jobalerts?|jobs-noreply|calendar-notification|scheduling|auto-?confirm|"
    r"autoreply|auto-reply|system|support|dse_\w+|info|news|newsletter|hello|marketing|bookings?)(?:[+._-].*)?$",
    re.I,
)

# Bulk and shared mailboxes at the company itself: not robots, but not the person to thank either.
SHARED_LOCAL = re.compile(r"^(?:careers?|jobs|recruiting|recruitment|talent|hr|hiring|bewerbung|rh|empleo)$", re.I)


# Mail providers anyone can sign up at: their domain says nothing about an employer.
FREE_MAIL = frozenset({
    "gmail", "googlemail", "outlook", "hotmail", "live", "yahoo", "icloud", "me", "proton", "protonmail",
    "gmx", "web", "aol", "fastmail", "example", "msn", "ymail", "rocketmail", "mail", "zoho", "hey", "tutanota", "tuta",
    # internet providers' own mail: people's private addresses too
    "sympatico", "rogers", "shaw", "telus", "videotron", "comcast", "verizon", "att", "sbcglobal", "bellsouth", "cox",
    "charter", "earthlink", "btinternet", "btopenworld", "sky", "virginmedia", "talktalk", "ntlworld", "blueyonder",
    "bigpond", "optusnet", "iinet", "tpg", "xtra", "orange", "wanadoo", "free", "laposte", "sfr", "t-online", "freenet",
    "libero", "virgilio", "tiscali", "alice", "yandex", "rambler", "qq", "163", "126", "naver", "daum", "rediffmail",
    "seznam", "wp", "o2", "interia", "onet", "telenet", "skynet", "ziggo", "kpnmail", "planet", "bluewin", "uol", "bol",
    "terra", "eircom", "vodafone", "upcmail",
    # paid private mail: mailbox.org, Posteo
    "mailbox", "posteo",
})  # fmt: skip


def domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower() if "@" in address else ""


# How a vendor names the domain it sends from, beside the one it is known by: greenhouse-mail, workablemail,
# teamtailor-mail, recruiteemail, myworkdayjobs; a vendor's own label with such an affix is the vendor's too
SENDING_AFFIX_WORDS = r"mail|mailer|notify|notifications?"
_SENDING_AFFIX = re.compile(rf"^(.+?)-?(?:{SENDING_AFFIX_WORDS})$")
# vendors known by a shorter name than their domains: hire.lever.co, myworkday.com, workable.com
# (and the interview schedulers that send for a company: "scheduling@goodtime-mail", "modernloop-mail", "pinpoint-mail")
_VENDOR_NAMES = frozenset({"lever", "workday", "workable", "ashby", "goodtime", "modernloop", "pinpoint", "calendly"})


def is_ats_label(label: str) -> bool:
    """A domain's organisation label that is a recruiting system's, with or without the sending affix."""
    if label in ATS_ORGS:
        return True
    m = _SENDING_AFFIX.match(label)
    return m is not None and (m.group(1) in ATS_ORGS or m.group(1) in _VENDOR_NAMES)


def is_relay(address: str) -> bool:
    d = domain(address)
    return any(d == r or d.endswith("." + r) for r in RELAY_DOMAINS) or (
        "." in d and is_ats_label(org_label(address)))


def is_robot(address: str) -> bool:
    local = address.split("@", 1)[0]
    return bool(ROBOT_LOCAL.match(local)) or is_relay(address)


def is_human(person: Person | None) -> bool:
    """A person one can write to: not a relay, not a robot, not a shared inbox."""
    if person is None or "@" not in person.address:
        return False
    return not is_robot(person.address) and not SHARED_LOCAL.match(person.address.split("@", 1)[0])


def org_label(address: str) -> str:
    """The organisation part of a domain: 'mail.copperline-energy.example' -> 'copperline-energy',
    'careers.saltbush.com.au' -> 'saltbush' (the label left of the public suffix)."""
    from agent.domains import org_of_host  # the Public Suffix List loads on first use, not at start-up

    return org_of_host(domain(address))


# A bare address as a draft may carry it: ASCII dot-atom local part, a dotted host name.
_PLAIN = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')


def is_plain_address(address: str) -> bool:
    """One address, nothing else: no name, no brackets, no spaces, no control characters."""
    return len(address) <= 254 and bool(_PLAIN.match(address))


def strict_addresses(value: str) -> list[tuple[str, str]] | None:
    """(name, address) pairs of an address header, or None when the header is malformed.

    Python 3.11.7's getaddresses lacks the CVE-2023-27043 fix: `attacker@evil.example)<dana@acme.com>`
    reads as the attacker. This applies the same checks as the fixed parser (balanced comments, as
    many addresses as top-level commas allow, no stray '[') and then requires every address to be a
    plain one, so `"Dana <dana@acme.com>">" <no-reply@...>` cannot pass a name off as an address."""
    from email.utils import getaddresses

    value = re.sub(r"\r?\n(?=[ \t])", "", value)
    unquoted = _QUOTED.sub("", value)  # quoted names may hold anything; a quote left over is a stray one
    if unquoted.count('"') or not _balanced(unquoted):
        return None
    pairs = getaddresses([value])
    expected = len([s for s in unquoted.split(",") if s.strip()])
    pairs = [(n, a) for n, a in pairs if n or a]
    if len(pairs) != expected:
        return None
    out = []
    for name, address in pairs:
        address = address.strip()
        if not is_plain_address(address):
            return None
        out.append((name, address.lower()))
    return out


def _balanced(text: str) -> bool:
    depth = 0
    escaped = False
    for c in text:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and text.count("<") == text.count(">")


def same_organisation(a: str, b: str) -> bool:
    """Two addresses at one organisation: the same domain, or one a subdomain of the other's."""
    da, db = domain(a), domain(b)
    return bool(da) and (da == db or da.endswith("." + db) or db.endswith("." + da))
