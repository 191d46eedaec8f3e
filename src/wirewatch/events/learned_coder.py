"""Coder back-end ``learned``: the rule coder's candidates, typed by the learned classifier.

Plugs into the coder registry (``wirewatch.events.coders``): candidate extraction (trigger,
actor, recipient, sentence) is shared with the rules; this back-end decides the type, from
(sentence, actor text, recipient text, marked trigger) and the rules' proposal
(``wirewatch.events.relabel``), and the mode: the lexicon's where the type is the lexicon's, the
mode model's (``wirewatch.events.modes``) where the model chose the type. The models load once
per process and run once per document.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wirewatch.events.actor_finder import ActorFinder, load_actor_finder
from wirewatch.events.clause import clause_range
from wirewatch.events.coders import Decision
from wirewatch.events.learned import DEFAULT_MODEL, Relation, RelationClassifier, load_classifier
from wirewatch.events.lexicon import OPEN
from wirewatch.events.modes import decide_mode
from wirewatch.events.ontology import EVENT_TYPES, possible_types, valid_mode
from wirewatch.events.relabel import KEEP_RULES_BELOW, RULES_BOOST, relabel

if TYPE_CHECKING:
    from wirewatch.events.candidates import Candidate
    from wirewatch.events.syntax import MentionIndex
    from wirewatch.schema import ActorRef


# A verb the lexicon does not know becomes a record only when the model is at least this sure
# of one type (None: such verbs are not proposed at all). Off: held out, open verbs raise PLV
# and GSR accuracy at every setting, but read blind on Guardian news their records were less
# precise than the lexicon's at every setting with enough of them to judge (0.474 against 0.483
# at 0.8; RESULTS.md, "Open verbs"). A user who wants the recall can pass open_min=0.8.
OPEN_MIN: float | None = None

# A candidate the rules leave without an actor takes the learned actor finder's best mention
# (``events.actor_finder``) when the finder gives it at least this probability (None: off).
# Off: held out it lifts PLV, the GSR and the written analysis events, but read blind on Guardian
# news the records it added were right 25 to 40% of the time against 45 to 65% for the rest
# (RESULTS.md, P544-P547).
ACTOR_MIN: float | None = None


class LearnedCoder:
    name = "learned"

    def __init__(
        self,
        keep_rules_below: float = KEEP_RULES_BELOW,
        model_dir: Path = DEFAULT_MODEL,
        rules_boost: float = RULES_BOOST,
        open_min: float | None = OPEN_MIN,
        actor_min: float | None = ACTOR_MIN,
    ) -> None:
        self.keep_rules_below = keep_rules_below
        self.rules_boost = rules_boost
        self.open_min = open_min
        self.open_candidates = open_min is not None
        # Path() as well: from a spaCy stage config the folder arrives as a string.
        self.classifier: RelationClassifier = load_classifier(Path(model_dir))
        self.actor_min = actor_min
        self.actor_finder: ActorFinder | None = (
            load_actor_finder(Path(model_dir) / "actors.npz") if actor_min is not None else None
        )

    def find_actors(self, candidates: Sequence[Candidate], index: MentionIndex) -> None:
        """Give each candidate without an actor the actor finder's best mention, where it is
        sure enough (``actor_min``)."""
        if self.actor_finder is None or self.actor_min is None:
            return
        for candidate in candidates:
            if not candidate.actors:
                found = self.actor_finder.best(candidate, index, self.actor_min)
                if found is not None:
                    candidate.actors = [found]

    @property
    def _with_clause(self) -> bool:
        return getattr(self.classifier, "clause_style", "none") != "none"

    def decide(self, candidates: Sequence[Candidate]) -> list[Decision | None]:
        if not candidates:
            return []
        relations = [candidate_relation(c, self._with_clause) for c in candidates]
        proposals = [
            c.proposal.event if c.proposal.event in EVENT_TYPES else None for c in candidates
        ]
        possible = [
            possible_types(bool(c.recipients)) - governing_types(c, candidates) - not_in_trigger(c)
            for c in candidates
        ]
        decisions = relabel(
            self.classifier,
            relations,
            proposals,
            None,
            self.keep_rules_below,
            self.rules_boost,
            possible,
        )
        out: list[Decision | None] = []
        modes = getattr(self.classifier, "modes", None)
        for candidate, relation, decision in zip(candidates, relations, decisions, strict=True):
            if candidate.proposal.event == OPEN and decision.confidence < (self.open_min or 0.0):
                out.append(None)  # an unknown verb the model is not sure is an event
                continue
            # Whoever read the type reads the mode: the lexicon's type keeps the lexicon's mode
            # (none when it has none); a type the model chose takes the mode model's. Judged blind
            # on news, where the two differed the lexicon's mode was right 34 times in 60, the
            # model's 9: it names a weapon or a manner the sentence does not state (RESULTS.md,
            # P513).
            if decision.event == candidate.proposal.event:
                mode = valid_mode(decision.event, candidate.proposal.mode)
            else:
                mode = decide_mode(modes, decision.event, relation.text, relation.trigger, None)
            out.append(Decision(decision.event, mode, decision.confidence))
        return out


def governing_types(candidate: Candidate, candidates: Sequence[Candidate]) -> frozenset[str]:
    """The lexicon's types of the other candidates whose trigger governs this one ("rejected"
    over "Australia's request", "accused" over "mounting a nerve agent attack"): the model,
    which reads the sentence's relation, may not give the governed trigger that type, an
    event already recorded at its own trigger. The lexicon's own proposal is never left out."""
    above = {token.i for token in candidate.head.ancestors}
    return frozenset(
        other.proposal.event
        for other in candidates
        if other is not candidate
        and other.head.doc is candidate.head.doc
        and other.head.i in above
        and other.proposal.event != candidate.proposal.event
    )


# Types the model may give only where the lexicon reads the trigger so: violence (an attack
# and an arrest each a kind of its own), refusal, threat, accusation and protest told elsewhere
# in the sentence ("Agents killed his brother …, the PUK openly sided with Tehran", "will not
# participate in any negotiations", "warned that a major assault would …", "protests … to raise
# awareness of Turkish attacks") are not what a word of siding, negotiating, attacking or
# capturing does (P505, P507, P510, P512).
READ_FROM_TRIGGER = (
    frozenset({"ASSAULT"}),
    frozenset({"COERCE"}),
    frozenset({"REJECT"}),
    frozenset({"THREATEN"}),
    frozenset({"ACCUSE"}),
    frozenset({"PROTEST"}),
)


def not_in_trigger(candidate: Candidate) -> frozenset[str]:
    """The types of ``READ_FROM_TRIGGER`` that the lexicon did not propose for this candidate.
    A candidate with no proposal (an open verb) is not restricted."""
    proposed = candidate.proposal.event
    if proposed not in EVENT_TYPES:
        return frozenset()
    return frozenset().union(*(kind for kind in READ_FROM_TRIGGER if proposed not in kind))


def candidate_relation(candidate: Candidate, with_clause: bool) -> Relation:
    """The classifier's input for a rule candidate: its sentence, its own actor and recipient
    mentions and trigger (offsets into the sentence) and, for a model that reads them, the
    trigger's clause and the lexicon's proposed type."""
    sentence = candidate.sentence
    base = sentence.start_char

    def own(refs: Sequence[ActorRef]) -> tuple[tuple[int, int], ...]:
        return tuple((r.start - base, r.end - base) for r in refs)

    clause = None
    if with_clause:
        people = [(r.start, r.end) for r in (*candidate.actors, *candidate.recipients)]
        clause = clause_range(sentence, candidate.trigger, people)
    return Relation(
        sentence.text,
        candidate.actor_text or None,
        candidate.recipient_text or None,
        trigger=(candidate.trigger.start_char - base, candidate.trigger.end_char - base),
        actor_spans=own(candidate.actors),
        recipient_spans=own(candidate.recipients),
        clause=clause,
        hint=candidate.proposal.event if candidate.proposal.event in EVENT_TYPES else None,
    )


class LLMCoder(LearnedCoder):
    """The same re-labelling with the optional OpenAI-compatible back-end (``events.llm``)."""

    name = "llm"

    def __init__(self, keep_rules_below: float = 0.0) -> None:
        from wirewatch.events.llm import LLMClassifier

        self.keep_rules_below = keep_rules_below
        self.rules_boost = 0.0
        self.open_min = None
        self.open_candidates = False
        self.actor_min = None
        self.actor_finder = None
        self.classifier = LLMClassifier()
