"""The actor dictionary: entries loaded from JSONL files, with roles that hold over dates.

The format is documented in ``wirewatch/data/actors/README.md``. Loading validates every line
and names the file and line of a bad one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path

from wirewatch.errors import ConfigError

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
SHIPPED_FILES = ("countries.jsonl", "igos.jsonl", "groups.jsonl", "people.jsonl", "generic.jsonl")
ENTRY_TYPES = {"country", "seat", "igo", "ngo", "media", "person", "group", "generic"}
# The PLOVER sectors of an armed actor: military, rebels, paramilitaries.
ARMED_SECTORS = frozenset({"MIL", "REB", "PRM"})
# The generic entry for weapons named as someone's ("US drones", "Russian bombs").
WEAPONS_ENTRY = "GEN-ARMS"


@dataclass(frozen=True)
class Role:
    code: str
    sector: str | None
    title: str
    start: Date | None
    end: Date | None

    def holds_on(self, day: Date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Identity:
    """What an entry stands for on a given date."""

    code: str | None
    sector: str | None
    title: str | None = None


@dataclass(frozen=True)
class ActorEntry:
    id: str
    type: str
    name: str
    code: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    # matched only as written, never capitalised: "the king", not "Jaime King" or "King Street"
    lower_case: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    context: str | None = None
    countries: tuple[str, ...] = ()  # a generic agent found only in these countries

    @property
    def is_generic(self) -> bool:
        return self.type == "generic"

    def on(self, day: Date | None) -> Identity:
        """The entry's code and sector on ``day``; a role never leaks outside its dates."""
        if not self.roles:
            return Identity(self.code, self.sector)
        if day is None:
            # No document date: the most recent role, which the caller marks as less certain.
            role = max(self.roles, key=lambda r: r.start or Date.min)
            return Identity(role.code, role.sector, role.title)
        current = [r for r in self.roles if r.holds_on(day)]
        if current:
            role = max(current, key=lambda r: r.start or Date.min)
            return Identity(role.code, role.sector, role.title)
        past = [r for r in self.roles if r.end is not None and r.end <= day]
        if past:
            role = max(past, key=lambda r: r.end or Date.min)
            return Identity(role.code, "ELI", f"former {role.title}")
        return Identity(self.code, None)


@dataclass
class ActorDictionary:
    entries: dict[str, ActorEntry] = field(default_factory=dict)

    def add(self, entry: ActorEntry) -> None:
        self.entries[entry.id] = entry

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, entry_id: str) -> ActorEntry:
        return self.entries[entry_id]

    def __iter__(self):
        return iter(self.entries.values())

    @classmethod
    def load(cls, extra_files: Iterable[str | Path] = ()) -> ActorDictionary:
        """The shipped files, then the user's (whose entries replace shipped ones by id)."""
        dictionary = cls()
        for path in [DATA_DIR / name for name in SHIPPED_FILES] + [Path(p) for p in extra_files]:
            for entry in read_entries(path):
                dictionary.add(entry)
        return dictionary


def _date(value: object, where: str) -> Date | None:
    if value in (None, ""):
        return None
    try:
        return Date.fromisoformat(str(value))
    except ValueError as err:
        raise ConfigError(f"{where}: date {value!r} is not YYYY-MM-DD") from err


def _strings(value: object, name: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {name} must be a list of strings")
    return tuple(value)


# Nouns with no plural of their own, or already plural ("people", "police", "children").
INVARIANT_NOUNS = frozenset({"aircraft", "media", "police", "people", "children", "personnel"})


def plural(alias: str) -> str | None:
    """The regular English plural of an alias ("army chief" -> "army chiefs", "militiaman" ->
    "militiamen", "deputy" -> "deputies", "head of state" -> "heads of state"); None for a
    noun that has none."""
    words = alias.split(" ")
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    word = words[at]
    if word.lower() in INVARIANT_NOUNS or word.endswith("s") or word.endswith("men"):
        return None
    if word.endswith("man"):
        word = word[:-3] + "men"
    elif word.endswith("y") and word[-2:-1] not in set("aeiou"):
        word = word[:-1] + "ies"
    elif word.endswith(("x", "z", "sh")) or (word.endswith("ch") and not word.endswith("arch")):
        word += "es"
    else:
        word += "s"
    return " ".join([*words[:at], word, *words[at + 1 :]])


def _with_plurals(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """A generic agent is named in either number ("leader", "leaders"): each alias in the
    singular gains its plural."""
    forms = list(aliases)
    for alias in aliases:
        form = plural(alias)
        if form is not None and form not in forms:
            forms.append(form)
    return tuple(forms)


def parse_entry(row: dict, where: str) -> ActorEntry:
    if not isinstance(row, dict):
        raise ConfigError(f"{where}: expected a JSON object")
    for key in ("id", "name"):
        if not isinstance(row.get(key), str) or not row[key].strip():
            raise ConfigError(f"{where}: missing {key!r}")
    entry_type = row.get("type", "group")
    if entry_type not in ENTRY_TYPES:
        raise ConfigError(f"{where}: type {entry_type!r} is not one of {sorted(ENTRY_TYPES)}")
    roles = []
    for raw in row.get("roles") or []:
        if not isinstance(raw, dict) or "code" not in raw:
            raise ConfigError(f"{where}: each role needs at least a code")
        roles.append(
            Role(
                code=raw["code"],
                sector=raw.get("sector"),
                title=raw.get("title") or "",
                start=_date(raw.get("start"), where),
                end=_date(raw.get("end"), where),
            )
        )
    aliases = _strings(row.get("aliases"), "aliases", where)
    # "his country" is one state; "their countries" several, with no one code
    lower_case = _strings(row.get("lower_case"), "lower_case", where)
    if entry_type == "generic" and row.get("number") != "singular":
        aliases = _with_plurals(aliases)
        lower_case = _with_plurals(lower_case)
    return ActorEntry(
        id=row["id"],
        type=entry_type,
        name=row["name"],
        code=row.get("code"),
        sector=row.get("sector"),
        aliases=aliases or (row["name"],),
        adjectives=_strings(row.get("adjectives"), "adjectives", where),
        short=_strings(row.get("short"), "short", where),
        lower_case=lower_case,
        roles=tuple(roles),
        context=row.get("context"),
        countries=_strings(row.get("countries"), "countries", where),
    )


def read_entries(path: Path) -> list[ActorEntry]:
    if not path.exists():
        raise ConfigError(f"actor file {path} does not exist")
    entries = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise ConfigError(f"{where}: not JSON ({err.msg})") from err
            entries.append(parse_entry(row, where))
    return entries
