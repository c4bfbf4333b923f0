"""One self-contained HTML page of the whole search: every application as a timeline.

Nothing is loaded from the network: styles are inline, there are no scripts, fonts or images.
Every piece of mail-derived text is escaped.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, tzinfo
from html import escape

from agent.models import STAGES, Application, DraftRecord

STAGE_COLOURS = {
    "applied": "#6b7280", "scheduling": "#b45309", "scheduled": "#2563eb", "interviewed": "#7c3aed",
    "waiting": "#0891b2", "check_in_due": "#dc2626", "on_hold": "#ea580c", "gone_quiet": "#9ca3af",
    "in_conversation": "#059669", "rejected": "#4b5563", "withdrawn": "#4b5563", "offer": "#16a34a",
}  # fmt: skip

CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:60rem;color:#111;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}.muted{color:#6b7280}
.chips{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0 2rem}
.chip{border-radius:999px;padding:.2rem .7rem;color:#fff;font-size:.85rem}
section.app{border:1px solid #e5e7eb;border-radius:.6rem;padding:1rem 1.25rem;margin:0 0 1.25rem}
section.app h2{font-size:1.1rem;margin:0}.stage{float:right}
ol.timeline{list-style:none;padding:0;margin:.75rem 0 0;border-left:2px solid #e5e7eb}
ol.timeline li{margin:0 0 .4rem;padding-left:.9rem;position:relative}
ol.timeline li::before{content:"";position:absolute;left:-.4rem;top:.45rem;width:.6rem;height:.6rem;
  border-radius:50%;background:#9ca3af}
ol.timeline li.them::before{background:#2563eb}ol.timeline li.you::before{background:#16a34a}
ol.timeline li.draft::before{background:#7c3aed}ol.timeline li.interview::before{background:#f59e0b}
ol.timeline li.next::before{background:#dc2626}
time{font-variant-numeric:tabular-nums;color:#374151;margin-right:.5rem}
"""


def _when(moment: datetime | None, tz: tzinfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M") if moment else "-"


def render_report(apps: list[Application], drafts: list[DraftRecord], notes: dict[str, str], tz: tzinfo,
                  now: datetime, user: str = "") -> str:
    counts = Counter(a.stage for a in apps)
    chips = "".join(
        f'<span class="chip" style="background:{STAGE_COLOURS[s]}">{escape(s.replace("_", " "))}: {counts[s]}</span>'
        for s in STAGES if counts[s]
    )
    sections = []
    for app in sorted(apps, key=lambda a: (a.stage in ("rejected", "withdrawn", "gone_quiet"), a.company.lower())):
        events: list[tuple[datetime, str, str]] = []
        for m in app.messages:
            if m.from_me:
                events.append((m.date, "you", f"You wrote: {escape(m.subject)}"))
            else:
                who = escape(m.sender.name or m.sender.address) if m.sender else "them"
                events.append((m.date, "them", f"{who}: {escape(m.subject)} "
                                               f'<span class="muted">({escape(m.signal.kind.replace("_", " "))})</span>'))
        if app.interview:
            events.append((app.interview.start, "interview", "Interview" + (
                " with " + escape(", ".join(p.name for p in app.interview.people if p.name)) if app.interview.people else "")))
        for d in drafts:
            if d.application_id == app.id:
                events.append((d.created_at, "draft", f"Draft {escape(d.step.replace('_', '-'))} made; "
                                                      f"fate: <b>{escape(d.fate)}</b>"))
        events.sort(key=lambda e: e[0])
        items = [f'<li class="{cls}"><time>{_when(t, tz)}</time>{text}</li>' for t, cls, text in events]
        waiting = any(d.application_id == app.id and d.fate == "pending" for d in drafts)
        if app.next_action and not waiting:
            items.append(f'<li class="next"><time>{_when(app.next_action_at, tz)}</time>Next: '
                         f'{escape(app.next_action.replace("_", "-"))}</li>')
        note = notes.get(app.id, app.note)
        colour = STAGE_COLOURS.get(app.stage, "#6b7280")
        sections.append(
            f'<section class="app" data-app="{escape(app.id)}"><span class="chip stage" style="background:{colour}">'
            f'{escape(app.stage.replace("_", " "))}</span><h2>{escape(app.company)}</h2>'
            f'<div class="muted">{escape(app.role or "role not named")} · round {app.round}'
            f'{" · " + escape(note) if note else ""}</div><ol class="timeline">{"".join(items)}</ol></section>'
        )
    title = "followup — your job search" + (f" ({escape(user)})" if user else "")
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{title}</title><style>{CSS}</style></head><body>"
        f"<h1>{title}</h1><div class=\"muted\">As of {_when(now, tz)} · {len(apps)} applications</div>"
        f"<div class=\"chips\">{chips}</div>{''.join(sections) or '<p>No applications found yet.</p>'}"
        "</body></html>\n"
    )
