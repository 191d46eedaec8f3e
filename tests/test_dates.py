"""One mechanism dates every record: the coder's dates are ``timex.event_date``'s, chosen among
the time stage's anchored TIMEX3 values (clause first, then an expression framing the sentence,
then the document date)."""

from __future__ import annotations

import pytest

from conftest import GUARDIAN, read_jsonl
from wirewatch.schema import Document, Event, Statement


@pytest.fixture(scope="module")
def seed_doc(pipeline, seed_document):
    (doc,) = list(pipeline.annotate([seed_document]))
    return doc


@pytest.fixture(scope="module")
def guardian_docs(pipeline):
    if not GUARDIAN.exists():
        pytest.skip("needs ../shared/data/corpora/guardian_sdf.jsonl")
    wanted = {"guardian-435", "guardian-530"}
    rows = [r for r in read_jsonl(GUARDIAN) if r["id"] in wanted]
    docs = list(pipeline.annotate(Document.model_validate(r) for r in rows))
    return {d._.document.id: d for d in docs}


def trigger_token(doc, record: Event | Statement):
    where = record.trigger if isinstance(record, Event) else record.verb
    return doc.char_span(where.start, where.end, alignment_mode="expand").root


def sentence_of(doc, record: Event | Statement) -> str:
    return doc.text[record.sentence.start : record.sentence.end]


def test_coder_dates_are_the_timex_helpers_dates(seed_doc):
    from wirewatch.timex import date_event

    records = [*seed_doc._.events, *seed_doc._.statements]
    assert len(records) > 30
    for record in records:
        dated = date_event(seed_doc, trigger_token(seed_doc, record))
        assert (record.date, record.date_text, record.date_span) == (
            dated.date,
            dated.date_text,
            dated.date_span,
        ), record.id


def test_an_expression_inside_another_phrase_does_not_date_the_sentence(seed_doc):
    """ "January 22, 2014" is the conference's date; the statement around it is not dated by it."""
    from wirewatch.timex import date_event, event_date

    noted = next(s for s in seed_doc._.statements if s.verb.text == "noted")
    assert "January 22, 2014" in sentence_of(seed_doc, noted)
    token = trigger_token(seed_doc, noted)
    assert event_date(seed_doc, token) is None
    dated = date_event(seed_doc, token)
    assert (dated.date, dated.how, dated.confidence) == ("2014-01-10", "document", 0.4)
    assert noted.date == "2014-01-10" and noted.date_text is None
    conference = next(e for e in seed_doc._.events if e.date_text == "January 22, 2014")
    assert conference.date == "2014-01-22" and "future" in conference.aux_modes


def test_clause_dates_outrank_the_document_date(seed_doc):
    from wirewatch.timex import date_event

    reported = next(s for s in seed_doc._.statements if s.verb.text == "reported")
    undated = next(s for s in seed_doc._.statements if s.verb.text == "insist")
    clause = date_event(seed_doc, trigger_token(seed_doc, reported))
    document = date_event(seed_doc, trigger_token(seed_doc, undated))
    assert (clause.how, clause.date) == ("clause", "2014-01-09")
    assert (document.how, document.date_text) == ("document", None)
    assert clause.confidence > document.confidence


def test_times_of_day_date_records(guardian_docs):
    """ "Last night" is a TIME value (2018-03-17TNI); its day dates the bombing, where the old
    coder's own normaliser fell back to the document date."""
    doc = guardian_docs["guardian-530"]
    assert doc._.document.date == "2018-03-18"
    bombed = next(e for e in doc._.events if e.trigger.text == "bombed")
    assert (bombed.date, bombed.date_text) == ("2018-03-17", "Last night")
    assert "future" not in bombed.aux_modes


def test_a_week_keeps_its_clause_from_other_dates(guardian_docs):
    """ "Last night they bombed the hospital, and last week they blew up the waterworks": the
    second clause has its own time (a week, no ISO date), so "Last night" does not date it."""
    from wirewatch.timex import date_event

    doc = guardian_docs["guardian-530"]
    blew = next(e for e in doc._.events if e.trigger.text.startswith("blew"))
    week = next(t for t in doc._.timexes if t.text == "last week")
    assert week.value.startswith("2018-W")
    assert (blew.date, blew.date_text) == ("2018-03-18", None)
    assert date_event(doc, trigger_token(doc, blew)).how == "document"


def test_a_name_is_not_the_date_when_the_clause_has_one(guardian_docs):
    """ "Donald Trump and Theresa May last night discussed …": the clause's "last night" dates
    the talks (past), not "May" read as a month (which made them a future AGREE)."""
    doc = guardian_docs["guardian-435"]
    talks = next(
        e
        for e in doc._.events
        if e.trigger.text == "discussed" and "May last night" in sentence_of(doc, e)
    )
    assert talks.event == "CONSULT"
    assert talks.date_text == "last night" and talks.date == "2018-04-12"
    assert "future" not in talks.aux_modes
