"""The error catalogue: every failure a user can meet, with a code and a plain reason.

Readers and stages raise ``WirewatchError`` subclasses; the CLI prints ``str(err)`` on one line and
goes on with the rest of the batch.
"""

from __future__ import annotations


class WirewatchError(Exception):
    """Base class; ``code`` is stable and may be matched by other tools."""

    code = "W000"

    def __init__(self, reason: str, *, where: str | None = None) -> None:
        self.reason = reason
        self.where = where
        super().__init__(reason)

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}{self.reason} [{self.code}]"


class BadInput(WirewatchError):
    """A document that cannot be read: empty, binary, undecodable, malformed or too large."""

    code = "W100"


class EmptyDocument(BadInput):
    code = "W101"


class BinaryDocument(BadInput):
    code = "W102"


class UndecodableDocument(BadInput):
    code = "W103"


class DocumentTooLarge(BadInput):
    code = "W104"


class MalformedRecord(BadInput):
    code = "W105"


class UnsupportedInput(BadInput):
    code = "W106"


class ConfigError(WirewatchError):
    code = "W200"


class StageError(WirewatchError):
    """A pipeline stage failed or returned the wrong thing for one document."""

    code = "W300"


class StoreError(WirewatchError):
    code = "W400"


class BadQuery(WirewatchError):
    """A query that cannot mean what it says: an unknown event type, a date that is not one,
    a limit below one."""

    code = "W500"
