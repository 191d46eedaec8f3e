"""Acts asked of someone else: "Iran urged the rebels to withdraw" is Iran's request, not a
withdrawal by Iran.

The rest of the coder reads a to-infinitive's act as its governor's subject's (subject control:
"Moscow failed to break the siege"). Under a verb of asking with a named addressee that reading
is wrong for a material act, which has not happened and would not be the asker's. For a stance
("Klibi urged the EC to support the PLO") the PLOVER gold codes the urged stance as the urger's
own, so those stay (registration P177, benchmarks/registrations).

Also here: what is asked for, refused or threatened gives the request's, the refusal's or the
threat's mode ("called for a ceasefire": yield; "threatened to boycott the talks": relations).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from wirewatch.events.lexicon import LIGHT_VERBS
from wirewatch.events.ontology import EVENT_TYPES, MATERIAL_CONFLICT, MATERIAL_COOPERATION
from wirewatch.events.syntax import prep_objects

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


# What is asked for, refused or threatened gives a REQUEST's, a REJECT's or a THREATEN's mode
# (the manual's tables), by the word that names the act: the verb ("called on Russia to defend
# them", "refused to engage in Geneva", "threatened to retake the town") or the thing
# ("demanded the release", "rejected talks", "called for a ceasefire", "the threat of attack").
# Asked for or refused: "assist" any exchange, relations or help, "change" a change of policy
# or government that is no concession, "yield" a concession such as a release, a ceasefire or a
# withdrawal, "meet" meetings and negotiations.
ASKED_FOR_MODES: dict[str, str] = {
    **dict.fromkeys(
        (
            "talk", "negotiate", "negotiation", "meet", "meeting", "engage", "attend",
            "dialogue", "summit", "conference", "discussion", "discuss", "consult",
        ),
        "meet",
    ),
    **dict.fromkeys(
        (
            "release", "free", "withdraw", "withdrawal", "ceasefire", "truce", "lift", "ease",
            "surrender", "restraint", "halt", "stop", "end", "cease", "evacuate", "disarm",
            "retreat", "pullout", "leave", "rein", "hand",
            # "urged Turkey to limit its military actions", "to exercise caution" (the tokenizer
            # splits "de-escalate", so only its closed spelling can match)
            "deescalate", "limit", "caution",
        ),
        "yield",
    ),
    **dict.fromkeys(
        (
            "help", "aid", "assist", "assistance", "support", "defend", "protect", "protection",
            "intervene", "cooperate", "cooperation", "supply", "provide", "fund", "arm",
            # handing over a suspect is judicial cooperation (CAMEO: a request for material
            # cooperation)
            "extradition", "extradite",
        ),
        "assist",
    ),
    **dict.fromkeys(("resign", "resignation", "reform", "change", "amend", "transition"), "change"),
}  # fmt: skip
# Threatened: violence, territory taken, talks or ties broken off, restrictions, expulsion or
# arrest. ("military action", "a military operation": the modifier names the violence.)
THREATENED_ACT_MODES: dict[str, str] = {
    **dict.fromkeys(
        (
            "attack", "strike", "hit", "bomb", "invade", "invasion", "incursion", "fight",
            "retaliate", "retaliation", "war", "burn", "kill", "destroy", "shoot", "confrontation",
            "offensive", "assault", "force", "troop", "military", "death",
        ),
        "violence",
    ),
    **dict.fromkeys(("retake", "seize", "occupy", "capture", "annex", "advance"), "territory"),
    **dict.fromkeys(("boycott", "abandon", "leave", "quit", "sever", "suspend"), "relations"),
    **dict.fromkeys(
        ("sanction", "blockade", "ban", "close", "embargo", "curfew", "restrict"), "restrict"
    ),
    **dict.fromkeys(("expel", "deport"), "expel"),
    **dict.fromkeys(("arrest", "detain", "jail", "imprison"), "arrest"),
}  # fmt: skip
ABOUT_MODES = {
    "REQUEST": ASKED_FOR_MODES,
    "REJECT": ASKED_FOR_MODES,
    "THREATEN": THREATENED_ACT_MODES,
}
# The preposition that names what a word of asking or threatening is about ("called for a
# ceasefire", "the threat of attack", "threatened them with sanctions").
ABOUT_PREPS = {
    "REQUEST": frozenset({"for"}),
    "REJECT": frozenset({"for"}),
    "THREATEN": frozenset({"of", "with"}),
}
# A clause's words that may name what it asks or threatens where its verb does not.
CLAUSE_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass"})
# A request's object that is itself a request: what it asks is what is asked or refused
# ("rejected Australia's request for the extradition of …").
ASKING_NOUNS = frozenset({"request", "call", "demand", "appeal", "plea"})
# Verbs whose object names the act ("hold talks", "show restraint", "provide aid").
CARRYING_VERBS = LIGHT_VERBS | {"show", "exercise"}


def what_it_may_be_about(head: Token, preps: frozenset[str]) -> list[Token]:
    """The words that may name what a verb or noun of asking, refusing or threatening is
    about, in the order they are read: its to-infinitive or clause ("its refusal to support"),
    that clause's object and subject, its object, the objects of ``preps`` ("begged the
    government for help": the addressee names no act, the "for" object does)."""
    children = list(head.children)
    clauses = [c for c in children if c.dep_ in ("xcomp", "ccomp", "acl") and not _participle(c)]
    objects = [c for c in children if c.dep_ == "dobj"]
    # a clause that names nothing may say it by its object or subject ("that it risked a
    # military confrontation", "that a military operation would …")
    inside = [c for clause in clauses[:1] for c in clause.children if c.dep_ in CLAUSE_ARGUMENTS]
    return clauses[:1] + inside + objects[:1] + prep_objects(head, preps)


def _participle(clause: Token) -> bool:
    """A noun's clause that only describes it ("demands for a truce, made during a summit"),
    not its to-infinitive ("its refusal to support")."""
    return clause.dep_ == "acl" and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


def mode_of_what_it_is_about(candidate: Candidate) -> None:
    """A request, refusal or threat with no mode of its own takes the mode of what it is about:
    the first of the words that may say it which names a mode."""
    proposal = candidate.proposal
    if proposal.event not in ABOUT_MODES or proposal.mode is not None:
        return
    mode = _named_mode(candidate.head, proposal.event, depth=2)
    if mode is not None:
        candidate.proposal = replace(proposal, mode=mode)


def _named_mode(head: Token, event: str, depth: int) -> str | None:
    modes = ABOUT_MODES[event]
    for act in what_it_may_be_about(head, ABOUT_PREPS[event]):
        if act.lemma_.lower() in CARRYING_VERBS:  # "to hold talks", "to show restraint"
            act = next((c for c in act.children if c.dep_ == "dobj"), act)
        lemma = act.lemma_.lower()
        if lemma in ASKING_NOUNS and event != "THREATEN" and depth > 1:
            # "rejected Australia's request for the extradition": what the request asks
            return _named_mode(act, event, depth - 1)
        if lemma == "step" and event != "THREATEN":
            # "step down" is a resignation, "step up" is not
            down = any(c.dep_ == "prt" and c.lower_ == "down" for c in act.children)
            return "change" if down else None
        mode = modes.get(lemma)
        if mode is None and event == "THREATEN":
            # "military action", "a military operation"
            mode = next(
                (
                    modes[c.lemma_.lower()]
                    for c in act.children
                    if c.dep_ == "amod" and c.lemma_.lower() in modes
                ),
                None,
            )
        if mode is not None:
            return mode
    return None
