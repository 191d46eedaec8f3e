"""A publisher's locale: where the other documents of its host, read in the same run, are."""

from __future__ import annotations

import pytest

from conftest import DATA, needs_shared, read_jsonl
from wirewatch.geo.gazetteer import Candidate
from wirewatch.geo.locale import Locale, locales, votes
from wirewatch.schema import Document


def place(pid: int, kind: str, country: str | None, admin1: str | None) -> Candidate:
    return Candidate(pid, None, f"p{pid}", 0.0, 0.0, country, "PPL", kind, 1000, None, admin1)


RAPIDES = [place(1, "adm2", "US", "US.LA")]
DOUGLAS = [place(2 + i, "adm2", "US", f"US.S{i}") for i in range(4)]
IRAQ = [place(9, "country", "IQ", None)]


def test_a_document_votes_by_its_names_candidates():
    # A name found in one division gives it a whole vote, one found in four a quarter to each;
    # a country gives none (a local paper reports wars abroad), a name counts once, and the
    # document's votes sum to one.
    own = votes([("Rapides Parish", RAPIDES), ("Douglas County", DOUGLAS), ("Iraq", IRAQ)])
    assert own["US.LA"] == pytest.approx(1 / 2)
    assert own["US.S0"] == pytest.approx(0.25 / 2)
    assert sum(own.values()) == pytest.approx(1.0)
    again = votes([("Rapides Parish", RAPIDES), ("RAPIDES PARISH", RAPIDES), ("Iraq", IRAQ)])
    assert again == {"US.LA": pytest.approx(1.0)}
    assert votes([("Iraq", IRAQ)]) == {}


def test_a_locale_is_what_the_other_documents_of_the_host_say():
    la, minnesota = {"US.LA": 1.0}, {"US.MN": 0.5, "US.LA": 0.5}
    hosts = ["thetowntalk", "thetowntalk", "thetowntalk", "echopress", None]
    found = locales(hosts, [la, la, minnesota, minnesota, la])
    # The first story's locale is the second's and third's votes, not its own.
    assert found[0].documents == 2
    assert found[0].divisions == pytest.approx({"US.LA": 0.75, "US.MN": 0.25})
    assert found[0].countries == pytest.approx({"US": 1.0})
    assert found[0].home == "US.LA"  # three times the next division's share
    assert found[2].divisions == pytest.approx({"US.LA": 1.0})
    # A host with one document, and a document with no host, have no locale.
    assert found[3] == Locale() and found[4] == Locale()


def test_no_home_without_a_clear_lead():
    found = locales(["a", "a"], [{"US.LA": 1.0}, {"US.LA": 0.6, "US.TX": 0.4}])
    assert found[0].home is None  # 0.6 against 0.4
    assert found[1].home == "US.LA"


def lgl(doc_id: str) -> Document:
    row = next(r for r in read_jsonl(DATA / "geo" / "lgl_dev.jsonl") if r["id"] == doc_id)
    return Document(id=row["id"], text=row["text"], source=row["source"], url=row["url"])


def test_a_document_that_breaks_in_a_window_is_reported_and_the_rest_go_on(
    geo_pipeline, monkeypatch
):
    from wirewatch.geo import component
    from wirewatch.pipeline import Failure

    resolve = component.resolve

    def breaks_on_boom(mentions, *args):
        if any(m.span.doc.text.startswith("BOOM") for m in mentions):
            raise RuntimeError("cannot place this document")
        return resolve(mentions, *args)

    monkeypatch.setattr(component, "resolve", breaks_on_boom)
    documents = [
        Document(id="a", text="Rebels shelled Homs.", url="http://example.com/a"),
        Document(id="b", text="BOOM in Aleppo.", url="http://example.com/b"),
        Document(id="c", text="Talks resumed in Geneva.", url="http://example.com/c"),
    ]
    results = list(geo_pipeline.annotate(documents))
    done = {d._.document.id: d for d in results if not isinstance(d, Failure)}
    (failure,) = [r for r in results if isinstance(r, Failure)]
    assert failure.document.id == "b" and "cannot place this document" in str(failure.error)
    assert [p.country_code for p in done["a"]._.places] == ["SY"]
    assert [p.country_code for p in done["c"]._.places] == ["CH"]


def alexandrias(geo_pipeline, documents: list[Document]) -> dict[str, set]:
    found: dict[str, set] = {}
    for doc in geo_pipeline.annotate(documents):
        places = [p for p in doc._.places if p.text == "Alexandria"]
        found[doc._.document.id] = {(p.country_code, p.admin1) for p in places}
    return found


@needs_shared
def test_stories_read_together_lend_each_other_their_papers_locale(geo_pipeline):
    # Two Alexandria Town Talk stories (thetowntalk.com) that name no place but Alexandria,
    # read with the paper's four others ("Rapides Parish", "Avoyelles", "Pineville") and with
    # the Echo Press of Alexandria, Minnesota (echopress.com) in the same run.
    rows = read_jsonl(DATA / "geo" / "lgl_dev.jsonl")
    hosts = ("thetowntalk.com", "echopress.com")
    documents = [lgl(r["id"]) for r in rows if r["source"] in hosts]
    together = alexandrias(geo_pipeline, documents)
    louisiana, minnesota = {("US", "Louisiana")}, {("US", "Minnesota")}
    assert together["lgl-40450848"] == louisiana and together["lgl-41406650"] == louisiana
    # Each paper's locale is its own: the Echo Press's Alexandria stays in Minnesota.
    assert together["lgl-43001564"] == minnesota
    # Read alone, nothing in the first story says which Alexandria: the famous one wins.
    alone = alexandrias(geo_pipeline, [lgl("lgl-40450848")])
    assert alone["lgl-40450848"] == {("EG", "Al Iskandarīyah")}
