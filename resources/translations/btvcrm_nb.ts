<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>btvcrm</name>
    <message>
      <source>&amp;Backups go to:</source>
      <translation>Sikkerhets&amp;kopier lagres i:</translation>
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
      <source>&amp;Language:</source>
      <translation>&amp;Språk:</translation>
    </message>
    <message>
      <source>&amp;Open an existing file…</source>
      <translation>&amp;Åpne en eksisterende fil…</translation>
    </message>
    <message>
      <source>&amp;Open county</source>
      <translation>&amp;Åpne fylket</translation>
    </message>
    <message>
      <source>&amp;Reassign…</source>
      <translation>&amp;Gi til en annen…</translation>
    </message>
    <message>
      <source>&amp;Your name (for minutes):</source>
      <translation>&amp;Ditt navn (i møtereferater):</translation>
    </message>
    <message>
      <source>(the current file)</source>
      <translation>(den åpne filen)</translation>
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
      <source>All counties</source>
      <translation>Alle fylker</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Alle typer</translation>
    </message>
    <message>
      <source>Anchoring by county</source>
      <translation>Forankring per fylke</translation>
    </message>
    <message>
      <source>Anchoring matrix</source>
      <translation>Forankringsmatrise</translation>
    </message>
    <message>
      <source>Anchoring stage</source>
      <translation>Forankringsstatus</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Alle statuser</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Mappe for sikkerhetskopier</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Choose a new due date</source>
      <translation>Velg ny frist</translation>
    </message>
    <message>
      <source>Choose another file…</source>
      <translation>Velg en annen fil…</translation>
    </message>
    <message>
      <source>Choose date…</source>
      <translation>Velg dato…</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Velg…</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>Gjelder</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>Innhold</translation>
    </message>
    <message>
      <source>Could not do that</source>
      <translation>Det gikk ikke</translation>
    </message>
    <message>
      <source>Could not open the data file</source>
      <translation>Kunne ikke åpne datafilen</translation>
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
      <source>D = done · S = +1 day · W = +1 week · Shift+S = choose date · R = reassign · Enter = open</source>
      <translation>D = utført · S = +1 dag · W = +1 uke · Shift+S = velg dato · R = gi til en annen · Enter = åpne</translation>
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
      <source>Date</source>
      <translation>Dato</translation>
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
      <source>Due</source>
      <translation>Frist</translation>
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
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <source>Estimated value</source>
      <translation>Anslått verdi</translation>
    </message>
    <message>
      <source>Everyone key has been contacted recently.</source>
      <translation>Alle nøkkelkontakter har hatt kontakt nylig.</translation>
    </message>
    <message>
      <source>Follow-ups</source>
      <translation>Oppfølging</translation>
    </message>
    <message>
      <source>Follow-ups due</source>
      <translation>Oppfølging med frist</translation>
    </message>
    <message>
      <source>Follow-ups due today or overdue: {n}</source>
      <translation>Oppfølgingspunkter med frist i dag eller forfalt: {n}</translation>
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
      <source>In-memory file</source>
      <translation>Midlertidig fil i minnet</translation>
    </message>
    <message>
      <source>Initiatives</source>
      <translation>Initiativer</translation>
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
      <source>Language</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>Last change</source>
      <translation>Sist endret</translation>
    </message>
    <message>
      <source>Last contact</source>
      <translation>Siste kontakt</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>Senere</translation>
    </message>
    <message>
      <source>Learned in</source>
      <translation>Lært i</translation>
    </message>
    <message>
      <source>Lessons learned</source>
      <translation>Læringspunkter</translation>
    </message>
    <message>
      <source>Log contact</source>
      <translation>Logg kontakt</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>Hovedverktøylinje</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Merk som utført</translation>
    </message>
    <message>
      <source>Me</source>
      <translation>Meg</translation>
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
      <source>Meetings today and the next 7 days</source>
      <translation>Møter i dag og de neste 7 dagene</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Referat</translation>
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
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <source>New data file</source>
      <translation>Ny datafil</translation>
    </message>
    <message>
      <source>New due date</source>
      <translation>Ny frist</translation>
    </message>
    <message>
      <source>New file…</source>
      <translation>Ny fil…</translation>
    </message>
    <message>
      <source>New meeting</source>
      <translation>Nytt møte</translation>
    </message>
    <message>
      <source>No due date</source>
      <translation>Uten frist</translation>
    </message>
    <message>
      <source>No matches.</source>
      <translation>Ingen treff.</translation>
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
      <source>Open follow-ups</source>
      <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
      <source>Open the &amp;demo</source>
      <translation>Åpne &amp;demoen</translation>
    </message>
    <message>
      <source>Open the newest backup ({name})</source>
      <translation>Åpne nyeste sikkerhetskopi ({name})</translation>
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
      <source>Overdue</source>
      <translation>Forfalt</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Eier</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Sider</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Personer</translation>
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
      <source>Quick log is not available yet.</source>
      <translation>Hurtiglogging er ikke tilgjengelig ennå.</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Avslutt</translation>
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
      <source>Recent activity</source>
      <translation>Siste aktivitet</translation>
    </message>
    <message>
      <source>Recently changed</source>
      <translation>Nylig endret</translation>
    </message>
    <message>
      <source>Relevant for</source>
      <translation>Relevant for</translation>
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
      <source>Role</source>
      <translation>Rolle</translation>
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
      <source>Search in the list…</source>
      <translation>Søk i listen…</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Søkeresultater</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Innstillinger</translation>
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
      <source>Start &amp;empty (with Buskerud, Telemark and Vestfold)</source>
      <translation>Start &amp;tomt (med Buskerud, Telemark og Vestfold)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Trinn</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Stikkord</translation>
    </message>
    <message>
      <source>The anchoring ladder: {ladder}</source>
      <translation>Forankringsstigen: {ladder}</translation>
    </message>
    <message>
      <source>The demo data is not available in this version.</source>
      <translation>Demodataene finnes ikke i denne versjonen.</translation>
    </message>
    <message>
      <source>The detail page is not available yet.</source>
      <translation>Detaljsiden er ikke tilgjengelig ennå.</translation>
    </message>
    <message>
      <source>The meeting editor is not available yet.</source>
      <translation>Møteredigeringen er ikke tilgjengelig ennå.</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>Denne uka</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Tittel</translation>
    </message>
    <message>
      <source>To date</source>
      <translation>Til dato</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>I dag</translation>
    </message>
    <message>
      <source>Today's and upcoming meetings</source>
      <translation>Dagens og kommende møter</translation>
    </message>
    <message>
      <source>Welcome to btvcrm</source>
      <translation>Velkommen til btvcrm</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Hva</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Når</translation>
    </message>
    <message>
      <source>Your &amp;title:</source>
      <translation>Din &amp;tittel:</translation>
    </message>
    <message>
      <source>Your contacts, meetings and follow-ups for the supplier development programme. The data file will be stored here:</source>
      <translation>Kontakter, møter og oppfølgingspunkter for leverandørutviklingsprosjektet. Datafilen lagres her:</translation>
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
      <source>never</source>
      <translation>aldri</translation>
    </message>
    <message>
      <source>unsaved</source>
      <translation>ikke lagret</translation>
    </message>
    <message>
      <source>{n} follow-ups are due today or overdue.</source>
      <translation>{n} oppfølgingspunkter har frist i dag eller er forfalt.</translation>
    </message>
    <message>
      <source>{n} follow-ups due</source>
      <translation>{n} oppfølgingspunkter med frist</translation>
    </message>
    <message>
      <source>{n} matches · Enter opens · Esc closes</source>
      <translation>{n} treff · Enter åpner · Esc lukker</translation>
    </message>
    <message>
      <source>{n} shown</source>
      <translation>{n} vises</translation>
    </message>
    <message>
      <source>← Back</source>
      <translation>← Tilbake</translation>
    </message>
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
      <source>&amp;Calendar file (.ics):</source>
      <translation>&amp;Kalenderfil (.ics):</translation>
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
      <source>&amp;Restore</source>
      <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>&amp;Gjenopprett…</translation>
    </message>
    <message>
      <source>&amp;Skip invalid lines (import the rest)</source>
      <translation>&amp;Hopp over ugyldige linjer (importer resten)</translation>
    </message>
    <message>
      <source>&amp;Take a backup now</source>
      <translation>&amp;Ta sikkerhetskopi nå</translation>
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
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(importeres ikke)</translation>
    </message>
    <message>
      <source>An .ics file rewritten after every change, for a calendar client to subscribe to.</source>
      <translation>En .ics-fil som skrives på nytt etter hver endring, slik at et kalenderprogram kan abonnere på den.</translation>
    </message>
    <message>
      <source>Automatic backup failed: {error}</source>
      <translation>Automatisk sikkerhetskopi mislyktes: {error}</translation>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>Sikkerhetskopi skrevet: {path}</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sikkerhetskopier</translation>
    </message>
    <message>
      <source>Backups of {file} in {folder}. A backup is taken at the first start of a day, every 30 minutes of work, at close and before imports and restores.</source>
      <translation>Sikkerhetskopier av {file} i {folder}. Det tas en kopi ved dagens første start, hvert 30. minutt med arbeid, ved lukking og før import og gjenoppretting.</translation>
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
      <source>Cannot read {path}: {reason}</source>
      <translation>Kan ikke lese {path}: {reason}</translation>
    </message>
    <message>
      <source>Choose the events to log as meetings from {name}. Events already logged are greyed out.</source>
      <translation>Velg hendelsene fra {name} som skal logges som møter. Hendelser som allerede er logget, er grået ut.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Column mapping</source>
      <translation>Kolonnetilordning</translation>
    </message>
    <message>
      <source>Could not update the calendar file: {error}</source>
      <translation>Kunne ikke oppdatere kalenderfilen: {error}</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Slett</translation>
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
      <translation>Slettede elementer ligger her til filen ryddes. Velg ett og trykk Enter eller Gjenopprett for å hente det tilbake.</translation>
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
      <source>Everything as &amp;JSON…</source>
      <translation>Alt som &amp;JSON…</translation>
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
      <source>Field</source>
      <translation>Felt</translation>
    </message>
    <message>
      <source>Files btvcrm can import ({patterns});;All files (*)</source>
      <translation>Filer btvcrm kan importere ({patterns});;Alle filer (*)</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Fornavn</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Import calendar events</source>
      <translation>Importer kalenderhendelser</translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>Importen mislyktes</translation>
    </message>
    <message>
      <source>Import spreadsheet</source>
      <translation>Importer regneark</translation>
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation>Importerer {name}…</translation>
    </message>
    <message>
      <source>Keep in touch every {n} days</source>
      <translation>Hold kontakt hver {n}. dag</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Etternavn</translation>
    </message>
    <message>
      <source>Log the chosen events</source>
      <translation>Logg de valgte hendelsene</translation>
    </message>
    <message>
      <source>Logging the events…</source>
      <translation>Logger hendelsene…</translation>
    </message>
    <message>
      <source>Move this item to the trash? You can undo with Ctrl+Z.</source>
      <translation>Flytte dette til papirkurven? Du kan angre med Ctrl+Z.</translation>
    </message>
    <message>
      <source>Moved to the trash. Ctrl+Z restores it.</source>
      <translation>Flyttet til papirkurven. Ctrl+Z henter det tilbake.</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Ingen sikkerhetskopier ennå.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notater</translation>
    </message>
    <message>
      <source>Open read-only</source>
      <translation>Åpne bare for lesing</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Deltakere</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Please wait</source>
      <translation>Vent litt</translation>
    </message>
    <message>
      <source>Read only</source>
      <translation>Bare lesing</translation>
    </message>
    <message>
      <source>Read only: the data file was opened read-only. Changes cannot be saved until you open it normally.</source>
      <translation>Bare lesing: datafilen er åpnet bare for lesing. Endringer kan ikke lagres før du åpner den vanlig.</translation>
    </message>
    <message>
      <source>Replace the data file with the backup from {when}? The current file is backed up first.</source>
      <translation>Erstatte datafilen med sikkerhetskopien fra {when}? Det tas først en kopi av filen slik den er nå.</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>Gjenopprett sikkerhetskopi</translation>
    </message>
    <message>
      <source>Restored from the trash.</source>
      <translation>Hentet tilbake fra papirkurven.</translation>
    </message>
    <message>
      <source>Restored the backup {name}.</source>
      <translation>Gjenopprettet sikkerhetskopien {name}.</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>Gjenoppretter sikkerhetskopien…</translation>
    </message>
    <message>
      <source>Review: no contact in 24 months…</source>
      <translation>Gjennomgang: ingen kontakt på 24 måneder…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Størrelse</translation>
    </message>
    <message>
      <source>Skip invalid lines</source>
      <translation>Hopp over ugyldige linjer</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>Tatt</translation>
    </message>
    <message>
      <source>Taking a backup before the import…</source>
      <translation>Tar sikkerhetskopi før importen…</translation>
    </message>
    <message>
      <source>Taking a backup…</source>
      <translation>Tar sikkerhetskopi…</translation>
    </message>
    <message>
      <source>Taking today's backup…</source>
      <translation>Tar dagens sikkerhetskopi…</translation>
    </message>
    <message>
      <source>The data file cannot be written</source>
      <translation>Datafilen kan ikke skrives</translation>
    </message>
    <message>
      <source>The data file is open read-only; nothing can be imported.</source>
      <translation>Datafilen er åpnet bare for lesing; ingenting kan importeres.</translation>
    </message>
    <message>
      <source>The trash is empty.</source>
      <translation>Papirkurven er tom.</translation>
    </message>
    <message>
      <source>This list as &amp;CSV…</source>
      <translation>Denne listen som &amp;CSV…</translation>
    </message>
    <message>
      <source>This list as &amp;Excel (.xlsx)…</source>
      <translation>Denne listen som &amp;Excel (.xlsx)…</translation>
    </message>
    <message>
      <source>Trash</source>
      <translation>Papirkurv</translation>
    </message>
    <message>
      <source>Undo delete</source>
      <translation>Angre sletting</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Advarsel</translation>
    </message>
    <message>
      <source>Website</source>
      <translation>Nettsted</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Hvorfor</translation>
    </message>
    <message>
      <source>already logged</source>
      <translation>allerede logget</translation>
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
      <source>{name}: {n} rows will be imported as {what}. Columns and the fields they fill:</source>
      <translation>{name}: {n} rader importeres som {what}. Kolonnene og feltene de fyller:</translation>
    </message>
    <message>
      <source>{n} deleted</source>
      <translation>{n} slettet</translation>
    </message>
    <message>
      <source>{path} exists already. Choose a new name.</source>
      <translation>{path} finnes allerede. Velg et nytt navn.</translation>
    </message>
    <message>
      <source>First today</source>
      <translation>Dagens første</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Automatisk</translation>
    </message>
    <message>
      <source>At close</source>
      <translation>Ved lukking</translation>
    </message>
    <message>
      <source>Manual</source>
      <translation>Manuell</translation>
    </message>
    <message>
      <source>Before import</source>
      <translation>Før import</translation>
    </message>
    <message>
      <source>Before delete</source>
      <translation>Før sletting</translation>
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
      <source>… and {n} more: narrow the list with the filters on Follow-ups</source>
      <translation>… og {n} til: snevre inn listen med filtrene på Oppfølging</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Oppfølgingspunkt</translation>
    </message>
    <message>
      <source>Initiative</source>
      <translation>Initiativ</translation>
    </message>
    <message>
      <source>Lesson learned</source>
      <translation>Læringspunkt</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Noe gikk galt</translation>
    </message>
    <message>
      <source>Something went wrong: {error}

The details are in the log: {path}</source>
      <translation>Noe gikk galt: {error}

Loggen ligger i {path}.</translation>
    </message>
  </context>
  <context>
    <name>Privacy</name>
    <message>
      <source>Writing the access request…</source>
      <translation>Skriver innsynsrapporten…</translation>
    </message>
  </context>
</TS>