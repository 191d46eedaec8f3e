"""The calendar: meetings, conferences, votes and deadlines announced for a future date.

An item is a sentence that names a scheduled thing (meeting, conference, talks, vote, deadline,
announcement …) and a date after its document's own date: from a record marked ``future`` or
dated after its document, or from a stored time expression (or, where the timex stage left the
value empty, a plain "January 22" / "22 January 2014" date in the sentence). Items that name the
same thing on the same date are one item. Once the date has passed (by the newest document in the
store, or ``--until``), an item is matched to a report of what happened — a later sentence that
names the same thing in the past tense — or flagged "no report yet".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta

from wirewatch.signals.model import Evidence, Signal, SignalSettings
from wirewatch.signals.periods import parse_day
from wirewatch.signals.rows import StoreView
from wirewatch.signals.text import evidence_at, sentences

SCHEDULED = re.compile(
    r"\b(?P<what>conference|meeting|talks|summit|vote|deadline|session|election|elections|"
    r"announcement|decision|negotiations|round)\b|\b(?P<verb>announce|decide|vote|voted|meet|met|convene|convened)\b",
    re.IGNORECASE,
)
# Past-tense words that say the scheduled thing took place (or was called off).
HAPPENED = re.compile(
    r"\b(?:opened|met|voted|held|began|convened|took place|agreed|decided|announced|gathered|"
    r"started|ended|closed|postponed|cancelled|canceled|delayed|was held|were held)\b",
    re.IGNORECASE,
)
# Words that put a dated thing ahead of the sentence's own time.
FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|due|to be held|scheduled|expected to|plans? to|planned|set to|"
    r"(?:is|are) to|next|upcoming|ahead of|deadline|waiting for|could|may)\b",
    re.IGNORECASE,
)
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)"
)
DATE_MD = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b"
)
DATE_DM = re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}(?:\s+(?P<year>\d{{4}}))?\b")
# Capitalised names in the sentence (Geneva II, Syrian Coalition): what identifies the item.
NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|II|III|IV|of))*")
_STOP_NAMES = set(MONTHS) | {
    "the",
    "on",
    "in",
    "a",
    "an",
    "it",
    "he",
    "she",
    "they",
    "we",
    "but",
    "and",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}


@dataclass
class Item:
    due: Date  # the first day
    what: str
    names: list[str]
    announced: Date
    ends: Date | None = None  # the last day of "on 14-15 September", "Thursday and Friday"
    evidence: list[Evidence] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    record_ids: list[str] = field(default_factory=list)
    reports: list[Evidence] = field(default_factory=list)


def resolve_date(match: re.Match[str], anchor: Date) -> Date | None:
    month = MONTHS[match.group("month").lower()]
    day = int(match.group("day"))
    years = (
        [int(match.group("year"))]
        if match.group("year")
        else [anchor.year - 1, anchor.year, anchor.year + 1]
    )
    best = None
    for year in years:
        try:
            candidate = Date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - anchor).days) < abs((best - anchor).days):
            best = candidate
    return best


_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+,\s+\w+\s+\d{1,2}\s*[—–-]+\s*")


def dates_in(
    sentence: str, anchor: Date, timexes: list[tuple[int, str | None]]
) -> list[tuple[Date, int]]:
    """Dates in a sentence with their offsets: the timex values, else plain calendar dates.

    A year-less "January 13" is put in the year nearest the document date even where the timex
    stage chose another from the tense of the main verb ("spoke ... ahead of their meeting on
    January 13" is still next week's meeting): a schedule is announced weeks, not a year, ahead.
    """
    out = []
    for pos, value in timexes:
        day = parse_day(value)
        if day is None:
            continue
        plain = DATE_MD.match(sentence, pos) or DATE_DM.match(sentence, pos)
        if plain and not plain.group("year"):
            day = resolve_date(plain, anchor) or day
        out.append((day, pos))
    if not out:
        for pattern in (DATE_MD, DATE_DM):
            for m in pattern.finditer(sentence):
                d = resolve_date(m, anchor)
                if d:
                    out.append((d, m.start()))
    return out


def names_in(sentence: str) -> list[str]:
    out = []
    dateline = _DATELINE.match(sentence)
    if dateline:
        sentence = sentence[dateline.end() :]
    for m in NAME.finditer(sentence):
        name = m.group(0).strip()
        if name.lower() in _STOP_NAMES or len(name) < 3 or name.split()[0].lower() in MONTHS:
            continue
        if m.start() == 0 and " " not in name:
            continue  # a capital only because it starts the sentence
        out.append(name)
    return list(dict.fromkeys(out))


_CANONICAL = {
    "announce": "announcement",
    "decide": "decision",
    "meet": "meeting",
    "convene": "meeting",
    "convened": "meeting",
    "met": "meeting",
    "voted": "vote",
    "elections": "election",
}


# Kinds of gathering that reports name interchangeably ("the summit" = "the meeting").
_GATHERINGS = {"meeting", "summit", "talks", "conference", "session", "negotiations", "round"}


def same_kind(a: str | None, b: str | None) -> bool:
    return a == b or (a in _GATHERINGS and b in _GATHERINGS)


def what_near(sentence: str, pos: int | None = None) -> str | None:
    """The scheduled thing a sentence names: the one nearest ``pos`` (a date) when given."""
    found = list(SCHEDULED.finditer(sentence))
    if not found:
        return None
    m = found[0] if pos is None else min(found, key=lambda m: abs(m.start() - pos))
    word = (m.group("what") or m.group("verb")).lower()
    return _CANONICAL.get(word, word)


def items(view: StoreView) -> list[Item]:
    timexes = view.timexes_by_doc()
    found: list[Item] = []
    for doc_id, text in view.texts().items():
        announced = parse_day(view.documents.get(doc_id))
        if announced is None:
            continue
        for start, end in sentences(text):
            sentence = text[start:end]
            if not SCHEDULED.search(sentence):
                continue
            if HAPPENED.search(sentence) and not FUTURE_CUE.search(sentence):
                continue  # "the UK held a general election on 8 June": already past
            values = [(s - start, v) for s, _e, v in timexes.get(doc_id, ()) if start <= s < end]
            here: list[Item] = []
            for due, pos in sorted(dates_in(sentence, announced, values)):
                what = what_near(sentence, pos)
                if due <= announced or what is None:
                    continue
                last = here[-1] if here else None
                if last and last.what == what and (due - (last.ends or last.due)).days <= 2:
                    last.ends = due  # one gathering over consecutive days, not two
                    continue
                here.append(Item(due, what, names_in(sentence), announced))
            for item in here:
                _add(found, item, view, doc_id, start, end)
    return sorted(found, key=lambda i: (i.due, i.what))


def _add(found: list[Item], item: Item, view: StoreView, doc_id: str, start: int, end: int) -> None:
    ev = evidence_at(view, doc_id, start, end)
    for other in found:
        shared = {n.lower() for n in other.names} & {n.lower() for n in item.names}
        if other.due == item.due and (
            other.what == item.what or (same_kind(other.what, item.what) and shared)
        ):
            other.names = list(dict.fromkeys([*other.names, *item.names]))
            if doc_id not in other.docs:
                other.evidence.append(ev)
                other.docs.add(doc_id)
            other.announced = min(other.announced, item.announced)
            other.ends = max(filter(None, (other.ends, item.ends)), default=None)
            return
    item.evidence.append(ev)
    item.docs.add(doc_id)
    found.append(item)


def match_reports(item: Item, view: StoreView, days: int) -> list[Evidence]:
    """Sentences from documents dated on or after the due date that report the item."""
    window_end = item.due + timedelta(days=days)
    keys = [n.lower() for n in item.names]
    out = []
    for doc_id, text in view.texts().items():
        day = parse_day(view.documents.get(doc_id))
        if day is None or not (item.due <= day <= window_end):
            continue
        for start, end in sentences(text):
            sentence = text[start:end]
            low = sentence.lower()
            if not same_kind(what_near(sentence), item.what) or not HAPPENED.search(sentence):
                continue
            matched = [k for k in keys if k in low]
            if keys and not (len(matched) >= 2 or any(" " in k for k in matched)):
                continue  # one common name ("Syria") is not enough to say it is the same thing
            out.append(evidence_at(view, doc_id, start, end, role="report"))
            break
    return out


def detect(view: StoreView, cfg: SignalSettings) -> list[Signal]:
    as_of = parse_day(cfg.until) or view.last_date
    if as_of is None:
        return []
    signals = []
    for item in items(view):
        label = f"{item.what}" + (f" ({', '.join(item.names[:3])})" if item.names else "")
        label = label[0].upper() + label[1:]
        when = f"{item.due} to {item.ends}" if item.ends else f"{item.due}"
        sources = len(item.docs)
        if item.due > as_of:
            kind, status = "upcoming", "upcoming"
            summary = (
                f"Upcoming on {when}: {label}, announced from {item.announced} "
                f"({sources} source{'s' if sources != 1 else ''})."
            )
        else:
            item.reports = match_reports(item, view, cfg.match_days)
            if item.reports:
                kind, status = "deadline_reported", "reported"
                summary = (
                    f"{label} due {when} has passed and was reported on {item.reports[0].date}."
                )
            else:
                kind, status = "deadline_no_report", "no report yet"
                summary = f"{label} due {when} has passed: no report yet of what happened."
        signals.append(
            Signal(
                id=f"{kind}:{item.due}:{item.what}",
                kind=kind,  # type: ignore[arg-type]
                summary=summary,
                topic=item.what,
                target=", ".join(item.names[:3]) or None,
                period_start=item.announced.isoformat(),
                period_end=item.due.isoformat(),
                score=float(sources),
                status=status,
                change_ids=item.record_ids,
                documents=sorted(item.docs | {e.doc_id for e in item.reports}),
                evidence=(item.evidence[: cfg.evidence_limit] + item.reports[:3]),
            )
        )
    return signals
