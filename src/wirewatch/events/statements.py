"""Statements: an actor saying something (said, stated, warned, a statement, a comment), with
the content, what it is about, and the accusations it carries.

A statement is found like an event — a speech verb or noun with its speaker — and the same
modality applies: "has made no public comment" is a statement with ``negation``, which is
exactly what "Moscow has gone quiet" is measured from. A statement that labels someone
("a group that Lavrov said was linked to Al Qaeda") also yields an ACCUSE candidate.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirewatch.events.arguments import stigmatises
from wirewatch.events.candidates import Candidate
from wirewatch.events.lexicon import LIGHT_VERBS, VERBS, Trigger, _t
from wirewatch.events.ontology import EVENT_TYPES, MATERIAL_CONFLICT, VERBAL_CONFLICT
from wirewatch.events.syntax import (
    MentionIndex,
    climb_agent,
    nominal_agent,
    nominal_climb,
    passive_agent,
    passive_subject,
    relative_antecedent,
    subject,
)
from wirewatch.schema import ActorRef

SPEECH_VERBS = frozenset(
    {
        "say",
        "state",
        "tell",
        "announce",
        "warn",
        "claim",
        "insist",
        "note",
        "add",
        "declare",
        "stress",
        "reiterate",
        "comment",
        "argue",
        "assert",
        "affirm",
        "repeat",
        "confirm",
        "deny",
        "report",
        "describe",
        "acknowledge",
        "admit",
        "maintain",
        "explain",
        "emphasise",
        "emphasize",
        "predict",
        "vow",
        "write",
        "call",
        "mention",
        "tweet",
    }
)
SPEECH_NOUNS = frozenset(
    {
        "statement",
        "comment",
        "remark",
        "announcement",
        "declaration",
        "speech",
        "briefing",
        "communique",
        "interview",
        "warning",
    }
)
PRONOUNS = {"it", "its", "they", "them", "their", "he", "him", "his", "she", "her"}
TOPIC_LABELS = {"EVENT", "LAW", "WORK_OF_ART", "GPE", "LOC"}
QUOTES = {"“": "”", '"': '"'}
# Words that make a statement about someone an accusation.
ACCUSING_LEMMAS = frozenset(
    {
        "terrorist",
        "terror",
        "terrorism",
        "extremist",
        "criminal",
        "linked",
        "link",
        "jihadist",
        # attribution: "said the militants were responsible", "was behind the attack"
        "responsible",
        "behind",
        "guilty",
        "culpable",
    }
)
ACCUSE = _t("ACCUSE", "allege")
CONFLICT_QUADS = frozenset({VERBAL_CONFLICT, MATERIAL_CONFLICT})
DEMAND = _t("REQUEST")
OBLIGATION_AUX = {"must", "should"}
# What the speaker's own side must do is resolved, not asked of anyone.
FIRST_PERSON = frozenset({"we", "i"})


@dataclass
class StatementParts:
    verb: Span
    head: Token
    nominal: bool
    speakers: list[ActorRef]
    content: Span | None
    predicate: Token | None = None  # the head of the content clause, when it is a clause
    about: list[ActorRef] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


def _quote(sentence: Span) -> Span | None:
    doc = sentence.doc
    for token in sentence:
        close = QUOTES.get(token.text)
        if close is None:
            continue
        for end in range(token.i + 1, sentence.end):
            if doc[end].text == close:
                return doc[token.i + 1 : end] if end > token.i + 1 else None
        return None
    return None


CONTENT_PREPS = {"about", "on", "regarding", "over", "that", "for"}


def _content(head: Token, nominal: bool) -> tuple[Span | None, Token | None]:
    """The reported content: a clause, else an object or topic phrase, else a quote."""
    doc = head.doc
    order = ("acl", "relcl", "prep") if nominal else ("ccomp", "oprd", "dobj", "xcomp", "prep")
    for dep in order:
        for child in head.children:
            if child.dep_ != dep or (dep == "prep" and child.lower_ not in CONTENT_PREPS):
                continue
            clause = child if dep in {"ccomp", "acl", "relcl", "xcomp"} else None
            return doc[child.left_edge.i : child.right_edge.i + 1], clause
    return _quote(head.sent), None


class StatementFinder:
    """Built once; finds statements and the accusations inside them."""

    def __call__(
        self, doc: Doc, index: MentionIndex
    ) -> tuple[list[StatementParts], list[Candidate]]:
        statements: list[StatementParts] = []
        accusations: list[Candidate] = []
        for token in doc:
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and lemma in SPEECH_VERBS:
                parts = self._verbal(token, index)
            elif token.pos_ == "NOUN" and lemma in SPEECH_NOUNS:
                parts = self._nominal(token, index)
            else:
                continue
            if parts is None:
                continue
            statements.append(parts)
            for derived in (self._accusation(parts, index), self._demand(parts, index)):
                if derived is not None:
                    accusations.append(derived)
        return statements, accusations

    def _verbal(self, verb: Token, index: MentionIndex) -> StatementParts | None:
        if (
            verb.lemma_ == "call"
            and not any(
                c.dep_ in {"prep", "prt"} and c.lower_ in {"for", "on"} for c in verb.children
            )
            and not any(c.dep_ == "oprd" for c in verb.children)
        ):
            return None  # "called" as in naming only counts with a complement
        agent = subject(verb) or passive_agent(verb) or climb_agent(verb, index)
        speakers = index.resolve_all(agent) if agent is not None else []
        if not speakers:
            return None
        return self._finish(verb.doc[verb.i : verb.i + 1], verb, False, speakers, index)

    def _nominal(self, noun: Token, index: MentionIndex) -> StatementParts | None:
        agent = nominal_agent(noun, index) or nominal_climb(noun, index, LIGHT_VERBS)
        speakers = index.resolve_all(agent) if agent is not None else []
        if not speakers:
            return None
        return self._finish(noun.doc[noun.i : noun.i + 1], noun, True, speakers, index)

    def _finish(
        self,
        verb: Span,
        head: Token,
        nominal: bool,
        speakers: list[ActorRef],
        index: MentionIndex,
    ) -> StatementParts:
        content, predicate = _content(head, nominal)
        about: list[ActorRef] = []
        topics: list[str] = []
        if content is not None:
            for token in content:
                ref = index.get(token)
                if ref is None or ref.text.lower() in PRONOUNS:
                    continue  # a pronoun repeats who the content is about, it adds no one
                if ref not in speakers and ref not in about:
                    about.append(ref)
            for ent in content.ents:
                if ent.label_ in TOPIC_LABELS:
                    topic = ent.text.strip()
                    for prefix in ("the ", "about "):
                        if topic.lower().startswith(prefix):
                            topic = topic[len(prefix) :]
                    if topic and topic not in topics:
                        topics.append(topic)
        target = _clause_subject(predicate, index) if predicate is not None else None
        if target is not None and target not in speakers and target not in about:
            about.insert(0, target)
        return StatementParts(verb, head, nominal, speakers, content, predicate, about, topics)

    def _demand(self, parts: StatementParts, index: MentionIndex) -> Candidate | None:
        """ "X said Y must do Z": X demands of Y (PLOVER REQUEST). "X said Y should be
        recalled" asks whoever would recall Y, who is not named: no record."""
        predicate = parts.predicate
        if predicate is not None and any(
            c.dep_ in {"auxpass", "nsubjpass"} for c in predicate.children
        ):
            return None
        own = subject(predicate) if predicate is not None else None
        if own is not None and own.lower_ in FIRST_PERSON:
            return None  # "'We must know who was directing the killer,' Putin said"
        return _reported_event(parts, index, _obligation, DEMAND)

    def _accusation(self, parts: StatementParts, index: MentionIndex) -> Candidate | None:
        """ "X said Y was linked to Al Qaeda": X accuses Y. Only a reported clause counts."""
        if parts.content is None:
            return None
        return _reported_event(parts, index, _predicate_marker, ACCUSE)


def _reported_event(
    parts: StatementParts,
    index: MentionIndex,
    find_marker: Callable[[Token], Token | None],
    proposal: Trigger,
) -> Candidate | None:
    """The event a statement reports about the subject of its content clause: the speakers act
    on that subject, triggered by the marker word the clause's predicate carries."""
    if parts.predicate is None:
        return None
    marker = find_marker(parts.predicate)
    if marker is None:
        return None
    target = _clause_subject(parts.predicate, index)
    if target is None or target in parts.speakers:
        return None
    return Candidate(
        trigger=parts.head.doc[marker.i : marker.i + 1],
        head=parts.head,
        proposal=proposal,
        nominal=False,
        actors=parts.speakers,
        recipients=[target],
    )


PREDICATE_DEPS = {"attr", "acomp", "oprd", "amod", "compound", "prep", "pobj", "xcomp"}


def _predicate_marker(predicate: Token) -> Token | None:
    """An accusing word in what the clause says of its subject ("was linked to Al Qaeda",
    "is a terrorist group"), not anywhere in it ("hit … stores of the HTS jihadists")."""
    frontier = [predicate]
    for _ in range(3):
        for token in frontier:
            if (
                token.lemma_.lower() in ACCUSING_LEMMAS or token.lower_ in ACCUSING_LEMMAS
            ) and not names_a_duty(token):
                return token
        frontier = [c for t in frontier for c in t.children if c.dep_ in PREDICATE_DEPS]
    return None


def names_a_duty(word: Token) -> bool:
    """ "responsible for uncovering the fate of the disappeared", "responsible for painting the
    plane": a task, not a culprit; "responsible for killing civilians" blames."""
    if word.lemma_.lower() != "responsible":
        return False
    tasks = [
        pcomp
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for pcomp in prep.children
        if pcomp.dep_ == "pcomp" and pcomp.tag_ == "VBG"
    ]
    return bool(tasks) and not any(is_conflict_act(task) for task in tasks)


def is_conflict_act(verb: Token) -> bool:
    """A verb the lexicon knows as an act of verbal or material conflict (quad 3 or 4)."""
    trigger = VERBS.get(verb.lemma_.lower())
    if trigger is None or (trigger.needs_label and not stigmatises(verb)):
        return False  # "painting the plane" is no portrayal
    return EVENT_TYPES[trigger.event].quad in CONFLICT_QUADS


def _obligation(predicate: Token) -> Token | None:
    for child in predicate.children:
        if child.dep_ == "aux" and child.lower_ in OBLIGATION_AUX:
            return child
    return None


def _clause_subject(predicate: Token, index: MentionIndex) -> ActorRef | None:
    token = subject(predicate) or passive_subject(predicate)
    if token is None:
        return None
    if token.lower_ in {"that", "which", "who"} and token.dep_ in {"nsubj", "nsubjpass"}:
        noun = relative_antecedent(token)
        return index.resolve(noun) if noun is not None else None
    return index.resolve(token)
