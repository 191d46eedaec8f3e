"""Find place mentions in a parsed ``Doc``: spaCy's entities, corrected by the gazetteer.

The small English model misses or mislabels many place names ("Qalamoun" as a DATE, "Aleppo" as
NORP, "Kindi" as an ORG); a mention is therefore any of

* a GPE, LOC or FAC entity (kept when it is capitalised or the gazetteer knows it), widened to
  the country, division or curated name spaCy cut short ("Baja California");
* a NORP entity that is a demonym ("Syrian": type ``demonym``) or a known place name;
* an entity of another label, or a run of capitalised tokens outside entities, whose text (with
  up to three following words, for "Kindi barracks") is a name the gazetteer holds with strong
  prior weight: a curated place, a country, first-level division or large city;
* a dateline's town in capitals, whatever spaCy tagged it ("BEIRUT:", "TORRINGTON —");
* a town a comma puts in a state or country the text names ("Greer, South Carolina");
* an organisation, nationality or person entity whose text the document uses as a place
  elsewhere ("TORRINGTON —" and then "Torrington businesses", tagged ORG).

Each mention also records its use: ``metonym`` when it stands for its government or people
("Moscow said", "Russia's silence"), ``demonym``, or ``literal``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from wirewatch.geo import facility
from wirewatch.geo.gazetteer import Candidate, Gazetteer
from wirewatch.geo.normalise import GENERIC_WORDS, generic_kind, key
from wirewatch.nlp.titles import after_person_title

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Labels whose entities are never re-read as places (numbers, money, laws…).
NEVER = {"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME", "LAW", "LANGUAGE"}
METONYM_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}
MAX_EXTRA_TOKENS = 3
# A large city is a strong enough prior to override spaCy's label; smaller ones are not.
STRONG_CITY_POPULATION = 100_000
PLACEISH_CITY_POPULATION = 1_000
LOCATIVE_PREPOSITIONS = {"in", "near", "outside", "at", "from", "of"}
DATELINE_MARKS = {"-", "—", "–", "--", ",", ":"}
ABBREVIATED_SAINTS = {"st", "ste"}
COMPASS_WORDS = frozenset(
    {"east", "west", "north", "south", "eastern", "western", "northern", "southern"}
)
# Capitalised words that are also names of (mostly small or foreign) divisions or towns but in
# English text are headings, titles, months or parts of names ("Centre", "West", "Federal").
COMMON_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "federal", "supreme", "union", "states", "free", "orange", "easter",
    "march", "may", "june", "august", "mega", "university", "bank", "city", "capital", "metro",
    "national", "state", "republic", "independence", "liberty", "victoria", "about", "man",
    "college", "church", "valley", "hope", "providence", "unity", "progress",
    "al", "el", "la", "le", "de", "san", "st", "saint", "street", "road", "avenue", "hall",
    "commerce", "police", "day", "ridge", "park", "lake", "river", "mount", "county", "harbor",
    "harbour", "beach", "springs", "falls", "village", "township", "square", "bridge", "port",
    # Nouns that end the names of buildings and features ("Trump Tower", "French Quarter",
    # "Manila Cathedral"): alone, they are not the small towns that share their spelling.
    "quarter", "tower", "towers", "wing", "cathedral", "basilica", "chapel", "castle", "palace",
    "island", "islands", "delta", "coast", "lagoon", "canal", "plantation", "rue", "library",
    "railroad", "railway", "station", "stadium", "arena", "mall", "market", "temple", "mosque",
    "hotel", "museum", "prison", "camp", "hospital", "academy", "institute", "embassy", "school",
    "building", "pier", "terminal", "airport", "fort",
    # Institutions and portfolios ("Library of Congress", "Department of Homeland Security",
    # "Demand Justice"): alone, not Congress, Arizona or Justice, Illinois.
    "congress", "senate", "parliament", "assembly", "justice", "homeland", "bureau", "treasury",
    "defense", "defence", "interior", "labor", "labour", "energy", "education", "health",
    "agriculture", "transportation", "security", "intelligence", "finance",
}  # fmt: skip
# First words of organisation names that are not places ("Bank of Japan").
ORG_HEADS = {
    "university", "bank", "college", "institute", "department", "ministry", "association",
    "church", "court", "school", "academy", "hospital", "centre", "center", "council", "party",
    "club", "museum", "agency", "company", "corporation", "group", "office", "board", "embassy",
    "summit", "federation", "league", "society", "foundation", "commission", "committee",
}  # fmt: skip


@dataclass
class Mention:
    span: Span
    label: str  # the spaCy label it came from, or "GAZ" for gazetteer matches
    type: str = "literal"
    demonym_of: str | None = None  # ISO alpha-2, CONT:XX or GN:<id> (see sources.read_demonyms)
    generic: str | None = None  # a following "Province", "city", "Governorate"…
    site: bool = False  # a street's, building's or feature's whole name (``geo.facility``)
    within: Span | None = None  # the site's name this place name is part of ("Ainsworth Parade")
    alone: bool = False  # with ``within``: the document also uses the place name on its own

    @property
    def text(self) -> str:
        return self.span.text


def strong(candidates: list[Candidate], preferred: bool = False, words: int = 1) -> bool:
    """True when a name's likeliest readings make it a place whatever spaCy's label says.

    With ``preferred``, the name must be the place's own name, not one of its alternates
    (Damascus is also "al-Sham", but "Sham" alone in a group's name is no place); a country's
    other names of ``words`` >= 2 are its official ones ("Democratic People's Republic of
    Korea") and count.
    """
    return any(
        (c.kind in ("curated", "country", "continent", "adm1")
         or (c.kind == "city" and c.population >= STRONG_CITY_POPULATION))
        and (c.preferred or c.kind == "curated" or not preferred
             or (c.kind == "country" and words >= 2))
        for c in candidates
    )  # fmt: skip


def strong_name(text: str, gazetteer: Gazetteer) -> bool:
    """``strong`` for a name's own readings: the name of a big place, whatever spaCy's label."""
    name_key = key(text)
    return strong(gazetteer.lookup(name_key), preferred=True, words=len(name_key.split()))


def placeish(candidates: list[Candidate]) -> bool:
    """A weaker test, for names in a place-like slot ("in Frankston", "the Athens Police")."""
    return any(
        c.preferred and (c.kind != "city" or c.population >= PLACEISH_CITY_POPULATION)
        for c in candidates
    )


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
    # A person named in full ("John Bolton") is later named by surname alone ("hiring Bolton"):
    # that surname is the person, not the town the gazetteer knows by it.
    surnames = {
        key(ent[-1].text) for ent in doc.ents if ent.label_ == "PERSON" and len(trim(ent)) > 1
    }

    def add(span: Span, label: str, **kwargs) -> None:
        if _bare_direction(span):
            return  # "two oceans protect it east and west": a direction, not West, Cameroon
        if after_person_title(span):
            return  # "President Bush", "King Hassan": a person, not the town of that name
        target = kwargs.get("demonym_of") or gazetteer.demonym(key(span.text))
        if target is None and not kwargs.get("site"):
            span = _compass_part(span, gazetteer, taken)
        if target is not None:  # "Canadian" found inside "Canadian Forces" is still a demonym
            kwargs.update(type="demonym", demonym_of=target)
        elif (
            not kwargs.get("site") and kwargs.get("within") is None and facility.ends_in_head(span)
        ):
            # "Washington Square" is a town in Pennsylvania and a square in New Orleans: the
            # resolver keeps the town only where the document supports it.
            kwargs["within"] = span
        mentions.append(Mention(span, label, generic=following_generic(span), **kwargs))
        for i in range(span.start, span.end):
            taken[i] = True

    def demonym(piece: Span) -> bool:
        return gazetteer.demonym(key(piece.text)) is not None

    def add_site(part: Span, pieces: list[Span], label: str) -> bool:
        """Add the site ``part`` names, if it is one (``geo.facility``); True when added."""
        found = facility.site(part, pieces, demonym)
        if found is None:
            return False
        if found.inner:
            for piece in pieces:
                # A strong name says where the site is ("Dubai World Trade Centre").
                if strong(gazetteer.lookup(key(piece.text)), preferred=True):
                    add(piece, label, type=usage(piece))
                    continue
                alone = facility.named_alone(piece)
                add(piece, label, type=usage(piece), within=found.name, alone=alone)
            return True
        add(found.name, label, site=True)
        if found.place is not None:
            add(found.place, label, type=usage(found.place))
        return True

    for ent in doc.ents:
        if ent.label_ in NEVER:
            continue
        span = trim(ent)
        if not len(span):
            continue
        name_key = key(span.text)
        target = gazetteer.demonym(name_key)
        if target is not None and ent.label_ in PLACE_LABELS | {"NORP", "ORG", "PERSON"}:
            # "the French Quarter": a demonym and the word for a local site is the site's name.
            if (
                span.end < len(doc)
                and not taken[span.end]
                and not doc[span.end].ent_type_
                and add_site(doc[span.start : span.end + 1], [span], ent.label_)
            ):
                continue
            add(span, ent.label_, type="demonym", demonym_of=target)
            continue
        if any(taken[i] for i in range(span.start, span.end)):
            continue  # already inside a widened place ("Tobago" in "Trinidad and Tobago")
        if ent.label_ in PLACE_LABELS:
            for part in _comma_parts(span):
                part = _widen(part, gazetteer, taken)
                stripped, generic = generic_kind(part.text)
                if gazetteer.lookup(key(part.text)) or (generic and gazetteer.lookup(stripped)):
                    add(part, ent.label_, type=usage(part))
                    continue
                inner = _inner_places(part, gazetteer)
                if add_site(part, inner, ent.label_):
                    continue
                if inner:  # "Greece Italy", "Asia-Pacific", "Montgomery County Democrats"
                    for piece in inner:
                        add(piece, ent.label_, type=usage(piece))
                elif part.text[:1].isupper():
                    add(part, ent.label_, type=usage(part))
            continue
        if ent.label_ == "NORP":
            if strong(gazetteer.lookup(name_key)):
                add(span, "NORP", type=usage(span))
            continue
        if ent.label_ == "PERSON" and name_key in surnames:
            continue
        listed = _listed_places(span, gazetteer)
        if listed:  # "Kyiv, Kharkiv, Odesa" tagged as one WORK_OF_ART
            for part in listed:
                add(part, ent.label_, type=usage(part))
            continue
        stop = _extra_words(doc, span.end, MAX_EXTRA_TOKENS)
        found = _longest_known(doc, span.start, stop, gazetteer, span.end)
        if found is None and _locative(span):
            found = _longest_known(doc, span.start, span.end, gazetteer, span.end, placeish)
        if found is None and ent.label_ in ("ORG", "EVENT") and len(span) > 1:
            found = _embedded(span, gazetteer)
        if (
            found is not None
            and span.start <= found.start
            and found.end < span.end
            and add_site(span, [found], ent.label_)
        ):
            continue
        if found is not None:
            add(found, ent.label_, type=usage(found))
    for i, token in enumerate(doc):
        if taken[i] or not (token.is_title or token.is_upper):
            continue
        # A dateline's town in capitals is often tagged a noun or an adverb ("TORRINGTON —",
        # "BEIRUT:"), and its first word alone may be an ocean ("ATLANTIC BEACH —").
        span = _dateline_name(doc, i, gazetteer)
        if span is None and token.pos_ != "PROPN":
            continue
        if token.ent_type_ and token.ent_type_ not in NEVER:
            continue  # inside an entity that was already judged above
        if i > 1 and doc[i - 1].text in "-‐–" and doc[i - 2].is_lower:
            continue  # the name after an article ("ash-Sham"), not "Damascus-Homs"
        if span is None:
            stop = _extra_words(doc, i + 1, MAX_EXTRA_TOKENS)
            span = _longest_known(doc, i, stop, gazetteer, i + 1)
        if span is None or any(taken[j] for j in range(span.start, span.end)):
            continue
        name = _proper_run(span, taken)
        if name != span and add_site(name, [span], "GAZ"):
            continue  # "Marjory Stoneman Douglas High School", "Windsor Castle"
        add(span, "GAZ", type=usage(span))
    for m in list(mentions):
        town = _town_before_division(m.span, gazetteer, taken)
        if town is not None:
            add(town, "GAZ", type=usage(town))
    # A name the document uses as a place once is that place where spaCy calls it an
    # organisation, a nationality or a person elsewhere: "TORRINGTON —" and then "Torrington
    # businesses" (ORG); not a surname of someone the document names in full.
    places = {
        key(m.text)
        for m in mentions
        if m.label in ("GPE", "LOC", "GAZ")
        and m.demonym_of is None
        and not m.site
        and m.within is None
        and key(m.text) not in COMMON_WORDS
        and placeish(gazetteer.lookup(key(m.text)))
    }
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "NORP", "PERSON"):
            continue
        span = trim(ent)
        name_key = key(span.text)
        if (
            len(span)
            and name_key in places
            and name_key not in surnames
            and not any(taken[i] for i in range(span.start, span.end))
        ):
            add(span, ent.label_, type=usage(span))
    mentions.sort(key=lambda m: m.span.start)
    return mentions


def _town_before_division(division: Span, gazetteer: Gazetteer, taken: list[bool]) -> Span | None:
    """The town a comma puts in ``division``, whatever spaCy called it: "Greer, South
    Carolina" (Greer tagged NORP), "Pewaukee, Wis." — where the gazetteer holds a town or county
    of that name inside that state or country."""
    doc = division.doc
    comma = division.start - 1
    if comma < 1 or doc[comma].text != "," or taken[comma - 1]:
        return None
    areas = [c for c in gazetteer.lookup(key(division.text)) if c.kind in ("adm1", "country")]
    if not areas:
        return None
    for start in range(max(0, comma - 3), comma):
        town = doc[start:comma]
        if any(taken[t.i] or not t.text[:1].isupper() for t in town):
            continue
        for c in gazetteer.lookup(key(town.text)):
            if c.kind not in ("city", "adm2"):
                continue
            if any(
                c.admin1_code == a.admin1_code
                if a.kind == "adm1"
                else c.country_code == a.country_code
                for a in areas
            ):
                return town
    return None


def _proper_run(span: Span, taken: list[bool]) -> Span:
    """The run of capitalised proper nouns around ``span`` outside other mentions."""
    doc = span.doc

    def proper(i: int) -> bool:
        t = doc[i]
        return not taken[i] and t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_

    start, end = span.start, span.end
    while start > 0 and proper(start - 1):
        start -= 1
    while end < len(doc) and proper(end):
        end += 1
    return doc[start:end]


def _longest_known(
    doc: Doc, start: int, stop: int, gazetteer: Gazetteer, min_end: int, test=None
) -> Span | None:
    """The longest span from ``start`` (ending at or after ``min_end``) that passes ``test``
    (by default: a strong place name)."""
    for end in range(stop, min_end - 1, -1):
        span = doc[start:end]
        if span[-1].is_punct or not span[0].text[:1].isupper():
            continue
        if len(span) == 1 and span[0].lower_ in COMMON_WORDS:
            continue
        name_key = key(span.text)
        found = gazetteer.lookup(name_key)
        if test(found) if test else strong(found, preferred=True, words=len(name_key.split())):
            return span
        if gazetteer.demonym(name_key) is not None:  # "European" in "European Commission"
            return span
    return None


def _widen(span: Span, gazetteer: Gazetteer, taken: list[bool]) -> Span:
    """The longer country, division or curated name an entity is part of, where spaCy cut it
    short: "Baja" + "California", "Trinidad" + "and Tobago"."""
    doc = span.doc
    options = []
    if span.start > 0 and doc[span.start - 1].is_title and not taken[span.start - 1]:
        options.append(doc[span.start - 1 : span.end])
    if (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ in ("and", "&")
        and doc[span.end + 1].is_title
    ):
        options.append(doc[span.start : span.end + 2])
    for wider in options:
        found = gazetteer.lookup(key(wider.text))
        if any(c.kind in ("country", "adm1", "curated") and c.preferred for c in found):
            return wider
    # spaCy cut one name into two place entities, the first seen first: "Baja" + "California",
    # "ST" + "." + "LOUIS" (a dateline). The two go together where the whole is a strong name.
    # After an abbreviated "Saint" the rest may carry any label: "ST" + "." + "JOHN'S" (PERSON).
    dotted = span.end < len(doc) and doc[span.end].text == "."
    after = span.end + 1 if dotted else span.end
    saint = dotted and len(span) == 1 and span[0].lower_ in ABBREVIATED_SAINTS
    if (
        after < len(doc)
        and (doc[after].ent_type_ in PLACE_LABELS or (saint and doc[after].ent_type_))
        and doc[after].ent_iob_ == "B"
        and not taken[after]
    ):
        wider = doc[span.start : _ent_end(doc, after)]
        if strong_name(wider.text, gazetteer):
            return wider
    # A town whose name goes on after an entity that is no place name of its own:
    # "Fort" + "Collins".
    if (
        span.end < len(doc)
        and doc[span.end].is_title
        and not taken[span.end]
        and not placeish(gazetteer.lookup(key(span.text)))
    ):
        wider = doc[span.start : span.end + 1]
        if placeish(gazetteer.lookup(key(wider.text))):
            return wider
    return span


def _compass_part(span: Span, gazetteer: Gazetteer, taken: list[bool]) -> Span:
    """ "eastern Ghouta" written in lower case is East Ghouta where the gazetteer holds that part
    as a place of its own (a curated row): the direction word joins the name. "eastern Aleppo"
    has no such row and stays Aleppo."""
    i = span.start - 1
    if i < 0 or taken[i] or span.doc[i].lower_ not in COMPASS_WORDS or not span.doc[i].is_lower:
        return span
    wider = span.doc[i : span.end]
    if any(c.kind == "curated" for c in gazetteer.lookup(key(wider.text))):
        return wider
    return span


HYPHENS = frozenset({"-", "‐"})


def _extra_words(doc: Doc, end: int, words: int) -> int:
    """The end after ``words`` more words from ``end``, a hyphen not counting as one:
    "Rostov-on-Don" after "Rostov" is two words, four tokens."""
    while end < len(doc) and words > 0:
        if doc[end].text not in HYPHENS:
            words -= 1
        end += 1
    while end < len(doc) and doc[end].text in HYPHENS and end + 1 < len(doc):
        end += 2  # a name does not stop at a hyphen
    return end


def _bare_direction(span: Span) -> bool:
    """A direction word in lower case alone ("west", "south-east") names no place."""
    words = span.text.replace("-", " ").split()
    return span.text.islower() and bool(words) and all(w in COMPASS_WORDS for w in words)


def _ent_end(doc: Doc, i: int) -> int:
    """The end of the entity that starts at token ``i``."""
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _inner_places(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """Known names inside an entity the gazetteer does not know as a whole, left to right."""
    found, i = [], span.start
    while i < span.end:
        piece = _longest_known(span.doc, i, span.end, gazetteer, i + 1, placeish)
        if piece is None:
            i += 1
        else:
            found.append(piece)
            i = piece.end
    return found


def _comma_parts(span: Span) -> list[Span]:
    """ "Nashville, Tenn." is two places; spaCy often makes it one entity."""
    parts, start = [], span.start
    for token in span:
        if token.text == ",":
            if token.i > start:
                parts.append(span.doc[start : token.i])
            start = token.i + 1
    if start < span.end:
        parts.append(span.doc[start : span.end])
    return parts


def _listed_places(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """The parts of an entity that is a comma list of strong place names, where spaCy gave the
    list another label; empty unless every part is one."""
    parts = _comma_parts(span)
    if len(parts) < 2:
        return []
    found = []
    for part in parts:
        if part[0].lower_ == "and":
            part = part[1:]
        if not len(part) or not strong_name(part.text, gazetteer):
            return []
        found.append(part)
    return found


def _locative(span: Span) -> bool:
    """An entity in a place slot: the object of "in", "near", "outside", "at", "from", "of"."""
    head = span.root.head
    return span.root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPOSITIONS


def _embedded(span: Span, gazetteer: Gazetteer) -> Span | None:
    """A place leading an organisation's name ("the Texas Forest Service") or after its "of"."""
    doc = span.doc
    for token in span[:-1]:
        if token.lower_ == "of":
            after = token.i + 1
            stop = min(span.end, after + 1 + MAX_EXTRA_TOKENS)
            found = _longest_known(doc, after, stop, gazetteer, after + 1, placeish)
            if found is not None:
                return found
    if span[0].lower_ in ORG_HEADS:
        return None
    stop = min(span.end - 1, span.start + 1 + MAX_EXTRA_TOKENS)
    return _longest_known(doc, span.start, stop, gazetteer, span.start + 1, placeish)


def _dateline_name(doc: Doc, i: int, gazetteer: Gazetteer) -> Span | None:
    """The town a dateline opens with: words in capitals opening a line or sentence before a
    dash, comma or colon ("ROSWELL - A man…", "ATLANTIC BEACH — Officials…", "BEIRUT: The
    body…"), where the gazetteer knows the whole run as a place."""
    opens = i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].text in {".", "\n"}
    if not opens or not doc[i].is_upper or len(doc[i]) < 3:
        return None
    end = i + 1
    while end < len(doc) and end - i <= MAX_EXTRA_TOKENS and doc[end].is_upper:
        end += 1
    if end >= len(doc) or doc[end].text not in DATELINE_MARKS:
        return None
    return _longest_known(doc, i, end, gazetteer, end, placeish)
