"""Finding actors, places and titles in a parsed text: the lexicon compiled into spaCy matchers.

Built once per `Lexicon` (`LexiconIndex`), then applied to every `Doc`. Everything that varies
with the inflection of German names is generated here from the lexicon entries: genitive
forms ("Putins", "Russlands"), diacritic-free spellings ("Erdogan", "Orban"), country adjectives
with their endings ("der russische Präsident", "Russlands Präsident"), city adjectives
("im Kiewer Parlament"). The matching itself is a `PhraseMatcher` pass per attribute: no
Python loop over the inventories at extraction time.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from timeline.extraction.lexicon import (
    GIVEN_NAME_SYLLABLES,
    ActorEntry,
    Lexicon,
    PlaceEntry,
    Role,
)
from timeline.extraction.nlp import TokenArrays

ADJ_ENDINGS = ("e", "en", "er", "es", "em")
# Offices that news German also names generically (anaphorically: "der Staatschef").
GENERIC_OFFICES: dict[str, tuple[str, ...]] = {
    "staatschef": (
        "präsident",
        "staatspräsident",
        "könig",
        "staatsoberhaupt",
        "emir",
        "staatschef",
    ),
    "staatsoberhaupt": ("präsident", "staatspräsident", "könig", "bundespräsident"),
    "regierungschef": (
        "premierminister",
        "ministerpräsident",
        "bundeskanzler",
        "kanzler",
        "regierungschef",
        "premier",
    ),
    "premier": ("premierminister", "ministerpräsident", "premier"),
    "präsident": ("präsident", "staatspräsident"),
    "kanzler": ("bundeskanzler", "kanzler"),
}
# Inflected forms of office words ("des Präsidenten", "die Präsidentin").
OFFICE_SUFFIXES = ("", "en", "n", "s", "in")


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def genitive(name: str) -> str | None:
    if not name or name[-1] in "sßxzSXZ":
        return None
    return name + "s"


@dataclass(frozen=True, slots=True)
class RoleKey:
    """What a role phrase says: an office word (lower-case) and maybe a country."""

    term: str
    country: str | None


@dataclass(slots=True)
class Mention:
    """One recognised span: an actor, a place, a role phrase or a reference (pronoun)."""

    kind: str  # "actor" | "place" | "role" | "ref"
    start: int  # token indices
    end: int
    start_char: int
    end_char: int
    text: str
    actor: ActorEntry | None = None
    place: PlaceEntry | None = None
    role: RoleKey | None = None
    form: str = "name"  # place: name | genitive | adjective; actor: name | genitive
    former: bool = False  # "Ex-Präsident", "der frühere Präsident"


def _variants(name: str) -> set[str]:
    forms = {name, strip_diacritics(name)}
    if "ß" in name:
        forms.add(name.replace("ß", "ss"))
    return {f for f in forms if f}


class LexiconIndex:
    """The lexicon compiled into matchers, plus the lookups that resolve what they find."""

    def __init__(self, lexicon: Lexicon, nlp: Language) -> None:
        self.lexicon = lexicon
        self.nlp = nlp
        self.actor_forms: dict[str, list[tuple[ActorEntry, str]]] = defaultdict(list)
        self.place_forms: dict[str, list[tuple[PlaceEntry, str]]] = defaultdict(list)
        self.adjective_forms: dict[str, list[PlaceEntry]] = defaultdict(list)
        # Nouns for a country's people ("Slowaken") -> the country; and those of them that
        # are also adjectives ("die Deutsche Bahn", "die Schweizer Regierung").
        self.demonym_forms: dict[str, PlaceEntry] = {}
        self.adjectival_demonyms: set[str] = set()
        self.role_forms: dict[str, list[RoleKey]] = defaultdict(list)
        self._holders: dict[tuple[RoleKey, date | None], list[ActorEntry]] = {}
        self.country_place: dict[str, PlaceEntry] = {}
        self.capital_place: dict[str, PlaceEntry] = {}
        self.place_by_name: dict[str, PlaceEntry] = {}
        self.actor_by_name: dict[str, ActorEntry] = {}
        # RoleKey -> [(actor, role)]
        self.role_holders: dict[RoleKey, list[tuple[ActorEntry, Role]]] = defaultdict(list)
        self.prefix_actor: dict[str, ActorEntry] = {}
        self._compound_memo: dict[int, object] = {}
        self._role_readings: dict[str, list[RoleKey]] = {}
        self._build()
        # Women, by the offices they held ("Bundeskanzlerin", "CDU-Vorsitzende"): whom "sie"
        # can refer to.
        self.women = frozenset(
            a.canonical
            for a in lexicon.actors
            if a.kind == "person" and any(_FEMININE_OFFICE.search(r.office) for r in a.roles)
        )
        # Every word of the lexicon's names: a family name after a title that is one of them
        # is a known person told again, never a new one ("Ministerpräsident Wen").
        self.name_words = frozenset(
            word
            for a in lexicon.actors
            for name in (a.canonical, *a.aliases)
            for word in re.split(r"[\s-]+", name)
        )
        self.orth_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._add(self.orth_matcher, "ACTOR", self.actor_forms)
        self._add(self.orth_matcher, "PLACE", self.place_forms)
        self._add(self.orth_matcher, "DEMONYM", self.demonym_forms)
        self._add(self.lower_matcher, "ADJ", self.adjective_forms)
        self._add(self.lower_matcher, "ROLE", self.role_forms)
        strings = nlp.vocab.strings
        self._labels = {
            strings.add(label): label for label in ("ACTOR", "PLACE", "DEMONYM", "ADJ", "ROLE")
        }

    # --- building ------------------------------------------------------------------------

    def _add(self, matcher: PhraseMatcher, label: str, forms: Iterable[str]) -> None:
        texts = sorted(forms)
        if texts:
            tokenize = _pattern_tokenizer(self.nlp)
            matcher.add(label, [tokenize(t) for t in texts])

    def _build(self) -> None:
        for place in self.lexicon.places:
            self.place_by_name[place.canonical.lower()] = place
            if place.kind == "country" and place.country:
                self.country_place.setdefault(place.country, place)
            if place.capital and place.country:
                self.capital_place.setdefault(place.country, place)
            for name in (place.canonical, *place.variants):
                for form in _variants(name):
                    self.place_forms[form].append((place, "name"))
                    gen = genitive(form)
                    if gen and place.genitive is None:
                        self.place_forms[gen].append((place, "genitive"))
            if place.genitive:
                self.place_forms[place.genitive].append((place, "genitive"))
            for stem in place.adjectives:
                for ending in ADJ_ENDINGS:
                    self.adjective_forms[(stem + ending).lower()].append(place)
            if place.kind == "city" and not place.canonical.endswith(("e", "a", "o", "i", "u")):
                # German city adjectives: "Berliner", "Kiewer", "Moskauer".
                self.adjective_forms[(place.canonical + "er").lower()].append(place)
        self._add_demonyms()
        for actor in self.lexicon.actors:
            self.actor_by_name[actor.canonical.lower()] = actor
            names = {actor.canonical, *actor.aliases}
            # The last word of "Kim Dae Jung" is no surname: told again, he is "Kim" (mentions).
            if actor.kind == "person" and actor.country not in GIVEN_NAME_SYLLABLES:
                surname = actor.canonical.split()[-1]
                if surname_alone(surname) and surname not in self.place_forms:
                    names.add(surname)
            for name in names:
                for form in _variants(name):
                    self.actor_forms[form].append((actor, "name"))
                    gen = genitive(form)
                    if gen:
                        self.actor_forms[gen].append((actor, "genitive"))
                if actor.kind != "person" and " " not in name:
                    self.prefix_actor[name.lower()] = actor
            for role in actor.roles:
                self._add_role(actor, role)
        self._add_generic_roles()
        for forms in self.actor_forms.values():
            # One actor listed once per form, full-name readings first.
            seen: set[str] = set()
            unique = []
            for actor, how in forms:
                if actor.canonical not in seen:
                    seen.add(actor.canonical)
                    unique.append((actor, how))
            forms[:] = unique

    def _add_demonyms(self) -> None:
        """Demonyms with their regular inflections, after every place name: a demonym spelt
        like a name ("Polen") stays the name."""
        names = {form for form, found in self.place_forms.items() if found[0][1] == "name"}
        for place in self.lexicon.places:
            if place.kind != "country":
                continue
            for demonym in demonym_forms(place.demonyms):
                for form in _variants(demonym):
                    if form in self.place_forms or form in self.demonym_forms:
                        continue
                    self.demonym_forms[form] = place
                    if form.lower() in self.adjective_forms or form.removesuffix("er") in names:
                        # "deutsche", "Schweizer" (Schweiz + er), "Luxemburger" (a city's too)
                        self.adjectival_demonyms.add(form)

    def _add_generic_roles(self) -> None:
        """Generic office words with a country ("der israelische Regierungschef") for every
        country the lexicon has office holders of."""
        countries = {r.country for a in self.lexicon.actors for r in a.roles if r.country}
        for code in sorted(countries):
            country = self.country_place.get(code)
            if country is None:
                continue
            for term in GENERIC_OFFICES:
                keyed = RoleKey(term, code)
                for suffix in ("", "en", "in", "n"):
                    word = term + suffix
                    for stem in country.adjectives:
                        for ending in ADJ_ENDINGS:
                            self.role_forms[f"{stem}{ending} {word}"].append(keyed)
                    if country.genitive:
                        self.role_forms[f"{country.genitive} {word}".lower()].append(keyed)
                        # "der Präsident Frankreichs"
                        self.role_forms[f"{word} {country.genitive}".lower()].append(keyed)
                self.role_forms[term].append(RoleKey(term, None))

    def _add_role(self, actor: ActorEntry, role: Role) -> None:
        country = self.country_place.get(role.country) if role.country else None
        terms = {role.office, *role.titles}
        for term in terms:
            if not term:
                continue
            low = term.lower()
            bare = RoleKey(low, None)
            self.role_holders[bare].append((actor, role))
            for suffix in OFFICE_SUFFIXES:
                self.role_forms[low + suffix].append(bare)
            if country is None or role.country is None:
                continue
            keyed = RoleKey(low, role.country)
            self.role_holders[keyed].append((actor, role))
            for suffix in OFFICE_SUFFIXES:
                word = low + suffix
                for stem in country.adjectives:
                    for ending in ADJ_ENDINGS:
                        self.role_forms[f"{stem}{ending} {word}".lower()].append(keyed)
                if country.genitive:
                    self.role_forms[f"{country.genitive} {word}".lower()].append(keyed)
                    self.role_forms[f"{word} {country.genitive}".lower()].append(keyed)
                for name in (country.canonical, *country.variants):
                    if len(name) <= 4 or " " not in name:
                        self.role_forms[f"{name}-{word}".lower()].append(keyed)
        for forms in self.role_forms.values():
            if len(forms) > 1:
                forms[:] = list(dict.fromkeys(forms))

    # --- resolving -----------------------------------------------------------------------

    def holders(self, key: RoleKey, day: date | None) -> list[ActorEntry]:
        """Who holds the office of `key` on `day` (everyone who ever did when day is None);
        remembered per key and day (the lexicon does not change)."""
        memo_key = (key, day)
        known = self._holders.get(memo_key)
        if known is None:
            if len(self._holders) > 50_000:
                self._holders.clear()
            known = self._holders[memo_key] = self._find_holders(key, day)
        return list(known)

    def _find_holders(self, key: RoleKey, day: date | None) -> list[ActorEntry]:
        found: list[ActorEntry] = []
        # A generic word names holders of either gender: "die Regierungschefin" is also the
        # holder of a "Ministerpräsidentin" role, "der Staatschef" of a "Präsidentin" one.
        base = key.term.removesuffix("in")
        generic = GENERIC_OFFICES.get(key.term) or GENERIC_OFFICES.get(base, ())
        terms = {key.term, *generic}
        if generic:
            terms |= {t + "in" for t in generic}
        for term in terms:
            for actor, role in self.role_holders.get(RoleKey(term, key.country), ()):
                if (day is None or role.holds_on(day)) and actor not in found:
                    found.append(actor)
        return found

    def place_country(self, place: PlaceEntry | None) -> str | None:
        return place.country if place else None

    # --- matching ------------------------------------------------------------------------

    def mentions(self, doc: Doc) -> list[Mention]:
        """Every actor, place and role phrase in `doc`, longest match first, no overlaps."""
        raw: list[Mention] = []
        toks = TokenArrays.of(doc)
        text, idx, ends = toks.text, toks.idx, toks.end
        labels = self._labels
        for match_id, start, end in self.orth_matcher(doc):
            start_char, end_char = idx[start], ends[end - 1]
            form = text[start_char:end_char]
            label = labels[match_id]
            if label == "ACTOR":
                actor, how = self.actor_forms[form][0]
                raw.append(
                    Mention("actor", start, end, start_char, end_char, form, actor=actor, form=how)
                )
            elif label == "DEMONYM":
                if form in self.adjectival_demonyms and _noun_follows(toks, end):
                    continue  # an adjective: "die Deutsche Bahn", "Schweizer Franken"
                # Before any adjective match of the same word (the sort below is stable).
                raw.append(
                    Mention(
                        "place",
                        start,
                        end,
                        start_char,
                        end_char,
                        form,
                        place=self.demonym_forms[form],
                        form="demonym",
                    )
                )
            else:
                place, how = self.place_forms[form][0]
                raw.append(
                    Mention("place", start, end, start_char, end_char, form, place=place, form=how)
                )
        for match_id, start, end in self.lower_matcher(doc):
            start_char, end_char = idx[start], ends[end - 1]
            form = text[start_char:end_char]
            key = form.lower()
            if labels[match_id] == "ADJ":
                raw.append(
                    Mention(
                        "place",
                        start,
                        end,
                        start_char,
                        end_char,
                        form,
                        place=self.adjective_forms[key][0],
                        form="adjective",
                    )
                )
            else:
                # The country-specific reading first ("russische Präsident"), then bare.
                roles = self._role_readings.get(key)
                if roles is None:
                    roles = self._role_readings[key] = sorted(
                        self.role_forms[key], key=lambda r: r.country is None
                    )
                raw.append(Mention("role", start, end, start_char, end_char, form, role=roles[0]))
        if "-" in text:
            raw.extend(self._compound_mentions(toks))
        if not raw:
            return raw
        # Longest first; among equal lengths actors before roles before places.
        raw.sort(key=_mention_order)
        taken: set[int] = set()
        chosen: list[Mention] = []
        for mention in raw:
            positions = range(mention.start, mention.end)
            if any(i in taken for i in positions):
                continue
            taken.update(positions)
            chosen.append(mention)
        chosen.sort(key=lambda m: m.start)
        for mention in chosen:
            if mention.kind == "role" and mention.start > 0:
                prev = toks.word(mention.start - 1).lower()
                if prev in FORMER_WORDS or mention.text.lower().startswith(("ex-", "ex")):
                    mention.former = True
        return chosen

    def _compound_mentions(self, toks: TokenArrays) -> list[Mention]:
        """Hyphenated compounds whose first part names an organisation or a country:
        "NATO-Gipfel", "G20-Gipfel", "US-Vizepräsident" (the last only as a place)."""
        found: list[Mention] = []
        memo = self._compound_memo
        text, idx, ends = toks.text, toks.idx, toks.end
        # Only tokens that hold a hyphen can be such compounds: found from the hyphens in the
        # text rather than by a look at every token.
        at = text.find("-")
        while at >= 0:
            i = bisect.bisect_right(idx, at) - 1
            if i < 0 or at >= ends[i]:  # not inside a token
                at = text.find("-", at + 1)
                continue
            orth = toks.orth[i]
            hit = memo.get(orth, _NO_MEMO)
            if hit is _NO_MEMO:
                word = text[idx[i] : ends[i]]
                hit = None
                if "-" in word and len(word) >= 4:
                    # the longest first part that names one: "G-8-Gipfel" is G-8's
                    parts = word.split("-")
                    for k in range(len(parts) - 1, 0, -1):
                        head = "-".join(parts[:k])
                        actor = self.prefix_actor.get(head.lower())
                        if actor is not None:
                            hit = (actor, head)
                            break
                memo[orth] = hit
            if hit is not None:
                actor, head = hit  # type: ignore[misc]
                found.append(
                    Mention(
                        "actor",
                        i,
                        i + 1,
                        idx[i],
                        idx[i] + len(head),
                        head,
                        actor=actor,
                        form="compound",
                    )
                )
            at = text.find("-", ends[i])
        return found


# Last words of canonical names that are no surname to match alone: given names that end
# names ("Zine el-Abidine Ben Ali", "Paul Martin", "Samia Suluhu Hassan"), German words
# ("Luc Frieden", "Thein Sein", "Thorsten Frei"), and words of
# other names ("Boko Haram", "El Chapo", "Lai" for Taiwan's Lai Ching-te). The full name and
# the listed aliases still match.
NOT_A_SURNAME_ALONE = frozenset(
    {
        "Abdullah", "Ahmad", "Ahmed", "Ali", "Anthony", "Arthur", "Ashraf", "Aziz", "Boko",
        "Chapo", "Christian", "Dung", "English", "Filip", "Fox", "Franco", "Frei", "Frieden",
        "Guillaume", "Hassan", "Heine", "Henri", "Henry", "Hussain", "Ibrahim", "Ismail",
        "Jonathan", "Lai", "Law", "Lee", "Marco", "Martin", "Meta", "Mohamed",
        "Mohammed", "Muhammad", "Nathan", "Omar", "Pierre", "Reiche", "René", "Sang",
        "Schuster", "Sein", "Tarik", "Thomas",
    }
)  # fmt: skip
# A regnal number or a suffix ("II.", "XVI.", "Jr."), no surname either.
_NUMBER_OR_SUFFIX = re.compile(r"(?:[IVXL]+|Jr|Sr)\.?")


def surname_alone(word: str) -> bool:
    """Whether the last word of a person's canonical name is matched alone as their surname."""
    return (
        len(word) >= 3
        and word[:1].isupper()
        and word not in NOT_A_SURNAME_ALONE
        and _NUMBER_OR_SUFFIX.fullmatch(word) is None
    )


def demonym_forms(demonyms: Iterable[str]) -> list[str]:
    """The listed demonyms and their regular inflections: the feminine plural ("Slowakin" ->
    "Slowakinnen") and, for "-er" nouns listed with their feminine ("Spanier", "Spanierin"),
    the dative plural and genitive ("Spaniern", "Spaniers"). Weak nouns' other forms equal the
    plural ("des Slowaken"), which the data lists."""
    listed = list(dict.fromkeys(demonyms))
    out = list(listed)
    for form in listed:
        if form.endswith("in") and form[:1].isupper():
            out.append(form + "nen")
        if form.endswith("er") and form + "in" in listed:
            out += [form + "n", form + "s"]
    return list(dict.fromkeys(out))


# Capitalised words after a demonym that are no noun it qualifies ("wählen die Österreicher
# Ende September").
_TIME_NOUNS = frozenset(
    "anfang mitte ende montag dienstag mittwoch donnerstag freitag samstag sonntag januar "
    "februar märz april mai juni juli august september oktober november dezember".split()
)


def _noun_follows(toks: TokenArrays, i: int) -> bool:
    """A capitalised word (a noun) at token `i`, in the same sentence, that is no time word."""
    if i >= len(toks.orth):
        return False
    word = toks.word(i)
    return word[:1].isupper() and word.lower() not in _TIME_NOUNS


def _pattern_tokenizer(nlp: Language) -> Callable[[str], Doc]:
    """A tokenizer with the rules of `nlp`'s and its vocab, for the tens of thousands of
    pattern phrases: run through `nlp.tokenizer` itself, they would stay in its cache and
    make every later article's tokenisation slower (a cache that large misses the CPU's)."""
    own = nlp.tokenizer
    if not isinstance(own, Tokenizer):
        return nlp.make_doc
    tokenizer: Callable[[str], Doc] = Tokenizer(
        nlp.vocab,
        rules=own.rules,
        prefix_search=own.prefix_search,
        suffix_search=own.suffix_search,
        infix_finditer=own.infix_finditer,
        token_match=own.token_match,
        url_match=own.url_match,
        faster_heuristics=own.faster_heuristics,
    )
    return tokenizer


_KIND_ORDER = {"actor": 0, "role": 1, "place": 2, "ref": 3}


def _mention_order(m: Mention) -> tuple[int, int, int]:
    return (-(m.end - m.start), _KIND_ORDER[m.kind], m.start)


_NO_MEMO = object()


FORMER_WORDS = frozenset(
    {
        "ex",
        "ehemalige",
        "ehemaligen",
        "ehemaliger",
        "frühere",
        "früheren",
        "früherer",
        "einstige",
        "einstigen",
        "damalige",
        "damaligen",
        "scheidende",
        "scheidenden",
        "abgewählte",
        "abgewählten",
        "vorherige",
        "vorherigen",
    }
)

# A person named with a title whom the lexicon may not know: "Kremlsprecher Dmitri Peskow",
# "Bahrains König Hamad bin Issa al-Chalifa", "Rebellenführer Alexander Sachartschenko".
TITLE_WORD = (
    r"(?:[A-ZÄÖÜ][a-zäöüß]+-?)?(?:[Pp]räsident|[Mm]inister|[Kk]anzler|[Ss]precher|[Cc]hef|"
    r"[Ff]ührer|[Kk]önig|[Pp]rinz|[Pp]remier|[Kk]andidat|[Bb]otschafter|[Gg]eneral|"
    r"[Bb]ürgermeister|[Gg]ouverneur|[Vv]orsitzende|[Ee]mir|[Ss]cheich|[Ss]ultan|[Aa]ktivist|"
    r"[Oo]ppositionelle|[Dd]iplomat|[Pp]olitiker|[Kk]ommissar|[Ss]ekretär|[Mm]onarch|"
    r"[Hh]erausforder(?:er|in)|[Rr]ival(?:e|in)|[Kk]onkurrent|[Kk]ontrahent|[Bb]erater|"
    r"[Gg]esandte|[Bb]eauftragte|[Ss]enator|[Aa]bgeordnete|[Kk]olleg(?:e|in))"
    r"(?:in|en|n|s|innen|r)?"
)
_FEMININE_OFFICE = re.compile(r"(?:in|vorsitzende)$", re.IGNORECASE)
# A name word, also double-barrelled with a capital after the hyphen ("Márki-Zay").
NAME_WORD = (
    r"[A-ZÄÖÜ][a-zäöüßéèêëáàâãåíìîïóòôõøúùûýñçšžćčłńśźżğışăț'’\-]+"
    r"(?:(?<=-)[A-ZÄÖÜ][a-zäöüßéèêëáàâãåíìîïóòôõøúùûýñçšžćčłńśźżğışăț'’\-]+)?"
)
PARTICLE = r"(?:bin|ibn|al|el|da|de|do|dos|van|von|di|la|le|del|ben|abu|bint)"
TITLED_PERSON = re.compile(
    rf"\b(?P<title>{TITLE_WORD}),?\s+(?P<name>{NAME_WORD}(?:\s+(?:{PARTICLE}\s+|al-|el-)?"
    rf"{NAME_WORD}){{1,3}})"
)

# An appositive after a genitive phrase: "der Chef der spanischen Vox-Partei, Santiago Abascal".
APPOSITIVE_PERSON = re.compile(
    rf"\b(?P<title>{TITLE_WORD})\s+(?:der|des)\s+(?:[a-zäöüß]+\s+){{0,2}}[A-ZÄÖÜ][\w-]+,\s+"
    rf"(?P<name>{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{1,2}})(?=\s*[,;.)]|\s+und\b)"
)

# A name with its title in an apposition after it: "Tie Ning, die Sondergesandte des
# Präsidenten", "Wi Sung-lac, der nationale Sicherheitsberater".
NAME_THEN_TITLE = re.compile(
    rf"(?P<name>{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{1,2}}),\s+(?:der|die)\s+"
    rf"(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){{0,2}}(?P<title>{TITLE_WORD})\b"
)

_APPOSITION_BEFORE = re.compile(r",\s+(?:der|die)\s+(?:[a-zäöüß]+\s+){0,2}$")

# A title and a family name alone, before punctuation or a lower-case word ("Außenminister
# Wadephul traf ...", "mit Präsident Nawrocki."): not "Präsident Frankreichs Macron".
TITLED_SURNAME = re.compile(
    rf"\b(?P<title>{TITLE_WORD})\s+(?P<name>{NAME_WORD})(?=\s*[,.;:!?)]|\s+[a-zäöü])"
)

_TITLE_CORES = (
    "präsident", "minister", "kanzler", "sprecher", "chef", "führer", "könig", "prinz", "premier",
    "kandidat", "botschafter", "general", "bürgermeister", "gouverneur", "vorsitzende", "emir",
    "scheich", "sultan", "aktivist", "oppositionelle", "diplomat", "politiker", "kommissar",
    "sekretär", "monarch", "herausforder", "rival", "konkurrent", "kontrahent", "berater",
    "gesandte", "beauftragte", "senator", "abgeordnete", "kolleg",
)  # fmt: skip
_WORD_CHAR = re.compile(r"[\w-]")
# The last non-word character before endpos, then the word (or hyphenated parts) up to it.
_GAP_BEFORE_WORD = re.compile(r"[^\w-][\w-]*\Z")


def titled_persons(text: str) -> Iterator[re.Match[str]]:
    """`TITLED_PERSON.finditer(text)`, but trying the pattern only at the start of words that
    hold a title word: the same matches, without running the long pattern at every word."""
    last_end = -1
    tried: set[int] = set()
    low = text.lower()
    if len(low) != len(text):  # lower-casing moved offsets ("İ"): the plain way
        yield from TITLED_PERSON.finditer(text)
        return
    hits: list[int] = []
    for core in _TITLE_CORES:
        at = low.find(core)
        while at >= 0:
            hits.append(at)
            at = low.find(core, at + 1)
    hits.sort()
    for hit in hits:
        lo = max(0, hit - 48)
        gap = _GAP_BEFORE_WORD.search(text, lo, hit)
        start = gap.start() + 1 if gap is not None else lo
        while start == lo and start > 0 and _WORD_CHAR.match(text, start - 1):
            start -= 1  # a word longer than the window
            lo = start
        # The pattern may start at the word or after one of its hyphens ("Ex-Bundespräsident").
        starts = [start] + [j + 1 for j in range(start, hit) if text[j] == "-"]
        for candidate in starts:
            if candidate < last_end or candidate in tried:
                continue
            tried.add(candidate)
            # "Tie Ning, die Sondergesandte des Präsidenten": the name before the title (tried
            # only where an apposition opens right before it)
            match = (
                next(
                    (
                        m
                        for m in NAME_THEN_TITLE.finditer(text, max(0, candidate - 70), hit + 40)
                        if m.start("title") == candidate and m.start() >= last_end
                    ),
                    None,
                )
                if _APPOSITION_BEFORE.search(text, max(0, candidate - 40), candidate)
                else None
            ) or (
                TITLED_PERSON.match(text, candidate)
                or APPOSITIVE_PERSON.match(text, candidate)
                or TITLED_SURNAME.match(text, candidate)
            )
            if match is not None:
                last_end = match.end()
                yield match
                break
