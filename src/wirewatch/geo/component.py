"""Stage ``ww_places``: find place mentions, resolve them to GeoNames entries."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.geo import locale
from wirewatch.geo.gazetteer import Gazetteer
from wirewatch.geo.publisher import Publisher, host_of
from wirewatch.geo.ranker import MODEL, Ranker
from wirewatch.geo.recognise import Mention, find_mentions
from wirewatch.geo.resolve import Reading, candidates_for, resolve
from wirewatch.nlp import Stage
from wirewatch.schema import Place

# Documents read together lend each other their publisher's locale, this many at a time: the
# window bounds what a run holds in memory, and keeps a long feed's answers from depending on
# stories read long before.
LOCALE_WINDOW = 256


class Geoparser(Stage):
    name = "ww_places"
    writes = {"places": Place}

    def __init__(self, gazetteer: Gazetteer, ranker: Ranker | None = None) -> None:
        super().__init__()
        self.gazetteer = gazetteer
        self.ranker = ranker

    def annotate(self, doc: Doc) -> None:
        """A doc alone: no other document lends it a locale."""
        doc._.places = geoparse_doc(doc, self.gazetteer, self.ranker)

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Docs in windows of ``LOCALE_WINDOW``, each resolved with its publisher's locale
        among the others; a doc that fails goes to the error handler, the rest go on."""
        handler = self.get_error_handler()
        docs = iter(stream)
        while window := list(islice(docs, LOCALE_WINDOW)):
            found: list[tuple[Doc, list[Mention]]] = []
            votes: list[locale.Votes] = []
            for doc in window:
                try:
                    mentions = find_mentions(doc, self.gazetteer)
                    votes.append(document_votes(mentions, self.gazetteer))
                    found.append((doc, mentions))
                except Exception as err:  # noqa: BLE001 - the handler names the doc and reason
                    handler(self.name, self, [doc], err)
            publishers = with_locales([doc for doc, _m in found], votes, self.gazetteer)
            for (doc, mentions), publisher in zip(found, publishers, strict=True):
                try:
                    readings = resolve(mentions, self.gazetteer, self.ranker, publisher)
                    doc._.places = places_of(mentions, readings)
                    yield self.check(doc)
                except Exception as err:  # noqa: BLE001 - as above: one doc fails, the rest go on
                    handler(self.name, self, [doc], err)


def publishers_for(found: list[tuple[Doc, list[Mention]]], gazetteer: Gazetteer) -> list[Publisher]:
    """What each doc's address says, with its locale among the other docs read with it."""
    votes = [document_votes(mentions, gazetteer) for _doc, mentions in found]
    return with_locales([doc for doc, _m in found], votes, gazetteer)


def document_votes(mentions: list[Mention], gazetteer: Gazetteer) -> locale.Votes:
    """A doc's votes for its publisher's locale, from its mentions' candidates."""
    names = []
    for m in mentions:
        candidates, variant = candidates_for(m, gazetteer)
        if not variant:  # a spelling variant is too uncertain to vote
            names.append((m.text, candidates))
    return locale.votes(names)


def with_locales(
    docs: list[Doc], votes: list[locale.Votes], gazetteer: Gazetteer
) -> list[Publisher]:
    """Each doc's ``Publisher``, with the locale the other docs of its host give it."""
    hosts = [host_of(doc._.document) if doc._.document else None for doc in docs]
    locales = locale.locales([h.removeprefix("www.") if h else None for h in hosts], votes)
    publishers = [Publisher.of(doc._.document, gazetteer) for doc in docs]
    return [replace(p, locale=here) for p, here in zip(publishers, locales, strict=True)]


def geoparse_doc(
    doc: Doc,
    gazetteer: Gazetteer,
    ranker: Ranker | None = None,
    publisher: Publisher | None = None,
) -> list[Place]:
    """Every place mention of a parsed doc, resolved where the gazetteer allows (by the learned
    ranker when one is given, else by the hand-set weights). ``publisher``: what the doc's
    address and the docs read with it say (by default, its address alone)."""
    mentions = find_mentions(doc, gazetteer)
    if publisher is None:
        publisher = Publisher.of(doc._.document, gazetteer)
    return places_of(mentions, resolve(mentions, gazetteer, ranker, publisher))


def places_of(mentions: list[Mention], readings: list[Reading]) -> list[Place]:
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
