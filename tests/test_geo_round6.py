"""Places, sixth round: a newspaper's title names its town; "central Washington" names the state,
"central Baghdad" the city."""

from __future__ import annotations

from conftest import needs_shared
from test_geo_sites import geoparse_one, gold_doc, place_over, toponyms
from wirewatch.geo.gazetteer import distance_km


@needs_shared
def test_the_washington_post_is_the_city_and_keeps_parkland_in_florida(geo_pipeline):
    # gwn-100 (bangordailynews.com): "Washington" occurs only in "The Washington Post"; it was
    # read as Washington state, which in turn drew Parkland (Florida) to Parkland, Washington.
    gold = gold_doc("gwn", "gwn-100")
    places = geoparse_one(geo_pipeline, gold)
    for t in toponyms(gold, "Washington"):
        p = place_over(places, t)
        assert p.feature_code == "PPLC" and p.geonameid == t.geonameid
    for t in toponyms(gold, "Parkland"):
        p = place_over(places, t)
        assert p.admin1 == "Florida"
        assert distance_km(t.lat, t.lon, p.lat, p.lon) < 161.0


@needs_shared
def test_the_new_york_times_is_new_york_city(geo_pipeline):
    gold = gold_doc("gwn", "gwn-108")
    text = gold.document.text
    places = geoparse_one(geo_pipeline, gold)
    in_title = [t for t in toponyms(gold, "New York") if text[t.end :].startswith(" Times")]
    assert in_title, "gwn-108 cites the New York Times"
    for t in in_title:
        p = place_over(places, t)
        assert p.feature_code == "PPL" and p.geonameid == t.geonameid  # New York City


@needs_shared
def test_a_state_outside_a_papers_title_stays_the_state(geo_pipeline):
    # gwn-194: "western states such as California or Washington" names no paper.
    gold = gold_doc("gwn", "gwn-194")
    places = geoparse_one(geo_pipeline, gold)
    for t in toponyms(gold, "Washington"):
        assert place_over(places, t).feature_code == "ADM1"


@needs_shared
def test_central_washington_makes_the_storys_washington_the_state(geo_pipeline):
    # gwn-227: a Washington National Guard team "at home in Washington" travels "to central
    # Washington"; its bare "Washington" was the capital. "Washington, D.C." in the same story
    # keeps the city: its container settles it.
    gold = gold_doc("gwn", "gwn-227")
    places = geoparse_one(geo_pipeline, gold)
    bare = toponyms(gold, "Washington")
    assert len(bare) == 3
    for t in bare:
        p = place_over(places, t)
        assert p.feature_code == "ADM1" and p.geonameid == t.geonameid
    (dc,) = toponyms(gold, "Washington, D.C.")
    p = place_over(places, dc)
    assert p.country_code == "US" and distance_km(dc.lat, dc.lon, p.lat, p.lon) < 161.0


@needs_shared
def test_central_baghdad_is_a_part_of_the_city_not_the_governorate(geo_pipeline):
    # The region-word rule is for a city outside the state of its name (Washington, D.C.).
    # Baghdad lies in Baghdad governorate: "central Baghdad", as conflict news writes it every
    # day, is the city centre, and the city keeps its reading.
    from conftest import DATA, read_jsonl
    from wirewatch.geo.parse import geoparse
    from wirewatch.schema import Document

    rows = [
        r
        for r in read_jsonl(DATA / "events" / "plover_gsr.jsonl")
        if "central Baghdad" in r["text"]
    ]
    assert len(rows) >= 2
    documents = [Document(id=r["id"], text=r["text"]) for r in rows]
    for parsed in geoparse(documents, geo_pipeline):
        (baghdad,) = [p for p in parsed.places if p.text == "Baghdad"]
        assert baghdad.feature_code == "PPLC" and baghdad.geonameid == "98182", parsed.document.id


@needs_shared
def test_a_river_or_bay_is_not_moved_to_the_storys_town(geo_pipeline):
    # Guardian stories about Syria written from Washington or New York: a site's whole name is
    # placed at the story's town, but the Euphrates River is no street of Washington, and
    # Guantánamo Bay, which the gazetteer knows, is no square of Raqqa.
    from conftest import GUARDIAN, read_jsonl
    from wirewatch.geo.parse import geoparse
    from wirewatch.schema import Document

    wanted = {"guardian-12", "guardian-135", "guardian-145", "guardian-155"}
    rows = [r for r in read_jsonl(GUARDIAN) if r["id"] in wanted]
    assert len(rows) == len(wanted)
    documents = [
        Document(id=r["id"], text=r["text"], url=r.get("url"), source=r.get("source")) for r in rows
    ]
    seen = 0
    for parsed in geoparse(documents, geo_pipeline):
        for p in parsed.places:
            if p.text == "Euphrates River":
                assert p.country_code is None and p.feature_code is None, parsed.doc_id
                seen += 1
            elif p.text == "Guantánamo Bay":
                assert p.country_code == "CU" and p.geonameid == "13527055", parsed.doc_id
                seen += 1
    assert seen == 4


@needs_shared
def test_two_names_that_are_both_city_and_state_do_not_swap_in_a_list(geo_pipeline):
    # guardian-97: "attacks on New York and Washington in 2001". Each name is a city and a
    # state, so neither says what kind the list is of; the list rule once gave each the
    # other's reading, which made Washington the state.
    from conftest import GUARDIAN, read_jsonl
    from wirewatch.geo.parse import geoparse
    from wirewatch.schema import Document

    (row,) = [r for r in read_jsonl(GUARDIAN) if r["id"] == "guardian-97"]
    at = row["text"].index("New York and Washington in 2001")
    document = Document(id=row["id"], text=row["text"], url=row.get("url"))
    (parsed,) = list(geoparse([document], geo_pipeline))
    (washington,) = [p for p in parsed.places if p.start == at + len("New York and ")]
    assert washington.text == "Washington" and washington.feature_code == "PPLC"
