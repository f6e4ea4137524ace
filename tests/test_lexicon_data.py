"""Sanity checks for the shipped actor and place lexicons (timeline/data/*.json); no database."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import combinations

import pycountry
import pytest

from timeline.extraction.lexicon import ActorEntry, Lexicon, PlaceEntry, Role

# Codes in use that ISO 3166-1 has not assigned (Kosovo's user-assigned code).
EXTRA_CODES = {"XK"}

CAPITALS = {
    "Moskau": "RU",
    "Minsk": "BY",
    "Kiew": "UA",
    "Berlin": "DE",
    "Wien": "AT",
    "Bern": "CH",
    "Paris": "FR",
    "London": "GB",
    "Washington": "US",
    "Peking": "CN",
    "Ankara": "TR",
    "Warschau": "PL",
    "Budapest": "HU",
    "Astana": "KZ",
    "Eriwan": "AM",
    "Baku": "AZ",
    "Teheran": "IR",
    "Jerusalem": "IL",
    "Neu-Delhi": "IN",
    "Brasília": "BR",
    "Tiflis": "GE",
    "Rom": "IT",
    "Madrid": "ES",
    "Buenos Aires": "AR",
    "Tokio": "JP",
    "Riad": "SA",
    "Doha": "QA",
    "Kairo": "EG",
    "Pjöngjang": "KP",
    "Brüssel": "BE",
    "Vilnius": "LT",
}


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.from_files()


def _valid_code(code: str | None) -> bool:
    return code is not None and (
        code in EXTRA_CODES or pycountry.countries.get(alpha_2=code) is not None
    )


def _actor(lexicon: Lexicon, canonical: str) -> ActorEntry:
    return next(a for a in lexicon.actors if a.canonical == canonical)


def _place(lexicon: Lexicon, canonical: str) -> PlaceEntry:
    return next(p for p in lexicon.places if p.canonical == canonical)


def _office_key(office: str) -> str:
    """Fold feminine titles onto one office: "Außenministerin" and "Außenminister" clash."""
    if office.endswith("beauftragte"):
        return office + "r"
    return office.removesuffix("in")


def _overlap(a: Role, b: Role) -> bool:
    """Terms overlap by more than the handover day (old end == new start is allowed)."""
    a_start, b_start = a.start or date.min, b.start or date.min
    a_end, b_end = a.end or date.max, b.end or date.max
    return a_start < b_end and b_start < a_end


def test_sizes(lexicon: Lexicon) -> None:
    people = [a for a in lexicon.actors if a.kind == "person"]
    organisations = [a for a in lexicon.actors if a.kind == "organisation"]
    assert len(people) >= 250
    assert len(organisations) >= 30
    kinds: defaultdict[str, int] = defaultdict(int)
    for place in lexicon.places:
        kinds[place.kind] += 1
    assert kinds["country"] >= len(pycountry.countries)
    assert kinds["city"] + kinds["region"] >= 300


def test_kinds_and_codes(lexicon: Lexicon) -> None:
    for actor in lexicon.actors:
        assert actor.kind in {"person", "organisation"}, actor.canonical
        assert actor.country is None or _valid_code(actor.country), actor.canonical
        if actor.kind == "person":
            assert actor.country is not None, actor.canonical
        for role in actor.roles:
            assert role.country is None or _valid_code(role.country), (actor.canonical, role)
    for place in lexicon.places:
        assert place.kind in {"country", "city", "region"}, place.canonical
        assert _valid_code(place.country), place.canonical


def test_unique_canonicals(lexicon: Lexicon) -> None:
    actors = [a.canonical for a in lexicon.actors]
    places = [p.canonical for p in lexicon.places]
    assert len(actors) == len(set(actors))
    assert len(places) == len(set(places))


def test_no_alias_shared_by_two_actors(lexicon: Lexicon) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in lexicon.actors:
        for name in (actor.canonical, *actor.aliases):
            owners[name.casefold()].add(actor.canonical)
    shared = {name: sorted(who) for name, who in owners.items() if len(who) > 1}
    assert not shared


def test_no_place_name_shared(lexicon: Lexicon) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for place in lexicon.places:
        for name in (place.canonical, *place.variants):
            owners[name.casefold()].add(place.canonical)
    shared = {name: sorted(who) for name, who in owners.items() if len(who) > 1}
    assert not shared


def test_aliases_are_clean(lexicon: Lexicon) -> None:
    for actor in lexicon.actors:
        assert actor.canonical not in actor.aliases, actor.canonical
        assert len(actor.aliases) == len(set(actor.aliases)), actor.canonical
        for alias in actor.aliases:
            assert alias == alias.strip() and len(alias) >= 2, (actor.canonical, alias)


def test_role_dates_are_ordered(lexicon: Lexicon) -> None:
    for actor in lexicon.actors:
        for role in actor.roles:
            assert role.office, actor.canonical
            if role.start and role.end:
                assert role.start <= role.end, (actor.canonical, role)


def test_no_two_holders_of_one_office(lexicon: Lexicon) -> None:
    holders: dict[tuple[str, str | None], list[tuple[str, Role]]] = defaultdict(list)
    for actor in lexicon.actors:
        for role in actor.roles:
            holders[(_office_key(role.office), role.country)].append((actor.canonical, role))
    clashes = []
    for key, terms in holders.items():
        for (who_a, a), (who_b, b) in combinations(terms, 2):
            if who_a != who_b and _overlap(a, b):
                clashes.append((key, who_a, who_b))
    assert not clashes


def test_key_actors(lexicon: Lexicon) -> None:
    putin = _actor(lexicon, "Wladimir Putin")
    assert "Putin" in putin.aliases
    assert any(
        r.office == "Präsident"
        and r.country == "RU"
        and r.holds_on(date(2024, 5, 23))
        and "Kremlchef" in r.titles
        for r in putin.roles
    )
    scholz = _actor(lexicon, "Olaf Scholz")
    assert any(
        r.office == "Bundeskanzler" and r.country == "DE" and r.holds_on(date(2022, 6, 1))
        for r in scholz.roles
    )
    merz = _actor(lexicon, "Friedrich Merz")
    assert any(r.office == "Bundeskanzler" and r.holds_on(date(2025, 6, 1)) for r in merz.roles)
    lukaschenko = _actor(lexicon, "Alexander Lukaschenko")
    assert {"Lukashenko", "Lukaschenka", "Lukaschenko"} <= set(lukaschenko.aliases)
    assert any(r.holds_on(date(2020, 8, 9)) and r.country == "BY" for r in lukaschenko.roles)
    trump = _actor(lexicon, "Donald Trump")
    assert not any(r.holds_on(date(2022, 1, 1)) for r in trump.roles)
    assert any(r.holds_on(date(2025, 3, 1)) for r in trump.roles)
    for name in (
        "Wolodymyr Selenskyj",
        "Recep Tayyip Erdoğan",
        "Xi Jinping",
        "Emmanuel Macron",
        "Benjamin Netanjahu",
        "Luiz Inácio Lula da Silva",
        "Sergej Lawrow",
        "Dmitri Peskow",
        "Maria Sacharowa",
        "Alexander Sachartschenko",
        "Igor Plotnizki",
        "Swetlana Tichanowskaja",
        "Maria Kolesnikowa",
    ):
        _actor(lexicon, name)
    for org in (
        "NATO",
        "EU",
        "Vereinte Nationen",
        "G7",
        "G20",
        "BRICS",
        "OSZE",
        "Schanghaier Organisation für Zusammenarbeit",
        "OVKS",
        "Europäischer Rat",
        "Georgischer Traum",
    ):
        assert _actor(lexicon, org).kind == "organisation"


def test_one_holder_resolves_per_day(lexicon: Lexicon) -> None:
    """The Russian presidency has exactly one holder on sample days."""
    for day in (date(2010, 1, 1), date(2015, 3, 1), date(2024, 5, 23)):
        holders = [
            a.canonical
            for a in lexicon.actors
            for r in a.roles
            if r.office == "Präsident" and r.country == "RU" and r.holds_on(day)
        ]
        assert len(holders) == 1, (day, holders)


def test_countries_news_forms(lexicon: Lexicon) -> None:
    countries = {p.country: p for p in lexicon.places if p.kind == "country"}
    for c in pycountry.countries:
        assert c.alpha_2 in countries, c.alpha_2
    assert countries["RU"].canonical == "Russland"
    assert "Russische Föderation" in countries["RU"].variants
    assert countries["US"].canonical == "USA"
    assert {"Vereinigte Staaten", "Amerika"} <= set(countries["US"].variants)
    assert countries["BY"].canonical == "Belarus"
    assert {"Weißrussland", "Weissrussland"} <= set(countries["BY"].variants)
    assert {"belarussisch", "weißrussisch"} <= set(countries["BY"].adjectives)
    assert countries["RU"].genitive == "Russlands"
    assert "Vereinigtes Königreich" in countries["GB"].variants
    with_adjectives = [p for p in countries.values() if p.adjectives]
    assert len(with_adjectives) >= 60
    for place in lexicon.places:
        for adjective in place.adjectives:
            assert adjective == adjective.lower(), (place.canonical, adjective)


def test_capitals(lexicon: Lexicon) -> None:
    country_codes = {p.country for p in lexicon.places if p.kind == "country"}
    for place in lexicon.places:
        if place.kind != "country":
            assert place.country in country_codes, place.canonical
    for capital, code in CAPITALS.items():
        assert _place(lexicon, capital).country == code, capital
    assert {"Kyjiw", "Kyiv"} <= set(_place(lexicon, "Kiew").variants)


def test_demonyms(lexicon: Lexicon) -> None:
    countries = {p.country: p for p in lexicon.places if p.kind == "country"}
    with_demonyms = [p for p in countries.values() if p.demonyms]
    assert len(with_demonyms) >= 60
    assert {"Slowake", "Slowaken", "Slowakin"} <= set(countries["SK"].demonyms)
    assert {"Franzose", "Franzosen", "Französin"} <= set(countries["FR"].demonyms)
    assert {"Brite", "Briten"} <= set(countries["GB"].demonyms)
    assert {"Deutsche", "Deutschen"} <= set(countries["DE"].demonyms)
    assert {"Inder", "Amerikaner", "Israelis"} <= {
        d for code in ("IN", "US", "IL") for d in countries[code].demonyms
    }
    # Spelt like the country: the name matches already, no second entry.
    for code in ("PL", "HU", "SE"):
        assert countries[code].canonical not in countries[code].demonyms
    names = {
        name.casefold()
        for place in lexicon.places
        for name in (place.canonical, *place.variants, place.genitive or "")
    }
    owners: dict[str, set[str]] = defaultdict(set)
    for place in lexicon.places:
        if place.demonyms:
            assert place.kind == "country", place.canonical
        assert len(place.demonyms) == len(set(place.demonyms)), place.canonical
        for demonym in place.demonyms:
            assert demonym[:1].isupper() and demonym == demonym.strip(), demonym
            assert demonym.casefold() not in names, demonym
            owners[demonym].add(place.canonical)
    assert not {d: who for d, who in owners.items() if len(who) > 1}


# UN members (ISO alpha-2) and the three states the lexicon also treats as sovereign.
SOVEREIGN = set(
    """AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
    CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR
    GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW
    KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP
    NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC
    SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US
    UY UZ VU VE VN YE ZM ZW XK TW PS""".split()
)
# Offices that make someone a head of state or of government.
HEAD_OFFICES = {
    "Präsident", "Ministerpräsident", "Premierminister", "Bundeskanzler", "Bundespräsident",
    "Regierungschef", "König", "Emir", "Sultan", "Fürst", "Großherzog", "Kaiser", "Machthaber",
    "Oberster Führer", "Juntachef", "Vorsitzender des Präsidialrats",
    "Vorsitzender des Souveränen Rats", "Präsident des Ministerrats", "Papst",
}  # fmt: skip
# San Marino's two Captains Regent change every six months: no one holder to list.
NO_SINGLE_HEAD = {"SM"}


def _is_head_office(office: str) -> bool:
    return (
        office in HEAD_OFFICES
        or _office_key(office) in HEAD_OFFICES
        or (office.endswith("in") and office.removesuffix("in") in HEAD_OFFICES)
    )


def test_every_state_has_a_head_on_a_day(lexicon: Lexicon) -> None:
    for day in (date(2024, 1, 1), date(2010, 6, 1)):
        covered = {
            r.country
            for a in lexicon.actors
            for r in a.roles
            if r.country and _is_head_office(r.office) and r.holds_on(day)
        }
        missing = SOVEREIGN - covered - NO_SINGLE_HEAD
        if day.year == 2010:  # Kosovo, Taiwan and Palestine are covered; a few gaps allowed
            assert len(missing) <= 15, sorted(missing)
        else:
            assert not missing, sorted(missing)


def test_heads_of_some_states(lexicon: Lexicon) -> None:
    def holder(office: str, country: str | None, day: date) -> list[str]:
        return [
            a.canonical
            for a in lexicon.actors
            for r in a.roles
            if _office_key(r.office) == office and r.country == country and r.holds_on(day)
        ]

    assert holder("Präsident", "CL", date(2007, 1, 1)) == ["Michelle Bachelet"]
    assert holder("Premierminister", "AU", date(2008, 1, 1)) == ["Kevin Rudd"]
    assert holder("Präsident", "SN", date(2015, 1, 1)) == ["Macky Sall"]
    assert holder("Revolutionsführer", "LY", date(2005, 1, 1)) == ["Muammar al-Gaddafi"]
    assert holder("Präsident", "KR", date(2019, 1, 1)) == ["Moon Jae In"]
    assert holder("Ministerpräsident", "JP", date(2003, 1, 1)) == ["Jun'ichirō Koizumi"]
    assert holder("Präsident", "DE", date(2001, 1, 1)) == []  # "Bundespräsident" there
    assert holder("Bundespräsident", "DE", date(2001, 1, 1)) == ["Johannes Rau"]
    assert holder("Außenminister", "US", date(2006, 1, 1)) == ["Condoleezza Rice"]
    assert holder("UN-Generalsekretär", None, date(2003, 1, 1)) == ["Kofi Annan"]
    assert "Gaddafi" in _actor(lexicon, "Muammar al-Gaddafi").aliases


def test_role_periods_do_not_end_before_they_start(lexicon: Lexicon) -> None:
    for actor in lexicon.actors:
        for role in actor.roles:
            assert role.start is None or role.start >= date(1940, 1, 1), (actor.canonical, role)
            assert role.end is None or role.end <= date(2027, 1, 1), (actor.canonical, role)


def _german_words() -> tuple[set[str], dict[str, float]]:
    import gzip
    import json
    from pathlib import Path

    import spacy_lookups_data

    data = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(data / "de_lemma_lookup.json.gz") as f:
        lemmas = set(json.load(f))
    with gzip.open(data / "de_lexeme_prob.json.gz") as f:
        probs = json.load(f)
    return lemmas, probs


# Names that are German words too, kept because the person is far more often meant than the
# word in political news, or the word is a name in the word list only.
# "Kurz" and "Kern" stay: Austria's chancellors are named so alone in many reports ("Kurz wurde
# vereidigt"), at the cost of "Kurz darauf" at a sentence start.
GERMAN_WORD_NAMES = {
    "Kohl", "Hagel", "Braun", "Dan", "Halonen", "Karins", "Mills", "Marcos", "Moore", "Kurz",
    "Kern",
}  # fmt: skip


def test_no_single_word_name_is_a_german_word(lexicon: Lexicon) -> None:
    """A surname matched alone, or a one-word alias, must not be a German word ("Frieden",
    "Kurz" as in "Kurz darauf") or a frequent lower-case word at a sentence start."""
    from timeline.extraction.lexicon import GIVEN_NAME_SYLLABLES
    from timeline.extraction.matchers import surname_alone

    lemmas, probs = _german_words()
    found = []
    for actor in lexicon.actors:
        if actor.kind != "person":
            continue
        words = [a for a in actor.aliases if " " not in a]
        last = actor.canonical.split()[-1]
        if surname_alone(last) and actor.country not in GIVEN_NAME_SYLLABLES:
            words.append(last)
        for word in words:
            if word in GERMAN_WORD_NAMES:
                continue
            if word in lemmas or probs.get(word.lower(), -99.0) > -12.5:
                found.append((actor.canonical, word))
    assert not found


def test_no_alias_is_a_place_name(lexicon: Lexicon) -> None:
    places = {n for p in lexicon.places for n in (p.canonical, *p.variants)}
    clashes = [
        (a.canonical, alias)
        for a in lexicon.actors
        if a.kind == "person"
        for alias in (a.canonical, *a.aliases)
        if alias in places
    ]
    assert not clashes


def test_places_news_forms(lexicon: Lexicon) -> None:
    assert _place(lexicon, "Nur-Sultan").country == "KZ"
    assert "Nur-Sultan" not in _place(lexicon, "Astana").variants
    assert _place(lexicon, "Genua").country == "IT"
    palestine = _place(lexicon, "Palästinensergebiete")
    assert palestine.kind == "country" and palestine.country == "PS"
    assert {"Palästinensische Autonomiegebiete", "Palästina"} <= set(palestine.variants)
    for name in ("Westjordanland", "Gaza", "Krim", "Donbass", "Berg-Karabach", "Kaschmir"):
        _place(lexicon, name)
    assert _place(lexicon, "Kalkutta").country == "IN"


def test_build_actors_is_idempotent() -> None:
    """The shipped file is what scripts/build_actors.py makes of itself: nothing to add."""
    import copy
    import json
    import sys
    from pathlib import Path

    scripts = Path(__file__).resolve().parent.parent / "scripts"
    sys.path.insert(0, str(scripts))
    try:
        import build_actors
    finally:
        sys.path.remove(str(scripts))
    shipped = json.loads(build_actors.OUT.read_text(encoding="utf-8"))
    merged = copy.deepcopy(shipped)
    assert build_actors.merge(merged) == []
    assert merged == shipped


def test_surnames_alone_in_the_matcher(lexicon: Lexicon) -> None:
    from timeline.extraction.matchers import LexiconIndex
    from timeline.extraction.nlp import german_pipeline

    nlp = german_pipeline()
    index = LexiconIndex(lexicon, nlp)

    def found(text: str) -> list[tuple[str, str]]:
        return [
            (m.kind, (m.actor or m.place).canonical)  # type: ignore[union-attr]
            for m in index.mentions(nlp(text))
            if m.kind in ("actor", "place")
        ]

    assert found("Meloni reist nach Genua.") == [
        ("actor", "Giorgia Meloni"),
        ("place", "Genua"),
    ]
    assert found("Dann sprach Bachelet in Montenegro.") == [
        ("actor", "Michelle Bachelet"),
        ("place", "Montenegro"),
    ]
    assert found("Der Frieden in Nur-Sultan") == [("place", "Nur-Sultan")]
    assert found("Gaddafi traf Erdogan.") == [
        ("actor", "Muammar al-Gaddafi"),
        ("actor", "Recep Tayyip Erdoğan"),
    ]
