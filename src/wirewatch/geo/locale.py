"""Where a publisher's other stories are: the divisions their place names lie in.

A local paper names its own parish's towns story after story: the Alexandria Town Talk's
"Rapides Parish", "Pineville" and "Avoyelles" put it in Louisiana, so its "Alexandria" is
Alexandria, Louisiana, even in a story that names nothing else. Documents read together are
grouped by the publisher's host name; each document's locale is what the *other* documents of
its host say, so a story never vouches for itself, and a document read alone has none.

A document votes with its place names' candidates, not with its readings: a name found in one
first-level division only ("Rapides Parish") gives that division a whole vote, a name found in
twelve ("Douglas County") a twelfth to each, and the votes of a document sum to one. Countries
do not vote (a local paper reports the war in Iraq); their divisions' towns do.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from wirewatch.geo.gazetteer import Candidate
from wirewatch.geo.normalise import key

# A document's own votes, first-level division ("US.LA") -> share.
Votes = dict[str, float]
# The publisher's home division leads every other by this factor at least: names shared by
# towns all over the country spread their votes thin, so no fixed share would do.
HOME_LEAD = 2.0


@dataclass(frozen=True)
class Locale:
    """What the other documents of a publisher say: each first-level division's and each
    country's share of their votes, how many documents voted, and the home division, if one
    leads the rest by ``HOME_LEAD``."""

    documents: int = 0
    divisions: dict[str, float] = field(default_factory=dict)
    countries: dict[str, float] = field(default_factory=dict)
    home: str | None = None

    def division_share(self, admin1_code: str | None) -> float:
        return self.divisions.get(admin1_code, 0.0) if admin1_code else 0.0

    def country_share(self, country_code: str | None) -> float:
        return self.countries.get(country_code, 0.0) if country_code else 0.0


def divisions_of(candidates: Sequence[Candidate]) -> set[str]:
    """The first-level divisions a name's candidates lie in (a country lies in none)."""
    return {c.admin1_code for c in candidates if c.admin1_code and c.kind != "country"}


def votes(names: Sequence[tuple[str, Sequence[Candidate]]]) -> Votes:
    """One document's votes from its place names and their candidates (each name once)."""
    tally: Counter[str] = Counter()
    seen: set[str] = set()
    for name, candidates in names:
        name_key = key(name)
        divisions = divisions_of(candidates)
        if name_key in seen or not divisions:
            continue
        seen.add(name_key)
        for division in divisions:
            tally[division] += 1.0 / len(divisions)
    total = sum(tally.values())
    return {d: v / total for d, v in tally.items()} if total else {}


def locales(hosts: Sequence[str | None], documents_votes: Sequence[Votes]) -> list[Locale]:
    """Each document's locale: the votes of the other documents of its host, shared out over
    every document of the host that voted, itself excluded (no host, no locale)."""
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    voters: Counter[str] = Counter()
    for host, own in zip(hosts, documents_votes, strict=True):
        if host and own:
            totals[host].update(own)
            voters[host] += 1
    out = []
    for host, own in zip(hosts, documents_votes, strict=True):
        if not host:
            out.append(Locale())
            continue
        others = voters[host] - (1 if own else 0)
        if others <= 0:
            out.append(Locale())
            continue
        divisions = {d: (v - own.get(d, 0.0)) / others for d, v in totals[host].items()}
        divisions = {d: v for d, v in divisions.items() if v > 1e-9}
        countries: Counter[str] = Counter()
        for division, share in divisions.items():
            countries[division.split(".", 1)[0]] += share
        ranked = sorted(divisions.values(), reverse=True) + [0.0]
        home = max(divisions, key=divisions.__getitem__) if divisions else None
        if home is not None and ranked[0] < HOME_LEAD * ranked[1]:
            home = None
        out.append(Locale(others, divisions, dict(countries), home))
    return out
