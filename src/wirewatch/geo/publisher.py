"""Where a document was published, read from its web address: the country and the town.

A paper writes most about its own country: "London" in the London Free Press (lfpress.ca) is
London, Ontario, and "Nelson" in a British Columbia paper is Nelson, BC, not Nelson, New
Zealand. A country-code top-level domain names that country. Generic domains (.com, .org) and
country codes sold as vanity names (.tv, .io) say nothing, so they give no country. The host
name itself often holds the paper's town ("parispi.net", "athensreview.com"): a name found
there is the local place, which a famous namesake must not override.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from wirewatch.geo.gazetteer import Gazetteer
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


@dataclass(frozen=True)
class Publisher:
    """What a document's web address says about where it was written."""

    country: str | None = None  # ISO alpha-2, from a country-code domain
    host: str = ""  # ``host_words``
    towns: tuple[Point, ...] = ()  # ``host_towns``

    @classmethod
    def of(cls, document: Document | None, gazetteer: Gazetteer) -> Publisher:
        country, host = publisher_country(document, gazetteer), host_words(document)
        return cls(country, host, host_towns(host, country, gazetteer) if host else ())

    def names(self, compact_name: str) -> bool:
        """Whether the host holds this name (spaces removed; four letters at least)."""
        return len(compact_name) >= 4 and compact_name in self.host
