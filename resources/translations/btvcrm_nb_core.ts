<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
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
        <extracomment>Supplier input in a one-to-one meeting: business secrets the buyer must keep (forvaltningsloven § 13 første ledd nr. 2), exempt from public access by offentleglova § 13.</extracomment>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>summarised</source>
        <translation>oppsummert</translation>
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
    <name>Reports</name>
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
        <source>Doffin</source>
        <translation>Doffin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
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
        <source>Follow-up actions</source>
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Utførte oppfølgingspunkter</translation>
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
        <source>Opened</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Virksomheter</translation>
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
        <source>no.</source>
        <translation>nr.</translation>
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
</TS>
