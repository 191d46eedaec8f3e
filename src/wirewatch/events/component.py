"""Stage ``ww_events``: PLOVER events and statements.

Candidates (trigger, actor, recipient, sentence) are found once per document from the parse and
the earlier layers; the configured back-end (``coders.CODERS``) decides their types; dates,
places and auxiliary modes are then attached to each record.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from wirewatch.events.candidates import Candidate, CandidateFinder
from wirewatch.events.coders import make_coder
from wirewatch.events.lexicon import COUNT_AND_SPAN_NOUNS, SEQUENCE_NOUNS
from wirewatch.events.places import PlaceIndex
from wirewatch.events.records import build_event, build_statement, may_become_event
from wirewatch.events.statements import StatementFinder
from wirewatch.events.syntax import MentionIndex
from wirewatch.nlp import Stage
from wirewatch.schema import Event, Statement
from wirewatch.timex.event_date import DateIndex


class EventCoder(Stage):
    name = "ww_events"
    writes = {"events": Event, "statements": Statement}

    def __init__(self, coder: str, coder_config: dict | None = None) -> None:
        super().__init__()
        self.coder_name = coder
        self.coder = make_coder(coder, **(coder_config or {}))
        # A back-end from elsewhere may predate ``open_candidates``: it gets lexicon candidates.
        self.candidates = CandidateFinder(getattr(self.coder, "open_candidates", False))
        self.statements = StatementFinder()

    def annotate(self, doc: Doc) -> None:
        document = doc._.document
        doc_id = document.id if document is not None else "doc"
        anchor = document.created if document is not None else None
        mentions = MentionIndex.build(doc, doc._.actors or [])
        places = PlaceIndex(doc, doc._.places or [])
        dates = DateIndex(doc)

        candidates = self.candidates(doc, mentions, places.tokens)
        statement_parts, accusations = self.statements(doc, mentions)
        candidates = sorted(candidates + accusations, key=lambda c: c.head.i)
        seen: set[int] = set()
        unique = []
        for candidate in merge_means(candidates):  # one record per trigger
            if candidate.trigger.start not in seen:
                seen.add(candidate.trigger.start)
                unique.append(candidate)

        # A back-end may find actors the rules did not (``LearnedCoder.find_actors``).
        find_actors = getattr(self.coder, "find_actors", None)
        if find_actors is not None:
            find_actors(unique, mentions)
        viable = [c for c in unique if may_become_event(c, dates)]
        events: list[Event] = []
        for candidate, decision in zip(viable, self.coder.decide(viable), strict=True):
            if decision is None:
                continue
            event = build_event(
                doc_id,
                len(events) + 1,
                candidate,
                decision,
                dates,
                places,
                anchor,
                self.coder_name,
            )
            if event is not None:
                events.append(event)
        doc._.events = events
        doc._.statements = [
            build_statement(doc_id, number, parts, dates, anchor)
            for number, parts in enumerate(statement_parts, start=1)
        ]


# Marks of a clause that says what a killing came from: "were killed when US forces carried
# out air strikes", "after a bombing raid struck the building".
CAUSE_MARKS = frozenset({"when", "after", "as"})
# Prepositions (with "as a result of", "due to") that name what a killing came from.
CAUSE_PREPS = frozenset({"during", "amid", "following"})


def attack_named_beside(verb: Token) -> list[Token]:
    """The words that may name the attack an act of violence came from, outside its own "in"
    and "by" phrases: the subject and object of a "when", "after" or "as" clause under it, and
    the object of "as a result of", "due to", "during", "amid" or "following"."""
    words: list[Token] = []
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in CAUSE_MARKS for c in clause.children
        ):
            words += [c for c in clause.children if c.dep_ in {"nsubj", "dobj"}]
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ in CAUSE_PREPS:
            words += objects
        elif prep.lower_ == "as":  # "as a result of"
            words += [
                pobj
                for result in objects
                if result.lemma_.lower() == "result"
                for of in result.children
                if of.dep_ == "prep" and of.lower_ == "of"
                for pobj in of.children
                if pobj.dep_ == "pobj"
            ]
        elif prep.lower_ == "due":  # "due to"
            words += [
                pobj
                for to in prep.children
                if to.dep_ == "pcomp" or (to.dep_ == "prep" and to.lower_ == "to")
                for pobj in to.children
                if pobj.dep_ == "pobj"
            ]
    return words


def merge_means(candidates: list[Candidate]) -> list[Candidate]:
    """One record per event: "civilians were killed in Syrian and Russian air strikes" and
    "Russian air strikes killed 20 civilians" are the air strikes, with the civilians as their
    recipients, not a second, unattributed killing."""
    by_head = {c.head.i: c for c in candidates}
    merged = []
    for candidate in candidates:
        means = None
        if not candidate.nominal and not candidate.actors:
            verb = candidate.head
            # the means in an "in"/"by" phrase of the verb (a passive's "by" is its agent), or
            # as its subject
            words = [
                pobj
                for prep in verb.children
                if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"in", "by"}
                for pobj in prep.children
            ]
            words += [c for c in verb.children if c.dep_ == "nsubj"]
            words += attack_named_beside(verb)
            # "a series of airstrikes by Russian jets killed …", "killed in dozens of
            # airstrikes", "in eight days of bombing by the regime": the airstrikes, the bombing
            words += [
                pobj
                for word in words
                if word.lemma_.lower() in SEQUENCE_NOUNS | COUNT_AND_SPAN_NOUNS
                for prep in word.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for pobj in prep.children
                if pobj.dep_ == "pobj"
            ]
            for word in words:
                found = by_head.get(word.i)
                if (
                    found is not None
                    and found.nominal
                    and (found.proposal.event == candidate.proposal.event)
                ):
                    means = found
        if means is None:
            merged.append(candidate)
        elif not means.recipients:
            means.recipients = candidate.recipients
    return merged


@Language.factory(
    "ww_events",
    default_config={"coder": "rules", "coder_config": {}},
    requires=["doc._.actors", "doc._.timexes", "doc._.places"],
    assigns=["doc._.events", "doc._.statements"],
)
def make_event_coder(nlp: Language, name: str, coder: str, coder_config: dict) -> EventCoder:
    """``coder`` names a back-end in ``coders.CODERS``; ``coder_config`` is passed to it (a
    model path, a threshold)."""
    return EventCoder(coder, coder_config)
