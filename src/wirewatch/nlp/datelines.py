"""Wire datelines and kickers: where they end.

Wire copy opens with a dateline ("UNITED NATIONS: Russia and China on Thursday vetoed …",
"ADDIS ABABA, May 15 (Xinhua) -- Ethiopia's foreign minister …"), and headlines and links often
with a kicker ("Exclusive: …"). Read as part of the sentence, the small model makes the dateline
the subject, or runs its place into the first name ("SAN FRANCISCO - The American Civil
Liberties Union" loses the union), and the report loses its actor or its event. The statistical
layers read the dateline's dash or colon as a full stop (``lines``): the report after it is
tagged, recognised and parsed as the sentence it is, and the dateline's place stays a place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

SEPARATORS = frozenset({"-", "--", "—", "–", ":"})
MONTHS = frozenset(
    {
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    }
)
MAX_WORDS = 6  # "ADDIS ABABA, May 15 (Xinhua)" has five outside its brackets
MAX_TOKENS = 16


def _paragraph_starts(doc: Doc) -> list[Token]:
    """The first word of the document and of every line."""
    text = doc.text
    starts: list[Token] = []
    previous_end = None
    for token in doc:
        if token.is_space:
            continue
        if previous_end is None or "\n" in text[previous_end : token.idx]:
            starts.append(token)
        previous_end = token.idx + len(token)
    return starts


def _dateline_end(first: Token) -> Token | None:
    """The first token of the report after a dateline or kicker that starts at ``first``, or
    None. Inside brackets anything goes ("(Reuters)", "(AP)"); outside, each token is a
    capitalised word, a number, a month, a comma or a full stop of an abbreviation."""
    doc = first.doc
    words = 0
    depth = 0
    for token in doc[first.i : first.i + MAX_TOKENS]:
        if token.is_space:
            return None  # a line break: no dateline on this line
        text = token.text
        if text[:1] == ")" and text[1:] in SEPARATORS and depth == 1:
            depth, text = 0, text[1:]  # "KABUL (Pajhwok): …" tokenises "):" as one
        if text == "(":
            depth += 1
            continue
        if text == ")":
            if depth == 0:
                return None
            depth -= 1
            continue
        if depth:
            continue
        if text in SEPARATORS:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if words == 0 or after is None or not token.whitespace_:
                return None  # "Iran-backed", a separator with no report after it
            if not (after.text[:1].isupper() or after.text[:1] in {'"', "“", "‘", "'"}):
                return None  # "Iran - which has long denied …" goes on the same sentence
            return after
        if text in {",", "."}:
            continue
        if text[:1].isupper() or text.isdigit() or text in MONTHS:
            words += 1
            if words > MAX_WORDS:
                return None
            continue
        return None  # a lower-case word: an ordinary sentence
    return None


def dateline_separators(doc: Doc) -> list[Token]:
    """The dash or colon that ends each dateline or kicker at the start of a line."""
    found = []
    for first in _paragraph_starts(doc):
        report = _dateline_end(first)
        if report is not None:
            found.append(doc[report.i - 1])
    return found
