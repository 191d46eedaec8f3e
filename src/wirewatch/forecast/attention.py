"""Salience suggested from the store: how often each scenario actor acts or speaks on the issue.

A suggestion to set beside the analyst's own salience, never a replacement: attention in the news
is only a proxy for how much an issue matters to an actor (an actor can care and keep quiet, the
point of the seed article about Moscow's silence). Counted: stored events in which the actor is
the one acting, and statements in which it is the speaker, whose sentence mentions one of the
issue's keywords (every record of the actor when the scenario gives none). The suggestion is the
actor's count relative to the busiest actor's, on 0-100.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from wirewatch.forecast.scenario import Actor, Scenario
from wirewatch.schema import ActorRef, Event, Statement


@dataclass(frozen=True)
class Attention:
    actor: str
    given: float  # the analyst's salience, as in the scenario
    records: int  # events by and statements of the actor on the issue
    suggested: float | None  # 0-100 relative to the busiest actor; None when nobody appears


def _matches(actor: Actor, ref: ActorRef) -> bool:
    for entry in actor.codes:
        code, _, sector = entry.upper().partition("/")
        if ref.code and ref.code.upper() == code and (not sector or ref.sector == sector):
            return True
    names = [n.lower() for n in (actor.names or ([] if actor.codes else [actor.name]))]
    return any(n in ((ref.name or "").lower(), ref.text.lower()) for n in names)


def suggest_salience(
    scenario: Scenario,
    records: Iterable[Event | Statement],
    sentence_text: Callable[[Event | Statement], str],
) -> list[Attention]:
    """Counts and suggestions per scenario actor, in the scenario's order."""
    keywords = [k.lower() for k in scenario.issue.keywords]
    counts = {a.name: 0 for a in scenario.actors}
    for record in records:
        refs = record.actor if isinstance(record, Event) else record.speaker
        if not refs:
            continue
        if keywords:
            text = sentence_text(record).lower()
            if not any(k in text for k in keywords):
                continue
        for actor in scenario.actors:
            if any(_matches(actor, ref) for ref in refs):
                counts[actor.name] += 1
    top = max(counts.values(), default=0)
    return [
        Attention(
            actor=a.name,
            given=a.salience,
            records=counts[a.name],
            suggested=round(100.0 * counts[a.name] / top, 1) if top else None,
        )
        for a in scenario.actors
    ]


def suggest_from_store(scenario: Scenario, store) -> list[Attention]:
    """``suggest_salience`` over every current event and statement in a wirewatch store."""
    texts: dict[str, str] = {}

    def sentence_text(record: Event | Statement) -> str:
        if record.doc_id not in texts:
            document = store.document(record.doc_id)
            texts[record.doc_id] = document.text if document else ""
        return texts[record.doc_id][record.sentence.start : record.sentence.end]

    return suggest_salience(scenario, [*store.events(), *store.statements()], sentence_text)
