<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/about_dialog.py" line="+33"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 icon</source>
        <translation>Symbol von %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Version %1 · Qt %2 · PySide6 %3</source>
        <translation>Version %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A diary of spasm and headache severity, charted against the expected windows of each botulinum toxin injection.</source>
        <translation>Ein Tagebuch über die Stärke von Spasmen und Kopfschmerzen, dargestellt vor den erwarteten Zeitfenstern jeder Injektion mit Botulinumtoxin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the numbers come from</source>
        <translation>Woher die Zahlen stammen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected onset (often after about a week, typically within 2–4 weeks), re-injection every 16–20 weeks for spasms and every 10–12 weeks for chronic migraine, and a check-up every 12 weeks for spasms: patient guidance on botulinum toxin treatment. The warning about re-injecting sooner than 12 weeks: clinical literature on neutralising antibodies to botulinum toxin. Chronic migraine as headache on 15 or more days a month: ICHD-3. Judging migraine treatment by a 30% fall in headache days after 2 cycles: NICE TA260; by a 50% fall: clinical trials. The windows new injections start with can be changed in Edit › Preferences.</source>
        <translation>Erwarteter Wirkungseintritt (oft nach etwa einer Woche, meist innerhalb von 2–4 Wochen), Folgeinjektion alle 16–20 Wochen bei Spasmen und alle 10–12 Wochen bei chronischer Migräne sowie ein Kontrolltermin alle 12 Wochen bei Spasmen: Patienteninformationen zur Behandlung mit Botulinumtoxin. Der Hinweis auf eine Folgeinjektion vor Ablauf von 12 Wochen: klinische Fachliteratur zu neutralisierenden Antikörpern gegen Botulinumtoxin. Chronische Migräne als Kopfschmerzen an 15 oder mehr Tagen im Monat: ICHD-3. Beurteilung der Migränebehandlung an einem Rückgang der Kopfschmerztage um 30&#xa0;% nach 2 Zyklen: NICE TA260; um 50&#xa0;%: klinische Studien. Die Zeitfenster, mit denen neue Injektionen beginnen, lassen sich unter Bearbeiten › Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This journal is not medical advice and not a diagnosis.</source>
        <translation>Dieses Tagebuch ist keine ärztliche Beratung und keine Diagnose.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds what you report. Talk to your clinician about your treatment. Everything stays in your journal file on this computer; the app never uses the network.</source>
        <translation>Es enthält, was Sie selbst eintragen. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über Ihre Behandlung. Alles bleibt in Ihrer Tagebuchdatei auf diesem Computer; die App nutzt nie das Netzwerk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Free software under the MIT licence: you may use, copy, change and share it. It comes with no warranty.</source>
        <translation>Freie Software unter der MIT-Lizenz: Sie dürfen sie verwenden, kopieren, ändern und weitergeben. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>© %1 The Relief Journal authors</source>
        <translation>© %1 Die Autorinnen und Autoren von Relief Journal</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/restore_dialog.py" line="+36"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Injections</source>
        <translation>Injektionen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This copy cannot be read, so it cannot be restored.</source>
        <translation>Diese Kopie ist nicht lesbar und kann daher nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../journal_app/ui/charts/calendar_view.py" line="+106"/>
        <source>Severity calendar</source>
        <translation>Kalender der Beschwerdestärke</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 not logged</source>
        <translation>%1: nicht erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injection: %1</source>
        <translation>Injektion: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>Not logged</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection</source>
        <translation>Injektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>CatchUpList</name>
    <message>
        <location filename="../../journal_app/ui/widgets/catch_up.py" line="+45"/>
        <source>Not logged yet</source>
        <extracomment>How many days back the list looks (PRODUCT.md §5, Reminders).</extracomment>
        <translation>Noch nicht erfasst</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day since %1 is logged.</source>
        <translation>Jeder Tag seit %1 ist eingetragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every one of the last %1 days is logged.</source>
        <translation>Jeder der letzten %1 Tage ist erfasst.</translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <location filename="../../journal_app/ui/widgets/checkin_card.py" line="+120"/>
        <source>Check-in for %1: four weeks after your injection of %2</source>
        <translation>Rückmeldung zu %1: vier Wochen nach Ihrer Injektion vom %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in for %1: before your next injection (the last was on %2)</source>
        <translation>Rückmeldung zu %1: vor Ihrer nächsten Injektion (die letzte war am %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compared with just before this injection, how are your headaches now?</source>
        <translation>Verglichen mit der Zeit kurz vor dieser Injektion: Wie sind Ihre Kopfschmerzen jetzt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with just before this injection, how are your spasms now?</source>
        <translation>Verglichen mit der Zeit kurz vor dieser Injektion: Wie sind Ihre Krämpfe jetzt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(keys 1–7)</source>
        <translation>(Tasten 1–7)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Has the effect worn off?</source>
        <translation>Hat die Wirkung nachgelassen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day it wore off</source>
        <translation>Tag, an dem die Wirkung nachließ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your goals, −2 (much less than expected) to +2:</source>
        <translation>Ihre Ziele, von −2 (viel weniger als erwartet) bis +2:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save check-in</source>
        <translation>Rückmeldung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose how you are now: a button, or a key from 1 to 7.</source>
        <translation>Wählen Sie, wie es Ihnen jetzt geht: eine Schaltfläche oder eine Taste von 1 bis 7.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say whether the effect has worn off.</source>
        <translation>Geben Sie an, ob die Wirkung nachgelassen hat.</translation>
    </message>
</context>
<context>
    <name>CheckInsTableModel</name>
    <message>
        <location filename="../../journal_app/ui/models/checkins_model.py" line="+52"/>
        <source>%1 %2 (day %3)</source>
        <translation>%1 %2 (Tag %3)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Track</source>
        <translation>Behandlungsbereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-in</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impression</source>
        <translation>Eindruck</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Worn off</source>
        <translation>Wirkung nachgelassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goal ratings</source>
        <translation>Zielbewertungen</translation>
    </message>
</context>
<context>
    <name>CountedText</name>
    <message numerus="yes">
        <location filename="../../journal_app/wording/text.py" line="+19"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>opens in %n days</source>
        <translation>
            <numerusform>öffnet in %n Tag</numerusform>
            <numerusform>öffnet in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>open now, closes in %n days</source>
        <translation>
            <numerusform>jetzt offen, schließt in %n Tag</numerusform>
            <numerusform>jetzt offen, schließt in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>overdue by %n days</source>
        <translation>
            <numerusform>seit %n Tag überfällig</numerusform>
            <numerusform>seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n calendar events to %1.</source>
        <translation>
            <numerusform>%n Kalendertermin nach %1 geschrieben.</numerusform>
            <numerusform>%n Kalendertermine nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../journal_app/ui/widgets/date_field.py" line="+171"/>
        <source>“%1” is not a date: type it like %2 or %3.</source>
        <translation>„%1“ ist kein Datum: Geben Sie es wie %2 oder %3 ein.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 is in the future: a day can be logged once it has come.</source>
        <extracomment>A two-digit year names 19yy from here on, else 20yy.</extracomment>
        <translation>%1 liegt in der Zukunft: Ein Tag kann erfasst werden, sobald er gekommen ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is too early: the earliest date is %2.</source>
        <translation>%1 ist zu früh: Das früheste Datum ist %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a date: type it like %2.</source>
        <translation>„%1“ ist kein Datum: Geben Sie es wie %2 ein.</translation>
    </message>
</context>
<context>
    <name>DayForm</name>
    <message>
        <location filename="../../journal_app/ui/widgets/day_form.py" line="+85"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>not logged</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+417"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="-409"/>
        <location line="+410"/>
        <source>&amp;Spasm severity</source>
        <translation>Stärke der &amp;Spasmen</translation>
    </message>
    <message>
        <location line="-409"/>
        <location line="+410"/>
        <source>He&amp;adache severity</source>
        <translation>Stärke der &amp;Kopfschmerzen</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>0 = no spasms or no headache that day; 10 = the worst.</source>
        <translation>0 = an diesem Tag keine Spasmen bzw. keine Kopfschmerzen; 10 = am stärksten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+405"/>
        <source>Hours of headache</source>
        <translation>Stunden mit Kopfschmerzen</translation>
    </message>
    <message>
        <location line="-404"/>
        <location line="+405"/>
        <source>Spasm episodes</source>
        <translation>Spasmus-Episoden</translation>
    </message>
    <message>
        <location line="-392"/>
        <source>e.g. stress; poor sleep</source>
        <translation>z. B. Stress; schlecht geschlafen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+394"/>
        <source>T&amp;riggers</source>
        <translation>Aus&amp;löser</translation>
    </message>
    <message>
        <location line="-390"/>
        <location line="+391"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="-379"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save day</source>
        <translation>Tag speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Enter, or Ctrl+Return in the notes)</source>
        <translation>Speichern (Eingabe, oder Strg+Eingabe in den Notizen)</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+258"/>
        <source>Acute medication taken (doses)</source>
        <translation>Eingenommene Akutmedikation (Dosen)</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Not recorded for this day.</source>
        <translation>Für diesen Tag nicht erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>None taken</source>
        <translation>Keine eingenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that no acute medication was taken on this day</source>
        <translation>Erfassen, dass an diesem Tag keine Akutmedikation eingenommen wurde</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+219"/>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Describe the other side effect</source>
        <translation>Andere Nebenwirkung beschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other side effect</source>
        <translation>Andere Nebenwirkung</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Nothing to save yet: fill in at least one field.</source>
        <translation>Noch nichts zu speichern: Füllen Sie mindestens ein Feld aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 first?</source>
        <translation>Zuerst die Änderungen am %1 speichern?</translation>
    </message>
</context>
<context>
    <name>EntriesTableModel</name>
    <message>
        <location filename="../../journal_app/ui/models/entries_model.py" line="+67"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasm</source>
        <translation>Spasmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headache hours</source>
        <translation>Kopfschmerzstunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spasm episodes</source>
        <translation>Spasmus-Episoden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Medication</source>
        <translation>Medikation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Other: %1</source>
        <extracomment>Sorting value of a number that was not logged: below every logged value (all are &gt;= 0).</extracomment>
        <translation>Sonstige: %1</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/entry_dialog.py" line="+18"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/goals_dialog.py" line="+146"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add goal</source>
        <translation>Ziel &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Track:</source>
        <translation>&amp;Behandlungsbereich:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Goals you want the treatment to help with, in your own words. Each check-in asks how far you got with the active ones (at most %1 a track). Untick Active to set a goal aside and keep its ratings; Remove deletes it with its ratings.</source>
        <translation>Ziele, bei denen Ihnen die Behandlung helfen soll, in Ihren eigenen Worten. Jede Rückmeldung fragt, wie weit Sie bei den aktiven Zielen gekommen sind (höchstens %1 je Bereich). Entfernen Sie das Häkchen bei Aktiv, um ein Ziel beiseitezulegen und seine Bewertungen zu behalten; Entfernen löscht es mitsamt seinen Bewertungen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 has %2 active goals already: untick Active on one of them first, or keep this one inactive.</source>
        <translation>%1 hat bereits %2 aktive Ziele: Entfernen Sie zuerst bei einem davon das Häkchen bei Aktiv, oder lassen Sie dieses inaktiv.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, goal %2: %3. Type the goal, or remove it.</source>
        <translation>%1, Ziel %2: %3. Geben Sie das Ziel ein oder entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1. Give each goal of a track its own words.</source>
        <translation>%1. Geben Sie jedem Ziel eines Bereichs eigene Worte.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/help_dialog.py" line="+36"/>
        <source>User guide</source>
        <extracomment>The guide as bundled (a copy of docs/user-guide.md; tests keep the two the same).</extracomment>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>InjectionDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/injection_dialog.py" line="+77"/>
        <source>Edit injection</source>
        <translation>Injektion bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record injection</source>
        <translation>Injektion erfassen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> units</source>
        <translation> Einheiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. forehead, temples, neck</source>
        <translation>z. B. Stirn, Schläfen, Nacken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use default &amp;windows</source>
        <translation>Standard-&amp;Zeitfenster verwenden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Product:</source>
        <translation>&amp;Präparat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Units of different products are not interchangeable and are never converted.</source>
        <translation>Einheiten verschiedener Präparate sind nicht austauschbar und werden nie umgerechnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Indication:</source>
        <translation>&amp;Indikation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites:</source>
        <translation>Injektions&amp;stellen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clinician:</source>
        <translation>Ä&amp;rztin/Arzt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lot number:</source>
        <translation>&amp;Chargennummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Expected windows</source>
        <translation>Erwartete Zeitfenster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onset &amp;from:</source>
        <translation>Wirkungseintritt &amp;ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onset &amp;to:</source>
        <translation>Wirkungseintritt &amp;bis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Re-injection from:</source>
        <translation>&amp;Folgeinjektion ab:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;e-injection to:</source>
        <translation>F&amp;olgeinjektion bis:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expected windows as dates</source>
        <translation>Erwartete Zeitfenster als Daten</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Defaults from patient guidance on botulinum toxin treatment; editable for this injection. This journal is not medical advice.</source>
        <translation>Standardwerte aus Patienteninformationen zur Behandlung mit Botulinumtoxin; für diese Injektion änderbar. Dieses Tagebuch ist keine ärztliche Beratung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default onset from %1, the other defaults from patient guidance on botulinum toxin treatment; editable for this injection. This journal is not medical advice.</source>
        <translation>Standard-Wirkungseintritt laut %1, die übrigen Standardwerte laut Patienteninformationen zur Behandlung mit Botulinumtoxin; für diese Injektion änderbar. Dieses Tagebuch ist keine ärztliche Beratung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Onset expected %1 – %2; re-injection window %3 – %4.</source>
        <translation>Wirkungsbeginn erwartet %1 – %2; Zeitfenster für die nächste Injektion %3 – %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>This is %n days before the injection of %1.</source>
        <translation>
            <numerusform>Das ist %n Tag vor der Injektion vom %1.</numerusform>
            <numerusform>Das sind %n Tage vor der Injektion vom %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This is %n days after the injection of %1.</source>
        <translation>
            <numerusform>Das ist %n Tag nach der Injektion vom %1.</numerusform>
            <numerusform>Das sind %n Tage nach der Injektion vom %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-injecting sooner than 12 weeks raises the risk of neutralising antibodies (clinical literature).</source>
        <translation>Eine Folgeinjektion vor Ablauf von 12 Wochen erhöht das Risiko neutralisierender Antikörper (klinische Fachliteratur).</translation>
    </message>
</context>
<context>
    <name>InjectionsTableModel</name>
    <message>
        <location filename="../../journal_app/ui/models/injections_model.py" line="+46"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sites</source>
        <translation>Injektionsstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinician</source>
        <translation>Ärztin/Arzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected onset</source>
        <translation>Erwarteter Wirkungseintritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-injection window</source>
        <translation>Zeitfenster Folgeinjektion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1–%2 days</source>
        <extracomment>Window sort values combine start and end as start * _WINDOW_SORT_BASE + end (end &lt; base).</extracomment>
        <translation>%1–%2 Tage</translation>
    </message>
</context>
<context>
    <name>JournalFiles</name>
    <message>
        <location filename="../../journal_app/ui/journal_files.py" line="+110"/>
        <source>Cannot open journal</source>
        <translation>Tagebuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <source>New journal</source>
        <translation>Neues Tagebuch</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 already exists. Choose another name, or open it with File › Open.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei › Öffnen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open journal read-only</source>
        <translation>Tagebuch schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo journal</source>
        <translation>Demo-Tagebuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is generated demo data, not a real patient&apos;s.</source>
        <translation>Dies sind erzeugte Demodaten, nicht die einer echten Person.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No recent journals</source>
        <translation>Keine zuletzt geöffneten Tagebücher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer there; it was removed from the list.</source>
        <translation>%1 ist nicht mehr vorhanden und wurde aus der Liste entfernt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy not saved</source>
        <translation>Kopie nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved a copy to %1.</source>
        <translation>Kopie gespeichert unter %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Backup not restored</source>
        <translation>Sicherung nicht wiederhergestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the backup %1.</source>
        <translation>Sicherung %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal it replaced is kept as %1.</source>
        <translation>Das ersetzte Tagebuch ist als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1

Open it read-only instead? You can look at everything but change nothing.</source>
        <translation>%1

Stattdessen schreibgeschützt öffnen? Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal in use</source>
        <translation>Tagebuch in Verwendung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore it? The damaged file is kept beside it.</source>
        <translation>Diese Sicherung wiederherstellen? Die beschädigte Datei wird daneben aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged journal</source>
        <translation>Beschädigtes Tagebuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../journal_app/ui/widgets/journal_page.py" line="+67"/>
        <location line="+7"/>
        <source>Daily entries</source>
        <translation>Tageseinträge</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Injections</source>
        <translation>Injektionen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Check-ins</source>
        <translation>Rückmeldungen</translation>
    </message>
</context>
<context>
    <name>JournalService</name>
    <message>
        <location filename="../../journal_app/services/journal.py" line="+212"/>
        <source>Save entry of %1</source>
        <extracomment>Check-ins, goals or goal ratings changed.</extracomment>
        <translation>Eintrag vom %1 speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete entry of %1</source>
        <translation>Eintrag vom %1 löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record injection of %1</source>
        <translation>Injektion vom %1 erfassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit injection of %1</source>
        <translation>Injektion vom %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete injection of %1</source>
        <translation>Injektion vom %1 löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save check-in of the injection of %1</source>
        <translation>Rückmeldung zur Injektion vom %1 speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete check-in of the injection of %1</source>
        <translation>Rückmeldung zur Injektion vom %1 löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>Edit goals</source>
        <translation>Ziele bearbeiten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journal_app/ui/main_window.py" line="+64"/>
        <location line="+1"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;New journal…</source>
        <translation>&amp;Neues Tagebuch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only…</source>
        <translation>Sch&amp;reibgeschützt öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo journal</source>
        <translation>&amp;Demo-Tagebuch öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from &amp;backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>Bericht &amp;exportieren (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print report…</source>
        <translation>Bericht dr&amp;ucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Ka&amp;lender exportieren (.ics)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export for c&amp;linics (FHIR)…</source>
        <translation>Für Kl&amp;iniken exportieren (FHIR)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit selected…</source>
        <translation>Auswahl &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient &amp;profile…</source>
        <translation>&amp;Patientenprofil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals…</source>
        <translation>&amp;Ziele…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;injection…</source>
        <translation>&amp;Injektion erfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Relief Journal</source>
        <translation>Ü&amp;ber Relief Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Onset, wear-off and the windows</source>
        <translation>&amp;Wirkungsbeginn, Nachlassen und die Zeitfenster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trends</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+9"/>
        <source>Injection not saved</source>
        <translation>Injektion nicht gespeichert</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Injection recorded.</source>
        <translation>Injektion erfasst.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the entry of %1</source>
        <translation>Eintrag vom %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the injection of %1</source>
        <translation>Injektion vom %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the check-in of the injection of %1</source>
        <translation>die Rückmeldung zur Injektion vom %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>%1 gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goals not saved</source>
        <translation>Ziele nicht gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undone: %1.</source>
        <translation>Rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redone: %1.</source>
        <translation>Wiederhergestellt: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the report to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <location filename="../../journal_app/ui/charts/monthly.py" line="+24"/>
        <source>Monthly headache and medication days chart</source>
        <translation>Diagramm der Kopfschmerz- und Medikamententage pro Monat</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1: %n headache days of %2 logged</source>
        <translation>
            <numerusform>%1: %n Kopfschmerztag von %2 erfassten</numerusform>
            <numerusform>%1: %n Kopfschmerztage von %2 erfassten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n moderate or severe</source>
        <translation>
            <numerusform>, davon %n mittelstark oder stark</numerusform>
            <numerusform>, davon %n mittelstark oder stark</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>partial month</source>
        <translation>unvollständiger Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medication not recorded</source>
        <translation>Medikation nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 %n days</source>
        <translation>
            <numerusform>%1: %n Tag</numerusform>
            <numerusform>%1: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source> (overuse)</source>
        <translation> (Übergebrauch)</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>any acute medication %n days</source>
        <translation>
            <numerusform>Akutmedikation insgesamt %n Tag</numerusform>
            <numerusform>Akutmedikation insgesamt %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlyFigure</name>
    <message>
        <location filename="../../journal_app/charts/monthly.py" line="+69"/>
        <location line="+84"/>
        <source>Headache days</source>
        <extracomment>Months shown at first; the rest of the journal is a pan away.</extracomment>
        <translation>Kopfschmerztage</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Medication days</source>
        <translation>Medikamententage</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>of which moderate or severe (4–10)</source>
        <translation>davon mittelstark oder stark (4–10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days logged</source>
        <translation>Erfasste Tage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partial month (fewer than 21 days logged)</source>
        <translation>Unvollständiger Monat (weniger als 21 Tage erfasst)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 headache days</source>
        <translation>%1 Kopfschmerztage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days: chronic migraine (ICHD-3)</source>
        <translation>%1 Tage: chronische Migräne (ICHD-3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any acute medication</source>
        <translation>Akutmedikation insgesamt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partial month</source>
        <translation>Unvollständiger Monat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overuse (outlined)</source>
        <translation>Übergebrauch (umrandet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medication not recorded</source>
        <translation>Medikation nicht erfasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days: overuse (simple analgesics)</source>
        <translation>%1 Tage: Übergebrauch (einfache Analgetika)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days: overuse (other classes, or several together)</source>
        <translation>%1 Tage: Übergebrauch (andere Klassen oder mehrere zusammen)</translation>
    </message>
</context>
<context>
    <name>NewJournalDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/journal_dialogs.py" line="+57"/>
        <location line="+56"/>
        <source>New journal</source>
        <extracomment>What File › New adds to a file name given without one of the journal extensions.</extracomment>
        <translation>Neues Tagebuch</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>A nickname is fine</source>
        <translation>Ein Spitzname genügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient&apos;s &amp;name:</source>
        <translation>&amp;Name des Patienten:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One journal per patient: the name shows in the title bar and in File › Open.</source>
        <translation>Ein Tagebuch pro Patient: Der Name steht in der Titelleiste und unter Datei › Öffnen.</translation>
    </message>
</context>
<context>
    <name>NoJournalPage</name>
    <message>
        <location filename="../../journal_app/ui/widgets/no_journal_page.py" line="+17"/>
        <source>No journal is open.</source>
        <translation>Es ist kein Tagebuch geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new journal…</source>
        <translation>Neues Tagebuch anlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a journal…</source>
        <translation>Tagebuch öffnen…</translation>
    </message>
</context>
<context>
    <name>OnsetWords</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/help_dialog.py" line="+25"/>
        <source>Botulinum toxin relaxes the injected muscles for a while; then its effect wears off and the next injection is due. The journal looks at your own logged days to see when that happens for you.</source>
        <translation>Botulinumtoxin entspannt die gespritzten Muskeln für eine Weile; dann lässt die Wirkung nach und die nächste Injektion ist fällig. Das Tagebuch sieht an Ihren eigenen erfassten Tagen, wann das bei Ihnen geschieht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Onset&lt;/b&gt; is the first day after an injection from which your symptoms stay at least 30% better than before, for a week. Relief often begins after about a week and usually shows within 2–4 weeks.</source>
        <translation>Der &lt;b&gt;Wirkungsbeginn&lt;/b&gt; ist der erste Tag nach einer Injektion, ab dem Ihre Beschwerden eine Woche lang um mindestens 30 % besser bleiben als vorher. Die Linderung beginnt oft nach etwa einer Woche und zeigt sich meist innerhalb von 2–4 Wochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Wear-off&lt;/b&gt; is the first day after the onset from which the symptoms stay less than 30% better for a week: the effect has faded.</source>
        <translation>Das &lt;b&gt;Nachlassen&lt;/b&gt; ist der erste Tag nach dem Wirkungsbeginn, ab dem die Beschwerden eine Woche lang weniger als 30 % besser sind: Die Wirkung ist abgeklungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &lt;b&gt;expected onset window&lt;/b&gt; and the &lt;b&gt;re-injection window&lt;/b&gt; are the days after an injection in which relief usually starts and in which the next injection is usually given, from patient guidance on botulinum toxin treatment. Your clinician may agree other windows with you: change them in Preferences or for one injection.</source>
        <translation>Das &lt;b&gt;erwartete Zeitfenster für den Wirkungsbeginn&lt;/b&gt; und das &lt;b&gt;Zeitfenster für die nächste Injektion&lt;/b&gt; sind die Tage nach einer Injektion, in denen die Linderung gewöhnlich beginnt und die nächste Injektion gewöhnlich gegeben wird, nach Patienteninformationen zur Behandlung mit Botulinumtoxin. Ihre Ärztin oder Ihr Arzt kann andere Zeitfenster mit Ihnen vereinbaren: Ändern Sie sie in den Einstellungen oder für eine einzelne Injektion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal says what your days show; it is not medical advice. Talk to your clinician about your treatment.</source>
        <translation>Das Tagebuch sagt, was Ihre Tage zeigen; es ist keine medizinische Beratung. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über Ihre Behandlung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cycle: severity falls after the injection, then rises again.</source>
        <translation>Ein Zyklus: Die Stärke sinkt nach der Injektion und steigt dann wieder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Injection</source>
        <translation>Injektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected onset</source>
        <translation>Erwarteter Wirkungseintritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-injection window</source>
        <translation>Zeitfenster Folgeinjektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onset: 30% better</source>
        <translation>Wirkungsbeginn: 30 % besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear-off</source>
        <translation>Wirkungsende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your symptom level</source>
        <translation>Ihre Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after the injection</source>
        <translation>Tage nach der Injektion</translation>
    </message>
</context>
<context>
    <name>OpenJournalDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/journal_dialogs.py" line="+47"/>
        <source>Open journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journals</source>
        <translation>Tagebücher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;read-only (look, change nothing)</source>
        <translation>&amp;Schreibgeschützt öffnen (ansehen, nichts ändern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open read-only (look, change nothing)</source>
        <translation>Schreibgeschützt öffnen (ansehen, nichts ändern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another &amp;file…</source>
        <translation>Andere &amp;Datei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file…</source>
        <translation>Andere Datei…</translation>
    </message>
</context>
<context>
    <name>OverlayChart</name>
    <message>
        <location filename="../../journal_app/ui/charts/overlay.py" line="+25"/>
        <source>Cycles overlaid chart</source>
        <translation>Diagramm der überlagerten Zyklen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day %1 after injection</source>
        <translation>Tag %1 nach der Injektion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>median %1 (middle half %2–%3)</source>
        <translation>Median %1 (mittlere Hälfte %2–%3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 at week 4</source>
        <extracomment>%1 the patient&apos;s impression of change, e.g. &quot;Much better&quot;.</extracomment>
        <translation>%1 in Woche 4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 before the next injection</source>
        <translation>%1 vor der nächsten Injektion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you reported it wore off on day %1</source>
        <translation>laut Ihrer Angabe ließ die Wirkung an Tag %1 nach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>detected: day %1</source>
        <translation>erkannt: Tag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none detected</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, your check-ins: %2</source>
        <extracomment>%1 a session&apos;s date (the cycle&apos;s name); %2 what the patient&apos;s check-ins said of it.</extracomment>
        <translation>%1, Ihre Rückmeldungen: %2</translation>
    </message>
</context>
<context>
    <name>OverlayFigure</name>
    <message>
        <location filename="../../journal_app/charts/overlay.py" line="+62"/>
        <source>Days since injection</source>
        <translation>Tage seit der Injektion</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+196"/>
        <source>Expected onset</source>
        <translation>Erwarteter Wirkungseintritt</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+194"/>
        <source>Re-injection window</source>
        <translation>Zeitfenster Folgeinjektion</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Days since injection; each line a %1-day centred mean</source>
        <translation>Tage seit der Injektion; jede Linie ein zentriertes %1-Tage-Mittel</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Reference, the 28 days before the course: %1</source>
        <translation>Referenz, die 28 Tage vor der Behandlungsserie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference, the level before treatment (profile): %1</source>
        <translation>Referenz, das Niveau vor der Behandlung (Profil): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference, the 14 days before the latest injection: %1</source>
        <translation>Referenz, die 14 Tage vor der letzten Injektion: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (latest)</source>
        <translation>%1 (letzter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier cycles (%1)</source>
        <translation>Frühere Zyklen (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Median of %1 cycles</source>
        <translation>Median von %1 Zyklen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Middle half of the cycles</source>
        <translation>Mittlere Hälfte der Zyklen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>30% better than the reference: %1</source>
        <translation>30&#xa0;% besser als die Referenz: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Relief began (onset)</source>
        <translation>Linderung begann (Wirkungseintritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wore off</source>
        <translation>Wirkung ließ nach</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wear-off you reported</source>
        <translation>Nachlassen laut Ihrer Angabe</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/preferences_dialog.py" line="+64"/>
        <source>Preferences</source>
        <extracomment>Ranges of the retention counts: a daily backup is always kept (today&apos;s).</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Preferences pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected &amp;windows</source>
        <translation>Erwartete &amp;Zeitfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Put this page&apos;s settings back to the app&apos;s own</source>
        <translation>Die Einstellungen dieser Seite auf die der App zurücksetzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Expected onset&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erwarteter Wirkungseintritt&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Re-injection window&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeitfenster Folgeinjektion&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Check-up&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontrolltermin&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Indication&lt;/b&gt;</source>
        <translation>&lt;b&gt;Indikation&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Days after an injection. A newly recorded injection starts with the windows of its indication, and you can still change them for that one injection. Injections already recorded keep their own.</source>
        <translation>Tage nach einer Injektion. Eine neu erfasste Injektion beginnt mit den Zeitfenstern ihrer Indikation; für diese eine Injektion können Sie sie noch ändern. Bereits erfasste Injektionen behalten ihre eigenen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: expected onset from</source>
        <translation>%1: erwarteter Wirkungseintritt ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: expected onset to</source>
        <translation>%1: erwarteter Wirkungseintritt bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: re-injection window from</source>
        <translation>%1: Zeitfenster Folgeinjektion ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: re-injection window to</source>
        <translation>%1: Zeitfenster Folgeinjektion bis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>default onset %1–%2 days: %3</source>
        <translation>Standard-Wirkungseintritt %1–%2 Tage: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No check-up is planned for migraine.</source>
        <translation>Für Migräne ist kein Kontrolltermin vorgesehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check-up %1 days after each injection; not changed here.</source>
        <translation>Ein Kontrolltermin %1 Tage nach jeder Injektion; wird hier nicht geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the defaults come from: each default onset names its source above; the re-injection windows and the check-up after a spasm injection follow patient guidance on botulinum toxin treatment. Check-ups stay at %1 days after each spasm injection; they are not set here. Re-injecting sooner than 12 weeks raises the risk of neutralising antibodies (clinical literature on neutralising antibodies to botulinum toxin), so the journal warns about any injection less than %2 days from another session, before or after it (%3 days for chronic migraine, where its re-injection window opens), whatever these windows say. This journal is not medical advice: agree your windows with your clinician.</source>
        <translation>Woher die Standardwerte stammen: Jeder Standard-Wirkungseintritt nennt oben seine Quelle; die Zeitfenster für die Folgeinjektion und der Kontrolltermin nach einer Injektion gegen Spasmen folgen Patienteninformationen zur Behandlung mit Botulinumtoxin. Kontrolltermine bleiben bei %1 Tagen nach jeder Injektion gegen Spasmen; sie werden hier nicht festgelegt. Eine Folgeinjektion vor Ablauf von 12 Wochen erhöht das Risiko neutralisierender Antikörper (klinische Fachliteratur zu neutralisierenden Antikörpern gegen Botulinumtoxin); deshalb warnt das Tagebuch bei jeder Injektion, die weniger als %2 Tage vor oder nach einer anderen Sitzung liegt (%3 Tage bei chronischer Migräne, wo sich ihr Zeitfenster für die Folgeinjektion öffnet), unabhängig von diesen Zeitfenstern. Dieses Tagebuch ist keine ärztliche Beratung: Stimmen Sie Ihre Zeitfenster mit Ihrer Ärztin oder Ihrem Arzt ab.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Daily backups kept:</source>
        <translation>Aufbewahrte &amp;tägliche Sicherungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;eekly backups kept:</source>
        <translation>Aufbewahrte &amp;wöchentliche Sicherungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly backups kept:</source>
        <translation>Aufbewahrte &amp;monatliche Sicherungen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first time a journal is opened each day, a copy of it is taken into a hidden folder beside it. Older copies are thinned out: the newest copy of each of the last few days, weeks and months is kept, as many as set below, and copies taken before an upgrade of the app are always kept. Put one back with File › Restore from backup.</source>
        <translation>Beim ersten Öffnen eines Tagebuchs an einem Tag wird eine Kopie in einem versteckten Ordner daneben angelegt. Ältere Kopien werden ausgedünnt: Die neueste Kopie jedes der letzten Tage, Wochen und Monate bleibt erhalten, so viele wie unten eingestellt, und Kopien vor einem Update der App bleiben immer erhalten. Zurückholen lässt sich eine Kopie mit Datei › Aus Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes apply from the next time a journal is opened.</source>
        <translation>Änderungen gelten ab dem nächsten Öffnen eines Tagebuchs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Remind me to log the day, at</source>
        <translation>An das Erfassen des Tages erinnern, um</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me a week before a re-injection window opens</source>
        <translation>Eine Woche vor dem Zeitfenster für die nächste Injektion erinnern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The daily reminder stays silent once the day is logged. Reminders come as desktop notifications from the tray icon, also while the window is closed: with a reminder on, the app starts in the tray when you log in.</source>
        <translation>Die tägliche Erinnerung bleibt still, wenn der Tag schon erfasst ist. Erinnerungen kommen als Desktop-Benachrichtigungen vom Symbol im Infobereich, auch bei geschlossenem Fenster: Mit einer Erinnerung startet die App bei der Anmeldung im Infobereich.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/profile_dialog.py" line="+54"/>
        <source>Patient profile</source>
        <extracomment>Shown in the (disabled) date field while the date of birth is not known.</extracomment>
        <translation>Patientenprofil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A nickname is fine</source>
        <translation>Ein Spitzname genügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth &amp;known</source>
        <translation>Geburtsdatum &amp;bekannt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not entered</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Patient &amp;name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic &amp;patient ID:</source>
        <translation>&amp;Patientennummer der Praxis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treating &amp;clinician:</source>
        <translation>Behandelnde Ä&amp;rztin/Arzt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing else personal is asked for; everything stays in this journal file on this computer.</source>
        <translation>Weitere persönliche Angaben werden nicht abgefragt; alles bleibt in dieser Tagebuchdatei auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Before treatment began (optional)</source>
        <translation>Vor Beginn der Behandlung (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usual &amp;spasm severity (0–10):</source>
        <translation>Übliche &amp;Stärke der Spasmen (0–10):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headache days a month (0–31):</source>
        <translation>&amp;Kopfschmerztage pro Monat (0–31):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For treatment that began before this journal: cycles are judged against these levels when too few days were logged before the first injection.</source>
        <translation>Falls die Behandlung vor diesem Tagebuch begann: Die Zyklen werden an diesen Werten gemessen, wenn vor der ersten Injektion zu wenige Tage erfasst wurden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>“%1” is not a whole number: type one from %2 to %3, or leave it empty.</source>
        <translation>„%1“ ist keine ganze Zahl: Geben Sie eine von %2 bis %3 ein oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../journal_app/ui/widgets/reminders.py" line="+77"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log today</source>
        <translation>Heute erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders dismissed for today.</source>
        <translation>Erinnerungen für heute ausgeblendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today is logged; nothing else is due.</source>
        <translation>Heute ist erfasst; sonst ist nichts fällig.</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <location filename="../../journal_app/ui/notifications.py" line="+117"/>
        <source>Today is not logged yet. A few seconds will do.</source>
        <extracomment>A re-injection window is announced this many days before it opens.</extracomment>
        <translation>Heute ist noch nicht erfasst. Ein paar Sekunden genügen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your re-injection window for %1 opens on %2 (%3).</source>
        <translation>Ihr Injektionsfenster für %1 öffnet sich am %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <location filename="../../journal_app/report/text.py" line="+33"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln days logged in the range (%2)</source>
        <translation>
            <numerusform>%1 von %Ln Tag im Zeitraum erfasst (%2)</numerusform>
            <numerusform>%1 von %Ln Tagen im Zeitraum erfasst (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln cycles</source>
        <translation>
            <numerusform>%Ln Zyklus</numerusform>
            <numerusform>%Ln Zyklen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/report_dialog.py" line="+68"/>
        <source>Clinician report</source>
        <translation>Bericht für die Ärztin/den Arzt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Include the patient&apos;s notes</source>
        <translation>Notizen der Patientin/des Patienten einschließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cycles table</source>
        <translation>Tabelle der Zyklen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycles overlaid chart</source>
        <translation>Diagramm der überlagerten Zyklen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection history</source>
        <translation>Injektionsverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache and medication days per month</source>
        <translation>Kopfschmerz- und Medikamententage pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar of severities</source>
        <translation>Kalender der Beschwerdestärke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the one-page summary</source>
        <translation>Nach der einseitigen Zusammenfassung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A one-page summary for the clinician, then the details chosen below. Notes are the patient&apos;s own words: they are left out unless included.</source>
        <translation>Eine einseitige Zusammenfassung für die Ärztin oder den Arzt, danach die unten gewählten Details. Notizen sind die eigenen Worte der Patientin oder des Patienten: Sie werden nur auf Wunsch aufgenommen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For a clinic whose records system imports patient data: File › Export for clinics (FHIR) writes the journal as a FHIR R4 file instead of a PDF.</source>
        <translation>Für eine Klinik, deren Praxissystem Patientendaten importiert: Datei › Für Kliniken exportieren (FHIR) schreibt das Tagebuch als FHIR-R4-Datei statt als PDF.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 report %2</source>
        <extracomment>A file name: %1 is the patient&apos;s name, %2 today&apos;s date as YYYY-MM-DD.</extracomment>
        <translation>%1 Bericht %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/restore_dialog.py" line="+10"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no backups of this journal yet. One is taken automatically each day the journal is opened.</source>
        <translation>Von diesem Tagebuch gibt es noch keine Sicherungen. An jedem Tag, an dem es geöffnet wird, wird automatisch eine angelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a copy to put in place of %1. The journal as it is now is kept beside it as a separate file, so nothing is lost.</source>
        <translation>Wählen Sie eine Kopie, die an die Stelle von %1 treten soll. Das Tagebuch in seinem jetzigen Zustand bleibt als eigene Datei daneben erhalten, es geht also nichts verloren.</translation>
    </message>
</context>
<context>
    <name>SeverityScale</name>
    <message>
        <location filename="../../journal_app/ui/widgets/severity_input.py" line="+144"/>
        <source>Severity %1</source>
        <translation>Stärke %1</translation>
    </message>
</context>
<context>
    <name>SeveritySpinBox</name>
    <message>
        <location line="-114"/>
        <source>not logged</source>
        <extracomment>Why a keystroke was refused (empty once a valid one follows).</extracomment>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” is not a severity: type a whole number from 0 to 10.</source>
        <extracomment>What has been typed since a keystroke was refused (&quot;-1&quot;): all of it is refused.</extracomment>
        <translation>„%1“ ist keine Stärke: Geben Sie eine ganze Zahl von 0 bis 10 ein.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/shortcuts_dialog.py" line="+50"/>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Go to today&apos;s form, spasm severity focused</source>
        <translation>Zum heutigen Formular, Stärke der Spasmen ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 – 10</source>
        <translation>0 – 10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a number to set the focused severity</source>
        <translation>Eine Zahl tippen, um die ausgewählte Stärke festzulegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the focused severity (not logged)</source>
        <translation>Ausgewählte Stärke löschen (nicht erfasst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move from spasm to headache severity, and on through the form</source>
        <translation>Von der Stärke der Spasmen zur Stärke der Kopfschmerzen und weiter durch das Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a date: in your usual format or as 2026-11-21</source>
        <translation>Datum eingeben: im gewohnten Format oder als 2026-11-21</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the day (Enter outside the notes, Ctrl+Return anywhere)</source>
        <translation>Tag speichern (Eingabe außerhalb der Notizen, Strg+Eingabe überall)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record an injection</source>
        <translation>Eine Injektion erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the clinician report (PDF)</source>
        <translation>Den Bericht für die Ärztin oder den Arzt exportieren (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo / redo</source>
        <translation>Rückgängig / wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected entry or injection</source>
        <translation>Den ausgewählten Eintrag oder die ausgewählte Injektion löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open / new journal</source>
        <translation>Tagebuch öffnen / neu anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the journal</source>
        <translation>Eine Kopie des Tagebuchs speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys, Page Up / Page Down, Home</source>
        <translation>Pfeiltasten, Bild auf / Bild ab, Pos1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Trends calendar: move a day, a week or a month; Home goes to today</source>
        <translation>Im Kalender unter „Verlauf“: einen Tag, eine Woche oder einen Monat weiter; Pos1 springt zu heute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../journal_app/ui/widgets/status_panel.py" line="+98"/>
        <source>Current treatment</source>
        <translation>Aktuelle Behandlung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures as of</source>
        <translation>Zahlen mit Stand vom</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Expected windows: patient guidance on botulinum toxin treatment. This journal is not medical advice.</source>
        <translation>Erwartete Zeitfenster: Patienteninformationen zur Behandlung mit Botulinumtoxin. Dieses Tagebuch ist keine ärztliche Beratung.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Record one with Ctrl+I.</source>
        <translation>Erfassen Sie eine mit Strg+I.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the next injection with Ctrl+I when it is given.</source>
        <translation>Erfassen Sie die nächste Injektion mit Strg+I, sobald sie gegeben wurde.</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../journal_app/ui/charts/timeline.py" line="+34"/>
        <source>Timeline chart</source>
        <translation>Diagramm der Zeitachse</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not logged</source>
        <translation>%1: nicht erfasst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1-day mean %2)</source>
        <translation> (%1-Tage-Mittel %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>injection: %1</source>
        <translation>Injektion: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day %1 after %2 (%3)</source>
        <translation>Tag %1 nach %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected onset window</source>
        <translation>Zeitfenster erwarteter Wirkungseintritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>re-injection window</source>
        <translation>Zeitfenster Folgeinjektion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-up due</source>
        <translation>Kontrolltermin fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TimelineFigure</name>
    <message>
        <location filename="../../journal_app/charts/timeline.py" line="+99"/>
        <source>Severity (0–10)</source>
        <extracomment>The bands and lines reach this far in y; the view never shows more.</extracomment>
        <translation>Stärke (0–10)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Last entry</source>
        <translation>Letzter Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2-day centred mean)</source>
        <translation>%1 (zentriertes %2-Tage-Mittel)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (daily)</source>
        <translation>%1 (täglich)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Injection</source>
        <translation>Injektion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected onset</source>
        <translation>Erwarteter Wirkungseintritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-injection window</source>
        <translation>Zeitfenster Folgeinjektion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check-up due</source>
        <translation>Kontrolltermin fällig</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../journal_app/ui/widgets/today_page.py" line="+83"/>
        <source>This journal is open read-only: you can look at every day, but not change anything.</source>
        <extracomment>The notices (a check-in card among them) keep this share of the screen&apos;s height in view when the window is too small for them and the form: the form&apos;s Save row needs the rest. … and take at most this share of the page, however long they are.</extracomment>
        <translation>Dieses Tagebuch ist schreibgeschützt geöffnet: Sie können jeden Tag ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&lt;b&gt;Welcome to Relief Journal.&lt;/b&gt; Log today below, or look around a demo journal with three years of generated data to see what the charts show.</source>
        <translation>&lt;b&gt;Willkommen bei Relief Journal.&lt;/b&gt; Erfassen Sie den heutigen Tag unten, oder sehen Sie sich ein Demo-Tagebuch mit drei Jahren erzeugter Daten an, um zu sehen, was die Diagramme zeigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the demo journal</source>
        <translation>Demo-Tagebuch öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, thanks</source>
        <translation>Nein, danke</translation>
    </message>
</context>
<context>
    <name>TrackCard</name>
    <message>
        <location filename="../../journal_app/ui/widgets/status_panel.py" line="-117"/>
        <source>This cycle</source>
        <translation>Dieser Zyklus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next injection</source>
        <translation>Nächste Injektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track summary</source>
        <translation>Zusammenfassung der Zyklen</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../journal_app/ui/tray.py" line="+24"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../journal_app/ui/widgets/trends_page.py" line="+188"/>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cycles overlaid</source>
        <translation>Zyklen überlagert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Monthly</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Trends view</source>
        <translation>Verlaufsansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Save chart…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read-out</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expected windows: patient guidance on botulinum toxin treatment. Self-reported journal, not medical advice.</source>
        <translation>Erwartete Zeitfenster: Patienteninformationen zur Behandlung mit Botulinumtoxin. Selbst geführtes Tagebuch, keine ärztliche Beratung.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spasm days</source>
        <translation>Spasmen täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spasm mean</source>
        <translation>Mittel Spasmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache days</source>
        <translation>Kopfschmerzen täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache mean</source>
        <translation>Mittel Kopfschmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected windows</source>
        <translation>Erwartete Zeitfenster</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare cycles of:</source>
        <translation>Zyklen vergleichen für:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Course:</source>
        <translation>Behandlungsserie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The latest cycle is drawn thick; earlier ones fade with age.</source>
        <translation>Der letzte Zyklus ist kräftig gezeichnet; frühere verblassen mit dem Alter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag sideways for earlier months; scroll to zoom. Outlined bars: overuse.</source>
        <translation>Zur Seite ziehen für frühere Monate; scrollen zum Zoomen. Umrandete Balken: Übergebrauch.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Previous 12 months</source>
        <translation>Vorherige 12 Monate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next 12 months</source>
        <translation>Nächste 12 Monate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Colour by:</source>
        <translation>Färben nach:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrow keys move between days; Home goes to today.</source>
        <translation>Pfeiltasten wechseln den Tag; Pos1 springt zu heute.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Log a few days and an injection to see trends here</source>
        <translation>Erfassen Sie einige Tage und eine Injektion, um hier den Verlauf zu sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the Today tab (Ctrl+T) to log a day, Ctrl+I to record an injection.</source>
        <translation>Mit dem Reiter „Heute“ (Strg+T) erfassen Sie einen Tag, mit Strg+I eine Injektion.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No injection recorded yet</source>
        <translation>Noch keine Injektion erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an injection (Ctrl+I) to compare how each cycle goes.</source>
        <translation>Erfassen Sie eine Injektion (Strg+I), um den Verlauf der Zyklen zu vergleichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not enough days logged after an injection yet</source>
        <translation>Nach einer Injektion sind noch nicht genug Tage erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cycle&apos;s curve appears once about a week is logged after an injection.</source>
        <translation>Die Kurve eines Zyklus erscheint, sobald nach einer Injektion etwa eine Woche erfasst ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, from %2</source>
        <translation>%1, ab %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No days logged yet</source>
        <translation>Noch keine Tage erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache and medication days per month appear once days are logged.</source>
        <translation>Kopfschmerz- und Medikamententage pro Monat erscheinen, sobald Tage erfasst sind.</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Point at the chart to read a day&apos;s values.</source>
        <translation>Zeigen Sie auf das Diagramm, um die Werte eines Tages abzulesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Point at the chart to compare a day across cycles.</source>
        <translation>Zeigen Sie auf das Diagramm, um einen Tag über die Zyklen zu vergleichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Point at a month to read its counts.</source>
        <translation>Zeigen Sie auf einen Monat, um seine Werte abzulesen.</translation>
    </message>
    <message>
        <location line="+443"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be saved to %1:
%2</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden:
%2</translation>
    </message>
</context>
<context>
    <name>TrendsWords</name>
    <message>
        <location filename="../../journal_app/ui/widgets/trends_words.py" line="+79"/>
        <source>The answer in words</source>
        <translation>Die Antwort in Worten</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/dialogs/fhir_export.py" line="+69"/>
        <source>%n observations</source>
        <translation>
            <numerusform>%n Beobachtung</numerusform>
            <numerusform>%n Beobachtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n injections</source>
        <translation>
            <numerusform>%n Injektion</numerusform>
            <numerusform>%n Injektionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n Rückmeldung</numerusform>
            <numerusform>%n Rückmeldungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_GoalRow</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/goals_dialog.py" line="-215"/>
        <source>e.g. turn my head to drive</source>
        <translation>z. B. beim Autofahren den Kopf drehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Goal %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 active</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>_MessageCounts</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/errors.py" line="+76"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln injections</source>
        <translation>
            <numerusform>%Ln Injektion</numerusform>
            <numerusform>%Ln Injektionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TrackGoals</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/goals_dialog.py" line="+18"/>
        <source>No goals yet for this track.</source>
        <translation>Noch keine Ziele für diesen Bereich.</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <location filename="../../journal_app/wording/analysis.py" line="+48"/>
        <source>No entries since %1; figures are as of that day.</source>
        <translation>Keine Einträge seit %1; die Zahlen gelten für diesen Tag.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No lasting relief was detected in the latest cycles; injections have come every %1 days.</source>
        <translation>In den letzten Zyklen wurde keine anhaltende Linderung erkannt; die Injektionen kamen alle %1 Tage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relief usually starts around day %1 and holds until the next injection; injections have come every %2 days.</source>
        <translation>Die Linderung beginnt meist um Tag %1 und hält bis zur nächsten Injektion; die Injektionen kamen alle %2 Tage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relief usually starts around day %1 and wears off around day %2; injections have come every %3 days, leaving about %4 days without relief.</source>
        <translation>Die Linderung beginnt meist um Tag %1 und lässt um Tag %2 nach; die Injektionen kamen alle %3 Tage, so bleiben etwa %4 Tage ohne Linderung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: day %2 after your injection of %3; relief from the last injection was still holding when it was given.</source>
        <translation>%1: Tag %2 nach Ihrer Injektion vom %3; die Linderung der vorigen Injektion hielt noch an, als sie gegeben wurde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: day %2 after your injection of %3; relief started on day %4 and wore off on day %5.</source>
        <translation>%1: Tag %2 nach Ihrer Injektion vom %3; die Linderung begann an Tag %4 und ließ an Tag %5 nach.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: day %2 after your injection of %3; relief started on day %4.</source>
        <translation>%1: Tag %2 nach Ihrer Injektion vom %3; die Linderung begann an Tag %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: day %2 after your injection of %3; relief is expected to start %4 – %5.</source>
        <translation>%1: Tag %2 nach Ihrer Injektion vom %3; die Linderung wird zwischen %4 und %5 erwartet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: day %2 after your injection of %3; no lasting relief detected yet.</source>
        <translation>%1: Tag %2 nach Ihrer Injektion vom %3; noch keine anhaltende Linderung erkannt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Next injection window %1 – %2, %3.</source>
        <translation>Nächstes Injektionsfenster %1 – %2, %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next injection window %1 – %2, %3; check-up %4.</source>
        <translation>Nächstes Injektionsfenster %1 – %2, %3; Kontrolle am %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No complete cycle yet: the summary starts with the next injection.</source>
        <translation>Noch kein vollständiger Zyklus: Die Zusammenfassung beginnt mit der nächsten Injektion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No injection recorded yet.</source>
        <translation>Noch keine Injektion erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No current course of treatment: the latest injection, for %1 on %2, is long past its re-injection window.</source>
        <translation>Keine laufende Behandlung: Das Injektionsfenster der letzten Injektion (%1, %2) ist längst verstrichen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No reference to compare with: fewer than 7 days logged in the 4 weeks before this course, and no headache days before treatment in the profile.</source>
        <translation>Kein Vergleichswert: weniger als 7 erfasste Tage in den 4 Wochen vor dieser Behandlungsphase und keine Kopfschmerztage vor der Behandlung im Profil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference: %1 headache days per 28 days before treatment, from the profile.</source>
        <translation>Vergleichswert: %1 Kopfschmerztage pro 28 Tage vor der Behandlung, laut Profil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference: %1 headache days per 28 days in the 4 weeks before this course (%2 – %3).</source>
        <translation>Vergleichswert: %1 Kopfschmerztage pro 28 Tage in den 4 Wochen vor dieser Behandlungsphase (%2 – %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2 – %3): too few days with headache logged to count (%4 of the %5 needed).</source>
        <translation>%1 (%2 – %3): zu wenige Tage mit erfasstem Kopfschmerzwert (%4 von mindestens %5).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2 – %3): %4 headache days per 28 days; no reference to compare with.</source>
        <translation>%1 (%2 – %3): %4 Kopfschmerztage pro 28 Tage; kein Vergleichswert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2 – %3): %4 headache days per 28 days, %5% fewer than the reference: past both the 30% mark (NICE TA260) and the 50% mark (trials).</source>
        <translation>%1 (%2 – %3): %4 Kopfschmerztage pro 28 Tage, %5 % weniger als der Vergleichswert: erreicht die 30-%-Marke (NICE TA260) und die 50-%-Marke (Studien).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 – %3): %4 headache days per 28 days, %5% fewer than the reference: past the 30% mark (NICE TA260), short of the 50% mark (trials).</source>
        <translation>%1 (%2 – %3): %4 Kopfschmerztage pro 28 Tage, %5 % weniger als der Vergleichswert: erreicht die 30-%-Marke (NICE TA260), nicht die 50-%-Marke (Studien).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 – %3): %4 headache days per 28 days, about as many as the reference: short of the 30% mark (NICE TA260).</source>
        <translation>%1 (%2 – %3): %4 Kopfschmerztage pro 28 Tage, etwa so viele wie der Vergleichswert: erreicht die 30-%-Marke (NICE TA260) nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 – %3): %4 headache days per 28 days, %5% fewer than the reference: short of the 30% mark (NICE TA260).</source>
        <translation>%1 (%2 – %3): %4 Kopfschmerztage pro 28 Tage, %5 % weniger als der Vergleichswert: erreicht die 30-%-Marke (NICE TA260) nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 – %3): %4 headache days per 28 days, %5% more than the reference.</source>
        <translation>%1 (%2 – %3): %4 Kopfschmerztage pro 28 Tage, %5 % mehr als der Vergleichswert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After two cycles, also the latest complete cycle</source>
        <translation>Nach zwei Zyklen, zugleich der letzte vollständige Zyklus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After two cycles</source>
        <translation>Nach zwei Zyklen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest complete cycle</source>
        <translation>Letzter vollständiger Zyklus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 28 days</source>
        <translation>Letzte 28 Tage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Less than 30% fewer headache days after two cycles: one of the stopping criteria of NICE TA260.</source>
        <translation>Die Kopfschmerztage sind nach zwei Zyklen um weniger als 30 % gesunken: eines der Abbruchkriterien von NICE TA260.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fewer than %1 headache days a month for %2 consecutive months, %3 – %4: one of the stopping criteria of NICE TA260.</source>
        <translation>Weniger als %1 Kopfschmerztage im Monat in %2 aufeinanderfolgenden Monaten, %3 – %4: eines der Abbruchkriterien von NICE TA260.</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../journal_app/services/ics.py" line="+87"/>
        <source>Re-injection window: %1 (%2)</source>
        <extracomment>Days before a window opens (or a check-up) that the calendar reminds the patient.</extracomment>
        <translation>Zeitfenster Folgeinjektion: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The window in which the next injection for %1 is due: %2 to %3, after the injection of %4. Book it with your clinician.</source>
        <translation>Zeitfenster, in dem die nächste Injektion (%1) fällig ist: %2 bis %3, nach der Injektion vom %4. Vereinbaren Sie einen Termin bei Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check-up with a professional: %1</source>
        <translation>Kontrolltermin in der Praxis: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A check-up with a professional 12 weeks after the injection of %1 for %2.</source>
        <translation>Ein Kontrolltermin in der Praxis 12 Wochen nach der Injektion vom %1 (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From Relief Journal, a self-reported journal; not medical advice.</source>
        <translation>Aus Relief Journal, einem selbst geführten Tagebuch; keine ärztliche Beratung.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Injection windows and check-ups from the journal of %1</source>
        <translation>Injektionszeitfenster und Kontrolltermine aus dem Tagebuch von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a patient</source>
        <translation>einer Patientin oder eines Patienten</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../journal_app/ui/charts/export.py" line="+87"/>
        <source>Nothing could be written to %1</source>
        <extracomment>Saved PNGs are drawn at this multiple of the on-screen size, sharp on paper and in slides.</extracomment>
        <translation>In %1 konnte nichts geschrieben werden</translation>
    </message>
</context>
<context>
    <name>checkins</name>
    <message>
        <location filename="../../journal_app/wording/labels.py" line="+69"/>
        <source>Very much better</source>
        <extracomment>The patient global impression&apos;s answers, best first: the check-in card&apos;s words.</extracomment>
        <translation>Sehr viel besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Much better</source>
        <translation>Viel besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little better</source>
        <translation>Etwas besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change</source>
        <translation>Keine Veränderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little worse</source>
        <translation>Etwas schlechter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Much worse</source>
        <translation>Viel schlechter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very much worse</source>
        <translation>Sehr viel schlechter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>much less than expected</source>
        <extracomment>The goal-attainment scale&apos;s words, −2 to +2.</extracomment>
        <translation>viel weniger als erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than expected</source>
        <translation>weniger als erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as expected</source>
        <translation>wie erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than expected</source>
        <translation>mehr als erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>much more than expected</source>
        <translation>viel mehr als erwartet</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, on</source>
        <translation>Ja, am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week 4</source>
        <translation>Woche 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the next injection</source>
        <translation>Vor der nächsten Injektion</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../journal_app/domain/demo.py" line="+33"/>
        <source>Generated demo data: Alex Demo is a fictional patient, not a real person. Explore and change anything here; start a new journal for your own records.</source>
        <translation>Erzeugte Demodaten: Alex Demo ist eine erfundene Person, kein echter Mensch. Sehen Sie sich alles an und ändern Sie, was Sie möchten; für Ihre eigenen Aufzeichnungen legen Sie ein neues Tagebuch an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>31 sites: forehead, temples, back of head, neck, shoulders</source>
        <translation>31 Stellen: Stirn, Schläfen, Hinterkopf, Nacken, Schultern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left sternocleidomastoid, right splenius capitis, both trapezius</source>
        <translation>M. sternocleidomastoideus links, M. splenius capitis rechts, M. trapezius beidseits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left sternocleidomastoid, right splenius capitis, right levator scapulae</source>
        <translation>M. sternocleidomastoideus links, M. splenius capitis rechts, M. levator scapulae rechts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>stress</source>
        <extracomment>The dystonia product before and after the switch, with the usual doses of each. Share of the journal&apos;s span after which the dystonia product is switched.</extracomment>
        <translation>Stress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poor sleep</source>
        <translation>schlechter Schlaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>red wine</source>
        <translation>Rotwein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weather</source>
        <translation>Wetter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bright light</source>
        <translation>grelles Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped meal</source>
        <translation>ausgelassene Mahlzeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flu-like aches for a couple of days</source>
        <translation>Grippeähnliche Gliederschmerzen für ein paar Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long day at work.</source>
        <translation>Langer Arbeitstag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slept badly.</source>
        <translation>Schlecht geschlafen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck stiff in the morning.</source>
        <translation>Morgens steifer Nacken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good day overall.</source>
        <translation>Insgesamt ein guter Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head pulling to the left again.</source>
        <translation>Der Kopf zieht wieder nach links.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migraine woke me up.</source>
        <translation>Von Migräne aufgewacht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy weekend.</source>
        <translation>Volles Wochenende.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walked 5 km, felt fine.</source>
        <translation>5 km gelaufen, ging gut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heavy-headed, rain all day.</source>
        <translation>Schwerer Kopf, den ganzen Tag Regen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tremor worse when tired.</source>
        <translation>Zittern schlimmer bei Müdigkeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physio exercises done.</source>
        <translation>Physiotherapie-Übungen gemacht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen work made it worse.</source>
        <translation>Bildschirmarbeit hat es verschlimmert.</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>Back from holiday; didn&apos;t log while away.</source>
        <translation>Zurück aus dem Urlaub; unterwegs nichts erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injection day.</source>
        <translation>Injektionstag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still no real relief this cycle.</source>
        <translation>In diesem Zyklus noch keine echte Linderung.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Switched from abobotulinumtoxinA (Dysport) to incobotulinumtoxinA (Xeomin); units are not interchangeable.</source>
        <translation>Wechsel von abobotulinumtoxinA (Dysport) zu incobotulinumtoxinA (Xeomin); die Einheiten sind nicht austauschbar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>First treatment.</source>
        <translation>Erste Behandlung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back on treatment after a break of several months.</source>
        <translation>Nach einer mehrmonatigen Pause wieder in Behandlung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought forward before a trip.</source>
        <translation>Vor einer Reise vorgezogen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic rescheduled the appointment.</source>
        <translation>Die Praxis hat den Termin verlegt.</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/demo_checkins.py" line="+27"/>
        <source>Turn my head to check the mirror when driving</source>
        <translation>Beim Autofahren den Kopf drehen, um in den Spiegel zu schauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read for half an hour without my head pulling</source>
        <translation>Eine halbe Stunde lesen, ohne dass der Kopf zieht</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../journal_app/storage/probe.py" line="+62"/>
        <source>%1 is not a Relief Journal file (not a SQLite database).</source>
        <translation>%1 ist keine Relief-Journal-Datei (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%1 is a database of another application, not a Relief Journal.</source>
        <translation>%1 ist eine Datenbank einer anderen Anwendung, kein Relief-Journal-Tagebuch.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>%1 was written by a newer version of Relief Journal. Install the latest version to open it; the file has not been changed.</source>
        <translation>%1 wurde mit einer neueren Version von Relief Journal geschrieben. Installieren Sie die neueste Version, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>%1 is a %2, not a journal file.</source>
        <translation>%1 ist keine Tagebuchdatei (Art: %2).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 holds things Relief Journal does not make (%2), so it is not opened: nothing stored in it may run. The file has not been changed.</source>
        <translation>%1 enthält Dinge, die Relief Journal nicht anlegt (%2), und wird deshalb nicht geöffnet: Nichts darin Gespeichertes darf ausgeführt werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 is no longer there; it was moved or removed.</source>
        <translation>%1 ist nicht mehr vorhanden; die Datei wurde verschoben oder entfernt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is damaged and cannot be read. Restore it from a backup.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden. Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/db.py" line="+102"/>
        <location line="+7"/>
        <source>There is no journal at %1.</source>
        <translation>Unter %1 gibt es kein Tagebuch.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create %1: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/probe.py" line="-174"/>
        <source>%1 is a folder, not a journal file.</source>
        <translation>%1 ist ein Ordner, keine Tagebuchdatei.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/db.py" line="+6"/>
        <source>%1 is empty: there is no journal in it yet.</source>
        <translation>%1 ist leer: Es enthält noch kein Tagebuch.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has a write-ahead log beside it that is not its own (%2); it was not read. Opening the journal for changes sets it aside.</source>
        <translation>Neben %1 liegt ein Write-Ahead-Log, das nicht dazugehört (%2); es wurde nicht gelesen. Wenn Sie das Tagebuch zum Ändern öffnen, wird es beiseitegelegt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A write-ahead log beside %1 was not its own (left by another copy of the file, or by another journal); it was set aside as %2, unread.</source>
        <translation>Ein Write-Ahead-Log neben %1 gehörte nicht dazu (hinterlassen von einer anderen Kopie der Datei oder einem anderen Tagebuch); es wurde ungelesen als %2 beiseitegelegt.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is read-only, so changes cannot be saved. Open it read-only.</source>
        <translation>%1 ist schreibgeschützt, daher können keine Änderungen gespeichert werden. Öffnen Sie die Datei schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/probe.py" line="+185"/>
        <source>%1 cannot be opened for writing. Open it read-only.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden. Öffnen Sie die Datei schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/db.py" line="-53"/>
        <location filename="../../journal_app/storage/probe.py" line="+6"/>
        <source>%1 is busy in another program. Try again.</source>
        <translation>%1 wird gerade von einem anderen Programm verwendet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/lock.py" line="+294"/>
        <source>%1 is open for changes in another Relief Journal (process %2 on %3); close it there first.</source>
        <translation>%1 ist in einem anderen Relief Journal zum Bearbeiten geöffnet (Prozess %2 auf %3); schließen Sie es zuerst dort.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 is open for changes in another Relief Journal; close it there first.</source>
        <translation>%1 ist in einem anderen Relief Journal zum Bearbeiten geöffnet; schließen Sie es zuerst dort.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>%1 cannot be opened for changes: its lock file %2 is a link, which Relief Journal never follows. Remove the link and try again.</source>
        <translation>%1 kann nicht zum Ändern geöffnet werden: Die Sperrdatei %2 ist eine Verknüpfung, der Relief Journal nie folgt. Entfernen Sie die Verknüpfung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be changed: its folder %2 is read-only. Open it read-only to look at it.</source>
        <translation>%1 kann nicht geändert werden: Der Ordner %2 ist schreibgeschützt. Öffnen Sie die Datei schreibgeschützt, um sie anzusehen.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/db.py" line="+6"/>
        <location filename="../../journal_app/storage/lock.py" line="-52"/>
        <location line="+58"/>
        <source>%1 cannot be opened for changes: %2.</source>
        <translation>%1 kann nicht zum Bearbeiten geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../journal_app/storage/lock.py" line="+14"/>
        <location filename="../../journal_app/storage/probe.py" line="+2"/>
        <source>%1 could not be opened: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/backups.py" line="+158"/>
        <location line="+34"/>
        <location filename="../../journal_app/storage/online_copy.py" line="+31"/>
        <source>Cannot write a backup to %1: %2.</source>
        <translation>In %1 kann keine Sicherung geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/online_copy.py" line="-5"/>
        <source>%1 is a folder; give the backup a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie der Sicherung einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup to %1 failed: %2.</source>
        <translation>Die Sicherung nach %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is the journal itself; choose another file for the backup.</source>
        <translation>%1 ist das Tagebuch selbst; wählen Sie eine andere Datei für die Sicherung.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/repository.py" line="+501"/>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde die Änderung nicht gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal file or its folder is read-only, so the change was not saved.</source>
        <translation>Die Tagebuchdatei oder ihr Ordner ist schreibgeschützt, daher wurde die Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal is busy in another program, so the change was not saved. Try again.</source>
        <translation>Das Tagebuch wird gerade von einem anderen Programm verwendet, daher wurde die Änderung nicht gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal&apos;s disk could not be written (was it removed or made read-only?), so the change was not saved. Check the disk and try again.</source>
        <translation>Auf den Datenträger des Tagebuchs konnte nicht geschrieben werden (wurde er entfernt oder schreibgeschützt?), daher wurde die Änderung nicht gespeichert. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-425"/>
        <source>The journal refused the change: %1.</source>
        <translation>Das Tagebuch hat die Änderung abgelehnt: %1.</translation>
    </message>
    <message>
        <location line="+431"/>
        <source>The change was not saved: %1.</source>
        <translation>Die Änderung wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/backups.py" line="-58"/>
        <source>The backup folder %1 is a link or not a folder; Relief Journal does not write backups through it.</source>
        <translation>Der Sicherungsordner %1 ist eine Verknüpfung oder kein Ordner; Relief Journal schreibt keine Sicherungen dorthin.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Today&apos;s automatic backup of %1 could not be taken: %2</source>
        <translation>Die heutige automatische Sicherung von %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>The backup %1 is no longer there (it was removed or thinned meanwhile); nothing was restored.</source>
        <translation>Die Sicherung %1 ist nicht mehr vorhanden (sie wurde inzwischen entfernt oder ausgedünnt); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no journal; there is nothing to restore.</source>
        <translation>%1 enthält kein Tagebuch; es gibt nichts wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup could not be restored: %1.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/errors.py" line="-56"/>
        <source>Permission denied</source>
        <extracomment>The system&apos;s reasons (strerror) that journal errors most often carry.</extracomment>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No space left on device</source>
        <translation>Kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>Schreibgeschütztes Dateisystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>Ist ein Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File exists</source>
        <translation>Datei existiert bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device or resource busy</source>
        <translation>Gerät oder Ressource belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk quota exceeded</source>
        <translation>Festplattenkontingent überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>Vorgang nicht zulässig</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/journal.py" line="+100"/>
        <source>This journal is open read-only.</source>
        <translation>Dieses Tagebuch ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/files.py" line="+34"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIFO (named pipe)</source>
        <translation>FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>special file</source>
        <translation>Spezialdatei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a %2, not a regular file; choose a file name to write to.</source>
        <translation>%1 ist keine gewöhnliche Datei (Art: %2); wählen Sie einen Dateinamen zum Schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist; create the folder or choose another.</source>
        <translation>%1 existiert nicht; legen Sie den Ordner an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be written completely.</source>
        <translation>%1 konnte nicht vollständig geschrieben werden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a %2, not a regular file.</source>
        <translation>%1 ist keine gewöhnliche Datei (Art: %2).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is larger than %2 MB, more than this kind of file holds.</source>
        <translation>%1 ist größer als %2 MB, mehr als eine solche Datei enthält.</translation>
    </message>
    <message>
        <location filename="../../journal_app/usecases/opening.py" line="+60"/>
        <source>%1 could not be used: %2.</source>
        <translation>%1 konnte nicht verwendet werden: %2.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../journal_app/i18n.py" line="+32"/>
        <source>A new language is used from the next time Relief Journal starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Relief Journal.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>System language</source>
        <extracomment>The Settings value meaning &quot;whatever language the system uses&quot;. The languages shipped in resources/i18n, with their names in their own language. The source strings are English; this language also fills in for any other.</extracomment>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../journal_app/wording/labels.py" line="-140"/>
        <source>Other product</source>
        <translation>Anderes Präparat</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Difficulty swallowing</source>
        <translation>Schluckbeschwerden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drooping eyelid</source>
        <translation>Hängendes Augenlid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty speaking</source>
        <translation>Sprechschwierigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blurred vision</source>
        <translation>Verschwommenes Sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muscle weakness</source>
        <translation>Muskelschwäche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excess tearing</source>
        <translation>Vermehrter Tränenfluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck pain</source>
        <translation>Nackenschmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Simple analgesic</source>
        <translation>Einfaches Analgetikum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triptan</source>
        <translation>Triptan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combination analgesic</source>
        <translation>Kombinationsanalgetikum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opioid</source>
        <translation>Opioid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other medication</source>
        <translation>Anderes Medikament</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <location filename="../../journal_app/domain/metrics.py" line="+18"/>
        <source>patient guidance on botulinum toxin treatment</source>
        <translation>Patienteninformationen zur Behandlung mit Botulinumtoxin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onabotulinumtoxinA prescribing information</source>
        <translation>Fachinformation zu OnabotulinumtoxinA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clinical literature on neutralising antibodies to botulinum toxin</source>
        <translation>klinische Literatur zu neutralisierenden Antikörpern gegen Botulinumtoxin</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Spasm severity</source>
        <translation>Stärke der Spasmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spasm</source>
        <translation>Spasmen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Headache severity</source>
        <translation>Stärke der Kopfschmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Headache days per 28 days</source>
        <translation>Kopfschmerztage pro 28 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache days</source>
        <translation>Kopfschmerztage</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Chronic migraine</source>
        <translation>Chronische Migräne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chronic migraine</source>
        <translation>chronische Migräne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cervical dystonia</source>
        <translation>Zervikale Dystonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cervical dystonia</source>
        <translation>zervikale Dystonie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blepharospasm</source>
        <translation>Blepharospasmus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blepharospasm</source>
        <translation>Blepharospasmus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hemifacial spasm</source>
        <translation>Spasmus hemifacialis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hemifacial spasm</source>
        <translation>Spasmus hemifacialis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spasticity</source>
        <translation>Spastik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spasticity</source>
        <translation>Spastik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other spasm</source>
        <translation>Anderer Spasmus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other spasm</source>
        <translation>anderer Spasmus</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../journal_app/usecases/recovery.py" line="+24"/>
        <source>No sound automatic backup of it was found.</source>
        <translation>Es wurde keine intakte automatische Sicherung davon gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its latest sound backup, taken %1 with %2 and %3, is %4.</source>
        <translation>Die letzte intakte Sicherung vom %1 mit %2 und %3 liegt unter %4.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../journal_app/ui/widgets/reminders.py" line="-67"/>
        <source>%1: re-injection window %2 – %3, %4.</source>
        <extracomment>How far ahead a window opening or a check-up is worth a reminder.</extracomment>
        <translation>%1: Injektionsfenster %2 – %3, %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: check-up with your clinician due %2 (%3).</source>
        <translation>%1: Kontrolle bei Ihrer Ärztin oder Ihrem Arzt %2 fällig (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today is not logged yet.</source>
        <translation>Heute ist noch nicht erfasst.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../journal_app/report/document.py" line="+50"/>
        <source>patient journal</source>
        <extracomment>Dots per inch of the PDF. Chart lines drawn with cosmetic pens (the window&apos;s charts) are one device dot wide per pixel: at 144 dpi a 1-pixel line prints 0.5 pt wide.</extracomment>
        <translation>Patiententagebuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 report: %2, %3 – %4</source>
        <translation>%1-Bericht: %2, %3 – %4</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The report could not be drawn: its output could not be opened.</source>
        <translation>Der Bericht konnte nicht erstellt werden: Sein Ziel ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/pages.py" line="+157"/>
        <source>Patient journal</source>
        <translation>Patiententagebuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relief Journal report · %1</source>
        <translation>Relief-Journal-Bericht · %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Self-reported patient journal — not a diagnosis</source>
        <translation>Selbst geführtes Patiententagebuch — keine Diagnose</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/text.py" line="+16"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>early</source>
        <translation>früh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as expected</source>
        <translation>wie erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>spät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not detected</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carried over</source>
        <translation>übertragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>days %1–%2</source>
        <translation>Tage %1–%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>d MMM</source>
        <extracomment>A QDate format: day and abbreviated month, without the year (German: &quot;d. MMM&quot;).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>severity 0–10</source>
        <translation>Stärke 0–10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headache days per 28 days</source>
        <translation>Kopfschmerztage pro 28 Tage</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/builder.py" line="+284"/>
        <location filename="../../journal_app/report/text.py" line="-55"/>
        <source>before the first injection</source>
        <translation>vor der ersten Injektion</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/text.py" line="+2"/>
        <source>day %1 after %2</source>
        <translation>Tag %1 nach dem %2</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/table_columns.py" line="+74"/>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/text.py" line="-40"/>
        <source>%1 %2 U</source>
        <translation>%1 %2 E</translation>
    </message>
    <message>
        <location filename="../../journal_app/wording/labels.py" line="+32"/>
        <source>Cycles overlaid: headache</source>
        <translation>Zyklen überlagert: Kopfschmerzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>headache days per 28 days, %1-day mean</source>
        <translation>Kopfschmerztage pro 28 Tage, %1-Tage-Mittel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycles overlaid: headache days</source>
        <translation>Zyklen überlagert: Kopfschmerztage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cycles overlaid: spasm</source>
        <translation>Zyklen überlagert: Spasmen</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/builder.py" line="-222"/>
        <source>Injection history</source>
        <extracomment>The page-1 timeline&apos;s height in points: the least it takes on page 1, the most; a timeline with less room than the least starts the next page at the height it has there. Each detail section&apos;s title and the note under its heading.</extracomment>
        <translation>Injektionsverlauf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Headache days and acute medication days per month</source>
        <translation>Kopfschmerztage und Tage mit Akutmedikation pro Monat</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Per track, most recent first; each cycle runs from its session to the day before the track&apos;s next. Reference: the course&apos;s level before its first session (or the profile&apos;s); before the session: the mean of the 14 days before it. Levels are severities 0–10, or headache days per 28 days for chronic migraine. Onset, wear-off and relief in days after the session.</source>
        <translation>Je Behandlungsstrang, die neuesten zuerst; jeder Zyklus reicht von seiner Sitzung bis zum Tag vor der nächsten desselben Strangs. Referenz: das Niveau vor der ersten Sitzung der Behandlungsphase (oder das im Profil); vor der Sitzung: der Mittelwert der 14 Tage davor. Niveaus sind Stärken 0–10, bei chronischer Migräne Kopfschmerztage pro 28 Tage. Wirkungseintritt, Wirkungsende und Linderung in Tagen nach der Sitzung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cycles: %1</source>
        <translation>Zyklen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check-ins: %1</source>
        <translation>Rückmeldungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient&apos;s own view of each session, most recent first: the global impression of change since the session at week 4 and before the next injection, the day the patient reported the effect wore off beside the day the journal detected, and each personal goal rated at week 4 → before the next injection from −2 (much less than expected) to +2 (much more than expected).</source>
        <translation>Die eigene Sicht der Patientin oder des Patienten auf jede Sitzung, die jüngste zuerst: der Gesamteindruck der Veränderung seit der Sitzung in Woche 4 und vor der nächsten Injektion, der Tag, an dem die Wirkung laut Patient nachließ, neben dem vom Tagebuch erkannten Tag, und jedes persönliche Ziel, bewertet in Woche 4 → vor der nächsten Injektion von −2 (viel weniger als erwartet) bis +2 (viel mehr als erwartet).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No check-in in the range.</source>
        <translation>Keine Rückmeldung im Zeitraum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cycles overlaid: %1, course %2, %3</source>
        <translation>Zyklen übereinander: %1, Behandlungsphase %2, %3</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Most recent first, with the days since the previous session of the same track. An interval shorter than 84 days (12 weeks), or than the track&apos;s re-injection window if that opens sooner, is marked: re-injecting sooner raises the risk of neutralising antibodies. Units of different products are not interchangeable.</source>
        <translation>Die neuesten zuerst, mit den Tagen seit der vorigen Sitzung derselben Indikation. Ein Abstand unter 84 Tagen (12 Wochen), oder unter dem Beginn des Nachinjektionsfensters, wenn dieses früher öffnet, ist markiert: früheres Nachinjizieren erhöht das Risiko neutralisierender Antikörper. Einheiten verschiedener Präparate sind nicht austauschbar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The last 24 months that hold entries. Headache days: logged days with headache severity 1 or more; lines at 12 and 15 days (ICHD-3 chronic migraine). A partial month has fewer than 21 days logged. Medication days are days with at least one dose; overuse (shaded in the table): 15 days for simple analgesics, 10 for triptans, combination analgesics and opioids, 10 acute medication days of several classes; persisting: 3 months or more.</source>
        <translation>Die letzten 24 Monate mit Einträgen. Kopfschmerztage: erfasste Tage mit Kopfschmerzstärke 1 oder mehr; Linien bei 12 und 15 Tagen (chronische Migräne nach ICHD-3). Ein unvollständiger Monat hat weniger als 21 erfasste Tage. Medikationstage sind Tage mit mindestens einer Dosis; Übergebrauch (in der Tabelle schattiert): 15 Tage bei einfachen Analgetika, 10 bei Triptanen, Kombinationsanalgetika und Opioiden, 10 Tage mit Akutmedikation mehrerer Klassen; anhaltend: 3 Monate oder mehr.</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>%1 earlier months with entries (%2) are left out here; the CSV export&apos;s monthly.csv holds every month.</source>
        <translation>%1 frühere Monate mit Einträgen (%2) fehlen hier; die Datei monthly.csv des CSV-Exports enthält jeden Monat.</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Side-effect episodes by session</source>
        <translation>Episoden von Nebenwirkungen nach Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each run of days a side effect was logged (a logged day without it ends the run), under the injection session it followed, most recent first.</source>
        <translation>Jede Folge von Tagen, an denen eine Nebenwirkung erfasst wurde (ein erfasster Tag ohne sie beendet die Folge), unter der Injektionssitzung, auf die sie folgte, die neuesten zuerst.</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>No side effects logged in the range.</source>
        <translation>Im Zeitraum wurden keine Nebenwirkungen erfasst.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Calendar of severities</source>
        <translation>Kalender der Beschwerdestärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The months that hold entries, one row each, one square per day: darker is more severe (0–10); an empty outline, a day not logged; a black frame, an injection day.</source>
        <translation>Die Monate mit Einträgen, je eine Zeile, ein Quadrat pro Tag: dunkler ist stärker (0–10); ein leerer Rahmen, ein nicht erfasster Tag; ein schwarzer Rahmen, ein Injektionstag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The patient&apos;s own notes, as written, most recent first.</source>
        <translation>Die eigenen Notizen der Patientin oder des Patienten, wie geschrieben, die neuesten zuerst.</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>Earlier in the range: %1 from %2 to %3, onset seen in %4; median onset day %5, median wear-off day %6, median interval %7 days.</source>
        <translation>Früher im Zeitraum: %1 vom %2 bis %3, Wirkungseintritt erkannt in %4; Median des Wirkungseintritts Tag %5, des Wirkungsendes Tag %6, Median des Abstands %7 Tage.</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>No notes in the range.</source>
        <translation>Im Zeitraum gibt es keine Notizen.</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+45"/>
        <location line="+26"/>
        <source>Nothing in the range.</source>
        <translation>Im Zeitraum gibt es nichts.</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/table_columns.py" line="+38"/>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Product</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <location line="-61"/>
        <location filename="../../journal_app/report/track_blocks.py" line="+221"/>
        <source>Onset</source>
        <translation>Wirkungseintritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onset status (expected days)</source>
        <translation>Wirkungseintritt (erwartete Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../journal_app/report/track_blocks.py" line="+27"/>
        <source>Wear-off</source>
        <translation>Wirkungsende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relief days</source>
        <translation>Tage mit Linderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without relief</source>
        <translation>Tage ohne Linderung</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+135"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites</source>
        <translation>Injektionsstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinician</source>
        <translation>Ärztin/Arzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Day of cycle</source>
        <translation>Zyklustag</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/checkin_blocks.py" line="+24"/>
        <location filename="../../journal_app/report/table_columns.py" line="-174"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week 4</source>
        <translation>Woche 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the next injection</source>
        <translation>Vor der nächsten Injektion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wear-off: reported, detected</source>
        <translation>Wirkungsende: berichtet, erkannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked from %1</source>
        <translation>gefragt ab %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due, not yet answered</source>
        <translation>fällig, noch nicht beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no check-in</source>
        <translation>keine Rückmeldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none detected</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected day %1</source>
        <translation>erkannt Tag %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reported day %1</source>
        <translation>berichtet Tag %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported not worn off</source>
        <translation>berichtet: nicht nachgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported not sure</source>
        <translation>berichtet: unsicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goals rated −2 to +2 at week 4 → before the next injection</source>
        <translation>Ziele bewertet von −2 bis +2 in Woche 4 → vor der nächsten Injektion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The patient&apos;s view of the latest sessions</source>
        <translation>Sicht des Patienten auf die letzten Sitzungen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The patient&apos;s view: no check-in asked for yet.</source>
        <translation>Sicht des Patienten: noch keine Rückmeldung erfragt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The patient&apos;s view: no check-in for the sessions of %1.</source>
        <translation>Sicht des Patienten: keine Rückmeldung zu den Sitzungen vom %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The patient&apos;s view: no check-in recorded for the latest sessions.</source>
        <translation>Sicht des Patienten: keine Rückmeldung zu den letzten Sitzungen erfasst.</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/table_columns.py" line="+1"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course / cycle</source>
        <translation>Phase / Zyklus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the session</source>
        <translation>Vor der Sitzung</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Days since the track&apos;s previous session</source>
        <translation>Tage seit der vorigen Sitzung dieser Indikation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (under %2)</source>
        <translation>%1 (unter %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Moderate or severe (4–10)</source>
        <translation>Mittel oder stark (4–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 hours or more</source>
        <translation>4 Stunden oder mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acute medication days</source>
        <translation>Tage mit Akutmedikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overuse (ICHD-3 8.2)</source>
        <translation>Übergebrauch (ICHD-3 8.2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>several classes</source>
        <translation>mehrere Klassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (partial)</source>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, persisting</source>
        <translation>%1, anhaltend</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>After the session</source>
        <translation>Nach der Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after it</source>
        <translation>Tage danach</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/response_blocks.py" line="+36"/>
        <source>Migraine response</source>
        <translation>Ansprechen der Migräne</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Migraine response (PREEMPT)</source>
        <translation>Ansprechen der Migräne (PREEMPT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../journal_app/report/table_columns.py" line="+64"/>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/tables.py" line="+41"/>
        <source>Days logged</source>
        <extracomment>A longer word wraps anywhere rather than widen the column.</extracomment>
        <translation>Erfasste Tage</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/response_blocks.py" line="+2"/>
        <source>Headache days per 28 days</source>
        <translation>Kopfschmerztage pro 28 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30% fewer (NICE TA260)</source>
        <translation>30 % weniger (NICE TA260)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50% fewer (trials)</source>
        <translation>50 % weniger (Studien)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before treatment (profile)</source>
        <translation>Vor der Behandlung (Profil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the course</source>
        <translation>Vor der Behandlungsphase</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>After two cycles</source>
        <translation>Nach zwei Zyklen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest complete cycle</source>
        <translation>Letzter vollständiger Zyklus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 28 days</source>
        <translation>Letzte 28 Tage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (needs 14)</source>
        <translation>%1 (14 nötig)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>NICE TA260: less than 30% fewer headache days after two cycles (%1, %2).</source>
        <translation>NICE TA260: weniger als 30 % weniger Kopfschmerztage nach zwei Zyklen (%1, %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NICE TA260: fewer than 15 headache days a month for %1 consecutive months (%2).</source>
        <translation>NICE TA260: weniger als 15 Kopfschmerztage im Monat in %1 aufeinanderfolgenden Monaten (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No reference: too few days logged in the 28 days before the course (needs 7).</source>
        <translation>Keine Referenz: zu wenige erfasste Tage in den 28 Tagen vor der Behandlungsphase (7 nötig).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neither NICE TA260 stopping criterion holds.</source>
        <translation>Keines der beiden Abbruchkriterien nach NICE TA260 ist erfüllt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last 28 days (%1): %2 moderate or severe headache days (4–10) of %3 logged; acute medication not recorded.</source>
        <translation>Letzte 28 Tage (%1): %2 Tage mit mittleren oder starken Kopfschmerzen (4–10) von %3 erfassten; Akutmedikation nicht erfasst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last 28 days (%1): %2 moderate or severe headache days (4–10) of %3 logged; %4 acute medication days.</source>
        <translation>Letzte 28 Tage (%1): %2 Tage mit mittleren oder starken Kopfschmerzen (4–10) von %3 erfassten; %4 Tage mit Akutmedikation.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>simple analgesics on %1 or more days a month</source>
        <translation>einfache Analgetika an %1 oder mehr Tagen im Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>triptans on %1 or more days a month</source>
        <translation>Triptane an %1 oder mehr Tagen im Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>combination analgesics on %1 or more days a month</source>
        <translation>Kombinationsanalgetika an %1 oder mehr Tagen im Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opioids on %1 or more days a month</source>
        <translation>Opioide an %1 oder mehr Tagen im Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acute medication of several classes on %1 or more days a month</source>
        <translation>Akutmedikation mehrerer Klassen an %1 oder mehr Tagen im Monat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No medication overuse held for 3 months or more in the last 12 months.</source>
        <translation>In den letzten 12 Monaten hielt kein Medikamentenübergebrauch 3 Monate oder länger an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medication overuse that persisted (ICHD-3 8.2): %1.</source>
        <translation>Anhaltender Medikamentenübergebrauch (ICHD-3 8.2): %1.</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/table_columns.py" line="-62"/>
        <source>Headache days</source>
        <translation>Kopfschmerztage</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/tables.py" line="+181"/>
        <source>%1 (continued)</source>
        <extracomment>A line under the cells, from the second column to the last (an injection&apos;s notes). Table text sizes tried in turn until every column&apos;s longest word fits the page&apos;s width. A header is set this much smaller than its table&apos;s cells.</extracomment>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/summary_blocks.py" line="+51"/>
        <source>Date of birth %1</source>
        <translation>Geburtsdatum %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clinic ID %1</source>
        <translation>Patientennummer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinician %1</source>
        <translation>Ärztin/Arzt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not entered</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unnamed patient</source>
        <translation>Patient ohne Namen</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../journal_app/report/table_columns.py" line="-76"/>
        <location filename="../../journal_app/report/track_blocks.py" line="-15"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 – %3, before the first injection</source>
        <translation>%1, %2 – %3, vor der ersten Injektion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2 after %3 on %4</source>
        <translation>%1, %2 nach %3 am %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Side effects since %1</source>
        <translation>Nebenwirkungen seit %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None logged.</source>
        <translation>Keine erfasst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severities are the patient&apos;s daily ratings, 0–10; a day&apos;s level is the mean of the days around it (7 for spasm, 14 for headache days). Onset: the first day the level is 30% or more below the course&apos;s reference (the 28 days before its first session) and stays so 7 days; wear-off: the first later day it stays less improved 7 days; carried over: the last session&apos;s relief still held when the next was given. Sources: patient guidance on botulinum toxin treatment, the prescribing information, NICE TA260 (30%), the trials (50%).</source>
        <translation>Stärken sind die täglichen Angaben der Patientin oder des Patienten, 0–10; das Niveau eines Tages ist der Mittelwert der Tage um ihn herum (7 bei Spasmen, 14 bei Kopfschmerztagen). Wirkungseintritt: der erste Tag, an dem das Niveau mindestens 30 % unter der Referenz der Behandlungsphase liegt (den 28 Tagen vor ihrer ersten Sitzung) und 7 Tage so bleibt; Wirkungsende: der erste spätere Tag, an dem es 7 Tage weniger gebessert bleibt; übertragen: die Linderung der letzten Sitzung hielt noch an, als die nächste gegeben wurde. Quellen: Patienteninformationen zur Behandlung mit Botulinumtoxin, die Fachinformation, NICE TA260 (30 %), die Studien (50 %).</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Range %1</source>
        <translation>Zeitraum %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Last entry %1 · %2</source>
        <translation>Letzter Eintrag %1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures are as of %1, the range&apos;s end.</source>
        <translation>Die Zahlen gelten für den %1, das Ende des Zeitraums.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Botulinum toxin treatment report</source>
        <translation>Bericht zur Behandlung mit Botulinumtoxin</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/builder.py" line="-158"/>
        <source>No injection recorded in the journal up to the range&apos;s end.</source>
        <translation>Bis zum Ende des Zeitraums ist im Tagebuch keine Injektion erfasst.</translation>
    </message>
    <message>
        <location filename="../../journal_app/wording/labels.py" line="-13"/>
        <source>headache severity, %1-day mean</source>
        <translation>Stärke der Kopfschmerzen, %1-Tage-Mittel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>spasm severity, %1-day mean</source>
        <translation>Stärke der Spasmen, %1-Tage-Mittel</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/track_blocks.py" line="-147"/>
        <source>judged on %1</source>
        <translation>beurteilt nach %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest session %1</source>
        <translation>Letzte Sitzung %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest session %1 · day %2</source>
        <translation>Letzte Sitzung %1 · Tag %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No current course: the latest session is more than 90 days past its re-injection window.</source>
        <translation>Keine laufende Behandlungsphase: die letzte Sitzung liegt mehr als 90 Tage hinter ihrem Nachinjektionsfenster.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No complete cycle yet in this course: no usual onset or wear-off.</source>
        <translation>Noch kein vollständiger Zyklus in dieser Behandlungsphase: kein üblicher Wirkungseintritt oder Wirkungsende.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latest complete cycle: session %1, %2, %3</source>
        <translation>Letzter vollständiger Zyklus: Sitzung %1, %2, %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Treated since %1</source>
        <translation>In Behandlung seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course %1 since %2, after a pause of %3 days</source>
        <translation>Behandlungsphase %1 seit %2, nach einer Pause von %3 Tagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>too few days logged before the course for a reference: each cycle is judged against its own 14 days before the session</source>
        <translation>zu wenige erfasste Tage vor der Behandlungsphase für eine Referenz: jeder Zyklus wird an seinen eigenen 14 Tagen vor der Sitzung gemessen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reference %1 (%2) over %3, before the course</source>
        <translation>Referenz %1 (%2) über %3, vor der Behandlungsphase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reference %1 (%2), the level before treatment in the profile</source>
        <translation>Referenz %1 (%2), das Niveau vor der Behandlung laut Profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Relief</source>
        <translation>Linderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from onset to wear-off</source>
        <translation>vom Eintritt bis zum Ende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without relief</source>
        <translation>Ohne Linderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the next session</source>
        <translation>vor der nächsten Sitzung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no reference to judge against</source>
        <translation>keine Referenz zum Vergleich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected days %1</source>
        <translation>erwartete Tage %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>against the reference</source>
        <translation>gegenüber der Referenz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>relief held until the next session</source>
        <translation>Linderung hielt bis zur nächsten Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relief no longer held</source>
        <translation>Linderung endete</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>no onset seen</source>
        <translation>kein Wirkungseintritt erkannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2: %3, relief %4, peak %5</source>
        <translation>%1, %2: %3, Linderung %4, größte Besserung %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dose and product in this course (medians of its complete cycles): %1.</source>
        <translation>Dosis und Präparat in dieser Behandlungsphase (Mediane ihrer vollständigen Zyklen): %1.</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/response_blocks.py" line="-130"/>
        <source>not yet</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/table_columns.py" line="-14"/>
        <location filename="../../journal_app/report/track_blocks.py" line="-82"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/track_blocks.py" line="-15"/>
        <source>Peak improvement</source>
        <translation>Größte Besserung</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>onset day %1</source>
        <translation>Eintritt Tag %1</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/chart_blocks.py" line="+28"/>
        <source>Timeline, %1</source>
        <translation>Zeitachse, %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Each line is one cycle&apos;s level (its centred mean) by day since its session, named by the session&apos;s date; the latest is drawn bold. Dashed: the course&apos;s reference; dotted: 30% better. Triangles: onset (down) and wear-off (up); hollow diamonds: the wear-off day the patient reported. Shaded: the expected onset window; hatched: the re-injection window of the latest session. With more than 6 cycles, their median and the middle half of them.</source>
        <translation>Jede Linie ist das Niveau eines Zyklus (sein zentriertes Mittel) nach Tagen seit seiner Sitzung, benannt nach deren Datum; der letzte Zyklus ist kräftig gezeichnet. Gestrichelt: die Referenz der Behandlungsserie; gepunktet: 30&#xa0;% besser. Dreiecke: Wirkungseintritt (nach unten) und Wirkungsende (nach oben); hohle Rauten: der vom Patienten angegebene Tag des Wirkungsendes. Schattiert: das Zeitfenster des erwarteten Wirkungseintritts; schraffiert: das Zeitfenster für die Folgeinjektion der letzten Sitzung. Bei mehr als 6 Zyklen ihr Median und ihre mittlere Hälfte.</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/calendar_blocks.py" line="+78"/>
        <source>not logged</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>injection</source>
        <translation>Injektion</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/dialogs/fhir_export.py" line="-56"/>
        <location filename="../../journal_app/ui/dialogs/report_dialog.py" line="+21"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export for clinics (FHIR)</source>
        <translation>Für Kliniken exportieren (FHIR)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>FHIR file not saved</source>
        <translation>FHIR-Datei nicht gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote the journal for clinics (FHIR) to %1: the patient, %2, %3 and %4.</source>
        <translation>Das Tagebuch für Kliniken (FHIR) wurde nach %1 geschrieben: die Patientin oder der Patient, %2, %3 und %4.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/dialogs/report_dialog.py" line="+3"/>
        <source>%1 injections</source>
        <extracomment>A file name: %1 is the patient&apos;s name.</extracomment>
        <translation>%1 Injektionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar not saved</source>
        <translation>Kalender nicht gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No upcoming window or check-up; wrote an empty calendar to %1.</source>
        <translation>Keine anstehenden Zeitfenster oder Kontrolltermine; ein leerer Kalender wurde nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../journal_app/ui/widgets/form_helpers.py" line="+120"/>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>The smallest control a shaky hand can hit, in logical pixels (PRODUCT.md §5). A QDateTime format: day, abbreviated month, year, then the time (German: &quot;d. MMM …&quot;).</extracomment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../../journal_app/charts/axes.py" line="+143"/>
        <source>d MMM</source>
        <extracomment>A QDate format: day and abbreviated month (German: &quot;d. MMM&quot;).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../journal_app/charts/series.py" line="+54"/>
        <source>%1 %2 U</source>
        <extracomment>Cycles are overlaid up to this many days after their session. %1 a product&apos;s brand, %2 the number of units given; &quot;U&quot; abbreviates &quot;units&quot;.</extracomment>
        <translation>%1 %2 E</translation>
    </message>
    <message>
        <location filename="../../journal_app/wording/text.py" line="+31"/>
        <source>d MMM yyyy</source>
        <extracomment>A QDate format: day, abbreviated month, year (German: &quot;d. MMM yyyy&quot;).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MMMM yyyy</source>
        <extracomment>A QDate format: the month&apos;s full name and the year (Spanish: &quot;MMMM &apos;de&apos; yyyy&quot;).</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>open now, closes today</source>
        <translation>jetzt offen, schließt heute</translation>
    </message>
    <message>
        <location filename="../../journal_app/wording/labels.py" line="-13"/>
        <source>Headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headache days</source>
        <translation>Kopfschmerztage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spasms</source>
        <translation>Spasmen</translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <location filename="../../journal_app/ui/widgets/trends_words.py" line="-37"/>
        <source>%1, headache days per 28 days</source>
        <translation>%1, Kopfschmerztage pro 28 Tage</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../journal_app/domain/validation.py" line="+74"/>
        <source>%1 is in the future; a day can only be logged for today or earlier</source>
        <extracomment>The latest date a stored record may carry, whatever today is on the machine reading it (a clock set back or another time zone must not make a journal unreadable).</extracomment>
        <translation>%1 liegt in der Zukunft; erfasst werden können nur heute oder frühere Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in the future; an injection can only be logged for today or earlier</source>
        <translation>%1 liegt in der Zukunft; erfasst werden können nur Injektionen von heute oder früher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in the future; a date of birth must be today or earlier</source>
        <translation>%1 liegt in der Zukunft; das Geburtsdatum muss heute oder früher sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is before %2</source>
        <translation>%1 liegt vor %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is outside %2–%3</source>
        <translation>%1 liegt außerhalb von %2–%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+151"/>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>names a medication class more than once</source>
        <translation>nennt eine Medikamentengruppe mehr als einmal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names medication taken on a day it was not recorded</source>
        <translation>nennt eingenommene Medikamente an einem Tag, an dem keine Medikamente erfasst wurden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 count %2 is outside 1–%3</source>
        <translation>Anzahl %1 (%2) liegt außerhalb von 1–%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names a side effect more than once</source>
        <translation>nennt eine Nebenwirkung mehr als einmal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>describes an other side effect not marked</source>
        <translation>beschreibt eine andere Nebenwirkung, die nicht angekreuzt ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a valid trigger tag</source>
        <translation>%1 ist kein gültiger Auslöser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names a trigger more than once</source>
        <translation>nennt einen Auslöser mehr als einmal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ends before the onset window starts</source>
        <translation>endet, bevor das Zeitfenster des Wirkungseintritts beginnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least 1 day</source>
        <translation>muss mindestens 1 Tag betragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ends before the window starts</source>
        <translation>endet, bevor das Zeitfenster beginnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be more than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is more than %2 units</source>
        <translation>%1 sind mehr als %2 Einheiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is in the future; a check-in can only be answered today or earlier</source>
        <translation>%1 liegt in der Zukunft; eine Rückmeldung kann nur heute oder früher beantwortet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a day with an injection for %2</source>
        <translation>%1 ist kein Tag mit einer Injektion für %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is before the injection of %2</source>
        <translation>%1 liegt vor der Injektion vom %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is asked only before the next injection</source>
        <translation>wird nur vor der nächsten Injektion gefragt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must say no, yes or not_sure before the next injection</source>
        <translation>muss vor der nächsten Injektion no, yes oder not_sure angeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must give the day the effect wore off</source>
        <translation>muss den Tag angeben, an dem die Wirkung nachließ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is given only when the effect wore off</source>
        <translation>wird nur angegeben, wenn die Wirkung nachgelassen hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not after the injection of %2</source>
        <translation>%1 liegt nicht nach der Injektion vom %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is after the check-in was answered, on %2</source>
        <translation>%1 liegt nach der Beantwortung der Rückmeldung am %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a goal of %2</source>
        <translation>%1 ist kein Ziel von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has spaces around it or a control character</source>
        <translation>%1 hat Leerzeichen am Rand oder ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a goal of %2 more than once</source>
        <translation>%1 ist mehr als einmal ein Ziel von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has %2 active goals; at most %3 are allowed</source>
        <translation>%1 hat %2 aktive Ziele; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/journal.py" line="-144"/>
        <source>rates the %1 check-in of %2, not this one</source>
        <translation>bewertet die Rückmeldung %1 vom %2, nicht diese</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/help_dialog.py" line="-52"/>
        <source>Onset, wear-off and the windows</source>
        <translation>Wirkungsbeginn, Nachlassen und die Zeitfenster</translation>
    </message>
</context>
</TS>
