"""Test isolation: no real keyring, no real home, no real Google."""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.backends.fail
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict: the OS keyring, as far as the tests are concerned."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch, tmp_path):
    """Every test starts on a host without a keyring backend and with its own HOME."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.delenv("FOLLOWUP_GMAIL_ENDPOINT", raising=False)
    monkeypatch.delenv("FOLLOWUP_NOW", raising=False)
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "default-home"))
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring():
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    return ring
