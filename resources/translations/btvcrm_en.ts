<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DialogueReports</name>
    <message numerus="yes">
        <source>%n meeting(s) of %1 minutes with a break of %2 minutes; rooms in parallel: %3. The order is %4.</source>
        <translation>
            <numerusform>%n meeting of %1 minutes with a break of %2 minutes; rooms in parallel: %3. The order is %4.</numerusform>
            <numerusform>%n meetings of %1 minutes with a break of %2 minutes; rooms in parallel: %3. The order is %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered organisation(s)</source>
        <translation>
            <numerusform>%n registered organisation</numerusform>
            <numerusform>%n registered organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s) had a one-to-one meeting with the contracting authority, every meeting equally long (%1 minutes); the order was %2.</source>
        <translation>
            <numerusform>%n supplier had a one-to-one meeting with the contracting authority (%1 minutes); the order was %2.</numerusform>
            <numerusform>%n suppliers each had a one-to-one meeting with the contracting authority, every meeting equally long (%1 minutes); the order was %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketDialogue</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
