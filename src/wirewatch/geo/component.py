"""Stage ``ww_places``: find place mentions, resolve them to GeoNames entries."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.geo.gazetteer import Gazetteer
from wirewatch.geo.publisher import Publisher
from wirewatch.geo.ranker import MODEL, Ranker
from wirewatch.geo.recognise import find_mentions
from wirewatch.geo.resolve import resolve
from wirewatch.nlp import Stage
from wirewatch.schema import Place


class Geoparser(Stage):
    name = "ww_places"
    writes = {"places": Place}

    def __init__(self, gazetteer: Gazetteer, ranker: Ranker | None = None) -> None:
        super().__init__()
        self.gazetteer = gazetteer
        self.ranker = ranker

    def annotate(self, doc: Doc) -> None:
        doc._.places = geoparse_doc(doc, self.gazetteer, self.ranker)


def geoparse_doc(doc: Doc, gazetteer: Gazetteer, ranker: Ranker | None = None) -> list[Place]:
    """Every place mention of a parsed doc, resolved where the gazetteer allows (by the learned
    ranker when one is given, else by the hand-set weights)."""
    mentions = find_mentions(doc, gazetteer)
    readings = resolve(mentions, gazetteer, ranker, Publisher.of(doc._.document, gazetteer))
    places = []
    for mention, reading in zip(mentions, readings, strict=True):
        span = mention.span
        place = Place(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            type=mention.type,
            confidence=reading.confidence,
        )
        c = reading.candidate
        if c is not None:
            place.name = c.name
            place.geonameid = c.geonameid
            place.lat = round(c.lat, 5)
            place.lon = round(c.lon, 5)
            place.country_code = c.country_code
            place.feature_code = c.feature_code
            place.admin1 = c.admin1  # a division's own name for a first-level division
        places.append(place)
    return places


@Language.factory("ww_places", requires=["doc.ents"], assigns=["doc._.places"])
def make_geoparser(nlp: Language, name: str) -> Geoparser:
    # The gazetteer is opened once per pipeline (built on first use, then cached on disk), and
    # the ranker's weights read once.
    return Geoparser(Gazetteer.open(), Ranker.load() if MODEL.exists() else None)
