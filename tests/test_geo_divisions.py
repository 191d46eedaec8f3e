"""Division names as English news writes them: Russian oblasts and krais by their town ("the
Kursk region"), the North Caucasus republics by their English names and their demonyms; bare
direction words and institutions ("Congress"), which name no place; city lists spaCy gives
another label."""

from __future__ import annotations

from conftest import needs_shared
from test_geo_round7 import guardian
from test_geo_sites import geoparse_document
from wirewatch.geo.sources import _adjectival_short_names
from wirewatch.schema import Document


def test_an_adjectival_division_name_gives_the_town_it_is_named_for():
    assert _adjectival_short_names("Kurskaya oblast'", ["Kursk", "Zheleznogorsk"]) == [
        ("Kursk", False)
    ]
    assert _adjectival_short_names("Belgorodskaya oblast'", ["Belgorod"]) == [("Belgorod", False)]
    assert _adjectival_short_names("Krasnodarskiy kray", ["Krasnodar", "Sochi"]) == [
        ("Krasnodar", False)
    ]
    # Rostov oblast's town is Rostov-na-Donu: a town that starts with the stem is enough.
    assert _adjectival_short_names("Rostovskaya oblast'", ["Rostov-na-Donu"]) == [("Rostov", False)]
    # No town of the division by the stem: nothing ("Yaroslavl" is not "Yaroslav").
    assert _adjectival_short_names("Yaroslavskaya oblast'", ["Yaroslavl"]) == []
    assert _adjectival_short_names("Dagestan, Respublika", ["Makhachkala"]) == []


def _places(geo_pipeline, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    places = geoparse_document(geo_pipeline, Document(id="t", text=text))
    return {p.text: (p.country_code, p.feature_code, p.type) for p in places}


def test_the_kursk_region_is_the_oblast_and_kursk_the_city(geo_pipeline):
    found = _places(
        geo_pipeline,
        "Ukrainian troops advanced in the Kursk region on Tuesday. Drones struck an oil depot "
        "in Belgorod Oblast, officials in Moscow said.",
    )
    assert found["Kursk"][:2] == ("RU", "ADM1")
    assert found["Belgorod"][:2] == ("RU", "ADM1")
    city = _places(geo_pipeline, "A drone hit an apartment block in Kursk on Tuesday night.")
    assert city["Kursk"][:2] == ("RU", "PPL")


def test_north_caucasus_republics_by_their_english_names(geo_pipeline):
    found = _places(
        geo_pipeline,
        "Militants from Ingushetia and Kabardino-Balkaria travelled to Syria, the "
        "security service said.",
    )
    assert found["Ingushetia"][:2] == ("RU", "ADM1")
    assert found["Kabardino-Balkaria"][:2] == ("RU", "ADM1")


@needs_shared
def test_chechen_fighters_name_chechnya_as_a_demonym(geo_pipeline):
    places = geoparse_document(geo_pipeline, guardian("guardian-45"))
    chechen = [p for p in places if p.text == "Chechen"]
    assert len(chechen) == 2
    for p in chechen:
        assert p.type == "demonym" and p.geonameid == "569665" and p.country_code == "RU"


@needs_shared
def test_a_direction_in_lower_case_is_no_place(geo_pipeline):
    # guardian-130: "Two oceans protect it east and west." was West region, Cameroon.
    document = guardian("guardian-130")
    start = document.text.index("east and west") + len("east and ")
    places = geoparse_document(geo_pipeline, document)
    assert not [p for p in places if p.start <= start < p.end]
    # The capitalised name of a place still is one: "Syria" in the same story.
    assert any(p.text == "Syria" and p.country_code == "SY" for p in places)


def test_a_list_of_cities_spacy_tags_as_one_work_of_art_is_each_city(geo_pipeline):
    # The small spaCy model tags "Kyiv, Kharkiv, Odesa" in this sentence as one WORK_OF_ART.
    found = _places(
        geo_pipeline, "Russian missiles struck Kyiv, Kharkiv, Odesa and Lviv overnight."
    )
    for city in ("Kyiv", "Kharkiv", "Odesa", "Lviv"):
        assert found[city][0] == "UA", city


def test_a_hyphenated_name_spacy_cut_short_is_found_whole(geo_pipeline):
    # spaCy tags "Rostov" alone; the hyphens made "Rostov-on-Don" five tokens, past the reach.
    found = _places(geo_pipeline, "Drones hit Belgorod, Kursk, Krasnodar and Rostov-on-Don.")
    assert found["Rostov-on-Don"][:2] == ("RU", "PPL")


def test_ukrainian_cities_by_their_official_2010_spelling(geo_pipeline):
    from wirewatch.geo.sources import _ukrainian_2010

    assert _ukrainian_2010("Mykolayiv") == ["Mykolaiv"]
    assert _ukrainian_2010("Kryvyy Rih") == ["Kryvyi Rih"]
    assert _ukrainian_2010("Slovyansk") == ["Sloviansk"]
    assert _ukrainian_2010("Kyiv") == []  # after a consonant "yi" is the same in both systems
    found = _places(
        geo_pipeline, "Shelling was reported in Donetsk, Luhansk, Mykolaiv and Zaporizhzhia."
    )
    # The big cities, not the village GeoNames calls "Zaporizhzhia" (656 people).
    assert found["Mykolaiv"][:2] == ("UA", "PPL")
    assert found["Zaporizhzhia"][:2] == ("UA", "PPL")
    places = geoparse_document(
        geo_pipeline, Document(id="t", text="Shelling was reported in Zaporizhzhia.")
    )
    (zaporizhzhia,) = places
    assert zaporizhzhia.geonameid == "687700"


@needs_shared
def test_institutions_named_in_a_us_politics_story_are_no_towns(geo_pipeline):
    # guardian-155: "the Library of Congress", "the Department of Homeland Security", "Demand
    # Justice", "the Consumer Financial Protection Bureau" had given Congress, Arizona, Homeland,
    # Justice, Illinois and Bureau County.
    places = geoparse_document(geo_pipeline, guardian("guardian-155"))
    texts = {p.text for p in places}
    assert not texts & {"Congress", "Homeland", "Justice", "Bureau"}
    # The places of the same story still are: the White House, Texas, El Paso, Denver.
    by_text = {p.text: p for p in places}
    assert by_text["White House"].country_code == "US"
    assert by_text["El Paso"].admin1 == "Texas"
    assert by_text["Denver"].admin1 == "Colorado"
