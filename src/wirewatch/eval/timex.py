"""Score temporal expressions against gold JSONL, with the TempEval-3 definitions.

Gold documents are the input contract plus ``timexes: [{start, end, text, type, value}]``
(``../shared/data/timex/*.jsonl``). Per TempEval-3 (UzZaman et al. 2013):

* **strict** match: same start and end; **relaxed** match: the spans overlap. Matching is one to
  one (each gold expression pairs with at most one system expression, largest overlap first).
  Precision = matched system / all system, recall = matched gold / all gold.
* **type accuracy** and **value accuracy**: the share of relaxed matches whose type (value) is
  right; **value F1** = relaxed F1 x value accuracy, i.e. precision and recall counting only
  matches with the right value. Gold without types (TIMEX2, WikiWars) has no type score.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from wirewatch.errors import MalformedRecord
from wirewatch.eval.gold import GoldDocuments, check_span, json_objects
from wirewatch.schema import Document


class SpanLike(Protocol):
    start: int
    end: int


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str = ""
    type: str | None = None
    value: str | None = None


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    typed: int = 0  # relaxed matches whose gold has a type
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class TimexScores:
    counts: Counts = field(default_factory=Counts)
    documents: int = 0

    def _pr(self, matched: int) -> tuple[float, float, float]:
        p = matched / self.counts.system if self.counts.system else 0.0
        r = matched / self.counts.gold if self.counts.gold else 0.0
        return p, r, _f1(p, r)

    @property
    def strict(self) -> tuple[float, float, float]:
        return self._pr(self.counts.strict)

    @property
    def relaxed(self) -> tuple[float, float, float]:
        return self._pr(self.counts.relaxed)

    @property
    def type_accuracy(self) -> float | None:
        return self.counts.type_ok / self.counts.typed if self.counts.typed else None

    @property
    def value_accuracy(self) -> float:
        return self.counts.value_ok / self.counts.relaxed if self.counts.relaxed else 0.0

    @property
    def value(self) -> tuple[float, float, float]:
        return self._pr(self.counts.value_ok)

    def rows(self) -> list[tuple[str, str]]:
        """(measure, figure in percent) for printing."""
        sp, sr, sf = self.strict
        rp, rr, rf = self.relaxed
        vp, vr, vf = self.value
        rows = [
            ("documents", str(self.documents)),
            ("gold / system expressions", f"{self.counts.gold} / {self.counts.system}"),
            ("strict P / R / F1", f"{sp:.2%} / {sr:.2%} / {sf:.2%}"),
            ("relaxed P / R / F1", f"{rp:.2%} / {rr:.2%} / {rf:.2%}"),
        ]
        if self.type_accuracy is not None:
            rows.append(("type accuracy", f"{self.type_accuracy:.2%}"))
        rows.append(("value accuracy", f"{self.value_accuracy:.2%}"))
        rows.append(("value P / R / F1", f"{vp:.2%} / {vr:.2%} / {vf:.2%}"))
        return rows


def _overlap(a: SpanLike, b: SpanLike) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(gold: Sequence[SpanLike], system: Sequence[SpanLike]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping spans, largest overlap first."""
    pairs = [
        (_overlap(g, s), i, j)
        for i, g in enumerate(gold)
        for j, s in enumerate(system)
        if _overlap(g, s) > 0
    ]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    result = []
    for _, i, j in pairs:
        if i in used_gold or j in used_system:
            continue
        used_gold.add(i)
        used_system.add(j)
        result.append((i, j))
    return result


def score_document(gold: Sequence[GoldTimex], system: Sequence) -> Counts:
    counts = Counts(gold=len(gold), system=len(system))
    counts.strict = len({(g.start, g.end) for g in gold} & {(s.start, s.end) for s in system})
    for i, j in match(gold, system):
        g, s = gold[i], system[j]
        counts.relaxed += 1
        if g.type is not None:
            counts.typed += 1
            counts.type_ok += g.type == s.type
        counts.value_ok += g.value == s.value
    return counts


def gold_timexes(document: Document, record: dict, where: str) -> list[GoldTimex]:
    items = record.get("timexes") or []
    if not isinstance(items, list) or not all(isinstance(t, dict) for t in items):
        raise MalformedRecord("timexes is not a list of objects", where=where)
    for item in items:
        check_span(document, item, where, "timex")
    return [
        GoldTimex(t["start"], t["end"], t.get("text", ""), t.get("type"), t.get("value"))
        for t in items
    ]


def read_gold(path: Path) -> Iterator[tuple[Document, list[GoldTimex]]]:
    """(document, gold expressions) for every line of a gold JSONL file."""
    gold = GoldDocuments()
    for where, record in json_objects(path):
        document = gold.document(record, where)
        yield document, gold_timexes(document, record, where)


def evaluate(
    gold: Iterable[tuple[Document, list[GoldTimex]]], pipeline, *, with_dates: bool = True
) -> TimexScores:
    """Run ``pipeline`` (at least ``ww_timex``) over the gold documents and score it."""
    from wirewatch.pipeline import Failure

    items = list(gold)
    documents = [d if with_dates else d.model_copy(update={"date": None}) for d, _ in items]
    scores = TimexScores()
    for (_document, expected), coded in zip(items, pipeline.code(documents), strict=True):
        # A document the stage failed on scores as one with no expressions found.
        found = [] if isinstance(coded, Failure) else coded.timexes
        scores.counts.add(score_document(expected, found))
        scores.documents += 1
    return scores
