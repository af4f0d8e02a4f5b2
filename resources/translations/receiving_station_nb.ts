<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
    <context>
        <name>bench</name>
        <message>
            <source>Answer with Y or N</source>
            <translation>Svar med Y eller N</translation>
        </message>
        <message>
            <source>Answer with Y or N  ·  Esc steps back</source>
            <translation>Svar med Y eller N  ·  Esc går tilbake</translation>
        </message>
        <message>
            <source>Enter confirms and prints the label</source>
            <translation>Enter bekrefter og skriver ut etiketten</translation>
        </message>
        <message>
            <source>Enter confirms and prints the label  ·  Esc steps back</source>
            <translation>Enter bekrefter og skriver ut etiketten  ·  Esc går tilbake</translation>
        </message>
        <message>
            <source>Every expected item is in: F9 closes the parcel (or scan an extra item, or the next parcel)</source>
            <translation>Alle forventede varer er inne: F9 lukker pakken (eller skann en ekstra vare, eller neste pakke)</translation>
        </message>
        <message>
            <source>Grade it: 1–5</source>
            <translation>Vurder: 1–5</translation>
        </message>
        <message>
            <source>Grade it: 1–5  ·  Esc steps back</source>
            <translation>Vurder: 1–5  ·  Esc går tilbake</translation>
        </message>
        <message>
            <source>Grade {grade} ({label}) needs a photo: press P</source>
            <translation>Grad {grade} ({label}) krever et bilde: trykk P</translation>
        </message>
        <message>
            <source>No parcel is open: scan the parcel's carrier label or RMA barcode first</source>
            <translation>Ingen pakke er åpen: skann pakkens fraktetikett eller RMA-strekkode først</translation>
        </message>
        <message>
            <source>Put the parcel on the scale, then scan an item  ·  F9 closes the parcel</source>
            <translation>Legg pakken på vekten, skann så en vare  ·  F9 lukker pakken</translation>
        </message>
        <message>
            <source>Scan the item's serial number</source>
            <translation>Skann varens serienummer</translation>
        </message>
        <message>
            <source>Scan the next item  ·  F9 closes the parcel</source>
            <translation>Skann neste vare  ·  F9 lukker pakken</translation>
        </message>
        <message>
            <source>Scan the parcel's carrier label or RMA barcode</source>
            <translation>Skann pakkens fraktetikett eller RMA-strekkode</translation>
        </message>
        <message>
            <source>Scan your badge, or choose your name and type your PIN</source>
            <translation>Skann kortet ditt, eller velg navnet ditt og skriv PIN-koden</translation>
        </message>
        <message>
            <source>Sign in first: scan your badge, or choose your name and type your PIN</source>
            <translation>Logg inn først: skann kortet ditt, eller velg navnet ditt og skriv PIN-koden</translation>
        </message>
        <message>
            <source>Take a photo: P</source>
            <translation>Ta et bilde: P</translation>
        </message>
        <message>
            <source>Take a photo: P  ·  Esc chooses another grade</source>
            <translation>Ta et bilde: P  ·  Esc velger en annen grad</translation>
        </message>
        <message>
            <source>The database did not answer ({reason}). Nothing was saved: scan or press the key again in a moment; call IT if it keeps happening</source>
            <translation>Databasen svarte ikke ({reason}). Ingenting ble lagret: skann eller trykk på tasten igjen om litt; ring IT hvis det fortsetter</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Velkommen, {name}</translation>
        </message>
        <message>
            <source>again: {question}</source>
            <translation>igjen: {question}</translation>
        </message>
        <message>
            <source>already graded: Esc to grade again, Enter to confirm</source>
            <translation>allerede vurdert: Esc for å vurdere på nytt, Enter for å bekrefte</translation>
        </message>
        <message>
            <source>answer first: {question} (Y/N)</source>
            <translation>svar først: {question} (Y/N)</translation>
        </message>
        <message>
            <source>badge {badge} is not known here: ask your shift lead</source>
            <translation>kortet {badge} er ukjent her: spør skiftlederen din</translation>
        </message>
        <message>
            <source>cancelled at the bench</source>
            <translation>avbrutt ved benken</translation>
        </message>
        <message>
            <source>choose the grade again (1–5)</source>
            <translation>velg grad på nytt (1–5)</translation>
        </message>
        <message>
            <source>command {command} is not used at the bench</source>
            <translation>kommandoen {command} brukes ikke ved benken</translation>
        </message>
        <message>
            <source>finish {lpn} first (Enter confirms, Esc steps back)</source>
            <translation>gjør ferdig {lpn} først (Enter bekrefter, Esc går tilbake)</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <source>no item to cancel</source>
            <translation>ingen vare å avbryte</translation>
        </message>
        <message>
            <source>no parcel is open</source>
            <translation>ingen pakke er åpen</translation>
        </message>
        <message>
            <source>nothing to answer now: {prompt}</source>
            <translation>ingenting å svare på nå: {prompt}</translation>
        </message>
        <message>
            <source>nothing to confirm yet: {prompt}</source>
            <translation>ingenting å bekrefte ennå: {prompt}</translation>
        </message>
        <message>
            <source>nothing to step back from</source>
            <translation>ingenting å gå tilbake fra</translation>
        </message>
        <message>
            <source>photo {count} taken</source>
            <translation>bilde {count} tatt</translation>
        </message>
        <message>
            <source>put the parcel on the scale and wait for a stable weight</source>
            <translation>legg pakken på vekten og vent på en stabil vekt</translation>
        </message>
        <message>
            <source>reprints are made on the Labels screen, with a reason (supervisors)</source>
            <translation>nye utskrifter gjøres på skjermen Etiketter, med en begrunnelse (arbeidsledere)</translation>
        </message>
        <message>
            <source>scan an item before grading</source>
            <translation>skann en vare før du vurderer</translation>
        </message>
        <message>
            <source>scan an item before taking its photo</source>
            <translation>skann en vare før du tar bilde av den</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>logget ut</translation>
        </message>
        <message>
            <source>signed out by command barcode</source>
            <translation>logget ut med kommandostrekkode</translation>
        </message>
        <message>
            <source>stepped back at the bench</source>
            <translation>gikk tilbake ved benken</translation>
        </message>
        <message>
            <source>taking a photo</source>
            <translation>tar et bilde</translation>
        </message>
        <message>
            <source>the station does not speak {language}</source>
            <translation>stasjonen snakker ikke {language}</translation>
        </message>
        <message>
            <source>the {key} key does nothing here: {prompt}</source>
            <translation>tasten {key} gjør ingenting her: {prompt}</translation>
        </message>
        <message>
            <source>this parcel is open already</source>
            <translation>denne pakken er allerede åpen</translation>
        </message>
        <message>
            <source>unknown input {kind}</source>
            <translation>ukjent inndata {kind}</translation>
        </message>
        <message>
            <source>wrong PIN for {name}: try again</source>
            <translation>feil PIN-kode for {name}: prøv igjen</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{lpn} is not finished: {step} (Esc steps back)</source>
            <translation>{lpn} er ikke ferdig: {step} (Esc går tilbake)</translation>
        </message>
        <message>
            <source>{lpn}: scan its serial number first</source>
            <translation>{lpn}: skann serienummeret først</translation>
        </message>
        <message>
            <source>{name} is grading {lpn}: confirm or step back (Esc) first, then sign in</source>
            <translation>{name} vurderer {lpn}: bekreft eller gå tilbake (Esc) først, logg så inn</translation>
        </message>
        <message>
            <source>{name} signed out ({why})</source>
            <translation>{name} logget ut ({why})</translation>
        </message>
        <message>
            <source>{question}  Y / N  ·  Esc steps back</source>
            <translation>{question}  Y / N  ·  Esc går tilbake</translation>
        </message>
        <message>
            <source>{question} Y / N</source>
            <translation>{question} Y / N</translation>
        </message>
        <message>
            <source>{question} {answer}</source>
            <translation>{question} {answer}</translation>
        </message>
        <message>
            <source>{value} is not a weight</source>
            <translation>{value} er ingen vekt</translation>
        </message>
        <message>
            <source>{weight} on the scale</source>
            <translation>{weight} på vekten</translation>
        </message>
    </context>
    <context>
        <name>bench_view</name>
        <message>
            <source>(photo)</source>
            <translation>(bilde)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>BLIND RETURN</source>
            <translation>RETUR UTEN RMA</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Benk</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Sjekkliste</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslutning</translation>
        </message>
        <message>
            <source>Enter ⏎ confirms · Esc steps back</source>
            <translation>Enter ⏎ bekrefter · Esc går tilbake</translation>
        </message>
        <message>
            <source>Exp.</source>
            <translation>Forv.</translation>
        </message>
        <message>
            <source>Expected lines</source>
            <translation>Forventede linjer</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Inne</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Vare</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation>Siste resultat</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Igjen</translation>
        </message>
        <message>
            <source>No parcel open</source>
            <translation>Ingen pakke åpen</translation>
        </message>
        <message>
            <source>OVERLOAD</source>
            <translation>OVERLAST</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Pakke</translation>
        </message>
        <message>
            <source>Parcel {tracking} ({carrier})
No RMA: receive the items, a lead finds the customer.</source>
            <translation>Pakke {tracking} ({carrier})
Ingen RMA: ta imot varene, en skiftleder finner kunden.</translation>
        </message>
        <message>
            <source>REFUND HELD: a lead decides</source>
            <translation>REFUSJON HOLDT TILBAKE: en skiftleder bestemmer</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <source>STABLE</source>
            <translation>STABIL</translation>
        </message>
        <message>
            <source>Scan an item out of the parcel.</source>
            <translation>Skann en vare fra pakken.</translation>
        </message>
        <message>
            <source>Scan the carrier label or the RMA barcode.</source>
            <translation>Skann fraktetiketten eller RMA-strekkoden.</translation>
        </message>
        <message>
            <source>UNDERLOAD</source>
            <translation>UNDERLAST</translation>
        </message>
        <message>
            <source>WEIGHT MISMATCH: refund held</source>
            <translation>VEKTAVVIK: refusjonen holdt tilbake</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Vekt</translation>
        </message>
        <message>
            <source>Weight on the scale</source>
            <translation>Vekt på vekten</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>Hva du gjør nå</translation>
        </message>
        <message>
            <source>carrier unknown</source>
            <translation>ukjent transportør</translation>
        </message>
        <message>
            <source>expected {expected}
measured {measured}</source>
            <translation>forventet {expected}
målt {measured}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>linje {line}</translation>
        </message>
        <message>
            <source>moving…</source>
            <translation>i bevegelse…</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <source>no reading</source>
            <translation>ingen avlesning</translation>
        </message>
        <message>
            <source>not on the RMA</source>
            <translation>ikke på RMA-en</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>ikke ennå</translation>
        </message>
        <message>
            <source>refund {amount}</source>
            <translation>refusjon {amount}</translation>
        </message>
        <message>
            <source>restocking fee {amount}</source>
            <translation>returgebyr {amount}</translation>
        </message>
        <message>
            <source>rule {rule}  (why: see the message above)</source>
            <translation>regel {rule}  (hvorfor: se meldingen over)</translation>
        </message>
        <message>
            <source>serial {serial}</source>
            <translation>serienummer {serial}</translation>
        </message>
        <message>
            <source>serial: scan it</source>
            <translation>serienummer: skann det</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>ukjent</translation>
        </message>
        <message>
            <source>unknown SKU</source>
            <translation>ukjent varenr.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{customer}
{market} · {channel} · order {order}
bought {bought} · wants {wants}
parcel {tracking}</source>
            <translation>{customer}
{market} · {channel} · ordre {order}
kjøpt {bought} · ønsker {wants}
pakke {tracking}</translation>
        </message>
        <message numerus="yes">
            <source>{n} photo(s) taken</source>
            <translation>
                <numerusform>{n} bilde tatt</numerusform>
                <numerusform>{n} bilder tatt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>events</name>
        <message>
            <source>event {id} is {state}: only refused or waiting events can be resolved by hand</source>
            <translation>hendelse {id} er {state}: bare avviste eller ventende hendelser kan løses for hånd</translation>
        </message>
        <message>
            <source>event {id} is {state}: only refused or waiting events can be retried</source>
            <translation>hendelse {id} er {state}: bare avviste eller ventende hendelser kan sendes på nytt</translation>
        </message>
        <message>
            <source>say why the event is resolved by hand (a note is required)</source>
            <translation>si hvorfor hendelsen løses for hånd (en merknad kreves)</translation>
        </message>
        <message>
            <source>there is no upstream event {id}</source>
            <translation>det finnes ingen hendelse {id} til ordresystemet</translation>
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>&amp;PIN-kode</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Operatører</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-kode</translation>
        </message>
        <message>
            <source>Receiving Station · {station}</source>
            <translation>Returmottak · {station}</translation>
        </message>
        <message>
            <source>Scan your badge</source>
            <translation>Skann kortet ditt</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Logg inn</translation>
        </message>
        <message>
            <source>The window speaks this language; it is kept for you when you sign in</source>
            <translation>Vinduet snakker dette språket; det lagres for deg når du logger inn</translation>
        </message>
        <message>
            <source>choose your name first</source>
            <translation>velg navnet ditt først</translation>
        </message>
        <message>
            <source>type your PIN</source>
            <translation>skriv PIN-koden din</translation>
        </message>
        <message>
            <source>… or choose your name, type your PIN and press Enter</source>
            <translation>… eller velg navnet ditt, skriv PIN-koden og trykk Enter</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>&amp;Bench</source>
            <translation>&amp;Benk</translation>
        </message>
        <message>
            <source>&amp;Exceptions</source>
            <translation>&amp;Avvik</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>&amp;Etiketter</translation>
        </message>
        <message>
            <source>&amp;Upstream</source>
            <translation>&amp;Ordresystem</translation>
        </message>
        <message>
            <source>DEMO  ·  sign in: badge B-1001 or PIN 1234  ·  F5 scan the next demo parcel  ·  F6 put it on the scale  ·  F7 scan its next item  ·  F8 take it off the scale</source>
            <translation>DEMO  ·  logg inn: kort B-1001 eller PIN 1234  ·  F5 skann neste demopakke  ·  F6 legg den på vekten  ·  F7 skann neste vare  ·  F8 ta den av vekten</translation>
        </message>
        <message>
            <source>Demo shop (a sandbox of the shop's system): {refunds} refund(s), {exchanges} exchange release(s) and {messages} customer message(s) received</source>
            <translation>Demobutikk (en sandkasse av butikkens system): {refunds} refusjon(er), {exchanges} bytte(r) frigitt og {messages} kundemelding(er) mottatt</translation>
        </message>
        <message>
            <source>F&amp;igures</source>
            <translation>&amp;Nøkkeltall</translation>
        </message>
        <message>
            <source>FAULT</source>
            <translation>FEIL</translation>
        </message>
        <message>
            <source>Receiving Station · {station}</source>
            <translation>Returmottak · {station}</translation>
        </message>
        <message>
            <source>Station {station}</source>
            <translation>Stasjon {station}</translation>
        </message>
        <message>
            <source>The database answers again: carry on (what was confirmed is saved).</source>
            <translation>Databasen svarer igjen: fortsett (det som er bekreftet, er lagret).</translation>
        </message>
        <message>
            <source>The database does not answer ({problem}). Everything confirmed so far is saved; nothing new can be saved until it is back. It reconnects by itself: wait, or call IT.</source>
            <translation>Databasen svarer ikke ({problem}). Alt som er bekreftet så langt, er lagret; ingenting nytt kan lagres før den er tilbake. Den kobler til igjen av seg selv: vent, eller ring IT.</translation>
        </message>
        <message>
            <source>all sent</source>
            <translation>alt sendt</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>kobler til</translation>
        </message>
        <message>
            <source>database</source>
            <translation>database</translation>
        </message>
        <message numerus="yes">
            <source>demo return {number} of {count}: {name}, {description}  ({n} item(s) for F7)</source>
            <translation>
                <numerusform>demoretur {number} av {count}: {name}, {description}  ({n} vare for F7)</numerusform>
                <numerusform>demoretur {number} av {count}: {name}, {description}  ({n} varer for F7)</numerusform>
            </translation>
        </message>
        <message>
            <source>demo shop</source>
            <translation>demobutikk</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>frakoblet</translation>
        </message>
        <message>
            <source>faulted</source>
            <translation>feil</translation>
        </message>
        <message>
            <source>last problem: {detail}</source>
            <translation>siste problem: {detail}</translation>
        </message>
        <message>
            <source>no more demo items in this parcel: F9 closes it, F5 scans the next</source>
            <translation>ingen flere demovarer i denne pakken: F9 lukker den, F5 skanner neste</translation>
        </message>
        <message>
            <source>not sending from this bench</source>
            <translation>sender ikke fra denne benken</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>operator</source>
            <translation>operatør</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>skriver</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>vekt</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>skanner</translation>
        </message>
        <message>
            <source>sending to {url}</source>
            <translation>sender til {url}</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>logget ut</translation>
        </message>
        <message>
            <source>starting</source>
            <translation>starter</translation>
        </message>
        <message>
            <source>station</source>
            <translation>stasjon</translation>
        </message>
        <message>
            <source>the database answers</source>
            <translation>databasen svarer</translation>
        </message>
        <message>
            <source>upstream</source>
            <translation>nettbutikk</translation>
        </message>
        <message>
            <source>upstream: database unreachable</source>
            <translation>nettbutikk: databasen kan ikke nås</translation>
        </message>
        <message>
            <source>upstream: {state}</source>
            <translation>nettbutikk: {state}</translation>
        </message>
        <message>
            <source>upstream: …</source>
            <translation>nettbutikk: …</translation>
        </message>
        <message numerus="yes">
            <source>{n} demo returns: press F5 for the first</source>
            <translation>
                <numerusform>{n} demoretur: trykk F5 for den første</numerusform>
                <numerusform>{n} demoreturer: trykk F5 for den første</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} failing</source>
            <translation>
                <numerusform>{n} feiler</numerusform>
                <numerusform>{n} feiler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} refused</source>
            <translation>
                <numerusform>{n} avvist</numerusform>
                <numerusform>{n} avvist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} to send</source>
            <translation>
                <numerusform>{n} å sende</numerusform>
                <numerusform>{n} å sende</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <source>A parcel without an RMA: a lead finds the customer first</source>
            <translation>En pakke uten RMA: en skiftleder finner kunden først</translation>
        </message>
        <message>
            <source>Accessories complete?</source>
            <translation>Tilbehør komplett?</translation>
        </message>
        <message>
            <source>All parts present?</source>
            <translation>Alle deler på plass?</translation>
        </message>
        <message>
            <source>Assembled or used?</source>
            <translation>Montert eller brukt?</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Skadet</translation>
        </message>
        <message>
            <source>Damaged by the customer, low value: liquidate, half refund</source>
            <translation>Skadet av kunden, lav verdi: selg ut, halv refusjon</translation>
        </message>
        <message>
            <source>Damaged by the customer: a lead decides the refund</source>
            <translation>Skadet av kunden: en skiftleder bestemmer refusjonen</translation>
        </message>
        <message>
            <source>Defective / unsalvageable</source>
            <translation>Defekt / kan ikke reddes</translation>
        </message>
        <message>
            <source>Electronics that do not power on and the customer said defective: repair, full refund</source>
            <translation>Elektronikk som ikke starter, og kunden meldte feil: reparer, full refusjon</translation>
        </message>
        <message>
            <source>Everything there?</source>
            <translation>Alt med?</translation>
        </message>
        <message>
            <source>Factory reset, no user data?</source>
            <translation>Tilbakestilt til fabrikkinnstillinger, ingen brukerdata?</translation>
        </message>
        <message>
            <source>Good / used</source>
            <translation>God / brukt</translation>
        </message>
        <message>
            <source>Good but used: refurbish, refund less a 10 % restocking fee</source>
            <translation>God, men brukt: klargjør, refusjon minus 10 % returgebyr</translation>
        </message>
        <message>
            <source>Grade {grade} {category}</source>
            <translation>Grad {grade} {category}</translation>
        </message>
        <message>
            <source>Grade {grade} {category}: no rule matched, so the unit goes to quarantine and a shift lead decides (rule no-rule-matched).</source>
            <translation>Grad {grade} {category}: ingen regel passet, så varen går i karantene og en skiftleder bestemmer (regel no-rule-matched).</translation>
        </message>
        <message>
            <source>Like new</source>
            <translation>Som ny</translation>
        </message>
        <message>
            <source>Like new apparel without its tags: refurbish (re-tag), full refund</source>
            <translation>Klær som nye uten merkelapper: klargjør (ny merkelapp), full refusjon</translation>
        </message>
        <message>
            <source>Like new: back to stock, full refund</source>
            <translation>Som ny: tilbake på lager, full refusjon</translation>
        </message>
        <message>
            <source>More items than the RMA announced</source>
            <translation>Flere varer enn RMA-en varslet</translation>
        </message>
        <message>
            <source>New / unopened</source>
            <translation>Ny / uåpnet</translation>
        </message>
        <message>
            <source>New and unopened: back to stock, full refund</source>
            <translation>Ny og uåpnet: tilbake på lager, full refusjon</translation>
        </message>
        <message>
            <source>Original box?</source>
            <translation>Originalesken?</translation>
        </message>
        <message>
            <source>Original packaging?</source>
            <translation>Originalemballasje?</translation>
        </message>
        <message>
            <source>Powers on?</source>
            <translation>Starter den?</translation>
        </message>
        <message>
            <source>Returned after the return window closed</source>
            <translation>Returnert etter at returfristen gikk ut</translation>
        </message>
        <message>
            <source>Screen and casing undamaged?</source>
            <translation>Skjerm og kabinett uskadet?</translation>
        </message>
        <message>
            <source>Serial label intact?</source>
            <translation>Serienummeretikett hel?</translation>
        </message>
        <message>
            <source>Soles clean?</source>
            <translation>Rene såler?</translation>
        </message>
        <message>
            <source>Stains or odour?</source>
            <translation>Flekker eller lukt?</translation>
        </message>
        <message>
            <source>Tags attached?</source>
            <translation>Merkelapper på?</translation>
        </message>
        <message>
            <source>The category cannot be returned</source>
            <translation>Kategorien kan ikke returneres</translation>
        </message>
        <message>
            <source>The customer reported the fault: it is ours to bear, full refund</source>
            <translation>Kunden meldte feilen: den er vår å bære, full refusjon</translation>
        </message>
        <message>
            <source>The item is not one the customer bought</source>
            <translation>Varen er ikke en kunden kjøpte</translation>
        </message>
        <message>
            <source>The parcel weighs far from what its items should</source>
            <translation>Pakken veier langt fra det varene burde</translation>
        </message>
        <message>
            <source>The serial number is not the one shipped</source>
            <translation>Serienummeret er ikke det som ble sendt</translation>
        </message>
        <message>
            <source>Unsalvageable and not reported as faulty: a lead decides</source>
            <translation>Kan ikke reddes og ikke meldt som defekt: en skiftleder bestemmer</translation>
        </message>
        <message>
            <source>Used electronics that do not power on: repair, refund less a 15 % restocking fee</source>
            <translation>Brukt elektronikk som ikke starter: reparer, refusjon minus 15 % returgebyr</translation>
        </message>
        <message>
            <source>Worn or washed?</source>
            <translation>Brukt eller vasket?</translation>
        </message>
        <message>
            <source>Worn outdoors?</source>
            <translation>Brukt utendørs?</translation>
        </message>
        <message>
            <source>apparel</source>
            <translation>klær</translation>
        </message>
        <message>
            <source>electronics</source>
            <translation>elektronikk</translation>
        </message>
        <message>
            <source>gift card</source>
            <translation>gavekort</translation>
        </message>
        <message>
            <source>home</source>
            <translation>hjem</translation>
        </message>
        <message>
            <source>hygiene</source>
            <translation>hygiene</translation>
        </message>
        <message>
            <source>no refund</source>
            <translation>ingen refusjon</translation>
        </message>
        <message>
            <source>perishable</source>
            <translation>ferskvare</translation>
        </message>
        <message>
            <source>refund held for a shift lead ({why})</source>
            <translation>refusjon holdt tilbake for en skiftleder ({why})</translation>
        </message>
        <message>
            <source>refund {refund}</source>
            <translation>refusjon {refund}</translation>
        </message>
        <message>
            <source>refund {refund} after a {fee} restocking fee</source>
            <translation>refusjon {refund} etter et returgebyr på {fee}</translation>
        </message>
        <message>
            <source>shoes</source>
            <translation>sko</translation>
        </message>
        <message>
            <source>underwear</source>
            <translation>undertøy</translation>
        </message>
        <message>
            <source>unknown category</source>
            <translation>ukjent kategori</translation>
        </message>
        <message>
            <source>{subject}: {disposition}, {money}. {reason} (rule {rule}).</source>
            <translation>{subject}: {disposition}, {money}. {reason} (regel {rule}).</translation>
        </message>
    </context>
    <context>
        <name>section</name>
        <message>
            <source>outcome of the last action</source>
            <translation>resultatet av den siste handlingen</translation>
        </message>
    </context>
    <context>
        <name>upstream_view</name>
        <message>
            <source>&amp;Retry now (R)</source>
            <translation>Send på nytt nå (&amp;R)</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Forsøk</translation>
        </message>
        <message>
            <source>Attempts:</source>
            <translation>Forsøk:</translation>
        </message>
        <message>
            <source>Could not read the upstream events: {problem}</source>
            <translation>Kunne ikke lese hendelsene til ordresystemet: {problem}</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Hendelse</translation>
        </message>
        <message>
            <source>Event {id} resolved by hand: it will not be sent.</source>
            <translation>Hendelse {id} løst for hånd: den blir ikke sendt.</translation>
        </message>
        <message>
            <source>Event {id} will be sent again now.</source>
            <translation>Hendelse {id} sendes på nytt nå.</translation>
        </message>
        <message>
            <source>Event {id}: {kind} for {rma}</source>
            <translation>Hendelse {id}: {kind} for {rma}</translation>
        </message>
        <message>
            <source>Everything has been sent upstream.</source>
            <translation>Alt er sendt til ordresystemet.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Siste feil</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Siste feil: {error}</translation>
        </message>
        <message>
            <source>Next try</source>
            <translation>Neste forsøk</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Oppdater (Ctrl+R)</translation>
        </message>
        <message>
            <source>Resolve by &amp;hand… (H)</source>
            <translation>Løs for &amp;hånd… (H)</translation>
        </message>
        <message>
            <source>Resolve by hand</source>
            <translation>Løs for hånd</translation>
        </message>
        <message>
            <source>Resolved by hand: {note}</source>
            <translation>Løst for hånd: {note}</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <source>State: {state}, {n} attempt(s)</source>
            <translation>
                <numerusform>Status: {state}, {n} forsøk</numerusform>
                <numerusform>Status: {state}, {n} forsøk</numerusform>
            </translation>
        </message>
        <message>
            <source>Upstream events</source>
            <translation>Hendelser til ordresystemet</translation>
        </message>
        <message>
            <source>What is sent:</source>
            <translation>Dette sendes:</translation>
        </message>
        <message>
            <source>Why is this event resolved by hand? (e.g. refunded in the shop's admin)</source>
            <translation>Hvorfor løses hendelsen for hånd? (f.eks. refundert i butikkens administrasjon)</translation>
        </message>
        <message>
            <source>event detail and attempts</source>
            <translation>hendelsens detaljer og forsøk</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ingen ennå</translation>
        </message>
        <message>
            <source>upstream events</source>
            <translation>hendelser til ordresystemet</translation>
        </message>
        <message>
            <source>upstream's reference {reference}</source>
            <translation>ordresystemets referanse {reference}</translation>
        </message>
        <message>
            <source>{waiting} waiting to be sent ({failing} failing), {refused} refused by upstream</source>
            <translation>{waiting} venter på å bli sendt ({failing} feiler), {refused} avvist av ordresystemet</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <source>return window {days} days (no purchase or delivery date)</source>
            <translation>returfrist {days} dager (ingen kjøps- eller leveringsdato)</translation>
        </message>
        <message numerus="yes">
            <source>{n} days since delivery: OUTSIDE the {days}-day window</source>
            <translation>
                <numerusform>{n} dag siden levering: UTENFOR fristen på {days} dager</numerusform>
                <numerusform>{n} dager siden levering: UTENFOR fristen på {days} dager</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since delivery: inside the {days}-day window</source>
            <translation>
                <numerusform>{n} dag siden levering: innenfor fristen på {days} dager</numerusform>
                <numerusform>{n} dager siden levering: innenfor fristen på {days} dager</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since purchase: OUTSIDE the {days}-day window</source>
            <translation>
                <numerusform>{n} dag siden kjøp: UTENFOR fristen på {days} dager</numerusform>
                <numerusform>{n} dager siden kjøp: UTENFOR fristen på {days} dager</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since purchase: inside the {days}-day window</source>
            <translation>
                <numerusform>{n} dag siden kjøp: innenfor fristen på {days} dager</numerusform>
                <numerusform>{n} dager siden kjøp: innenfor fristen på {days} dager</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>blind return</source>
            <translation>retur uten RMA</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>avbrutt</translation>
        </message>
        <message>
            <source>claimed</source>
            <translation>tatt</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>lukket</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bekreftet</translation>
        </message>
        <message>
            <source>customer message</source>
            <translation>kundemelding</translation>
        </message>
        <message>
            <source>damaged in transit</source>
            <translation>skadet i transport</translation>
        </message>
        <message>
            <source>device fault</source>
            <translation>enhetsfeil</translation>
        </message>
        <message>
            <source>discard</source>
            <translation>kast</translation>
        </message>
        <message>
            <source>donate</source>
            <translation>doner</translation>
        </message>
        <message>
            <source>exchange</source>
            <translation>bytte</translation>
        </message>
        <message>
            <source>exchange release</source>
            <translation>byttefrigivelse</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>forventet</translation>
        </message>
        <message>
            <source>graded</source>
            <translation>vurdert</translation>
        </message>
        <message>
            <source>held</source>
            <translation>holdt tilbake</translation>
        </message>
        <message>
            <source>liquidate</source>
            <translation>selg ut</translation>
        </message>
        <message>
            <source>missing item</source>
            <translation>manglende vare</translation>
        </message>
        <message>
            <source>non-returnable</source>
            <translation>kan ikke returneres</translation>
        </message>
        <message>
            <source>open</source>
            <translation>åpen</translation>
        </message>
        <message>
            <source>outside the return window</source>
            <translation>utenfor returfristen</translation>
        </message>
        <message>
            <source>portal</source>
            <translation>portal</translation>
        </message>
        <message>
            <source>post</source>
            <translation>post</translation>
        </message>
        <message>
            <source>quarantine</source>
            <translation>karantene</translation>
        </message>
        <message>
            <source>received</source>
            <translation>mottatt</translation>
        </message>
        <message>
            <source>recycle</source>
            <translation>resirkuler</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>refusjon</translation>
        </message>
        <message>
            <source>refurbish</source>
            <translation>klargjør</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>avvist</translation>
        </message>
        <message>
            <source>refused by the shop</source>
            <translation>avvist av nettbutikken</translation>
        </message>
        <message>
            <source>repair</source>
            <translation>reparer</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>løst</translation>
        </message>
        <message>
            <source>restock</source>
            <translation>tilbake på lager</translation>
        </message>
        <message>
            <source>return to customer</source>
            <translation>tilbake til kunden</translation>
        </message>
        <message>
            <source>return to vendor</source>
            <translation>tilbake til leverandøren</translation>
        </message>
        <message>
            <source>review</source>
            <translation>gjennomgang</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>sendes</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>sendt</translation>
        </message>
        <message>
            <source>serial mismatch</source>
            <translation>feil serienummer</translation>
        </message>
        <message>
            <source>shift lead</source>
            <translation>skiftleder</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>ansatt</translation>
        </message>
        <message>
            <source>store</source>
            <translation>butikk</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>tilgodelapp</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>arbeidsleder</translation>
        </message>
        <message>
            <source>unexpected item</source>
            <translation>uventet vare</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>venter</translation>
        </message>
        <message>
            <source>weight mismatch</source>
            <translation>vektavvik</translation>
        </message>
        <message>
            <source>wrong item</source>
            <translation>feil vare</translation>
        </message>
    </context>
    <context>
        <name>workflow</name>
        <message>
            <source>Blind return {tracking}: no RMA found. Receive the items; a lead decides.</source>
            <translation>Retur uten RMA {tracking}: ingen RMA funnet. Ta imot varene; en skiftleder bestemmer.</translation>
        </message>
        <message>
            <source>Blind return: parcel {tracking} ({carrier}) has no RMA</source>
            <translation>Retur uten RMA: pakke {tracking} ({carrier}) har ingen RMA</translation>
        </message>
        <message numerus="yes">
            <source>Parcel {tracking} closed: {n} unit(s)</source>
            <translation>
                <numerusform>Pakke {tracking} lukket: {n} enhet</numerusform>
                <numerusform>Pakke {tracking} lukket: {n} enheter</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcel {tracking} is open at {bench} by {name}: it cannot be worked at two benches</source>
            <translation>Pakke {tracking} er åpen ved {bench} av {name}: den kan ikke behandles ved to benker</translation>
        </message>
        <message>
            <source>Parcel {tracking} is open at {bench}: it cannot be worked at two benches</source>
            <translation>Pakke {tracking} er åpen ved {bench}: den kan ikke behandles ved to benker</translation>
        </message>
        <message>
            <source>Parcel {tracking} reopened: {reason}</source>
            <translation>Pakke {tracking} åpnet igjen: {reason}</translation>
        </message>
        <message>
            <source>Parcel {tracking} was already received and closed ({when}): a lead can reopen it</source>
            <translation>Pakke {tracking} er allerede mottatt og lukket ({when}): en skiftleder kan åpne den igjen</translation>
        </message>
        <message>
            <source>Parcel {tracking} weighs {weight}, {difference} heavier than the expected {expected} (tolerance {tolerance})</source>
            <translation>Pakke {tracking} veier {weight}, {difference} tyngre enn forventet {expected} (toleranse {tolerance})</translation>
        </message>
        <message>
            <source>Parcel {tracking} weighs {weight}, {difference} lighter than the expected {expected} (tolerance {tolerance})</source>
            <translation>Pakke {tracking} veier {weight}, {difference} lettere enn forventet {expected} (toleranse {tolerance})</translation>
        </message>
        <message>
            <source>RMA {number} is not known</source>
            <translation>RMA {number} er ukjent</translation>
        </message>
        <message>
            <source>RMA {number} is not known here: check the import of expected returns, or scan the carrier label</source>
            <translation>RMA {number} er ukjent her: sjekk importen av forventede returer, eller skann fraktetiketten</translation>
        </message>
        <message>
            <source>The decision changed: {decision} Enter confirms.</source>
            <translation>Beslutningen endret seg: {decision} Enter bekrefter.</translation>
        </message>
        <message>
            <source>an unknown code</source>
            <translation>en ukjent kode</translation>
        </message>
        <message>
            <source>another bench</source>
            <translation>en annen benk</translation>
        </message>
        <message>
            <source>closed without a weight</source>
            <translation>lukket uten vekt</translation>
        </message>
        <message>
            <source>earlier</source>
            <translation>tidligere</translation>
        </message>
        <message>
            <source>grade {grade} ({label}) needs a photo: take one, then grade</source>
            <translation>grad {grade} ({label}) krever et bilde: ta et, og vurder så</translation>
        </message>
        <message>
            <source>no refund</source>
            <translation>ingen refusjon</translation>
        </message>
        <message>
            <source>not every item is confirmed: {lpns}. Confirm (Enter) or cancel each one first</source>
            <translation>ikke alle varer er bekreftet: {lpns}. Bekreft (Enter) eller avbryt hver av dem først</translation>
        </message>
        <message>
            <source>not on the {category} checklist: {keys}</source>
            <translation>ikke på sjekklisten for {category}: {keys}</translation>
        </message>
        <message>
            <source>parcel {id} does not exist</source>
            <translation>pakke {id} finnes ikke</translation>
        </message>
        <message>
            <source>parcel {tracking} is not closed</source>
            <translation>pakke {tracking} er ikke lukket</translation>
        </message>
        <message>
            <source>parcel {tracking} is not open: scan it first</source>
            <translation>pakke {tracking} er ikke åpen: skann den først</translation>
        </message>
        <message>
            <source>parcel {tracking} is open at another bench</source>
            <translation>pakke {tracking} er åpen ved en annen benk</translation>
        </message>
        <message>
            <source>say why the parcel is reopened</source>
            <translation>si hvorfor pakken åpnes igjen</translation>
        </message>
        <message>
            <source>say why the unit is cancelled</source>
            <translation>si hvorfor enheten avbrytes</translation>
        </message>
        <message>
            <source>serial {serial} was already received as {lpn}</source>
            <translation>serienummer {serial} er allerede mottatt som {lpn}</translation>
        </message>
        <message>
            <source>serial {serial} was not shipped on {rma} line {line} (shipped: {shipped})</source>
            <translation>serienummer {serial} ble ikke sendt på {rma} linje {line} (sendt: {shipped})</translation>
        </message>
        <message>
            <source>station {id} is not set up in this database</source>
            <translation>stasjon {id} er ikke satt opp i denne databasen</translation>
        </message>
        <message>
            <source>that is not a serial number: scan the serial barcode on the item or its box</source>
            <translation>det er ikke et serienummer: skann serienummerstrekkoden på varen eller esken</translation>
        </message>
        <message>
            <source>the RMA</source>
            <translation>RMA-en</translation>
        </message>
        <message>
            <source>unit {id} does not exist</source>
            <translation>enhet {id} finnes ikke</translation>
        </message>
        <message>
            <source>unknown carrier</source>
            <translation>ukjent transportør</translation>
        </message>
        <message>
            <source>unknown category</source>
            <translation>ukjent kategori</translation>
        </message>
        <message>
            <source>you are not signed in as an active operator: scan your badge</source>
            <translation>du er ikke logget inn som aktiv operatør: skann kortet ditt</translation>
        </message>
        <message>
            <source>{code} ({kind})</source>
            <translation>{code} ({kind})</translation>
        </message>
        <message>
            <source>{code} is not a parcel: scan the carrier label or the RMA barcode</source>
            <translation>{code} er ikke en pakke: skann fraktetiketten eller RMA-strekkoden</translation>
        </message>
        <message>
            <source>{code} is not an item barcode: scan the product's EAN/UPC or GS1 code</source>
            <translation>{code} er ikke en varestrekkode: skann produktets EAN/UPC- eller GS1-kode</translation>
        </message>
        <message>
            <source>{code} looks like a {kind} number but its check digit does not hold: scan it again, or type it from the label</source>
            <translation>{code} ser ut som et {kind}-nummer, men kontrollsifferet stemmer ikke: skann igjen, eller skriv det inn fra etiketten</translation>
        </message>
        <message>
            <source>{code}: the check digit does not hold; scan the item again</source>
            <translation>{code}: kontrollsifferet stemmer ikke; skann varen igjen</translation>
        </message>
        <message>
            <source>{decision} Enter confirms, Esc steps back.</source>
            <translation>{decision} Enter bekrefter, Esc går tilbake.</translation>
        </message>
        <message>
            <source>{lpn} cancelled: {reason}</source>
            <translation>{lpn} avbrutt: {reason}</translation>
        </message>
        <message>
            <source>{lpn} confirmed: {disposition}, {amount}. Label printing.</source>
            <translation>{lpn} bekreftet: {disposition}, {amount}. Etiketten skrives ut.</translation>
        </message>
        <message>
            <source>{lpn} held for a lead: {decision}</source>
            <translation>{lpn} holdt tilbake for en skiftleder: {decision}</translation>
        </message>
        <message>
            <source>{lpn} is already {status}</source>
            <translation>{lpn} er allerede {status}</translation>
        </message>
        <message>
            <source>{lpn} is not graded yet: press 1-5 to grade it</source>
            <translation>{lpn} er ikke vurdert ennå: trykk 1-5 for å vurdere</translation>
        </message>
        <message>
            <source>{lpn} {name}: grade it (1-5)</source>
            <translation>{lpn} {name}: vurder (1-5)</translation>
        </message>
        <message>
            <source>{lpn} {name}: scan the serial number</source>
            <translation>{lpn} {name}: skann serienummeret</translation>
        </message>
        <message>
            <source>{lpn} {name}: {problems}</source>
            <translation>{lpn} {name}: {problems}</translation>
        </message>
        <message>
            <source>{lpn}: answer the checklist first: {questions}</source>
            <translation>{lpn}: svar på sjekklisten først: {questions}</translation>
        </message>
        <message>
            <source>{lpn}: grade it again (1-5)</source>
            <translation>{lpn}: vurder på nytt (1-5)</translation>
        </message>
        <message>
            <source>{lpn}: item {gtin} is not on {rma}</source>
            <translation>{lpn}: vare {gtin} er ikke på {rma}</translation>
        </message>
        <message>
            <source>{lpn}: one more {sku} than the RMA expects</source>
            <translation>{lpn}: én {sku} mer enn RMA-en venter</translation>
        </message>
        <message>
            <source>{lpn}: scan the serial number before grading</source>
            <translation>{lpn}: skann serienummeret før du vurderer</translation>
        </message>
        <message>
            <source>{lpn}: serial {serial} matches the shipment</source>
            <translation>{lpn}: serienummer {serial} stemmer med sendingen</translation>
        </message>
        <message>
            <source>{lpn}: {decision}</source>
            <translation>{lpn}: {decision}</translation>
        </message>
        <message>
            <source>{lpn}: {problem}</source>
            <translation>{lpn}: {problem}</translation>
        </message>
        <message>
            <source>{lpn}: {sku} ({category}) is not returnable</source>
            <translation>{lpn}: {sku} ({category}) kan ikke returneres</translation>
        </message>
        <message numerus="yes">
            <source>{n} line(s) may still come in {parcels}</source>
            <translation>
                <numerusform>{n} linje kan fortsatt komme i {parcels}</numerusform>
                <numerusform>{n} linjer kan fortsatt komme i {parcels}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rma} for {customer}: {n} item(s) expected</source>
            <translation>
                <numerusform>{rma} for {customer}: {n} vare forventet</numerusform>
                <numerusform>{rma} for {customer}: {n} varer forventet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rma}: {n} item(s) never arrived: {items}</source>
            <translation>
                <numerusform>{rma}: {n} vare kom aldri: {items}</numerusform>
                <numerusform>{rma}: {n} varer kom aldri: {items}</numerusform>
            </translation>
        </message>
        <message>
            <source>{rma}: {window}</source>
            <translation>{rma}: {window}</translation>
        </message>
        <message>
            <source>{rma}: {window}. Receive the items; the refund is held.</source>
            <translation>{rma}: {window}. Ta imot varene; refusjonen holdes tilbake.</translation>
        </message>
        <message>
            <source>{summary}: the refund is held for a lead</source>
            <translation>{summary}: refusjonen holdes tilbake for en skiftleder</translation>
        </message>
        <message>
            <source>{weight} is not a parcel weight: put the parcel on the scale and wait for a stable reading</source>
            <translation>{weight} er ikke en pakkevekt: legg pakken på vekten og vent på en stabil avlesning</translation>
        </message>
        <message>
            <source>{weight} recorded (no expected weight to compare with)</source>
            <translation>{weight} registrert (ingen forventet vekt å sammenligne med)</translation>
        </message>
        <message>
            <source>{weight}: within {tolerance} of the expected {expected}</source>
            <translation>{weight}: innenfor {tolerance} av forventet {expected}</translation>
        </message>
    </context>
</TS>
