"""Places, seventh round: curated places at their GeoNames records, names spaCy cut in two,
"eastern Ghouta" in lower case, "Latin America"."""

from __future__ import annotations

import json

from conftest import GUARDIAN, needs_shared
from test_geo_sites import geoparse_document, geoparse_one, gold_doc, place_over, toponyms
from wirewatch.geo.gazetteer import distance_km
from wirewatch.schema import Document


def guardian(doc_id: str) -> Document:
    with GUARDIAN.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] == doc_id:
                return Document(id=row["id"], text=row["text"], url=row.get("url"))
    raise AssertionError(f"no {doc_id} in {GUARDIAN.name}")


@needs_shared
def test_the_korean_peninsula_is_its_geonames_record(geo_pipeline):
    # gwn-193 (chinaplus.cri.cn): five "Korean Peninsula", once read at a Wikipedia point
    # with no GeoNames id.
    gold = gold_doc("gwn", "gwn-193")
    places = geoparse_one(geo_pipeline, gold)
    for t in toponyms(gold, "Korean Peninsula"):
        p = place_over(places, t)
        assert p.geonameid == "11494804" == t.geonameid
        assert distance_km(t.lat, t.lon, p.lat, p.lon) < 1.0


@needs_shared
def test_baja_california_cut_in_two_by_spacy_is_one_place_in_mexico(geo_pipeline):
    # gwn-23: spaCy tags "Baja" and "California" as two places; the second was California, US.
    gold = gold_doc("gwn", "gwn-23")
    places = geoparse_one(geo_pipeline, gold)
    (t,) = toponyms(gold, "Baja California")
    p = place_over(places, t)
    assert p.text == "Baja California"
    assert p.country_code == "MX" and p.feature_code == "ADM1"


@needs_shared
def test_a_dateline_st_louis_is_st_louis_not_louisville(geo_pipeline):
    # gwn-250 opens "ST. LOUIS – St. Louis Police ...": spaCy tags "ST" and "LOUIS" apart.
    gold = gold_doc("gwn", "gwn-250")
    places = geoparse_one(geo_pipeline, gold)
    (t,) = toponyms(gold, "ST. LOUIS")
    p = place_over(places, t)
    assert p.text == "ST. LOUIS"
    assert p.name == "St. Louis" and p.admin1 == "Missouri"


@needs_shared
def test_latin_america_is_no_longer_the_united_states(geo_pipeline):
    gold = gold_doc("gwn", "gwn-195")
    places = geoparse_one(geo_pipeline, gold)
    (t,) = toponyms(gold, "Latin America")
    p = place_over(places, t)
    assert p.text == "Latin America"
    assert p.feature_code == "CONT" and p.country_code is None


@needs_shared
def test_the_cauvery_river_is_found_and_placed_in_india(geo_pipeline):
    # gwn-130, on the Cauvery water dispute: the river was neither found nor placed.
    gold = gold_doc("gwn", "gwn-130")
    places = geoparse_one(geo_pipeline, gold)
    rivers = toponyms(gold, "Cauvery")
    found = [place_over(places, t) for t in rivers]
    assert len(found) == len(rivers) >= 10
    assert all(p.country_code == "IN" and p.geonameid == "1267384" for p in found)


@needs_shared
def test_eastern_ghouta_in_lower_case_stays_east_ghouta_and_bare_ghouta_is_the_oasis(
    geo_pipeline,
):
    # guardian-265: "the Damascus suburbs of eastern Ghouta"; guardian-290: "the Damascus
    # suburb of Ghouta". The Guardian writes the direction in lower case.
    places = geoparse_document(geo_pipeline, guardian("guardian-265"))
    eastern = [p for p in places if p.text == "eastern Ghouta"]
    assert eastern and all(p.name == "East Ghouta" and p.country_code == "SY" for p in eastern)
    assert not [p for p in places if p.text == "Ghouta"]
    places = geoparse_document(geo_pipeline, guardian("guardian-290"))
    bare = [p for p in places if p.text == "Ghouta"]
    assert bare and all(p.geonameid == "173866" for p in bare)


@needs_shared
def test_eastern_aleppo_in_lower_case_stays_aleppo(geo_pipeline):
    # guardian-221: "eastern Aleppo city": no curated part of Aleppo, so the name stays Aleppo.
    places = geoparse_document(geo_pipeline, guardian("guardian-221"))
    aleppo = [p for p in places if p.text.endswith("Aleppo")]
    assert aleppo and all(p.text == "Aleppo" for p in aleppo)
    assert all(p.country_code == "SY" for p in aleppo)


@needs_shared
def test_trinidad_is_trinidad_and_tobago(geo_pipeline):
    # guardian-135: two boys taken from Trinidad to Syria; "Trinidad" was Trinidad, Cuba.
    places = geoparse_document(geo_pipeline, guardian("guardian-135"))
    trinidad = [p for p in places if p.text == "Trinidad"]
    assert len(trinidad) >= 3
    assert all(p.country_code == "TT" and p.geonameid == "3573591" for p in trinidad)


@needs_shared
def test_salisbury_is_not_harare_by_its_former_name(geo_pipeline):
    # guardian-203, a letter: "punishing Russia for the events in Salisbury" (the UK is named).
    # The third "Salisbury" ("the Salisbury attack", tagged as an organisation) is found since
    # the name is a place elsewhere in the letter.
    places = geoparse_document(geo_pipeline, guardian("guardian-203"))
    salisbury = [p for p in places if p.text == "Salisbury"]
    assert len(salisbury) == 3
    assert all(p.country_code == "GB" and p.name == "Salisbury" for p in salisbury)
