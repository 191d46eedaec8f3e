"""Place names spaCy does not tag as places: datelines in capitals, a town a comma puts in its
state, a name used as a place once and mislabelled elsewhere, "Mt." and "ST." abbreviations."""

from __future__ import annotations

from conftest import needs_shared
from test_geo_sites import geoparse_one, gold_doc, place_over
from wirewatch.geo.normalise import key


def readings(geo_pipeline, corpus: str, doc_id: str, name: str):
    """(gold toponym, our place) for each gold toponym reading ``name``."""
    gold = gold_doc(corpus, doc_id)
    places = geoparse_one(geo_pipeline, gold)
    found = [(t, place_over(places, t)) for t in gold.toponyms if t.text == name]
    assert found, f"no gold {name!r} in {doc_id}"
    return found


@needs_shared
def test_a_dateline_tagged_as_an_adverb_before_a_colon_is_the_city(geo_pipeline):
    # lgl-38661079 (The Daily Star): "BEIRUT: The body of an Iraqi national…"; spaCy tags
    # BEIRUT an adverb and no entity.
    for _t, p in readings(geo_pipeline, "lgl", "lgl-38661079", "BEIRUT"):
        assert p.text == "BEIRUT" and p.country_code == "LB" and p.name == "Beirut"


@needs_shared
def test_a_dateline_noun_and_then_the_same_town_tagged_as_an_organisation(geo_pipeline):
    # lgl-41880863: "TORRINGTON — A fire…" (tagged NN), then "Torrington" as an ORG.
    found = readings(geo_pipeline, "lgl", "lgl-41880863", "Torrington")
    found += readings(geo_pipeline, "lgl", "lgl-41880863", "TORRINGTON")
    assert len(found) >= 4
    for _t, p in found:
        assert p.country_code == "US" and p.admin1 == "Connecticut"


@needs_shared
def test_a_town_a_comma_puts_in_a_state_and_its_later_mentions(geo_pipeline):
    # lgl-40245826 opens "Greer, South Carolina": spaCy calls Greer a nationality (NORP)
    # there and a person or nationality later on. Of its eight gold mentions one was found;
    # now all but "Downtown Greer" are.
    gold = gold_doc("lgl", "lgl-40245826")
    places = geoparse_one(geo_pipeline, gold)
    greer = [t for t in gold.toponyms if t.text == "Greer"]
    found = [p for t in greer for p in places if p.start < t.end and t.start < p.end]
    assert len(greer) == 8 and len(found) >= 7
    assert all(p.name == "Greer" and p.admin1 == "South Carolina" for p in found)


@needs_shared
def test_a_multi_word_dateline_is_one_name_not_the_ocean(geo_pipeline):
    # lgl-41205659: "ATLANTIC BEACH — Officials in a coastal South Carolina town…"
    ((_t, p),) = readings(geo_pipeline, "lgl", "lgl-41205659", "ATLANTIC BEACH")
    assert p.text == "ATLANTIC BEACH" and p.country_code == "US"


@needs_shared
def test_st_johns_after_an_abbreviated_saint_is_one_name(geo_pipeline):
    # lgl-39747629: "ST. JOHN'S, N.L. -": spaCy tags "ST" a place and "JOHN'S" a person.
    ((t, p),) = readings(geo_pipeline, "lgl", "lgl-39747629", "ST. JOHN'S")
    assert p.text == "ST. JOHN'S" and p.country_code == "CA" and p.geonameid == t.geonameid


def test_mt_and_ft_are_written_out_but_st_is_not():
    assert key("Mt. Pleasant") == key("Mount Pleasant") == "mount pleasant"
    assert key("Ft. Worth") == key("Fort Worth")
    assert key("St. Louis") == "st louis" != key("Saint Louis")
    assert key("Mitt") == "mitt"  # whole words only
