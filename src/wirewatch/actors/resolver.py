"""Resolve actor mentions in a parsed document to dictionary entries, codes and sectors.

One pass over the alias matches and the parse, in document order:

1. alias matches, longest first; a short form ("the Front") only after its full name occurred;
2. generic agents ("officials", "the Ambassador", "his deputy") take their country from a
   modifier (adjective "Russian", name "US", possessive "Lavrov's"), else from the agent of the
   same kind they are conjoined after ("Turkey's president and foreign minister"), else from a
   country after them ("the president of Mexico", "refugees from Iraq"; "a court in Britain"
   for institutions only); weapons ("US drones") end there, an actor only if named as someone's;
   a local population or its police then take the country of the places their sentence names
   ("20 civilians in Idlib"), else the last mention of the same word ("the regime" after "the
   Assad regime"), else the document's focus (not for people from a place the dictionary has no
   country for: "a man from Birmingham"); a country so guessed is dropped where the sentence
   says the agent is somewhere else ("journalists were killed in Afghanistan");
3. unknown people take code and sector from an apposition or title ("the Syrian Ambassador,
   Riad Haddad");
4. pronouns ("he", "it", "its") carry the last fitting mention of the same paragraph; "they"
   the last plural one, not its own verb's subject; a subject "he", "it" or "they" continues
   an earlier subject of its own or the previous sentence; "the group" stands for the last
   named group or organisation, "the coalition" for the last group named a coalition;
5. "the two" ("the two leaders", "the two countries") stands for the two people, or the two
   named groups and countries, of the nearest sentence of its paragraph that names exactly two:
   two mentions on the same words, one for each, as "Lavrov and Kerry" gives one for each name.

People are resolved on the document date: a role never applies outside its dates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date as Date

from spacy.tokens import Doc, Span, Token

from wirewatch.actors.dictionary import ARMED_SECTORS, WEAPONS_ENTRY, ActorDictionary, ActorEntry
from wirewatch.actors.matcher import ADJECTIVE, SHORT, AliasMatch, AliasMatcher
from wirewatch.geo.sources import alpha3_codes
from wirewatch.nlp.titles import PERSON_TITLES, after_person_title
from wirewatch.schema import ActorRef

MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}
PLURAL_PRONOUNS = {"they", "them", "their"}
# "we" is its speaker's, and only found as the subject of a reported clause.
SPEAKER_PRONOUNS = {"we"}
# Object pronouns that stay participants, with no name or country, when nothing before them
# says whom they stand for.
UNRESOLVED_OBJECTS = frozenset({"him", "her", "them"})
SPEAKER_OBJECTS = frozenset({"me", "us"})  # as written: "US" is a country
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "pobj", "dative"}
COPULAS = {"be", "seem", "appear", "become", "remain"}
# Auxiliaries that make a participle after them passive ("it’s alleged", "it was claimed").
BE_FORMS = {"is", "was", "'s", "’s", "been", "be", "are", "were"}
# Bombs named by how they are delivered are attacks ("car bombs", "roadside bombs").
BOMB_ATTACK_WORDS = frozenset({"car", "truck", "suicide", "roadside", "nail", "pipe", "letter"})
# Predicates whose subject does what their infinitive says: "it is willing to" is someone.
CONTROL_ADJECTIVES = {
    "willing",
    "ready",
    "able",
    "unable",
    "prepared",
    "eager",
    "reluctant",
    "determined",
    "likely",
    "unlikely",
    "set",
    "due",
    "poised",
    "keen",
    "happy",
    "glad",
    "free",
    "certain",
    "sure",
    "bound",
    "about",
    "committed",
}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "agent", "dative"}
# Generic nouns that denote a person in office: a name next to them inherits their code.
TITLE_NOUNS = {
    "ambassador",
    "minister",
    "envoy",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "deputy",
    "counterpart",
    "official",
    "diplomat",
    "leader",
    "commander",
    "secretary",
}
# Verbs of saying and holding: "the army said it had killed …", "Gbagbo announced that he will
# extend …": the pronoun subject of what they report stands for their own subject.
SAYING_VERBS = frozenset(
    {
        "say",
        "tell",
        "announce",
        "claim",
        "state",
        "add",
        "confirm",
        "insist",
        "warn",
        "declare",
        "report",
        "stress",
        "deny",
        "admit",
        "acknowledge",
        "argue",
        "explain",
        "note",
        "reiterate",
        "repeat",
        "indicate",
        "signal",
        "vow",
        "pledge",
        "promise",
        "threaten",
        "believe",
        "think",
        "hope",
        "expect",
    }
)
# The phrases that name whose a generic agent is ("refugees from Iraq", "the president of
# Mexico", "the government in Bolivia").
OWNER_PREPS = frozenset({"of", "in", "from"})
# where an agent is: "Kurdish fighters in Syria", "inside northern Syria"
PLACED_PREPS = frozenset({"in", "inside"})
# Sectors of a country's institutions: "the government in Bolivia" is Bolivia's.
INSTITUTION_SECTORS = {"GOV", "JUD", "LEG", "COP"}
# Entity labels of a modifier that names whose an agent is ("Western", "Sunni", "Gulf").
NAME_ENTITIES = {"NORP", "GPE", "ORG", "LOC", "FAC", "PERSON"}
UNKNOWN_LABELS = {"PERSON", "ORG", "NORP"}  # an unknown GPE is a town more often than an actor
# Words for a local population and its police: with no country of their own they are most likely
# from where their sentence places them ("20 civilians in Idlib"), not from the document's focus
# or their attacker's country. Refugees, migrants, hostages or tourists often are not.
LOCAL_PEOPLE = frozenset(
    {
        "civilians",
        "civilian",
        "residents",
        "resident",
        "villagers",
        "villager",
        "people",
        "children",
        "child",
        "women",
        "woman",
        "families",
        "family",
        "population",
        "men",
        "man",
        "boys",
        "boy",
        "girls",
        "girl",
        "worshippers",
        "worshipper",
        # Police work in their own country ("police arrested him at Manchester airport").
        "police",
        "policemen",
        "policeman",
        "police officers",
        "police officer",
        "police chief",
        "officers",
        "officer",
        "security services",
    }
)
# People often not from where they are ("refugees in Lebanon"): where their sentence places them
# does not contradict the country the document gives them.
PEOPLE_ON_THE_MOVE = frozenset({"refugees", "refugee", "migrants", "migrant", "immigrants",
                                "immigrant", "asylum seekers", "asylum-seekers", "hostages",
                                "hostage", "captives", "tourists", "tourist", "pilgrims",
                                "passengers", "crew"})  # fmt: skip
# Where something happens: "in Idlib", "near Aleppo", "across Syria"; "into" and "on" name a
# destination or a target as often as a place.
WHERE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout",
                         "within"})  # fmt: skip
# "the town of Didim", "north of Aleppo": "of" after these introduces the place itself.
PLACE_WORDS = frozenset({"town", "city", "village", "district", "province", "region", "area",
                         "capital", "outskirts", "north", "south", "east", "west", "northeast",
                         "northwest", "southeast", "southwest"})  # fmt: skip
# The context of generic entries that are actors only where their own words say whose they are
# ("US drones", "missiles from Iran"): never a country from the article or an earlier mention.
OWNED = "owned"
# Entry types whose country makes a document "about" that country.
FOCUS_TYPES = {"group", "person", "seat", "country"}


@dataclass
class Mention:
    start: int  # token indices, end exclusive
    end: int
    entry: ActorEntry | None
    name: str | None
    code: str | None
    sector: str | None
    kind: str  # entry type, "adj", "pronoun" or "unknown"
    # a generic agent's country guessed from the document's focus, not read from the text
    guessed: bool = False
    # a named person's office on the document's date, by its words ("president" for
    # "President", "prime minister" for "Prime Minister"); None for a former office
    office: str | None = None

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


class ActorResolver:
    def __init__(self, dictionary: ActorDictionary, matcher: AliasMatcher) -> None:
        self.dictionary = dictionary
        self.matcher = matcher

    def __call__(self, doc: Doc, day: Date | None) -> list[ActorRef]:
        mentions, opposed = self._dictionary_mentions(doc, day)
        self._national_organisations(doc, mentions)
        mentions += self._unknown_people(doc, mentions)
        mentions.sort(key=lambda m: m.start)
        self._resolve_generics(doc, mentions, opposed)
        self._resolve_titles(doc, mentions)
        mentions += self._pronouns(doc, mentions)
        mentions = _pairs(doc, mentions)
        mentions.sort(key=lambda m: m.start)
        return [self._ref(doc, m) for m in mentions]

    # -- step 1: dictionary aliases ------------------------------------------------------------
    def _dictionary_mentions(
        self, doc: Doc, day: Date | None
    ) -> tuple[list[Mention], dict[int, str | None]]:
        """The dictionary's mentions, and the tokens of names opposed by an "anti-" prefix with
        the opposed actor's country ("anti-Assad forces" are not Assad's forces)."""
        matches = sorted(self.matcher(doc), key=lambda m: (m.start, -(m.end - m.start)))
        taken = [False] * len(doc)
        seen: set[str] = set()
        chosen: list[AliasMatch] = []
        opposed: dict[int, str | None] = {}
        places = _placed_in(doc)
        # Longest match first within each start; a later, longer overlap cannot displace an
        # earlier one, which keeps this linear in the number of matches.
        for match in matches:
            if any(taken[match.start : match.end]):
                continue
            if match.start in opposed or _after_anti(doc, match.start):
                # the longest name there says whom; the words after it stay free ("forces")
                opposed.setdefault(match.start, self.dictionary[match.entry_id].on(day).code)
                continue
            if match.form == SHORT and (
                match.entry_id not in seen or doc[match.start].ent_type_ == "DATE"
            ):
                continue  # a short form counts after the full name, and never in a date
            entry = self.dictionary[match.entry_id]
            if entry.type in PLACE_ENTRY_TYPES and _town_of_the_story(
                doc[match.start : match.end], entry, places
            ):
                continue  # "Lebanon" in a Missouri story: the town, not the country
            if (
                entry.id == WEAPONS_ENTRY
                and match.start > 0
                and doc[match.start - 1].lower_ in BOMB_ATTACK_WORDS
            ):
                continue  # "Isis suicide car bombs" are the attack, not its weapons
            if entry.type == "person" and _namesake(doc, match.start, match.end, entry):
                continue  # "Chelsea Clinton", "Asma Assad": someone else of that name
            root = doc[match.start : match.end].root
            if entry.is_generic and (root.pos_ in {"ADJ", "VERB"} or root.dep_ == "amod"):
                continue  # "military aid", "a government news agency" are not agents
            chosen.append(match)
            seen.add(match.entry_id)
            for i in range(match.start, match.end):
                taken[i] = True
        mentions = []
        for match in chosen:
            entry = self.dictionary[match.entry_id]
            identity = entry.on(day)
            kind = ADJECTIVE if match.form == ADJECTIVE else entry.type
            start = match.start
            if start > 0 and doc[start - 1].lower_ == "the" and kind in {"group", "igo", "ngo"}:
                start -= 1  # "the Kremlin", "the Islamic Front": keep the article with the name
            mention = Mention(
                start, match.end, entry, entry.name, identity.code, identity.sector, kind
            )
            if kind == "person" and identity.title and identity.sector != "ELI":
                mention.office = _office_word(identity.title)
            mentions.append(mention)
        return mentions, opposed

    # -- step 2: generic agents ----------------------------------------------------------------
    def _resolve_generics(
        self, doc: Doc, mentions: list[Mention], opposed: dict[int, str | None]
    ) -> None:
        by_token = _token_index(mentions)
        antecedents = Antecedents(doc, mentions)
        last_by_word: dict[str, str] = {}
        # as last_by_word, and the offices of named holders ("Trump" is a "president"), each
        # code with whether a holder lent it: read by a bare office, not by a title that names
        # its own holder ("President Hamid Karzai")
        last_by_office: dict[str, tuple[str, bool]] = {}
        guessed_words: set[str] = set()  # words whose last code was the focus country's
        focus = _focus_country(mentions)
        absorbed: set[int] = set()
        owned: dict[int, Mention] = {}  # root token -> a generic agent named as someone's
        for mention in mentions:
            if mention.entry is None or not mention.entry.is_generic:
                if mention.code and mention.entry is not None:
                    for words in _phrases(doc[mention.start : mention.end]):
                        last_by_word[words] = mention.code
                        last_by_office[words] = (mention.code, False)
                    if mention.office:
                        # "Trump … the president": the holder's office names him as
                        # "President Trump" would
                        last_by_office[mention.office] = (mention.code, True)
                continue
            root = doc[mention.start : mention.end].root
            # remembered by its own words: "US forces" lend nothing to "government forces"
            own_words = " ".join(token.lower_ for token in doc[mention.start : mention.end])
            name = next((c.i for c in root.lefts if c.i in opposed), None)
            if name is not None:
                # "anti-Assad forces": armed opponents of that country's rulers, or its
                # opposition; never the actor the prefix opposes. Rebels and opposition
                # groups ("anti-Turkish Kurdish fighters") keep their own entry.
                if mention.sector not in {"REB", "OPP"}:
                    armed = mention.sector in ARMED_SECTORS
                    mention.entry = self.dictionary["GEN-REB" if armed else "GEN-OPP"]
                    mention.name, mention.sector = mention.entry.name, mention.entry.sector
                mention.code = opposed[name]
                mention.start = min(
                    mention.start, name - 2 if doc[name - 1].text == "-" else name - 1
                )
                continue
            code, left = None, mention.start
            # A country modifier ("his US counterpart") outranks a possessor ("his").
            # "Kurdish and Iraqi forces": a modifier's conjuncts modify the agent too.
            # "Russian and Iranian-backed forces": a backer is no modifier of whose they are.
            # "Turkish-led forces": the leader is, though the parser hangs it on "led".
            backers = {word.i for word in _sponsoring_words(root)}
            # "Ghana's teachers' union": the parser may hang the owner on a word of the name
            hung_on = {
                word.i: inner.i == root.i
                for inner in doc[mention.start : mention.end]
                for c in inner.children
                if c.dep_ in MODIFIER_DEPS and c.i < mention.start
                for word in (c, *c.conjuncts, *_leading_words(c))
                if word.i < mention.start and word.i not in backers
            }
            modifiers = sorted(
                (doc[i] for i in hung_on), key=lambda c: (c.dep_ == "poss", not hung_on[c.i])
            )
            unknown_name = False  # "Western officials": named as someone's, but no country's
            for child in modifiers:
                owner = by_token.get(child.i)
                inside = owner is not None
                # an unknown name on a word inside the name ("the Internal Security Forces")
                # is part of a longer name, not an owner
                if (owner is None or not owner.code) and _is_name(child) and hung_on[child.i]:
                    unknown_name = True
                if child.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
                    owner = antecedents.before(child.i, child.lower_ in PERSON_PRONOUNS)
                    inside = False
                if owner is not None and owner.code:
                    code = owner.code
                    if owner.kind in {"group", "igo", "ngo", "media"} and owner.sector:
                        mention.sector = owner.sector  # "the SDF spokesman" speaks for the SDF
                    if inside and owner.start < mention.start:
                        left = min(left, owner.start)
                        absorbed.add(id(owner))
                    owned[root.i] = mention
                    break
            # "Iranian-backed forces": named for who backs them, not for whose they are; only
            # their own words give them a country
            sponsored = bool(_sponsors(root, by_token))
            first = None if sponsored else _shares_owner(root, owned)
            if code is None and first is not None and first.entry == mention.entry:
                # "Turkey's president and foreign minister": the minister is Turkey's too; not
                # the rebels of "Russian officials and rebels"
                code = first.code
            if code is None and (owner := _owner_after(root, by_token, mention.sector)):
                # "the president of Mexico", "the new government in Bolivia"
                code, mention.end = owner.code, max(mention.end, owner.end)
                absorbed.add(id(owner))
            if code is None and mention.entry.countries:
                # "Kurdish fighters in Syria": of the countries it may belong to, where it is
                code = _country_in(root, by_token, mention.entry.countries)
            if code is None and mention.entry.context == OWNED:
                absorbed.add(id(mention))  # "drones" of no one named are no actor
                continue
            if code is None and mention.sector in ARMED_SECTORS and not sponsored:
                # "Turkey sent troops into Afrin": the sender's troops
                code = _senders_country(root, by_token)
            if (
                code is None
                and not unknown_name
                and not sponsored
                and not _from_elsewhere(root, by_token, mention.start)
            ):
                if _head_words(root) & LOCAL_PEOPLE:
                    code = _country_of_places(root.sent, self.dictionary)
                if code is None:
                    titled = root.dep_ == "compound" and root.head.pos_ == "PROPN"
                    if titled:
                        code, lent = last_by_word.get(own_words), False
                    else:
                        code, lent = last_by_office.get(own_words, (None, False))
                    mention.guessed = code is not None and own_words in guessed_words and not lent
                if code is None and mention.entry.context and not _several_officials(root, mention):
                    code, mention.guessed = focus, focus is not None
                if code is not None and code in _sponsors(root, by_token):
                    # "US-backed rebels" in a story naming no other country: the backer's
                    # country is not theirs
                    code, mention.guessed = None, False
                moved = _head_words(root) & PEOPLE_ON_THE_MOVE
                used = not mention.entry.countries or code in mention.entry.countries
                if mention.guessed and used and not moved and _placed_elsewhere(root.sent, code):
                    # "Ten journalists were killed in Afghanistan" in a story about Turkey: no
                    # country rather than a guess the sentence contradicts
                    mention.code, mention.guessed = None, False
                    continue
            if code is None or (mention.entry.countries and code not in mention.entry.countries):
                # "Kurdish forces" are Syrian, Iraqi or Turkish: where they are ("the US
                # military's Kurdish partners inside northern Syria"), else the one the
                # document names most
                code = (
                    _country_in(root, by_token, mention.entry.countries)
                    or _most_named(mentions, mention.entry.countries)
                    or code
                )
            mention.code = code
            mention.start = left if code else mention.start
            if code:
                last_by_word[own_words] = code
                last_by_office[own_words] = (code, False)
                if mention.guessed:
                    guessed_words.add(own_words)
                else:
                    guessed_words.discard(own_words)
        mentions[:] = [m for m in mentions if id(m) not in absorbed]

    # -- step 1b: organisations named with their country first -------------------------------
    def _national_organisations(self, doc: Doc, mentions: list[Mention]) -> None:
        """ "The Nigerian Senate", "the Cambodia National Rescue Party": an organisation the
        dictionary does not know, whose only known word is its country at the start, is that
        country's organisation, not the bare country (the verb's subject is "Senate")."""
        by_token = _token_index(mentions)
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            inside = {id(m): m for i in range(ent.start, ent.end) if (m := by_token.get(i))}
            if len(inside) != 1:
                continue
            (country,) = inside.values()
            lead = ent.start + (doc[ent.start].pos_ == "DET")
            if (
                country.kind not in {ADJECTIVE, "country"}
                or country.start not in {ent.start, lead}
                or country.end >= ent.end
            ):
                continue
            at = next(i for i, m in enumerate(mentions) if m is country)
            mentions[at] = Mention(
                ent.start, ent.end, None, ent.text, country.code, None, "unknown-org"
            )

    # -- step 3: unknown people named beside a title --------------------------------------------
    def _unknown_people(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        covered = {i for m in mentions for i in range(m.start, m.end)}
        # What the geoparser took for a place ("Adra", tagged ORG by the NER) is not an actor.
        place_chars = [(p.start, p.end) for p in (doc._.places or [])]
        found = []
        for ent in doc.ents:
            # "President Buhari" tagged GPE is a person all the same (and the geoparser's no place)
            titled = ent.label_ == "GPE" and after_person_title(ent)
            if not (ent.label_ in UNKNOWN_LABELS or titled) or any(
                i in covered for i in range(ent.start, ent.end)
            ):
                continue
            # A person's name may hold a place ("Paris Hilton"); a name that *is* a place the
            # geoparser found ("the Douma attack", tagged PERSON) is not a person.
            if any(
                (s, e) == (ent.start_char, ent.end_char)
                or (ent.label_ != "PERSON" and s < ent.end_char and ent.start_char < e)
                for s, e in place_chars
            ):
                continue
            # Not in the dictionary: a name without codes, unless a title or apposition
            # codes it below ("the Syrian Ambassador, Riad Haddad").
            kind = "unknown" if ent.label_ == "PERSON" or titled else "unknown-org"
            found.append(Mention(ent.start, ent.end, None, ent.text, None, None, kind))
        return found

    def _resolve_titles(self, doc: Doc, mentions: list[Mention]) -> None:
        by_token = _token_index(mentions)
        for mention in mentions:
            if mention.kind != "unknown":
                continue
            root = doc[mention.start : mention.end].root
            # "the Syrian Ambassador, Riad Haddad": the name is an apposition of the title;
            # "Syrian Ambassador Riad Haddad": the title is a compound of the name.
            candidates = [root.head] if root.dep_ in {"appos", "conj"} else []
            candidates += [c for c in root.children if c.dep_ in {"compound", "appos"}]
            for token in candidates:
                title = by_token.get(token.i)
                if title is None or title is mention or not title.code:
                    continue
                if (
                    title.entry is not None
                    and title.entry.is_generic
                    and (token.lower_ in TITLE_NOUNS or token.lemma_ in TITLE_NOUNS)
                ):
                    # "President George W. Bush" in an article about Afghanistan: a country
                    # the title only guessed from the document is not the person's
                    mention.code = None if title.guessed else title.code
                    mention.sector = title.sector
                    break

    # -- step 4: pronouns --------------------------------------------------------------------
    def _pronouns(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        found = []
        antecedents = Antecedents(doc, mentions)
        by_token = _token_index(mentions)
        for token in doc:
            lower = token.lower_
            if lower in SPEAKER_PRONOUNS:
                # "the Turkish president said: 'We will attack …'": the speaker's side
                antecedent = _speaker(doc, token, by_token, None)
                if antecedent is not None:
                    we = replace(antecedent, start=token.i, end=token.i + 1, kind="pronoun")
                    found.append(we)
                continue
            if token.i not in by_token and (phrase := _bare_head(token)) is not None:
                # "coalition airstrikes", "coalition forces": as definite as "the coalition"
                named = _named_with_head(doc, mentions, phrase)
                if named is not None:
                    found.append(replace(named, start=phrase.start, end=phrase.end, kind="pronoun"))
                continue
            if token.i not in by_token and (phrase := _the_group(token)) is not None:
                # "Isis seized Mosul. The group killed hundreds of Yazidis": Isis; "the
                # coalition" after "the US-led coalition": the one whose name it repeats
                named = (
                    antecedents.organisation[phrase.start]
                    if lower in GROUP_NOUNS
                    else _named_with_head(doc, mentions, phrase)
                )
                if named is not None:
                    found.append(replace(named, start=phrase.start, end=phrase.end, kind="pronoun"))
                continue
            if token.text in SPEAKER_OBJECTS and token.dep_ in OBJECT_DEPS:
                # "they beat me", "if they fight us": the speaker, whom no name gives
                found.append(Mention(token.i, token.i + 1, None, token.text, None, None, "unknown"))
                continue
            if lower not in PERSON_PRONOUNS | GROUP_PRONOUNS or token.dep_ not in ARGUMENT_DEPS:
                continue
            if _expletive(token):
                continue
            person = lower in PERSON_PRONOUNS
            antecedent = _speaker(doc, token, by_token, person) or antecedents.before(
                token.i,
                person,
                plural=lower in PLURAL_PRONOUNS,
                bound=_bound(token),
                subject=token.dep_ in SUBJECT_DEPS,
            )
            if antecedent is None:
                if lower in UNRESOLVED_OBJECTS and token.dep_ in OBJECT_DEPS:
                    # "his captors tortured him": the one it was done to is there, though
                    # no name for them is
                    found.append(
                        Mention(token.i, token.i + 1, None, token.text, None, None, "unknown")
                    )
                continue
            # A generic agent is named by its own words ("Iraqi military"), not the pronoun's.
            name = (
                doc[antecedent.start : antecedent.end].text
                if antecedent.kind == "generic"
                else None
            )
            found.append(
                replace(
                    antecedent,
                    start=token.i,
                    end=token.i + 1,
                    kind="pronoun",
                    name=name or antecedent.name,
                )
            )
        return found

    def _ref(self, doc: Doc, mention: Mention) -> ActorRef:
        span = doc[mention.start : mention.end]
        entry = mention.entry
        return ActorRef(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            # A generic agent is named by what the text calls it ("Russian officials").
            name=span.text
            if entry is not None and entry.is_generic and mention.kind != "pronoun"
            else mention.name,
            code=mention.code,
            sector=mention.sector,
            id=entry.id if entry is not None else None,
        )


# "The group killed hundreds": a noun that stands for the last named group or organisation, with
# the adjectives that only describe it.
GROUP_NOUNS = frozenset({"group", "organisation", "organization"})
GROUP_ADJECTIVES = frozenset(
    {"militant", "jihadist", "jihadi", "extremist", "terror", "terrorist", "armed", "rebel"}
    | {"insurgent", "islamist", "radical", "militia"}
)
ORGANISATION_TYPES = frozenset({"group", "ngo"})
# Last words of groups' names that stand for the last group so named: "the coalition" after "the
# US-led coalition", "the party" after "the Kurdistan Workers' Party".
NAME_HEADS = frozenset({"coalition", "alliance", "party", "movement", "front"})

# "the two …": nouns for two people, and for two groups or countries ("sides" prefers these).
PAIRED_PEOPLE = {
    "men",
    "women",
    "leaders",
    "presidents",
    "ministers",
    "premiers",
    "envoys",
    "diplomats",
    "counterparts",
    "heads",
}
PAIRED_GROUPS = {
    "countries",
    "nations",
    "states",
    "governments",
    "capitals",
    "neighbours",
    "neighbors",
    "allies",
    "powers",
    "sides",
    "rivals",
    "groups",
    "factions",
    "parties",
    "armies",
}
PAIR_REACH = 2  # sentences back, within the paragraph, where "the two" may find its pair


def _namesake(doc: Doc, start: int, end: int, entry: ActorEntry) -> bool:
    """The surname alone at ``start`` ends a longer PERSON name whose other given name is none
    of the person's own: "Chelsea Clinton", "Saif al-Islam Gaddafi". A full name matched whole
    ("Theresa May"), a title ("President Assad"), an initial ("Donald J. Trump") or a word of
    any alias ("Recep Tayyip Erdoğan"), or one letter off it ("Benjamim"), keeps the person."""
    if end - start > 1 or start == 0:
        return False
    if doc[start].ent_iob_ != "I" or doc[start].ent_type_ != "PERSON":
        return False
    before = doc[start - 1]
    if before.tag_ != "NNP" or before.lower_ in PERSON_TITLES:
        return False
    if len(before.text.rstrip(".")) == 1 or before.text.endswith("."):
        return False
    own_words = {word for alias in entry.aliases for word in alias.split()}
    return not any(_one_edit_apart(before.text, word) for word in own_words)


def _one_edit_apart(a: str, b: str) -> bool:
    """Equal, or one letter changed, added or dropped ("Benjamim", "Benjamin")."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _office_word(title: str) -> str:
    """The words of an office's title before its "of", "to" or "for": "Prime Minister" ->
    "prime minister", "Secretary of State" -> "secretary", "Ambassador to the UN" ->
    "ambassador"."""
    return re.split(r" (?:of|to|for) ", title, maxsplit=1)[0].lower()


def _phrases(span: Span) -> Iterator[str]:
    """Every run of a name's words, lower-cased: "Prime Minister May" gives "prime minister"
    and "minister" as well as the whole."""
    words = [token.lower_ for token in span]
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            yield " ".join(words[start:end])


def _pairs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each "the two [noun]" or "both [noun]" that names a pair given as
    two mentions on its words (any mention inside them, such as "Nato" in "the two Nato
    allies", gives way)."""
    out = list(mentions)
    for word in doc:
        found = _pair_words(word)
        if found is None:
            continue
        start, end, noun = found
        if noun is None:
            kinds = ("person", "group")
        elif noun == "sides":
            kinds = ("group", "person")
        else:
            kinds = ("person",) if noun in PAIRED_PEOPLE else ("group",)
        pair = next((p for kind in kinds if (p := _pair_before(doc, out, start, kind))), None)
        if pair is None:
            continue
        out = [m for m in out if m.end <= start or m.start >= end]
        out += [replace(m, start=start, end=end, kind="pronoun", guessed=False) for m in pair]
    return out


def _pair_words(word: Token) -> tuple[int, int, str | None] | None:
    """The span and noun of "the two [noun]" ("the two" alone: no noun) or of "both [noun]"
    ("Both men refused …") starting at ``word``, in an argument position; None otherwise.
    "both sides of the border" is a place's two sides, not a pair of actors."""
    doc = word.doc
    if word.lower_ == "two" and word.i > 0 and doc[word.i - 1].lower_ == "the":
        head = word.head if word.dep_ == "nummod" else word
        start = word.i - 1
    elif word.lower_ == "both" and word.dep_ in {"det", "predet"}:
        head = word.head
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return None
        start = word.i
    else:
        return None
    noun = head.lower_ if head is not word else None
    if head.dep_ not in ARGUMENT_DEPS or head.i < word.i:
        return None
    if noun is not None and noun not in PAIRED_PEOPLE | PAIRED_GROUPS:
        return None
    if noun is None and word.lower_ == "both":
        return None
    return start, head.i + 1, noun


def _pair_before(
    doc: Doc, mentions: list[Mention], start: int, kind: str
) -> tuple[Mention, Mention] | None:
    """The two people (``kind`` "person") or named groups and countries ("group") of the
    nearest sentence, up to ``start`` and ``PAIR_REACH`` sentences back in its paragraph,
    that names exactly two; None where the nearest that names any names one or three."""
    sentences = list(doc.sents)
    here = next(n for n, s in enumerate(sentences) if s.start <= start < s.end)
    for number in range(here, max(-1, here - PAIR_REACH - 1), -1):
        sentence = sentences[number]
        if number < here and _breaks_paragraph(doc, sentence.end, sentences[number + 1].start):
            return None
        found: dict[str, Mention] = {}
        for m in mentions:
            if not (sentence.start <= m.start and m.end <= min(sentence.end, start)):
                continue
            if kind == "person":
                fits = m.is_person or m.kind == "unknown"
            else:
                fits = (
                    m.kind not in {"pronoun", ADJECTIVE, "person", "unknown"}
                    and m.code is not None
                    and m.entry is not None
                    and not m.entry.is_generic
                )
            if fits:
                found.setdefault(m.name or doc[m.start : m.end].text, m)
        if len(found) == 2:
            first, second = found.values()
            return first, second
        if found:
            return None
    return None


def _breaks_paragraph(doc: Doc, end: int, start: int) -> bool:
    """A line break between two sentences (tokens ``end - 1`` and ``start``)."""
    return any("\n" in t.text_with_ws for t in doc[end - 1 : start + 1][:-1])


def _expletive(pronoun: Token) -> bool:
    """The empty "it" of "It is legal to kill them", "it would be wrong to send …", "It seemed
    a good policy to …": the subject of a copula whose predicate or verb has an infinitive or a
    "that" clause after it stands for no one; so does the passive subject of a verb with a
    clause after it ("it's alleged he was …")."""
    if pronoun.lower_ != "it":
        return False
    if pronoun.dep_ == "expl":
        return True
    verb = pronoun.head
    passive = pronoun.dep_ == "nsubjpass" or (
        # "it’s alleged", parsed as an active past with "’s" as its auxiliary
        verb.tag_ in {"VBN", "VBD"}
        and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in BE_FORMS for c in verb.children)
    )
    if passive and any(c.dep_ == "ccomp" and c.i > pronoun.i for c in verb.children):
        return True  # "it's alleged he was a recruiter", "it is understood that …"
    if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in COPULAS:
        return False
    predicates = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
    if any(p.lemma_.lower() in CONTROL_ADJECTIVES for p in predicates):
        return False  # "Syria says it is willing to withdraw": Syria is
    holders = [verb, *predicates]
    return any(
        c.dep_ in {"xcomp", "ccomp"} and c.i > pronoun.i and _infinitive_or_that(c)
        for holder in holders
        for c in holder.children
    )


def _infinitive_or_that(clause: Token) -> bool:
    return any(c.dep_ in {"aux", "mark"} and c.lower_ in {"to", "that"} for c in clause.children)


def _speaker(
    doc: Doc, pronoun: Token, by_token: dict[int, Mention], person: bool | None
) -> Mention | None:
    """The subject of a verb of saying whose reported clause has the pronoun as its subject,
    where the two agree: "he" a person or one office holder, "it"/"they" anything else, "we"
    (``person`` None) either."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.lemma_.lower() not in SAYING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    speaker = by_token.get(subject.i) if subject is not None else None
    if speaker is None or speaker.kind in {"pronoun", ADJECTIVE}:
        return None
    root = doc[speaker.start : speaker.end].root
    like_person = (
        speaker.is_person
        or speaker.kind == "unknown"
        # one holder of an office ("the minister"); "officials" are "they"
        or (speaker.kind == "generic" and root.lemma_.lower() in TITLE_NOUNS and root.tag_ == "NN")
    )
    return speaker if person is None or like_person == person else None


def _is_name(token: Token) -> bool:
    """A proper noun or adjective: "Sunni", "Gulf", and "Western" unless it opens the sentence."""
    return (
        token.ent_type_ in NAME_ENTITIES
        or token.tag_ in {"NNP", "NNPS"}
        or (token.tag_ == "JJ" and token.text[:1].isupper() and token.i != token.sent.start)
    )


def _named_after(
    root: Token, by_token: dict[int, Mention], words: frozenset[str]
) -> Iterator[tuple[str, Mention]]:
    """The countries (and seats) an agent's own phrases with these prepositions name, with the
    preposition."""
    for prep in root.rights:
        if prep.dep_ != "prep" or prep.lower_ not in words:
            continue
        for place in prep.children:
            named = by_token.get(place.i)
            if (
                place.dep_ == "pobj"
                and named is not None
                and named.kind in {"country", "seat"}
                and named.code
            ):
                yield prep.lower_, named


def _owner_after(root: Token, by_token: dict[int, Mention], sector: str | None) -> Mention | None:
    """The country named after a generic agent that it belongs to: "of X" and "from X" for any
    agent ("refugees from Iraq"), "in X" only for institutions, as troops or refugees "in X" are
    merely there."""
    return next(
        (
            owner
            for word, owner in _named_after(root, by_token, OWNER_PREPS)
            if word != "in" or sector in INSTITUTION_SECTORS
        ),
        None,
    )


def _country_in(
    root: Token, by_token: dict[int, Mention], countries: tuple[str, ...]
) -> str | None:
    """The country an agent's own "in X" or "inside X" phrase names, or that of the participle
    or relative clause describing it ("Kurdish militias fighting in Syria"), if it is one of
    ``countries``."""
    clauses = [c for c in root.rights if c.dep_ in {"acl", "relcl"} and c.pos_ in {"VERB", "AUX"}]
    return next(
        (
            named.code
            for head in (root, *clauses)
            for _, named in _named_after(head, by_token, PLACED_PREPS)
            if named.kind == "country" and named.code in countries
        ),
        None,
    )


def _from_elsewhere(root: Token, by_token: dict[int, Mention], start: int) -> bool:
    """ "a man from Birmingham", "fighters from Chechnya": the agent comes from a place the
    dictionary has no country for, so neither the document's focus nor an earlier agent of the
    same word says whose it is; nor for "foreign fighters", whose own words say they are not
    from where they are (``start``: where the agent's name begins, "foreign minister" being
    one)."""
    if any(c.dep_ == "amod" and c.lower_ == "foreign" and c.i < start for c in root.lefts):
        return True
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "from"
        and place.dep_ == "pobj"
        and place.ent_type_ in {"GPE", "LOC"}
        and place.i not in by_token
        for prep in root.rights
        for place in prep.children
    )


# Participles that name, after a hyphen, who stands behind an agent: "US-backed rebels".
SPONSORING = frozenset({"backed", "supported", "sponsored", "funded", "armed", "trained"})


def _sponsoring_words(root: Token) -> list[Token]:
    """The words naming who stands behind the agent: "US" in "US-backed rebels"; both
    "Russian" and "Iranian" in "Russian and Iranian-backed forces", where the parser makes the
    participle a conjunct of the first backer."""
    words = []
    for left in root.lefts:
        participles = [left] if left.lower_ in SPONSORING else []
        shared = [c for c in left.conjuncts if c.lower_ in SPONSORING]
        if shared:
            words.append(left)
        for participle in participles + shared:
            words += participle.lefts
    return words


def _leading_words(modifier: Token) -> list[Token]:
    """ "Turkish" in "Turkish-led forces": the words the parser hangs on a hyphenated "led"."""
    if modifier.lower_ != "led" or modifier.i == 0 or modifier.nbor(-1).text != "-":
        return []
    return [word for word in modifier.lefts if word.dep_ in MODIFIER_DEPS | {"npadvmod"}]


def _sponsors(root: Token, by_token: dict[int, Mention]) -> set[str]:
    """The codes of the actors named as standing behind the agent."""
    named = (by_token.get(word.i) for word in _sponsoring_words(root))
    return {mention.code for mention in named if mention is not None and mention.code}


def _literal_places(sentence: Span) -> Iterator[tuple[str, Span | None]]:
    """The country code of each place the sentence names literally, with its span."""
    doc = sentence.doc
    for place in doc._.places or []:
        if place.type != "literal" or not place.country_code:
            continue
        if sentence.start_char <= place.start < sentence.end_char:
            yield place.country_code, doc.char_span(place.start, place.end, alignment_mode="expand")


def _country_of_places(sentence: Span, dictionary: ActorDictionary) -> str | None:
    """The actor code of the one country every place the sentence names literally lies in
    ("in Idlib", "near Aleppo": SYR); None where they lie in several, or it names none. Demonyms,
    metonyms and names that modify a noun say whose, not where: "Russian air strikes", "Moscow
    said", "US drones"."""
    countries = {
        code
        for code, span in _literal_places(sentence)
        if span is None or span.root.dep_ not in MODIFIER_DEPS
    }
    if len(countries) != 1:
        return None
    code = alpha3_codes().get(countries.pop())
    country = dictionary.entries.get(code) if code is not None else None
    return code if country is not None and country.type == "country" else None


def _placed_elsewhere(sentence: Span, guess: str | None) -> bool:
    """The sentence says where it happens ("in Fort Worth", "near the town of Didim"), and none
    of those places lies in the country guessed for its agent from the document: the guess is
    contradicted, not merely unconfirmed. Only a locative phrase counts: a country named as an
    agent ("armed by Turkey", "the US-backed rebels") says nothing of where anyone is."""
    if guess is None:
        return False
    countries = {
        alpha3_codes().get(code) or code
        for code, span in _literal_places(sentence)
        if span is not None and _is_where(span.root)
    }
    return bool(countries) and guess not in countries


def _is_where(token: Token) -> bool:
    """ "in Afghanistan", "near the town of Didim", "north of Aleppo", "in Didim, south-west
    Turkey": the object of a locative preposition, through a place noun's "of" or an apposition."""
    for _ in range(4):
        if token.dep_ in {"appos", "conj"}:
            token = token.head
            continue
        if token.dep_ != "pobj":
            return False
        prep = token.head
        if prep.lower_ in WHERE_PREPS:
            return True
        if prep.lower_ == "of" and prep.head.lower_ in PLACE_WORDS:
            token = prep.head
            continue
        return False
    return False


def _shares_owner(root: Token, owned: dict[int, Mention]) -> Mention | None:
    """The generic agent, named as someone's, that this bare one is conjoined after ("Turkey's
    president and foreign minister", "the Iranian president and foreign minister")."""
    if root.dep_ != "conj":
        return None
    for child in root.lefts:  # "foreign" is part of the title; "the", "his", "Syrian" are not
        if child.dep_ in {"det", "poss"} or child.ent_type_ in NAME_ENTITIES:
            return None
    return owned.get(root.head.i)


def _head_words(root: Token) -> set[str]:
    """The agent's head word, alone and with a compound before it ("officers", "police
    officers")."""
    return {root.lower_} | {f"{c.lower_} {root.lower_}" for c in root.lefts if c.dep_ == "compound"}


def _token_index(mentions: list[Mention]) -> dict[int, Mention]:
    index = {}
    for mention in mentions:
        for i in range(mention.start, mention.end):
            index[i] = mention
    return index


class Antecedents:
    """For every token, the last few people, named groups or countries (distinct, nearest
    first), and plural agents mentioned before it in the same paragraph (a blank line or line
    break ends one). Built in one pass over tokens and mentions, so pronoun resolution stays linear.

    A plural agent is what "they" can stand for: a generic agent with a plural head ("rebels",
    "Turkish officials"), a named group or country, or a coordination of actors ("Kotey and
    Elsheikh"), which its first member stands for."""

    KEEP = 3  # plural agents remembered, nearest first: a bound pronoun skips one
    # Groups and countries remembered for "it": a coordination of several countries as the
    # binding subject ("Saudi Arabia, the UAE, Bahrain and Egypt … accusing it") must not use
    # up the memory.
    KEEP_GROUPS = 6

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        ordered = sorted(mentions, key=lambda m: m.start)
        # The last few distinct people, nearest first: an object pronoun skips its own verb's
        # subject ("Erdogan described him": not Erdogan).
        self.people: list[tuple[Mention, ...]] = [()] * len(doc)
        self.groups: list[tuple[Mention, ...]] = [()] * len(doc)
        self.plural: list[tuple[Mention, ...]] = [()] * len(doc)
        # The last group, and plural agent, that was a clause's subject, with its sentence's
        # number: a subject pronoun continues the subject of its own or the previous sentence.
        self.group_subject: list[tuple[Mention, int] | None] = [None] * len(doc)
        self.plural_subject: list[tuple[Mention, int] | None] = [None] * len(doc)
        self.person_subject: list[tuple[Mention, int] | None] = [None] * len(doc)
        # The last named group or organisation: what "the group" stands for.
        self.organisation: list[Mention | None] = [None] * len(doc)
        self.sentence = [0] * len(doc)
        for number, sent in enumerate(doc.sents):
            for token in sent:
                self.sentence[token.i] = number
        group = group_subject = plural_subject = person_subject = organisation = None
        plural: tuple[Mention, ...] = ()
        people: tuple[Mention, ...] = ()
        groups: tuple[Mention, ...] = ()
        pointer = 0
        for token in doc:
            while pointer < len(ordered) and ordered[pointer].start < token.i:
                mention = ordered[pointer]
                pointer += 1
                if mention.kind in {"pronoun", ADJECTIVE}:
                    continue
                root = doc[mention.start : mention.end].root
                is_subject = root.dep_ in SUBJECT_DEPS
                if mention.is_person or mention.kind == "unknown":
                    # a person the dictionary lacks is still the one meant
                    same = _person_key(mention)
                    people = (mention, *(m for m in people if _person_key(m) != same))
                    people = people[: self.KEEP]
                    if is_subject:
                        person_subject = (mention, self.sentence[root.i])
                elif mention.code and (mention.entry is None or not mention.entry.is_generic):
                    group = mention
                    groups = (mention, *(m for m in groups if m.code != mention.code))
                    groups = groups[: self.KEEP_GROUPS]
                    if mention.kind in ORGANISATION_TYPES:
                        organisation = mention
                    if is_subject:
                        group_subject = (mention, self.sentence[root.i])
                if _is_plural_agent(doc, mention, group is mention):
                    plural = (mention, *plural)[: self.KEEP]
                    if is_subject:
                        plural_subject = (mention, self.sentence[root.i])
            self.people[token.i], self.groups[token.i] = people, groups
            self.plural[token.i] = plural
            self.group_subject[token.i] = group_subject
            self.plural_subject[token.i] = plural_subject
            self.person_subject[token.i] = person_subject
            self.organisation[token.i] = organisation
            if "\n" in token.text or "\n" in token.whitespace_:
                group = group_subject = plural_subject = person_subject = None  # a new paragraph
                organisation = None
                plural = people = groups = ()

    def before(
        self,
        i: int,
        person: bool,
        plural: bool = False,
        bound: frozenset[int] = frozenset(),
        subject: bool = False,
    ) -> Mention | None:
        """The antecedent of a pronoun at token ``i``; ``bound``: tokens it cannot stand for
        (its own verb's subject, for an object pronoun); ``subject``: the pronoun is a
        clause's subject, and prefers an earlier subject of its own or the previous sentence."""
        if subject:
            if person:  # "Erdogan met Putin on Monday. He later threatened …": Erdogan
                earlier = self.person_subject[i]
            else:
                earlier = (self.plural_subject if plural else self.group_subject)[i]
            if earlier is not None and self.sentence[i] - earlier[1] <= 1:
                mention = earlier[0]
                if not any(mention.start <= t < mention.end for t in bound):
                    return mention
        if person:
            return next(
                (m for m in self.people[i] if not any(m.start <= t < m.end for t in bound)), None
            )
        if not plural:
            return next(
                (m for m in self.groups[i] if not any(m.start <= t < m.end for t in bound)), None
            )
        return next(
            (m for m in self.plural[i] if not any(m.start <= t < m.end for t in bound)), None
        )


def _the_group(token: Token) -> Span | None:
    """ "the group", "the militant group", "the organisation": a definite singular noun that
    stands for a group named before it; not "the group of experts", "the Wagner Group"."""
    if token.lower_ not in GROUP_NOUNS | NAME_HEADS or token.tag_ != "NN":
        return None
    if token.dep_ not in ARGUMENT_DEPS:
        return None
    lefts = list(token.lefts)
    if not lefts or lefts[0].lower_ != "the" or lefts[0].dep_ != "det":
        return None
    if any(c.dep_ != "det" and c.lower_ not in GROUP_ADJECTIVES for c in lefts):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
        return None
    return token.doc[lefts[0].i : token.i + 1]


# Heads of groups' names that, bare before a noun, stand for the last group so named.
BARE_HEADS = frozenset({"coalition", "alliance"})


def _bare_head(token: Token) -> Span | None:
    """ "coalition" in "coalition airstrikes": a name's head with no words of its own, modifying
    a noun."""
    if token.lower_ not in BARE_HEADS or token.tag_ != "NN" or token.dep_ != "compound":
        return None
    if token.n_lefts or token.n_rights or token.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return token.doc[token.i : token.i + 1]


def _named_with_head(doc: Doc, mentions: list[Mention], phrase: Span) -> Mention | None:
    """The last group or organisation named before the phrase, in its paragraph, whose name
    ends in the phrase's noun."""
    head = phrase[-1].lower_
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        if mention.start >= phrase.start or mention.kind == "pronoun":
            continue
        if "\n" in doc[mention.end : phrase.start].text:
            return None  # another paragraph
        entry = mention.entry
        if entry is None or entry.type not in ORGANISATION_TYPES | {"igo"}:
            continue
        if entry.name.split()[-1].lower() == head:
            return mention
    return None


def _person_key(mention: Mention) -> str:
    """Who a person mention is: its dictionary entry, else its name."""
    if mention.entry is not None:
        return mention.entry.id
    return (mention.name or str(mention.start)).lower()


def _is_plural_agent(doc: Doc, mention: Mention, named: bool) -> bool:
    root = doc[mention.start : mention.end].root
    if root.dep_ == "conj":
        return False  # a later member of a coordination: the first stands for it
    if any(c.dep_ == "conj" for c in root.children):
        return True
    generic = mention.entry is not None and mention.entry.is_generic
    return named or (generic and root.tag_ in {"NNS", "NNPS"})


def _bound(pronoun: Token) -> frozenset[int]:
    """The tokens a pronoun cannot stand for: an object pronoun's verb's own subject, or for an
    infinitive with none, the one it inherits ("called on Russia to defend them": not Russia);
    the noun a relative clause with the pronoun as subject describes."""
    if pronoun.dep_ in SUBJECT_DEPS and pronoun.head.dep_ == "relcl":
        return frozenset({pronoun.head.head.i})  # "the men they killed": not the men
    if pronoun.dep_ not in OBJECT_DEPS:
        return frozenset()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return frozenset()
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if own:
        return frozenset(t.i for c in own for t in c.subtree)
    if verb.dep_ not in {"xcomp", "advcl"}:
        return frozenset()
    governor = verb.head
    if verb.tag_ == "VBG":
        # A participle adjunct is its governor's subject's act ("Trump called Erdogan, urging
        # him to …": not Trump)
        own = [c for c in governor.children if c.dep_ in SUBJECT_DEPS]
        return frozenset(t.i for c in own for t in c.subtree)
    # The governor's object controls the infinitive where it has one ("called on Russia to"),
    # else its subject ("promised to").
    controllers = [c for c in governor.children if c.dep_ == "dobj"] + [
        p for c in governor.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ]
    if not controllers:
        controllers = [c for c in governor.children if c.dep_ in SUBJECT_DEPS]
    return frozenset(t.i for c in controllers for t in c.subtree)


def _most_named(mentions: list[Mention], countries: tuple[str, ...]) -> str | None:
    if not countries:
        return None
    named = Counter(m.code for m in mentions if m.code in countries and m.kind != "generic")
    return named.most_common(1)[0][0] if named else countries[0]


# Verbs of sending or moving one's own forces.
SENDING_VERBS = frozenset(
    {"send", "deploy", "dispatch", "station", "mobilise", "mobilize", "withdraw"}
)


def _senders_country(root: Token, by_token: dict[int, Mention]) -> str | None:
    """The country of whoever sends, deploys or withdraws these forces (the verb's subject)."""
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in SENDING_VERBS:
        return None
    sender = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
    owner = by_token.get(sender.i) if sender is not None else None
    return owner.code if owner is not None and owner.code else None


def _several_officials(root: Token, mention: Mention) -> bool:
    """Plural officials named by no country ("foreign ministers gathered in Brussels", "western
    leaders"): often several countries', so the document's country is no guess for them."""
    return mention.sector == "GOV" and root.tag_ in {"NNS", "NNPS"}


def _focus_country(mentions: list[Mention]) -> str | None:
    """The country a document is about: its armed groups' country, else its most named one."""
    groups = Counter(
        m.code
        for m in mentions
        if m.kind == "group" and m.code and len(m.code) == 3 and m.code not in {"IGO", "NGO", "IMG"}
    )
    if groups:
        return groups.most_common(1)[0][0]
    named = Counter(
        m.code
        for m in mentions
        if m.kind in FOCUS_TYPES | {ADJECTIVE} and m.code and m.code not in {"IGO", "NGO", "IMG"}
    )
    return named.most_common(1)[0][0] if named else None


# Entries named after a place: a town may share the name ("Lebanon", Missouri).
PLACE_ENTRY_TYPES = frozenset({"country", "seat"})
# Places of its own country a story names besides a town, at least, to be from there.
HOME_PLACES = 3


def _placed_in(doc: Doc) -> list[tuple[int, int, str]]:
    """The places the geoparser found, with character offsets and country (alpha-3)."""
    alpha3 = alpha3_codes()
    return [
        (p.start, p.end, code)
        for p in doc._.places or []
        if p.country_code and (code := alpha3.get(p.country_code))
    ]


def _town_of_the_story(span: Span, entry: ActorEntry, places: list[tuple[int, int, str]]) -> bool:
    """Whether the geoparser placed a country's or seat's name in another country, the one the
    story comes from: at least ``HOME_PLACES`` of its other places lie there, more than in any
    other country. A text of a sentence or two says too little of its home to overrule the
    dictionary ("Georgia's interior ministry", "Jerusalem" near "the West Bank")."""
    on_name = [c for s, e, c in places if s < span.end_char and span.start_char < e]
    if not on_name or on_name[0] == entry.code:
        return False
    others = Counter(c for s, e, c in places if e <= span.start_char or s >= span.end_char)
    if not others:
        return False
    (home, count), *rest = others.most_common(2)
    return home == on_name[0] and count >= HOME_PLACES and (not rest or rest[0][1] < count)


def _after_anti(doc: Doc, start: int) -> bool:
    """ "anti-Assad", "anti-government": the name follows an "anti" prefix."""
    if start >= 1 and doc[start - 1].lower_ in {"anti-", "anti"}:
        return True
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "anti"
