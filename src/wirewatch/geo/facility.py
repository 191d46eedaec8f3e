"""Names of sites and features that hold a place name without being that place.

"Ainsworth Parade" is a street in Belfast, not the town of Ainsworth; "Alder Hey Children's
Hospital" is in Liverpool, not in a village called Hey; "the French Quarter" is in New Orleans.
Inside such a name the first word is usually a person's or an old estate's name, and reading it
as the town of that spelling sends the mention across the world. This module finds the whole
name; the resolver then places it at its container (``geo.approximate``).

A name is a site when a head word says what it is (Street, Hospital, Hotel, Club, Lagoon,
"Lake …"). Three cases:

* a place closes the name after its head ("British Embassy Tokyo"): the site is the name before
  it, contained by that place;
* only demonyms lie inside, before a word for a local site ("the French Quarter", "British
  International School"): the whole name is one site, placed at the document's locality. Not
  before "Embassy" or "Ministry", which name the country the building serves;
* place names lie inside ("Ainsworth Parade", "Manila Cathedral", "Henderson County Jail"):
  each stays a mention, marked with the site's name; the resolver keeps its reading where the
  document's geography supports it (Manila beside other Philippine places) and otherwise places
  the whole name at its container (``geo.resolve``), never at a namesake town far away.

A name the gazetteer knows whole but that ends in a head word ("Washington Square", a town in
Pennsylvania and a square in New Orleans) gets the same test (``ends_in_head``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

# Last words of names of sites that lie inside one town (English usage).
SITE_HEADS = {
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive",
    "parade", "terrace", "crescent", "highway", "square", "plaza", "park", "gardens", "garden",
    "hall", "hospital", "clinic", "infirmary", "bridge", "railroad", "railway", "station",
    "airport", "tower", "towers", "building", "mall", "stadium", "arena", "centre", "center",
    "school", "academy", "campus", "church", "cathedral", "basilica", "chapel", "abbey",
    "mosque", "temple", "synagogue", "market", "quarter", "hotel", "inn", "restaurant", "cafe",
    "pub", "club", "library", "museum", "gallery", "theatre", "theater", "prison", "jail",
    "courthouse", "pier", "terminal", "harbor", "harbour", "marina", "lagoon", "canal",
    "plantation", "castle", "palace", "zoo", "cemetery",
    # Natural features and mills, named after a person or a farm more often than a town.
    "river", "creek", "island", "islands", "bay", "mill",
}  # fmt: skip
# Natural features among the heads: their whole name is still one mention ("Kish River" is not
# Kish, Iran), but they need not lie in the document's town, so they are never moved there: the
# Euphrates River of a Washington-datelined story is not in Washington, and a name the gazetteer
# knows whole ("Guantánamo Bay") keeps its reading.
WIDE_HEADS = {"river", "creek", "island", "islands", "bay"}
# Buildings named for the country they serve: a place after the name contains them ("British
# Embassy Tokyo"); the demonym before it does not ("the Russian Embassy" is in Washington).
SERVICE_HEADS = {"embassy", "consulate", "ministry", "mission"}
# Features whose name follows the word that says what they are ("Lake Robinson", "Mount Hood").
FEATURE_PREFIXES = {"lake", "mount", "mt"}
# Words that may follow the head inside the name ("Eglinton Avenue West").
TRAILING = {"north", "south", "east", "west", "n", "s", "e", "w"}


@dataclass
class Site:
    """A site's whole name and, where the name ends in a place ("British Embassy Tokyo"), that
    place, which contains it."""

    name: Span
    place: Span | None = None
    # True when place names other than demonyms lie inside: each stays a mention, and the
    # resolver keeps its reading only where the document's geography supports it.
    inner: bool = False


def head_at(span: Span) -> int | None:
    """The index in ``span`` of the word that says it is a site: one that opens a feature's
    name ("Lake Robinson"), else the last head word in the name."""
    words = [t.lower_.rstrip(".") for t in span]
    if len(words) >= 2 and words[0] in FEATURE_PREFIXES and span[1].text[:1].isupper():
        return 0
    for i in range(len(words) - 1, 0, -1):
        if words[i] in SITE_HEADS | SERVICE_HEADS and span[i].text[:1].isupper():
            return i
    return None


def ends_in_head(span: Span) -> bool:
    """True for a name of two words or more whose last word is a local site's ("Washington
    Square"; not "Guantánamo Bay", see ``WIDE_HEADS``)."""
    last = span[-1].lower_.rstrip(".")
    return (
        len(span) >= 2
        and span[-1].text[:1].isupper()
        and last in SITE_HEADS
        and last not in WIDE_HEADS
    )


def wide(text: str) -> bool:
    """True for a natural feature's name ("Euphrates River"), which the document's town does
    not contain."""
    words = text.lower().replace(".", " ").split()
    return bool(words) and words[-1] in WIDE_HEADS


def named_alone(piece: Span) -> bool:
    """True when the piece's words also occur elsewhere in the document outside a longer proper
    name: "Cavan" on its own, not only in "Cavan Town Hall"."""
    doc = piece.doc
    words = [t.text for t in piece]
    n = len(words)
    for i in range(len(doc) - n + 1):
        if i == piece.start or doc[i].text != words[0] or [t.text for t in doc[i : i + n]] != words:
            continue
        before = doc[i - 1] if i > 0 else None
        after = doc[i + n] if i + n < len(doc) else None
        if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper():
            continue
        if after is not None and (after.pos_ == "PROPN" or after.lower_ in SITE_HEADS):
            continue
        return True
    return False


def site(span: Span, pieces: list[Span], demonym) -> Site | None:
    """The site ``span`` names, when it is one, given the place names found inside it
    (``pieces``; ``demonym(piece)`` says whether a piece is a demonym)."""
    head = head_at(span)
    if head is None or not pieces:
        return None
    doc = span.doc
    end = span.start + head + 1
    # After the head only a direction ("Eglinton Avenue West") or a place ("British Embassy
    # Tokyo") may follow: in "Russian Higher School of Economics" or "American Hotel and
    # Lodging Association" the head word is inside an organisation's name.
    after = [p for p in pieces if p.start >= end and not demonym(p)] if head else []
    rest = doc[end : after[0].start if after else span.end] if head else doc[end:end]
    if not all(t.lower_.rstrip(".") in TRAILING or t.is_punct for t in rest):
        return None
    if after:  # a place contains the site
        return (
            Site(doc[span.start : after[0].start], after[0]) if after[0].end == span.end else None
        )
    if head == 0:  # the feature's name follows its word: "Lake Robinson", not "Mount Pleasant"
        inside = [p for p in pieces if p.start > span.start]
    else:
        inside = [p for p in pieces if p.end <= end]
    if not inside or span[head].lower_ in SERVICE_HEADS:
        return None
    return Site(span, inner=not all(demonym(p) for p in inside))
