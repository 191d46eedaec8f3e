"""The README documents every command and every setting the code has."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from wirewatch.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def command_paths(typer_app: typer.Typer, prefix: str = "wirewatch") -> list[str]:
    paths = []
    for command in typer_app.registered_commands:
        name = command.name or command.callback.__name__.replace("_", "-")
        paths.append(f"{prefix} {name}")
    for group in typer_app.registered_groups:
        paths.extend(command_paths(group.typer_instance, f"{prefix} {group.name}"))
    return paths


def test_every_command_is_documented():
    paths = command_paths(app)
    assert "wirewatch ingest" in paths and "wirewatch eval timex" in paths
    missing = [p for p in paths if p not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_environment_setting_is_documented():
    source = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (Path(__file__).resolve().parents[1] / "src").rglob("*.py")
    )
    names = set(re.findall(r"\"(WIREWATCH_[A-Z_]+)\"", source))
    assert "WIREWATCH_DB" in names
    missing = sorted(n for n in names if n not in README)
    assert not missing, f"environment settings missing from README.md: {missing}"


def test_the_documented_default_coder_is_the_configured_one(monkeypatch):
    from wirewatch.config import Settings

    monkeypatch.delenv("WIREWATCH_CODER", raising=False)
    row = re.search(
        r"\| event coder back-end \| `--coder` \| `WIREWATCH_CODER` \| `(\w+)` \|",
        README,
    )
    assert row is not None, "the settings table lost its coder row"
    assert row.group(1) == Settings().coder
    assert f"`{Settings().coder}` (default;" in README
