"""Wire datelines read as sentences of their own (``nlp/datelines.py``, ``nlp/lines.py``)."""

from __future__ import annotations

import pytest

from wirewatch.nlp.datelines import dateline_separators
from wirewatch.schema import Document


@pytest.mark.parametrize(
    ("text", "separator"),
    [
        ("UNITED NATIONS: Russia and China vetoed a US resolution.", ":"),
        ("ADDIS ABABA, May 15 (Xinhua) -- Ethiopia backed the talks.", "--"),
        ("THE HAGUE, Netherlands -- A prosecutor has charged a minister.", "--"),
        ("KABUL (Pajhwok): President Ashraf Ghani held a meeting.", "):"),
        ("Washington - US President Donald Trump called the ambassador.", "-"),
        ("Rebels shelled Homs.\nBEIRUT - Israel struck a convoy.", "-"),
    ],
)
def test_a_dateline_ends_at_its_dash_or_colon(pipeline, text, separator):
    doc = pipeline.nlp.make_doc(text)
    assert [t.text for t in dateline_separators(doc)] == [separator]


@pytest.mark.parametrize(
    "text",
    [
        "Iran - which has long denied it - attacked the base.",  # the report goes on
        "The US-backed rebels attacked Raqqa.",
        "Russia said: the talks will go ahead.",  # a lower-case report after the colon
        "Rebels shelled Homs. BEIRUT - Israel struck a convoy.",  # not at a line's start
        "One Two Three Four Five Six Seven: the list is too long to be a dateline.",
    ],
)
def test_no_dateline_in_an_ordinary_sentence(pipeline, text):
    assert dateline_separators(pipeline.nlp.make_doc(text)) == []


def test_the_report_after_a_dateline_keeps_its_actor_and_event(pipeline):
    """P159: read with its dateline, the model ran "SAN FRANCISCO -" into the union's name and
    the suit was lost; "UNITED NATIONS:" was the veto's actor."""
    text = (
        "SAN FRANCISCO - The American Civil Liberties Union is suing the FBI for records.\n"
        "UNITED NATIONS: Russia and China on Thursday vetoed a US resolution."
    )
    (coded,) = list(pipeline.code([Document(id="wire", text=text, date="2019-03-01")]))
    found = {
        (e.event, e.actor[0].text, e.recipient[0].text if e.recipient else None)
        for e in coded.events
    }
    assert ("ACCUSE", "The American Civil Liberties Union", "the FBI") in found
    assert ("REJECT", "Russia", "US") in found
    assert not any("UNITED NATIONS" in a.text for e in coded.events for a in e.actor)
    doc = pipeline.nlp(text)
    assert doc.text == text  # the dash and colon are read as full stops, never rewritten
    assert [t.text for t in doc if t.text in {"-", ":"}] == ["-", ":"]
