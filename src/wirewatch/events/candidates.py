"""Candidate events: a trigger with its actor, recipient, place argument and sentence.

This is the part every coder back-end shares. It finds triggers from the lexicon and fills the
arguments from the parse; it does not decide the event type (the lexicon's type is only a
proposal, ``Candidate.proposal``): a back-end in ``wirewatch.events.coders`` decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirewatch.actors.dictionary import ARMED_SECTORS
from wirewatch.events.lexicon import (
    ACCEPT_PEOPLE,
    ACCEPT_PROPOSAL,
    ACCEPTED_PEOPLE,
    ACCEPTED_PROPOSALS,
    ACCEPTING_VERBS,
    AGREEING_VERBS,
    AGREEING_WITH_A_VIEW,
    AID_TRIGGER,
    ARMED_NOUNS,
    AUTHOR_PREPS,
    BACKING_WORDS,
    BLOCKADE_WORDS,
    CALLING_WORDS,
    CIVIL_SECTORS,
    CLASH_WORDS,
    COMMISSIVE_NOUNS,
    COMMISSIVE_VERBS,
    DIPLOMAT_NOUNS,
    ENEMY_PREPS,
    EXPEL_DIPLOMATS,
    FORCE_THEMES,
    GIVING_NOUNS,
    LEAVING_A_PACT,
    LEFT_THINGS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    MATERIAL_MODIFIERS,
    MATERIAL_NOUNS,
    MATERIAL_THEMES,
    MATERIAL_VERBS,
    MEASURE_NOUNS,
    MEETING_PREPS,
    MOBILIZE_FORCES,
    NOUN_COMPOUNDS,
    NOUNS,
    OBJECT_LIGHT_VERBS,
    OBSTRUCT,
    OPEN_VERB,
    PACT_NOUNS,
    PHRASAL,
    PLACE,
    PLACE_NOUNS,
    PROPOSAL_NOUNS,
    RECEIVING_VERBS,
    SIEGE_WORDS,
    SIGNING_OBJECTS,
    STATE_OF_SIEGE,
    STOPPABLE,
    STOPPING_NOUNS,
    STOPPING_VERBS,
    TARGET_NOUNS,
    TARGET_PREPS,
    THEME,
    THREAT_WORDS,
    THREATENED_MODES,
    UNARMED_CLASH,
    UNDERTAKING_MODALS,
    VERBAL_MODIFIERS,
    VERBS,
    WARNING_TO_ACT,
    WARNING_WORDS,
    Trigger,
)
from wirewatch.events.ontology import EVENT_TYPES, MATERIAL_CONFLICT, VERBAL_CONFLICT
from wirewatch.events.syntax import (
    PARTITIVE_NOUNS,
    MentionIndex,
    climb_agent,
    light_noun,
    nominal_agent,
    nominal_climb,
    of_object,
    owner_of_thing,
    passive_agent,
    prefer_named,
    prep_object,
    stray_agent,
    subject,
)
from wirewatch.schema import ActorRef

NOUN_POS = {"NOUN", "PROPN"}
MEETING_NOUNS = {n for n, t in NOUNS.items() if t.event == "CONSULT"} | {"talk", "session"}
VERB_POS = {"VERB"}


@dataclass
class Candidate:
    """One possible event, before a back-end decides its type."""

    trigger: Span  # the trigger words ("telephone conversation", "taken")
    head: Token  # the trigger's syntactic head
    proposal: Trigger  # the lexicon entry that fired
    nominal: bool
    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    place: Span | None = None  # an explicit place argument ("took Adra", "capture of X")
    light_verb: Token | None = None  # "providing" in "providing military aid"
    adjectival: bool = False  # "US-backed forces": a standing relation, no tense of its own

    @property
    def sentence(self) -> Span:
        return self.head.sent

    @property
    def actor_text(self) -> str:
        return "; ".join(a.text for a in self.actors)

    @property
    def recipient_text(self) -> str:
        return "; ".join(r.text for r in self.recipients)


def material_backing(candidate: Candidate) -> None:
    """Backing by or of an armed actor, or backing by material means, is AID.

    The PLOVER manual keeps SUPPORT "only for political, diplomatic, and non-material support"
    ("verbal cooperation") and puts "military and police assistance including arms and
    personnel" under AID. A state that backs a military, rebel or paramilitary force ("US-backed
    Kurdish forces", "Turkey has supported the rebels", "government forces backed by Moscow")
    lends it military means, and so does a force that backs others ("backed by US troops");
    backing named as material is material ("lethal US backing for Saddam Hussein", "supported
    Karzai with military aid"). Backing a government, an opposition or a plan by a state
    ("UN-backed talks") stays SUPPORT.
    """
    if not (
        candidate.proposal.event == "SUPPORT"
        and candidate.head.lemma_.lower() in BACKING_WORDS
        # AID needs a recipient: backing of nobody named stays a SUPPORT record
        and candidate.recipients
    ):
        return
    armed = any(is_armed(r) for r in (*candidate.actors, *candidate.recipients))
    if armed or names_material(candidate.head):
        candidate.proposal = AID_TRIGGER


def commissive_of(candidate: Candidate) -> Token | None:
    """The commissive word whose to-infinitive the candidate's clause is ("threatened to
    attack", "the threat to expel", "vowed to continue the offensive"), or None."""
    clause = candidate.light_verb if candidate.nominal else candidate.head
    if clause is None:
        return None
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head  # "threatened to attack and seize the town"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    governor = clause.head
    lemma = governor.lemma_.lower()
    if clause.dep_ == "xcomp" and governor.pos_ == "VERB" and lemma in COMMISSIVE_VERBS:
        return governor
    if clause.dep_ == "acl" and governor.pos_ in NOUN_POS and lemma in COMMISSIVE_NOUNS:
        return governor
    return None


def commitment(governor: Token, complement: Candidate) -> Trigger | None:
    """What committing to the complement is: a threat (its mode the threatened act) under a
    threat word or when the act is conflict; None for a promise of cooperation, which keeps
    its own record (judged blind, such merged promises were mostly wrong: RESULTS.md, P13)."""
    event = complement.proposal.event
    if event not in EVENT_TYPES:
        return None
    if governor.lemma_.lower() not in THREAT_WORDS and EVENT_TYPES[event].quad not in {
        VERBAL_CONFLICT,
        MATERIAL_CONFLICT,
    }:
        return None
    if event == "ASSAULT" and complement.place is not None:
        mode = "territory"
    else:
        mode = THREATENED_MODES.get((event, complement.proposal.mode)) or THREATENED_MODES.get(
            (event, None)
        )
    return Trigger("THREATEN", mode)


def commissive_complements(found: list[Candidate], index: MentionIndex) -> list[Candidate]:
    """A threatened act is not an event of its own: the threat is, with the act's participants
    where it names none ("Turkey threatened to attack Kurdish fighters": one THREATEN by Turkey
    on the fighters, no attack; "vowed to attack" likewise). The first complement says what is
    threatened ("threatened to attack and seize": violence)."""
    by_head = {c.head.i: c for c in found}
    committed: set[int] = set()
    dropped: set[int] = set()
    for complement in list(found):
        governor = commissive_of(complement)
        proposal = commitment(governor, complement) if governor is not None else None
        if governor is None or proposal is None:
            continue
        dropped.add(id(complement))
        owner = by_head.get(governor.i)
        if owner is None:
            owner = Candidate(
                governor.doc[governor.i : governor.i + 1],
                governor,
                proposal,
                nominal=governor.pos_ in NOUN_POS,
            )
            # the one who commits: the commissive verb's subject or the noun's owner
            agent = (
                nominal_agent(governor, index)
                if owner.nominal
                else subject(governor) or climb_agent(governor, index)
            )
            owner.actors = index.resolve_all(agent) if agent is not None else []
            by_head[governor.i] = owner
            found.append(owner)
        if governor.i not in committed:
            committed.add(governor.i)
            owner.proposal = proposal
        owner.actors = owner.actors or list(complement.actors)
        owner.recipients = owner.recipients or [
            r for r in complement.recipients if r not in owner.actors
        ]
    return [c for c in found if id(c) not in dropped]


def refused_acts(found: list[Candidate], index: MentionIndex) -> None:
    """A refusal is aimed where the refused act is: "refused to accept a request from Russia"
    rejects Russia's request. The act keeps its own (negated) record."""
    by_head = {c.head.i: c for c in found}
    for refusal in found:
        if refusal.nominal or refusal.proposal.event != "REJECT" or refusal.recipients:
            continue
        act = next(
            (
                c
                for c in refusal.head.children
                if c.dep_ == "xcomp"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if act is None:
            continue
        if (complement := by_head.get(act.i)) is not None:
            aimed_at = complement.recipients
        else:
            obj = next((c for c in act.children if c.dep_ == "dobj"), None)
            aimed_at = (index.resolve_all(obj) or party_of_thing(obj, index)) if obj else []
        refusal.recipients = others(aimed_at, refusal.actors)


def is_armed(ref: ActorRef) -> bool:
    """A military, rebel or paramilitary actor, or an armed body by its head noun ("government
    forces" is coded as the government)."""
    return ref.sector in ARMED_SECTORS or ref.text.split()[-1].lower() in ARMED_NOUNS


def state_of_siege(candidate: Candidate) -> None:
    """ "declared a state of siege" is a decree restricting people, not an armed siege."""
    head = candidate.head
    if (
        head.lemma_.lower() in SIEGE_WORDS
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() == "state"
    ):
        candidate.proposal = STATE_OF_SIEGE


def accepted_thing(candidate: Candidate) -> None:
    """Accepting or welcoming people is asylum (AID); accepting a proposal or pact is agreeing
    (AGREE; welcoming one stays backing)."""
    verb = candidate.head
    lemma = verb.lemma_.lower()
    if candidate.nominal or lemma not in ACCEPTING_VERBS:
        return
    thing = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if thing is None and verb.dep_ == "acl":
        thing = verb.head  # "the refugees accepted by Canada"
    words = object_words(thing) if thing is not None else set()
    if words & ACCEPTED_PEOPLE:
        candidate.proposal = ACCEPT_PEOPLE
    elif words & ACCEPTED_PROPOSALS and lemma == "accept":
        candidate.proposal = ACCEPT_PROPOSAL


def leaving_a_pact(candidate: Candidate) -> None:
    """ "pulled out of the Iran deal", "withdrawing from the agreement": leaving a pact or talks
    rejects them (not RETREAT, nor a strike when the word is "walk out")."""
    if candidate.proposal.event not in {"RETREAT", "PROTEST"}:
        return
    head = candidate.head
    # "out of the deal": the parser hangs "of" on "out"
    holders = [head, *(c for c in head.children if c.lower_ == "out")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}:
                left = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if left is not None and left.lemma_.lower() in LEFT_THINGS:
                    candidate.proposal = LEAVING_A_PACT
                    return


def agreeing_with_a_view(candidate: Candidate) -> None:
    """ "agreed with Trump that a blow had been struck", "agree with the rationale": backing a
    view (SUPPORT), not an agreement to act ("agreed with Iran to exchange technology")."""
    verb = candidate.head
    if candidate.nominal or verb.lemma_ not in AGREEING_VERBS:
        return
    if prep_object(verb, "with") is None or any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in {"on", "to"}) for c in verb.children
    ):
        return
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    # with no clause, agreeing with a view rather than with an actor
    if (not undertakes(clause)) if clause is not None else not candidate.recipients:
        candidate.proposal = AGREEING_WITH_A_VIEW


def warning_to_act(candidate: Candidate) -> None:
    """ "warned Trump to avoid military action", "warned Russia against treating …": a warning
    to do or not to do something asks (REQUEST); one of consequences stays a threat."""
    verb = candidate.head
    if candidate.nominal or verb.lemma_ not in WARNING_WORDS or not candidate.recipients:
        return
    if any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "against") for c in verb.children
    ):
        candidate.proposal = WARNING_TO_ACT


def names_something(verb: Token, obj: Token) -> bool:
    """ "called the rebels terrorists", "called Britain's ambassador a very stupid guy": an
    object complement makes a call a naming, not a phone call."""
    return any(c.dep_ in {"oprd", "ccomp", "xcomp"} and c is not obj for c in verb.children) or any(
        c.dep_ == "appos" and c.pos_ == "NOUN" for c in obj.children
    )


def unarmed_clash(candidate: Candidate) -> None:
    """A clash in which a named person takes part and nobody bears arms is a row ("the senator
    has clashed repeatedly with Trump"), the manual's disapproval, not a fight."""
    if candidate.head.lemma_.lower() not in CLASH_WORDS or candidate.proposal.event != "ASSAULT":
        return
    sides = [*candidate.actors, *candidate.recipients]
    if not sides or any(is_armed(r) or r.sector == "COP" for r in sides):
        return
    doc = candidate.head.doc
    if any(is_individual(r, doc) for r in sides):
        candidate.proposal = UNARMED_CLASH


def is_individual(ref: ActorRef, doc: Doc) -> bool:
    """A person: a dictionary person, or a name the parser calls a person."""
    if ref.id is not None and ref.id.startswith("P-"):
        return True
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ == "PERSON"


def names_a_pact(candidate: Candidate) -> bool:
    """ "pulled out of the Iran nuclear deal", "support for the deal", "under the agreement": a
    pact named under a preposition, with no verb of making it, is an existing pact, not an
    agreement made."""
    noun = candidate.head
    return (
        candidate.nominal
        and candidate.proposal.event == "AGREE"
        and noun.lemma_.lower() in PACT_NOUNS
        and candidate.light_verb is None
        and noun.dep_ == "pobj"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        # "put their names to the Cairo agreement" signs it
        and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in SIGNING_OBJECTS
            for c in noun.head.head.children
        )
    )


def civil_blockade(candidate: Candidate) -> None:
    """Blocking roads or ports is a state's restriction (COERCE) but, done by civilians or the
    opposition, the manual's protest by obstruction ("truckers blockaded the highway")."""
    if (
        candidate.head.lemma_.lower() in BLOCKADE_WORDS
        and candidate.actors
        and all(a.sector in CIVIL_SECTORS for a in candidate.actors)
    ):
        candidate.proposal = OBSTRUCT


def modifiers(word: Token) -> set[str]:
    """The lemmas of a word's modifiers, coordinated ones included ("political and military")."""
    direct = [c for c in word.children if c.dep_ in {"amod", "compound"}]
    return {m.lemma_.lower() for c in direct for m in (c, *c.conjuncts)}


def names_material(head: Token) -> bool:
    """ "military support", "US air support", or "supported … with military aid"."""
    if modifiers(head) & MATERIAL_MODIFIERS:
        return True
    for prep in head.subtree:  # the parser may hang "with" on the object ("Karzai … with aid")
        if prep.dep_ == "prep" and prep.lower_ == "with":
            words = {t.lemma_.lower() for pobj in prep.children for t in pobj.subtree}
            if words & (MATERIAL_NOUNS | MATERIAL_MODIFIERS):
                return True
    return False


def is_verbal_backing(noun: Token) -> bool:
    """ "political support", not "political and military support"."""
    words = modifiers(noun)
    return bool(words & VERBAL_MODIFIERS) and not words & MATERIAL_MODIFIERS


def gives_material(theme: Token) -> bool:
    """ "sent troops", "provided arms and air cover", "$3bn", "amounts of aid", "them" (said
    before); not "a green light", "a rebuke", "birth"."""
    if theme.pos_ == "PRON":
        return True
    inner = of_object(theme)
    words = [theme, *theme.conjuncts, *([inner, *inner.conjuncts] if inner is not None else [])]
    words += [
        c for w in words for c in w.children if c.dep_ in {"compound", "nummod", "quantmod", "nmod"}
    ]
    return any(w.lemma_.lower() in MATERIAL_THEMES or w.like_num or w.tag_ == "$" for w in words)


def names_pact(verb: Token, obj: Token | None) -> bool:
    """ "signed a treaty", "signed it", "A and B signed"; not "signed an executive order",
    "signs his name to the bill", "signing up for insurance"."""
    if obj is not None and obj.lemma_.lower() in PACT_NOUNS:
        return True
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    return obj is None or obj.pos_ == "PRON"


def is_among(obj: Token, words: frozenset[str]) -> bool:
    """A pronoun, or an object (or its "of" phrase, or a coordinated one) among these words."""
    return obj.pos_ == "PRON" or bool(object_words(obj) & words)


def object_words(obj: Token) -> set[str]:
    """An object's words, its coordinated ones' and its "of" phrase's ("thousands of refugees"),
    each as written and as lemma (the small model lemmatises "data" as "datum")."""
    inner = of_object(obj)
    found = [obj, *obj.conjuncts, *([inner] if inner is not None else [])]
    return {w for t in found for w in (t.lemma_.lower(), t.lower_)}


def states_a_view(verb: Token) -> bool:
    """ "agreed that the regime is responsible": a that-clause with no modal, and nothing agreed
    to or with, is a shared view; "agreed that they should cooperate" is an undertaking."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    if any(
        c.dep_ in {"xcomp", "dobj"} or (c.dep_ == "prep" and c.lower_ in {"to", "on", "with"})
        for c in verb.children
    ):
        return False
    return not undertakes(clause)


def undertakes(clause: Token) -> bool:
    """A that-clause with a modal ("that their countries should cooperate") undertakes
    something; without one ("that the regime is responsible") it states a view."""
    return any(c.dep_ == "aux" and c.lower_ in UNDERTAKING_MODALS for c in clause.children)


def dative_object(token: Token) -> Token | None:
    """The receiver a dative names: the token itself, or the object of a dative "to"/"for"
    (the parser labels "provided support to Damascus"'s "to" dative, not prep)."""
    if token.pos_ != "ADP":
        return token
    return next((c for c in token.children if c.dep_ == "pobj"), None)


def clause_subjects(head: Token, index: MentionIndex) -> list[ActorRef]:
    """Who a request is made of, named as the subject of its that-clause: "demanding that the
    Turkish government provide information", "its demand that US ease sanctions"."""
    for clause in head.children:
        if clause.dep_ not in {"ccomp", "acl"} or clause.pos_ not in {"VERB", "AUX"}:
            continue
        if head.pos_ in NOUN_POS and not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
        ):
            continue  # a noun's clause: only "that" makes it the content of the request
        who = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if who is not None:
            return index.resolve_all(who)
    return []


def others(refs: list[ActorRef], actors: list[ActorRef]) -> list[ActorRef]:
    """The refs that are not one of the actors under another mention ("Russia … demanding
    that Russia be involved"; "They have requested that they are left alone")."""

    def who(ref: ActorRef) -> tuple:
        return (
            (ref.id,)
            if ref.id and not ref.id.startswith("GEN-")
            else (ref.name, ref.code, ref.sector)
        )

    selves = {who(a) for a in actors}
    return [r for r in refs if who(r) not in selves]


def meeting_host(noun: Token, proposal: Trigger) -> Token | None:
    """Who takes part in a meeting named only in a phrase of a verb: the verb's subject
    ("Erdogan discussed Libya with Trump in a phone call", "demanded … at the fourth round of
    talks")."""
    if proposal.event != "CONSULT" or noun.dep_ != "pobj":
        return None
    if noun.head.lower_ not in MEETING_PREPS or noun.head.head.pos_ != "VERB":
        return None
    return subject(noun.head.head)


def names_a_time(prep: Token) -> bool:
    """ "on Sunday": a preposition of time, never part of a phrasal verb ("called on")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def is_place(token: Token, places: set[int]) -> bool:
    return (
        token.i in places
        or token.lemma_.lower() in PLACE_NOUNS
        or token.ent_type_ in {"GPE", "LOC", "FAC"}
    )


def place_span(token: Token, places: set[int]) -> Span:
    """The place words of an object: "the town of Jassim" -> Jassim; "Kindi barracks"."""
    if token.lemma_.lower() in PLACE_NOUNS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and is_place(pobj, places):
                        return place_span(pobj, places)
    left = token.i
    for child in token.lefts:
        if child.dep_ in {"compound", "amod", "nmod"} and (child.pos_ == "PROPN" or child.is_title):
            left = min(left, child.left_edge.i)
    return token.doc[left : token.i + 1]


def recipients(target: Token, proposal: Trigger, index: MentionIndex) -> list[ActorRef]:
    """Who an event is done to: the actors the target names, or else the actor that owns it
    ("shelled a Hezbollah command post"). A trigger that needs an actor as its object takes an
    owner only of a military target ("struck Turkish army positions"; "released a Hamas video"
    releases no one)."""
    found = index.resolve_all(target)
    if found or (proposal.needs_actor_object and target.lemma_.lower() not in TARGET_NOUNS):
        return found
    return party_of_thing(target, index)


def party_of_thing(thing: Token, index: MentionIndex) -> list[ActorRef]:
    """The actor a thing belongs to ("condemned Trump's sanctions", "rejected Saddam's
    proposal"), else, for a measure, its target ("lifted sanctions on Iran") and, for a
    proposal, its author ("rejected a request from his counterpart")."""
    if thing.lemma_.lower() in PARTITIVE_NOUNS and (whole := of_object(thing)) is not None:
        thing = whole  # "some of its restrictions on …"
    lemma = thing.lemma_.lower()
    owner = owner_of_thing(thing, index)
    if owner:
        return owner
    if lemma in MEASURE_NOUNS:
        return prep_actors(thing, TARGET_PREPS, index)
    if lemma in PROPOSAL_NOUNS:
        return prep_actors(thing, AUTHOR_PREPS, index, depth=0)
    return []


def prep_actors(
    thing: Token, words: frozenset[str], index: MentionIndex, depth: int = 1
) -> list[ActorRef]:
    """The actors named by the thing's prepositions ``words``, also through ``depth`` more
    nouns ("restrictions on humanitarian assistance to North Korea" -> North Korea)."""
    for prep in thing.children:
        if prep.dep_ != "prep" or prep.lower_ not in words:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            found = index.resolve_all(pobj)
            if not found and depth > 0:
                found = prep_actors(pobj, words, index, depth - 1)
            if found:
                return found
    return []


def misread_predicate(verb: Token, proposal: Trigger) -> bool:
    """The parser's reading of a sentence's main verb as a participle on its subject: the noun
    is the sentence's root, the participle follows it with no by-phrase of its own, and it takes
    an object or one of the trigger's prepositions, as an active verb does."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in NOUN_POS or verb.i < noun.i:
        return False
    if passive_agent(verb) is not None:
        return False
    return any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in proposal.preps) for c in verb.children
    )


class CandidateFinder:
    """Finds candidates in a parsed doc; built once, holds no per-document state.

    ``open_verbs``: also propose verbs the lexicon does not know, when an actor acts on another
    actor through them (``lexicon.OPEN_VERB``), for a back-end whose model can type them.
    """

    def __init__(self, open_verbs: bool = False) -> None:
        self.open_verbs = open_verbs

    def __call__(self, doc: Doc, index: MentionIndex, places: set[int]) -> list[Candidate]:
        found: list[Candidate] = []
        carried: set[int] = set()  # light verbs whose object is already a nominal trigger
        for token in doc:
            if token.pos_ in NOUN_POS and index.get(token) is None:
                candidate = self._nominal(token, index, places)
                if candidate is not None:
                    found.append(candidate)
                    if candidate.light_verb is not None:
                        carried.add(candidate.light_verb.i)
        for token in doc:
            if token.pos_ in VERB_POS and token.i not in carried:
                candidate = self._verbal(token, index, places)
                if candidate is not None:
                    found.append(candidate)
        for candidate in found:
            material_backing(candidate)
            civil_blockade(candidate)
            state_of_siege(candidate)
            accepted_thing(candidate)
            unarmed_clash(candidate)
            leaving_a_pact(candidate)
            agreeing_with_a_view(candidate)
            warning_to_act(candidate)
        found = [c for c in found if not names_a_pact(c)]
        found = commissive_complements(found, index)
        refused_acts(found, index)
        found.sort(key=lambda c: c.head.i)
        return found

    # -- nominal triggers ---------------------------------------------------------------------
    def _nominal(self, noun: Token, index: MentionIndex, places: set[int]) -> Candidate | None:
        lemma, lower = noun.lemma_.lower(), noun.lower_
        proposal, start = None, noun.i
        for child in noun.children:
            if child.dep_ in {"compound", "amod"} and child.i < noun.i:
                entry = NOUN_COMPOUNDS.get((lemma, child.lemma_.lower()))
                if entry is not None:
                    proposal, start = entry, child.i
                    break
        if proposal is None:
            proposal = NOUNS.get(lower) or NOUNS.get(lemma)
        if proposal is None and lemma in GIVING_NOUNS:
            thing = of_object(noun)
            if (
                thing is not None
                and thing.lemma_.lower() in MATERIAL_THEMES
                and thing.lemma_.lower() not in NOUNS
                and thing.lower_ not in NOUNS
            ):
                proposal = AID_TRIGGER
        if proposal is None:
            return None
        if proposal.not_after and proposal.not_after.intersection(
            noun.doc[noun.left_edge.i : noun.i].text.lower().split()
        ):
            return None
        if proposal.object_of_prep is not None and not (
            noun.dep_ == "pobj" and noun.head.lower_ == proposal.object_of_prep
        ):
            return None
        if proposal.only_with_preps and not any(
            c.dep_ == "prep" and c.lower_ in proposal.only_with_preps for c in noun.children
        ):
            return None
        doc = noun.doc
        candidate = Candidate(doc[start : noun.i + 1], noun, proposal, nominal=True)
        # The verb whose object the noun is, also through a coordination ("provided air cover
        # and military support to the militias": "support" is given too), or in the passive
        # ("a ceasefire was declared by the army").
        verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
        if noun.dep_ == "conj" and noun.head.dep_ == "dobj" and noun.head.i < noun.i:
            verb = noun.head.head
        light_verbs = LIGHT_VERBS | OBJECT_LIGHT_VERBS if noun.dep_ == "dobj" else LIGHT_VERBS
        converse = False  # a receiving verb: its subject receives
        if verb is not None and verb.lemma_ in STOPPING_VERBS and proposal.event in STOPPABLE:
            # "halted economic aid": the event is the stopping, done by the verb's subject.
            candidate.proposal = proposal = STOPPABLE[proposal.event]
            candidate.light_verb = verb
        elif verb is not None and verb.lemma_ in RECEIVING_VERBS and noun.dep_ != "nsubjpass":
            candidate.light_verb = verb
            givers = [
                index.resolve_all(giver)
                for giver in (
                    prep_object(verb, "from"),
                    prep_object(noun, "from"),
                    nominal_agent(noun, index),  # "to obtain Russia's agreement"
                )
                if giver is not None
            ]
            given = next((g for g in givers if g), [])
            # With no giver named, a call or a meeting is still the receiver's (either side of
            # it may be named first); anything else has no actor.
            if given or not proposal.reciprocal:
                converse = True
                candidate.actors = given
                receiver = subject(verb) or climb_agent(verb, index)
                candidate.recipients = index.resolve_all(receiver) if receiver is not None else []
                if proposal.event == "SUPPORT" and not is_verbal_backing(noun):
                    # Received support is given support: material unless said to be verbal.
                    candidate.proposal = proposal = AID_TRIGGER
        elif verb is not None and verb.lemma_ in light_verbs:
            candidate.light_verb = verb
            if (
                proposal.event == "SUPPORT"
                and verb.lemma_ in MATERIAL_VERBS
                and not is_verbal_backing(noun)
            ):
                candidate.proposal = proposal = AID_TRIGGER

        holder = light_noun(noun, LIGHT_NOUNS | STOPPING_NOUNS)
        if holder is not None and holder.lemma_.lower() in STOPPING_NOUNS:
            if proposal.event in STOPPABLE:
                candidate.proposal = proposal = STOPPABLE[proposal.event]
            else:
                holder = None  # "a halt of the offensive" is no light noun of the offensive
        heads = [noun] + [h for h in (candidate.light_verb, holder) if h is not None]
        if candidate.light_verb is not None:
            # "give Tanzania a grant": the indirect object receives.
            for child in candidate.light_verb.children:
                if child.dep_ in {"dative", "iobj"} and not candidate.recipients:
                    target = dative_object(child)
                    candidate.recipients = index.resolve_all(target) if target is not None else []
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep":
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    word = prep.lower_
                    if word == "between":
                        side_a, side_b = index.between(pobj)
                        candidate.actors = candidate.actors or side_a
                        candidate.recipients = candidate.recipients or side_b
                    elif word == "of" and proposal.object_is == PLACE and head.i == noun.i:
                        if is_place(pobj, places):
                            candidate.place = place_span(pobj, places)
                        else:
                            candidate.recipients = candidate.recipients or index.resolve_all(pobj)
                    elif word in proposal.preps and not candidate.recipients:
                        candidate.recipients = recipients(pobj, proposal, index)
        if not candidate.actors and not converse:
            agent = nominal_agent(noun, index)
            if agent is None and holder is not None:
                agent = nominal_agent(holder, index)
            agent = agent or nominal_climb(noun, index, LIGHT_VERBS) or meeting_host(noun, proposal)
            if agent is None and candidate.light_verb is not None:
                # The light verb's own subject or by-phrase (the climb above covers only the
                # verbs that carry any noun under them). A passive names its agent in a
                # by-phrase or not at all: "if an attack is launched" has none.
                verb = candidate.light_verb
                agent = passive_agent(verb)
                if agent is None and noun.dep_ != "nsubjpass":
                    agent = subject(verb) or climb_agent(verb, index)
            if agent is not None:
                candidate.actors = index.resolve_all(agent)
        if proposal.event == "REQUEST" and not candidate.recipients:
            candidate.recipients = others(clause_subjects(noun, index), candidate.actors)
        candidate.recipients = [r for r in candidate.recipients if r not in candidate.actors]
        if proposal.needs_actor_object and not candidate.recipients:
            return None
        return candidate

    # -- verbal triggers ----------------------------------------------------------------------
    def _verbal(self, verb: Token, index: MentionIndex, places: set[int]) -> Candidate | None:
        proposal, end, particle = None, verb.i + 1, None
        for child in verb.children:
            # "called Erdogan on Saturday": a phrase of time is never a particle ("call on")
            if child.dep_ in {"prt", "prep"} and not names_a_time(child):
                entry = PHRASAL.get((verb.lemma_.lower(), child.lower_))
                if entry is not None:
                    proposal, particle = entry, child
                    if child.dep_ == "prt":
                        end = max(end, child.i + 1)
                    break
        if proposal is None:
            proposal = VERBS.get(verb.lemma_.lower())
        if proposal is None and self.open_verbs and verb.dep_ not in {"amod", "compound"}:
            proposal = OPEN_VERB
        if proposal is None:
            return None
        doc = verb.doc
        candidate = Candidate(doc[verb.i : end], verb, proposal, nominal=False)
        if verb.dep_ in {"amod", "compound"}:
            return self._adjectival(candidate, index)

        subj = subject(verb)
        # The nearest passive subject: the parser sometimes attaches a fronted phrase too
        # ("In eastern Ghouta, scene of …, 200 civilians were killed").
        passive_subj = next(
            (c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubjpass"),
            next((c for c in verb.children if c.dep_ == "nsubjpass"), None),
        )
        if misread_predicate(verb, proposal):
            # "Kenya's health ministry partnered with the WHO": read as a noun phrase with a
            # participle, the sentence has no verb; its noun is the subject.
            subj = verb.head
        elif verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and subj is None:
            # "fighters captured over five years": the noun undergoes the event.
            passive_subj = verb.head
        elif (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBN"
            and subj is None
            and passive_subj is None
            and passive_agent(verb) is not None
        ):
            # "Kurdish militias hold sway …, supported by US troops": a passive participle
            # with its own agent says something of the main clause's subject.
            passive_subj = subject(verb.head)
        # "led by the SDF … and supported by the US": a by-phrase names the agent.
        agent = passive_agent(verb) if passive_subj is not None else subj or passive_agent(verb)
        if agent is None and passive_subj is not None:
            agent = stray_agent(verb)
        if agent is None and passive_subj is None:
            agent = climb_agent(verb, index)
        if agent is not None:
            candidate.actors = index.resolve_all(agent)

        obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
        if obj is not None and obj.dep_ == "dative":
            obj = dative_object(obj)
        if obj is None and proposal.needs_direct_object:
            # "called Britain's ambassador to the US a very stupid guy": read as a complement
            obj = next((c for c in verb.children if c.dep_ == "oprd" and index.resolve(c)), None)
        # An object of the verb's own: direct, a passive subject, or the noun a participle with
        # a by-phrase modifies ("the hostages returned by Iran"); not the noun of a bare
        # participle ("a group called Tahrir al-Sham").
        own_object = (
            obj
            or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            or (verb.head if verb.dep_ == "acl" and passive_agent(verb) is not None else None)
        )
        if proposal.event == "AID" and proposal.object_is == THEME:
            theme = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if theme is not None and not gives_material(theme):
                return None
        if verb.lemma_ == "expel" and obj is not None and obj.lemma_.lower() in DIPLOMAT_NOUNS:
            candidate.proposal = proposal = EXPEL_DIPLOMATS
        if passive_subj is not None:
            obj = passive_subj
        if obj is not None and proposal.object_is == PLACE:
            target = obj
            if not is_place(target, places) and (inner := of_object(obj)) is not None:
                target = inner
            if is_place(target, places) and index.get(target) is None:
                candidate.place = place_span(target, places)
            elif is_place(target, places) and index.get(target) is not None:
                ref = index.get(target)
                if ref is not None and ref.sector == "GOV":
                    return None  # "has taken Moscow by surprise": a government, not a town
                candidate.place = place_span(target, places)
            else:
                candidate.recipients = recipients(obj, proposal, index)
        elif obj is not None and (proposal.object_is != THEME or obj.dep_ == "dative"):
            candidate.recipients = recipients(obj, proposal, index)
        elif obj is None and particle is not None and particle.dep_ == "prep":
            # "called for sanctions against Nigeria": the phrase's object is a measure or a
            # proposal that names who it is aimed at or comes from
            thing = prep_object(verb, particle.lower_)
            if thing is not None and thing.lemma_.lower() in MEASURE_NOUNS | PROPOSAL_NOUNS:
                candidate.recipients = party_of_thing(thing, index)
        for prep in verb.children:
            if (
                prep.dep_ in {"prep", "dative"}
                and prep.lower_ in proposal.preps
                and not candidate.recipients
            ):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        candidate.recipients = recipients(pobj, proposal, index)
        if proposal.event == "MOBILIZE" and not candidate.recipients:
            # "mobilized the army for a ground assault against Palestina"
            aim = prep_object(verb, "for")
            if aim is not None:
                candidate.recipients = prep_actors(aim, ENEMY_PREPS, index, depth=0)
        if proposal.event == "REQUEST" and not candidate.recipients:
            candidate.recipients = others(clause_subjects(verb, index), candidate.actors)
        if (
            not candidate.recipients
            and proposal.object_among
            and obj is not None
            and is_among(obj, proposal.object_among)
        ):
            # "shared evidence with Saudi Arabia": the parser hangs the other side on the
            # listed object
            other_side = next(
                (p for word in sorted(proposal.preps) if (p := prep_object(obj, word))), None
            )
            if other_side is not None:
                candidate.recipients = recipients(other_side, proposal, index)
        if proposal.event == "AID" and proposal.object_is == THEME and not candidate.recipients:
            sent = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
            force = FORCE_THEMES.get(sent.lemma_.lower()) if sent is not None else None
            if force is not None:
                # "sent riot police into the streets": forces with nobody to receive them
                candidate.proposal = proposal = MOBILIZE_FORCES[force]
        if proposal.needs_event_object and not (
            obj is not None and (obj.ent_type_ == "EVENT" or obj.lemma_.lower() in MEETING_NOUNS)
        ):
            return None
        if proposal.needs_place_object and candidate.place is None:
            return None
        if proposal.needs_actor_object and not candidate.recipients:
            return None
        if proposal.needs_direct_object and own_object is None:
            return None
        if (
            proposal.needs_direct_object
            and verb.lemma_ in CALLING_WORDS
            and obj is not None
            and names_something(verb, obj)
        ):
            return None  # "called the rebels terrorists" names them; "called on X to" asks
        if proposal.needs_pact_object and not names_pact(verb, obj):
            return None
        if proposal.object_among and obj is not None and not is_among(obj, proposal.object_among):
            return None
        if verb.lemma_ in AGREEING_VERBS and states_a_view(verb):
            return None
        if proposal.reciprocal and not candidate.recipients and len(candidate.actors) > 1:
            candidate.actors, candidate.recipients = candidate.actors[:1], candidate.actors[1:]
        candidate.actors = prefer_named(candidate.actors)
        candidate.recipients = [r for r in candidate.recipients if r not in candidate.actors]
        if proposal is OPEN_VERB and not (candidate.actors and candidate.recipients):
            return None  # no relation between two actors for the model to type
        return candidate

    def _adjectival(self, candidate: Candidate, index: MentionIndex) -> Candidate | None:
        """ "US-backed forces", "Turkish-led offensive": the name before the hyphen acts on
        the noun the participle modifies."""
        verb = candidate.head
        doc = verb.doc
        if verb.i < 2 or doc[verb.i - 1].text != "-":
            return None
        actor = index.resolve(doc[verb.i - 2])
        recipient = index.resolve(verb.head)
        if actor is None:
            return None
        candidate.trigger = doc[verb.i - 2 : verb.i + 1]
        candidate.adjectival = True
        candidate.actors = [actor]
        candidate.recipients = [recipient] if recipient is not None and recipient != actor else []
        return candidate
