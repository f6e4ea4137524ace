"""The tense a date is told in: `sentence_tense` reads the cues of the date's clause (a fronted
date's finite verb, a subordinate clause's final verb, a zu-infinitive after a plan verb, a
reported present subjunctive), then the nearest cue of the sentence. `SentenceIndex` keeps the
sentences of one text found so far, with their flashbacks (pluperfect) and forecasts; an event
noun before a date ("der Landtagswahl am 8. September") may date the event, not the clause."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from enum import StrEnum
from functools import lru_cache

from spacy.strings import hash_string  # type: ignore[attr-defined]

from timeline.extraction.dates.sentences import _opens_sentence, sentence_around
from timeline.extraction.dates.vocabulary import _alternation
from timeline.extraction.nlp import lemma_table


class Tense(StrEnum):
    PAST = "past"
    FUTURE = "future"  # a present or future plan
    NONE = "none"  # no cue


# --- tense cues ---------------------------------------------------------------------------

# Strong and mixed preterites (third person singular; the plural adds "-en"), the forms the
# "-te" rule cannot see: "Am Montag lud der Präsident ..." tells of the past.
STRONG_PRETERITES = (
    "lud tat warf galt riet stritt schnitt litt schloss goss floss genoss schoss verwies bewies "
    "erwies stieg sank schwieg schien lieh verlieh erhob hob bewog log bog befahl empfahl stahl "
    "verbot trug ertrug betrug vertrug wuchs wusch maß aß vergaß lief fing hing behielt enthielt "
    "erhielt unterhielt verhielt gefiel überfiel entfiel berief verstand bestand entstand "
    "gestand widerstand zwang sang trank verschwand erfand empfand verband bekam übernahm "
    "unternahm vernahm beschrieb vertrieb trieb verschob schob mied schied betrat vertrat ergab "
    "vergab übergab bezog verzog erschlug betraf übertraf geschah las verlas fror begriff biss "
    "riss zerriss wich verglich glich strich bewarb warb verdarb half barg verbarg drang rang "
    "sprang sann spann schwamm unterbrach widersprach versprach besprach stach erlitt bestritt "
    "saß besaß befand verfuhr erfuhr widerfuhr entließ erließ pries schrie blies schlief briet "
    "rieb mahnte gebot bot verlas"
).split()

_PAST_WORDS = (
    "hatte hatten hattest war waren warst wurde wurden worden gewesen sagte sagten hieß traf "
    "trafen kam kamen fand fanden gab gaben ging gingen hielt hielten nahm nahmen sprach "
    "sprachen rief riefen ließ ließen stand standen zog zogen begann begannen gewann gewannen "
    "verlor verloren starb starben schrieb schrieben trat traten flog flogen fuhr fuhren lag "
    "lagen sah sahen wies wiesen bat baten brach brachen erschien erschienen empfing empfingen "
    "verließ verließen blieb blieben gelang bot boten schlug schlugen griff griffen unterschrieb "
    "beschloss beschlossen entschied entschieden fiel fielen floh flohen stieß wandte sandte "
    # Preterites of stems ending in s, which the superlative rule ("-sten") would miss.
    "reiste reisten musste mussten fasste fassten löste lösten wusste wussten "
    "vergangenen vergangene vergangener vergangenes zuvor damals gestern vorgestern letzten "
    "letzte vorigen voriger jüngst kürzlich vorher seit"
).split() + [
    form
    for stem in STRONG_PRETERITES
    for form in (stem, stem + ("en" if not stem.endswith("e") else "n"))
]
_FUTURE_WORDS = (
    "wird werden werde wirst will wollen wolle soll sollen solle sollte sollten plant planen plane "
    "könnte könnten "
    "geplant "
    "geplante geplanten vorgesehen beabsichtigt erwartet erwarte erwarten voraussichtlich dürfte "
    "dürften möchte "
    "möchten kommenden kommende kommender kommendes nächsten nächste nächster bevorstehende "
    "bevorstehenden anstehenden anstehende künftig demnächst morgen übermorgen bald "
    "trifft treffen reist reisen besucht besuchen kommt beginnt beginnen startet starten "
    "empfängt findet stattfinden tagt tagen berät beraten fliegt endet enden läuft wählt "
    "wählen stimmt abstimmen unterzeichnen teilnehmen "
    # present forms of strong verbs with a changed vowel ("bricht ... auf", "nimmt ... teil",
    # "tritt ... an"; not "hält X für", "spricht von", which tell no event of their own)
    "bricht nimmt tritt fährt"
).split()
_PERFECT_AUXILIARIES = "hat haben habe hast ist sind sei seien bin".split()
# Verbs whose stem ends in t: their infinitive and present plural end in "-ten" like a
# preterite ("treten", "halten"; the preterites are "traten", "hielten", "arbeiteten").
T_STEM_VERBS = tuple(
    "halten gelten treten bieten bitten raten reiten streiten schreiten gleiten leiten arbeiten "
    "warten achten richten fürchten fechten walten schalten spalten stalten kosten testen "
    "lasten leisten rüsten retten wetten töten bluten breiten deuten läuten antworten fasten "
    "haften heften trachten flüchten dichten nichten pflichten mieten werten".split()
)
_NOT_PRETERITE = re.compile(
    r"(?:ers|zwei|drit|vier|fünf|sechs|sieb|^ach|neun|zehn|elf|zwölf|zig|ßig|ssig|hunder|tausend|"
    r"(?<!s)s)te[n]?$|^(?:gute|guten|alte|alten|späte|späten|weite|weiten|breite|harte|rechte|rechten|"
    r"mitte|heute|bitte|konkrete|konkreten|direkte|direkten|private|privaten|absolute|bekannte|"
    r"bekannten|gesamte|gesamten|sogenannte|sogenannten|bestimmte|bestimmten|genannte|"
    r"genannten|halbe|leute|feste|festen|echte|echten|große|nette|kalte|kalten|heutigen|"
    r"mittleren|westliche|östliche|weite|stete|beide|verletzte|verletzten|gewählte|bisherige|"
    r"ge\w+)$"
)
# A tense cue is a whole word (a run of word characters: the alternatives consume only word
# characters, between a non-word character before and after) that matches one of these.
_TENSE_WORD = re.compile(
    "(?:"
    + _alternation(_PAST_WORDS + _FUTURE_WORDS + _PERFECT_AUXILIARIES)
    + r"|[a-zäöüß]{3,}te[nt]?|ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{2,}iert"
    + r"|[a-zäöüß]+ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{5,}t|[a-zäöüß]{5,}en)"
)
# Participles that do not begin with "ge": a separable prefix before it ("angetreten",
# "eingeführt"), or an inseparable prefix with the weak ending ("vereidigt", "ernannt"), and
# strong ones of political news whose infinitive differs ("übernommen").
_SEPARABLE_PARTICIPLE = re.compile(
    r"(?:ab|an|auf|aus|bei|ein|fest|fort|heim|her|hin|los|mit|nach|statt|teil|vor|weg|zu|"
    r"zurück|zusammen|bekannt|frei|hoch|kennen|klar|stand|wieder|weiter|hervor|heraus|hinaus|"
    r"voran|voraus|vorbei|dabei|dazu|entgegen|nieder|um|durch|über|unter)ge[a-zäöüß]{3,}(?:t|en)"
)
_INSEPARABLE_PARTICIPLE = re.compile(
    r"(?:be|emp|ent|er|ver|zer|über|unter|hinter|wider)[a-zäöüß]{3,}t|übernommen|unterschrieben|"
    r"unternommen|verabschiedet|vertrieben|ernannt|empfangen|besprochen|beschlossen|entschieden|"
    r"verlassen|begonnen|bekommen|verloren|erhalten|unterbrochen|verschoben|versprochen"
)
# Present tense of a plan ("besucht am Montag Paris") and a participle after a perfect
# auxiliary ("hat am Montag Paris besucht"): which one the auxiliary decides.
_PRESENT_OR_PARTICIPLE = frozenset({"besucht", "beraten", "vertreten"})
_WORD_RUN = re.compile(r"\w+")
_PAST_SET = frozenset(_PAST_WORDS)
_FUTURE_SET = frozenset(_FUTURE_WORDS)
_AUX_SET = frozenset(_PERFECT_AUXILIARIES)
_NOT_PARTICIPLE = frozenset("gegen genau gestern geben gehen gelten genug gerne gesten".split())
# What a word says about tense, remembered per word.
_NO_CUE, _AUXILIARY, _PAST_CUE, _FUTURE_CUE, _PARTICIPLE, _PRESENT_OR_PERFECT = range(6)
_tense_classes: dict[str, int] = {}
_PAST_AUXILIARIES = frozenset({"hatte", "hatten", "wurde", "wurden"})


# Separable prefixes: in a subordinate clause the verb is written with its particle
# ("als sie zusammenkamen", "bevor der Gipfel stattfand"), the tense is that of the rest.
SEPARABLE_PREFIXES = tuple(
    sorted(
        "ab an auf aus bei ein fest fort heim her hin los mit nach statt teil vor weg zu zurück "
        "zusammen wieder weiter hervor heraus hinaus voran voraus vorbei dabei dazu entgegen "
        "nieder um durch über unter bekannt frei hoch kennen klar stand".split(),
        key=len,
        reverse=True,
    )
)


def _separable_rest(word: str) -> str:
    """The verb after a separable prefix ("kamen" of "zusammenkamen"), or ""."""
    for prefix in SEPARABLE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return ""


_VERB_PREFIXES = frozenset(
    [
        *SEPARABLE_PREFIXES, "be", "emp", "ent", "er", "ver", "zer", "ge", "miss", "hinter",
        "wider", "aufrecht", "bereit", "still", "auseinander", "zurecht", "gegenüber",
    ]
)  # fmt: skip
_INSEPARABLE = ("be", "er", "ge", "ver", "ent", "zer")


def _t_stem_present(word: str) -> bool:
    """A present plural or infinitive of a verb whose stem ends in t ("halten", "aufrechterhalten",
    "vertreten"), not a preterite that only ends like one ("besiegelten", "regelten")."""
    if word == "achten":
        return False
    return any(
        not prefix
        or prefix in _VERB_PREFIXES
        # a separable particle before an inseparable prefix ("aufbe-", "zurückver-")
        or any(
            prefix.endswith(inner) and prefix[: -len(inner)] in _VERB_PREFIXES
            for inner in _INSEPARABLE
        )
        for prefix in (word[: -len(verb)] for verb in T_STEM_VERBS if word.endswith(verb))
    )


_SEIN_FORMS = frozenset({"ist", "sind", "sei", "seien", "bin"})
# Participles that with "sein" tell a state of the present (a schedule, a call, an opening):
# "sind am Sonntag zur Wahl aufgerufen", "ist für Dienstag angesetzt". Any other participle
# after "ist" is taken for a perfect ("ist gereist", "ist auf Kritik gestoßen").
_INFLECTED = re.compile(r"(?:en|t)(?:e|en|er|es|em)$")
_STATE_PARTICIPLES = frozenset(
    "aufgerufen geplant vorgesehen angesetzt anberaumt terminiert geöffnet eingeladen "
    "verabredet festgelegt angemeldet gefragt gefordert".split()
)


def _tense_class(word: str) -> int:
    found = _tense_classes.get(word)
    if found is None:
        found = _NO_CUE
        rest = _separable_rest(word) if word not in _PAST_SET else ""
        if rest in _PAST_SET and rest not in _AUX_SET:
            found = _PAST_CUE  # "zusammenkamen", "stattfand", "teilnahmen"
        elif _TENSE_WORD.fullmatch(word):
            if word in _AUX_SET:
                found = _AUXILIARY
            elif word in _PRESENT_OR_PARTICIPLE:
                found = _PRESENT_OR_PERFECT
            elif word in _PAST_SET:
                found = _PAST_CUE
            elif word in _FUTURE_SET:
                found = _FUTURE_CUE
            elif (
                (word.startswith("ge") and word not in _NOT_PARTICIPLE and not word.endswith("te"))
                or word.endswith("iert")
                or _SEPARABLE_PARTICIPLE.fullmatch(word)
                or _INSEPARABLE_PARTICIPLE.fullmatch(word)
            ):
                found = _PARTICIPLE
            elif _t_stem_present(word):
                found = _FUTURE_CUE  # "treten", "halten": a present plural or an infinitive
            elif not _NOT_PRETERITE.search(word) and re.search(r"te[n]?$", word):
                found = _PAST_CUE  # "-te", "-ten"; "-tet" is a present ("arbeitet")
        if len(_tense_classes) > 100_000:
            _tense_classes.clear()
        _tense_classes[word] = found
    return found


# Clauses: a date's tense is read in its own clause first. Clauses are cut at commas, semicolons,
# colons, brackets and dashes; a clause that opens with a subordinating word is another clause
# (of its own verb), one that does not may carry on the clause before an insertion ("dass die
# Ministerin am 3. Juni, einem Montag, in Lima lande").
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\s[-–—]\s")
_SUBORDINATORS = frozenset(
    "dass ob weil wenn als nachdem bevor ehe während obwohl obgleich damit sodass seit seitdem "
    "bis wie wo wobei womit worauf falls sofern indem der die das dem den deren dessen denen "
    "welche welcher welches welchem welchen".split()
)
# A zu-infinitive ("zu treffen", "fortzusetzen") names what a plan, an agreement or an
# announcement is about: after such a verb it points forward ("haben vereinbart, die Beratungen
# am 2. Juni fortzusetzen"); after others ("versuchte, ... zu überqueren") it says nothing.
_ZU_INFINITIVE = re.compile(
    r"\bzu\s+[a-zäöüß]{2,}(?:en|ern|eln)(?=\s*(?:[,.;:!?)\]]|$|\s(?:und|oder)\b))"
    r"|\b(?:ab|an|auf|aus|bei|ein|fest|fort|her|heim|hin|los|mit|nach|statt|teil|vor|weg|"
    r"zurück|zusammen|wieder|weiter|durch|über|um|unter|bekannt|frei|hoch|nieder|vorbei|voran|"
    r"heraus|hinaus|herbei|dazu|entgegen)zu[a-zäöüß]{3,}(?:en|ern|eln)\b"
)
# Verbs of planning, agreeing, announcing, promising, inviting, threatening, hoping (stems).
PLAN_VERB_STEMS = (
    "vereinbar", "verabred", "kündig", "plan", "beabsichtig", "beschließ", "beschloss",
    "versprech", "versprach", "versproch", "vorgenommen", "vorhab", "vorgesehen", "angeboten",
    "anbiet", "einlad", "eingeladen", "aufgefordert", "aufforder", "forderte", "entschied",
    "entschlossen", "entschieden", "bereit", "droh", "hoff", "erwäg", "erwog", "zugesagt",
    "gebeten", "verständig", "verpflicht", "einigt", "geeinigt", "beauftrag", "aufgerufen",
    "zugestimmt", "zustimm", "absicht", "ziel",
)  # fmt: skip
_PLAN_VERB = re.compile("|".join(PLAN_VERB_STEMS), re.IGNORECASE)  # inside any word
# A present subjunctive at the end of reported speech ("dass sie am Montag abreise") is a
# present: with a date, a plan. Words in "-e" that end clauses but are no verbs:
_NOT_SUBJUNCTIVE = frozenset(
    "gerne gern heute alleine lange ferne nahe bitte danke ebenfalls ohne ende selbe gleiche "
    "beide andere eine keine seine ihre diese jene viele wenige einige alle "
    "große kleine neue alte".split()
)
_CLAUSE_FINAL_E = re.compile(r"\b([a-zäöüß]{3,}e)(?=\s*(?:[,.;:!?)\]]|$|\s(?:und|oder)\s))")


# A clause opening with its verb after reported words: ", sagte sein Sprecher", ", hieß es",
# ", teilte das Ministerium mit".
_QUOTATIVE = re.compile(
    r"\s*(?:so\s+)?(?:sagte|sagten|sagt|teilte|teilten|teilt|hieß|heißt|erklärte|erklärten|"
    r"erklärt|betonte|betont|berichtete|berichteten|berichtet|meldete|meldeten|meldet|schrieb|"
    r"schreibt|fügte|fügt|ergänzte|ergänzt|sagte|kündigte|kündigt|bestätigte|bestätigt|"
    r"verlautete|verlautet|versicherte|versichert|warnte|warnt|räumte|räumt|zitierte|zitiert)\b"
)
# A present subjunctive after its subject pronoun, the verb of reported speech ("Er reise am
# Montag nach Rom, sagte sein Sprecher"): a present, with a date a plan.
_PRONOUN_SUBJUNCTIVE = re.compile(r"\b(?:[Ee]r|[Ss]ie|[Ee]s|[Mm]an)\s+([a-zäöüß]{3,}e)\b")


# The same after a name ("Scholz reise am Montag nach Rom", "Der Kanzler besuche ...").
_NAME_SUBJUNCTIVE = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]+\s+([a-zäöüß]{3,}e)\b")


def _present_subjunctive(word: str) -> bool:
    """A verb's stem with "-e" ("reise", "besuche"), as the lemma table knows the verb."""
    return lemma_table().get(hash_string(word)) == word + "n"


_LAST_WORD = re.compile(r"(\w+)\W*$")
_TEMPORAL_ALS = re.compile(r"\s*([Aa]ls)\s+(?!ob\b|auch\b|wenn\b)")


def _clause_spans(sentence: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in _CLAUSE_BREAK.finditer(sentence):
        spans.append((start, cut.start()))
        start = cut.end()
    spans.append((start, len(sentence)))
    return spans


def _opens_clause(sentence: str, start: int, end: int) -> bool:
    word = _WORD_RUN.search(sentence, start, end)
    return word is not None and word.group().lower() in _SUBORDINATORS


def _nearest(cues: list[tuple[int, Tense]], offset: int) -> Tense:
    return min(cues, key=lambda cue: abs(cue[0] - offset))[1]


# Words that can follow a fronted date without being its clause's finite verb.
_NOT_FINITE = frozenset(
    "und oder sowie in im am an um zu zum zur nach vor bei beim mit von vom aus auf für gegen "
    "über unter durch ohne bis seit ab der die das den dem des ein eine einen einem einer noch "
    "schon erst bereits dann wieder auch nur etwa rund kurz gleich spätestens frühestens "
    "morgens abends vormittags nachmittags mittags nachts früh spät also aber doch jedoch sogar "
    "zudem zunächst erneut nicht jetzt selbst sonst längst zuletzt meist bislang bisher "
    "ebenfalls außerdem allerdings hingegen dagegen indes wiederum endlich schließlich "
    "kommenden nächsten vergangenen letzten dieses diesen dieser vorigen gegen".split()
)
_MODALS = frozenset("kann können muss müssen darf dürfen mag mögen".split())
_FOLLOWING_WORD = re.compile(r"\s*,?\s*([a-zäöüß]+)(?![\w-])")


def fronted_verb_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense of the finite verb right after a date that opens its sentence: German puts
    the verb second, so in "Am Donnerstag kommen beide zusammen" "kommen" is it. A present
    ("kommen", "trifft", "kann") points forward, a preterite back ("lud", "trafen", "sagte");
    None when the next word is no finite verb or a perfect's auxiliary (the sentence decides)."""
    if not _opens_sentence(text, start):
        return None
    following = _FOLLOWING_WORD.match(text, end)
    if following is None:
        return None
    return finite_verb_tense(following.group(1))


def finite_verb_tense(word: str, *, known_past_only: bool = False) -> Tense | None:
    """The tense of a word in the place of a finite verb: a present ("trifft", "kommen",
    "kann") points forward, a preterite back ("lud", "trafen", "sagte"); None for no verb or
    a perfect's auxiliary."""
    if word in _NOT_FINITE or len(word) < 3 or not word.islower():
        return None
    kind = _tense_class(word)
    if kind == _PAST_CUE:
        return Tense.PAST
    if kind == _FUTURE_CUE or word in _MODALS:
        return Tense.FUTURE
    if kind != _NO_CUE:
        return None
    if word.endswith(("t", "en", "ern", "eln")):
        return Tense.FUTURE  # a present: "trifft", "kommen", "verhandeln"
    return None if known_past_only else Tense.PAST  # a strong preterite the lists lack


@lru_cache(maxsize=4096)
def _sentence_cues(
    sentence: str,
) -> tuple[tuple[tuple[int, Tense], ...], tuple[tuple[int, int], ...]]:
    """The tense cues of a sentence (position, tense) and its clauses, computed once per
    sentence: a text's dates mostly share their sentences."""
    cues: list[tuple[int, Tense]] = []
    auxiliaries: list[int] = []
    ambiguous: list[int] = []
    sein_auxiliaries: set[int] = set()
    participles: list[str] = []
    has_participle = False
    classes = _tense_classes
    for match in _WORD_RUN.finditer(sentence):
        word = match.group()
        kind = classes.get(word)
        if kind is None:
            kind = _tense_class(word)
        if kind == _NO_CUE:
            continue
        if kind == _AUXILIARY:
            auxiliaries.append(match.start())
            if word in _SEIN_FORMS:
                sein_auxiliaries.add(match.start())
            continue
        if kind in (_PARTICIPLE, _PRESENT_OR_PERFECT):
            participles.append(word)
        if kind == _PAST_CUE:
            cues.append((match.start(), Tense.PAST))
            if word in _PAST_AUXILIARIES:
                has_participle = True  # "besucht hatte", "besucht wurde": a participle
        elif kind == _FUTURE_CUE:
            cues.append((match.start(), Tense.FUTURE))
        elif kind == _PRESENT_OR_PERFECT:
            ambiguous.append(match.start())
        else:
            has_participle = True
    # "hat ... beschlossen": a past form that is also a participle makes a perfect too.
    if auxiliaries and (ambiguous or any(tense is Tense.PAST for _, tense in cues)):
        has_participle = True
    elif not has_participle:
        cues += [(position, Tense.FUTURE) for position in ambiguous]
    stative = (
        bool(participles)
        # (an inflected participle is an attribute: "zur vorgezogenen Wahl")
        and all(word in _STATE_PARTICIPLES for word in participles if not _INFLECTED.search(word))
        and any(word in _STATE_PARTICIPLES for word in participles)
        and "worden" not in sentence
    )
    for position in auxiliaries:
        if stative and position in sein_auxiliaries:
            # "sind am Sonntag zur Wahl aufgerufen": "sein" with the participle of a verb whose
            # perfect is formed with "haben" is a state in the present, no perfect
            cues.append((position, Tense.FUTURE))
        else:
            cues.append((position, Tense.PAST if has_participle else Tense.FUTURE))
    if "zu" in sentence and _PLAN_VERB.search(sentence):
        cues += [(m.start(), Tense.FUTURE) for m in _ZU_INFINITIVE.finditer(sentence)]
    cues += [
        (m.start(1), Tense.FUTURE)
        for m in _PRONOUN_SUBJUNCTIVE.finditer(sentence)
        if m.group(1) not in _NOT_SUBJUNCTIVE
        and not m.group(1).endswith("te")
        and _tense_class(m.group(1)) == _NO_CUE
    ]
    cues += [
        (m.start(1), Tense.FUTURE)
        for m in _NAME_SUBJUNCTIVE.finditer(sentence)
        if m.group(1) not in _NOT_SUBJUNCTIVE and _present_subjunctive(m.group(1))
    ]
    if "dass " in sentence or "ob " in sentence:
        cues += [
            (m.start(), Tense.FUTURE)
            for m in _CLAUSE_FINAL_E.finditer(sentence)
            if m.group(1) not in _NOT_SUBJUNCTIVE and not m.group(1).endswith("te")
        ]
    spans = _clause_spans(sentence)
    for start, end in spans:
        # A clause opening with "als" (not "als ob") tells when something happened.
        opening = _TEMPORAL_ALS.match(sentence, start, end)
        if opening is not None:
            cues.append((opening.start(1), Tense.PAST))
    return tuple(cues), tuple(spans)


_AUXILIARY_WORD = re.compile(r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)\b")


def _present_like_participle(word: str) -> bool:
    return (
        not word.startswith("ge")
        and _tense_class(word) in (_PARTICIPLE, _PRESENT_OR_PERFECT)
        and not _SEPARABLE_PARTICIPLE.fullmatch(word)
    )


def sentence_tense(sentence: str, offset: int) -> Tense:
    """The tense of the clause around character `offset` of `sentence`: the cue nearest to it
    in its clause (a subordinate clause's final verb); else in the clause it carries on after
    insertions; else in the sentence."""
    cues, spans = _sentence_cues(sentence)
    index = next(i for i, (_, end) in enumerate(spans) if offset < end or end == len(sentence))
    start, end = spans[index]
    if (
        index > 0
        and _opens_clause(sentence, start, end)
        and not any(start <= c[0] < end for c in cues)
    ):
        # A subordinate clause ends with its finite verb: "der am Freitag in Kraft tritt".
        last = _LAST_WORD.search(sentence, start, end)
        verb = finite_verb_tense(last.group(1), known_past_only=True) if last else None
        if (
            verb is None
            and last
            and _present_like_participle(last.group(1))
            and not _AUXILIARY_WORD.search(sentence)
        ):
            # "der sich am 23. Februar um eine Amtszeit bewirbt": a subordinate clause ends
            # with its finite verb, so a form like a participle there with no auxiliary is
            # a present ("bewirbt", "verhandelt", "besucht")
            verb = Tense.FUTURE
        if verb is not None:
            return verb
    if not cues:
        return Tense.NONE
    if len(spans) > 1:
        for position, (start, end) in enumerate(spans[index:]):
            if position and (
                _opens_clause(sentence, start, end) or _QUOTATIVE.match(sentence, start, end)
            ):
                continue  # another clause of its own (or ", sagte sein Sprecher"): not the date's
            inside = [cue for cue in cues if start <= cue[0] < end]
            if inside:
                return _nearest(inside, offset)
    return _nearest(list(cues), offset)


# Nouns of scheduled events (also as the head of a compound: "Parlamentswahl", "EU-Gipfel").
# A date right after one dates the event, not always the clause: "sagten für die Landtagswahl am
# 8. September einen knappen Ausgang voraus" tells of a coming vote in a past-tense sentence,
# "will die Folgen der Konferenz im Dezember auswerten" of one gone by in a plan (see
# `year_for_span`).
EVENT_NOUNS = (
    "wahl", "wahlen", "wahlgang", "stichwahl", "urnengang", "abstimmung", "referendum", "votum",
    "gipfel", "gipfeltreffen", "treffen", "begegnung", "besuch", "visite", "reise", "konferenz",
    "sitzung", "tagung", "parteitag", "gespräch", "gespräche", "verhandlungen", "verhandlung",
    "runde", "zeremonie", "feier", "parade", "kundgebung", "demonstration", "protest",
    "proteste", "streik", "unterzeichnung", "vereidigung", "amtseinführung", "amtsantritt",
    "rede", "ansprache", "debatte", "anhörung", "konsultationen", "beratungen",
)  # fmt: skip
_EVENT_NOUN_BEFORE = re.compile(
    r"(?<![Nn]ach dem )(?<![Nn]ach der )(?<![Ss]eit dem )(?<![Ss]eit der )"
    r"\b[\w-]*(?:" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")(?:e?s|n|en)?"
    r"(?:\s+(?:von|in)\s+[A-ZÄÖÜ][\w-]+)?\s+$",
    re.IGNORECASE,
)


_EVENT_STEMS = tuple({noun.rstrip("sne") for noun in EVENT_NOUNS})


# Verbs of forecasting: what they are said of lies ahead of the saying.
PREDICTION_STEMS = (
    "voraussag", "sagte voraus", "sagten voraus", "vorhersag", "prognostizi", "erwart",
    "rechnet", "rechneten", "gerechnet", "befürcht", "vorausgesagt", "angekündigt", "kündigte",
)  # fmt: skip
# The stems, or a split particle: "sagten ... eine Niederlage voraus".
_PREDICTION = re.compile(
    "|".join(re.escape(stem) for stem in PREDICTION_STEMS) + r"|\bvoraus(?=\W*$)|\bvoraus[.,]"
)


def _names_an_event(text: str, offset: int) -> bool:
    """Whether the date at `offset` follows an event noun ("der Parlamentswahl am 14. Mai")."""
    window = text[max(0, offset - 60) : offset]
    if not window.endswith(" "):
        return False
    words = window.split()
    # The noun is the last word, or the third last before "von/in <Name>".
    candidates = words[-1:] + (words[-3:-2] if len(words) >= 3 else [])
    if not any(w.lower().rstrip("sne").endswith(_EVENT_STEMS) for w in candidates):
        return False  # cheap test first: no event noun at all
    match = _EVENT_NOUN_BEFORE.search(window)
    return match is not None and match.group()[0].isupper()


_PLUPERFECT_AUXILIARIES = frozenset("hatte hatten hattest war waren warst".split())


def pluperfect(words: list[str]) -> bool:
    """Whether words of one clause are told in the pluperfect ("hatte ... getroffen", "war ...
    empfangen worden")."""
    return any(w in _PLUPERFECT_AUXILIARIES for w in words) and any(
        _tense_class(w) in (_PARTICIPLE, _PRESENT_OR_PERFECT) for w in words
    )


class SentenceIndex:
    """The sentences of one text found so far by `sentence_around`, so that the many lookups
    of a text (tense, flashback, forecast, plan) scan its punctuation once per sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []
        self._spans: list[tuple[int, int]] = []
        self._flashback: dict[int, bool] = {}

    def around(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0:
            start, end = self._spans[index]
            if start <= offset < end:
                return start, end
        span = sentence_around(self.text, offset)
        if span[0] <= offset < span[1]:
            at = bisect.bisect_left(self._starts, span[0])
            if at >= len(self._starts) or self._starts[at] != span[0]:
                self._starts.insert(at, span[0])
                self._spans.insert(at, span)
        return span

    def flashback(self, offset: int) -> bool:
        """Whether the sentence at `offset` is told in the pluperfect ("hatte ... erhalten",
        "war ... eingetroffen"): a look back from the story's main line."""
        start, end = self.around(offset)
        found = self._flashback.get(start)
        if found is None:
            found = pluperfect(_WORD_RUN.findall(self.text, start, end))
            self._flashback[start] = found
        return found

    def predicts(self, offset: int) -> bool:
        """Whether the sentence at `offset` has a verb of forecasting."""
        start, end = self.around(offset)
        return _PREDICTION.search(self.text, start, end) is not None


def _tense_lookup(
    text: str,
    bounds: list[tuple[int, int]] | None,
    ends: dict[int, int] | None = None,
    sentences: SentenceIndex | None = None,
) -> Callable[[int], Tense]:
    """The tense at an offset; `ends` maps the start of each candidate to its end, so that a
    date opening its sentence is read with the verb after it."""
    starts = [start for start, _ in bounds] if bounds else []

    def tense_at(offset: int) -> Tense:
        if ends is not None and offset in ends:
            fronted = fronted_verb_tense(text, offset, ends[offset])
            if fronted is not None:
                return fronted
        if bounds:
            index = max(bisect.bisect_right(starts, offset) - 1, 0)
            start, end = bounds[index]
        elif sentences is not None:
            start, end = sentences.around(offset)
        else:
            start, end = sentence_around(text, offset)
        return sentence_tense(text[start:end], offset - start)

    return tense_at
