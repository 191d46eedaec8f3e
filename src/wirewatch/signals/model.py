"""The signal record: one typed thing that changed, with the records and sentences behind it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from wirewatch.schema import Model

SignalKind = Literal[
    "silence",
    "surge",
    "new_label",
    "dropped_label",
    "opposite_labels",
    "control_change",
    "upcoming",
    "deadline_reported",
    "deadline_no_report",
    "dyad_shift",
]

# Groups a user can name on the command line instead of single kinds.
KIND_GROUPS: dict[str, tuple[str, ...]] = {
    "activity": ("silence", "surge"),
    "labels": ("new_label", "dropped_label", "opposite_labels"),
    "territory": ("control_change",),
    "calendar": ("upcoming", "deadline_reported", "deadline_no_report"),
    "dyads": ("dyad_shift",),
}
ALL_KINDS: tuple[str, ...] = tuple(k for kinds in KIND_GROUPS.values() for k in kinds)


class Evidence(Model):
    """One sentence a signal rests on: where it is and what it says."""

    doc_id: str
    record_id: str | None = None  # null when the sentence was found by a phrase, not a record
    date: str | None = None
    start: int
    end: int
    text: str
    role: Literal["baseline", "change", "report"] = "change"


class Signal(Model):
    """Something that changed, stated with its numbers and its evidence.

    ``baseline_rate`` and ``observed_rate`` are in the unit the kind measures (records per
    document for activity, net event scale per week for dyads); ``score`` is comparable within a
    kind (``-log10 p`` for the count tests, a t-like statistic for change points, the number of
    independent sources for territory, labels and the calendar).
    """

    id: str
    kind: SignalKind
    summary: str  # the claim in one plain sentence
    actor: str | None = None
    actor_label: str | None = None
    topic: str | None = None
    target: str | None = None  # the third party: who is labelled, the other side of a dyad
    place: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    baseline_rate: float | None = None
    observed_rate: float | None = None
    score: float = 0.0
    p_value: float | None = None
    status: str | None = None  # calendar: upcoming / reported / no report yet
    baseline_ids: list[str] = Field(default_factory=list)
    change_ids: list[str] = Field(default_factory=list)
    documents: list[str] = Field(default_factory=list)  # documents covering the period
    evidence: list[Evidence] = Field(default_factory=list)


def expand_kinds(names: list[str] | None) -> tuple[str, ...]:
    """Kinds named on the command line (single kinds or groups) as a tuple of kinds."""
    if not names:
        return ALL_KINDS
    chosen: list[str] = []
    for name in names:
        for part in name.split(","):
            part = part.strip().replace("-", "_")
            if part in KIND_GROUPS:
                chosen.extend(KIND_GROUPS[part])
            elif part in ALL_KINDS:
                chosen.append(part)
            else:
                from wirewatch.errors import ConfigError

                known = ", ".join([*KIND_GROUPS, *ALL_KINDS])
                raise ConfigError(f"unknown signal kind {part!r}; known: {known}")
    return tuple(dict.fromkeys(chosen))


@dataclass
class SignalSettings:
    """Knobs of the signal tests; the defaults suit a few dozen to a few thousand documents."""

    period: Literal["week", "day"] = "week"
    window: int = 6  # trailing periods that make the baseline
    alpha: float = 0.01  # a count test must reach this p-value
    min_baseline_records: int = 4  # one article is no trend: the baseline needs this many records
    min_baseline_docs: int = 3  # ... from at least this many documents
    min_change_records: int = 3  # a surge needs this many records
    min_change_docs: int = 2  # ... from at least this many documents
    label_gap_docs: int = 5  # a label is "dropped" only after this many documents without it
    match_days: int = 10  # a passed deadline is matched to reports within this many days
    evidence_limit: int = 6  # sentences kept per signal
    since: str | None = None
    until: str | None = None
