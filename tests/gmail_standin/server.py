"""A Gmail API v1 stand-in on 127.0.0.1 that the real googleapiclient talks HTTP to.

Faithful where the agent depends on it:
- paths, parameters and JSON shapes of users.getProfile, messages.list/get (minimal, metadata,
  full, raw), threads.get/list, history.list (with expiry: 404 for a too-old startHistoryId),
  drafts.create/get/list/update/delete (a draft's message id changes on every update), labels;
- Gmail's threading rule for drafts: a draft joins the requested thread only when its
  References/In-Reply-To name a message of that thread and the subject matches;
- the multipart/mixed batch endpoint at /batch and /batch/gmail/v1;
- Google-shaped error bodies ({"error": {"code", "message", "errors": [{"reason"}], "status"}});
- quota units per method as published (messages.get 5, history.list 2, drafts.create 10, ...);
- an OAuth token endpoint at /token (refresh grant; invalid_grant on a revoked token);
- fault injection: an HTTP status with a reason, a stall (timeout) or a dropped connection.
It records every request, batch parts included, so a test can prove no send endpoint was called.
Only the subset of Gmail's `q` search that the agent uses is understood (see _matches).
"""

from __future__ import annotations

import base64
import email
import email.policy
import itertools
import json
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

QUOTA = {
    "getProfile": 1, "labels.list": 1, "labels.create": 5, "history.list": 2, "messages.list": 5,
    "messages.get": 5, "messages.modify": 5, "threads.list": 10, "threads.get": 10, "drafts.create": 10,
    "drafts.update": 15, "drafts.delete": 10, "drafts.list": 5, "drafts.get": 5, "drafts.send": 100,
    "messages.send": 100, "messages.insert": 25,
}  # fmt: skip
SYSTEM_LABELS = ["INBOX", "SENT", "DRAFT", "SPAM", "TRASH", "UNREAD", "STARRED", "IMPORTANT",
                 "CATEGORY_PERSONAL", "CATEGORY_SOCIAL", "CATEGORY_PROMOTIONS", "CATEGORY_UPDATES", "CATEGORY_FORUMS"]


class ApiError(Exception):
    def __init__(self, code: int, message: str, reason: str, status: str):
        self.code, self.message, self.reason, self.status = code, message, reason, status

    def body(self) -> dict:
        return {"error": {"code": self.code, "message": self.message,
                          "errors": [{"message": self.message, "domain": "global", "reason": self.reason}],
                          "status": self.status}}


def not_found() -> ApiError:
    return ApiError(404, "Requested entity was not found.", "notFound", "NOT_FOUND")


def bad_request(message: str) -> ApiError:
    return ApiError(400, message, "invalidArgument", "INVALID_ARGUMENT")


@dataclass
class Stored:
    id: str
    thread_id: str
    raw: bytes
    labels: list[str]
    internal_date: int  # ms since the epoch
    history_id: int
    msg: email.message.EmailMessage = field(repr=False, default=None)


@dataclass
class Fault:
    pattern: re.Pattern
    kind: str  # "status" | "stall" | "drop"
    status: int = 500
    reason: str = "backendError"
    times: int = 1


class GmailStandin:
    def __init__(self, address: str = "me@example.com", require_auth: bool = False):
        self.address = address
        self.require_auth = require_auth
        self.lock = threading.RLock()
        self.messages: dict[str, Stored] = {}
        self.by_message_id: dict[str, list[str]] = {}  # Message-ID header -> ids, for threading
        self.drafts: dict[str, str] = {}  # draft id -> message id
        self.labels: dict[str, str] = {name: name for name in SYSTEM_LABELS}
        self.history: list[tuple[int, dict]] = []
        self.history_id = 1000
        self.history_floor = 0  # startHistoryId below this gives 404, as an expired id does
        self.now_ms = int(time.time() * 1000)
        self.requests: list[tuple[str, str]] = []  # (method, path?query), batch parts included
        self.granted_scope: str | None = None  # what the consent screen returns when the user unticks a box
        self.units = 0
        self.calls = 0
        self.errors = 0  # answers other than 2xx
        self.unit_log: list[tuple[float, int]] = []  # (monotonic time, units) per call, for pacing checks
        self.faults: list[Fault] = []
        self.revoked: set[str] = set()
        self.issued: set[str] = set()
        self._ids = itertools.count(0x18C0000000000000)
        self.server: ThreadingHTTPServer | None = None

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> GmailStandin:
        standin = self

        class Handler(_Handler):
            owner = standin

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # ------------------------------------------------------------------ seeding and inspection
    def _new_id(self) -> str:
        return format(next(self._ids), "x")

    def _bump(self, record: dict | None = None) -> int:
        self.history_id += 1 + (self.history_id % 3)  # increasing, with gaps, like Gmail's
        if record is not None:
            self.history.append((self.history_id, record))
        return self.history_id

    def add_message(self, raw: bytes, labels: tuple[str, ...] | list[str] = ("INBOX",), internal_date: int | None = None,
                    thread_id: str | None = None) -> str:
        """Deliver a message (or file one the user sent, with labels=("SENT",)). Returns its id."""
        with self.lock:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if internal_date is None:
                try:
                    internal_date = int(parsedate_to_datetime(str(msg["Date"])).timestamp() * 1000)
                except Exception:
                    internal_date = self.now_ms
            mid = self._new_id()
            tid = thread_id or self._thread_for(msg) or mid
            stored = Stored(mid, tid, raw, list(labels), internal_date, 0, msg)
            self.messages[mid] = stored
            self.by_message_id.setdefault(str(msg.get("Message-ID", "")).strip(), []).append(mid)
            stored.history_id = self._bump({"messagesAdded": [{"message": self._ref(stored)}]})
            return mid

    def _thread_for(self, msg, requested: str | None = None) -> str | None:
        """Gmail's rule: a message joins a thread whose message it references, if the subjects match."""
        refs = re.findall(r"<[^>]+>", f"{msg.get('References', '')} {msg.get('In-Reply-To', '')}")
        subject = _norm_subject(str(msg.get("Subject", "")))
        for ref in refs:
            for mid in self.by_message_id.get(ref, []):
                s = self.messages.get(mid)
                if s is None or (requested and s.thread_id != requested):
                    continue
                if _norm_subject(str(s.msg.get("Subject", ""))) == subject:
                    return s.thread_id
        return None

    def delete_message(self, mid: str) -> None:
        with self.lock:
            stored = self.messages.pop(mid)
            self._bump({"messagesDeleted": [{"message": self._ref(stored)}]})

    def user_sends_draft(self, draft_id: str) -> str:
        """What Gmail does when the user presses Send: the draft goes, a SENT message comes."""
        with self.lock:
            mid = self.drafts.pop(draft_id)
            stored = self.messages.pop(mid)
            self._bump({"messagesDeleted": [{"message": self._ref(stored)}]})
            raw = stored.raw
            if "Date" not in stored.msg:  # Gmail dates the message when it is sent
                stamp = format_datetime(datetime.fromtimestamp(self.now_ms / 1000, UTC))
                raw = f"Date: {stamp}\r\n".encode() + raw
            return self.add_message(raw, labels=("SENT",), thread_id=stored.thread_id)

    def user_edits_draft(self, draft_id: str, new_body: str) -> None:
        with self.lock:
            old = self.messages[self.drafts[draft_id]]
            msg = email.message_from_bytes(old.raw, policy=email.policy.default)
            msg.set_content(new_body)
            self._replace_draft(draft_id, msg.as_bytes(), old.thread_id)

    def user_deletes_draft(self, draft_id: str) -> None:
        with self.lock:
            self.delete_message(self.drafts.pop(draft_id))

    def user_labels_thread(self, thread_id: str, name: str) -> None:
        """What the user does in Gmail: make the label if needed and put it on every message of a thread."""
        with self.lock:
            lid = next((i for i, n in self.labels.items() if n == name), None)
            if lid is None:
                lid = f"Label_{len(self.labels)}"
                self.labels[lid] = name
            for s in self.messages.values():
                if s.thread_id == thread_id and lid not in s.labels:
                    s.labels.append(lid)
                    self._bump({"labelsAdded": [{"message": self._ref(s), "labelIds": [lid]}]})

    def expire_history(self) -> None:
        """Make every stored startHistoryId too old, as after a long gap between runs."""
        self.history_floor = self.history_id + 1

    def fail(self, path_pattern: str, status: int = 500, reason: str = "backendError", times: int = 1,
             kind: str = "status") -> None:
        self.faults.append(Fault(re.compile(path_pattern), kind, status, reason, times))

    def revoke(self, refresh_token: str) -> None:
        self.revoked.add(refresh_token)

    def sent_anything(self) -> bool:
        return any(p.endswith("/send") or "/send?" in p for _, p in self.requests)

    def reset_counters(self) -> None:
        with self.lock:
            self.requests.clear()
            self.units = 0
            self.calls = 0
            self.errors = 0
            self.unit_log.clear()

    def peak_units_per_second(self) -> int:
        """The most units spent in any one-second window: Gmail's per-user limit is 250."""
        times = self.unit_log
        best = 0
        j = 0
        total = 0
        for i in range(len(times)):
            total += times[i][1]
            while times[i][0] - times[j][0] >= 1.0:
                total -= times[j][1]
                j += 1
            best = max(best, total)
        return best

    # ------------------------------------------------------------------ resources
    def _ref(self, s: Stored) -> dict:
        return {"id": s.id, "threadId": s.thread_id, "labelIds": list(s.labels)}

    def _message(self, s: Stored, fmt: str, headers: list[str]) -> dict:
        out = {"id": s.id, "threadId": s.thread_id, "labelIds": list(s.labels), "snippet": _snippet(s.msg),
               "historyId": str(s.history_id), "internalDate": str(s.internal_date), "sizeEstimate": len(s.raw)}
        if fmt == "raw":
            out["raw"] = base64.urlsafe_b64encode(s.raw).decode()
        elif fmt == "metadata":
            wanted = {h.lower() for h in headers}
            out["payload"] = {"mimeType": s.msg.get_content_type(),
                              "headers": [{"name": k, "value": str(v)} for k, v in s.msg.items()
                                          if not wanted or k.lower() in wanted]}
        elif fmt == "full":
            out["payload"] = _payload(s.msg)
        return out

    def _replace_draft(self, draft_id: str, raw: bytes, thread_id: str | None) -> Stored:
        old_mid = self.drafts.get(draft_id)
        if old_mid:
            self.delete_message(old_mid)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        tid = self._thread_for(msg, requested=thread_id) if thread_id else None
        mid = self.add_message(raw, labels=("DRAFT",), thread_id=tid or None, internal_date=self.now_ms)
        if not tid:
            self.messages[mid].thread_id = mid
        self.drafts[draft_id] = mid
        return self.messages[mid]

    # ------------------------------------------------------------------ dispatch
    def handle(self, method: str, path: str, query: dict[str, list[str]], body: bytes, headers: dict) -> tuple[int, dict]:
        """One API call (top-level or a batch part): status and JSON body."""
        with self.lock:
            self.requests.append((method, path + ("?" + urllib.parse.urlencode(query, doseq=True) if query else "")))
            self.calls += 1
            for f in self.faults:
                if f.times > 0 and f.kind == "status" and f.pattern.search(path):
                    f.times -= 1
                    self.errors += 1
                    return f.status, ApiError(f.status, "Injected fault", f.reason,
                                              "RESOURCE_EXHAUSTED" if f.status == 429 else "UNAVAILABLE").body()
            if self.require_auth and headers.get("authorization", "").removeprefix("Bearer ") not in self.issued:
                return 401, ApiError(401, "Request had invalid authentication credentials.", "authError",
                                     "UNAUTHENTICATED").body()
            try:
                name, result = self._route(method, path, query, body)
                self.units += QUOTA.get(name, 5)
                self.unit_log.append((time.monotonic(), QUOTA.get(name, 5)))
                return 200, result
            except ApiError as exc:
                self.errors += 1
                return exc.code, exc.body()

    def _route(self, method: str, path: str, q: dict, body: bytes) -> tuple[str, dict]:
        m = re.fullmatch(r"/gmail/v1/users/([^/]+)/(.*)", path)
        if not m:
            raise not_found()
        if m.group(1) not in ("me", self.address):
            raise ApiError(403, "Delegation denied", "forbidden", "PERMISSION_DENIED")
        rest = m.group(2)
        one = lambda k, d=None: q.get(k, [d])[0]  # noqa: E731
        if rest == "profile" and method == "GET":
            return "getProfile", {"emailAddress": self.address, "messagesTotal": len(self.messages),
                                  "threadsTotal": len({s.thread_id for s in self.messages.values()}),
                                  "historyId": str(self.history_id)}
        if rest == "messages" and method == "GET":
            hits = [s for s in self._visible(one("includeSpamTrash") == "true") if _matches(s, one("q", ""), self.now_ms)]
            for label in q.get("labelIds", []):
                hits = [s for s in hits if label in s.labels]
            page, token = _page(sorted(hits, key=lambda s: -s.internal_date), one("pageToken"),
                                int(one("maxResults", "100")), 500)
            out = {"resultSizeEstimate": len(hits)}
            if page:
                out["messages"] = [{"id": s.id, "threadId": s.thread_id} for s in page]
            if token:
                out["nextPageToken"] = token
            return "messages.list", out
        mm = re.fullmatch(r"messages/([^/]+)", rest)
        if mm and method == "GET":
            s = self.messages.get(mm.group(1))
            if s is None:
                raise not_found()
            fmt = one("format", "full")
            if fmt not in ("minimal", "full", "raw", "metadata"):
                raise bad_request(f"Invalid format: {fmt}")
            return "messages.get", self._message(s, fmt, q.get("metadataHeaders", []))
        if re.fullmatch(r"(messages|drafts)/send", rest):
            # The agent must never get here; answer like Gmail would refuse a bad request, loudly.
            raise ApiError(400, "The stand-in refuses to send mail.", "failedPrecondition", "FAILED_PRECONDITION")
        tm = re.fullmatch(r"threads/([^/]+)", rest)
        if tm and method == "GET":
            msgs = [s for s in self.messages.values() if s.thread_id == tm.group(1)]
            if not msgs:
                raise not_found()
            fmt = one("format", "full")
            return "threads.get", {"id": tm.group(1), "historyId": str(max(s.history_id for s in msgs)),
                                   "messages": [self._message(s, fmt if fmt != "raw" else "full", q.get("metadataHeaders", []))
                                                for s in sorted(msgs, key=lambda s: s.internal_date)]}
        if rest == "history" and method == "GET":
            return "history.list", self._history(q)
        if rest == "labels" and method == "GET":
            return "labels.list", {"labels": [{"id": i, "name": n, "type": "system" if i in SYSTEM_LABELS else "user"}
                                              for i, n in self.labels.items()]}
        if rest == "labels" and method == "POST":
            name = json.loads(body or b"{}").get("name")
            if not name:
                raise bad_request("Invalid label name")
            if name in self.labels.values():
                raise ApiError(409, "Label name exists or conflicts", "duplicate", "ALREADY_EXISTS")
            lid = f"Label_{len(self.labels)}"
            self.labels[lid] = name
            return "labels.create", {"id": lid, "name": name, "type": "user"}
        if rest == "drafts" and method == "POST":
            draft = json.loads(body or b"{}")
            raw = draft.get("message", {}).get("raw")
            if not raw:
                raise bad_request("Missing draft message")
            did = "r" + self._new_id()
            s = self._replace_draft(did, _b64(raw), draft["message"].get("threadId"))
            return "drafts.create", {"id": did, "message": self._ref(s)}
        if rest == "drafts" and method == "GET":
            items = [(did, self.messages[mid]) for did, mid in self.drafts.items()]
            page, token = _page(items, one("pageToken"), int(one("maxResults", "100")), 500)
            out = {"resultSizeEstimate": len(items)}
            if page:
                out["drafts"] = [{"id": did, "message": {"id": s.id, "threadId": s.thread_id}} for did, s in page]
            if token:
                out["nextPageToken"] = token
            return "drafts.list", out
        dm = re.fullmatch(r"drafts/([^/]+)", rest)
        if dm:
            did = dm.group(1)
            if did not in self.drafts:
                raise not_found()
            if method == "GET":
                fmt = one("format", "full")
                return "drafts.get", {"id": did, "message": self._message(self.messages[self.drafts[did]], fmt, [])}
            if method == "PUT":
                draft = json.loads(body or b"{}")
                s = self._replace_draft(did, _b64(draft["message"]["raw"]), draft["message"].get("threadId"))
                return "drafts.update", {"id": did, "message": self._ref(s)}
            if method == "DELETE":
                self.delete_message(self.drafts.pop(did))
                return "drafts.delete", {}
        raise not_found()

    def _visible(self, include_spam_trash: bool) -> list[Stored]:
        return [s for s in self.messages.values()
                if "DRAFT" not in s.labels and (include_spam_trash or not ({"SPAM", "TRASH"} & set(s.labels)))]

    def _history(self, q: dict) -> dict:
        start = q.get("startHistoryId", [None])[0]
        if start is None:
            raise bad_request("Missing startHistoryId")
        start = int(start)
        if start < self.history_floor:
            raise not_found()
        types = set(q.get("historyTypes", []))
        key = {"messageAdded": "messagesAdded", "messageDeleted": "messagesDeleted",
               "labelAdded": "labelsAdded", "labelRemoved": "labelsRemoved"}
        wanted = {key[t] for t in types} if types else set(key.values())
        records = []
        for hid, rec in self.history:
            if hid <= start:
                continue
            picked = {k: v for k, v in rec.items() if k in wanted}
            if picked:
                msgs = [x["message"] for v in picked.values() for x in v]
                records.append({"id": str(hid), "messages": msgs, **picked})
        page, token = _page(records, q.get("pageToken", [None])[0], int(q.get("maxResults", ["100"])[0]), 500)
        out = {"historyId": str(self.history_id)}
        if page:
            out["history"] = page
        if token:
            out["nextPageToken"] = token
        return out

    def token(self, form: dict) -> tuple[int, dict]:
        with self.lock:
            self.requests.append(("POST", "/token"))
            grant = form.get("grant_type", [""])[0]
            refresh = form.get("refresh_token", [""])[0]
            scope = self.granted_scope or (
                "https://www.googleapis.com/auth/gmail.readonly https://www.googleapis.com/auth/gmail.compose")
            access = f"at-{self._new_id()}"
            if grant == "authorization_code" and form.get("code", [""])[0] and form.get("code_verifier"):
                self.issued.add(access)
                return 200, {"access_token": access, "expires_in": 3599, "token_type": "Bearer", "scope": scope,
                             "refresh_token": f"rt-{self._new_id()}"}
            if grant != "refresh_token" or not refresh or refresh in self.revoked:
                return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
            self.issued.add(access)
            return 200, {"access_token": access, "expires_in": 3599, "token_type": "Bearer", "scope": scope}


# ---------------------------------------------------------------------- HTTP


class _Handler(BaseHTTPRequestHandler):
    owner: GmailStandin
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def _fault(self, path: str) -> bool:
        for f in self.owner.faults:
            if f.times > 0 and f.kind in ("stall", "drop") and f.pattern.search(path):
                f.times -= 1
                if f.kind == "stall":
                    time.sleep(3)
                self.close_connection = True
                self.connection.close()
                return True
        return False

    def _send(self, status: int, payload: bytes, ctype: str = "application/json; charset=UTF-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def _do(self, method: str) -> None:
        url = urllib.parse.urlsplit(self.path)
        body = self._body()
        if self._fault(url.path):
            return
        if url.path == "/token":
            status, out = self.owner.token(urllib.parse.parse_qs(body.decode()))
            return self._send(status, json.dumps(out).encode())
        if url.path in ("/batch", "/batch/gmail/v1") and method == "POST":
            return self._batch(body)
        query = urllib.parse.parse_qs(url.query)
        status, out = self.owner.handle(method, url.path, query, body, {k.lower(): v for k, v in self.headers.items()})
        self._send(status, json.dumps(out).encode())

    def _batch(self, body: bytes) -> None:
        ctype = self.headers.get("Content-Type", "")
        m = re.search(r'boundary="?([^";]+)"?', ctype)
        if not m:
            return self._send(400, json.dumps(bad_request("Missing boundary").body()).encode())
        parts = [p for p in body.decode().split("--" + m.group(1)) if p.strip() and p.strip() != "--"]
        if len(parts) > 100:
            return self._send(400, json.dumps(bad_request("Too many requests in batch (max 100)").body()).encode())
        boundary = "batch_standin_" + format(id(parts), "x")
        out = []
        for part in parts:
            head, _, inner = part.replace("\r\n", "\n").lstrip("\n").partition("\n\n")
            cid = re.search(r"Content-ID:\s*<([^>]+)>", head, re.I)
            request_line, _, rest = inner.lstrip("\n").partition("\n")
            req_headers, _, req_body = rest.partition("\n\n")
            hdrs = {}
            for line in req_headers.splitlines():
                k, _, v = line.partition(":")
                hdrs[k.strip().lower()] = v.strip()
            method, target, _ = request_line.strip().split(" ", 2)
            url = urllib.parse.urlsplit(target)
            status, result = self.owner.handle(method, url.path, urllib.parse.parse_qs(url.query),
                                               req_body.strip().encode(), hdrs)
            payload = json.dumps(result)
            reason = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
                      429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}.get(status, "Error")
            content_id = f"<response-{cid.group(1) if cid else ''}>"
            out.append(f"--{boundary}\r\nContent-Type: application/http\r\nContent-ID: {content_id}\r\n\r\n"
                       f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json; charset=UTF-8\r\n"
                       f"Content-Length: {len(payload)}\r\n\r\n{payload}\r\n")
        out.append(f"--{boundary}--\r\n")
        self._send(200, "".join(out).encode(), f"multipart/mixed; boundary={boundary}")

    def do_GET(self):
        self._do("GET")

    def do_POST(self):
        self._do("POST")

    def do_PUT(self):
        self._do("PUT")

    def do_DELETE(self):
        self._do("DELETE")


# ---------------------------------------------------------------------- helpers


def _b64(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def _norm_subject(s: str) -> str:
    return re.sub(r"^(?:\s*(?:re|fwd?|aw)\s*:\s*)+", "", s.strip(), flags=re.I).lower()


def _snippet(msg) -> str:
    try:
        body = msg.get_body(preferencelist=("plain", "html"))
        text = body.get_content() if body is not None else ""
    except Exception:
        text = ""
    return re.sub(r"\s+", " ", text)[:100]


def _payload(part) -> dict:
    out = {"mimeType": part.get_content_type(), "filename": part.get_filename() or "",
           "headers": [{"name": k, "value": str(v)} for k, v in part.items()]}
    if part.is_multipart():
        out["body"] = {"size": 0}
        out["parts"] = [_payload(p) for p in part.iter_parts()]
    else:
        data = part.get_payload(decode=True) or b""
        out["body"] = {"size": len(data), "data": base64.urlsafe_b64encode(data).decode()}
    return out


def _page(items: list, token: str | None, size: int, cap: int) -> tuple[list, str | None]:
    size = max(1, min(size, cap))
    start = int(token) if token else 0
    page = items[start : start + size]
    return page, str(start + size) if start + size < len(items) else None


def _text(s: Stored) -> str:
    if not hasattr(s, "_text"):
        try:
            body = s.msg.get_body(preferencelist=("plain", "html"))
            content = body.get_content() if body is not None else ""
        except Exception:
            content = ""
        s._text = f"{s.msg.get('Subject', '')} {content}".lower()
    return s._text


def _matches(s: Stored, q: str, now_ms: int) -> bool:
    """The subset of Gmail search the agent uses: newer_than:Nd, in:sent/inbox/anywhere, -in:chats,
    label:X, -category:X, to:(a OR b), filename:ics, {a b} and (a OR b) groups of words, bare words."""
    for neg, term in re.findall(r'(-?)((?:\w+:)?(?:\([^)]*\)|\{[^}]*\}|"[^"]*"|\S+))', q):
        ok = _term(s, term, now_ms)
        if ok == bool(neg):
            return False
    return True


def _term(s: Stored, term: str, now_ms: int) -> bool:
    key, _, value = term.partition(":") if re.match(r"^\w+:", term) else ("", "", term)
    if key == "newer_than":
        n, unit = int(value[:-1]), value[-1]
        days = {"d": 1, "m": 30, "y": 365}[unit]
        return s.internal_date >= now_ms - n * days * 86_400_000
    if key == "in":
        return {"sent": "SENT" in s.labels, "inbox": "INBOX" in s.labels, "anywhere": True,
                "chats": "CHAT" in s.labels, "drafts": "DRAFT" in s.labels}.get(value.lower(), value.upper() in s.labels)
    if key == "label":
        return value in s.labels or value.upper() in s.labels
    if key == "category":
        return f"CATEGORY_{value.upper()}" in s.labels
    if key in ("to", "from"):
        targets = [t.lower() for t in re.findall(r"[^\s(){}]+", value) if t.upper() != "OR"]
        field = " ".join(str(s.msg.get(h, "")) for h in (("To", "Cc") if key == "to" else ("From",))).lower()
        return any(t in field for t in targets)
    if key == "filename":
        return any((p.get_filename() or "").lower().endswith(value.lower()) or
                   (value.lower() == "ics" and p.get_content_type() == "text/calendar") for p in s.msg.walk())
    words = [w.strip('"').lower() for w in re.findall(r'"[^"]*"|[^\s(){}]+', term) if w.upper() != "OR"]
    text = _text(s)
    if term.startswith(("(", "{")):
        return any(w in text for w in words)
    return all(w in text for w in words)
