<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DialoguePage</name>
    <message numerus="yes">
        <source>%n cancelled slot(s) are kept in the log.</source>
        <translation>
            <numerusform>%n cancelled slot is kept in the log.</numerusform>
            <numerusform>%n cancelled slots are kept in the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) of %1 minutes, %2 minutes&apos; break; the order was %3.</source>
        <translation>
            <numerusform>%n meeting of %1 minutes, %2 minutes&apos; break; the order was %3.</numerusform>
            <numerusform>%n meetings of %1 minutes, %2 minutes&apos; break; the order was %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered supplier(s); %1 checked in.</source>
        <translation>
            <numerusform>%n registered supplier; %1 checked in.</numerusform>
            <numerusform>%n registered suppliers; %1 checked in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Equal treatment is not shown yet (%n thing(s) to do):</source>
        <translation>
            <numerusform>Equal treatment is not shown yet (%n thing to do):</numerusform>
            <numerusform>Equal treatment is not shown yet (%n things to do):</numerusform>
        </translation>
    </message>
</context>
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
    <name>DialogueSection</name>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n to do</numerusform>
            <numerusform>%n to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailLogDialog</name>
    <message numerus="yes">
        <source>&amp;Save the %n attachment(s) in the folder beside the data file</source>
        <translation>
            <numerusform>&amp;Save the attachment in the folder beside the data file</numerusform>
            <numerusform>&amp;Save the %n attachments in the folder beside the data file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message numerus="yes">
        <source>%n older backup(s) still hold the person. Thinning removes them by %1, as long as the program keeps taking backups. Copies saved or moved elsewhere you must delete yourself.</source>
        <translation>
            <numerusform>%n older backup still holds the person. Thinning removes it by %1, as long as the program keeps taking backups. Copies saved or moved elsewhere you must delete yourself.</numerusform>
            <numerusform>%n older backups still hold the person. Thinning removes them by %1, as long as the program keeps taking backups. Copies saved or moved elsewhere you must delete yourself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved attachment(s) from meetings the person took part in are still in %1. The contents of these files cannot be washed: look through them and delete those that mention the person.</source>
        <translation>
            <numerusform>%n saved attachment from meetings the person took part in is still in %1. The contents of the file cannot be washed: look through it and delete it if it mentions the person.</numerusform>
            <numerusform>%n saved attachments from meetings the person took part in are still in %1. The contents of these files cannot be washed: look through them and delete those that mention the person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
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
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n follow-up(s) due today or overdue.</source>
        <translation>
            <numerusform>%n follow-up is due today or overdue.</numerusform>
            <numerusform>%n follow-ups are due today or overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PossibleDuplicatesDialog</name>
    <message numerus="yes">
        <source>%1: %n person(s) may already be in the data file. Compare them and choose for each; nothing is merged unless you say so.</source>
        <translation>
            <numerusform>%1: %n person may already be in the data file. Compare and choose; nothing is merged unless you say so.</numerusform>
            <numerusform>%1: %n people may already be in the data file. Compare them and choose for each; nothing is merged unless you say so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with the same e-mail address or UID will be merged with the one already here.</source>
        <translation>
            <numerusform>%n person with the same e-mail address or UID will be merged with the one already here.</numerusform>
            <numerusform>%n people with the same e-mail address or UID will be merged with those already here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickText</name>
    <message numerus="yes">
        <source>%n line(s): %1</source>
        <translation>
            <numerusform>%n line: %1</numerusform>
            <numerusform>%n lines: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message numerus="yes">
        <source>%n organisation(s) of the data file found in the register</source>
        <translation>
            <numerusform>%n organisation of the data file found in the register</numerusform>
            <numerusform>%n organisations of the data file found in the register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add the %n new organisation(s) the filters let through</source>
        <translation>
            <numerusform>&amp;Add the %n new organisation the filters let through</numerusform>
            <numerusform>&amp;Add the %n new organisations the filters let through</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s). Choose what each column holds:</source>
        <translation>
            <numerusform>%1: %n row. Choose what each column holds:</numerusform>
            <numerusform>%1: %n rows. Choose what each column holds:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported as they are:</source>
        <translation>
            <numerusform>%n line cannot be imported as it is:</numerusform>
            <numerusform>%n lines cannot be imported as they are:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n decision(s) exempt from public access are left out.</source>
        <translation>
            <numerusform>%n decision exempt from public access is left out.</numerusform>
            <numerusform>%n decisions exempt from public access are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more open follow-up(s) from before are not listed (due outside the period or no due date).</source>
        <translation>
            <numerusform>%n more open follow-up from before is not listed (due outside the period or no due date).</numerusform>
            <numerusform>%n more open follow-ups from before are not listed (due outside the period or no due date).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decisions of %n meeting(s) whose minutes are drafts are left out.</source>
        <translation>
            <numerusform>Decisions of %n meeting whose minutes are a draft are left out.</numerusform>
            <numerusform>Decisions of %n meetings whose minutes are drafts are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n meeting(s); no anchoring stage has been recorded</source>
        <translation>
            <numerusform>from %n meeting; no anchoring stage has been recorded</numerusform>
            <numerusform>from %n meetings; no anchoring stage has been recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message numerus="yes">
        <source>%n match(es) · Enter opens · Esc closes</source>
        <translation>
            <numerusform>%n match · Enter opens · Esc closes</numerusform>
            <numerusform>%n matches · Enter opens · Esc closes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s) will be imported as %2. Columns and the fields they fill:</source>
        <translation>
            <numerusform>%1: %n row will be imported as %2. Columns and the fields they fill:</numerusform>
            <numerusform>%1: %n rows will be imported as %2. Columns and the fields they fill:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>Keep in touch every %n day(s)</source>
        <translation>
            <numerusform>Keep in touch every day</numerusform>
            <numerusform>Keep in touch every %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
