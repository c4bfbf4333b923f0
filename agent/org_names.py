"""Who in a message is a person, which sender is a tool, and how a name meets a domain.

Kept apart from facts.py so the company rules read as rules: a person's name (the sender's
display name, a calendar organiser or guest, the signer, the user) is never an employer; a tool
that sends for an employer (an e-signature service, an assessment vendor, a job board, an ATS on
its own domain) is never one either, whatever its domain spells.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from agent.addresses import FREE_MAIL, SENDING_AFFIX_WORDS, is_human, is_relay, org_label
from agent.models import Email, Person

# Tools and boards that send for employers from their own domains, by the label left of the
# public suffix: the domain names the tool, never the employer.
TOOL_LABELS = frozenset({
    "oraclecloud", "oracle", "taleo", "adobesign", "echosign", "adobe", "docusign", "hellosign", "pandadoc",
    "pymetrics", "hirevue", "modernloop", "gupy", "pracuj", "infojobs", "welcometothejungle", "wttj", "join",
    "glassdoor", "indeed", "indeedemail", "cal", "calendly", "goodtime", "sapsf", "successfactors", "jobindex",
    "stepstone", "xing", "seek", "jobsdb", "naukri", "ziprecruiter", "monster", "dice", "otta", "wellfound",
    "google", "googlemail", "microsoft", "office365", "zoom", "teams", "webex", "typeform", "surveymonkey", "qualtrics",
    "iimjobs", "foundit", "shine", "jobstreet", "bayt", "gulftalent", "naukrigulf", "flatchr", "yahoo", "outlook",
    "hotmail", "icloud", "gmail",
    # Central and Eastern Europe's boards and ATS (Jobs.cz's domain label is "jobs", below)
    "teamio", "prace", "profesia", "djinni", "robota", "ejobs", "bestjobs",
    # China's and Taiwan's boards (session 60): 51job, BOSS Zhipin, Liepin, Zhaopin, Lagou, 104
    "51job", "zhipin", "liepin", "zhaopin", "lagou", "104",
    # the public sector's, schools' and hourly hiring's own systems
    "trac", "jobs", "eteach", "schoolspring", "applytoeducation", "civilservicejobs", "fountain", "snagajob", "tal",
    "usajobs", "tes", "harri", "workstream", "applitrack", "frontlineeducation", "tedk12",
    # Australia's and Scotland's public-sector portals (I work for NSW, Queensland's SmartJobs, APSJobs, myjobscotland)
    "iworkfor", "smartjobs", "apsjobs", "myjobscotland",
    # hospitality's boards, Latin America's, Kenya's and Romania's (session 41)
    "culinaryagents", "poachedjobs", "occ", "computrabajo", "brightermonday", "fuzu", "myjobmag", "hipo",
    # Ireland's ATS and public appointments, Vietnam's boards, Japan's and Poland's ATS, Germany's staffing software,
    # Poland's classifieds (session 42)
    "occupop", "publicjobs", "rezoomo", "itviec", "topcv", "vietnamworks", "hrmos", "erecruiter", "zvoove", "olx",
    # assessment vendors, which send the employer's tests from their own domains
    "shl", "testgorilla", "arcticshores", "hackerrank", "hackerrankforwork", "codility", "codesignal", "criteriacorp",
    "cappfinity", "talentlens", "mettl", "imocha", "vervoe", "harver", "saville", "sovaassessment", "thetalentgames",
    # Korea's, Russia's, Türkiye's, Brazil's, Hungary's and Vietnam's boards, and public safety's testing vendors
    # (session 58)
    "wanted", "jobkorea", "saramin", "rememberapp", "incruit", "hh", "habr", "kariyer", "vagas", "catho",
    "profession", "careerviet", "reliefweb", "nationaltestingnetwork", "firerecruit", "publicsafetytesting",
})  # fmt: skip
# Their names as a display name or a sentence writes them.
TOOL_NAMES = frozenset({
    "oracle", "oracle cloud", "adobe sign", "adobe acrobat sign", "acrobat sign", "docusign", "pymetrics", "hirevue",
    "modernloop", "gupy", "pracuj", "infojobs", "welcome to the jungle", "join", "glassdoor", "indeed", "indeed apply",
    "cal", "cal.com", "calendly", "google drive", "drive", "google docs", "dropbox sign", "hellosign", "xing",
    "stepstone", "jobindex", "seek", "linkedin", "workday", "greenhouse", "lever", "ashby", "teamtailor",
    "smartrecruiters", "successfactors", "taleo", "icims", "recruitee", "workable", "personio", "bamboohr",
    "naukri", "naukri.com", "iimjobs", "iimjobs.com", "jobstreet", "bayt", "bayt.com", "gulftalent", "flatchr",
    "yahoo", "yahoo mail", "gmail", "outlook", "icloud",
    "trac", "nhs jobs", "eteach", "schoolspring", "apply to education", "applytoeducation", "civil service jobs",
    "fountain", "snagajob", "usajobs", "oleeo", "tes", "harri", "workstream", "applitrack", "frontline education",
    "talented hire", "i work for nsw", "iworkfor", "smartjobs", "apsjobs", "myjobscotland",
    "culinary agents", "poached", "occ", "occ mundial", "computrabajo", "brightermonday", "fuzu", "myjobmag", "hipo",
    "occupop", "publicjobs", "publicjobs.ie", "rezoomo", "itviec", "topcv", "vietnamworks", "hrmos", "pracuj.pl",
    "erecruiter", "zvoove", "olx", "olx praca", "public appointments service",
    # job boards and their owners, which relay the employer's words but are never the employer
    "reed", "reed.co.uk", "totaljobs", "cv-library", "cv library", "monster", "dice", "ziprecruiter", "handshake",
    "joinhandshake", "wellfound", "hired", "otta", "new work se", "jora", "workopolis", "simplyhired", "builtin",
    "built in",
    "teamio", "jobs.cz", "práce.cz", "prace.cz", "profesia", "djinni", "work.ua", "robota.ua", "ejobs", "bestjobs",
    # academia's and the public sector's application systems
    "interfolio", "usa staffing", "usastaffing", "peopleadmin", "jobtrain", "pageup", "pageup people", "jobs.ac.uk",
    "academicjobsonline", "academic jobs online", "scholarone",
    # assessment vendors
    "shl", "verify interactive", "testgorilla", "arctic shores", "hackerrank", "codility", "codesignal", "criteria",
    "criteria corp", "cappfinity", "talentlens", "mettl", "imocha", "vervoe", "harver", "saville assessment", "sova",
    "sova assessment",
    "wanted", "jobkorea", "saramin", "remember", "incruit", "hh.ru", "habr career", "kariyer.net", "vagas", "vagas.com",
    "catho", "profession.hu", "careerviet", "reliefweb", "national testing network", "firerecruit",
    "원티드", "잡코리아", "사람인", "리멤버", "리멤버 커리어", "인크루트",
})  # fmt: skip

# Platforms where people write to people: their 'X via LinkedIn' is a person, not a company.
MESSAGING = frozenset({"linkedin", "indeed", "indeedemail", "glassdoor", "xing", "wellfound", "otta"})
VIA = re.compile(r"^(?P<principal>.+?)\s+(?:via|through|přes|через|prin)\s+(?P<tool>.+)$", re.I)
ON_BEHALF = re.compile(r"^(?P<tool>.+?)\s+(?:on behalf of|for)\s+(?P<principal>.+)$", re.I)


def tool_labels(email: Email) -> set[str]:
    """Domain labels in this message that belong to a tool: the known ones, and any a display name
    shows as one ('Cassowary Data via pymetrics', 'Apticor Assessments on behalf of Veyra Airlines')."""
    out: set[str] = set()
    people = ([email.sender] if email.sender else []) + list(email.reply_to)
    for p in people:
        label = org_label(p.address)
        if label in TOOL_LABELS:
            out.add(label)
            continue
        name = (p.name or "").strip().strip('"')
        m = VIA.match(name)
        tool = m.group("tool") if m else None
        if not m:
            m = ON_BEHALF.match(name)
            tool = m.group("tool") if m else None
        if tool and squash(tool.split()[0]) == label or (tool and squash(tool) == label):
            out.add(label)
        elif _platform_for(name, p.address, label):
            out.add(label)
    return out


# Hosts a sending platform writes from: 'notifications.rotaboard.test', 'jobs.hirewell.test', 'mail.personio-hr.example'.
SENDING_HOSTS = frozenset({"notifications", "notification", "notify", "mail", "email", "mailer", "jobs", "hire", "hiring",
                           "careers", "candidates", "apply", "recruiting", "ats", "alerts", "em", "mg", "send"})


# ... or a label a platform sends from: 'vidscreen-mail', 'hirewell-notifications', 'personio-hr' (the affixes a known
# vendor's sending domain carries, addresses.is_ats_label, and a hiring platform's own)
SENDING_AFFIX = re.compile(rf"-(?:{SENDING_AFFIX_WORDS}|jobs|hr|ats)$")


def _platform_for(name: str, address: str, label: str) -> bool:
    """A platform sending for an organisation that the display name names and the domain does not: "Pennywhistle
    Taverns <noreply@jobs.hirewell.test>", "Lagan Arts Collective <jobs@mail.personio-hr.example>". An employer's own
    sending host spells its name ("Acme Health <noreply@mail.acmehealthcare.com>"); a name of a team ("Talent Team") says
    nothing of whom the platform sends for (a person's name is still a tool's sender: the company comes from elsewhere)."""
    host = address.rsplit("@", 1)[-1].lower()
    first = host.split(".", 1)[0]
    sending = (first in SENDING_HOSTS and host.count(".") >= 2) or SENDING_AFFIX.search(label) is not None
    if not sending or not name or label in FREE_MAIL:
        return False
    words = [squash(w) for w in TEAM_WORDS.sub(" ", name).split() if squash(w)]
    if not words or "".join(words) == squash(label) or sum(map(len, words)) < 4:
        return False
    return not any(w in label or label in w for w in words if len(w) >= 3)


# The words of a team's name, taken off an organisation's: "Brindlecone Talent Acquisition" is Brindlecone's; "Talent
# Team" and "Careers" alone name nobody.
TEAM_WORDS = re.compile(r"\b(?:talent acquisition|human resources|team|talent|recruit\w*|careers?|jobs?|hr|people"
                        r"|hiring|notifications?|no-?reply|support|admin|portal|at|via)\b", re.I)


def is_tool_sender(email: Email, person: Person | None, tools: set[str]) -> bool:
    return person is not None and (is_relay(person.address) or org_label(person.address) in tools)


def principal(name: str) -> str:
    """'Cassowary Data via pymetrics' -> 'Cassowary Data'; 'Apticor on behalf of Veyra Airlines' -> 'Veyra Airlines'."""
    m = ON_BEHALF.match(name)
    if m and " on behalf of " in name.lower():
        return m.group("principal")
    m = VIA.match(name)
    return m.group("principal") if m else name


NAME_PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "del", "la", "le", "di", "bin", "al"})


def person_names(email: Email) -> set[str]:
    """Lower-cased names of the people in the message: full names and first names.

    The sender's and reply-to display names (without 'via LinkedIn'), the recipients, a calendar's
    organiser and guests, the signer, and the person a LinkedIn or calendar notice names in its
    subject ('Mette sent you a message', 'Invitation: Alex Morgan <> Priya Shah @ ...')."""
    names: set[str] = set()
    people: list[Person] = list(email.to) + list(email.cc)
    if email.calendar:
        if email.calendar.organizer:
            people.append(email.calendar.organizer)
        people.extend(email.calendar.attendees)
    for p in list(email.reply_to) + ([email.sender] if email.sender else []):
        raw = re.sub(r"\s*\(.*?\)\s*", " ", p.name or "").strip().strip('"')
        if not is_relay(p.address) and not is_human(p):
            continue  # a shared mailbox: 'Kessington University Human Resources <hr@...>'
        if is_relay(p.address) or (org_label(p.address) in TOOL_LABELS and org_label(p.address) not in FREE_MAIL):
            # A relay writes as the company ('Halcyon Bio <no-reply@...>', 'Maracujá Tecnologia via Gupy');
            # on a messaging platform it writes as the person ('Mette Kjærgaard via LinkedIn').
            if org_label(p.address) not in MESSAGING or not VIA.match(raw):
                continue
        people.append(Person(address=p.address, name=principal(raw)))
    for p in people:
        name = re.sub(r"\s*\(.*?\)\s*", " ", p.name or "").strip().strip('"')
        if name and "@" not in name and _personal(name):
            _add(names, name)
    subject = email.subject
    m = re.search(r"^(?:[\w ]+:\s*)?(?P<a>[^<>@:]+?)\s*<>\s*(?P<b>[^<>@]+?)(?:\s+@|$)", subject)
    if m:
        for part in (m.group("a"), m.group("b")):
            if _personal(part):
                _add(names, part)
    m = re.match(r"^(?P<n>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:sent you|has sent you|wants to connect|replied)", subject)
    if m:
        _add(names, m.group("n"))
    lines = [ln.strip() for ln in email.signature.strip().splitlines() if ln.strip()]
    if lines and _personal(lines[0]) and len(lines[0].split()) <= 3 and not _a_place_of_work(lines[0], email):
        _add(names, lines[0])
    return names


def _a_place_of_work(name: str, email: Email) -> bool:
    """The name the mail signs with is where the job is: a job board's status line signs "Verano" under "the Product
    Marketing Manager position at Verano", a person is not worked "at". (A string search: a pattern per name would
    miss re's cache and be compiled for every message.)"""
    needle = f"at {name}"
    return any((at == 0 or not _word_char(hay[at - 1]))
               and (at + len(needle) == len(hay) or not (_word_char(hay[at + len(needle)]) or hay[at + len(needle)] in "'’"))
               for hay in (email.subject, email.text[:3000]) for at in occurrences(needle, hay))


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def occurrences(needle: str, hay: str) -> Iterator[int]:
    """Where `needle` starts in `hay`, overlapping starts included (as a regex tried at every position finds them)."""
    at = hay.find(needle)
    while needle and at >= 0:
        yield at
        at = hay.find(needle, at + 1)


def _personal(name: str) -> bool:
    """Written like a person's name: one to four capitalised words, none a company's word."""
    words = name.split()
    particles = sum(w.lower() in NAME_PARTICLES for w in words)
    return (1 <= len(words) - particles <= 3 and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)
            and not _has_org_word(name) and not NOT_PERSON.search(name))


NOT_PERSON = re.compile(r"\b(?:team|careers?|jobs|recruit\w*|talent|hiring|hr|people|notifications?|calendar|support"
                        r"|no-?reply|info|admin|office|group|company|inc|ltd|gmbh|llc|the|via|from|at|university|college|school|council"
                        r"|resources|services|hospital|clinic|department|committee)\b|[\d&@]", re.I)


def _add(names: set[str], name: str) -> None:
    name = name.strip(" ,.-").lower()
    if not name:
        return
    names.add(name)
    first = name.split()[0]
    if len(first) >= 2:
        names.add(first)


def is_person(name: str, people: set[str]) -> bool:
    """A name that is one of the message's people, or starts with one's first name and is no longer
    than a full name ('Priyanka', 'Priyanka Sethi', 'Dev Raman')."""
    low = name.lower().strip()
    if low in people:
        return True
    words = low.split()
    return 1 <= len(words) <= 3 and words[0] in people and not _has_org_word(name)


def _has_org_word(name: str) -> bool:
    from agent.facts import LEGAL_SUFFIX, ORG_WORD  # facts.py holds the vocabulary of company names

    return bool(ORG_WORD.search(name) or re.search(rf"(?:^|\s)(?:{LEGAL_SUFFIX})(?:$|\s)", name))


GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
PLAIN = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ß": "ss"})
NORDIC = str.maketrans({"ø": "oe", "å": "aa", "æ": "ae"})
AMPERSAND = ("", "and", "et", "und", "y", "e", "en", "och", "og")
# A name written in Cyrillic or Greek as its domain spells it in Latin letters: "Искър Софт" on iskarsoft, "Пирин Телеком"
# on pirintelekom, "Κεραμεικός" on keramikos. Two spellings of the letters spelt two ways: the common one (х h, щ sht, ъ a,
# и i) and the other (х kh, щ shch, ъ dropped, и y as Ukrainian spells it, Greek υ as i).
_CYRILLIC = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
             "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
             "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "", "ы": "y", "э": "e",
             "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g"}
_GREEK = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
          "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
          "χ": "ch", "ψ": "ps", "ω": "o"}
LATIN_LETTERS = (str.maketrans(_CYRILLIC | _GREEK),
                 str.maketrans(_CYRILLIC | {"х": "kh", "щ": "shch", "ъ": "", "и": "y"} | _GREEK | {"υ": "i"}))
_GREEK_I = re.compile(r"[εο]ι")  # "ει" and "οι" are said, and often spelt, "i"


@lru_cache(maxsize=8192)
def squash(value: str, german: bool = True) -> str:
    """Letters and digits only, so 'Quill & Fenwick' meets 'quillfenwick', 'Mühlbach' 'muehlbach'
    and 'Craie Logiciels' 'craie-logiciels'. Kept: company_of squashes the same phrases of a
    message's candidates once per domain label."""
    value = value.lower()
    value = re.sub(r"\s(?:&|and)\s", " ", value)
    value = value.translate(GERMAN) if german else value
    value = unicodedata.normalize("NFKD", value.translate(PLAIN))
    return re.sub(r"[^a-z0-9]", "", value.encode("ascii", "ignore").decode())


@lru_cache(maxsize=8192)
def squash_forms(value: str) -> frozenset[str]:
    """Every way a domain may spell a name: 'Lövånger' as 'lovanger' or 'loevanger', 'Colza & Cie'
    as 'colzacie' or 'colzaetcie', 'Nørrebro' as 'norrebro'."""
    forms = {squash(value), squash(value, german=False), squash(value.lower().translate(NORDIC))}
    if not value.isascii():
        plain = unicodedata.normalize("NFKD", value.lower())  # (Greek's accents off: "ό" is "ο")
        for spelling in {plain, _GREEK_I.sub("ι", plain), plain.replace("ου", "u")}:
            forms.update(squash(spelling.translate(table)) for table in LATIN_LETTERS)
    if "&" in value or " and " in value.lower():
        for word in AMPERSAND[1:]:
            joined = re.sub(r"\s*(?:&|\band\b)\s*", f" {word} ", value, flags=re.I)
            forms.add(squash(joined, german=False).replace(" ", ""))
            forms.add(re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", joined.lower().translate(PLAIN))
                             .encode("ascii", "ignore").decode()))
    return frozenset(forms - {""})  # (a name in a script with no Latin spelling here spells no domain)


# (a research body is no search firm: 'brandywineresearch', 'corribclinicalresearch')
AGENCY_WORDS = re.compile(
    r"(?:(?<!re)search|staffing|recruit\w*|talent|resourcing|headhunt\w*|personal\w*|workforce|people|placements?)", re.I)
AGENCY_TEXT = re.compile(
    r"\b(?:employment agency|recruitment agency|staffing agency|employment business|recruitment consultancy"
    r"|(?:my|our) client\b|mein(?:e|em)? (?:Mandant|Kunde)\w*|Personalberatung|on behalf of (?:my|our) client)", re.I)


def agency_domain(email: Email, tools: set[str]) -> bool:
    """The sender writes from a recruitment agency's domain ('harbourtalent', 'apexsearchpartners')."""
    people = ([email.sender] if email.sender else []) + list(email.reply_to)
    for p in people:
        if is_relay(p.address) or "@" not in p.address:
            continue
        label = org_label(p.address)
        if label not in tools and AGENCY_WORDS.search(label):
            return True
    return False


# Words a shortened name may leave out: its joiners ('Loom & Spindle' as 'loomspindle').
ABBREV_JOINERS = frozenset({"&", "and", "+", "of", "und", "et", "y", "e"})


def abbreviates(short: str, words: list[str], skippable: frozenset[int] = frozenset()) -> bool:
    """`short` (a squashed domain label or initials) is how an organisation shortens `words`: each word
    in turn gives a run of its own letters beginning with its first ('corvbrae' for Corvid & Braemar,
    'kesttimb' for Kestrel Timber, 'znnbr' for Zinnober, 'lml' for Larchmont Logistics, 'kr' for Kite and
    Rowan). Joiners may be left out; the words at `skippable` indexes (a trailing 'Labs', 'Consulting',
    a legal form) may be left out once `short` is used up. Bounded: `short` and `words` are a label and a
    name, and every state (letter, word) is visited once."""
    sq = [squash(w) for w in words]
    memo: dict[tuple[int, int], bool] = {}

    def rest_skippable(k: int) -> bool:
        return all(sq[x] == "" or words[x].lower() in ABBREV_JOINERS or x in skippable for x in range(k, len(words)))

    def go(i: int, k: int) -> bool:
        if (i, k) in memo:
            return memo[(i, k)]
        if i == len(short):
            ok = rest_skippable(k)
        elif k == len(words):
            ok = False
        elif not sq[k] or words[k].lower() in ABBREV_JOINERS:
            spelled = "and" if words[k] in ("&", "+") else sq[k]  # 'loomandspindle'
            ok = go(i, k + 1) or short.startswith(spelled, i) and go(i + len(spelled), k + 1)
        else:
            ok = False
            word = sq[k]
            if short[i] == word[0]:
                at, e = 1, i + 1  # letters short[i:e] found in order in word[:at]
                while not ok:
                    ok = go(e, k + 1)
                    if ok or e == len(short):
                        break
                    at = word.find(short[e], at) + 1
                    if at == 0:
                        break
                    e += 1
        memo[(i, k)] = ok
        return ok

    return bool(short) and bool(sq) and go(0, 0)
