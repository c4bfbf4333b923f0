"""OAuth for an installed (Desktop) app, and where the token lives.

The token goes to the OS keyring and to HOME/token.json (mode 0600): a job started by cron often
has no session bus, so the keyring is unreachable there and the file is the fallback. Where no
real keyring exists (a server) only the file is written, and `auth` and `doctor` say so.
FOLLOWUP_TOKEN_STORE=file skips the keyring; FOLLOWUP_TOKEN_STORE=keyring keeps no file. Only what
a refresh needs is stored (refresh token, client id and secret, token URI, scopes): small
enough for every keyring backend, Windows' 1,280-character limit included. Access tokens are
minted at each run and never written down.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from google.auth.exceptions import RefreshError
from google.oauth2.credentials import Credentials

from agent.mailbox.base import AuthNeeded
from agent.private import write_private

__all__ = ["AuthNeeded", "ClientFileError", "TokenStore", "check_client_file", "consent", "credentials_from",
           "info_from", "is_invalid_grant", "keyring_usable", "refresh_check", "write_private"]

# gmail.readonly reads mail, history and drafts; gmail.compose creates, updates and deletes drafts.
# No Gmail scope allows drafts without also allowing send: "never sends" is enforced in code.
SCOPES = [
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
]
KEYRING_SERVICE = "followup"
KEYRING_USER = "gmail-oauth-token"
STORED_KEYS = ("refresh_token", "client_id", "client_secret", "token_uri", "scopes", "account")


TokenInfo = dict[str, Any]  # the STORED_KEYS of a token


def _info(value: object) -> TokenInfo | None:
    return value if isinstance(value, dict) else None


class ClientFileError(Exception):
    """The OAuth client file is missing, not a Desktop-app client, or still the example (a usage error)."""


REAUTH_HINT = (
    "Gmail refused the stored authorisation (revoked, expired, or the app is still in 'Testing', whose "
    "tokens last 7 days); run `followup auth` again"
)


def keyring_usable() -> tuple[bool, str]:
    """Whether the OS keyring is a real one, and its name. keyring's 'fail' backend, an empty chainer
    and the plaintext fallbacks of keyrings.alt are not: for those our own 0600 file is as good."""
    if os.environ.get("FOLLOWUP_TOKEN_STORE") == "file":
        return False, "disabled by FOLLOWUP_TOKEN_STORE=file"
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring config must not stop the agent
        return False, f"unavailable ({type(exc).__name__})"
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    priority = getattr(backend, "priority", 0)
    chained = getattr(backend, "backends", None)
    if "fail" in name or (chained is not None and not chained) or priority < 1:
        return False, name
    return True, name


class TokenStore:
    def __init__(self, home: Path):
        self.file = home / "token.json"

    def where(self) -> str:
        ok, name = keyring_usable()
        return f"OS keyring ({name})" if ok else f"file {self.file} (mode 0600; no OS keyring: {name})"

    def load(self) -> TokenInfo | None:
        ok, _ = keyring_usable()
        if ok:
            try:
                text = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
                if text:
                    return _info(json.loads(text))
            except Exception:  # no session bus under cron, a locked collection: the file is the fallback
                pass
        if self.file.exists():
            return _info(json.loads(self.file.read_text(encoding="utf-8")))
        return None

    def save(self, info: TokenInfo) -> str:
        data = {k: info[k] for k in STORED_KEYS if info.get(k) is not None}
        if not data.get("refresh_token"):
            raise AuthNeeded("Google returned no refresh token; run `followup auth` again (it asks for consent)")
        text = json.dumps(data, separators=(",", ":"))
        ok, _ = keyring_usable()
        if ok:
            try:
                keyring.set_password(KEYRING_SERVICE, KEYRING_USER, text)
            except Exception:  # an unreachable keyring: the file below is the store
                pass
            else:
                if os.environ.get("FOLLOWUP_TOKEN_STORE") == "keyring":
                    self.file.unlink(missing_ok=True)  # the user chose the keyring only
                    return self.where()
                # Kept as the fallback for cron, which often has no session bus to reach the keyring.
                write_private(self.file, text)
                return f"{self.where()}, with {self.file} (mode 0600) as the fallback for cron"
        write_private(self.file, text)
        return f"file {self.file} (mode 0600)"

    def delete(self) -> None:
        ok, _ = keyring_usable()
        if ok:
            try:
                keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)
            except keyring.errors.KeyringError:
                pass
        self.file.unlink(missing_ok=True)


def credentials_from(info: TokenInfo) -> Credentials:
    return Credentials(  # type: ignore[no-untyped-call]
        token=None,
        refresh_token=info["refresh_token"],
        token_uri=info.get("token_uri", "https://oauth2.googleapis.com/token"),
        client_id=info.get("client_id"),
        client_secret=info.get("client_secret"),
        scopes=info.get("scopes") or SCOPES,
    )


def load_credentials(store: TokenStore) -> Credentials:
    info = store.load()
    if not info or not info.get("refresh_token"):
        raise AuthNeeded("not authorised yet: run `followup auth`")
    return credentials_from(info)


def is_invalid_grant(exc: BaseException) -> bool:
    return isinstance(exc, RefreshError) and "invalid_grant" in str(exc)


def check_client_file(path: Path) -> None:
    """Refuse, before a browser opens, a file that cannot start a consent: missing, not a Desktop-app
    client, or the repository's example whose client id ends in `replace-me`."""
    hint = ("create a Desktop-app client (an OAuth client ID) in Google Cloud Console and save its JSON there "
            "(docs/gmail-setup.md)")
    if not path.is_file():
        raise ClientFileError(f"no OAuth client file at {path}: {hint}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        client = data.get("installed") or data.get("web") or {}
        client_id = str(client.get("client_id", ""))
    except (ValueError, AttributeError, OSError) as exc:
        raise ClientFileError(f"{path} is not an OAuth client file ({type(exc).__name__}): {hint}") from exc
    if not client_id:
        raise ClientFileError(f"{path} has no client_id: {hint}")
    if "replace-me" in client_id:
        raise ClientFileError(f"{path} is the example file (client id {client_id}): {hint}")


def refresh_check(info: TokenInfo) -> None:
    """Mint an access token from the stored refresh token (what every run does first). Raises
    AuthNeeded when Google refuses it, another exception when Google cannot be reached."""
    import httplib2
    from google_auth_httplib2 import Request

    try:
        credentials_from(info).refresh(Request(httplib2.Http(timeout=20)))  # type: ignore[no-untyped-call]
    except RefreshError as exc:
        raise AuthNeeded("token does not refresh" + (" (invalid_grant)" if is_invalid_grant(exc) else "")) from exc


def consent(credentials_file: Path, *, open_browser: bool = True, port: int = 0,
            flow_factory: Callable[..., Any] | None = None) -> Credentials:
    """The installed-app flow on a loopback redirect. With open_browser=False the URL is printed: open it
    on any machine (with `ssh -L PORT:localhost:PORT` when this one is remote)."""
    from google_auth_oauthlib.flow import InstalledAppFlow

    factory = flow_factory or InstalledAppFlow.from_client_secrets_file
    try:
        flow = factory(str(credentials_file), SCOPES)
    except ValueError as exc:
        raise AuthNeeded(f"{credentials_file} is not a Desktop-app OAuth client file: {exc}") from exc
    # Google lets the user untick a scope; oauthlib then raises a bare Warning (a traceback). Accept
    # the answer, then say in one line which scope is missing.
    relaxed = os.environ.get("OAUTHLIB_RELAX_TOKEN_SCOPE")
    os.environ["OAUTHLIB_RELAX_TOKEN_SCOPE"] = "1"
    try:
        creds = _run_flow(flow, open_browser, port)
    finally:
        if relaxed is None:
            os.environ.pop("OAUTHLIB_RELAX_TOKEN_SCOPE", None)
    missing = [s for s in SCOPES if s not in granted_scopes(creds)]
    if missing:
        names = " and ".join(SCOPE_NAMES.get(s, s) for s in missing)
        raise AuthNeeded(f"Google did not grant {names}: run `followup auth` again and leave every box ticked")
    return creds


SCOPE_NAMES = {
    "https://www.googleapis.com/auth/gmail.readonly": "'Read your email' (gmail.readonly)",
    "https://www.googleapis.com/auth/gmail.compose": "'Manage drafts' (gmail.compose)",
}


def granted_scopes(creds: Credentials) -> list[str]:
    """The scopes the user actually granted (Google's answer), not the ones asked for."""
    got = getattr(creds, "granted_scopes", None)
    if isinstance(got, str):
        got = got.split()
    return list(got) if got else list(creds.scopes or SCOPES)


def _run_flow(flow: Any, open_browser: bool, port: int) -> Credentials:
    creds: Credentials = flow.run_local_server(
        host="localhost",
        port=port,
        open_browser=open_browser,
        prompt="consent",  # a re-auth must return a fresh refresh token
        authorization_prompt_message="Open this URL in a browser to let followup read mail and make drafts:\n{url}\n",
        success_message="followup is authorised. You can close this tab.",
    )
    return creds


def info_from(creds: Credentials, account: str | None) -> TokenInfo:
    return {
        "refresh_token": creds.refresh_token,
        "client_id": creds.client_id,
        "client_secret": creds.client_secret,
        "token_uri": creds.token_uri,
        "scopes": granted_scopes(creds),
        "account": account,
    }
