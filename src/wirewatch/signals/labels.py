"""Labels: who calls whom what, over time; new, dropped and opposite labels.

A label is an ACCUSE event (actor labels recipient) or a labelling phrase from the lexicon below
in the sentence of a statement (speaker labels what it is about) or of an ACCUSE event (actor
labels recipient). The phrase lexicon is small and spaCy-free: it runs over stored sentences
only, and counts a phrase only where the sentence predicates it of a mention ("X is a terrorist
organisation", "denounced X as …"); of several such mentions, the nearest before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date

from wirewatch.signals.model import Signal, SignalSettings
from wirewatch.signals.periods import parse_day
from wirewatch.signals.rows import Participant, Row, StoreView
from wirewatch.signals.stats import p_at_most, score_of
from wirewatch.signals.text import evidence_of

# (label, polarity, pattern): polarity -1 delegitimises, +1 legitimises.
LEXICON: tuple[tuple[str, int, re.Pattern[str]], ...] = tuple(
    (label, polarity, re.compile(pattern, re.IGNORECASE))
    for label, polarity, pattern in (
        (
            "linked to Al Qaeda",
            -1,
            r"\b(?:link(?:ed|s)?|ties|tied|affiliated|connected|allied)\b"
            r"[^.;]{0,40}\bal[- ]?qa['’]?e?da\b"
            r"|\bal[- ]?qa['’]?e?da\s+(?:franchise|affiliate|offshoot)",
        ),
        ("terrorist", -1, r"\bterroris(?:ts?|m)\b"),
        ("extremist", -1, r"\bextremis(?:ts?|m)\b"),
        ("jihadist", -1, r"\bjihadists?\b"),
        ("illegitimate", -1, r"\billegitimate\b"),
        ("moderate", 1, r"\bmoderates?\b"),
        # "a legitimate part of the opposition", not "a legitimate target" (which delegitimises).
        (
            "legitimate",
            1,
            r"(?<!il)\blegitimate\s+(?:part|representatives?|opposition|partner|interlocutor|"
            r"force|group|actor|player)",
        ),
    )
)


# A negation within a few words before the phrase turns the label off.
_NEGATED = re.compile(r"\b(?:not|no longer|never|n['’]t|neither|nor)\b(?:\s+\S+){0,4}\s*$", re.I)


_ANY_LABEL = re.compile(r"terror|extremis|jihad|legitimate|moderate|qa['’]?e?da", re.I)
MAX_DISTANCE = 120  # characters between a phrase and the mention it labels
# A phrase labels a mention only when the sentence predicates it of the mention: "the YPG is a
# terrorist organisation", "the Front was linked to Al Qaeda", "denounced Assad as a terrorist",
# "fighters who are seen as terrorists". A label word merely near an actor is the writer's own
# word or about something else: "terrorism charges", "counter-terrorism officials", "US
# support for Kurdish militias that Turkey views as terrorists" (said by Turkey, not the US).
_PREDICATES = re.compile(
    r"^(?:['’]s?)?\s*,?\s*"
    # an apposition and a relative clause, perhaps naming who says so: ", a group that Lavrov
    # said was …" (``said_by`` must be the labeller: ``predicated`` checks)
    r"(?:(?:a|an|the) [\w-]+\s+)?(?:(?:which|who|whom|that)\s+)?"
    r"(?:(?P<said_by>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+"
    r"(?:said|says|say|claims?|claimed|believes?|believed)\s+)?"
    r"(?:(?:also|still|now|already|widely|long|often|officially|formally|is|are|was|were|has|"
    r"have|had|being|been|seen|regarded|considered|viewed|described|designated|branded|"
    r"labell?ed|listed|painted|denounced|deemed|treated)\s+){0,3}?"
    r"(?:is|are|was|were|be|being|been|as|remains?|remained)\s+"
    r"(?:(?:a|an|the|one of the|part of the)\s+)?(?:[\w’'“”\"-]+\s+){0,2}?[“\"‘']?$"
)
# "considers it a terrorist group", "described him in a speech as a terrorist": the verb itself
# predicates its object.
_LABELLING_VERB = re.compile(
    r"\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|list(?:s|ed|ing)?|"
    r"designat(?:es?|ed|ing)|consider(?:s|ed|ing)?|deem(?:s|ed|ing)?|dub(?:s|bed|bing)?|"
    r"describ(?:es?|ed|ing)|denounc(?:es?|ed|ing)|regard(?:s|ed|ing)?|view(?:s|ed|ing)?|"
    r"see(?:s|ing)?|saw|paint(?:s|ed|ing)?)\s+(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)
_AFTER_LABELLING_VERB = re.compile(
    r"^\s+(?:(?:in|at|on|during|before) (?:a|an|the|his|her|its|their) [\w-]+\s+)?"
    r"(?:to be\s+|as\s+)?(?:(?:a|an|the)\s+)?(?:[\w’'“”\"-]+\s+){0,2}?$"
)
# Event types that say something about their recipient; other events' sentences label no one
# by the phrase route ("the US-backed YPG is a terrorist organisation" is no US label).
LABELLING_EVENTS = {"ACCUSE"}
# "the terrorists", "against extremists": the label word used as a noun for a group.
_GROUP_NOUN = re.compile(r"\b(?:the|against|fighting|combat|defeat)\s+$", re.I)


@dataclass
class Use:
    labeller: Participant
    target: Participant
    label: str
    polarity: int
    day: Date
    row: Row


@dataclass
class Edge:
    """One labeller applying one label to one target, with every use."""

    labeller: str
    target: str
    label: str
    polarity: int
    uses: list[Use] = field(default_factory=list)
    first: Date = Date.max
    last: Date = Date.min
    _records: set[str] = field(default_factory=set, repr=False)

    def add(self, use: Use) -> None:
        if use.row.record_id in self._records:
            return
        self._records.add(use.row.record_id)
        self.uses.append(use)
        self.first = min(self.first, use.day)
        self.last = max(self.last, use.day)

    @property
    def labeller_label(self) -> str:
        return self.uses[0].labeller.label

    @property
    def target_label(self) -> str:
        return self.uses[0].target.label


def _roles(row: Row) -> tuple[list[Participant], list[Participant]]:
    if row.kind == "statement":
        return row.followed("speaker"), row.followed("about")
    return row.followed("actor"), row.followed("recipient")


def uses_in(view: StoreView) -> list[Use]:
    out = []
    for row in view.rows:
        day = parse_day(row.day)
        labellers, targets = _roles(row)
        if day is None or not labellers or not targets or "negation" in row.aux_modes:
            continue
        sentence = view.sentence(row.doc_id, row.sentence_start, row.sentence_end)
        found: list[tuple[str, int, int]] = []
        if row.event != "ACCUSE" and not _ANY_LABEL.search(sentence):
            continue  # most sentences label no one: one cheap search rules them out
        mentions = [(p.start, p.end) for p in row.participants]
        negated = False
        for label, polarity, pattern in LEXICON:
            for m in pattern.finditer(sentence):
                if _NEGATED.search(sentence[: m.start()]):
                    negated = True
                    continue  # "was not a designated terrorist group"
                if _GROUP_NOUN.search(sentence[: m.start()]):
                    continue  # "against the terrorists" names a group; it labels no one
                start, end = row.sentence_start + m.start(), row.sentence_start + m.end()
                if any(a < end and start < b for a, b in mentions):
                    continue  # the phrase is itself an actor mention ("terrorists")
                found.append((label, polarity, start))
        labeller = labellers[0]
        country = _country(labeller)
        phrases_label = row.kind == "statement" or row.event in LABELLING_EVENTS
        for label, polarity, pos in found if phrases_label else ():
            # Not oneself, nor one's own country ("Erdoğan … Turkey's legitimate right").
            candidates = [t for t in targets if _country(t) != country]
            target = _target(candidates, pos, sentence, row.sentence_start, labeller)
            if target is not None:
                out.append(Use(labeller, target, label, polarity, day, row))
        # An ACCUSE event labels its recipient, unless the recipient is itself a label word
        # ("accused the terrorists …" says nothing new about anyone).
        if row.event != "ACCUSE" or negated or any(p < 0 for _, p, _ in found):
            continue
        accusable = [
            t
            for t in targets
            if _country(t) != country and not any(p.search(t.label) for _, _, p in LEXICON)
        ]
        if accusable:
            accused = f"accused ({row.mode})" if row.mode else "accused"
            out.append(Use(labeller, accusable[0], accused, -1, day, row))
    return out


_CODE = re.compile(r"^[A-Z]{3}\b")


def _country(p: Participant) -> str:
    """The actor's country or IGO code where the coder gave one, else the actor itself."""
    m = _CODE.match(p.key)
    return m.group(0) if m else p.key


def _target(
    candidates: list[Participant], pos: int, sentence: str, offset: int, labeller: Participant
) -> Participant | None:
    """Who a phrase labels: the nearest mention before it of which the sentence predicates it
    ("the Front was linked to …", "branded the YPG terrorists"); nobody when none is."""
    said_by = (labeller.start - offset, labeller.end - offset)
    before = [t for t in candidates if t.end <= pos and pos - t.start <= MAX_DISTANCE]
    for t in sorted(before, key=lambda t: -t.start):
        if predicated(sentence, t.start - offset, t.end - offset, pos - offset, said_by):
            return t
    return None


def predicated(
    sentence: str, start: int, end: int, label_at: int, said_by: tuple[int, int] | None = None
) -> bool:
    """Whether the sentence predicates the label at ``label_at`` of the mention start:end; a
    relative clause may name who says so only if that is ``said_by`` (the labeller's span)."""
    between = sentence[end:label_at]
    found = _PREDICATES.match(between)
    if found and found.group("said_by"):
        at = end + found.start("said_by")
        return said_by is not None and said_by[0] <= at < said_by[1]
    if found:
        return True
    return bool(_LABELLING_VERB.search(sentence[:start]) and _AFTER_LABELLING_VERB.match(between))


def network(view: StoreView) -> list[Edge]:
    """The labelling network: labeller → target edges, each with its uses over time."""
    edges: dict[tuple[str, str, str], Edge] = {}
    for use in uses_in(view):
        # Labellers group by code (RUS GOV speaks through Lavrov and the ministry alike);
        # targets by name: a label is put on one group, not on every SYR REB.
        key = (use.labeller.key, use.target.label, use.label)
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = Edge(use.labeller.key, use.target.label, use.label, use.polarity)
        edge.add(use)
    return sorted(edges.values(), key=lambda e: (e.first, e.labeller, e.target, e.label))


def detect(view: StoreView, cfg: SignalSettings) -> list[Signal]:
    edges = network(view)
    docs = view.dated_documents()
    if not docs:
        return []
    first_doc = docs[0][1]
    days = [day for _, day in docs]
    mentions = _mentions(view)
    signals: list[Signal] = []
    for edge in edges:
        signals.extend(_new(edge, first_doc, mentions, cfg, view))
        signals.extend(_dropped(edge, docs, cfg, view, days))
    signals.extend(_opposite(edges, cfg, view))
    return signals


def _mentions(view: StoreView) -> dict[tuple[str, str], list[Date]]:
    """Days on which a labeller spoke about or acted on a target at all."""
    out: dict[tuple[str, str], list[Date]] = defaultdict(list)
    for row in view.rows:
        day = parse_day(row.day)
        labellers, targets = _roles(row)
        if day:
            for a in labellers:
                for b in targets:
                    out[(a.key, b.label)].append(day)
    return out


def _new(
    edge: Edge, first_doc: Date, mentions: dict, cfg: SignalSettings, view: StoreView
) -> list[Signal]:
    """A label is new when the labeller had dealt with the target before without it."""
    earlier = [d for d in mentions.get((edge.labeller, edge.target), []) if d < edge.first]
    if not earlier or edge.first == first_doc:
        return []
    use = min(edge.uses, key=lambda u: u.day)
    return [
        Signal(
            id=f"new_label:{edge.labeller}:{edge.target}:{edge.label}",
            kind="new_label",
            summary=(
                f"{edge.labeller_label} ({edge.labeller}) began {_applying(edge)} on "
                f"{edge.first}, after {len(earlier)} earlier record(s) about them without it."
            ),
            actor=edge.labeller,
            actor_label=edge.labeller_label,
            target=edge.target,
            topic=edge.label,
            period_start=edge.first.isoformat(),
            period_end=edge.last.isoformat(),
            score=float(len(edge.uses)),
            change_ids=[u.row.record_id for u in edge.uses],
            documents=sorted({u.row.doc_id for u in edge.uses}),
            evidence=[evidence_of(view, use.row)],
        )
    ]


def _applying(edge: Edge, verb: str = "calling") -> str:
    """ "calling the Islamic Front “extremist”", or "accusing the regime (allege)"."""
    if edge.label.startswith("accused"):
        return f"accusing {edge.target_label}{edge.label.removeprefix('accused')}"
    return f"{verb} {edge.target_label} “{edge.label}”"


def _dropped(
    edge: Edge,
    docs: list[tuple[str, Date]],
    cfg: SignalSettings,
    view: StoreView,
    days: list[Date] | None = None,
) -> list[Signal]:
    """A label is dropped when the corpus goes on for long enough without it.

    The same coverage-corrected count test as silence: uses per document while the label was in
    use, against none in the documents after its last use.
    """
    if len(edge.uses) < 2 or len({u.row.doc_id for u in edge.uses}) < 2:
        return []
    days = [day for _, day in docs] if days is None else days
    lo, hi = bisect_left(days, edge.first), bisect_right(days, edge.last)
    during, after = docs[lo:hi], [d for d, _ in docs[hi:]]
    if len(after) < cfg.label_gap_docs:
        return []
    p_value = p_at_most(0, len(edge.uses), len(during), len(after))
    if p_value > cfg.alpha * 5:  # a weaker bar: the label is the claim, not the count
        return []
    return [
        Signal(
            id=f"dropped_label:{edge.labeller}:{edge.target}:{edge.label}",
            kind="dropped_label",
            summary=(
                f"{edge.labeller_label} ({edge.labeller}) has not called {edge.target_label} "
                f"“{edge.label}” since {edge.last}: {len(edge.uses)} uses in {len(during)} "
                f"documents before, none in the {len(after)} since (p = {p_value:.2g})."
            ),
            actor=edge.labeller,
            actor_label=edge.labeller_label,
            target=edge.target,
            topic=edge.label,
            period_start=edge.last.isoformat(),
            period_end=docs[-1][1].isoformat(),
            baseline_rate=round(len(edge.uses) / max(len(during), 1), 4),
            observed_rate=0.0,
            score=score_of(p_value),
            p_value=p_value,
            baseline_ids=[u.row.record_id for u in edge.uses],
            documents=after,
            evidence=[evidence_of(view, u.row, "baseline") for u in edge.uses][
                -cfg.evidence_limit :
            ],
        )
    ]


def _opposite(edges: list[Edge], cfg: SignalSettings, view: StoreView) -> list[Signal]:
    """Two labellers who apply opposite labels to the same third party."""
    by_target: dict[str, list[Edge]] = defaultdict(list)
    for edge in edges:
        by_target[edge.target].append(edge)
    out: list[Signal] = []
    for target, group in sorted(by_target.items()):
        negative = [e for e in group if e.polarity < 0]
        positive = [e for e in group if e.polarity > 0]
        seen: set[tuple[str, str]] = set()
        for neg in negative:
            for pos in positive:
                if neg.labeller == pos.labeller or (neg.labeller, pos.labeller) in seen:
                    continue
                seen.add((neg.labeller, pos.labeller))
                start = min(neg.first, pos.first)
                end = max(neg.last, pos.last)
                uses = [*neg.uses, *pos.uses]
                out.append(
                    Signal(
                        id=f"opposite_labels:{target}:{neg.labeller}:{pos.labeller}",
                        kind="opposite_labels",
                        summary=(
                            f"{neg.labeller_label} ({neg.labeller}) calls {neg.target_label} "
                            f"“{neg.label}” while {pos.labeller_label} ({pos.labeller}) calls "
                            f"them “{pos.label}” ({start} to {end})."
                        ),
                        actor=neg.labeller,
                        actor_label=neg.labeller_label,
                        target=target,
                        topic=f"{neg.label} / {pos.label}",
                        period_start=start.isoformat(),
                        period_end=end.isoformat(),
                        score=float(min(len(neg.uses), len(pos.uses))),
                        baseline_ids=[u.row.record_id for u in neg.uses],
                        change_ids=[u.row.record_id for u in pos.uses],
                        documents=sorted({u.row.doc_id for u in uses}),
                        evidence=[evidence_of(view, u.row) for u in uses][: cfg.evidence_limit],
                    )
                )
    return out
