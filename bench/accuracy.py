"""Classification accuracy on labelled folders: `python bench/accuracy.py DIR [DIR ...]`.

Each DIR holds .eml files and labels.json ({file: {kind, company, role, interview_start,
lookalike, ...}}). For each DIR (a split) it prints kind accuracy, per-kind precision and
recall, relevant-vs-not F1, the confusion matrix, how many look-alikes would start an
application, company and start-time accuracy, so a change to the rules can be judged on
mail it was not written from. tests/corpus/dev-split is tuned on; tests/corpus/heldout is not.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.classify import classify  # noqa: E402
from agent.models import (  # noqa: E402
    KINDS,
    Email,
    Message,
)
from agent.parse import parse  # noqa: E402
from agent.pipeline import read_together  # noqa: E402

# Legal forms say nothing about which company it is: "Kwikstaart Logistiek B.V." is "Kwikstaart Logistiek".
LEGAL = re.compile(r"\b(?:s\.a\. de c\.v|sa de cv|gmbh|inc|llc|llp|ltd|s\.?a\.?s?|s\.l|ag|as|asa|aps|nv|srl|co|corp|group"
                   r"|grupo|plc|pty|pvt"
                   r"|limited|b\.v|bv|s\.r\.l|sarl|s\.p\.a|spa|pte|sdn bhd|bhd|oy|ab|k\.k|kk"
                   # Indonesia's PT and Tbk, Turkey's A.Ş. (read "a.s." once the accents go)
                   r"|pt|tbk|a\.s"
                   # Poland's limited company, "sp. z o.o."
                   r"|sp\. z o\.o|sp\. ?k"
                   # Hungary's Kft., Zrt. and Nyrt.
                   r"|kft|zrt|nyrt"
                   # Czechia's s.r.o. (a.s. is above)
                   r"|s\.r\.o"
                   r"|e\.v|ev|ug)\b\.?", re.I)
NR = "not_relevant"
DEFAULT_ME = ("alex.morgan@example.net", "sam.rivera@example.org")
DEFAULT_NAMES = ("Alex Morgan", "Sam Rivera")  # the corpus's two mailbox owners, as user.name would name them


# letters NFKD does not take apart, as their plain forms ("Ølstad" is "Olstad"), and Persian's ی and ک as Windows-1256 and
# Arabic keyboards type them
FOLDED = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ي": "ی",
                        "ك": "ک"})


def norm_company(value: str | None) -> str:
    if not value:
        return ""
    # "Cèdre" is "Cedre": accents go, but letters of other scripts stay (until session 36 every letter outside ASCII went,
    # so a company written in Cyrillic, Persian or Japanese was "", and no company found at all counted as right)
    value = "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))
    value = value.lower().translate(FOLDED)
    # ... nor does a leading "The": "The Halyard Review" is "Halyard Review"
    value = LEGAL.sub("", re.sub(r"^\s*the\s+", "", value).replace("&", " and "))
    return re.sub(r"[\W_]", "", value)


@dataclass
class Result:
    name: str
    files: list[str] = field(default_factory=list)  # the message each reading in `true` and `pred` is of
    true: list[str] = field(default_factory=list)
    pred: list[str] = field(default_factory=list)
    lookalike_apps: list[str] = field(default_factory=list)  # look-alikes read as a relevant kind
    needs_look: int = 0
    company_ok: int = 0
    company_n: int = 0
    time_ok: int = 0
    time_n: int = 0
    wall_ok: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.true)

    def of_writers(self, writers: set[str]) -> Result:
        """The kinds read of these writers' messages alone (a file's writer is its name's first part, "QQ" of
        "QQ-001-....eml"), to set against another reading of the same writers."""
        keep = [i for i, f in enumerate(self.files) if writer(f) in writers]
        return Result(name=f"{self.name} ({len(writers)} writers)", files=[self.files[i] for i in keep],
                      true=[self.true[i] for i in keep], pred=[self.pred[i] for i in keep],
                      lookalike_apps=[f for f in self.lookalike_apps if writer(f) in writers])

    @property
    def accuracy(self) -> float:
        return sum(t == p for t, p in zip(self.true, self.pred, strict=True)) / max(1, self.n)

    def precision(self, kind: str) -> float:
        pp = self.pred.count(kind)
        return sum(t == p == kind for t, p in zip(self.true, self.pred, strict=True)) / pp if pp else 1.0

    def recall(self, kind: str) -> float:
        tn = self.true.count(kind)
        return sum(t == p == kind for t, p in zip(self.true, self.pred, strict=True)) / tn if tn else 1.0

    def relevant_f1(self) -> tuple[float, float, float]:
        rel_t = [k != NR for k in self.true]
        rel_p = [k != NR for k in self.pred]
        tp = sum(a and b for a, b in zip(rel_t, rel_p, strict=True))
        prec = tp / max(1, sum(rel_p))
        rec = tp / max(1, sum(rel_t))
        return 2 * prec * rec / max(1e-9, prec + rec), prec, rec

    @classmethod
    def merged(cls, name: str, parts: list[Result]) -> Result:
        """One reading of a corpus read in parts (each part some writers' sets, read alone in a process of its own), in
        file order, as one `evaluate` of the whole corpus would give it."""
        rows = sorted((f, t, p) for part in parts for f, t, p in zip(part.files, part.true, part.pred, strict=True))
        return cls(name=name, files=[r[0] for r in rows], true=[r[1] for r in rows], pred=[r[2] for r in rows],
                   lookalike_apps=sorted(f for part in parts for f in part.lookalike_apps),
                   needs_look=sum(part.needs_look for part in parts), company_ok=sum(part.company_ok for part in parts),
                   company_n=sum(part.company_n for part in parts), time_ok=sum(part.time_ok for part in parts),
                   time_n=sum(part.time_n for part in parts), wall_ok=sum(part.wall_ok for part in parts),
                   misses=sorted((m for part in parts for m in part.misses), key=lambda m: m.split()[1]))


def writer(file: str) -> str:
    """The writer's set a corpus file belongs to: each set is one mailbox, its files named "<set>-<nnn>-....eml"."""
    return file.split("-", 1)[0]


def evaluate(corpus: Path, me: tuple[str, ...] = DEFAULT_ME, tz: str = "UTC", in_sequence: bool = False,
             names: tuple[str, ...] = DEFAULT_NAMES, newest_first: bool = False, every_nth_writer: int = 1,
             first_writer: int = 0) -> Result:
    """Each message alone (as `followup classify` reads it), or, `in_sequence`, in file order (or
    `newest_first`, as Gmail lists a backfill) with what the mailbox tells known: the companies seen so far
    and the threads of job mail, each thread's root Message-ID standing for its id, and a second look at
    the run's end (as `followup run` reads a mailbox: agent/pipeline.py, agent/context.py). `every_nth_writer` reads
    the sets of the first writer, the n+1st, ... alone (in name order), each set being a mailbox of its own;
    `first_writer` starts them at another (the second, the n+2nd, ...), so n such readings cover the corpus."""
    labels = json.loads((corpus / "labels.json").read_text())
    if every_nth_writer > 1:
        chosen = set(sorted({writer(f) for f in labels})[first_writer::every_nth_writer])
        labels = {f: label for f, label in labels.items() if writer(f) in chosen}
    res = Result(name=corpus.name + (" (in sequence, newest first)" if newest_first else " (in sequence)"
                                     if in_sequence else ""))
    zone = ZoneInfo(tz)
    when = datetime(2026, 1, 1, tzinfo=zone)

    def read(email: Email, known: frozenset[str]) -> Message:
        return Message.from_email(email, classify(email, tz=zone, known_domains=known), when)

    order = sorted(labels, reverse=newest_first)
    emails = [parse((corpus / name).read_bytes(), me=set(me), names=names) for name in order]
    if in_sequence:
        for email in emails:
            email.thread_id = email.references[0] if email.references else email.message_id
        digests = read_together(emails, read)
    else:
        digests = [read(email, frozenset()) for email in emails]
    readings = {name: d.signal for name, d in zip(order, digests, strict=True)}
    for name, label in sorted(labels.items()):
        sig = readings[name]
        want = label["kind"]
        res.files.append(name)
        res.true.append(want)
        res.pred.append(sig.kind)
        res.needs_look += sig.needs_look
        if label.get("lookalike") and sig.kind != NR:
            res.lookalike_apps.append(name)
        if sig.kind != want:
            extra = f" [needs a look: {sig.guess}]" if sig.needs_look else ""
            res.misses.append(f"kind    {name}: {want} -> {sig.kind}{extra} ({'; '.join(sig.reasons)})")
        if want != NR and label.get("company"):
            res.company_n += 1
            if norm_company(sig.company) == norm_company(label["company"]):
                res.company_ok += 1
            else:
                res.misses.append(f"company {name}: {label['company']!r} -> {sig.company!r}")
        if label.get("interview_start") and want in ("interview_confirmation", "reschedule"):
            res.time_n += 1
            start = datetime.fromisoformat(label["interview_start"])
            if sig.interview_start is not None and sig.interview_start == start:
                res.time_ok += 1
            elif sig.interview_start is not None and sig.interview_start.replace(tzinfo=None) == start.replace(tzinfo=None):
                res.wall_ok += 1  # the right time of day, written without a zone: the user's zone (config) decides
            else:
                res.misses.append(f"time    {name}: {start.isoformat()} -> {sig.interview_start}")
    return res


def report(res: Result, verbose: bool = False) -> str:
    """The figures for one folder. File names (of look-alikes read as relevant, and of every miss) appear only with
    `verbose`, so reading a held-out folder shows counts and nothing a reader could tune on."""
    out = [f"== {res.name}: {res.n} messages", f"kind accuracy: {res.accuracy:.3f}",
           f"{'kind':24} {'prec':>6} {'recall':>6} {'n':>4} {'pred':>5}"]
    kinds = [k for k in KINDS if k in res.true or k in res.pred]
    for kind in kinds:
        out.append(f"{kind:24} {res.precision(kind):6.2f} {res.recall(kind):6.2f} {res.true.count(kind):4} "
                   f"{res.pred.count(kind):5}")
    f1, prec, rec = res.relevant_f1()
    out.append(f"relevant-vs-not F1: {f1:.3f} (precision {prec:.3f}, recall {rec:.3f})")
    out.append(f"look-alikes that would start an application: {len(res.lookalike_apps)}"
               + (f" ({', '.join(res.lookalike_apps)})" if verbose and res.lookalike_apps else ""))
    out.append(f"set aside as 'needs a look': {res.needs_look}")
    out.append(f"company right: {res.company_ok}/{res.company_n} = {res.company_ok / max(1, res.company_n):.3f}")
    out.append(f"interview start right: {res.time_ok}/{res.time_n} = {res.time_ok / max(1, res.time_n):.3f}"
               f" (+{res.wall_ok} right in wall-clock time, written without a zone: --tz decides)")
    abbrev = {k: "".join(w[0] for w in k.split("_")) if "_" in k else k[:4] for k in kinds}
    out.append("confusion matrix (rows: labelled, columns: read as)")
    out.append(" " * 24 + "".join(f"{abbrev[k]:>6}" for k in kinds))
    pairs = Counter(zip(res.true, res.pred, strict=True))
    for t in kinds:
        out.append(f"{t:24}" + "".join(f"{pairs.get((t, p), 0) or '.':>6}" for p in kinds))
    if verbose and res.misses:
        out.extend(res.misses)
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpus", type=Path, nargs="+")
    ap.add_argument("--me", action="append", help="the mailbox owner's address (repeatable)")
    ap.add_argument("--name", action="append", help="the mailbox owner's name, as user.name gives it (repeatable)")
    ap.add_argument("--tz", default="UTC", help="the user's zone (times written without one are in it)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print every miss and name the look-alikes read as relevant (never on a held-out folder)")
    ap.add_argument("--in-sequence", action="store_true",
                    help="also read each folder in file order, and newest first, with what the mailbox tells known,"
                         " as a run does")
    args = ap.parse_args()
    me = tuple(a.lower() for a in args.me) if args.me else DEFAULT_ME
    names = tuple(args.name) if args.name else DEFAULT_NAMES
    for corpus in args.corpus:
        verbose = args.verbose and corpus.resolve().name != "heldout"
        if args.verbose and not verbose:
            print(f"({corpus}: held-out, so counts only)")
        print(report(evaluate(corpus, me, args.tz, names=names), verbose))
        print()
        if args.in_sequence:
            for newest_first in (False, True):
                res = evaluate(corpus, me, args.tz, in_sequence=True, names=names, newest_first=newest_first)
                f1 = res.relevant_f1()[0]
                print(f"{res.name}: kind accuracy {res.accuracy:.3f}, relevant F1 {f1:.3f}, rejection recall "
                      f"{res.recall('rejection'):.2f}, offer precision {res.precision('offer'):.2f}, "
                      f"look-alikes read as relevant {len(res.lookalike_apps)}")
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
