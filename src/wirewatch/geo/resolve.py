"""Choose the gazetteer entry each mention refers to, and say how sure the choice is.

Two scorers share the evidence below. The default is the learned ranker (``geo.ranker``,
trained on the geo dev splits), which weighs the evidence as features (``geo.features``) and
runs twice, its first readings giving the context of the second. Without a model file, the
hand-set scorer adds the evidence up, each term in "log-population" units:

* prior: log10 of its population (divisions: of the towns they hold), plus a bonus by kind —
  countries and continents are what a bare country name almost always means;
* the name: matching a preferred name rather than an alternate or transliteration skeleton;
* a generic word beside the name ("Dar'aa Province" -> a division, "Aleppo city" -> a town);
* an explicit container ("Jassim in Dar'aa Province", "Paris, Texas"): same division or country;
* document context: the share of the document's resolved mentions lying in its country;
* coherence: closeness to the other places the document names.

Resolution runs twice: the first pass (prior and name cues only) gives the context and
the neighbours for the second. Every mention of the same name in a document gets one reading.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np

from wirewatch.geo import features
from wirewatch.geo.approximate import approximate, dominant_locality
from wirewatch.geo.gazetteer import Candidate, Gazetteer, distance_km
from wirewatch.geo.normalise import generic_kind, key
from wirewatch.geo.publisher import Publisher
from wirewatch.geo.ranker import Ranker
from wirewatch.geo.recognise import Mention

KIND_BONUS = {"continent": 3.0, "country": 3.0, "adm1": 0.5, "adm2": 0.0, "city": 0.0}
CAPITAL_BONUS = 1.5
# Divisions are named less often than towns of the same weight ("Washington", "New York").
ADM1_DISCOUNT = 0.3
ADM2_DISCOUNT = 1.0
# A town named like the division it lies in is what the bare name means ("Aleppo", "Geneva").
NAMESAKE_BONUS = 0.5
CURATED_BONUS = 0.5
PREFERRED_BONUS = 0.6
SKELETON_PENALTY = 1.5
GENERIC_MATCH = {
    "province": ("adm1",),
    "governorate": ("adm1",),
    "governate": ("adm1",),
    "state": ("adm1",),
    "oblast": ("adm1",),
    "krai": ("adm1",),
    "kray": ("adm1",),
    "prefecture": ("adm1", "adm2"),
    "region": ("adm1", "curated"),
    "county": ("adm2",),
    "district": ("adm2", "curated"),
    "municipality": ("adm2", "city"),
    "city": ("city",),
    "town": ("city",),
    "village": ("city",),
    "countryside": ("curated", "adm1"),
}
GENERIC_BONUS = 4.0
CONTAINER_COUNTRY_BONUS = 3.0
CONTAINER_ADMIN1_BONUS = 3.0
CONTEXT_WEIGHT = 6.0
ADMIN1_CONTEXT_WEIGHT = 3.0
# A document that names a division ("Lamar County", "Texas", "Ga.") is about places in it: the
# Paris it mentions is the Paris in that division.
DIVISION_CONTEXT_BONUS = 1.0
COHERENCE = ((50.0, 1.5), (200.0, 1.0), (500.0, 0.4))
CONTAINER_WORDS = {"in", "of", ","}
MAX_CANDIDATES = 40


@dataclass
class Reading:
    """The chosen entry for a mention, with a confidence in [0, 1]."""

    candidate: Candidate | None
    confidence: float


@dataclass
class Scored:
    mention: Mention
    candidates: list[Candidate]
    skeleton: bool = False
    container: int | None = None  # index of the mention that contains this one
    support: features.Support | None = None  # the other names' agreement, per candidate


def candidates_for(mention: Mention, gazetteer: Gazetteer) -> tuple[list[Candidate], bool]:
    if mention.site:
        return [], False  # a site is placed at its container, never read as a namesake
    if mention.demonym_of:
        target = mention.demonym_of
        if target.startswith("CONT:"):
            found = [c for c in gazetteer.lookup(_CONTINENT_NAMES.get(target[5:], "")) if c]
        elif target.startswith("GN:"):
            division = gazetteer.by_geonameid(target[3:])
            found = [division] if division else []
        else:
            country = gazetteer.country(target)
            found = [country] if country else []
        return found, False
    name_key = key(mention.text)
    found = gazetteer.lookup(name_key)
    if _abbreviation(mention.text):
        # "US", "UN", "USA" abbreviate a longer name; a town whose own name is those letters
        # (Us in France, Un in India, Usa in Japan) writes it in lower case.
        found = [c for c in found if key(c.name) != name_key or c.name.isupper()]
    if not found:
        stripped, _generic = generic_kind(mention.text)
        if stripped != name_key:
            found = gazetteer.lookup(stripped)
    if found:
        return _top(found), False
    if len(name_key) >= 4 and mention.label != "GAZ":
        # Only spelling variants: the same number of words and most letters shared.
        similar = [
            c for c in gazetteer.lookup_skeleton(name_key) if _similar(name_key, key(c.name))
        ]
        return _top(similar), True
    return [], False


def _abbreviation(text: str) -> bool:
    """Two or three capitals, dotted or not: "US", "U.N.", "USA"."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()


def _similar(a: str, b: str) -> bool:
    return len(a.split()) == len(b.split()) and SequenceMatcher(None, a, b).ratio() >= 0.75


_CONTINENT_NAMES = {"EU": "europe", "AF": "africa", "AS": "asia", "NA": "north america"}


def _top(found: list[Candidate]) -> list[Candidate]:
    return sorted(found, key=lambda c: -c.population)[:MAX_CANDIDATES]


def prior(c: Candidate, mention: Mention, skeleton: bool) -> float:
    score = math.log10(c.population + 10) + KIND_BONUS.get(c.kind, CURATED_BONUS)
    if c.preferred:
        score += PREFERRED_BONUS
    if c.feature_code == "PPLC":
        score += CAPITAL_BONUS
    if c.kind == "adm1":
        score -= ADM1_DISCOUNT
    elif c.kind == "adm2":
        score -= ADM2_DISCOUNT
    if skeleton:
        score -= SKELETON_PENALTY
    generic = mention.generic or generic_kind(mention.text)[1]
    if generic and c.kind in GENERIC_MATCH.get(generic, ()):
        score += GENERIC_BONUS
    return score


def find_containers(scored: list[Scored]) -> None:
    """Link "X, Y" and "X in Y" where Y directly follows X (at most two tokens between)."""
    for i, s in enumerate(scored[:-1]):
        end = s.mention.span.end
        if s.mention.generic:
            end += 1
        s.container = _container_after(scored, i, end, s.mention.site)


def _container_after(scored: list[Scored], i: int, end: int, site: bool) -> int | None:
    """The index of the mention after ``scored[i]`` that contains it, when the text between
    ``end`` and that mention says so."""
    nxt = next((j for j in range(i + 1, len(scored)) if scored[j].mention.span.start >= end), None)
    if nxt is None or scored[nxt].mention.type == "demonym":
        return None
    doc = scored[i].mention.span.doc
    between = [t.lower_ for t in doc[end : scored[nxt].mention.span.start]]
    if site and not between:
        return nxt  # the place that ends a site's name ("British Embassy Tokyo")
    if (
        1 <= len(between) <= 2
        and between[0] in CONTAINER_WORDS
        and between != [",", "the"]  # a list ("Mexico, the US and Canada")
    ):
        return nxt
    return None


def resolve(
    mentions: list[Mention],
    gazetteer: Gazetteer,
    ranker: Ranker | None = None,
    publisher: Publisher | None = None,
) -> list[Reading]:
    """One reading per mention: by the learned ranker when one is given, else by the hand-set
    weights. ``publisher``: what the document's web address says, if it has one."""
    if ranker is None:
        rows = ranked_rows(mentions, gazetteer, publisher=publisher)
        second = [_reading(s, hand, s.skeleton) for s, hand, _x in rows]
    else:
        rows, second = settled_pass(mentions, gazetteer, ranker, publisher)
    scored = [s for s, _h, _x in rows]
    readings = _list_kind(scored, _one_name(scored, _one_sense(scored, second)))
    readings = _paper_city(scored, _region_state(scored, readings))
    readings = _sites(rows, readings)
    # Names the gazetteer lacks ("Frenchmen Street") are placed at their container, if any.
    return approximate(scored, readings)


# Evidence that a place name inside a site's name is where the site is: another place of the
# document lies near the reading, the document names its division, a container points to it,
# or the paper is from there (its host, its address's sections, its home division).
SITE_CUES = (
    "near_200",
    "in_named_admin1",
    "container_country",
    "container_admin1",
    "home_town",
    "near_host_town",
    "locale_home",
)
# A place name the document also uses on its own ("Cavan" beside "Cavan Town Hall") may also
# rest on the document's main country.
ALONE_CUES = ("dominant_country",)


def _sites(rows: list[tuple[Scored, list[float], np.ndarray]], readings: list[Reading]):
    """A town or county read from inside a site's name ("Ainsworth" in "Ainsworth Parade") is
    kept only where the document's geography supports it; otherwise the mention becomes the
    whole name, left for ``approximate`` to place at its container. A country's or division's
    reading is kept ("Bank of Japan", "University of Kentucky"): nothing near them is needed."""
    if not any(s.mention.within is not None for s, _h, _x in rows):
        return readings
    if dominant_locality([s for s, _h, _x in rows], readings) is None:
        return readings  # nowhere to put the site: its own reading is the best there is
    scored = [s for s, _h, _x in rows]
    out, done = [], set()
    for i, ((s, _hand, x), r) in enumerate(zip(rows, readings, strict=True)):
        within = s.mention.within
        c = r.candidate
        if within is None or (within.start, within.end) in done:
            out.append(r)
            continue
        if c is not None and c.kind not in ("city", "adm2"):
            out.append(r)
            continue
        row = next(
            (i for i, o in enumerate(s.candidates) if c is not None and o.pid == c.pid), None
        )
        cues = SITE_CUES + ALONE_CUES if s.mention.alone else SITE_CUES
        if row is not None and any(x[row, features.INDEX[cue]] for cue in cues):
            out.append(r)
            continue
        done.add((within.start, within.end))
        s.mention.span, s.mention.site = within, True
        # Where the site's whole name is followed by its town ("Kamenné Square in Bratislava").
        s.container = _container_after(scored, i, within.end, False)
        out.append(Reading(None, 0.0))
    return out


def second_pass_rows(
    mentions: list[Mention],
    gazetteer: Gazetteer,
    ranker: Ranker,
    publisher: Publisher | None = None,
) -> list[tuple[Scored, list[float], np.ndarray]]:
    """The feature rows of a second pass, whose context is the ranker's own first readings:
    better neighbours make better coherence features (in 5-fold CV on the dev splits, +1.1
    points within 161 km on LGL, +0.4 on TR-News, -0.1 on GeoWebNews)."""
    rows = ranked_rows(mentions, gazetteer, publisher=publisher)
    scored = [s for s, _h, _x in rows]
    first = [_learned(s, x, ranker) for s, _hand, x in rows]
    # The newspaper's town goes into the context now, so that "The Washington Post" does not
    # pull the story's other names towards Washington state.
    first = _paper_city(scored, first)
    return ranked_rows(mentions, gazetteer, scored, first, publisher)


def settled_pass(
    mentions: list[Mention],
    gazetteer: Gazetteer,
    ranker: Ranker,
    publisher: Publisher | None = None,
) -> tuple[list[tuple[Scored, list[float], np.ndarray]], list[Reading]]:
    """The second pass's rows and readings, or a third pass's where that one has settled.

    A third pass, on the second's readings, mends a few documents the second left half
    changed; but some documents swing between two self-consistent readings, one per pass
    (every "Washington" the state with "D.C." the District, then every one the capital), and
    there the third pass is only the other phase. So the third is kept where a fourth agrees
    with it, and the second otherwise."""
    rows = second_pass_rows(mentions, gazetteer, ranker, publisher)
    second = [_learned(s, x, ranker) for s, _hand, x in rows]
    third_rows, third = _next_pass(mentions, gazetteer, ranker, publisher, rows, second)
    if _picks(third) == _picks(second):
        return rows, second
    _rows, fourth = _next_pass(mentions, gazetteer, ranker, publisher, third_rows, third)
    if _picks(fourth) == _picks(third):
        return third_rows, third
    return rows, second


def _next_pass(
    mentions: list[Mention],
    gazetteer: Gazetteer,
    ranker: Ranker,
    publisher: Publisher | None,
    rows: list[tuple[Scored, list[float], np.ndarray]],
    readings: list[Reading],
) -> tuple[list[tuple[Scored, list[float], np.ndarray]], list[Reading]]:
    """One more pass, whose context is ``readings``."""
    scored = [s for s, _h, _x in rows]
    context = _paper_city(scored, readings)
    rows = ranked_rows(mentions, gazetteer, scored, context, publisher)
    return rows, [_learned(s, x, ranker) for s, _hand, x in rows]


def _picks(readings: list[Reading]) -> list[int | None]:
    return [r.candidate.pid if r.candidate is not None else None for r in readings]


def ranked_rows(
    mentions: list[Mention],
    gazetteer: Gazetteer,
    scored: list[Scored] | None = None,
    first: list[Reading] | None = None,
    publisher: Publisher | None = None,
) -> list[tuple[Scored, list[float], np.ndarray]]:
    """Each mention with its candidates' hand-set scores and feature rows, in the context of
    ``first`` (the readings of a first pass; by default the hand-set prior's)."""
    if scored is None:
        scored = []
        for m in mentions:
            found, skel = candidates_for(m, gazetteer)
            scored.append(Scored(m, found, skel))
        find_containers(scored)
    if first is None:
        first = [_reading(s, _hand_scores(s, None, None), s.skeleton) for s in scored]
    context = _shares(first)
    named = {
        r.candidate.admin1_code
        for r in first
        if r.candidate is not None and r.candidate.kind in ("adm1", "adm2")
    }
    named_countries = {
        r.candidate.country_code
        for r in first
        if r.candidate is not None and r.candidate.kind == "country" and r.candidate.country_code
    }
    countries = Counter(r.candidate.country_code for r in first if r.candidate)
    countries.pop(None, None)
    dominant = countries.most_common(1)[0][0] if countries else None
    # Each mention's neighbours are the first-pass readings of the *other* names: mentions of
    # one name must not vouch for each other (or for a division around their own reading).
    keys = [key(s.mention.text) for s in scored]
    if any(s.support is None for s in scored):  # the candidates stay; so does their support
        found = features.support([s.candidates for s in scored], keys)
        for s, agreement in zip(scored, found, strict=True):
            s.support = agreement
    rows = []
    for s, own in zip(scored, keys, strict=True):
        chosen = [r.candidate if k != own else None for r, k in zip(first, keys, strict=True)]
        hand = _hand_scores(s, context, chosen, named)
        container = chosen[s.container] if s.container is not None else None
        generic = s.mention.generic or generic_kind(s.mention.text)[1]
        x = features.matrix(
            s.candidates,
            hand,
            s.mention.text,
            s.mention.label,
            generic,
            GENERIC_MATCH.get(generic, ()) if generic else (),
            s.skeleton,
            container,
            features.Context(
                context,
                dominant,
                named,
                named_countries,
                chosen,
                publisher or Publisher(),
            ),
            s.support,
        )
        rows.append((s, hand, x))
    return rows


def _reading(s: Scored, scores: list[float], skeleton: bool) -> Reading:
    if not s.candidates:
        return Reading(None, 0.0)
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    best = order[0]
    margin = scores[best] - scores[order[1]] if len(order) > 1 else 3.0
    confidence = 1.0 / (1.0 + math.exp(-margin))
    if skeleton:
        confidence *= 0.7
    return Reading(s.candidates[best], round(confidence, 3))


def _learned(s: Scored, x: np.ndarray, ranker: Ranker) -> Reading:
    if not s.candidates:
        return Reading(None, 0.0)
    scores = ranker.scores(x)
    # A generic word is decisive where some candidate fits it ("Aleppo Province" is no town,
    # "Aleppo city" no province); the corpora hold too few such names to teach it. Not where
    # only places abroad fit it: what a country calls a "district" need not be what GeoNames
    # files as one (Jordan's Karak district is a governorate, not Karak District, Pakistan).
    fits = x[:, features.INDEX["generic_match"]] > 0
    in_dominant = x[:, features.INDEX["dominant_country"]] > 0
    if in_dominant.any() and not (fits & in_dominant).any():
        fits = np.zeros_like(fits)
    if fits.any():
        scores = np.where(fits, scores, -np.inf)
    e = np.exp(scores - scores.max())
    probabilities = e / e.sum()
    best = int(np.argmax(probabilities))
    famous = _famous(s.candidates, x)
    if famous is not None and (fits[famous] or not fits.any()):
        best = _famous_over_namesake(s.candidates, x, probabilities, best, famous)
    if famous is not None and s.candidates[best].country_code == s.candidates[famous].country_code:
        best = _paper_town(s.candidates, x, probabilities, best)
    if not fits.any():
        best = _city_for_its_division(s.candidates, best)
    best = _own_name_over_former(s.candidates, x, probabilities, best, s.mention.text)
    if s.skeleton and not _variant_supported(x[best]):
        return Reading(None, 0.0)
    return Reading(s.candidates[best], round(float(probabilities[best]), 3))


# Local evidence for a namesake of a world city: its country is the document's (or holds half
# its places), a container names its country or division, the document names its division,
# or another place lies near it.
CITY_CUES = (
    "dominant_country",
    "container_country",
    "container_admin1",
    "in_named_admin1",
    "near_200",
    "home_country",
    "home_town",
    "near_host_town",
)
# A country or a sea is named in news from everywhere: a namesake town needs the text itself to
# point at it ("Lebanon, Pa.", a place named beside it); the document being American is not enough.
AREA_CUES = ("container_country", "container_admin1", "in_named_admin1", "near_50", "home_town")


def _famous_over_namesake(
    candidates: list[Candidate], x: np.ndarray, probabilities: np.ndarray, best: int, famous: int
) -> int:
    """The world-famous reading instead of a small namesake the text gives no cue for.

    Without it, local context outweighs fame: "Geneva" in an article about Syria that also
    names America would be a Genève in the US, "the Atlantic" in a hurricane forecast the town
    in Iowa, and "Lebanon" in a story about the Gulf a Lebanon in Pennsylvania.
    """
    top, chosen = candidates[famous], candidates[best]
    whole_area = top.kind in ("country", "continent") or top.country_code is None
    if whole_area:
        if chosen.kind in ("country", "continent") or best == famous:
            return best
        if any(x[best, features.INDEX[cue]] for cue in AREA_CUES):
            return best
        return famous
    if (
        chosen.country_code == top.country_code
        or any(x[best, features.INDEX[cue]] for cue in CITY_CUES)
        or x[best, features.INDEX["ctx_country"]] >= FAMOUS_MAX_SHARE
    ):
        return best
    home = [i for i, c in enumerate(candidates) if c.country_code == top.country_code]
    return max(home, key=lambda i: probabilities[i])


# The other names' readings must mostly lie in the paper's town's country.
PAPER_TOWN_SHARE = 0.5


def _paper_town(
    candidates: list[Candidate], x: np.ndarray, probabilities: np.ndarray, best: int
) -> int:
    """A paper's own town instead of its famous namesake abroad: "Paris" in the Paris
    Post-Intelligencer (parispi.net), whose other places are in Tennessee, is Paris, Tennessee.
    The host name says the paper is local; the other places say in which country."""
    if not x[best, features.INDEX["home_town"]] or x[best, features.INDEX["home_country"]]:
        return best  # no town in the host name, or the famous one is at home ("moscowtimes.ru")
    share = x[:, features.INDEX["others_share"]]
    local = [
        i
        for i, c in enumerate(candidates)
        if c.country_code != candidates[best].country_code
        and share[i] >= PAPER_TOWN_SHARE
        and probabilities[i] > 0  # a candidate a generic word ruled out stays out
    ]
    return max(local, key=lambda i: probabilities[i]) if local else best


# A spelling variant ("Jasim" for Jassim) is a reading only where the document is about its
# country or names a place near it: elsewhere such near-misses are names of people ("Buhari"
# is no Bukhara, "Yulia" no Yuli) or places the gazetteer lacks ("Cauvery" is no Cuvry).
VARIANT_CUES = ("named_country", "near_200", "container_country")


def _variant_supported(row: np.ndarray) -> bool:
    """A variant's cues; "about its country" is judged by the *other* names' readings, or a
    name said four times ("Buhari") would make its own misreading the document's country."""
    return row[features.INDEX["others_share"]] >= 0.5 or any(
        row[features.INDEX[cue]] for cue in VARIANT_CUES
    )


# A city holding this share of its namesake division's people is what the bare name means.
CITY_DIVISION_SHARE = 0.5


def _city_for_its_division(candidates: list[Candidate], best: int) -> int:
    """The city instead of the division of the same name, where the city is most of it.

    "Berlin", "Istanbul" and "Montreal" name both a city and the division around it; the two
    share a name, a place and nearly all their people, so no evidence in the text tells them
    apart, and news means the city. "Quebec" (a province of eight million around a city of half
    a million) keeps the division, and so do "New York" and "D.C.", whose cities go by other
    names (New York City, Washington).
    """
    division = candidates[best]
    if division.kind not in ("adm1", "adm2") or not division.admin1_code:
        return best
    towns = [
        i
        for i, c in enumerate(candidates)
        if c.kind == "city"
        and c.admin1_code == division.admin1_code
        and key(c.name) == key(division.name)
        and c.population >= CITY_DIVISION_SHARE * division.population
        and (division.kind == "adm1" or distance_km(c.lat, c.lon, division.lat, division.lon) <= 50)
    ]
    return max(towns, key=lambda i: candidates[i].population) if towns else best


# A town that carries the name as its own, of at least this many people.
OWN_NAME_POPULATION = 10_000


def _own_name_over_former(
    candidates: list[Candidate], x: np.ndarray, probabilities: np.ndarray, best: int, name: str
) -> int:
    """A town the name is the own name of, instead of a bigger town it is only another name
    of, where nothing in the text points at the latter: "Salisbury" in a story about the
    nerve agent attack is Salisbury, England, not Harare (Salisbury until 1982). Only where the
    name shares no word with the town's own: "Mt. Pleasant" is a spelling of Mount Pleasant."""
    chosen = candidates[best]
    if chosen.kind != "city" or x[best, features.INDEX["preferred"]]:
        return best
    if set(key(chosen.name).split()) & set(key(name).split()):
        return best
    if any(x[best, features.INDEX[cue]] for cue in CITY_CUES):
        return best
    own = [
        i
        for i, c in enumerate(candidates)
        if c.kind == "city"
        and x[i, features.INDEX["preferred"]]
        and x[i, features.INDEX["primary_name"]]
        and c.population >= OWN_NAME_POPULATION
        and probabilities[i] > 0
    ]
    return max(own, key=lambda i: probabilities[i]) if own else best


FAMOUS_POPULATION = 5.0  # log10: a city of 100,000 or more
FAMOUS_LEAD = 1.0  # ten times the biggest namesake abroad
FAMOUS_MAX_SHARE = 0.5


def _famous(candidates: list[Candidate], x: np.ndarray) -> int | None:
    """The candidate far bigger than every namesake abroad, where the name is its own (or its
    country's entry's own: "Geneva" is the canton's alternate name but the city's own). A city
    is not famous by a former name: Harare was Salisbury."""
    lead = x[:, features.INDEX["pop_lead"]]
    top = int(np.argmax(lead))
    if lead[top] < FAMOUS_LEAD or x[top, features.INDEX["log_pop"]] < FAMOUS_POPULATION:
        return None
    country = candidates[top].country_code
    own = x[:, features.INDEX["preferred"]] + x[:, features.INDEX["kind_curated"]] > 0
    if not any(own[i] for i, c in enumerate(candidates) if c.country_code == country):
        return None
    return top


def _hand_scores(
    s: Scored,
    context: dict[str, float] | None,
    chosen: list[Candidate | None] | None,
    named: set[str] | None = None,
) -> list[float]:
    container = None
    if chosen is not None and s.container is not None:
        container = chosen[s.container]
    divisions = {c.admin1_code for c in s.candidates if c.kind == "adm1"}
    scores = []
    for c in s.candidates:
        score = prior(c, s.mention, s.skeleton)
        if c.kind == "city" and c.admin1_code in divisions and not s.mention.generic:
            score += NAMESAKE_BONUS
        if context is not None and c.country_code:
            score += CONTEXT_WEIGHT * context.get(c.country_code, 0.0)
            if c.admin1_code and c.kind != "adm1":
                score += ADMIN1_CONTEXT_WEIGHT * context.get(c.admin1_code, 0.0)
                if named and c.admin1_code in named:
                    score += DIVISION_CONTEXT_BONUS
        if container is not None and container.kind in ("country", "adm1"):
            if c.country_code == container.country_code:
                score += CONTAINER_COUNTRY_BONUS
            if container.kind == "adm1" and c.admin1_code == container.admin1_code:
                score += CONTAINER_ADMIN1_BONUS
        if chosen is not None and c.kind not in ("country", "continent"):
            score += _coherence(c, s, chosen)
        scores.append(score)
    return scores


def _coherence(c: Candidate, s: Scored, chosen: list[Candidate | None]) -> float:
    nearest = math.inf
    for other in chosen:
        if other is None or other.kind in ("country", "continent") or other.pid == c.pid:
            continue
        nearest = min(nearest, distance_km(c.lat, c.lon, other.lat, other.lon))
    for limit, bonus in COHERENCE:
        if nearest <= limit:
            return bonus
    return 0.0


def _shares(readings: list[Reading]) -> dict[str, float]:
    """Share of the first-pass readings in each country ("SY") and first-level division
    ("SY.09"): the document's geographic focus."""
    countries = Counter(r.candidate.country_code for r in readings if r.candidate)
    divisions = Counter(
        r.candidate.admin1_code for r in readings if r.candidate and r.candidate.admin1_code
    )
    total = sum(countries.values())
    if not total:
        return {}
    shares = {cc: n / total for cc, n in countries.items() if cc}
    shares.update({a1: n / total for a1, n in divisions.items()})
    return shares


# Kinds of place a list's members agree on: towns, or states and provinces.
LIST_KINDS = {"city": "city", "adm1": "adm1"}
LIST_CITY_POPULATION = 100_000
LIST_MAJORITY = 0.75


def _list_kind(scored: list[Scored], readings: list[Reading]) -> list[Reading]:
    """A name that is both a city and a state ("New York", "Washington") in a list takes the
    kind of the list's other members: "Washington, New York and Boston" are cities; "western
    states such as California or Washington" are states."""
    at = {}
    for i, s in enumerate(scored):
        for token in s.mention.span:
            at[token.i] = i
    out = list(readings)
    for i, (s, r) in enumerate(zip(scored, readings, strict=True)):
        c = r.candidate
        if c is None or s.mention.demonym_of or LIST_KINDS.get(c.kind) is None:
            continue
        mates = {at[t.i] for t in s.mention.span.root.conjuncts if t.i in at} - {i}
        # A mate that is itself a city and a state has no kind to give: in "attacks on New
        # York and Washington" each would otherwise take the other's reading, swapping them.
        kinds = Counter(
            LIST_KINDS.get(readings[j].candidate.kind) if readings[j].candidate else None
            for j in mates
            if not _city_and_state(scored[j], readings[j])
        )
        if not kinds:
            continue
        kind, n = kinds.most_common(1)[0]
        # Most of the list, not all of it: one odd member ("Los Angeles, Miami, West Palm
        # Beach, New York, and Detroit, ... P.A.", a firm's suffix read as Pennsylvania) does
        # not stop the others from saying which kind the list is of.
        if kind is None or kind == c.kind or n < LIST_MAJORITY * sum(kinds.values()):
            continue
        # Only a big city: "Oregon" among cities is still the state, not the town of 10,000.
        same = _namesakes(s, kind, c.country_code)
        if same:
            out[i] = Reading(max(same, key=lambda o: o.population), r.confidence)
    return out


def _namesakes(s: Scored, kind: str, country: str | None) -> list[Candidate]:
    """The mention's candidates of ``kind`` ("city" or "adm1") in ``country``; a city only if
    it is big (``LIST_CITY_POPULATION``)."""
    return [
        o
        for o in s.candidates
        if o.kind == kind
        and o.country_code == country
        and (kind != "city" or o.population >= LIST_CITY_POPULATION)
    ]


def _city_and_state(s: Scored, r: Reading) -> bool:
    """True when the mention's name is both a big city and a state in its reading's country."""
    c = r.candidate
    if c is None:
        return False
    return bool(_namesakes(s, "adm1", c.country_code)) and bool(
        _namesakes(s, "city", c.country_code)
    )


# Words that end a newspaper's title after the place it is published in ("The Washington Post",
# "New York Times", "Chicago Tribune").
PAPER_WORDS = frozenset(
    [
        "Post",
        "Times",
        "Herald",
        "Journal",
        "Tribune",
        "Gazette",
        "Globe",
        "Chronicle",
        "Daily",
        "Examiner",
        "Inquirer",
        "Dispatch",
        "Courier",
    ]
)


def _paper_city(scored: list[Scored], readings: list[Reading]) -> list[Reading]:
    """A name that is both a state and a big city, in a newspaper's title, is the city: a
    paper is published in a town ("The Washington Post" is Washington, D.C., "the New York
    Times" New York City), whatever the story's other mentions of the name mean."""
    out = list(readings)
    for i, (s, r) in enumerate(zip(scored, readings, strict=True)):
        c = r.candidate
        span = s.mention.span
        if c is None or c.kind != "adm1" or s.mention.demonym_of or span.end >= len(span.doc):
            continue
        nxt = span.doc[span.end]
        if nxt.text not in PAPER_WORDS:
            continue
        # The city must carry the name itself ("New York City"), not as one of its other names.
        name = generic_kind(s.mention.text)[0]
        cities = [
            o
            for o in _namesakes(s, "city", c.country_code)
            if generic_kind(o.name)[0].startswith(name)
        ]
        if cities:
            out[i] = Reading(max(cities, key=lambda o: o.population), r.confidence)
    return out


# Words that put a name in a part of a larger area ("central Washington", "upstate New York").
REGION_WORDS = frozenset({"central", "eastern", "western", "northern", "southern", "upstate"})


def _region_state(scored: list[Scored], readings: list[Reading]) -> list[Reading]:
    """A name that is both a state and a big city outside it, which the document once puts
    after a word for a part of an area ("central Washington"), is the state wherever the
    document uses it. Where the city lies in the state of its name, "central Baghdad" and
    "eastern Aleppo" are parts of the city, as conflict news names them daily; only "upstate"
    then says the state ("upstate New York")."""
    regional: dict[str, set[str]] = {}
    for s in scored:
        start = s.mention.span.start
        word = s.mention.span.doc[start - 1].lower_ if start > 0 else ""
        if word in REGION_WORDS:
            regional.setdefault(key(s.mention.text), set()).add(word)
    out = list(readings)
    for i, (s, r) in enumerate(zip(scored, readings, strict=True)):
        c = r.candidate
        # A container settles it ("Washington, D.C.").
        if c is None or c.kind != "city" or s.container is not None:
            continue
        words = regional.get(key(s.mention.text))
        if not words:
            continue
        states = [
            o
            for o in _namesakes(s, "adm1", c.country_code)
            if generic_kind(o.name)[0] == generic_kind(s.mention.text)[0]
            and ("upstate" in words or o.admin1_code != c.admin1_code)
        ]
        if states and c.population >= LIST_CITY_POPULATION:
            out[i] = Reading(states[0], r.confidence)
    return out


def _one_name(scored: list[Scored], readings: list[Reading]) -> list[Reading]:
    """A name with its generic word and without it is one place ("Suffolk County" … "Suffolk",
    "Dublin" … "Dublin City Council"): where the two forms' readings lie in different countries,
    the form the document uses more often gives its reading to the other."""
    forms: dict[str, Counter] = {}
    first: dict[str, Reading] = {}
    for s, r in zip(scored, readings, strict=True):
        if s.mention.demonym_of or r.candidate is None:
            continue
        k = key(s.mention.text)
        forms.setdefault(generic_kind(s.mention.text)[0], Counter())[k] += 1
        first.setdefault(k, r)
    out = []
    for s, r in zip(scored, readings, strict=True):
        counts = forms.get(generic_kind(s.mention.text)[0]) if r.candidate is not None else None
        if s.mention.demonym_of or not counts or len(counts) < 2 or s.container is not None:
            out.append(r)
            continue
        top, n = counts.most_common(1)[0]
        other = first[top]
        own = key(s.mention.text)
        if (
            own != top
            and n > counts[own]
            and other.candidate.country_code != r.candidate.country_code
        ):
            out.append(other)
        else:
            out.append(r)
    return out


def _one_sense(scored: list[Scored], readings: list[Reading]) -> list[Reading]:
    """Every mention of one name in a document gets the reading of its most confident mention."""
    best: dict[str, Reading] = {}
    for s, r in zip(scored, readings, strict=True):
        if s.mention.demonym_of or s.container is not None:
            continue
        k = key(s.mention.text)
        if r.candidate is not None and (k not in best or r.confidence > best[k].confidence):
            best[k] = r
    out = []
    for s, r in zip(scored, readings, strict=True):
        k = key(s.mention.text)
        shared = best.get(k)
        keep_own = shared is None or s.container is not None or s.mention.demonym_of
        out.append(r if keep_own else shared)
    return out
