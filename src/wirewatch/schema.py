"""The one data model: documents in, records out.

Used by the ingest readers, the pipeline stages, the store, the CLI and the report. Field names
follow the JSON contracts in the design (``wirewatch code``, ``geoparse``, ``timex``); extend them
compatibly (new optional fields), never rename.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date as Date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

AUX_MODES = ("historical", "future", "hypothetical", "negation")
AuxMode = Literal["historical", "future", "hypothetical", "negation"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Range(Model):
    """A character range into a document's text (end exclusive)."""

    start: int
    end: int


class Span(Range):
    """A character range with the text it covers: ``doc.text[start:end] == text``."""

    text: str


class ActorRef(Span):
    """A mention of an actor, resolved (where possible) to a canonical name and codes."""

    name: str | None = None
    code: str | None = None  # ISO 3166 alpha-3, or IGO/NGO/IMG/…
    sector: str | None = None  # PLOVER sector: GOV, MIL, REB, OPP, CVL, …
    id: str | None = None  # actor dictionary id, stable across documents


class Place(Span):
    """A place mention resolved to a GeoNames entry (fields null where unresolved)."""

    name: str | None = None
    geonameid: str | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None  # ISO 3166 alpha-2, as GeoNames gives it
    feature_code: str | None = None
    admin1: str | None = None
    type: str | None = None  # literal, metonym, demonym, …
    confidence: float | None = None


class TimeRef(Span):
    """A TIMEX3 temporal expression: type DATE/TIME/DURATION/SET and its normalised value."""

    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = None
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, ON_OR_AFTER ("since"), …


class Event(Model):
    """One PLOVER event, with provenance for every field."""

    kind: Literal["event"] = "event"
    id: str
    doc_id: str
    event: str
    mode: str | None = None
    aux_modes: list[AuxMode] = Field(default_factory=list)
    quad: int | None = None
    scale: float | None = None
    contexts: list[str] = Field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    date_span: Range | None = None
    actor: list[ActorRef] = Field(default_factory=list)
    recipient: list[ActorRef] = Field(default_factory=list)
    location: Place | None = None
    # How the location was read: argument, phrase, clause, sentence or paragraph (closest first).
    location_basis: str | None = None
    trigger: Span
    sentence: Range
    confidence: float = 0.5
    coder: str | None = None  # which back-end produced it

    @property
    def happened(self) -> bool:
        """True when the text reports the event as having taken place."""
        return not ({"negation", "hypothetical", "future"} & set(self.aux_modes))


class Statement(Model):
    """An actor saying something about something, with or without a PLOVER event in it."""

    kind: Literal["statement"] = "statement"
    id: str
    doc_id: str
    speaker: list[ActorRef] = Field(default_factory=list)
    verb: Span
    content: Span | None = None  # the quote or reported content
    about: list[ActorRef] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    aux_modes: list[AuxMode] = Field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    date_span: Range | None = None
    sentence: Range
    confidence: float = 0.5


Record = Event | Statement


_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The form of a text that identity is computed on: NFC, whitespace collapsed, trimmed.

    Re-encoded quotes or re-wrapped lines of the same article therefore hash the same.
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


class Document(Model):
    """A document as it enters the pipeline (the input JSONL contract)."""

    model_config = ConfigDict(extra="ignore")

    id: str
    text: str
    date: str | None = None  # publication date (document creation time), ISO 8601
    title: str | None = None
    source: str | None = None
    url: str | None = None

    @field_validator("id")
    @classmethod
    def _id_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("id is empty")
        return value

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        try:
            Date.fromisoformat(value[:10])
        except ValueError as err:
            raise ValueError(f"date {value!r} is not ISO 8601 (YYYY-MM-DD)") from err
        return value[:10]

    @property
    def hash(self) -> str:
        return content_hash(self.text)

    @property
    def created(self) -> Date | None:
        return Date.fromisoformat(self.date) if self.date else None
