"""The words that state an event, per type, and the cues for tense and modality.

Verbs are matched on their lookup lemma (so "reiste", "reist", "gereist" are one pattern);
nouns by one compiled regular expression over the text that admits German compounds
("Staatsbesuch", "Chinareise", "Präsidentenwahl", "NATO-Gipfel") and their case endings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.extraction.types import EventType

T = EventType

# Lemma -> event type. Lemmas as the lookup lemmatizer gives them.
VERB_LEMMAS: dict[str, EventType] = {
    # visit
    "reisen": T.VISIT, "anreisen": T.VISIT, "eintreffen": T.VISIT, "ankommen": T.VISIT,
    "landen": T.VISIT, "besuchen": T.VISIT, "weilen": T.VISIT, "fliegen": T.VISIT,
    "aufbrechen": T.VISIT, "weiterreisen": T.VISIT, "weiterfliegen": T.VISIT,
    # meeting
    "treffen": T.MEETING, "empfangen": T.MEETING, "zusammenkommen": T.MEETING,
    "zusammentreffen": T.MEETING, "beraten": T.MEETING, "verhandeln": T.MEETING,
    # call
    "telefonieren": T.CALL,
    # election
    "wählen": T.ELECTION, "wiederwählen": T.ELECTION, "wiedergewählt": T.ELECTION,
    "abwählen": T.ELECTION,
    # inauguration ("angeloben": Austrian for swearing in)
    "vereidigen": T.INAUGURATION, "angeloben": T.INAUGURATION,
    # protest
    "demonstrieren": T.PROTEST, "protestieren": T.PROTEST, "streiken": T.PROTEST,
    # agreement
    "unterzeichnen": T.AGREEMENT, "unterschreiben": T.AGREEMENT, "paraphieren": T.AGREEMENT,
}  # fmt: skip

# Word forms the lookup table lemmatises wrongly or not at all ("getroffen" -> "triefen").
FORM_LEMMAS: dict[str, str] = {
    "getroffen": "treffen", "vereinbart": "vereinbaren", "vereinbarte": "vereinbaren",
    "vereinbarten": "vereinbaren", "schloss": "schließen", "schlossen": "schließen",
    "ernannte": "ernennen", "ernannten": "ernennen", "ernannt": "ernennen",
    "durchgesetzt": "durchsetzen", "angelobt": "angeloben", "angelobte": "angeloben",
    "angelobten": "angeloben", "gaben": "geben",
}  # fmt: skip

# Verbs that state an event only with a companion word in the same clause:
# lemma -> (type, companion regex over the clause, lower-case).
COMPANION_VERBS: dict[str, tuple[EventType, re.Pattern[str]]] = {
    "treten": (T.INAUGURATION, re.compile(r"\b(?:amt|amtszeit|präsidentenamt|\w*amt)\b.*\ban\b")),
    "antreten": (T.INAUGURATION, re.compile(
        r"\b(?:\w*amt|amtszeit|nachfolge|präsidentschaft|kanzlerschaft|regentschaft)\b")),
    "übernehmen": (T.INAUGURATION, re.compile(
        r"\b\w*amt\b|\b(?:amts|regierungs)geschäfte\b|\bregierung\b|\bpräsidentschaft\b|"
        r"\bkanzlerschaft\b|\bdie macht\b")),
    # "begann seine zweite Amtszeit", not "in seiner Amtszeit begann der Krieg"
    "beginnen": (T.INAUGURATION, re.compile(
        r"\b(?:seine|ihre|die|eine)\s+(?:\w+\s+){0,2}amtszeit\b")),
    "bestätigen": (T.INAUGURATION, re.compile(r"\bim amt\b")),
    "einführen": (T.INAUGURATION, re.compile(
        r"\bins amt\b|\bin (?:sein|ihr|das) (?:\w+ )?amt\b")),
    "leisten": (T.INAUGURATION, re.compile(r"\b\w*eid(?:es|s)?\b")),
    "schwören": (T.INAUGURATION, re.compile(r"\b\w*eid(?:es|s)?\b")),
    "kommen": (T.VISIT, re.compile(r"\bnach\b|\bzusammen\b|\bzu(?:r|m| der| dem)\b")),
    # "hatten sich zuletzt in Minsk gesehen": two people met somewhere (not "sahen sich
    # gezwungen/bestätigt/konfrontiert")
    "sehen": (T.MEETING, re.compile(
        r"(?s)^(?!.*(?:gezwungen|veranlasst|genötigt|bestätigt|konfrontiert|ausgesetzt|bedroht|"
        r"berechtigt|verpflichtet|imstande|außerstande|\blage\b|\bals\b|\bnicht\b)).*"
        r"\bsich\b.*\bin\s+\w+")),
    # "wollte in Sotschi mit Putin sprechen": talks in a place with someone (not by phone,
    # not in an interview)
    # ("sprach mit X über die Lage in Belarus": a topic, not a place)
    "sprechen": (T.MEETING, re.compile(
        r"(?s)^(?!.*(?:telefon|video|schalte|interview|zeitung|sender|fernsehen))(?=.*\bmit\b)"
        r"(?:(?!\büber\b).)*?\bin\s+\w+")),
    "gehen": (T.PROTEST, re.compile(r"\bauf die stra(?:ß|ss)e\b")),
    "nehmen": (T.VISIT, re.compile(r"\bteil\b")),
    # "X wird am Montag in Berlin / zu Gesprächen erwartet": a guest expected somewhere
    "erwarten": (T.VISIT, re.compile(
        r"\b(?:wird|werden|wurde|wurden)\b.*(?:\b(?:in|nach)\s+(?!den\b|der\b|dem\b|die\b|das\b|"
        r"kürze\b|zukunft\b|eine[mnr]?\b|naher\b)\w+|\bzu(?:m|r| den| dem| der| einem| einer)?\s+"
        r"(?:[\w-]+\s+){0,3}[\w-]*(?:besuch|gespräch|gesprächen|konsultationen|gipfel|treffen|"
        r"verhandlungen|feier|zeremonie)\b)")),
    "teilnehmen": (T.VISIT, re.compile(r".")),
    "sein": (T.VISIT, re.compile(
        r"\bzu gast\b|\bzur?m? \w+ (?:in|nach)\b|\bzu besuch\b|\bzu(?:r|m)? (?:einer |einem |der "
        r"|dem )?(?:\w+ )?\w*(?:feier|parade|zeremonie|feierlichkeiten|gedenken|beisetzung|"
        r"begräbnis|amtseinführung|vereidigung|gipfel|konferenz|krönung) (?:in|nach)\b")),
    "vertreten": (T.VISIT, re.compile(
        r"\b(?:wurde|wurden|war|waren|ist|sind)\b.*\b(?:durch|von)\b")),
    "schließen": (T.AGREEMENT, re.compile(
        r"\b\w*(?:abkommen|vertrag|vereinbarung|übereinkommen|übereinkunft|pakt|bündnis|"
        r"frieden|deal)\b")),
    "vereinbaren": (T.AGREEMENT, re.compile(
        r"\b\w*(?:abkommen|vertrag|waffenruhe|waffenstillstand|frieden\w*|kooperation|"
        r"zusammenarbeit|partnerschaft|gefangenenaustausch)\b")),
    # "einigten sich auf einen Fahrplan / darauf, dass ...": a deal between the parties
    "einigen": (T.AGREEMENT, re.compile(
        r"\b(?:auf|darauf)\b|\b\w*(?:abkommen|vertrag|waffenruhe|waffenstillstand|frieden\w*)\b")),
    "verständigen": (T.AGREEMENT, re.compile(r"\b(?:auf|darauf)\b")),
    "erzielen": (T.AGREEMENT, re.compile(
        r"\b\w*(?:einigung|übereinkunft|kompromiss|abkommen|durchbruch)\b")),
    "gewinnen": (T.ELECTION, re.compile(r"\b\w*wahl(?:en)?\b|\breferendum")),
    "ernennen": (T.INAUGURATION, re.compile(
        r"\bzu(?:m|r)? (?:neuen |neuer )?\w*(?:chef|chefin|präsident|präsidentin|kanzler|kanzlerin|"
        r"premier|premierminister|premierministerin|ministerpräsident|ministerpräsidentin|"
        r"staatsoberhaupt)(?:en|s)?\b")),
    "legen": (T.INAUGURATION, re.compile(r"\b\w*(?:amtseid|eid)\b.*\bab\b")),
}  # fmt: skip

# Voting verbs state an election only when the clause names the voters ("Die Schweizer stimmen
# am Sonntag über ... ab", "Millionen Menschen gaben ihre Stimme ab"); a parliament voting on a
# bill is no election. Lemma -> what the clause must hold besides the voters (lower-case); the
# extractor adds the lexicon's demonyms to `VOTERS`.
VOTE_VERBS: dict[str, str] = {
    "stimmen": r"\bab\b",
    "abstimmen": "",
    "geben": r"\bstimmen?\b.*\bab\b",
    "abgeben": r"\bstimmen?\b",
}
VOTERS = (
    r"wähler|wählerinnen|wählern|wahlberechtigte[nr]?|stimmberechtigte[nr]?|bürger|"
    r"bürgerinnen|bürgern|menschen|bevölkerung|volk|einwohner|einwohnerinnen|einwohnern"
)


def vote_companions(demonyms: list[str]) -> dict[str, tuple[EventType, re.Pattern[str]]]:
    """`VOTE_VERBS` as companion patterns: the clause holds the verb's particle or object and
    names the voters (a voter word or one of `demonyms`, lower-case)."""
    voters = "|".join([VOTERS, *(re.escape(d) for d in sorted(demonyms, key=len, reverse=True))])
    return {
        lemma: (T.ELECTION, re.compile(rf"(?s)^(?=.*{need})(?=.*\b(?:{voters})\b)"))
        for lemma, need in VOTE_VERBS.items()
    }


# Attendance of someone else's ceremony: a visit whose place and day are the ceremony's.
ATTENDANCE_LEMMAS = frozenset({"nehmen", "teilnehmen", "vertreten", "anreisen", "kommen"})
ATTENDANCE_WORDS = frozenset({"anwesend", "zugegen", "gäste", "ehrengäste", "teilnehmer"})

_NOUNS: list[tuple[EventType, str]] = [
    (
        T.CALL,
        r"\w*(?:telefonat|telefongespräch|telefonschalte|videoschalte|videokonferenz|"
        r"videogespräch|videotelefonat)(?:e|es|s|en|n)?",
    ),
    (T.SUMMIT, r"[\w-]*gipfel(?:treffen)?(?:s|n)?"),
    (
        T.INAUGURATION,
        r"einführung in (?:seine|ihre|die|eine) (?:\w+ ){0,2}amtszeit|"
        r"\w*(?:vereidigung|amtseinführung|amtseid|amtsantritt|amtsübernahme|"
        r"machtübernahme|amtseinsetzung|vereidigungszeremonie|amtseinführungs"
        r"zeremonie|angelobung|inauguration|amtsübergabe|machtübergabe|thronbesteigung)"
        r"(?:en|es|s|e)?",
    ),
    (
        T.ELECTION,
        r"[\w-]*(?:wahl|wahlen|wahlsieg|wahlsieges|wahlsiegs|wahlabend|wahltag|"
        r"wahlgang|wahlsonntag|wahlniederlage|referendum|referendums|volksabstimmung|"
        r"volksentscheid|volksentscheids|plebiszit|urnengang|urnengangs)",
    ),
    (
        T.PROTEST,
        r"[\w-]*(?:protest|proteste|protesten|protests|demonstration|demonstrationen|"
        r"demonstranten|kundgebung|kundgebungen|massenkundgebung|streik|streiks|"
        r"protestmarsch|protestmärsche|unruhen)",
    ),
    (
        T.AGREEMENT,
        r"gemeinsamen? erklärung|[\w-]*(?:abkommen|abkommens|vertragsunterzeichnung|"
        r"vertragsunterzeichnungen|"
        r"unterzeichnung|friedensvertrag|friedensvertrags|grundlagenvertrag|"
        r"partnerschaftsvertrag|kooperationsvertrag|freundschaftsvertrag|"
        r"freihandelsvertrag|vereinbarung|vereinbarungen|übereinkommen|übereinkommens|"
        r"übereinkunft|absichtserklärung|absichtserklärungen|(?:staats|handels|grenz|"
        r"sicherheits|beistands|abrüstungs|nachbarschafts)(?:vertrag|vertrags|vertrages|verträge)|"
        r"nichtangriffspakt|beistandspakt)",
    ),
    (T.VISIT, r"[\w-]*(?:besuch|besuchs|besuches|besuche|visite|reise|reisen)"),
    (
        T.MEETING,
        r"[\w-]*(?:treffen|treffens|gespräch|gespräche|gesprächen|gesprächs|"
        r"unterredung|unterredungen|konsultationen|zusammenkunft|begegnung|"
        r"verhandlungen|verhandlungsrunde)",
    ),
]
NOUN_RE = re.compile("|".join(f"(?P<{t.value}>\\b{p}\\b)" for t, p in _NOUNS), re.IGNORECASE)
# Compounds that end like a trigger but state none.
NOUN_STOP = re.compile(
    r"^(?:aus|vor|qual|zahl|erst|nach|ab|zu|be)?wahl$|^auswahl|^(?:gegen|be|ver|vor|an|zu|rück|"
    r"ein|aus|durch|ab)?besuch|besucher|kreisen?$|^protestnote|^(?:auf|ab|ein|aus|weiter|rück|hin|durch)"
    r"reise|^reisen$|^gipfelerkl|^treffen$|^treffens$|^kabinetts|^regierungsbildung",
    re.IGNORECASE,
)
# ... except these, which do.
NOUN_KEEP = re.compile(
    r"^(?:abreise|anreise|rückreise|besuch|besuchs|besuche|besuches|wahl|"
    r"treffen|treffens)$",
    re.IGNORECASE,
)

# A definite summit noun also makes "Treffen der Staats- und Regierungschefs" a summit.
SUMMIT_CUES = re.compile(
    r"\b(?:staats- und regierungschefs|regierungschefs der|mitgliedstaaten|mitgliedsstaaten|"
    r"g7|g-7|g20|g-20|brics|nato|eu|sco|sog|asean|apec|oas|au)\b",
    re.IGNORECASE,
)

# Modality and future: the event has not happened yet.
PLANNED_CUES = re.compile(
    r"\b(?:will|wollen|wollte|wollten|soll|sollen|solle|sollte|sollten|plant|planen|plante|"
    r"geplant|vorgesehen|erwartet|erwarten|beabsichtigt|künftig|demnächst|möchte|möchten|"
    r"kündigte|kündigt|schlug|schlugen|schlägt|vorgeschlagen|vorschlagen|könnte|könnten)\b",
    re.IGNORECASE,
)
# Adjectives that make a noun event a plan only when they modify it ("das geplante Treffen").
PLANNED_ADJ = re.compile(
    r"\b(?:geplante|geplanten|geplantes|anstehende|anstehenden|bevorstehende|bevorstehenden|"
    r"kommende|kommenden|nächste|nächsten|angekündigte|angekündigten)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
FUTURE_AUX = frozenset({"wird", "werden", "werde", "wirst", "würde", "würden"})
PAST_AUX = frozenset(
    {"war", "waren", "hatte", "hatten", "wurde", "wurden", "hätte", "hätten", "worden", "gewesen"}
)
PRESENT_AUX = frozenset({"ist", "sind", "hat", "haben", "sei", "seien", "habe", "hätten"})
HABITUAL = re.compile(
    r"\b(?:regelmäßig|regelmässig|immer wieder|häufig|oft|jährlich|"
    r"alljährlich|jedes jahr|bisweilen|gelegentlich)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"\b(?:nicht|kein|keine|keinen|gescheitert|weigerten|weigerte|"
    r"abgesagt|verschoben|ohne|(?:an)?statt\b(?!\s*(?:[.,;:!?)\]–—-]|$|und\b|oder\b)))\b",
    re.IGNORECASE,
)
REPORTING = re.compile(
    r"\b(?:sagte|sagten|teilte|teilten|erklärte|erklärten|hieß|heißt|hiess|heisst|berichtete|"
    r"berichteten|meldete|meldeten|meldet|zitierten|betonte|kündigte|mitteilte|bestätigte|"
    r"verlautete|verbreitete|zufolge|laut|angaben)\b",
    re.IGNORECASE,
)
# Prepositions that put a noun event in the background of the clause ("nach seinem Besuch").
BACKGROUND_PREPS = frozenset(
    {
        "nach",
        "vor",
        "seit",
        "bei",
        "beim",
        "während",
        "zur",
        "zum",
        "für",
        "wegen",
        "trotz",
        "über",
        "um",
        "an",
        "am",
        "im",
        "in",
        "von",
        "vom",
        "zu",
        "gegen",
        "unter",
        "ab",
        "auf",
        "aus",
        "mit",
    }
)
TEMPORAL_PREPS = frozenset({"nach", "vor", "seit", "bei", "beim", "während"})

DURATION_RE = re.compile(
    r"\b(zwei|drei|vier|fünf|sechs|sieben|\d+)(?:[- ]?tägig\w*| tage lang\b)", re.IGNORECASE
)
NUMBER = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7}

PRONOUNS = frozenset({"er", "ihn", "ihm"})
POSSESSIVES = frozenset({"sein", "seine", "seinem", "seinen", "seiner", "seines"})
GROUP_REF = re.compile(
    r"\b(?:die|den|der) beiden (?:\w+ )?(?:staatschefs|politiker|präsidenten|regierungschefs|"
    r"spitzenpolitiker|außenminister|aussenminister|staatsoberhäupter|männer|frauen|"
    r"amtskollegen|kollegen|seiten)\b|\bbeide(?:n)? seiten\b|\bbeide\b",
    re.IGNORECASE,
)
PERSON_NOUN_REF = re.compile(
    r"^(?:der|die|dem|den)\s+(?:\w+\s+){0,2}?(?:\d+-jährige\w*|\w*(?:politiker|milliardär|"
    r"republikaner|demokrat|libertäre|amtsinhaber|staatsgast|gast|nachfolger|herausforderer|"
    r"machthaber|staatschef|regierungschef|premier|kanzler|präsident|politneuling))\b",
    re.IGNORECASE,
)
SPEAKER_TITLE = re.compile(r"sprecher|sprecherin|korrespondent|reporter", re.IGNORECASE)
PROTEST_LEADER_TITLE = re.compile(
    r"opposition|aktivist|protestführer|anführer|gewerkschaft", re.IGNORECASE
)


def _suffixes(pattern: str) -> tuple[str, ...]:
    """The literal word endings of a noun pattern (its alternation, endings expanded)."""
    body = pattern.split("(?:", 1)[1].rsplit(")", 1)[0]
    return tuple(w for w in body.replace("\n", "").split("|") if w and "(" not in w)


# Noun triggers as word endings, checked with one `str.endswith` per capitalised token.
NOUN_ENDINGS: list[tuple[EventType, tuple[str, ...]]] = [
    (
        T.CALL,
        (
            "telefonat",
            "telefonate",
            "telefonats",
            "telefonaten",
            "telefongespräch",
            "telefongespräche",
            "telefongesprächs",
            "telefonschalte",
            "videoschalte",
            "videokonferenz",
            "videogespräch",
            "videotelefonat",
        ),
    ),
    (T.SUMMIT, ("gipfel", "gipfels", "gipfeln", "gipfeltreffen", "gipfeltreffens")),
    (
        T.INAUGURATION,
        (
            "vereidigung",
            "amtseinführung",
            "amtseid",
            "amtseides",
            "amtseids",
            "amtsantritt",
            "amtsantritts",
            "amtsantrittes",
            "amtsübernahme",
            "machtübernahme",
            "amtseinsetzung",
            "vereidigungszeremonie",
            "angelobung",
            "inauguration",
            "amtsübergabe",
            "machtübergabe",
            "thronbesteigung",
        ),
    ),
    (
        T.ELECTION,
        (
            "wahl",
            "wahlen",
            "wahlsieg",
            "wahlsieges",
            "wahlsiegs",
            "wahlabend",
            "wahltag",
            "wahlgang",
            "wahlsonntag",
            "wahlniederlage",
            "referendum",
            "referendums",
            "volksabstimmung",
            "volksentscheid",
            "volksentscheids",
            "plebiszit",
            "urnengang",
            "urnengangs",
        ),
    ),
    (
        T.PROTEST,
        (
            "protest",
            "proteste",
            "protesten",
            "protests",
            "demonstration",
            "demonstrationen",
            "demonstranten",
            "kundgebung",
            "kundgebungen",
            "streik",
            "streiks",
            "protestmarsch",
            "protestmärsche",
            "unruhen",
        ),
    ),
    (
        T.AGREEMENT,
        (
            "abkommen",
            "abkommens",
            "vertragsunterzeichnung",
            "vertragsunterzeichnungen",
            "unterzeichnung",
            "friedensvertrag",
            "friedensvertrags",
            "grundlagenvertrag",
            "partnerschaftsvertrag",
            "kooperationsvertrag",
            "freundschaftsvertrag",
            "freihandelsvertrag",
            "vereinbarung",
            "vereinbarungen",
            "übereinkommen",
            "übereinkommens",
            "übereinkunft",
            "absichtserklärung",
            "absichtserklärungen",
            "staatsvertrag",
            "staatsvertrags",
            "staatsvertrages",
            "staatsverträge",
            "handelsvertrag",
            "handelsvertrags",
            "handelsvertrages",
            "handelsverträge",
            "grenzvertrag",
            "grenzvertrags",
            "grenzvertrages",
            "grenzverträge",
            "sicherheitsvertrag",
            "sicherheitsvertrags",
            "sicherheitsvertrages",
            "sicherheitsverträge",
            "beistandsvertrag",
            "beistandsvertrags",
            "beistandsvertrages",
            "beistandsverträge",
            "abrüstungsvertrag",
            "abrüstungsvertrags",
            "abrüstungsvertrages",
            "abrüstungsverträge",
            "nachbarschaftsvertrag",
            "nachbarschaftsvertrags",
            "nachbarschaftsvertrages",
            "nachbarschaftsverträge",
            "nichtangriffspakt",
            "beistandspakt",
        ),
    ),
    (T.VISIT, ("besuch", "besuchs", "besuches", "besuche", "visite", "reise", "reisen")),
    (
        T.MEETING,
        (
            "treffen",
            "treffens",
            "gespräch",
            "gespräche",
            "gesprächen",
            "gesprächs",
            "unterredung",
            "unterredungen",
            "konsultationen",
            "zusammenkunft",
            "begegnung",
            "verhandlungen",
            "verhandlungsrunde",
        ),
    ),
]
ALL_NOUN_ENDINGS = tuple(e for _, endings in NOUN_ENDINGS for e in endings)
MULTIWORD_RE = re.compile(
    r"\b(?P<agreement>gemeinsamen? erklärung)\b|"
    r"\b(?P<inauguration>einführung in (?:seine|ihre|die|eine) (?:\w+ ){0,2}amtszeit)\b",
    re.IGNORECASE,
)


# --- cheap answers for the word patterns above ------------------------------------------------

# The characters that IGNORECASE matches with one of a-z, ä, ö, ü, ß although `str.lower` does
# not turn them into it; a text holding one gets no shortcut.
_CASE_ODD = ("İ", "ı", "ſ")


@dataclass(frozen=True, slots=True)
class Cue:
    """A case-insensitive pattern and lower-case strings one of which every match holds: a
    text whose lower-case form holds none of them cannot match (`maybe_in`), and the pattern
    need not run; the pattern decides the rest."""

    pattern: re.Pattern[str]
    needles: tuple[str, ...]

    def maybe_in(self, low: str, odd: bool) -> bool:
        """Whether a text whose lower-case form is `low` (`odd`: holds a `_CASE_ODD`
        character) may hold a match."""
        return odd or any(needle in low for needle in self.needles)


def case_odd(text: str) -> bool:
    return any(c in text for c in _CASE_ODD)


HABITUAL_CUE = Cue(
    HABITUAL,
    ("regelmäßig", "regelmässig", "immer wieder", "häufig", "oft", "jährlich", "jedes jahr",
     "bisweilen", "gelegentlich"),
)  # fmt: skip
PLANNED_CUE = Cue(
    PLANNED_CUES,
    ("will", "woll", "soll", "plan", "vorgesehen", "erwarte", "beabsichtigt", "künftig",
     "demnächst", "möchte", "kündigt", "schlug", "schläg", "vorgeschlagen", "vorschlagen",
     "könnte"),
)  # fmt: skip
REPORTING_CUE = Cue(
    REPORTING,
    ("sagte", "teilte", "erklärte", "hieß", "heißt", "hiess", "heisst", "berichtete", "meldet",
     "zitierten", "betonte", "kündigte", "bestätigte", "verlautete", "verbreitete", "zufolge",
     "laut", "angaben"),
)  # fmt: skip
GROUP_REF_CUE = Cue(GROUP_REF, ("beide",))
NEGATION_CUE = Cue(
    NEGATION,
    ("nicht", "kein", "gescheitert", "weigerte", "abgesagt", "verschoben", "ohne", "statt"),
)
