<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CountedText</name>
    <message numerus="yes">
        <location filename="../../journal_app/wording/text.py" line="+19"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>opens in %n days</source>
        <translation>
            <numerusform>opens in %n day</numerusform>
            <numerusform>opens in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>open now, closes in %n days</source>
        <translation>
            <numerusform>open now, closes in %n day</numerusform>
            <numerusform>open now, closes in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>overdue by %n days</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n calendar events to %1.</source>
        <translation>
            <numerusform>Wrote %n calendar event to %1.</numerusform>
            <numerusform>Wrote %n calendar events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InjectionDialog</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/dialogs/injection_dialog.py" line="+390"/>
        <source>This is %n days before the injection of %1.</source>
        <translation>
            <numerusform>This is %n day before the injection of %1.</numerusform>
            <numerusform>This is %n days before the injection of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This is %n days after the injection of %1.</source>
        <translation>
            <numerusform>This is %n day after the injection of %1.</numerusform>
            <numerusform>This is %n days after the injection of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/charts/monthly.py" line="+48"/>
        <source>%1: %n headache days of %2 logged</source>
        <translation>
            <numerusform>%1: %n headache day of %2 logged</numerusform>
            <numerusform>%1: %n headache days of %2 logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n moderate or severe</source>
        <translation>
            <numerusform>, %n moderate or severe</numerusform>
            <numerusform>, %n moderate or severe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 %n days</source>
        <translation>
            <numerusform>%1 %n day</numerusform>
            <numerusform>%1 %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>any acute medication %n days</source>
        <translation>
            <numerusform>any acute medication %n day</numerusform>
            <numerusform>any acute medication %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <location filename="../../journal_app/report/text.py" line="+33"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln days logged in the range (%2)</source>
        <translation>
            <numerusform>%1 of %Ln day logged in the range (%2)</numerusform>
            <numerusform>%1 of %Ln days logged in the range (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln cycles</source>
        <translation>
            <numerusform>%Ln cycle</numerusform>
            <numerusform>%Ln cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/dialogs/fhir_export.py" line="+69"/>
        <source>%n observations</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n injections</source>
        <translation>
            <numerusform>%n injection</numerusform>
            <numerusform>%n injections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MessageCounts</name>
    <message numerus="yes">
        <location filename="../../journal_app/ui/errors.py" line="+76"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln injections</source>
        <translation>
            <numerusform>%Ln injection</numerusform>
            <numerusform>%Ln injections</numerusform>
        </translation>
    </message>
</context>
</TS>
