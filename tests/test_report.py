"""The HTML report: self-contained, escaped, and rendered by a real browser (headless Chromium)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from agent.cli import cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
COMPANIES = ("Harbor & Pine", "Quillon Labs", "Copperfield Freight", "Tidewater Systems", "Northwind Robotics",
             "Larch & Co", "Ember Analytics", "Brightline Health")


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("demo")
    runner = CliRunner()
    assert runner.invoke(cli, ["demo", "--keep", str(home)]).exit_code == 0
    out = home / "report.html"
    result = runner.invoke(cli, ["--home", str(home), "--now", "2026-03-12T10:00:00-04:00", "report", "--html", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_report_is_self_contained_and_escaped(report):
    html = report.read_text()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), "nothing loaded from the network"
    assert "<script" not in html and "@import" not in html
    assert "Harbor &amp; Pine" in html and "Harbor & Pine" not in html
    for company in COMPANIES:
        assert company.replace("&", "&amp;") in html
    assert "The Offer Letter" not in html  # the newsletter is not an application


def test_report_in_headless_chromium(report, tmp_path):
    if CHROMIUM is None:
        pytest.skip("Chromium not installed: `apt-get install chromium` (Debian) to run the browser test")
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*flags, "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120).stdout
    sections = re.findall(r'<section class="app" data-app="([^"]+)"', dom)
    assert len(sections) == len(COMPANIES)
    for company in COMPANIES:
        assert company.replace("&", "&amp;") in dom
    shot = tmp_path / "report.png"
    subprocess.run([*flags, f"--screenshot={shot}", "--window-size=1200,1600", report.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    saved = Path(__file__).resolve().parent / "artifacts"
    saved.mkdir(exist_ok=True)
    shutil.copy(shot, saved / "report.png")
