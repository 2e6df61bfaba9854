<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>A contact register for the supplier development programme in Buskerud, Telemark and Vestfold: meetings, contacts, follow-ups and anchoring.</source>
        <translation>Et kontaktregister for leverandørutviklingsprosjektet i Buskerud, Telemark og Vestfold: møter, kontaktpersoner, oppfølgingspunkter og forankring.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Components and licences</source>
        <translation>Komponenter og lisenser</translation>
    </message>
    <message>
        <source>Font licence</source>
        <translation>Skriftlisens</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3 and ship as separate, replaceable libraries; their source code is available from https://code.qt.io. btvcrm itself is released under the MIT licence.</source>
        <translation>Qt og PySide6 brukes under GNU Lesser General Public License versjon 3 og følger med som separate, utskiftbare biblioteker; kildekoden er tilgjengelig fra https://code.qt.io. Selve btvcrm er utgitt under MIT-lisensen.</translation>
    </message>
    <message>
        <source>The DejaVu Sans font is embedded in the PDF documents the app writes.</source>
        <translation>Skrifttypen DejaVu Sans er innebygd i PDF-dokumentene programmet lager.</translation>
    </message>
    <message>
        <source>The licence file was not found: %1</source>
        <translation>Fant ikke lisensfilen: %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>fritt tilgjengelig (public domain)</translation>
    </message>
</context>
<context>
    <name>AgendaMark</name>
    <message>
        <source>decision</source>
        <translation>vedtak</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>diskusjon</translation>
    </message>
    <message>
        <source>information</source>
        <translation>orientering</translation>
    </message>
</context>
<context>
    <name>AnchoringMatrix</name>
    <message>
        <source>Anchoring matrix</source>
        <translation>Forankringsmatrise</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
</context>
<context>
    <name>AnchoringStage</name>
    <message>
        <source>co-owner</source>
        <translation>medeier</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>forpliktet</translation>
    </message>
    <message>
        <source>expectations clarified</source>
        <translation>forventninger avklart</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>første kontakt</translation>
    </message>
    <message>
        <source>informed</source>
        <translation>informert</translation>
    </message>
    <message>
        <source>not contacted</source>
        <translation>ikke kontaktet</translation>
    </message>
</context>
<context>
    <name>AnchoringStepDialog</name>
    <message>
        <source>&amp;Because of meeting</source>
        <translation>&amp;Som følge av møte</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(intet møte)</translation>
    </message>
    <message>
        <source>Anchoring: %1</source>
        <translation>Forankringsstatus: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Date as understood</source>
        <translation>Dato slik den ble forstått</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
</context>
<context>
    <name>AnchoringStepper</name>
    <message>
        <source>Anchoring ladder</source>
        <translation>Forankringsstige</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Could not open the data file</source>
        <translation>Kunne ikke åpne datafilen</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Datafil</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Åpne datafil</translation>
    </message>
    <message>
        <source>btvcrm files (*.sqlite *.db);;All files (*)</source>
        <translation>btvcrm-filer (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>absent</source>
        <translation>forfall</translation>
    </message>
    <message>
        <source>copy to</source>
        <translation>kopi til</translation>
    </message>
    <message>
        <source>present</source>
        <translation>til stede</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Please wait</source>
        <extracomment>The dialog appears only for work that takes longer than this.</extracomment>
        <translation>Vent litt</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Gjenopprett…</translation>
    </message>
    <message>
        <source>&amp;Take a backup now</source>
        <translation>&amp;Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>Ved lukking</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sikkerhetskopi skrevet: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>Backups of %1 in %2. A backup is taken at the first start of a day, every 30 minutes of work, at close and before imports and restores.</source>
        <translation>Sikkerhetskopier av %1 i %2. Det tas en kopi ved dagens første start, hvert 30. minutt med arbeid, ved lukking og før import og gjenoppretting.</translation>
    </message>
    <message>
        <source>Before delete</source>
        <translation>Før sletting</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>Før import</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Før gjenoppretting</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Før oppgradering</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>First today</source>
        <extracomment>(path, mtime, size) -&gt; (meetings, people); a backup never changes once written.</extracomment>
        <translation>Dagens første</translation>
    </message>
    <message>
        <source>In-memory file</source>
        <translation>Midlertidig fil i minnet</translation>
    </message>
    <message>
        <source>Kept: all of today&apos;s, the newest of each of the 12 days before, of each week for 82 days and of each month for 279 days; a copy taken before a restore at least 30 days.</source>
        <translation>Beholdes: alle fra i dag, den nyeste fra hver av de 12 dagene før, fra hver uke i 82 dager og fra hver måned i 279 dager; en kopi tatt før en gjenoppretting i minst 30 dager.</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Ingen sikkerhetskopier ennå.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Replace the data file with the backup from %1? The current file is backed up first (kept at least 30 days).</source>
        <translation>Erstatte datafilen med sikkerhetskopien fra %1? Filen slik den er nå, kopieres først (og beholdes i minst 30 dager).</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gjenopprett sikkerhetskopi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tatt</translation>
    </message>
    <message>
        <source>Taking a backup…</source>
        <translation>Tar sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
</context>
<context>
    <name>BannerArea</name>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
</context>
<context>
    <name>CalendarFeed</name>
    <message>
        <source>Could not update the calendar file: %1</source>
        <translation>Kunne ikke oppdatere kalenderfilen: %1</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <source>%1 (already logged)</source>
        <translation>%1 (allerede logget)</translation>
    </message>
    <message>
        <source>%1 (changed in the calendar: updates the meeting)</source>
        <translation>%1 (endret i kalenderen: oppdaterer møtet)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose the events to log as meetings from %1. Events already logged are greyed out.</source>
        <translation>Velg hendelsene fra %1 som skal logges som møter. Hendelser som allerede er logget, er grået ut.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <source>Import calendar events</source>
        <translation>Importer kalenderhendelser</translation>
    </message>
    <message>
        <source>Log the chosen events</source>
        <translation>Logg de valgte hendelsene</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
</context>
<context>
    <name>ChooseDateDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose a new due date</source>
        <translation>Velg ny frist</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Ny frist</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;About btvcrm</source>
        <translation>&amp;Om btvcrm</translation>
    </message>
    <message>
        <source>&amp;Address book (.vcf)…</source>
        <translation>&amp;Adressebok (.vcf)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sikkerhetskopier…</translation>
    </message>
    <message>
        <source>&amp;Calendar (.ics)…</source>
        <translation>&amp;Kalender (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>&amp;New data file…</source>
        <translation>&amp;Ny datafil…</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>Å&amp;pne datafil…</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>P&amp;apirkurv</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Alt som &amp;JSON…</translation>
    </message>
    <message>
        <source>Import e-&amp;mail…</source>
        <translation>Importer e-p&amp;ost…</translation>
    </message>
    <message>
        <source>Import from Enhets&amp;registeret…</source>
        <translation>Importer fra Enhets&amp;registeret…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Logg kontakt</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>N&amp;y</translation>
    </message>
    <message>
        <source>New in this list</source>
        <translation>Ny i denne listen</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Review: no contact in 24 months…</source>
        <translation>Gjennomgang: ingen kontakt på 24 måneder…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>This list as &amp;Excel (.xlsx)…</source>
        <translation>Denne listen som &amp;Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>This list as CS&amp;V…</source>
        <translation>Denne listen som &amp;CSV…</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Angre sletting</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tilbake</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Private notes – never leave the app</source>
        <translation>Private notater – forlater aldri appen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
</context>
<context>
    <name>CountiesPage</name>
    <message>
        <source>%1 (Ctrl+N)</source>
        <translation>%1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open county</source>
        <translation>&amp;Åpne fylket</translation>
    </message>
    <message>
        <source>Anchoring stage</source>
        <translation>Forankringsstatus</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Pil ned</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Pil opp</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Move &amp;up the ladder</source>
        <translation>Flytt &amp;opp et trinn</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Gi &amp;nytt navn…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>The anchoring ladder: %1</source>
        <translation>Forankringsstigen: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
</context>
<context>
    <name>CountyDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>New county</source>
        <translation>Nytt fylke</translation>
    </message>
    <message>
        <source>Rename county</source>
        <translation>Gi fylket nytt navn</translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message>
        <source>Anchoring history</source>
        <translation>Forankringshistorikk</translation>
    </message>
    <message>
        <source>Anchoring: %1</source>
        <translation>Forankringsstatus: %1</translation>
    </message>
    <message>
        <source>County report</source>
        <translation>Fylkesrapport</translation>
    </message>
    <message>
        <source>County report %1, %2</source>
        <translation>Fylkesrapport %1, %2</translation>
    </message>
    <message>
        <source>County report (PDF)</source>
        <translation>Fylkesrapport (PDF)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Drag a dot to reassess an organisation; each move is dated and kept.</source>
        <translation>Dra en prikk for å vurdere en organisasjon på nytt; hver flytting dateres og tas vare på.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>E-postutkast</translation>
    </message>
    <message>
        <source>Hello,

Attached is the county report for %1 for %2.

Best regards</source>
        <translation>Hei,

Vedlagt er fylkesrapporten for %1 for perioden %2.

Vennlig hilsen</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>Initiatives in the county</source>
        <translation>Initiativer i fylket</translation>
    </message>
    <message>
        <source>Make the county report and an e-mail draft with it attached</source>
        <translation>Lag fylkesrapporten og et e-postutkast med den som vedlegg</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Move up the ladder</source>
        <translation>Flytt opp på stigen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Power and interest</source>
        <translation>Påvirkning og interesse</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>siden %1</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The details are in the log: %2</source>
        <translation>Noe gikk galt: %1

Loggen ligger i %2.</translation>
    </message>
</context>
<context>
    <name>Deletions</name>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Move the %1 “%2” to the trash? You can undo with Ctrl+Z.</source>
        <translation>Flytte «%2» (%1) til papirkurven? Du kan angre med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash. Ctrl+Z restores it.</source>
        <translation>Flyttet «%1» til papirkurven. Ctrl+Z gjenoppretter.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Gjenopprettet fra papirkurven.</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Nøkkelfakta</translation>
    </message>
    <message>
        <source>Move to the trash (Del); Ctrl+Z brings it back</source>
        <translation>Flytt til papirkurven (Del); Ctrl+Z gjenoppretter</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Private notes – never leave the app</source>
        <translation>Private notater – forlater aldri appen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Gi nytt navn…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
</context>
<context>
    <name>DialoguePage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a registration list (CSV or XLSX).</source>
        <translation>%1 er ikke en påmeldingsliste (CSV eller XLSX).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation>%1, rom %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled slot(s) are kept in the log.</source>
        <translation>
            <numerusform>%n avlyst tid er tatt vare på i loggen.</numerusform>
            <numerusform>%n avlyste tider er tatt vare på i loggen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) of %1 minutes, %2 minutes&apos; break; the order was %3.</source>
        <translation>
            <numerusform>%n møte på %1 minutter, %2 minutters pause; rekkefølgen ble %3.</numerusform>
            <numerusform>%n møter à %1 minutter, %2 minutters pause; rekkefølgen ble %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered supplier(s); %1 checked in.</source>
        <translation>
            <numerusform>%n påmeldt leverandør; %1 har møtt.</numerusform>
            <numerusform>%n påmeldte leverandører; %1 har møtt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add late registrations</source>
        <translation>Legg til sene påmeldinger</translation>
    </message>
    <message>
        <source>All registrants</source>
        <translation>Alle påmeldte</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Answers to all…</source>
        <translation>Svar til alle …</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Svar …</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Stilt</translation>
    </message>
    <message>
        <source>By e-mail to all registrants</source>
        <translation>På e-post til alle påmeldte</translation>
    </message>
    <message>
        <source>Cancel the one-to-one with %1? It stays in the log.</source>
        <translation>Avlyse én-til-én-møtet med %1? Det blir stående i loggen.</translation>
    </message>
    <message>
        <source>Cancel the selected slot…</source>
        <translation>Avlys valgt tid …</translation>
    </message>
    <message>
        <source>Cancel the slot</source>
        <translation>Avlys tiden</translation>
    </message>
    <message>
        <source>Cancel, give a new slot later</source>
        <translation>Avlys, gi ny tid senere</translation>
    </message>
    <message>
        <source>Cancel, the supplier withdrew</source>
        <translation>Avlys, leverandøren trakk seg</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>Changed after it was shared on %1</source>
        <translation>Endret etter at det ble delt %1</translation>
    </message>
    <message>
        <source>Check in: type a name and press Enter</source>
        <translation>Registrer oppmøte: skriv et navn og trykk Enter</translation>
    </message>
    <message>
        <source>Confidential (%1)</source>
        <translation>Fortrolig (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Documents</source>
        <extracomment>The kind string of the page in `open_requested(kind, id)` (a dialogue is not a `Kind`).</extracomment>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>E-mail drafts</source>
        <translation>E-postutkast</translation>
    </message>
    <message>
        <source>Each supplier&apos;s own slot…</source>
        <translation>Hver leverandørs egen tid …</translation>
    </message>
    <message>
        <source>Equal treatment</source>
        <translation>Likebehandling</translation>
    </message>
    <message numerus="yes">
        <source>Equal treatment is not shown yet (%n thing(s) to do):</source>
        <translation>
            <numerusform>Likebehandling er ikke vist ennå (%n ting gjenstår):</numerusform>
            <numerusform>Likebehandling er ikke vist ennå (%n ting gjenstår):</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Mappe for e-postutkastene</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Has confidential notes</source>
        <translation>Har fortrolige notater</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Import registration list</source>
        <translation>Importer påmeldingsliste</translation>
    </message>
    <message>
        <source>Import registration list…</source>
        <translation>Importer påmeldingsliste …</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1 …</translation>
    </message>
    <message>
        <source>In the public summary</source>
        <translation>I den offentlige oppsummeringen</translation>
    </message>
    <message>
        <source>Invitation to all…</source>
        <translation>Invitasjon til alle …</translation>
    </message>
    <message>
        <source>It is shared: note it</source>
        <translation>Det er delt: noter det</translation>
    </message>
    <message>
        <source>Keep the slot</source>
        <translation>Behold tiden</translation>
    </message>
    <message>
        <source>Late registration, appended after the others</source>
        <translation>Sen påmelding, lagt til etter de andre</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Log a sending…</source>
        <translation>Logg en utsendelse …</translation>
    </message>
    <message>
        <source>Make the e-mail drafts…</source>
        <translation>Lag e-postutkastene …</translation>
    </message>
    <message>
        <source>Make the schedule…</source>
        <translation>Lag timeplanen …</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Lager PDF …</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Navneskilt</translation>
    </message>
    <message>
        <source>Name badges (PDF)…</source>
        <translation>Navneskilt (PDF) …</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Nytt notat …</translation>
    </message>
    <message>
        <source>New question…</source>
        <translation>Nytt spørsmål …</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Ikke besvart ennå</translation>
    </message>
    <message>
        <source>No schedule yet. Make one when the registrations are in: every supplier who asked gets one slot of the same length.</source>
        <translation>Ingen timeplan ennå. Lag den når påmeldingene er inne: alle leverandører som har bedt om det, får én tid av samme lengde.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Not exempt from public access</source>
        <translation>Ikke unntatt offentlighet</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
    <message>
        <source>Note that the answer to question %1 is shared with every registrant (%2)? btvcrm sends nothing itself: the note is the record of equal treatment.</source>
        <translation>Notere at svaret på spørsmål %1 er delt med alle påmeldte (%2)? btvcrm sender ikke noe selv: notatet er dokumentasjonen på likebehandling.</translation>
    </message>
    <message>
        <source>Notes from the one-to-one</source>
        <translation>Notater fra én-til-én-møtet</translation>
    </message>
    <message>
        <source>Notes from the one-to-one with %1</source>
        <translation>Notater fra én-til-én-møtet med %1</translation>
    </message>
    <message>
        <source>On Doffin</source>
        <translation>På Doffin</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Én-til-én</translation>
    </message>
    <message>
        <source>One-to-one schedule</source>
        <translation>Timeplan én-til-én</translation>
    </message>
    <message>
        <source>One-to-one schedule (PDF)…</source>
        <translation>Timeplan for én-til-én-møtene (PDF) …</translation>
    </message>
    <message>
        <source>One-to-one timetable</source>
        <translation>Timeplan for én-til-én-møtene</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Participant list (PDF)…</source>
        <translation>Deltakerliste (PDF) …</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakerliste</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Møtt</translation>
    </message>
    <message>
        <source>Public summary (PDF)…</source>
        <translation>Offentlig oppsummering (PDF) …</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Question: %1
Answer: %2</source>
        <translation>Spørsmål: %1
Svar: %2</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Spørsmål og svar</translation>
    </message>
    <message>
        <source>Register a supplier…</source>
        <translation>Meld på en leverandør …</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Påmeldt</translation>
    </message>
    <message>
        <source>Registered, but not attending in person</source>
        <translation>Påmeldt, men deltar ikke fysisk</translation>
    </message>
    <message>
        <source>Registration lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Påmeldingslister (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Påmeldinger</translation>
    </message>
    <message>
        <source>Registrations imported</source>
        <translation>Påmeldinger importert</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Rom %1</translation>
    </message>
    <message>
        <source>Sendings</source>
        <translation>Utsendelser</translation>
    </message>
    <message>
        <source>Share with all</source>
        <translation>Del med alle</translation>
    </message>
    <message>
        <source>Shared with all</source>
        <translation>Delt med alle</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>Summary to all, attached…</source>
        <translation>Oppsummering til alle, vedlagt …</translation>
    </message>
    <message>
        <source>Swap the two selected</source>
        <translation>Bytt de to valgte</translation>
    </message>
    <message>
        <source>Ticked when the person has come</source>
        <translation>Krysses av når personen har kommet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Writing the e-mail drafts…</source>
        <translation>Skriver e-postutkastene …</translation>
    </message>
    <message>
        <source>asked, no slot yet</source>
        <translation>ønsker, ingen tid ennå</translation>
    </message>
    <message>
        <source>drawn at random on %1 with seed %2 (the same seed gives the same order)</source>
        <translation>trukket tilfeldig %1 med frø %2 (samme frø gir samme rekkefølge)</translation>
    </message>
    <message>
        <source>set by registration time</source>
        <translation>satt etter påmeldingstidspunkt</translation>
    </message>
    <message>
        <source>✓ %1 is checked in.</source>
        <translation>✓ %1 har møtt.</translation>
    </message>
</context>
<context>
    <name>DialogueReports</name>
    <message numerus="yes">
        <source>%n meeting(s) of %1 minutes with a break of %2 minutes; rooms in parallel: %3. The order is %4.</source>
        <translation>
            <numerusform>%n møte på %1 minutter med %2 minutters pause; rom i parallell: %3. Rekkefølgen er %4.</numerusform>
            <numerusform>%n møter à %1 minutter med %2 minutters pause; rom i parallell: %3. Rekkefølgen er %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered organisation(s)</source>
        <translation>
            <numerusform>%n påmeldt virksomhet</numerusform>
            <numerusform>%n påmeldte virksomheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s) had a one-to-one meeting with the contracting authority, every meeting equally long (%1 minutes); the order was %2.</source>
        <translation>
            <numerusform>%n leverandør fikk et én-til-én-møte med oppdragsgiver (%1 minutter); rekkefølgen ble %2.</numerusform>
            <numerusform>%n leverandører fikk hvert sitt én-til-én-møte med oppdragsgiver, alle like lange (%1 minutter); rekkefølgen ble %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked in a one-to-one meeting</source>
        <translation>Stilt i et én-til-én-møte</translation>
    </message>
    <message>
        <source>Asked in the plenary</source>
        <translation>Stilt i plenum</translation>
    </message>
    <message>
        <source>Asked in writing</source>
        <translation>Stilt skriftlig</translation>
    </message>
    <message>
        <source>Contracting authority</source>
        <translation>Oppdragsgiver</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Every answer given to one supplier has been shared with all registrants.</source>
        <translation>Alle svar som er gitt til én leverandør, er delt med alle påmeldte.</translation>
    </message>
    <message>
        <source>Input from the suppliers</source>
        <translation>Innspill fra leverandørene</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Deltakerliste</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Navneskilt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>No one-to-one meetings were held.</source>
        <translation>Det ble ikke holdt én-til-én-møter.</translation>
    </message>
    <message>
        <source>No questions and answers shared yet.</source>
        <translation>Ingen spørsmål og svar er delt ennå.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Kunngjøring</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Én-til-én</translation>
    </message>
    <message>
        <source>One-to-one meetings</source>
        <translation>Én-til-én-møter</translation>
    </message>
    <message>
        <source>One-to-one plan</source>
        <translation>Én-til-én-plan</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Organisations that took part</source>
        <translation>Virksomheter som deltok</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Møtt</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Anskaffelse</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Spørsmål og svar</translation>
    </message>
    <message>
        <source>Registered organisations</source>
        <translation>Påmeldte virksomheter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>Schedule of the one-to-one meetings</source>
        <translation>Timeplan for én-til-én-møtene</translation>
    </message>
    <message>
        <source>Summary of a market dialogue</source>
        <translation>Oppsummering fra markedsdialog</translation>
    </message>
    <message>
        <source>Summary of the dialogue conference</source>
        <translation>Oppsummering fra dialogkonferansen</translation>
    </message>
    <message>
        <source>Suppliers&apos; input in the one-to-one meetings may contain business secrets and is exempt from public access (%1); it is not part of this summary.</source>
        <translation>Innspill fra leverandørene i én-til-én-møtene kan inneholde forretningshemmeligheter og er unntatt offentlighet (%1); de er ikke med i denne oppsummeringen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avlyst</translation>
    </message>
    <message>
        <source>drawn at random on %1 (seed %2)</source>
        <translation>trukket tilfeldig %1 (frø %2)</translation>
    </message>
    <message>
        <source>drawn at random on %1 with seed %2 (the same seed gives the same order)</source>
        <translation>trukket tilfeldig %1 med frø %2 (samme frø gir samme rekkefølge)</translation>
    </message>
    <message>
        <source>late registration</source>
        <translation>sen påmelding</translation>
    </message>
    <message>
        <source>not attending in person</source>
        <translation>deltar ikke fysisk</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>rom %1</translation>
    </message>
    <message>
        <source>set by registration time</source>
        <translation>satt etter påmeldingstidspunkt</translation>
    </message>
    <message>
        <source>shared with all on %1 (%2)</source>
        <translation>delt med alle %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DialogueSection</name>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n gjenstår</numerusform>
            <numerusform>%n gjenstår</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Equal treatment</source>
        <translation>Likebehandling</translation>
    </message>
    <message>
        <source>Market dialogue</source>
        <translation>Markedsdialog</translation>
    </message>
    <message>
        <source>New market dialogue…</source>
        <translation>Ny markedsdialog …</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Påmeldte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>✓ shown</source>
        <translation>✓ vist</translation>
    </message>
</context>
<context>
    <name>DialogueStatus</name>
    <message>
        <source>announced</source>
        <translation>kunngjort</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gjennomført</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>summarised</source>
        <translation>oppsummert</translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Insert or Ctrl+Shift+Enter</source>
        <translation>Insert eller Ctrl+Shift+Enter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>EmailDrafts</name>
    <message>
        <source>Hello,

Attached are the minutes of “%1”, %2.

Best regards</source>
        <translation>Hei,

Vedlagt er referatet fra «%1», %2.

Vennlig hilsen</translation>
    </message>
    <message>
        <source>Hello,

Attached is an internal brief before our meeting with %1.

Best regards</source>
        <translation>Hei,

Vedlagt er en intern møteforberedelse før møtet med %1.

Vennlig hilsen</translation>
    </message>
    <message>
        <source>Meeting brief (internal): %1</source>
        <translation>Møteforberedelse (internt): %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Møtereferat: %1</translation>
    </message>
</context>
<context>
    <name>EmailLogDialog</name>
    <message numerus="yes">
        <source>&amp;Save the %n attachment(s) in the folder beside the data file</source>
        <translation>
            <numerusform>&amp;Lagre vedlegget i mappen ved siden av datafilen</numerusform>
            <numerusform>&amp;Lagre de %n vedleggene i mappen ved siden av datafilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Log e-mail</source>
        <translation>Logg e-post</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>%1 (org. no. %2)</source>
        <translation>%1 (org.nr. %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) still hold the person. Thinning removes them by %1, as long as the program keeps taking backups. Copies saved or moved elsewhere you must delete yourself.</source>
        <translation>
            <numerusform>Én eldre sikkerhetskopi har fortsatt personen. Tynningen fjerner den innen %1, så lenge programmet tar nye sikkerhetskopier. Kopier du har lagret eller flyttet andre steder, må du slette selv.</numerusform>
            <numerusform>%n eldre sikkerhetskopier har fortsatt personen. Tynningen fjerner dem innen %1, så lenge programmet tar nye sikkerhetskopier. Kopier du har lagret eller flyttet andre steder, må du slette selv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved attachment(s) from meetings the person took part in are still in %1. The contents of these files cannot be washed: look through them and delete those that mention the person.</source>
        <translation>
            <numerusform>%n lagret vedlegg fra møter personen var med på, ligger fortsatt i %1. Innholdet i filen kan ikke vaskes: se gjennom den og slett den hvis den nevner personen.</numerusform>
            <numerusform>%n lagrede vedlegg fra møter personen var med på, ligger fortsatt i %1. Innholdet i filene kan ikke vaskes: se gjennom dem og slett dem som nevner personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program is reading the data file now, so the last traces (in the search index and the log) are removed when the file is free, at the latest the next time it is opened.</source>
        <translation>Et annet program leser datafilen nå, så de siste sporene (i søkeindeksen og journalen) fjernes når filen er ledig, senest neste gang den åpnes.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Erase it</source>
        <translation>Slett den</translation>
    </message>
    <message>
        <source>Erase person (GDPR)</source>
        <translation>Slett person (GDPR)</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Behold den som den er</translation>
    </message>
    <message>
        <source>Name to confirm the erasure</source>
        <translation>Navn for å bekrefte slettingen</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nytt navn</translation>
    </message>
    <message>
        <source>New name for %1</source>
        <translation>Nytt navn for %1</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Personen er slettet</translation>
    </message>
    <message>
        <source>Rename it</source>
        <translation>Gi den nytt navn</translation>
    </message>
    <message>
        <source>The name and contact details of %1 will be erased everywhere. Meetings keep “erased person”. This cannot be undone.</source>
        <translation>Navn og kontaktopplysninger for %1 slettes overalt. Møter beholder «slettet person». Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>These organisations have the person&apos;s name (a sole proprietorship&apos;s name is personal data). Choose for each one:</source>
        <translation>Disse organisasjonene har personens navn (navnet på et enkeltpersonforetak er en personopplysning). Velg for hver av dem:</translation>
    </message>
    <message>
        <source>Type the name to confirm: %1</source>
        <translation>Skriv navnet for å bekrefte: %1</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Hva som skal skje med %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>%1 has no value (%2)</source>
        <translation>%1 mangler en verdi (%2)</translation>
    </message>
    <message>
        <source>%1 is already at “%2”.</source>
        <translation>%1 er allerede på «%2».</translation>
    </message>
    <message>
        <source>%1 is already registered to “%2”</source>
        <translation>%1 er allerede registrert på «%2»</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 står mer enn én gang</translation>
    </message>
    <message>
        <source>%1 last got a new anchoring stage on %2 (“%3”), so a new change must be dated %2 or later.</source>
        <translation>%1 fikk sist ny forankringsstatus %2 («%3»), så en ny endring må dateres %2 eller senere.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 upwards, not “%2”</source>
        <translation>%1 må være et helt tall fra 1 og oppover, ikke «%2»</translation>
    </message>
    <message>
        <source>%1 must be numbers from %2 to %3 (separated by commas), not “%4”</source>
        <translation>%1 må være tall fra %2 til %3 (skilt med komma), ikke «%4»</translation>
    </message>
    <message>
        <source>%1 must be numbers from %2 to %3 or from -%3 to -1 (separated by commas), not “%4”</source>
        <translation>%1 må være tall fra %2 til %3 eller fra -%3 til -1 (skilt med komma), ikke «%4»</translation>
    </message>
    <message>
        <source>%1 must be numbers from %2 to %3 or from -%3 to -1, not “%4”</source>
        <translation>%1 må være tall fra %2 til %3 eller fra -%3 til -1, ikke «%4»</translation>
    </message>
    <message>
        <source>%1 must be numbers from %2 to %3, not “%4”</source>
        <translation>%1 må være tall fra %2 til %3, ikke «%4»</translation>
    </message>
    <message>
        <source>%1 “%2” (id %3) is already in the trash.</source>
        <translation>%1 «%2» (id %3) ligger allerede i papirkurven.</translation>
    </message>
    <message>
        <source>%1 “%2” (id %3) is not in the trash.</source>
        <translation>%1 «%2» (id %3) ligger ikke i papirkurven.</translation>
    </message>
    <message>
        <source>%1, field “%2” (%3): %4</source>
        <translation>%1, feltet «%2» (%3): %4</translation>
    </message>
    <message>
        <source>%1, field “%2”: %3</source>
        <translation>%1, feltet «%2»: %3</translation>
    </message>
    <message>
        <source>A follow-up has no text.</source>
        <translation>Et oppfølgingspunkt mangler tekst.</translation>
    </message>
    <message>
        <source>BYDAY must be weekdays (MO, TU, WE, TH, FR, SA, SU), optionally with a number in front (1MO is the first Monday, -1FR the last Friday), not “%1”</source>
        <translation>BYDAY må være ukedager (MO, TU, WE, TH, FR, SA, SU), eventuelt med nummer foran (1MO er første mandag, -1FR siste fredag), ikke «%1»</translation>
    </message>
    <message>
        <source>COUNT and UNTIL cannot be used together; choose a number of times or an end date</source>
        <translation>COUNT og UNTIL kan ikke brukes sammen; velg antall ganger eller en sluttdato</translation>
    </message>
    <message>
        <source>Enter the date and time of the meeting.</source>
        <translation>Skriv inn dato og tid for møtet.</translation>
    </message>
    <message>
        <source>FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY, not “%1”</source>
        <translation>FREQ må være DAILY, WEEKLY, MONTHLY eller YEARLY, ikke «%1»</translation>
    </message>
    <message>
        <source>Field “%1”: %2</source>
        <translation>Feltet «%1»: %2</translation>
    </message>
    <message>
        <source>Found no %1 with id %2.</source>
        <translation>Fant %1 med id %2.</translation>
    </message>
    <message>
        <source>Found no county “%1”. Known counties: %2.</source>
        <translation>Fant ikke fylket «%1». Kjente fylker: %2.</translation>
    </message>
    <message>
        <source>Found no initiative “%1”.</source>
        <translation>Fant ikke initiativet «%1».</translation>
    </message>
    <message>
        <source>The follow-up “%1”: %2</source>
        <translation>Oppfølgingspunktet «%1»: %2</translation>
    </message>
    <message>
        <source>UNTIL must be a date like 20161231 (or a time like 20161231T235959Z), not “%1”</source>
        <translation>UNTIL må være en dato som 20161231 (eller et tidspunkt som 20161231T235959Z), ikke «%1»</translation>
    </message>
    <message>
        <source>WKST must be a weekday (MO, TU, WE, TH, FR, SA or SU), not “%1”</source>
        <translation>WKST må være en ukedag (MO, TU, WE, TH, FR, SA eller SU), ikke «%1»</translation>
    </message>
    <message>
        <source>a change is about either a county or an organisation</source>
        <translation>en endring gjelder enten et fylke eller en organisasjon</translation>
    </message>
    <message>
        <source>a meeting with calendar UID %1 already exists</source>
        <translation>et møte med kalender-UID %1 finnes allerede</translation>
    </message>
    <message>
        <source>a repeating follow-up needs a due date to count from</source>
        <translation>et gjentakende punkt trenger en frist å regne fra</translation>
    </message>
    <message>
        <source>already at “%1”</source>
        <translation>allerede på «%1»</translation>
    </message>
    <message>
        <source>an assessment is about either an organisation or a person</source>
        <translation>en vurdering gjelder enten en organisasjon eller en person</translation>
    </message>
    <message>
        <source>an organisation cannot be placed under itself</source>
        <translation>en organisasjon kan ikke ligge under seg selv</translation>
    </message>
    <message>
        <source>cannot sort by “%1”; choose one of: %2</source>
        <translation>kan ikke sortere på «%1»; velg en av: %2</translation>
    </message>
    <message>
        <source>choose one organisation</source>
        <translation>velg én organisasjon</translation>
    </message>
    <message>
        <source>choose one person</source>
        <translation>velg én person</translation>
    </message>
    <message>
        <source>counties cannot be deleted here</source>
        <translation>fylker kan ikke slettes her</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>f.eks. %1</translation>
    </message>
    <message>
        <source>has no date</source>
        <translation>mangler dato</translation>
    </message>
    <message>
        <source>has no date and time</source>
        <translation>mangler dato og klokkeslett</translation>
    </message>
    <message>
        <source>is too long (%1 characters, at most %2)</source>
        <translation>er for lang (%1 tegn, høyst %2)</translation>
    </message>
    <message>
        <source>move one step up (1) or down (-1)</source>
        <translation>flytt ett trinn opp (1) eller ned (-1)</translation>
    </message>
    <message>
        <source>must be a positive number of days</source>
        <translation>må være et positivt antall dager</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5, not “%1”</source>
        <translation>må være et helt tall fra 1 til 5, ikke «%1»</translation>
    </message>
    <message>
        <source>must be a whole, positive amount in kroner</source>
        <translation>må være et helt, positivt beløp i kroner</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>må fylles ut</translation>
    </message>
    <message>
        <source>organisation %1 does not exist</source>
        <translation>organisasjon %1 finnes ikke</translation>
    </message>
    <message>
        <source>person %1 has already been erased</source>
        <translation>person %1 er allerede slettet</translation>
    </message>
    <message>
        <source>the address is too long</source>
        <translation>adressen er for lang</translation>
    </message>
    <message>
        <source>the county “%1” already exists</source>
        <translation>fylket «%1» finnes allerede</translation>
    </message>
    <message>
        <source>the duration must be between 0 minutes and 14 days</source>
        <translation>varighet må være mellom 0 minutter og 14 dager</translation>
    </message>
    <message>
        <source>the new name still has the person’s name in it</source>
        <translation>det nye navnet har fortsatt personens navn</translation>
    </message>
    <message>
        <source>the person has been erased (GDPR) and cannot be changed</source>
        <translation>personen er slettet (GDPR) og kan ikke endres</translation>
    </message>
    <message>
        <source>the rule has no FREQ (%1)</source>
        <translation>regelen mangler FREQ (%1)</translation>
    </message>
    <message>
        <source>the year %1 is not reasonable</source>
        <translation>året %1 er ikke rimelig</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>finner %1 med id %2</translation>
    </message>
    <message>
        <source>write the rule on one line, without DTSTART (%1)</source>
        <translation>skriv regelen på én linje, uten DTSTART (%1)</translation>
    </message>
    <message>
        <source>“%1” is not a Doffin notice (format YYYY-NNNNNN, e.g. 2016-123456)</source>
        <translation>«%1» er ikke en Doffin-kunngjøring (format ÅÅÅÅ-NNNNNN, f.eks. 2016-123456)</translation>
    </message>
    <message>
        <source>“%1” is not a legal basis for exemption</source>
        <translation>«%1» er ikke en hjemmel for unntak</translation>
    </message>
    <message>
        <source>“%1” is not a municipality number (four digits)</source>
        <translation>«%1» er ikke et kommunenummer (fire sifre)</translation>
    </message>
    <message>
        <source>“%1” is not a sector code (four digits)</source>
        <translation>«%1» er ikke en sektorkode (fire sifre)</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>«%1» er ikke en gyldig e-postadresse</translation>
    </message>
    <message>
        <source>“%1” is not a valid organisation number (the check digit is wrong)</source>
        <translation>«%1» er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke)</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number</source>
        <translation>«%1» er ikke et gyldig telefonnummer</translation>
    </message>
    <message>
        <source>“%1” is not a valid recurrence rule (%2)</source>
        <translation>«%1» er ikke en gyldig gjentakelsesregel (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address</source>
        <translation>«%1» er ikke en gyldig nettadresse</translation>
    </message>
    <message>
        <source>“%1” is not an industry code (e.g. 84.110)</source>
        <translation>«%1» er ikke en næringskode (f.eks. 84.110)</translation>
    </message>
    <message>
        <source>“%1” is not an organisation number (9 digits)</source>
        <translation>«%1» er ikke et organisasjonsnummer (9 siffer)</translation>
    </message>
    <message>
        <source>“%1” is not an organisational form (e.g. AS, KOMM)</source>
        <translation>«%1» er ikke en organisasjonsform (f.eks. AS, KOMM)</translation>
    </message>
    <message>
        <source>“%1” is not of the form NAME=VALUE (%2)</source>
        <translation>«%1» er ikke på formen NAVN=VERDI (%2)</translation>
    </message>
    <message>
        <source>“%1” is not part of a recurrence rule; use FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH and the like (%2)</source>
        <translation>«%1» er ikke en del av en gjentakelsesregel; bruk FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH og lignende (%2)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>“%1”: Norwegian numbers have 8 digits</source>
        <translation>«%1»: norske nummer har 8 siffer</translation>
    </message>
    <message>
        <source>“other legal basis” needs the basis written in the note</source>
        <translation>«annen hjemmel» krever at hjemmelen skrives i merknaden</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>dialogue conference</source>
        <translation>dialogkonferanse</translation>
    </message>
    <message>
        <source>further round</source>
        <translation>videre dialogrunde</translation>
    </message>
</context>
<context>
    <name>ExemptionBasis</name>
    <message>
        <source>business secrets</source>
        <translation>forretningshemmeligheter</translation>
    </message>
    <message>
        <source>documents for internal preparation</source>
        <translation>dokumenter til intern saksforberedelse</translation>
    </message>
    <message>
        <source>internal documents</source>
        <translation>organinterne dokumenter</translation>
    </message>
    <message>
        <source>negotiating position</source>
        <translation>forhandlingsposisjon</translation>
    </message>
    <message>
        <source>other legal basis</source>
        <translation>annen hjemmel</translation>
    </message>
    <message>
        <source>personal matters</source>
        <translation>personlige forhold</translation>
    </message>
</context>
<context>
    <name>ExemptionPicker</name>
    <message>
        <source>Exempt: %1</source>
        <translation>Unntatt: %1</translation>
    </message>
    <message>
        <source>Exempt: %1 (write it in the note)</source>
        <translation>Unntatt: %1 (skriv hjemmelen i merknaden)</translation>
    </message>
    <message>
        <source>Exempt: %1 – %2</source>
        <translation>Unntatt: %1 – %2</translation>
    </message>
    <message>
        <source>Legal basis or note</source>
        <translation>Hjemmel eller merknad</translation>
    </message>
    <message>
        <source>Needed when the choice is “other legal basis”: write which one.</source>
        <translation>Påkrevd når valget er «annen hjemmel»: skriv hvilken.</translation>
    </message>
    <message>
        <source>Note on the exemption</source>
        <translation>Merknad om unntaket</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Offentlig</translation>
    </message>
    <message>
        <source>Public or exempt</source>
        <translation>Offentlig eller unntatt</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>Doffin reference</source>
        <translation>Doffin-kunngjøring</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>dagsorden</translation>
    </message>
    <message>
        <source>anchoring stage</source>
        <translation>forankringsstatus</translation>
    </message>
    <message>
        <source>announcement date</source>
        <translation>kunngjøringsdato</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>apologies</source>
        <translation>forfall</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>oppmøte</translation>
    </message>
    <message>
        <source>break</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>calendar UID</source>
        <translation>kalender-UID</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>saksnummer</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>møteleder</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>kommentar</translation>
    </message>
    <message>
        <source>company</source>
        <translation>virksomhet</translation>
    </message>
    <message>
        <source>contracting authority</source>
        <translation>oppdragsgiver</translation>
    </message>
    <message>
        <source>copy to</source>
        <translation>kopi til</translation>
    </message>
    <message>
        <source>counties</source>
        <translation>fylker</translation>
    </message>
    <message>
        <source>county</source>
        <translation>fylke</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>vedtak</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>retning</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>frist</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>varighet</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>estimated value</source>
        <translation>anslått verdi</translation>
    </message>
    <message>
        <source>exemption from public access</source>
        <translation>unntak fra offentlighet</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>oppfølgingspunkt</translation>
    </message>
    <message>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>industry code</source>
        <translation>næringskode</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>innflytelse</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>initiativ</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>initiativer</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>interesse</translation>
    </message>
    <message>
        <source>keep in touch (days)</source>
        <translation>hold kontakt (dager)</translation>
    </message>
    <message>
        <source>key contact</source>
        <translation>nøkkelkontakt</translation>
    </message>
    <message>
        <source>key dates</source>
        <translation>viktige datoer</translation>
    </message>
    <message>
        <source>learned in</source>
        <translation>lært i</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>behandlingsgrunnlag</translation>
    </message>
    <message>
        <source>material</source>
        <translation>materiell</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>møte</translation>
    </message>
    <message>
        <source>meeting slot</source>
        <translation>møtetid</translation>
    </message>
    <message>
        <source>minutes number</source>
        <translation>referatnummer</translation>
    </message>
    <message>
        <source>minutes status</source>
        <translation>referatstatus</translation>
    </message>
    <message>
        <source>minutes taken by</source>
        <translation>referent</translation>
    </message>
    <message>
        <source>municipality number</source>
        <translation>kommunenummer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>name of the date</source>
        <translation>navn på datoen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>merknad</translation>
    </message>
    <message>
        <source>note on the exemption</source>
        <translation>merknad om unntak</translation>
    </message>
    <message>
        <source>note on the exemption of the notes</source>
        <translation>merknad om unntak for notatene</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notater</translation>
    </message>
    <message>
        <source>number of rooms</source>
        <translation>antall rom</translation>
    </message>
    <message>
        <source>objection to processing</source>
        <translation>protest mot behandling</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisasjon</translation>
    </message>
    <message>
        <source>organisation number</source>
        <translation>organisasjonsnummer</translation>
    </message>
    <message>
        <source>organisational form</source>
        <translation>organisasjonsform</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisasjoner</translation>
    </message>
    <message>
        <source>other participants</source>
        <translation>andre deltakere</translation>
    </message>
    <message>
        <source>output file</source>
        <translation>utfil</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eier</translation>
    </message>
    <message>
        <source>parent organisation</source>
        <translation>overordnet organisasjon</translation>
    </message>
    <message>
        <source>part</source>
        <translation>del</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deltakere</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>place</source>
        <translation>sted</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>innleder</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>private notater</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>prosedyre</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>begrunnelse</translation>
    </message>
    <message>
        <source>registration deadline</source>
        <translation>påmeldingsfrist</translation>
    </message>
    <message>
        <source>relevant counties</source>
        <translation>relevante fylker</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>gjentakelse</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ansvarlig</translation>
    </message>
    <message>
        <source>sector code</source>
        <translation>sektorkode</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>frø</translation>
    </message>
    <message>
        <source>sharing</source>
        <translation>deling</translation>
    </message>
    <message>
        <source>sorting</source>
        <translation>sortering</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>starttid</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>stikkord</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tidspunkt</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tittel</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>website</source>
        <translation>nettsted</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nei</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Already logged</source>
        <translation>Allerede logget</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>E-mails (%1);;All files (*)</source>
        <translation>E-poster (%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Enhetsregisteret&apos;s files (%1);;All files (*)</source>
        <translation>Filer fra Enhetsregisteret (%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <source>Files btvcrm can import (%1);;All files (*)</source>
        <translation>Filer btvcrm kan importere (%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>Export format -&gt; the file name proposed in the save dialog ({what}: the list&apos;s kind). What the current page shows: (repository name, filter as on screen), or (None, None).</extracomment>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import e-mail</source>
        <translation>Importer e-post</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen mislyktes</translation>
    </message>
    <message>
        <source>Import from Enhetsregisteret</source>
        <translation>Importer fra Enhetsregisteret</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <source>Logged “%1”.</source>
        <translation>Logget «%1».</translation>
    </message>
    <message>
        <source>Logging the events…</source>
        <translation>Logger hendelsene…</translation>
    </message>
    <message>
        <source>Looking for people already in the file…</source>
        <translation>Ser etter personer som finnes fra før…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Bare lesing</translation>
    </message>
    <message>
        <source>Reading the calendar file…</source>
        <translation>Leser kalenderfilen…</translation>
    </message>
    <message>
        <source>Reading the e-mail…</source>
        <translation>Leser e-posten…</translation>
    </message>
    <message>
        <source>Reading the spreadsheet…</source>
        <translation>Leser regnearket…</translation>
    </message>
    <message>
        <source>The data file is open read-only; nothing can be imported.</source>
        <translation>Datafilen er åpnet bare for lesing; ingenting kan importeres.</translation>
    </message>
    <message>
        <source>“%1” is logged already (contact %2).</source>
        <translation>«%1» er allerede logget (kontakt %2).</translation>
    </message>
</context>
<context>
    <name>FileSession</name>
    <message>
        <source>%1 exists already. Choose a new name.</source>
        <translation>%1 finnes allerede. Velg et nytt navn.</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatisk sikkerhetskopi mislyktes: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Move data file</source>
        <translation>Flytt datafil</translation>
    </message>
    <message>
        <source>Moving the data file…</source>
        <translation>Flytter datafilen…</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>Ny datafil</translation>
    </message>
    <message>
        <source>Only a data file open for writing can be moved.</source>
        <translation>Bare en datafil som er åpnet for skriving, kan flyttes.</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Åpne datafil</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Åpne bare for lesing</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Gjenopprettet sikkerhetskopien %1.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Gjenoppretter sikkerhetskopien…</translation>
    </message>
    <message>
        <source>Taking today&apos;s backup…</source>
        <translation>Tar dagens sikkerhetskopi…</translation>
    </message>
    <message>
        <source>The data file cannot be written</source>
        <translation>Datafilen kan ikke skrives</translation>
    </message>
    <message>
        <source>The data file is now %1.</source>
        <translation>Datafilen ligger nå i %1.</translation>
    </message>
    <message>
        <source>btvcrm files (*.sqlite *.db);;All files (*)</source>
        <translation>btvcrm-filer (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>btvcrm files (*.sqlite)</source>
        <translation>btvcrm-filer (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ansvarlig</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Hva</translation>
    </message>
    <message>
        <source>An RFC 5545 recurrence rule, e.g. FREQ=WEEKLY;INTERVAL=3</source>
        <translation>En gjentakelsesregel etter RFC 5545, f.eks. FREQ=WEEKLY;INTERVAL=3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose one responsible person.</source>
        <translation>Velg én ansvarlig person.</translation>
    </message>
    <message>
        <source>Custom (RRULE)…</source>
        <translation>Egendefinert (RRULE)…</translation>
    </message>
    <message>
        <source>Custom repeat rule (RRULE)</source>
        <translation>Egendefinert gjentakelsesregel (RRULE)</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Gjentas ikke</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>Rediger oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Empty = me</source>
        <translation>Tomt = meg</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hver måned</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Annenhver uke</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Hvert kvartal</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Hver uke</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Hvert år</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nytt oppfølgingspunkt</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>R&amp;ule</source>
        <translation>Re&amp;gel</translation>
    </message>
    <message>
        <source>Re&amp;peats</source>
        <translation>&amp;Gjentas</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Gjentas</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>There is no person called “%1”.</source>
        <translation>Det finnes ingen person som heter «%1».</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Write a repeat rule, or choose “Does not repeat”.</source>
        <translation>Skriv en gjentakelsesregel, eller velg «Gjentas ikke».</translation>
    </message>
    <message>
        <source>e.g. FREQ=MONTHLY;BYDAY=1MO</source>
        <translation>f.eks. FREQ=MONTHLY;BYDAY=1MO</translation>
    </message>
    <message>
        <source>e.g. “friday”, “in 2 weeks”, “14.06”</source>
        <translation>f.eks. «fredag», «om 2 uker», «14.06»</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Koblet til</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Gjentas</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>utført</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
</context>
<context>
    <name>FollowUpTree</name>
    <message>
        <source>Choose date…</source>
        <translation>Velg dato…</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Merk som utført</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Gi til en annen</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Gi til en annen…</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ansvarlig:</translation>
    </message>
    <message>
        <source>Snooze 1 day</source>
        <translation>Utsett 1 dag</translation>
    </message>
    <message>
        <source>Snooze 1 week</source>
        <translation>Utsett 1 uke</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>… and %1 more: narrow the list with the filters on Follow-ups</source>
        <translation>… og %1 til: snevre inn listen med filtrene på Oppfølging</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Uten frist</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>A tree widget holds real items: beyond this many per group the list says how many more there are.</extracomment>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uka</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>%1 (Ctrl+N)</source>
        <translation>%1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Choose date…</source>
        <translation>&amp;Velg dato…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Utført</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Gi til en annen…</translation>
    </message>
    <message>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;dag</translation>
    </message>
    <message>
        <source>+1 &amp;week</source>
        <translation>+1 &amp;uke</translation>
    </message>
    <message>
        <source>D = done · S = +1 day · W = +1 week · Shift+S = choose date · R = reassign · Enter = open</source>
        <translation>D = utført · S = +1 dag · W = +1 uke · Shift+S = velg dato · R = gi til en annen · Enter = åpne</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølging</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>Discard changes?</source>
        <translation>Forkaste endringene?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Du har endringer som ikke er lagret. Forkaste dem?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(importeres ikke)</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Key contact</source>
        <translation>Nøkkelkontakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Mellomnavn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>&amp;Doffin reference</source>
        <translation>&amp;Doffin-referanse</translation>
    </message>
    <message>
        <source>&amp;Key dates</source>
        <translation>Vi&amp;ktige datoer</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eier</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Rediger initiativ</translation>
    </message>
    <message>
        <source>Estimated &amp;value</source>
        <translation>Anslått &amp;verdi</translation>
    </message>
    <message>
        <source>Key date “%1” needs a date after “@”.</source>
        <translation>Datoen «%1» trenger en dato etter «@».</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nytt initiativ</translation>
    </message>
    <message>
        <source>One per line, e.g. “Dialogue conference @ 14.06.2016”</source>
        <translation>Én per linje, f.eks. «Dialogkonferanse @ 14.06.2016»</translation>
    </message>
    <message>
        <source>P&amp;rocedure</source>
        <translation>P&amp;rosedyre</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>St&amp;ikkord</translation>
    </message>
    <message>
        <source>e.g. “8 mrd”, “2,5 mill.”, “750 000”</source>
        <translation>f.eks. «8 mrd», «2,5 mill.», «750 000»</translation>
    </message>
</context>
<context>
    <name>InitiativePage</name>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Doffin</source>
        <translation>Doffin</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Anslått verdi</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Viktige datoer</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nytt oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prosedyre</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
</context>
<context>
    <name>InitiativePhase</name>
    <message>
        <source>competition</source>
        <translation>konkurranse</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>kontrakt</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>oppfølging</translation>
    </message>
    <message>
        <source>market dialogue</source>
        <translation>markedsdialog</translation>
    </message>
    <message>
        <source>needs assessment</source>
        <translation>behovsavklaring</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>counties</source>
        <translation>fylker</translation>
    </message>
    <message>
        <source>county</source>
        <translation>fylke</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>oppfølgingspunkt</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>oppfølgingspunkter</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>initiativ</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>initiativer</translation>
    </message>
    <message>
        <source>lesson learned</source>
        <translation>læringspunkt</translation>
    </message>
    <message>
        <source>lessons learned</source>
        <translation>læringspunkter</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>møte</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>møter</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisasjon</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisasjoner</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativer</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <source>New county</source>
        <translation>Nytt fylke</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nytt oppfølgingspunkt</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nytt initiativ</translation>
    </message>
    <message>
        <source>New lesson learned</source>
        <translation>Nytt læringspunkt</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisasjon</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>consent</source>
        <translation>samtykke</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>avtale</translation>
    </message>
    <message>
        <source>legitimate interest</source>
        <translation>berettiget interesse</translation>
    </message>
    <message>
        <source>public task</source>
        <translation>offentlig oppgave</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Initiatives</source>
        <translation>I&amp;nitiativer</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Læringspunkt</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Edit lesson learned</source>
        <translation>Rediger læringspunkt</translation>
    </message>
    <message>
        <source>Lear&amp;ned in</source>
        <translation>Lært &amp;i</translation>
    </message>
    <message>
        <source>New lesson learned</source>
        <translation>Nytt læringspunkt</translation>
    </message>
    <message>
        <source>Relevant for</source>
        <translation>Relevant for</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Learned in</source>
        <translation>Lært i</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Koblet til</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Relevant for</source>
        <translation>Relevant for</translation>
    </message>
</context>
<context>
    <name>ListKind</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>%1 (Ctrl+N)</source>
        <translation>%1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 vises</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alle fylker</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Slett (Del)</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>Rediger (F2)</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Fritekst</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nothing here yet. %1 with the button above or Ctrl+N.</source>
        <translation>Ingenting her ennå. %1 med knappen over eller Ctrl+N.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Ingenting passer med filteret.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Search in the list…</source>
        <translation>Søk i listen…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Doffin</source>
        <translation>Doffin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Anslått verdi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Siste kontakt</translation>
    </message>
    <message>
        <source>Learned in</source>
        <translation>Lært i</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Relevant for</source>
        <translation>Relevant for</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n oppfølgingspunkt med frist</numerusform>
            <numerusform>%n oppfølgingspunkter med frist</numerusform>
        </translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>In-memory file</source>
        <translation>Midlertidig fil i minnet</translation>
    </message>
    <message>
        <source>Logged “%1”.</source>
        <translation>Logget «%1».</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Read only: the data file was opened read-only. Changes cannot be saved until you open it normally.</source>
        <translation>Bare lesing: datafilen er åpnet bare for lesing. Endringer kan ikke lagres før du åpner den vanlig.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Søk i alt (Ctrl+K)</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>ikke lagret</translation>
    </message>
</context>
<context>
    <name>MarketDialogue</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n til</numerusform>
            <numerusform>%1 og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asked for a one-to-one meeting but has no slot.</source>
        <translation>%1 ba om et én-til-én-møte, men har ikke fått tid.</translation>
    </message>
    <message>
        <source>%1 is booked for two meetings at the same time, %2 (%3 and %4).</source>
        <translation>%1 er satt opp i to møter samtidig %2 (%3 og %4).</translation>
    </message>
    <message>
        <source>Equal treatment is shown: every answer is shared, everyone who asked for a one-to-one meeting has a slot, all meetings are equally long and everything was sent to all registrants.</source>
        <translation>Likebehandling er vist: alle svar er delt, alle som ba om et én-til-én-møte har fått tid, alle møtene er like lange og alt er sendt til alle påmeldte.</translation>
    </message>
    <message>
        <source>Room %1 has two meetings at the same time, %2 (%3 and %4).</source>
        <translation>Rom %1 har to møter samtidig %2 (%3 og %4).</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>En person</translation>
    </message>
    <message>
        <source>The answer to %1 (%2) on “%3” is not shared with all registrants yet.</source>
        <translation>Svaret til %1 (%2) på «%3» er ikke delt med alle påmeldte.</translation>
    </message>
    <message>
        <source>The answer to %1 (%2) on “%3” was changed after it was shared on %4; share the new answer with all.</source>
        <translation>Svaret til %1 (%2) på «%3» ble endret etter at det ble delt %4; del det nye svaret med alle.</translation>
    </message>
    <message>
        <source>The one-to-one meetings differ in length (%1 minutes); all must be equally long.</source>
        <translation>Én-til-én-møtene har ulik lengde (%1 minutter); alle skal ha like lang tid.</translation>
    </message>
    <message>
        <source>a supplier</source>
        <translation>en leverandør</translation>
    </message>
    <message>
        <source>“%1” (%2) was sent to %3 of %4 registrants; missing: %5.</source>
        <translation>«%1» (%2) er sendt til %3 av %4 påmeldte; mangler: %5.</translation>
    </message>
</context>
<context>
    <name>Material</name>
    <message>
        <source>answers to all</source>
        <translation>svar til alle</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>invitasjon</translation>
    </message>
    <message>
        <source>one-to-one schedule</source>
        <translation>timeplan for én-til-én-møtene</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>presentasjon</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>oppsummering</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (ny)</translation>
    </message>
    <message>
        <source>&amp;Agenda and decisions</source>
        <translation>&amp;Saksliste og vedtak</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>&amp;Initiatives</source>
        <translation>Initiati&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Koblinger</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Møte</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>O&amp;rganisasjoner</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Deltakere</translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation>Re&amp;ferent</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Nå&amp;r</translation>
    </message>
    <message>
        <source>Add people: names, separated by commas</source>
        <translation>Legg til personer: navn, skilt med komma</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>Møte&amp;leder</translation>
    </message>
    <message>
        <source>Case numbe&amp;r</source>
        <translation>Ark&amp;ivsaksnummer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Kopi til</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Varighet</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslett</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Due dates in Norwegian, e.g. “fredag”, “14.06”, “om 2 uker”.</source>
        <translation>Frister skrives fritt, f.eks. «fredag», «14.06», «om 2 uker».</translation>
    </message>
    <message>
        <source>Edit meeting: %1</source>
        <translation>Rediger møte: %1</translation>
    </message>
    <message>
        <source>Exempt items and decisions are marked in the minutes and left out of the public version.</source>
        <translation>Saker og vedtak som er unntatt offentlighet, merkes i referatet og utelates i den offentlige versjonen.</translation>
    </message>
    <message>
        <source>Exemption note</source>
        <translation>Merknad om unntak</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativer</translation>
    </message>
    <message>
        <source>Initiatives, separated by commas</source>
        <translation>Initiativer, skilt med komma</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>M&amp;inutes status</source>
        <translation>Referatst&amp;atus</translation>
    </message>
    <message>
        <source>Minutes num&amp;ber</source>
        <translation>Referatn&amp;ummer</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Referatstatus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Names or e-mail addresses</source>
        <translation>Navn eller e-postadresser</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Notes (in t&amp;he minutes)</source>
        <translation>Notater (i &amp;referatet)</translation>
    </message>
    <message>
        <source>Notes: public or exempt</source>
        <translation>Notater: offentlig eller unntatt</translation>
    </message>
    <message>
        <source>O = information, D = discussion, V = decision</source>
        <translation>O = orientering, D = diskusjon, V = vedtak</translation>
    </message>
    <message>
        <source>O/D/V</source>
        <translation>O/D/V</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <source>Organisations, separated by commas</source>
        <translation>Organisasjoner, skilt med komma</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Andre deltakere</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation>St&amp;ed</translation>
    </message>
    <message>
        <source>Public acc&amp;ess</source>
        <translation>Offentli&amp;ghet</translation>
    </message>
    <message>
        <source>Public access</source>
        <translation>Offentlighet</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Restored a draft from %1</source>
        <translation>Gjenopprettet utkast fra %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>St&amp;ikkord</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Stikkord, skilt med komma</translation>
    </message>
    <message>
        <source>The county&apos;s case number (saksnummer), printed in the header</source>
        <translation>Fylkets saksnummer, skrives i toppen av referatet</translation>
    </message>
    <message>
        <source>The meeting has changes that are not saved. Save them?</source>
        <translation>Møtet har endringer som ikke er lagret. Vil du lagre dem?</translation>
    </message>
    <message>
        <source>The minutes as a whole: public, or exempt with its legal basis</source>
        <translation>Referatet som helhet: offentlig, eller unntatt med hjemmel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>conference</source>
        <translation>konferanse</translation>
    </message>
    <message>
        <source>dialogue conference</source>
        <translation>dialogkonferanse</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>møte</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>video</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Møteleder</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Kopi til</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>E-postutkast</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Exempt, %1</source>
        <translation>Unntatt offentlighet, %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Koblet til</translation>
    </message>
    <message>
        <source>Make public version</source>
        <translation>Lag offentlig versjon</translation>
    </message>
    <message>
        <source>Make the minutes and an e-mail draft to the participants</source>
        <translation>Lag referatet og et e-postutkast til deltakerne</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Møtereferat</translation>
    </message>
    <message>
        <source>Minutes (PDF)</source>
        <translation>Møtereferat (PDF)</translation>
    </message>
    <message>
        <source>Minutes number</source>
        <translation>Referatnummer</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Referatstatus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>No agenda, decisions or notes yet.</source>
        <translation>Ingen saksliste, vedtak eller notater ennå.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Andre deltakere</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Partly exempt, %1</source>
        <translation>Delvis unntatt offentlighet, %1</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Offentlig</translation>
    </message>
    <message>
        <source>Public access</source>
        <translation>Offentlighet</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>The minutes without the parts exempt from public access, with a line saying what was left out and why</source>
        <translation>Referatet uten det som er unntatt offentlighet, med en linje om hva som er utelatt og hvorfor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
</context>
<context>
    <name>MinutesStatus</name>
    <message>
        <source>approved</source>
        <translation>godkjent</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
</context>
<context>
    <name>NewDialogueDialog</name>
    <message>
        <source>&amp;Doffin notice:</source>
        <translation>&amp;Doffin-kunngjøring:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>Conference date and ti&amp;me:</source>
        <translation>Konferansens dato og &amp;klokkeslett:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <source>Dialogue conference</source>
        <translation>Dialogkonferanse</translation>
    </message>
    <message>
        <source>New market dialogue</source>
        <translation>Ny markedsdialog</translation>
    </message>
    <message>
        <source>One item a line, e.g. «10.00 Welcome – Siri Lunde»</source>
        <translation>Én post per linje, f.eks. «10.00 Velkommen – Siri Lunde»</translation>
    </message>
    <message>
        <source>P&amp;rogramme:</source>
        <translation>P&amp;rogram:</translation>
    </message>
    <message>
        <source>Registration dead&amp;line:</source>
        <translation>På&amp;meldingsfrist:</translation>
    </message>
    <message>
        <source>e.g. 08.06.2016</source>
        <translation>f.eks. 08.06.2016</translation>
    </message>
    <message>
        <source>e.g. 14.06.2016 10:00</source>
        <translation>f.eks. 14.06.2016 10:00</translation>
    </message>
    <message>
        <source>e.g. 2016-123456</source>
        <translation>f.eks. 2016-123456</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>&amp;Confidential – business secrets, exempt from public access (offl. § 13 jf. fvl. § 13 første ledd nr. 2)</source>
        <translation>&amp;Fortrolig – forretningshemmeligheter, unntatt offentlighet (offl. § 13 jf. fvl. § 13 første ledd nr. 2)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>Note from the one-to-one meeting</source>
        <translation>Notat fra én-til-én-møtet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n follow-up(s) due today or overdue.</source>
        <translation>
            <numerusform>%n oppfølgingspunkt har frist i dag eller er forfalt.</numerusform>
            <numerusform>%n oppfølgingspunkter har frist i dag eller er forfalt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Oppfølging med frist</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation>&amp;Del av</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>St&amp;ikkord</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Nett&amp;sted</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Rediger organisasjon</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Hold kontakt hver</translation>
    </message>
    <message>
        <source>Key organisation</source>
        <translation>Nøkkelorganisasjon</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Notat&amp;er</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisasjon</translation>
    </message>
    <message>
        <source>Organisation num&amp;ber</source>
        <translation>&amp;Organisasjonsnummer</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>ingen påminnelse</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>KS</source>
        <translation>KS</translation>
    </message>
    <message>
        <source>cluster/network</source>
        <translation>klynge/nettverk</translation>
    </message>
    <message>
        <source>county council</source>
        <translation>fylkeskommune</translation>
    </message>
    <message>
        <source>health trust</source>
        <translation>helseforetak</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommune</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <source>state agency</source>
        <translation>statlig virksomhet</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>leverandør</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Anchoring</source>
        <translation>Forankring</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>E-postutkast</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Enhetsregisteret</source>
        <translation>Enhetsregisteret</translation>
    </message>
    <message>
        <source>Initiatives and sub-units</source>
        <translation>Initiativer og underenheter</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Hold kontakt</translation>
    </message>
    <message>
        <source>Key organisation</source>
        <translation>Nøkkelorganisasjon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Logg kontakt</translation>
    </message>
    <message>
        <source>Make the brief and an e-mail draft to the organisation&apos;s key people</source>
        <translation>Lag møteforberedelsen og et e-postutkast til organisasjonens nøkkelkontakter</translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation>Møteforberedelse</translation>
    </message>
    <message>
        <source>Meeting brief (PDF)</source>
        <translation>Møteforberedelse (PDF)</translation>
    </message>
    <message>
        <source>Move the organisation one rung down the anchoring ladder</source>
        <translation>Flytt organisasjonen ett trinn ned på forankringsstigen</translation>
    </message>
    <message>
        <source>Move the organisation one rung up the anchoring ladder</source>
        <translation>Flytt organisasjonen ett trinn opp på forankringsstigen</translation>
    </message>
    <message>
        <source>NACE code</source>
        <translation>Næringskode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nytt oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Organisation form</source>
        <translation>Organisasjonsform</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Phase / kind</source>
        <translation>Fase / type</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>Sektorkode</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Up the ladder</source>
        <translation>Opp på stigen</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>deleted in the register %1</source>
        <translation>slettet i registeret %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>hver dag</numerusform>
            <numerusform>hver %n. dag</numerusform>
        </translation>
    </message>
    <message>
        <source>filled in %1</source>
        <translation>fylt ut %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <extracomment>The sidebar pages that list one kind of record.</extracomment>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Lager PDF …</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lagre PDF</translation>
    </message>
    <message>
        <source>Saved %1 (no program to open it was found: open it from its folder).</source>
        <translation>Lagret %1 (fant ikke noe program som kan åpne den: åpne den fra mappen).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Lagret %1.</translation>
    </message>
    <message>
        <source>The PDF is made</source>
        <translation>PDF-en er laget</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Rediger person</translation>
    </message>
    <message>
        <source>Has objected to processing</source>
        <translation>Har reservert seg mot behandling</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Hold kontakt hver</translation>
    </message>
    <message>
        <source>Key contact</source>
        <translation>Nøkkelkontakt</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Behandlingsgrunnlag</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>Not&amp;ater</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>St&amp;ikkord</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>ingen påminnelse</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Access request (JSON/PDF)…</source>
        <translation>Innsyn (JSON/PDF)…</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Erase person (GDPR)…</source>
        <translation>Slett person (GDPR)…</translation>
    </message>
    <message>
        <source>Erase the person&apos;s name and contact details everywhere</source>
        <translation>Slett personens navn og kontaktopplysninger overalt</translation>
    </message>
    <message>
        <source>Erased person: name and contact details are gone.</source>
        <translation>Slettet person: navn og kontaktopplysninger er fjernet.</translation>
    </message>
    <message>
        <source>Export everything held about the person (innsyn)</source>
        <translation>Eksporter alt som er lagret om personen (innsyn)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Hold kontakt</translation>
    </message>
    <message>
        <source>Key contact</source>
        <translation>Nøkkelkontakt</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Behandlingsgrunnlag</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Logg kontakt</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nytt oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Reservasjon</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>erased person</source>
        <translation>slettet person</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>hver dag</numerusform>
            <numerusform>hver %n. dag</numerusform>
        </translation>
    </message>
    <message>
        <source>the person has objected to processing</source>
        <translation>personen har reservert seg mot behandling</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>PossibleDuplicatesDialog</name>
    <message>
        <source>%1, but another e-mail address</source>
        <translation>%1, men en annen e-postadresse</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s) may already be in the data file. Compare them and choose for each; nothing is merged unless you say so.</source>
        <translation>
            <numerusform>%1: %n person kan allerede finnes i datafilen. Sammenlign og velg; ingenting slås sammen uten at du sier det.</numerusform>
            <numerusform>%1: %n personer kan allerede finnes i datafilen. Sammenlign dem og velg for hver; ingenting slås sammen uten at du sier det.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with the same e-mail address or UID will be merged with the one already here.</source>
        <translation>
            <numerusform>%n person med samme e-postadresse eller UID slås sammen med den som finnes fra før.</numerusform>
            <numerusform>%n personer med samme e-postadresse eller UID slås sammen med dem som finnes fra før.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Finnes fra før</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>Valg for %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <extracomment>The choices, in the order of the combo box (the first is the default).</extracomment>
        <translation>Behold begge</translation>
    </message>
    <message>
        <source>Merge into the one already here</source>
        <translation>Slå sammen med den som finnes</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mulige duplikater</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Samme navn</translation>
    </message>
    <message>
        <source>Same name and organisation</source>
        <translation>Samme navn og organisasjon</translation>
    </message>
    <message>
        <source>Same name and phone</source>
        <translation>Samme navn og telefon</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>Samme telefon</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Hopp over</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Ditt valg</translation>
    </message>
</context>
<context>
    <name>PowerInterestMap</name>
    <message>
        <source>Influence %1, interest %2, assessed %3</source>
        <translation>Påvirkning %1, interesse %2, vurdert %3</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Påvirkning →</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Interesse →</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Hold informert</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Hold fornøyd</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Involver tett</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Følg med</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Page Up/Down: choose an organisation · arrow keys: move it · Enter: open</source>
        <translation>Page Up/Down: velg en organisasjon · piltastene: flytt den · Enter: åpne</translation>
    </message>
    <message>
        <source>Power/interest map</source>
        <translation>Påvirkning/interesse-kart</translation>
    </message>
</context>
<context>
    <name>PrivacyReviewDialog</name>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Slett %1</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Behold %1</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Siste kontakt</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Behandlingsgrunnlag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Nobody to review: everyone has had contact in the period.</source>
        <translation>Ingen å gå gjennom: alle har hatt kontakt i perioden.</translation>
    </message>
    <message>
        <source>People to review</source>
        <translation>Personer til gjennomgang</translation>
    </message>
    <message>
        <source>People with no contact for %1 months. Keep those you still need, erase the others.</source>
        <translation>Personer uten kontakt på %1 måneder. Behold dem du fortsatt trenger, slett de andre.</translation>
    </message>
    <message>
        <source>Privacy review</source>
        <translation>Personverngjennomgang</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>objected</source>
        <translation>reservert</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Steg &amp;opp</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Steg &amp;ned</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Hva er dette?</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fant ikke mappen.
Kontroller at mappenavnet er riktig.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at filnavnet er riktig.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Søk i:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Bytt til detaljvisning</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Bytt til listevisning</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Kunne ikke slette mappen.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Opprett ny mappe</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Opprett en ny mappe</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Finn mappe</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fremover</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå fremover</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå til overordnet mappe</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Liste over steder og bokmerker</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nylig brukte steder</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Vis </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Skriv inn en verdi:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nei til a&amp;lle</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>Nederst</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Venstre kant</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Side ned</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Side til venstre</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Side til høyre</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Side opp</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Høyre kant</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Rull ned</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Rull hit</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Rull til venstre</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Rull til høyre</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Rull opp</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Øverst</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Rull til venstre</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Rull til høyre</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>&amp;Asked:</source>
        <translation>S&amp;tilt:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Spørsmål:</translation>
    </message>
    <message>
        <source>(not a registered supplier)</source>
        <translation>(ikke en påmeldt leverandør)</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>S&amp;var:</translation>
    </message>
    <message>
        <source>In a one-to-one meeting</source>
        <translation>I et én-til-én-møte</translation>
    </message>
    <message>
        <source>In the plenary</source>
        <translation>I plenum</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Skriftlig</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nytt spørsmål</translation>
    </message>
    <message>
        <source>Question and answer</source>
        <translation>Spørsmål og svar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>QuestionPart</name>
    <message>
        <source>in writing</source>
        <translation>skriftlig</translation>
    </message>
    <message>
        <source>one-to-one meeting</source>
        <translation>én-til-én-møte</translation>
    </message>
    <message>
        <source>plenary</source>
        <translation>plenum</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source> (created on save)</source>
        <translation> (opprettes ved lagring)</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Opp&amp;følgingspunkter</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisasjoner</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Nå&amp;r</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslett</translation>
    </message>
    <message>
        <source>Discard this log?</source>
        <translation>Forkaste denne loggføringen?</translation>
    </message>
    <message>
        <source>Ferry meeting @ today 10:00 + Kari Vik, Per Hansen # Tønsberg kommune
- Send the minutes @ friday
- Clarify the budget @ 1.7 + Per Hansen

Notes after a blank line</source>
        <translation>Ferjemøte @ i dag kl 10 + Kari Vik, Per Hansen # Tønsberg kommune
- Sende referat @ fredag
- Avklare budsjett @ 1.7 + Per Hansen

Notater etter en tom linje</translation>
    </message>
    <message>
        <source>Follow-up “%1”: %2</source>
        <translation>Oppfølgingspunkt «%1»: %2</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Hide the fiel&amp;ds</source>
        <translation>Skjul felt&amp;ene</translation>
    </message>
    <message>
        <source>How the text was read</source>
        <translation>Slik ble teksten lest</translation>
    </message>
    <message>
        <source>How to write the contact</source>
        <translation>Slik skriver du kontakten</translation>
    </message>
    <message>
        <source>How to write the contact (F1)</source>
        <translation>Slik skriver du kontakten (F1)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Line 1 is the title. Add parts to it, each with a space on both sides:
  @ when — “today 10:00”, “friday”, “14.06.2016 10:00”
  + people — names or e-mail addresses, separated by commas; new ones are created
  # organisations — separated by commas; a county’s name is that county
  ! kind — meeting, phone, e-mail, video, conference, dialogue conference
Each following line that starts with “- ” is a follow-up, with its own “@ due” and “+ responsible” (without it: you).
A blank line starts the notes.

Enter adds a line, Tab takes a suggested name, Ctrl+Enter saves.</source>
        <translation>Linje 1 er tittelen. Legg til deler, hver med mellomrom på begge sider:
  @ når — «i dag kl 10», «fredag», «14.06.2016 10:00»
  + personer — navn eller e-postadresser, skilt med komma; nye opprettes
  # organisasjoner — skilt med komma; et fylkesnavn er det fylket
  ! type — møte, telefon, e-post, video, konferanse, dialogkonferanse
Hver av de neste linjene som begynner med «- », er et oppfølgingspunkt, med egen «@ frist» og «+ ansvarlig» (uten: deg selv).
En tom linje starter notatene.

Enter gir ny linje, Tab tar et foreslått navn, Ctrl+Enter lagrer.</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Logg kontakt</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Navn, skilt med komma</translation>
    </message>
    <message>
        <source>New organisations: %1</source>
        <translation>Nye organisasjoner: %1</translation>
    </message>
    <message>
        <source>New people: %1</source>
        <translation>Nye personer: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>One per line, e.g. “Send invitation @ friday”</source>
        <translation>Én per linje, f.eks. «Send invitasjon @ fredag»</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <source>Organisations, separated by commas</source>
        <translation>Organisasjoner, skilt med komma</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Restored a draft from %1</source>
        <translation>Gjenopprettet utkast fra %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Lagre (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Show the fiel&amp;ds</source>
        <translation>Vis felt&amp;ene</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Type the whole contact above, or show the fields.</source>
        <translation>Skriv hele kontakten over, eller vis feltene.</translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation>Hva gjaldt det?</translation>
    </message>
    <message>
        <source>What was said, what was agreed</source>
        <translation>Hva ble sagt, hva ble avtalt</translation>
    </message>
    <message>
        <source>You have typed text that is not saved. Close and discard it?</source>
        <translation>Du har skrevet tekst som ikke er lagret. Lukke og forkaste den?</translation>
    </message>
    <message>
        <source>e.g. “friday 10:00”, “yesterday”, “14.06”</source>
        <translation>f.eks. «fredag kl 10», «i går», «14.06»</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>• %1 — due %2</source>
        <translation>• %1 — frist %2</translation>
    </message>
    <message>
        <source>• %1 — no due date</source>
        <translation>• %1 — ingen frist</translation>
    </message>
</context>
<context>
    <name>QuickText</name>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (fra %2)</translation>
    </message>
    <message>
        <source>%1 — %2 — responsible: %3</source>
        <translation>%1 — %2 — ansvarlig: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): %1</source>
        <translation>
            <numerusform>%n linje: %1</numerusform>
            <numerusform>%n linjer: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A follow-up has no text.</source>
        <translation>Et oppfølgingspunkt mangler tekst.</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Oppfølgingspunkt %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>The first line has two kinds of contact (!).</source>
        <translation>Første linje har to kontakttyper (!).</translation>
    </message>
    <message>
        <source>The first line has two times (@).</source>
        <translation>Første linje har to tidspunkter (@).</translation>
    </message>
    <message>
        <source>The follow-up on line %1 has two due dates.</source>
        <translation>Oppfølgingspunktet på linje %1 har to frister.</translation>
    </message>
    <message>
        <source>The follow-up on line %1 has two responsibles.</source>
        <translation>Oppfølgingspunktet på linje %1 har to ansvarlige.</translation>
    </message>
    <message>
        <source>The text holds characters that are not valid text (bytes that are not UTF-8).</source>
        <translation>Teksten har tegn som ikke er gyldig tekst (byte som ikke er UTF-8).</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters, at most %2).</source>
        <translation>Teksten er for lang (%1 tegn, høyst %2).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Write a title on the first line.</source>
        <translation>Skriv en tittel på første linje.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <source>new organisation: %1</source>
        <translation>ny organisasjon: %1</translation>
    </message>
    <message>
        <source>new person: %1</source>
        <translation>ny person: %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>uten frist</translation>
    </message>
    <message>
        <source>now, %1</source>
        <translation>nå, %1</translation>
    </message>
    <message>
        <source>“%1” @ “%2”: %3</source>
        <translation>«%1» @ «%2»: %3</translation>
    </message>
    <message>
        <source>“%1” is not a kind of contact; choose one of: %2</source>
        <translation>«%1» er ikke en kontakttype; velg en av: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>“%1”: one responsible only (%2)</source>
        <translation>«%1»: bare én ansvarlig (%2)</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>A county cannot be deleted: meetings, organisations and reports refer to it. Rename it instead.</source>
        <translation>Et fylke kan ikke slettes: møter, organisasjoner og rapporter viser til det. Gi det heller nytt navn.</translation>
    </message>
    <message>
        <source>Created %1 “%2”.</source>
        <translation>Opprettet %1 «%2».</translation>
    </message>
    <message>
        <source>Saved %1 “%2”.</source>
        <translation>Lagret %1 «%2».</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Choose another file…</source>
        <translation>Velg en annen fil…</translation>
    </message>
    <message>
        <source>Could not open the data file</source>
        <translation>Kunne ikke åpne datafilen</translation>
    </message>
    <message>
        <source>Look at the backup of %1 %2 (read-only)</source>
        <translation>Se på sikkerhetskopien fra %1 %2 (bare lesing)</translation>
    </message>
    <message>
        <source>Looking at the backup opens it read-only: nothing can be changed, and the data file stays as it is.</source>
        <translation>Sikkerhetskopien åpnes bare for lesing: ingenting kan endres, og datafilen blir som den er.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Åpne bare for lesing</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Read-only: you can look and search, export and print; nothing can be saved.</source>
        <translation>Bare lesing: du kan se, søke, eksportere og skrive ut, men ingenting blir lagret.</translation>
    </message>
    <message>
        <source>Restoring brings the backup back as the data file. A damaged file is first renamed beside it (%1.skadet-…), never deleted.</source>
        <translation>Gjenoppretting gjør sikkerhetskopien til datafilen igjen. En skadet fil får først et nytt navn ved siden av (%1.skadet-…) og blir aldri slettet.</translation>
    </message>
</context>
<context>
    <name>RegisterChange</name>
    <message>
        <source>NACE code</source>
        <translation>næringskode</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>county</source>
        <translation>fylke</translation>
    </message>
    <message>
        <source>deleted in the register</source>
        <translation>slettet i registeret</translation>
    </message>
    <message>
        <source>form</source>
        <translation>organisasjonsform</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommune</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>no longer deleted in the register</source>
        <translation>ikke lenger slettet i registeret</translation>
    </message>
    <message>
        <source>org. no.</source>
        <extracomment>``progress(units read, estimated units in the file)``; the estimate follows the bytes read. The preview lists at most this many new units (all are counted). Progress is reported every this many units. At most this many message lines in a summary; the rest are counted. Public sector codes (institusjonellSektorkode), listed first in the app&apos;s filter.</extracomment>
        <translation>org.nr.</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sektor</translation>
    </message>
    <message>
        <source>website</source>
        <translation>nettsted</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Virksomhet:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personer:</translation>
    </message>
    <message>
        <source>Name or organisation number</source>
        <translation>Navn eller organisasjonsnummer</translation>
    </message>
    <message>
        <source>Names, separated by ;</source>
        <translation>Navn, skilt med ;</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Meld på</translation>
    </message>
    <message>
        <source>Register a supplier</source>
        <translation>Meld på en leverandør</translation>
    </message>
    <message>
        <source>Wants a one-to-one &amp;meeting</source>
        <translation>Ønsker et én-til-én-&amp;møte</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>%1: %2 units read. Organisations in the data file are filled in from the register; tick the matches to keep.</source>
        <translation>%1: %2 enheter lest. Organisasjonene i datafilen fylles ut fra registeret; kryss av for treffene som skal brukes.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) of the data file found in the register</source>
        <translation>
            <numerusform>%n organisasjon i datafilen funnet i registeret</numerusform>
            <numerusform>%n organisasjoner i datafilen funnet i registeret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add the %n new organisation(s) the filters let through</source>
        <translation>
            <numerusform>&amp;Legg til %n ny organisasjon som filtrene slipper gjennom</numerusform>
            <numerusform>&amp;Legg til %n nye organisasjoner som filtrene slipper gjennom</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Update the preview</source>
        <translation>&amp;Oppdater forhåndsvisningen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>Counties (by the municipality number of the business address)</source>
        <translation>Fylker (etter kommunenummeret i forretningsadressen)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Funnet på</translation>
    </message>
    <message>
        <source>Import from Enhetsregisteret</source>
        <translation>Importer fra Enhetsregisteret</translation>
    </message>
    <message>
        <source>Importing from Enhetsregisteret…</source>
        <translation>Importerer fra Enhetsregisteret…</translation>
    </message>
    <message>
        <source>In the data file</source>
        <translation>I datafilen</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>I registeret</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>New organisations</source>
        <translation>Nye organisasjoner</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Organisation forms</source>
        <translation>Organisasjonsformer</translation>
    </message>
    <message>
        <source>Organisations found in the register</source>
        <translation>Organisasjoner funnet i registeret</translation>
    </message>
    <message>
        <source>Reading Enhetsregisteret&apos;s file…</source>
        <extracomment>Organisation forms of the public sector, listed first.</extracomment>
        <translation>Leser filen fra Enhetsregisteret…</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sektorer</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>ingenting nytt</translation>
    </message>
    <message>
        <source>org. no.</source>
        <translation>org.nr.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>samme navn</translation>
    </message>
</context>
<context>
    <name>RegistrationImport</name>
    <message>
        <source>(not imported)</source>
        <extracomment>What a column of a registration list can fill (the field code, its label).</extracomment>
        <translation>(importeres ikke)</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Deltar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Påmeldt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Wants a one-to-one</source>
        <translation>Ønsker én-til-én</translation>
    </message>
</context>
<context>
    <name>RegistrationImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s). Choose what each column holds:</source>
        <translation>
            <numerusform>%1: %n rad. Velg hva hver kolonne inneholder:</numerusform>
            <numerusform>%1: %n rader. Velg hva hver kolonne inneholder:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported as they are:</source>
        <translation>
            <numerusform>%n linje kan ikke importeres slik den er:</numerusform>
            <numerusform>%n linjer kan ikke importeres slik de er:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Skip invalid lines (import the rest)</source>
        <translation>&amp;Hopp over ugyldige linjer (importer resten)</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Kolonner og felt</translation>
    </message>
    <message>
        <source>Every line can be imported.</source>
        <translation>Alle linjene kan importeres.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Felt for kolonnen %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import registration list</source>
        <translation>Importer påmeldingsliste</translation>
    </message>
    <message>
        <source>Lines that cannot be imported</source>
        <translation>Linjer som ikke kan importeres</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;Include decisions of draft minutes, marked “(draft)”</source>
        <translation>&amp;Ta med vedtak fra referater i utkast, merket «(utkast)»</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>Saks&amp;nummer</translation>
    </message>
    <message>
        <source>County report: period</source>
        <translation>Fylkesrapport: periode</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Lag rapport</translation>
    </message>
    <message>
        <source>Optional; printed in the report&apos;s header</source>
        <translation>Valgfritt; skrives i toppen av rapporten</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>Perioden må starte før den slutter.</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>Unchecked, they are left out and the report says how many meetings</source>
        <translation>Uten avkrysning utelates de, og rapporten sier hvor mange møter det gjelder</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n decision(s) exempt from public access are left out.</source>
        <translation>
            <numerusform>%n vedtak som er unntatt offentlighet, er ikke tatt med.</numerusform>
            <numerusform>%n vedtak som er unntatt offentlighet, er ikke tatt med.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more open follow-up(s) from before are not listed (due outside the period or no due date).</source>
        <translation>
            <numerusform>I tillegg er %n åpent oppfølgingspunkt fra før ikke listet (frist utenfor perioden eller ingen frist).</numerusform>
            <numerusform>I tillegg er %n åpne oppfølgingspunkter fra før ikke listet (frist utenfor perioden eller ingen frist).</numerusform>
        </translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(utkast)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Anchoring over time</source>
        <translation>Forankring over tid</translation>
    </message>
    <message>
        <source>Anchoring stage</source>
        <translation>Forankringsstatus</translation>
    </message>
    <message>
        <source>Anchoring stage now</source>
        <translation>Forankringsstatus nå</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Møteleder</translation>
    </message>
    <message>
        <source>Changes in the period</source>
        <translation>Endringer i perioden</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Kontakter per måned</translation>
    </message>
    <message>
        <source>Contains information exempt from public access, %1</source>
        <translation>Inneholder opplysninger unntatt offentlighet, %1</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Kopi til</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>County report</source>
        <translation>Fylkesrapport</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>UTKAST</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Decisions marked “(draft)” are from minutes not yet approved.</source>
        <translation>Vedtak merket «(utkast)» er fra referater som ennå ikke er godkjent.</translation>
    </message>
    <message numerus="yes">
        <source>Decisions of %n meeting(s) whose minutes are drafts are left out.</source>
        <translation>
            <numerusform>Vedtak fra %n møte med referat i utkast er ikke tatt med.</numerusform>
            <numerusform>Vedtak fra %n møter med referat i utkast er ikke tatt med.</numerusform>
        </translation>
    </message>
    <message>
        <source>Doffin</source>
        <translation>Doffin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Done in the period (opened before)</source>
        <translation>Utført i perioden (opprettet før)</translation>
    </message>
    <message>
        <source>Draft – not approved</source>
        <translation>Utkast – ikke godkjent</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>EXEMPT FROM PUBLIC ACCESS</source>
        <translation>UNNTATT OFFENTLIGHET</translation>
    </message>
    <message>
        <source>Exempt from public access, %1</source>
        <translation>Unntatt offentlighet, %1</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Utførte oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Follow-ups open now</source>
        <translation>Åpne oppfølgingspunkter nå</translation>
    </message>
    <message>
        <source>Follow-ups opened</source>
        <translation>Nye oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Follow-ups still open</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generert %1</translation>
    </message>
    <message>
        <source>INTERNAL</source>
        <translation>INTERNT</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Påvirkning</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativer</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internt</translation>
    </message>
    <message>
        <source>Internal working paper of the programme – not for distribution.</source>
        <translation>Internt arbeidsdokument for prosjektet – ikke til utsending.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Latest contacts</source>
        <translation>Siste kontakter</translation>
    </message>
    <message>
        <source>Learned in %1</source>
        <translation>Lært i %1</translation>
    </message>
    <message>
        <source>Left out as exempt from public access: %1.</source>
        <translation>Utelatt fordi det er unntatt offentlighet: %1.</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation>Møteforberedelse</translation>
    </message>
    <message>
        <source>Meetings and contacts</source>
        <translation>Møter og kontakter i perioden</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Minutes no.</source>
        <translation>Referat nr.</translation>
    </message>
    <message>
        <source>Minutes of meeting</source>
        <translation>Møtereferat</translation>
    </message>
    <message>
        <source>Minutes taken by</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>No change of anchoring stage in the period.</source>
        <translation>Ingen endringer i forankringsstatus i perioden.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Ingen data</translation>
    </message>
    <message>
        <source>No initiatives.</source>
        <translation>Ingen initiativer.</translation>
    </message>
    <message>
        <source>No lessons learned.</source>
        <translation>Ingen læringspunkter.</translation>
    </message>
    <message>
        <source>No meetings in the period.</source>
        <translation>Ingen møter i perioden.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>O = information, D = discussion, V = decision</source>
        <translation>O = orientering, D = diskusjon, V = vedtak</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Open from before, due in the period</source>
        <translation>Åpne fra før, med frist i perioden</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Opened in the period</source>
        <translation>Nye i perioden</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Øvrige deltakere</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Utarbeidet av %1</translation>
    </message>
    <message>
        <source>Public version</source>
        <translation>Offentlig versjon</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>The minutes are exempt from public access as a whole (%1); only the title and time are public.</source>
        <translation>Møtereferatet er unntatt offentlighet i sin helhet (%1); bare tittel og tidspunkt er offentlig.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type of meeting</source>
        <translation>Møtetype</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>vedtak %1</translation>
    </message>
    <message numerus="yes">
        <source>from %n meeting(s); no anchoring stage has been recorded</source>
        <translation>
            <numerusform>ut fra %n møte; ingen forankringsstatus er registrert</numerusform>
            <numerusform>ut fra %n møter; ingen forankringsstatus er registrert</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>sak %1</translation>
    </message>
    <message>
        <source>no.</source>
        <translation>nr.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>merknadene</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… og %n til</numerusform>
            <numerusform>… og %n til</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Break between meetings:</source>
        <translation>&amp;Pause mellom møtene:</translation>
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation>&amp;Første møte:</translation>
    </message>
    <message>
        <source>&amp;Length of each meeting:</source>
        <translation>&amp;Lengde på hvert møte:</translation>
    </message>
    <message>
        <source>(a random number)</source>
        <translation>(et tilfeldig tall)</translation>
    </message>
    <message>
        <source>A schedule exists: it is thrown away and made again, and the old draw is kept in the log.</source>
        <translation>Det finnes en timeplan: den kastes og lages på nytt, og den gamle trekningen tas vare på i loggen.</translation>
    </message>
    <message>
        <source>By &amp;registration time</source>
        <translation>Etter påmeldings&amp;tidspunkt</translation>
    </message>
    <message>
        <source>By random &amp;draw (the seed is stored, so the draw can be repeated)</source>
        <translation>&amp;Ved loddtrekning (frøet lagres, så trekningen kan gjentas)</translation>
    </message>
    <message>
        <source>Make the one-to-one schedule</source>
        <translation>Lag timeplan for én-til-én-møtene</translation>
    </message>
    <message>
        <source>Make the schedule</source>
        <translation>Lag timeplanen</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Rekkefølge:</translation>
    </message>
    <message>
        <source>R&amp;ooms in parallel:</source>
        <translation>&amp;Rom i parallell:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Fr&amp;ø:</translation>
    </message>
    <message>
        <source>e.g. 13:00, or 14.06.2016 13:00</source>
        <translation>f.eks. 13:00, eller 14.06.2016 13:00</translation>
    </message>
</context>
<context>
    <name>ScheduleOrder</name>
    <message>
        <source>random draw</source>
        <translation>loddtrekning</translation>
    </message>
    <message>
        <source>registration time</source>
        <translation>påmeldingstidspunkt</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message numerus="yes">
        <source>%n match(es) · Enter opens · Esc closes</source>
        <translation>
            <numerusform>%n treff · Enter åpner · Esc lukker</numerusform>
            <numerusform>%n treff · Enter åpner · Esc lukker</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Ingen treff.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
</context>
<context>
    <name>SendChannel</name>
    <message>
        <source>Doffin</source>
        <translation>Doffin</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>e-mail draft</source>
        <translation>e-postutkast</translation>
    </message>
    <message>
        <source>handed out</source>
        <translation>delt ut</translation>
    </message>
</context>
<context>
    <name>SendingDialog</name>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>H&amp;va:</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>(nå)</translation>
    </message>
    <message>
        <source>Answers to all</source>
        <translation>Svar til alle</translation>
    </message>
    <message>
        <source>Doffin</source>
        <translation>Doffin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Delt ut</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitasjon</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Log a sending</source>
        <translation>Logg en utsendelse</translation>
    </message>
    <message>
        <source>One-to-one schedule</source>
        <translation>Timeplan for én-til-én-møtene</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentasjon</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <source>Whe&amp;n:</source>
        <translation>&amp;Når:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>%1 exists already. Choose a new name.</source>
        <translation>%1 finnes allerede. Velg et nytt navn.</translation>
    </message>
    <message>
        <source>&amp;Backups go to:</source>
        <translation>Sikkerhets&amp;kopier lagres i:</translation>
    </message>
    <message>
        <source>&amp;Calendar file (.ics):</source>
        <translation>&amp;Kalenderfil (.ics):</translation>
    </message>
    <message>
        <source>&amp;Follow-ups in it:</source>
        <translation>&amp;Oppfølgingspunkter i den:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Your name (in documents):</source>
        <translation>&amp;Ditt navn (i dokumenter):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(the current file)</source>
        <translation>(den åpne filen)</translation>
    </message>
    <message>
        <source>An .ics file rewritten after every change, for a calendar client to subscribe to.</source>
        <translation>En .ics-fil som skrives på nytt etter hver endring, slik at et kalenderprogram kan abonnere på den.</translation>
    </message>
    <message>
        <source>As all-day events (Outlook, Google Calendar)</source>
        <translation>Som heldagshendelser (Outlook, Google Kalender)</translation>
    </message>
    <message>
        <source>As tasks (Thunderbird, Apple Reminders)</source>
        <translation>Som oppgaver (Thunderbird, Apple Påminnelser)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe for sikkerhetskopier</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderfil</translation>
    </message>
    <message>
        <source>Calendar file kept up to date</source>
        <translation>Kalenderfil som holdes oppdatert</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Data file next start:</source>
        <translation>Datafil ved neste oppstart:</translation>
    </message>
    <message>
        <source>Data file now:</source>
        <translation>Datafil nå:</translation>
    </message>
    <message>
        <source>Data file to open next time</source>
        <translation>Datafil som åpnes neste gang</translation>
    </message>
    <message>
        <source>Follow-ups in the calendar file</source>
        <translation>Oppfølgingspunkter i kalenderfilen</translation>
    </message>
    <message>
        <source>In-memory file</source>
        <translation>Midlertidig fil i minnet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Move data file</source>
        <translation>Flytt datafil</translation>
    </message>
    <message>
        <source>Move data file…</source>
        <translation>Flytt datafil…</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>Ny datafil</translation>
    </message>
    <message>
        <source>New file…</source>
        <translation>Ny fil…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Åpne en annen…</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Åpne datafil</translation>
    </message>
    <message>
        <source>Outlook and Google Calendar do not show tasks: choose all-day events for them. They are marked free, not busy.</source>
        <translation>Outlook og Google Kalender viser ikke oppgaver: velg heldagshendelser for dem. De vises som ledig tid, ikke opptatt.</translation>
    </message>
    <message>
        <source>Printed as the author of the PDFs and as responsible for your follow-ups</source>
        <translation>Skrives som forfatter av PDF-ene og som ansvarlig for dine oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Din &amp;e-post:</translation>
    </message>
    <message>
        <source>Your &amp;title:</source>
        <translation>Din &amp;tittel:</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Din e-postadresse</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt navn</translation>
    </message>
    <message>
        <source>Your title</source>
        <translation>Din tittel</translation>
    </message>
    <message>
        <source>btvcrm files (*.sqlite *.db);;All files (*)</source>
        <translation>btvcrm-filer (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>btvcrm files (*.sqlite)</source>
        <translation>btvcrm-filer (*.sqlite)</translation>
    </message>
    <message>
        <source>e.g. kari@btv.no (the drafts&apos; sender; left out of logged e-mails)</source>
        <translation>f.eks. kari@btv.no (avsender av utkastene; utelates fra loggede e-poster)</translation>
    </message>
</context>
<context>
    <name>ShareChannel</name>
    <message>
        <source>Doffin</source>
        <translation>Doffin</translation>
    </message>
    <message>
        <source>e-mail to all registrants</source>
        <translation>e-post til alle påmeldte</translation>
    </message>
    <message>
        <source>the public summary</source>
        <translation>den offentlige oppsummeringen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>Overalt i vinduet</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piltastene</translation>
    </message>
    <message>
        <source>Choose a new due date</source>
        <translation>Velg ny frist</translation>
    </message>
    <message>
        <source>Choose an organisation</source>
        <translation>Velg en organisasjon</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close; asks first when something would be lost</source>
        <translation>Lukk; spør først når noe ville gå tapt</translation>
    </message>
    <message>
        <source>Ctrl+Enter or Ctrl+S</source>
        <translation>Ctrl+Enter eller Ctrl+S</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Down (in the filter field)</source>
        <translation>Pil ned (i filterfeltet)</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>Rediger den valgte raden</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>In a list</source>
        <translation>I en liste</translation>
    </message>
    <message>
        <source>In dialogs</source>
        <translation>I dialoger</translation>
    </message>
    <message>
        <source>Insert or Ctrl+Shift+Enter / Del</source>
        <translation>Insert eller Ctrl+Shift+Enter / Del</translation>
    </message>
    <message>
        <source>Into the list</source>
        <translation>Inn i listen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Merk som utført</translation>
    </message>
    <message>
        <source>Meeting editor: add / remove a row</source>
        <translation>Møteredigering: legg til / fjern en rad</translation>
    </message>
    <message>
        <source>Move the selected organisation one step</source>
        <translation>Flytt den valgte organisasjonen ett steg</translation>
    </message>
    <message>
        <source>Move the selected row to the trash (Ctrl+Z brings it back)</source>
        <translation>Flytt den valgte raden til papirkurven (Ctrl+Z gjenoppretter)</translation>
    </message>
    <message>
        <source>Next field (a new line in a text box); never saves</source>
        <translation>Neste felt (ny linje i et tekstfelt); lagrer aldri</translation>
    </message>
    <message>
        <source>Open the organisation</source>
        <translation>Åpne organisasjonen</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Åpne den valgte raden</translation>
    </message>
    <message>
        <source>Out of the list, to the next field</source>
        <translation>Ut av listen, til neste felt</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Page Up / Page Down</translation>
    </message>
    <message>
        <source>Power/interest map</source>
        <translation>Makt/interesse-kartet</translation>
    </message>
    <message>
        <source>Quick log: how to write the contact</source>
        <translation>Hurtiglogg: slik skriver du kontakten</translation>
    </message>
    <message>
        <source>Quick log: take the suggested name after + or #</source>
        <translation>Hurtiglogg: ta det foreslåtte navnet etter + eller #</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Gi til en annen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Shift+S</source>
        <translation>Shift+S</translation>
    </message>
    <message>
        <source>Snooze a day / a week</source>
        <translation>Utsett en dag / en uke</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Hva de gjør</translation>
    </message>
</context>
<context>
    <name>SlotStatus</name>
    <message>
        <source>cancelled</source>
        <translation>avlyst</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planlagt</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s) will be imported as %2. Columns and the fields they fill:</source>
        <translation>
            <numerusform>%1: %n rad importeres som %2. Kolonnene og feltene de fyller:</numerusform>
            <numerusform>%1: %n rader importeres som %2. Kolonnene og feltene de fyller:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Skip invalid lines (import the rest)</source>
        <translation>&amp;Hopp over ugyldige linjer (importer resten)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Kolonnetilordning</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>Importer regneark</translation>
    </message>
    <message>
        <source>Skip invalid lines</source>
        <translation>Hopp over ugyldige linjer</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisasjoner</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personer</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Anchoring</source>
        <translation>Forankring</translation>
    </message>
    <message>
        <source>Anchoring: %1</source>
        <translation>Forankringsstatus: %1</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Timeline entries that open a page (the others, anchoring steps and assessments, do not).</extracomment>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Anchoring by county</source>
        <translation>Forankring per fylke</translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation>Oppfølgingspunkter med frist</translation>
    </message>
    <message>
        <source>Due follow-ups (D done, S +1 day, W +1 week)</source>
        <translation>Oppfølging med frist (D utført, S +1 dag, W +1 uke)</translation>
    </message>
    <message>
        <source>Every key contact has been in touch recently.</source>
        <translation>Alle nøkkelkontakter har hatt kontakt nylig.</translation>
    </message>
    <message>
        <source>Follow-ups due today or overdue: %1</source>
        <translation>Oppfølgingspunkter med frist i dag eller forfalt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch every %n day(s)</source>
        <translation>
            <numerusform>Hold kontakt hver dag</numerusform>
            <numerusform>Hold kontakt hver %n. dag</numerusform>
        </translation>
    </message>
    <message>
        <source>Key contact</source>
        <translation>Nøkkelkontakt</translation>
    </message>
    <message>
        <source>Key contacts not heard from in a while</source>
        <translation>Nøkkelkontakter uten kontakt på en stund</translation>
    </message>
    <message>
        <source>Key contacts to call</source>
        <translation>Nøkkelkontakter å ringe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Siste kontakt</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Meetings today and the next 7 days</source>
        <translation>Møter i dag og de neste 7 dagene</translation>
    </message>
    <message>
        <source>No key contacts yet: mark an organisation or a person as one.</source>
        <translation>Ingen nøkkelkontakter ennå: merk en organisasjon eller en person som det.</translation>
    </message>
    <message>
        <source>No meetings in the coming week.</source>
        <translation>Ingen møter den neste uka.</translation>
    </message>
    <message>
        <source>Nothing logged yet. Press Ctrl+L to log a contact.</source>
        <translation>Ingenting logget ennå. Trykk Ctrl+L for å logge en kontakt.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Siste aktivitet</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>Nylig endret</translation>
    </message>
    <message>
        <source>Today&apos;s and upcoming meetings</source>
        <translation>Dagens og kommende møter</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>%1 deleted</source>
        <translation>%1 slettet</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Deleted item</source>
        <translation>Slettet element</translation>
    </message>
    <message>
        <source>Deleted items stay here until the file is cleaned up. Select one and press Enter or Restore to bring it back.</source>
        <translation>Slettede elementer ligger her til filen ryddes. Velg ett og trykk Enter eller Gjenopprett for å gjenopprette det.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Papirkurven er tom.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>Could not do that</source>
        <translation>Det gikk ikke</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&amp;Open an existing file…</source>
        <translation>&amp;Åpne en eksisterende fil…</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Åpne datafil</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Åpne &amp;demoen</translation>
    </message>
    <message>
        <source>Restore from the backup of %1 %2</source>
        <translation>Gjenopprett fra sikkerhetskopi fra %1 %2</translation>
    </message>
    <message>
        <source>Restore it from a backup, open the file where it is now, or start a new one here.</source>
        <translation>Gjenopprett den fra en sikkerhetskopi, åpne filen der den er nå, eller start en ny her.</translation>
    </message>
    <message>
        <source>Start &amp;empty (with Buskerud, Telemark and Vestfold)</source>
        <translation>Start &amp;tomt (med Buskerud, Telemark og Vestfold)</translation>
    </message>
    <message>
        <source>The data file is not there any more (moved, renamed or deleted?):</source>
        <translation>Datafilen er ikke der lenger (flyttet, gitt nytt navn eller slettet?):</translation>
    </message>
    <message>
        <source>The demo data is not available in this version.</source>
        <translation>Demodataene finnes ikke i denne versjonen.</translation>
    </message>
    <message>
        <source>Welcome to btvcrm</source>
        <translation>Velkommen til btvcrm</translation>
    </message>
    <message>
        <source>Your contacts, meetings and follow-ups for the supplier development programme. The data file will be stored here:</source>
        <translation>Kontakter, møter og oppfølgingspunkter for leverandørutviklingsprosjektet. Datafilen lagres her:</translation>
    </message>
    <message>
        <source>btvcrm files (*.sqlite *.db);;All files (*)</source>
        <translation>btvcrm-filer (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
</context>
</TS>
