"""Text-speak read as the words it stands for.

Recruiters, agencies and small employers write from phones and SMS gateways: "got ur CV thx, before I can put u fwd
need a pic of ur site safe card", "3wk job for u if u want it", "tmrw 7am walkthrough is OFF". The rules are written
with the words ("your CV", "put you forward", "tomorrow"), so the lowercased text is rewritten before they read it.

"u" is a word in Dutch and Afrikaans ("wij nodigen u uit", "dankie vir u aansoek") and a preposition in Polish ("praca
u nas"), so it is read as "you" only beside the English words it goes with ("for u", "if u want", "u can").
"""

from __future__ import annotations

import re

# The English words "u" is read as "you" after ("got u", "if u", "put u") ...
_BEFORE_U = (r"for|got|get|if|put|putting|thank|thx|see|c|meet|let|tell|told|call|calling|text|txt|texting|ring|ringing"
             r"|send|sending|sent|give|giving|gave|have|has|when|can|will|did|do|are|r|with|to|want|need|pay|paying"
             r"|like|ask|asked|email|emailed|emailing|message|msg|book|booked|hear|show|owe|wish|help|pick|bring|sign|sort"
             r"|keep|onto|about|hope|hoping|would|could|should|wd|cd|before|b4|after|lemme|let's|of|reach|contact"
             r"|remind|confirm|offer|invite|expect|expecting|meeting|join|catch|interview|chat|update")
# ... and before ("u can", "u free", "u r").
_AFTER_U = (r"can|cd|could|will|would|want|wanna|r|are|free|ok|okay|around|available|avail|still|got|have|need|come|start"
            r"|pop|swing|drop|bring|send|do|did|get|go|make|know|like|keep|think|reckon|mind|prefer|pls|please|were|was|had"
            r"|should|must|just|on|up|the|a|at|for|asap|interested|keen|happy|able|might|may|shd|wd|'re|'ll|'d|'ve"
            r"|tomorrow|tmrw|tmr|today|this|next|there|again|soon|back|too|guys|all|if|when|so|and|but|or|ok\?")
_U_AFTER_WORD = re.compile(rf"\b(?P<before>{_BEFORE_U}) u\b(?![.'’-]\w)")
_U_BEFORE_WORD = re.compile(rf"(?<![\w.'’-])u(?= (?:{_AFTER_U})\b)")
# "r u free", "u r booked": "are"
_ARE = re.compile(r"\br(?= you\b)|(?<=\byou )r\b(?![.'’-]\w)")
# "ur" is "you're" before what one is ("ur booked in", "ur all set", "ur good to go"), else "your" ("ur CV").
_UR = re.compile(r"\bur\b(?![.'’-]\w)(?P<youre> (?=booked|all set|good\b|ok\b|okay\b|welcome|in\b|on\b|confirmed|invited"
                 r"|shortlisted|through|hired|going|coming|starting|down for|a\b|the one|needed|wanted|free\b|available))?")
_WORDS = {
    "thx": "thanks", "thnx": "thanks", "tnx": "thanks", "thanx": "thanks",
    "tmrw": "tomorrow", "tmr": "tomorrow", "tmrow": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
    "tomoz": "tomorrow", "2day": "today", "2nite": "tonight", "tonite": "tonight",
    "b4": "before", "pls": "please", "plz": "please", "appt": "appointment", "abt": "about", "ppl": "people",
    "wk": "week", "wks": "weeks", "gr8": "great", "cud": "could", "shud": "should", "wud": "would",
}
_WORD = re.compile(r"(?<![\w/@.-])(?:(?P<n>\d{1,2})(?=wks?\b))?(?P<w>" + "|".join(sorted(_WORDS, key=len, reverse=True))
                   + r")(?![\w/@-]|\.\w)")
# "w/" is "with" and "w/o" "without" ("went w/ a local traveler"); "put u fwd" is "put you forward"
_WITH = re.compile(r"\bw/o(?=\s)|\bw/(?=\s)")
_FORWARD = re.compile(r"\b(put|putting|send|sending|move|moving|pass|passing|take|taking) you fwd\b")
# Hospitality's "trail shift" (a paid try-out behind the bar, often spelt so) is the trial shift the rules know
_TRAIL = re.compile(r"\btrail(?= (?:shifts?|days?|nights?|evenings?)\b)")
# Whether a text holds any of the above: r"\bu\b|\bur\b|w/|\btrail |\d?(?:thx|...)\b", each alternative led by its letter
# (the boundary checked behind it) so the engine skips to the letters that can start one: twice as fast on every message
_ANY = re.compile(r"u(?<!\wu)r?\b|w/|t(?<!\wt)rail |(?:" + "|".join(_WORDS) + r")\b")


# An orchestra hires by audition ("Probespiel" in German): where the mail names a seat in its sections ("Section Violin",
# "Tutti 1. Violine", "Sub-Principal Second Violin", "Assistant Concertmaster", "the position of Principal Oboe") the
# audition is the interview the rules know. A choir's, a theatre's or a quiz show's audition names no such seat and stays
# what it is (dev-split's sixteen of those are all look-alikes).
_INSTRUMENT = (r"violins?|violine|violín|viola|cello|violoncello|double bass|bass|kontrabass|flute|piccolo|oboe|cor anglais"
               r"|clarinet|bassoon|horn|trumpet|trombone|tuba|harp|percussion|timpani")
# (the seat after the instrument too, "the position of Violin Tutti", "1st violin (tutti, 80%)"; and the orchestra's own
# office, whose personnel manager or Orchesterinspektor writes of "your audition time" without naming the seat again)
ORCHESTRA_POST = re.compile(r"\b(?:section|tutti|principal|sub-principal|co-principal|assistant principal|associate principal"
                            r"|rank and file)\b[^.\n]{0,30}?\b(?:" + _INSTRUMENT + r")\b"
                            # (an ordinal seat only beside an orchestra's own instrument: a choir has its first basses)
                            r"|\b(?:1st|2nd|first|second) (?:violins?|violine|viola|oboe|clarinet|bassoon|horn|trumpet"
                            r"|trombone)\b"
                            r"|\b(?:" + _INSTRUMENT + r")\b[^.\n]{0,20}\b(?:position|vacancy|post|chair)\b"
                            r"|\b(?:" + _INSTRUMENT + r") \(?(?:tutti|section)\b"
                            r"|\bprobespiel|\b(?:assistant |associate )?concertmaster\b|\btutti-violine\b|\b[12]\. violine\b"
                            r"|\borchestra personnel manager\b|\borchesterinspektor\b|\borchesterbüro\b")
_AUDITION = re.compile(r"\baudition(?=(?:s|ed|ing)?\b)|\bprobespiel(?=s?\b)")


def as_orchestra_hires(subject: str, text: str) -> tuple[str, str]:
    """The lowercased subject and text with an orchestra's audition for a seat read as its interview."""
    both = subject + "\n" + text  # (built once: this runs on every message read)
    if ("audition" not in both and "probespiel" not in both) or ORCHESTRA_POST.search(both) is None:
        return subject, text

    def interview(m: re.Match[str]) -> str:
        return "interview" if m.group().startswith("audition") else "vorstellungsgespräch"

    return _AUDITION.sub(interview, subject), _AUDITION.sub(interview, text)


def expand(text: str) -> str:
    """The lowercased `text` with its text-speak written out; text without any is returned as it is (most mail)."""
    if _ANY.search(text) is None:
        return text
    text = _WITH.sub(lambda m: "without" if m.group().endswith("o") else "with", text)
    text = _WORD.sub(lambda m: (m.group("n") + " " if m.group("n") else "") + _WORDS[m.group("w")], text)
    text = _UR.sub(lambda m: "you're " if m.group("youre") is not None else "your", text)
    text = _U_BEFORE_WORD.sub("you", _U_AFTER_WORD.sub(r"\g<before> you", text))
    text = _ARE.sub("are", text)
    text = _TRAIL.sub("trial", text)
    return _FORWARD.sub(r"\1 you forward", text)
