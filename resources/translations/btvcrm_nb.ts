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
      <translation>Fullført</translation>
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
      <translation>Kontakter, møter og oppfølging for leverandørutviklingsprogrammet. Datafilen lagres her:</translation>
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
  </context>
</TS>