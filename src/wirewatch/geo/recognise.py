"""Find place mentions in a parsed ``Doc``: spaCy's entities, corrected by the gazetteer.

The small English model misses or mislabels many place names ("Qalamoun" as a DATE, "Aleppo" as
NORP, "Kindi" as an ORG); a mention is therefore any of

* a GPE, LOC or FAC entity (kept when it is capitalised or the gazetteer knows it);
* a NORP entity that is a demonym ("Syrian": type ``demonym``) or a known place name;
* an entity of another label, or a run of capitalised tokens outside entities, whose text (with
  up to three following words, for "Kindi barracks") is a name the gazetteer holds with strong
  prior weight: a curated place, a country, first-level division or large city.

Each mention also records its use: ``metonym`` when it stands for its government or people
("Moscow said", "Russia's silence"), ``demonym``, or ``literal``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from wirewatch.geo.gazetteer import Candidate, Gazetteer
from wirewatch.geo.normalise import GENERIC_WORDS, key

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Labels whose entities are never re-read as places (numbers, money, laws…).
NEVER = {"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME", "LAW", "LANGUAGE"}
METONYM_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}
MAX_EXTRA_TOKENS = 3
# A large city is a strong enough prior to override spaCy's label; smaller ones are not.
STRONG_CITY_POPULATION = 100_000


@dataclass
class Mention:
    span: Span
    label: str  # the spaCy label it came from, or "GAZ" for gazetteer matches
    type: str = "literal"
    demonym_of: str | None = None  # ISO alpha-2 or CONT:XX
    generic: str | None = None  # a following "Province", "city", "Governorate"…

    @property
    def text(self) -> str:
        return self.span.text


def strong(candidates: list[Candidate], preferred: bool = False) -> bool:
    """True when a name's likeliest readings make it a place whatever spaCy's label says.

    With ``preferred``, the name must be the place's own name, not one of its alternates
    (Damascus is also "al-Sham", but "Sham" alone in a group's name is no place).
    """
    return any(
        (c.kind in ("curated", "country", "continent", "adm1")
         or (c.kind == "city" and c.population >= STRONG_CITY_POPULATION))
        and (c.preferred or c.kind == "curated" or not preferred)
        for c in candidates
    )  # fmt: skip


def usage(span: Span) -> str:
    root = span.root
    if root.dep_ in METONYM_DEPS and span.label_ != "LOC":
        return "metonym"
    return "literal"


def trim(span: Span) -> Span:
    """Drop a leading "the" and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def following_generic(span: Span) -> str | None:
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in GENERIC_WORDS:
        return doc[span.end].lower_
    return None


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    mentions: list[Mention] = []
    taken = [False] * len(doc)

    def add(span: Span, label: str, **kwargs) -> None:
        mentions.append(Mention(span, label, generic=following_generic(span), **kwargs))
        for i in range(span.start, span.end):
            taken[i] = True

    for ent in doc.ents:
        if ent.label_ in NEVER:
            continue
        span = trim(ent)
        if not len(span):
            continue
        name_key = key(span.text)
        if ent.label_ in PLACE_LABELS:
            if span.text[:1].isupper() or gazetteer.lookup(name_key):
                add(span, ent.label_, type=usage(span))
            continue
        if ent.label_ == "NORP":
            target = gazetteer.demonym(name_key)
            if target is not None:
                add(span, "NORP", type="demonym", demonym_of=target)
            elif strong(gazetteer.lookup(name_key)):
                add(span, "NORP", type=usage(span))
            continue
        stop = min(len(doc), span.end + MAX_EXTRA_TOKENS)
        extended = _longest_known(doc, span.start, stop, gazetteer, span.end)
        if extended is not None:
            add(extended, ent.label_, type=usage(extended))
    for i, token in enumerate(doc):
        if taken[i] or not (token.is_title or token.is_upper) or token.pos_ != "PROPN":
            continue
        if token.ent_type_ and token.ent_type_ not in NEVER:
            continue  # inside an entity that was already judged above
        if i and doc[i - 1].text in "-‐–" and not doc[i - 2].whitespace_:
            continue  # the second half of a hyphenated name ("ash-Sham")
        span = _longest_known(doc, i, min(len(doc), i + 1 + MAX_EXTRA_TOKENS), gazetteer, i + 1)
        if span is not None and not any(taken[j] for j in range(span.start, span.end)):
            add(span, "GAZ", type=usage(span))
    mentions.sort(key=lambda m: m.span.start)
    return mentions


def _longest_known(
    doc: Doc, start: int, stop: int, gazetteer: Gazetteer, min_end: int
) -> Span | None:
    """The longest span from ``start`` (ending at or after ``min_end``) that is a strong name."""
    for end in range(stop, min_end - 1, -1):
        span = doc[start:end]
        if span[-1].is_punct or not span[0].text[:1].isupper():
            continue
        if strong(gazetteer.lookup(key(span.text)), preferred=True):
            return span
    return None
