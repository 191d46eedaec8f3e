"""Candidate events: a trigger with its actor, recipient, place argument and sentence.

This is the part every coder back-end shares. It finds triggers from the lexicon and fills the
arguments from the parse; it does not decide the event type (the lexicon's type is only a
proposal, ``Candidate.proposal``): a back-end in ``wirewatch.events.coders`` decides.
What the trigger's words point at is read by ``arguments``; once a candidate has its
participants, ``retyping`` may revise its proposal; then the passes that join two candidates (a
threatened act), retype a broken truce, and, in ``partners``, aim a candidate that names no one
at the act it refuses or threatens or the contact it serves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirewatch.actors.dictionary import WEAPONS_ENTRY
from wirewatch.events.arguments import (
    NOUN_POS,
    are_civil,
    bare_assent,
    blamed_for,
    breaks_up,
    clause_subjects,
    dative_object,
    exposed_to,
    gives_material,
    held_captive,
    hyphen_pair,
    in_accident,
    is_among,
    is_armed,
    is_place,
    is_tally,
    is_verbal_backing,
    meeting_host,
    misread_predicate,
    names_a_document,
    names_a_time,
    names_material,
    names_pact,
    names_something,
    object_words,
    opened_to_people,
    others,
    pact_left,
    particle_with_object,
    party_of_thing,
    place_holder,
    place_span,
    prep_actors,
    recipients,
    reports_a_score,
    set_free,
    shared_object,
    states_a_view,
    stigmatises,
    stopped_bare,
    stops,
    swaps_captives,
)
from wirewatch.events.destroyed import force_defeated
from wirewatch.events.directives import asked_of_another, mode_of_what_it_is_about
from wirewatch.events.lexicon import (
    ABSTRACT_TARGETS,
    ADDRESSED_NO_ONE,
    AGAINST_VERBS,
    AID_TRIGGER,
    AID_WORKER_WORDS,
    BACKED_OUT,
    BACKING_WORDS,
    BREAKING_WORDS,
    CALLED_A_LABEL,
    CALLING_WORDS,
    CAPTIVES_SWAPPED,
    COMITATIVE_PREPS,
    COMMISSIVE_NOUNS,
    COMMISSIVE_VERBS,
    CONFLICT_NOUNS,
    DEPLOYED_WEAPONS,
    DIPLOMAT_NOUNS,
    DIPLOMATIC_TIES,
    ENEMY_PREPS,
    ESTABLISHING_VERBS,
    EXPEL_DIPLOMATS,
    EXPELLED_STAFF,
    FIGHTING_WITH,
    FIRED_WEAPONS,
    FIRING_VERBS,
    FORCE_MOVING_NOUNS,
    FORCE_NOUNS,
    FORCE_THEMES,
    FORCES_MOVED,
    FORMAL_PROTEST,
    FORMAL_PROTEST_VERBS,
    FRAME_NOUNS,
    FREEING_VERBS,
    GIVING_NOUNS,
    HELD_OFFICES,
    INTENT_VERBS,
    LABOUR_STRIKE,
    LEFT_PACT,
    LENT_BACKING_VERBS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    MATERIAL_THEMES,
    MATERIAL_VERBS,
    MEASURE_NOUNS,
    MEETING_NOUNS,
    MISSION_NOUNS,
    MOBILIZE_FORCES,
    MOVED_FORCES,
    NOUN_COMPOUNDS,
    NOUN_PREPS,
    NOUNS,
    OBJECT_LIGHT_VERBS,
    ON_STATE_VERBS,
    OPEN_VERB,
    OPENED_TO_PEOPLE,
    PACT_NOUNS,
    PHRASAL,
    PLACE,
    PROPOSAL_NOUNS,
    PROTEST_CALLING_VERBS,
    RECEIVING_VERBS,
    REFUSING_WORDS,
    RETALIATION_NOUNS,
    ROAD_NOUNS,
    SENT_TO_HELP,
    SEQUENCE_NOUNS,
    SET_FREE,
    SEVERING_NOUNS,
    SEVERING_VERBS,
    SHOT_DOWN,
    SHOT_DOWN_IDEAS,
    SOUGHT_BACKING_VERBS,
    SPOKEN_OF,
    STANDING_PARTICIPLES,
    STATE_SECTORS,
    STOPPABLE,
    STOPPING_NOUNS,
    SUMMONS,
    TARGET_NOUNS,
    THEME,
    THREAT_WORDS,
    THREATENED_MODES,
    THREATENED_THINGS,
    TIES_CUT,
    TIES_WORDS,
    TRADE,
    TRADE_NOUNS,
    TRUCE_BROKEN,
    TRUCE_NOUNS,
    VERBS,
    VIEW_TAKING_VERBS,
    WITHDRAWN_MISSION,
    WON_BACKING_VERBS,
    Trigger,
)
from wirewatch.events.ontology import EVENT_TYPES, MATERIAL_CONFLICT, VERBAL_CONFLICT
from wirewatch.events.partners import (
    aim_partners,
    purpose_partners,
    refused_acts,
    threat_targets,
    to_infinitive,
)
from wirewatch.events.retyping import (
    handed_over_for_trial,
    names_a_pact,
    private_travel,
    retype,
)
from wirewatch.events.senses import object_sense, private_remark
from wirewatch.events.syntax import (
    RELATIVE_PRONOUNS,
    MentionIndex,
    acted_on,
    against_in_setting,
    at_the_hands_of,
    bare_participle,
    climb_agent,
    coordinated_agent,
    frame_noun,
    hands_agent,
    helping_purpose,
    helps,
    is_generic,
    is_passive,
    light_noun,
    nominal_agent,
    nominal_climb,
    of_object,
    passive_agent,
    passive_chain,
    passive_subject,
    prefer_named,
    prep_object,
    relative_antecedent,
    reported_subject,
    request_addressee,
    shared_passive_subject,
    stray_agent,
    subject,
    undergoer,
)
from wirewatch.events.targeted import aimed_at_one_person
from wirewatch.events.weapons import mobilised_kind, weapon_named
from wirewatch.schema import ActorRef

VERB_POS = {"VERB"}
# Where a noun's to-infinitive hangs: "the threat to halt crude exports".
NOUN_INFINITIVE = frozenset({"acl"})
XCOMP = frozenset({"xcomp"})
# Events counted in tallies, and the nouns that name their means ("killed in airstrikes").
TALLIED = frozenset({"ASSAULT", "COERCE"})
# Acts a bare participle's subject undergoes rather than does ("soldiers killed", "journalists
# detained", "Man accused of …", "Mum jailed"); a bare "agreed" or "met" is still its subject's
# own.
UNDERGONE_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION"})
ATTACK_WORDS = frozenset(word for word, entry in NOUNS.items() if entry.event == "ASSAULT")


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


def withdrawn_forces(obj: Token | None, proposal: Trigger, index: MentionIndex) -> bool:
    """Whether a withdrawal's object is armed forces (its own troops, not a recipient)."""
    if obj is None or proposal.event != "RETREAT" or proposal.mode != "withdraw":
        return False
    ref = index.get(obj)
    return obj.lemma_.lower() in FORCE_NOUNS or (ref is not None and ref.sector == "MIL")


def _is_staff(noun: Token) -> bool:
    """Diplomats, inspectors, journalists, aid workers: people whose expulsion is a sanction."""
    lemma = noun.lemma_.lower()
    if lemma in DIPLOMAT_NOUNS | EXPELLED_STAFF:
        return True
    return lemma == "worker" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in AID_WORKER_WORDS for c in noun.children
    )


def _expels_as_a_sanction(
    verb: Token, expelled: Token | None, actors: list[ActorRef], index: MentionIndex
) -> bool:
    """Diplomats or other foreign staff expelled ("expelled 23 of the other's diplomats",
    "envoys who were expelled"), or a member expelled by or from an international body ("was
    expelled from the Arab League", the League "expelling it"): a sanction, not a people driven
    out by force."""
    if expelled is not None:
        if expelled.lower_ in RELATIVE_PRONOUNS:
            expelled = relative_antecedent(expelled)
        whole = of_object(expelled) if expelled is not None else None
        if any(_is_staff(noun) for noun in (expelled, whole) if noun is not None):
            return True
    body = prep_object(verb, "from")
    bodies = [*actors, *(index.resolve_all(body) if body is not None else [])]
    return any(ref.code == "IGO" and not is_armed(ref) for ref in bodies)


def aimed_at_clause_subject(proposal: Trigger, head: Token) -> bool:
    """A request, or an accusation, whose that-clause's subject is the one it is made of
    ("demanding that the Turkish government provide …", "alleged that Prakash recruited …").
    Not an investigation, whose clause asks a question ("investigate why these students
    fled"), nor a participle that gives the reason for another act ("expelled the inspectors,
    charging that UNSCOM had become a spy agency": the expulsion is the event)."""
    if proposal.event == "REQUEST":
        return True
    if proposal.event != "ACCUSE" or proposal.mode == "investigate":
        return False
    return not (head.dep_ in {"advcl", "acl"} and head.tag_ == "VBG")


def backed_by_of(noun: Token, proposal: Trigger, index: MentionIndex) -> bool:
    """Whether a backing noun's "of" names who is backed: after an owner of its own ("Trump's
    backing of the crown prince", "US support of …") or in "in support of …"; with no owner it
    names the backer ("with the backing of Russian forces") and is left to the agent rules."""
    if proposal.event not in {"SUPPORT", "AID"}:
        return False
    idiom = noun.dep_ == "pobj" and noun.head.lower_ == "in"
    return idiom or nominal_agent(noun, index) is not None


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


TRUCE_PACTS = frozenset({"agreement", "deal", "accord", "pact"})


def is_truce(noun: Token) -> bool:
    """ "the ceasefire", "the truce", and a pact named as one: "the ceasefire agreement"."""
    lemma = noun.lemma_.lower()
    if lemma in TRUCE_NOUNS:
        return True
    return lemma in TRUCE_PACTS and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in TRUCE_NOUNS for c in noun.children
    )


def broken_truces(found: list[Candidate], index: MentionIndex) -> None:
    """ "violated South Sudan's ceasefire", "a breach of the truce": fighting by the one who
    broke it, aimed at the other side where one is named; not the truce's own RETREAT."""
    for truce in found:
        noun = truce.head
        if not truce.nominal or not is_truce(noun):
            continue
        breaker = noun.head if noun.dep_ == "dobj" else None
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            breaker = noun.head.head  # "a breach of the truce"
        if breaker is None or breaker.lemma_.lower() not in BREAKING_WORDS:
            continue
        agent = (
            nominal_agent(breaker, index)
            if breaker.pos_ in NOUN_POS
            else subject(breaker) or climb_agent(breaker, index)
        )
        actors = index.resolve_all(agent) if agent is not None else []
        truce.proposal = TRUCE_BROKEN
        truce.light_verb = None
        truce.recipients = others([*truce.actors, *truce.recipients], actors)
        truce.actors = actors


def deal_idiom(noun: Token) -> bool:
    """ "a great deal of questions" (an amount) and "making a big deal about it" (a fuss) name
    no pact."""
    if noun.lemma_.lower() != "deal":
        return False
    before = {c.lower_ for c in noun.children if c.dep_ == "amod" and c.i < noun.i}
    amount = bool(before & {"great", "good"}) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )
    fuss = "big" in before and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "make"
    return amount or fuss


# Objects of "strike" and "hit" that are no target, whoever strikes: "struck a blow", "hit the
# headlines", "troops hit the streets".
STRUCK_IDIOMS = frozenset(
    {"blow", "chord", "note", "tone", "balance", "nerve", "snag", "wall", "record", "headline"}
    | {"headlines", "street", "streets", "ground", "jackpot", "bottom", "low", "high", "pose"}
)
STRIKING_VERBS = frozenset({"strike", "hit", "target", "pound"})


def is_weapon_or_attack(noun: Token) -> bool:
    """ "Shells hit the base", "an airstrike hit the depot": what strikes a target with no one
    named behind it is still violence when it is a weapon or an attack."""
    lemma = noun.lemma_.lower()
    entry = NOUNS.get(lemma)
    return (
        lemma in FIRED_WEAPONS | DEPLOYED_WEAPONS
        or lemma == "bomb"
        or (entry is not None and entry.event == "ASSAULT")
    )


def armed_strike(verb: Token, struck: Token | None, actors: list[ActorRef]) -> bool:
    """An armed side striking a thing: "Russian forces struck the power grid", "Israeli jets hit
    a school". Striking needs an actor as its object only so that "struck a deal" or "hit the
    headlines" is no attack; an army, a rebel group or its weapons strike what they hit."""
    return (
        verb.lemma_ in STRIKING_VERBS
        and struck is not None
        and bool(actors)
        and all(is_armed(a) for a in actors)
        and struck.lemma_.lower() not in STRUCK_IDIOMS
        and not object_words(struck) & PACT_NOUNS
        and not names_a_document(struck)
    )


def trade_stopped(noun: Token, index: MentionIndex) -> bool:
    """ "halted gas exports to Finland", "the suspension of all arms sales to Riyadh": trade
    with a party named; "halted grain exports" stops no one's."""
    stopped = (noun.dep_ in {"dobj", "nsubjpass"} and stops(noun.head)) or (
        light_noun(noun, STOPPING_NOUNS) is not None
    )
    # the parser may hang the party on the stopping verb ("halted exports | to Finland")
    holders = (noun, noun.head) if noun.dep_ in {"dobj", "nsubjpass"} else (noun,)
    parties = [p for h in holders for word in ("to", "with") if (p := prep_object(h, word))]
    return stopped and any(index.resolve_all(p) for p in parties)


def calls_a_protest(verb: Token) -> bool:
    """ "called a general strike", "called a boycott of the elections": a protest called is
    its caller's, as one staged is; "called the strike illegal" only names it."""
    return verb.lemma_ in PROTEST_CALLING_VERBS and not any(
        c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"} for c in verb.children
    )


def moves_forces(noun: Token) -> bool:
    """ "Kinshasa's surge of troops", "the massing of divisions", "the call-up of reservists"
    (the tokenizer splits "call-up" and the parser makes "up" the noun): forces moved or raised."""
    lemma = noun.lemma_.lower()
    if lemma == "up" and any(c.dep_ == "compound" and c.lower_ == "call" for c in noun.children):
        lemma = "call-up"
    return lemma in FORCE_MOVING_NOUNS and is_among_of(noun, MOVED_FORCES)


def is_among_of(noun: Token, words: frozenset[str]) -> bool:
    """The noun's "of" phrase names one of these words ("threats of force")."""
    thing = of_object(noun)
    return thing is not None and thing.pos_ != "PRON" and is_among(thing, words)


# Particles that are never a preposition of the phrasal verb they complete.
ADVERB_PARTICLES = frozenset({"down", "out", "off", "aside", "up", "back", "away"})


def severed_ties(noun: Token) -> bool:
    """ "the severing of diplomatic relations with Israel", "the rupture of relations with
    Quito": ties under a noun of severing are cut (plain "relations" are diplomatic there)."""
    return noun.lemma_.lower() in TIES_WORDS and light_noun(noun, SEVERING_NOUNS) is not None


def struck_thing(verb: Token, own: Token | None) -> Token | None:
    """What the verb is done to, through a relative clause: "a deal that Iran struck", "the
    agreement Russia struck" (the clause's own subject named, so the noun it hangs on is the
    object); not "workers who struck", whose relative is the subject."""
    if own is not None and own.lower_ in RELATIVE_PRONOUNS:
        return relative_antecedent(own) or own
    if own is None and verb.dep_ == "relcl":
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.lower_ not in RELATIVE_PRONOUNS:
            return verb.head
    return own


def compound_receiver(verb: Token, givers: list[ActorRef], index: MentionIndex) -> list[ActorRef]:
    """ "has lent Zambia billions", "sent Ukraine weapons": the parser reads the indirect object
    as a compound of the thing given; the name it makes receives it. Not the giver's own ("sent
    US weapons"), nor the owner of forces sent ("sent Wagner troops"), nor a word that names no
    actor ("Patriot missiles")."""
    given = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if given is None or FORCE_THEMES.get(given.lemma_.lower()) in {"troops", "police"}:
        return []
    name = next((c for c in given.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    ref = index.get(name) if name is not None else None
    if ref is None or ref.id is None or is_generic(ref) or ref is index.get(given):
        return []
    if ref.code is not None and ref.code in {giver.code for giver in givers}:
        return []
    return [ref]


def stop_refused(verb: Token) -> bool:
    """ "refusal to end its backing", "refused to withdraw its support": a stop that is itself
    refused (the backing goes on)."""
    return verb.dep_ in {"xcomp", "acl"} and verb.head.lemma_.lower() in REFUSING_WORDS


def abstract_attack(noun: Token) -> bool:
    """ "an attack on Syrian sovereignty", "an attack on me and my campaign": an attack whose
    "on" or "against" object is an abstract thing is no violence."""
    if noun.lemma_.lower() not in {"attack", "assault"}:
        return False
    return any(
        target.lemma_.lower() in ABSTRACT_TARGETS
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in {"on", "against"}
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for target in (pobj, *pobj.conjuncts)
    )


def called_by_civilians(noun: Token, index: MentionIndex) -> bool:
    """A strike that civilians, the opposition or unions stage, call or announce, or that is
    theirs ("the miners' strike", "strikes by phosphate miners"), with no target named, is a
    labour strike ("Nigerian unions staged a strike")."""
    if any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for c in noun.children):
        return False
    verb = noun.head
    if noun.dep_ == "dobj" and (verb.lemma_ in LIGHT_VERBS or calls_a_protest(verb)):
        striker = subject(verb)
    else:
        striker = nominal_agent(noun, index)
    actors = index.resolve_all(striker) if striker is not None else []
    return are_civil(actors)


def labour_striking(verb: Token, struck: Token | None, actors: list[ActorRef]) -> bool:
    """Civilians, the opposition or unions striking nothing and no one are on strike ("the
    rail unions will strike again", "workers struck for higher pay"); striking a deal or a
    target is the verb's other senses."""
    return (
        verb.lemma_ == "strike"
        and struck is None
        and not any(c.dep_ == "prep" and c.lower_ in {"on", "at"} for c in verb.children)
        and are_civil(actors)
    )


# Verbs of speaking are a meeting only with another side ("spoke to Putin"), not with the press
# or the public they address.
SPEAKING_VERBS = frozenset({"speak", "talk"})


def does_violence(noun: Token) -> bool:
    """The noun is the subject or the by-phrase of a verb the lexicon reads as an attack ("US
    strikes killed 20 civilians", "killed by Russian strikes"): a strike that kills is no
    labour strike."""
    if noun.dep_ == "nsubj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb = noun.head.head
    else:
        return False
    entry = VERBS.get(verb.lemma_.lower())
    return entry is not None and entry.event == "ASSAULT"


def planner(noun: Token, index: MentionIndex) -> Token | None:
    """Who plans, threatens or prepares the act this noun names as the verb's direct object
    ("threatened a new incursion", "planned attacks on the UK"). Only the object: "preparing our
    guys for battle" and "considering, since the capture of …" name no planner of the act."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in SEQUENCE_NOUNS:
        noun = noun.head.head  # "plans a series of protests"
    if noun.dep_ == "conj" and noun.head.dep_ == "dobj":
        noun = noun.head
    if noun.dep_ != "dobj" or noun.head.lemma_ not in INTENT_VERBS:
        return None
    verb = noun.head
    return subject(verb) or passive_agent(verb) or climb_agent(verb, index)


def carried_phrases(noun: Token) -> list[Token]:
    """The noun's own phrases and, when a light verb carries it as object, the verb's: the
    parser hangs "against Hamas targets" on "carried out" in "carried out strikes … against"."""
    phrases = list(noun.children)
    if noun.dep_ == "dobj" and (
        noun.head.lemma_ in LIGHT_VERBS | OBJECT_LIGHT_VERBS or lent_backing(noun)
    ):
        phrases += [c for c in noun.head.children if c.i > noun.i]
    return phrases


def lent_backing(noun: Token) -> bool:
    """ "lent its support to Kiev", "threw their backing behind Romney": backing given by a
    verb that carries no other event noun as its light verb."""
    return noun.lemma_.lower() in BACKING_WORDS and noun.head.lemma_ in LENT_BACKING_VERBS


def warned_of_retaliation(verb: Token) -> bool:
    """ "Russia warned of a response", "warned of severe consequences": a threat that names
    nobody it is aimed at."""
    return (
        verb.lemma_.lower() == "warn"
        and not any(c.dep_ == "dobj" for c in verb.children)
        and any(
            prep.dep_ == "prep" and prep.lower_ == "of" and object_words(pobj) & RETALIATION_NOUNS
            for prep in verb.children
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        )
    )


def other_event(noun: Token, proposal: Trigger) -> bool:
    """A setting noun that names an event of another type, whose "against" is its own:
    "supported the YPG in its fight against Isis" (the fight's enemy, not the backed); "fought
    in the war against Isis" is the same fighting."""
    lemma = noun.lemma_.lower()
    named = NOUNS.get(lemma) or NOUNS.get(noun.lower_) or VERBS.get(lemma)  # "its fight"
    return named is not None and named.event != proposal.event


def hung_on_verb(noun: Token, light_verb: Token | None) -> list[Token]:
    """An "against" phrase right after a noun that the parser hung on the verb whose object the
    noun is: "blamed Turkey's offensive against the Kurdish enclave" (a light verb's phrases are
    read as its noun's already; a verb that takes "against" itself keeps it: "warned the rebels
    against an attack")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb == light_verb or verb.lemma_.lower() in AGAINST_VERBS:
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "against" and c.i == noun.right_edge.i + 1
    ]


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
            retype(candidate)
            handed_over_for_trial(candidate, index)
            weapon_named(candidate)
            aimed_at_one_person(candidate)
            mobilised_kind(candidate)
            force_defeated(candidate)
        found = [
            c
            for c in found
            if not names_a_pact(c) and not asked_of_another(c, index) and not private_travel(c)
        ]
        found = commissive_complements(found, index)
        refused_acts(found, index)
        threat_targets(found, index)
        broken_truces(found, index)
        purpose_partners(found, index)
        aim_partners(found, index)
        for candidate in found:  # threats and refusals made above included
            mode_of_what_it_is_about(candidate)
        found.sort(key=lambda c: c.head.i)
        return found

    # -- nominal triggers ---------------------------------------------------------------------
    def _nominal(self, noun: Token, index: MentionIndex, places: set[int]) -> Candidate | None:
        lemma, lower = noun.lemma_.lower(), noun.lower_
        if abstract_attack(noun):
            return None  # "a blatant attack on Syrian sovereignty": words, not violence
        if noun.dep_ in {"compound", "amod"} and (noun.head.lemma_.lower(), lemma) in (
            NOUN_COMPOUNDS
        ):
            return None  # "arrest" in "an arrest warrant": a word of the longer trigger
        proposal, start = None, noun.i
        for child in noun.children:
            if child.dep_ in {"compound", "amod"} and child.i < noun.i:
                entry = NOUN_COMPOUNDS.get((lemma, child.lemma_.lower()))
                if entry is not None:
                    proposal, start = entry, child.i
                    break
        if proposal is None:
            proposal = next(
                (
                    NOUN_PREPS[(lemma, c.lower_)]
                    for c in carried_phrases(noun)
                    if c.dep_ == "prep" and (lemma, c.lower_) in NOUN_PREPS
                ),
                None,
            )
        # "went on strike", "remained on alert": the verb's subject is in that state
        held = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "on" else None
        on_state = held.head if held is not None and held.head.lemma_ in ON_STATE_VERBS else None
        if (
            proposal is None
            and lemma == "strike"
            and (on_state is not None or stopped_bare(noun) or called_by_civilians(noun, index))
        ):
            proposal = LABOUR_STRIKE  # workers striking, not a military strike
        if (proposal is None or proposal is DIPLOMATIC_TIES) and severed_ties(noun):
            proposal = TIES_CUT
        if proposal is None:
            proposal = NOUNS.get(lower) or NOUNS.get(lemma)
        if proposal is None and lemma in TRADE_NOUNS and trade_stopped(noun, index):
            proposal = TRADE  # made a sanction below, as stopped aid is
        if proposal is None and lemma in GIVING_NOUNS:
            thing = of_object(noun)
            if (
                thing is not None
                and thing.lemma_.lower() in MATERIAL_THEMES
                and thing.lemma_.lower() not in NOUNS
                and thing.lower_ not in NOUNS
            ):
                proposal = AID_TRIGGER
        if proposal is None and moves_forces(noun):
            proposal = FORCES_MOVED
            # the trigger is the whole "call-up", not the parser's head "up"
            start = min([noun.i] + [c.i for c in noun.lefts if c.dep_ == "compound"])
        if proposal is None or deal_idiom(noun):
            return None
        if (
            proposal.needs_infinitive
            and to_infinitive(noun, NOUN_INFINITIVE) is None
            and not (lemma in THREAT_WORDS and is_among_of(noun, THREATENED_THINGS))
        ):
            return None  # "a threat to national security" is no threat to do anything
        topic = of_object(noun) if lemma in SPOKEN_OF else None
        if topic is not None and not index.resolve_all(topic):
            return None  # "no talks of humanitarian corridors": speech about a topic
        if proposal.not_after and proposal.not_after.intersection(
            noun.doc[noun.left_edge.i : noun.i].text.lower().split()
        ):
            return None
        if proposal.object_of_prep is not None and not (
            noun.dep_ == "pobj" and noun.head.lower_ == proposal.object_of_prep
        ):
            return None
        # "US strikes killed 20 civilians": the killed are its recipients (``merge_means``)
        violent_means = proposal.event == "ASSAULT" and does_violence(noun)
        if (
            proposal.only_with_preps
            and not violent_means
            and not any(
                # "gave its blessing to …": the parser may make the "to" a dative
                c.dep_ in {"prep", "dative"} and c.lower_ in proposal.only_with_preps
                for c in carried_phrases(noun)
            )
        ):
            return None
        doc = noun.doc
        candidate = Candidate(doc[start : noun.i + 1], noun, proposal, nominal=True)
        # "launched a mediation effort between India and Pakistan": the noun names the kind of
        # a frame noun, and the verb and the phrases attach to the frame.
        carrier = frame_noun(noun, FRAME_NOUNS)
        frame = carrier if carrier.i != noun.i else None
        # The verb whose object the noun is, also through a coordination ("provided air cover
        # and military support to the militias": "support" is given too), or in the passive
        # ("a ceasefire was declared by the army").
        verb = carrier.head if carrier.dep_ in {"dobj", "nsubjpass"} else None
        if carrier.dep_ == "conj" and carrier.head.dep_ == "dobj" and carrier.head.i < carrier.i:
            verb = carrier.head.head
        light_verbs = LIGHT_VERBS | OBJECT_LIGHT_VERBS if carrier.dep_ == "dobj" else LIGHT_VERBS
        if carrier.dep_ == "dobj" and lent_backing(carrier):
            light_verbs = light_verbs | LENT_BACKING_VERBS
        converse = False  # a receiving verb: its subject receives
        if (
            verb is not None
            and stops(verb)
            and proposal.event in STOPPABLE
            and proposal is not DIPLOMATIC_TIES  # cut with "with", below
            # backing reduced, or a stop of it refused, goes on
            and not (
                proposal.event == "SUPPORT" and (verb.lemma_ == "reduce" or stop_refused(verb))
            )
            and not (proposal.event == "PROTEST" and breaks_up(verb, noun, index))
        ):
            # "halted economic aid", "ended their strike": the event is the stopping, done by
            # the verb's subject.
            candidate.proposal = proposal = STOPPABLE[proposal.event]
            candidate.light_verb = verb
        elif (
            verb is not None
            and carrier.dep_ != "nsubjpass"
            and (
                verb.lemma_ in RECEIVING_VERBS
                or (
                    verb.lemma_ in WON_BACKING_VERBS | SOUGHT_BACKING_VERBS
                    and proposal.event in {"SUPPORT", "AID"}
                )
            )
        ):
            givers = [
                index.resolve_all(giver)
                for giver in (
                    prep_object(verb, "from"),
                    prep_object(carrier, "from"),
                    nominal_agent(carrier, index),  # "to obtain Russia's agreement"
                    # "has the backing of Russia": backing held is the "of" phrase's
                    prep_object(carrier, "of") if verb.lemma_ in WON_BACKING_VERBS else None,
                )
                if giver is not None
            ]
            given = next((g for g in givers if g), [])
            sought = verb.lemma_ in SOUGHT_BACKING_VERBS
            if not sought or given:
                candidate.light_verb = verb
            # With no giver named, a call or a meeting is still the receiver's (either side of
            # it may be named first); anything else has no actor. Backing sought from no one
            # named is left as it was.
            if given or not (proposal.reciprocal or sought):
                converse = True
                candidate.actors = given
                receiver = subject(verb) or climb_agent(verb, index)
                candidate.recipients = index.resolve_all(receiver) if receiver is not None else []
                if (
                    proposal.event == "SUPPORT"
                    and verb.lemma_ in RECEIVING_VERBS
                    and not is_verbal_backing(noun)
                ):
                    # Received support is given support: material unless said to be verbal.
                    candidate.proposal = proposal = AID_TRIGGER
        elif verb is not None and (
            verb.lemma_ in light_verbs or (proposal.event == "PROTEST" and calls_a_protest(verb))
        ):
            candidate.light_verb = verb
            if proposal.event == "PROTEST" and verb.lemma_ in FORMAL_PROTEST_VERBS:
                candidate.proposal = proposal = FORMAL_PROTEST
            if (
                proposal.event == "SUPPORT"
                and verb.lemma_ in MATERIAL_VERBS
                and not is_verbal_backing(noun)
            ):
                candidate.proposal = proposal = AID_TRIGGER

        if on_state is not None and candidate.light_verb is None:
            candidate.light_verb = on_state
        severing = light_noun(carrier, SEVERING_NOUNS) if proposal is TIES_CUT else None
        if proposal is DIPLOMATIC_TIES:
            if verb is not None and (stops(verb) or verb.lemma_ in SEVERING_VERBS):
                candidate.proposal = proposal = TIES_CUT  # "cut diplomatic ties with Ecuador"
            elif verb is None or verb.lemma_ not in ESTABLISHING_VERBS:
                return None  # ties only mentioned
            candidate.light_verb = verb
        # "Colombia's severing of diplomatic relations with Israel": the severing's owner acts
        holder = severing or light_noun(carrier, LIGHT_NOUNS | STOPPING_NOUNS)
        if holder is not None and holder.lemma_.lower() in STOPPING_NOUNS:
            if proposal.event in STOPPABLE:
                candidate.proposal = proposal = STOPPABLE[proposal.event]
            else:
                holder = None  # "a halt of the offensive" is no light noun of the offensive
        heads = [noun] + [h for h in (frame, candidate.light_verb, holder) if h is not None]
        if candidate.light_verb is not None:
            # "give Tanzania a grant": the indirect object receives.
            for child in candidate.light_verb.children:
                if child.dep_ in {"dative", "iobj"} and not candidate.recipients:
                    target = dative_object(child)
                    candidate.recipients = index.resolve_all(target) if target is not None else []
        phrases = [(head, prep) for head in heads for prep in head.children]
        phrases += [(noun, prep) for prep in hung_on_verb(carrier, candidate.light_verb)]
        phrases += [
            (noun, prep)
            for head in heads
            for prep in against_in_setting(head)
            if not other_event(prep.head, proposal)
        ]
        for head, prep in phrases:
            if prep.dep_ != "prep" or hands_agent(prep) is not None:
                continue  # "at the hands of the rebels" names the agent
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                word = prep.lower_
                if word == "between" and "between" in proposal.preps:
                    # A third party's event ("mediation between A and B"): both sides
                    # receive it; the mediator is found as the actor below.
                    side_a, side_b = index.between(pobj)
                    candidate.recipients = candidate.recipients or side_a + side_b
                elif word == "between":
                    side_a, side_b = index.between(pobj)
                    candidate.actors = candidate.actors or side_a
                    candidate.recipients = candidate.recipients or side_b
                elif word == "of" and proposal.object_is == PLACE and head.i == noun.i:
                    if is_place(pobj, places):
                        candidate.place = place_span(pobj, places)
                        candidate.recipients = candidate.recipients or place_holder(pobj, index)
                    else:
                        candidate.recipients = candidate.recipients or index.resolve_all(pobj)
                elif word == "of" and head.i == noun.i and backed_by_of(noun, proposal, index):
                    candidate.recipients = candidate.recipients or recipients(pobj, proposal, index)
                elif word in proposal.preps and not candidate.recipients:
                    candidate.recipients = recipients(pobj, proposal, index)
        undergone_by = undergoer(noun, index)
        if undergone_by is not None and not candidate.recipients:
            candidate.recipients = index.resolve_all(undergone_by)  # "since his arrest"
        if not candidate.actors and not converse:
            agent = nominal_agent(noun, index)
            if agent is None and frame is not None:
                agent = nominal_agent(frame, index)
            if agent is None and holder is not None:
                agent = nominal_agent(holder, index)
            agent = (
                agent
                or nominal_climb(carrier, index, LIGHT_VERBS)
                or planner(carrier, index)
                or meeting_host(noun, proposal)
                or (blamed_for(carrier) if proposal.event == "ASSAULT" else None)
            )
            if agent is None and candidate.light_verb is not None:
                # The light verb's own subject or by-phrase (the climb above covers only the
                # verbs that carry any noun under them). A passive names its agent in a
                # by-phrase or not at all: "if an attack is launched" has none.
                verb = candidate.light_verb
                agent = passive_agent(verb)
                if agent is None and carrier.dep_ != "nsubjpass":
                    agent = subject(verb) or climb_agent(verb, index)
            if agent is not None:
                candidate.actors = index.resolve_all(agent)
        if aimed_at_clause_subject(proposal, noun) and not candidate.recipients:
            candidate.recipients = others(clause_subjects(noun, index), candidate.actors)
        if proposal.event == "REQUEST" and not candidate.recipients:
            asked = request_addressee(carrier, index)
            if asked is not None:
                # "a Turkish court rejected Australia's request", "intervened at Assad's
                # request": whoever answers the request, or acts at it, was asked
                candidate.recipients = others(index.resolve_all(asked), candidate.actors)
        if proposal.event == "ASSAULT" and not candidate.recipients:
            exposed = exposed_to(carrier)
            if exposed is not None:
                candidate.recipients = recipients(exposed, proposal, index)
        pair = hyphen_pair(noun, index)
        if proposal.reciprocal or lemma in CONFLICT_NOUNS | {"violence"}:
            if (
                pair is not None
                and not candidate.recipients
                and candidate.actors in ([], [pair[1]])
            ):
                # "the Trump-Putin meeting": one side acts, the other is acted with
                candidate.actors, candidate.recipients = [pair[0]], [pair[1]]
        elif pair is not None and candidate.actors in ([], [pair[0]], [pair[1]]):
            # "a Russian-Syrian attack", "a joint US-Iraqi offensive": the two together
            candidate.actors = [*pair]
            candidate.recipients = [r for r in candidate.recipients if r not in pair]
        if (
            proposal.reciprocal
            and (proposal is DIPLOMATIC_TIES or EVENT_TYPES[proposal.event].requires_recipient)
            and not candidate.recipients
            and len(candidate.actors) > 1
        ):
            # "Qatar and Saudi Arabia restored diplomatic relations": one side recognises the
            # other; "Jordan and the United States held joint exercises": one acts with the
            # other (talks, whose type needs no recipient, keep both as actors)
            candidate.actors, candidate.recipients = candidate.actors[:1], candidate.actors[1:]
        if proposal.needs_infinitive and not candidate.recipients:
            # "his threats to abandon Nato": the threatened act's object is the threat's target
            act = to_infinitive(noun, NOUN_INFINITIVE)
            target = next((c for c in act.children if c.dep_ == "dobj"), None) if act else None
            if target is None and act is None and (thing := of_object(noun)) is not None:
                # "the threat of sanctions against Ankara": the threatened act's target
                target = prep_object(thing, "against") or prep_object(thing, "on")
            if target is not None:
                candidate.recipients = index.resolve_all(target)
        candidate.recipients = [r for r in candidate.recipients if r not in candidate.actors]
        if proposal.needs_actor_object and not candidate.recipients and not violent_means:
            return None
        if proposal.needs_state_actor and not any(
            a.sector in STATE_SECTORS for a in candidate.actors
        ):
            return None
        if (
            names_a_document(noun)
            and not is_truce(noun)  # "violating the Ceasefire Agreement" is fighting
            and (candidate.light_verb is None or candidate.light_verb.lemma_ in OBJECT_LIGHT_VERBS)
        ):
            return None  # "struck a 2003 Honda Accord" is no deal struck
        return candidate

    # -- verbal triggers ----------------------------------------------------------------------
    def _verbal(self, verb: Token, index: MentionIndex, places: set[int]) -> Candidate | None:
        proposal, end, particle = None, verb.i + 1, None
        for child in verb.children:
            # "called Erdogan on Saturday": a phrase of time is never a particle ("call on");
            # "pushed back Russian troops": the parser may tag a particle right after its verb
            # as an adverb
            adverb_particle = child.dep_ == "advmod" and child.i == verb.i + 1
            # "opened fire on": a listed pair whose second word is the verb's object
            object_particle = child.dep_ == "dobj" and child.i == verb.i + 1
            if (
                child.dep_ in {"prt", "prep"} or adverb_particle or object_particle
            ) and not names_a_time(child):
                entry = PHRASAL.get((verb.lemma_.lower(), child.lower_))
                if (child.lower_ in COMITATIVE_PREPS or entry is FIGHTING_WITH) and any(
                    c.dep_ == "dobj" or (entry is FIGHTING_WITH and c.lower_ in ENEMY_PREPS)
                    for c in verb.children
                ):
                    entry = None  # "fight Isis alongside the Kurds" fights Isis
                if entry is not None:
                    proposal, particle = entry, child
                    if child.dep_ == "prt" or adverb_particle or object_particle:
                        end = max(end, child.i + 1)
                    break
        freed_by = set_free(verb) if proposal is None else None
        if freed_by is not None:
            proposal = SET_FREE
            if freed_by.i == verb.i + 1:
                end = freed_by.i + 1
        # "let free some 74 political leaders", parsed with "free" as a verb under "let"
        freeing = (
            verb.head
            if verb.lower_ == "free"
            and verb.dep_ in {"ccomp", "xcomp"}
            and verb.head.lemma_.lower() in FREEING_VERBS
            else None
        )
        if freeing is not None:
            proposal = SET_FREE
        if proposal is None and opened_to_people(verb, index):
            proposal = OPENED_TO_PEOPLE
        if proposal is None and swaps_captives(verb):
            proposal = CAPTIVES_SWAPPED
        if proposal is None:
            proposal = VERBS.get(verb.lemma_.lower())
        helped = helping_purpose(verb)
        if helped is not None:
            proposal = SENT_TO_HELP
        elif (
            helps(verb)
            and (purpose := helping_purpose(verb.head)) is not None
            and purpose.i == verb.i
        ):
            return None  # "sent advisers to support Assad": the sending is the event
        if proposal is None and self.open_verbs and verb.dep_ not in {"amod", "compound"}:
            proposal = OPEN_VERB
        if proposal is None:
            return None
        # "was hit by a car and killed": a mishap named on any passive of the chain (P207)
        if proposal.event == "ASSAULT" and (
            any(in_accident(v) for v in (verb, *verb.conjuncts) if v is verb or v.tag_ == "VBN")
            or reports_a_score(verb)
        ):
            return None  # a mishap or a game, no one's violence
        if proposal is BACKED_OUT and pact_left(verb) is None:
            return None  # "started backing out of the driveway"
        doc = verb.doc
        candidate = Candidate(doc[verb.i : end], verb, proposal, nominal=False)
        if verb.dep_ in {"amod", "compound"}:
            return self._adjectival(candidate, index)

        subj = subject(verb)
        # The nearest passive subject: the parser sometimes attaches a fronted phrase too
        # ("In eastern Ghouta, scene of …, 200 civilians were killed").
        passive_subj = next(
            (c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubjpass"),
            passive_subject(verb),
        )
        if passive_subj is None and at_the_hands_of(verb) is not None:
            # "whose killing at the hands of Houthi rebels": the gerund's owner undergoes it
            # (the parser may call "whose" its subject)
            owner = next(
                (c for c in verb.children if c.dep_ == "poss" or c.tag_ in {"PRP$", "WP$"}), None
            )
            if owner is not None:
                passive_subj, subj = owner, None
        if subj is None and passive_subj is None and is_passive(verb):
            # "Mr Sultana is thought to have been killed": the raised subject undergoes it
            passive_subj = reported_subject(verb)
        if subj is None and passive_subj is None and (first := passive_chain(verb)) is not None:
            # "were arrested and tortured by …": the chain's subject undergoes each of them
            passive_subj = passive_subject(first) or (first.head if first.dep_ == "acl" else None)
        if subj is None and passive_subj is None:
            passive_subj = shared_passive_subject(verb)
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
        if (
            proposal.event in UNDERGONE_TYPES
            and passive_subj is None
            and shared_object(verb) is None
            and (undergone := bare_participle(verb)) is not None
        ):
            # A passive with its auxiliary left out, as headlines and participle clauses write
            # it ("Three soldiers killed in Kashmir attack"): its subject undergoes the act
            passive_subj, subj = undergone, None
        # "led by the SDF … and supported by the US": a by-phrase names the agent.
        agent = passive_agent(verb) if passive_subj is not None else subj or passive_agent(verb)
        if agent is None and passive_subj is not None:
            agent = stray_agent(verb) or coordinated_agent(verb)
        if agent is None and passive_subj is None:
            agent = climb_agent(verb, index) if freeing is None else subject(freeing)
        if agent is not None:
            candidate.actors = index.resolve_all(agent)

        obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
        if obj is not None and obj.dep_ == "dative":
            obj = dative_object(obj)
        if (
            obj is None
            and passive_subj is None
            and not any(c.dep_ == "prep" and c.lower_ in proposal.preps for c in verb.children)
        ):
            obj = shared_object(verb)  # "arrested and tortured the protesters"
        if obj is None and particle is not None and particle.lower_ in ADVERB_PARTICLES:
            # "voted down the government's proposal": the parser may read the particle as a
            # preposition and the verb's object as its object
            obj = prep_object(verb, particle.lower_)
        if obj is None and proposal.needs_direct_object:
            # "called Britain's ambassador to the US a very stupid guy": read as a complement
            obj = next((c for c in verb.children if c.dep_ == "oprd" and index.resolve(c)), None)
        # An object of the verb's own: direct, a passive subject, or the noun a participle with
        # a by-phrase modifies ("the hostages returned by Iran"); not the noun of a bare
        # participle ("a group called Tahrir al-Sham").
        own_object = (
            obj
            or passive_subject(verb)
            or (verb.head if verb.dep_ == "acl" and passive_agent(verb) is not None else None)
        )
        struck = struck_thing(verb, own_object or passive_subj)
        if verb.lemma_ == "withdraw" and own_object is not None:
            stopped = NOUNS.get(own_object.lemma_.lower())
            if stopped is not None and stopped.event in STOPPABLE:
                return None  # "withdrew its support": the noun carries the stopping
        if (
            proposal.event == "ASSAULT"
            and struck is not None
            and struck.lemma_.lower() in ABSTRACT_TARGETS
        ):
            return None  # "will destroy any trust": no violence
        occupied = struck if struck is not None or verb.dep_ != "relcl" else verb.head
        if occupied is not None and occupied.lower_ in RELATIVE_PRONOUNS:
            occupied = relative_antecedent(occupied)
        if verb.lemma_ == "occupy" and occupied is not None and occupied.lemma_ in HELD_OFFICES:
            return None  # "a position he has occupied for a decade": a post held, not a town
        if verb.lemma_ == "strike" and struck is not None and object_words(struck) & PACT_NOUNS:
            return None  # "a deal struck with the Kurds" is agreed, not attacked
        if proposal is SHOT_DOWN and struck is not None and object_words(struck) & SHOT_DOWN_IDEAS:
            return None  # "the Senate shot down the proposal" rejects, it does not attack
        if proposal.event == "AID" and proposal.object_is == THEME:
            theme = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if theme is None and verb.dep_ == "relcl":
                theme = verb.head  # "a message he gave to the council": the message is given
            given = prep_object(verb, "with") if theme is not None else None
            if theme is not None and given is not None and index.resolve_all(theme):
                if not gives_material(given):
                    return None
                # "supplied the Houthis with missiles": the object receives what "with" names
                candidate.recipients = index.resolve_all(theme)
            elif theme is not None and not gives_material(theme):
                return None
            if (
                verb.lemma_ in LENT_BACKING_VERBS
                and theme is not None
                and theme.lemma_.lower() in BACKING_WORDS
                and not names_material(theme)
            ):
                return None  # "lent its support to Kiev": the backing noun is the event
        if verb.lemma_ == "expel" and _expels_as_a_sanction(verb, struck, candidate.actors, index):
            candidate.proposal = proposal = EXPEL_DIPLOMATS
            body = prep_object(verb, "from")
            if not candidate.actors and body is not None:
                # "Syria was expelled from the Arab League": the body expels
                candidate.actors = [r for r in index.resolve_all(body) if r.code == "IGO"]
        sense = object_sense(verb, proposal, obj, own_object, index)
        if sense is None:
            return None
        candidate.proposal = proposal = sense.proposal
        if verb.lemma_ == "withdraw" and obj is not None and obj.lemma_.lower() in MISSION_NOUNS:
            candidate.proposal = proposal = WITHDRAWN_MISSION
        if verb.lemma_ == SUMMONS and (
            obj is None
            or obj.lemma_.lower() not in DIPLOMAT_NOUNS
            or to_infinitive(verb, frozenset({"xcomp", "advcl"})) is not None
        ):
            return None
        if passive_subj is not None:
            obj = passive_subj
        if obj is not None and proposal.object_is == PLACE:
            target = obj
            if not is_place(target, places) and (inner := of_object(obj)) is not None:
                target = inner
            if is_place(target, places) and index.get(target) is None:
                candidate.place = place_span(target, places)
                candidate.recipients = place_holder(obj, index) or place_holder(target, index)
            elif is_place(target, places) and index.get(target) is not None:
                ref = index.get(target)
                if (
                    ref is not None
                    and ref.sector == "GOV"
                    and proposal.needs_place_object
                    and particle is None
                    and target is obj
                ):
                    # "has taken Moscow by surprise": a government, not a town; "captured
                    # Damascus", "took over Kabul", "took control of Khartoum" take the city
                    return None
                candidate.place = place_span(target, places)
                candidate.recipients = place_holder(obj, index) or place_holder(target, index)
            else:
                candidate.recipients = recipients(obj, proposal, index)
        elif withdrawn_forces(obj, proposal, index):
            # "withdrew its troops from Gaza": the forces are what is withdrawn; the one they
            # leave is named by "from", on the verb (below) or hung on the forces
            left = prep_object(obj, "from")
            candidate.recipients = index.resolve_all(left) if left is not None else []
        elif obj is not None and obj.lemma_.lower() in CONFLICT_NOUNS:
            # "fought a decades-long insurgency against the Turkish state": the conflict is what
            # is fought; whom, its own "against" says (else the verb's, below)
            candidate.recipients = prep_actors(obj, ENEMY_PREPS, index, depth=0)
        elif obj is not None and (proposal.object_is != THEME or obj.dep_ == "dative"):
            candidate.recipients = recipients(obj, proposal, index)
        elif obj is None and particle is not None and particle.dep_ == "prep":
            # "called for sanctions against Nigeria": the phrase's object is a measure or a
            # proposal that names who it is aimed at or comes from
            thing = prep_object(verb, particle.lower_)
            if thing is not None and thing.lemma_.lower() in MEASURE_NOUNS | PROPOSAL_NOUNS:
                candidate.recipients = party_of_thing(thing, index)
        # "Israeli missiles were fired at …": a weapon fired is its owner's means, not the
        # target; and it fixes the sense ("fired its missiles at cities" attacks; "fired the
        # minister" would need an actor as object)
        firing = verb.lemma_ in FIRING_VERBS
        fired = [r for r in candidate.recipients if r.id == WEAPONS_ENTRY] if firing else []
        if firing and not fired and obj is not None and index.get(obj) is not None:
            return None  # "Trump fired Rex Tillerson": dismissed from a post, not shot at
        if fired:
            candidate.recipients = [r for r in candidate.recipients if r not in fired]
            candidate.actors = candidate.actors or fired
        # "fired rockets at Tel Aviv": heavy weapons fired at a target are an attack wherever it
        # is; fired with no target ("test-fired a ballistic missile") they may be a test
        shelled = (
            firing
            and obj is not None
            and bool(object_words(obj) & FIRED_WEAPONS)
            and any(c.dep_ == "prep" and c.lower_ in {"at", "on"} for c in verb.children)
        )
        # "fought with the US against Isis": the enemy before any other phrase
        own = [
            *verb.children,
            *(p for p in against_in_setting(verb) if not other_event(p.head, proposal)),
        ]
        for prep in sorted(own, key=lambda c: c.lower_ != "against"):
            # "killed off the rebels": the parser may hang the object on the particle
            if (
                (prep.dep_ in {"prep", "dative"} or particle_with_object(prep))
                and prep.lower_ in proposal.preps
                and not candidate.recipients
                and hands_agent(prep) is None
            ):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        candidate.recipients = recipients(pobj, proposal, index)
        if (
            proposal.event == "CONSULT"
            and not candidate.recipients
            and obj is not None
            and obj.lemma_.lower() in MEETING_NOUNS
        ):
            # "hosted talks in Sochi with the leaders of Iran and Turkey": the meeting's partners
            partner = prep_object(obj, "with") or prep_object(verb, "with")
            if partner is not None:
                candidate.recipients = recipients(partner, proposal, index)
        if (
            proposal.reciprocal
            and proposal.object_is == THEME
            and "with" in proposal.preps
            and not candidate.recipients
            and obj is not None
        ):
            # "discussed the situation with Erdogan", "discussed developments in Syria with
            # Erdoğan": the parser hangs the other side on the thing discussed
            partner = prep_object(obj, "with") or next(
                (
                    found
                    for phrase in obj.children
                    if phrase.dep_ == "prep"
                    for thing in phrase.children
                    if thing.dep_ == "pobj" and (found := prep_object(thing, "with")) is not None
                ),
                None,
            )
            if partner is not None:
                candidate.recipients = others(
                    recipients(partner, proposal, index), candidate.actors
                )
        if not candidate.recipients:
            candidate.recipients = sense.recipients  # "met the conditions set by the EU"
        if proposal.event == "MOBILIZE" and not candidate.recipients:
            # "mobilized the army for a ground assault against Palestina"
            aim = prep_object(verb, "for")
            if aim is not None:
                candidate.recipients = prep_actors(aim, ENEMY_PREPS, index, depth=0)
        if aimed_at_clause_subject(proposal, verb) and not candidate.recipients:
            candidate.recipients = others(clause_subjects(verb, index), candidate.actors)
        if (
            not candidate.recipients
            and obj is not None
            and (
                (proposal.object_among and is_among(obj, proposal.object_among))
                or (proposal.needs_pact_object and bool(object_words(obj) & PACT_NOUNS))
            )
        ):
            # "shared evidence with Saudi Arabia", "signed a non-aggression pact with Iran":
            # the parser hangs the other side on the listed object or the pact
            other_side = next(
                (p for word in sorted(proposal.preps) if (p := prep_object(obj, word))), None
            )
            if other_side is not None:
                candidate.recipients = recipients(other_side, proposal, index)
        if helped is not None:
            aided = next(c for c in helped.children if c.dep_ == "dobj")
            candidate.recipients = recipients(aided, proposal, index)
        if proposal.event == "AID" and proposal.object_is == THEME and not candidate.recipients:
            candidate.recipients = compound_receiver(verb, candidate.actors, index)
        if proposal.event == "AID" and proposal.object_is == THEME and not candidate.recipients:
            sent = acted_on(verb)
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
        if verb.lemma_ == "return" and not candidate.recipients and obj is not None:
            # "returned a silver pendant to Russian authorities": property given back to whom
            owner = prep_object(verb, "to")
            candidate.recipients = index.resolve_all(owner) if owner is not None else []
        # "released a Turkish ship it seized": a captive, whoever or whatever it is, and
        # its owner the one released to
        captive = own_object or passive_subj
        released = proposal.mode == "release" and captive is not None and held_captive(captive)
        if released and not candidate.recipients and captive is not None:
            candidate.recipients = party_of_thing(captive, index)
        if labour_striking(verb, struck, candidate.actors):
            candidate.proposal = proposal = LABOUR_STRIKE  # "the rail unions will strike again"
        if (
            proposal.needs_actor_object
            and not candidate.recipients
            and not (fired or shelled or released or armed_strike(verb, struck, candidate.actors))
            and not warned_of_retaliation(verb)
        ):
            return None
        if (
            proposal.needs_actor_object
            and struck is not None
            and struck.lemma_.lower() in TARGET_NOUNS
            and not index.resolve_all(struck)
            and agent is not None
            and not candidate.actors
            and not is_weapon_or_attack(agent)
        ):
            return None  # "the storm hit Russia's positions", "sanctions hit its refineries"
        if proposal.needs_direct_object and own_object is None:
            return None
        if verb.lemma_ in SPEAKING_VERBS and all(
            r.sector in ADDRESSED_NO_ONE for r in candidate.recipients
        ):
            return None  # "spoke to reporters", "talked to residents": no meeting
        if proposal.object_among is ROAD_NOUNS and any(
            a.sector in STATE_SECTORS for a in candidate.actors
        ):
            return None  # a roadblock of the police or the army is no protest
        infinitive = to_infinitive(verb, XCOMP)
        if proposal.needs_infinitive and infinitive is None:
            return None
        if proposal.needs_complement and own_object is None and infinitive is None:
            return None
        if (
            proposal.needs_direct_object
            and verb.lemma_ in CALLING_WORDS
            and obj is not None
            and names_something(verb, obj)
        ):
            # "called her a hero" names her; "called on X to" asks; "called the YPG a terrorist
            # group" alleges
            if not stigmatises(verb):
                return None
            candidate.proposal = proposal = CALLED_A_LABEL
        if proposal.needs_label and not stigmatises(verb):
            return None
        if proposal.needs_pact_object and not names_pact(verb, obj):
            return None
        # The thing given, not its receiver: "offered Ukraine $1bn" offers money
        thing = next((c for c in verb.children if c.dep_ == "dobj"), obj)
        if (
            proposal.object_among
            and thing is not None
            and not is_among(thing, proposal.object_among)
        ):
            return None
        if proposal.object_itself and not (
            thing is not None and {thing.lemma_.lower(), thing.lower_} & proposal.object_among
        ):
            return None  # "acknowledge the seriousness of Russia's involvement"
        if proposal is LEFT_PACT and obj is not None and obj.tag_ == "PRP":
            return None  # "abandoned us": a pact left is named, people are not pacts
        if private_remark(verb, candidate.actors):
            return None
        if verb.lemma_ in VIEW_TAKING_VERBS and (states_a_view(verb) or bare_assent(verb)):
            return None
        if proposal.reciprocal and not candidate.recipients and len(candidate.actors) > 1:
            candidate.actors, candidate.recipients = candidate.actors[:1], candidate.actors[1:]
        candidate.actors = prefer_named(candidate.actors)
        candidate.recipients = [r for r in candidate.recipients if r not in candidate.actors]
        if proposal is OPEN_VERB and not (candidate.actors and candidate.recipients):
            return None  # no relation between two actors for the model to type
        if proposal.event in TALLIED and not candidate.actors and is_tally(verb, ATTACK_WORDS):
            return None  # "500,000 people have been killed in the war": a statistic
        return candidate

    def _adjectival(self, candidate: Candidate, index: MentionIndex) -> Candidate | None:
        """ "US-backed forces", "Turkish-led offensive": the name before the hyphen acts on
        the noun the participle modifies."""
        verb = candidate.head
        doc = verb.doc
        if verb.i < 2 or doc[verb.i - 1].text != "-":
            return None
        if verb.lemma_.lower() in STANDING_PARTICIPLES:
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
