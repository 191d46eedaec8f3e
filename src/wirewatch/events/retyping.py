"""A second look at each candidate once its arguments are known: the same words, another type.

Each rule revises the lexicon's proposal from what the trigger turned out to be about ("backed
the rebels" is AID, "blockaded the highway" by truckers a protest, "accepted refugees" asylum).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.events.arguments import (
    are_civil,
    backs_the_needy,
    is_armed,
    is_captive_person,
    is_individual,
    is_place,
    is_verbal_backing,
    names_material,
    object_words,
    pact_left,
    present_simple,
    undertakes,
)
from wirewatch.events.lexicon import (
    ACCEPT_DEMAND,
    ACCEPT_FAULT,
    ACCEPT_PEOPLE,
    ACCEPT_PROPOSAL,
    ACCEPTED_DEMANDS,
    ACCEPTED_PEOPLE,
    ACCEPTED_PROPOSALS,
    ACCEPTING_VERBS,
    ACCUSED_PEOPLE,
    ADMITTED_FAULTS,
    AGREEING_VERBS,
    AGREEING_WITH_A_VIEW,
    AID_TRIGGER,
    ARMED_BODY_MODIFIERS,
    ARSENAL_WORDS,
    BACKED_ARMED_NOUNS,
    BACKING_WORDS,
    BLOCKADE_WORDS,
    CAPTURED_PERSON,
    CLASH_WORDS,
    DISARM,
    DISARMING_VERBS,
    EXTRADITE,
    FIGHTING_WITH,
    FOUGHT_OUT,
    HOST_FORCES,
    HOSTAGE_TAKEN,
    HOSTAGE_TAKERS,
    HOSTED_FORCES,
    JOINT_EXERCISE,
    LABOUR_STRIKE,
    LEAVING_A_PACT,
    MILITARY_DRILL,
    OBSTRUCT,
    PACT_LEAVING_VERBS,
    PACT_NOUNS,
    PERSONAL_PRONOUNS,
    POLICE_RAID,
    PRIVATE_PEOPLE,
    PROMISED_RETALIATION,
    PROMISING_VERBS,
    RAID_WORDS,
    REFUSED_ACCEPTANCE,
    RETALIATION_NOUNS,
    SIEGE_WORDS,
    SIGNING_OBJECTS,
    STATE_OF_SIEGE,
    STATE_SECTORS,
    UNARMED_CLASH,
    VISIT_WORDS,
    VISITED_PLACES,
    WARNED_PEOPLE,
    WARNING_TO_ACT,
    WARNING_WORDS,
)
from wirewatch.events.syntax import (
    RELATIVE_PRONOUNS,
    MentionIndex,
    acted_on,
    prep_object,
    relative_antecedent,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from wirewatch.events.candidates import Candidate
    from wirewatch.schema import ActorRef


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
        candidate.proposal.event == "SUPPORT" and candidate.head.lemma_.lower() in BACKING_WORDS
    ):
        return
    if candidate.nominal and is_verbal_backing(candidate.head):
        return  # "gave political support to the army": said to be verbal, whoever is backed
    # Backing named as material is aid even to nobody named ("without US air support"); an
    # armed side only makes it aid when there is a recipient to aid.
    # A private person's backing of an armed group is sympathy, not supplies ("he said he
    # supported Isis until one month ago"); a state's, a force's or citizens' named with their
    # country is aid.
    armed = (
        bool(candidate.recipients)
        and any(is_armed(r) for r in (*candidate.actors, *candidate.recipients))
        and not all_private(candidate.actors)
    )
    # "a US-backed campaign", "the Turkish-backed Northern Front", "the campaign is backed by
    # the coalition": a backer of an armed body or a military undertaking backs it militarily,
    # named or not
    backed = candidate.head.head if candidate.adjectival else passively_backed(candidate)
    armed_body = backed is not None and (
        backed.lemma_.lower() in BACKED_ARMED_NOUNS
        or backed.lower_ in BACKED_ARMED_NOUNS
        or any(c.dep_ == "amod" and c.lower_ in ARMED_BODY_MODIFIERS for c in backed.children)
    )
    if armed or armed_body or names_material(candidate.head) or backs_the_needy(candidate.head):
        candidate.proposal = AID_TRIGGER


def passively_backed(candidate: Candidate) -> Token | None:
    """The one a passive or participle "backed" / "supported" is said of: the passive subject
    (the noun a relative pronoun stands for), the noun the participle modifies, or the subject
    of the clause a participle clause follows ("Rebels fought in Afrin, backed by …")."""
    verb = candidate.head
    if candidate.nominal or verb.tag_ != "VBN":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return relative_antecedent(subject) if subject.lower_ in RELATIVE_PRONOUNS else subject
    if verb.dep_ == "acl" or (verb.dep_ == "conj" and verb.head.dep_ == "acl"):
        return verb.head if verb.dep_ == "acl" else verb.head.head
    if verb.dep_ == "advcl":
        return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


def all_private(actors: list[ActorRef]) -> bool:
    """Actors that are only private people: no country and no sector, or civilians of no
    country."""
    return bool(actors) and all(a.code is None and a.sector in {None, "CVL"} for a in actors)


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


def hosted_forces(thing: Token, words: set[str]) -> bool:
    """Forces or a base as the hosted thing, also as a compound ("the sovereign base areas")."""
    compounds = {c.lemma_.lower() for c in thing.children if c.dep_ == "compound"}
    return bool((words | compounds) & HOSTED_FORCES)


def accepted_thing(candidate: Candidate) -> None:
    """Accepting, welcoming or hosting people is asylum (AID), hosting another's forces or bases
    cooperation (COOPERATE); accepting a proposal or pact is agreeing (AGREE; welcoming one
    stays backing), and so is accepting any other arrangement that names nobody to back;
    accepting a demand, a fault or that something is so concedes it (CONCEDE); not accepting
    anything else rejects it (REJECT)."""
    verb = candidate.head
    lemma = verb.lemma_.lower()
    if candidate.nominal or lemma not in ACCEPTING_VERBS | {"host"}:
        return
    thing = acted_on(verb)
    if thing is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        thing = verb.head  # "the refugees accepted by Canada"; not "pressure to accept"
    words = object_words(thing) if thing is not None else set()
    if words & ACCEPTED_PEOPLE:
        candidate.proposal = ACCEPT_PEOPLE
    elif lemma == "host" and thing is not None and hosted_forces(thing, words):
        candidate.proposal = HOST_FORCES
    elif words & ACCEPTED_DEMANDS and lemma == "accept":
        candidate.proposal = ACCEPT_DEMAND
    elif words & ADMITTED_FAULTS and lemma == "accept":
        candidate.proposal = ACCEPT_FAULT
    elif words & ACCEPTED_PROPOSALS and lemma == "accept":
        candidate.proposal = ACCEPT_PROPOSAL
    elif (
        lemma == "accept"
        and thing is None
        and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in verb.children
        )
    ):
        # "pressure to accept that Assad need only relinquish power if voted out": a point
        # conceded, not backing or a pact
        candidate.proposal = ACCEPT_DEMAND
    elif (
        lemma == "accept"
        and thing is not None
        and thing.pos_ != "PRON"
        and not candidate.recipients
        and candidate.proposal.event == "SUPPORT"
    ):
        # "accept the makeup of the constitutional body", "accept state rule": an arrangement
        # accepted, with nobody named as backed, is agreed to
        candidate.proposal = ACCEPT_PROPOSAL
    if (
        lemma == "accept"
        and candidate.proposal not in {ACCEPT_PEOPLE, ACCEPT_DEMAND, ACCEPT_FAULT}
        and any(c.dep_ == "neg" for c in verb.children)
    ):
        # "terms they could not accept", "will not accept our presence": refused (REJECT)
        candidate.proposal = REFUSED_ACCEPTANCE


def handed_over_for_trial(candidate: Candidate, index: MentionIndex) -> None:
    """Handing over suspects is extradition, judicial cooperation (as "extradite") with whoever
    they are handed to; handing over prisoners, hostages, bodies or a town stays a release or
    a return."""
    head = candidate.head
    if candidate.proposal.event != "RETREAT" or head.lemma_.lower() not in {"hand", "handover"}:
        return
    if head.lemma_.lower() == "hand" and not any(
        c.dep_ == "prt" and c.lower_ == "over" for c in head.children
    ):
        return
    thing = acted_on(head)
    if thing is None and candidate.nominal:
        thing = prep_object(head, "of")
    if thing is not None and object_words(thing) & ACCUSED_PEOPLE:
        candidate.proposal = EXTRADITE
        # the parser hangs "to" on the verb or on the people handed over
        receiver = prep_object(head, "to") or prep_object(thing, "to")
        candidate.recipients = index.resolve_all(receiver) if receiver is not None else []


def captured_person(candidate: Candidate) -> None:
    """ "their capture", "the capture of the two men": a person's capture is their being taken
    prisoner (COERCE), as the verb's is (``senses``); a town's capture stays an assault."""
    head = candidate.head
    if not candidate.nominal or candidate.proposal.event != "ASSAULT":
        return
    if head.lemma_.lower() != "capture" or candidate.place is not None:
        return  # "the capture of Palmyra", whatever the tagger makes of the name
    captive = prep_object(head, "of") or next((c for c in head.children if c.dep_ == "poss"), None)
    if captive is not None and is_captive_person(captive):
        candidate.proposal = CAPTURED_PERSON


def hostages_taken(candidate: Candidate) -> None:
    """A person captured by a transnational militant group ("western hostages who were captured
    by the organisation", "Isis fighters captured Bafrin") is abducted (ASSAULT), not arrested."""
    if candidate.proposal is CAPTURED_PERSON and any(
        a.code in HOSTAGE_TAKERS for a in candidate.actors
    ):
        candidate.proposal = HOSTAGE_TAKEN


def leaving_a_pact(candidate: Candidate) -> None:
    """ "pulled out of the Iran deal", "withdrawing from the agreement": leaving a pact or talks
    rejects them (not RETREAT, nor a strike when the word is "walk out")."""
    if candidate.proposal.event in {"RETREAT", "PROTEST"} and pact_left(candidate.head):
        candidate.proposal = LEAVING_A_PACT


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
    # with no clause, agreeing with a view rather than with an actor; in the present simple
    # ("agrees with the mayor that …") a view held, whatever the clause
    if present_simple(verb) or (
        (not undertakes(clause)) if clause is not None else not candidate.recipients
    ):
        candidate.proposal = AGREEING_WITH_A_VIEW


def warning_to_act(candidate: Candidate) -> None:
    """ "warned Trump to avoid military action", "warned Russia against treating …": a warning
    to do or not to do something asks (REQUEST); one of consequences stays a threat."""
    verb = candidate.head
    if candidate.nominal or verb.lemma_ not in WARNING_WORDS or not candidate.recipients:
        return
    if intimidates(candidate):
        return  # "warned Kurdish political activists … against staging protests": a threat
    if any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "against") for c in verb.children
    ):
        candidate.proposal = WARNING_TO_ACT


def intimidates(candidate: Candidate) -> bool:
    """A state's warning to activists, protesters or the opposition."""
    return any(a.sector in STATE_SECTORS for a in candidate.actors) and all(
        r.sector in WARNED_PEOPLE for r in candidate.recipients
    )


def promised_retaliation(candidate: Candidate) -> None:
    """ "Washington promised a strong response to any campaign", "pledged a tough response": a
    response or retaliation promised is a threat, not an agreement."""
    verb = candidate.head
    if candidate.nominal or verb.lemma_.lower() not in PROMISING_VERBS:
        return
    promised = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if promised is not None and object_words(promised) & RETALIATION_NOUNS:
        candidate.proposal = PROMISED_RETALIATION


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


def private_travel(candidate: Candidate) -> bool:
    """ "holidaymakers expected to visit the destination", "hundreds of journalists visit each
    year", "a place he has visited" (a "he" the dictionary does not know): a visit to no one
    by private people only is travel, not a consultation. A visit to someone, or by an
    official, a body or a named person, stays one."""
    return (
        candidate.head.lemma_.lower() in VISIT_WORDS
        and not candidate.recipients
        and bool(candidate.actors)
        and all(
            r.id in PRIVATE_PEOPLE
            or (not candidate.nominal and unknown_pronoun(r) and visits_a_place(candidate.head))
            for r in candidate.actors
        )
    )


def visits_a_place(verb: Token) -> bool:
    """A visit whose object, if it names one, is a place ("visit the country", "the towns he
    visited"), not someone the dictionary does not know ("He used to visit my husband")."""
    visited = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return visited is None or is_place(visited, set()) or visited.lemma_.lower() in VISITED_PLACES


def unknown_pronoun(ref: ActorRef) -> bool:
    """A personal pronoun that resolves to no dictionary entry and no country."""
    return ref.text.lower() in PERSONAL_PRONOUNS and ref.id is None and ref.code is None


def names_a_pact(candidate: Candidate) -> bool:
    """ "pulled out of the Iran nuclear deal", "support for the deal", "under the agreement": a
    pact named under a preposition, with no verb of making it, is an existing pact, not an
    agreement made."""
    noun = candidate.head
    if (
        candidate.nominal
        and candidate.proposal.event == "AGREE"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in PACT_LEAVING_VERBS
    ):
        return True  # "quit the Iran nuclear deal": left, not made
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
    if candidate.head.lemma_.lower() in BLOCKADE_WORDS and are_civil(candidate.actors):
        candidate.proposal = OBSTRUCT


def labour_strike(candidate: Candidate) -> None:
    """A strike by civilians or the opposition is a labour strike, not an attack ("dock
    workers staged a strike against the port authority")."""
    if (
        candidate.nominal
        and candidate.head.lemma_.lower() == "strike"
        and candidate.proposal.event == "ASSAULT"
        and are_civil(candidate.actors)
    ):
        candidate.proposal = LABOUR_STRIKE


def police_raid(candidate: Candidate) -> None:
    """A raid whose actors are all police is COERCE; soldiers' and commandos' stay ASSAULT."""
    if (
        candidate.head.lemma_.lower() in RAID_WORDS
        and candidate.proposal.event == "ASSAULT"
        and candidate.actors
        and all(a.sector == "COP" for a in candidate.actors)
    ):
        candidate.proposal = POLICE_RAID


def own_arsenal(candidate: Candidate) -> None:
    """Destroying weapons or stocks that are no one else's is disarming (RETREAT); "destroyed
    Syrian air defences" (someone else's) stays an attack."""
    verb = candidate.head
    if candidate.nominal or verb.lemma_.lower() not in DISARMING_VERBS or candidate.recipients:
        return
    thing = acted_on(verb)
    if thing is None or not object_words(thing) & ARSENAL_WORDS:
        return
    owners = [c for c in thing.children if c.dep_ == "poss"]
    if all(o.pos_ == "PRON" for o in owners):
        candidate.proposal = DISARM


STATE_FORCES = frozenset({"GOV", "MIL", "COP"})


def sides_fought(candidate: Candidate) -> None:
    """ "Government forces fought with rebels": state forces and insurgents of one country (both
    of none named, or Isis) fight each other; forces fighting with others' rebels ("Kurdish
    militants who had fought with US forces") are on one side."""
    if candidate.proposal is not FIGHTING_WITH:
        return
    for ours, theirs in (
        (candidate.actors, candidate.recipients),
        (candidate.recipients, candidate.actors),
    ):
        for state in (a for a in ours if a.sector in STATE_FORCES):
            for rebel in (r for r in theirs if r.sector == "REB"):
                if state.code == rebel.code or rebel.code == "IMG":
                    candidate.proposal = FOUGHT_OUT
                    return


def peacekeepers_sent(candidate: Candidate) -> None:
    """ "deployed peacekeepers to Nagorno-Karabakh", "the deployment of 230 troops to Liberia on
    a peacekeeping mission": forces sent to keep the peace are aid, as sending them is."""
    if candidate.proposal.event != "MOBILIZE" or not candidate.recipients:
        return
    heads = [h for h in (candidate.head, candidate.light_verb) if h is not None]
    nouns = [c for h in heads for c in h.children if c.dep_ in {"dobj", "nsubjpass"}]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ in {"as", "on", "of", "for"}:
            nouns += [c for c in prep.children if c.dep_ == "pobj"]
    words = {
        w.lemma_.lower()
        for noun in nouns
        for w in (noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"}))
    }
    if any(w.startswith("peacekeep") for w in words):
        candidate.proposal = AID_TRIGGER


def drills_with_a_partner(candidate: Candidate) -> None:
    """Drills held with another country's side ("Russia held military exercises with
    Belarus") are a joint exercise (COOPERATE, CAMEO 062), not a show of force; held "with
    50,000 troops" of one's own they stay one."""
    if candidate.proposal is not MILITARY_DRILL or not candidate.recipients:
        return
    own = {a.code for a in candidate.actors}
    if None not in own and all(
        r.code is not None and r.code not in own for r in candidate.recipients
    ):
        candidate.proposal = JOINT_EXERCISE
    else:
        candidate.recipients = []


def retype(candidate: Candidate) -> None:
    """Every rule of this module, in an order where each sees the ones before."""
    material_backing(candidate)
    civil_blockade(candidate)
    labour_strike(candidate)
    police_raid(candidate)
    own_arsenal(candidate)
    state_of_siege(candidate)
    accepted_thing(candidate)
    unarmed_clash(candidate)
    leaving_a_pact(candidate)
    captured_person(candidate)
    hostages_taken(candidate)
    agreeing_with_a_view(candidate)
    warning_to_act(candidate)
    promised_retaliation(candidate)
    sides_fought(candidate)
    drills_with_a_partner(candidate)
    peacekeepers_sent(candidate)
