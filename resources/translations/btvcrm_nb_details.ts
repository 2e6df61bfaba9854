<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AnchoringStepDialog</name>
    <message>
        <source>Date as understood</source>
        <translation>Dato slik den ble forstått</translation>
    </message>
    <message>
        <source>Anchoring: %1</source>
        <translation>Forankringsstatus: %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(intet møte)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
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
        <source>&amp;Because of meeting</source>
        <translation>&amp;Som følge av møte</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
    <name>Common</name>
    <message>
        <source>Private notes – never leave the app</source>
        <translation>Private notater – forlater aldri appen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke lagre</translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message>
        <source>County report</source>
        <translation>Fylkesrapport</translation>
    </message>
    <message>
        <source>County report %1, %2</source>
        <translation>Fylkesrapport %1, %2</translation>
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
        <source>Make the county report and an e-mail draft with it attached</source>
        <translation>Lag fylkesrapporten og et e-postutkast med den som vedlegg</translation>
    </message>
    <message>
        <source>Move up the ladder</source>
        <translation>Flytt opp på stigen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>County report (PDF)</source>
        <translation>Fylkesrapport (PDF)</translation>
    </message>
    <message>
        <source>Anchoring</source>
        <translation>Forankring</translation>
    </message>
    <message>
        <source>Anchoring history</source>
        <translation>Forankringshistorikk</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Initiatives in the county</source>
        <translation>Initiativer i fylket</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Power and interest</source>
        <translation>Påvirkning og interesse</translation>
    </message>
    <message>
        <source>Drag a dot to reassess an organisation; each move is dated and kept.</source>
        <translation>Dra en prikk for å vurdere en organisasjon på nytt; hver flytting dateres og tas vare på.</translation>
    </message>
    <message>
        <source>Anchoring: %1</source>
        <translation>Forankringsstatus: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>siden %1</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>Private notes – never leave the app</source>
        <translation>Private notater – forlater aldri appen</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Nøkkelfakta</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>me</source>
        <translation>meg</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>An RFC 5545 recurrence rule, e.g. FREQ=WEEKLY;INTERVAL=3</source>
        <translation>En gjentakelsesregel etter RFC 5545, f.eks. FREQ=WEEKLY;INTERVAL=3</translation>
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
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>R&amp;ule</source>
        <translation>Re&amp;gel</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Gjentas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Edit follow-up</source>
        <translation>Rediger oppfølgingspunkt</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nytt oppfølgingspunkt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>e.g. “friday”, “in 2 weeks”, “14.06”</source>
        <translation>f.eks. «fredag», «om 2 uker», «14.06»</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Empty = me</source>
        <translation>Tomt = meg</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Hva</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ansvarlig</translation>
    </message>
    <message>
        <source>Re&amp;peats</source>
        <translation>&amp;Gjentas</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>Choose one responsible person.</source>
        <translation>Velg én ansvarlig person.</translation>
    </message>
    <message>
        <source>There is no person called “%1”.</source>
        <translation>Det finnes ingen person som heter «%1».</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Gjentas ikke</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Hver uke</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Annenhver uke</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hver måned</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Hvert kvartal</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Hvert år</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Koblet til</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>me</source>
        <translation>meg</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Gjentas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
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
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose one organisation.</source>
        <translation>Velg én organisasjon.</translation>
    </message>
    <message>
        <source>There is no organisation called “%1”.</source>
        <translation>Det finnes ingen organisasjon som heter «%1».</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Edit initiative</source>
        <translation>Rediger initiativ</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nytt initiativ</translation>
    </message>
    <message>
        <source>e.g. “8 mrd”, “2,5 mill.”, “750 000”</source>
        <translation>f.eks. «8 mrd», «2,5 mill.», «750 000»</translation>
    </message>
    <message>
        <source>One per line, e.g. “Dialogue conference @ 14.06.2016”</source>
        <translation>Én per linje, f.eks. «Dialogkonferanse @ 14.06.2016»</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eier</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>P&amp;rocedure</source>
        <translation>P&amp;rosedyre</translation>
    </message>
    <message>
        <source>Estimated &amp;value</source>
        <translation>Anslått &amp;verdi</translation>
    </message>
    <message>
        <source>&amp;Doffin reference</source>
        <translation>&amp;Doffin-referanse</translation>
    </message>
    <message>
        <source>&amp;Key dates</source>
        <translation>&amp;Viktige datoer</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>S&amp;tikkord</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>Key date “%1” needs a date after “@”.</source>
        <translation>Datoen «%1» trenger en dato etter «@».</translation>
    </message>
</context>
<context>
    <name>InitiativePage</name>
    <message>
        <source>New follow-up</source>
        <translation>Nytt oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Viktige datoer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Anslått verdi</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prosedyre</translation>
    </message>
    <message>
        <source>Doffin</source>
        <translation>Doffin</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>Edit lesson learned</source>
        <translation>Rediger læringspunkt</translation>
    </message>
    <message>
        <source>New lesson learned</source>
        <translation>Nytt læringspunkt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Læringspunkt</translation>
    </message>
    <message>
        <source>Learned &amp;in</source>
        <translation>Lært &amp;i</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>Relevant for</source>
        <translation>Relevant for</translation>
    </message>
    <message>
        <source>&amp;Initiatives</source>
        <translation>&amp;Initiativer</translation>
    </message>
    <message>
        <source>There is no initiative called “%1”.</source>
        <translation>Det finnes ikke noe initiativ som heter «%1».</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Koblet til</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <source>Learned in</source>
        <translation>Lært i</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Relevant for</source>
        <translation>Relevant for</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Restored a draft from %1</source>
        <translation>Gjenopprettet utkast fra %1</translation>
    </message>
    <message>
        <source>&amp;Notes (in the minutes)</source>
        <translation>&amp;Notater (i referatet)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Møte</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Deltakere</translation>
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
        <source>&amp;Links</source>
        <translation>&amp;Koblinger</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Edit meeting: %1</source>
        <translation>Rediger møte: %1</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslett</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Referatstatus</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Når</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Varighet</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>Møte&amp;leder</translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation>&amp;Referent</translation>
    </message>
    <message>
        <source>Minutes n&amp;umber</source>
        <translation>Referat&amp;nummer</translation>
    </message>
    <message>
        <source>Minutes st&amp;atus</source>
        <translation>Referat&amp;status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Add people: names, separated by commas</source>
        <translation>Legg til personer: navn, skilt med komma</translation>
    </message>
    <message>
        <source>Names or e-mail addresses</source>
        <translation>Navn eller e-postadresser</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Andre deltakere</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Kopi til</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>O/D/V</source>
        <translation>O/D/V</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>O = information, D = discussion, V = decision</source>
        <translation>O = orientering, D = diskusjon, V = vedtak</translation>
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
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Due dates in Norwegian, e.g. “fredag”, “14.06”, “om 2 uker”.</source>
        <translation>Frister skrives fritt, f.eks. «fredag», «14.06», «om 2 uker».</translation>
    </message>
    <message>
        <source>Organisations, separated by commas</source>
        <translation>Organisasjoner, skilt med komma</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <source>Initiatives, separated by commas</source>
        <translation>Initiativer, skilt med komma</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativer</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Stikkord, skilt med komma</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisasjoner</translation>
    </message>
    <message>
        <source>&amp;Initiatives</source>
        <translation>&amp;Initiativer</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Stikk&amp;ord</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private notater</translation>
    </message>
    <message>
        <source>Notes (in the minutes)</source>
        <translation>Notater (med i referatet)</translation>
    </message>
    <message>
        <source>Private notes (never in the minutes)</source>
        <translation>Private notater (aldri med i referatet)</translation>
    </message>
    <message>
        <source>me</source>
        <translation>meg</translation>
    </message>
    <message>
        <source>There is no initiative called “%1”.</source>
        <translation>Det finnes ikke noe initiativ som heter «%1».</translation>
    </message>
    <message>
        <source>A follow-up has no text.</source>
        <translation>Et oppfølgingspunkt mangler tekst.</translation>
    </message>
    <message>
        <source>Follow-up “%1”: %2</source>
        <translation>Oppfølgingspunkt «%1»: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <source>The meeting has changes that are not saved. Save them?</source>
        <translation>Møtet har endringer som ikke er lagret. Vil du lagre dem?</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>E-mail draft</source>
        <translation>E-postutkast</translation>
    </message>
    <message>
        <source>Hello,

Attached are the minutes of “%1”, %2.

Best regards</source>
        <translation>Hei,

Vedlagt er referatet fra «%1», %2.

Vennlig hilsen</translation>
    </message>
    <message>
        <source>Make the minutes and an e-mail draft to the participants</source>
        <translation>Lag referatet og et e-postutkast til deltakerne</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Referat: %1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Vedtak</translation>
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
        <source>Private notes</source>
        <translation>Private notater</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Minutes (PDF)</source>
        <translation>Møtereferat (PDF)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Koblet til</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Møtereferat</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Referatstatus</translation>
    </message>
    <message>
        <source>Minutes number</source>
        <translation>Referatnummer</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Møteleder</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Andre deltakere</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Kopi til</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>me</source>
        <translation>meg</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Rediger organisasjon</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisasjon</translation>
    </message>
    <message>
        <source>Key organisation</source>
        <translation>Nøkkelorganisasjon</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>ingen påminnelse</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Organisation &amp;number</source>
        <translation>Organisasjons&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Nettsted</translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation>&amp;Del av</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Hold kontakt hver</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Stikkord</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otater</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>E-mail draft</source>
        <translation>E-postutkast</translation>
    </message>
    <message>
        <source>Hello,

Attached is a short brief before our meeting with %1.

Best regards</source>
        <translation>Hei,

Vedlagt er en kort møteforberedelse før møtet med %1.

Vennlig hilsen</translation>
    </message>
    <message>
        <source>Make the brief and an e-mail draft to the organisation's key people</source>
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
        <source>Meeting brief: %1</source>
        <translation>Møteforberedelse: %1</translation>
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
        <source>Up the ladder</source>
        <translation>Opp på stigen</translation>
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
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Brief (PDF)</source>
        <translation>Notat (PDF)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Initiatives and sub-units</source>
        <translation>Initiativer og underenheter</translation>
    </message>
    <message>
        <source>Phase / kind</source>
        <translation>Fase / type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>Anchoring</source>
        <translation>Forankring</translation>
    </message>
    <message>
        <source>Key organisation</source>
        <translation>Nøkkelorganisasjon</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Hold kontakt</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>hver %1. dag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>Kunne ikke lage PDF-en: %1</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Lager PDF-en …</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lagre PDF</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Rediger person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Key contact</source>
        <translation>Nøkkelkontakt</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>ingen påminnelse</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Has objected to processing</source>
        <translation>Har reservert seg mot behandling</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Hold kontakt hver</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Behandlingsgrunnlag</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>S&amp;tikkord</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otater</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private notater</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Access request (JSON/PDF)…</source>
        <translation>Innsyn (JSON/PDF)…</translation>
    </message>
    <message>
        <source>Erase person (GDPR)…</source>
        <translation>Slett person (GDPR)…</translation>
    </message>
    <message>
        <source>Erase the person's name and contact details everywhere</source>
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
        <source>Objection</source>
        <translation>Reservasjon</translation>
    </message>
    <message>
        <source>erased person</source>
        <translation>slettet person</translation>
    </message>
    <message>
        <source>the person has objected to processing</source>
        <translation>personen har reservert seg mot behandling</translation>
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
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åpne oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
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
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>Key contact</source>
        <translation>Nøkkelkontakt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Hold kontakt</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>hver %1. dag</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Behandlingsgrunnlag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private notater</translation>
    </message>
</context>
<context>
    <name>PowerInterestMap</name>
    <message>
        <source>Power/interest map</source>
        <translation>Påvirkning/interesse-kart</translation>
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
        <source>Keep informed</source>
        <translation>Hold informert</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Interesse →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Påvirkning →</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Influence %1, interest %2, assessed %3</source>
        <translation>Påvirkning %1, interesse %2, vurdert %3</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Restored a draft from %1</source>
        <translation>Gjenopprettet utkast fra %1</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Logg kontakt</translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation>Hva gjaldt det?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>e.g. “friday 10:00”, “yesterday”, “14.06”</source>
        <translation>f.eks. «fredag kl 10», «i går», «14.06»</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslett</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Navn, skilt med komma</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Organisations, separated by commas</source>
        <translation>Organisasjoner, skilt med komma</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>What was said, what was agreed</source>
        <translation>Hva ble sagt, hva ble avtalt</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>One per line, e.g. “Send invitation @ friday”</source>
        <translation>Én per linje, f.eks. «Send invitasjon @ fredag»</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Når</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisasjoner</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Fylker</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Oppfølgingspunkter</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Lagre (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>New people: %1</source>
        <translation>Nye personer: %1</translation>
    </message>
    <message>
        <source>New organisations: %1</source>
        <translation>Nye organisasjoner: %1</translation>
    </message>
    <message>
        <source> (created on save)</source>
        <translation> (opprettes ved lagring)</translation>
    </message>
    <message>
        <source>Follow-up “%1”: %2</source>
        <translation>Oppfølgingspunkt «%1»: %2</translation>
    </message>
    <message>
        <source>Discard this log?</source>
        <translation>Forkaste denne loggføringen?</translation>
    </message>
    <message>
        <source>You have typed text that is not saved. Close and discard it?</source>
        <translation>Du har skrevet tekst som ikke er lagret. Lukke og forkaste den?</translation>
    </message>
    <message>
        <source>due</source>
        <translation>frist</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ingen frist</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
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
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølgingspunkt</translation>
    </message>
    <message>
        <source>Anchoring</source>
        <translation>Forankring</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Læringspunkt</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Anchoring: %1</source>
        <translation>Forankringsstatus: %1</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Erase person (GDPR)</source>
        <translation>Slett person (GDPR)</translation>
    </message>
    <message>
        <source>Name to confirm the erasure</source>
        <translation>Navn for å bekrefte slettingen</translation>
    </message>
    <message>
        <source>The name and contact details of %1 will be erased everywhere. Meetings keep “erased person”. This cannot be undone (older backups still hold the data until they are thinned).</source>
        <translation>Navn og kontaktopplysninger for %1 slettes overalt. Møter beholder «slettet person». Dette kan ikke angres (eldre sikkerhetskopier har opplysningene til de tynnes ut).</translation>
    </message>
    <message>
        <source>Type the name to confirm: %1</source>
        <translation>Skriv navnet for å bekrefte: %1</translation>
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
    <name>ReportPeriodDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
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
        <source>The period must start before it ends.</source>
        <translation>Perioden må starte før den slutter.</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Access request</source>
        <translation>Innsyn</translation>
    </message>
    <message>
        <source>Access request (innsyn)</source>
        <translation>Innsyn</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
</context>
<context>
    <name>btvcrm</name>
    <message>
        <source>Move data file</source>
        <translation>Flytt datafil</translation>
    </message>
    <message>
        <source>Move data file…</source>
        <translation>Flytt datafil…</translation>
    </message>
    <message>
        <source>Moving the data file…</source>
        <translation>Flytter datafilen…</translation>
    </message>
    <message>
        <source>Only a data file open for writing can be moved.</source>
        <translation>Bare en datafil som er åpnet for skriving, kan flyttes.</translation>
    </message>
    <message>
        <source>The data file is now {path}.</source>
        <translation>Datafilen ligger nå i {path}.</translation>
    </message>
</context>
</TS>
