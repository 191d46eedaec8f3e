"""Which way a relative expression points: back, ahead, or to the nearest match.

"On Thursday" in a past-tense clause of a Friday article is the day before; "January 17" in "is
to announce on January 17" lies ahead. The direction is read from the dependency parse: the
preposition that governs the expression, cue words on the noun it modifies ("a *scheduled*
meeting on January 13"), then the tense and auxiliaries of the verb of its clause.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

BACK, NEAREST, AHEAD = -1, 0, 1

# Lemmas that put what they govern in the future: "scheduled for", "planned", "due on".
FUTURE_CUES = {
    "schedule",
    "plan",
    "slate",
    "expect",
    "due",
    "upcoming",
    "forthcoming",
    "intend",
    "propose",
    "tentative",
    "effective",
    "payable",
}
# Adverbs that put a clause in the past whatever its verb form ("as previously planned").
PAST_ADVERBS = {"previously", "already", "earlier", "originally", "formerly"}
# Prepositions that make the expression an end point, not the time of the clause's event
# ("extended the offer to Nov. 20", "until March"): the tense says nothing about it.
ENDPOINT_PREPOSITIONS = {"to", "until", "till", "by", "through", "before", "from"}
# Dependents that are arguments of the verb, not adverbials of its time ("set Nov. 10 as …").
ARGUMENTS = {"dobj", "nsubj", "nsubjpass", "attr", "appos", "oprd"}
FUTURE_MODALS = {"will", "shall", "'ll", "wo", "ll"}
PAST_PREPOSITIONS = {"since"}
FUTURE_PREPOSITIONS = {"ahead"}


def clause_verb(token: Token, limit: int = 8) -> Token | None:
    """The nearest verb above ``token`` in the dependency tree."""
    current = token
    for _ in range(limit):
        head = current.head
        if head.i == current.i:  # the root; spaCy makes a new Token on each access
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        current = head
    return None


def _cue(token: Token) -> bool:
    if token.lemma_.lower() in FUTURE_CUES or token.lower_ in FUTURE_CUES:
        return True
    return any(
        c.lemma_.lower() in FUTURE_CUES and c.dep_ in ("amod", "compound", "acl", "advmod")
        for c in token.children
    )


def verb_direction(verb: Token, depth: int = 0) -> int:
    """Tense of a verb's clause as a direction: past is BACK, will/going-to/infinitive AHEAD."""
    if any(c.dep_ == "advmod" and c.lower_ in PAST_ADVERBS for c in verb.children):
        return BACK
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    past_form = verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)
    if verb.lemma_.lower() in FUTURE_CUES:
        # "is scheduled for": ahead; "planned a rally on Saturday": the plan is past, its
        # date may be either side
        return NEAREST if past_form else AHEAD
    if verb.tag_ == "VBN" and not auxes and any(c.lower_ == "for" for c in verb.children):
        return AHEAD  # "a summit set for April": a reduced relative of an arrangement
    for aux in auxes:
        if aux.tag_ == "MD":
            return AHEAD if aux.lower_ in FUTURE_MODALS else NEAREST
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return BACK
    if verb.tag_ == "VBN":
        # Present perfect ("has met") and reduced relatives ("talks held Friday") are past;
        # a present passive ("is held") is not.
        if any(a.lemma_ == "have" for a in auxes) or not auxes:
            return BACK
        return NEAREST
    if any(a.lower_ == "going" for a in auxes):
        return AHEAD
    infinitive = any(a.tag_ == "TO" for a in auxes)
    if verb.tag_ == "VB" and depth < 3 and verb.head.i != verb.i and verb.dep_ != "ROOT":
        upper = verb.head if verb.head.pos_ in ("VERB", "AUX") else clause_verb(verb.head)
        if upper is not None:
            above = verb_direction(upper, depth + 1)
            if infinitive:
                # "is to announce", "plans to meet": ahead unless the frame is past.
                return AHEAD if above != BACK else NEAREST
            return above
    if infinitive:
        return AHEAD
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return AHEAD  # "is meeting on Friday": the present progressive of a plan
    return NEAREST


def direction(span: Span) -> int:
    """BACK, NEAREST or AHEAD for a temporal expression, from its place in the parse.

    The tense of a verb speaks for an expression only when the expression is an adverbial of
    that verb ("met on Thursday"); one that modifies a noun ("a cutback in September") or is an
    argument or end point ("extended to Nov. 20") takes the nearest match instead.
    """
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "in November and December": the second month goes with the first
    nominal_head = root.head if root.head.pos_ not in ("VERB", "AUX") else None
    for token in (*span, *([nominal_head] if nominal_head is not None else [])):
        if _cue(token) and token.lemma_ != "date":
            return AHEAD
    if root.dep_ in ARGUMENTS:
        return NEAREST
    head = root.head
    endpoint = False
    if head.i != root.i and root.dep_ == "pobj":
        if head.lower_ in PAST_PREPOSITIONS:
            return BACK
        if head.lower_ in FUTURE_PREPOSITIONS or head.head.lower_ in FUTURE_PREPOSITIONS:
            return AHEAD
        endpoint = head.lower_ in ENDPOINT_PREPOSITIONS
    way = _clause_direction(root)
    # An end point ("by August", "to Nov. 20") may lie ahead of a past-tense clause.
    return NEAREST if endpoint and way == BACK else way


def _clause_direction(root: Token) -> int:
    current = root
    for _ in range(8):
        parent = current.head
        if parent.i == current.i:
            break
        if parent.pos_ in ("VERB", "AUX"):
            return verb_direction(parent)
        if _cue(parent):
            return AHEAD
        if parent.pos_ in ("NOUN", "PROPN", "PRON"):
            # "since the Oct. 23 slaying": the noun's own preposition still speaks
            above = parent.head
            if parent.dep_ == "pobj" and above.lower_ in PAST_PREPOSITIONS:
                return BACK
            return NEAREST
        current = parent
    return NEAREST
