"""The PLOVER auxiliary modes of a record: negation, hypothetical, future, historical.

A trigger's modality is read from the chain of words that govern it: the trigger itself, the
verb whose object it is ("providing military aid"), the verbs that control it ("failed to
break", "has not stopped providing", "is likely to try to convince") and the clauses that frame
it ("signs that …", "if …", "had Assad managed …"). Negation travels only through control
(xcomp) links; hypothetical and future also cross into framing clauses. A noun that is the
subject of its clause is presupposed: "the regime's offensive" happened even if its success is
hypothetical. Dates add the rest: a date after the document's is future, one well before it is
historical.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from spacy.tokens import Token

from wirewatch.timex.event_date import EventDate, is_after, months_before

NEGATORS = {"not", "n't", "never", "no"}
NEGATIVE_VERBS = {"fail", "refuse", "decline", "avoid", "neglect"}
ATTEMPT_NOUNS = {"attempt", "effort", "bid", "push", "offensive", "campaign", "plan"}
NEGATIVE_NOUNS = {"refusal", "failure", "reluctance"}
STOP_VERBS = {"stop", "cease", "halt", "end", "quit", "abandon"}  # "not stopped X" = X goes on
# A denied act is said not to have happened: "denied supporting the M23", "denied that it had
# deployed troops". "Did not deny" turns it back, as "has not stopped" does. Denying
# involvement in an attack denies one's part, not the attack; and what a phrase of the denied
# clause names ("denied that civilians were killed in bombardments") is not what is denied.
DENIAL_VERBS = {"deny"}
DENIAL_PHRASALS = {("rule", "out")}
HYPOTHETICAL_AUX = {"would", "could", "should", "might", "may", "must", "'d"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
HYPOTHETICAL_WORDS = {
    "likely",
    "unlikely",
    "possible",
    "possibly",
    "perhaps",
    "probably",
    "maybe",
    "presumably",
    "potential",
    "potentially",
    "hypothetical",
}
HYPOTHETICAL_VERBS = {
    "hope",
    "want",
    "wish",
    "seek",
    "consider",
    "propose",
    "mull",
    "weigh",
    "urge",
    "aim",
    "need",
    "try",
    "convince",
    "persuade",
}
# Words by which an actor undertakes a future act ("is willing to send", "has pledged to
# support"); the auxiliary "will" is one too. The rest of the future words report a schedule or
# an expectation ("is scheduled to visit", "is expected to endorse"), which is no undertaking.
UNDERTAKING_VERBS = {
    "intend",
    "plan",
    "prepare",
    "willing",
    "ready",
    "prepared",
    "committed",
    "determined",
    "promise",
    "pledge",
    "vow",
}
FUTURE_VERBS = UNDERTAKING_VERBS | {"schedule", "expect", "set", "wait", "await", "poised"}
FUTURE_WORDS = {
    "scheduled",
    "planned",
    "upcoming",
    "forthcoming",
    "proposed",
    "future",
    "next",
    "due",
    "expected",
    "coming",
    "impending",
    "prospective",
}
SPECULATION_NOUNS = {
    "sign",
    "doubt",
    "speculation",
    "possibility",
    "prospect",
    "hope",
    "fear",
    "scenario",
    "option",
    "rumour",
    "rumor",
    "chance",
    "plan",
    "proposal",
    "idea",
    "risk",
    "danger",
    "move",
    "offer",
    "need",
}
TOPIC_PREPS = {"about", "regarding", "concerning", "over"}
CONTROL_DEPS = {"xcomp", "pcomp"}
FRAME_DEPS = {"ccomp", "advcl", "acl", "relcl", "conj", "prep", "pobj", "dobj", "attr", "acomp"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
MAX_CLIMB = 8
HISTORICAL_MONTHS = 2  # background clearly before the reporting period


@dataclass
class _Marks:
    negation: bool = False
    hypothetical: bool = False
    future: bool = False
    undertaken: bool = False  # the future is said by "will" or a word of undertaking


def _own_marks(token: Token, marks: _Marks, negatable: bool) -> None:
    """Markers on one word of the chain (its auxiliaries, adverbs, marks, subject)."""
    children = list(token.children)
    for child in children:
        lower = child.lower_
        if child.dep_ in {"aux", "auxpass"}:
            if lower in HYPOTHETICAL_AUX:
                marks.hypothetical = True
            elif lower in FUTURE_AUX:
                marks.future = marks.undertaken = True
            elif lower in {"had", "should", "were"} and child.i == child.sent.start:
                marks.hypothetical = True  # "Had the regime's offensive succeeded …"
        elif (
            child.dep_ == "mark"
            and lower in CONDITIONAL_MARKS
            or child.dep_ in {"advmod", "acomp", "amod"}
            and lower in HYPOTHETICAL_WORDS
        ):
            marks.hypothetical = True
        elif child.dep_ in {"amod", "acl"} and lower in FUTURE_WORDS:
            marks.future = True
        elif (
            child.dep_ == "neg"
            and negatable
            and not (child.i > 0 and child.doc[child.i - 1].lower_ == "or")
        ):  # "whether or not it will attend" is a question, not a denial
            marks.negation = (
                not marks.negation if token.lemma_ in STOP_VERBS or _denies(token) else True
            )
        elif child.dep_ == "det" and lower == "no" and negatable:
            marks.negation = True
        elif child.dep_ == "det" and lower == "any" and token.pos_ == "NOUN" and negatable:
            marks.hypothetical = marks.hypothetical or token.dep_ in SUBJECT_DEPS
        elif (
            child.dep_ in SUBJECT_DEPS
            and negatable
            and any(
                g.lower_ in {"neither", "no", "none", "nobody"}
                for g in child.subtree
                if g.dep_ in {"det", "preconj", "cc"} or g.i == child.i
            )
        ):
            marks.negation = True
    if token.lower_ in HYPOTHETICAL_WORDS:
        marks.hypothetical = True


def _denies(verb: Token) -> bool:
    return verb.lemma_ in DENIAL_VERBS or any(
        (verb.lemma_, c.lower_) in DENIAL_PHRASALS for c in verb.children if c.dep_ == "prt"
    )


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose modality a nominal trigger shares, or None when it is presupposed."""
    current = noun
    for _ in range(MAX_CLIMB):
        dep = current.dep_
        if dep in {"dobj", "attr", "oprd", "dative"}:
            return current.head
        if dep == "pobj":
            prep = current.head
            if prep.lower_ in TOPIC_PREPS or prep.head.i == prep.i:
                return None
            current = prep.head
            if current.pos_ in {"VERB", "AUX"}:
                return current
            continue
        if dep in {"conj", "appos", "compound"}:
            current = current.head
            continue
        return None
    return None


FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})


def _has_aux(token: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} for c in token.children)


def _own_tense(verb: Token, head: Token) -> bool:
    """A conjunct with a tense of its own is not under its head's auxiliaries: in "will not
    join the strikes, but supports the effort", "supports" is neither negated nor future, nor
    is "will withdraw" in "will not attack and will withdraw"."""
    if verb.dep_ != "conj":
        return False
    return _has_aux(verb) or (verb.tag_ in FINITE_TAGS and _has_aux(head))


def aux_modes(head: Token, nominal: bool, dating: EventDate, anchor: Date | None) -> list[str]:
    return read_modes(head, nominal, dating, anchor)[0]


def read_modes(
    head: Token, nominal: bool, dating: EventDate, anchor: Date | None
) -> tuple[list[str], bool]:
    """The auxiliary modes, and whether a future is the actor's undertaking ("will support",
    "has pledged to send") rather than a schedule or an expectation ("is scheduled to visit",
    "is set to endorse") or a date alone: the PLOVER manual codes only the first as an
    intention (``ontology.intention_type``)."""
    marks, historical = _read_marks(head, nominal, dating, anchor)
    modes = ["historical"] if historical else []
    if marks.future:
        modes.append("future")
    if marks.hypothetical:
        modes.append("hypothetical")
    if marks.negation:
        modes.append("negation")
    return modes, marks.undertaken


def _read_marks(
    head: Token, nominal: bool, dating: EventDate, anchor: Date | None
) -> tuple[_Marks, bool]:
    """The trigger's modality marks, and whether its date makes it historical."""
    marks = _Marks()
    if head.sent.text.rstrip().endswith("?"):
        marks.hypothetical = True
    start = head
    deniable = True
    if nominal:
        _own_marks(head, marks, negatable=True)
        verb = _governing_verb(head)
        start = verb if verb is not None else None
        # "denied that civilians were killed in bombardments": a circumstance of the verb is not
        # what a denial above it denies
        deniable = verb is not None and not any(
            t.dep_ == "pobj" for t in (head, *head.ancestors) if verb in t.ancestors
        )
    negatable = True
    current = start
    for _ in range(MAX_CLIMB):
        if current is None:
            break
        _own_marks(current, marks, negatable)
        parent = current.head
        if parent.i == current.i or _own_tense(current, parent):
            break
        if current.dep_ in CONTROL_DEPS and parent.pos_ in {"VERB", "AUX", "ADJ"}:
            if negatable and (
                parent.lemma_ in NEGATIVE_VERBS | STOP_VERBS or (deniable and _denies(parent))
            ):
                # "failed to break"; "stopped providing" (and "has not stopped providing",
                # where the stop verb's own "not" turns this back when the climb reaches it).
                marks.negation = True
            if parent.lemma_ in HYPOTHETICAL_VERBS:
                marks.hypothetical = True
            if parent.lemma_ in FUTURE_VERBS or (
                parent.lemma_ == "be" and any(c.lower_ == "to" for c in current.children)
            ):
                marks.future = True
                marks.undertaken = marks.undertaken or parent.lemma_ in UNDERTAKING_VERBS
        elif current.dep_ in FRAME_DEPS:
            if current.dep_ in {"acl", "ccomp", "relcl"} and parent.lemma_ in SPECULATION_NOUNS:
                marks.hypothetical = True
            if current.dep_ == "acl" and negatable and parent.lemma_ in NEGATIVE_NOUNS:
                marks.negation = True  # "France's refusal to offer a right of return"
            if current.dep_ == "ccomp" and negatable and deniable and _denies(parent):
                # "denied that it had deployed troops"; "did not deny that …" asserts nothing
                marks.negation = not any(c.dep_ == "neg" for c in parent.children)
            if current.dep_ not in {"conj"}:
                negatable = False  # a negated frame does not negate what it frames
        elif current.dep_ in SUBJECT_DEPS:
            if parent.lemma_ == "fail" and current.lemma_ in ATTEMPT_NOUNS:
                marks.negation = True  # "attempts by Assad to make gains have failed"
            break  # the subject of a clause is presupposed, whatever is said about it
        else:
            negatable = False
        current = parent
    historical = False
    if dating.how in {"clause", "sentence"} and dating.date and anchor is not None:
        if is_after(dating.date, anchor):
            marks.future = True
        elif not marks.future and months_before(dating.date, anchor) >= HISTORICAL_MONTHS:
            historical = True
    return marks, historical
