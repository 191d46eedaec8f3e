"""Places, second round: GeoNames' own points for recurring divisions and regions, names the
gazetteer lacks placed at their container, and the civic cue ("Dublin City Council")."""

from __future__ import annotations

import json

import pytest

from conftest import DATA, needs_shared
from test_geo_round7 import guardian
from test_geo_sites import gold_doc
from wirewatch.eval.geo import GoldToponym, read_gold
from wirewatch.geo.approximate import FEATURE_CODE, LOCAL_HEADS, _local
from wirewatch.geo.gazetteer import distance_km
from wirewatch.schema import Document, Place

GEO = DATA / "geo"


def first_gold_doc(corpus: str, phrase: str):
    """The first dev document of ``corpus`` holding a gold toponym that reads ``phrase``."""
    for gold in read_gold(GEO / f"{corpus}_dev.jsonl"):
        if any(t.text == phrase for t in gold.toponyms):
            return gold
    pytest.skip(f"no {phrase!r} in {corpus}_dev.jsonl")


def geoparse_one(geo_pipeline, document: Document) -> list[Place]:
    from wirewatch.geo.parse import geoparse

    (parsed,) = list(geoparse([document], geo_pipeline))
    return parsed.places


def place_over(places: list[Place], t: GoldToponym) -> Place:
    over = [p for p in places if p.start < t.end and t.start < p.end]
    assert over, f"{t.text!r} at {t.start} was not recognised"
    return over[0]


@needs_shared
@pytest.mark.parametrize(
    ("corpus", "name"), [("trnews", "Alberta"), ("trnews", "Queensland"), ("gwn", "Hawaii")]
)
def test_big_divisions_sit_at_geonames_point(geo_pipeline, corpus, name):
    # iso3166-2's points for these lie 170-345 km from GeoNames' (which the annotators use).
    gold = first_gold_doc(corpus, name)
    places = geoparse_one(geo_pipeline, gold.document)
    for t in (t for t in gold.toponyms if t.text == name and t.lat is not None):
        p = place_over(places, t)
        assert p.feature_code == "ADM1" and p.geonameid == t.geonameid
        assert distance_km(t.lat, t.lon, p.lat, p.lon) < 5.0


@needs_shared
def test_middle_east_is_geonames_region(geo_pipeline):
    gold = first_gold_doc("gwn", "Middle East")
    places = geoparse_one(geo_pipeline, gold.document)
    t = next(t for t in gold.toponyms if t.text == "Middle East")
    p = place_over(places, t)
    assert p.geonameid == "6269133"
    assert distance_km(t.lat, t.lon, p.lat, p.lon) < 5.0  # was 672 km off


@needs_shared
def test_a_square_in_a_named_city_gets_the_city_point_and_no_id(geo_pipeline):
    # GeoWebNews: "... on Kamenné Square in Bratislava." The gazetteer has no Kamenné Square.
    gold = first_gold_doc("gwn", "Kamenné Square")
    places = geoparse_one(geo_pipeline, gold.document)
    t = next(t for t in gold.toponyms if t.text == "Kamenné Square")
    p = place_over(places, t)
    assert p.feature_code == FEATURE_CODE and p.geonameid is None
    assert p.country_code == "SK" and p.name == "Bratislava"
    assert p.confidence is not None and p.confidence < 0.5
    assert distance_km(t.lat, t.lon, p.lat, p.lon) < 161.0
    bratislava = next(q for q in places if q.text == "Bratislava")
    assert bratislava.geonameid is not None and bratislava.feature_code != FEATURE_CODE


@needs_shared
def test_a_street_takes_the_town_the_document_names_most(geo_pipeline):
    # GeoWebNews: "... in the 400 block of Assiniboine Avenue." in a Winnipeg crime report.
    gold = first_gold_doc("gwn", "Assiniboine Avenue")
    places = geoparse_one(geo_pipeline, gold.document)
    t = next(t for t in gold.toponyms if t.text == "Assiniboine Avenue")
    street = place_over(places, t)
    assert street.feature_code == FEATURE_CODE and street.geonameid is None
    assert street.country_code == "CA" and street.confidence is not None
    assert distance_km(t.lat, t.lon, street.lat, street.lon) < 161.0
    towns = [p.name for p in places if p.feature_code not in (None, FEATURE_CODE)]
    assert street.name in towns  # a town the document itself names


@needs_shared
@pytest.mark.parametrize("name", ["Holopaw", "Harwinton", "Kishwaukee River"])
def test_an_unknown_name_in_a_local_story_sits_at_its_town(geo_pipeline, name):
    # LGL: a hamlet or river the gazetteer lacks, in a local story that names no other country,
    # is placed at the story's town (it was left without a point).
    gold = first_gold_doc("lgl", name)
    places = geoparse_one(geo_pipeline, gold.document)
    t = next(t for t in gold.toponyms if t.text == name)
    p = place_over(places, t)
    assert p.feature_code == FEATURE_CODE and p.geonameid is None and p.country_code == "US"
    assert p.confidence is not None and p.confidence <= 0.1
    assert distance_km(t.lat, t.lon, p.lat, p.lon) < 161.0


@needs_shared
def test_an_unknown_name_in_a_story_that_names_another_country_is_not_placed(geo_pipeline):
    # guardian-72, on British Isis recruits: London is the town it names most, but it names
    # Syria too, so "Daesh" (which spaCy tags as a place) is not put in London.
    places = geoparse_one(geo_pipeline, guardian("guardian-72"))
    daesh = [p for p in places if p.text == "Daesh"]
    assert daesh and all(p.lat is None and p.feature_code is None for p in daesh)
    assert any(p.name == "London" and p.feature_code == "PPLC" for p in places)


def test_only_a_local_last_word_marks_a_local_feature():
    assert _local("Frenchmen Street") and _local("Royal St.") and _local("City Hall")
    assert not _local("Harwinton") and not _local("Street Fighter Arena Khayelitsha")
    assert {"street", "hospital", "bridge", "square"} <= LOCAL_HEADS


def test_curated_rows_with_a_geonames_id_cite_geonames():
    from wirewatch.geo.sources import CURATED

    rows = [json.loads(line) for line in CURATED.read_text(encoding="utf-8").splitlines()]
    with_id = [r for r in rows if r.get("geonameid")]
    assert {r["name"] for r in with_id} >= {"Middle East", "Indian Ocean", "Pacific Ocean"}
    assert all("GeoNames" in r["source"] for r in with_id)


@needs_shared
def test_an_unknown_building_in_a_local_story_is_placed_at_the_storys_town(geo_pipeline):
    # lgl-38551718, a Hunterdon County paper: "the Readington Township Boy Scouts" is a FAC the
    # gazetteer cannot resolve (it was left with no place); the story names no other country.
    gold = gold_doc("lgl", "lgl-38551718")
    places = geoparse_one(geo_pipeline, gold.document)
    t = next(t for t in gold.toponyms if t.text == "Readington Township")
    p = place_over(places, t)
    assert p.text == "Readington Township Boy Scouts"
    assert p.feature_code == FEATURE_CODE and p.geonameid is None
    assert p.country_code == "US" and p.confidence is not None and p.confidence <= 0.15
