"""Records written by rule for the demo corpus, so the detectors can be tested before the coder.

The signals read events and statements from the store. Until the event coder lands, these tests
build those records from the demo texts with a few transparent rules (an actor table, speech and
action verbs): every record points at a real sentence of a real example document, with exact
character offsets, and is saved with ``Store.save`` like a coded document. The end-to-end tests
(``test_signals.py``, marked ``e2e``) use the real pipeline instead.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from wirewatch.pipeline import Coded
from wirewatch.schema import ActorRef, Document, Event, Place, Range, Span, Statement
from wirewatch.signals.text import sentences

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "geneva_ii_2013_2014.jsonl"

# Mention → (name, code, sector); longer mentions are matched first.
ACTORS: dict[str, tuple[str, str, str]] = {
    "Russian Foreign Minister Sergei Lavrov": ("Sergei Lavrov", "RUS", "GOV"),
    "Russian Foreign Ministry": ("Russian Foreign Ministry", "RUS", "GOV"),
    "Sergei Lavrov": ("Sergei Lavrov", "RUS", "GOV"),
    "Lavrov": ("Sergei Lavrov", "RUS", "GOV"),
    "Gennady Gatilov": ("Gennady Gatilov", "RUS", "GOV"),
    "Mikhail Bogdanov": ("Mikhail Bogdanov", "RUS", "GOV"),
    "John Kerry": ("John Kerry", "USA", "GOV"),
    "Kerry": ("John Kerry", "USA", "GOV"),
    "American officials": ("US officials", "USA", "GOV"),
    "The United States": ("United States", "USA", "GOV"),
    "State Department": ("State Department", "USA", "GOV"),
    "Islamic Front": ("Islamic Front", "IFR", "REB"),
    "ISIS": ("ISIS", "ISI", "REB"),
    "Islamic State of Iraq and al-Sham": ("ISIS", "ISI", "REB"),
    "Syrian National Coalition": ("Syrian National Coalition", "SYR", "OPP"),
    "Syrian Coalition": ("Syrian National Coalition", "SYR", "OPP"),
    "Ahmad Jarba": ("Ahmad Jarba", "SYR", "OPP"),
    "government forces": ("Syrian government forces", "SYR", "GOV"),
    "government troops": ("Syrian government forces", "SYR", "GOV"),
}
# Place names of the demo corpus, standing in for the geoparser's mentions.
PLACES = (
    "Adra",
    "Nabk",
    "Qara",
    "Safira",
    "Raqqa",
    "Jassim",
    "Atarib",
    "Saraqib",
    "Aleppo",
    "Idlib",
)
_PLACE = re.compile(r"\b(" + "|".join(PLACES) + r")\b")
_MENTION = re.compile("|".join(re.escape(m) for m in sorted(ACTORS, key=len, reverse=True)))
SPEECH = re.compile(r"\b(said|urged|welcomed|criticised|praised|accused|rejected)\b")
ACTIONS: dict[str, tuple[str, int, float]] = {
    # verb → (PLOVER event, quad, scale magnitude)
    "attacked": ("ASSAULT", 4, 6.0),
    "fought": ("ASSAULT", 4, 6.0),
    "bombed": ("ASSAULT", 4, 7.0),
    "met": ("CONSULT", 1, 1.0),
    "agreed": ("AGREE", 1, 2.0),
    "cooperated": ("COOPERATE", 2, 3.0),
    "accused": ("ACCUSE", 3, 2.0),
}
_ACTION = re.compile(r"\b(" + "|".join(ACTIONS) + r")\b")


def load_documents() -> list[Document]:
    with EXAMPLES.open(encoding="utf-8") as handle:
        return [Document.model_validate(json.loads(line)) for line in handle]


def _ref(match: re.Match[str], offset: int) -> ActorRef:
    name, code, sector = ACTORS[match.group(0)]
    return ActorRef(
        text=match.group(0),
        start=offset + match.start(),
        end=offset + match.end(),
        name=name,
        code=code,
        sector=sector,
    )


def code_document(doc: Document) -> Coded:
    events: list[Event] = []
    statements: list[Statement] = []
    for start, end in sentences(doc.text):
        sentence = doc.text[start:end]
        mentions = list(_MENTION.finditer(sentence))
        if not mentions:
            continue
        sent = Range(start=start, end=end)
        speech = SPEECH.search(sentence)
        if speech:
            before = [m for m in mentions if m.end() <= speech.start()]
            if before:
                speaker = before[-1]
                statements.append(
                    Statement(
                        id=f"{doc.id}:s{len(statements)}",
                        doc_id=doc.id,
                        speaker=[_ref(speaker, start)],
                        verb=Span(
                            text=speech.group(0),
                            start=start + speech.start(),
                            end=start + speech.end(),
                        ),
                        about=[_ref(m, start) for m in mentions if m.start() > speech.end()],
                        topics=["Geneva II"] if "Geneva II" in sentence else [],
                        date=doc.date,
                        sentence=sent,
                    )
                )
        action = _ACTION.search(sentence)
        if action:
            before = [m for m in mentions if m.end() <= action.start()]
            after = [m for m in mentions if m.start() >= action.end()]
            if before and after and ACTORS[before[-1].group(0)] != ACTORS[after[0].group(0)]:
                event, quad, scale = ACTIONS[action.group(0)]
                events.append(
                    Event(
                        id=f"{doc.id}:e{len(events)}",
                        doc_id=doc.id,
                        event=event,
                        quad=quad,
                        scale=scale,
                        date=doc.date,
                        actor=[_ref(before[-1], start)],
                        recipient=[_ref(after[0], start)],
                        trigger=Span(
                            text=action.group(0),
                            start=start + action.start(),
                            end=start + action.end(),
                        ),
                        sentence=sent,
                        coder="test-rules",
                    )
                )
    places = [
        Place(text=m.group(0), start=m.start(), end=m.end(), name=m.group(0))
        for m in _PLACE.finditer(doc.text)
    ]
    return Coded(document=doc, events=events, statements=statements, places=places)


def save_all(store, documents: list[Document]) -> None:
    for doc in documents:
        store.save(code_document(doc))
