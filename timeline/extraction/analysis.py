"""The analysis stage: a text cut into segments (sentences, and lines of them: headlines and
teasers stand alone) and segments into clauses (at punctuation and subordinators), read off
spaCy's token arrays. Plus the word-level tests the later stages share (infinitives,
durations)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import compress
from typing import cast

from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc

from timeline.extraction import triggers as trg
from timeline.extraction.dates.vocabulary import NUMBER_WORDS
from timeline.extraction.nlp import TokenArrays, lemma_table
from timeline.extraction.records import Segment

HEADLINE_MAX_TOKENS = 18


def split_segments(doc: Doc) -> list[Segment]:
    """Sentences, also cut at line breaks; short lines without a final stop are headlines."""
    toks = TokenArrays.of(doc)
    text, idx, ends, space = toks.text, toks.idx, toks.end, toks.space
    segments: list[Segment] = []
    for s_start, s_end in _sentences(toks):
        start = s_start
        if "\n" not in text[idx[s_start] : ends[s_end - 1]]:
            segments.append(_segment(toks, start, s_end, len(segments)))
            continue
        for i in range(s_start, s_end):
            if space[i] and "\n" in text[idx[i] : ends[i]]:
                if i > start:
                    segments.append(_segment(toks, start, i, len(segments)))
                start = i + 1
        if start < s_end:
            segments.append(_segment(toks, start, s_end, len(segments)))
    return [s for s in segments if s.text.strip()]


_ORDINAL = re.compile(r"^\d{1,2}\.$")


def _sentences(toks: TokenArrays) -> list[tuple[int, int]]:
    """spaCy's sentences (token bounds), rejoined where the sentencizer cut after an ordinal
    ("am 9. Mai")."""
    starts = toks.sent_starts
    n = len(toks.orth)
    out: list[tuple[int, int]] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else n
        if out and _ORDINAL.match(toks.word(out[-1][1] - 1)):
            first = toks.word(start)
            if first[:1].islower() or first.lower() in _MONTHS:
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


_MONTHS = frozenset(
    {
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "jänner",
    }
)


_HEADLINE_ENDS = frozenset({".", "!", "?", ":", "“", '"', "»", "«", ")"})


def _segment(toks: TokenArrays, start: int, end: int, index: int) -> Segment:
    space = toks.space
    while end > start and space[end - 1]:
        end -= 1
    if end <= start:
        return Segment(start, end, 0, 0, "", False, index)
    start_char, end_char = toks.idx[start], toks.end[end - 1]
    headline = end - start <= HEADLINE_MAX_TOKENS and toks.word(end - 1) not in _HEADLINE_ENDS
    text = toks.text[start_char:end_char]
    return Segment(start, end, start_char, end_char, text, headline, index)


def clause_range(doc: Doc, lo: int, hi: int, i: int) -> tuple[int, int]:
    """Token bounds of the clause around token i within tokens lo..hi-1 (a sentence or
    segment): cut at , ; : – ( ) and subordinators, not inside a list of modifiers, a short
    aside in parentheses or a name set off by commas."""
    flags = clause_flags(doc)
    start, end = lo, hi
    for j in range(i - 1, lo - 1, -1):
        flag = flags[j]
        if flag:
            start = j + 1 if flag == 1 else j
            break
    for j in range(i + 1, hi):
        if flags[j]:
            end = j
            break
    return start, end


_COMMA = hash_string(",")
_ALS = hash_string("als")
_BREAK_HASHES = frozenset(hash_string(w) for w in (",", ";", ":", "–", "—", "(", ")", "-"))
_SUBORDINATOR_HASHES = frozenset(
    hash_string(w)
    for w in (
        "nachdem", "als", "während", "bevor", "weil", "dass", "obwohl", "wenn", "sobald",
        "seitdem", "damit", "wie",
    )
)  # fmt: skip


_FORM_FLAGS: dict[int, int] = {}
_OPEN_PAREN = hash_string("(")
_CLOSE_PAREN = hash_string(")")
_ASIDE_MAX_TOKENS = 8


def _aside_end(toks: TokenArrays, j: int) -> int | None:
    """The ")" of a short aside opened at token j with no clause inside ("Merkel (CDU)",
    "Pressekonferenz (11.00 Uhr)"): the sentence goes on across it."""
    for k in range(j + 1, min(j + 2 + _ASIDE_MAX_TOKENS, len(toks.orth))):
        orth = toks.orth[k]
        if orth == _CLOSE_PAREN:
            return k
        if orth in _BREAK_HASHES or toks.lower[k] in _SUBORDINATOR_HASHES:
            return None
    return None


_APPOSITION_MAX_TOKENS = 4


def _apposition_end(toks: TokenArrays, j: int) -> int | None:
    """The closing comma of a name set off after a noun, the sentence going on after it
    ("Der neue Präsident Argentiniens, Javier Milei, hat sein Amt angetreten"), or of a noun
    phrase set off after a name ("nahm Tie Ning, die Sondergesandte des Präsidenten, an der
    Feier teil"): one clause."""
    n = len(toks.orth)
    if j == 0:
        return None
    if j + 1 < n and toks.lower[j + 1] in _TIME_SPAN_OPENERS:
        # ", einen Tag nach der Wahl,": a time set off inside the clause
        return _noun_phrase_apposition_end(toks, j, time_span=True)
    if not toks.word(j - 1)[:1].isupper():
        return None
    if j + 1 < n and toks.lower[j + 1] in _APPOSITION_ARTICLES:
        return _noun_phrase_apposition_end(toks, j)
    for k in range(j + 1, min(j + 2 + _APPOSITION_MAX_TOKENS, n)):
        if toks.orth[k] == _COMMA:
            after = k + 1
            if k == j + 1 or after >= n:
                return None
            return k if _sentence_goes_on(toks, after) else None
        word = toks.word(k)
        if (
            not (word[:1].isupper() and word.isalpha())
            and toks.lower[k] not in _NAME_PARTICLES
            # two names set off together: "Die Präsidenten beider Länder, X und Y, ..."
            and not (toks.lower[k] == _UND and k > j + 1 and toks.word(k + 1)[:1].isupper())
        ):
            return None
    return None


_DARUNTER = hash_string("darunter")
_UNTER = hash_string("unter")
_AMONG_WHOM = frozenset(hash_string(w) for w in ("ihnen", "anderem", "anderen"))


def _examples_follow(toks: TokenArrays, j: int) -> bool:
    """ "waren viele Staatschefs angereist, darunter X und Y": the comma opens names of the
    group the clause speaks of, no clause of their own."""
    n = len(toks.orth)
    if j + 1 >= n:
        return False
    after = toks.lower[j + 1]
    k = j + 2 if after == _DARUNTER else j + 3
    if not (
        after == _DARUNTER or (after == _UNTER and j + 2 < n and toks.lower[j + 2] in _AMONG_WHOM)
    ):
        return False
    # a person's name or title, not "darunter eine Absichtserklärung"
    return k < n and (toks.word(k)[:1].isupper() or toks.lower[k] in _ARTICLE_HASHES)


def _sentence_goes_on(toks: TokenArrays, after: int, also_als: bool = False) -> bool:
    """After the comma closing an insertion, the sentence goes on (a lower-case verb or
    preposition; "als" after a time set off), not a new clause or list."""
    word = toks.word(after)
    lower = toks.lower[after]
    return (
        word[:1].islower()
        and word.isalpha()
        and (
            lower not in _NOT_A_VERB
            or lower in _GOES_ON_PREPOSITIONS
            or (also_als and lower == _ALS)
        )
    )


_APPOSITION_ARTICLES = frozenset(hash_string(w) for w in ("der", "die", "das", "ein", "eine"))
_TIME_SPAN_OPENERS = frozenset(
    hash_string(w)
    for w in "einen einem eine zwei drei vier fünf sechs sieben acht neun zehn wenige".split()
)
_APPOSITION_MAX_NOUN_TOKENS = 20
# Lower-case words inside a noun phrase: articles, adjectives, "und", prepositions of
# attributes ("des Ausschusses für Außenpolitik").
_NOUN_PHRASE_WORD = re.compile(
    r"(?:der|die|das|des|dem|den|ein|eine|eines|einer|einem|und|sowie|für|von|im|in|aus|nach|"
    r"vor|seit|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|wenige|"
    r"[a-zäöüß]+(?:e|en|er|es|em))"
)


def _noun_phrase_apposition_end(toks: TokenArrays, j: int, time_span: bool = False) -> int | None:
    """The closing comma of ", die Sondergesandte des Präsidenten," after a name: a noun phrase
    (no verb: every lower-case word an article, adjective or attribute preposition, the last
    word a noun) with the sentence going on after it with a lower-case word."""
    n = len(toks.orth)
    for k in range(j + 2, min(j + 2 + _APPOSITION_MAX_NOUN_TOKENS, n)):
        orth = toks.orth[k]
        if orth == _COMMA:
            after = k + 1
            last = toks.word(k - 1)
            if after >= n or not last[:1].isupper():
                return None
            return k if _sentence_goes_on(toks, after, also_als=time_span) else None
        if orth in _BREAK_HASHES or toks.lower[k] in _SUBORDINATOR_HASHES:
            return None
        word = toks.word(k)
        if word[:1].islower() and not _NOUN_PHRASE_WORD.fullmatch(word):
            return None
    return None


def clause_flags(doc: Doc) -> list[int]:
    """Per token: 1 a clause-breaking punctuation mark, 2 a subordinator, else 0 (once per
    doc, kept in its user data)."""
    toks = TokenArrays.of(doc)
    flags = toks.flags
    if flags is None:
        # The flag of a word form, remembered per form: one C-level `map` over the doc.
        memo = _FORM_FLAGS
        form_flag = cast(Callable[[int], int], memo.get)  # None for a new form, filled below
        flags = list(map(form_flag, toks.orth))
        if None in flags:
            for j, orth in enumerate(toks.orth):
                if flags[j] is None:
                    lower = toks.lower[j]
                    flag = 1 if orth in _BREAK_HASHES else 2 if lower in _SUBORDINATOR_HASHES else 0
                    if len(memo) > 200_000:
                        memo.clear()
                    flags[j] = memo[orth] = flag
        n = len(flags)
        for j in compress(range(n), flags):
            flag = flags[j]
            if flag == 1 and toks.orth[j] == _COMMA and (close := _apposition_end(toks, j)):
                flags[j] = flags[close] = 0
            elif (
                flag == 1
                and toks.orth[j] == _COMMA
                and (
                    _coordinated_comma(toks, j)
                    or _listed_names_comma(toks, j)
                    or _examples_follow(toks, j)
                )
            ):
                flags[j] = 0
            elif flag == 1 and toks.orth[j] == _OPEN_PAREN:
                close = _aside_end(toks, j)
                if close is not None:
                    flags[j] = flags[close] = 0
            elif flag == 2 and toks.lower[j] == _ALS and j + 1 < n:
                nxt = toks.word(j + 1)
                if (
                    nxt.lower() in _ORDINAL_ADJ
                    or (nxt[:1].isupper() and TITLEISH.search(nxt))
                    # A temporal "als" clause is set off by a comma or opens the sentence;
                    # "als ihr Nachfolger vereidigt", "mehr als" go on with it.
                    or (j > 0 and toks.word(j - 1) not in _BEFORE_CLAUSE)
                ):
                    flags[j] = 0  # "als Präsident vereidigt": a predicate, not a clause
        _coordinated_main_clauses(toks, flags)
        toks.flags = flags
    return flags


_UND = hash_string("und")


def _coordinated_main_clauses(toks: TokenArrays, flags: list[int]) -> None:
    """ "war am Montag in Israel eingetroffen und traf am Dienstag Netanjahu": "und" before a
    finite verb opens a main clause of its own (its subject that of the clause before), with
    its own time and place."""
    table = lemma_table()
    n = len(toks.orth)
    for j in compress(range(n - 1), (low == _UND for low in toks.lower)):
        word = toks.word(j + 1)
        if not word.islower() or flags[j + 1]:
            continue
        lemma = table.get(toks.orth[j + 1], "")
        if (
            lemma != word
            and (lemma.endswith(("en", "ern", "eln")) or lemma == "sein")
            and _finite_form(word)
        ):
            flags[j] = 2


def _finite_form(word: str) -> bool:
    """A past or present finite form: "traf", "reiste", "sprach", "kündigte", "reist" (not an
    infinitive or participle: "treffen", "getroffen", "verhandelt" may be either)."""
    return (
        not word.endswith(("en", "ern", "eln"))
        and not word.startswith("ge")
        # "ernannt und vereidigt": a participle with an inseparable prefix
        and not (word.endswith("t") and _INSEPARABLE_PREFIX.match(word))
    )


_INSEPARABLE_PREFIX = re.compile(r"(?:be|ver|er|ent|zer|emp|miss|über|unter|hinter|wider)\w{3,}")


_BEFORE_CLAUSE = frozenset({",", ".", "!", "?", ";", ":", "–", "—", "-", "(", '"', "„", "“"})
_ORDINAL_ADJ = frozenset({"erste", "erster", "erstes", "neue", "neuer", "neuen", "neues"})
_NAME_PARTICLES = frozenset(
    hash_string(w) for w in ("von", "van", "de", "da", "di", "del", "der", "den", "bin", "al")
)
# After a comma these open a clause, a list or a relative clause, not a sentence going on.
_NOT_A_VERB = frozenset(
    hash_string(w)
    for w in (
        "der die das den dem des deren dessen welche welcher welches und oder sowie aber "
        "sondern denn doch als wie wo wenn weil dass ob nachdem während bevor seit seitdem "
        "obwohl sobald damit um ohne statt zu in im an am auf aus bei mit nach von vom zum zur "
        "für gegen über unter vor ein eine einen einem einer eines sagte sagten sagt so"
    ).split()
)
# After a name set off by commas, a preposition goes on with the sentence ("mit dem Präsidenten
# Nigers, Mahamed Bazoum, über ... sprechen").
_GOES_ON_PREPOSITIONS = frozenset(
    hash_string(w)
    for w in "in im an am auf aus bei mit nach vom zum zur für gegen über unter vor".split()
)
_COORDINATORS = frozenset({"und", "oder", "sowie"})
_NOT_MODIFIER = frozenset(
    {"der", "die", "das", "den", "dem", "des", "er", "sie", "es", "wir", "ihr", "man", "so",
     "aber", "doch", "sondern", "denn", "sagte", "sagten", "hieß", "heißt", "welche", "welcher",
     "zu", "um", "ohne", "statt"}
)  # fmt: skip


def _modifier_word(toks: TokenArrays, j: int) -> bool:
    """A lower-case word that can stand in a list of adverbs or adjectives."""
    if j < 0 or j >= len(toks.orth):
        return False
    word = toks.word(j)
    return word.isalpha() and word[:1].islower() and toks.lower[j] not in _NOT_MODIFIER_HASHES


def _coordinated_comma(toks: TokenArrays, j: int) -> bool:
    """A comma inside a coordinated list of modifiers ("wirtschaftlich, politisch und
    militärisch", "schnell, entschlossen, klar und offen"): no clause boundary."""
    if not (_modifier_word(toks, j - 1) and _modifier_word(toks, j + 1)):
        return False
    n = len(toks.orth)
    k = j + 2
    while k + 1 < n and toks.orth[k] == _COMMA and _modifier_word(toks, k + 1):
        k += 2
    return k + 1 < n and toks.lower[k] in _COORDINATOR_HASHES and _modifier_word(toks, k + 1)


_NAME_GROUP_MAX = 6


def _name_group_end(toks: TokenArrays, k: int) -> int:
    """The end of a run of capitalised words from token k ("Ecuadors Präsident Rafael
    Correa"), perhaps after an article and adjectives ("der ecuadorianische Staatschef Rafael
    Correa"), at most a few long; k itself when none starts there."""
    n, start = len(toks.orth), k
    if k < n and toks.lower[k] in _ARTICLE_HASHES:
        start += 1
        while start < n and _ADJECTIVE_FORM.fullmatch(toks.word(start)):
            start += 1
    if start >= n or not toks.word(start)[:1].isupper():
        return k
    end = start
    while end < n and end - start < _NAME_GROUP_MAX:
        word = toks.word(end)
        capitalised = word[:1].isupper() and word.replace("-", "").isalpha()
        if not capitalised and (toks.lower[end] not in _NAME_PARTICLES or end == start):
            break
        end += 1
    return end


def _listed_names_comma(toks: TokenArrays, j: int) -> bool:
    """A comma in a list of names closed by "und"/"sowie" ("Dilma Rousseff, Ecuadors
    Präsident Rafael Correa und Nicolás Maduro"): no clause boundary."""
    if j == 0 or not toks.word(j - 1)[:1].isupper():
        return False
    n = len(toks.orth)
    k = j
    while k < n and toks.orth[k] == _COMMA:
        end = _name_group_end(toks, k + 1)
        if end == k + 1:
            return False
        k = end
    return (
        k + 1 < n
        and toks.lower[k] in _LIST_CLOSERS
        and (toks.word(k + 1)[:1].isupper() or toks.lower[k + 1] in _ARTICLE_HASHES)
    )


_LIST_CLOSERS = frozenset(hash_string(w) for w in ("und", "sowie"))
_ADJECTIVE_FORM = re.compile(r"[a-zäöüß]{3,}(?:e|en|em|er|es)")
_ARTICLE_HASHES = frozenset(hash_string(w) for w in ("der", "die", "dem", "den", "des"))


def forward_text(text: str, start: int) -> str:
    """The rest of the sentence from `start` (a stop after a digit is an ordinal)."""
    for match in re.finditer(r"[.!?]", text[start : start + 200]):
        before = text[start + match.start() - 1] if match.start() > 0 else ""
        if not before.isdigit():
            return text[start : start + match.start()]
    return text[start : start + 200]


_SUBORDINATORS = frozenset(
    {
        "nachdem",
        "als",
        "während",
        "bevor",
        "weil",
        "dass",
        "obwohl",
        "wenn",
        "sobald",
        "seitdem",
        "damit",
        "wie",
    }
)

_NOT_MODIFIER_HASHES = frozenset(
    hash_string(w) for w in _NOT_MODIFIER | _SUBORDINATORS | _COORDINATORS
)
_COORDINATOR_HASHES = frozenset(hash_string(w) for w in _COORDINATORS)


# A word that ends like a title or role noun ("Präsident", "Außenministerin", "Ex-").
_OFFICE = (
    r"(?:präsident|minister|kanzler|chef|führer|könig|premier|sprecher|machthaber|politiker|"
    r"kandidat|herrscher|diplomat|staatsoberhaupt)(?:en|n|s|es|in|innen)?$"
)
# A word naming an office or a political role ("Präsidentin", "Ministerpräsidenten").
OFFICE_WORD = re.compile(_OFFICE, re.IGNORECASE)
TITLEISH = re.compile(rf"{_OFFICE}|(?:in|er|ex)$", re.IGNORECASE)

DETERMINERS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einen", "einer", "eines"}
)


def is_infinitive(toks: TokenArrays, j: int) -> bool:
    """A word in -en that is its own lookup lemma ("reisen", "treffen")."""
    word = toks.word(j).lower()
    return word.endswith("en") and word == lemma_table().get(toks.orth[j], toks.word(j)).lower()


def clause_window(text: str, offset: int) -> str:
    """The clause a date phrase sits in (between commas)."""
    lo = max(text.rfind(",", 0, offset), text.rfind(":", 0, offset)) + 1
    hi_candidates = [i for i in (text.find(",", offset), text.find(":", offset)) if i >= 0]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return text[lo:hi]


def duration_days(text: str) -> int:
    """How many days the text says something lasted ("zweitägig", "drei Tage lang",
    "einwöchig"), or 0."""
    match = trg.DURATION_RE.search(text)
    if not match:
        return 0
    word = (match.group(1) or match.group(4)).lower()
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
    unit = match.group(2) or match.group(3) or match.group(5) or ""
    weeks = unit.lower().startswith(("wöch", "woch"))
    return count * 7 if weeks else count


# Separable verb particles ("traf ... ein", "nahm ... teil"): at the end of their clause they
# belong to the clause's finite verb.
SEPARABLE_PARTICLES = frozenset(
    "ab an auf aus bei ein fest fort heim her hin los mit nach vor weg weiter zu zurück "
    "zusammen teil statt bereit entgegen gegenüber vorbei voran zurecht fern hinzu herbei "
    "dazu heran herum hinaus heraus hinweg nieder wieder".split()
)
_PARTICLE_HASHES = frozenset(hash_string(w) for w in SEPARABLE_PARTICLES)
# After a separated particle: the end of its clause.
_AFTER_PARTICLE = frozenset(
    hash_string(w)
    for w in (
        ".", ",", ";", ":", "!", "?", "–", "—", "-", ")", '"', "“", "”", "»", "«", "'",
        "und", "oder", "aber", "sondern", "sowie", "doch", "denn",
    )
)  # fmt: skip
_USER_KEY = "particle_verbs"


@cache
def known_verbs() -> frozenset[str]:
    """The verb lemmas of the lookup table (lower-case infinitives: "-en", "-ern", "-eln",
    "sein", "tun") and the trigger words: a particle joins a verb only into a real verb."""
    lemmas = {
        v
        for v in lemma_table().values()
        if v[:1].islower() and (v.endswith(("en", "ern", "eln")) or v in ("sein", "tun"))
    }
    return frozenset(lemmas | set(trg.trigger_rules().verbs))


_SHORT_TAIL = 4


def _particle_verb(
    toks: TokenArrays,
    table: dict[int, str],
    verbs: frozenset[str],
    starts: set[int],
    particle: str,
    lo: int,
    hi: int,
    found: dict[int, tuple[str, int]],
) -> int | None:
    """The first word in [lo, hi) that the particle turns into a known verb."""
    for k in range(lo, hi):
        word = toks.word(k)
        if not word[:1].islower() and k not in starts:
            continue
        if particle + table.get(toks.orth[k], word).lower() in verbs and k not in found:
            return k
    return None


_RELATIVE_HASHES = frozenset(
    hash_string(w) for w in "der die das dem den deren dessen denen welche welcher welches".split()
)


def resumed_after_relative(doc: Doc, lo: int, hi: int, end: int) -> tuple[int, int] | None:
    """The rest of a main clause that a relative clause after token `end` interrupts ("Ein
    Treffen, das für Mittwoch geplant war, wurde abgesagt": "wurde abgesagt"), within tokens
    lo..hi-1; None if the clause ending at `end` is not followed by one."""
    toks = TokenArrays.of(doc)
    if end + 1 >= hi or toks.orth[end] != _COMMA or toks.lower[end + 1] not in _RELATIVE_HASHES:
        return None
    flags = clause_flags(doc)
    close = next((k for k in range(end + 2, hi) if flags[k]), None)
    if close is None or toks.orth[close] != _COMMA or close + 1 >= hi:
        return None
    verb = toks.word(close + 1)
    if not (verb.isalpha() and verb.islower()) or toks.lower[close + 1] in _SUBORDINATOR_HASHES:
        return None
    stop = next((k for k in range(close + 2, hi) if flags[k]), hi)
    return close + 1, stop


def _interrupted_clause(
    toks: TokenArrays, flags: list[int], starts: set[int], end: int
) -> list[tuple[int, int]]:
    """The clause before token `end` that is not subordinate (a subordinator or a relative
    pronoun after its comma), reached over at most two inserted clauses; [] if none."""
    hi = end
    for _ in range(4):
        lo = hi - 1
        while lo > 0 and not flags[lo] and lo not in starts:
            lo -= 1
        first = lo + 1 if flags[lo] == 1 else lo
        if first < hi and flags[first] != 2 and toks.lower[first] not in _RELATIVE_HASHES:
            return [(lo, hi)]
        if lo <= 0 or lo in starts:
            return []
        hi = lo
    return []


def particle_verbs(doc: Doc) -> dict[int, tuple[str, int]]:
    """The separable verbs of a doc whose particle stands apart at the end of the clause:
    finite verb token -> (the whole verb's lemma, the particle's token). "Putin traf am Abend in
    Minsk ein" gives "traf" -> ("eintreffen", "ein"). The verb is the first word of the clause
    whose lemma the particle turns into a known verb (`known_verbs`); computed once per doc."""
    found: dict[int, tuple[str, int]] | None = doc.user_data.get(_USER_KEY)
    if found is not None:
        return found
    found = {}
    toks = TokenArrays.of(doc)
    lowers, n = toks.lower, len(toks.lower)
    table = lemma_table()
    verbs = known_verbs()
    flags = clause_flags(doc)
    starts = set(toks.sent_starts)
    for j in compress(range(n), (low in _PARTICLE_HASHES for low in lowers)):
        if j + 1 < n and lowers[j + 1] not in _AFTER_PARTICLE and j + 1 not in starts:
            continue
        particle = toks.word(j).lower()
        lo = j - 1
        while lo > 0 and not flags[lo] and lo not in starts:
            lo -= 1
        spans = [(max(lo, 0), j)]
        first = lo + 1 if flags[lo] == 1 else lo
        if (
            j - lo <= _SHORT_TAIL
            and lo > 0
            and lo not in starts
            # not a tail with a subject of its own: "Scholz flog nach Kiew, Baerbock mit"
            and toks.word(first)[:1].islower()
        ):
            # "schloss ein Abkommen, das ... erlauben würde, kategorisch aus": a short tail
            # after an inserted clause ends the main clause that the insertion interrupts
            spans += _interrupted_clause(toks, flags, starts, lo)
        for span_lo, span_hi in spans:
            k = _particle_verb(toks, table, verbs, starts, particle, span_lo, span_hi, found)
            if k is not None:
                found[k] = (particle + table.get(toks.orth[k], toks.word(k)).lower(), j)
                break
    doc.user_data[_USER_KEY] = found
    return found
