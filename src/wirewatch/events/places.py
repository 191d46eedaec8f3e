"""Locating a record: the place argument ("took Adra"), else a place in a locative phrase of
the trigger or a verb above it ("air strikes … in Aleppo"), else the nearest place of the
``ww_places`` layer in the clause, then in the sentence.

A place the geoparser resolved keeps its GeoNames fields; a place it missed is still reported
by its text, unresolved.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from wirewatch.schema import ActorRef, Place

LOCATIVE_PREPS = {"in", "at", "near", "outside", "around", "inside", "across", "into", "on"}
MAX_CLIMB = 4
# Away from the trigger only a plain locative says where ("talks on Syria" is a topic).
WHERE_PREPS = {"in", "at", "near", "outside", "around", "inside", "across", "from"}
ROMAN = re.compile(r"^[IVX]{1,4}$")


class PlaceIndex:
    def __init__(self, doc: Doc, places: list[Place]) -> None:
        self.by_token: dict[int, Place] = {}
        for place in places:
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.by_token[token.i] = place

    @property
    def tokens(self) -> set[int]:
        return set(self.by_token)

    def place_for(self, span: Span) -> Place:
        for token in span:
            if token.i in self.by_token:
                return self.by_token[token.i]
        return Place(text=span.text, start=span.start_char, end=span.end_char)


def _is_locative_object(token: Token, index: PlaceIndex) -> bool:
    return token.i in index.by_token or (
        token.pos_ == "PROPN" and token.ent_type_ not in {"PERSON", "ORG", "DATE", "EVENT"}
    )


def _span_of(token: Token) -> Span:
    """A proper-noun place with its compounds: "East Ghouta", "Aleppo Province"."""
    left = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound"])
    return token.doc[left : token.i + 1]


def locate(
    head: Token,
    place: Span | None,
    index: PlaceIndex,
    arguments: list[ActorRef],
    actor_spans: set[tuple[int, int]] | None = None,
) -> Place | None:
    actor_spans = actor_spans or set()
    if place is not None:
        return index.place_for(place)
    taken = {(a.start, a.end) for a in arguments}

    def usable(token: Token) -> bool:
        return not any(start <= token.idx < end for start, end in taken)

    # Away from the trigger, a place name that is also an actor ("Moscow said", "his US
    # counterpart") is a metonym, not where the event happened.

    current = head
    for _ in range(MAX_CLIMB):
        for child in current.children:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and _is_locative_object(pobj, index) and usable(pobj):
                        return index.place_for(_span_of(pobj))
        if current.head.i == current.i or current.dep_ in {"ccomp", "relcl", "nsubj"}:
            break
        current = current.head
    clause = head.doc[head.left_edge.i : head.right_edge.i + 1]
    sentence = head.sent
    for scope in (clause, sentence):
        best, distance = None, None
        for token in scope:
            place = index.by_token.get(token.i)
            if (
                place is not None
                and usable(token)
                and _where(token, head)
                and not any(start < place.end and place.start < end for start, end in actor_spans)
            ):
                gap = abs(token.i - head.i)
                if distance is None or gap < distance:
                    best, distance = index.by_token[token.i], gap
        if best is not None:
            return best
    return None


def _where(token: Token, head: Token) -> bool:
    """Whether a place name away from the trigger says where something happened: the object
    of a locative preposition ("in Aleppo"), or a modifier of the trigger ("the Qalamoun
    offensive") - not a name inside another name ("Geneva II", "the Damascus-Homs highway")."""
    root = token
    while root.dep_ in {"compound", "flat"} and root.head.pos_ == "PROPN" and root.head.i != root.i:
        root = root.head
    if ROMAN.match(root.text):
        return False  # "Geneva II" names a conference, not a place
    if root.head.i == head.i and root.dep_ in {"compound", "amod", "nmod"}:
        return True
    for candidate in (root, root.head):
        if candidate.dep_ == "pobj" and candidate.head.lower_ in WHERE_PREPS:
            return True
        if candidate.dep_ not in {"appos", "conj"}:
            break
    return False
