"""deploy/: each file checked as far as this machine allows (no Docker engine, no launchd here)."""

from __future__ import annotations

import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def test_crontab_line_runs_followup_hourly():
    lines = [x for x in (DEPLOY / "crontab").read_text().splitlines() if x and not x.startswith("#")]
    [line] = lines
    fields = line.split()
    assert len(fields) >= 6 and fields[1] == "*" and fields[-1] == "run" and fields[-2].endswith("/followup")


def test_systemd_units(tmp_path):
    service = (DEPLOY / "systemd" / "followup.service").read_text()
    timer = (DEPLOY / "systemd" / "followup.timer").read_text()
    assert re.search(r"^ExecStart=.*/followup run$", service, re.M)
    assert "Type=oneshot" in service and "OnUnitActiveSec=1h" in timer and "Persistent=true" in timer
    if shutil.which("systemd-analyze"):
        # verify the units as written, with the install path pointed at an executable that exists here
        (tmp_path / "followup.service").write_text(
            re.sub(r"^ExecStart=\S+", f"ExecStart={sys.executable}", service, flags=re.M))
        (tmp_path / "followup.timer").write_text(timer)
        result = subprocess.run(["systemd-analyze", "verify", "followup.service", "followup.timer"],
                                cwd=tmp_path, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def test_launchd_plist():
    plist = plistlib.loads((DEPLOY / "launchd" / "com.followup.agent.plist").read_bytes())
    assert plist["Label"] == "com.followup.agent"
    assert plist["ProgramArguments"][-1] == "run" and plist["ProgramArguments"][0].endswith("/followup")
    assert plist["StartInterval"] == 3600


def test_dockerfile_runs_as_non_root_with_state_on_a_volume():
    text = (DEPLOY / "Dockerfile").read_text()
    users = re.findall(r"^USER (\S+)", text, re.M)
    assert users and users[-1] not in ("root", "0")
    assert 'VOLUME ["/data"]' in text and "FOLLOWUP_HOME=/data" in text and "FOLLOWUP_TOKEN_STORE=file" in text
    assert re.search(r'^ENTRYPOINT \["followup"\]', text, re.M)


def test_kubernetes_cronjob():
    text = (DEPLOY / "kubernetes" / "cronjob.yaml").read_text()
    assert "kind: CronJob" in text and "concurrencyPolicy: Forbid" in text
    assert "runAsNonRoot: true" in text and 'args: ["run"]' in text and "claimName: followup-data" in text
