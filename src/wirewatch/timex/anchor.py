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
    "deadline",
}
FUTURE_MODALS = {"will", "shall", "'ll", "wo", "ll"}
PAST_PREPOSITIONS = {"since"}
FUTURE_PREPOSITIONS = {"ahead"}


def clause_verb(token: Token, limit: int = 8) -> Token | None:
    """The nearest verb above ``token`` in the dependency tree."""
    current = token
    for _ in range(limit):
        head = current.head
        if head is current:
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
    if verb.lemma_.lower() in FUTURE_CUES:
        return AHEAD
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
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
    if verb.tag_ == "VB" and depth < 3 and verb.head is not verb and verb.dep_ != "ROOT":
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
    """BACK, NEAREST or AHEAD for a temporal expression, from its place in the parse."""
    root = span.root
    for token in (*span, root.head):
        if _cue(token) and token.lemma_ != "date":
            return AHEAD
    head = root.head
    if head is not root and root.dep_ == "pobj":
        if head.lower_ in PAST_PREPOSITIONS:
            return BACK
        if head.lower_ in FUTURE_PREPOSITIONS or head.head.lower_ in FUTURE_PREPOSITIONS:
            return AHEAD
    current = root
    for _ in range(8):
        parent = current.head
        if parent is current:
            break
        if parent.pos_ in ("VERB", "AUX"):
            return verb_direction(parent)
        if _cue(parent):
            return AHEAD
        current = parent
    return NEAREST
