"""Place a name the gazetteer cannot resolve at the place that clearly contains it.

A street, square, hospital or bridge ("Frenchmen Street", "City Hall") is no GeoNames entry, but
an analyst still wants to know it lies in New Orleans; ACLED's geo-precision levels do the same.
Such a mention gets its container's point, country and division, no GeoNames id, feature code
``APPROX`` and a low confidence. The container is

1. an explicit one the text gives right after the name ("Royal Street, New Orleans",
   "X in Aleppo"), whatever the name's own words; else
2. where the name's last word marks a local feature, or the mention is a site's whole name
   (``geo.facility``), the document's dominant locality: the town it names most often in its
   main country and division (else its most named division). A natural feature ("Euphrates
   River", ``facility.WIDE_HEADS``) only in a story set in one country (``LOCAL_STORY_SHARE``);
   else
3. where spaCy calls the name a place or a building (GPE, LOC, FAC) in a local story, the
   document's dominant locality: a local paper's hamlet, creek or hall the gazetteer lacks
   ("Holopaw" in a story on Osceola County, "the Kishwaukee River" in DeKalb's paper, the
   "Readington Township Boy Scouts" of a Hunterdon County story) is far likelier near the
   story's town than anywhere else. A local story is set in one country and names no other country,
   not even by a demonym: "Baghuz" in a London story about British Isis recruits in Syria is
   no part of London. Its confidence is the lowest (``UNKNOWN_CONFIDENCE``).

No id is invented: the approximation says where, not what.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from wirewatch.geo.facility import wide
from wirewatch.geo.gazetteer import Candidate

if TYPE_CHECKING:
    from wirewatch.geo.resolve import Reading, Scored

FEATURE_CODE = "APPROX"
EXPLICIT_CONFIDENCE = 0.3
DOMINANT_CONFIDENCE = 0.15
UNKNOWN_CONFIDENCE = 0.1
# spaCy's labels for names of places and buildings: an unknown name under another label (an
# organisation, a person) is no settlement, river or building of the story's town.
PLACE_LABELS = ("GPE", "LOC", "FAC")
# A local paper's river or creek ("the Neches River" in an east Texas story) lies near the town
# the story names; the Euphrates of a Washington-datelined story about Syria does not. Two
# thirds of the place names in one country, fixed before measuring, tells the two apart.
LOCAL_STORY_SHARE = 2 / 3
# Last words of names of features that lie inside one town (English news usage).
LOCAL_HEADS = {
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive",
    "highway", "square", "plaza", "park", "hall", "hospital", "clinic", "bridge", "railroad",
    "railway", "station", "airport", "tower", "towers", "building", "mall", "stadium", "arena",
    "school", "campus", "church", "cathedral", "mosque", "temple", "market", "quarter",
    "township", "neighbourhood", "neighborhood", "district", "prison", "jail", "base", "port",
    "harbour", "harbor", "pier", "terminal", "courthouse", "library", "museum",
}  # fmt: skip
# Kinds of reading that can contain a local feature, most specific first.
TOWN_KINDS = ("city",)
DIVISION_KINDS = ("adm2", "adm1")


def approximate(scored: list[Scored], readings: list[Reading]) -> list[Reading]:
    """``readings`` with each unresolved mention placed at its container, where there is one."""
    from wirewatch.geo.resolve import Reading

    if all(r.candidate is not None for r in readings):
        return readings
    dominant = dominant_locality(scored, readings)
    # A natural feature goes to the document's town only in a story set in one country.
    local_story = home_share(scored, readings) >= LOCAL_STORY_SHARE
    # An unknown name goes there only in a local story: one that names no other country.
    only_home = (
        local_story and dominant is not None and _countries(readings) <= {dominant.country_code}
    )
    out = []
    for s, r in zip(scored, readings, strict=True):
        if r.candidate is not None or s.mention.demonym_of:
            out.append(r)
            continue
        container = readings[s.container].candidate if s.container is not None else None
        if container is not None and container.kind not in ("country", "continent"):
            out.append(Reading(_at(container), EXPLICIT_CONFIDENCE))
        elif (
            dominant is not None
            and (s.mention.site or _local(s.mention.text))
            and (local_story or not wide(s.mention.text))
        ):
            out.append(Reading(_at(dominant), DOMINANT_CONFIDENCE))
        elif only_home and s.mention.label in PLACE_LABELS:
            out.append(Reading(_at(dominant), UNKNOWN_CONFIDENCE))
        else:
            out.append(r)
    return out


def _named(scored: list[Scored], readings: list[Reading]) -> list[Candidate]:
    """The readings of the document's place names that have a country, demonyms left out."""
    return [
        r.candidate
        for s, r in zip(scored, readings, strict=True)
        if r.candidate is not None and r.candidate.country_code and not s.mention.demonym_of
    ]


def home_share(scored: list[Scored], readings: list[Reading]) -> float:
    """The share of the document's place names (not demonyms) that lie in its main country."""
    countries = Counter(c.country_code for c in _named(scored, readings))
    total = sum(countries.values())
    return countries.most_common(1)[0][1] / total if total else 0.0


def _countries(readings: list[Reading]) -> set[str | None]:
    """The countries the document names as countries, by name or demonym ("Syria", "Syrian")."""
    return {
        r.candidate.country_code for r in readings if r.candidate and r.candidate.kind == "country"
    }


def _local(text: str) -> bool:
    words = text.lower().replace(".", " ").split()
    return bool(words) and words[-1] in LOCAL_HEADS


def dominant_locality(scored: list[Scored], readings: list[Reading]) -> Candidate | None:
    """The town the document names most often in its main country and, where it has one, its
    main first-level division; else its most named division there. The main country is the one
    most of its place names (not demonyms) lie in: "French" in a New Orleans story names no
    French town. The main division is the one most of those names lie in: a story that names
    Louisiana, New Orleans and Lafayette is set in Louisiana, whatever town elsewhere shares a
    street's name. Ties go to the bigger town."""
    named = _named(scored, readings)
    if not named:
        return None
    home = Counter(c.country_code for c in named).most_common(1)[0][0]
    named = [c for c in named if c.country_code == home]
    divisions = Counter(c.admin1_code for c in named if c.admin1_code)
    if divisions:
        main = divisions.most_common(1)[0][0]
        inside = [c for c in named if c.admin1_code == main]
        if any(c.kind in TOWN_KINDS for c in inside):
            named = inside
    for kinds in (TOWN_KINDS, DIVISION_KINDS):
        counts = Counter(c.pid for c in named if c.kind in kinds)
        if counts:
            by_pid = {c.pid: c for c in named}
            return by_pid[max(counts, key=lambda pid: (counts[pid], by_pid[pid].population))]
    return None


def _at(container: Candidate) -> Candidate:
    return replace(
        container,
        pid=-1,
        geonameid=None,
        feature_code=FEATURE_CODE,
        kind="approx",
        population=0,
        preferred=False,
    )
