"""Where a document was published, read from its web address: the country and the town.

A paper writes most about its own country: "London" in the London Free Press (lfpress.ca) is
London, Ontario, and "Nelson" in a British Columbia paper is Nelson, BC, not Nelson, New
Zealand. A country-code top-level domain names that country. Generic domains (.com, .org) and
country codes sold as vanity names (.tv, .io) say nothing, so they give no country. The host
name itself often holds the paper's town ("parispi.net", "athensreview.com"): a name found
there is the local place, which a famous namesake must not override. So does a section of the
address that names an edition's town ("star-telegram.com/arlington_news/", "latimes.com/news/
local/los_angeles_metro/"): a metropolitan paper files each suburb's news under its town.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from wirewatch.geo.gazetteer import Gazetteer
from wirewatch.geo.locale import Locale
from wirewatch.geo.normalise import key
from wirewatch.schema import Document

Point = tuple[float, float]

# Second-level labels under a country code ("co.uk", "com.au", "org.eg").
SECOND_LEVEL = frozenset({"ac", "co", "com", "edu", "gov", "net", "or", "org"})
# Country-code domains whose code is not the ISO 3166 alpha-2 code of the country.
TLD_COUNTRY = {"uk": "GB"}
# Country-code domains commonly registered by publishers anywhere in the world.
VANITY = frozenset(["ai", "am", "cc", "co", "eu", "fm", "gg", "io", "la", "ly", "me", "nu"])
VANITY |= {"so", "tk", "to", "tv", "ws"}


def host_of(document: Document) -> str | None:
    """The publisher's host name: the URL's, else ``source`` when it is a host name."""
    if document.url:
        host = urlsplit(document.url.strip()).hostname
        if host:
            return host
    source = (document.source or "").strip().lower()
    if "." in source and " " not in source and "/" not in source:
        return source
    return None


def host_words(document: Document | None) -> str:
    """The publisher's host name without its top-level domain and "www", run together
    ("www.parispi.net" -> "parispi"): a local paper's town is often in it."""
    host = host_of(document) if document is not None else None
    if not host:
        return ""
    labels = [w for w in host.lower().rstrip(".").split(".") if w != "www"][:-1]
    if labels and labels[-1] in SECOND_LEVEL:  # "co.uk", "com.au"
        labels.pop()
    return "".join(labels)


def publisher_country(document: Document | None, gazetteer: Gazetteer) -> str | None:
    """ISO alpha-2 code of the publisher's country, where its domain names one."""
    if document is None:
        return None
    host = host_of(document)
    if not host:
        return None
    tld = host.rstrip(".").rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or tld in VANITY:
        return None
    code = TLD_COUNTRY.get(tld, tld.upper())
    return code if gazetteer.country(code) is not None else None


# A town in a host name must be a town of this size at least ("columbus", not "local").
HOST_TOWN_POPULATION = 10_000
HOST_TOWN_LETTERS = 5


def host_towns(host: str, country: str | None, gazetteer: Gazetteer) -> tuple[Point, ...]:
    """Points of the towns whose names the host holds ("columbuslocalnews" -> every Columbus
    of 10,000 people or more, in the publisher's country where the domain names one)."""
    points: list[Point] = []
    for start in range(len(host)):
        for end in range(len(host), start + HOST_TOWN_LETTERS - 1, -1):
            towns = [
                (c.lat, c.lon)
                for c in gazetteer.lookup(host[start:end])
                if c.kind == "city"
                and c.preferred
                and c.population >= HOST_TOWN_POPULATION
                and (country is None or c.country_code == country)
            ]
            if towns:
                points.extend(towns)
                break
    return tuple(dict.fromkeys(points))


# Words of a section's name that are no town ("los_angeles_metro", "cn_news_cambridge"): a section
# that is only such words ("/metro/", "/police/") names none, though Metro and Police are towns.
SECTION_WORDS = frozenset(
    [
        "area",
        "article",
        "articles",
        "business",
        "city",
        "communities",
        "community",
        "content",
        "county",
        "courts",
        "crime",
        "edition",
        "local",
        "metro",
        "national",
        "nation",
        "neighborhoods",
        "news",
        "police",
        "region",
        "regional",
        "sports",
        "state",
        "stories",
        "story",
        "suburbs",
        "world",
    ]
)
# A section of more words than this is a headline's slug, not a section.
SECTION_MAX_WORDS = 3
# Two-letter words kept in a section's name: the rest are codes ("cn_news_cambridge").
NAME_ABBREVIATIONS = frozenset(["ft", "mt", "st"])


def section_names(document: Document | None) -> tuple[str, ...]:
    """Town-like names of the address's sections: its folders, not the page itself, without
    digits, section words or codes of two letters ("/cn_news_cambridge/" -> "cambridge",
    "/mt_pleasant_news/" -> "mt pleasant")."""
    if document is None or not document.url:
        return ()
    folders = [f for f in urlsplit(document.url.strip()).path.split("/") if f][:-1]
    names = []
    for folder in folders:
        words = [w for w in re.split(r"[-_.+]+", folder.lower()) if w]
        if not words or len(words) > SECTION_MAX_WORDS or any(ch.isdigit() for ch in folder):
            continue
        kept = [
            w for w in words if w not in SECTION_WORDS and (len(w) > 2 or w in NAME_ABBREVIATIONS)
        ]
        if kept:
            names.append(" ".join(kept))
    return tuple(dict.fromkeys(names))


def section_towns(name: str, country: str | None, gazetteer: Gazetteer) -> tuple[Point, ...]:
    """Points of the towns and counties a section names, as ``host_towns``. A name that is
    also a bigger country or first-level division ("/canada/", "/florida/") is a region's
    section, not a town's; Dublin, a bigger city than the division named for it, is a town's."""
    found = gazetteer.lookup(key(name))
    towns = [
        c
        for c in found
        if c.kind in ("city", "adm2")  # "/dekalb/" in Atlanta's paper is DeKalb County
        and c.preferred
        and c.population >= HOST_TOWN_POPULATION
        and (country is None or c.country_code == country)
    ]
    if not towns:
        return ()
    biggest = max(c.population for c in towns)
    areas = [c for c in found if c.kind in ("country", "continent", "adm1")]
    if any(c.population >= biggest or not c.population for c in areas):
        return ()
    return tuple((c.lat, c.lon) for c in towns)


@dataclass(frozen=True)
class Publisher:
    """What a document's web address says about where it was written, and what the other
    documents of its publisher read with it say (its ``locale``)."""

    country: str | None = None  # ISO alpha-2, from a country-code domain
    host: str = ""  # ``host_words``
    towns: tuple[Point, ...] = ()  # ``host_towns``
    # The sections that name towns: each name (a lookup key, spaces removed) with its towns.
    sections: tuple[tuple[str, tuple[Point, ...]], ...] = ()
    # Where the publisher's other documents read in the same run are (``locale``).
    locale: Locale = field(default_factory=Locale)

    @classmethod
    def of(cls, document: Document | None, gazetteer: Gazetteer) -> Publisher:
        country, host = publisher_country(document, gazetteer), host_words(document)
        towns = host_towns(host, country, gazetteer) if host else ()
        sections = tuple(
            (key(name).replace(" ", ""), points)
            for name in section_names(document)
            if (points := section_towns(name, country, gazetteer))
        )
        return cls(country, host, towns, sections)

    def names(self, compact_name: str) -> bool:
        """Whether the host holds this name (spaces removed; four letters at least). A section
        does not make its town the paper's own: the Los Angeles Times files Los Angeles under
        "los_angeles_metro", and it is still the famous one."""
        return len(compact_name) >= 4 and compact_name in self.host

    def towns_besides(self, *compact_names: str) -> tuple[Point, ...]:
        """The towns the address names other than these names' (a mention's, with and without
        its generic word): where the address names the name itself, its every namesake of
        10,000 or more would lie "near" itself ("jordannews" names Jordan, Hong Kong)."""
        points = [] if any(self.names(n) for n in compact_names) else list(self.towns)
        for name, towns in self.sections:
            if name not in compact_names:
                points.extend(towns)
        return tuple(dict.fromkeys(points))
