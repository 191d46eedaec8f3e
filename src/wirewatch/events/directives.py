"""Acts asked of someone else: "Iran urged the rebels to withdraw" is Iran's request, not a
withdrawal by Iran.

The rest of the coder reads a to-infinitive's act as its governor's subject's (subject control:
"Moscow failed to break the siege"). Under a verb of asking with a named addressee that reading
is wrong for a material act, which has not happened and would not be the asker's. For a stance
("Klibi urged the EC to support the PLO") the PLOVER gold codes the urged stance as the urger's
own, so those stay (registration P177, benchmarks/registrations).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.events.ontology import EVENT_TYPES, MATERIAL_CONFLICT, MATERIAL_COOPERATION

if TYPE_CHECKING:
    from spacy.tokens import Token

    from wirewatch.events.candidates import Candidate
    from wirewatch.events.syntax import MentionIndex

# Verbs whose direct object is asked to do what their to-infinitive names.
ASKING_VERBS = frozenset(
    {
        "urge", "ask", "press", "pressure", "push", "request", "tell", "order", "instruct",
        "command", "direct", "encourage", "invite", "advise", "implore", "beg", "exhort", "warn",
    }
)  # fmt: skip
# Verbs that name their addressee after a preposition ("called on Israel to release").
ASKING_PREPOSITIONS = {"call": frozenset({"on", "upon"}), "appeal": frozenset({"to"})}
# An addressee of these sectors in the asker's own country is the asker's arm, and what it is
# ordered to do is the asker's act ("Trump ordered the Pentagon to strike Syria").
STATE_ARMS = frozenset({"GOV", "MIL", "COP", "SPY"})


def addressee(verb: Token) -> Token | None:
    """Whom a verb of asking addresses: its object, or the object of its addressing preposition."""
    lemma = verb.lemma_.lower()
    if lemma in ASKING_VERBS:
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    preps = ASKING_PREPOSITIONS.get(lemma, frozenset())
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def asked_of_another(candidate: Candidate, index: MentionIndex) -> bool:
    """True for a material act that a verb of asking asks of a named addressee other than the
    asker's own state arms ("urged the rebels to withdraw"; not "ordered the Pentagon to
    strike", nor "called on workers to mobilize against U.S. war moves")."""
    event_type = EVENT_TYPES.get(candidate.proposal.event)
    if candidate.nominal or event_type is None:
        return False
    # A hostile act urged against a target of its own is coded, as the PLOVER gold does, as
    # the asker's hostility to that target ("called on workers to mobilize against U.S. war
    # moves"); a yielding or helping act asked of another is never the asker's.
    hostile_at_target = event_type.quad == MATERIAL_CONFLICT and bool(candidate.recipients)
    if event_type.quad not in {MATERIAL_COOPERATION, MATERIAL_CONFLICT} or hostile_at_target:
        return False
    act = candidate.head
    while act.dep_ == "conj" and act.head.pos_ in {"VERB", "AUX"}:
        act = act.head  # "urged them to withdraw and disarm"
    if act.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return False
    asked = addressee(act.head)
    if asked is None:
        return False
    asked_refs = index.resolve_all(asked)
    if not asked_refs:
        return False
    asker_codes = {a.code for a in candidate.actors if a.code}
    return not any(a.code in asker_codes and a.sector in STATE_ARMS for a in asked_refs)
