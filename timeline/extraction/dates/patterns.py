"""The grammar of date expressions: one regex per kind of expression, built from the
vocabulary's atoms, each paired with its resolver, priority and keyword in `RULES`. A rule's
keyword (`_KEYWORD_PATTERNS`) is a cheap pattern that every match of it contains."""

from __future__ import annotations

import re

from timeline.extraction.dates.absolute import (
    resolve_century,
    resolve_day_month,
    resolve_day_only,
    resolve_day_range,
    resolve_decade,
    resolve_month,
    resolve_month_pair,
    resolve_part_pair,
    resolve_same_month,
    resolve_season,
    resolve_slashed_date,
    resolve_year,
    resolve_year_pair,
)
from timeline.extraction.dates.context import Resolver, Rule
from timeline.extraction.dates.periods import (
    HOLIDAYS_EASTER,
    HOLIDAYS_FIXED,
    resolve_compared_period,
    resolve_fuzzy_span,
    resolve_holiday,
    resolve_quarter,
    resolve_relative_decade,
    resolve_relative_month,
    resolve_relative_year,
)
from timeline.extraction.dates.relative import (
    resolve_ago,
    resolve_anaphoric_day,
    resolve_daypart,
    resolve_daypart_adverb,
    resolve_election_evening,
    resolve_event_day,
    resolve_later,
    resolve_later_in_week,
    resolve_night,
    resolve_night_before,
    resolve_night_to_date,
    resolve_now_relative,
    resolve_nth_weekday,
    resolve_week,
    resolve_weekday,
    resolve_weekday_pair,
    resolve_weekend,
)
from timeline.extraction.dates.vocabulary import (
    _MONTH_ABBR,
    _MONTH_FULL,
    _PARTICIPLE_ADJECTIVE,
    AM,
    AND_A_HALF,
    DAY,
    DAYPART,
    DECADE_WORDS,
    ENGLISH_MONTHS,
    IM,
    MONTH,
    MONTH_ABBREVIATIONS_BARE,
    NEXT,
    NUMBER,
    PART,
    PREV,
    RELATIVE_MOD,
    THIS,
    WEEKDAY,
    YEAR,
    B,
    _alternation,
    _any_case_first,
    _capitalised,
)

_PREP_DAY = rf"(?:(?:{AM}|{_any_case_first('vom', 'zum', 'bis', 'ab', 'seit', 'bis zum')})\s+)?"
_WEEKDAY_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+(?:(?:den|dem)\s+)?)?"
_YEAR_OPT = rf"(?:\s+(?P<year>{YEAR}))?"
_DAY_ONLY = (
    rf"{B}(?:am|Am|vom|zum)\s(?P<day>{DAY})\.(?=\s+(?:die|der|das|den|dem|des|ein|eine|und|wurde|"
    r"wurden|war|waren|hatte|hatten|begann|kam|fiel|[a-zäöü]+te[n]?)\b)"
)
_SAME_MONTH = rf"{B}(?:{IM}|{_any_case_first('noch im', 'desselben', 'des gleichen', 'des selben')})\s+(?:selben|gleichen)?\s*Monats?(?![\w])"  # noqa: E501
# A year named by its relation to publication after a month, a day, a season or a quarter: "im
# Januar vergangenen Jahres", "Ende Juli des vergangenen Jahres", "im Sommer diesen Jahres",
# "am 3. Mai des Vorjahres", "im letzten Quartal von 2019".
_YEAR_REL = (
    rf"(?:\s+(?:des\s+)?(?P<yrel>{PREV}|{NEXT}|{THIS})\s+Jahres(?![\w])"
    rf"|\s+des\s+(?P<yprev>Vorjahres|Folgejahres)(?![\w])|\s+von\s+(?P<year_of>{YEAR}))"
)
# A weekday in apposition, before ("Montag, (23. September)") or after the date ("am 24.
# September, einem Montag"): one expression, and the weekday tells the year.
_DAY_MONTH = (
    rf"{B}{_PREP_DAY}(?:(?P<wd>{WEEKDAY}),?\s+(?:\(\s*)?(?:(?:den|dem)\s+)?)?"
    rf"(?P<day>{DAY})\.\s*(?P<month>{MONTH})(?:\s+(?P<year>{YEAR})|{_YEAR_REL})?"
    rf"(?:(?<=\w)\)|,\s+(?:einem|ein|am)\s+(?P<wd2>{WEEKDAY})(?![\w])|\s+\((?P<wd3>{WEEKDAY})\))?"
)
_NUMERIC_DATE = (
    rf"{B}{_PREP_DAY}{_WEEKDAY_PREFIX}(?<![\d.,])(?P<day>{DAY})\.\s?(?P<mnum>0?[1-9]|1[0-2])\."
    rf"(?:\s?(?P<year>\d{{4}}|\d{{2}})(?![\d.,]\d|\d))?(?![\d])"
)
# Dates of bylines and page furniture: a month abbreviation without its stop ("14. Dez 2000"),
# a day glued to the author's name before it ("Hanna Beispiel17. März 2024"), day-month-year
# with hyphens ("14-12-2007"), English ("May 20, 2022", "20 May 2022").
_BYLINE_DATE = (
    rf"{B}{_WEEKDAY_PREFIX}(?P<day>{DAY})\.\s*"
    rf"(?P<mbare>{_alternation([m.capitalize() for m in MONTH_ABBREVIATIONS_BARE])})"
    rf"\s+(?P<year>{YEAR})"
)
_GLUED_DATE = rf"(?<=[a-zäöüß])(?P<day>{DAY})\.\s*(?P<month>{MONTH})\s+(?P<year>{YEAR})"
_DASHED_DATE = (
    rf"(?<![\d.-])(?P<day>{DAY})-(?P<mnum>0?[1-9]|1[0-2])-(?P<year>(?:19|20)\d\d)(?![\d-])"
)
_SLASHED_DATE = (
    r"(?<![\d./])(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>(?:19|20)\d\d)(?![\d/])"
)
_ENGLISH_MONTH = _alternation([m.capitalize() for m in ENGLISH_MONTHS])
_ENGLISH_DATE = rf"{B}(?P<english>{_ENGLISH_MONTH})\s+(?P<day>{DAY}),?\s+(?P<year>{YEAR})"
_ENGLISH_DATE_DMY = rf"{B}(?P<day>{DAY})\s+(?P<english>{_ENGLISH_MONTH})\s+(?P<year>{YEAR})"
_ISO_DATE = rf"(?<![\d.-])(?P<year>1[0-9]\d\d|20\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>{DAY})(?!\d)"
_DAY_RANGE = (
    rf"{B}(?:(?:{_any_case_first('vom', 'von', 'zwischen')})\s+(?:dem\s+)?)?"
    rf"(?P<first>(?P<day1>{DAY})\.(?:\s*(?P<month1>{MONTH})(?:\s+(?P<year1>{YEAR}))?)?)"
    rf"(?:\s*(?:bis(?:\s+(?:zum|einschließlich))?|und|[-–—]|/)\s*)(?:(?:dem|den)\s+)?"
    rf"(?P<second>(?P<day2>{DAY})\.\s*(?P<month2>{MONTH})(?:\s+(?P<year2>{YEAR}))?)"
)
_MONTH_PART = rf"(?:(?P<part>{PART}|(?:[Gg]egen\s+)?Ende|[Gg]egen\s+Ende)\s+(?:des\s+)?)"
_MONTH_PREP = rf"(?:{IM}|{_any_case_first('seit', 'bis', 'ab', 'vom', 'zum', 'bis zum', 'des')})"
_MONTH_WITH_YEAR = rf"{B}(?:{_MONTH_PREP}\s+(?:Monat\s+)?)?{_MONTH_PART}?(?P<month>{MONTH})\s+(?:des\s+Jahres\s+)?(?P<year>{YEAR})"  # noqa: E501
_MONTH_AFTER_PREP = (
    rf"{B}(?=(?:{_MONTH_PREP}|{PART}|[Gg]egen)\s)(?:{_MONTH_PREP}\s+(?:Monat\s+)?)?{_MONTH_PART}?"
    rf"(?P<month>{MONTH})(?:{_YEAR_REL})?"
)
_MONTH_BARE = (
    r"(?<![\w.])(?<!\d\.\s)(?P<month>(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|"
    rf"September|Oktober|November|Dezember))(?![\w-])(?!\s+\d)(?:{_YEAR_REL})?"
)
_MONTH_PAIR = (
    rf"{B}(?:{_MONTH_PREP}\s+|{_any_case_first('zwischen', 'von')}\s+)?"
    rf"(?P<first>(?P<month1>{MONTH})(?:\s+(?P<year1>{YEAR}))?)"
    rf"\s*(?:/|bis(?:\s+zum)?|und|[-–]|(?P<either>oder))\s*"
    rf"(?P<second>(?P<month2>{MONTH})(?:\s+(?P<year2>{YEAR}))?)"
)
# "Ende April/Anfang Mai", "Mitte bis Ende Juni", "Anfang oder Mitte März": one fuzzy span.
_PART_PAIR = (
    rf"{B}(?:{_MONTH_PREP}\s+)?(?P<first>(?P<part1>{PART})(?:\s+(?P<month1>{MONTH}))?)"
    rf"\s*(?:/|bis|oder|und|[-–])\s*"
    rf"(?P<second>(?P<part2>{PART})\s+(?P<month2>{MONTH})(?:\s+(?P<year>{YEAR}))?)"
)
_SEASON_WORD = r"(?:Früh|Spät)?(?:[Ff]rühjahr(?:s|es)?|[Ff]rühling(?:s)?|[Ss]ommer(?:s)?|[Hh]erbst(?:es|s)?|[Ww]inter(?:s)?)"  # noqa: E501
_SEASON_WORD_LOWER = r"(?:früh|spät)(?:sommer|herbst|winter)s?"
_YEAR_PREP = _any_case_first(
    "im jahr",
    "im jahre",
    "jahr",
    "des jahres",
    "seit",
    "bis",
    "ab",
    "von",
    "um",
    "nach",
    "vor",
    "zwischen",
    "anno",
    "im",
    "in",
    "bereits",
    "schon",
    "noch",
    "erst",
    "zum jahr",
    "das jahr",
)
_YEAR_FOLLOWERS = (
    "(?:die|eine|einen|seine|seinen|ihre|ihren|keine|diese|diesen|jene|alle|unsere|zwischen|"
    "gegen|wegen|wurde|wurden|waren|hatte|hatten|musste|mussten|konnte|konnten|sollte|sollten|"
    "wollte|wollten|durfte|durften|begannen|kamen|gingen|fanden|erreichte|erreichten)"
)
# What a four-digit number before these counts ("2000 Demonstranten", "1500 Kilometer").
COUNTED_NOUNS = (
    "Stunden Tage Jahre Kilometer km Meter Euro Dollar Franken Rubel Pfund Prozent Mal mal Uhr "
    "Einwohner Menschen Personen Soldaten Mann Tote Toten Stimmen Sitze Punkte Punkten Stück "
    "Fälle Einheiten Panzer Flugzeuge Schiffe Quadratkilometer Tonnen Liter Meilen Seiten "
    "Demonstranten Teilnehmer Teilnehmern Teilnehmende Gäste Gästen Besucher Besuchern "
    "Flüchtlinge Flüchtlingen Migranten Polizisten Beamte Beamten Delegierte Delegierten "
    "Zivilisten Kämpfer Kämpfern Einsatzkräfte Häftlinge Gefangene Gefangenen Arbeiter "
    "Beschäftigte Mitarbeiter Mitarbeitern Unterstützer Anhänger Anhängern Journalisten "
    "Abgeordnete Abgeordneten Wähler Wählern Opfer Verletzte Verletzten Festnahmen Raketen "
    "Drohnen Granaten Geschosse Fahrzeuge Wohnungen Häuser Arbeitsplätze Stellen Kinder "
    "Frauen Männer Studenten Schüler Ärzte Helfer Familien Dörfer Orte Kilogramm Hektar "
    "Mitglieder Mitgliedern Exemplare Artikel Seiten Zeichen Wörter"
).split()
_COUNT_HEDGES = "rund etwa mehr über fast knapp zu insgesamt ca. circa weitere nur gut".split()
# One look-behind per word length (a look-behind needs a fixed width), either case of the first
# letter: "(?<!(?:[Rr]und|[Ee]twa|...) )".
_COUNT_BEFORE = "".join(
    "(?<!(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in _COUNT_HEDGES if len(w) == n)
    + ") )"
    for n in sorted({len(w) for w in _COUNT_HEDGES})
)
_YEAR_EXPR = (
    rf"{B}(?:(?:(?:{_any_case_first('zur', 'zum', 'bis zur', 'bis zum', 'seit')})\s+)?"
    rf"(?P<part>(?:{PART}|(?:[Gg]egen\s+)?Ende)\s+(?:des\s+(?:Jahres\s+)?)?"
    r"|Jahres(?:mitte|ende|beginn|anfang)\s+)|"
    rf"(?:{IM}|des|{_any_case_first('seit', 'bis', 'ab')})?\s*"
    rf"(?P<season>{_SEASON_WORD}|{_SEASON_WORD_LOWER})\s+(?:des\s+Jahres\s+)?|"
    rf"(?P<prep>(?P<strong>(?:[Ii]m|[Dd]es|[Zz]um|[Dd]as)\s+Jahre?s?|Jahre?|[Aa]nno)|{_YEAR_PREP})\s+)?"
    # "(?=[12])": the year's first digit, tested before the fourteen look-behinds that would
    # otherwise run at every word start of the window.
    rf"(?=[12])(?<![A-Za-zÄÖÜäöüß][-–]){_COUNT_BEFORE}(?P<year>{YEAR})(?!er)"
    # "1500 schwere Panzer" is a count, not a year; after "Ende", "im Jahre" or a season it is
    # a year, and so before a finite verb ("1949 musste", "1945 wurde").
    rf"(?(part)|(?(strong)|(?(season)|(?!\s+(?!ge|{_YEAR_FOLLOWERS}\s|{_PARTICIPLE_ADJECTIVE}\s)[a-zäöü]+(?:en|e)\s+[A-ZÄÖÜ]))))"
    rf"(?!\s*(?:{_alternation(list(COUNTED_NOUNS))})\b)"
)
_YEAR_PAIR = (
    rf"{B}(?:(?:(?P<season>{_SEASON_WORD})|"
    rf"{_any_case_first('von', 'seit', 'bis', 'ab', 'um', 'in')}|"
    r"(?:[Ii]m|[Dd]es)\s+Jahre?s?|Jahre?)\s+)?"
    rf"(?<![\w.,])(?P<year1>{YEAR})(?:/|[-–]|\s+[-–—]\s+(?=\d{{4}}))(?P<year2>\d\d|\d{{4}})(?![\w.,-])"
)
_DECADE = (
    rf"{B}(?:(?P<part>{PART})\s+)?(?:(?:der|den|die|in den|{_any_case_first('seit')})\s+)?"
    rf"(?:(?P<decade>(?:1[0-9]|20)?\d0)er(?:[-\s]?[Jj]ahre[n]?)?"
    rf"|(?P<decade_word>{_alternation(list(DECADE_WORDS))})(?:[-\s]?[Jj]ahre[n]?))(?![\w])"
)
_CENTURY = (
    rf"{B}(?:(?P<part>{PART}|[Ll]aufe|[Vv]erlauf)\s+)?(?:(?:des|im|dem|das|ins)\s+)?"
    r"(?P<century>\d{1,2})\.\s*(?:Jahrhundert(?:s|e)?|Jh\.|Jhd\.)(?!\s*v\.\s*Chr)"
)
_SEASON = (
    rf"{B}(?:(?:{IM}|{_any_case_first('seit dem', 'nach dem', 'vor dem', 'über den', 'seit', 'bis', 'ab', 'diesen', 'diesem', 'des', 'dieser', 'den', 'der', 'zum')}|{PART})\s+"  # noqa: E501
    rf"(?:(?P<smod>{PREV}|{NEXT})\s+)?|(?P<smod2>{PREV}|{NEXT})\s+)"
    # "der heiße Herbst", "im späten Sommer" (an adjective in lower case: no "Prager Frühling")
    rf"(?:[a-zäöüß]{{3,}}e[nr]?\s+)?(?P<season>{_SEASON_WORD})(?![\w])(?!\s*\d)(?:{_YEAR_REL})?"
)
_NOW_RELATIVE = (
    rf"{B}(?:(?:{AM}|{_any_case_first('bis', 'ab', 'seit', 'von')})\s+)?"
    r"(?P<word>[Hh]eute(?!-)|[Gg]estern|[Vv]orgestern|morgen|[Üü]bermorgen|heutigen\s+Tag|"
    # Capitalised only opening a sentence before its verb ("Morgen wird der Rat tagen").
    r"Morgen(?=\s+(?:früh\s+)?[a-zäöüß]+(?:t|en|d|ll)(?![\w]))|"
    r"gestrigen\s+Tag|[Hh]eutigen|[Gg]estrigen)"
    rf"(?:\s+(?:früh|frueh|{_alternation(['Morgen', 'Vormittag', 'Mittag', 'Nachmittag', 'Abend'])}))?(?![\w])"  # noqa: E501
)
# "nach 18 Tagen Verhandlungen", "nach zwei Wochen Haft": how long something lasted, no date.
_NO_NOUN_AFTER = r"(?!\s+(?-i:[A-ZÄÖÜ])[a-zäöüß]+\b)"
_ANAPHORIC_DAY = (
    rf"{B}(?:(?:{AM}|{_any_case_first('dem', 'seit dem', 'vom', 'bis zum')})\s+)?"
    r"(?:Vortag|Vorabend|Folgetag|Tag\s+(?:darauf|danach|zuvor|davor|vorher)|"
    r"(?:folgenden|nächsten|kommenden|darauffolgenden|selben|gleichen|nachfolgenden)\s+"
    r"(?:Tag|Morgen|Abend)|"
    r"Abend\s+(?:zuvor|davor|vorher|darauf))(?![\w])"
    rf"|{B}[Tt]ags\s+(?:darauf|zuvor|davor)"
    rf"|{B}(?:[Aa]m\s+)?(?:[Ee]inen|(?P<count>{NUMBER}))\s+(?:Tag|Tage)\s+(?:später|zuvor|danach|darauf|davor|vorher)(?![\w])"
    rf"|{B}[Nn]ach\s+(?:[Ee]inem|(?P<count2>{NUMBER}))\s+(?:Tag|Tagen)(?![\w]){_NO_NOUN_AFTER}"
    rf"|{B}(?:[Aa]n|[Aa]m)\s+(?:diesem|jenem)\s+Tag(?![\w])"
)
# "am zweiten Tag des Gipfels", "nach dem ersten Konferenztag", "am letzten
# Verhandlungstag": a day of an event (see `resolve_event_day`).
_EVENT_DAY = (
    rf"{B}(?:(?:{AM}|{_any_case_first('des', 'zum', 'vom', 'seit dem', 'nach dem', 'dem')})\s+)?"
    r"(?P<nth>ersten|zweiten|dritten|vierten|letzten|abschließenden)\s+"
    r"(?:Tag(?:es|s)?\s+(?:des|der)\s+(?:[A-ZÄÖÜ][a-zäöüß]+e[nr]?\s+)?[A-ZÄÖÜ][\w-]+"
    r"|(?:Gipfel|Verhandlungs|Sitzungs|Besuchs|Konferenz|Beratungs|Kongress|Parteitags|Messe)"
    r"tag(?:es|s)?)(?![\w])"
)
_ELECTION_EVENING = (
    rf"{B}(?:{AM}|{_any_case_first('seit dem', 'bis zum')})\s+Wahl(?:abend|tag|sonntag)(?![\w])"
)
_AGO_HEDGE = (
    r"(?P<hedge>(?:(?:genau|exakt|fast|knapp|rund|etwa|ungefähr|mehr\s+als|über|gut|"
    r"weniger\s+als|nur|erst|bereits|schon|heute|inzwischen|mittlerweile)\s+)+)?"
)
_AGO_COUNT = (
    rf"(?:(?:ein\s+(?=paar))?(?P<count>{NUMBER})(?:\s+(?P<half>halben))?"
    rf"|(?P<and_half>{_alternation(list(AND_A_HALF))}))"
)
_AGO_UNIT = (
    r"(?P<unit>Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr|Jahrzehnten|Jahrzehnt|Stunden|"
    r"Stunde|Minuten|Std\.|Min\.)(?![\w])"
)
_AGO = (
    rf"{B}(?P<exact>(?:[Aa]uf\s+den\s+Tag\s+genau|[Gg]enau\s+auf\s+den\s+Tag)\s+)?"
    rf"(?P<dir>[Vv]or|[Ii]n)\s+{_AGO_HEDGE}{_AGO_COUNT}\s+{_AGO_UNIT}"
    r"(?P<exact_after>,?\s+auf\s+den\s+Tag\s+genau)?"
)
# "Die letzte Reform liegt sieben Jahre zurück": as long ago as "vor sieben Jahren".
_LIES_BACK = (
    rf"(?<=\s)(?:(?:liegt|liegen|lag|lagen)\s+){_AGO_HEDGE}{_AGO_COUNT}\s+"
    r"(?P<unit>Tage|Wochen|Monate|Jahre|Jahrzehnte)\s+zurück(?![\w])"
)
_LATER = (
    rf"{B}(?:(?:knapp|etwa|rund|gut|nur|erst)\s+)?(?:[Ee]in\s+halbes|[Ee]inen|[Ee]ine|[Ee]in|(?P<count>{NUMBER}))\s+"
    r"(?P<unit>Wochen|Woche|Monate|Monat|Jahre|Jahr)\s+(?:später|danach|darauf|zuvor|davor|vorher|"
    r"früher)(?![\w])"
    rf"|{B}[Nn]ach\s+(?:(?:etwa|rund|knapp|nur)\s+)?(?:[Ee]inem|[Ee]iner|(?P<count2>{NUMBER}))\s+"
    r"(?P<unit2>Wochen|Woche|Monaten|Monat)(?![\w])" + _NO_NOUN_AFTER
)
_WEEKDAY_CORE = (
    rf"(?:(?P<mod>{RELATIVE_MOD}|diesem|diesen)\s+)?(?:(?:frühen|späten)\s+)?"
    r"(?:(?P<rel>heutigen|gestrigen|morgigen)\s+)?"
    rf"(?P<weekday>{WEEKDAY})(?:{DAYPART}|s)?(?![\w])"
    r"(?:\s+(?:früh|frueh|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht))?(?![\w])"
)
_WEEKDAY_PREP = _any_case_first(
    "am",
    "an",
    "seit",
    "bis",
    "ab",
    "vom",
    "von",
    "zum",
    "für",
    "auf",
    "bis zum",
    "bis spätestens",
    "vergangenen",
    "letzten",
    "kommenden",
    "nächsten",
    "diesen",
)
_WEEKDAY_PREP = rf"(?:{_WEEKDAY_PREP}|[Ii]m\s+(?:Laufe|Verlauf)(?:\s+des)?)"
# The week a weekday lies in: "am Dienstag vergangener Woche", "am Montag der kommenden
# Woche", "am Dienstag in der Vorwoche", "am Sonntag vor einer Woche", "Freitag in zwei Wochen".
_WEEK_REL = (
    rf"(?:\s+(?:(?:der|in\s+der)\s+)?(?:(?P<wrel>{PREV}|{NEXT}|{THIS})\s+Woche|(?P<wprev>Vorwoche))"
    rf"(?![\w])|\s+(?P<wdir>vor|in)\s+(?P<wcount>{NUMBER})\s+Wochen?(?![\w]))"
)
_WEEKDAY_EXPR = rf"{B}(?:{_WEEKDAY_PREP}\s+)?(?:(?:dem|den|des)\s+)?{_WEEKDAY_CORE}(?:{_WEEK_REL})?"
# "am ersten Sonntag im Juni", "am letzten Freitag des Monats April 2025".
_NTH_WEEKDAY = (
    rf"{B}(?:(?:{AM}|{_any_case_first('bis zum', 'ab dem', 'seit dem', 'vom', 'zum')})\s+)?"
    r"(?P<nth>ersten|zweiten|dritten|vierten|fünften|letzten|1\.|2\.|3\.|4\.)\s+"
    rf"(?P<weekday>{WEEKDAY})\s+(?:im|des)\s+(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?"
)
_WEEKDAY_PAIR = (
    rf"{B}(?:{_WEEKDAY_PREP}\s+)?(?:(?P<mod>{RELATIVE_MOD})\s+)?(?P<weekday>{WEEKDAY})"
    rf"\s+(?:und|bis(?:\s+zum)?|oder)\s+(?:(?:am|zum)\s+)?(?P<weekday2>{WEEKDAY})(?![\w])"
)
_NIGHT_BEFORE = (
    rf"{B}(?:{IM}\s+der|[Dd]ie|[Ii]n\s+der)\s+Nacht\s+(?:(?:von|vom)\s+(?:dem\s+)?{WEEKDAY}\s+)?"
    rf"(?:auf|zum|zu|zur)\s+(?:den\s+)?(?:(?P<mod>{RELATIVE_MOD})\s+)?(?P<weekday>{WEEKDAY})(?![\w])"
)
# "in der Nacht zum 3. Mai": the 2nd to the 3rd.
_NIGHT_TO_DATE = (
    rf"{B}(?:{IM}\s+der\s+|[Dd]ie\s+)?Nacht\s+(?:zum|auf\s+den)\s+(?P<day>{DAY})\.\s*"
    rf"(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?"
)
# "in der Nacht", "in der vergangenen Nacht", "letzte Nacht", "heute Nacht": the night is the
# evening of one day and the morning of the next (see `resolve_night`).
_NIGHT = (
    rf"{B}(?:(?:{IM}\s+der|[Ii]n\s+der)\s+(?:(?P<mod>{PREV}|{NEXT}|folgenden|"
    r"darauffolgenden|selben|gleichen)\s+)?|(?P<mod2>[Vv]ergangene|[Ll]etzte|[Kk]ommende)\s+|"
    r"(?P<now>[Hh]eute|[Gg]estern|[Mm]orgen)\s+)"
    r"Nacht(?!\s+(?:auf|zum|zu|zur|vom|von)\s)(?![\w])"
)
_NIGHT_DATES = (
    rf"{B}(?:{IM}\s+der\s+|[Dd]ie\s+)?Nacht\s+(?:vom|von)\s+(?P<first>(?P<day1>{DAY})\.(?:\s*(?P<month1>{MONTH}))?)"
    rf"\s+(?:auf|zum)\s+(?:den\s+)?(?P<second>(?P<day2>{DAY})\.\s*(?P<month2>{MONTH})(?:\s+(?P<year2>{YEAR}))?)"
)
_DAYPART = (
    rf"{B}(?:{AM}|{_any_case_first('gegen', 'bis zum', 'seit dem')})\s+(?:(?:frühen|späten)\s+)?"
    r"(?:Morgen|Vormittag|Mittag|Nachmittag|Abend)(?![\w])(?!\s+des\s+\d)"
    rf"|{B}[Ii]m\s+(?:Laufe|Verlauf)\s+des\s+(?:Tages|Vormittags|Nachmittags|Abends)(?![\w])"
    rf"|{B}[Ii]m\s+Tagesverlauf(?![\w])"
)
# Adverbs of the time of day: the day in context ("Abends traf er den Premier"); after a clock
# time ("9 Uhr vormittags") they belong to the time.
_DAYPART_ADVERB = (
    r"(?<![\w-])(?<!Uhr )(?<!\d )"
    r"(?:[Aa]bends|[Mm]orgens|[Vv]ormittags|[Nn]achmittags|[Mm]ittags)(?![\w-])"
)
_WEEK = (
    rf"{B}(?:(?:{IM}|{_any_case_first('in der', 'für die', 'seit der', 'bis zur', 'ab der')})\s+)?(?:(?P<part>{PART})\s+(?:der\s+)?)?"  # noqa: E501
    rf"(?:(?P<mod>{RELATIVE_MOD})\s+Woche|der\s+Woche)(?![\w])"
    rf"|{B}(?P<mod2>{PREV}|{NEXT}|{THIS})\s+Woche(?![\w])"
    rf"|{B}(?:{_any_case_first('in der', 'seit der', 'aus der', 'die', 'der')})\s+(?P<prev_week>Vorwoche)(?![\w])"  # noqa: E501
    rf"|{B}(?:(?:{_any_case_first('zur', 'zu', 'seit', 'ab', 'bis zur', 'gegen')})\s+)?"
    r"Wochen(?P<part2>mitte|beginn|anfang)(?![\w])"
)
_WEEKEND = (
    rf"{B}(?:(?:{AM}|{_any_case_first('übers', 'über das', 'zum', 'fürs', 'seit dem', 'bis zum', 'dieses', 'vergangenes', 'kommendes', 'nächstes', 'letztes')})\s+)"  # noqa: E501
    rf"(?:(?P<mod>{RELATIVE_MOD})\s+)?Wochenende(?![\w])"
)
# "später in der Woche", "im Laufe der Woche": the rest of the week of the day in view.
_LATER_IN_WEEK = (
    rf"{B}(?:(?P<later>[Ss]päter|[Ee]rst\s+später)\s+in\s+der|"
    r"[Ii]m\s+(?:weiteren\s+)?(?:Laufe|Verlauf)\s+der)\s+Woche(?![\w])"
)
_WEEKEND_NOUN = (
    rf"{B}(?:[Dd]as|[Ee]in|[Dd]ieses|[Dd]iesem)\s+(?:[a-zäöüß]+(?:e|es|en)\s+)?Wochenende(?![\w])"
)
_REL_MONTH = (
    rf"{B}(?:(?:{IM}|{_any_case_first('seit dem', 'bis zum', 'ab dem')})\s+)?(?:(?P<part>{PART})\s+(?:des\s+)?)?"  # noqa: E501
    rf"(?P<mod>{RELATIVE_MOD})\s+Monat(?:s|es)?(?![\w])"
    rf"|{B}(?P<part2>{PART})\s+des\s+Monats(?![\w])"
    rf"|{B}[Ii]m\s+(?:Laufe|Verlauf)\s+des\s+Monats(?![\w])"
    rf"|{B}(?:(?:{_any_case_first('zum', 'zur', 'bis zum', 'seit', 'ab', 'am', 'gegen', 'zu')})\s+)?"  # noqa: E501
    r"Monats(?P<part4>ende|anfang|beginn|mitte)(?![\w])"
    rf"|{B}(?:{IM}|{_any_case_first('seit dem', 'gegenüber dem', 'der', 'den', 'dem')})\s+(?P<prev_month>Vormonat)(?:s|es)?(?![\w])"  # noqa: E501
)
_REL_YEAR = (
    rf"{B}(?:(?:{IM}|{_any_case_first('das', 'seit dem', 'bis zum', 'für das', 'fürs', 'ab dem')})\s+)?"  # noqa: E501
    rf"(?:(?P<part>{PART})\s+(?:des\s+)?)?"
    rf"(?P<mod>{RELATIVE_MOD}|selben|gleichen|darauffolgenden|nachfolgenden|neuen|vorangegangenen|"
    r"vorhergehenden)\s+Jahr(?:es|s)?(?![\w])"
    rf"|{B}(?:{IM}\s+)?(?:Vorjahr|Folgejahr|Jahr\s+(?:darauf|danach|zuvor))(?:e?s)?(?![\w])"
    rf"|{B}[Ii]m\s+(?:Laufe|Verlauf)\s+des\s+Jahres(?!\s+\d)(?![\w])"
    rf"|{B}(?:[Ee]in|[Ee]inem)\s+Jahr\s+(?:später|zuvor|danach)(?![\w])"
    rf"|{B}(?:[Dd]iesjährig|[Ll]etztjährig)\w*|{B}[Hh]euer(?![\w])"
    rf"|{B}(?:(?:{_any_case_first('zum', 'zur', 'bis zum', 'bis zur', 'mit', 'seit', 'zu')})\s+)?(?P<part3>Jahresbeginn|Jahresanfang|Jahresende|Jahresmitte)(?![\w])(?!\s+\d{{4}})"  # noqa: E501
    rf"|{B}(?P<part2>{PART})\s+des\s+Jahres(?!\s+\d)(?![\w])"
    rf"|{B}(?:{_any_case_first('desselben', 'des gleichen', 'des selben', 'im selben', 'im gleichen')})\s+Jahres?(?![\w])"  # noqa: E501
)
_PERIOD_ORDINAL = r"(?:ersten?|zweiten?|dritten?|vierten?|letzten|[1-4]\.)"
_PERIOD_UNIT = r"(?:Quartal|Vierteljahr|Halbjahr|Jahreshälfte|Hälfte\s+des\s+Jahres)"
_QUARTER = (
    rf"{B}(?:(?:{IM}|{_any_case_first('in den', 'in der', 'zum', 'vom', 'seit dem', 'bis zum', 'ins', 'das', 'dem', 'den', 'des', 'der', 'für das', 'nach dem')})\s+)?"  # noqa: E501
    rf"(?:(?P<q1>{_PERIOD_ORDINAL})(?:\s*(?:und|bis|/|[-–])\s*(?P<q2>{_PERIOD_ORDINAL}))?"
    rf"|ersten\s+(?P<qcount>zwei|drei|beiden|[23])"
    rf"|(?P<qrel>{PREV}|{NEXT}|{THIS}|abgelaufenen))\s+"
    rf"(?P<unit>{_PERIOD_UNIT})(?:e|en|es|s|n)?(?![\w])"
    rf"(?:{_YEAR_REL}|\s+(?:des\s+Jahres\s+)?(?P<year>{YEAR}))?"
)
_COMPARED = (
    rf"{B}(?:(?:{IM}|{_any_case_first('zum', 'dem', 'den', 'des', 'gegenüber dem', 'vom')})\s+)?"
    r"(?:(?:gleichen|selben|entsprechenden)\s+)?"
    r"(?P<cmp>Vorjahreszeitraum|Vorjahresquartal|Vorjahresmonat|Vorjahreshalbjahr|Vorquartal)"
    r"(?:e?s)?(?![\w])"
)
# "in diesem Jahrzehnt", "im vergangenen Jahrzehnt", "bis Mitte des Jahrhunderts", "Ende des
# Jahrzehnts", "zur Jahrtausendwende": the decade, century or turn of the millennium in view.
_REL_DECADE = (
    rf"{B}(?:(?:{IM}|{_any_case_first('in diesem', 'seit dem', 'bis zum')})\s+)?"
    rf"(?P<mod>{RELATIVE_MOD}|diesem|dieses)\s+(?P<unit>Jahrzehnt|Jahrhundert)(?:s|es)?(?![\w])"
    rf"|{B}(?:(?:{_any_case_first('bis', 'ab', 'seit', 'vor')})\s+)?(?:zur\s+|zu\s+)?"
    rf"(?P<part>{PART})\s+des\s+(?:(?P<mod2>{RELATIVE_MOD})\s+)?(?P<unit2>Jahrzehnts|Jahrhunderts)(?![\w])(?!\s+\d)"
    rf"|{B}(?:(?:{_any_case_first('zur', 'seit der', 'nach der', 'vor der', 'um die')})\s+)?(?P<millennium>Jahrtausendwende)(?![\w])"  # noqa: E501
)
_FUZZY = (
    rf"{B}(?:[Ii]n|[Ww]ährend|[Ii]nnerhalb)\s+(?:den|der)\s+(?P<mod>{NEXT}|{PREV})\s+"
    rf"(?:(?P<count>{NUMBER}|beiden)\s+)?(?P<unit>Tagen|Tage|Wochen|Monaten|Monate|Jahren|Jahre)(?![\w])"
    rf"|{B}(?:[Dd]emnächst|[Ii]n\s+naher\s+Zukunft)(?![\w])"
)


def _holiday_surface(name: str) -> str:
    return " ".join(w if w in ("der", "des") else w.capitalize() for w in name.split())


_HOLIDAY_NAMES = list(HOLIDAYS_FIXED) + list(HOLIDAYS_EASTER) + ["weihnachten", "weihnachtstag"]
_HOLIDAY = (
    rf"{B}(?:(?:{AM}|{_any_case_first('zu', 'zum', 'an', 'vor', 'nach', 'seit', 'bis', 'über')})\s+)?"  # noqa: E501
    rf"(?P<holiday>{'|'.join(_capitalised(_holiday_surface(h)) for h in sorted(_HOLIDAY_NAMES, key=len, reverse=True))})"  # noqa: E501
    rf"(?![\w]){_YEAR_OPT}"
)


_MONTH_KEY = _alternation(_MONTH_FULL) + "|" + _alternation([m[:-1] for m in _MONTH_ABBR])
_KEYWORDS = {
    "month": _MONTH_KEY,
    "numeric": r"\d\.\s?\d",
    "iso": r"\d{4}-\d",
    "day_only": r"(?:am|Am|vom|zum)\s\d",
    "year": r"\d{4}",
    "year_pair": r"\d{4}\s?[/–-]\s?\d",
    "decade": r"\d0er|[zßs]iger",
    "century": r"Jahrhundert|Jh",
    # Keywords avoid leading character classes: a plain literal start scans much faster.
    "season": r"rühjahr|rühling|ommer|erbst|inter",
    "holiday": r"eihnacht|ster[nmst]|fingst|ilvester|eujahr|eilig|arfreitag|ründonnerstag"
    r"|arsamstag|almsonntag|immelfahrt|ronleichnam|schermittwoch|Tag der|llerheiligen"
    r"|Sieges|Befreiung|rauentag|eformationstag|alentinstag|ikolaustag",
    "now": r"eute|estern|orgen|eutig|estrig",
    "anaphoric": r"\b(?:Tag|Tage|Tagen|[Tt]ags)\b|Vortag|Vorabend|Folgetag|Abend|Morgen",
    "ordinal": r"ersten|zweiten|dritten|vierten|letzten|abschließenden",
    "ago": r"Tag|Woche|Monat|Jahr|Stunde|Minuten|Std\.|Min\.",
    "election": r"Wahl(?:abend|tag|sonntag)",
    "later": r"(?:Woche|Monat|Jahr)e?n?\s+(?:s|d|z|v|f)|[Nn]ach\s+(?:\w+\s+)?\w+\s+(?:Woche|Monat)",
    "weekday": WEEKDAY,
    "weekend": r"Wochenende",
    "week": r"[Ww]oche(?:\b|nmitte|nbeginn|nanfang)",
    "monat": r"[Mm]onat",
    "jahr": r"[Jj]ahr|jährig|[Hh]euer",
    "fuzzy": r"Tage|Wochen|Monate|Jahre|emnächst|Zukunft",
    "daypart": r"Morgen|Vormittag|Mittag|Nachmittag|Abend|Tages|Nacht|[Aa]bends|[Mm]orgens"
    r"|[Mm]ittags",
    "period": r"Quartal|Vierteljahr|Halbjahr|Jahreshälfte|Hälfte",
    "part": r"[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]eginn",
    "dashed": r"\d-\d\d?-\d{4}",
    "slashed": r"\d/\d\d?/\d{4}",
    "decades": r"Jahrzehnt|Jahrhundert|Jahrtausendwende",
    "english": _ENGLISH_MONTH,
    "compared": r"Vorjahres[zqmh]|Vorquartal",
}
_KEYWORD_PATTERNS = {name: re.compile(pattern) for name, pattern in _KEYWORDS.items()}


_RULE_KEYWORD_NAMES: dict[str, str] = {}


def _top_level_alternatives(pattern: str) -> list[str]:
    """The branches of `pattern`'s outermost alternation (the pattern itself when it has none)."""
    branches: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character set: "]" right after "[" or "[^" belongs to it
            i += 2 if pattern.startswith("[^", i) else 1
            i += 1 if pattern[i : i + 1] == "]" else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def _word_start_once(pattern: str) -> str:
    """`{B}a|{B}b|{B}c` as `{B}(?:a|b|c)`: the same matches and groups, but the look-behind is
    tested once per position instead of once per branch (each test costs about as much as
    the rest of a failing attempt: this made some rules eight times slower)."""
    branches = _top_level_alternatives(pattern)
    if len(branches) < 2 or not all(b.startswith(B) for b in branches):
        return pattern
    return B + "(?:" + "|".join(b[len(B) :] for b in branches) + ")"


def _rule(name: str, pattern: str, resolver: Resolver, priority: int, keyword: str) -> Rule:
    _RULE_KEYWORD_NAMES[name] = keyword
    compiled = re.compile(_word_start_once(pattern))
    return Rule(name, compiled, resolver, priority, _KEYWORD_PATTERNS[keyword])


RULES: tuple[Rule, ...] = (
    _rule("day_range", _DAY_RANGE, resolve_day_range, 9, "month"),
    _rule("night_dates", _NIGHT_DATES, resolve_day_range, 9, "month"),
    _rule("day_month", _DAY_MONTH, resolve_day_month, 8, "month"),
    _rule("numeric_date", _NUMERIC_DATE, resolve_day_month, 8, "numeric"),
    _rule("iso_date", _ISO_DATE, resolve_day_month, 8, "iso"),
    _rule("byline_date", _BYLINE_DATE, resolve_day_month, 8, "month"),
    _rule("glued_date", _GLUED_DATE, resolve_day_month, 8, "month"),
    _rule("dashed_date", _DASHED_DATE, resolve_day_month, 8, "dashed"),
    _rule("slashed_date", _SLASHED_DATE, resolve_slashed_date, 8, "slashed"),
    _rule("english_date", _ENGLISH_DATE, resolve_day_month, 8, "english"),
    _rule("english_date_dmy", _ENGLISH_DATE_DMY, resolve_day_month, 8, "english"),
    _rule("month_pair", _MONTH_PAIR, resolve_month_pair, 7, "month"),
    _rule("part_pair", _PART_PAIR, resolve_part_pair, 7, "part"),
    _rule("day_only", _DAY_ONLY, resolve_day_only, 2, "day_only"),
    _rule("same_month", _SAME_MONTH, resolve_same_month, 2, "monat"),
    _rule("month_year", _MONTH_WITH_YEAR, resolve_month, 7, "month"),
    _rule("month_prep", _MONTH_AFTER_PREP, resolve_month, 6, "month"),
    _rule("month_bare", _MONTH_BARE, resolve_month, 1, "month"),
    _rule("year_pair", _YEAR_PAIR, resolve_year_pair, 6, "year_pair"),
    _rule("decade", _DECADE, resolve_decade, 6, "decade"),
    _rule("century", _CENTURY, resolve_century, 6, "century"),
    _rule("year", _YEAR_EXPR, resolve_year, 5, "year"),
    _rule("season", _SEASON, resolve_season, 5, "season"),
    _rule("holiday", _HOLIDAY, resolve_holiday, 5, "holiday"),
    _rule("now_relative", _NOW_RELATIVE, resolve_now_relative, 5, "now"),
    _rule("anaphoric_day", _ANAPHORIC_DAY, resolve_anaphoric_day, 5, "anaphoric"),
    _rule("event_day", _EVENT_DAY, resolve_event_day, 6, "ordinal"),
    _rule("ago", _AGO, resolve_ago, 5, "ago"),
    _rule("lies_back", _LIES_BACK, resolve_ago, 5, "ago"),
    _rule("election_evening", _ELECTION_EVENING, resolve_election_evening, 5, "election"),
    _rule("later", _LATER, resolve_later, 5, "later"),
    _rule("night_before", _NIGHT_BEFORE, resolve_night_before, 6, "weekday"),
    _rule("weekday_pair", _WEEKDAY_PAIR, resolve_weekday_pair, 6, "weekday"),
    _rule("nth_weekday", _NTH_WEEKDAY, resolve_nth_weekday, 7, "weekday"),
    _rule("weekday", _WEEKDAY_EXPR, resolve_weekday, 4, "weekday"),
    _rule("weekend", _WEEKEND, resolve_weekend, 5, "weekend"),
    _rule("weekend_noun", _WEEKEND_NOUN, resolve_weekend, 4, "weekend"),
    _rule("later_in_week", _LATER_IN_WEEK, resolve_later_in_week, 5, "week"),
    _rule("week", _WEEK, resolve_week, 4, "week"),
    _rule("relative_month", _REL_MONTH, resolve_relative_month, 4, "monat"),
    _rule("relative_year", _REL_YEAR, resolve_relative_year, 4, "jahr"),
    _rule("fuzzy", _FUZZY, resolve_fuzzy_span, 4, "fuzzy"),
    _rule("relative_decade", _REL_DECADE, resolve_relative_decade, 5, "decades"),
    _rule("quarter", _QUARTER, resolve_quarter, 6, "period"),
    _rule("compared", _COMPARED, resolve_compared_period, 5, "compared"),
    _rule("daypart", _DAYPART, resolve_daypart, 3, "daypart"),
    _rule("daypart_adverb", _DAYPART_ADVERB, resolve_daypart_adverb, 3, "daypart"),
    _rule("night", _NIGHT, resolve_night, 3, "daypart"),
    _rule("night_to_date", _NIGHT_TO_DATE, resolve_night_to_date, 9, "month"),
)

_RULE_KEYWORDS = tuple((rule, _RULE_KEYWORD_NAMES[rule.name]) for rule in RULES)
