"""The sense a verb's object or complement gives it: "met Putin" is a meeting, "met the demands
of Iran" a concession, "met the criteria" no event at all.

Each rule was registered and judged on its own (benchmarks/registrations, from P184c on); they
share one question — once the parse says what the verb is done to (or, for a remark, who makes
it and how), is it still the lexicon's event? — and so one place, consulted by the candidate
finder for every verbal trigger.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wirewatch.events.arguments import (
    author_of,
    has_author,
    is_captive_person,
    object_words,
    party_of_thing,
    prep_actors,
)
from wirewatch.events.lexicon import (
    ADDRESSED_NO_ONE,
    APPROVED,
    APPROVED_THINGS,
    ASKED_FOR_THINGS,
    AUTHOR_PREPS,
    BLOCKED_PROPOSAL,
    CAPTURED_PERSON,
    CONFISCATED,
    CONFISCATED_THINGS,
    FORMAL_PROTEST,
    MEETING_DEMANDS,
    MEETING_NOUNS,
    MET_DEMANDS,
    MET_STANDARDS,
    NOT_VISITORS,
    PLEA_WORDS,
    PLEADED_GUILTY,
    PROPOSAL_NOUNS,
    STATE_SECTORS,
    UNREQUESTED_ACTS,
    WITHDRAWN_THINGS,
    Trigger,
)
from wirewatch.events.partners import to_infinitive
from wirewatch.events.syntax import (
    RELATIVE_PRONOUNS,
    of_object,
    relative_antecedent,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from wirewatch.events.syntax import MentionIndex
    from wirewatch.schema import ActorRef


@dataclass
class Sense:
    proposal: Trigger
    # recipients the sense itself names, for when the object gives none ("the conditions set
    # by the EU": the EU receives the concession)
    recipients: list[ActorRef] = field(default_factory=list)


# Objects that make a verb name no event: a weapon drawn is no withdrawal, and an election, a
# case or a disease fought is no violence.
WEAPONS_DRAWN = frozenset(
    {"knife", "gun", "pistol", "handgun", "revolver", "rifle", "weapon", "firearm", "blade"}
)
FOUGHT_NON_VIOLENTLY = frozenset(
    {"election", "elections", "case", "lawsuit", "charge", "charges", "ruling", "ban", "fire"}
    | {"fires", "blaze", "disease", "cancer", "corruption", "poverty"}
)
# A mood, attention or likeness captured is caught in words or pictures; a gas captured is
# trapped. Nobody is taken.
CAPTURED_NON_CAPTIVES = frozenset(
    {"mood", "interest", "attention", "imagination", "hearts", "mind", "minds"}
    | {"spirit", "essence", "predicament", "moment", "image", "carbon", "dioxide", "co2"}
    | {"sulfur", "sulphur", "emissions", "gas", "methane"}
)
# What a source asks a reporter for is a reporting convention, not a request of anyone.
ASKED_OF_REPORTERS = frozenset({"anonymity", "confidentiality"})
# How a proposal or a report was received: "met with anger", "met with scepticism".
RECEPTIONS = frozenset(
    {
        "anger", "criticism", "scepticism", "skepticism", "outrage", "dismay", "concern",
        "resistance", "silence", "approval", "applause", "derision", "ridicule", "disbelief",
        "suspicion", "hostility", "fury", "alarm", "indifference", "relief", "surprise",
        "protest", "protests", "condemnation", "opposition", "praise", "enthusiasm", "caution",
        "incredulity", "consternation", "bewilderment", "delight", "jubilation", "cheers",
    }
)  # fmt: skip
NO_EVENT_OBJECTS = {
    "draw": WEAPONS_DRAWN,
    "fight": FOUGHT_NON_VIOLENTLY,
    "capture": CAPTURED_NON_CAPTIVES,
}
# Wh-words opening a clause that asks a question ("why", "who", "which", "what", "how").
QUESTION_WORD_TAGS = frozenset({"WRB", "WP", "WDT"})
# Subjects that are more than one side, so that discussing among them is consulting.
SEVERAL_SIDES = frozenset({"they", "we", "both", "two", "all", "each"})
# A state pulled out of something is withdrawn by its leaders ("pulled America out of the
# accord"), as its forces are.
WITHDRAWING_SECTORS = frozenset({"GOV", "MIL"})


def object_sense(
    verb: Token, proposal: Trigger, obj: Token | None, own_object: Token | None, index: MentionIndex
) -> Sense | None:
    """The verb's trigger once its object is known; None where the words name no event."""
    lemma = verb.lemma_.lower()
    if lemma == "refuse":
        refused = to_infinitive(verb, frozenset({"xcomp"}))
        if refused is not None and refused.lemma_.lower() in UNREQUESTED_ACTS:
            return None  # "refused to comment on the report"
    if lemma == "demonstrate" and (
        obj is not None or any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return None  # "demonstrated their position": shown, not protested
    if (
        lemma == "host"
        and obj is not None
        and obj.pos_ == "NOUN"
        and not any(index.get(t) for t in obj.subtree)
        and not object_words(obj) & MEETING_NOUNS
    ):
        return None  # "hosts 19th annual fundraiser"; not "hosts Japan's Crown Prince"
    if lemma == "plead":
        return _plea(verb, proposal)
    if own_object is not None and object_words(own_object) & NO_EVENT_OBJECTS.get(
        lemma, frozenset()
    ):
        return None  # "pulled out a knife", "fought elections", "captured the public mood"
    if lemma == "pull" and own_object is not None and not _withdrawn(own_object, index):
        return None  # "pulled a box cutter out of her purse", "pulled the child out"
    if lemma == "ask" and _asks_a_question(verb):
        return None  # "asked him if he was …": a question, not a request
    if lemma == "discuss" and not _with_counterpart(verb):
        return None  # "would not discuss individual cases": a comment, not a consultation
    if lemma == "visit" and _visiting_no_one(verb, own_object, index):
        return None  # "a woman visiting from Canada", "soldiers visiting a local market"
    if lemma == "meet" and _met_with_a_reception(verb):
        return None  # "the report has been met with anger by the families"
    if lemma == "meet" and own_object is not None:
        return _met(own_object, proposal, index)
    if lemma == "receive" and own_object is not None and _not_visitors(own_object, index):
        return None  # "received Patriot missiles", "received wounded civilians"
    if lemma == "capture" and own_object is not None and _arrested(own_object):
        return Sense(CAPTURED_PERSON)  # "Clark was captured following a brief manhunt"
    if lemma == "seize" and own_object is not None and _confiscated(own_object):
        return Sense(CONFISCATED)  # "police seized drugs"; not "seized the town"
    if (
        lemma == "sanction"
        and own_object is not None
        and own_object.lemma_.lower() in APPROVED_THINGS
    ):
        return Sense(APPROVED)  # "the move was quietly sanctioned by Moscow"
    if lemma == "block" and obj is not None and object_words(obj) & PROPOSAL_NOUNS:
        return Sense(BLOCKED_PROPOSAL)  # "blocked Sweden's bid to join Nato"
    if lemma == "protest":
        return _protested_to(verb, proposal, index)
    if proposal.event == "REQUEST" and _asked_of_reporters(verb, own_object):
        return None  # "said one aid official, who requested anonymity"
    if proposal.event == "REQUEST" and obj is not None and object_words(obj) & ASKED_FOR_THINGS:
        # "demanded an apology from India": India is asked
        return Sense(proposal, prep_actors(obj, frozenset({"from"}), index, depth=0))
    return Sense(proposal)


def _arrested(captive: Token) -> bool:
    """A person captured, by whoever captures them, is taken prisoner: an arrest, not the
    taking of a town ("captured by Kurdish forces", "Clark was captured following a manhunt")."""
    if captive.lower_ in RELATIVE_PRONOUNS:
        captive = relative_antecedent(captive) or captive  # "Davis, who was captured"
    return is_captive_person(captive)


def _visiting_no_one(verb: Token, visited: Token | None, index: MentionIndex) -> bool:
    """A participle or gerund of "visit" that visits no actor: "a woman visiting from Canada",
    "soldiers visiting a local market", "by visiting and taking part". A finite verb keeps its
    own reading ("Rice visited the region" is still a diplomatic visit)."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"acl", "advcl", "pcomp", "pobj", "xcomp"}:
        return False
    return visited is None or index.resolve(visited) is None


def _met_with_a_reception(verb: Token) -> bool:
    """ "was met with anger", "met the plan with scepticism": a reception, not a meeting."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in RECEPTIONS for o in c.children)
        for c in verb.children
    )


def _asked_of_reporters(verb: Token, own_object: Token | None) -> bool:
    """ "requested anonymity", "asked for anonymity": what a source asks the reporter for."""
    asked = [own_object] if own_object is not None else []
    asked += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(a.lemma_.lower() in ASKED_OF_REPORTERS for a in asked)


def _asks_a_question(verb: Token) -> bool:
    """ "ask her why she …", "asked whether Russia would agree", "ask Sharf the question",
    "'Why are we …?,' Trump asked": asking a question requests nothing. Asking someone to do
    something or for something ("asked him to leave", "asked for help") stays a request."""
    if to_infinitive(verb, frozenset({"xcomp", "ccomp"})) is not None or any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children
    ):
        return False
    if any(c.dep_ in {"dobj", "dative"} and c.lemma_.lower() == "question" for c in verb.children):
        return True
    for clause in verb.children:
        if clause.dep_ in {"ccomp", "xcomp", "advcl"} and (
            clause.left_edge.tag_ in QUESTION_WORD_TAGS
            or any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in clause.children)
        ):
            return True
    return _after_a_question_mark(verb)


def _after_a_question_mark(verb: Token) -> bool:
    """A direct question before the verb in its sentence, or closing the sentence before when
    the verb's own starts with the closing quote ("'… withdraw?,' Merkel asked Putin")."""
    doc = verb.doc
    start = verb.sent.start
    if start > 0 and doc[start].is_punct:
        start = doc[start - 1].sent.start
    return any(t.text == "?" for t in doc[start : verb.i])


def _with_counterpart(verb: Token) -> bool:
    """Whether a discussion has someone to be held with: a "with" phrase in the verb's clause
    or on the verb it completes ("met with the governor to discuss"), an object of that verb
    ("called Lavrov to discuss"), or a subject of more than one side ("the two discussed")."""
    doer = _clause_subject(verb)
    inside_doer = set() if doer is None else {t.i for t in doer.subtree}
    if any(t.lower_ == "with" and t.i not in inside_doer for t in verb.subtree):
        return True
    if verb.dep_ in {"xcomp", "advcl"} and any(
        c.lower_ == "with" or c.dep_ == "dobj" for c in verb.head.children
    ):
        return True
    if doer is None or doer.lower_ in RELATIVE_PRONOUNS:
        return True  # nobody to count: left as the lexicon reads it
    return (
        doer.tag_ in {"NNS", "NNPS", "CD"}
        or doer.lower_ in SEVERAL_SIDES
        or any(t.dep_ == "conj" for t in _own_words(doer))  # "Donald Trump and Theresa May"
    )


def _own_words(noun: Token) -> list[Token]:
    """The noun phrase's words outside its prepositional phrases and clauses ("a spokesperson
    for the Foreign and Commonwealth Office" -> "a spokesperson")."""
    words = [noun]
    for child in noun.children:
        if child.dep_ not in {"prep", "relcl", "acl", "appos", "punct"}:
            words.extend(_own_words(child))
    return words


def _clause_subject(verb: Token) -> Token | None:
    """The subject of the verb, or of the verb whose complement it is ("declined to discuss")."""
    current = verb
    for _ in range(3):
        found = next((c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if found is not None or current.dep_ not in {"xcomp", "conj"}:
            return found
        current = current.head
    return None


def _withdrawn(pulled: Token, index: MentionIndex) -> bool:
    """Whether what is pulled out or back is what a side withdraws: forces, diplomats, a
    mission, or a state itself."""
    if object_words(pulled) & WITHDRAWN_THINGS:
        return True
    found = index.resolve_all(pulled)
    # a country itself is its own dictionary entry, its code its id ("America": USA)
    return any(r.sector in WITHDRAWING_SECTORS or (r.id and r.id == r.code) for r in found)


def _confiscated(seized: Token) -> bool:
    return bool(object_words(seized) & CONFISCATED_THINGS) or seized.ent_type_ == "MONEY"


def _not_visitors(received: Token, index: MentionIndex) -> bool:
    found = index.resolve_all(received)
    return any(r.id and r.id.startswith("GEN-") and r.sector in NOT_VISITORS for r in found)


def _protested_to(verb: Token, proposal: Trigger, index: MentionIndex) -> Sense:
    """Protesting to another side is a diplomatic complaint ("the Philippines protested to
    China over …"), as a protest lodged with it is; protesters in the street demonstrate."""
    heard = [
        ref
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for ref in index.resolve_all(pobj)
        if ref.sector not in ADDRESSED_NO_ONE
    ]
    return Sense(FORMAL_PROTEST, heard) if heard else Sense(proposal)


def _plea(verb: Token, proposal: Trigger) -> Sense | None:
    """A plea in court admits the charge ("pleaded guilty") or names no event ("pleaded not
    guilty", "plead in money laundering case"); pleading with someone or for something asks."""
    plea = next((c for c in verb.children if c.lower_ in PLEA_WORDS), None)
    denied = plea is None or any(c.dep_ == "neg" for c in (*verb.children, *plea.children))
    if plea is not None and plea.lower_ == "guilty" and not denied:
        return Sense(PLEADED_GUILTY)
    asks = any(c.dep_ == "prep" and c.lower_ in {"with", "for"} for c in verb.children)
    if plea is not None or not (
        asks or to_infinitive(verb, frozenset({"xcomp", "advcl"})) is not None
    ):
        return None
    return Sense(proposal)


def _met(met: Token, proposal: Trigger, index: MentionIndex) -> Sense | None:
    """Meeting someone's demand concedes it to them; a criterion, need or deadline met, or a
    demand nobody is said to have made (a market's), is no event."""
    words = object_words(met)  # also "few of the preconditions"
    if words & MET_STANDARDS:
        return None
    if not words & MET_DEMANDS:
        return Sense(proposal)
    demand = met if met.lemma_.lower() in MET_DEMANDS else of_object(met) or met
    if not has_author(demand):
        return None  # "meet those increasing demands"
    # whose demand: its owner, or who set or made it ("conditions set by the EU")
    made_by = party_of_thing(demand, index) or author_of(demand, AUTHOR_PREPS, index)
    return Sense(MEETING_DEMANDS, made_by)


def private_remark(verb: Token, actors: list[ActorRef]) -> bool:
    """ "he admits he has found it hard", "'The year was not good,' Waskow admitted": a private
    person's remark conceding nothing to anyone. A fault named as the object ("admitted
    responsibility"), a state's or a body's admission, and a past admission of an act told
    after the verb ("admitted that he shot …") stay concessions."""
    if verb.lemma_.lower() != "admit" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if not actors or any(a.code or a.sector in STATE_SECTORS for a in actors):
        return False
    return verb.tag_ in {"VBZ", "VBP"} or _told_before(verb)


def _told_before(verb: Token) -> bool:
    """The speaker's phrase follows what was said after a comma or a closing quote ("…,” Waskow
    admitted"), not a cleft's "It was recently that Rice admitted …"."""
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.i > verb.i:
        return False
    said_before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) or (
        verb.dep_ in {"parataxis", "ccomp"} and verb.head.i < verb.i
    )
    start = speaker.left_edge.i
    return said_before and start > verb.sent.start and verb.doc[start - 1].is_punct
