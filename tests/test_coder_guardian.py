"""The rule coder on Guardian articles about the war against Isis (2019)."""

from __future__ import annotations

import pytest

from conftest import GUARDIAN, needs_shared, read_jsonl

IDS = (
    "guardian-3",
    "guardian-7",
    "guardian-11",
    "guardian-12",
    "guardian-18",
    "guardian-24",
    "guardian-37",
    "guardian-95",
    "guardian-143",
    "guardian-158",
    "guardian-223",
    "guardian-228",
    "guardian-261",
    "guardian-265",
    "guardian-318",
    "guardian-343",
    "guardian-435",
    "guardian-475",
    "guardian-510",
    "guardian-523",
    "guardian-530",
    "guardian-545",
    "guardian-555",
    "guardian-589",
    "guardian-593",
    "guardian-612",
    "guardian-617",
    "guardian-637",
    "guardian-736",
    "guardian-780",
    # P515: attacks told with their weapon, and a surrender
    "guardian-23",
    "guardian-553",
    "guardian-588",
    "guardian-782",
    # P516: meetings on a recipient's or a third party's ground
    "guardian-126",
    "guardian-680",
    # P517: a call by telephone, and what is asked for or refused
    "guardian-143",
    "guardian-213",
    "guardian-528",
    "guardian-649",
    # P518: what is threatened
    "guardian-160",
    "guardian-629",
    "guardian-683",
    # P519: sanctions and a conviction
    "guardian-45",
    "guardian-94",
    # P520: massacres
    "guardian-10",
    "guardian-577",
    # P523: a noun's clause; leaving as a concession
    "guardian-93",
    "guardian-318",
    # P524: a noun's describing clause
    "guardian-204",
    # P525: the weapon fired; a verb sharing the subject of the verb it is joined to
    "guardian-199",
    "guardian-316",
    "guardian-775",
    # P526: what is asked for, past the addressee
    "guardian-48",
    "guardian-159",
    "guardian-263",
    # P527: talks with one side named, on no side's ground
    "guardian-665",
    # P528b: a killing aimed at one person
    "guardian-96",
    "guardian-678",
    "guardian-728",
    # P529: what is deployed
    "guardian-575",
    "guardian-633",
    # P530: destroying a force
    "guardian-507",
    # P531: what a clause threatens, one word deeper
    "guardian-70",
    "guardian-83",
    "guardian-580",
    # P532: explosive devices and sexual abuse
    "guardian-514",
    "guardian-693",
)


@pytest.fixture(scope="module")
def guardian(pipeline):
    if not GUARDIAN.exists():
        pytest.skip("needs ../shared/data/corpora/guardian_sdf.jsonl")
    from wirewatch.pipeline import Coded
    from wirewatch.schema import Document

    rows = [r for r in read_jsonl(GUARDIAN) if r["id"] in IDS]
    coded = {c.document.id: c for c in pipeline.code(Document.model_validate(r) for r in rows)}
    assert all(isinstance(c, Coded) for c in coded.values())
    return coded


def find(coded, event, trigger, sentence_part):
    text = coded.document.text
    found = [
        e
        for e in coded.events
        if e.event == event
        and trigger in e.trigger.text
        and sentence_part in text[e.sentence.start : e.sentence.end]
    ]
    assert len(found) == 1, [(e.event, e.trigger.text) for e in coded.events]
    return found[0]


def test_offensive_on_mosul_is_historical_and_located(guardian):
    offensive = find(guardian["guardian-11"], "ASSAULT", "offensive", "Mosul")
    assert offensive.location is not None and offensive.location.text == "Mosul"
    assert offensive.date == "2016" and "historical" in offensive.aux_modes
    assert {a.code for a in offensive.actor} == {"IRQ"}


def test_us_airstrikes_are_aerial_assault_by_the_us(guardian):
    strikes = find(guardian["guardian-11"], "ASSAULT", "airstrikes", "Erbil")
    assert strikes.mode == "aerial" and [a.code for a in strikes.actor] == ["USA"]
    assert strikes.happened


def test_kurdish_attacks_on_isis_enclave(guardian):
    attacks = find(guardian["guardian-18"], "ASSAULT", "attacks", "final Isis enclave")
    assert attacks.actor[0].text == "Kurdish forces" and attacks.actor[0].sector == "REB"


def test_detention_by_kurdish_forces_is_coerce_arrest_of_masri(guardian):
    detained = find(guardian["guardian-7"], "COERCE", "detained", "Masri")
    assert detained.mode == "arrest"
    assert [r.text for r in detained.recipient] == ["Masri"]
    assert [a.text for a in detained.actor] == ["Kurdish forces"]


def test_force_raised_to_fight_isis_targets_isis(guardian):
    fight = find(guardian["guardian-3"], "ASSAULT", "fight", "volcano")
    assert [r.id for r in fight.recipient] == ["ISIS"]


def test_passive_by_phrase_names_the_agent(guardian):
    # "Kurdish militias still hold sway …, supported by about 2,000 US troops": the by-phrase
    supported = find(guardian["guardian-261"], "AID", "supported", "2,000 US troops")
    assert [a.code for a in supported.actor] == ["USA"]
    # P498: "the military campaign …, led by the SDF on the ground and supported by the US and
    # allies in the air" backs a military undertaking (AID), with no one named to receive it
    coded = guardian["guardian-12"]
    text = coded.document.text
    assert not [
        e
        for e in coded.events
        if "supported by the US" in text[e.sentence.start : e.sentence.end]
        and "supported" in e.trigger.text
    ]


def test_earlier_this_year_is_not_future(guardian):
    attacked = find(guardian["guardian-343"], "ASSAULT", "attacked", "savagely attacked")
    assert [a.code for a in attacked.actor] == ["TUR"]
    assert "future" not in attacked.aux_modes and attacked.happened


def test_kurdish_forces_belong_to_a_kurdish_country_and_a_video_is_not_released(guardian):
    attack = find(guardian["guardian-37"], "ASSAULT", "attack", "intensive attack")
    assert attack.actor[0].text == "Kurdish forces"
    assert attack.actor[0].code in {"SYR", "IRQ", "TUR"}
    text = guardian["guardian-24"].document.text
    assert not [
        e
        for e in guardian["guardian-24"].events
        if e.event == "RETREAT" and "video" in text[e.sentence.start : e.sentence.end]
    ]


def test_violence_without_a_named_perpetrator_is_kept_with_its_victims(guardian):
    killed = find(guardian["guardian-555"], "ASSAULT", "killed", "14 civilians")
    assert killed.actor == [] and [r.sector for r in killed.recipient] == ["CVL"]
    assert killed.happened


def test_killed_in_air_strikes_is_one_event_with_both_perpetrators(guardian):
    coded = guardian["guardian-589"]
    strikes = find(coded, "ASSAULT", "air strikes", "200 civilians")
    assert strikes.mode == "aerial"
    assert {a.code for a in strikes.actor} == {"SYR", "RUS"}
    assert [r.sector for r in strikes.recipient] == ["CVL"]
    text = coded.document.text
    assert not [
        e
        for e in coded.events
        if e.trigger.text == "killed" and "200 civilians" in text[e.sentence.start : e.sentence.end]
    ]


@needs_shared
def test_backing_an_armed_group_is_aid_and_backing_an_opposition_is_support(guardian):
    # The PLOVER manual: military assistance is AID; SUPPORT is verbal, political backing only.
    armed = find(guardian["guardian-510"], "AID", "Turkish-backed", "Afrin")
    assert [a.code for a in armed.actor] == ["TUR"] and armed.quad == 2
    assert [r.sector for r in armed.recipient] == ["REB"]
    political = find(guardian["guardian-95"], "SUPPORT", "backs", "opposition groups")
    assert [a.code for a in political.actor] == ["TUR"] and political.quad == 1
    assert [r.sector for r in political.recipient] == ["OPP"]
    # Backing *by* armed forces is military backing too: Russian and Iranian forces behind Assad.
    backer = find(guardian["guardian-223"], "AID", "backed", "seven-year-old civil war")
    assert [a.sector for a in backer.actor] == ["MIL"]
    assert [r.sector for r in backer.recipient] == ["GOV"]
    # A passive participle with its own agent says something of the main clause's subject:
    # "Kurdish militias still hold sway …, supported by about 2,000 US troops and air power".
    militias = find(guardian["guardian-261"], "AID", "supported", "2,000 US troops")
    assert [a.sector for a in militias.actor] == ["MIL"]
    assert [r.text for r in militias.recipient] == ["Kurdish militias"]
    # An armed backer of nobody the coder could name keeps its record (AID needs a recipient):
    # "Rebels say they conducted the vast majority of the fighting …, backed by Turkish
    # artillery and fighter planes".
    unnamed = find(guardian["guardian-523"], "SUPPORT", "backed", "fighter planes")
    assert [a.sector for a in unnamed.actor] == ["MIL"] and not unnamed.recipient


def test_backing_named_as_material_is_aid(guardian):
    # AID is "military, economic, humanitarian or technical assistance": backing said to be
    # lethal, or given with military aid, is not verbal SUPPORT.
    lethal = find(guardian["guardian-318"], "AID", "backing", "Iran-Iraq war")
    assert [a.code for a in lethal.actor] == ["USA"]
    assert [r.text for r in lethal.recipient] == ["Saddam Hussein"]
    with_aid = find(guardian["guardian-545"], "AID", "supported", "military and other aid")
    assert [r.text for r in with_aid.recipient] == ["Hamid Karzai", "Ashraf Ghani"]
    # "government forces" are coded as the government, but backing them is backing an army.
    army = find(guardian["guardian-265"], "AID", "backed", "government forces")
    assert [a.code for a in army.actor] == ["RUS", "IRN"]


def test_support_given_beside_air_cover_is_given_too(guardian):
    # "provided air cover and direct military support to the Kurdish militias": the coordinated
    # noun shares the carrying verb, so the support is given, to the militias.
    given = find(guardian["guardian-617"], "AID", "support", "air cover")
    assert [a.code for a in given.actor] == ["USA"]
    assert [r.text for r in given.recipient] == ["Kurdish militias"]
    assert not [e for e in guardian["guardian-617"].events if e.trigger.text == "provided"]


def test_anti_assad_forces_are_not_assads_forces(guardian):
    # The matcher finds "Assad forces" inside "anti-Assad forces"; they are his armed opponents.
    backed = find(guardian["guardian-228"], "AID", "supported", "anti-Assad forces")
    [forces] = backed.recipient
    assert forces.text == "anti-Assad forces"
    assert (forces.code, forces.sector) == ("SYR", "REB") and forces.id == "GEN-REB"


def test_signing_is_an_agreement_only_when_a_pact_is_signed(guardian):
    # "signed an order to keep the Guantánamo Bay detention centre open" agrees with nobody.
    order = guardian["guardian-593"]
    assert not [e for e in order.events if e.trigger.text == "signed"]
    # "The Geneva agreement was signed off by the Turkish foreign minister …" is one, on its
    # noun as in the active ("signed an agreement"), with one record for the signing.
    coded = guardian["guardian-158"]
    pact = find(coded, "AGREE", "agreement", "Geneva agreement was signed off")
    assert [a.code for a in pact.actor][:1] == ["TUR"]
    assert not [e for e in coded.events if e.trigger.text == "signed"]


def test_strategic_gains_are_no_attack_and_territorial_gains_are(guardian):
    strategic = guardian["guardian-530"]
    assert not [e for e in strategic.events if e.trigger.text == "gains"]
    find(guardian["guardian-637"], "ASSAULT", "gains", "territorial gains")


def test_giving_is_aid_only_when_help_is_given(guardian):
    # "effectively gave him a green light to invade", "have given birth to children": no AID.
    for doc, trigger in (("guardian-143", "gave"), ("guardian-736", "given")):
        assert not [
            e for e in guardian[doc].events if e.event == "AID" and e.trigger.text == trigger
        ]
    # "Australia is giving consular help to … Neil Prakash": the parser's dative "to" names him.
    help_given = find(guardian["guardian-780"], "AID", "giving", "consular help")
    assert [a.code for a in help_given.actor] == ["AUS"]
    assert [r.text for r in help_given.recipient] == ["Neil Prakash"]


def test_a_press_conference_is_no_meeting_and_a_peace_conference_is(guardian):
    # "Alexander Yakovenko is giving a press conference in London": he speaks to reporters.
    assert not [e for e in guardian["guardian-435"].events if "conference" in e.trigger.text]
    find(guardian["guardian-612"], "CONSULT", "conference", "showpiece conference")


def test_a_call_received_is_the_callers_behind_a_description_in_apposition(guardian):
    # "Erdoğan received a phone call later that day from Assad's main backer, the Russian
    # president, Vladimir Putin": Putin calls Erdoğan.
    call = find(guardian["guardian-475"], "CONSULT", "phone call", "main backer")
    assert [a.text for a in call.actor] == ["Vladimir Putin"]
    assert [r.code for r in call.recipient] == ["TUR"]


# (document, type, trigger, words of its sentence, mode): the mode read off the sentence where
# the trigger word gives none (registrations P515–P520)
MODES_FROM_THE_SENTENCE = [
    # P515: the weapon an attack is told with (subject through "that", agent, modifier), and
    # fighters who surrender give up their arms
    ("guardian-782", "ASSAULT", "killed", "reports of airstrikes that have killed", "aerial"),
    ("guardian-588", "ASSAULT", "targeted", "hospitals targeted by Russian", "aerial"),
    ("guardian-553", "ASSAULT", "attack", "suspected chlorine attack", "unconventional"),
    ("guardian-23", "RETREAT", "surrendered", "Thousands more Islamic State", "disarm"),
    # P516: talks in Ankara with Turkish officials are a visit; Putin and Erdoğan in Tehran,
    # Trump and Putin in Helsinki, Russia's talks with the opposition in Astana a third party's
    ("guardian-126", "CONSULT", "talks", "John Bolton, is expected to hold tense talks", "visit"),
    ("guardian-223", "CONSULT", "meet", "are due to meet in Tehran", "third-party"),
    ("guardian-261", "CONSULT", "met", "when Donald Trump met Russia", "third-party"),
    (
        "guardian-680",
        "CONSULT",
        "talks",
        "Russia organised talks with Syrian opposition",
        "third-party",
    ),
    # P517: a meeting by telephone; what a request or a refusal is about
    ("guardian-143", "CONSULT", "spoke", "spoke to the White House by telephone", "phone"),
    ("guardian-528", "REQUEST", "called", "called on Russia to defend them", "assist"),
    ("guardian-213", "REQUEST", "calls", "calls for a ceasefire in Idlib", "yield"),
    ("guardian-649", "REJECT", "refused", "regime refused to negotiate", "meet"),
    # P518: what is threatened
    ("guardian-629", "THREATEN", "threatened", "Damascus has threatened to hit back", "violence"),
    ("guardian-160", "THREATEN", "threatened", "threatened to send his forces", "violence"),
    ("guardian-683", "THREATEN", "threatened", "threatened to boycott the talks", "relations"),
    # P519: international sanctions are "discontinue", a court's verdict "convict"
    ("guardian-94", "SANCTION", "sanctions", "will extend sanctions on Iranian oil", "discontinue"),
    ("guardian-475", "SANCTION", "sanctions", "retaliated by imposing economic", "discontinue"),
    ("guardian-45", "SANCTION", "convicted", "a court in Dagestan convicted her", "convict"),
    # P520: a massacre is a deliberate mass killing of the defenceless
    ("guardian-10", "ASSAULT", "massacre", "to massacre more than 200 people", "targeted"),
    ("guardian-577", "ASSAULT", "massacred", "Muslim men and boys were massacred", "targeted"),
    # P523: a noun's clause says what is refused; refusing to leave is refusing a concession
    ("guardian-318", "REJECT", "refusal", "hard-nosed refusal to support", "assist"),
    ("guardian-93", "REJECT", "refusing", "fighters who are refusing to leave", "yield"),
    # P524: "made during a summit" describes the demands; "for a truce" is what they ask
    ("guardian-204", "REQUEST", "demands", "demands for a truce, made during", "yield"),
    # P525: a firing verb's weapon over "fire"'s own firearms; "bombing it and killing me"
    ("guardian-199", "ASSAULT", "fired", "Suspected Israeli missiles were fired", "heavy-weapons"),
    ("guardian-316", "ASSAULT", "firing", "began firing missiles at Riyadh", "heavy-weapons"),
    ("guardian-775", "ASSAULT", "killing", "fighter jets bombing it and killing", "aerial"),
    ("guardian-782", "ASSAULT", "raid", "a coalition bombing raid struck", "aerial"),
    # P526: the addressee names no act, the "for" object does
    ("guardian-48", "REQUEST", "call", "call my brother for help", "assist"),
    ("guardian-159", "REQUEST", "begged", "begged the British government for help", "assist"),
    # ... and a request that is the refusal's object is read through to what it asks
    ("guardian-263", "REJECT", "rejected", "rejected Australia’s request for the", "assist"),
    # P527: talks in Geneva, hosted by the UN or with one side named, are on a third party's
    ("guardian-665", "CONSULT", "talks", "UN-sponsored talks in Geneva designed", "third-party"),
    ("guardian-683", "CONSULT", "talks", "first UN-sponsored peace talks", "third-party"),
    # P528b: a killing that is itself the aim, of one person
    ("guardian-96", "ASSAULT", "kill", "attempt to kill or capture him", "targeted"),
    ("guardian-11", "ASSAULT", "kill", "there was an attempt to kill him", "targeted"),
    ("guardian-728", "ASSAULT", "Killing", "Killing her had been a priority", "targeted"),
    # P529: a mobilisation of arms, not troops
    ("guardian-575", "MOBILIZE", "deployed", "the Assad regime deployed sarin gas", "weapons"),
    ("guardian-633", "MOBILIZE", "deployed", "non-state groups have deployed drones", "weapons"),
    ("guardian-633", "MOBILIZE", "deployed", "China deployed more than 1,000", "weapons"),
    # P531: the clause's subject or object names what is threatened; "with death"
    ("guardian-70", "THREATEN", "warned", "that a Turkish military operation", "violence"),
    ("guardian-83", "THREATEN", "threatened", "threatened her family with death", "violence"),
    ("guardian-580", "THREATEN", "warned", "risked a military confrontation", "violence"),
    # P532: "explosive" as a modifier; "sexually" as the manner
    ("guardian-514", "ASSAULT", "killed", "killed by an improvised explosive device", "explosives"),
    ("guardian-693", "ASSAULT", "abused", "routinely sexually abused during", "sexual"),
]


@pytest.mark.parametrize(
    ("doc_id", "sentence_part", "mode"),
    [
        ("guardian-507", "benefits in destroying the group", None),
        ("guardian-143", "fight to degrade and destroy Islamic State", None),
        ("guardian-782", "destroy a residential building", "destroy"),
    ],
)
def test_destroying_a_force_is_no_destruction_of_property(guardian, doc_id, sentence_part, mode):
    """ "destroy Isis" is a defeat with no means stated; a building destroyed is property (P530's
    and P521's judges)."""
    assert find(guardian[doc_id], "ASSAULT", "destroy", sentence_part).mode == mode


def test_a_killing_hung_on_another_act_is_not_aimed(guardian):
    """ "the booby trap detonated, killing Oliver": Oliver died by the blast (P528's judge:
    explosives), however named a victim."""
    killing = find(guardian["guardian-678"], "ASSAULT", "killing", "detonated, killing Oliver")
    assert killing.mode != "targeted"


@pytest.mark.parametrize(
    ("doc_id", "event", "trigger", "sentence_part", "mode"), MODES_FROM_THE_SENTENCE
)
def test_the_sentence_gives_the_mode_the_trigger_word_does_not(
    guardian, doc_id, event, trigger, sentence_part, mode
):
    """The lexicon knows "killed", "talks", "called" or "threatened" but not how or what kind:
    the weapon, the place of a meeting, the act asked for or threatened say it."""
    assert find(guardian[doc_id], event, trigger, sentence_part).mode == mode
