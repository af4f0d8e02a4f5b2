<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>bench</name>
        <message>
            <source>Answer with Y or N</source>
            <translation>Antwoord met Y of N</translation>
        </message>
        <message>
            <source>Answer with Y or N  ·  Esc steps back</source>
            <translation>Antwoord met Y of N  ·  Esc gaat terug</translation>
        </message>
        <message>
            <source>Enter confirms and prints the label</source>
            <translation>Enter bevestigt en print het etiket</translation>
        </message>
        <message>
            <source>Enter confirms and prints the label  ·  Esc steps back</source>
            <translation>Enter bevestigt en print het etiket  ·  Esc gaat terug</translation>
        </message>
        <message>
            <source>Every expected item is in: F9 closes the parcel (or scan an extra item, or the next parcel)</source>
            <translation>Alle verwachte artikelen zijn binnen: F9 sluit het pakket (of scan een extra artikel, of het volgende pakket)</translation>
        </message>
        <message>
            <source>Grade it: 1–5</source>
            <translation>Beoordeel: 1–5</translation>
        </message>
        <message>
            <source>Grade it: 1–5  ·  Esc steps back</source>
            <translation>Beoordeel: 1–5  ·  Esc gaat terug</translation>
        </message>
        <message>
            <source>Grade {grade} ({label}) needs a photo: press P</source>
            <translation>Graad {grade} ({label}) vraagt een foto: druk op P</translation>
        </message>
        <message>
            <source>No parcel is open: scan the parcel's carrier label or RMA barcode first</source>
            <translation>Er is geen pakket open: scan eerst het vervoerderslabel of de RMA-barcode van het pakket</translation>
        </message>
        <message>
            <source>Put the parcel on the scale, then scan an item  ·  F9 closes the parcel</source>
            <translation>Leg het pakket op de weegschaal en scan dan een artikel  ·  F9 sluit het pakket</translation>
        </message>
        <message>
            <source>Scan the item's serial number</source>
            <translation>Scan het serienummer van het artikel</translation>
        </message>
        <message>
            <source>Scan the next item  ·  F9 closes the parcel</source>
            <translation>Scan het volgende artikel  ·  F9 sluit het pakket</translation>
        </message>
        <message>
            <source>Scan the parcel's carrier label or RMA barcode</source>
            <translation>Scan het vervoerderslabel of de RMA-barcode van het pakket</translation>
        </message>
        <message>
            <source>Scan your badge, or choose your name and type your PIN</source>
            <translation>Scan je badge, of kies je naam en typ je pincode</translation>
        </message>
        <message>
            <source>Sign in first: scan your badge, or choose your name and type your PIN</source>
            <translation>Meld je eerst aan: scan je badge, of kies je naam en typ je pincode</translation>
        </message>
        <message>
            <source>Take a photo: P</source>
            <translation>Maak een foto: P</translation>
        </message>
        <message>
            <source>Take a photo: P  ·  Esc chooses another grade</source>
            <translation>Maak een foto: P  ·  Esc kiest een andere graad</translation>
        </message>
        <message>
            <source>The database did not answer ({reason}). Nothing was saved: scan or press the key again in a moment; call IT if it keeps happening</source>
            <translation>De database antwoordde niet ({reason}). Er is niets opgeslagen: scan of druk zo meteen opnieuw op de toets; bel IT als het blijft gebeuren</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Welkom, {name}</translation>
        </message>
        <message>
            <source>again: {question}</source>
            <translation>opnieuw: {question}</translation>
        </message>
        <message>
            <source>already graded: Esc to grade again, Enter to confirm</source>
            <translation>al beoordeeld: Esc om opnieuw te beoordelen, Enter om te bevestigen</translation>
        </message>
        <message>
            <source>answer first: {question} (Y/N)</source>
            <translation>eerst antwoorden: {question} (Y/N)</translation>
        </message>
        <message>
            <source>badge {badge} is not known here: ask your shift lead</source>
            <translation>badge {badge} is hier onbekend: vraag het je teamleider</translation>
        </message>
        <message>
            <source>cancelled at the bench</source>
            <translation>geannuleerd aan de werkplek</translation>
        </message>
        <message>
            <source>choose the grade again (1–5)</source>
            <translation>kies de graad opnieuw (1–5)</translation>
        </message>
        <message>
            <source>command {command} is not used at the bench</source>
            <translation>opdracht {command} wordt aan de werkplek niet gebruikt</translation>
        </message>
        <message>
            <source>finish {lpn} first (Enter confirms, Esc steps back)</source>
            <translation>maak eerst {lpn} af (Enter bevestigt, Esc gaat terug)</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>no item to cancel</source>
            <translation>geen artikel om te annuleren</translation>
        </message>
        <message>
            <source>no parcel is open</source>
            <translation>er is geen pakket open</translation>
        </message>
        <message>
            <source>nothing to answer now: {prompt}</source>
            <translation>nu niets te beantwoorden: {prompt}</translation>
        </message>
        <message>
            <source>nothing to confirm yet: {prompt}</source>
            <translation>nog niets te bevestigen: {prompt}</translation>
        </message>
        <message>
            <source>nothing to step back from</source>
            <translation>niets om naar terug te gaan</translation>
        </message>
        <message>
            <source>photo {count} taken</source>
            <translation>foto {count} gemaakt</translation>
        </message>
        <message>
            <source>put the parcel on the scale and wait for a stable weight</source>
            <translation>leg het pakket op de weegschaal en wacht op een stabiel gewicht</translation>
        </message>
        <message>
            <source>reprints are made on the Labels screen, with a reason (supervisors)</source>
            <translation>herdrukken gebeuren op het scherm Etiketten, met een reden (supervisors)</translation>
        </message>
        <message>
            <source>scan an item before grading</source>
            <translation>scan een artikel voordat je beoordeelt</translation>
        </message>
        <message>
            <source>scan an item before taking its photo</source>
            <translation>scan een artikel voordat je er een foto van maakt</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>afgemeld</translation>
        </message>
        <message>
            <source>signed out by command barcode</source>
            <translation>afgemeld met opdrachtbarcode</translation>
        </message>
        <message>
            <source>stepped back at the bench</source>
            <translation>teruggegaan aan de werkplek</translation>
        </message>
        <message>
            <source>taking a photo</source>
            <translation>foto wordt gemaakt</translation>
        </message>
        <message>
            <source>the station does not speak {language}</source>
            <translation>het station spreekt geen {language}</translation>
        </message>
        <message>
            <source>the {key} key does nothing here: {prompt}</source>
            <translation>de toets {key} doet hier niets: {prompt}</translation>
        </message>
        <message>
            <source>this parcel is open already</source>
            <translation>dit pakket is al open</translation>
        </message>
        <message>
            <source>unknown input {kind}</source>
            <translation>onbekende invoer {kind}</translation>
        </message>
        <message>
            <source>wrong PIN for {name}: try again</source>
            <translation>verkeerde pincode voor {name}: probeer opnieuw</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{lpn} is not finished: {step} (Esc steps back)</source>
            <translation>{lpn} is niet klaar: {step} (Esc gaat terug)</translation>
        </message>
        <message>
            <source>{lpn}: scan its serial number first</source>
            <translation>{lpn}: scan eerst het serienummer</translation>
        </message>
        <message>
            <source>{name} is grading {lpn}: confirm or step back (Esc) first, then sign in</source>
            <translation>{name} beoordeelt {lpn}: bevestig of ga eerst terug (Esc), meld je dan aan</translation>
        </message>
        <message>
            <source>{name} signed out ({why})</source>
            <translation>{name} afgemeld ({why})</translation>
        </message>
        <message>
            <source>{question}  Y / N  ·  Esc steps back</source>
            <translation>{question}  Y / N  ·  Esc gaat terug</translation>
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
            <translation>{value} is geen gewicht</translation>
        </message>
        <message>
            <source>{weight} on the scale</source>
            <translation>{weight} op de weegschaal</translation>
        </message>
    </context>
    <context>
        <name>bench_view</name>
        <message>
            <source>(photo)</source>
            <translation>(foto)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>BLIND RETURN</source>
            <translation>RETOUR ZONDER RMA</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Werkplek</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslissing</translation>
        </message>
        <message>
            <source>Enter ⏎ confirms · Esc steps back</source>
            <translation>Enter ⏎ bevestigt · Esc gaat terug</translation>
        </message>
        <message>
            <source>Exp.</source>
            <translation>Verw.</translation>
        </message>
        <message>
            <source>Expected lines</source>
            <translation>Verwachte regels</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Binnen</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation>Laatste resultaat</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Over</translation>
        </message>
        <message>
            <source>No parcel open</source>
            <translation>Geen pakket open</translation>
        </message>
        <message>
            <source>OVERLOAD</source>
            <translation>OVERBELAST</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Pakket</translation>
        </message>
        <message>
            <source>Parcel {tracking} ({carrier})
No RMA: receive the items, a lead finds the customer.</source>
            <translation>Pakket {tracking} ({carrier})
Geen RMA: ontvang de artikelen, een teamleider zoekt de klant.</translation>
        </message>
        <message>
            <source>REFUND HELD: a lead decides</source>
            <translation>TERUGBETALING GEBLOKKEERD: een teamleider beslist</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikelnr.</translation>
        </message>
        <message>
            <source>STABLE</source>
            <translation>STABIEL</translation>
        </message>
        <message>
            <source>Scan an item out of the parcel.</source>
            <translation>Scan een artikel uit het pakket.</translation>
        </message>
        <message>
            <source>Scan the carrier label or the RMA barcode.</source>
            <translation>Scan het vervoerderslabel of de RMA-barcode.</translation>
        </message>
        <message>
            <source>UNDERLOAD</source>
            <translation>ONDERBELAST</translation>
        </message>
        <message>
            <source>WEIGHT MISMATCH: refund held</source>
            <translation>GEWICHTSAFWIJKING: terugbetaling geblokkeerd</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Weight on the scale</source>
            <translation>Gewicht op de weegschaal</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>Wat nu te doen</translation>
        </message>
        <message>
            <source>carrier unknown</source>
            <translation>vervoerder onbekend</translation>
        </message>
        <message>
            <source>expected {expected}
measured {measured}</source>
            <translation>verwacht {expected}
gemeten {measured}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>regel {line}</translation>
        </message>
        <message>
            <source>moving…</source>
            <translation>beweegt…</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>no reading</source>
            <translation>geen meting</translation>
        </message>
        <message>
            <source>not on the RMA</source>
            <translation>niet op de RMA</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>nog niet</translation>
        </message>
        <message>
            <source>refund {amount}</source>
            <translation>terugbetaling {amount}</translation>
        </message>
        <message>
            <source>restocking fee {amount}</source>
            <translation>verwerkingskosten {amount}</translation>
        </message>
        <message>
            <source>rule {rule}  (why: see the message above)</source>
            <translation>regel {rule}  (waarom: zie het bericht hierboven)</translation>
        </message>
        <message>
            <source>serial {serial}</source>
            <translation>serienummer {serial}</translation>
        </message>
        <message>
            <source>serial: scan it</source>
            <translation>serienummer: scan het</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>unknown SKU</source>
            <translation>onbekend artikelnr.</translation>
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
{market} · {channel} · order {order}
gekocht {bought} · wil {wants}
pakket {tracking}</translation>
        </message>
        <message numerus="yes">
            <source>{n} photo(s) taken</source>
            <translation>
                <numerusform>{n} foto gemaakt</numerusform>
                <numerusform>{n} foto's gemaakt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>events</name>
        <message>
            <source>event {id} is {state}: only refused or waiting events can be resolved by hand</source>
            <translation>gebeurtenis {id} is {state}: alleen geweigerde of wachtende gebeurtenissen kunnen met de hand worden afgehandeld</translation>
        </message>
        <message>
            <source>event {id} is {state}: only refused or waiting events can be retried</source>
            <translation>gebeurtenis {id} is {state}: alleen geweigerde of wachtende gebeurtenissen kunnen opnieuw worden verzonden</translation>
        </message>
        <message>
            <source>say why the event is resolved by hand (a note is required)</source>
            <translation>zeg waarom de gebeurtenis met de hand wordt afgehandeld (een notitie is verplicht)</translation>
        </message>
        <message>
            <source>there is no upstream event {id}</source>
            <translation>er is geen webshopgebeurtenis {id}</translation>
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>&amp;Pincode</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Medewerkers</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <source>Receiving Station · {station}</source>
            <translation>Retourontvangst · {station}</translation>
        </message>
        <message>
            <source>Scan your badge</source>
            <translation>Scan je badge</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Aanmelden</translation>
        </message>
        <message>
            <source>The window speaks this language; it is kept for you when you sign in</source>
            <translation>Het venster spreekt deze taal; die wordt voor je bewaard als je je aanmeldt</translation>
        </message>
        <message>
            <source>choose your name first</source>
            <translation>kies eerst je naam</translation>
        </message>
        <message>
            <source>type your PIN</source>
            <translation>typ je pincode</translation>
        </message>
        <message>
            <source>… or choose your name, type your PIN and press Enter</source>
            <translation>… of kies je naam, typ je pincode en druk op Enter</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>&amp;Bench</source>
            <translation>Werk&amp;bank</translation>
        </message>
        <message>
            <source>&amp;Exceptions</source>
            <translation>&amp;Uitzonderingen</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>&amp;Etiketten</translation>
        </message>
        <message>
            <source>&amp;Upstream</source>
            <translation>&amp;Webshop</translation>
        </message>
        <message>
            <source>DEMO  ·  sign in: badge B-1001 or PIN 1234  ·  F5 scan the next demo parcel  ·  F6 put it on the scale  ·  F7 scan its next item  ·  F8 take it off the scale</source>
            <translation>DEMO  ·  aanmelden: badge B-1001 of pincode 1234  ·  F5 scan het volgende demopakket  ·  F6 leg het op de weegschaal  ·  F7 scan het volgende artikel  ·  F8 haal het van de weegschaal</translation>
        </message>
        <message>
            <source>Demo shop (a sandbox of the shop's system): {refunds} refund(s), {exchanges} exchange release(s) and {messages} customer message(s) received</source>
            <translation>Demowinkel (een sandbox van het winkelsysteem): {refunds} terugbetaling(en), {exchanges} ruil(en) vrijgegeven en {messages} klantbericht(en) ontvangen</translation>
        </message>
        <message>
            <source>F&amp;igures</source>
            <translation>&amp;Cijfers</translation>
        </message>
        <message>
            <source>FAULT</source>
            <translation>STORING</translation>
        </message>
        <message>
            <source>Receiving Station · {station}</source>
            <translation>Retourontvangst · {station}</translation>
        </message>
        <message>
            <source>Station {station}</source>
            <translation>Station {station}</translation>
        </message>
        <message>
            <source>The database answers again: carry on (what was confirmed is saved).</source>
            <translation>De database antwoordt weer: ga verder (wat bevestigd is, is opgeslagen).</translation>
        </message>
        <message>
            <source>The database does not answer ({problem}). Everything confirmed so far is saved; nothing new can be saved until it is back. It reconnects by itself: wait, or call IT.</source>
            <translation>De database antwoordt niet ({problem}). Alles wat tot nu toe bevestigd is, is opgeslagen; niets nieuws kan worden opgeslagen tot hij terug is. Hij maakt zelf opnieuw verbinding: wacht, of bel IT.</translation>
        </message>
        <message>
            <source>all sent</source>
            <translation>alles verzonden</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>verbinden</translation>
        </message>
        <message>
            <source>database</source>
            <translation>database</translation>
        </message>
        <message numerus="yes">
            <source>demo return {number} of {count}: {name}, {description}  ({n} item(s) for F7)</source>
            <translation>
                <numerusform>demoretour {number} van {count}: {name}, {description}  ({n} artikel voor F7)</numerusform>
                <numerusform>demoretour {number} van {count}: {name}, {description}  ({n} artikelen voor F7)</numerusform>
            </translation>
        </message>
        <message>
            <source>demo shop</source>
            <translation>demowinkel</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>niet verbonden</translation>
        </message>
        <message>
            <source>faulted</source>
            <translation>storing</translation>
        </message>
        <message>
            <source>last problem: {detail}</source>
            <translation>laatste probleem: {detail}</translation>
        </message>
        <message>
            <source>no more demo items in this parcel: F9 closes it, F5 scans the next</source>
            <translation>geen demoartikelen meer in dit pakket: F9 sluit het, F5 scant het volgende</translation>
        </message>
        <message>
            <source>not sending from this bench</source>
            <translation>verzendt niet vanaf deze werkplek</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>operator</source>
            <translation>medewerker</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>printer</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>weegschaal</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>scanner</translation>
        </message>
        <message>
            <source>sending to {url}</source>
            <translation>verzendt naar {url}</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>afgemeld</translation>
        </message>
        <message>
            <source>starting</source>
            <translation>starten</translation>
        </message>
        <message>
            <source>station</source>
            <translation>station</translation>
        </message>
        <message>
            <source>the database answers</source>
            <translation>de database antwoordt</translation>
        </message>
        <message>
            <source>upstream</source>
            <translation>webshop</translation>
        </message>
        <message>
            <source>upstream: database unreachable</source>
            <translation>webshop: database onbereikbaar</translation>
        </message>
        <message>
            <source>upstream: {state}</source>
            <translation>webshop: {state}</translation>
        </message>
        <message>
            <source>upstream: …</source>
            <translation>webshop: …</translation>
        </message>
        <message numerus="yes">
            <source>{n} demo returns: press F5 for the first</source>
            <translation>
                <numerusform>{n} demoretour: druk op F5 voor de eerste</numerusform>
                <numerusform>{n} demoretouren: druk op F5 voor de eerste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} failing</source>
            <translation>
                <numerusform>{n} mislukt</numerusform>
                <numerusform>{n} mislukken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} refused</source>
            <translation>
                <numerusform>{n} geweigerd</numerusform>
                <numerusform>{n} geweigerd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} to send</source>
            <translation>
                <numerusform>{n} te verzenden</numerusform>
                <numerusform>{n} te verzenden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <source>A parcel without an RMA: a lead finds the customer first</source>
            <translation>Een pakket zonder RMA: een teamleider zoekt eerst de klant</translation>
        </message>
        <message>
            <source>Accessories complete?</source>
            <translation>Accessoires compleet?</translation>
        </message>
        <message>
            <source>All parts present?</source>
            <translation>Alle onderdelen aanwezig?</translation>
        </message>
        <message>
            <source>Assembled or used?</source>
            <translation>In elkaar gezet of gebruikt?</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Beschadigd</translation>
        </message>
        <message>
            <source>Damaged by the customer, low value: liquidate, half refund</source>
            <translation>Beschadigd door de klant, lage waarde: opruimen, halve terugbetaling</translation>
        </message>
        <message>
            <source>Damaged by the customer: a lead decides the refund</source>
            <translation>Beschadigd door de klant: een teamleider beslist over de terugbetaling</translation>
        </message>
        <message>
            <source>Defective / unsalvageable</source>
            <translation>Defect / niet te redden</translation>
        </message>
        <message>
            <source>Electronics that do not power on and the customer said defective: repair, full refund</source>
            <translation>Elektronica die niet aangaat en de klant meldde defect: repareren, volledige terugbetaling</translation>
        </message>
        <message>
            <source>Everything there?</source>
            <translation>Alles aanwezig?</translation>
        </message>
        <message>
            <source>Factory reset, no user data?</source>
            <translation>Fabrieksinstellingen, geen gebruikersgegevens?</translation>
        </message>
        <message>
            <source>Good / used</source>
            <translation>Goed / gebruikt</translation>
        </message>
        <message>
            <source>Good but used: refurbish, refund less a 10 % restocking fee</source>
            <translation>Goed maar gebruikt: opknappen, terugbetaling min 10 % verwerkingskosten</translation>
        </message>
        <message>
            <source>Grade {grade} {category}</source>
            <translation>Graad {grade} {category}</translation>
        </message>
        <message>
            <source>Grade {grade} {category}: no rule matched, so the unit goes to quarantine and a shift lead decides (rule no-rule-matched).</source>
            <translation>Graad {grade} {category}: geen regel past, dus het artikel gaat in quarantaine en een teamleider beslist (regel no-rule-matched).</translation>
        </message>
        <message>
            <source>Like new</source>
            <translation>Zo goed als nieuw</translation>
        </message>
        <message>
            <source>Like new apparel without its tags: refurbish (re-tag), full refund</source>
            <translation>Kleding zo goed als nieuw zonder labels: opknappen (nieuw label), volledige terugbetaling</translation>
        </message>
        <message>
            <source>Like new: back to stock, full refund</source>
            <translation>Zo goed als nieuw: terug naar voorraad, volledige terugbetaling</translation>
        </message>
        <message>
            <source>More items than the RMA announced</source>
            <translation>Meer artikelen dan de RMA aankondigde</translation>
        </message>
        <message>
            <source>New / unopened</source>
            <translation>Nieuw / ongeopend</translation>
        </message>
        <message>
            <source>New and unopened: back to stock, full refund</source>
            <translation>Nieuw en ongeopend: terug naar voorraad, volledige terugbetaling</translation>
        </message>
        <message>
            <source>Original box?</source>
            <translation>Originele doos?</translation>
        </message>
        <message>
            <source>Original packaging?</source>
            <translation>Originele verpakking?</translation>
        </message>
        <message>
            <source>Powers on?</source>
            <translation>Gaat het aan?</translation>
        </message>
        <message>
            <source>Returned after the return window closed</source>
            <translation>Teruggestuurd nadat de retourtermijn verlopen was</translation>
        </message>
        <message>
            <source>Screen and casing undamaged?</source>
            <translation>Scherm en behuizing onbeschadigd?</translation>
        </message>
        <message>
            <source>Serial label intact?</source>
            <translation>Serienummerlabel intact?</translation>
        </message>
        <message>
            <source>Soles clean?</source>
            <translation>Zolen schoon?</translation>
        </message>
        <message>
            <source>Stains or odour?</source>
            <translation>Vlekken of geur?</translation>
        </message>
        <message>
            <source>Tags attached?</source>
            <translation>Labels er nog aan?</translation>
        </message>
        <message>
            <source>The category cannot be returned</source>
            <translation>Deze categorie kan niet geretourneerd worden</translation>
        </message>
        <message>
            <source>The customer reported the fault: it is ours to bear, full refund</source>
            <translation>De klant meldde het defect: dat is voor onze rekening, volledige terugbetaling</translation>
        </message>
        <message>
            <source>The item is not one the customer bought</source>
            <translation>Het artikel is niet een dat de klant kocht</translation>
        </message>
        <message>
            <source>The parcel weighs far from what its items should</source>
            <translation>Het pakket weegt ver af van wat de artikelen zouden moeten wegen</translation>
        </message>
        <message>
            <source>The serial number is not the one shipped</source>
            <translation>Het serienummer is niet het verzonden nummer</translation>
        </message>
        <message>
            <source>Unsalvageable and not reported as faulty: a lead decides</source>
            <translation>Niet te redden en niet als defect gemeld: een teamleider beslist</translation>
        </message>
        <message>
            <source>Used electronics that do not power on: repair, refund less a 15 % restocking fee</source>
            <translation>Gebruikte elektronica die niet aangaat: repareren, terugbetaling min 15 % verwerkingskosten</translation>
        </message>
        <message>
            <source>Worn or washed?</source>
            <translation>Gedragen of gewassen?</translation>
        </message>
        <message>
            <source>Worn outdoors?</source>
            <translation>Buiten gedragen?</translation>
        </message>
        <message>
            <source>apparel</source>
            <translation>kleding</translation>
        </message>
        <message>
            <source>electronics</source>
            <translation>elektronica</translation>
        </message>
        <message>
            <source>gift card</source>
            <translation>cadeaukaart</translation>
        </message>
        <message>
            <source>home</source>
            <translation>wonen</translation>
        </message>
        <message>
            <source>hygiene</source>
            <translation>hygiëne</translation>
        </message>
        <message>
            <source>no refund</source>
            <translation>geen terugbetaling</translation>
        </message>
        <message>
            <source>perishable</source>
            <translation>bederfelijk</translation>
        </message>
        <message>
            <source>refund held for a shift lead ({why})</source>
            <translation>terugbetaling geblokkeerd voor een teamleider ({why})</translation>
        </message>
        <message>
            <source>refund {refund}</source>
            <translation>terugbetaling {refund}</translation>
        </message>
        <message>
            <source>refund {refund} after a {fee} restocking fee</source>
            <translation>terugbetaling {refund} na {fee} verwerkingskosten</translation>
        </message>
        <message>
            <source>shoes</source>
            <translation>schoenen</translation>
        </message>
        <message>
            <source>underwear</source>
            <translation>ondergoed</translation>
        </message>
        <message>
            <source>unknown category</source>
            <translation>onbekende categorie</translation>
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
            <translation>resultaat van de laatste actie</translation>
        </message>
    </context>
    <context>
        <name>upstream_view</name>
        <message>
            <source>&amp;Retry now (R)</source>
            <translation>&amp;Nu opnieuw verzenden (R)</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Pogingen</translation>
        </message>
        <message>
            <source>Attempts:</source>
            <translation>Pogingen:</translation>
        </message>
        <message>
            <source>Could not read the upstream events: {problem}</source>
            <translation>Kon de webshopgebeurtenissen niet lezen: {problem}</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Gebeurtenis</translation>
        </message>
        <message>
            <source>Event {id} resolved by hand: it will not be sent.</source>
            <translation>Gebeurtenis {id} met de hand afgehandeld: ze wordt niet verzonden.</translation>
        </message>
        <message>
            <source>Event {id} will be sent again now.</source>
            <translation>Gebeurtenis {id} wordt nu opnieuw verzonden.</translation>
        </message>
        <message>
            <source>Event {id}: {kind} for {rma}</source>
            <translation>Gebeurtenis {id}: {kind} voor {rma}</translation>
        </message>
        <message>
            <source>Everything has been sent upstream.</source>
            <translation>Alles is naar de webshop verzonden.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Laatste fout</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Laatste fout: {error}</translation>
        </message>
        <message>
            <source>Next try</source>
            <translation>Volgende poging</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Vernieuwen (Ctrl+R)</translation>
        </message>
        <message>
            <source>Resolve by &amp;hand… (H)</source>
            <translation>Met de &amp;hand afhandelen… (H)</translation>
        </message>
        <message>
            <source>Resolve by hand</source>
            <translation>Met de hand afhandelen</translation>
        </message>
        <message>
            <source>Resolved by hand: {note}</source>
            <translation>Met de hand afgehandeld: {note}</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <source>State: {state}, {n} attempt(s)</source>
            <translation>
                <numerusform>Status: {state}, {n} poging</numerusform>
                <numerusform>Status: {state}, {n} pogingen</numerusform>
            </translation>
        </message>
        <message>
            <source>Upstream events</source>
            <translation>Webshopgebeurtenissen</translation>
        </message>
        <message>
            <source>What is sent:</source>
            <translation>Wat wordt verzonden:</translation>
        </message>
        <message>
            <source>Why is this event resolved by hand? (e.g. refunded in the shop's admin)</source>
            <translation>Waarom wordt deze gebeurtenis met de hand afgehandeld? (bijv. terugbetaald in het beheer van de webshop)</translation>
        </message>
        <message>
            <source>event detail and attempts</source>
            <translation>details en pogingen van de gebeurtenis</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>nog geen</translation>
        </message>
        <message>
            <source>upstream events</source>
            <translation>webshopgebeurtenissen</translation>
        </message>
        <message>
            <source>upstream's reference {reference}</source>
            <translation>referentie van de webshop {reference}</translation>
        </message>
        <message>
            <source>{waiting} waiting to be sent ({failing} failing), {refused} refused by upstream</source>
            <translation>{waiting} wachten op verzending ({failing} mislukken), {refused} geweigerd door de webshop</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <source>return window {days} days (no purchase or delivery date)</source>
            <translation>retourtermijn {days} dagen (geen aankoop- of leverdatum)</translation>
        </message>
        <message numerus="yes">
            <source>{n} days since delivery: OUTSIDE the {days}-day window</source>
            <translation>
                <numerusform>{n} dag sinds levering: BUITEN de termijn van {days} dagen</numerusform>
                <numerusform>{n} dagen sinds levering: BUITEN de termijn van {days} dagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since delivery: inside the {days}-day window</source>
            <translation>
                <numerusform>{n} dag sinds levering: binnen de termijn van {days} dagen</numerusform>
                <numerusform>{n} dagen sinds levering: binnen de termijn van {days} dagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since purchase: OUTSIDE the {days}-day window</source>
            <translation>
                <numerusform>{n} dag sinds aankoop: BUITEN de termijn van {days} dagen</numerusform>
                <numerusform>{n} dagen sinds aankoop: BUITEN de termijn van {days} dagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since purchase: inside the {days}-day window</source>
            <translation>
                <numerusform>{n} dag sinds aankoop: binnen de termijn van {days} dagen</numerusform>
                <numerusform>{n} dagen sinds aankoop: binnen de termijn van {days} dagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>blind return</source>
            <translation>retour zonder RMA</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <source>claimed</source>
            <translation>opgepakt</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>gesloten</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bevestigd</translation>
        </message>
        <message>
            <source>customer message</source>
            <translation>klantbericht</translation>
        </message>
        <message>
            <source>damaged in transit</source>
            <translation>beschadigd tijdens transport</translation>
        </message>
        <message>
            <source>device fault</source>
            <translation>apparaatstoring</translation>
        </message>
        <message>
            <source>discard</source>
            <translation>afvoeren</translation>
        </message>
        <message>
            <source>donate</source>
            <translation>doneren</translation>
        </message>
        <message>
            <source>exchange</source>
            <translation>ruil</translation>
        </message>
        <message>
            <source>exchange release</source>
            <translation>ruil vrijgeven</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>verwacht</translation>
        </message>
        <message>
            <source>graded</source>
            <translation>beoordeeld</translation>
        </message>
        <message>
            <source>held</source>
            <translation>geblokkeerd</translation>
        </message>
        <message>
            <source>liquidate</source>
            <translation>opruimen</translation>
        </message>
        <message>
            <source>missing item</source>
            <translation>ontbrekend artikel</translation>
        </message>
        <message>
            <source>non-returnable</source>
            <translation>niet retourneerbaar</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>outside the return window</source>
            <translation>buiten de retourtermijn</translation>
        </message>
        <message>
            <source>portal</source>
            <translation>portaal</translation>
        </message>
        <message>
            <source>post</source>
            <translation>post</translation>
        </message>
        <message>
            <source>quarantine</source>
            <translation>quarantaine</translation>
        </message>
        <message>
            <source>received</source>
            <translation>ontvangen</translation>
        </message>
        <message>
            <source>recycle</source>
            <translation>recyclen</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>terugbetaling</translation>
        </message>
        <message>
            <source>refurbish</source>
            <translation>opknappen</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>geweigerd</translation>
        </message>
        <message>
            <source>refused by the shop</source>
            <translation>geweigerd door de webshop</translation>
        </message>
        <message>
            <source>repair</source>
            <translation>repareren</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>opgelost</translation>
        </message>
        <message>
            <source>restock</source>
            <translation>terug naar voorraad</translation>
        </message>
        <message>
            <source>return to customer</source>
            <translation>terug naar klant</translation>
        </message>
        <message>
            <source>return to vendor</source>
            <translation>terug naar leverancier</translation>
        </message>
        <message>
            <source>review</source>
            <translation>beoordeling</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>wordt verzonden</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>verzonden</translation>
        </message>
        <message>
            <source>serial mismatch</source>
            <translation>afwijkend serienummer</translation>
        </message>
        <message>
            <source>shift lead</source>
            <translation>teamleider</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>medewerker</translation>
        </message>
        <message>
            <source>store</source>
            <translation>winkel</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>tegoedbon</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>unexpected item</source>
            <translation>onverwacht artikel</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>wacht</translation>
        </message>
        <message>
            <source>weight mismatch</source>
            <translation>gewichtsafwijking</translation>
        </message>
        <message>
            <source>wrong item</source>
            <translation>verkeerd artikel</translation>
        </message>
    </context>
    <context>
        <name>workflow</name>
        <message>
            <source>Blind return {tracking}: no RMA found. Receive the items; a lead decides.</source>
            <translation>Retour zonder RMA {tracking}: geen RMA gevonden. Ontvang de artikelen; een teamleider beslist.</translation>
        </message>
        <message>
            <source>Blind return: parcel {tracking} ({carrier}) has no RMA</source>
            <translation>Retour zonder RMA: pakket {tracking} ({carrier}) heeft geen RMA</translation>
        </message>
        <message numerus="yes">
            <source>Parcel {tracking} closed: {n} unit(s)</source>
            <translation>
                <numerusform>Pakket {tracking} gesloten: {n} artikel</numerusform>
                <numerusform>Pakket {tracking} gesloten: {n} artikelen</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcel {tracking} is open at {bench} by {name}: it cannot be worked at two benches</source>
            <translation>Pakket {tracking} is open aan {bench} door {name}: het kan niet aan twee werkplekken tegelijk</translation>
        </message>
        <message>
            <source>Parcel {tracking} is open at {bench}: it cannot be worked at two benches</source>
            <translation>Pakket {tracking} is open aan {bench}: het kan niet aan twee werkplekken tegelijk</translation>
        </message>
        <message>
            <source>Parcel {tracking} reopened: {reason}</source>
            <translation>Pakket {tracking} heropend: {reason}</translation>
        </message>
        <message>
            <source>Parcel {tracking} was already received and closed ({when}): a lead can reopen it</source>
            <translation>Pakket {tracking} is al ontvangen en gesloten ({when}): een teamleider kan het heropenen</translation>
        </message>
        <message>
            <source>Parcel {tracking} weighs {weight}, {difference} heavier than the expected {expected} (tolerance {tolerance})</source>
            <translation>Pakket {tracking} weegt {weight}, {difference} zwaarder dan de verwachte {expected} (tolerantie {tolerance})</translation>
        </message>
        <message>
            <source>Parcel {tracking} weighs {weight}, {difference} lighter than the expected {expected} (tolerance {tolerance})</source>
            <translation>Pakket {tracking} weegt {weight}, {difference} lichter dan de verwachte {expected} (tolerantie {tolerance})</translation>
        </message>
        <message>
            <source>RMA {number} is not known</source>
            <translation>RMA {number} is onbekend</translation>
        </message>
        <message>
            <source>RMA {number} is not known here: check the import of expected returns, or scan the carrier label</source>
            <translation>RMA {number} is hier onbekend: controleer de import van verwachte retouren, of scan het vervoerderslabel</translation>
        </message>
        <message>
            <source>The decision changed: {decision} Enter confirms.</source>
            <translation>De beslissing is veranderd: {decision} Enter bevestigt.</translation>
        </message>
        <message>
            <source>an unknown code</source>
            <translation>een onbekende code</translation>
        </message>
        <message>
            <source>another bench</source>
            <translation>een andere werkplek</translation>
        </message>
        <message>
            <source>closed without a weight</source>
            <translation>gesloten zonder gewicht</translation>
        </message>
        <message>
            <source>earlier</source>
            <translation>eerder</translation>
        </message>
        <message>
            <source>grade {grade} ({label}) needs a photo: take one, then grade</source>
            <translation>graad {grade} ({label}) vraagt een foto: maak er een en beoordeel dan</translation>
        </message>
        <message>
            <source>no refund</source>
            <translation>geen terugbetaling</translation>
        </message>
        <message>
            <source>not every item is confirmed: {lpns}. Confirm (Enter) or cancel each one first</source>
            <translation>niet alle artikelen zijn bevestigd: {lpns}. Bevestig (Enter) of annuleer ze eerst</translation>
        </message>
        <message>
            <source>not on the {category} checklist: {keys}</source>
            <translation>niet op de checklist voor {category}: {keys}</translation>
        </message>
        <message>
            <source>parcel {id} does not exist</source>
            <translation>pakket {id} bestaat niet</translation>
        </message>
        <message>
            <source>parcel {tracking} is not closed</source>
            <translation>pakket {tracking} is niet gesloten</translation>
        </message>
        <message>
            <source>parcel {tracking} is not open: scan it first</source>
            <translation>pakket {tracking} is niet open: scan het eerst</translation>
        </message>
        <message>
            <source>parcel {tracking} is open at another bench</source>
            <translation>pakket {tracking} is open aan een andere werkplek</translation>
        </message>
        <message>
            <source>say why the parcel is reopened</source>
            <translation>zeg waarom het pakket heropend wordt</translation>
        </message>
        <message>
            <source>say why the unit is cancelled</source>
            <translation>zeg waarom het artikel geannuleerd wordt</translation>
        </message>
        <message>
            <source>serial {serial} was already received as {lpn}</source>
            <translation>serienummer {serial} is al ontvangen als {lpn}</translation>
        </message>
        <message>
            <source>serial {serial} was not shipped on {rma} line {line} (shipped: {shipped})</source>
            <translation>serienummer {serial} is niet verzonden op {rma} regel {line} (verzonden: {shipped})</translation>
        </message>
        <message>
            <source>station {id} is not set up in this database</source>
            <translation>station {id} is niet ingericht in deze database</translation>
        </message>
        <message>
            <source>that is not a serial number: scan the serial barcode on the item or its box</source>
            <translation>dat is geen serienummer: scan de serienummerbarcode op het artikel of de doos</translation>
        </message>
        <message>
            <source>the RMA</source>
            <translation>de RMA</translation>
        </message>
        <message>
            <source>unit {id} does not exist</source>
            <translation>artikel {id} bestaat niet</translation>
        </message>
        <message>
            <source>unknown carrier</source>
            <translation>onbekende vervoerder</translation>
        </message>
        <message>
            <source>unknown category</source>
            <translation>onbekende categorie</translation>
        </message>
        <message>
            <source>you are not signed in as an active operator: scan your badge</source>
            <translation>je bent niet aangemeld als actieve medewerker: scan je badge</translation>
        </message>
        <message>
            <source>{code} ({kind})</source>
            <translation>{code} ({kind})</translation>
        </message>
        <message>
            <source>{code} is not a parcel: scan the carrier label or the RMA barcode</source>
            <translation>{code} is geen pakket: scan het vervoerderslabel of de RMA-barcode</translation>
        </message>
        <message>
            <source>{code} is not an item barcode: scan the product's EAN/UPC or GS1 code</source>
            <translation>{code} is geen artikelbarcode: scan de EAN/UPC- of GS1-code van het product</translation>
        </message>
        <message>
            <source>{code} looks like a {kind} number but its check digit does not hold: scan it again, or type it from the label</source>
            <translation>{code} lijkt een {kind}-nummer maar het controlecijfer klopt niet: scan opnieuw, of typ het over van het label</translation>
        </message>
        <message>
            <source>{code}: the check digit does not hold; scan the item again</source>
            <translation>{code}: het controlecijfer klopt niet; scan het artikel opnieuw</translation>
        </message>
        <message>
            <source>{decision} Enter confirms, Esc steps back.</source>
            <translation>{decision} Enter bevestigt, Esc gaat terug.</translation>
        </message>
        <message>
            <source>{lpn} cancelled: {reason}</source>
            <translation>{lpn} geannuleerd: {reason}</translation>
        </message>
        <message>
            <source>{lpn} confirmed: {disposition}, {amount}. Label printing.</source>
            <translation>{lpn} bevestigd: {disposition}, {amount}. Etiket wordt geprint.</translation>
        </message>
        <message>
            <source>{lpn} held for a lead: {decision}</source>
            <translation>{lpn} geblokkeerd voor een teamleider: {decision}</translation>
        </message>
        <message>
            <source>{lpn} is already {status}</source>
            <translation>{lpn} is al {status}</translation>
        </message>
        <message>
            <source>{lpn} is not graded yet: press 1-5 to grade it</source>
            <translation>{lpn} is nog niet beoordeeld: druk op 1-5 om te beoordelen</translation>
        </message>
        <message>
            <source>{lpn} {name}: grade it (1-5)</source>
            <translation>{lpn} {name}: beoordeel (1-5)</translation>
        </message>
        <message>
            <source>{lpn} {name}: scan the serial number</source>
            <translation>{lpn} {name}: scan het serienummer</translation>
        </message>
        <message>
            <source>{lpn} {name}: {problems}</source>
            <translation>{lpn} {name}: {problems}</translation>
        </message>
        <message>
            <source>{lpn}: answer the checklist first: {questions}</source>
            <translation>{lpn}: beantwoord eerst de checklist: {questions}</translation>
        </message>
        <message>
            <source>{lpn}: grade it again (1-5)</source>
            <translation>{lpn}: beoordeel opnieuw (1-5)</translation>
        </message>
        <message>
            <source>{lpn}: item {gtin} is not on {rma}</source>
            <translation>{lpn}: artikel {gtin} staat niet op {rma}</translation>
        </message>
        <message>
            <source>{lpn}: one more {sku} than the RMA expects</source>
            <translation>{lpn}: één {sku} meer dan de RMA verwacht</translation>
        </message>
        <message>
            <source>{lpn}: scan the serial number before grading</source>
            <translation>{lpn}: scan het serienummer voordat je beoordeelt</translation>
        </message>
        <message>
            <source>{lpn}: serial {serial} matches the shipment</source>
            <translation>{lpn}: serienummer {serial} klopt met de zending</translation>
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
            <translation>{lpn}: {sku} ({category}) kan niet geretourneerd worden</translation>
        </message>
        <message numerus="yes">
            <source>{n} line(s) may still come in {parcels}</source>
            <translation>
                <numerusform>{n} regel kan nog binnenkomen in {parcels}</numerusform>
                <numerusform>{n} regels kunnen nog binnenkomen in {parcels}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rma} for {customer}: {n} item(s) expected</source>
            <translation>
                <numerusform>{rma} voor {customer}: {n} artikel verwacht</numerusform>
                <numerusform>{rma} voor {customer}: {n} artikelen verwacht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rma}: {n} item(s) never arrived: {items}</source>
            <translation>
                <numerusform>{rma}: {n} artikel is nooit aangekomen: {items}</numerusform>
                <numerusform>{rma}: {n} artikelen zijn nooit aangekomen: {items}</numerusform>
            </translation>
        </message>
        <message>
            <source>{rma}: {window}</source>
            <translation>{rma}: {window}</translation>
        </message>
        <message>
            <source>{rma}: {window}. Receive the items; the refund is held.</source>
            <translation>{rma}: {window}. Ontvang de artikelen; de terugbetaling wordt geblokkeerd.</translation>
        </message>
        <message>
            <source>{summary}: the refund is held for a lead</source>
            <translation>{summary}: de terugbetaling wordt geblokkeerd voor een teamleider</translation>
        </message>
        <message>
            <source>{weight} is not a parcel weight: put the parcel on the scale and wait for a stable reading</source>
            <translation>{weight} is geen pakketgewicht: leg het pakket op de weegschaal en wacht op een stabiele meting</translation>
        </message>
        <message>
            <source>{weight} recorded (no expected weight to compare with)</source>
            <translation>{weight} geregistreerd (geen verwacht gewicht om mee te vergelijken)</translation>
        </message>
        <message>
            <source>{weight}: within {tolerance} of the expected {expected}</source>
            <translation>{weight}: binnen {tolerance} van de verwachte {expected}</translation>
        </message>
    </context>
</TS>
