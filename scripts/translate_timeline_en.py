"""Fill the English catalogue's empty entries for the timeline's strings (idempotent).

Run after `manage.py makemessages -l en`, then `manage.py compilemessages`:
    .venv/bin/python scripts/translate_timeline_en.py
Entries that already have a translation are left alone.
"""

from __future__ import annotations

import re
from pathlib import Path

PO = Path(__file__).resolve().parent.parent / "locale" / "en" / "LC_MESSAGES" / "django.po"

EN: dict[str, str | tuple[str, str]] = {
    "Artikel": "Articles",
    "Datumsangabe": "Date phrase",
    "Datum unbekannt": "Date unknown",
    "Ereignischronik": "Event chronicle",
    "Zum Inhalt springen": "Skip to content",
    "Hauptnavigation": "Main navigation",
    "Chronik": "Timeline",
    "Redaktion": "Editors",
    "Wechseln": "Switch",
    "Sprache": "Language",
    "Pfad": "Breadcrumbs",
    "Akteur": "Actor",
    "Kandidat, noch nicht bestätigt": "Candidate, not yet confirmed",
    "Auch geschrieben:": "Also spelt:",
    "seit": "since",
    "bis": "to",
    "In der Chronik filtern": "Filter the timeline",
    "Häufigste Gegenüber": "Most frequent counterparts",
    "gemeinsame Ereignisse in der Chronik": "shared events in the timeline",
    "%(counter)s gemeinsames": ("%(counter)s shared", "%(counter)s shared"),
    "Noch keine gemeinsamen Ereignisse.": "No shared events yet.",
    "Nach Art": "By type",
    "%(counter)s Ereignis": ("%(counter)s event", "%(counter)s events"),
    "Text mit erkannten Angaben": "Text with recognised mentions",
    "Legende": "Legend",
    "Ort": "Place",
    "Ereigniswort": "Event word",
    "Der Extraktor ist gerade nicht verfügbar; markiert sind die gespeicherten Belege.": (
        "The extractor is not available right now; the stored evidence is marked."
    ),
    "%(counter)s Ereignis aus diesem Artikel": (
        "%(counter)s event from this article",
        "%(counter)s events from this article",
    ),
    "geplant": "planned",
    "bestätigt": "verified",
    "Aus diesem Artikel wurden keine Ereignisse gewonnen.": (
        "No events were drawn from this article."
    ),
    "von der Redaktion bestätigt": "verified by the editors",
    "Datum": "Date",
    "Quellen nennen verschiedene Daten": "Sources give different dates",
    "Akteure": "Actors",
    "keine genannt": "none named",
    "nicht genannt": "not stated",
    "Status": "Status",
    "Prüfung": "Review",
    "Konfidenz %(confidence)s": "confidence %(confidence)s",
    "%(counter)s Quelle": ("%(counter)s source", "%(counter)s sources"),
    "Original": "Original",
    "Datum:": "Date:",
    "Dieselben Akteure ±14 Tage": "Same actors ±14 days",
    "Keine weiteren Ereignisse dieser Akteure in diesem Zeitraum.": (
        "No other events of these actors in this period."
    ),
    "Ereignisseite": "Event page",
    "Alle Ereignisse genau dieser Akteure": "All events of exactly these actors",
    "Chronik politischer Ereignisse": "Timeline of political events",
    "Besuche, Treffen, Telefonate, Gipfel, Wahlen und mehr – aus Nachrichtenartikeln gewonnen, "
    "mit Belegen. Wählen Sie links Akteure, Zeitraum oder Art; die Liste folgt sofort.": (
        "Visits, meetings, calls, summits, elections and more – drawn from news articles, with "
        "evidence. Pick actors, a period or types on the left; the list follows at once."
    ),
    "Filter": "Filters",
    "Gewählte Akteure": "Selected actors",
    "Häkchen entfernen, um einen Akteur abzuwählen.": "Untick to remove an actor.",
    "z. B. Putin": "e.g. Putin",
    "Vorschläge": "Suggestions",
    "Kandidat": "candidate",
    "Kein Akteur gefunden.": "No actor found.",
    "Zeitraum": "Period",
    "Volltext": "Full text",
    "Anzeigen": "Show",
    "Alle Filter zurücksetzen": "Reset all filters",
    "%(counter)s Ereignis gefunden": ("%(counter)s event found", "%(counter)s events found"),
    "Ungültige Filter": "Invalid filters",
    "Filter ungültig": "Invalid filters",
    "Diese Auswahl exportieren:": "Export this selection:",
    "CSV für Excel": "CSV for Excel",
    "Diese Angaben konnten nicht verwendet werden:": "These values could not be used:",
    "Chronik ohne Filter anzeigen": "Show the timeline without filters",
    "Spuren der gewählten Akteure": "Lanes of the selected actors",
    "%(counter)s Ereignis mit allen gewählten Akteuren – in jeder Zeile an derselben Stelle.": (
        "%(counter)s event with all selected actors – at the same place in every row.",
        "%(counter)s events with all selected actors – at the same place in every row.",
    ),
    "Jeder Punkt ist ein Ereignis; Farbe = Art, Ring = geplant.": (
        "Each dot is an event; colour = type, ring = planned."
    ),
    "Nur die ersten Ereignisse sind eingezeichnet.": "Only the first events are drawn.",
    "Ereignisse je Akteur über die Zeit": "Events per actor over time",
    "↑ Zum Anfang der Liste": "↑ Back to the start of the list",
    "Keine Ereignisse für diese Auswahl.": "No events for this selection.",
    "Ereignisse je Jahr": "Events per year",
    "Ereignisse je Monat": "Events per month",
    "höchster Balken: %(peak)s": "highest bar: %(peak)s",
    "%(counter)s ohne Datum": ("%(counter)s undated", "%(counter)s undated"),
    "von der Redaktion geprüft": "checked by the editors",
    "Akteure:": "Actors:",
    "in": "in",
    "Details und Belege": "Details and evidence",
    "Ereignisseite öffnen": "Open the event page",
    "Weitere Ereignisse laden": "Load more events",
    "Jahre": "Years",
    "Monate": "Months",
    "Tage": "Days",
    "einer der Akteure": "any of the actors",
    "alle Akteure zusammen": "all actors together",
    "Akteur hinzufügen": "Add actor",
    "Name oder Schreibweise, z. B. „Putin“": "Name or spelling, e.g. “Putin”",
    "Mehrere Akteure": "Several actors",
    "Art": "Type",
    "alle": "all",
    "von": "from",
    "z. B. 2020, Mai 2024, 05.2024, 2024-05-23": "e.g. 2020, Mai 2024, 05.2024, 2024-05-23",
    "nur bestätigte": "verified only",
    "Maßstab": "Scale",
    "Text": "Text",
    "Medium": "Outlet",
    "„%(value)s“ ist kein Zeitraum. Erlaubt sind z. B. 2020, Mai 2024, 05.2024, 23.05.2024 "
    "oder 2024-05-23.": (
        "“%(value)s” is not a period. Allowed are e.g. 2020, May 2024, 05.2024, 23.05.2024 or "
        "2024-05-23."
    ),
    "Ungültige Fortsetzungsmarke.": "Invalid continuation cursor.",
    "Das Ende des Zeitraums liegt vor seinem Anfang.": "The period ends before it begins.",
    "Kein Akteur „%(name)s“ bekannt.": "No actor “%(name)s” known.",
    "Höchstens %(n)d Akteure auf einmal.": "At most %(n)d actors at once.",
    "%(span)s (ungefähr)": "%(span)s (approximately)",
    "Anfang %(month)s": "early %(month)s",
    "Mitte %(month)s": "mid %(month)s",
    "Ende %(month)s": "late %(month)s",
    "um den %(day)s": "around %(day)s",
    "von der Redaktion korrigiert am %(day)s": "corrected by the editors on %(day)s",
    "von der Redaktion gesetzt": "set by the editors",
    "aus „%(phrase)s“ berechnet, bezogen auf das Veröffentlichungsdatum %(day)s": (
        "computed from “%(phrase)s”, relative to the publication date %(day)s"
    ),
    "ausdrücklich im Text: „%(phrase)s“": "stated in the text: “%(phrase)s”",
    "keine eigene Zeitangabe – das Veröffentlichungsdatum %(day)s übernommen": (
        "no date of its own – the publication date %(day)s is used"
    ),
    "der Text nennt keinen Zeitpunkt": "the text gives no date",
    "Kein solches Ereignis.": "No such event.",
    "Unbekanntes Format „%(format)s“: csv, json oder jsonl.": (
        "Unknown format “%(format)s”: csv, json or jsonl."
    ),
    "(ohne Titel)": "(untitled)",
    "Medium unbekannt": "Outlet unknown",
    "Veröffentlichungsdatum unbekannt": "Publication date unknown",
    "Quelle": "Source",
    # Model choices the timeline shows.
    "Besuch": "Visit",
    "Treffen": "Meeting",
    "Telefonat": "Call",
    "Wahl": "Election",
    "Amtseinführung": "Inauguration",
    "Gipfel": "Summit",
    "Protest": "Protest",
    "Abkommen": "Agreement",
    "stattgefunden": "occurred",
    "Tag": "day",
    "Monat": "month",
    "Jahr": "year",
    "ungefähr": "approximate",
    "unbekannt": "unknown",
    "neu": "new",
    "zu prüfen": "to review",
    "verworfen": "rejected",
    "Person": "Person",
    "Organisation": "Organisation",
    "Staat": "Country",
    "Stadt": "City",
    "Region": "Region",
    "Beteiligt": "Participant",
    "Gast": "Guest",
    "Gastgeber": "Host",
}


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _unquote(lines: str) -> str:
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', lines)
    return "".join(parts).replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")


def main() -> None:
    text = PO.read_text(encoding="utf-8")
    blocks = text.split("\n\n")
    filled = 0
    for i, block in enumerate(blocks):
        m = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
        if not m:
            continue
        msgid = _unquote(m[1])
        if msgid not in EN:
            continue
        value = EN[msgid]
        block = block.replace("#, fuzzy\n", "")
        if isinstance(value, tuple):
            if re.search(r'^msgstr\[0\] ""\s*$', block, re.M) is None:
                continue
            block = re.sub(r'^msgstr\[0\] ""$', "msgstr[0] " + _quote(value[0]), block, flags=re.M)
            block = re.sub(r'^msgstr\[1\] ""$', "msgstr[1] " + _quote(value[1]), block, flags=re.M)
        else:
            if not re.search(r'^msgstr ""\s*\Z', block, re.M):
                continue
            block = re.sub(r'^msgstr ""\s*\Z', "msgstr " + _quote(value), block, flags=re.M)
        blocks[i] = block
        filled += 1
    PO.write_text("\n\n".join(blocks), encoding="utf-8")
    print(f"filled {filled} entries")


if __name__ == "__main__":
    main()
