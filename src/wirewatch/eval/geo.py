"""Score places against gold toponyms (GeoWebNews, TR-News, LGL in the shared JSONL form).

Recognition: precision, recall and F1 by span overlap. Resolution, over gold toponyms that have
coordinates: accuracy within 161 km (100 miles), exact GeoNames id (over gold with an id), right
country, median and mean error in km, and the area under the curve of log errors (Gritta et al.
2018; 0 is perfect, 1 is as bad as can be). Resolution is reported twice: over the gold toponyms
the recogniser found (Mordecai 3's protocol) and over all of them (a toponym missed or left
unresolved counts as the largest possible error, a wrong id and a wrong country).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wirewatch.errors import MalformedRecord
from wirewatch.eval.gold import GoldDocuments, check_span, json_objects
from wirewatch.geo.gazetteer import Gazetteer, distance_km
from wirewatch.schema import Document, Place

MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the worst possible error
ACCURATE_KM = 161.0


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonameid: str | None = None
    type: str | None = None
    geocodable: bool = False


@dataclass
class GoldDoc:
    document: Document
    toponyms: list[GoldToponym]


def read_gold(path: Path, limit: int | None = None) -> Iterator[GoldDoc]:
    """The gold documents (the first ``limit`` lines), each fault named by file and line."""
    gold = GoldDocuments()
    for number, (where, raw) in enumerate(json_objects(path), start=1):
        if limit is not None and number > limit:
            return
        document = gold.document(raw, where)
        toponyms = raw.get("toponyms") or []
        if not isinstance(toponyms, list):
            raise MalformedRecord("toponyms is not a list", where=where)
        yield GoldDoc(document, [_toponym(document, t, where) for t in toponyms])


def _toponym(document: Document, item: object, where: str) -> GoldToponym:
    if not isinstance(item, dict):
        raise MalformedRecord(f"a toponym is not an object: {item!r}", where=where)
    check_span(document, item, where, "toponym")
    toponym = GoldToponym(**{k: item.get(k) for k in GoldToponym.__dataclass_fields__})
    if (toponym.lat is None) != (toponym.lon is None) or (
        toponym.lat is not None
        and not (
            isinstance(toponym.lat, int | float)
            and isinstance(toponym.lon, int | float)
            and -90 <= toponym.lat <= 90
            and -180 <= toponym.lon <= 180
        )
    ):
        reason = f"toponym {toponym.text!r} has no valid point ({toponym.lat!r}, {toponym.lon!r})"
        raise MalformedRecord(reason, where=where)
    return toponym


@dataclass
class Resolution:
    """Resolution figures over one set of gold toponyms."""

    n: int = 0
    errors: list[float] = field(default_factory=list)
    id_total: int = 0
    id_right: int = 0
    country_right: int = 0

    def add(self, error_km: float, id_right: bool | None, country_right: bool) -> None:
        self.n += 1
        self.errors.append(error_km)
        if id_right is not None:
            self.id_total += 1
            self.id_right += int(id_right)
        self.country_right += int(country_right)

    @property
    def accuracy_161(self) -> float:
        return _ratio(sum(e <= ACCURATE_KM for e in self.errors), self.n)

    @property
    def exact_id(self) -> float:
        return _ratio(self.id_right, self.id_total)

    @property
    def right_country(self) -> float:
        return _ratio(self.country_right, self.n)

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors) if self.errors else 0.0

    @property
    def mean_km(self) -> float:
        return statistics.fmean(self.errors) if self.errors else 0.0

    @property
    def auc(self) -> float:
        """Area under the sorted log-error curve, scaled to [0, 1]."""
        if not self.errors:
            return 0.0
        logs = sorted(math.log(e + 1) for e in self.errors)
        if len(logs) == 1:
            return logs[0] / math.log(MAX_ERROR_KM + 1)
        area = sum((a + b) / 2 for a, b in zip(logs, logs[1:], strict=False))
        return area / ((len(logs) - 1) * math.log(MAX_ERROR_KM + 1))

    def as_dict(self) -> dict:
        return {
            "n": self.n,
            "accuracy_161km": round(self.accuracy_161, 4),
            "exact_id": round(self.exact_id, 4),
            "right_country": round(self.right_country, 4),
            "median_km": round(self.median_km, 1),
            "mean_km": round(self.mean_km, 1),
            "auc": round(self.auc, 4),
        }


@dataclass
class GeoScores:
    true_positives: int = 0  # predicted places overlapping a gold toponym
    predicted: int = 0
    gold: int = 0
    gold_found: int = 0
    found: Resolution = field(default_factory=Resolution)
    all: Resolution = field(default_factory=Resolution)

    @property
    def precision(self) -> float:
        return _ratio(self.true_positives, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.gold_found, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "recognition": {
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
                "gold": self.gold,
                "predicted": self.predicted,
            },
            "resolution_found": self.found.as_dict(),
            "resolution_all": self.all.as_dict(),
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def score_document(
    gold: list[GoldToponym], places: list[Place], gazetteer: Gazetteer, scores: GeoScores
) -> None:
    scores.predicted += len(places)
    scores.gold += len(gold)
    scores.true_positives += sum(
        any(_overlap(p.start, p.end, g.start, g.end) for g in gold) for p in places
    )
    for g in gold:
        matches = [p for p in places if _overlap(p.start, p.end, g.start, g.end)]
        if matches:
            scores.gold_found += 1
        if not g.geocodable or g.lat is None or g.lon is None:
            continue
        best = max(matches, key=lambda p: _overlap(p.start, p.end, g.start, g.end), default=None)
        error, id_right, country_right = _judge(g, best, gazetteer)
        if best is not None:
            scores.found.add(error, id_right, country_right)
        scores.all.add(error, id_right, country_right)


def _judge(
    g: GoldToponym, p: Place | None, gazetteer: Gazetteer
) -> tuple[float, bool | None, bool]:
    id_right = None if not g.geonameid else bool(p and p.geonameid == g.geonameid)
    if p is None or p.lat is None or p.lon is None:
        return MAX_ERROR_KM, id_right, False
    error = distance_km(g.lat, g.lon, p.lat, p.lon)
    return error, id_right, p.country_code == gold_country(g, gazetteer)


def gold_country(g: GoldToponym, gazetteer: Gazetteer) -> str | None:
    """The gold's country: its GeoNames entry's where we hold it, else the nearest town's."""
    if g.geonameid:
        entry = gazetteer.by_geonameid(g.geonameid)
        if entry is not None:
            return entry.country_code
    return gazetteer.country_at(g.lat, g.lon)


def evaluate(gold_docs: Iterable[GoldDoc], predict, gazetteer: Gazetteer) -> GeoScores:
    """Score ``predict`` (documents -> iterable of (doc_id, places)) against the gold."""
    gold_docs = list(gold_docs)
    by_id = {g.document.id: g for g in gold_docs}
    scores = GeoScores()
    for doc_id, places in predict([g.document for g in gold_docs]):
        score_document(by_id[doc_id].toponyms, places, gazetteer, scores)
    return scores


def evaluate_file(path: Path, limit: int | None = None, on_error=None) -> GeoScores:
    """Run the geoparser over a gold file's documents and score it."""
    from wirewatch.geo.parse import geoparse, geoparse_pipeline
    from wirewatch.pipeline import Failure

    pipeline = geoparse_pipeline()
    gazetteer = pipeline.nlp.get_pipe("ww_places").gazetteer

    def predict(documents):
        for item in geoparse(documents, pipeline):
            if isinstance(item, Failure):
                if on_error is not None:
                    on_error(item.error)
                continue
            yield item.doc_id, item.places

    return evaluate(read_gold(path, limit=limit), predict, gazetteer)
