"""The scorer's matching of predicted events to gold pairs (``wirewatch eval events``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.errors import MalformedRecord
from wirewatch.eval.events import NONE, GoldPair, Predicted, match_events, read_gold, score
from wirewatch.schema import ActorRef, Event, Range, Span

TEXT = (
    "If the rebels refuse to negotiate, Moscow will blame the opposition, and the opposition's "
    "refusal will be blamed for the collapse of the talks."
)


def _span(part: str) -> dict:
    start = TEXT.index(part)
    return {"text": part, "start": start, "end": start + len(part)}


def _event(number: int, event: str, trigger: str, actor: str, confidence: float) -> Event:
    return Event(
        id=f"d:{number}",
        doc_id="d",
        event=event,
        actor=[ActorRef(**_span(actor))],
        trigger=Span(**_span(trigger)),
        sentence=Range(start=0, end=len(TEXT)),
        confidence=confidence,
    )


def _pair(index: int, event: str, actor: str, recipient: str) -> GoldPair:
    return GoldPair(f"d#{index}", "d", TEXT, event, None, [actor], [recipient])


def test_a_pair_no_event_agrees_with_cannot_take_another_pair_s_event():
    """The first gold pair ("the rebels") agrees with no event; the second (Moscow blames) agrees
    with the ACCUSE event. Matched pair by pair, the first would take the surest event, the
    ACCUSE, and leave the second the wrong one; matched globally, each gets its own."""
    events = [
        _event(1, "REJECT", "refusal", "opposition", 0.6),
        _event(2, "ACCUSE", "blame", "Moscow", 0.9),
    ]
    pairs = [_pair(0, "REJECT", "the rebels", "Moscow"), _pair(1, "ACCUSE", "Moscow", "opposition")]
    matched = {p.key: p.event for p in match_events(pairs, events)}
    assert matched == {"d#0": "REJECT", "d#1": "ACCUSE"}


def test_every_event_is_used_once_and_a_pair_left_over_is_a_miss():
    events = [_event(1, "ACCUSE", "blame", "Moscow", 0.9)]
    pairs = [_pair(0, "ACCUSE", "Moscow", "opposition"), _pair(1, "REJECT", "rebels", "Moscow")]
    matched = {p.key: p.event for p in match_events(pairs, events)}
    assert matched == {"d#0": "ACCUSE", "d#1": NONE}


def test_a_pronoun_is_scored_as_what_it_stands_for():
    """Gold marks "the rebels", the record's actor is the pronoun "they" resolved to them: a match.
    A pronoun resolved to nothing named is scored as written."""
    text = "The rebels said they would attack Aleppo."
    they = ActorRef(text="they", start=17, end=21, name="rebels", code="SYR", sector="REB")
    event = Event(
        id="d:1",
        doc_id="d",
        event="THREATEN",
        actor=[they],
        trigger=Span(text="attack", start=28, end=34),
        sentence=Range(start=0, end=len(text)),
        confidence=0.9,
    )
    pair = GoldPair("d#0", "d", text, "THREATEN", None, ["The rebels"], ["Aleppo"])
    (matched,) = match_events([pair], [event])
    assert matched.actors == ["rebels"]
    unnamed = they.model_copy(update={"name": None})
    (matched,) = match_events([pair], [event.model_copy(update={"actor": [unnamed]})])
    assert matched.actors == ["they"]


def test_plv_s_placeholder_participants_are_no_one(tmp_path: Path):
    """PLV writes "a recipient" (and "An actor") where the sentence names none: a record with
    no recipient matches it, and one with a recipient does not."""
    gold = tmp_path / "gold.jsonl"
    row = {
        "id": "t1",
        "text": "Dock workers in Antwerp went on strike over pay.",
        "gold": [
            {"event": "PROTEST", "actor_text": "Dock workers", "recipient_text": "a recipient"}
        ],
    }
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    _, (pair,) = read_gold(gold)
    assert pair.recipients == [] and pair.actors == ["Dock workers"]
    alone = Predicted(pair.key, "PROTEST", 4, ["Dock workers"], [], [])
    assert score([pair], [alone]).recipient_match == 1.0
    aimed = Predicted(pair.key, "PROTEST", 4, ["Dock workers"], ["Antwerp"], [])
    assert score([pair], [aimed]).recipient_match == 0.0


def test_gold_sentences_cut_from_an_article_are_coded_in_the_article():
    """A short name stands for the long one said a sentence before only when the pipeline sees
    the article: coded alone, "The Coalition" is no one and its refusal no record."""
    from wirewatch.eval.events import predict_article, predict_pipeline
    from wirewatch.schema import Document

    first = "Delegates of the Syrian Coalition arrived in Geneva on Monday."
    second = "The Coalition refused to back down from its demands."
    article = Document(id="talks", text=f"{first} {second}", date="2014-01-10")
    start = len(first) + 1
    pair = GoldPair("talks@1#0", "talks@1", second, "REJECT", 3, ["The Coalition"], [])
    alone = Document(id="talks@1", text=second, date="2014-01-10")

    (in_isolation,) = predict_pipeline([alone], [pair], "rules")
    (in_article,) = predict_article(
        article, {"talks@1": (start, start + len(second))}, [pair], "rules"
    )
    assert in_isolation.event == NONE
    assert in_article.event == "REJECT"
    assert in_article.actors == ["The Coalition"]
    # The record's sentence and trigger are read from the article the offsets count in.
    assert in_article.sentence == second
    assert in_article.trigger is not None
    assert second[in_article.trigger[0] : in_article.trigger[1]] == "refused"


def _with_and_without_trigger(folder: Path, text: str, gold: dict, trigger: str) -> Path:
    """A gold file with the sentence twice: its event as given, then naming ``trigger``."""
    path = folder / "gold.jsonl"
    rows = [
        {"id": "a", "text": text, "gold": [gold]},
        {"id": "b", "text": text, "gold": [{**gold, "trigger_text": trigger}]},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_gold_event_that_names_its_trigger_takes_the_record_there(tmp_path: Path):
    """Two true records between the same parties: "persuade" (REQUEST) agrees with the gold's
    recipient, "threatened" does not. Without its trigger the gold pair takes the REQUEST; naming
    "threatened" it takes the threat."""
    text = "Having failed to persuade the junta to step down, ECOWAS threatened force."

    def at(part: str) -> dict:
        start = text.index(part)
        return {"text": part, "start": start, "end": start + len(part)}

    def record(number: int, event: str, trigger: str, recipient: str | None) -> Event:
        return Event(
            id=f"d:{number}",
            doc_id="d",
            event=event,
            actor=[ActorRef(**at("ECOWAS"))],
            recipient=[ActorRef(**at(recipient))] if recipient else [],
            trigger=Span(**at(trigger)),
            sentence=Range(start=0, end=len(text)),
            confidence=0.5,
        )

    events = [record(1, "REQUEST", "persuade", "junta"), record(2, "THREATEN", "threatened", None)]
    gold = {"event": "THREATEN", "actor_text": "ECOWAS", "recipient_text": "the junta"}
    _, (unnamed, named) = read_gold(
        _with_and_without_trigger(tmp_path, text, gold, "threatened force")
    )
    assert unnamed.trigger is None
    assert named.trigger == (text.index("threatened"), text.index("threatened") + 16)
    assert [p.event for p in match_events([unnamed], events)] == ["REQUEST"]
    assert [p.event for p in match_events([named], events)] == ["THREATEN"]
    # Offsets of events coded from a longer text (an article) are shifted back to the gold's.
    shifted = [
        e.model_copy(
            update={
                "trigger": Span(
                    text=e.trigger.text, start=e.trigger.start + 100, end=e.trigger.end + 100
                )
            }
        )
        for e in events
    ]
    assert [p.event for p in match_events([named], shifted, offset=100)] == ["THREATEN"]


def test_a_trigger_text_the_sentence_lacks_is_a_malformed_gold_line(tmp_path: Path):
    path = tmp_path / "gold.jsonl"
    row = {
        "id": "d",
        "text": "Iran warned Israel.",
        "gold": [{"event": "THREATEN", "actor_text": "Iran", "trigger_text": "threatened"}],
    }
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(MalformedRecord, match="trigger_text 'threatened' is not in the text"):
        read_gold(path)


def test_the_pipeline_s_two_true_records_are_told_apart_by_the_gold_s_trigger(tmp_path: Path):
    """One of the written analysis events (benchmarks/data/analysis_events.jsonl): the sentence
    reports a failed appeal and a threat by the same party; the gold codes the threat."""
    from wirewatch.eval.events import predict_pipeline

    text = (
        "Having failed to persuade the junta in Niamey to step down, ECOWAS leaders threatened "
        "military intervention to restore the ousted president, a bluff that Nigeria's own "
        "senate called within a week."
    )
    gold = {"event": "THREATEN", "actor_text": "ECOWAS leaders", "recipient_text": "the junta"}
    documents, pairs = read_gold(
        _with_and_without_trigger(tmp_path, text, gold, "threatened military")
    )
    unnamed, named = predict_pipeline(documents, pairs, "rules")
    assert (unnamed.event, unnamed.recipients) == ("REQUEST", ["junta"])
    assert named.event == "THREATEN"


def test_span_match_ignores_accents_and_case():
    """The dictionary's spelling of a name ("Recep Tayyip Erdoğan", reported for a pronoun that
    stands for him) is the gold's "Erdogan" (P269); a different name is still no match."""
    text = "Turkish President Recep Tayyip Erdogan voiced his support for Mr. Maduro."
    actor = "Turkish President Recep Tayyip Erdogan"
    pair = GoldPair("e#0", "e", text, "SUPPORT", None, [actor], ["Mr. Maduro"])
    right = Predicted("e#0", "SUPPORT", actors=["Recep Tayyip Erdoğan"], recipients=["MADURO"])
    wrong = Predicted("e#0", "SUPPORT", actors=["Viktor Orbán"], recipients=["Maduro"])
    assert score([pair], [right]).actor_match == 1.0
    assert score([pair], [right]).recipient_match == 1.0
    assert score([pair], [wrong]).actor_match == 0.0


def test_the_gsr_s_event_words_name_the_gold_trigger(tmp_path: Path):
    """S5: a GSR gold event's "event_text" ("arresting") is its trigger, so the arrest's record
    is its match though the killing's record agrees better with the gold's participants; words
    spread over the sentence span it from the first to the last; missing words name none."""
    text = "Egyptian police opened fire on demonstrators, killing one person and arresting 12."
    gold = tmp_path / "gsr.jsonl"
    rows = [
        {
            "event": "COERCE",
            "actor": [{"text": "Egyptian police"}],
            "recipient": [{"text": "one person"}],
            "event_text": "arresting",
        },
        {
            "event": "ASSAULT",
            "actor": [{"text": "Egyptian police"}],
            "event_text": "opened fire demonstrators",
        },
        {"event": "PROTEST", "actor": [{"text": "demonstrators"}], "event_text": "marched"},
    ]
    gold.write_text(json.dumps({"id": "g", "text": text, "gold": rows}) + "\n")
    _, pairs = read_gold(gold)
    assert text[slice(*pairs[0].trigger)] == "arresting"
    assert text[slice(*pairs[1].trigger)] == "opened fire on demonstrators"
    assert pairs[2].trigger is None

    def record(number: int, event: str, trigger: str, recipient: str | None) -> Event:
        start = text.index(trigger)
        return Event(
            id=f"g:{number}",
            doc_id="g",
            event=event,
            actor=[ActorRef(text="Egyptian police", start=0, end=15)],
            recipient=(
                [
                    ActorRef(
                        text=recipient,
                        start=text.index(recipient),
                        end=text.index(recipient) + len(recipient),
                    )
                ]
                if recipient
                else []
            ),
            trigger=Span(text=trigger, start=start, end=start + len(trigger)),
            sentence=Range(start=0, end=len(text)),
            confidence=0.5,
        )

    events = [record(1, "ASSAULT", "killing", "one person"), record(2, "COERCE", "arresting", None)]
    matched = {p.key: p.event for p in match_events(pairs[:1], events)}
    assert matched == {"g#0": "COERCE"}
