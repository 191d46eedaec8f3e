"""Helpers over the dependency parse: which actor mention a token stands for, who the agent of
a predicate is, and how a coordination splits into two sides.

Every helper walks a bounded number of steps up or down the tree, so coding stays linear.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from wirewatch.actors.dictionary import WEAPONS_ENTRY
from wirewatch.events.lexicon import (
    ABOUT_EVENT_NOUNS,
    DEPLOYED_WEAPONS,
    FORCE_NOUNS,
    PACT_NOUNS,
    SEQUENCE_NOUNS,
    UNDERGONE_NOUNS,
)
from wirewatch.schema import ActorRef

RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}
SUBJECT_DEPS = {"nsubj", "csubj"}
# Verbs whose subject reports an event rather than taking part in it.
REPORT_VERBS = frozenset(
    {
        "report",
        "note",
        "say",
        "tell",
        "describe",
        "mention",
        "confirm",
        "cite",
        "quote",
        "write",
        "add",
        "think",
        "believe",
        "know",
        "suggest",
    }
)
MAX_CLIMB = 6
# Adjectives whose subject is the object of their infinitive ("hard to destroy").
OBJECT_RAISING_ADJECTIVES = frozenset(
    {"hard", "easy", "difficult", "impossible", "tough", "simple", "safe", "dangerous", "costly"}
)
# Heads that only count or pick out members of what their "of" names: "thousands of
# protesters", "a group of rebels", "some of the fighters" act as the protesters, rebels, fighters.
PARTITIVE_NOUNS = frozenset(
    {
        "thousand",
        "hundred",
        "dozen",
        "score",
        "million",
        "ten",
        "group",
        "member",
        "some",
        "many",
        "most",
        "several",
        "handful",
        "majority",
        "all",
        "both",
        "each",
        "none",
    }
)

# Roles held in a named body: "Taliban leaders", "EU negotiators", "Hezbollah guerrillas" act as
# the name before them (not through "of", and not supporters: "Trump supporters" are not Trump).
ROLE_NOUNS = frozenset(
    {
        "leader",
        "envoy",
        "negotiator",
        "representative",
        "delegate",
        "minister",
        "spokesman",
        "guerrilla",
        "loyalist",
        "figure",
        "operative",
        "cadre",
        "agent",
    }
)


# Head nouns of an organisation named by its compound: "the Hamas movement".
ORGANISATION_NOUNS = frozenset(
    {
        "movement",
        "group",
        "organisation",
        "organization",
        "militia",
        "faction",
        "network",
        "outfit",
        "party",
    }
)


def _listed_after_apposition(token: Token, depth: int = 3) -> list[Token]:
    """Members of a list the parser hung on a name in apposition: "the Turkish president,
    Recep Tayyip Erdogan, and Iran's Hassan Rouhani" -> Rouhani; "the Turkish foreign minister,
    Mevlüt Çavuşoğlu, his Russian counterpart, Sergei Lavrov, and Iran's Javad Zarif" -> Zarif
    (down the chain of appositions)."""
    listed: list[Token] = []
    for child in token.children:
        if child.dep_ == "appos":
            listed += child.conjuncts
            if depth > 1:
                listed += _listed_after_apposition(child, depth - 1)
    return listed


def is_generic(ref: ActorRef) -> bool:
    return bool(ref.id and ref.id.startswith("GEN-"))


@dataclass
class MentionIndex:
    """Token index -> the actor mention covering it (from the ``ww_actors`` layer).

    Words that stand for two actors ("the two leaders") carry two mentions: the first is the
    words' mention, and ``resolve_all`` gives both, as it gives both of "Lavrov and Kerry"."""

    by_token: dict[int, ActorRef]
    # (start, end) -> the later mentions on the same words as the first
    same_words: dict[tuple[int, int], list[ActorRef]] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, actors: list[ActorRef]) -> MentionIndex:
        by_token: dict[int, ActorRef] = {}
        same_words: dict[tuple[int, int], list[ActorRef]] = {}
        first: dict[tuple[int, int], ActorRef] = {}
        for ref in actors:
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is None:
                continue
            words = (ref.start, ref.end)
            if words in first:
                same_words.setdefault(words, []).append(ref)
                continue
            first[words] = ref
            for token in span:
                by_token[token.i] = ref
        return cls(by_token, same_words)

    def get(self, token: Token) -> ActorRef | None:
        return self.by_token.get(token.i)

    def resolve(self, token: Token) -> ActorRef | None:
        """The mention a token stands for, through relative pronouns and appositions."""
        if token.lower_ in RELATIVE_PRONOUNS and (
            token.tag_ in {"WDT", "WP", "WP$"} or relative_that(token)
        ):
            noun = relative_antecedent(token)
            if noun is None:
                return None
            token = noun
        ref = self.get(token)
        if (
            ref is None
            and (token.like_num or token.lemma_.lower() in PARTITIVE_NOUNS)
            # "one of the villagers, Amadou Diallo": a name in apposition (below) is who is meant
            and not any(c.dep_ == "appos" and self.get(c) for c in token.children)
        ):
            whole = of_object(token)
            if whole is not None and (counted := self.resolve(whole)) is not None:
                return counted
            # "Four Taliban members", "a Hamas group": the name they are members of
            if (named := self._compound_name(token)) is not None:
                return named
        # "Taliban leaders", "Hezbollah guerrillas": the name they speak or fight for; "the
        # Hamas movement", "the Taliban militant group": the name they are
        if (
            ref is None
            and token.lemma_.lower() in ROLE_NOUNS | ORGANISATION_NOUNS
            and (named := self._compound_name(token)) is not None
        ):
            return named
        # Prefer a name to a description: "the Syrian Ambassador, Riad Haddad" -> Haddad.
        if ref is None or is_generic(ref):
            if (named := self._named_apposition(token)) is not None:
                return named
            if token.dep_ == "appos" and (head := self.get(token.head)) and not is_generic(head):
                return head
            if ref is None and token.dep_ == "appos":
                return self.get(token.head)
        return ref

    def _compound_name(self, token: Token) -> ActorRef | None:
        named = (self.get(c) for c in token.children if c.dep_ == "compound")
        return next((r for r in named if r and not is_generic(r)), None)

    def _named_apposition(self, token: Token, depth: int = 2) -> ActorRef | None:
        """A name in apposition, also behind a description in apposition: "Assad's main
        backer, the Russian president, Vladimir Putin" -> Putin."""
        for child in token.children:
            if child.dep_ != "appos":
                continue
            ref = self.get(child)
            if ref is not None and not is_generic(ref):
                return ref
            if depth > 1 and (named := self._named_apposition(child, depth - 1)) is not None:
                return named
        return None

    def resolve_all(self, token: Token) -> list[ActorRef]:
        """The mentions of a token and of its conjuncts ("Lavrov and Kerry"), in order."""
        found: list[ActorRef] = []
        for conjunct in (token, *token.conjuncts):
            ref = self.resolve(conjunct)
            named = self._named_members(conjunct) if ref is not None and is_generic(ref) else []
            both = [ref, *self.same_words.get((ref.start, ref.end), [])] if ref is not None else []
            listed = [r for t in _listed_after_apposition(conjunct) if (r := self.resolve(t))]
            for item in (named or both) + listed:
                if all(item is not f for f in found):
                    found.append(item)
        return found

    def _named_members(self, token: Token) -> list[ActorRef]:
        """ "Rebels of Jaysh al-Islam and Jabhat al-Nusra": the named groups, not "rebels"."""
        named: list[ActorRef] = []
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}:
                # Every object and its conjuncts: a long name may be split into several.
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    for member in (pobj, *pobj.conjuncts):
                        ref = self.resolve(member)
                        # "leaders of Iran and Turkey": the first name is folded into the
                        # generic mention ("leaders of Iran", coded IRN), which stands for it
                        inside = ref is not None and ref is self.get(token)
                        if (
                            ref is not None
                            and (inside or not is_generic(ref))
                            and all(ref is not n for n in named)
                        ):
                            named.append(ref)
        return named

    def between(self, token: Token) -> tuple[list[ActorRef], list[ActorRef]]:
        """The two sides of "between A and B" (A and B may themselves be lists)."""
        conjuncts = sorted((token, *token.conjuncts), key=lambda t: t.i)
        cut = None
        for conjunct in conjuncts:
            for child in conjunct.children:
                if child.dep_ == "cc" and self.get(child) is None:
                    cut = child.i if cut is None else min(cut, child.i)
        side_a: list[ActorRef] = []
        side_b: list[ActorRef] = []
        for conjunct in conjuncts:
            ref = self.resolve(conjunct)
            if ref is None:
                continue
            side = side_b if cut is not None and conjunct.i > cut else side_a
            if all(ref is not r for r in side_a + side_b):
                side.append(ref)
        if cut is None and len(side_a) > 1:
            side_a, side_b = side_a[:1], side_a[1:]
        return prefer_named(side_a), prefer_named(side_b)


def prefer_named(refs: list[ActorRef]) -> list[ActorRef]:
    """Drop a description when a name of the same side says the same ("his deputy, Bogdanov")."""
    named_codes = {(r.code, r.sector) for r in refs if not is_generic(r)}
    return [r for r in refs if not (is_generic(r) and (r.code, r.sector) in named_codes)]


def relative_that(token: Token) -> bool:
    """ "the militia that Ankara is fighting": "that" as a relative clause's subject or object,
    which the tagger may tag as a conjunction (IN) rather than a relative pronoun."""
    return (
        token.lower_ == "that"
        and token.dep_ in {"nsubj", "nsubjpass", "dobj"}
        and token.head.dep_ == "relcl"
    )


def relative_antecedent(token: Token) -> Token | None:
    """The noun a relative clause hangs on: "a group that Lavrov said was linked" -> group."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.dep_ == "relcl":
            return current.head
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def of_object(noun: Token) -> Token | None:
    """The object of a noun's "of": "a couple of key towns" -> towns, "the town of X" -> X."""
    return prep_object(noun, "of")


# Prepositions of an event's place or setting ("protested outside the embassy", "fought in the
# war"), on whose object the parser may hang the event's "against" phrase.
SETTING_PREPS = frozenset({"outside", "in", "at", "near", "inside", "before", "across"})


def against_in_setting(head: Token) -> list[Token]:
    """An "against" phrase the parser hung on the object of the head's place or setting
    phrase: "staged a protest outside the stadium against the Assad regime"."""
    return [
        against
        for pobj in prep_objects(head, SETTING_PREPS)
        for against in pobj.children
        if against.dep_ == "prep" and against.lower_ == "against"
    ]


def prep_object(token: Token, word: str) -> Token | None:
    """The object of the token's preposition ``word``: ("received aid from Germany", "from")
    -> Germany."""
    return next(iter(prep_objects(token, frozenset({word}))), None)


def prep_objects(token: Token, words: frozenset[str]) -> list[Token]:
    """The objects of the token's prepositions among ``words``, in order: ("killed in a drone
    strike by gunmen", {"in", "with"}) -> [strike]."""
    return [
        pobj
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in words
        for pobj in child.children
        if pobj.dep_ == "pobj"
    ]


def subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def acted_on(verb: Token) -> Token | None:
    """What a verb acts on: its direct object, or its passive subject ("missiles were fired")."""
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def passive_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return at_the_hands_of(verb)


def at_the_hands_of(head: Token) -> Token | None:
    """ "killed at the hands of government forces", "his death at the hands of Houthi rebels":
    the idiom names the agent, as a by-phrase does."""
    for prep in head.children:
        if prep.dep_ == "prep" and (agent := hands_agent(prep)) is not None:
            return agent
    return None


def hands_agent(prep: Token) -> Token | None:
    """The agent an "at the hands of" phrase names, given its "at"; None for any other
    phrase (so that no target is read from it)."""
    if prep.lower_ != "at":
        return None
    hands = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if hands is None or hands.lower_ != "hands":
        return None
    return prep_object(hands, "of")


def stray_agent(verb: Token) -> Token | None:
    """A passive verb's by-phrase that the parser hung on a noun of the verb's own
    prepositional phrase: "was convicted of corruption by a Lima court"."""
    for prep in verb.children:
        if prep.dep_ == "prep":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (agent := prep_object(pobj, "by")) is not None:
                    return agent
    return None


CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in CLAUSE_SUBJECTS for c in verb.children)


def passive_chain(verb: Token) -> Token | None:
    """The first of the passive participles this one is chained to by coordination, when none
    after it has a subject of its own: "were detained, beaten and killed by Isis" (the parser
    hangs "killed" on "beaten" and "beaten" on "detained"). The first may be tagged an adjective
    ("the Kurds, armed and supported by the US military")."""
    current = verb
    while current.dep_ == "conj" and participle(current) and not _has_subject(current):
        current = current.head
    return current if current.i != verb.i and participle(current) else None


def participle(token: Token) -> bool:
    """A past participle, or one the tagger read as an adjective ("armed", "displaced")."""
    return token.tag_ == "VBN" or (token.tag_ == "JJ" and token.lower_.endswith("ed"))


def shared_passive_subject(verb: Token) -> Token | None:
    """Who undergoes a passive joined to an active verb whose subject it shares: "had sneaked
    into a convoy and were later identified and arrested", "had surrendered or been killed",
    "went to Syria, came home, and was arrested". The run of participles up to the one that
    carries the auxiliary has no subject of its own; the verb it is joined to (up the
    coordination) has the subject."""
    current = verb
    while not is_passive(current):
        if current.dep_ != "conj" or current.tag_ != "VBN" or _has_subject(current):
            return None
        current = current.head
    if current.tag_ != "VBN" or _has_subject(current):
        return None
    for _ in range(MAX_CLIMB):
        if current.dep_ != "conj":
            return None
        current = current.head
        if (found := subject(current)) is not None:
            return found
    return None


def coordinated_agent(verb: Token) -> Token | None:
    """The by-phrase a passive verb shares with the passives it is coordinated with: "were
    detained and forcibly disappeared by Isis", "were detained, beaten and killed by Isis" (the
    parser hangs it on the last)."""
    first = passive_chain(verb) or verb
    partners = sorted(
        (c for c in verb.conjuncts if c.tag_ == "VBN"), key=lambda c: abs(c.i - verb.i)
    )
    return next(
        (
            agent
            for p in partners
            if (agent := passive_agent(p)) is not None
            # one clause only: a conjunct with a subject of its own is another clause ("she
            # was killed … – and … they were held by …"); the first holds the shared subject
            and not _has_subject(verb if p.i == first.i else p)
            and (p.i == first.i or passive_chain(p) is not None)
        ),
        None,
    )


def light_noun(noun: Token, light_nouns: frozenset[str]) -> Token | None:
    """The noun of a light verb that carries this one in its "of": "the World Bank's
    disbursement of a loan to Egypt" -> disbursement (its owner acts, its "to" receives). The
    owner of a noun that only names the event ("the UN's report of attacks") does not act."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    holder = noun.head.head
    return holder if holder.lemma_.lower() in light_nouns else None


def frame_noun(noun: Token, frame_nouns: frozenset[str]) -> Token:
    """The noun a trigger names the kind of, which the verb and the phrases attach to: "a
    mediation effort between India and Pakistan" -> effort; else the trigger itself."""
    head = noun.head
    if noun.dep_ == "compound" and head.i > noun.i and head.lemma_.lower() in frame_nouns:
        return head
    return noun


# Nouns of a relation to someone: "a US ally", "Russia's partners" name another than the US or
# Russia.
RELATIONAL_NOUNS = frozenset(
    {"ally", "partner", "neighbour", "neighbor", "rival", "enemy", "foe", "adversary", "opponent"}
)


def owner_of_thing(token: Token, index: MentionIndex) -> list[ActorRef]:
    """The actor a thing belongs to, where the thing itself names none: "a Hezbollah command
    post" -> Hezbollah, "positions of the Syrian army" -> the army."""
    if index.resolve(token) is not None:
        return []
    if token.lemma_.lower() in RELATIONAL_NOUNS:
        # "a fellow US ally, Qatar": someone other than the US, named in apposition or not at all
        # (the parser may hang the apposition on the ally's own "in" phrase: "in the Gulf, Qatar")
        where = prep_object(token, "in")
        named = next(
            (c for h in (token, where) if h is not None for c in h.children if c.dep_ == "appos"),
            None,
        )
        return index.resolve_all(named) if named is not None else []
    for child in token.lefts:
        if child.tag_ == "PRP$":
            continue  # "suspended its aid", "their positions": most often the actor itself
        if child.dep_ in {"compound", "amod", "poss", "nmod"} and (ref := index.resolve(child)):
            return [ref]
    inner = of_object(token)
    if inner is not None and (named := index.resolve_all(inner)):
        return named
    holder = holder_of(token)
    return index.resolve_all(holder) if holder is not None else []


# "areas controlled by jihadists": the participles that name who holds a place or thing
HOLDING_VERBS = frozenset({"control", "occupy", "hold", "run"})
HELD_EVENTS = frozenset(
    {"talks", "meeting", "meetings", "conference", "summit", "election", "vote"}
)


def holder_of(thing: Token) -> Token | None:
    """Who holds a thing, by its participle: "positions held by Isis" -> Isis, "rebel-held
    eastern Ghouta" -> rebel."""
    if thing.lower_ in HELD_EVENTS:
        return None  # "talks held by the UN" are its talks, not a place it holds
    for child in thing.children:
        if child.dep_ == "acl" and child.lemma_.lower() in HOLDING_VERBS and child.tag_ == "VBN":
            agent = passive_agent(child)
            if agent is not None:
                return agent
        if (
            child.dep_ == "amod"
            and child.i < thing.i
            and child.lemma_.lower() in HOLDING_VERBS
            and child.i >= 2
            and child.doc[child.i - 1].text == "-"
        ):
            return child.doc[child.i - 2]  # the word before the hyphen holds it
    return None


def undergoer(noun: Token, index: MentionIndex) -> Token | None:
    """The person who owns a noun of what is done to someone, and so undergoes it: "since his
    arrest", "Robinson's release", "Rezaian, whose release …", "whose killing at the hands of
    Houthi rebels". None where the noun names an "of" object ("Turkey's arrest of journalists")
    or its owner is no person."""
    if of_object(noun) is not None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if at_the_hands_of(noun) is not None:
        return owner  # "whose killing at the hands of Houthi rebels"
    if noun.lemma_.lower() not in UNDERGONE_NOUNS:
        return None
    if owner.tag_ in {"PRP$", "WP$"} or owner.ent_type_ == "PERSON":
        return owner
    ref = index.resolve(owner)
    if ref is None:
        return None
    return None if acts_as_a_body(ref) else owner


# Sectors of generic agents that arrest, detain, release or kill as institutions or armed sides:
# "the regime's release", "the rebels' capture" are theirs to do, not to undergo.
ACTING_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "PRM", "NGO"})


def acts_as_a_body(ref: ActorRef) -> bool:
    """A country, a seat of government, a named group or organisation, or a generic agent of the
    state or an armed side; not a person, a name the dictionary does not know, or a civilian,
    journalist or activist ("Navalny's detention", "the journalist's abduction")."""
    ref_id = ref.id or ""
    if not ref_id or ref_id.startswith("P-"):
        return False
    if ref_id.startswith("GEN-"):
        return ref.sector in ACTING_SECTORS
    return True


def names_a_venue(word: Token, index: MentionIndex) -> bool:
    """ "the Brussels conference", "the Paris terror attacks", "the Vienna talks": a capital
    named before an event noun says where it happens, not that its government acts (a seat
    that is no place, "Pentagon support", still acts). Before a pact the parser often tags the
    capital as part of the pact's name ("the Minsk agreements"), so there the tag is not asked."""
    ref = index.get(word)
    return (
        ref is not None
        and (ref.id or "").endswith("-GOV")
        and (word.ent_type_ in {"GPE", "LOC"} or word.head.lemma_.lower() in PACT_NOUNS)
        and word.dep_ == "compound"
    )


def unknown_name(word: Token, index: MentionIndex) -> bool:
    """ "the Bataclan attack", "the Raqqa offensive", "the Skripal attack": a proper name
    before an event noun that the actor dictionary does not know, and that has no country,
    names where the event happened or whom it struck; known names act ("the Hamas attack", "a
    US attack")."""
    ref = index.get(word)
    return (
        ref is not None
        and word.dep_ == "compound"
        and word.pos_ == "PROPN"
        and ref.id is None
        and ref.code is None
    )


def nominal_agent(noun: Token, index: MentionIndex) -> Token | None:
    """Who does what a noun names: "Moscow's push", "attempts by Assad", "Russian aid", "a
    US-led airstrike"; not the one who undergoes it ("his arrest", "whose killing at the hands
    of Houthi rebels")."""
    handed = at_the_hands_of(noun)
    if handed is not None:
        return handed
    for child in noun.children:
        if child.dep_ == "poss":
            if undergoer(noun, index) is not None:
                break
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() == "claim":
            claimant = passive_agent(child)  # "a suicide bombing claimed by the Islamic State"
            if claimant is not None:
                return claimant
    for child in noun.children:
        if (
            child.dep_ in {"amod", "compound", "nmod"}
            and child.i < noun.i
            and index.get(child)
            and not names_a_venue(child, index)
            and not unknown_name(child, index)
        ):
            return child
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ == "led" and child.i < noun.i:
            # "a US-led airstrike": the name before "-led" leads it
            leader = next((c for c in child.lefts if index.get(c)), None)
            if leader is not None:
                return leader
    sequence = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if sequence is not None and sequence.lemma_.lower() in SEQUENCE_NOUNS:
        # "a series of airstrikes by Russian jets": the parser hangs the agent on "series"
        return nominal_agent(sequence, index)
    return None


# A gerund that is the object of one of these prepositions of a verb with an object is the
# object's act; of a passive verb, its subject's ("was charged with murdering").
OBJECT_CONTROL_PREPS = frozenset({"of", "for", "from", "against", "with"})

# Verbs of raising, sending or using forces: what their purpose infinitive names is done by the
# ones raised, sent or used ("the force raised by Washington to fight Isis": the force fights).
ENLISTING_VERBS = frozenset(
    {
        "raise", "recruit", "train", "arm", "send", "deploy", "dispatch", "use", "hire",
        "enlist", "mobilise", "mobilize", "equip", "employ", "field",
    }
)  # fmt: skip
# The ones raised or sent, where the dictionary has no name for them ("the force raised by
# Washington"): they still act, not the sender. Any other object is a means ("used chemical
# weapons to kill", "sent fighter jets to destroy the reactor"): the user acts.
ENLISTED_PEOPLE = FORCE_NOUNS | frozenset(
    {"group", "militia", "fighter", "proxy", "mercenary", "volunteer", "recruit", "army"}
)
# ... except helping: forces sent to help or protect someone are the sender's aid.
HELPING_VERBS = frozenset(
    {"help", "support", "protect", "defend", "assist", "back", "aid", "bolster", "reinforce"}
)


# Verbs of sending forces: sent to help someone, the forces are that someone's aid.
SENDING_VERBS = frozenset({"send", "deploy", "dispatch"})


def helping_purpose(verb: Token) -> Token | None:
    """The helping to-infinitive of a verb of sending ("sent tactical advisers to support
    Assad", "sent the air force to prop up the Syrian leader"), where it names whom it helps. A
    sending only offered or planned ("offered to send troops to help") is the offer's."""
    if verb.lemma_.lower() not in SENDING_VERBS or verb.dep_ == "xcomp":
        return None
    for infinitive in verb.children:
        if (
            infinitive.dep_ in {"xcomp", "advcl"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
            and helps(infinitive)
            and any(c.dep_ == "dobj" for c in infinitive.children)
        ):
            return infinitive
    return None


def helps(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in HELPING_VERBS or (
        lemma == "prop" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    )


def enlisted(infinitive: Token) -> Token | None:
    """Who does what a purpose infinitive under a verb of raising, sending or using forces
    names: the verb's object, its passive subject, or the noun its participle or relative
    clause describes ("Kurdish groups used as proxies to fight Isis", "a militia it had raised
    to fight Isis"). None where the verb is not such a verb or names none of these."""
    verb = infinitive.head
    if (
        infinitive.dep_ not in {"advcl", "xcomp"}
        or verb.lemma_.lower() not in ENLISTING_VERBS
        or infinitive.lemma_.lower() in HELPING_VERBS
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
    ):
        return None
    controller = acted_on(verb)
    described = verb.head if verb.head.pos_ in {"NOUN", "PROPN"} else None
    if controller is not None and controller.lower_ in RELATIVE_PRONOUNS:
        controller = described if verb.dep_ == "relcl" else None  # "fighters whom Iran sent"
    elif controller is None and verb.dep_ in {"acl", "relcl"}:
        controller = described
    return controller


def bare_participle(verb: Token) -> Token | None:
    """Who undergoes a past participle used as a passive with its auxiliary left out: a
    headline's "Three soldiers killed in Kashmir attack", a participle clause's "Kidnapped the
    day after his birthday, the boys …", "fighters who are children or injured". None where
    anything marks it active or names its agent: an auxiliary on it (or on the participle it is
    joined to), an object, a by-phrase."""
    if passive_agent(verb) is not None:
        return None
    if any(c.dep_ in {"dobj", "dative", "aux", "auxpass", "nsubjpass"} for c in verb.children):
        return None
    if misread_past(verb) or headline_passive(verb):
        return subject(verb)
    if verb.tag_ != "VBN":
        return None
    if verb.dep_ == "ROOT":
        return subject(verb)
    if verb.dep_ == "conj" and is_passive(verb.head) and subject(verb) is not None:
        return subject(verb)  # "had been killed and the children severely injured"
    if subject(verb) is not None:
        return None
    if verb.dep_ == "advcl":
        return subject(verb.head)
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        return bare_participle(verb.head)  # "Two killed and three wounded in attack"
    if verb.dep_ == "conj" and verb.head.dep_ in {"attr", "acomp"}:
        return subject(verb.head.head)  # "are children or injured"
    return None


def misread_past(verb: Token) -> bool:
    """A past participle the tagger read as a past tense, with its noun as the subject: "the
    first Briton killed fighting Isis" — no object, no clause, but a gerund of its own."""
    return (
        verb.tag_ == "VBD"
        and subject(verb) is not None
        and not any(c.dep_ in {"ccomp", "prt"} for c in verb.children)
        and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children)
    )


def headline_passive(verb: Token) -> bool:
    """A headline's passive with its auxiliary left out, read by the parser as an active verb:
    "Woman stabbed while jogging", "Juvenile arrested in Oxford bar had …". Its subject is a
    bare singular noun opening the sentence, naming no entity (prose would give it an article,
    a possessive or a number), and the verb has no object or complement."""
    noun = subject(verb)
    return (
        verb.tag_ in {"VBD", "VBN"}
        and noun is not None
        and noun.i == noun.sent.start
        and noun.tag_ in {"NN", "NNP"}
        and not noun.ent_type_
        and not any(c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in noun.children)
        and not any(
            c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "prt"}
            for c in verb.children
        )
    )


def is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def reported_subject(verb: Token) -> Token | None:
    """The subject a reporting verb in the passive raises to this, its infinitive: "Isis" in
    "Isis is believed to have killed …", "Mr Sultana" in "is thought to have been killed"."""
    if verb.dep_ != "xcomp" or verb.head.lemma_ not in REPORT_VERBS:
        return None
    return passive_subject(verb.head)


# Prepositions of an adverbial gerund: "after meeting Putin, Erdogan said …", "in admitting that
# its forces struck the convoy, the military confirmed …": the reporter's own act, not a report.
# (Participial clauses of a speech verb were measured and are not: "he said, reaching out with
# his arm", "protesting that …"; RESULTS.md, P214.)
ADJUNCT_PREPS = frozenset({"by", "in", "after", "before", "on", "upon", "since", "while", "when"})


def adverbial_gerund(token: Token, below: Token) -> bool:
    """``token`` is the gerund of ``below``, an adverbial phrase of the verb above it (not its
    complement; not a noun inside it: "said in a statement on the attack")."""
    return (
        below.dep_ == "prep"
        and below.lower_ in ADJUNCT_PREPS
        and token.dep_ == "pcomp"
        and token.head.i == below.i
    )


def climb_agent(token: Token, index: MentionIndex) -> Token | None:
    """The agent of a predicate with no subject of its own, found up the tree: the subject
    of a controlling verb ("failed to break"), the noun a participle modifies ("insurgents
    taking the town"), the subject of the verb a noun is governed by ("focusing on air strikes").
    Stops at a subject position and at verbs that only report."""
    if (
        token.dep_ == "xcomp"
        and token.head.pos_ == "ADJ"
        and token.head.lemma_.lower() in OBJECT_RAISING_ADJECTIVES
    ):
        return None  # "groups that are hard to destroy": who destroys is not said
    enlisted_by = enlisted(token)
    if enlisted_by is not None:
        ref = index.resolve(enlisted_by)
        weapons = ref is not None and ref.id == WEAPONS_ENTRY
        if ref is not None and not weapons and enlisted_by.lemma_.lower() not in DEPLOYED_WEAPONS:
            return enlisted_by
        if ref is None and enlisted_by.lemma_.lower() in ENLISTED_PEOPLE:
            return None  # not the one who raised or sent them, though they have no name
    current, below, under = token, token, token
    # "Israel was prepared to release …", "forces are poised to storm …": an adjective that
    # governs the predicate itself is read as a verb would be.
    governing_adjective = token.dep_ == "xcomp" and token.head.pos_ == "ADJ"
    for _ in range(MAX_CLIMB):
        verbal = current.pos_ in {"VERB", "AUX"} or (
            governing_adjective and current.i == token.head.i
        )
        if verbal and current.i != token.i:
            if current.lemma_ in REPORT_VERBS and not adverbial_gerund(token, below):
                # "Isis is believed to have killed …": a reporting verb in the passive raises
                # the subject of its infinitive; otherwise it only reports. A passive
                # infinitive's raised subject undergoes it ("is thought to have been killed").
                held = reported_subject(below) if not is_passive(token) else None
                return held if held is not None and held.lower_ not in RELATIVE_PRONOUNS else None
            if (
                below.dep_ == "prep"
                and below.lower_ in OBJECT_CONTROL_PREPS
                and under.dep_ == "pcomp"
                and under.head.i == below.i
            ):
                # "blamed the PKK for attacking", "prevented Turkey from attacking", "is
                # accused of killing", "was charged with murdering": the one blamed, stopped
                # or charged does it, the object of an active verb or the subject of a passive;
                # and what its gerund's clause does ("accused Iran of planning to attack")
                accused = next(
                    (c for c in current.children if c.dep_ in {"dobj", "nsubjpass"}), None
                )
                if accused is not None and index.resolve(accused) is not None:
                    return accused
            if (
                is_passive(current)
                and not is_passive(token)
                and (
                    (
                        below.i == token.i
                        and token.dep_ == "advcl"
                        and token.tag_ == "VBG"
                        and any(
                            c.dep_ == "mark" and c.lower_ in ADJUNCT_PREPS for c in token.children
                        )
                    )
                    or (adverbial_gerund(token, below) and below.lower_ != "by")
                )
            ):
                # "were wounded while attacking rebels", "was detained by police after
                # attacking a guard": an adverbial clause's unstated subject is its passive
                # verb's subject, not the by-phrase (a bare participle, "…, accusing the
                # authorities", is often someone else's; and under a passive verb "by"
                # marks its agent, so a "by" gerund hung there is as often misplaced)
                held = passive_subject(current)
                if held is not None and held.lower_ in RELATIVE_PRONOUNS:
                    # "a soldier who was killed … while fighting": the noun the clause describes
                    held = current.head if current.dep_ == "relcl" else None
                return held
            given = beneficiary(current, below)
            if given is not None:
                return given
            # A passive governor's subject does what its infinitive says ("Israel was asked /
            # forced / prepared to release …"): control passes to it, not to the by-phrase.
            controlled = below.dep_ == "xcomp" and below.head.i == current.i
            found = (
                subject(current)
                or (passive_subject(current) if controlled else None)
                or passive_agent(current)
            )
            if found is not None and found.lower_ in RELATIVE_PRONOUNS:
                return None  # "which took place": the clause is about its head noun
            if found is not None:
                return found
            # Object control, only where the controlling verb has no subject of its own
            # ("after persuading the US to support …" -> the US supports). With a subject the
            # subject wins ("Moscow persuaded the US to support" -> Moscow): taking the object
            # first was measured and lost PLV/GSR actor matches (benchmarks/RESULTS.md).
            if token.dep_ == "xcomp" or current.i != token.i:
                controller = next((c for c in current.children if c.dep_ == "dobj"), None)
                if (
                    controller is not None
                    and index.resolve(controller) is not None
                    and (any(c.dep_ == "xcomp" for c in current.children))
                ):
                    return controller
        if current.dep_ in {"nsubj", "nsubjpass", "csubj", "ROOT", "ccomp", "relcl"}:
            return None
        if current.dep_ == "acl" and current.head.pos_ in {"NOUN", "PROPN"}:
            if index.resolve(current.head) is not None:
                return current.head
            agent = nominal_agent(current.head, index)
            if agent is not None:
                return agent
        if (
            current.dep_ == "prep"
            and current.lower_ in {"of", "in"}
            and below.dep_ == "pcomp"
            and current.head.pos_ in {"NOUN", "PROPN"}
            and not is_passive(below)
        ):
            # "Turkey's plan of invading Syria", "Russia's role in bombing hospitals": who
            # does what the noun names does its gerund ("the Kurds' fear of being attacked" not;
            # nor "its commitment to supporting", "insistence on": what is promised or demanded)
            agent = nominal_agent(current.head, index)
            if agent is not None:
                return agent
        current, below, under = current.head, current, below
    return None


# Verbs that answer a request: their subject (a passive's by-phrase) is the one asked.
ANSWERING_VERBS = frozenset(
    {
        "reject", "deny", "decline", "refuse", "rebuff", "dismiss", "ignore", "grant",
        "accept", "approve", "consider", "review", "heed", "honour", "honor", "fulfil",
        "fulfill", "answer",
    }
)  # fmt: skip


def request_addressee(noun: Token, index: MentionIndex) -> Token | None:
    """Who a request was made of, where the sentence says it by the answer or by the act done
    at it: the subject of a verb that rejects, grants or considers it ("a Turkish court has
    rejected Australia's request"; a passive's by-phrase), or who acts "at the request of"
    someone ("Russia intervened at Assad's request", "Russia's intervention at Assad's
    request")."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in ANSWERING_VERBS:
        return passive_agent(head) if noun.dep_ == "nsubjpass" else subject(head)
    if noun.dep_ == "pobj" and head.lower_ == "at":
        acting = head.head
        if acting.pos_ in {"VERB", "AUX"}:
            return subject(acting) or passive_agent(acting)
        if acting.pos_ == "NOUN":
            return nominal_agent(acting, index)
    return None


# What one is given to do something with: "an excuse to launch", "a free hand to attack".
AFFORDED_NOUNS = frozenset(
    {"chance", "opportunity", "excuse", "pretext", "hand", "light", "licence", "license"}
    | {"permission", "mandate", "right", "time", "choice", "option", "leeway", "go-ahead"}
)
GIVING_VERBS = frozenset({"give", "offer", "grant", "hand", "leave", "allow", "afford", "deny"})


def beneficiary(verb: Token, below: Token) -> Token | None:
    """Who does what a chance, an excuse or a free hand is given for: the one given it, not
    the giver. "gave Assad's forces an excuse to launch" -> the forces; "leave the Turks with a
    free hand to attack" -> the Turks; "were given a chance to attack" -> its subject. The
    infinitive may hang on the noun or, as the parser often has it, on the verb."""
    if verb.lemma_.lower() not in GIVING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    with_nouns = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    afforded = [n for n in objects + with_nouns if n.lemma_.lower() in AFFORDED_NOUNS]
    if not afforded:
        return None
    through_noun = any(below.i in (n.i, n.head.i) for n in afforded)
    own_infinitive = below.dep_ in {"advcl", "xcomp"} and below.tag_ == "VB"
    if not (through_noun or own_infinitive):
        return None
    dative = next((c for c in verb.children if c.dep_ == "dative"), None)
    if dative is not None:
        return dative
    if any(n in with_nouns for n in afforded) and objects:
        return objects[0]
    return passive_subject(verb) if is_passive(verb) else None


def nominal_climb(noun: Token, index: MentionIndex, light_verbs: frozenset[str]) -> Token | None:
    """The agent of a noun with none of its own, when a verb carries the noun: "providing
    military aid" (a light verb), "focusing on air strikes", "claimed victories, including the
    capture of …". The subject of a verb that only has the noun as its topic or object ("stay
    silent on the fighting", "support the talks") is not the noun's agent."""
    current = noun
    for _ in range(MAX_CLIMB):
        dep = current.dep_
        if dep in {"conj", "appos"}:
            current = current.head
            continue
        if dep == "pobj":
            holder = current.head.head
            if holder.pos_ == "NOUN" and holder.lemma_.lower() in ABOUT_EVENT_NOUNS:
                return None  # "made no mention of the attack": talk about it, not its agent
            if holder.pos_ in {"NOUN", "PROPN"} and holder.i != current.head.i:
                current = holder
                continue
            if holder.pos_ == "VERB" and holder.lemma_ in light_verbs:
                return subject(holder) or passive_agent(holder) or climb_agent(holder, index)
            return None
        if dep in {"dobj", "attr"} and current.head.lemma_ in light_verbs:
            verb = current.head
            return subject(verb) or passive_agent(verb) or climb_agent(verb, index)
        return None
    return None
