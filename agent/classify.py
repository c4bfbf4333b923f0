"""Email -> Signal: what a message means for one of the user's applications, and why.

The rules are data (RULES below): each is a pattern, where it looks, which kind it speaks
for and how strongly. A message's kind is the best-supported kind unless the evidence that it
is not about the user's own candidacy (bulk mail, job alerts, podcasts, the user as
interviewer, ...) is as strong. Every rule that fired becomes a human-readable reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from agent.addresses import FREE_MAIL, domain, is_human, is_relay, org_label
from agent.models import Email, Person, Signal
from agent.vocab import has_job_context
from agent.when import find_datetimes, find_day


@dataclass(frozen=True)
class Rule:
    kind: str  # a kind from the contract, or "not_relevant"
    weight: float
    pattern: re.Pattern
    where: str  # "s" subject, "t" new text, "a" both
    reason: str
    conditional_ok: bool = True  # False: a match inside an "if ..." sentence does not count


def _r(kind: str, weight: float, where: str, reason: str, pattern: str, conditional_ok: bool = True) -> Rule:
    # Rules are written in lowercase and matched against lowercased text: re.I is several times slower.
    return Rule(kind, weight, re.compile(pattern.lower(), re.M), where, reason, conditional_ok)


CONDITIONAL = re.compile(r"(?:^|[.!?\n]\s*)[^.!?\n]*\b(?:if|unless|should|si|wenn|falls)\b[^.!?\n]*$")


def _fires(rule: Rule, hay: str) -> bool:
    for m in rule.pattern.finditer(hay):
        if rule.conditional_ok or not CONDITIONAL.search(hay[max(0, m.start() - 200) : m.start()]):
            return True
    return False


NR = "not_relevant"
# Recruiting mail says what it means early; reading the first 6,000 characters keeps a 50 KB
# newsletter from costing a hundred times more than a recruiter's note.
MAX_TEXT = 6000

RULES: tuple[Rule, ...] = (
    # --- application acknowledgements
    _r("application_ack", 3, "a", "says the application was received",
       r"(?:received|got|receipt of) your application|application (?:was|has been) (?:sent|received|submitted)"
       r"|we've got your application|eingangsbestätigung|eingang ihrer (?:bewerbung|unterlagen)"
       r"|hemos recibido tu (?:candidatura|solicitud)|nous avons bien reçu votre candidature"
       r"|your application (?:to|for) .{3,80} (?:was|has been) (?:sent|received)"),
    _r("application_ack", 2, "a", "thanks the user for applying",
       r"thank(?:s| you) for (?:applying|your application|submitting)"),
    _r("application_ack", 3, "s", "subject says the application was sent or received",
       r"application (?:was|has been) (?:sent|received|submitted)|thank(?:s| you) for applying"
       r"|got your application|application received|eingangsbestätigung"),
    _r("application_ack", 1, "a", "thanks the user for their interest",
       r"thank(?:s| you) for your interest in|vielen dank für ihre bewerbung|gracias por tu (?:interés|candidatura)"),
    # --- assessments
    _r("assessment", 3, "a", "asks for an assessment or take-home",
       r"\b(?:coding|online|technical) (?:assessment|test|challenge)|take[- ]home|\bassessment\b"
       r"|hackerrank|codesignal|codility|coding exercise|prueba técnica|test technique|programmieraufgabe"),
    # --- invitations: the company wants a time
    _r("interview_invitation", 2.5, "t", "asks for the user's availability or to pick a time",
       r"(?:share|send)(?: me)? (?:a few|some|your|a couple of) (?:times|windows|availability)"
       r"|your availability|times that work|pick a time|select a time|choose a time|grab (?:a|whatever) time"
       r"|book a time|find (?:a )?time|schedule (?:a|an|your) (?:call|chat|interview|time|phone screen|conversation)"
       r"|would you be (?:available|free)|are you (?:available|free)|(?:do|does|would) .{0,40} work for you\?"
       r"|select interview time|calendly\.com/|easybook|/availability/|when (?:are|would) you (?:be )?(?:free|available)"
       r"|disponibilidad|vos disponibilités|ihre verfügbarkeit|terminvorschläge|indiquer vos disponibilités"),
    _r("interview_invitation", 2.5, "t", "proposes a call and asks when suits the user",
       r"do you have (?:\d+|a few|some|time for a|a) ?(?:minutes?|mins?|time|quick call|call|chat)"
       r"|(?:cal\.com|savvycal\.com|youcanbook\.me|doodle\.com|calendar\.app\.google|zcal\.co)/"
       r"|(?:grab|book|pick|find) (?:a )?(?:time|slot) on my calendar"
       r"|intro(?:ductory)? (?:call|chat)|(?:hop|jump) on a (?:quick )?(?:call|chat)|set up (?:a|some) time"
       r"|(?:what|when) (?:works|would work|suits) (?:best )?for you|what does your (?:schedule|week|calendar) look like"
       r"|(?:let me know|send me) (?:your|a few|some) (?:availability|times|slots)|which (?:day|time|slot) works"
       r"|slots? (?:open|available|free)|which (?:one|slot|time|day|option) (?:suits|works|is best)"
       r"|(?:one|any) of (?:these|the following) (?:times|slots|options)"),
    _r("interview_invitation", 1.5, "a", "invites the user to an interview",
       r"(?:like|love|want) to (?:invite you|set up|schedule|move forward with a|find time)"
       r"|invite you to (?:a|an) .{0,40}(?:interview|call|conversation|chat)|invitación a (?:una )?entrevista"
       r"|invitarte a una|einladung zum (?:vorstellungsgespräch|interview)|invitation à un entretien"
       r"|schedule your (?:phone screen|interview|call)|quick chat\?"),
    # --- confirmations: a fixed time
    _r("interview_confirmation", 2.5, "a", "confirms an interview time",
       r"\b(?:is|are|been|you're) (?:confirmed|scheduled|booked)\b|interview confirm|^confirmed:|confirming your"
       r"|je vous confirme|confirmation de votre entretien|confirmamos tu entrevista|bestätigen (?:ihnen )?(?:den|ihren) termin"
       r"|thank(?:s| you) for scheduling|(?:works|sounds) (?:great|good|perfect)[.!,]|talk (?:to you )?then|see you (?:then|on)"),
    _r("interview_confirmation", 2, "t", "books a time with the user",
       r"(?:i've|i have|we've|we have) (?:booked|scheduled|set up|put) (?:us|you|a|our|the|time)"
       r"|(?:i'll|i will|we'll|we will) send (?:you )?(?:a|the) "
       r"(?:zoom|teams|meet|google meet|calendar|video)? ?(?:link|invite|invitation)"
       r"|calendar (?:invite|invitation|hold) (?:is attached|to follow|is on its way|coming)|see you (?:then|on|next)"
       r"|looking forward to (?:speaking|talking|meeting|chatting|our (?:call|chat|conversation))"
       r"|itinerary|(?:interview|onsite|on-site) details|details (?:for|of) your (?:upcoming )?interview"
       r"|please (?:arrive|join|dial in) (?:\d+ minutes |a few minutes )?early"),
    _r("interview_confirmation", 2, "s", "is a reminder of an upcoming interview",
       r"^reminder:|\breminder\b.*\binterview"),
    _r("interview_confirmation", 1.5, "s", "is a calendar invitation",
       r"^invitation:|^meeting with\b"),
    # --- reschedules
    _r("reschedule", 3.5, "a", "moves an interview",
       r"reschedul|\bmoved (?:our|the|your) (?:call|interview|meeting|chat)|need to move (?:your|our|the)"
       r"|new time|^updated invitation|this event has been (?:updated|changed)|push (?:it|our call) back"
       r"|(?:push|move|shift|bump) (?:our|the|your|it|this) (?:call|interview|meeting|chat|conversation)? ?(?:to|back)\b"
       r"|could we (?:move|push|shift|reschedule)|(?:a|another) (?:different|new) (?:time|date|day)"
       r"|(?:have|has) a conflict|find (?:another|a new|a different) (?:time|slot|day)"
       r"|verschieben|reprogramar|reporter (?:votre|notre) entretien|changed: "),
    # --- cancellations
    _r("cancellation", 4, "a", "cancels an interview",
       r"\bcancel(?:l?ed|l?ing)? (?:your|our|the) (?:on-?site |phone |video |technical )?(?:interview|call|meeting)"
       r"|^canceled event|^cancelled event|event has been cancel+ed|(?:need|have) to cancel|call(?:ed|ing)? off"
       r"|cancel(?:l?ed|l?ing)? (?:\w+'s |tomorrow's |today's )(?:\w+ )?(?:interview|call|meeting|chat)"
       r"|absagen|cancelar|annuler"),
    # --- company replies: status without a decision
    _r("company_reply", 2, "t", "gives a status update",
       r"still (?:reviewing|under review|gathering|waiting|working)|(?:get|come) back to you|hear (?:back )?from (?:me|us)"
       r"|keep you (?:posted|updated)|where things stand|aligning on feedback|debrief|next steps? (?:early|later|by)"
       r"|update (?:for|on) (?:you|your)|decide on next steps|(?:put|placed) on hold|\bon hold\b|hiring freeze|frozen"
       r"|quick update|wanted to (?:give you|let you know)|make (?:a )?decisions?|be in touch"),
    _r("company_reply", 1, "s", "is a reply in a thread", r"^(?:re|aw|rv|sv):"),
    _r("company_reply", 4, "t", "says the role is on hold",
       r"(?:put|placed|been) on hold|hiring freeze|role (?:is|has been) (?:frozen|paused)"),
    # --- rejections
    _r("rejection", 4, "a", "declines the application",
       r"not (?:be )?moving forward|decided to (?:move|go) forward with (?:other|another|an alternative|a different)"
       r"|move forward with (?:other|another) candidates|(?:pursue|proceed with) other candidates|regret to inform"
       r"|not (?:been )?selected|position has been filled|will not be moving|won't be moving|decided not to proceed"
       r"|nicht berücksichtigen|leider (?:mitteilen|absagen)|no (?:podemos|vamos a) (?:continuar|seguir)"
       r"|ne pas donner suite|pas retenu|not to move forward|unable to move forward|other applicants"
       r"|(?:go|went|going) (?:in )?(?:a different|another) direction|not (?:be )?(?:a|the right) (?:fit|match) (?:for|at)"
       r"|(?:will|are) not be(?:en)? (?:progressing|proceeding)|decided not to (?:progress|proceed|continue)"
       r"|(?:pursue|proceed with|move forward with|go with|hire) (?:another|a different|other) (?:candidate|applicant)",
       conditional_ok=False),
    # --- offers
    _r("offer", 4.5, "a", "makes an offer",
       r"(?:like|pleased|happy|thrilled|excited|delighted) to (?:extend an |make you an )?offer you|offer letter"
       r"|(?:extend|make|send)(?:ing)? (?:you )?(?:an|a formal|a written|the|our) offer|formal offer|offer package"
       r"|(?:like|want) to hire you|verbal offer|^offer (?:from|for)|job offer|oferta de (?:empleo|trabajo)"
       r"|proposition d'embauche|arbeitsvertrag|vertragsangebot"),
    # --- the same in Spanish, French and German (the common phrases)
    _r("rejection", 4, "a", "declines the application (es/fr/de)",
       r"lamentablemente|hemos decidido (?:continuar|seguir|avanzar) con otr[oa]s|no (?:continuar|seguir) con tu candidatura"
       r"|malheureusement|ne pas retenir|pas (?:été )?retenue?|pas donner (?:une )?suite favorable"
       r"|leider (?:müssen|mussten|können|haben)|für (?:einen|eine) (?:anderen?|andere) (?:kandidat|bewerber)"
       r"|nicht weiter berücksichtigen|absage", conditional_ok=False),
    _r("offer", 4.5, "a", "makes an offer (es/fr/de)",
       r"ofrecerte (?:el|la) (?:puesto|posición)|oferta (?:de trabajo|laboral|formal)|carta oferta"
       r"|vous faire une offre|promesse d'embauche|vous proposer le poste"
       r"|ihnen (?:die stelle|ein angebot|einen vertrag) anzubieten|vertragsangebot"),
    _r("interview_confirmation", 2.5, "a", "confirms an interview time (es/fr/de)",
       r"te confirmamos|le confirmamos|confirmación de (?:tu |la |su )?entrevista|nous vous confirmons"
       r"|hiermit bestätigen|bestätigen (?:wir )?(?:ihnen )?(?:ihr|ihren|den) (?:vorstellungsgespräch|termin|interview)"),
    _r("company_reply", 2, "t", "says they are still deciding",
       r"still (?:interviewing|meeting|talking to) (?:a few |other )?candidates"
       r"|have an (?:answer|update|decision) (?:for you )?by|no (?:news|update) yet"
       r"|finali[sz](?:e|ing) (?:our |the )?decisions?|update you as soon as|as soon as (?:i|we) (?:hear|know)"
       r"|(?:todavía|aún) (?:estamos|seguimos) (?:revisando|evaluando)|nous reviendrons vers vous|wir melden uns"),
    # --- not about the user's candidacy
    _r(NR, 4, "a", "is a job alert",
       r"job alert|new jobs?\b|jobs? (?:that )?match|saved search|jobs similar|jobs you might like|recommended jobs"
       r"|jobs? you may be interested|talent community"),
    _r(NR, 4, "a", "is a newsletter",
       r"view (?:it )?in (?:your )?browser|\bissue #\d+|newsletter|read (?:online|more) on substack"),
    _r(NR, 4, "a", "is a webinar or event", r"webinar|masterclass|thank you for registering|registration confirm"),
    _r(NR, 4, "a", "is a podcast or press interview",
       r"podcast|episode|show notes|\bheadshot\b|recording|on (?:the|our) show"),
    _r(NR, 4, "a", "is a user-research session",
       r"research (?:study|session)|user research|participate in (?:our|a) (?:study|research)|gift card|consent form"
       r"|research participant|participants? (?:in|for) (?:our|a|the) (?:study|research)"),
    _r(NR, 5, "a", "has the user interviewing someone else",
       r"you are interviewing|you're interviewing|scorecard|interview kit|is interviewing with us|other interviewers"
       r"|candidate resume|interview panel|panel \d+ of \d+|you(?:'re| are) on the (?:interview )?panel"
       r"|feedback form|interview loop for|submit your feedback"),
    _r(NR, 4, "a", "is cold outreach, not a reply to an application",
       r"came across your profile|urgent (?:requirement|hiring)|direct client|pay rate|updated resume|\bc2c\b"
       r"|open to (?:a quick chat|new opportunities|exploring)|would you be open to"),
    _r(NR, 4, "a", "is vendor marketing", r"case study|book a demo|hiring teams use|request a demo|free trial"),
    _r(NR, 5, "s", "is account mail (password or code)",
       r"password|security code|verification code|one-time (?:code|passcode)|verify your email"),
    _r(NR, 2, "t", "asks to reset a password or enter a code",
       r"reset (?:your |the )?password|security code field|verification code|one-time (?:code|passcode)"
       r"|temporary code"),
    _r(NR, 5, "a", "is about a non-job application",
       r"rental application|\blease\b|credit card|credit report|visa signature|mortgage|loan application|apartment"),
    _r(NR, 5, "a", "is a paid practice interview", r"mock interview|interview coach|practice interview"),
)  # fmt: skip

# The order a tie is broken in: decisions before scheduling before status.
PRIORITY = (
    "offer", "rejection", "cancellation", "reschedule", "interview_confirmation",
    "interview_invitation", "assessment", "company_reply", "application_ack",
)  # fmt: skip



def _bulk(email: Email) -> list[str]:
    reasons = []
    if email.headers.get("auto-submitted", "").lower().startswith("auto-replied") or re.match(
            r"^(?:automatic reply|auto(?:matic)?[- ]?reply|out of (?:the )?office|abwesenheit|réponse automatique)",
            email.subject, re.I):
        reasons.append("is an automatic reply (out of office)")
    if "list-unsubscribe" in email.headers:
        reasons.append("has a List-Unsubscribe header")
    if email.headers.get("precedence", "").lower() in ("bulk", "list", "junk"):
        reasons.append("is marked Precedence: bulk")
    return reasons


def classify(email: Email, *, now: datetime | None = None, tz: tzinfo = UTC,
             known_domains: frozenset[str] | set[str] = frozenset()) -> Signal:
    """Read one parsed message. `tz` is the user's zone: times written without a zone are in it.
    `known_domains` are the domains of companies the user is already in a process with: mail from
    them is read in that context even when it never says "interview" (a bare calendar invite)."""
    ref = email.date or now or datetime(2000, 1, 1, tzinfo=UTC)
    subject = email.subject.lower()
    text = email.text[:MAX_TEXT].lower()
    cal = email.calendar
    bulk = _bulk(email)
    context = "\n".join([subject, text, email.signature, (cal.summary or "") if cal else ""])
    job_context = has_job_context(context) or _known_contact(email, known_domains)
    if not job_context and cal is None:
        # The common case, decided without running the rules: most mail is not about a job at all.
        return Signal(kind=NR, confidence=0.9, reasons=["says nothing about a job, an application or an interview", *bulk])
    scores: dict[str, float] = {}
    reasons: dict[str, list[str]] = {}
    for rule in RULES:
        hay = subject if rule.where == "s" else text if rule.where == "t" else subject + "\n" + text
        if _fires(rule, hay):
            scores[rule.kind] = scores.get(rule.kind, 0) + rule.weight
            reasons.setdefault(rule.kind, []).append(rule.reason)

    if cal is not None:
        if cal.recurring:
            _add(scores, reasons, NR, 4, "is a recurring calendar event")
        elif cal.method == "CANCEL" or cal.status == "CANCELLED":
            _add(scores, reasons, "cancellation", 3, "carries a calendar cancellation")
        elif cal.start is not None:
            _add(scores, reasons, "interview_confirmation", 2, "carries a calendar invitation")
            if "interview_invitation" in scores:
                # a set time is attached: scheduling links in it are for changing it, not for picking one
                scores["interview_invitation"] /= 2
            if cal.sequence > 0:
                _add(scores, reasons, "reschedule", 1, "re-sends a calendar event with a higher SEQUENCE")

    if bulk:
        _add(scores, reasons, NR, 1.5 * len(bulk), " and ".join(bulk))
    if not job_context:
        # weak scheduling words ("works great", "are you free") mean nothing outside a hiring process
        _add(scores, reasons, NR, 4 if cal is not None else 2, "says nothing about a job, an application or an interview")

    kind = _decide(scores)
    negative = scores.get(NR, 0)
    best = scores.get(kind, 0) if kind else 0
    if kind is None or negative >= best:
        why = reasons.get(NR) or ["matches no rule about the user's applications"]
        confidence = min(0.99, 0.6 + 0.08 * negative) if negative else 0.6
        return Signal(kind=NR, confidence=round(confidence, 2), reasons=why)

    # Rejections win over polite cushioning; offers win over everything.
    margin = best - max([v for k, v in scores.items() if k != kind] + [0])
    confidence = max(0.5, min(0.99, 0.55 + 0.1 * best + 0.05 * margin))
    signal = Signal(kind=kind, confidence=round(confidence, 2), reasons=list(reasons[kind]))
    _extract(email, signal, ref, tz)
    return signal


def _known_contact(email: Email, known_domains: frozenset[str] | set[str]) -> bool:
    """A one-off meeting a company person set up with the user by name, or mail from a company the
    user is already talking to, is job context even without job words."""
    sender = email.sender
    if sender is None or is_relay(sender.address) or org_label(sender.address) in FREE_MAIL:
        return False
    if domain(sender.address) in known_domains:
        return True
    names = [p.name for p in email.to if p.name and len(p.name.split()) >= 2]
    cal = email.calendar
    where = email.subject + " " + ((cal.summary or "") if cal else "")
    return cal is not None and not cal.recurring and any(n in where for n in names)


def _add(scores: dict, reasons: dict, kind: str, weight: float, reason: str) -> None:
    scores[kind] = scores.get(kind, 0) + weight
    reasons.setdefault(kind, []).append(reason)


def _decide(scores: dict[str, float]) -> str | None:
    if scores.get("offer", 0) >= 4:
        return "offer"
    if scores.get("rejection", 0) >= 4:
        return "rejection"
    candidates = [(scores[k], -PRIORITY.index(k), k) for k in PRIORITY if scores.get(k, 0) > 0]
    if not candidates:
        return None
    return max(candidates)[2]


# --------------------------------------------------------------------------- extraction

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
    re.compile(r"\b(?:at|with|to|from|join|joining) (?P<company>[A-Z][\w&'’.-]*(?: (?:&|and|de|of|[A-Z][\w&'’.-]*)){0,4})"),
    re.compile(r"\b(?:en|chez|bei|der) (?P<company>[A-Z][\w&'’.-]*(?: (?:&|[A-Z][\w&'’.-]*)){0,4})"),
)
NAME_NOISE = re.compile(
    r"\s*(?:\||-|–|@|·)\s*.*$|\s+(?:via|@)\s+.*$|\s+(?:workday notification|hiring team|recruiting(?: team)?|careers|"
    r"talent(?: acquisition| team)?|notifications?|jobs|karriere|team)\s*$",
    re.I,
)
NOT_COMPANIES = {
    "linkedin", "greenhouse", "lever", "workday", "ashby", "icims", "calendly", "goodtime", "docusign",
    "google", "zoom", "microsoft teams", "google meet", "codesignal", "hackerrank", "gem", "indeed",
    "the", "our", "your", "you", "us", "me", "we", "hi", "hello", "thanks", "team", "sam", "monday", "tuesday",
    "wednesday", "thursday", "friday", "the team", "calendar", "google calendar", "outlook", "notification",
}  # fmt: skip


def _extract(email: Email, signal: Signal, ref: datetime, tz: tzinfo) -> None:
    text = email.text
    signal.company = company_of(email)
    signal.role = role_of(email)
    signal.people = people_of(email)
    kind = signal.kind
    cal = email.calendar
    if kind in ("interview_confirmation", "reschedule", "cancellation"):
        if cal is not None and cal.start is not None and not cal.recurring:
            signal.interview_start, signal.interview_end = cal.start, cal.end
        else:
            found = find_datetimes(text, ref, tz)
            if kind == "reschedule":
                found = [f for f in found if f.start > ref]
                moved = re.search(r"moved .{0,60}? to |new time|instead|now (?:at|on)", text, re.I)
                if moved:
                    found = [f for f in found if f.pos >= moved.start() - 5] or found
                if re.search(r"(?:send|share) me .{0,40}(?:windows|times)|your availability", text, re.I) and not moved:
                    found = []
            if found:
                signal.interview_start = found[0].start
                signal.interview_end = found[0].end
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
    name = NAME_NOISE.sub("", name.strip().strip('"')).strip(" ,.")
    return name or None


def _looks_like_person(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not re.search(
        r"\b(?:inc|llc|ltd|gmbh|corp|co|group|labs|health|systems|software|energy|media|analytics|robotics|foods"
        r"|logistics|maps|audio|acoustics|ledger|security|bank|digital|logiciels)\b",
        name,
        re.I,
    )


ORG_PREFIXES = {"grupo", "groupe", "gruppe", "group", "banco", "banque", "studio", "société", "compañía"}


GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _squash(value: str) -> str:
    """Letters and digits only, so 'Orchard & Finch' meets 'orchardfinch', 'Mühlbach' 'muehlbach'
    and 'Ardoise Logiciels' 'ardoise-logiciels'."""
    value = unicodedata.normalize("NFKD", re.sub(r"\s(?:&|and)\s", " ", value.lower()).translate(GERMAN))
    return re.sub(r"[^a-z0-9]", "", value.encode("ascii", "ignore").decode())


def _company_domains(email: Email) -> list[str]:
    out = []
    people = list(email.reply_to) + ([email.sender] if email.sender else [])
    if email.calendar and email.calendar.organizer:
        people.append(email.calendar.organizer)
    for p in people:
        if not is_relay(p.address) and domain(p.address):
            out.append(org_label(p.address))
    return out


def _candidates(email: Email) -> list[str]:
    found = []
    haystacks = [email.subject, email.text[:3000], email.signature]
    if email.calendar and email.calendar.summary:
        haystacks.append(email.calendar.summary)
    for hay in haystacks:
        for pattern in COMPANY_PATTERNS:
            for m in pattern.finditer(hay):
                found.append(m.group("company").strip(" .,'’-"))
        for line in hay.splitlines():
            for piece in re.split(r"\s*[|·,–]\s*|\s+-\s+", line):
                piece = piece.strip(" .")
                if 2 <= len(piece) <= 60 and piece[:1].isupper():
                    found.append(piece)
    return found


def company_of(email: Email) -> str | None:
    """The employer: matched to a non-relay domain where one is known, else the relay's display name."""
    candidates = _candidates(email)
    recipients = {(p.name or "").lower() for p in email.to + email.cc if p.name}
    for label in _company_domains(email):
        squashed = _squash(label)
        if len(squashed) < 3:
            continue
        best = None
        for cand in candidates:
            words = [w.strip(" .,:;!?()\"'") for w in cand.split()]
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + 6) + 1):
                    phrase = " ".join(words[i:j])
                    sq = _squash(phrase)
                    # the name as the domain spells it, or with one word in front ("Grupo Alcaraz Digital")
                    if sq == squashed or (
                        j - i >= 2 and words[i].lower() in ORG_PREFIXES and _squash(words[i]) + squashed == sq
                    ):
                        best = _longest(best, _extend_suffix(phrase, cand))
        if best:
            return best
        # a domain that abbreviates the name: "tidewatersys" for "Tidewater Systems"
        for cand in candidates:
            words = cand.split()
            sq = _squash(cand)
            if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and sq.startswith(squashed) \
                    and len(squashed) >= 0.6 * len(sq) and _squash(words[0]) in squashed:
                return cand
    sender = email.sender
    if sender and is_relay(sender.address):
        # A relay writes as the company ("Halcyon Bio <no-reply@...>") or, now and then, as the
        # recruiter; it is the recruiter when the same name signs or answers the mail.
        name = _clean_name(sender.name)
        signer = (email.signature.strip().splitlines() or [""])[0].strip().lower()
        people = {(p.name or "").lower() for p in email.reply_to} | {signer}
        if name and name.lower() not in NOT_COMPANIES and name.lower() not in people:
            return name
    for prep in ("at", "with", "from", "to"):
        m = re.search(rf"\b{prep} ([A-Z][\w&'’.-]*(?: (?:&|[A-Z][\w&'’.-]*)){{0,3}})", email.subject)
        if m and m.group(1).lower() not in NOT_COMPANIES and m.group(1).lower() not in recipients:
            return m.group(1)
    for label in _company_domains(email):
        if label not in FREE_MAIL and len(label) >= 3:
            return label.replace("-", " ").title()  # the domain is all the mail says
    return None


def _extend_suffix(phrase: str, cand: str) -> str:
    m = re.search(re.escape(phrase) + r"(?:,? (?:GmbH|Inc\.?|LLC|Ltd\.?|SA|SAS|S\.L\.|AG|SE|BV|Oy|AB))", cand)
    return m.group(0) if m else phrase


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
