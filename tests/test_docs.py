"""Docs that cannot drift: the command reference is generated from --help, and the README and docs/
are checked against the code they describe."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from agent.cli import cli
from agent.config import SCHEMA
from agent.store import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md")}


def test_the_command_reference_is_what_help_says():
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_docs.py"), "--check"], capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stderr


def test_the_readme_command_table_lists_every_command():
    table = [line for line in README.splitlines() if line.startswith("| `followup ")]
    listed = {re.match(r"\| `followup ([a-z-]+)", line).group(1) for line in table}
    assert listed == set(cli.commands)


def test_every_followup_command_the_docs_show_exists():
    for name, text in [("README.md", README), *DOCS.items()]:
        for used in re.findall(r"`followup (?:--home [^\s`]+ )?(?:--now [^\s`]+ )?([a-z][a-z-]*)", text):
            assert used in cli.commands, f"{name} shows `followup {used}`"


def test_links_point_to_files_that_exist_and_nothing_cites_design_md():
    for where, text in [(ROOT / "README.md", README), *((ROOT / "docs" / n, t) for n, t in DOCS.items())]:
        assert "DESIGN.md" not in text, where
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
            assert (where.parent / target).exists(), f"{where.name} links to {target}"


def test_the_docs_pages_are_there():
    assert {"commands.md", "configuration.md", "how-it-decides.md", "gmail-setup.md", "privacy-and-storage.md",
            "troubleshooting.md"} <= set(DOCS)


def test_readme_sections_named_by_the_program_exist():
    headings = {re.sub(r"^\d+\.\s*", "", h).strip() for h in re.findall(r"^#+ (.+)$", README, re.M)}
    cited = set()
    for path in (ROOT / "agent").rglob("*.py"):
        cited |= set(re.findall(r"README, '([^']+)'", path.read_text(encoding="utf-8")))
    assert cited and cited <= headings, cited - headings


def test_every_config_key_is_documented():
    text = DOCS["configuration.md"]
    for table, keys in SCHEMA.items():
        for key in keys:
            assert f"`{table}.{key}`" in text, f"{table}.{key}"


def test_the_layout_names_every_module():
    layout = README[README.index("## Layout"):]
    for path in (ROOT / "agent").rglob("*.py"):
        if path.name in ("__init__.py", "__main__.py") or path.parent.name == "demo":
            continue
        assert path.name in layout, path.name


def test_the_changelog_lists_every_schema_version():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    for version in range(1, SCHEMA_VERSION + 1):
        assert f"Schema {version}" in text


def test_pyproject_license_is_an_spdx_string():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
