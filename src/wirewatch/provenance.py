"""What coded a document: a short label that changes whenever the records could change.

The store keeps it beside each document, so that a text coded by another back-end, another
release or another actor file is coded again when it is ingested (or by ``wirewatch recode``)
instead of being skipped as already stored with records nobody would get today.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from wirewatch import __version__
from wirewatch.config import Settings

PACKAGE = Path(__file__).resolve().parent

# Environment that reaches a coder without passing through Settings (the LLM back-end's
# endpoint and model): a different model answers differently.
CODER_ENVIRONMENT = ("WIREWATCH_LLM_URL", "WIREWATCH_LLM_MODEL")


@cache
def package_digest() -> str:
    """SHA-256 of every source and data file of the installed package.

    Any change to the code or its resources counts, including ones that do not touch the
    records: coding a document again costs time, keeping stale records costs correctness.
    """
    digest = hashlib.sha256()
    for path in sorted(p for p in PACKAGE.rglob("*") if p.is_file()):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def coded_by(
    settings: Settings,
    stages: Iterable[str],
    stage_config: dict[str, dict],
    parser: str,
) -> str:
    """``"<coder> <version>+<12 hex>"``: equal only for runs that give the same records.

    ``parser`` names the spaCy pipeline and its version.
    """
    digest = hashlib.sha256(package_digest().encode())
    digest.update(
        json.dumps(
            {
                "stages": list(stages),
                "stage_config": stage_config,
                "parser": parser,
                "max_chars": settings.max_chars,
                "environment": {name: os.environ.get(name) for name in CODER_ENVIRONMENT}
                if settings.coder == "llm"
                else {},
            },
            sort_keys=True,
            default=str,
        ).encode()
    )
    for path in settings.actor_files:
        digest.update(Path(path).read_bytes())
    return f"{settings.coder} {__version__}+{digest.hexdigest()[:12]}"
