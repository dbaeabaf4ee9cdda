<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/about_dialog.py" line="+33"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 icon</source>
        <translation>Icono de %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Version %1 · Qt %2 · PySide6 %3</source>
        <translation>Versión %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A diary of spasm and headache severity, charted against the expected windows of each botulinum toxin injection.</source>
        <translation>Un diario de la intensidad de los espasmos y del dolor de cabeza, representada frente a los periodos esperados de cada inyección de toxina botulínica.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the numbers come from</source>
        <translation>De dónde salen las cifras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected onset (often after about a week, typically within 2–4 weeks), re-injection every 16–20 weeks for spasms and every 10–12 weeks for chronic migraine, and a check-up every 12 weeks for spasms: patient guidance on botulinum toxin treatment. The warning about re-injecting sooner than 12 weeks: clinical literature on neutralising antibodies to botulinum toxin. Chronic migraine as headache on 15 or more days a month: ICHD-3. Judging migraine treatment by a 30% fall in headache days after 2 cycles: NICE TA260; by a 50% fall: clinical trials. The windows new injections start with can be changed in Edit › Preferences.</source>
        <translation>Inicio esperado del efecto (a menudo hacia la semana, normalmente en 2–4 semanas), reinyección cada 16–20 semanas en los espasmos y cada 10–12 semanas en la migraña crónica, y una revisión cada 12 semanas en los espasmos: información para pacientes sobre el tratamiento con toxina botulínica. La advertencia sobre reinyectar antes de 12 semanas: bibliografía clínica sobre los anticuerpos neutralizantes frente a la toxina botulínica. Migraña crónica como dolor de cabeza 15 o más días al mes: ICHD-3. Valorar el tratamiento de la migraña por una reducción del 30&#xa0;% de los días con dolor de cabeza tras 2 ciclos: NICE TA260; por una reducción del 50&#xa0;%: ensayos clínicos. Los periodos con los que empiezan las inyecciones nuevas se pueden cambiar en Editar › Preferencias.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This journal is not medical advice and not a diagnosis.</source>
        <translation>Este diario no es un consejo médico ni un diagnóstico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds what you report. Talk to your clinician about your treatment. Everything stays in your journal file on this computer; the app never uses the network.</source>
        <translation>Contiene lo que usted anota. Hable de su tratamiento con su profesional sanitario. Todo se queda en el archivo de su diario en este ordenador; la aplicación nunca usa la red.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Free software under the MIT licence: you may use, copy, change and share it. It comes with no warranty.</source>
        <translation>Software libre con licencia MIT: puede usarlo, copiarlo, modificarlo y compartirlo. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>© %1 The Relief Journal authors</source>
        <translation>© %1 Los autores de Relief Journal</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/restore_dialog.py" line="+36"/>
        <source>Taken</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Injections</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This copy cannot be read, so it cannot be restored.</source>
        <translation>Esta copia no se puede leer, así que no se puede restaurar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../journal_app/ui/charts/calendar_view.py" line="+106"/>
        <source>Severity calendar</source>
        <translation>Calendario de intensidad</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 not logged</source>
        <translation>%1: sin registrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injection: %1</source>
        <translation>Inyección: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the future</source>
        <translation>en el futuro</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>Not logged</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>CatchUpList</name>
    <message>
        <location filename="../../journal_app/ui/widgets/catch_up.py" line="+45"/>
        <source>Not logged yet</source>
        <extracomment>How many days back the list looks (PRODUCT.md §5, Reminders).</extracomment>
        <translation>Aún sin registrar</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day since %1 is logged.</source>
        <translation>Todos los días desde el %1 están registrados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every one of the last %1 days is logged.</source>
        <translation>Todos los últimos %1 días están registrados.</translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <location filename="../../journal_app/ui/widgets/checkin_card.py" line="+120"/>
        <source>Check-in for %1: four weeks after your injection of %2</source>
        <translation>Seguimiento de %1: cuatro semanas después de su inyección del %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in for %1: before your next injection (the last was on %2)</source>
        <translation>Seguimiento de %1: antes de su próxima inyección (la última fue el %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compared with just before this injection, how are your headaches now?</source>
        <translation>Comparado con justo antes de esta inyección, ¿cómo están ahora sus dolores de cabeza?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with just before this injection, how are your spasms now?</source>
        <translation>Comparado con justo antes de esta inyección, ¿cómo están ahora sus espasmos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(keys 1–7)</source>
        <translation>(teclas 1–7)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Has the effect worn off?</source>
        <translation>¿Ha dejado de hacer efecto?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day it wore off</source>
        <translation>Día en que dejó de hacer efecto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your goals, −2 (much less than expected) to +2:</source>
        <translation>Sus objetivos, de −2 (mucho menos de lo esperado) a +2:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save check-in</source>
        <translation>Guardar seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose how you are now: a button, or a key from 1 to 7.</source>
        <translation>Elija cómo está ahora: un botón o una tecla del 1 al 7.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say whether the effect has worn off.</source>
        <translation>Indique si ha dejado de hacer efecto.</translation>
    </message>
</context>
<context>
    <name>CheckInsTableModel</name>
    <message>
        <location filename="../../journal_app/ui/models/checkins_model.py" line="+52"/>
        <source>%1 %2 (day %3)</source>
        <translation>%1 %2 (día %3)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Track</source>
        <translation>Área de tratamiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-in</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impression</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Worn off</source>
        <translation>Fin del efecto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goal ratings</source>
        <translation>Valoración de objetivos</translation>
    </message>
</context>
<context>
    <name>CountedText</name>
    <message numerus="yes">
        <location filename="../../journal_app/wording/text.py" line="+19"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>opens in %n days</source>
        <translation>
            <numerusform>se abre en %n día</numerusform>
            <numerusform>se abre en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>open now, closes in %n days</source>
        <translation>
            <numerusform>abierto ahora, se cierra en %n día</numerusform>
            <numerusform>abierto ahora, se cierra en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>overdue by %n days</source>
        <translation>
            <numerusform>con %n día de retraso</numerusform>
            <numerusform>con %n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n calendar events to %1.</source>
        <translation>
            <numerusform>Se ha escrito %n evento de calendario en %1.</numerusform>
            <numerusform>Se han escrito %n eventos de calendario en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../journal_app/ui/widgets/date_field.py" line="+171"/>
        <source>“%1” is not a date: type it like %2 or %3.</source>
        <translation>«%1» no es una fecha: escríbala como %2 o %3.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 is in the future: a day can be logged once it has come.</source>
        <extracomment>A two-digit year names 19yy from here on, else 20yy.</extracomment>
        <translation>%1 está en el futuro: un día se puede registrar cuando ha llegado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is too early: the earliest date is %2.</source>
        <translation>%1 es demasiado pronto: la primera fecha posible es %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a date: type it like %2.</source>
        <translation>«%1» no es una fecha: escríbala como %2.</translation>
    </message>
</context>
<context>
    <name>DayForm</name>
    <message>
        <location filename="../../journal_app/ui/widgets/day_form.py" line="+85"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>not logged</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+417"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="-409"/>
        <location line="+410"/>
        <source>&amp;Spasm severity</source>
        <translation>Intensidad de los &amp;espasmos</translation>
    </message>
    <message>
        <location line="-409"/>
        <location line="+410"/>
        <source>He&amp;adache severity</source>
        <translation>Intensidad del &amp;dolor de cabeza</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>0 = no spasms or no headache that day; 10 = the worst.</source>
        <translation>0 = sin espasmos o sin dolor de cabeza ese día; 10 = lo peor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+405"/>
        <source>Hours of headache</source>
        <translation>Horas de dolor de cabeza</translation>
    </message>
    <message>
        <location line="-404"/>
        <location line="+405"/>
        <source>Spasm episodes</source>
        <translation>Episodios de espasmos</translation>
    </message>
    <message>
        <location line="-392"/>
        <source>e.g. stress; poor sleep</source>
        <translation>p. ej., estrés; dormir mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+394"/>
        <source>T&amp;riggers</source>
        <translation>Desencade&amp;nantes</translation>
    </message>
    <message>
        <location line="-390"/>
        <location line="+391"/>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location line="-379"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Deshacer &amp;cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save day</source>
        <translation>Guardar día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Enter, or Ctrl+Return in the notes)</source>
        <translation>Guardar (Intro, o Ctrl+Intro en las notas)</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+258"/>
        <source>Acute medication taken (doses)</source>
        <translation>Medicación sintomática tomada (dosis)</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Not recorded for this day.</source>
        <translation>Sin registrar en este día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>None taken</source>
        <translation>Ninguna tomada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that no acute medication was taken on this day</source>
        <translation>Registrar que este día no se tomó medicación sintomática</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+219"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Describe the other side effect</source>
        <translation>Describa el otro efecto secundario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other side effect</source>
        <translation>Otro efecto secundario</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Nothing to save yet: fill in at least one field.</source>
        <translation>Aún no hay nada que guardar: rellene al menos un campo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 first?</source>
        <translation>¿Guardar antes los cambios del %1?</translation>
    </message>
</context>
<context>
    <name>EntriesTableModel</name>
    <message>
        <location filename="../../journal_app/ui/models/entries_model.py" line="+67"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasm</source>
        <translation>Espasmos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headache hours</source>
        <translation>Horas de dolor de cabeza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spasm episodes</source>
        <translation>Episodios de espasmos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Other: %1</source>
        <extracomment>Sorting value of a number that was not logged: below every logged value (all are &gt;= 0).</extracomment>
        <translation>Otro: %1</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/entry_dialog.py" line="+18"/>
        <source>Edit entry</source>
        <translation>Editar registro</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/goals_dialog.py" line="+146"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add goal</source>
        <translation>&amp;Añadir objetivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Track:</source>
        <translation>Área de &amp;tratamiento:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Goals you want the treatment to help with, in your own words. Each check-in asks how far you got with the active ones (at most %1 a track). Untick Active to set a goal aside and keep its ratings; Remove deletes it with its ratings.</source>
        <translation>Objetivos en los que quiere que le ayude el tratamiento, con sus propias palabras. Cada seguimiento pregunta cuánto ha avanzado en los activos (como máximo %1 por área). Desmarque Activo para dejar un objetivo a un lado y conservar sus valoraciones; Quitar lo elimina junto con sus valoraciones.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 has %2 active goals already: untick Active on one of them first, or keep this one inactive.</source>
        <translation>%1 ya tiene %2 objetivos activos: desmarque primero Activo en uno de ellos, o deje este inactivo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, goal %2: %3. Type the goal, or remove it.</source>
        <translation>%1, objetivo %2: %3. Escriba el objetivo o quítelo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1. Give each goal of a track its own words.</source>
        <translation>%1. Dé a cada objetivo de un área sus propias palabras.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/help_dialog.py" line="+36"/>
        <source>User guide</source>
        <extracomment>The guide as bundled (a copy of docs/user-guide.md; tests keep the two the same).</extracomment>
        <translation>Guía de uso</translation>
    </message>
</context>
<context>
    <name>InjectionDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/injection_dialog.py" line="+77"/>
        <source>Edit injection</source>
        <translation>Editar inyección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record injection</source>
        <translation>Registrar inyección</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> units</source>
        <translation> unidades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. forehead, temples, neck</source>
        <translation>p. ej., frente, sienes, cuello</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use default &amp;windows</source>
        <translation>Usar los periodos prede&amp;terminados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Units of different products are not interchangeable and are never converted.</source>
        <translation>Las unidades de productos distintos no son intercambiables y nunca se convierten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Indication:</source>
        <translation>&amp;Indicación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites:</source>
        <translation>&amp;Zonas de inyección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clinician:</source>
        <translation>Profe&amp;sional:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lot number:</source>
        <translation>Número de &amp;lote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Expected windows</source>
        <translation>Periodos esperados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onset &amp;from:</source>
        <translation>Inicio &amp;desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onset &amp;to:</source>
        <translation>Inicio &amp;hasta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Re-injection from:</source>
        <translation>&amp;Reinyección desde:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;e-injection to:</source>
        <translation>R&amp;einyección hasta:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expected windows as dates</source>
        <translation>Ventanas previstas como fechas</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Defaults from patient guidance on botulinum toxin treatment; editable for this injection. This journal is not medical advice.</source>
        <translation>Valores predeterminados según la información para pacientes sobre el tratamiento con toxina botulínica; se pueden cambiar para esta inyección. Este diario no es un consejo médico.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default onset from %1, the other defaults from patient guidance on botulinum toxin treatment; editable for this injection. This journal is not medical advice.</source>
        <translation>Inicio predeterminado según %1; los demás valores predeterminados, según la información para pacientes sobre el tratamiento con toxina botulínica; se pueden cambiar para esta inyección. Este diario no es un consejo médico.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Onset expected %1 – %2; re-injection window %3 – %4.</source>
        <translation>Inicio previsto %1 – %2; ventana de reinyección %3 – %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>This is %n days before the injection of %1.</source>
        <translation>
            <numerusform>Es %n día antes de la inyección del %1.</numerusform>
            <numerusform>Son %n días antes de la inyección del %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This is %n days after the injection of %1.</source>
        <translation>
            <numerusform>Es %n día después de la inyección del %1.</numerusform>
            <numerusform>Son %n días después de la inyección del %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-injecting sooner than 12 weeks raises the risk of neutralising antibodies (clinical literature).</source>
        <translation>Reinyectar antes de 12 semanas aumenta el riesgo de anticuerpos neutralizantes (bibliografía clínica).</translation>
    </message>
</context>
<context>
    <name>InjectionsTableModel</name>
    <message>
        <location filename="../../journal_app/ui/models/injections_model.py" line="+46"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sites</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected onset</source>
        <translation>Inicio esperado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-injection window</source>
        <translation>Periodo de reinyección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1–%2 days</source>
        <extracomment>Window sort values combine start and end as start * _WINDOW_SORT_BASE + end (end &lt; base).</extracomment>
        <translation>%1–%2 días</translation>
    </message>
</context>
<context>
    <name>JournalFiles</name>
    <message>
        <location filename="../../journal_app/ui/journal_files.py" line="+110"/>
        <source>Cannot open journal</source>
        <translation>No se puede abrir el diario</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <source>New journal</source>
        <translation>Nuevo diario</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 already exists. Choose another name, or open it with File › Open.</source>
        <translation>%1 ya existe. Elija otro nombre o ábralo con Archivo › Abrir.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open journal read-only</source>
        <translation>Abrir el diario en solo lectura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open journal</source>
        <translation>Abrir diario</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo journal</source>
        <translation>Diario de demostración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is generated demo data, not a real patient&apos;s.</source>
        <translation>Son datos de demostración generados, no de un paciente real.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No recent journals</source>
        <translation>No hay diarios recientes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer there; it was removed from the list.</source>
        <translation>%1 ya no está ahí; se ha quitado de la lista.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy not saved</source>
        <translation>Copia no guardada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved a copy to %1.</source>
        <translation>Se ha guardado una copia en %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Backup not restored</source>
        <translation>Copia de seguridad no restaurada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the backup %1.</source>
        <translation>Se ha restaurado la copia de seguridad %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal it replaced is kept as %1.</source>
        <translation>El diario sustituido se conserva como %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1

Open it read-only instead? You can look at everything but change nothing.</source>
        <translation>%1

¿Abrirlo en modo de solo lectura? Podrá verlo todo, pero no cambiar nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal in use</source>
        <translation>Diario en uso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open &amp;read-only</source>
        <translation>Abrir en &amp;solo lectura</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore it? The damaged file is kept beside it.</source>
        <translation>¿Restaurar esta copia? El archivo dañado se conserva al lado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged journal</source>
        <translation>Diario dañado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore backup</source>
        <translation>&amp;Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../journal_app/ui/widgets/journal_page.py" line="+67"/>
        <location line="+7"/>
        <source>Daily entries</source>
        <translation>Registros diarios</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Injections</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Check-ins</source>
        <translation>Seguimientos</translation>
    </message>
</context>
<context>
    <name>JournalService</name>
    <message>
        <location filename="../../journal_app/services/journal.py" line="+212"/>
        <source>Save entry of %1</source>
        <extracomment>Check-ins, goals or goal ratings changed.</extracomment>
        <translation>Guardar el registro del %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete entry of %1</source>
        <translation>Eliminar el registro del %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record injection of %1</source>
        <translation>Registrar la inyección del %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit injection of %1</source>
        <translation>Editar la inyección del %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete injection of %1</source>
        <translation>Eliminar la inyección del %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save check-in of the injection of %1</source>
        <translation>Guardar seguimiento de la inyección del %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete check-in of the injection of %1</source>
        <translation>Eliminar el seguimiento de la inyección del %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>Edit goals</source>
        <translation>Editar objetivos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journal_app/ui/main_window.py" line="+64"/>
        <location line="+1"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;New journal…</source>
        <translation>&amp;Nuevo diario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only…</source>
        <translation>Abrir en solo lec&amp;tura…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo journal</source>
        <translation>Abrir el diario de &amp;demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar desde una copia de seg&amp;uridad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exportar &amp;informe (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print report…</source>
        <translation>Im&amp;primir informe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Exportar ca&amp;lendario (.ics)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export for c&amp;linics (FHIR)…</source>
        <translation>Exportar para clínicas (&amp;FHIR)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Editar lo seleccionado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete selected</source>
        <translation>E&amp;liminar lo seleccionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient &amp;profile…</source>
        <translation>&amp;Perfil del paciente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals…</source>
        <translation>&amp;Objetivos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;injection…</source>
        <translation>Registrar &amp;inyección…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Relief Journal</source>
        <translation>&amp;Acerca de Relief Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Onset, wear-off and the windows</source>
        <translation>&amp;Inicio, fin del efecto y las ventanas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+9"/>
        <source>Injection not saved</source>
        <translation>Inyección no guardada</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Injection recorded.</source>
        <translation>Inyección registrada.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the entry of %1</source>
        <translation>el registro del %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the injection of %1</source>
        <translation>la inyección del %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the check-in of the injection of %1</source>
        <translation>el seguimiento de la inyección del %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>Se ha eliminado %1. Deshágalo con Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile not saved</source>
        <translation>Perfil no guardado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goals not saved</source>
        <translation>Objetivos no guardados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redone: %1.</source>
        <translation>Rehecho: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the report to %1.</source>
        <translation>Se ha guardado el informe en %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <location filename="../../journal_app/ui/charts/monthly.py" line="+24"/>
        <source>Monthly headache and medication days chart</source>
        <translation>Gráfico mensual de días con dolor de cabeza y con medicación</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1: %n headache days of %2 logged</source>
        <translation>
            <numerusform>%1: %n día con dolor de cabeza de %2 registrados</numerusform>
            <numerusform>%1: %n días con dolor de cabeza de %2 registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n moderate or severe</source>
        <translation>
            <numerusform>, %n moderado o intenso</numerusform>
            <numerusform>, %n moderados o intensos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>partial month</source>
        <translation>mes parcial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medication not recorded</source>
        <translation>medicación no registrada</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 %n days</source>
        <translation>
            <numerusform>%1: %n día</numerusform>
            <numerusform>%1: %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source> (overuse)</source>
        <translation> (uso excesivo)</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>any acute medication %n days</source>
        <translation>
            <numerusform>alguna medicación aguda %n día</numerusform>
            <numerusform>alguna medicación aguda %n días</numerusform>
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
        <translation>Días con dolor de cabeza</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Medication days</source>
        <translation>Días con medicación</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>of which moderate or severe (4–10)</source>
        <translation>de ellos, moderados o intensos (4–10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days logged</source>
        <translation>Días registrados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partial month (fewer than 21 days logged)</source>
        <translation>Mes parcial (menos de 21 días registrados)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 headache days</source>
        <translation>%1 días con dolor de cabeza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days: chronic migraine (ICHD-3)</source>
        <translation>%1 días: migraña crónica (ICHD-3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any acute medication</source>
        <translation>Cualquier medicación aguda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partial month</source>
        <translation>Mes parcial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overuse (outlined)</source>
        <translation>Uso excesivo (contorno)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medication not recorded</source>
        <translation>Medicación no registrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days: overuse (simple analgesics)</source>
        <translation>%1 días: uso excesivo (analgésicos simples)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days: overuse (other classes, or several together)</source>
        <translation>%1 días: uso excesivo (otras clases o varias juntas)</translation>
    </message>
</context>
<context>
    <name>NewJournalDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/journal_dialogs.py" line="+57"/>
        <location line="+56"/>
        <source>New journal</source>
        <extracomment>What File › New adds to a file name given without one of the journal extensions.</extracomment>
        <translation>Nuevo diario</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>A nickname is fine</source>
        <translation>Vale con un apodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient&apos;s &amp;name:</source>
        <translation>&amp;Nombre del paciente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One journal per patient: the name shows in the title bar and in File › Open.</source>
        <translation>Un diario por paciente: el nombre aparece en la barra de título y en Archivo › Abrir.</translation>
    </message>
</context>
<context>
    <name>NoJournalPage</name>
    <message>
        <location filename="../../journal_app/ui/widgets/no_journal_page.py" line="+17"/>
        <source>No journal is open.</source>
        <translation>No hay ningún diario abierto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new journal…</source>
        <translation>Crear un diario nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a journal…</source>
        <translation>Abrir un diario…</translation>
    </message>
</context>
<context>
    <name>OnsetWords</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/help_dialog.py" line="+25"/>
        <source>Botulinum toxin relaxes the injected muscles for a while; then its effect wears off and the next injection is due. The journal looks at your own logged days to see when that happens for you.</source>
        <translation>La toxina botulínica relaja durante un tiempo los músculos inyectados; después su efecto se desvanece y toca la siguiente inyección. El diario mira los días que usted ha registrado para ver cuándo le ocurre a usted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Onset&lt;/b&gt; is the first day after an injection from which your symptoms stay at least 30% better than before, for a week. Relief often begins after about a week and usually shows within 2–4 weeks.</source>
        <translation>El &lt;b&gt;inicio&lt;/b&gt; es el primer día tras una inyección desde el que sus síntomas se mantienen al menos un 30 % mejor que antes durante una semana. El alivio suele empezar hacia la primera semana y normalmente se nota en 2–4 semanas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Wear-off&lt;/b&gt; is the first day after the onset from which the symptoms stay less than 30% better for a week: the effect has faded.</source>
        <translation>El &lt;b&gt;fin del efecto&lt;/b&gt; es el primer día tras el inicio desde el que los síntomas se mantienen menos de un 30 % mejor durante una semana: el efecto se ha desvanecido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &lt;b&gt;expected onset window&lt;/b&gt; and the &lt;b&gt;re-injection window&lt;/b&gt; are the days after an injection in which relief usually starts and in which the next injection is usually given, from patient guidance on botulinum toxin treatment. Your clinician may agree other windows with you: change them in Preferences or for one injection.</source>
        <translation>La &lt;b&gt;ventana de inicio prevista&lt;/b&gt; y la &lt;b&gt;ventana de reinyección&lt;/b&gt; son los días tras una inyección en los que el alivio suele empezar y en los que se suele poner la siguiente inyección, según la información para pacientes sobre el tratamiento con toxina botulínica. Su médico puede acordar otras ventanas con usted: cámbielas en Preferencias o para una sola inyección.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal says what your days show; it is not medical advice. Talk to your clinician about your treatment.</source>
        <translation>El diario dice lo que muestran sus días; no es consejo médico. Hable con su médico sobre su tratamiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cycle: severity falls after the injection, then rises again.</source>
        <translation>Un ciclo: la intensidad baja tras la inyección y luego vuelve a subir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected onset</source>
        <translation>Inicio esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-injection window</source>
        <translation>Periodo de reinyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onset: 30% better</source>
        <translation>Inicio: 30 % mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear-off</source>
        <translation>Fin del efecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your symptom level</source>
        <translation>Su nivel de síntomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after the injection</source>
        <translation>Días tras la inyección</translation>
    </message>
</context>
<context>
    <name>OpenJournalDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/journal_dialogs.py" line="+47"/>
        <source>Open journal</source>
        <translation>Abrir diario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journals</source>
        <translation>Diarios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;read-only (look, change nothing)</source>
        <translation>Abrir en solo &amp;lectura (mirar, sin cambiar nada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open read-only (look, change nothing)</source>
        <translation>Abrir en solo lectura (mirar, sin cambiar nada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another &amp;file…</source>
        <translation>Otro &amp;archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file…</source>
        <translation>Otro archivo…</translation>
    </message>
</context>
<context>
    <name>OverlayChart</name>
    <message>
        <location filename="../../journal_app/ui/charts/overlay.py" line="+25"/>
        <source>Cycles overlaid chart</source>
        <translation>Gráfico de ciclos superpuestos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day %1 after injection</source>
        <translation>Día %1 tras la inyección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>median %1 (middle half %2–%3)</source>
        <translation>mediana %1 (mitad central %2–%3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 at week 4</source>
        <extracomment>%1 the patient&apos;s impression of change, e.g. &quot;Much better&quot;.</extracomment>
        <translation>%1 en la semana 4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 before the next injection</source>
        <translation>%1 antes de la siguiente inyección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you reported it wore off on day %1</source>
        <translation>usted indicó que el efecto pasó el día %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>detected: day %1</source>
        <translation>detectado: día %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none detected</source>
        <translation>no se detectó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, your check-ins: %2</source>
        <extracomment>%1 a session&apos;s date (the cycle&apos;s name); %2 what the patient&apos;s check-ins said of it.</extracomment>
        <translation>%1, sus seguimientos: %2</translation>
    </message>
</context>
<context>
    <name>OverlayFigure</name>
    <message>
        <location filename="../../journal_app/charts/overlay.py" line="+62"/>
        <source>Days since injection</source>
        <translation>Días desde la inyección</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+196"/>
        <source>Expected onset</source>
        <translation>Inicio esperado</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+194"/>
        <source>Re-injection window</source>
        <translation>Periodo de reinyección</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Days since injection; each line a %1-day centred mean</source>
        <translation>Días desde la inyección; cada línea, una media centrada de %1 días</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Reference, the 28 days before the course: %1</source>
        <translation>Referencia, los 28 días antes de la serie de tratamiento: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference, the level before treatment (profile): %1</source>
        <translation>Referencia, el nivel antes del tratamiento (perfil): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference, the 14 days before the latest injection: %1</source>
        <translation>Referencia, los 14 días antes de la última inyección: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (latest)</source>
        <translation>%1 (último)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier cycles (%1)</source>
        <translation>Ciclos anteriores (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Median of %1 cycles</source>
        <translation>Mediana de %1 ciclos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Middle half of the cycles</source>
        <translation>Mitad central de los ciclos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>30% better than the reference: %1</source>
        <translation>30&#xa0;% mejor que la referencia: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Relief began (onset)</source>
        <translation>Empezó el alivio (inicio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wore off</source>
        <translation>Fin del efecto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wear-off you reported</source>
        <translation>Fin del efecto según usted</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/preferences_dialog.py" line="+64"/>
        <source>Preferences</source>
        <extracomment>Ranges of the retention counts: a daily backup is always kept (today&apos;s).</extracomment>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Preferences pages</source>
        <translation>Páginas de preferencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected &amp;windows</source>
        <translation>&amp;Periodos esperados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Aspecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups</source>
        <translation>&amp;Copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Recordatorios</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Put this page&apos;s settings back to the app&apos;s own</source>
        <translation>Devolver los ajustes de esta página a los de la aplicación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Expected onset&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inicio esperado&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Re-injection window&lt;/b&gt;</source>
        <translation>&lt;b&gt;Periodo de reinyección&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Check-up&lt;/b&gt;</source>
        <translation>&lt;b&gt;Revisión&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Indication&lt;/b&gt;</source>
        <translation>&lt;b&gt;Indicación&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Days after an injection. A newly recorded injection starts with the windows of its indication, and you can still change them for that one injection. Injections already recorded keep their own.</source>
        <translation>Días tras una inyección. Una inyección recién registrada empieza con los periodos de su indicación, y aún puede cambiarlos para esa inyección. Las inyecciones ya registradas conservan los suyos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: expected onset from</source>
        <translation>%1: inicio esperado desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: expected onset to</source>
        <translation>%1: inicio esperado hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: re-injection window from</source>
        <translation>%1: periodo de reinyección desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: re-injection window to</source>
        <translation>%1: periodo de reinyección hasta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>default onset %1–%2 days: %3</source>
        <translation>inicio predeterminado de %1–%2 días, según %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No check-up is planned for migraine.</source>
        <translation>No se prevé revisión para la migraña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check-up %1 days after each injection; not changed here.</source>
        <translation>Una revisión %1 días después de cada inyección; no se cambia aquí.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the defaults come from: each default onset names its source above; the re-injection windows and the check-up after a spasm injection follow patient guidance on botulinum toxin treatment. Check-ups stay at %1 days after each spasm injection; they are not set here. Re-injecting sooner than 12 weeks raises the risk of neutralising antibodies (clinical literature on neutralising antibodies to botulinum toxin), so the journal warns about any injection less than %2 days from another session, before or after it (%3 days for chronic migraine, where its re-injection window opens), whatever these windows say. This journal is not medical advice: agree your windows with your clinician.</source>
        <translation>De dónde salen los valores predeterminados: cada inicio predeterminado indica arriba su fuente; los periodos de reinyección y la revisión tras una inyección por espasmos siguen la información para pacientes sobre el tratamiento con toxina botulínica. Las revisiones se mantienen a %1 días de cada inyección por espasmos; no se fijan aquí. Reinyectar antes de 12 semanas aumenta el riesgo de anticuerpos neutralizantes (bibliografía clínica sobre los anticuerpos neutralizantes frente a la toxina botulínica), por lo que el diario avisa de toda inyección a menos de %2 días de otra sesión, antes o después de ella (%3 días en la migraña crónica, cuando se abre su periodo de reinyección), digan lo que digan estos periodos. Este diario no es un consejo médico: acuerde sus periodos con su profesional sanitario.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Daily backups kept:</source>
        <translation>Copias &amp;diarias conservadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;eekly backups kept:</source>
        <translation>Copias &amp;semanales conservadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly backups kept:</source>
        <translation>Copias &amp;mensuales conservadas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first time a journal is opened each day, a copy of it is taken into a hidden folder beside it. Older copies are thinned out: the newest copy of each of the last few days, weeks and months is kept, as many as set below, and copies taken before an upgrade of the app are always kept. Put one back with File › Restore from backup.</source>
        <translation>La primera vez que se abre un diario cada día, se hace una copia en una carpeta oculta a su lado. Las copias antiguas se van reduciendo: se conserva la más reciente de cada uno de los últimos días, semanas y meses, tantas como se indica abajo, y las copias hechas antes de una actualización de la aplicación se conservan siempre. Para recuperar una, use Archivo › Restaurar desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes apply from the next time a journal is opened.</source>
        <translation>Los cambios se aplican a partir de la próxima vez que se abra un diario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Remind me to log the day, at</source>
        <translation>Recordarme registrar el día, a las</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me a week before a re-injection window opens</source>
        <translation>Avisarme una semana antes de que se abra una ventana de reinyección</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The daily reminder stays silent once the day is logged. Reminders come as desktop notifications from the tray icon, also while the window is closed: with a reminder on, the app starts in the tray when you log in.</source>
        <translation>El recordatorio diario no aparece si el día ya está registrado. Los recordatorios llegan como notificaciones del escritorio desde el icono de la bandeja, también con la ventana cerrada: con un recordatorio activado, la aplicación se inicia en la bandeja al entrar en la sesión.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/profile_dialog.py" line="+54"/>
        <source>Patient profile</source>
        <extracomment>Shown in the (disabled) date field while the date of birth is not known.</extracomment>
        <translation>Perfil del paciente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A nickname is fine</source>
        <translation>Vale con un apodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth &amp;known</source>
        <translation>Fecha de nacimiento &amp;conocida</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not entered</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Patient &amp;name:</source>
        <translation>&amp;Nombre del paciente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic &amp;patient ID:</source>
        <translation>Número de &amp;historia clínica:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treating &amp;clinician:</source>
        <translation>P&amp;rofesional responsable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing else personal is asked for; everything stays in this journal file on this computer.</source>
        <translation>No se pide ningún otro dato personal; todo se queda en el archivo de este diario en este ordenador.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Before treatment began (optional)</source>
        <translation>Antes de empezar el tratamiento (opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usual &amp;spasm severity (0–10):</source>
        <translation>Intensidad habitual de los &amp;espasmos (0–10):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headache days a month (0–31):</source>
        <translation>Días con dolor de cabeza al &amp;mes (0–31):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For treatment that began before this journal: cycles are judged against these levels when too few days were logged before the first injection.</source>
        <translation>Si el tratamiento empezó antes que este diario: los ciclos se valoran frente a estos niveles cuando se registraron muy pocos días antes de la primera inyección.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>“%1” is not a whole number: type one from %2 to %3, or leave it empty.</source>
        <translation>«%1» no es un número entero: escriba uno del %2 al %3, o déjelo vacío.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../journal_app/ui/widgets/reminders.py" line="+77"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log today</source>
        <translation>Registrar hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders dismissed for today.</source>
        <translation>Recordatorios descartados por hoy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today is logged; nothing else is due.</source>
        <translation>Hoy está registrado; no hay nada más pendiente.</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <location filename="../../journal_app/ui/notifications.py" line="+117"/>
        <source>Today is not logged yet. A few seconds will do.</source>
        <extracomment>A re-injection window is announced this many days before it opens.</extracomment>
        <translation>Hoy aún no está registrado. Bastan unos segundos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your re-injection window for %1 opens on %2 (%3).</source>
        <translation>Su ventana de reinyección para %1 se abre el %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <location filename="../../journal_app/report/text.py" line="+33"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln days logged in the range (%2)</source>
        <translation>
            <numerusform>%1 de %Ln día registrados en el periodo (%2)</numerusform>
            <numerusform>%1 de %Ln días registrados en el periodo (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln cycles</source>
        <translation>
            <numerusform>%Ln ciclo</numerusform>
            <numerusform>%Ln ciclos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln mes</numerusform>
            <numerusform>%Ln meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/report_dialog.py" line="+68"/>
        <source>Clinician report</source>
        <translation>Informe para el profesional sanitario</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Include the patient&apos;s notes</source>
        <translation>Incluir las notas del paciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cycles table</source>
        <translation>Tabla de ciclos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycles overlaid chart</source>
        <translation>Gráfico de ciclos superpuestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection history</source>
        <translation>Historial de inyecciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache and medication days per month</source>
        <translation>Días con dolor de cabeza y con medicación al mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar of severities</source>
        <translation>Calendario de intensidades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the one-page summary</source>
        <translation>Tras el resumen de una página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A one-page summary for the clinician, then the details chosen below. Notes are the patient&apos;s own words: they are left out unless included.</source>
        <translation>Un resumen de una página para el profesional sanitario y, a continuación, los detalles elegidos abajo. Las notas son palabras del propio paciente: se omiten salvo que se incluyan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For a clinic whose records system imports patient data: File › Export for clinics (FHIR) writes the journal as a FHIR R4 file instead of a PDF.</source>
        <translation>Para una clínica cuyo sistema de historias importa datos de pacientes: Archivo › Exportar para clínicas (FHIR) guarda el diario como archivo FHIR R4 en lugar de un PDF.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 report %2</source>
        <extracomment>A file name: %1 is the patient&apos;s name, %2 today&apos;s date as YYYY-MM-DD.</extracomment>
        <translation>%1 informe %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/restore_dialog.py" line="+10"/>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no backups of this journal yet. One is taken automatically each day the journal is opened.</source>
        <translation>Aún no hay copias de seguridad de este diario. Se hace una automáticamente cada día que se abre el diario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a copy to put in place of %1. The journal as it is now is kept beside it as a separate file, so nothing is lost.</source>
        <translation>Elija una copia para ponerla en lugar de %1. El diario tal como está ahora se conserva al lado como un archivo aparte, así que no se pierde nada.</translation>
    </message>
</context>
<context>
    <name>SeverityScale</name>
    <message>
        <location filename="../../journal_app/ui/widgets/severity_input.py" line="+144"/>
        <source>Severity %1</source>
        <translation>Intensidad %1</translation>
    </message>
</context>
<context>
    <name>SeveritySpinBox</name>
    <message>
        <location line="-114"/>
        <source>not logged</source>
        <extracomment>Why a keystroke was refused (empty once a valid one follows).</extracomment>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” is not a severity: type a whole number from 0 to 10.</source>
        <extracomment>What has been typed since a keystroke was refused (&quot;-1&quot;): all of it is refused.</extracomment>
        <translation>«%1» no es una intensidad: escriba un número entero del 0 al 10.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/shortcuts_dialog.py" line="+50"/>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Go to today&apos;s form, spasm severity focused</source>
        <translation>Ir al formulario de hoy, con la intensidad de los espasmos seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 – 10</source>
        <translation>0 – 10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a number to set the focused severity</source>
        <translation>Escriba un número para fijar la intensidad seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the focused severity (not logged)</source>
        <translation>Borrar la intensidad seleccionada (sin registrar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move from spasm to headache severity, and on through the form</source>
        <translation>Pasar de la intensidad de los espasmos a la del dolor de cabeza, y seguir por el formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a date: in your usual format or as 2026-11-21</source>
        <translation>Escribir una fecha: en su formato habitual o como 2026-11-21</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the day (Enter outside the notes, Ctrl+Return anywhere)</source>
        <translation>Guardar el día (Intro fuera de las notas, Ctrl+Intro en cualquier sitio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record an injection</source>
        <translation>Registrar una inyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the clinician report (PDF)</source>
        <translation>Exportar el informe para el profesional sanitario (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo / redo</source>
        <translation>Deshacer / rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected entry or injection</source>
        <translation>Eliminar el registro o la inyección seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open / new journal</source>
        <translation>Abrir / nuevo diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the journal</source>
        <translation>Guardar una copia del diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys, Page Up / Page Down, Home</source>
        <translation>Flechas, Re Pág / Av Pág, Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Trends calendar: move a day, a week or a month; Home goes to today</source>
        <translation>En el calendario de Tendencias: moverse un día, una semana o un mes; Inicio lleva a hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../journal_app/ui/widgets/status_panel.py" line="+98"/>
        <source>Current treatment</source>
        <translation>Tratamiento actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures as of</source>
        <translation>Cifras a fecha de</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Expected windows: patient guidance on botulinum toxin treatment. This journal is not medical advice.</source>
        <translation>Periodos esperados: información para pacientes sobre el tratamiento con toxina botulínica. Este diario no es un consejo médico.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Record one with Ctrl+I.</source>
        <translation>Registre una con Ctrl+I.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the next injection with Ctrl+I when it is given.</source>
        <translation>Registre la próxima inyección con Ctrl+I cuando se la pongan.</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../journal_app/ui/charts/timeline.py" line="+34"/>
        <source>Timeline chart</source>
        <translation>Gráfico de evolución</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not logged</source>
        <translation>%1: sin registrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1-day mean %2)</source>
        <translation> (media de %1 días: %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>injection: %1</source>
        <translation>inyección: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day %1 after %2 (%3)</source>
        <translation>día %1 tras %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected onset window</source>
        <translation>periodo de inicio esperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>re-injection window</source>
        <translation>periodo de reinyección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-up due</source>
        <translation>revisión prevista</translation>
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
        <translation>Intensidad (0–10)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Last entry</source>
        <translation>Última entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2-day centred mean)</source>
        <translation>%1 (media centrada de %2 días)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (daily)</source>
        <translation>%1 (diario)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected onset</source>
        <translation>Inicio esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-injection window</source>
        <translation>Periodo de reinyección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check-up due</source>
        <translation>Revisión prevista</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../journal_app/ui/widgets/today_page.py" line="+83"/>
        <source>This journal is open read-only: you can look at every day, but not change anything.</source>
        <extracomment>The notices (a check-in card among them) keep this share of the screen&apos;s height in view when the window is too small for them and the form: the form&apos;s Save row needs the rest. … and take at most this share of the page, however long they are.</extracomment>
        <translation>Este diario está abierto en solo lectura: puede consultar cada día, pero no cambiar nada.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&lt;b&gt;Welcome to Relief Journal.&lt;/b&gt; Log today below, or look around a demo journal with three years of generated data to see what the charts show.</source>
        <translation>&lt;b&gt;Bienvenido a Relief Journal.&lt;/b&gt; Registre hoy aquí debajo, o explore un diario de demostración con tres años de datos generados para ver lo que muestran los gráficos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the demo journal</source>
        <translation>Abrir el diario de demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, thanks</source>
        <translation>No, gracias</translation>
    </message>
</context>
<context>
    <name>TrackCard</name>
    <message>
        <location filename="../../journal_app/ui/widgets/status_panel.py" line="-117"/>
        <source>This cycle</source>
        <translation>Este ciclo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next injection</source>
        <translation>Próxima inyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track summary</source>
        <translation>Resumen de los ciclos</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../journal_app/ui/tray.py" line="+24"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../journal_app/ui/widgets/trends_page.py" line="+188"/>
        <source>Timeline</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cycles overlaid</source>
        <translation>Ciclos superpuestos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Trends view</source>
        <translation>Vista de tendencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Save chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read-out</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expected windows: patient guidance on botulinum toxin treatment. Self-reported journal, not medical advice.</source>
        <translation>Periodos esperados: información para pacientes sobre el tratamiento con toxina botulínica. Diario del propio paciente, no un consejo médico.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 months</source>
        <translation>6 meses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spasm days</source>
        <translation>Espasmos diarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spasm mean</source>
        <translation>Media de espasmos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache days</source>
        <translation>Dolor de cabeza diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache mean</source>
        <translation>Media de dolor de cabeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected windows</source>
        <translation>Periodos esperados</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare cycles of:</source>
        <translation>Comparar ciclos de:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Course:</source>
        <translation>Serie de tratamiento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course</source>
        <translation>Serie de tratamiento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The latest cycle is drawn thick; earlier ones fade with age.</source>
        <translation>El último ciclo se dibuja grueso; los anteriores se atenúan con la antigüedad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag sideways for earlier months; scroll to zoom. Outlined bars: overuse.</source>
        <translation>Arrastre a los lados para ver meses anteriores; use la rueda para ampliar. Barras con contorno: uso excesivo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Previous 12 months</source>
        <translation>12 meses anteriores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next 12 months</source>
        <translation>12 meses siguientes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Colour by:</source>
        <translation>Colorear por:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrow keys move between days; Home goes to today.</source>
        <translation>Las flechas mueven entre días; Inicio lleva a hoy.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Log a few days and an injection to see trends here</source>
        <translation>Registre algunos días y una inyección para ver aquí las tendencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the Today tab (Ctrl+T) to log a day, Ctrl+I to record an injection.</source>
        <translation>Use la pestaña Hoy (Ctrl+T) para registrar un día y Ctrl+I para registrar una inyección.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No injection recorded yet</source>
        <translation>Aún no hay ninguna inyección registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an injection (Ctrl+I) to compare how each cycle goes.</source>
        <translation>Registre una inyección (Ctrl+I) para comparar cómo va cada ciclo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not enough days logged after an injection yet</source>
        <translation>Aún no hay suficientes días registrados tras una inyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cycle&apos;s curve appears once about a week is logged after an injection.</source>
        <translation>La curva de un ciclo aparece cuando se ha registrado más o menos una semana tras una inyección.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, from %2</source>
        <translation>%1, desde el %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No days logged yet</source>
        <translation>Aún no hay días registrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache and medication days per month appear once days are logged.</source>
        <translation>Los días con dolor de cabeza y con medicación de cada mes aparecen cuando se registran días.</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Point at the chart to read a day&apos;s values.</source>
        <translation>Señale el gráfico para leer los valores de un día.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Point at the chart to compare a day across cycles.</source>
        <translation>Señale el gráfico para comparar un día entre ciclos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Point at a month to read its counts.</source>
        <translation>Señale un mes para leer sus recuentos.</translation>
    </message>
    <message>
        <location line="+443"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chart not saved</source>
        <translation>Gráfico no guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be saved to %1:
%2</source>
        <translation>No se ha podido guardar el gráfico en %1:
%2</translation>
    </message>
</context>
<context>
    <name>TrendsWords</name>
    <message>
        <location filename="../../journal_app/ui/widgets/trends_words.py" line="+79"/>
        <source>The answer in words</source>
        <translation>La respuesta en palabras</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/dialogs/fhir_export.py" line="+69"/>
        <source>%n observations</source>
        <translation>
            <numerusform>%n observación</numerusform>
            <numerusform>%n observaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n injections</source>
        <translation>
            <numerusform>%n inyección</numerusform>
            <numerusform>%n inyecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n seguimiento</numerusform>
            <numerusform>%n seguimientos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_GoalRow</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/goals_dialog.py" line="-215"/>
        <source>e.g. turn my head to drive</source>
        <translation>p. ej., girar la cabeza para conducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Goal %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 active</source>
        <translation>%1 activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>_MessageCounts</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/errors.py" line="+76"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln injections</source>
        <translation>
            <numerusform>%Ln inyección</numerusform>
            <numerusform>%Ln inyecciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TrackGoals</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/goals_dialog.py" line="+18"/>
        <source>No goals yet for this track.</source>
        <translation>Aún no hay objetivos para esta área.</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <location filename="../../journal_app/wording/analysis.py" line="+48"/>
        <source>No entries since %1; figures are as of that day.</source>
        <translation>No hay entradas desde el %1; las cifras son las de ese día.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No lasting relief was detected in the latest cycles; injections have come every %1 days.</source>
        <translation>No se detectó alivio duradero en los últimos ciclos; las inyecciones han llegado cada %1 días.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relief usually starts around day %1 and holds until the next injection; injections have come every %2 days.</source>
        <translation>El alivio suele empezar hacia el día %1 y se mantiene hasta la siguiente inyección; las inyecciones han llegado cada %2 días.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relief usually starts around day %1 and wears off around day %2; injections have come every %3 days, leaving about %4 days without relief.</source>
        <translation>El alivio suele empezar hacia el día %1 y desaparecer hacia el día %2; las inyecciones han llegado cada %3 días, lo que deja unos %4 días sin alivio.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: day %2 after your injection of %3; relief from the last injection was still holding when it was given.</source>
        <translation>%1: día %2 después de su inyección del %3; el alivio de la inyección anterior aún se mantenía cuando se la pusieron.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: day %2 after your injection of %3; relief started on day %4 and wore off on day %5.</source>
        <translation>%1: día %2 después de su inyección del %3; el alivio empezó el día %4 y desapareció el día %5.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: day %2 after your injection of %3; relief started on day %4.</source>
        <translation>%1: día %2 después de su inyección del %3; el alivio empezó el día %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: day %2 after your injection of %3; relief is expected to start %4 – %5.</source>
        <translation>%1: día %2 después de su inyección del %3; se espera que el alivio empiece entre el %4 y el %5.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: day %2 after your injection of %3; no lasting relief detected yet.</source>
        <translation>%1: día %2 después de su inyección del %3; todavía no se ha detectado alivio duradero.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Next injection window %1 – %2, %3.</source>
        <translation>Próxima ventana de inyección: %1 – %2, %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next injection window %1 – %2, %3; check-up %4.</source>
        <translation>Próxima ventana de inyección: %1 – %2, %3; revisión el %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No complete cycle yet: the summary starts with the next injection.</source>
        <translation>Aún no hay ningún ciclo completo: el resumen empieza con la próxima inyección.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No injection recorded yet.</source>
        <translation>Aún no hay ninguna inyección registrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No current course of treatment: the latest injection, for %1 on %2, is long past its re-injection window.</source>
        <translation>No hay ningún tratamiento en curso: la ventana de reinyección de la última inyección (%1, %2) pasó hace tiempo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No reference to compare with: fewer than 7 days logged in the 4 weeks before this course, and no headache days before treatment in the profile.</source>
        <translation>No hay referencia con la que comparar: menos de 7 días registrados en las 4 semanas antes de este tratamiento y ningún dato de días de dolor de cabeza antes del tratamiento en el perfil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference: %1 headache days per 28 days before treatment, from the profile.</source>
        <translation>Referencia: %1 días de dolor de cabeza cada 28 días antes del tratamiento, según el perfil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference: %1 headache days per 28 days in the 4 weeks before this course (%2 – %3).</source>
        <translation>Referencia: %1 días de dolor de cabeza cada 28 días en las 4 semanas antes de este tratamiento (%2 – %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2 – %3): too few days with headache logged to count (%4 of the %5 needed).</source>
        <translation>%1 (%2 – %3): muy pocos días con el dolor de cabeza registrado para calcularlo (%4 de los %5 necesarios).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2 – %3): %4 headache days per 28 days; no reference to compare with.</source>
        <translation>%1 (%2 – %3): %4 días de dolor de cabeza cada 28 días; no hay referencia con la que comparar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2 – %3): %4 headache days per 28 days, %5% fewer than the reference: past both the 30% mark (NICE TA260) and the 50% mark (trials).</source>
        <translation>%1 (%2 – %3): %4 días de dolor de cabeza cada 28 días, un %5 % menos que la referencia: alcanza tanto la marca del 30 % (NICE TA260) como la del 50 % (ensayos).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 – %3): %4 headache days per 28 days, %5% fewer than the reference: past the 30% mark (NICE TA260), short of the 50% mark (trials).</source>
        <translation>%1 (%2 – %3): %4 días de dolor de cabeza cada 28 días, un %5 % menos que la referencia: alcanza la marca del 30 % (NICE TA260), no la del 50 % (ensayos).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 – %3): %4 headache days per 28 days, about as many as the reference: short of the 30% mark (NICE TA260).</source>
        <translation>%1 (%2 – %3): %4 días de dolor de cabeza cada 28 días, más o menos los mismos que la referencia: no alcanza la marca del 30 % (NICE TA260).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 – %3): %4 headache days per 28 days, %5% fewer than the reference: short of the 30% mark (NICE TA260).</source>
        <translation>%1 (%2 – %3): %4 días de dolor de cabeza cada 28 días, un %5 % menos que la referencia: no alcanza la marca del 30 % (NICE TA260).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 – %3): %4 headache days per 28 days, %5% more than the reference.</source>
        <translation>%1 (%2 – %3): %4 días de dolor de cabeza cada 28 días, un %5 % más que la referencia.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After two cycles, also the latest complete cycle</source>
        <translation>Tras dos ciclos, que es también el último ciclo completo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After two cycles</source>
        <translation>Tras dos ciclos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest complete cycle</source>
        <translation>Último ciclo completo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 28 days</source>
        <translation>Últimos 28 días</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Less than 30% fewer headache days after two cycles: one of the stopping criteria of NICE TA260.</source>
        <translation>Los días de dolor de cabeza han bajado menos de un 30 % tras dos ciclos: uno de los criterios de suspensión de NICE TA260.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fewer than %1 headache days a month for %2 consecutive months, %3 – %4: one of the stopping criteria of NICE TA260.</source>
        <translation>Menos de %1 días de dolor de cabeza al mes durante %2 meses seguidos, %3 – %4: uno de los criterios de suspensión de NICE TA260.</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../journal_app/services/ics.py" line="+87"/>
        <source>Re-injection window: %1 (%2)</source>
        <extracomment>Days before a window opens (or a check-up) that the calendar reminds the patient.</extracomment>
        <translation>Periodo de reinyección: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The window in which the next injection for %1 is due: %2 to %3, after the injection of %4. Book it with your clinician.</source>
        <translation>Periodo en el que toca la próxima inyección (%1): del %2 al %3, tras la inyección del %4. Pida cita con su profesional sanitario.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check-up with a professional: %1</source>
        <translation>Revisión con un profesional sanitario: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A check-up with a professional 12 weeks after the injection of %1 for %2.</source>
        <translation>Una revisión con un profesional sanitario 12 semanas después de la inyección del %1 (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From Relief Journal, a self-reported journal; not medical advice.</source>
        <translation>De Relief Journal, un diario que lleva el propio paciente; no es un consejo médico.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Injection windows and check-ups from the journal of %1</source>
        <translation>Periodos de inyección y revisiones del diario de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a patient</source>
        <translation>un paciente</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../journal_app/ui/charts/export.py" line="+87"/>
        <source>Nothing could be written to %1</source>
        <extracomment>Saved PNGs are drawn at this multiple of the on-screen size, sharp on paper and in slides.</extracomment>
        <translation>No se ha podido escribir nada en %1</translation>
    </message>
</context>
<context>
    <name>checkins</name>
    <message>
        <location filename="../../journal_app/wording/labels.py" line="+69"/>
        <source>Very much better</source>
        <extracomment>The patient global impression&apos;s answers, best first: the check-in card&apos;s words.</extracomment>
        <translation>Muchísimo mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Much better</source>
        <translation>Mucho mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little better</source>
        <translation>Un poco mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little worse</source>
        <translation>Un poco peor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Much worse</source>
        <translation>Mucho peor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very much worse</source>
        <translation>Muchísimo peor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>much less than expected</source>
        <extracomment>The goal-attainment scale&apos;s words, −2 to +2.</extracomment>
        <translation>mucho menos de lo esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than expected</source>
        <translation>menos de lo esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as expected</source>
        <translation>como se esperaba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than expected</source>
        <translation>más de lo esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>much more than expected</source>
        <translation>mucho más de lo esperado</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, on</source>
        <translation>Sí, el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>No estoy seguro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week 4</source>
        <translation>Semana 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the next injection</source>
        <translation>Antes de la próxima inyección</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../journal_app/domain/demo.py" line="+33"/>
        <source>Generated demo data: Alex Demo is a fictional patient, not a real person. Explore and change anything here; start a new journal for your own records.</source>
        <translation>Datos de demostración generados: Alex Demo es un paciente ficticio, no una persona real. Explore y cambie lo que quiera; para sus propios datos, empiece un diario nuevo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>31 sites: forehead, temples, back of head, neck, shoulders</source>
        <translation>31 puntos: frente, sienes, nuca, cuello, hombros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left sternocleidomastoid, right splenius capitis, both trapezius</source>
        <translation>esternocleidomastoideo izquierdo, esplenio de la cabeza derecho, ambos trapecios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left sternocleidomastoid, right splenius capitis, right levator scapulae</source>
        <translation>esternocleidomastoideo izquierdo, esplenio de la cabeza derecho, elevador de la escápula derecho</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>stress</source>
        <extracomment>The dystonia product before and after the switch, with the usual doses of each. Share of the journal&apos;s span after which the dystonia product is switched.</extracomment>
        <translation>estrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poor sleep</source>
        <translation>dormir mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>red wine</source>
        <translation>vino tinto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weather</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bright light</source>
        <translation>luz intensa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped meal</source>
        <translation>saltarse una comida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flu-like aches for a couple of days</source>
        <translation>Dolores como de gripe durante un par de días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long day at work.</source>
        <translation>Día largo en el trabajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slept badly.</source>
        <translation>He dormido mal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck stiff in the morning.</source>
        <translation>Cuello rígido por la mañana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good day overall.</source>
        <translation>Buen día en general.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head pulling to the left again.</source>
        <translation>La cabeza vuelve a tirar hacia la izquierda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migraine woke me up.</source>
        <translation>Me ha despertado la migraña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy weekend.</source>
        <translation>Fin de semana ajetreado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walked 5 km, felt fine.</source>
        <translation>He caminado 5 km y me he encontrado bien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heavy-headed, rain all day.</source>
        <translation>Cabeza pesada, lluvia todo el día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tremor worse when tired.</source>
        <translation>El temblor empeora con el cansancio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physio exercises done.</source>
        <translation>Ejercicios de fisioterapia hechos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen work made it worse.</source>
        <translation>El trabajo con pantallas lo ha empeorado.</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>Back from holiday; didn&apos;t log while away.</source>
        <translation>De vuelta de vacaciones; no he registrado nada mientras estaba fuera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injection day.</source>
        <translation>Día de inyección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still no real relief this cycle.</source>
        <translation>Sigo sin notar alivio de verdad en este ciclo.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Switched from abobotulinumtoxinA (Dysport) to incobotulinumtoxinA (Xeomin); units are not interchangeable.</source>
        <translation>Cambio de abobotulinumtoxinA (Dysport) a incobotulinumtoxinA (Xeomin); las unidades no son intercambiables.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>First treatment.</source>
        <translation>Primer tratamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back on treatment after a break of several months.</source>
        <translation>De nuevo en tratamiento tras una pausa de varios meses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought forward before a trip.</source>
        <translation>Adelantada antes de un viaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic rescheduled the appointment.</source>
        <translation>La consulta cambió la cita.</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/demo_checkins.py" line="+27"/>
        <source>Turn my head to check the mirror when driving</source>
        <translation>Girar la cabeza para mirar el retrovisor al conducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read for half an hour without my head pulling</source>
        <translation>Leer media hora sin que la cabeza me tire</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../journal_app/storage/probe.py" line="+62"/>
        <source>%1 is not a Relief Journal file (not a SQLite database).</source>
        <translation>%1 no es un archivo de Relief Journal (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%1 is a database of another application, not a Relief Journal.</source>
        <translation>%1 es una base de datos de otra aplicación, no un diario de Relief Journal.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>%1 was written by a newer version of Relief Journal. Install the latest version to open it; the file has not been changed.</source>
        <translation>%1 se escribió con una versión más reciente de Relief Journal. Instale la última versión para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>%1 is a %2, not a journal file.</source>
        <translation>%1 no es un archivo de diario (tipo: %2).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 holds things Relief Journal does not make (%2), so it is not opened: nothing stored in it may run. The file has not been changed.</source>
        <translation>%1 contiene elementos que Relief Journal no crea (%2), así que no se abre: nada de lo guardado en él puede ejecutarse. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 is no longer there; it was moved or removed.</source>
        <translation>%1 ya no está ahí; se ha movido o eliminado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is damaged and cannot be read. Restore it from a backup.</source>
        <translation>%1 está dañado y no se puede leer. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/db.py" line="+102"/>
        <location line="+7"/>
        <source>There is no journal at %1.</source>
        <translation>No hay ningún diario en %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create %1: %2.</source>
        <translation>No se puede crear %1: %2.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/probe.py" line="-174"/>
        <source>%1 is a folder, not a journal file.</source>
        <translation>%1 es una carpeta, no un archivo de diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/db.py" line="+6"/>
        <source>%1 is empty: there is no journal in it yet.</source>
        <translation>%1 está vacío: aún no contiene ningún diario.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has a write-ahead log beside it that is not its own (%2); it was not read. Opening the journal for changes sets it aside.</source>
        <translation>Junto a %1 hay un registro de escritura anticipada que no le pertenece (%2); no se ha leído. Al abrir el diario para hacer cambios, se aparta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A write-ahead log beside %1 was not its own (left by another copy of the file, or by another journal); it was set aside as %2, unread.</source>
        <translation>Un registro de escritura anticipada junto a %1 no le pertenecía (lo dejó otra copia del archivo u otro diario); se ha apartado sin leer como %2.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is read-only, so changes cannot be saved. Open it read-only.</source>
        <translation>%1 es de solo lectura, así que no se pueden guardar cambios. Ábralo en modo de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/probe.py" line="+185"/>
        <source>%1 cannot be opened for writing. Open it read-only.</source>
        <translation>%1 no se puede abrir para escribir. Ábralo en modo de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/db.py" line="-53"/>
        <location filename="../../journal_app/storage/probe.py" line="+6"/>
        <source>%1 is busy in another program. Try again.</source>
        <translation>%1 está ocupado por otro programa. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/lock.py" line="+294"/>
        <source>%1 is open for changes in another Relief Journal (process %2 on %3); close it there first.</source>
        <translation>%1 está abierto para cambios en otro Relief Journal (proceso %2 en %3); ciérrelo antes allí.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 is open for changes in another Relief Journal; close it there first.</source>
        <translation>%1 está abierto para cambios en otro Relief Journal; ciérrelo antes allí.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>%1 cannot be opened for changes: its lock file %2 is a link, which Relief Journal never follows. Remove the link and try again.</source>
        <translation>%1 no se puede abrir para hacer cambios: su archivo de bloqueo %2 es un enlace, y Relief Journal nunca sigue enlaces. Elimine el enlace y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be changed: its folder %2 is read-only. Open it read-only to look at it.</source>
        <translation>%1 no se puede cambiar: su carpeta %2 es de solo lectura. Ábralo en modo de solo lectura para consultarlo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/db.py" line="+6"/>
        <location filename="../../journal_app/storage/lock.py" line="-52"/>
        <location line="+58"/>
        <source>%1 cannot be opened for changes: %2.</source>
        <translation>%1 no se puede abrir para cambios: %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../journal_app/storage/lock.py" line="+14"/>
        <location filename="../../journal_app/storage/probe.py" line="+2"/>
        <source>%1 could not be opened: %2.</source>
        <translation>No se ha podido abrir %1: %2.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/backups.py" line="+158"/>
        <location line="+34"/>
        <location filename="../../journal_app/storage/online_copy.py" line="+31"/>
        <source>Cannot write a backup to %1: %2.</source>
        <translation>No se puede escribir una copia de seguridad en %1: %2.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/online_copy.py" line="-5"/>
        <source>%1 is a folder; give the backup a file name.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup to %1 failed: %2.</source>
        <translation>Ha fallado la copia de seguridad en %1: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is the journal itself; choose another file for the backup.</source>
        <translation>%1 es el propio diario; elija otro archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/repository.py" line="+501"/>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que el cambio no se ha guardado. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal file or its folder is read-only, so the change was not saved.</source>
        <translation>El archivo del diario o su carpeta son de solo lectura, así que el cambio no se ha guardado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal is busy in another program, so the change was not saved. Try again.</source>
        <translation>El diario está ocupado por otro programa, así que el cambio no se ha guardado. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal&apos;s disk could not be written (was it removed or made read-only?), so the change was not saved. Check the disk and try again.</source>
        <translation>No se ha podido escribir en el disco del diario (¿se ha retirado o se ha puesto en solo lectura?), así que el cambio no se ha guardado. Compruebe el disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="-425"/>
        <source>The journal refused the change: %1.</source>
        <translation>El diario ha rechazado el cambio: %1.</translation>
    </message>
    <message>
        <location line="+431"/>
        <source>The change was not saved: %1.</source>
        <translation>El cambio no se ha guardado: %1.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/backups.py" line="-58"/>
        <source>The backup folder %1 is a link or not a folder; Relief Journal does not write backups through it.</source>
        <translation>La carpeta de copias de seguridad %1 es un enlace o no es una carpeta; Relief Journal no escribe copias de seguridad a través de ella.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Today&apos;s automatic backup of %1 could not be taken: %2</source>
        <translation>No se ha podido hacer la copia de seguridad automática de hoy de %1: %2</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>The backup %1 is no longer there (it was removed or thinned meanwhile); nothing was restored.</source>
        <translation>La copia de seguridad %1 ya no está (se eliminó o se depuró entretanto); no se ha restaurado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no journal; there is nothing to restore.</source>
        <translation>%1 no contiene ningún diario; no hay nada que restaurar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup could not be restored: %1.</source>
        <translation>No se ha podido restaurar la copia de seguridad: %1.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/errors.py" line="-56"/>
        <source>Permission denied</source>
        <extracomment>The system&apos;s reasons (strerror) that journal errors most often carry.</extracomment>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No space left on device</source>
        <translation>No queda espacio en el dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>Sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file or directory</source>
        <translation>No existe el archivo o el directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>Es un directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device or resource busy</source>
        <translation>Dispositivo o recurso ocupado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>Error de entrada/salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk quota exceeded</source>
        <translation>Cuota de disco superada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>Operación no permitida</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/journal.py" line="+100"/>
        <source>This journal is open read-only.</source>
        <translation>Este diario está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/files.py" line="+34"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIFO (named pipe)</source>
        <translation>FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>socket</source>
        <translation>conector (socket)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>special file</source>
        <translation>archivo especial</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a %2, not a regular file; choose a file name to write to.</source>
        <translation>%1 no es un archivo normal (tipo: %2); elija un nombre de archivo en el que escribir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist; create the folder or choose another.</source>
        <translation>%1 no existe; cree la carpeta o elija otra.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be written completely.</source>
        <translation>%1 no se ha podido escribir por completo.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 could not be written: %2.</source>
        <translation>%1 no se ha podido escribir: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a %2, not a regular file.</source>
        <translation>%1 no es un archivo normal (tipo: %2).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is larger than %2 MB, more than this kind of file holds.</source>
        <translation>%1 ocupa más de %2 MB, más de lo que contiene este tipo de archivo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/usecases/opening.py" line="+60"/>
        <source>%1 could not be used: %2.</source>
        <translation>No se pudo usar %1: %2.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../journal_app/i18n.py" line="+32"/>
        <source>A new language is used from the next time Relief Journal starts.</source>
        <translation>El nuevo idioma se usará a partir de la próxima vez que se inicie Relief Journal.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>System language</source>
        <extracomment>The Settings value meaning &quot;whatever language the system uses&quot;. The languages shipped in resources/i18n, with their names in their own language. The source strings are English; this language also fills in for any other.</extracomment>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../journal_app/wording/labels.py" line="-140"/>
        <source>Other product</source>
        <translation>Otro producto</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Difficulty swallowing</source>
        <translation>Dificultad para tragar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drooping eyelid</source>
        <translation>Párpado caído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty speaking</source>
        <translation>Dificultad para hablar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blurred vision</source>
        <translation>Visión borrosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muscle weakness</source>
        <translation>Debilidad muscular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excess tearing</source>
        <translation>Lagrimeo excesivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck pain</source>
        <translation>Dolor de cuello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back pain</source>
        <translation>Dolor de espalda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Simple analgesic</source>
        <translation>Analgésico simple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triptan</source>
        <translation>Triptán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combination analgesic</source>
        <translation>Analgésico combinado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opioid</source>
        <translation>Opioide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other medication</source>
        <translation>Otro medicamento</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <location filename="../../journal_app/domain/metrics.py" line="+18"/>
        <source>patient guidance on botulinum toxin treatment</source>
        <translation>las indicaciones para pacientes sobre el tratamiento con toxina botulínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onabotulinumtoxinA prescribing information</source>
        <translation>la ficha técnica de onabotulinumtoxinA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clinical literature on neutralising antibodies to botulinum toxin</source>
        <translation>la literatura clínica sobre anticuerpos neutralizantes frente a la toxina botulínica</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Spasm severity</source>
        <translation>Intensidad de los espasmos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spasm</source>
        <translation>Espasmos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Headache severity</source>
        <translation>Intensidad del dolor de cabeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Headache days per 28 days</source>
        <translation>Días con dolor de cabeza por cada 28 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache days</source>
        <translation>Días con dolor de cabeza</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Chronic migraine</source>
        <translation>Migraña crónica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chronic migraine</source>
        <translation>migraña crónica</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cervical dystonia</source>
        <translation>Distonía cervical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cervical dystonia</source>
        <translation>distonía cervical</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blepharospasm</source>
        <translation>Blefaroespasmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blepharospasm</source>
        <translation>blefaroespasmo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hemifacial spasm</source>
        <translation>Espasmo hemifacial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hemifacial spasm</source>
        <translation>espasmo hemifacial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spasticity</source>
        <translation>Espasticidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spasticity</source>
        <translation>espasticidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other spasm</source>
        <translation>Otro espasmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other spasm</source>
        <translation>otro espasmo</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../journal_app/usecases/recovery.py" line="+24"/>
        <source>No sound automatic backup of it was found.</source>
        <translation>No se encontró ninguna copia de seguridad automática en buen estado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its latest sound backup, taken %1 with %2 and %3, is %4.</source>
        <translation>Su última copia de seguridad en buen estado, realizada el %1, con %2 y %3, es %4.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../journal_app/ui/widgets/reminders.py" line="-67"/>
        <source>%1: re-injection window %2 – %3, %4.</source>
        <extracomment>How far ahead a window opening or a check-up is worth a reminder.</extracomment>
        <translation>%1: ventana de reinyección %2 – %3, %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: check-up with your clinician due %2 (%3).</source>
        <translation>%1: revisión con su profesional sanitario %2 (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today is not logged yet.</source>
        <translation>Hoy aún no está registrado.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../journal_app/report/document.py" line="+50"/>
        <source>patient journal</source>
        <extracomment>Dots per inch of the PDF. Chart lines drawn with cosmetic pens (the window&apos;s charts) are one device dot wide per pixel: at 144 dpi a 1-pixel line prints 0.5 pt wide.</extracomment>
        <translation>diario del paciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 report: %2, %3 – %4</source>
        <translation>Informe de %1: %2, %3 – %4</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The report could not be drawn: its output could not be opened.</source>
        <translation>No se ha podido generar el informe: no se ha podido abrir su destino.</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/pages.py" line="+157"/>
        <source>Patient journal</source>
        <translation>Diario del paciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relief Journal report · %1</source>
        <translation>Informe de Relief Journal · %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Self-reported patient journal — not a diagnosis</source>
        <translation>Diario que lleva el propio paciente — no es un diagnóstico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/text.py" line="+16"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>early</source>
        <translation>temprano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as expected</source>
        <translation>según lo esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>tardío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not detected</source>
        <translation>no detectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carried over</source>
        <translation>arrastrado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>day %1</source>
        <translation>día %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>days %1–%2</source>
        <translation>días %1–%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>d MMM</source>
        <extracomment>A QDate format: day and abbreviated month, without the year (German: &quot;d. MMM&quot;).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>severity 0–10</source>
        <translation>intensidad 0–10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headache days per 28 days</source>
        <translation>días de dolor de cabeza cada 28 días</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/builder.py" line="+284"/>
        <location filename="../../journal_app/report/text.py" line="-55"/>
        <source>before the first injection</source>
        <translation>antes de la primera inyección</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/text.py" line="+2"/>
        <source>day %1 after %2</source>
        <translation>día %1 tras el %2</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/table_columns.py" line="+74"/>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/text.py" line="-40"/>
        <source>%1 %2 U</source>
        <translation>%1 %2 U</translation>
    </message>
    <message>
        <location filename="../../journal_app/wording/labels.py" line="+32"/>
        <source>Cycles overlaid: headache</source>
        <translation>Ciclos superpuestos: dolor de cabeza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>headache days per 28 days, %1-day mean</source>
        <translation>días de dolor de cabeza cada 28 días, media de %1 días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycles overlaid: headache days</source>
        <translation>Ciclos superpuestos: días de dolor de cabeza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cycles overlaid: spasm</source>
        <translation>Ciclos superpuestos: espasmos</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/builder.py" line="-222"/>
        <source>Injection history</source>
        <extracomment>The page-1 timeline&apos;s height in points: the least it takes on page 1, the most; a timeline with less room than the least starts the next page at the height it has there. Each detail section&apos;s title and the note under its heading.</extracomment>
        <translation>Historial de inyecciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Headache days and acute medication days per month</source>
        <translation>Días con dolor de cabeza y días con medicación sintomática al mes</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Per track, most recent first; each cycle runs from its session to the day before the track&apos;s next. Reference: the course&apos;s level before its first session (or the profile&apos;s); before the session: the mean of the 14 days before it. Levels are severities 0–10, or headache days per 28 days for chronic migraine. Onset, wear-off and relief in days after the session.</source>
        <translation>Por tratamiento, los más recientes primero; cada ciclo va de su sesión al día anterior a la siguiente del mismo tratamiento. Referencia: el nivel antes de la primera sesión de la etapa (o el del perfil); antes de la sesión: la media de los 14 días previos. Los niveles son intensidades 0–10, o días de dolor de cabeza cada 28 días en la migraña crónica. Inicio, fin del efecto y alivio en días tras la sesión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cycles: %1</source>
        <translation>Ciclos: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check-ins: %1</source>
        <translation>Valoraciones: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient&apos;s own view of each session, most recent first: the global impression of change since the session at week 4 and before the next injection, the day the patient reported the effect wore off beside the day the journal detected, and each personal goal rated at week 4 → before the next injection from −2 (much less than expected) to +2 (much more than expected).</source>
        <translation>La visión del propio paciente de cada sesión, la más reciente primero: la impresión global de cambio desde la sesión en la semana 4 y antes de la siguiente inyección, el día en que el paciente indicó que el efecto se pasó junto al día que detectó el diario, y cada objetivo personal valorado en la semana 4 → antes de la siguiente inyección de −2 (mucho menos de lo esperado) a +2 (mucho más de lo esperado).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No check-in in the range.</source>
        <translation>Ninguna valoración en el periodo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cycles overlaid: %1, course %2, %3</source>
        <translation>Ciclos superpuestos: %1, etapa %2, %3</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Most recent first, with the days since the previous session of the same track. An interval shorter than 84 days (12 weeks), or than the track&apos;s re-injection window if that opens sooner, is marked: re-injecting sooner raises the risk of neutralising antibodies. Units of different products are not interchangeable.</source>
        <translation>Las más recientes primero, con los días desde la sesión anterior de la misma indicación. Se marca un intervalo de menos de 84 días (12 semanas), o de menos que el inicio de la ventana de reinyección si esta se abre antes: reinyectar antes aumenta el riesgo de anticuerpos neutralizantes. Las unidades de productos distintos no son intercambiables.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The last 24 months that hold entries. Headache days: logged days with headache severity 1 or more; lines at 12 and 15 days (ICHD-3 chronic migraine). A partial month has fewer than 21 days logged. Medication days are days with at least one dose; overuse (shaded in the table): 15 days for simple analgesics, 10 for triptans, combination analgesics and opioids, 10 acute medication days of several classes; persisting: 3 months or more.</source>
        <translation>Los últimos 24 meses con entradas. Días con dolor de cabeza: días registrados con intensidad 1 o más; líneas en 12 y 15 días (migraña crónica según la ICHD-3). Un mes parcial tiene menos de 21 días registrados. Los días con medicación son días con al menos una dosis; abuso (sombreado en la tabla): 15 días con analgésicos simples, 10 con triptanes, analgésicos combinados y opioides, 10 días de medicación sintomática de varias clases; persistente: 3 meses o más.</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>%1 earlier months with entries (%2) are left out here; the CSV export&apos;s monthly.csv holds every month.</source>
        <translation>Aquí se omiten %1 meses anteriores con entradas (%2); el archivo monthly.csv de la exportación CSV contiene todos los meses.</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Side-effect episodes by session</source>
        <translation>Episodios de efectos secundarios por sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each run of days a side effect was logged (a logged day without it ends the run), under the injection session it followed, most recent first.</source>
        <translation>Cada serie de días en que se registró un efecto secundario (un día registrado sin él termina la serie), bajo la sesión de inyección que siguió, las más recientes primero.</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>No side effects logged in the range.</source>
        <translation>No se han registrado efectos secundarios en el periodo.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Calendar of severities</source>
        <translation>Calendario de intensidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The months that hold entries, one row each, one square per day: darker is more severe (0–10); an empty outline, a day not logged; a black frame, an injection day.</source>
        <translation>Los meses con entradas, una fila cada uno, un cuadrado por día: más oscuro es más intenso (0–10); un contorno vacío, un día sin registrar; un marco negro, un día de inyección.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The patient&apos;s own notes, as written, most recent first.</source>
        <translation>Las notas del propio paciente, tal como las escribió, las más recientes primero.</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>Earlier in the range: %1 from %2 to %3, onset seen in %4; median onset day %5, median wear-off day %6, median interval %7 days.</source>
        <translation>Antes en el periodo: %1 del %2 al %3, con inicio detectado en %4; mediana del inicio día %5, del fin del efecto día %6, mediana del intervalo %7 días.</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>No notes in the range.</source>
        <translation>No hay notas en el periodo.</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+45"/>
        <location line="+26"/>
        <source>Nothing in the range.</source>
        <translation>No hay nada en el periodo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/table_columns.py" line="+38"/>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="-61"/>
        <location filename="../../journal_app/report/track_blocks.py" line="+221"/>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onset status (expected days)</source>
        <translation>Inicio frente a lo esperado (días esperados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../journal_app/report/track_blocks.py" line="+27"/>
        <source>Wear-off</source>
        <translation>Fin del efecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relief days</source>
        <translation>Días de alivio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without relief</source>
        <translation>Días sin alivio</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+135"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Day of cycle</source>
        <translation>Día del ciclo</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/checkin_blocks.py" line="+24"/>
        <location filename="../../journal_app/report/table_columns.py" line="-174"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week 4</source>
        <translation>Semana 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the next injection</source>
        <translation>Antes de la siguiente inyección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wear-off: reported, detected</source>
        <translation>Fin del efecto: indicado, detectado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not asked</source>
        <translation>no preguntada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked from %1</source>
        <translation>se pregunta desde el %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due, not yet answered</source>
        <translation>pendiente, aún sin responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no check-in</source>
        <translation>sin valoración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none detected</source>
        <translation>no detectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected day %1</source>
        <translation>detectado día %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reported day %1</source>
        <translation>indicado día %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported not worn off</source>
        <translation>indicado: no se ha pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported not sure</source>
        <translation>indicado: no está seguro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goals rated −2 to +2 at week 4 → before the next injection</source>
        <translation>Objetivos valorados de −2 a +2 en la semana 4 → antes de la siguiente inyección</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The patient&apos;s view of the latest sessions</source>
        <translation>La visión del paciente de las últimas sesiones</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The patient&apos;s view: no check-in asked for yet.</source>
        <translation>La visión del paciente: aún no se ha pedido ninguna valoración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The patient&apos;s view: no check-in for the sessions of %1.</source>
        <translation>La visión del paciente: ninguna valoración de las sesiones del %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The patient&apos;s view: no check-in recorded for the latest sessions.</source>
        <translation>La visión del paciente: ninguna valoración registrada de las últimas sesiones.</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/table_columns.py" line="+1"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course / cycle</source>
        <translation>Etapa / ciclo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the session</source>
        <translation>Antes de la sesión</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Days since the track&apos;s previous session</source>
        <translation>Días desde la sesión anterior de esta indicación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (under %2)</source>
        <translation>%1 (menos de %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Moderate or severe (4–10)</source>
        <translation>Moderados o intensos (4–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 hours or more</source>
        <translation>4 horas o más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acute medication days</source>
        <translation>Días con medicación sintomática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overuse (ICHD-3 8.2)</source>
        <translation>Abuso (ICHD-3 8.2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>several classes</source>
        <translation>varias clases</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (partial)</source>
        <translation>%1 (parcial)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, persisting</source>
        <translation>%1, persistente</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>After the session</source>
        <translation>Tras la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side effect</source>
        <translation>Efecto secundario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after it</source>
        <translation>Días después</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/response_blocks.py" line="+36"/>
        <source>Migraine response</source>
        <translation>Respuesta de la migraña</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Migraine response (PREEMPT)</source>
        <translation>Respuesta de la migraña (PREEMPT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../journal_app/report/table_columns.py" line="+64"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/tables.py" line="+41"/>
        <source>Days logged</source>
        <extracomment>A longer word wraps anywhere rather than widen the column.</extracomment>
        <translation>Días registrados</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/response_blocks.py" line="+2"/>
        <source>Headache days per 28 days</source>
        <translation>Días de dolor de cabeza cada 28 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30% fewer (NICE TA260)</source>
        <translation>30 % menos (NICE TA260)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50% fewer (trials)</source>
        <translation>50 % menos (ensayos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before treatment (profile)</source>
        <translation>Antes del tratamiento (perfil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the course</source>
        <translation>Antes de la etapa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>After two cycles</source>
        <translation>Tras dos ciclos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest complete cycle</source>
        <translation>Último ciclo completo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 28 days</source>
        <translation>Últimos 28 días</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (needs 14)</source>
        <translation>%1 (hacen falta 14)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>NICE TA260: less than 30% fewer headache days after two cycles (%1, %2).</source>
        <translation>NICE TA260: menos de un 30 % menos de días con dolor de cabeza tras dos ciclos (%1, %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NICE TA260: fewer than 15 headache days a month for %1 consecutive months (%2).</source>
        <translation>NICE TA260: menos de 15 días con dolor de cabeza al mes durante %1 meses seguidos (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No reference: too few days logged in the 28 days before the course (needs 7).</source>
        <translation>Sin referencia: muy pocos días registrados en los 28 días previos a la etapa (hacen falta 7).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neither NICE TA260 stopping criterion holds.</source>
        <translation>No se cumple ninguno de los dos criterios de retirada de NICE TA260.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last 28 days (%1): %2 moderate or severe headache days (4–10) of %3 logged; acute medication not recorded.</source>
        <translation>Últimos 28 días (%1): %2 días con dolor de cabeza moderado o intenso (4–10) de %3 registrados; medicación sintomática sin registrar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last 28 days (%1): %2 moderate or severe headache days (4–10) of %3 logged; %4 acute medication days.</source>
        <translation>Últimos 28 días (%1): %2 días con dolor de cabeza moderado o intenso (4–10) de %3 registrados; %4 días con medicación sintomática.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>simple analgesics on %1 or more days a month</source>
        <translation>analgésicos simples %1 días al mes o más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>triptans on %1 or more days a month</source>
        <translation>triptanes %1 días al mes o más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>combination analgesics on %1 or more days a month</source>
        <translation>analgésicos combinados %1 días al mes o más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opioids on %1 or more days a month</source>
        <translation>opioides %1 días al mes o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acute medication of several classes on %1 or more days a month</source>
        <translation>medicación sintomática de varias clases %1 días al mes o más</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No medication overuse held for 3 months or more in the last 12 months.</source>
        <translation>En los últimos 12 meses ningún abuso de medicación duró 3 meses o más.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medication overuse that persisted (ICHD-3 8.2): %1.</source>
        <translation>Abuso de medicación persistente (ICHD-3 8.2): %1.</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/table_columns.py" line="-62"/>
        <source>Headache days</source>
        <translation>Días con dolor de cabeza</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/tables.py" line="+181"/>
        <source>%1 (continued)</source>
        <extracomment>A line under the cells, from the second column to the last (an injection&apos;s notes). Table text sizes tried in turn until every column&apos;s longest word fits the page&apos;s width. A header is set this much smaller than its table&apos;s cells.</extracomment>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/summary_blocks.py" line="+51"/>
        <source>Date of birth %1</source>
        <translation>Fecha de nacimiento: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clinic ID %1</source>
        <translation>N.º de historia clínica: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinician %1</source>
        <translation>Profesional: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not entered</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unnamed patient</source>
        <translation>Paciente sin nombre</translation>
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
        <translation>%1, %2 – %3, antes de la primera inyección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2 after %3 on %4</source>
        <translation>%1, %2 tras %3 el %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Side effects since %1</source>
        <translation>Efectos secundarios desde el %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None logged.</source>
        <translation>Ninguno registrado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severities are the patient&apos;s daily ratings, 0–10; a day&apos;s level is the mean of the days around it (7 for spasm, 14 for headache days). Onset: the first day the level is 30% or more below the course&apos;s reference (the 28 days before its first session) and stays so 7 days; wear-off: the first later day it stays less improved 7 days; carried over: the last session&apos;s relief still held when the next was given. Sources: patient guidance on botulinum toxin treatment, the prescribing information, NICE TA260 (30%), the trials (50%).</source>
        <translation>Las intensidades son las valoraciones diarias del paciente, 0–10; el nivel de un día es la media de los días a su alrededor (7 para espasmos, 14 para días de dolor de cabeza). Inicio: el primer día en que el nivel queda al menos un 30 % por debajo de la referencia de la etapa (los 28 días previos a su primera sesión) y sigue así 7 días; fin del efecto: el primer día posterior en que sigue menos mejorado 7 días; arrastrado: el alivio de la sesión anterior seguía presente al dar la siguiente. Fuentes: información para pacientes sobre el tratamiento con toxina botulínica, la ficha técnica, NICE TA260 (30 %), los ensayos (50 %).</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Range %1</source>
        <translation>Periodo %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Last entry %1 · %2</source>
        <translation>Última entrada %1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures are as of %1, the range&apos;s end.</source>
        <translation>Las cifras son las del %1, el final del periodo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Botulinum toxin treatment report</source>
        <translation>Informe del tratamiento con toxina botulínica</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/builder.py" line="-158"/>
        <source>No injection recorded in the journal up to the range&apos;s end.</source>
        <translation>No hay ninguna inyección registrada en el diario hasta el final del periodo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/wording/labels.py" line="-13"/>
        <source>headache severity, %1-day mean</source>
        <translation>dolor de cabeza, media de %1 días</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>spasm severity, %1-day mean</source>
        <translation>espasmos, media de %1 días</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/track_blocks.py" line="-147"/>
        <source>judged on %1</source>
        <translation>valorado por %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest session %1</source>
        <translation>Última sesión %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest session %1 · day %2</source>
        <translation>Última sesión %1 · día %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No current course: the latest session is more than 90 days past its re-injection window.</source>
        <translation>Sin etapa en curso: la última sesión pasó su ventana de reinyección hace más de 90 días.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No complete cycle yet in this course: no usual onset or wear-off.</source>
        <translation>Aún no hay ningún ciclo completo en esta etapa: sin inicio ni fin del efecto habituales.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latest complete cycle: session %1, %2, %3</source>
        <translation>Último ciclo completo: sesión %1, %2, %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Treated since %1</source>
        <translation>En tratamiento desde el %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course %1 since %2, after a pause of %3 days</source>
        <translation>Etapa %1 desde el %2, tras una pausa de %3 días</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>too few days logged before the course for a reference: each cycle is judged against its own 14 days before the session</source>
        <translation>muy pocos días registrados antes de la etapa para una referencia: cada ciclo se valora frente a sus propios 14 días previos a la sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reference %1 (%2) over %3, before the course</source>
        <translation>referencia %1 (%2) del %3, antes de la etapa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reference %1 (%2), the level before treatment in the profile</source>
        <translation>referencia %1 (%2), el nivel antes del tratamiento según el perfil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Relief</source>
        <translation>Alivio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from onset to wear-off</source>
        <translation>del inicio al fin del efecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without relief</source>
        <translation>Sin alivio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the next session</source>
        <translation>antes de la siguiente sesión</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no reference to judge against</source>
        <translation>sin referencia con la que comparar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected days %1</source>
        <translation>días esperados: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>against the reference</source>
        <translation>frente a la referencia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>relief held until the next session</source>
        <translation>el alivio duró hasta la siguiente sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relief no longer held</source>
        <translation>el alivio ya no se mantuvo</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>no onset seen</source>
        <translation>sin inicio detectado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2: %3, relief %4, peak %5</source>
        <translation>%1, %2: %3, alivio %4, mejoría máxima %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dose and product in this course (medians of its complete cycles): %1.</source>
        <translation>Dosis y producto en esta etapa (medianas de sus ciclos completos): %1.</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/response_blocks.py" line="-130"/>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/table_columns.py" line="-14"/>
        <location filename="../../journal_app/report/track_blocks.py" line="-82"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/track_blocks.py" line="-15"/>
        <source>Peak improvement</source>
        <translation>Mejoría máxima</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>onset day %1</source>
        <translation>inicio el día %1</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/chart_blocks.py" line="+28"/>
        <source>Timeline, %1</source>
        <translation>Evolución, %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Each line is one cycle&apos;s level (its centred mean) by day since its session, named by the session&apos;s date; the latest is drawn bold. Dashed: the course&apos;s reference; dotted: 30% better. Triangles: onset (down) and wear-off (up); hollow diamonds: the wear-off day the patient reported. Shaded: the expected onset window; hatched: the re-injection window of the latest session. With more than 6 cycles, their median and the middle half of them.</source>
        <translation>Cada línea es el nivel de un ciclo (su media centrada) por día desde su sesión, con la fecha de la sesión como nombre; la última se dibuja en trazo grueso. Discontinua: la referencia de la serie de tratamiento; punteada: 30&#xa0;% mejor. Triángulos: inicio (hacia abajo) y fin del efecto (hacia arriba); rombos huecos: el día en que el paciente notó el fin del efecto. Sombreado: el periodo de inicio esperado; rayado: el periodo de reinyección de la última sesión. Con más de 6 ciclos, su mediana y la mitad central de ellos.</translation>
    </message>
    <message>
        <location filename="../../journal_app/report/calendar_blocks.py" line="+78"/>
        <source>not logged</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>injection</source>
        <translation>inyección</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/dialogs/fhir_export.py" line="-56"/>
        <location filename="../../journal_app/ui/dialogs/report_dialog.py" line="+21"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export for clinics (FHIR)</source>
        <translation>Exportar para clínicas (FHIR)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>FHIR file not saved</source>
        <translation>Archivo FHIR no guardado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote the journal for clinics (FHIR) to %1: the patient, %2, %3 and %4.</source>
        <translation>Se guardó el diario para clínicas (FHIR) en %1: el paciente, %2, %3 y %4.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/dialogs/report_dialog.py" line="+3"/>
        <source>%1 injections</source>
        <extracomment>A file name: %1 is the patient&apos;s name.</extracomment>
        <translation>%1 inyecciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar not saved</source>
        <translation>Calendario no guardado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No upcoming window or check-up; wrote an empty calendar to %1.</source>
        <translation>No hay periodos ni revisiones próximos; se ha escrito un calendario vacío en %1.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../journal_app/ui/widgets/form_helpers.py" line="+120"/>
        <source>d MMM yyyy, HH:mm</source>
        <extracomment>The smallest control a shaky hand can hit, in logical pixels (PRODUCT.md §5). A QDateTime format: day, abbreviated month, year, then the time (German: &quot;d. MMM …&quot;).</extracomment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../../journal_app/charts/axes.py" line="+143"/>
        <source>d MMM</source>
        <extracomment>A QDate format: day and abbreviated month (German: &quot;d. MMM&quot;).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../journal_app/charts/series.py" line="+54"/>
        <source>%1 %2 U</source>
        <extracomment>Cycles are overlaid up to this many days after their session. %1 a product&apos;s brand, %2 the number of units given; &quot;U&quot; abbreviates &quot;units&quot;.</extracomment>
        <translation>%1 %2 U</translation>
    </message>
    <message>
        <location filename="../../journal_app/wording/text.py" line="+31"/>
        <source>d MMM yyyy</source>
        <extracomment>A QDate format: day, abbreviated month, year (German: &quot;d. MMM yyyy&quot;).</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MMMM yyyy</source>
        <extracomment>A QDate format: the month&apos;s full name and the year (Spanish: &quot;MMMM &apos;de&apos; yyyy&quot;).</extracomment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>open now, closes today</source>
        <translation>abierto ahora, se cierra hoy</translation>
    </message>
    <message>
        <location filename="../../journal_app/wording/labels.py" line="-13"/>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headache days</source>
        <translation>Días de dolor de cabeza</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spasms</source>
        <translation>Espasmos</translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <location filename="../../journal_app/ui/widgets/trends_words.py" line="-37"/>
        <source>%1, headache days per 28 days</source>
        <translation>%1, días de dolor de cabeza cada 28 días</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../journal_app/domain/validation.py" line="+74"/>
        <source>%1 is in the future; a day can only be logged for today or earlier</source>
        <extracomment>The latest date a stored record may carry, whatever today is on the machine reading it (a clock set back or another time zone must not make a journal unreadable).</extracomment>
        <translation>%1 es una fecha futura; solo se pueden registrar el día de hoy o días anteriores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in the future; an injection can only be logged for today or earlier</source>
        <translation>%1 es una fecha futura; solo se pueden registrar inyecciones de hoy o anteriores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in the future; a date of birth must be today or earlier</source>
        <translation>%1 es una fecha futura; la fecha de nacimiento debe ser hoy o anterior</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is before %2</source>
        <translation>%1 es anterior a %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is outside %2–%3</source>
        <translation>%1 está fuera del intervalo %2–%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+151"/>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>names a medication class more than once</source>
        <translation>nombra un tipo de medicación más de una vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names medication taken on a day it was not recorded</source>
        <translation>indica medicación tomada en un día en que no se registró la medicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 count %2 is outside 1–%3</source>
        <translation>la cantidad de %1, %2, está fuera del intervalo 1–%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names a side effect more than once</source>
        <translation>nombra un efecto secundario más de una vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>describes an other side effect not marked</source>
        <translation>describe otro efecto secundario sin marcarlo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a valid trigger tag</source>
        <translation>%1 no es un desencadenante válido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names a trigger more than once</source>
        <translation>nombra un desencadenante más de una vez</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ends before the onset window starts</source>
        <translation>termina antes de que empiece el periodo de inicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least 1 day</source>
        <translation>debe ser de al menos 1 día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ends before the window starts</source>
        <translation>termina antes de que empiece el periodo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be more than 0</source>
        <translation>debe ser mayor que 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is more than %2 units</source>
        <translation>%1 son más de %2 unidades</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is in the future; a check-in can only be answered today or earlier</source>
        <translation>%1 está en el futuro; un seguimiento solo puede responderse hoy o antes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a day with an injection for %2</source>
        <translation>%1 no es un día con una inyección para %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is before the injection of %2</source>
        <translation>%1 es anterior a la inyección del %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is asked only before the next injection</source>
        <translation>solo se pregunta antes de la próxima inyección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must say no, yes or not_sure before the next injection</source>
        <translation>debe decir no, yes o not_sure antes de la próxima inyección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must give the day the effect wore off</source>
        <translation>debe indicar el día en que pasó el efecto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is given only when the effect wore off</source>
        <translation>solo se indica cuando el efecto ha pasado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not after the injection of %2</source>
        <translation>%1 no es posterior a la inyección del %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is after the check-in was answered, on %2</source>
        <translation>%1 es posterior a la respuesta del seguimiento, el %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a goal of %2</source>
        <translation>%1 no es un objetivo de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has spaces around it or a control character</source>
        <translation>%1 tiene espacios alrededor o un carácter de control</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a goal of %2 more than once</source>
        <translation>%1 figura más de una vez como objetivo de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has %2 active goals; at most %3 are allowed</source>
        <translation>%1 tiene %2 objetivos activos; se permiten como máximo %3</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/journal.py" line="-144"/>
        <source>rates the %1 check-in of %2, not this one</source>
        <translation>valora el seguimiento %1 del %2, no este</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../journal_app/ui/dialogs/help_dialog.py" line="-52"/>
        <source>Onset, wear-off and the windows</source>
        <translation>Inicio, fin del efecto y las ventanas</translation>
    </message>
</context>
</TS>
