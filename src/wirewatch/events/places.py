"""Where an event happened: the one event-location mechanism.

The evidence is tried from the closest to the trigger outwards, and the first that names a
place wins; the result says which one it was (``basis``), so an analyst can weigh a location
read off the paragraph less than one the verb governs:

1. ``argument`` - the place the trigger acts on ("took Adra");
2. ``phrase`` - the object of a locative phrase on the trigger or a verb above it ("air
   strikes ... in Aleppo", "in the town of Jassim", "north of Damascus");
3. ``clause`` - a place said to be where ("in X", or a modifier of the trigger: "the Qalamoun
   offensive") elsewhere in the trigger's clause;
4. ``sentence`` - the same, anywhere in the sentence;
5. ``paragraph`` - the place of the sentence before, in the same paragraph, a story's
   setting being named once and then taken for granted. Only where the text marks its
   paragraphs with blank lines: feed text that has lost them would let a place leak in from
   an unrelated sentence (checked by hand on Guardian articles, where half of such guesses
   were wrong).

The sentence and paragraph fall-backs are for material events only (aid, force, withdrawal,
protest...): a statement happens where its speaker is, which a sentence about somewhere else
does not say ("the UK opposed the withdrawal from Syria" did not happen in Syria).

From ``clause`` on, only places the geoparser found and resolved are used; metonyms and
demonyms ("Moscow said", "Syrian forces") name actors, never locations, and among equals the
most specific place wins (a town before its province: "Jassim in Dar'aa Province" happened in
Jassim), then the nearest. A place the geoparser missed is still reported by its text,
unresolved, when the trigger governs it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from wirewatch.events.syntax import of_object
from wirewatch.schema import ActorRef, Place

LOCATIVE_PREPS = {"in", "at", "near", "outside", "around", "inside", "across", "into", "on",
                  "throughout", "within"}  # fmt: skip
# Away from the trigger only a plain locative says where ("talks on Syria" is a topic).
WHERE_PREPS = {"in", "at", "near", "outside", "around", "inside", "across", "from", "throughout",
               "within"}  # fmt: skip
# "north of Damascus": the place hangs off the direction word through "of".
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
              "southwest", "outskirts", "edge", "centre", "center", "heart"}  # fmt: skip
# "the town of Jassim": "of" after one of these introduces the place itself.
PLACE_NOUNS = {"town", "city", "village", "district", "province", "governorate", "region", "area",
               "neighbourhood", "neighborhood", "suburb", "countryside", "camp", "port",
               "capital"}  # fmt: skip
NOT_LOCATIONS = {"metonym", "demonym"}
# Broader features lose to more specific ones in the same scope.
BREADTH = {"CONT": 4, "RGNE": 4, "PCLI": 3, "PCLS": 3, "ADM1": 2, "ADM2": 1}
MAX_CLIMB = 4
PARAGRAPH_LOOKBACK = 1
ROMAN = re.compile(r"^[IVX]{1,4}$")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Location:
    place: Place
    basis: str  # argument, phrase, clause, sentence or paragraph


class PlaceIndex:
    """The document's geoparsed places by token, and the paragraphs they sit in."""

    def __init__(self, doc: Doc, places: list[Place]) -> None:
        self.by_token: dict[int, Place] = {}
        for place in places:
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.by_token[token.i] = place
        # Without blank lines the paragraphs are unknown, not one long paragraph.
        breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(doc.text)]
        self.paragraph_starts = [0, *breaks] if breaks else []
        self.sentence_starts = [s.start for s in doc.sents] if breaks else []

    @property
    def tokens(self) -> set[int]:
        return set(self.by_token)

    def place_for(self, span: Span) -> Place | None:
        for token in span:
            if token.i in self.by_token:
                return self.by_token[token.i]
        # A name the geoparser missed is still worth its text; a common noun ("took back a
        # couple of key towns") is not a location.
        if span.root.pos_ != "PROPN":
            return None
        return Place(text=span.text, start=span.start_char, end=span.end_char)

    def paragraph_of(self, char: int) -> int | None:
        return max((start for start in self.paragraph_starts if start <= char), default=None)


def locate(
    head: Token,
    argument: Span | None,
    index: PlaceIndex,
    arguments: list[ActorRef],
    material: bool,
) -> Location | None:
    """Where the event triggered at ``head`` happened; ``argument`` is the place the rules
    read as the trigger's object, ``arguments`` its actors and recipients, ``material`` whether
    the event is a deed rather than words (PLOVER quad 2 or 4)."""
    taken = {(a.start, a.end) for a in arguments}

    def usable(token: Token) -> bool:
        return not any(start <= token.idx < end for start, end in taken)

    if argument is not None:
        place = index.place_for(argument)
        if place is not None:
            return Location(place, "argument")
    place = _locative_phrase(head, index, usable)
    if place is not None:
        return Location(place, "phrase")

    def where(scope: Span, anchor: Token, on_a_verb: bool) -> Place | None:
        """The most specific, then nearest, place said to be where, in ``scope``."""
        best: tuple[int, int] | None = None
        found = None
        for token in scope:
            place = index.by_token.get(token.i)
            if (
                place is None
                or place.lat is None
                or place.type in NOT_LOCATIONS
                or not usable(token)
                or not _where(token, head, on_a_verb)
            ):
                continue
            rank = (BREADTH.get(place.feature_code or "", 0), abs(token.i - anchor.i))
            if best is None or rank < best:
                best, found = rank, place
        return found

    clause = head.doc[head.left_edge.i : head.right_edge.i + 1]
    place = where(clause, head, on_a_verb=False)
    if place is not None:
        return Location(place, "clause")
    if not material:
        return None
    place = where(head.sent, head, on_a_verb=True)
    if place is not None:
        return Location(place, "sentence")
    paragraph = index.paragraph_of(head.sent.start_char)
    if paragraph is None:
        return None
    at = index.sentence_starts.index(head.sent.start)
    for start in reversed(index.sentence_starts[max(0, at - PARAGRAPH_LOOKBACK) : at]):
        sentence = head.doc[start].sent
        if index.paragraph_of(sentence.start_char) != paragraph:
            break
        place = where(sentence, sentence.root, on_a_verb=True)
        if place is not None:
            return Location(place, "paragraph")
    return None


def _locative_phrase(
    head: Token, index: PlaceIndex, usable: Callable[[Token], bool]
) -> Place | None:
    """The object of a locative preposition on the trigger or on a verb above it."""
    current = head
    for _ in range(MAX_CLIMB):
        for child in current.children:
            if child.dep_ != "prep" or child.lower_ not in LOCATIVE_PREPS:
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj" or not usable(pobj):
                    continue
                target = _named_place(pobj)
                if _is_locative_object(target, index):
                    place = index.place_for(_span_of(target))
                    if place is not None and place.type not in NOT_LOCATIONS:
                        return place
        if current.head.i == current.i or current.dep_ in {"ccomp", "relcl", "nsubj"}:
            break
        current = current.head
    return None


def _named_place(pobj: Token) -> Token:
    """The name a locative object stands for: itself, or the X of "the town of X" and
    "north of X"."""
    if pobj.lower_ in PLACE_NOUNS or pobj.lower_ in DIRECTIONS:
        return of_object(pobj) or pobj
    return pobj


def _is_locative_object(token: Token, index: PlaceIndex) -> bool:
    return token.i in index.by_token or (
        token.pos_ == "PROPN" and token.ent_type_ not in {"PERSON", "ORG", "DATE", "EVENT"}
    )


def _span_of(token: Token) -> Span:
    """A proper-noun place with its compounds: "East Ghouta", "Aleppo Province"."""
    left = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound"])
    return token.doc[left : token.i + 1]


def _where(token: Token, head: Token, on_a_verb: bool) -> bool:
    """Whether a place name away from the trigger says where something happened: the object
    of a locative preposition ("in Aleppo", "north of Damascus"), or a modifier of the trigger
    ("the Qalamoun offensive") - not a name inside another name ("Geneva II", "the
    Damascus-Homs highway"). Outside the trigger's clause the phrase must hang off a verb: one
    on a noun describes that noun ("organizations outside Syria"), not where anything happened."""
    root = token
    while root.dep_ in {"compound", "flat"} and root.head.pos_ == "PROPN" and root.head.i != root.i:
        root = root.head
    if ROMAN.match(root.text):
        return False  # "Geneva II" names a conference, not a place
    if root.head.i == head.i and root.dep_ in {"compound", "amod", "nmod"}:
        return True
    for candidate in (root, root.head):
        if candidate.dep_ == "pobj":
            prep = candidate.head
            # "north of Damascus", "in the town of Jassim": the phrase is the direction's
            by_name = prep.lower_ == "of" and prep.head.lower_ in DIRECTIONS | PLACE_NOUNS
            attached = prep.head.head if by_name else prep.head
            if attached.dep_ == "pobj":
                attached = attached.head.head
            if on_a_verb and attached.pos_ not in {"VERB", "AUX"}:
                return False
            return prep.lower_ in WHERE_PREPS or by_name
        if candidate.dep_ not in {"appos", "conj"}:
            break
    return False
