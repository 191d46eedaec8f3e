"""``event_location``: the place where something in a sentence or clause happened.

For the event coder. Given the tokens of a clause (or sentence) and the document's places, the
location is, in order of preference:

1. a place that is the object of a locative preposition attached inside the clause ("in Adra",
   "near Aleppo", "outside Damascus");
2. any other literal place in the clause;
3. any literal place in the sentence around the clause.

Metonyms ("Moscow said") and demonyms ("Syrian forces") name actors, not locations, and are
never returned. Among equals the most specific place wins (a town or facility before its
district, province or country: "Jassim in Dar'aa Province" happened in Jassim), then the one
nearest the clause's root.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from wirewatch.schema import Place

LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "into", "throughout",
            "within", "north", "south", "east", "west", "from", "on"}  # fmt: skip
NOT_LOCATIONS = {"metonym", "demonym"}
# "the town of Jassim": "of" after one of these introduces the place itself.
PLACE_NOUNS = {
    "town", "city", "village", "district", "province", "governorate", "region", "area",
    "neighbourhood", "neighborhood", "suburb", "outskirts", "countryside",
}  # fmt: skip
BROAD = {"PCLI": 3, "CONT": 4, "RGNE": 4, "ADM1": 2, "ADM2": 1}


def event_location(doc: Doc, clause: Span, places: list[Place] | None = None) -> Place | None:
    """The place where the clause's event happened, or None; ``places`` defaults to the
    document's ``doc._.places``."""
    places = [
        p for p in (doc._.places if places is None else places)
        if p.type not in NOT_LOCATIONS and p.lat is not None
    ]  # fmt: skip
    if not places:
        return None
    inside = [p for p in places if clause.start_char <= p.start and p.end <= clause.end_char]
    anchor = clause.root.i
    locative = [p for p in inside if _is_locative(doc, p)]
    sentence = clause.sent
    around = [p for p in places if sentence.start_char <= p.start and p.end <= sentence.end_char]
    for group in (locative, inside, around):
        if group:
            return min(
                group,
                key=lambda p: (BROAD.get(p.feature_code or "", 0), abs(_token(doc, p).i - anchor)),
            )
    return None


def _token(doc: Doc, place: Place):
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None else doc[0]


def _is_locative(doc: Doc, place: Place) -> bool:
    token = _token(doc, place)
    head = token.head
    # "in Adra", "north of Damascus" (the preposition "of" hangs off the direction word)
    if token.dep_ == "pobj" and head.lower_ in LOCATIVE:
        return True
    return (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and (head.head.lower_ in LOCATIVE or head.head.lower_ in PLACE_NOUNS)
    )
