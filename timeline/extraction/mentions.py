"""The mention stage: who and where a segment names. Lexicon names and offices (resolved by
the publication date and by who was named before), family names told again, unknown titled
persons; places with the preposition that governs them; the country a paragraph or an article
is about."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from difflib import SequenceMatcher

from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc

from timeline.extraction import triggers as trg
from timeline.extraction.analysis import DETERMINERS, OFFICE_WORD, TITLEISH
from timeline.extraction.article import Article
from timeline.extraction.dates.vocabulary import MONTH_NUMBERS, WEEKDAY_NUMBERS
from timeline.extraction.lexicon import FAMILY_NAME_FIRST, ActorEntry, PlaceEntry
from timeline.extraction.matchers import TITLED_SURNAME, Mention, RoleKey, titled_persons
from timeline.extraction.nlp import TokenArrays, lemma_of, lemma_table
from timeline.extraction.records import MarkedSpan, Person, Place, Segment
from timeline.extraction.types import ActorCandidate


def family_names(article: Article, seg: Segment, ms: list[Mention]) -> list[Person]:
    """ "Kim" (or "Kims") after "Kim Jong Un" was named: a person of a country where the
    family name comes first, told again by it. Only when one person named so far has that
    family name, and no capitalised name follows ("Kim Dae Jung" is someone else)."""
    by_family: dict[str, list[Person]] = {}
    for p in article.salient:
        if p.kind == "person" and p.country in FAMILY_NAME_FIRST and " " in p.name:
            named = by_family.setdefault(p.name.split()[0], [])
            if p.name not in {q.name for q in named}:
                named.append(p)
    found: list[Person] = []
    for family, people in by_family.items():
        if len(people) != 1:
            continue
        for match in re.finditer(rf"\b{re.escape(family)}s?\b(?!\s+[A-ZÄÖÜ])", seg.text):
            start = seg.start_char + match.start()
            if any(m.start_char <= start < m.end_char for m in ms):
                continue  # part of a name the lexicon knows ("Kim Jong Un")
            token = article.doc.char_span(start, start + 1, alignment_mode="expand")
            i = token.start if token is not None else seg.start
            found.append(
                Person(
                    people[0].name,
                    people[0].country,
                    start,
                    seg.start_char + match.end(),
                    speaker=_is_speaker(article.toks, i, seg.start),
                    negated=_is_negated(article.toks, i, seg),
                )
            )
    return found


def persons(article: Article, seg: Segment) -> list[Person]:
    """The actors a segment names: lexicon names (homonyms told apart), offices resolved by the
    publication date ("der Kremlchef"), family names told again, unknown titled persons."""
    doc = article.doc
    ms = article.seg_mentions(seg)
    found: list[Person] = []
    unknown_spans = [
        (u, c) for u, c in article.unknowns if seg.start_char <= u.start_char < seg.end_char
    ]
    for n, m in enumerate(ms):
        if m.kind == "actor" and m.actor is not None:
            if m.form == "name" and (_other_first_name(doc, m, ms) or _a_word_not_a_name(doc, m)):
                continue
            found_actor = disambiguate(article, m)
            found.append(
                Person(
                    found_actor.canonical,
                    found_actor.country,
                    m.start_char,
                    m.end_char,
                    kind=found_actor.kind,
                    speaker=_is_speaker(article.toks, m.start, seg.start, m.end, seg.end),
                    negated=_is_negated(article.toks, m.start, seg)
                    or _possessor_of_person(doc, ms, n),
                )
            )
        elif m.kind == "role" and m.role is not None and not m.former:
            nxt = ms[n + 1] if n + 1 < len(ms) else None
            if nxt is not None and nxt.kind == "actor" and nxt.start - m.end <= 1:
                continue
            if any(0 <= u.start_char - m.end_char <= 2 for u, _ in unknown_spans):
                continue
            if m.start > seg.start and doc[m.start - 1].lower_ in ("als", "zum", "zur"):
                continue  # the office as predicate: "als Präsident vereidigt"
            if (
                m.start > seg.start
                and doc[m.start - 1].lower_ == "die"
                and _PLURAL_OFFICE.search(m.text)
            ):
                continue  # "die Präsidenten", "die Staatschefs": several, told by coreference
            if _named_in_apposition(article, m, ms[n + 1 :]):
                continue  # "der Präsident Armeniens, Paschinjan,": the name says who
            if (
                m.end < len(doc)
                and doc[m.end].text[:1].isupper()
                and doc[m.end].text not in ("(",)
                and not doc[m.end].is_punct
                and m.end < seg.end
                and lemma_of(doc[m.end]) == doc[m.end].text
                and doc[m.end].text.lower() not in trg.PLANNED_CUES.pattern
                and _looks_like_name(doc[m.end].text)
                # "besuchte der Staatspräsident Costa Rica": a place follows, not a name
                and not (nxt is not None and nxt.kind == "place" and nxt.start == m.end)
            ):
                continue  # a name the lexicon does not know follows the title
            if m.role.country is None and not (
                m.start > seg.start and doc[m.start - 1].lower_ in _ARTICLES
            ):
                continue
            actor = resolve_role(article, m.role, m.text)
            if actor is not None:
                found.append(
                    Person(
                        actor.canonical,
                        actor.country,
                        m.start_char,
                        m.end_char,
                        negated=_is_negated(article.toks, m.start, seg),
                    )
                )
            found += _coordinated_office_holders(article, seg, m, nxt, ms[n - 1] if n else None)
    found += family_names(article, seg, ms)
    for u, country in unknown_spans:
        found.append(
            Person(
                u.name,
                country,
                u.start_char,
                u.end_char,
                kind="unknown",
                title=u.title,
                speaker=bool(trg.SPEAKER_TITLE.search(u.title)),
            )
        )
    found.sort(key=lambda p: p.start_char)
    for p in found:
        article.resolved_actor_spans.append(
            MarkedSpan(
                p.start_char, p.end_char, "actor", article.text[p.start_char : p.end_char], p.name
            )
        )
    return found


# what may stand between an office and the names in apposition to it: another country of the
# same office ("die Präsidenten Armeniens und Aserbaidschans, X und Y") and the comma
_TO_APPOSITION = re.compile(r"(?:\s+(?:und|sowie)\s+\w+)?\s*,\s*")


def _named_in_apposition(article: Article, m: Mention, after: list[Mention]) -> bool:
    """The office is followed by a comma and a person's name set off as its apposition."""
    nxt = next((o for o in after if o.kind != "place"), None)
    return (
        nxt is not None
        and nxt.kind == "actor"
        and _TO_APPOSITION.fullmatch(article.text, m.end_char, nxt.start_char) is not None
        # set off on both sides ("der Präsident, X, reiste"), not a list ("den Präsidenten,
        # X und Y")
        and _APPOSITION_CLOSED.match(article.text, nxt.end_char) is not None
    )


_APPOSITION_CLOSED = re.compile(r"\s*,|\s+(?:und|sowie)\s+[A-ZÄÖÜ][^,.;]{0,40},")


def _coordinated_office_holders(
    article: Article, seg: Segment, m: Mention, nxt: Mention | None, prev: Mention | None
) -> list[Person]:
    """The office of a second country's genitive joined by "und": "die Außenminister
    Russlands und Chinas", "Russlands und Chinas Präsidenten"."""
    doc = article.doc
    if m.role is None or m.role.country is None:
        return []
    other: Mention | None = None
    if (
        nxt is not None
        and nxt.start == m.end + 1
        and nxt.end <= seg.end
        and doc[m.end].lower_ == "und"
        and doc[m.end - 1].text[:1].isupper()  # the genitive closes the office phrase
    ):
        other = nxt
    elif (
        prev is not None
        and prev.end == m.start - 1
        and prev.start >= seg.start
        and doc[prev.end].lower_ == "und"
        and doc[m.start].text[:1].isupper()
        and doc[m.start].text.endswith("s")  # the office phrase opens with a genitive
    ):
        other = prev
    if (
        other is None
        or other.kind != "place"
        or other.place is None
        or other.form != "genitive"
        or other.place.kind != "country"
    ):
        return []
    actor = resolve_role(article, RoleKey(m.role.term, other.place.country), m.text)
    if actor is None:
        return []
    return [Person(actor.canonical, actor.country, other.start_char, other.end_char)]


def disambiguate(article: Article, m: Mention) -> ActorEntry:
    assert m.actor is not None
    forms = article.index.actor_forms.get(m.text) or []
    if len(forms) <= 1:
        return m.actor
    seen = {p.name for p in article.salient}
    for actor, _ in forms:
        if actor.canonical in seen:
            return actor
    if article.published is not None:
        for actor, _ in forms:
            if any(r.holds_on(article.published) for r in actor.roles):
                return actor
    return m.actor


def resolve_role(article: Article, key: RoleKey, text: str) -> ActorEntry | None:
    every = article.index.holders(key, article.published)
    holders = every
    if _feminine_title(key, text):
        # "die Präsidentin Mexikos" names a woman: never the man who then held the office
        holders = [h for h in every if h.canonical in article.index.women]
    if not holders:
        return None
    seen = [p.name for p in reversed(article.salient)]
    for name in seen:
        for h in holders:
            if h.canonical == name:
                return h
    if key.country is None:
        home = _holder_of_article_country(article, every, text)
        if home is not None:
            return home
        if key.term in _GENERIC_ONLY_ANAPHORIC:
            return None
    if len(holders) == 1 or article.published is None:
        return holders[0] if len(holders) == 1 else None
    german = [h for h in holders if h.country == "DE"]
    if key.country is None and len(german) == 1:
        return german[0]
    return holders[0] if key.country is not None else None


def _holder_of_article_country(
    article: Article, holders: list[ActorEntry], text: str
) -> ActorEntry | None:
    """A bare office held in two countries ("der Kanzler", "der Bundespräsident": Germany
    and Austria) names the holder of the country the article speaks of most; of Germany when
    it speaks of neither more (the news read here is German). "die Kanzlerin" is a woman,
    "der Kanzler" is not. Offices held in many countries ("der Präsident") stay anaphoric."""
    women = article.index.women
    female = bool(_FEMININE_OFFICE.search(text))
    of_gender = [h for h in holders if (h.canonical in women) == female]
    if len(holders) == 2 and len(of_gender) == 1:
        return of_gender[0]  # "die Kanzlerin" in 2018: the one woman of the two
    by_country = {h.country: h for h in of_gender if h.country}
    if len(by_country) != 2 or len(of_gender) != 2:
        return None
    counts = _article_countries(article)
    ranked = sorted(by_country, key=lambda c: counts.get(c, 0), reverse=True)
    first, second = ranked
    if counts.get(first, 0) > counts.get(second, 0):
        return by_country[first]
    return by_country.get("DE")


def _article_countries(article: Article) -> dict[str, int]:
    """How often the article names each country: its places, people and demonyms."""
    memo_key = ("article_countries",)
    known = article.memo.get(memo_key)
    if known is None:
        counts: dict[str, int] = {}
        for m in article.mentions:
            country = (
                m.place.country
                if m.place is not None
                else m.actor.country
                if m.actor is not None and m.actor.kind == "person"
                else None
            )
            if country:
                counts[country] = counts.get(country, 0) + 1
        article.memo[memo_key] = known = counts
    return known  # type: ignore[return-value]


def places(article: Article, seg: Segment) -> list[Place]:
    """The places a segment names, each with the preposition that governs it (also across an
    adjective or a word for town: "im russischen Kasan", "in der Hauptstadt Kiew")."""
    out: list[Place] = []
    for m in article.seg_mentions(seg):
        if m.kind != "place" or m.place is None:
            continue
        prep = article.doc[m.start - 1].lower_ if m.start > seg.start else ""
        if prep in ("der", "den", "dem", "die") and m.start - 2 >= seg.start:
            prep2 = article.doc[m.start - 2].lower_
            if prep2 in ("in", "nach", "aus"):
                prep = prep2
        elif m.start - 2 >= seg.start and (
            _PLACE_ADJECTIVE.fullmatch(prep) or prep in _PLACE_NOUNS
        ):
            # "im russischen Kasan", "in der Hauptstadt Kiew", "nach der Hafenstadt Odessa"
            j = m.start - 2
            while j > seg.start and (
                _PLACE_ADJECTIVE.fullmatch(article.doc[j].lower_)
                or article.doc[j].lower_ in _PLACE_NOUNS
                or article.doc[j].lower_ in ("der", "den", "dem", "die")
            ):
                j -= 1
            if article.doc[j].lower_ in ("in", "im", "ins", "nach", "aus"):
                prep = article.doc[j].lower_
        out.append(Place(m.place, m.start_char, m.end_char, m.form, prep))
    out += described_places(article, seg)
    out += compound_places(article, seg)
    out.sort(key=lambda p: p.start_char)
    return out


def coordinated_places(article: Article, places: list[Place], chosen: Place) -> list[Place]:
    """The places joined with `chosen` in one list ("die Emirate, Senegal, Ruanda und
    Südafrika", "nach Paris und nach Warschau"), in order; `chosen` alone when none is. A
    country after one of its cities ("in Minsk, Belarus") says where the city is, and "oder"
    joins alternatives, not destinations."""
    named = [p for p in places if p.form == "name"]
    if chosen not in named:
        return [chosen]
    i = named.index(chosen)
    lo = hi = i
    while lo > 0 and _joins(article.text, named[lo - 1], named[lo]):
        lo -= 1
    while hi + 1 < len(named) and _joins(article.text, named[hi], named[hi + 1]):
        hi += 1
    return named[lo : hi + 1]


def _joins(text: str, a: Place, b: Place) -> bool:
    if a.entry.kind == "city" and b.entry.kind == "country" and a.entry.country == b.entry.country:
        return False
    return _LIST_JOINT.fullmatch(text[a.end_char : b.start_char]) is not None


def compound_places(article: Article, seg: Segment) -> list[Place]:
    """The place that opens a trigger compound ("bei dessen Moskau-Besuch", "die
    China-Reise", "der Ukraine-Gipfel in Paris" names no place: a topic) is where a visit goes."""
    found: list[Place] = []
    for t in article.seg_triggers(seg):
        if t.type is not trg.T.VISIT or t.verbal or "-" not in t.text:
            continue
        head = t.text.rsplit("-", 1)[0]
        forms = article.index.place_forms.get(head)
        if forms and forms[0][1] == "name":
            found.append(Place(forms[0][0], t.start_char, t.start_char + len(head), "name", "in"))
    return found


def described_places(article: Article, seg: Segment) -> list[Place]:
    """Places a segment names by describing them (resources/de/places.toml): "in der
    ukrainischen Hauptstadt" (Kiew), "die Hauptstadt Russlands", "in der Hauptstadt" (the
    capital of the country in view), "in der ehemaligen Sowjetrepublik" (the country in view
    that was one). They count as names."""
    toks = article.toks
    descriptors = trg.place_descriptors()
    found: list[Place] = []
    for j in range(seg.start, seg.end):
        word = toks.word(j)
        if not word[:1].isupper():
            continue
        low = word.lower()
        is_capital = low in descriptors.capital
        if not is_capital and low not in descriptors.country:
            continue
        lo, prep = _phrase_start(article, j, seg)
        if lo is None:
            continue  # no article before it: "Hauptstadt Kiew" is a name's title
        seg_places = [m for m in article.seg_mentions(seg) if m.kind == "place" and m.place]
        after = next((m for m in seg_places if m.start == j + 1), None)
        if after is not None and after.form == "name":
            continue  # "die Hauptstadt Kiew": the name is there
        start_char, end_char = toks.idx[j], toks.end[j]
        if not is_capital:
            country = country_in_view(article, start_char, descriptors.country[low])
            if country is not None:
                found.append(Place(country, start_char, end_char, "name", prep))
            continue
        owner = next(
            (m.place for m in seg_places if m.form == "adjective" and lo <= m.start < j), None
        )
        if owner is None and after is not None and after.form == "genitive":
            owner = after.place
        if owner is None:
            owner = country_in_view(article, start_char, frozenset())
        capital = (
            article.index.capital_place.get(owner.country) if owner and owner.country else None
        )
        if capital is not None:
            found.append(Place(capital, start_char, end_char, "name", prep))
    return found


def _phrase_start(article: Article, j: int, seg: Segment) -> tuple[int | None, str]:
    """The first token of the noun phrase that ends in token j (its article, across
    adjectives) and the preposition before it; None when no article or contraction opens it."""
    toks = article.toks
    k = j - 1
    while k > seg.start and _PLACE_ADJECTIVE.fullmatch(toks.word(k).lower()):
        k -= 1
    if k < seg.start:
        return None, ""
    word = toks.word(k).lower()
    if word in ("im", "ins"):
        return k, "im" if word == "im" else "in"
    if word not in _DEFINITE:
        return None, ""
    prep = toks.word(k - 1).lower() if k > seg.start else ""
    return k, prep


def country_in_view(article: Article, char: int, allowed: frozenset[str]) -> PlaceEntry | None:
    """The country the text last named before `char` (by name, genitive, adjective or an
    office of it; where only some countries are `allowed`, also by one of its people), else
    the article's main country; None where that is not allowed."""
    last: str | None = None
    for m in article.mentions:
        if m.start_char >= char:
            break
        code = None
        if m.kind == "place" and m.place is not None and m.form != "demonym":
            code = m.place.country if m.place.kind == "country" else None
        elif m.kind == "role" and m.role is not None:
            code = m.role.country  # "die italienische Regierungschefin"
        elif allowed and m.kind == "actor" and m.actor is not None:
            code = m.actor.country
        if code and (not allowed or code in allowed):
            last = code
    if last is not None:
        return article.index.country_place.get(last)
    main = main_country(article)
    if main is not None and (not allowed or main.country in allowed):
        return main
    return None


def main_country(article: Article, *, dominant: bool = False) -> PlaceEntry | None:
    """The country the article names most often (names, genitives, adjectives). Not
    demonyms: "Tausende Ukrainer demonstrierten" says who protests, not where. `dominant`:
    only a country named at least three times and twice as often as any other."""
    counts: dict[str, int] = {}
    for m in article.mentions:
        if m.kind == "place" and m.place is not None and m.place.country and m.form != "demonym":
            counts[m.place.country] = counts.get(m.place.country, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if dominant and (ranked[0] < 3 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1])):
        return None
    code = max(counts, key=lambda c: counts[c])
    return article.index.country_place.get(code)


def dateline_place(article: Article) -> PlaceEntry | None:
    """The place a story was filed from: "Hamburg (dpa) - ...", "WIEN - ..." at the start of
    its first body sentence."""
    first = next((s for s in article.segments if not s.headline), None)
    if first is None:
        return None
    match = _DATELINE_HEAD.match(first.text)
    if match is None:
        return None
    end = first.start_char + match.end()
    return next(
        (
            m.place
            for m in article.mentions
            if m.kind == "place" and m.place is not None and first.start_char <= m.start_char < end
        ),
        None,
    )


def place_before(article: Article, seg: Segment) -> PlaceEntry | None:
    """The place named last before the segment in its paragraph, by name: what "dort" in
    the segment points back to."""
    paragraph_start = article.text.rfind("\n\n", 0, seg.start_char) + 1
    at = bisect.bisect_left(article.mention_chars, seg.start_char)
    for m in reversed(article.mentions[:at]):
        if m.start_char < paragraph_start:
            return None
        if m.kind == "place" and m.place is not None and m.form == "name":
            return m.place
    return None


def paragraph_country(
    article: Article, seg: Segment, skip: Callable[[int], bool] | None = None
) -> PlaceEntry | None:
    """The one country the paragraph has named up to this sentence (names, cities,
    adjectives; not those `skip` says so of by their offset), or None when it named none or
    several."""
    paragraph_start = article.text.rfind("\n\n", 0, seg.start_char) + 1
    codes = {
        m.place.country
        for m in article.mentions
        if m.kind == "place"
        and m.place is not None
        and m.place.country
        and m.form != "demonym"  # "Tausende Ukrainer demonstrierten" in Berlin
        and paragraph_start <= m.start_char < seg.end_char
        and not (skip is not None and skip(m.start_char))
    }
    if len(codes) != 1:
        return None
    return article.index.country_place.get(codes.pop())


def titled_unknowns(
    nlp: Language, text: str, mentions: list[Mention], name_words: frozenset[str] = frozenset()
) -> list[tuple[ActorCandidate, str | None]]:
    """Persons named with a title whom the lexicon does not know ("Kremlsprecher Dmitri
    Peskow"; "Außenministerin Kallas" alone unless `name_words`, the words of the lexicon's
    names, hold it), with the country of a place right before the title."""
    known = [(m.start_char, m.end_char) for m in mentions if m.kind in ("actor", "role")]
    out: list[tuple[ActorCandidate, str | None]] = []
    for match in titled_persons(text):
        start, end = match.span("name")
        name = match.group("name")
        if any(s < end and start < e for s, e in known):
            continue
        words = name.split()
        if any(OFFICE_WORD.search(w) for w in words):
            continue  # "der Bundeskanzler, Frankreichs Präsident und ...": offices, no name
        while words and _is_common_word(nlp, words[-1]):
            words.pop()
        while len(words) > 2 and _inflected_noun(words[0]):
            # "des oppositionellen Journalisten Georgi Gongadse": the noun is no part of the name
            start += name.index(words[1], len(words[0]))
            name = name[name.index(words[1], len(words[0])) :]
            words.pop(0)
        if len(words) < 2 and not (
            words
            and match.re is TITLED_SURNAME
            and words[0] not in name_words
            and _surname(words[0])
        ):
            continue
        name = " ".join(words)
        end = start + len(name)
        if any(
            m.kind == "place"
            and m.start_char == start
            and (m.end_char == end if m.form == "name" else len(words) == 1)
            for m in mentions
        ):
            continue  # "stattete der Staatspräsident Costa Rica einen Besuch ab": a place
        country = None
        before = [
            m
            for m in mentions
            if m.kind == "place"
            and 0 <= match.start("title") - m.end_char <= 1
            and m.form != "name"
        ]
        if before and before[0].place is not None:
            country = before[0].place.country
        out.append(
            (ActorCandidate(_syllables_spelled(name), match.group("title"), start, end), country)
        )
    return out


# A Korean given name joined by a hyphen ("Wi Sung-lac"), spelled as German news and the
# lexicon spell it ("Wi Sung Lac", "Moon Jae In").
_HYPHENED_SYLLABLES = re.compile(r"^([A-Z][a-z]+) ([A-Z][a-z]+)-([a-z]+)$")


def _syllables_spelled(name: str) -> str:
    match = _HYPHENED_SYLLABLES.match(name)
    if match is None:
        return name
    family, first, second = match.groups()
    return f"{family} {first} {second.capitalize()}"


# Endings of German common nouns, which no family name after a title has ("Präsident
# Regierung", "Minister Zeitung").
_NOUN_ENDING = re.compile(
    r"(?:ung|heit|keit|schaft|tion|ismus|ment|tät|nis|chen|lein|ium|ik|ie|ei|ur|anz|enz)(?:en|s)?$"
)


def _surname(word: str) -> bool:
    """A word after a title that can be a family name told alone."""
    low = word.lower()
    return (
        len(word) >= 3
        and "-" not in word
        and not _NOUN_ENDING.search(low)
        and low not in _COMMON_TAIL
        and not _CALENDAR.fullmatch(low)
    )


def _inflected_noun(word: str) -> bool:
    """An inflected form of a German noun ("Journalisten", "Aktivisten"): never a first name."""
    lemma = lemma_table().get(hash_string(word))
    return lemma is not None and lemma != word and lemma[:1].isupper()


def _is_common_word(nlp: Language, word: str) -> bool:
    """A capitalised German noun rather than a name part ("Anfang", "Bilder")."""
    lex = nlp.vocab[word]
    return word.lower() in _COMMON_TAIL or (lex.is_stop and not word[:1].isupper())


_COMMON_TAIL = frozenset({
    "anfang", "ende", "mitte", "bilder", "news", "foto", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "zuvor", "heute", "gestern", "morgen",
})  # fmt: skip


# Days, months and times of day (the date tagger's words): no first names.
_CALENDAR = re.compile(
    "(?:"
    + "|".join(WEEKDAY_NUMBERS)
    + r")\w*|"
    + "|".join(m for m in MONTH_NUMBERS if not m.endswith("."))
    + "|wochenende|abend|morgen|mittag|vormittag|nachmittag"
)
_ARTICLES = frozenset({"der", "den", "dem", "des", "die"})
_PLURAL_OFFICE = re.compile(r"(?:enten|chefs|politiker|minister)$", re.IGNORECASE)
_SOURCE_AFTER = frozenset({"angaben", "zufolge", "worten", "darstellung"})
_SPEAKER_BEFORE = re.compile(r"(?:sprecher|sprecherin|von|laut)$", re.IGNORECASE)


def _is_speaker(
    toks: TokenArrays, i: int, seg_start: int, end: int | None = None, seg_end: int = 0
) -> bool:
    """A spokesperson or a source ("Kremlsprecher Peskow", "nach Angaben von X", "nach
    Putins Angaben", "Putin zufolge")."""
    if end is not None and end < seg_end and toks.word(end).lower() in _SOURCE_AFTER:
        return True
    if i > seg_start:
        prev = toks.word(i - 1)
        if _SPEAKER_BEFORE.search(prev) and prev.lower() != "von":
            return True
    window = toks.span_text(max(seg_start, i - 4), i).lower()
    return "angaben von" in window or "angaben des" in window


def _possessor_of_person(doc: Doc, ms: list[Mention], n: int) -> bool:
    """ "Gillards Verkehrsminister Anthony Albanese": whose minister someone is takes no part."""
    m = ms[n]
    if not m.text.endswith("s") or n + 1 >= len(ms) or m.end + 1 >= len(doc):
        return False
    title = doc[m.end]
    named = next((o for o in ms[n + 1 : n + 3] if o.kind == "actor"), None)
    return (
        title.text[:1].isupper()
        and bool(TITLEISH.search(title.text))
        and named is not None
        and m.end < named.start <= m.end + 2
    )


def _is_negated(toks: TokenArrays, i: int, seg: Segment) -> bool:
    """A person named as the one left out: "nicht X, sondern Y", "statt mit X zu sprechen",
    "als Vertreter von Präsident X" (X is represented, not there)."""
    before = range(max(seg.start, i - 3), i)
    if any(toks.lower[j] in _INSTEAD_HASHES for j in before):
        return True
    if _REPRESENTED.search(toks.span_text(max(seg.start, i - 4), i)):
        return True
    if _ENVOY_OF.search(toks.span_text(max(seg.start, i - 6), i)):
        return True
    if _WITHOUT.search(toks.span_text(max(seg.start, i - 4), i)):
        return True
    if "sondern" not in seg.text:
        return False
    return any(toks.lower[j] == _NICHT for j in range(max(seg.start, i - 5), i))


_NICHT = hash_string("nicht")
# Whose envoy, adviser or relative someone is: "die Sondergesandte des Präsidenten Xi", "der
# Berater des Kanzlers Scholz": the one named is not there.
_ENVOY_OF = re.compile(
    r"(?:gesandte|gesandter|gesandten|berater|beraterin|beraters|vertreter|vertreterin|"
    r"beauftragte|beauftragter|beauftragten|ehefrau|ehemann|witwe|witwer|sohn|tochter|bruder|"
    r"schwester|stabschef|stabschefin|sekretär|sekretärin|vertraute|vertrauter|vertrauten|"
    r"büroleiter|büroleiterin|kabinettschef|kabinettschefin)\s+(?:des|der)(?:\s+[\w-]+){0,3}\s*$",
    re.IGNORECASE,
)
# "Ohne Chinas Staatschef Xi Jinping ist der Gipfel eröffnet worden" (not "ohne dass X ...",
# nor "Ohne Ankündigung reiste X": only titles, articles and adjectives of origin between)
_WITHOUT = re.compile(
    r"\b[Oo]hne(?:\s+(?:den|die|dem|der|des|[A-ZÄÖÜ][\w.-]*(?<!ung)|[a-zäöüß]+isch(?:en|e|em|er))"
    r"){0,3}\s*$"
)
_REPRESENTED = re.compile(
    r"\b(?:vertreter|vertreterin|vertreten|stellvertretend|anstelle|anstatt|im namen)\b"
    r"(?:\s+(?:von|des|der|für))?(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
# What stands between two places of one list: a comma or "und"/"sowie", a repeated
# preposition or article ("nach Paris und nach Warschau", "die Türkei und den Irak").
_LIST_JOINT = re.compile(
    r"\s*(?:,|und|sowie)\s*(?:(?:nach|in|ins|die|den|das|dem|der)\s+)?", re.IGNORECASE
)
_PLACE_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:e|en|em|er|es)")
_PLACE_NOUNS = frozenset(
    "stadt hauptstadt großstadt hafenstadt metropole region provinz grenzstadt kurort "
    "schwarzmeerstadt küstenstadt millionenstadt ostseestadt republik teilrepublik".split()
)
_INSTEAD_HASHES = frozenset(hash_string(w) for w in ("statt", "anstatt"))
_DEFINITE = frozenset({"der", "die", "dem", "den", "des"})


def _a_word_not_a_name(doc: Doc, m: Mention) -> bool:
    """A surname alone that opens a sentence and is a German word there ("Kurz nach dem Start",
    "Kurz zuvor"): capitalised only as the sentence's first word, and followed by a preposition
    or an adverb of time (not by a verb: "Kurz war am Montag in Berlin" is Sebastian Kurz)."""
    if m.end - m.start != 1:
        return False
    token = doc[m.start]
    if not (token.is_sent_start or m.start == 0 or doc[m.start - 1].text in {":", "–", "-"}):
        return False
    word = token.text.lower()
    if word not in _COMMON_WORD_SURNAMES:
        return False
    return m.end < len(doc) and doc[m.end].lower_ in _ADVERB_FOLLOWERS


# Surnames of the lexicon that are also German adverbs or adjectives.
_COMMON_WORD_SURNAMES = frozenset(
    "kurz lang klein groß gross schwarz weiß weiss frei fromm froh hart hoch jung alt neu "
    "scharf schnell stark wild".split()
)
_ADVERB_FOLLOWERS = frozenset(
    "nach vor darauf zuvor danach davor bevor nachdem zusammengefasst gefasst gesagt".split()
)


def _other_first_name(doc: Doc, m: Mention, ms: list[Mention]) -> bool:
    """A surname alone in the lexicon, preceded here by a different first name ("Jimmy
    Carter" is not "Ashton Carter")."""
    if m.actor is None or m.end - m.start != 1 or m.start == 0:
        return False
    prev = doc[m.start - 1]
    if not prev.is_alpha or not prev.text[:1].isupper() or prev.is_sent_start or prev.is_stop:
        return False
    if prev.i == 0 or doc[prev.i - 1].is_space or doc[prev.i - 1].text in {".", ":", "-"}:
        return False
    if any(o.end == m.start and o.kind in ("role", "place", "actor") for o in ms):
        return False  # "empfing Macron Scholz": two people named one after the other
    if TITLEISH.search(prev.text) or prev.lower_ in DETERMINERS or _CALENDAR.fullmatch(prev.lower_):
        return False  # "empfing am Sonntag Lula": a day, not a first name
    return not any(_same_name(prev.text, part) for part in m.actor.canonical.split())


def _same_name(written: str, known: str) -> bool:
    """One given name, perhaps transliterated otherwise ("Mahamed"/"Mohamed", "Cyrill"/"Cyril",
    "Francois"/"François"): the same first letter and most letters in the same order."""
    if written == known:
        return True
    a, b = _folded(written), _folded(known)
    return a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= 0.8


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _looks_like_name(word: str) -> bool:
    return bool(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüßéáíóúñ'\-]+", word)) and word.lower() not in (
        _COMMON_TAIL
    )


_FEMININE_OFFICE = re.compile(r"in(?:nen)?$", re.IGNORECASE)


def _feminine_title(key: RoleKey, text: str) -> bool:
    """The office word of the phrase is in its feminine form ("Präsidentin Mexikos",
    "Bundeskanzlerin"), whatever follows it."""
    return any(
        w.startswith(key.term) and _FEMININE_OFFICE.search(w) and len(w) > len(key.term)
        for w in re.findall(r"[\w-]+", text.lower())
    )


_GENERIC_ONLY_ANAPHORIC = frozenset(
    {
        "staatschef",
        "regierungschef",
        "präsident",
        "premier",
        "staatsoberhaupt",
        "kanzler",
        "präsidenten",
    }
)

# "Hamburg (dpa) - ", "WIEN - ", "Moskau/Peking (Demo) - ": the dateline.
_DATELINE_HEAD = re.compile(r"\s*[A-ZÄÖÜ][\w./ -]{1,40}?\s*(?:\([^()\n]{1,30}\))?\s*[-–—:]\s")
