"""Territory: who took which place from whom, and when; a per-place timeline of control.

Two sources feed it. Coded events whose trigger is a control verb give gainer, loser and place
from the record's own actor, recipient and location. Sentences no event covers are read with a
small phrase lexicon ("X took Y", "Y fell to X", "X withdrew from Y"), the place taken from the
stored place mentions where one lies in the phrase. Reports of the same change (same place, same
gainer, within a week) are merged into one control change with every source as evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta

from wirewatch.geo.normalise import key, skeleton
from wirewatch.signals.model import Evidence, Signal, SignalSettings
from wirewatch.signals.periods import parse_day, period_start
from wirewatch.signals.rows import Row, StoreView
from wirewatch.signals.text import evidence_at, evidence_of, sentences

GAIN = (
    r"(?:took|taken|take|takes|taking|captured|capture|captures|capturing|seized|seize|seizes|"
    r"seizing|overran|overrun|overruns|retook|retaken|retake|regained|regain|regains|recaptured|"
    r"recapture|stormed|won)"
)
LOSS = r"(?:withdrew|withdrawn|withdraw|withdraws|pulled out|retreated|abandoned|lost)"
FELL = r"(?:fell|falls|fallen)"

# A modal or failure word just before the verb: the change did not (yet) happen.
_UNREAL = re.compile(
    r"\b(?:fail(?:ed|s)? to|attempt(?:ed|s|ing)? to|tr(?:y|ied|ies|ying) to|aim(?:ed|s)? (?:at|to)|"
    r"could|would|might|may|if|plan(?:s|ned)? to|threaten(?:ed|s)? to|bid to|push to|not|"
    r"decision to|decide[sd]? to)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_NOUN_LEAD = (
    r"(?:(?:control|most|parts?|much|all) of "
    r"|the (?:town|city|village|district|area|suburb|province|region) of |)"
)
_NAME = (
    r"(?:the )?(?:[A-Z][\w’'-]*(?:\s+(?:al-|of |as-|ash-|el-)?[A-Z][\w’'-]*)*)"
    r"(?:\s+(?:barracks|base|airport|airbase|hospital|prison|district|border crossing|crossing|"
    r"highway|hill|dam|field|oilfield))?"
)
_ACTOR = (
    r"\b(?:the |The )?(?:(?:[A-Z][\w’'-]*(?:\s+(?:al-|of |of the |as-|ash-|el-)?[A-Z][\w’'-]*)*)"
    r"(?:['’]s)?(?:\s+(?:forces|troops|fighters|militants|units|army|brigades?))?"
    r"|(?:(?:government|regime|army|rebel|opposition|insurgent|Islamist|jihadist|Kurdish|Syrian|pro-government|loyalist)\s+)?"
    r"(?:forces|troops|fighters|rebels|insurgents|militants|soldiers|army|regime|opposition|insurgency|government))"
)
ACTIVE = re.compile(
    rf"(?P<gainer>{_ACTOR})\s+(?:have |has |had |reportedly |finally |also )*"
    rf"(?P<verb>{GAIN}) (?:back )?{_NOUN_LEAD}(?P<place>{_NAME})"
    rf"(?:\s+from\s+(?P<loser>{_ACTOR}))?"
)
PASSIVE = re.compile(
    rf"(?P<place>{_NAME})\s+(?:was|were|has been|had been)\s+(?P<verb>{GAIN})"
    rf"\s+by\s+(?P<gainer>{_ACTOR})"
)
FELL_TO = re.compile(
    rf"(?P<place>{_NAME})\s+(?:has |had )?(?P<verb>{FELL})\s+to\s+(?P<gainer>{_ACTOR})"
)
WITHDREW = re.compile(
    rf"(?P<loser>{_ACTOR})\s+(?:have |has |had )?(?P<verb>{LOSS})\s+(?:from\s+)?"
    rf"{_NOUN_LEAD}(?P<place>{_NAME})"
)
# "the capture of the Kindi barracks": the change is reported, its gainer is not named here.
NOMINAL = re.compile(  # not "after the fall of Mosul": that is background, not news
    r"(?<!after the )(?<!since the )(?<!before the )(?<!until the )(?<!following the )"
    rf"\b(?P<verb>capture|seizure|fall|recapture) of (?P<place>{_NAME})"
)
PATTERNS = (ACTIVE, PASSIVE, FELL_TO, WITHDREW, NOMINAL)
_GAIN_WORD = re.compile(
    rf"\b{GAIN}\b|\b{FELL}\b|\b{LOSS}\b|\b(?:capture|seizure|fall) of\b", re.IGNORECASE
)
# Words that look like names to the patterns but are not places.
_NOT_PLACES = {
    "isis",
    "isil",
    "islamic state",
    "daesh",
    "al-qaida",
    "al-qaeda",
    "al qaeda",
    "hezbollah",
    "nusra",
    "the",
    "it",
    "its",
    "control",
    "power",
    "part",
    "parts",
    "the regime",
    "the opposition",
}


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_FUNCTION_WORDS = {
    "in",
    "on",
    "at",
    "after",
    "from",
    "near",
    "towards",
    "toward",
    "with",
    "and",
    "by",
    "for",
    "to",
    "during",
    "before",
    "as",
    "the",
    "this",
    "last",
    "early",
    "late",
    "when",
    "while",
    "following",
    "province",
    "city",
    "town",
    "village",
    "district",
    "since",
    "until",
    "amid",
}
# Words for "the armed opposition" in general: a report naming only these agrees with a report
# naming a particular rebel group. Government words mark the other side.
_GENERIC_REBELS = {"rebels", "insurgents", "opposition", "insurgency", "fighters", "militants"}
_GOVERNMENT = re.compile(r"\b(?:government|regime|army|troops|soldiers|assad|loyalist)", re.I)


def _compatible(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    side_a, side_b = bool(_GOVERNMENT.search(a)), bool(_GOVERNMENT.search(b))
    if side_a or side_b:
        return side_a == side_b
    return a in _GENERIC_REBELS or b in _GENERIC_REBELS


@dataclass
class Change:
    place: str
    place_id: str | None
    day: Date
    gainer: str | None
    loser: str | None
    verb: str
    evidence: list[Evidence] = field(default_factory=list)
    record_ids: list[str] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    last_seen: Date | None = None  # the latest report merged into this change


def _clean(name: str | None) -> str | None:
    if not name:
        return None
    name = re.sub(r"^(?:the|The)\s+", "", name.strip())
    return name or None


# A final "h" after a vowel is one transliteration's ending: "As Safīrah"/"Safira", "Raqqah".
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")


def _place_key(name: str) -> str:
    """A spelling-tolerant key, the geoparser's own: "Al Atārib"/"Atarib", "Jāsim"/"Jassim",
    and "As Safīrah"/"Safira" (the geoparser's name and the report's spelling of one town).

    The consonant skeleton can merge different names, but a merge also needs the same week and
    compatible sides (``_same_change``), which keeps that rare.
    """
    return skeleton(_FINAL_H.sub("", key(name)))


def known_places(view: StoreView) -> set[str]:
    """Every place mention the geoparser found in the store, lower-cased."""
    cached = view.cache.get("known_places")
    if cached is None:
        texts = view.texts()
        cached = view.cache["known_places"] = {
            texts[doc_id][start:end].lower()
            for doc_id, mentions in view.places_by_doc().items()
            for start, end, _, _ in mentions
            if doc_id in texts
        }
    return cached  # type: ignore[return-value]


_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def is_background(sentence: str, day: Date) -> bool:
    """A sentence dated to an earlier year ("Isis first captured Raqqa in early 2014") is
    background, not news of a change."""
    return any(int(y) < day.year for y in _YEAR.findall(sentence))


# What a control verb acts on: the place it names after the verb ("took the town of Jassim",
# "withdrew from Nabk"), or before it when the verb is passive or "fell" ("Nabk fell to").
_OBJECT = re.compile(rf"\s+(?:back\s+)?(?:from\s+)?{_NOUN_LEAD}(?P<place>{_NAME})")
# "took control of the city": the verb takes a place it does not name; the record's place stands.
_GENERIC_OBJECT = re.compile(
    rf"\s+(?:back\s+)?(?:from\s+)?{_NOUN_LEAD}(?:the|this|that) "
    r"(?:city|town|village|district|area|suburb|province|region|enclave|stronghold)\b(?! of\b)"
)
_SUBJECT = re.compile(rf"(?P<place>{_NAME})\s+(?:(?:was|were|has been|had been|has|had)\s+)?$")
NOT_A_PLACE = ""


def _trigger_at(sentence: str, trigger: str) -> re.Match[str] | None:
    return re.search(rf"\b{re.escape(trigger)}\b", sentence, re.IGNORECASE)


def taken_place(sentence: str, trigger: str) -> str | None:
    """The named place a coded control verb takes, ``NOT_A_PLACE`` when what it takes is no
    named place ("seized American supplies at Bab al-Hawa", "two men were captured by the SDF",
    "seized the headquarters of ISIS in Aleppo"), or None when the sentence does not say ("took
    control of the city", or the trigger is not in the sentence).

    The record's location is where the act happened, not what changed hands: it answers only
    when the verb's own object (or, for "fell"/passives, its subject) is the place.
    """
    at = _trigger_at(sentence, trigger)
    if at is None:
        return None
    passive = re.search(r"\b(?:was|were|been)\s+$", sentence[: at.start()]) is not None
    if not passive and not re.fullmatch(FELL, trigger, re.IGNORECASE):
        if _GENERIC_OBJECT.match(sentence, at.end()):
            return None
        found = _OBJECT.match(sentence, at.end())
        place = _named_place(found)
        if found is None or place is None or _qualifies_a_noun(sentence, found.end("place")):
            return NOT_A_PLACE
        return place
    return _named_place(_SUBJECT.search(sentence[: at.start()])) or NOT_A_PLACE


def _named_place(found: re.Match[str] | None) -> str | None:
    """The place a phrase names, if it names one: capitalised, and not a group or a pronoun."""
    place = _clean(found.group("place")) if found else None
    if not place or place.lower() in _NOT_PLACES or not place[0].isupper():
        return None
    return place


def _qualifies_a_noun(sentence: str, end: int) -> bool:
    """ "seized American supplies": a name followed by a content word qualifies that noun."""
    following = _NEXT_WORD.match(sentence, end)
    return following is not None and following.group(1) not in _FUNCTION_WORDS


def _mention_id(view: StoreView, doc_id: str, start: int, end: int, place: str) -> str | None:
    """The geoparser's id for a place named in this sentence, if it found it there."""
    text = view.texts().get(doc_id, "")
    for p_start, p_end, _name, place_id in view.places_by_doc().get(doc_id, ()):
        if start <= p_start < end and text[p_start:p_end] in place:
            return place_id
    return None


def from_events(view: StoreView) -> list[tuple[Change, Row]]:
    out = []
    known = known_places(view)
    for row in view.rows:
        if row.kind != "event" or not row.happened or not row.trigger:
            continue
        if "historical" in row.aux_modes or not _GAIN_WORD.search(row.trigger):
            continue
        day = parse_day(row.day)
        sentence = view.sentence(row.doc_id, row.sentence_start, row.sentence_end)
        place, place_id = row.place, row.geonameid
        parsed = _parse_sentence(sentence)
        if place is None and parsed:
            place = parsed[0]
        at = _trigger_at(sentence, row.trigger)
        if at is not None and _UNREAL.search(sentence[: at.start()]):
            continue  # "the decision to withdraw from Syria": as in the phrase reader
        taken = taken_place(sentence, row.trigger)
        if taken == NOT_A_PLACE:
            continue
        if taken and (place is None or _place_key(_clean(place) or place) != _place_key(taken)):
            # "captured Qara … in the Qalamoun mountains": Qara changed hands, not the mountains
            place = taken
            place_id = _mention_id(view, row.doc_id, row.sentence_start, row.sentence_end, taken)
        if place is None or day is None or is_background(sentence, day):
            continue
        place = _clean(place) or place
        if not place[0].isupper() or place.lower() in _NOT_PLACES:
            continue  # "the city", "areas": the coder's location is not a named place
        if not (place_id or _plausible(place, None, known)):
            continue
        actors = [p.label for p in row.role("actor")]
        others = [p.label for p in row.role("recipient")]
        lost = re.search(LOSS, row.trigger, re.IGNORECASE) is not None
        gainer = None if lost else (actors[0] if actors else parsed and parsed[1])
        others = [o for o in others if _place_key(o) != _place_key(place)]  # not the place
        loser = (actors[0] if actors else None) if lost else (others[0] if others else None)
        change = Change(place, place_id, day, gainer or None, loser, row.trigger)
        out.append((change, row))
    return out


def _parse_sentence(sentence: str) -> tuple[str, str | None, str | None, str] | None:
    """(place, gainer, loser, verb) for the first control phrase in a sentence, else None."""
    for pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            if _UNREAL.search(sentence[: m.start("verb")]):
                continue
            place = _named_place(m)
            if place is None:
                continue
            after_verb = m.start("place") > m.start("verb")
            if after_verb and _qualifies_a_noun(sentence, m.end("place")):
                continue  # "seized American supplies": not a place
            groups = m.groupdict()
            return place, _clean(groups.get("gainer")), _clean(groups.get("loser")), m.group("verb")
    return None


# People are captured and taken too ("Cantlie was captured by Isis"), and "the fall of Assad" is
# no place: a phrase counts only when its object is a place the geoparser found somewhere in the
# store, or names a facility, and its subject is not a pronoun.
_FACILITY = re.compile(
    r"\b(?:barracks|base|airport|airbase|hospital|prison|crossing|dam|oilfield)$"
)
_PRONOUNS = {"they", "it", "he", "she", "we", "you", "after", "but", "and", "then", "when", "this"}


def _plausible(place: str, gainer: str | None, known_places: set[str]) -> bool:
    if gainer and gainer.lower() in _PRONOUNS:
        return False
    return place.lower() in known_places or bool(_FACILITY.search(place.lower()))


def from_phrases(view: StoreView, covered: dict[str, list[tuple[int, int]]]) -> list[Change]:
    """Control phrases in sentences that no control event already covers. Covered is by
    overlap: the coder's sentence may start after a dateline that this light splitter keeps
    ("DAMASCUS, December 12 — Rebels … took Adra")."""
    known = known_places(view)
    out = []
    for doc_id, text in view.texts().items():
        day = parse_day(view.documents.get(doc_id))
        if day is None or not _GAIN_WORD.search(text):
            continue
        for start, end in sentences(text):
            if any(start < e_end and e_start < end for e_start, e_end in covered.get(doc_id, ())):
                continue
            sentence = text[start:end]
            if not _GAIN_WORD.search(sentence):
                continue
            parsed = _parse_sentence(sentence)
            if parsed is None:
                continue
            place, gainer, loser, verb = parsed
            if is_background(sentence, day):
                continue
            if not _plausible(place, gainer, known):
                continue
            place_id = _mention_id(view, doc_id, start, end, place)
            change = Change(place, place_id, day, gainer, loser, verb)
            change.evidence.append(evidence_at(view, doc_id, start, end))
            change.docs.add(doc_id)
            out.append(change)
    return out


def changes(view: StoreView) -> list[Change]:
    """Every control change, merged across reports of the same change."""
    cached = view.cache.get("changes")
    if cached is not None:
        return cached  # type: ignore[return-value]
    found: list[Change] = []
    covered: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for change, row in from_events(view):
        change.evidence.append(evidence_of(view, row))
        change.record_ids.append(row.record_id)
        change.docs.add(row.doc_id)
        found.append(change)
        covered[row.doc_id].append((row.sentence_start, row.sentence_end))
    found.extend(from_phrases(view, covered))
    merged: list[Change] = []
    by_place: dict[str, list[Change]] = defaultdict(list)  # candidates for a merge, by place
    for c in sorted(found, key=lambda c: (c.day, c.gainer is None, c.place)):
        keys = [_place_key(c.place)] + ([f"id:{c.place_id}"] if c.place_id else [])
        candidates = [m for k in keys for m in by_place[k]]
        same = next((m for m in candidates if _same_change(m, c)), None)
        if same is None:
            merged.append(c)
            for k in keys:
                by_place[k].append(c)
            continue
        if c.place_id and not same.place_id:
            by_place[f"id:{c.place_id}"].append(same)
        same.last_seen = c.day
        if same.gainer and c.gainer and same.gainer.lower() in _GENERIC_REBELS:
            same.gainer = c.gainer  # keep the more specific name
        same.gainer = same.gainer or c.gainer
        same.loser = same.loser or c.loser
        same.place_id = same.place_id or c.place_id
        same.evidence.extend(c.evidence)
        same.record_ids.extend(c.record_ids)
        same.docs |= c.docs
    view.cache["changes"] = merged
    return merged


def _same_change(m: Change, c: Change) -> bool:
    """Reports of one change: same place, within a week, and no conflicting gainer.

    A report that names only who withdrew (no gainer) joins the gain reported beside it.
    """
    if m.place_id and c.place_id:
        if m.place_id != c.place_id and _place_key(m.place) != _place_key(c.place):
            return False
    elif _place_key(m.place) != _place_key(c.place):
        return False
    if (c.day - (m.last_seen or m.day)).days > 7:
        return False
    if m.gainer and c.gainer:
        return _compatible(m.gainer, c.gainer)
    if m.loser and c.gainer:
        return m.loser.lower() != c.gainer.lower()  # the side that withdrew cannot gain it
    return True


def timeline(found: list[Change]) -> dict[str, list[Change]]:
    """Per place, its control changes in date order (the last gainer holds it)."""
    by_place: dict[str, list[Change]] = defaultdict(list)
    for c in found:
        by_place[c.place].append(c)
    return {k: sorted(v, key=lambda c: c.day) for k, v in sorted(by_place.items())}


def by_period(found: list[Change], period: str) -> dict[Date, list[Change]]:
    """Per period, the places that changed hands."""
    out: dict[Date, list[Change]] = defaultdict(list)
    for c in found:
        out[period_start(c.day, period)].append(c)
    return dict(sorted(out.items()))


def detect(view: StoreView, cfg: SignalSettings) -> list[Signal]:
    signals = []
    for c in changes(view):
        if re.fullmatch(LOSS, c.verb, re.IGNORECASE) and not c.gainer:
            what = f"{c.loser or 'a side'} withdrew from {c.place}"
        elif c.gainer:
            what = f"{c.gainer} took {c.place}" + (f" from {c.loser}" if c.loser else "")
        else:
            what = f"{c.place} changed hands (the {c.verb} is reported; the gainer is not named)"
        sources = len(c.docs)
        what = what[0].upper() + what[1:]
        summary = f"{what} (reported {c.day}; {sources} source{'s' if sources != 1 else ''})."
        signals.append(
            Signal(
                id=f"control_change:{_place_key(c.place)}:{c.day}",
                kind="control_change",
                summary=summary,
                actor=c.gainer,
                actor_label=c.gainer,
                target=c.loser,
                place=c.place,
                period_start=c.day.isoformat(),
                period_end=(c.day + timedelta(days=0)).isoformat(),
                score=float(sources),
                change_ids=c.record_ids,
                documents=sorted(c.docs),
                evidence=c.evidence[: cfg.evidence_limit],
            )
        )
    return signals
