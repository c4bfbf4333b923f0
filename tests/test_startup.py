"""The command starts light: cron and the timeline checker run it hundreds of times."""

from __future__ import annotations

import subprocess
import sys


def test_the_cli_loads_no_google_client_html_parser_or_classifier_until_a_command_needs_them():
    probe = ("import sys, agent.cli, agent.pipeline; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('googleapiclient', 'httplib2', 'bs4')"
             " or m in ('google.oauth2', 'agent.classify', 'agent.parse')))")
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"
