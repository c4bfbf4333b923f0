"""OAuth and the token store, with fakes only at the google-auth boundary: a fake browser and the
stand-in's token endpoint. The flow, the client and the refresh are the real libraries."""

from __future__ import annotations

import json
import os
import socket
import stat
import threading
import urllib.parse
import urllib.request
import webbrowser

import pytest
from click.testing import CliRunner

from agent.auth import TokenStore, keyring_usable
from agent.cli import cli
from agent.demo.builder import mail
from tests.gmail_standin import GmailStandin


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeBrowser:
    """Stands where the user's browser would: takes the consent URL and follows Google's redirect."""

    def __init__(self):
        self.opened: list[str] = []

    def open(self, url, new=0, autoraise=True):
        self.opened.append(url)
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        redirect = query["redirect_uri"][0]
        target = f"{redirect}?state={query['state'][0]}&code=granted-code&scope={urllib.parse.quote(query['scope'][0])}"
        threading.Thread(target=lambda: urllib.request.urlopen(target, timeout=10).read(), daemon=True).start()
        return True


@pytest.fixture
def google(tmp_path, monkeypatch):
    g = GmailStandin(address="jordan@example.com", require_auth=True).start()
    monkeypatch.setenv("FOLLOWUP_GMAIL_ENDPOINT", g.url)
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the stand-in's token endpoint is plain http
    home = tmp_path / "home"
    home.mkdir()
    (home / "credentials.json").write_text(json.dumps({"installed": {
        "client_id": "cid.apps.googleusercontent.com", "client_secret": "secret", "project_id": "p",
        "auth_uri": g.url + "auth", "token_uri": g.url + "token", "redirect_uris": ["http://localhost"]}}))
    browser = FakeBrowser()
    monkeypatch.setattr(webbrowser, "get", lambda *a, **k: browser)
    yield g, home, browser
    g.stop()


def invoke(home, *args):
    return CliRunner().invoke(cli, ["--home", str(home), *args])


def test_first_consent_stores_the_token_in_a_0600_file_without_keyring(google):
    g, home, browser = google
    result = invoke(home, "auth", "--port", str(free_port()))
    assert result.exit_code == 0, result.output + repr(result.exception)
    assert "Authorised as jordan@example.com" in result.output
    assert "token.json (mode 0600)" in result.output
    url = urllib.parse.urlsplit(browser.opened[0])
    q = urllib.parse.parse_qs(url.query)
    assert q["access_type"] == ["offline"] and q["prompt"] == ["consent"]
    assert set(q["scope"][0].split()) == {"https://www.googleapis.com/auth/gmail.readonly",
                                          "https://www.googleapis.com/auth/gmail.compose"}
    token = home / "token.json"
    assert stat.S_IMODE(os.stat(token).st_mode) == 0o600
    saved = json.loads(token.read_text())
    assert saved["refresh_token"].startswith("rt-") and "token" not in saved  # no access token kept
    doctor = invoke(home, "doctor")
    assert "no OS keyring" in doctor.output and "token refreshes" in doctor.output


def test_consent_goes_to_the_os_keyring_when_there_is_one(google, memory_keyring):
    g, home, _ = google
    result = invoke(home, "auth", "--port", str(free_port()))
    assert result.exit_code == 0, result.output
    assert "OS keyring" in result.output
    # the file stays, mode 0600, as the fallback for cron jobs that cannot reach the keyring
    assert stat.S_IMODE(os.stat(home / "token.json").st_mode) == 0o600
    stored = json.loads(memory_keyring.items[("followup", "gmail-oauth-token")])
    assert len(json.dumps(stored)) < 1280  # fits Windows Credential Manager
    assert keyring_usable()[0]


def test_refresh_then_run_then_revoked_token_exits_3(google):
    g, home, _ = google
    assert invoke(home, "auth", "--port", str(free_port())).exit_code == 0
    g.now_ms = 1_772_000_000_000
    g.add_message(mail(frm="a@b.example", to="jordan@example.com", subject="hello", body="hi",
                       date=__import__("datetime").datetime(2026, 3, 1), msgid="<h@b>"))
    ok = invoke(home, "run", "--source", "gmail")
    assert ok.exit_code == 0, ok.output
    assert any(p == "/token" for _, p in g.requests)  # the access token was minted by a refresh
    info = TokenStore(home).load()
    g.revoke(info["refresh_token"])
    bad = invoke(home, "run", "--source", "gmail")
    assert bad.exit_code == 3
    assert "run `followup auth` again" in bad.output and "7 days" in bad.output
    assert len(bad.output.strip().splitlines()) == 1
    doctor = invoke(home, "doctor")
    assert doctor.exit_code == 1 and "invalid_grant" in doctor.output


def test_no_token_is_exit_code_3_with_the_next_step(google, monkeypatch):
    g, home, _ = google
    result = invoke(home, "run", "--source", "gmail")  # the stand-in wants a token; none is stored
    assert result.exit_code == 3 and "run `followup auth`" in result.output
    monkeypatch.delenv("FOLLOWUP_GMAIL_ENDPOINT")  # Google itself: stops before any network call
    result = invoke(home, "run", "--source", "gmail")
    assert result.exit_code == 3 and "not authorised yet: run `followup auth`" in result.output


def test_export_and_import_move_a_token_between_machines(google, tmp_path):
    g, home, _ = google
    assert invoke(home, "auth", "--port", str(free_port())).exit_code == 0
    exported = tmp_path / "moved.json"
    assert invoke(home, "auth", "--export", str(exported)).exit_code == 0
    assert stat.S_IMODE(os.stat(exported).st_mode) == 0o600
    other = tmp_path / "server-home"
    result = invoke(other, "auth", "--import", str(exported))
    assert result.exit_code == 0, result.output
    assert TokenStore(other).load()["refresh_token"] == TokenStore(home).load()["refresh_token"]


def test_missing_client_file_says_where_to_get_one(google, tmp_path):
    g, home, _ = google
    (home / "credentials.json").unlink()
    result = invoke(home, "auth", "--no-browser")
    assert result.exit_code == 2 and "Desktop-app client" in result.output


def test_partial_consent_names_the_missing_scope_in_one_line(google):
    g, home, _ = google
    g.granted_scope = "https://www.googleapis.com/auth/gmail.readonly"
    result = invoke(home, "auth", "--port", str(free_port()))
    assert result.exit_code == 3
    line = result.output.strip().splitlines()[-1]
    assert "gmail.compose" in line and "Traceback" not in result.output
    assert not (home / "token.json").exists()


def test_granted_scopes_are_stored_not_the_requested_ones(google):
    g, home, _ = google
    # Google may answer with the scopes in another order, plus ones granted earlier (include_granted_scopes)
    g.granted_scope = ("https://www.googleapis.com/auth/gmail.compose openid "
                       "https://www.googleapis.com/auth/gmail.readonly")
    assert invoke(home, "auth", "--port", str(free_port())).exit_code == 0
    saved = json.loads((home / "token.json").read_text())
    assert saved["scopes"] == ["https://www.googleapis.com/auth/gmail.compose", "openid",
                               "https://www.googleapis.com/auth/gmail.readonly"]


def test_a_cron_job_without_the_keyring_falls_back_to_the_token_file(google, memory_keyring):
    import keyring
    import keyring.backends.fail

    g, home, _ = google
    assert invoke(home, "auth", "--port", str(free_port())).exit_code == 0
    keyring.set_keyring(keyring.backends.fail.Keyring())  # cron: no session bus, no keyring
    info = TokenStore(home).load()
    assert info and info["refresh_token"].startswith("rt-")


def test_followup_token_store_keyring_keeps_no_file(google, memory_keyring, monkeypatch):
    g, home, _ = google
    monkeypatch.setenv("FOLLOWUP_TOKEN_STORE", "keyring")
    assert invoke(home, "auth", "--port", str(free_port())).exit_code == 0
    assert not (home / "token.json").exists()
    assert ("followup", "gmail-oauth-token") in memory_keyring.items
