"""Gmail: history-based incremental sync, batched fetches, backoff, a quota limiter; drafts in the thread.

Economy first: a run with no new mail is one history.list call (2 units); each new message is
one messages.get (5 units) in a batch of at most 50; drafts are checked only when history shows
that something happened to them. The first run (or one after the history id expired) is a
bounded backfill of candidate mail, paced under Gmail's per-user 250 units/second.

Nothing here calls a send endpoint. The scopes allow it; the code does not.
"""

from __future__ import annotations

import base64
import email
import email.policy
import functools
import ipaddress
import json
import logging
import os
import random
import socket
import time
import urllib.parse
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

import httplib2
from google.auth.exceptions import RefreshError, TransportError
from googleapiclient.errors import HttpError

from agent.addresses import FREE_MAIL, domain, is_relay, is_robot, org_label
from agent.auth import REAUTH_HINT, TokenStore, credentials_from, is_invalid_grant
from agent.drafts import content_hash, to_mime
from agent.mailbox.base import AuthNeeded, Mailbox, MailboxUnavailable, RawMessage, SyncResult, Usage
from agent.models import Draft, DraftRecord

log = logging.getLogger("followup")
Resource = dict[str, Any]  # a Gmail API JSON object

# Published quota units per method (developers.google.com/gmail/api/reference/quota).
UNITS = {
    "getProfile": 1, "history.list": 2, "messages.list": 5, "messages.get": 5, "drafts.create": 10,
    "drafts.get": 5, "drafts.list": 5, "drafts.delete": 10, "drafts.update": 15, "labels.list": 1,
}  # fmt: skip
BATCH_SIZE = 50  # Gmail's batch guide: more than 50 per batch is not recommended
RETRY_STATUS = {429, 500, 502, 503, 504}
RATE_REASONS = {"rateLimitExceeded", "userRateLimitExceeded", "backendError"}
TRANSIENT = (OSError, socket.timeout, httplib2.HttpLib2Error, ConnectionError, TimeoutError)

# Words that make a message a candidate on the backfill; everything newer arrives through history.
CANDIDATE_WORDS = (
    "interview", "application", "applying", "applied", "candidate", "recruiter", "recruiting", "hiring",
    "offer", "position", "role", "availability", "schedule", "invitation", "assessment", "entrevista",
    "entretien", "candidature", "candidatura", "bewerbung", "vorstellungsgespräch",
)  # fmt: skip


class GmailFailure(MailboxUnavailable):
    """Gmail could not be reached or kept failing after retries (inside the mailbox; the boundary
    turns it into the one line the user reads)."""


P = ParamSpec("P")
R = TypeVar("R")


def user_error(exc: BaseException, whole: bool = True) -> AuthNeeded | MailboxUnavailable | None:
    """A Google library failure as one of the mailbox errors the CLI knows, or None if it is none of them.
    With `whole` off (a call about one draft), an HTTP error that concerns only that item (a 400, a 404)
    is left as it is, for the pipeline to set that application aside."""
    if isinstance(exc, RefreshError):
        log.error("token refresh failed: %s", type(exc).__name__)
        return AuthNeeded(REAUTH_HINT if is_invalid_grant(exc) else f"Gmail authorisation failed: {exc}")
    if isinstance(exc, (GmailFailure, TransportError)):
        return MailboxUnavailable(f"Gmail unavailable: {exc}; nothing was lost, the next run picks up from here")
    if isinstance(exc, HttpError):
        status = exc.resp.status
        if status == 401:
            return AuthNeeded("Gmail refused the credentials: run `followup auth`")
        if whole or status in (403, 429) or status >= 500:
            return MailboxUnavailable(f"Gmail refused a request: HTTP {status}; see followup's log")
    return None


def _mapped(fn: Callable[P, R]) -> Callable[P, R]:
    """The mailbox boundary: Google's exceptions leave as AuthNeeded or MailboxUnavailable."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            mapped = user_error(exc, whole=False)
            if mapped is None:
                raise
            raise mapped from exc

    return wrapper


class DraftOutsideThread(Exception):
    """Gmail placed a draft outside the thread it was meant for (and the stray draft was removed).
    About one application, not the mailbox: that application is set aside and the run goes on."""


HIDDEN_LABELS = frozenset({"SPAM", "TRASH"})  # messages.list leaves these out; history must too


@dataclass
class Quota:
    """Calls and units spent this run, and a sliding one-second window that keeps the units of any
    second at or under Gmail's per-user limit (250), instead of finding the limit by hitting it."""

    rate: int = 250  # units per second
    calls: int = 0
    units: int = 0
    by_method: dict[str, int] = field(default_factory=dict)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _window: deque[tuple[float, int]] = field(default_factory=deque)  # (time, units) spent in the last second

    def spend(self, method: str, n: int = 1) -> None:
        cost = min(UNITS.get(method, 5) * n, self.rate)
        while True:
            now = self.clock()
            while self._window and now - self._window[0][0] >= 1.0:
                self._window.popleft()
            used = sum(u for _, u in self._window)
            if used + cost <= self.rate:
                break
            self.sleep(max(0.001, 1.0 - (now - self._window[0][0])))
        self._window.append((self.clock(), cost))
        self.calls += n
        self.units += UNITS.get(method, 5) * n
        self.by_method[method] = self.by_method.get(method, 0) + n

    def settle(self) -> None:
        """Count the last spend from when its answer came back: Gmail meters a batch's parts as it
        runs them, so timing from the send alone could let two batches land in one of its seconds."""
        if self._window:
            self._window[-1] = (self.clock(), self._window[-1][1])


def is_loopback(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def make_service(endpoint: str | None = None, credentials: Any = None, timeout: float = 60) -> Any:
    """The Gmail client: Google's, or one pointed at `endpoint` (batch calls included, which
    api_endpoint alone would leave at googleapis.com). A loopback endpoint needs no credentials."""
    import googleapiclient
    from googleapiclient.discovery import build, build_from_document

    http = httplib2.Http(timeout=timeout)
    if credentials is not None:
        import google_auth_httplib2

        http = google_auth_httplib2.AuthorizedHttp(credentials, http=http)
    if not endpoint:
        return build("gmail", "v1", http=http, cache_discovery=False, static_discovery=True)
    doc_path = os.path.join(os.path.dirname(googleapiclient.__file__), "discovery_cache", "documents", "gmail.v1.json")
    with open(doc_path, encoding="utf-8") as fh:
        doc = json.load(fh)
    root = endpoint if endpoint.endswith("/") else endpoint + "/"
    doc["rootUrl"] = doc["mtlsRootUrl"] = root
    return build_from_document(doc, http=http)


def _reason(exc: HttpError) -> str:
    try:
        return str(json.loads(exc.content.decode())["error"]["errors"][0]["reason"])
    except Exception:
        return ""


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, HttpError):
        status = exc.resp.status
        return status in RETRY_STATUS or (status == 403 and _reason(exc) in RATE_REASONS)
    return isinstance(exc, TRANSIENT)


class GmailMailbox(Mailbox):
    name = "gmail"
    labels = True
    incremental = True
    drafts_where = "Gmail Drafts"

    def __init__(self, service: Any, *, cursor: str | None = None, backfill_days: int = 120, address: str = "",
                 label_names: dict[str, str] | None = None,
                 quota: Quota | None = None, sleep: Callable[[float], None] = time.sleep, max_tries: int = 7,
                 progress: Callable[[int, int, int], None] | None = None):
        self.service = service
        self.users = service.users()
        self._cursor = cursor
        self.new_cursor: str | None = cursor
        self.backfill_days = backfill_days
        self.address = address
        self.quota = quota or Quota(sleep=sleep)
        self.sleep = sleep
        self.max_tries = max_tries
        self.progress = progress
        self.deleted: set[str] = set()  # message ids history reported deleted this run
        self.full_sync = cursor is None
        self.label_names: dict[str, str] = dict(label_names or {})  # label id -> name, cached between runs
        self.relabelled: dict[str, frozenset[str]] = {}  # known message id -> its label names now

    def _names(self, label_ids: Iterable[str]) -> frozenset[str]:
        """Label ids to names; one labels.list (1 unit) only when an id is not known yet."""
        ids = set(label_ids)
        if any(i not in self.label_names and i.startswith("Label_") for i in ids):
            resp = self._call("labels.list", self.users.labels().list(userId="me"))
            self.label_names.update({lab["id"]: lab["name"] for lab in resp.get("labels", [])})
        return frozenset(self.label_names.get(i, i) for i in ids)

    # ------------------------------------------------------------------ calls
    def _call(self, method: str, request: Any) -> Any:
        """One API call with exponential backoff and jitter on 429, 5xx, rate-limit 403 and network errors."""
        for attempt in range(self.max_tries):
            self.quota.spend(method)
            try:
                result = request.execute(num_retries=0)
                self.quota.settle()
                return result
            except Exception as exc:
                self.quota.settle()
                if not _retryable(exc) or attempt == self.max_tries - 1:
                    if _retryable(exc):
                        raise GmailFailure(f"Gmail {method} kept failing: {_describe(exc)}") from exc
                    raise
                delay = min(2**attempt, 32) * (0.5 + random.random() / 2)
                log.warning("gmail %s failed (%s); retrying in %.1fs", method, _describe(exc), delay)
                self.sleep(delay)
        raise AssertionError("unreachable")

    def _batch_get(self, ids: list[str], fmt: str = "raw") -> Iterator[Resource]:
        """messages.get for many ids, 50 to a batch; rate-limited parts are re-batched after a pause,
        404s (deleted since listed) are skipped."""
        pending = list(dict.fromkeys(ids))  # a repeated request id makes the batch raise KeyError
        attempt = 0
        done = 0
        while pending:
            chunk, pending = pending[:BATCH_SIZE], pending[BATCH_SIZE:]
            results: dict[str, Resource] = {}
            retry: list[str] = []

            def callback(request_id: str, response: Resource, exc: BaseException | None,
                         results: dict[str, Resource] = results, retry: list[str] = retry) -> None:
                mid = request_id
                if exc is None:
                    results[mid] = response
                elif _retryable(exc):
                    retry.append(mid)
                elif isinstance(exc, HttpError) and exc.resp.status == 404:
                    log.info("message %s is gone (deleted since listed); skipped", mid)
                else:
                    log.error("message %s could not be fetched: %s", mid, _describe(exc))

            batch = self.service.new_batch_http_request(callback=callback)
            for mid in chunk:
                batch.add(self.users.messages().get(userId="me", id=mid, format=fmt), request_id=mid)
            self.quota.spend("messages.get", len(chunk))
            try:
                batch.execute()
            except Exception as exc:
                if not _retryable(exc):
                    raise
                retry = [m for m in chunk if m not in results]
            finally:
                self.quota.settle()
            for mid in chunk:
                if mid in results:
                    yield results[mid]
            done += len(results)
            if self.progress:
                self.progress(done, done + len(pending) + len(retry), self.quota.units)
            if retry:
                attempt += 1
                if attempt >= self.max_tries:
                    raise GmailFailure(f"Gmail kept rate-limiting {len(retry)} fetches")
                self.sleep(min(2**attempt, 32) * (0.5 + random.random() / 2))
                pending = retry + pending
            else:
                attempt = 0

    def _list(self, method: str, make: Callable[[str | None], Any], key: str) -> Iterator[Resource]:
        token = None
        while True:
            resp = self._call(method, make(token))
            yield from resp.get(key, [])
            token = resp.get("nextPageToken")
            if not token:
                return

    # ------------------------------------------------------------------ sync
    def sync(self, known: set[str]) -> SyncResult:
        result = SyncResult(messages=())

        def messages() -> Iterator[RawMessage]:
            try:
                yield from self.fetch(known)
            except Exception as exc:
                mapped = user_error(exc)
                if mapped is None:
                    raise
                raise mapped from exc
            result.cursor = self.new_cursor
            result.relabelled = dict(self.relabelled)
            result.deleted = set(self.deleted)
            result.address = self.address
            result.label_names = dict(self.label_names)

        result.messages = messages()
        return result

    @_mapped
    def owner(self) -> tuple[str, str]:
        """The account's address from Gmail's profile (1 quota unit); Gmail does not give a name."""
        profile = self._call("getProfile", self.users.getProfile(userId="me"))
        return "", str(profile.get("emailAddress", ""))

    def forget_cursor(self) -> None:
        self._cursor = self.new_cursor = None
        self.full_sync = True

    def usage(self) -> Usage:
        return Usage(self.quota.calls, self.quota.units, dict(self.quota.by_method))

    def fetch(self, known: set[str]) -> Iterator[RawMessage]:
        if self._cursor is not None:
            try:
                ids = self._changed_ids()
            except HttpError as exc:
                if exc.resp.status != 404:
                    raise
                log.warning("stored history id is too old; falling back to a backfill")
                self.full_sync = True
                ids = self._backfill_ids()
        else:
            ids = self._backfill_ids()
        fetched: set[str] = set()
        domains: set[str] = set()
        yield from self._raw(ids, known, fetched, domains)
        if self.full_sync and domains:
            # Mail the user wrote to those companies outside the candidate threads (a check-in sent as a
            # new message) counts as a follow-up: find it by recipient domain, a few list calls in all.
            yield from self._raw(self._sent_to(sorted(domains)), known, fetched, set())

    def _raw(self, ids: list[str], known: set[str], fetched: set[str], domains: set[str]) -> Iterator[RawMessage]:
        for msg in self._batch_get([i for i in ids if i not in known and i not in fetched]):
            fetched.add(msg["id"])
            labels = self._names(msg.get("labelIds", []))
            if "DRAFT" in labels or HIDDEN_LABELS & set(msg.get("labelIds", [])):
                continue
            try:
                raw = base64.urlsafe_b64decode(msg["raw"] + "=" * (-len(msg["raw"]) % 4))
            except (KeyError, TypeError, ValueError):  # one unreadable answer must not end the fetch
                log.error("message %s: Gmail returned no readable raw form", msg.get("id"))
                raw = b""
            if self.full_sync and "SENT" not in labels:
                domains.update(_human_domains(raw))
            yield RawMessage(id=msg["id"], raw=raw, thread_id=msg["threadId"],
                             labels=frozenset({"Sent"} if "SENT" in labels else set()) | labels)

    def _sent_to(self, domains: list[str]) -> list[str]:
        ids: list[str] = []
        for i in range(0, len(domains), 20):
            group = " OR ".join(domains[i : i + 20])
            q = f"in:sent newer_than:{self.backfill_days}d to:({group})"

            def page(t: str | None, q: str = q) -> Any:
                return self.users.messages().list(userId="me", q=q, maxResults=500, pageToken=t)

            ids += [m["id"] for m in self._list("messages.list", page, "messages")]
        return ids

    def _changed_ids(self) -> list[str]:
        ids: list[str] = []
        token = None
        while True:
            req = self.users.history().list(userId="me", startHistoryId=self._cursor, maxResults=500,
                                            historyTypes=["messageAdded", "messageDeleted", "labelAdded",
                                                          "labelRemoved"], pageToken=token)
            resp = self._call("history.list", req)
            for record in resp.get("history", []):
                for added in record.get("messagesAdded", []):
                    m = added["message"]
                    hidden = {"DRAFT"} | HIDDEN_LABELS
                    if not hidden & set(m.get("labelIds", [])) and m["id"] not in ids:
                        ids.append(m["id"])
                for gone in record.get("messagesDeleted", []):
                    self.deleted.add(gone["message"]["id"])
                for change in record.get("labelsAdded", []) + record.get("labelsRemoved", []):
                    m = change["message"]  # carries the message's labels as they are now
                    self.relabelled[m["id"]] = self._names(m.get("labelIds", []))
            token = resp.get("nextPageToken")
            if not token:
                self.new_cursor = resp.get("historyId", self._cursor)
                break
        return [i for i in ids if i not in self.deleted]

    def _backfill_ids(self) -> list[str]:
        """Candidate mail of the last N days, and the rest of those threads (the user's own mail, plain replies)."""
        profile = self._call("getProfile", self.users.getProfile(userId="me"))
        self.address = profile.get("emailAddress", self.address)
        self.new_cursor = profile["historyId"]  # read before listing: changes during the pull come next time
        words = " OR ".join(CANDIDATE_WORDS)
        q = f"newer_than:{self.backfill_days}d -in:chats ({words})"
        found = list(self._list("messages.list",
                                lambda t: self.users.messages().list(userId="me", q=q, maxResults=500, pageToken=t),
                                "messages"))
        threads = {m["threadId"] for m in found}
        # The rest of those threads: the user's own mail, and the company's replies that use none of the words
        # ("No bother Alex, Wednesday at 4 so", "we went with someone else, sorry") - a run started mid-process must
        # read them as the history sync would have. One listing of the window's mail (ids only, 5 units a page of
        # 500), kept to the candidate threads: the rest of the mailbox is never fetched.
        rest_q = f"newer_than:{self.backfill_days}d -in:chats -in:drafts"
        rest = [m for m in self._list("messages.list",
                                      lambda t: self.users.messages().list(userId="me", q=rest_q, maxResults=500,
                                                                           pageToken=t), "messages")
                if m["threadId"] in threads]
        ids = [m["id"] for m in found]
        listed = set(ids)
        return ids + [m["id"] for m in rest if m["id"] not in listed]

    def cursor(self) -> str | None:
        return self.new_cursor

    # ------------------------------------------------------------------ drafts
    @_mapped
    def create_draft(self, draft: Draft, record_id: str) -> str:
        domain = self.address.rsplit("@", 1)[-1] if "@" in self.address else None
        msg = to_mime(draft, "", "", domain or "", record_id)
        body = {"message": {"raw": base64.urlsafe_b64encode(msg.as_bytes()).decode()}}
        if draft.thread_id:
            body["message"]["threadId"] = draft.thread_id
        resp = self._call("drafts.create", self.users.drafts().create(userId="me", body=body))
        got = resp["message"]["threadId"]
        if draft.thread_id and got != draft.thread_id:
            self._call("drafts.delete", self.users.drafts().delete(userId="me", id=resp["id"]))
            raise DraftOutsideThread(f"Gmail put the draft outside thread {draft.thread_id}; removed it")
        location = f"{resp['id']}:{resp['message']['id']}"
        self._drop_duplicates(draft.thread_id, content_hash(draft.body), keep=resp["id"])
        return location

    def _thread_drafts(self, thread_id: str) -> list[Resource]:
        return [d for d in self._list("drafts.list",
                                      lambda t: self.users.drafts().list(userId="me", maxResults=500, pageToken=t),
                                      "drafts")
                if d["message"]["threadId"] == thread_id]

    def _body_hash(self, draft_id: str) -> tuple[str, str] | None:
        try:
            resp = self._call("drafts.get", self.users.drafts().get(userId="me", id=draft_id, format="raw"))
        except HttpError as exc:
            if exc.resp.status == 404:
                return None
            raise
        raw = base64.urlsafe_b64decode(resp["message"]["raw"] + "=" * (-len(resp["message"]["raw"]) % 4))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        part = msg.get_body(preferencelist=("plain",))
        return resp["message"]["id"], content_hash(part.get_content() if part is not None else "")

    def _drop_duplicates(self, thread_id: str, digest: str, keep: str) -> None:
        """A create whose answer was lost may have run twice (httplib2 re-sends once): keep one copy.
        A draft outside any thread starts its own, so then every draft is a candidate (at most 50)."""
        for d in self._candidates(thread_id):
            if d["id"] == keep:
                continue
            got = self._body_hash(d["id"])
            if got and got[1] == digest:
                self._call("drafts.delete", self.users.drafts().delete(userId="me", id=d["id"]))
                log.warning("removed a duplicate draft %s in thread %s", d["id"], thread_id)

    def _candidates(self, thread_id: str) -> list[Resource]:
        """Drafts that may be a copy of ours: those in its thread or, for a draft that started its own
        thread, the newest 50 of all (drafts.list gives the newest first)."""
        if thread_id:
            return self._thread_drafts(thread_id)
        return list(self._list("drafts.list", lambda t: self.users.drafts().list(
            userId="me", maxResults=500, pageToken=t), "drafts"))[:50]

    @_mapped
    def find_draft(self, record: DraftRecord) -> str | None:
        """After a crash between intent and confirmation: our draft, if Gmail made it."""
        for d in self._candidates(record.thread_id):
            got = self._body_hash(d["id"])
            if got and got[1] == record.content_hash:
                return f"{d['id']}:{got[0]}"
        return None

    @_mapped
    def draft_state(self, record: DraftRecord) -> tuple[str, str]:
        """('present'|'edited'|'missing', where it now is). An edit in Gmail gives the draft a new
        message id; the new location keeps the next run's history check cheap."""
        draft_id, _, message_id = record.location.partition(":")
        if not self.full_sync and message_id and message_id not in self.deleted:
            return "present", record.location  # history says its message is untouched: no call needed
        got = self._body_hash(draft_id)
        if got is None:
            return "missing", record.location
        location = f"{draft_id}:{got[0]}"
        return ("present" if got[1] == record.content_hash else "edited"), location

    @_mapped
    def delete_draft(self, record: DraftRecord) -> None:
        draft_id = record.location.partition(":")[0]
        try:
            self._call("drafts.delete", self.users.drafts().delete(userId="me", id=draft_id))
        except HttpError as exc:
            if exc.resp.status != 404:
                raise

    def draft_text(self, location: str) -> str | None:
        return None


def service_for(endpoint: str | None, tokens: TokenStore, info: dict[str, Any] | None = None) -> Any:
    """Google's Gmail, or the endpoint configured; a loopback endpoint with no token runs without one."""
    info = info or tokens.load()
    if endpoint and is_loopback(endpoint) and not info:
        return make_service(endpoint)
    if not info:
        raise AuthNeeded("not authorised yet: run `followup auth`")
    return make_service(endpoint, credentials_from(info))


@_mapped
def profile_address(endpoint: str | None, tokens: TokenStore, info: dict[str, Any] | None = None) -> str:
    """The account's address, as Gmail's profile gives it (1 quota unit)."""
    service = service_for(endpoint, tokens, info)
    return str(service.users().getProfile(userId="me").execute(num_retries=2)["emailAddress"])


def _human_domains(raw: bytes) -> set[str]:
    """Domains of the people (not relays, not free mail) who sent or answer a message."""
    from agent.addresses import strict_addresses
    from agent.mime import headers_of
    from agent.sanitize import repair

    try:
        head = headers_of(raw)
        pairs = [p for h in ("From", "Reply-To") for p in (strict_addresses(repair(str(head.get(h, "")))) or [])]
    except Exception:
        return set()
    out = set()
    for _, address in pairs:
        d = domain(address)
        if d and not is_relay(address) and not is_robot(address) and org_label(address) not in FREE_MAIL:
            out.add(d)
    return out



def _describe(exc: BaseException) -> str:
    if isinstance(exc, HttpError):
        return f"HTTP {exc.resp.status} {_reason(exc)}".strip()
    return type(exc).__name__
