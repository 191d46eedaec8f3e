"""Features of one (mention, candidate) pair, for the learned candidate ranker.

Each mention's candidates become one row each of a numeric matrix; the ranker scores the rows
and the highest wins. The features are the evidence the hand-set scorer in ``resolve`` adds up,
kept apart so that a model can weigh them (and its total, as one more feature), plus evidence
the hand-set scorer has no weight for: the rank of a candidate among its namesakes, how close
it lies to the document's other places, and which kind of place spaCy's label suggests.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from wirewatch.geo.gazetteer import Candidate, distance_km
from wirewatch.geo.locale import divisions_of
from wirewatch.geo.normalise import generic_kind, key
from wirewatch.geo.publisher import Publisher

KINDS = ("continent", "country", "adm1", "adm2", "city", "curated")
LABELS = ("GPE", "LOC", "FAC", "GAZ", "NORP", "OTHER")
# Kinds grouped by how large a place they are: spaCy's label says which group a name is likelier
# to mean (a LOC is more often a region or a sea). Curated places join the group of their
# feature code: too few occur in the training corpora to earn a group of their own.
GROUPS = {"continent": "area", "country": "area", "adm1": "area", "adm2": "local"}
AREA_CODES = {"OCN", "SEA", "RGN", "RGNE", "CONT", "MTS", "DSRT", "GULF", "BAY", "STRT"}
GROUP_NAMES = ("area", "local")
FAR_KM = 20_000.0
HOST_TOWN_KM = 100.0
CO_NEAR_KM = 50.0
EARTH_KM = 6371.0088

NAMES: tuple[str, ...] = (
    "hand",
    "log_pop",
    "pop_rank",
    "pop_share",
    "pop_lead",
    *(f"kind_{k}" for k in KINDS),
    "capital",
    "preferred",
    "primary_name",
    "skeleton",
    "generic_match",
    "generic_mismatch",
    "namesake",
    "ctx_country",
    "ctx_admin1",
    "dominant_country",
    "named_division",
    "container_country",
    "container_admin1",
    "container_mismatch",
    "near_log",
    "near_50",
    "near_200",
    "near_500",
    "near_count_200",
    "near_none",
    "named_country",
    "in_named_admin1",
    "home_country",
    "home_town",
    "others_share",
    "near_host_town",
    "co_near",
    "co_admin1",
    "locale_docs",
    "locale_country",
    "locale_admin1",
    "locale_home",
    *(f"{label}_{group}" for label in LABELS for group in GROUP_NAMES),
)
INDEX = {name: i for i, name in enumerate(NAMES)}


@dataclass
class Context:
    """What the first pass says about the whole document."""

    shares: dict[str, float]  # country ("SY") and first-level division ("SY.09") shares
    dominant: str | None  # the country most first-pass readings lie in
    named: set[str]  # first-level divisions the document names (as divisions or counties)
    countries: set[str]  # countries the document names as countries
    chosen: list[Candidate | None]  # the other mentions' first-pass readings (None: own name)
    publisher: Publisher = Publisher()  # what the web address says


@dataclass(frozen=True)
class Support:
    """How the document's other names could agree with each of one name's candidates, whatever
    they were read as: ``near`` counts the names with a town or county within ``CO_NEAR_KM``,
    ``division`` the names with an entry in the candidate's first-level division, each name
    weighted by one over the number of divisions its entries span."""

    near: np.ndarray
    division: np.ndarray


def _local(c: Candidate) -> bool:
    return c.kind not in ("country", "continent", "adm1") and group(c) == "local"


def support(candidate_lists: list[list[Candidate]], keys: list[str]) -> list[Support]:
    """Each mention's ``Support``. Local papers name towns whose every name is shared across
    the country ("Alexandria" and "Douglas County"): the reading where they lie together is
    the story's, even when each alone was first read as its most famous namesake."""
    points: dict[str, np.ndarray] = {}
    divisions: dict[str, set[str]] = {}
    for cands, k in zip(candidate_lists, keys, strict=True):
        if k in divisions or not cands:
            continue
        local = [(c.lat, c.lon) for c in cands if _local(c)]
        if local:
            points[k] = np.radians(np.array(local, dtype=np.float64))
        divisions[k] = divisions_of(cands)
    out = []
    for cands, own in zip(candidate_lists, keys, strict=True):
        near = np.zeros(len(cands))
        division = np.zeros(len(cands))
        others = [k for k in points if k != own]
        if cands and others:
            here = np.radians(np.array([(c.lat, c.lon) for c in cands], dtype=np.float64))
            for k in others:
                near += _within(here, points[k], CO_NEAR_KM)
        for i, c in enumerate(cands):
            if c.admin1_code and c.kind != "country":
                division[i] = sum(
                    1.0 / len(d) for k, d in divisions.items() if k != own and c.admin1_code in d
                )
        local = np.array([_local(c) for c in cands], dtype=bool)
        out.append(Support(np.where(local, near, 0.0), division))
    return out


def _within(here: np.ndarray, there: np.ndarray, km: float) -> np.ndarray:
    """Per row of ``here`` (radians), whether some row of ``there`` lies within ``km``."""
    dlat = here[:, None, 0] - there[None, :, 0]
    dlon = here[:, None, 1] - there[None, :, 1]
    a = (
        np.sin(dlat / 2) ** 2
        + np.cos(here[:, None, 0]) * np.cos(there[None, :, 0]) * np.sin(dlon / 2) ** 2
    )
    return (2 * EARTH_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0))) <= km).any(axis=1)


def biggest_abroad(candidates: list[Candidate], country: str | None) -> float:
    """log10 population of the biggest candidate outside ``country`` (1 when there is none)."""
    pops = [c.population for c in candidates if c.country_code != country]
    return math.log10(max(pops) + 10) if pops else 1.0


def group(c: Candidate) -> str:
    if c.kind == "curated":
        return "area" if c.feature_code in AREA_CODES else "local"
    return GROUPS.get(c.kind, "local")


def matrix(
    candidates: list[Candidate],
    hand: list[float],
    mention_text: str,
    label: str,
    generic: str | None,
    generic_kinds: tuple[str, ...],
    skeleton: bool,
    container: Candidate | None,
    context: Context,
    support: Support | None = None,
) -> np.ndarray:
    """One row of ``NAMES`` features per candidate."""
    x = np.zeros((len(candidates), len(NAMES)), dtype=np.float64)
    if not candidates:
        return x
    best_hand = max(hand)
    by_pop = sorted(range(len(candidates)), key=lambda i: -candidates[i].population)
    rank = {i: r for r, i in enumerate(by_pop)}
    top_pop = math.log10(candidates[by_pop[0]].population + 10)
    own_key = key(mention_text)
    stripped = generic_kind(mention_text)[0]
    divisions = {c.admin1_code for c in candidates if c.kind == "adm1"}
    label = label if label in LABELS else "OTHER"
    # The paper's own town ("Paris" in parispi.net): the model weighs it against fame.
    home_town = float(context.publisher.names(own_key.replace(" ", "")))
    host_points = context.publisher.towns_besides(
        own_key.replace(" ", ""), stripped.replace(" ", "")
    )
    others = [o for o in context.chosen if o is not None and o.kind not in ("country", "continent")]
    # Where the other names' readings lie, country by country (unlike ``ctx_country``, the
    # name's own mentions do not vote for themselves).
    other_countries = Counter(o.country_code for o in context.chosen if o is not None)
    other_count = sum(other_countries.values())
    locale = context.publisher.locale
    for i, c in enumerate(candidates):
        row = x[i]
        log_pop = math.log10(c.population + 10)
        row[INDEX["hand"]] = hand[i] - best_hand
        row[INDEX["log_pop"]] = log_pop
        row[INDEX["pop_rank"]] = math.log2(rank[i] + 1)
        row[INDEX["pop_share"]] = log_pop - top_pop
        # How far a place outweighs every namesake abroad: Geneva (200,000) against the
        # American Genevas (13,000 at most) is a name famous enough to beat local context.
        abroad = biggest_abroad(candidates, c.country_code)
        row[INDEX["pop_lead"]] = max(0.0, log_pop - abroad)
        row[INDEX[f"kind_{c.kind}"]] = 1.0
        row[INDEX["capital"]] = float(c.feature_code == "PPLC")
        row[INDEX["preferred"]] = float(c.preferred)
        row[INDEX["primary_name"]] = float(key(c.name) in (own_key, stripped))
        row[INDEX["skeleton"]] = float(skeleton)
        if generic:
            matched = c.kind in generic_kinds
            row[INDEX["generic_match"]] = float(matched)
            row[INDEX["generic_mismatch"]] = float(not matched)
        row[INDEX["namesake"]] = float(
            c.kind == "city" and c.admin1_code in divisions and not generic
        )
        if c.country_code:
            row[INDEX["ctx_country"]] = context.shares.get(c.country_code, 0.0)
            row[INDEX["dominant_country"]] = float(c.country_code == context.dominant)
        if c.admin1_code and c.kind != "adm1":
            row[INDEX["ctx_admin1"]] = context.shares.get(c.admin1_code, 0.0)
            row[INDEX["named_division"]] = float(c.admin1_code in context.named)
        if container is not None and container.kind in ("country", "adm1"):
            same_country = c.country_code == container.country_code
            row[INDEX["container_country"]] = float(same_country)
            row[INDEX["container_mismatch"]] = float(not same_country)
            if container.kind == "adm1":
                row[INDEX["container_admin1"]] = float(c.admin1_code == container.admin1_code)
        if c.country_code:
            row[INDEX["named_country"]] = float(c.country_code in context.countries)
        if c.country_code and context.publisher.country:
            row[INDEX["home_country"]] = float(c.country_code == context.publisher.country)
        row[INDEX["home_town"]] = home_town
        if other_count:
            row[INDEX["others_share"]] = other_countries[c.country_code] / other_count
        # Near the town the paper is named for: "Dublin" in columbuslocalnews.com is the suburb
        # of Columbus, Ohio.
        row[INDEX["near_host_town"]] = float(
            any(distance_km(c.lat, c.lon, lat, lon) <= HOST_TOWN_KM for lat, lon in host_points)
        )
        if locale.documents:
            row[INDEX["locale_docs"]] = math.log2(locale.documents + 1)
            row[INDEX["locale_country"]] = locale.country_share(c.country_code)
            if c.kind != "country":
                row[INDEX["locale_admin1"]] = locale.division_share(c.admin1_code)
                # The publisher's home division is local evidence for a namesake there, as a
                # place near the story's others is.
                row[INDEX["locale_home"]] = float(
                    bool(locale.home) and c.admin1_code == locale.home
                )
        if support is not None:
            row[INDEX["co_near"]] = math.log2(support.near[i] + 1)
            row[INDEX["co_admin1"]] = support.division[i]
        if c.admin1_code:
            row[INDEX["in_named_admin1"]] = float(c.admin1_code in context.named)
        if c.kind in ("country", "continent"):
            # Distance to the other places says nothing about a country: no value, flagged.
            row[INDEX["near_none"]] = 1.0
            row[INDEX[f"{label}_{group(c)}"]] = 1.0
            continue
        nearest, close = FAR_KM, 0
        for other in others:
            if other.pid == c.pid:
                continue
            d = distance_km(c.lat, c.lon, other.lat, other.lon)
            nearest = min(nearest, d)
            close += d <= 200.0
        row[INDEX["near_none"]] = float(nearest >= FAR_KM)
        row[INDEX["near_log"]] = math.log10(min(nearest, FAR_KM) + 1.0)
        row[INDEX["near_50"]] = float(nearest <= 50.0)
        row[INDEX["near_200"]] = float(nearest <= 200.0)
        row[INDEX["near_500"]] = float(nearest <= 500.0)
        row[INDEX["near_count_200"]] = math.log2(close + 1)
        row[INDEX[f"{label}_{group(c)}"]] = 1.0
    return x
