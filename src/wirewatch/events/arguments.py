"""What a trigger's words point at: the actors and things its parse names, and tests on them.

Shared by the candidate finder (``candidates``), the second look at its candidates
(``retyping``) and the passes that aim them (``partners``); everything here reads the parse and
the resolved mentions, nothing builds a candidate.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from wirewatch.actors.dictionary import ARMED_SECTORS, WEAPONS_ENTRY
from wirewatch.events.lexicon import (
    ACCEPTED_PEOPLE,
    ACCIDENT_NOUNS,
    ACT_NOUNS,
    AGREEING_VERBS,
    ARMED_NOUNS,
    AUTHOR_PREPS,
    BORDER_WORDS,
    CAPTIVE_NOUNS,
    CAPTIVE_PRONOUNS,
    CAPTURED_PEOPLE,
    CIVIL_SECTORS,
    FREEING_VERBS,
    HOLDING_VERBS,
    LEFT_THINGS,
    MATERIAL_MODIFIERS,
    MATERIAL_NOUNS,
    MATERIAL_THEMES,
    MEASURE_NOUNS,
    MEETING_PREPS,
    NEEDY_MODIFIERS,
    NEEDY_NOUNS,
    OPENING_VERBS,
    PACT_NOUNS,
    PLACE_NOUNS,
    PROPOSAL_NOUNS,
    PROTEST_BREAKERS,
    SCORING_VERBS,
    SIGNED_LETTER,
    SPAN_NOUNS,
    STANDING_NOUNS,
    STIGMA,
    STOPPING_VERBS,
    SWAPPING_VERBS,
    TALLY_COUNT_WORDS,
    TALLY_MINIMUM,
    TARGET_NOUNS,
    TARGET_PREPS,
    UNDERTAKING_MODALS,
    VEHICLE_NOUNS,
    VERBAL_BACKING_NOUNS,
    VERBAL_MODIFIERS,
    WRONG_NOUNS,
    Trigger,
)
from wirewatch.events.syntax import (
    PARTITIVE_NOUNS,
    RELATIVE_PRONOUNS,
    MentionIndex,
    acted_on,
    holder_of,
    is_passive,
    of_object,
    owner_of_thing,
    passive_agent,
    passive_subject,
    prep_object,
    subject,
)
from wirewatch.schema import ActorRef

NOUN_POS = {"NOUN", "PROPN"}


def are_civil(actors: list[ActorRef]) -> bool:
    """Actors who are all civilians, the opposition or unions (``CIVIL_SECTORS``): their
    blockades and strikes are protests, not a state's restrictions or attacks."""
    return bool(actors) and all(a.sector in CIVIL_SECTORS for a in actors)


def is_armed(ref: ActorRef) -> bool:
    """A military, rebel or paramilitary actor, an armed body by its head noun ("government
    forces" is coded as the government), or weapons named as someone's ("Syrian government
    missiles" are armed whoever owns them)."""
    return (
        ref.sector in ARMED_SECTORS
        or ref.id == WEAPONS_ENTRY
        or ref.text.split()[-1].lower() in ARMED_NOUNS
    )


def names_something(verb: Token, obj: Token) -> bool:
    """ "called the rebels terrorists", "called Britain's ambassador a very stupid guy", "a
    documentary called The Brits Battling Isis": an object complement makes a call a naming,
    not a phone call. The object itself, read by the parser as the complement, counts only
    where the call has no subject: "a documentary called The Brits …" names, "Macron called
    Putin on Friday" phones."""
    return any(
        c.dep_ in {"oprd", "ccomp", "xcomp"} and (c.i != obj.i or subject(verb) is None)
        for c in verb.children
    ) or any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in obj.children)


def particle_with_object(token: Token) -> bool:
    """ "killed off the rebels" parsed with "off" as a particle and "the rebels" as its
    object: a particle that takes an object is a preposition."""
    return token.dep_ == "prt" and any(c.dep_ == "pobj" for c in token.children)


def shared_object(verb: Token) -> Token | None:
    """The direct object a verb shares with the conjuncts that follow it, when it has none of
    its own: "arrested, tortured and killed thousands of activists" (each verb's). Only "and",
    "or" and commas may stand between the verbs."""
    current = verb
    while True:
        conjuncts = (c for c in current.children if c.dep_ == "conj" and c.pos_ == "VERB")
        following = next((c for c in conjuncts if c.i > current.i), None)
        if following is None:
            return None
        between = current.doc[current.i + 1 : following.i]
        if any(t.lower_ not in {"and", "or", ","} for t in between):
            return None
        obj = next((c for c in following.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
        current = following


DASHES = frozenset({"-", "–", "—"})


def hyphen_pair(noun: Token, index: MentionIndex) -> tuple[ActorRef, ActorRef] | None:
    """The two actors of a "Trump-Putin meeting", "US-Russia agreement": first and second."""
    doc = noun.doc
    for second in noun.children:
        if second.dep_ not in {"compound", "amod", "nmod"} or not 2 <= second.i < noun.i:
            continue
        if doc[second.i - 1].text not in DASHES:
            continue
        first, other = index.resolve(doc[second.i - 2]), index.resolve(second)
        if first is not None and other is not None and first != other:
            return first, other
    return None


def stigmatises(verb: Token) -> bool:
    """Whether what a verb of naming or portraying calls its object is a stigmatising label:
    its "as" phrase ("described them as terrorists"; also one hung on the verb's own phrase:
    "described him in a speech as a terrorist") or its object complement ("called the YPG a
    terrorist group")."""
    phrases = [c for c in verb.children if c.dep_ in {"oprd", "xcomp"}]
    # "designated Hezbollah a terrorist group": the parser hangs the complement on the object
    phrases += [
        a
        for o in verb.children
        if o.dep_ in {"dobj", "dative"}
        for a in o.children
        if a.dep_ == "appos" and a.pos_ == "NOUN"
    ]
    for child in verb.children:
        if child.dep_ == "prep":
            if child.lower_ == "as":
                phrases.append(child)
            else:
                phrases.extend(
                    a
                    for pobj in child.children
                    if pobj.dep_ == "pobj"
                    for a in pobj.children
                    if a.dep_ == "prep" and a.lower_ == "as"
                )
    return any(STIGMA.search(" ".join(t.text for t in p.subtree)) for p in phrases)


def is_individual(ref: ActorRef, doc: Doc) -> bool:
    """A person: a dictionary person, or a name the parser calls a person."""
    if ref.id is not None and ref.id.startswith("P-"):
        return True
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ == "PERSON"


def modifiers(word: Token) -> set[str]:
    """The lemmas of a word's modifiers, coordinated ones included ("political and military")."""
    direct = [c for c in word.children if c.dep_ in {"amod", "compound"}]
    return {m.lemma_.lower() for c in direct for m in (c, *c.conjuncts)}


def names_material(head: Token) -> bool:
    """ "military support", "US air support", "supported … with military aid", or backing paid
    for: "raised $2,447 to support research", "a €225m support package"."""
    if modifiers(head) & MATERIAL_MODIFIERS or paid_for(head):
        return True
    for prep in head.subtree:  # the parser may hang "with" on the object ("Karzai … with aid")
        if prep.dep_ == "prep" and prep.lower_ == "with":
            words = {t.lemma_.lower() for pobj in prep.children for t in pobj.subtree}
            if words & (MATERIAL_NOUNS | MATERIAL_MODIFIERS):
                return True
    return False


def backs_the_needy(backing: Token) -> bool:
    """Backing of people in need or of a place of care: "supports a refugee population", "the
    hospitals and clinics it supports", "support for refugees"."""
    if backing.pos_ in {"NOUN", "PROPN"}:
        backed = [p for word in ("for", "to") if (p := prep_object(backing, word)) is not None]
    else:
        backed = [c for c in backing.children if c.dep_ == "dobj"]
        if (described := modified_object(backing)) is not None:
            backed.append(described)
    return any(
        word.lemma_.lower() in NEEDY_NOUNS or modifiers(word) & NEEDY_MODIFIERS
        for thing in backed
        for word in (thing, *thing.conjuncts)
    )


def paid_for(backing: Token) -> bool:
    """Backing that money or aid pays for: the purpose of giving it ("pledged $5bn to support
    countries", "provided assistance to support refugees"), or a sum's package named by it ("a
    €225m support package")."""
    governor = backing.head
    to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in backing.children)
    if backing.dep_ in {"advcl", "xcomp"} and to_infinitive:
        return any(c.dep_ == "dobj" and names_money_or_aid(c) for c in governor.children)
    if backing.dep_ == "compound":
        return any(is_money(t) for t in governor.subtree if t.i != backing.i)
    return False


def names_money_or_aid(theme: Token) -> bool:
    """ "$5bn", "a total of $2,447", "$1.7 billion in humanitarian assistance", "funds"; not a
    bare count ("two years", "its votes")."""
    words = [t for t in theme.subtree if t.dep_ not in {"relcl", "acl"}]
    return any(is_money(t) or t.lemma_.lower() in MATERIAL_THEMES for t in words)


def is_money(token: Token) -> bool:
    return token.tag_ == "$" or token.ent_type_ == "MONEY"


def is_verbal_backing(noun: Token) -> bool:
    """ "political support", not "political and military support"; a blessing, praise or an
    endorsement is only ever said."""
    if noun.lemma_.lower() in VERBAL_BACKING_NOUNS:
        return True
    words = modifiers(noun)
    return bool(words & VERBAL_MODIFIERS) and not words & MATERIAL_MODIFIERS


def gives_material(theme: Token) -> bool:
    """ "sent troops", "provided arms and air cover", "$3bn", "amounts of aid", "them" (said
    before); not "a green light", "a rebuke", "birth"."""
    if theme.pos_ == "PRON":
        return True
    words = [theme, *theme.conjuncts]
    inner = of_object(theme)
    for _ in range(2):  # "hundreds of tons of aid": amounts of amounts of what is given
        if inner is None:
            break
        words += [inner, *inner.conjuncts]
        inner = of_object(inner)
    words += [
        c for w in words for c in w.children if c.dep_ in {"compound", "nummod", "quantmod", "nmod"}
    ]
    return any(w.lemma_.lower() in MATERIAL_THEMES or w.like_num or w.tag_ == "$" for w in words)


def names_pact(verb: Token, obj: Token | None) -> bool:
    """ "signed a treaty", "signed it", "A and B signed", "a letter of intent signed by the
    president", "the agreement they signed"; not "signed an executive order", "signed the
    bill", "a letter signed by MPs", "signs his name to the bill", "signing up for
    insurance"."""
    if obj is None:
        obj = modified_object(verb)
    if obj is not None and obj.lemma_.lower() in PACT_NOUNS:
        return True
    if obj is not None and obj.lemma_.lower() == SIGNED_LETTER:
        return any(
            p.lower_ == "of" and any(w.lower_ == "intent" for w in p.children) for p in obj.children
        )
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    return obj is None or obj.pos_ == "PRON"


def modified_object(verb: Token) -> Token | None:
    """The noun a passive participle or an object relative clause acts on: "a letter signed by
    MPs", "a statement he signed", "the treaty, which has yet to be signed"; not the subject of
    "the countries that signed"."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    if verb.dep_ == "relcl" and any(
        c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS)
        for c in verb.children
    ):
        return verb.head
    return None


def pact_left(head: Token) -> Token | None:
    """The pact or talks a verb of leaving leaves: "pulled out of the Iran deal", "withdrawing
    from the agreement" (the parser may hang "of" on "out")."""
    holders = [head, *(c for c in head.children if c.lower_ == "out")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}:
                left = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if left is not None and left.lemma_.lower() in LEFT_THINGS:
                    return left
    return None


def is_among(obj: Token, words: frozenset[str]) -> bool:
    """A pronoun, or an object (or its "of" phrase, or a coordinated one) among these words.
    "What" stands for no noun ("what other people had to offer"), so it is none of them; an
    amount ("$1bn") is money."""
    if obj.pos_ == "PRON":
        return obj.tag_ != "WP"
    return bool(object_words(obj) & words) or ("money" in words and obj.ent_type_ == "MONEY")


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
    if clause is None or not finite(clause):
        return False  # "accept any refugees fleeing the violence": a participle is no view
    if any(
        c.dep_ in {"xcomp", "dobj"} or (c.dep_ == "prep" and c.lower_ in {"to", "on", "with"})
        for c in verb.children
    ):
        return False
    return not undertakes(clause)


def present_simple(verb: Token) -> bool:
    """ "agrees", "both agree": the present simple, with no auxiliary, tells a view held
    rather than an act ("have agreed", "will agree" and the past tell acts)."""
    return verb.tag_ in {"VBZ", "VBP"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children
    )


def bare_assent(verb: Token) -> bool:
    """ "Aliki Meirmaridou agrees.": "agree" in the present simple with nothing agreed, to,
    on or with, is assent to a view, not an agreement."""
    return (
        verb.lemma_ in AGREEING_VERBS
        and present_simple(verb)
        and not any(
            c.dep_ in {"dobj", "xcomp", "ccomp", "prep", "dative", "attr", "acomp"}
            for c in verb.children
        )
    )


def finite(clause: Token) -> bool:
    """A clause with a tense or an auxiliary of its own ("that the regime is responsible")."""
    return clause.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} for c in clause.children
    )


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


def place_holder(place: Token, index: MentionIndex) -> list[ActorRef]:
    """Who holds a place that is taken: its holder ("41 positions held by Isis", "rebel-held
    Idlib") or an owner that is no country ("a Hezbollah command post", "the regime's
    airbase"). A country word on a place ("the Syrian town of Qusayr") says where it is, and
    "its", "their" most often the taker's own."""
    holder = holder_of(place)
    if holder is not None:
        return index.resolve_all(holder)
    for child in place.lefts:
        if child.tag_ == "PRP$" or child.dep_ not in {"compound", "amod", "poss", "nmod"}:
            continue
        ref = index.resolve(child)
        if ref is not None and ref.sector is not None:
            return [ref]
    return []


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


def held_captive(thing: Token) -> bool:
    """Whether a noun phrase says what it names is held: "three detained sailors", "a
    candidate who was jailed", "a ship it seized", "the hostages held by Hamas"."""
    return any(
        child.dep_ in {"amod", "acl", "relcl"}
        and child.tag_ in {"VBN", "VBD"}
        and child.lemma_.lower() in HOLDING_VERBS
        for child in thing.children
    )


def swaps_captives(verb: Token) -> bool:
    """ "swapped 300 prisoners of war", "exchanged hostages for prisoners": captives named as
    the object of a verb of exchange (a pronoun may stand for anything exchanged)."""
    if verb.lemma_.lower() not in SWAPPING_VERBS:
        return False
    swapped = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        swapped is not None
        and swapped.pos_ != "PRON"
        and bool(object_words(swapped) & CAPTIVE_NOUNS)
    )


def opened_to_people(verb: Token, index: MentionIndex) -> bool:
    """ "opened its borders to refugees", "reopened the border to Syrians": people let in, not
    goods ("opened its borders to German products") nor a neighbour ("borders with Syria")."""
    if verb.lemma_.lower() not in OPENING_VERBS:
        return False
    opened = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if opened is None or opened.lemma_.lower() not in BORDER_WORDS:
        return False
    for prep in (*verb.children, *opened.children):
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if object_words(pobj) & ACCEPTED_PEOPLE:
                return True
            # "to Syrians", "to a large number of Afghans": a people, not a state
            for people in (pobj, of_object(pobj)):
                ref = index.resolve(people) if people is not None else None
                if ref is not None and (ref.sector in {"CVL", "REF"} or people.tag_ == "NNPS"):
                    return True
    return False


def set_free(verb: Token) -> Token | None:
    """The adjective "free" that makes "let" or "set" a release ("set the prisoners free",
    "let free activists"); "free" parsed as a verb of its own is a trigger itself."""
    if verb.lemma_.lower() not in FREEING_VERBS:
        return None
    for child in verb.children:
        if child.lower_ == "free" and child.pos_ == "ADJ":
            return child
        if child.dep_ == "dobj":
            for word in child.children:
                if word.lower_ == "free" and word.dep_ == "amod" and word.i == verb.i + 1:
                    return word
    return None


def recipients(target: Token, proposal: Trigger, index: MentionIndex) -> list[ActorRef]:
    """Who an event is done to: the actors the target names, or else the actor that owns it
    ("shelled a Hezbollah command post"). A trigger that needs an actor as its object takes an
    owner only of a military target ("struck Turkish army positions"; "released a Hamas video"
    releases no one)."""
    found = index.resolve_all(target)
    lemma = target.lemma_.lower()
    owned = proposal.owner_as_object or (proposal.standing_as_object and lemma in STANDING_NOUNS)
    if found or (proposal.needs_actor_object and lemma not in TARGET_NOUNS and not owned):
        return found
    if proposal.owner_as_object and is_place(target, set()):
        return []  # "defended the Syrian city of Kobane" defends no one's policy
    return party_of_thing(target, index)


EXPOSURE_WORDS = frozenset({"vulnerable", "exposed", "open", "susceptible", "safe", "immune"})
PROTECTING_VERBS = frozenset({"protect", "defend", "shield", "guard", "save"})
DANGER_NOUNS = frozenset({"threat", "danger", "risk", "prospect"})
# Verbs whose subject would be hit by the attack they take ("the Kurds fear attack by Turkey",
# "3 million people are bracing for attack").
FEARING_VERBS = frozenset({"fear", "face", "dread", "brace"})


def exposed_to(attack: Token) -> Token | None:
    """What an attack named only as a danger would hit: "leave the SDF vulnerable to Turkish
    attack" (the SDF), "protect the Kurds from a Turkish assault" (the Kurds), "exposed to the
    threat of a Turkish attack", "the Kurds fear attack by Turkey"."""
    if attack.dep_ == "pobj" and attack.head.lower_ == "of":
        danger = attack.head.head
        if danger.lemma_.lower() in DANGER_NOUNS:
            attack = danger
    prep = attack.head
    feared = prep if attack.dep_ == "dobj" else prep.head if prep.lower_ == "for" else None
    if feared is not None and feared.lemma_.lower() in FEARING_VERBS and feared.pos_ == "VERB":
        return subject(feared)
    if attack.dep_ != "pobj" or prep.lower_ not in {"to", "from", "against"}:
        return None
    word = prep.head
    if word.lemma_.lower() in PROTECTING_VERBS and word.pos_ == "VERB":
        return acted_on(word)
    if word.lower_ not in EXPOSURE_WORDS:
        return None
    own = subject(word)  # "leave [the SDF vulnerable …]" as a small clause
    if own is not None:
        return own
    governor = word.head
    if word.dep_ == "acomp":  # "the SDF is vulnerable to …"
        return subject(governor)
    # "leave its allies exposed to …": the object of the verb the adjective completes
    return next((c for c in governor.children if c.dep_ == "dobj"), None)


def blamed_for(attack: Token) -> Token | None:
    """Who an attack is blamed on: "blamed the Russian government for the attack", "held
    Tehran responsible for the strike", "accused Iran of the attack", "Russia was blamed for
    the attack", "the attack was blamed on Russia": by the sentence's word, the attacker."""
    prep = attack.head
    if attack.dep_ in {"nsubjpass", "dobj"} and prep.lemma_.lower() == "blame":
        return prep_object(prep, "on")  # "blamed the attack on Kurdish militants"
    if attack.dep_ != "pobj":
        return None
    word = prep.head
    lemma = word.lemma_.lower()
    if not (
        (prep.lower_ == "for" and lemma in {"blame", "responsible"})
        or (prep.lower_ == "of" and lemma == "accuse")
    ):
        return None
    verb = word.head if lemma == "responsible" and word.dep_ in {"oprd", "acomp", "xcomp"} else word
    return acted_on(verb)


def party_of_thing(thing: Token, index: MentionIndex) -> list[ActorRef]:
    """The actor a thing belongs to ("condemned Trump's sanctions", "rejected Saddam's
    proposal"), else, for a measure, its target ("lifted sanctions on Iran") and, for a
    proposal, its author ("rejected a request from his counterpart"); a wrong's culprit
    ("condemned war crimes by the militia") before all."""
    if thing.lemma_.lower() in PARTITIVE_NOUNS and (whole := of_object(thing)) is not None:
        thing = whole  # "some of its restrictions on …"
    lemma = thing.lemma_.lower()
    if lemma in WRONG_NOUNS and (culprit := author_of(thing, frozenset({"by"}), index)):
        return culprit  # "the killing of protesters by the police": "of" names the victim
    owner = owner_of_thing(thing, index)
    if owner:
        return owner
    if lemma in MEASURE_NOUNS:
        return prep_actors(thing, TARGET_PREPS, index)
    if lemma in PROPOSAL_NOUNS:
        return author_of(thing, AUTHOR_PREPS, index)
    if lemma in ACT_NOUNS:
        return author_of(thing, frozenset({"by"}), index)
    return []


def has_author(thing: Token) -> bool:
    """The thing is said to be someone's, known actor or not: a possessor, a plural or a name
    before it ("hostage-takers demands"), an "of"/"by"/"from" phrase, or a participle with a
    by-phrase ("set by the EU")."""
    return any(
        c.dep_ == "poss"
        # a plural or a name before it, not a kind ("market demands")
        or (c.dep_ == "compound" and c.tag_ in {"NNS", "NNP", "NNPS"})
        or (c.dep_ == "prep" and c.lower_ in {"of", "by", "from"})
        or (c.dep_ == "acl" and passive_agent(c) is not None)
        for c in thing.children
    )


def author_of(thing: Token, words: frozenset[str], index: MentionIndex) -> list[ActorRef]:
    """Who made a thing: its own from/by phrase, or a participle's by-phrase on it ("every
    offer made by the Taliban", "a resolution drafted by France")."""
    return prep_actors(thing, words, index, depth=0) or [
        ref
        for made in thing.children
        if made.dep_ == "acl" and (author := passive_agent(made)) is not None
        for ref in index.resolve_all(author)
    ]


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


def _number(token: Token) -> float | None:
    try:
        return float(token.text.replace(",", ""))
    except ValueError:
        return None


def counted_in_hundreds(noun: Token) -> bool:
    """ "more than 500,000 people", "tens of thousands of Turks": a count of 100 or more."""
    for token in noun.subtree:
        if token.lower_ in TALLY_COUNT_WORDS:
            return True
        value = _number(token) if token.like_num else None
        if value is not None and value >= TALLY_MINIMUM:
            return True
    return False


def is_tally(verb: Token, attack_words: frozenset[str]) -> bool:
    """ "More than 500,000 people have been killed in Syria as a result of the war", "more
    than 100 civilians have been killed since the beginning of the year": a count of 100 or more
    over a span, with no agent and no means named, is a statistic, not an event.
    ``attack_words``: nouns that name the means ("killed in airstrikes" reports the airstrikes)."""
    victims = passive_subject(verb)
    if victims is None or passive_agent(verb) is not None or not counted_in_hundreds(victims):
        return False
    clause = [t for t in verb.subtree if t.i not in {v.i for v in victims.subtree}]
    if any(t.lemma_.lower() in attack_words for t in clause):
        return False
    return any(
        t.lower_ == "since" or (t.lemma_.lower() in SPAN_NOUNS and t.dep_ in {"pobj", "nsubj"})
        for t in clause
    )


SCORE = re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")


def in_accident(trigger: Token) -> bool:
    """ "was killed in a traffic accident", "was not injured in the collision", "was hit by a
    car": the harm came from a mishap its own phrase names, not from anyone's violence."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in {"in", "by", "during"}
        and pobj.dep_ == "pobj"
        and pobj.lemma_.lower() in ACCIDENT_NOUNS
        for prep in trigger.children
        for pobj in prep.children
    ) or any(
        agent.dep_ == "agent" and pobj.dep_ == "pobj" and _driverless(pobj, trigger)
        for agent in trigger.children
        for pobj in agent.children
    )


def _driverless(noun: Token, verb: Token) -> bool:
    """A vehicle no clause of its own says was driven by someone or did something: "hit by a
    car" is a mishap, "a truck driven by an Isis sympathiser" a ramming attack ("the car that
    hit Johnson" is described by the verb itself)."""
    return noun.lemma_.lower() in VEHICLE_NOUNS and not any(
        c.dep_ in {"acl", "relcl"} and c.i != verb.i for c in noun.children
    )


# What kills or injures with nobody behind it, besides the mishaps and vehicles above: "a woman
# was killed when a large eucalyptus tree fell".
NATURAL_CAUSES = frozenset(
    {
        "tree", "storm", "flood", "avalanche", "landslide", "earthquake", "lightning",
        "tornado", "hurricane", "wildfire", "illness", "disease", "cancer", "overdose",
    }
)  # fmt: skip
# Economic and other abstract blows that "hit" people with nobody behind them: "workers who
# have been hit by low oil prices", "hit by military setbacks".
ABSTRACT_BLOWS = frozenset(
    {
        "price", "setback", "crisis", "recession", "downturn", "slump", "shortage",
        "inflation", "cut", "loss", "decline", "drop", "fall", "slowdown", "glut",
    }
)  # fmt: skip
# Clauses that give the circumstance of an event ("killed when a tree fell").
CIRCUMSTANCE_MARKS = frozenset({"when", "as", "after"})
# What a pedestrian or rider was doing when struck ("was struck while walking near the road").
ON_THE_ROAD = frozenset({"walk", "cross", "jog", "cycle", "ride", "bike", "stroll"})


def accidental(verb: Token) -> bool:
    """An accident or a natural force is named as the cause: the verb's subject or by-phrase,
    or the subject of a "when"/"as"/"after" clause under it, of it or of a verb joined to it
    ("was killed and five others were injured when a tree fell", "struck, killed by car"), or
    the noun its relative clause describes ("the car that hit Johnson"). ``in_accident`` reads
    the trigger's own phrase for every candidate; this reads the clause around violence for
    which nobody is named."""
    joined = [verb, *verb.conjuncts]
    # "struck, killed by car": a participle clause under it, with its own by-phrase
    joined += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN"]
    causes = [found for word in joined for found in (subject(word), passive_agent(word))]
    if verb.dep_ == "relcl" and any(
        c is not None and c.lower_ in RELATIVE_PRONOUNS for c in causes
    ):
        causes.append(verb.head)  # "the car that hit Johnson"
    causes += [
        subject(clause)
        for word in joined
        for clause in word.children
        if clause.dep_ == "advcl"
        and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in CIRCUMSTANCE_MARKS for c in clause.children
        )
    ]
    return any(c is not None and _mishap(c, verb) for c in causes) or _struck_on_the_road(verb)


def _struck_on_the_road(verb: Token) -> bool:
    """ "was struck while walking near Red Bank Road": struck or hit, with no one named, while
    walking, crossing or riding, is a road accident ("stabbed while jogging" is not)."""
    return (
        verb.lemma_.lower() in {"strike", "hit"}
        and is_passive(verb)
        and passive_agent(verb) is None
        and any(
            clause.dep_ == "advcl"
            and clause.lemma_.lower() in ON_THE_ROAD
            and any(c.dep_ == "mark" and c.lower_ == "while" for c in clause.children)
            for clause in verb.children
        )
    )


def _mishap(cause: Token, verb: Token) -> bool:
    """A cause that is no one's act: a mishap, a natural force, a vehicle no one drove, or an
    abstract blow that "hits" ("hit by low oil prices")."""
    lemma = cause.lemma_.lower()
    return (
        lemma in ACCIDENT_NOUNS | NATURAL_CAUSES
        or _driverless(cause, verb)
        or (lemma in ABSTRACT_BLOWS and verb.lemma_.lower() in {"hit", "strike", "batter"})
    )


def reports_a_score(verb: Token) -> bool:
    """ "beating Enppi 1-0", "a team that they beat 45-23": a result with a score is sport."""
    if verb.lemma_.lower() not in SCORING_VERBS:
        return False
    return SCORE.search(verb.doc[verb.left_edge.i : verb.right_edge.i + 1].text) is not None


def names_a_document(noun: Token) -> bool:
    """ "the North American Free Trade Agreement", "a 2003 Honda Accord": a pact word in a
    proper name names a document (or a car), not an agreement being made; a verb that acts on
    it ("signed the Paris Agreement") is coded instead."""
    return (
        noun.lemma_.lower() in PACT_NOUNS
        and noun.tag_ in {"NNP", "NNPS"}
        and noun.is_title
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.lefts)
    )


def stops(verb: Token) -> bool:
    """A verb that stops what its object names: "halted aid", "ended the strike", "called off
    the talks"."""
    lemma = verb.lemma_.lower()
    return lemma in STOPPING_VERBS or (
        lemma == "call"
        and any(c.lower_ == "off" and c.dep_ in {"prt", "advmod"} for c in verb.children)
    )


def stopped_bare(noun: Token) -> bool:
    """ "ended their strike", "the strike was called off": a strike stopped with no target
    named is a labour strike ("called off the strike on Iran" names one)."""
    return (
        noun.dep_ in {"dobj", "nsubjpass"}
        and stops(noun.head)
        and not any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for c in noun.children)
    )


def breaks_up(verb: Token, protest: Token, index: MentionIndex) -> bool:
    """ "Police ended the sit-in", "the ministry ended the doctors' strike": a protest stopped
    by police, an army or anyone but its own protesters is no concession of theirs."""
    stopper = passive_agent(verb) or subject(verb)
    stopped_by = index.resolve(stopper) if stopper is not None else None
    if stopped_by is not None and stopped_by.sector in PROTEST_BREAKERS:
        return True
    owner = next((c for c in protest.children if c.dep_ == "poss"), None)
    owned_by = index.resolve(owner) if owner is not None else None
    return (
        owned_by is not None
        and stopped_by is not None
        and (owned_by.name, owned_by.code) != (stopped_by.name, stopped_by.code)
    )


def is_captive_person(token: Token) -> bool:
    """Whether a captured thing is a person: a name, a word for people ("fighters", "men",
    "suspects") or a personal pronoun, not a town or a position."""
    return (
        token.ent_type_ == "PERSON"
        or token.lemma_.lower() in CAPTURED_PEOPLE
        or token.lower_ in CAPTIVE_PRONOUNS
    )
