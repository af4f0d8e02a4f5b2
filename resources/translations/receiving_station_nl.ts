<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>amounts</name>
        <message>
            <source>The amount must be more than nothing.</source>
            <translation>Het bedrag moet meer dan nul zijn.</translation>
        </message>
        <message>
            <source>Type an amount, as {example}.</source>
            <translation>Typ een bedrag, zoals {example}.</translation>
        </message>
        <message>
            <source>{amount} is more than was paid ({paid}).</source>
            <translation>{amount} is meer dan er betaald is ({paid}).</translation>
        </message>
        <message>
            <source>{typed} has more decimals than {currency} has: type it as {example}.</source>
            <translation>{typed} heeft meer decimalen dan {currency} heeft: typ het zoals {example}.</translation>
        </message>
        <message>
            <source>{typed} is not an amount: type it as {example}.</source>
            <translation>{typed} is geen bedrag: typ het zoals {example}.</translation>
        </message>
    </context>
    <context>
        <name>auth</name>
        <message>
            <source>{action} needs a {needed} or above; you are signed in as {role}</source>
            <translation>{action} vraagt een {needed} of hoger; je bent aangemeld als {role}</translation>
        </message>
        <message>
            <source>{action}: you are not an active operator here (disabled, or not known): sign in again or ask a supervisor</source>
            <translation>{action}: u bent hier geen actieve medewerker (uitgeschakeld of onbekend): meld u opnieuw aan of vraag een supervisor</translation>
        </message>
    </context>
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
            <source>Every expected item is in: F9 closes the parcel  ·  or scan an extra item</source>
            <translation>Alle verwachte artikelen zijn binnen: F9 sluit het pakket  ·  of scan een extra artikel</translation>
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
            <source>Not closed: parcel {tracking} stays open</source>
            <translation>Niet gesloten: pakket {tracking} blijft open</translation>
        </message>
        <message numerus="yes">
            <source>Parcel {tracking} set aside, still open: {rma} still expects {missing} of {n} item(s); scan it again to go on with it</source>
            <translation>
                <numerusform>Pakket {tracking} opzijgezet, nog open: {rma} verwacht nog {missing} van {n} artikel; scan het opnieuw om ermee verder te gaan</numerusform>
                <numerusform>Pakket {tracking} opzijgezet, nog open: {rma} verwacht nog {missing} van {n} artikelen; scan het opnieuw om ermee verder te gaan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Press F9 again to close {rma} with {n} item(s) missing  ·  Esc keeps it open</source>
            <translation>
                <numerusform>Druk opnieuw op F9 om {rma} te sluiten met {n} ontbrekend artikel  ·  Esc houdt het open</numerusform>
                <numerusform>Druk opnieuw op F9 om {rma} te sluiten met {n} ontbrekende artikelen  ·  Esc houdt het open</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>after {n} minute(s) without work</source>
            <translation>
                <numerusform>na {n} minuut zonder werk</numerusform>
                <numerusform>na {n} minuten zonder werk</numerusform>
            </translation>
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
            <source>by the sign-out barcode</source>
            <translation>met de afmeldbarcode</translation>
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
            <source>finish {lpn} first: {step}</source>
            <translation>maak eerst {lpn} af: {step}</translation>
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
            <source>nothing to answer now: {step}</source>
            <translation>nu niets te beantwoorden: {step}</translation>
        </message>
        <message>
            <source>nothing to confirm yet: {step}</source>
            <translation>nog niets te bevestigen: {step}</translation>
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
            <source>the {key} key does nothing here: {step}</source>
            <translation>de toets {key} doet hier niets: {step}</translation>
        </message>
        <message>
            <source>this parcel is open already</source>
            <translation>dit pakket is al open</translation>
        </message>
        <message>
            <source>unknown input {kind}</source>
            <translation>onbekende invoer {kind}</translation>
        </message>
        <message numerus="yes">
            <source>wrong PIN for {name}, {n} times: locked until {time}; ask a supervisor if it cannot wait</source>
            <translation>
                <numerusform>verkeerde pincode voor {name}, {n} keer: geblokkeerd tot {time}; vraag een supervisor als het niet kan wachten</numerusform>
                <numerusform>verkeerde pincode voor {name}, {n} keer: geblokkeerd tot {time}; vraag een supervisor als het niet kan wachten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrong PIN for {name}: try again ({n} more before a lock)</source>
            <translation>
                <numerusform>verkeerde pincode voor {name}: probeer opnieuw (nog {n} poging voor een blokkering)</numerusform>
                <numerusform>verkeerde pincode voor {name}: probeer opnieuw (nog {n} pogingen voor een blokkering)</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{current} has parcel {tracking} open: scan {name}'s badge again to take over (the parcel stays open)</source>
            <translation>{current} heeft pakket {tracking} open: scan de badge van {name} nogmaals om over te nemen (het pakket blijft open)</translation>
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
            <source>{name} is locked after too many wrong PINs until {time}: wait, or ask a supervisor</source>
            <translation>{name} is geblokkeerd na te veel verkeerde pincodes tot {time}: wacht, of vraag een supervisor</translation>
        </message>
        <message>
            <source>{name} signed out</source>
            <translation>{name} is afgemeld</translation>
        </message>
        <message>
            <source>{name} signed out: {why}</source>
            <translation>{name} is afgemeld: {why}</translation>
        </message>
        <message>
            <source>{name} signs in with badge and PIN: scan your badge first, then type your PIN</source>
            <translation>{name} meldt zich aan met badge en pincode: scan eerst uw badge, typ dan uw pincode</translation>
        </message>
        <message>
            <source>{name}: type your PIN and press Enter</source>
            <translation>{name}: typ uw pincode en druk op Enter</translation>
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
        <message numerus="yes">
            <source>{rma} still expects {missing} of {n} item(s): {items}</source>
            <translation>
                <numerusform>{rma} verwacht nog {missing} van {n} artikel: {items}</numerusform>
                <numerusform>{rma} verwacht nog {missing} van {n} artikelen: {items}</numerusform>
            </translation>
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
            <source>EXCHANGE HELD: a lead decides</source>
            <translation>RUIL GEBLOKKEERD: een teamleider beslist</translation>
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
            <source>exchange {sku} released</source>
            <translation>ruil voor {sku} wordt verstuurd</translation>
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
            <source>nothing to refund</source>
            <translation>niets terug te betalen</translation>
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
        <name>dialogs</name>
        <message>
            <source>Amount to refund (at most {paid}):</source>
            <translation>Terug te betalen bedrag (hoogstens {paid}):</translation>
        </message>
        <message>
            <source>Approve the refund in full</source>
            <translation>De terugbetaling volledig goedkeuren</translation>
        </message>
        <message>
            <source>Approve the refund in part</source>
            <translation>De terugbetaling gedeeltelijk goedkeuren</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Annuleren (Esc)</translation>
        </message>
        <message>
            <source>Confirm (Ctrl+Enter)</source>
            <translation>Bevestigen (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Ctrl+Enter or Confirm: do it · Esc: cancel</source>
            <translation>Ctrl+Enter of Bevestigen: uitvoeren · Esc: annuleren</translation>
        </message>
        <message>
            <source>Enter does not confirm here: press Ctrl+Enter.</source>
            <translation>Enter bevestigt hier niet: druk op Ctrl+Enter.</translation>
        </message>
        <message>
            <source>OK (Enter)</source>
            <translation>OK (Enter)</translation>
        </message>
        <message>
            <source>Refunds {amount} of {paid}; {kept} is kept as a restocking fee.</source>
            <translation>Betaalt {amount} van {paid} terug; {kept} wordt ingehouden als verwerkingskosten.</translation>
        </message>
        <message numerus="yes">
            <source>Refunds {money} for {n} units to the customer.</source>
            <translation>
                <numerusform>Betaalt {money} voor {n} artikel terug aan de klant.</numerusform>
                <numerusform>Betaalt {money} voor {n} artikelen terug aan de klant.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reject the return</source>
            <translation>De retour afwijzen</translation>
        </message>
        <message numerus="yes">
            <source>Releases the exchange of {n} units.</source>
            <translation>
                <numerusform>Geeft de ruil van {n} artikel vrij.</numerusform>
                <numerusform>Geeft de ruil van {n} artikelen vrij.</numerusform>
            </translation>
        </message>
        <message>
            <source>Say why the refund is less than in full.</source>
            <translation>Zeg waarom de terugbetaling gedeeltelijk is.</translation>
        </message>
        <message>
            <source>Say why: the customer is told.</source>
            <translation>Zeg waarom: de klant hoort het.</translation>
        </message>
        <message>
            <source>Type something first, or Esc to cancel.</source>
            <translation>Typ eerst iets, of Esc om te annuleren.</translation>
        </message>
        <message>
            <source>Type the amount to refund.</source>
            <translation>Typ het terug te betalen bedrag.</translation>
        </message>
        <message>
            <source>Why is it rejected (the customer is told)?</source>
            <translation>Waarom wordt de retour afgewezen (de klant hoort het)?</translation>
        </message>
        <message>
            <source>Why less than in full?</source>
            <translation>Waarom niet het volledige bedrag?</translation>
        </message>
        <message numerus="yes">
            <source>Withholds {money}: the customer gets nothing back for {n} units.</source>
            <translation>
                <numerusform>Houdt {money} in: de klant krijgt niets terug voor {n} artikel.</numerusform>
                <numerusform>Houdt {money} in: de klant krijgt niets terug voor {n} artikelen.</numerusform>
            </translation>
        </message>
        <message>
            <source>what was not taken</source>
            <translation>wat niet is aangenomen</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: an exchange (paid {money})</source>
            <translation>{lpn} · {rma} · {customer}: een ruil (betaald {money})</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: paid {money}</source>
            <translation>{lpn} · {rma} · {customer}: betaald {money}</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: paid {money}, as store credit</source>
            <translation>{lpn} · {rma} · {customer}: betaald {money}, als tegoedbon</translation>
        </message>
        <message>
            <source>{money}</source>
            <translation>{money}</translation>
        </message>
        <message numerus="yes">
            <source>… and {n} more units</source>
            <translation>
                <numerusform>… en nog {n} artikel</numerusform>
                <numerusform>… en nog {n} artikelen</numerusform>
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
        <name>exceptions_view</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>(keep the grade)</source>
            <translation>(graad behouden)</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Notitie toevoegen</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Leeftijd</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Any age</source>
            <translation>Elke leeftijd</translation>
        </message>
        <message>
            <source>Any operator</source>
            <translation>Elke medewerker</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Elk type</translation>
        </message>
        <message>
            <source>Approve in part one exception at a time.</source>
            <translation>Gedeeltelijk goedkeuren kan maar voor één uitzondering tegelijk.</translation>
        </message>
        <message>
            <source>Approve refund (A)</source>
            <translation>Terugbetaling goedkeuren (A)</translation>
        </message>
        <message>
            <source>Ask customer service</source>
            <translation>Klantenservice vragen</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>Op status</translation>
        </message>
        <message>
            <source>By type</source>
            <translation>Op type</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Vervoerder</translation>
        </message>
        <message>
            <source>Checklist: {answers}</source>
            <translation>Checklist: {answers}</translation>
        </message>
        <message>
            <source>Choose an exception first (↑/↓).</source>
            <translation>Kies eerst een uitzondering (↑/↓).</translation>
        </message>
        <message>
            <source>Choose an exception to see its evidence.</source>
            <translation>Kies een uitzondering om het bewijs te zien.</translation>
        </message>
        <message>
            <source>Claim (C)</source>
            <translation>Oppakken (C)</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>Opgepakt</translation>
        </message>
        <message>
            <source>Close (D)</source>
            <translation>Sluiten (D)</translation>
        </message>
        <message>
            <source>Close the exception</source>
            <translation>De uitzondering sluiten</translation>
        </message>
        <message>
            <source>Contact customer (K)</source>
            <translation>Klant contacteren (K)</translation>
        </message>
        <message>
            <source>Could not read the exception queue: {problem}</source>
            <translation>Kon de uitzonderingenwachtrij niet lezen: {problem}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Bewijs</translation>
        </message>
        <message>
            <source>Exception {id}: {done}.</source>
            <translation>Uitzondering {id}: {done}.</translation>
        </message>
        <message>
            <source>Exception {id}: {problem}</source>
            <translation>Uitzondering {id}: {problem}</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Verwacht</translation>
        </message>
        <message>
            <source>Expected vs found</source>
            <translation>Verwacht tegenover gevonden</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Gevonden</translation>
        </message>
        <message>
            <source>Give it to:</source>
            <translation>Geven aan:</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <source>Mkt</source>
            <translation>Mkt</translation>
        </message>
        <message>
            <source>New grade or disposition:</source>
            <translation>Nieuwe graad of bestemming:</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Nieuwste eerst</translation>
        </message>
        <message>
            <source>No bench activity recorded.</source>
            <translation>Geen werkbankactiviteit vastgelegd.</translation>
        </message>
        <message>
            <source>No exception matches: the queue is clear.</source>
            <translation>Geen uitzondering komt overeen: de wachtrij is leeg.</translation>
        </message>
        <message>
            <source>No history.</source>
            <translation>Geen geschiedenis.</translation>
        </message>
        <message>
            <source>No notes yet (N adds one).</source>
            <translation>Nog geen notities (N voegt er een toe).</translation>
        </message>
        <message>
            <source>No refund is held for this choice: nothing to approve or reject.</source>
            <translation>Voor deze keuze is geen terugbetaling geblokkeerd: niets om goed te keuren of af te wijzen.</translation>
        </message>
        <message>
            <source>Note (N)</source>
            <translation>Notitie (N)</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notitie:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>OVERDUE {time}</source>
            <translation>TE LAAT {time}</translation>
        </message>
        <message>
            <source>Older than 1 day</source>
            <translation>Ouder dan 1 dag</translation>
        </message>
        <message>
            <source>Older than 1 hour</source>
            <translation>Ouder dan 1 uur</translation>
        </message>
        <message>
            <source>Older than 3 days</source>
            <translation>Ouder dan 3 dagen</translation>
        </message>
        <message>
            <source>Older than 4 hours</source>
            <translation>Ouder dan 4 uur</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Oudste eerst</translation>
        </message>
        <message>
            <source>Open (nobody on it)</source>
            <translation>Open (niemand pakt ze op)</translation>
        </message>
        <message>
            <source>Open and claimed</source>
            <translation>Open en opgepakt</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Pakket</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foto's</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Re-grade</source>
            <translation>Opnieuw beoordelen</translation>
        </message>
        <message>
            <source>Re-grade (G)</source>
            <translation>Opnieuw beoordelen (G)</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>Toewijzen</translation>
        </message>
        <message>
            <source>Reassign (S)</source>
            <translation>Toewijzen (S)</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Vernieuwen (Ctrl+R)</translation>
        </message>
        <message>
            <source>Reject (J)</source>
            <translation>Afwijzen (J)</translation>
        </message>
        <message>
            <source>Release (X)</source>
            <translation>Vrijgeven (X)</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Opgelost</translation>
        </message>
        <message>
            <source>Resolved:</source>
            <translation>Opgelost:</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>SLA due first</source>
            <translation>Eerst de SLA die het eerst afloopt</translation>
        </message>
        <message>
            <source>Scan log</source>
            <translation>Scanlogboek</translation>
        </message>
        <message>
            <source>Search: RMA, order, tracking number or LPN (Ctrl+F)</source>
            <translation>Zoeken: RMA, bestelling, trackingnummer of LPN (Ctrl+F)</translation>
        </message>
        <message>
            <source>Serials shipped</source>
            <translation>Verzonden serienummers</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>The photo {path} cannot be read (moved or deleted?)</source>
            <translation>De foto {path} kan niet gelezen worden (verplaatst of verwijderd?)</translation>
        </message>
        <message>
            <source>There is no lead to reassign to.</source>
            <translation>Er is geen teamleider om aan toe te wijzen.</translation>
        </message>
        <message>
            <source>This exception has no photos.</source>
            <translation>Deze uitzondering heeft geen foto's.</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Tracking</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Upstream attempts</source>
            <translation>Pogingen naar de webshop</translation>
        </message>
        <message>
            <source>What should customer service ask the customer?</source>
            <translation>Wat moet klantenservice de klant vragen?</translation>
        </message>
        <message>
            <source>What was done?</source>
            <translation>Wat is er gedaan?</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Waarom?</translation>
        </message>
        <message>
            <source>age</source>
            <translation>leeftijd</translation>
        </message>
        <message>
            <source>carrier</source>
            <translation>vervoerder</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>kanaal</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>checklist</translation>
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
            <source>code scanned</source>
            <translation>gescande code</translation>
        </message>
        <message>
            <source>counted from</source>
            <translation>gerekend vanaf</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>valuta</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>klant</translation>
        </message>
        <message>
            <source>customer service asked</source>
            <translation>klantenservice gevraagd</translation>
        </message>
        <message>
            <source>days allowed</source>
            <translation>toegestane dagen</translation>
        </message>
        <message>
            <source>days since</source>
            <translation>dagen sinds</translation>
        </message>
        <message>
            <source>difference</source>
            <translation>verschil</translation>
        </message>
        <message>
            <source>disposition</source>
            <translation>bestemming</translation>
        </message>
        <message>
            <source>disposition {disposition}</source>
            <translation>bestemming: {disposition}</translation>
        </message>
        <message>
            <source>due in {time}</source>
            <translation>verloopt over {time}</translation>
        </message>
        <message>
            <source>due in {time} !</source>
            <translation>verloopt over {time} !</translation>
        </message>
        <message>
            <source>exception detail and evidence</source>
            <translation>details en bewijs van de uitzondering</translation>
        </message>
        <message>
            <source>exception queue</source>
            <translation>uitzonderingenwachtrij</translation>
        </message>
        <message>
            <source>exception type</source>
            <translation>soort uitzondering</translation>
        </message>
        <message>
            <source>expected lines</source>
            <translation>verwachte regels</translation>
        </message>
        <message>
            <source>expected weight</source>
            <translation>verwacht gewicht</translation>
        </message>
        <message>
            <source>explanation</source>
            <translation>uitleg</translation>
        </message>
        <message>
            <source>flags</source>
            <translation>markeringen</translation>
        </message>
        <message>
            <source>grade</source>
            <translation>graad</translation>
        </message>
        <message>
            <source>grade {grade}</source>
            <translation>graad {grade}</translation>
        </message>
        <message>
            <source>line {line}: {sku} × {quantity}</source>
            <translation>regel {line}: {sku} × {quantity}</translation>
        </message>
        <message>
            <source>market</source>
            <translation>markt</translation>
        </message>
        <message>
            <source>measured weight</source>
            <translation>gemeten gewicht</translation>
        </message>
        <message>
            <source>missing lines</source>
            <translation>ontbrekende regels</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>noted</source>
            <translation>genoteerd</translation>
        </message>
        <message>
            <source>number</source>
            <translation>nummer</translation>
        </message>
        <message>
            <source>order</source>
            <translation>bestelling</translation>
        </message>
        <message>
            <source>parcels</source>
            <translation>pakketten</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>foto's</translation>
        </message>
        <message>
            <source>photos (P or Enter shows them large)</source>
            <translation>foto's (P of Enter toont ze groot)</translation>
        </message>
        <message>
            <source>proposed disposition</source>
            <translation>voorgestelde bestemming</translation>
        </message>
        <message>
            <source>proposed refund</source>
            <translation>voorgestelde terugbetaling</translation>
        </message>
        <message>
            <source>purchase date</source>
            <translation>aankoopdatum</translation>
        </message>
        <message>
            <source>raised by operator</source>
            <translation>gemeld door medewerker</translation>
        </message>
        <message>
            <source>raised {at}</source>
            <translation>gemeld {at}</translation>
        </message>
        <message>
            <source>raised {at} at {station}</source>
            <translation>gemeld {at} bij {station}</translation>
        </message>
        <message>
            <source>re-graded</source>
            <translation>opnieuw beoordeeld</translation>
        </message>
        <message>
            <source>reassigned</source>
            <translation>toegewezen</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>terugbetaling</translation>
        </message>
        <message>
            <source>refund approved in full</source>
            <translation>terugbetaling volledig goedgekeurd</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>afgewezen</translation>
        </message>
        <message>
            <source>released</source>
            <translation>vrijgegeven</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>gevraagd</translation>
        </message>
        <message>
            <source>return window</source>
            <translation>retourtermijn</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>regel</translation>
        </message>
        <message>
            <source>scan</source>
            <translation>scan</translation>
        </message>
        <message>
            <source>search by RMA, order, tracking number or LPN</source>
            <translation>zoeken op RMA, bestelling, trackingnummer of LPN</translation>
        </message>
        <message>
            <source>serial number</source>
            <translation>serienummer</translation>
        </message>
        <message>
            <source>serial scanned</source>
            <translation>gescand serienummer</translation>
        </message>
        <message>
            <source>serials shipped</source>
            <translation>verzonden serienummers</translation>
        </message>
        <message>
            <source>sort</source>
            <translation>sortering</translation>
        </message>
        <message>
            <source>station</source>
            <translation>station</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>tolerantie</translation>
        </message>
        <message>
            <source>tracking number</source>
            <translation>trackingnummer</translation>
        </message>
        <message>
            <source>weight mismatch</source>
            <translation>gewichtsafwijking</translation>
        </message>
        <message>
            <source>why</source>
            <translation>waarom</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{amount} refunded</source>
            <translation>{amount} terugbetaald</translation>
        </message>
        <message>
            <source>{count} match: {parts}. Loaded {loaded}, {overdue} of them overdue.</source>
            <translation>{count} gevonden: {parts}. Geladen {loaded}, waarvan {overdue} te laat.</translation>
        </message>
        <message>
            <source>{count} match: {parts}. Loaded {loaded}.</source>
            <translation>{count} gevonden: {parts}. Geladen {loaded}.</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} d</translation>
        </message>
        <message>
            <source>{done} of {count} {what}.</source>
            <translation>{done} van {count}: {what}.</translation>
        </message>
        <message>
            <source>{hours} h {minutes}</source>
            <translation>{hours} u {minutes}</translation>
        </message>
        <message>
            <source>{id}: {problem}</source>
            <translation>{id}: {problem}</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{number} of {count}: {path}  (← → Esc)</source>
            <translation>{number} van {count}: {path}  (← → Esc)</translation>
        </message>
        <message numerus="yes">
            <source>{n} exceptions selected: the actions apply to each of them.</source>
            <translation>
                <numerusform>{n} uitzondering gekozen: de acties gelden voor elk ervan.</numerusform>
                <numerusform>{n} uitzonderingen gekozen: de acties gelden voor elk ervan.</numerusform>
            </translation>
        </message>
        <message>
            <source>{status} by {name}</source>
            <translation>{status} door {name}</translation>
        </message>
        <message numerus="yes">
            <source>… and {n} more refused.</source>
            <translation>
                <numerusform>… en nog {n} geweigerd.</numerusform>
                <numerusform>… en nog {n} geweigerd.</numerusform>
            </translation>
        </message>
        <message>
            <source>…in part (Shift+A)</source>
            <translation>…gedeeltelijk (Shift+A)</translation>
        </message>
    </context>
    <context>
        <name>exports</name>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>accepted (local time)</source>
            <translation>geaccepteerd (lokale tijd)</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>valuta</translation>
        </message>
        <message>
            <source>grade</source>
            <translation>graad</translation>
        </message>
        <message>
            <source>idempotency key</source>
            <translation>idempotentiesleutel</translation>
        </message>
        <message>
            <source>market</source>
            <translation>markt</translation>
        </message>
        <message>
            <source>method</source>
            <translation>methode</translation>
        </message>
        <message>
            <source>order</source>
            <translation>bestelling</translation>
        </message>
        <message>
            <source>original payment</source>
            <translation>oorspronkelijke betaalwijze</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>terugbetaling</translation>
        </message>
        <message>
            <source>restocking fee</source>
            <translation>retourkosten</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>tegoed</translation>
        </message>
        <message>
            <source>upstream reference</source>
            <translation>referentie van de webshop</translation>
        </message>
    </context>
    <context>
        <name>figures_view</name>
        <message>
            <source>&amp;Shift report PDF… (S)</source>
            <translation>Dienstrapport als PDF… (&amp;S)</translation>
        </message>
        <message>
            <source>'{reason}' dominates</source>
            <translation>'{reason}' overheerst</translation>
        </message>
        <message>
            <source>Active hours</source>
            <translation>Actieve uren</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Werkbank</translation>
        </message>
        <message>
            <source>Benches</source>
            <translation>Werkbanken</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Controle</translation>
        </message>
        <message>
            <source>Could not work out the figures: {problem}</source>
            <translation>Kon de cijfers niet berekenen: {problem}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Dispositions</source>
            <translation>Bestemmingen</translation>
        </message>
        <message>
            <source>Dock → stock (median · p90)</source>
            <translation>Dock → voorraad (mediaan · p90)</translation>
        </message>
        <message>
            <source>E&amp;xport refunds CSV… (E)</source>
            <translation>Terugbetalingen e&amp;xporteren als CSV… (E)</translation>
        </message>
        <message>
            <source>Exceptions / 100 units</source>
            <translation>Uitzonderingen / 100 artikelen</translation>
        </message>
        <message>
            <source>Exceptions by type</source>
            <translation>Uitzonderingen per soort</translation>
        </message>
        <message>
            <source>Export refunds</source>
            <translation>Terugbetalingen exporteren</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>Graden</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <source>Markets and shifts</source>
            <translation>Markten en diensten</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Niet opgeslagen: {problem}</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Medewerkers</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Redenen</translation>
        </message>
        <message>
            <source>Receipt → refund (median · p90)</source>
            <translation>Ontvangst → terugbetaling (mediaan · p90)</translation>
        </message>
        <message>
            <source>Returned most</source>
            <translation>Meest geretourneerd</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Shift figures</source>
            <translation>Cijfers van de dienst</translation>
        </message>
        <message>
            <source>Shift report</source>
            <translation>Dienstrapport</translation>
        </message>
        <message>
            <source>Shift report written to {path}</source>
            <translation>Dienstrapport opgeslagen in {path}</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Artikelen</translation>
        </message>
        <message>
            <source>Units / hour</source>
            <translation>Artikelen / uur</translation>
        </message>
        <message>
            <source>Units per hour of the day</source>
            <translation>Artikelen per uur van de dag</translation>
        </message>
        <message>
            <source>Units received</source>
            <translation>Ontvangen artikelen</translation>
        </message>
        <message>
            <source>every bench</source>
            <translation>alle werkbanken</translation>
        </message>
        <message>
            <source>every market</source>
            <translation>alle markten</translation>
        </message>
        <message>
            <source>figures by operator, bench, SKU and market</source>
            <translation>cijfers per medewerker, werkbank, SKU en markt</translation>
        </message>
        <message>
            <source>last 30 days</source>
            <translation>laatste 30 dagen</translation>
        </message>
        <message>
            <source>last 365 days</source>
            <translation>laatste 365 dagen</translation>
        </message>
        <message>
            <source>last 7 days</source>
            <translation>laatste 7 dagen</translation>
        </message>
        <message>
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gisteren</translation>
        </message>
        <message>
            <source>{market}: {amount}</source>
            <translation>{market}: {amount}</translation>
        </message>
        <message numerus="yes">
            <source>{n} refunded unit(s) written to {path}</source>
            <translation>
                <numerusform>{n} terugbetaald artikel opgeslagen in {path}</numerusform>
                <numerusform>{n} terugbetaalde artikelen opgeslagen in {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} refunded unit(s) written to {path} ({sums})</source>
            <translation>
                <numerusform>{n} terugbetaald artikel opgeslagen in {path} ({sums})</numerusform>
                <numerusform>{n} terugbetaalde artikelen opgeslagen in {path} ({sums})</numerusform>
            </translation>
        </message>
        <message>
            <source>{period} · worked out {time}</source>
            <translation>{period} · berekend om {time}</translation>
        </message>
        <message>
            <source>{shift} shift</source>
            <translation>{shift}</translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <source>Close the station</source>
            <translation>Station sluiten</translation>
        </message>
        <message>
            <source>Close the station (Enter)</source>
            <translation>Station sluiten (Enter)</translation>
        </message>
        <message numerus="yes">
            <source>It tries again in {n} s. Tell the site's IT if this stays.</source>
            <translation>
                <numerusform>Het probeert het over {n} s opnieuw. Meld het bij de IT van de locatie als dit blijft.</numerusform>
                <numerusform>Het probeert het over {n} s opnieuw. Meld het bij de IT van de locatie als dit blijft.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only a supervisor closes this station: scan your badge, type your PIN and press Enter. Esc goes back to work.</source>
            <translation>Alleen een supervisor sluit dit station: scan je badge, typ je pincode en druk op Enter. Esc gaat terug naar het werk.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <source>Scan your supervisor badge first.</source>
            <translation>Scan eerst je supervisorbadge.</translation>
        </message>
        <message>
            <source>Supervisor's badge</source>
            <translation>Badge van de supervisor</translation>
        </message>
        <message>
            <source>The station cannot start</source>
            <translation>Het station kan niet starten</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Typ je pincode en druk dan op Enter.</translation>
        </message>
        <message>
            <source>badge {badge} is not known here</source>
            <translation>badge {badge} is hier niet bekend</translation>
        </message>
        <message>
            <source>not checked: {why}</source>
            <translation>niet gecontroleerd: {why}</translation>
        </message>
        <message>
            <source>{name} closes the station</source>
            <translation>{name} sluit het station</translation>
        </message>
        <message>
            <source>{name} is locked after too many wrong PINs until {time}</source>
            <translation>{name} is na te veel verkeerde pincodes vergrendeld tot {time}</translation>
        </message>
        <message>
            <source>{name} is not a supervisor: only a supervisor closes the station</source>
            <translation>{name} is geen supervisor: alleen een supervisor sluit het station</translation>
        </message>
    </context>
    <context>
        <name>label_templates</name>
        <message>
            <source>Hold in {bin}, do not restock: {reason}</source>
            <translation>Bewaren in {bin}, niet terug naar voorraad: {reason}</translation>
        </message>
        <message>
            <source>Put away to {bin}</source>
            <translation>Wegzetten in {bin}</translation>
        </message>
        <message>
            <source>QUARANTINE - HOLD</source>
            <translation>QUARANTAINE - GEBLOKKEERD</translation>
        </message>
        <message>
            <source>REFURBISH</source>
            <translation>HERSTEL</translation>
        </message>
        <message>
            <source>RESTOCK</source>
            <translation>TERUG NAAR VOORRAAD</translation>
        </message>
        <message>
            <source>RETURN TO VENDOR</source>
            <translation>TERUG NAAR LEVERANCIER</translation>
        </message>
        <message>
            <source>To {bin} for {disposition}</source>
            <translation>Naar {bin} voor {disposition}</translation>
        </message>
        <message>
            <source>To {bin}: {reason}</source>
            <translation>Naar {bin}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>No unit has the LPN {lpn}</source>
            <translation>Geen artikel heeft LPN {lpn}</translation>
        </message>
        <message>
            <source>None of these labels is waiting: they are printed already</source>
            <translation>Geen van deze etiketten wacht: ze zijn al afgedrukt</translation>
        </message>
        <message>
            <source>Printing a batch of labels</source>
            <translation>Een reeks etiketten afdrukken</translation>
        </message>
        <message>
            <source>Reprinting a label</source>
            <translation>Een etiket opnieuw afdrukken</translation>
        </message>
        <message>
            <source>Say why the label is reprinted (torn, smudged, lost ...)</source>
            <translation>Zeg waarom het etiket opnieuw wordt afgedrukt (gescheurd, vlekkerig, kwijt ...)</translation>
        </message>
        <message>
            <source>label {lpn} not printed: no printer set up for this bench</source>
            <translation>etiket {lpn} niet afgedrukt: geen printer ingesteld voor deze werkbank</translation>
        </message>
        <message>
            <source>label {lpn} not printed: {problem}</source>
            <translation>etiket {lpn} niet afgedrukt: {problem}</translation>
        </message>
        <message>
            <source>label {lpn} printed on {printer}</source>
            <translation>etiket {lpn} afgedrukt op {printer}</translation>
        </message>
        <message>
            <source>label {lpn} was printed already</source>
            <translation>etiket {lpn} is al afgedrukt</translation>
        </message>
        <message>
            <source>label {lpn} was sent to {printer} already: reprint it as a new job</source>
            <translation>etiket {lpn} is al naar {printer} gestuurd: druk het opnieuw af als nieuwe opdracht</translation>
        </message>
        <message>
            <source>{lpn} has no decision yet: it gets its label when confirmed</source>
            <translation>{lpn} heeft nog geen beslissing: het krijgt zijn etiket bij het bevestigen</translation>
        </message>
    </context>
    <context>
        <name>labels_view</name>
        <message>
            <source>&amp;Print selected (P)</source>
            <translation>Gekozen &amp;afdrukken (P)</translation>
        </message>
        <message>
            <source>&amp;Reprint… (R)</source>
            <translation>&amp;Opnieuw afdrukken… (R)</translation>
        </message>
        <message>
            <source>&amp;Waiting / job log (W)</source>
            <translation>Wachtend / opdrachten&amp;log (W)</translation>
        </message>
        <message>
            <source>As it prints</source>
            <translation>Zo wordt het afgedrukt</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Werkbank</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Choose a label to see it as it prints</source>
            <translation>Kies een etiket om te zien hoe het wordt afgedrukt</translation>
        </message>
        <message>
            <source>Could not read the labels: {problem}</source>
            <translation>Kon de etiketten niet lezen: {problem}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>Bestemming</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Graad</translation>
        </message>
        <message numerus="yes">
            <source>It has been reprinted {n} time(s) before.</source>
            <translation>
                <numerusform>Het is al {n} keer opnieuw afgedrukt.</numerusform>
                <numerusform>Het is al {n} keer opnieuw afgedrukt.</numerusform>
            </translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Label job log</source>
            <translation>Logboek van etiketopdrachten</translation>
        </message>
        <message>
            <source>Label jobs of {lpn}</source>
            <translation>Etiketopdrachten van {lpn}</translation>
        </message>
        <message>
            <source>Labels waiting</source>
            <translation>Wachtende etiketten</translation>
        </message>
        <message>
            <source>No label is waiting here. To print one again, choose it and press R.</source>
            <translation>Hier wacht geen etiket. Om er een opnieuw af te drukken: kies het en druk op R.</translation>
        </message>
        <message>
            <source>No preview: {problem}</source>
            <translation>Geen voorbeeld: {problem}</translation>
        </message>
        <message>
            <source>P prints the selected (or all shown) · R reprints · W job log</source>
            <translation>P drukt de gekozen af (of alle getoonde) · R drukt opnieuw af · W opdrachtenlog</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>In de wachtrij</translation>
        </message>
        <message>
            <source>Reason / fault</source>
            <translation>Reden / storing</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Vernieuwen (Ctrl+R)</translation>
        </message>
        <message>
            <source>Reprint a label</source>
            <translation>Een etiket opnieuw afdrukken</translation>
        </message>
        <message numerus="yes">
            <source>Reprint {n} of {lpn} sent to the printer.</source>
            <translation>
                <numerusform>Herdruk {n} van {lpn} naar de printer gestuurd.</numerusform>
                <numerusform>Herdruk {n} van {lpn} naar de printer gestuurd.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>Herdrukken</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Tonen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Why is the label of {lpn} printed again? (torn, smudged, lost, wrong bin ...)</source>
            <translation>Waarom wordt het etiket van {lpn} opnieuw afgedrukt? (gescheurd, vlekkerig, kwijt, verkeerde locatie ...)</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>any disposition</source>
            <translation>elke bestemming</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>altijd</translation>
        </message>
        <message>
            <source>any zone</source>
            <translation>elke zone</translation>
        </message>
        <message>
            <source>job log (every job)</source>
            <translation>opdrachtenlog (alle opdrachten)</translation>
        </message>
        <message>
            <source>label jobs</source>
            <translation>etiketopdrachten</translation>
        </message>
        <message>
            <source>label preview</source>
            <translation>voorbeeld van het etiket</translation>
        </message>
        <message>
            <source>last 7 days</source>
            <translation>laatste 7 dagen</translation>
        </message>
        <message>
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <source>waiting for a label</source>
            <translation>wacht op een etiket</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gisteren</translation>
        </message>
        <message>
            <source>{lpn} · {template} label, {size} in · {status}</source>
            <translation>{lpn} · etiket: {template}, {size} inch · {status}</translation>
        </message>
        <message numerus="yes">
            <source>{n} job(s): {printed} printed, {waiting} waiting, {failed} failed, reprints: {reprints} · W: waiting labels</source>
            <translation>
                <numerusform>{n} opdracht: {printed} afgedrukt, {waiting} wachtend, {failed} mislukt, herdrukken: {reprints} · W: wachtende etiketten</numerusform>
                <numerusform>{n} opdrachten: {printed} afgedrukt, {waiting} wachtend, {failed} mislukt, herdrukken: {reprints} · W: wachtende etiketten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) sent to the printer, in order.</source>
            <translation>
                <numerusform>{n} etiket naar de printer gestuurd, op volgorde.</numerusform>
                <numerusform>{n} etiketten naar de printer gestuurd, op volgorde.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) waiting</source>
            <translation>
                <numerusform>{n} etiket wacht</numerusform>
                <numerusform>{n} etiketten wachten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) waiting, {failed} failed at the printer</source>
            <translation>
                <numerusform>{n} etiket wacht, {failed} mislukt bij de printer</numerusform>
                <numerusform>{n} etiketten wachten, {failed} mislukt bij de printer</numerusform>
            </translation>
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
            <source>A dialog is open: the scan {code} was not taken. Finish the dialog or close it (Esc), then scan again.</source>
            <translation>Er is een dialoogvenster open: de scan {code} is niet aangenomen. Rond het dialoogvenster af of sluit het (Esc) en scan dan opnieuw.</translation>
        </message>
        <message>
            <source>DEMO  ·  F5 scan the next demo parcel  ·  F6 put it on the scale  ·  F7 scan its next item  ·  F8 take it off the scale</source>
            <translation>DEMO  ·  F5 scan het volgende demopakket  ·  F6 zet het op de weegschaal  ·  F7 scan het volgende artikel  ·  F8 haal het van de weegschaal</translation>
        </message>
        <message>
            <source>DEMO  ·  sign in: badge B-1001 (staff), or badge B-2001 / B-3001 and then PIN 1234 (lead, supervisor)</source>
            <translation>DEMO  ·  aanmelden: badge B-1001 (medewerker), of badge B-2001 / B-3001 en dan pincode 1234 (teamleider, supervisor)</translation>
        </message>
        <message>
            <source>Demo data from an earlier run: start over with ./station demo --fresh</source>
            <translation>Demogegevens van een eerdere sessie: begin opnieuw met ./station demo --fresh</translation>
        </message>
        <message>
            <source>Demo shop (a sandbox of the shop's system) received: refunds {refunds}, exchange releases {exchanges}, customer messages {messages}</source>
            <translation>Demowinkel (een sandbox van het winkelsysteem) ontving: terugbetalingen {refunds}, ruilzendingen {exchanges}, klantberichten {messages}</translation>
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
            <source>Scan not read whole: scan again.</source>
            <translation>Scan niet volledig gelezen: scan opnieuw.</translation>
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
            <source>The key {key} came just as a scan began and was not taken: press it again.</source>
            <translation>De toets {key} kwam net toen een scan begon en is niet aangenomen: druk er opnieuw op.</translation>
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
        <message>
            <source>{platform} stand-in (its returns' units go there): refunds {refunds}, units processed {units}</source>
            <translation>{platform}-vervanger (de artikelen van zijn retouren gaan daarheen): terugbetalingen {refunds}, verwerkte artikelen {units}</translation>
        </message>
        <message>
            <source>{section} is for shift leads and supervisors</source>
            <translation>{section} is voor teamleiders en supervisors</translation>
        </message>
        <message>
            <source>{section} is for supervisors</source>
            <translation>{section} is voor supervisors</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>(no reason given)</source>
            <translation>(geen reden opgegeven)</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} d {hours} u</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} u {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message>
            <source>a refund for {lpn} is {least} to {paid} (what was paid); {amount} is not</source>
            <translation>een terugbetaling voor {lpn} is {least} tot {paid} (wat betaald is); {amount} is dat niet</translation>
        </message>
        <message numerus="yes">
            <source>a refund in {currency} has at most {n} decimal(s); {amount} (for {lpn}) has more</source>
            <translation>
                <numerusform>een terugbetaling in {currency} heeft hoogstens {n} decimaal; {amount} (voor {lpn}) heeft er meer</numerusform>
                <numerusform>een terugbetaling in {currency} heeft hoogstens {n} decimalen; {amount} (voor {lpn}) heeft er meer</numerusform>
            </translation>
        </message>
        <message>
            <source>adding a note to an exception</source>
            <translation>Een notitie bij een uitzondering zetten</translation>
        </message>
        <message>
            <source>approving a refund</source>
            <translation>Een terugbetaling goedkeuren</translation>
        </message>
        <message>
            <source>asking for contact</source>
            <translation>Om contact vragen</translation>
        </message>
        <message>
            <source>claiming an exception</source>
            <translation>Een uitzondering oppakken</translation>
        </message>
        <message>
            <source>closing an exception</source>
            <translation>Een uitzondering sluiten</translation>
        </message>
        <message>
            <source>exception {id} has no RMA, so no customer to contact: find the return first</source>
            <translation>uitzondering {id} heeft geen RMA, dus geen klant om te contacteren: zoek eerst de retour</translation>
        </message>
        <message>
            <source>exception {id} is about a parcel, not a unit: close it with a note</source>
            <translation>uitzondering {id} gaat over een pakket, niet over een artikel: sluit ze met een notitie</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name} since {time}: ask them, or a supervisor to reassign it</source>
            <translation>uitzondering {id} is opgepakt door {name} sinds {time}: vraag het hem of haar, of een supervisor om ze opnieuw toe te wijzen</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name}: ask them, or a supervisor to reassign it</source>
            <translation>uitzondering {id} is opgepakt door {name}: vraag het hem of haar, of een supervisor om ze opnieuw toe te wijzen</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name}: only they or a supervisor can release it</source>
            <translation>uitzondering {id} is opgepakt door {name}: alleen die persoon of een supervisor kan ze vrijgeven</translation>
        </message>
        <message>
            <source>exception {id} was already resolved by {name}</source>
            <translation>uitzondering {id} is al opgelost door {name}</translation>
        </message>
        <message>
            <source>exception {id} was already resolved by {name} at {at}</source>
            <translation>uitzondering {id} is al opgelost door {name} op {at}</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>operator {id}</source>
            <translation>medewerker {id}</translation>
        </message>
        <message>
            <source>re-grading</source>
            <translation>Opnieuw beoordelen</translation>
        </message>
        <message>
            <source>reassigning an exception</source>
            <translation>Een uitzondering opnieuw toewijzen</translation>
        </message>
        <message>
            <source>rejecting a return</source>
            <translation>Een retour afwijzen</translation>
        </message>
        <message>
            <source>releasing an exception</source>
            <translation>Een uitzondering vrijgeven</translation>
        </message>
        <message>
            <source>say what customer service should ask the customer</source>
            <translation>zeg wat klantenservice de klant moet vragen</translation>
        </message>
        <message>
            <source>say why the exception is closed</source>
            <translation>zeg waarom de uitzondering gesloten wordt</translation>
        </message>
        <message>
            <source>say why the refund is partial (the customer is told the amount)</source>
            <translation>zeg waarom de terugbetaling gedeeltelijk is (de klant hoort het bedrag)</translation>
        </message>
        <message>
            <source>say why the return is rejected (the customer is told)</source>
            <translation>zeg waarom de retour wordt afgewezen (de klant hoort het)</translation>
        </message>
        <message>
            <source>say why the unit is re-graded</source>
            <translation>zeg waarom het artikel opnieuw beoordeeld wordt</translation>
        </message>
        <message>
            <source>the note is empty</source>
            <translation>de notitie is leeg</translation>
        </message>
        <message>
            <source>there is no active operator {id}</source>
            <translation>er is geen actieve medewerker {id}</translation>
        </message>
        <message>
            <source>there is no disposition {disposition}: one of {dispositions}</source>
            <translation>de bestemming {disposition} bestaat niet: een van {dispositions}</translation>
        </message>
        <message>
            <source>there is no exception {id}</source>
            <translation>er is geen uitzondering {id}</translation>
        </message>
        <message>
            <source>there is no grade {grade}: one of {grades}</source>
            <translation>de graad {grade} bestaat niet: een van {grades}</translation>
        </message>
        <message>
            <source>{currency} has no decimals: a refund for {lpn} is a whole amount, and {amount} is not</source>
            <translation>{currency} heeft geen decimalen: een terugbetaling voor {lpn} is een heel bedrag, en {amount} is dat niet</translation>
        </message>
        <message>
            <source>{lpn} already is grade {grade}, {disposition}</source>
            <translation>{lpn} heeft al graad {grade}, {disposition}</translation>
        </message>
        <message>
            <source>{lpn} is on no line of an RMA (a blind or unexpected item): there is no price to refund against; find the customer's return first</source>
            <translation>{lpn} staat op geen enkele regel van een RMA (een retour zonder RMA of een onverwacht artikel): er is geen prijs om terug te betalen; zoek eerst de retour van de klant</translation>
        </message>
        <message>
            <source>{lpn} is still at the bench ({status}): confirm it there first</source>
            <translation>{lpn} is nog aan de werkbank ({status}): bevestig het daar eerst</translation>
        </message>
        <message>
            <source>{lpn} is {status}, not held: its outcome was already released</source>
            <translation>{lpn} is {status}, niet geblokkeerd: de uitkomst is al vrijgegeven</translation>
        </message>
        <message>
            <source>{lpn}'s refund is held by this exception: approve it (in full or in part) or reject the return, so the customer hears</source>
            <translation>de terugbetaling van {lpn} wordt door deze uitzondering geblokkeerd: keur ze goed (geheel of gedeeltelijk) of wijs de retour af, zodat de klant bericht krijgt</translation>
        </message>
        <message>
            <source>{name} is {role}: exceptions go to leads</source>
            <translation>{name} is {role}: uitzonderingen gaan naar teamleiders</translation>
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
            <source>Damaged by the customer</source>
            <translation>Beschadigd door de klant</translation>
        </message>
        <message>
            <source>Damaged by the customer, low value</source>
            <translation>Beschadigd door de klant, lage waarde</translation>
        </message>
        <message>
            <source>Defective / unsalvageable</source>
            <translation>Defect / niet te redden</translation>
        </message>
        <message>
            <source>Electronics that do not power on and the customer said defective</source>
            <translation>Elektronica die niet aangaat en de klant meldde defect</translation>
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
            <source>Good but used</source>
            <translation>Goed maar gebruikt</translation>
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
            <source>Like new apparel without its tags</source>
            <translation>Kleding zo goed als nieuw zonder labels</translation>
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
            <source>New and unopened</source>
            <translation>Nieuw en ongeopend</translation>
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
            <source>The customer reported the fault</source>
            <translation>De klant meldde het defect</translation>
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
            <source>Unsalvageable and not reported as faulty</source>
            <translation>Niet te redden en niet als defect gemeld</translation>
        </message>
        <message>
            <source>Used electronics that do not power on</source>
            <translation>Gebruikte elektronica die niet aangaat</translation>
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
            <source>exchange held for a shift lead</source>
            <translation>ruil geblokkeerd voor een teamleider</translation>
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
            <source>refund held for a shift lead</source>
            <translation>terugbetaling geblokkeerd voor een teamleider</translation>
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
            <source>the exchange is released</source>
            <translation>de ruil wordt verstuurd</translation>
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
            <source>Scroll left</source>
            <translation>Naar links schuiven</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Naar rechts schuiven</translation>
        </message>
        <message>
            <source>outcome of the last action</source>
            <translation>resultaat van de laatste actie</translation>
        </message>
    </context>
    <context>
        <name>shift_report</name>
        <message>
            <source>Active hours</source>
            <translation>Actieve uren</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Werkbank</translation>
        </message>
        <message>
            <source>Benches</source>
            <translation>Werkbanken</translation>
        </message>
        <message>
            <source>CHECK</source>
            <translation>CONTROLEREN</translation>
        </message>
        <message>
            <source>CHECK: one reason explains most returns of this SKU: its description, photos or size chart may mislead customers.</source>
            <translation>CONTROLEREN: één reden verklaart de meeste retouren van dit artikel: de omschrijving, foto's of maattabel kunnen klanten misleiden.</translation>
        </message>
        <message>
            <source>Computed {at}</source>
            <translation>Berekend op {at}</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>Bestemming</translation>
        </message>
        <message>
            <source>Dock to stock</source>
            <translation>Dock tot voorraad</translation>
        </message>
        <message>
            <source>Exceptions</source>
            <translation>Uitzonderingen</translation>
        </message>
        <message>
            <source>Exceptions by type</source>
            <translation>Uitzonderingen per soort</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Graad</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>Graden</translation>
        </message>
        <message>
            <source>Grades and dispositions</source>
            <translation>Graden en bestemmingen</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <source>Markets</source>
            <translation>Markten</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Medewerkers</translation>
        </message>
        <message>
            <source>Per 100 units</source>
            <translation>Per 100 artikelen</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Redenen</translation>
        </message>
        <message>
            <source>Receipt to refund accepted</source>
            <translation>Ontvangst tot geaccepteerde terugbetaling</translation>
        </message>
        <message>
            <source>Returned most</source>
            <translation>Meest geretourneerd</translation>
        </message>
        <message>
            <source>Shift report</source>
            <translation>Dienstrapport</translation>
        </message>
        <message>
            <source>Shift report - {site}</source>
            <translation>Dienstrapport - {site}</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Artikelen</translation>
        </message>
        <message>
            <source>Units / hour</source>
            <translation>Artikelen / uur</translation>
        </message>
        <message>
            <source>Units per hour of the day</source>
            <translation>Artikelen per uur van de dag</translation>
        </message>
        <message>
            <source>Units received</source>
            <translation>Ontvangen artikelen</translation>
        </message>
        <message>
            <source>market {market}</source>
            <translation>markt {market}</translation>
        </message>
        <message>
            <source>median {median}, p90 {p90} ({count} refunds)</source>
            <translation>mediaan {median}, p90 {p90} ({count} terugbetalingen)</translation>
        </message>
        <message>
            <source>median {median}, p90 {p90} ({count} units)</source>
            <translation>mediaan {median}, p90 {p90} ({count} artikelen)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>{count} ({rate} per 100 units)</source>
            <translation>{count} ({rate} per 100 artikelen)</translation>
        </message>
    </context>
    <context>
        <name>shifts</name>
        <message>
            <source>all day</source>
            <translation>de hele dag</translation>
        </message>
        <message>
            <source>any shift</source>
            <translation>elke dienst</translation>
        </message>
        <message>
            <source>early</source>
            <translation>vroege dienst</translation>
        </message>
        <message>
            <source>late</source>
            <translation>late dienst</translation>
        </message>
        <message>
            <source>night</source>
            <translation>nachtdienst</translation>
        </message>
        <message>
            <source>{days}, {shift} shift</source>
            <translation>{days}, {shift}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} tot {last}</translation>
        </message>
        <message>
            <source>{shift} ({start}-{end})</source>
            <translation>{shift} ({start}-{end})</translation>
        </message>
    </context>
    <context>
        <name>upstream_view</name>
        <message>
            <source>&amp;Retry now (R)</source>
            <translation>&amp;Nu opnieuw verzenden (R)</translation>
        </message>
        <message>
            <source>About: {subject}</source>
            <translation>Betreft: {subject}</translation>
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
            <source>cancelled at the bench</source>
            <translation>geannuleerd aan de werkbank</translation>
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
            <source>customer service asked</source>
            <translation>klantenservice gevraagd</translation>
        </message>
        <message>
            <source>damaged in transit</source>
            <translation>beschadigd tijdens transport</translation>
        </message>
        <message>
            <source>decision confirmed</source>
            <translation>beslissing bevestigd</translation>
        </message>
        <message>
            <source>delivery</source>
            <translation>levering</translation>
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
            <source>exception raised</source>
            <translation>uitzondering gemeld</translation>
        </message>
        <message>
            <source>exception resolved</source>
            <translation>uitzondering opgelost</translation>
        </message>
        <message>
            <source>exception updated</source>
            <translation>uitzondering bijgewerkt</translation>
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
            <source>failed</source>
            <translation>mislukt</translation>
        </message>
        <message>
            <source>grade taken back</source>
            <translation>graad teruggedraaid</translation>
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
            <source>item cancelled</source>
            <translation>artikel geannuleerd</translation>
        </message>
        <message>
            <source>item scanned</source>
            <translation>artikel gescand</translation>
        </message>
        <message>
            <source>label reprinted</source>
            <translation>etiket opnieuw afgedrukt</translation>
        </message>
        <message>
            <source>labels printed</source>
            <translation>etiketten afgedrukt</translation>
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
            <source>note</source>
            <translation>notitie</translation>
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
            <source>parcel closed</source>
            <translation>pakket gesloten</translation>
        </message>
        <message>
            <source>parcel opened</source>
            <translation>pakket geopend</translation>
        </message>
        <message>
            <source>parcel reopened</source>
            <translation>pakket heropend</translation>
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
            <source>printed</source>
            <translation>afgedrukt</translation>
        </message>
        <message>
            <source>purchase</source>
            <translation>aankoop</translation>
        </message>
        <message>
            <source>quarantine</source>
            <translation>quarantaine</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>in de wachtrij</translation>
        </message>
        <message>
            <source>re-graded</source>
            <translation>opnieuw beoordeeld</translation>
        </message>
        <message>
            <source>reassigned</source>
            <translation>toegewezen</translation>
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
            <source>refund approved</source>
            <translation>terugbetaling goedgekeurd</translation>
        </message>
        <message>
            <source>refunded in part</source>
            <translation>gedeeltelijk terugbetaald</translation>
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
            <source>released</source>
            <translation>vrijgegeven</translation>
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
            <source>resolved by hand</source>
            <translation>met de hand afgehandeld</translation>
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
            <source>returned to the customer</source>
            <translation>teruggestuurd naar de klant</translation>
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
            <source>sent again</source>
            <translation>opnieuw verzonden</translation>
        </message>
        <message>
            <source>serial mismatch</source>
            <translation>afwijkend serienummer</translation>
        </message>
        <message>
            <source>serial number recorded</source>
            <translation>serienummer vastgelegd</translation>
        </message>
        <message>
            <source>shift lead</source>
            <translation>teamleider</translation>
        </message>
        <message>
            <source>signed in</source>
            <translation>aangemeld</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>afgemeld</translation>
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
            <source>unit re-graded</source>
            <translation>artikel opnieuw beoordeeld</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>wacht</translation>
        </message>
        <message>
            <source>weighed</source>
            <translation>gewogen</translation>
        </message>
        <message>
            <source>weight mismatch</source>
            <translation>gewichtsafwijking</translation>
        </message>
        <message>
            <source>will try again</source>
            <translation>wordt opnieuw geprobeerd</translation>
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
            <source>Parcel {tracking} weighs {weight}, expected {expected}</source>
            <translation>Pakket {tracking} weegt {weight}, verwacht {expected}</translation>
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
            <source>The decision changed: {decision}</source>
            <translation>Het besluit is gewijzigd: {decision}</translation>
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
            <source>exchange released</source>
            <translation>ruil verstuurd</translation>
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
            <source>reopening a closed parcel</source>
            <translation>Een gesloten pakket heropenen</translation>
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
            <source>{lpn} cancelled: {reason}</source>
            <translation>{lpn} geannuleerd: {reason}</translation>
        </message>
        <message>
            <source>{lpn} confirmed: {disposition}, held for a lead. Label printing.</source>
            <translation>{lpn} bevestigd: {disposition}, geblokkeerd voor een teamleider. Etiket wordt geprint.</translation>
        </message>
        <message>
            <source>{lpn} confirmed: {disposition}, {amount}. Label printing.</source>
            <translation>{lpn} bevestigd: {disposition}, {amount}. Etiket wordt geprint.</translation>
        </message>
        <message>
            <source>{lpn} is already {status}</source>
            <translation>{lpn} is al {status}</translation>
        </message>
        <message>
            <source>{lpn} is not graded yet</source>
            <translation>{lpn} is nog niet beoordeeld</translation>
        </message>
        <message>
            <source>{lpn}: answer the checklist first: {questions}</source>
            <translation>{lpn}: beantwoord eerst de checklist: {questions}</translation>
        </message>
        <message>
            <source>{lpn}: grade taken back</source>
            <translation>{lpn}: beoordeling teruggenomen</translation>
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
            <source>{lpn}: {name}</source>
            <translation>{lpn}: {name}</translation>
        </message>
        <message>
            <source>{lpn}: {name}, its serial number is needed</source>
            <translation>{lpn}: {name}, het serienummer is nodig</translation>
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
            <source>{rma} still expects {missing} of {n} item(s): {items}. Closing the parcel makes them a missing-item case</source>
            <translation>
                <numerusform>{rma} verwacht nog {missing} van {n} artikel: {items}. Als je het pakket sluit, wordt het een uitzondering voor een ontbrekend artikel</numerusform>
                <numerusform>{rma} verwacht nog {missing} van {n} artikelen: {items}. Als je het pakket sluit, worden ze een uitzondering voor ontbrekende artikelen</numerusform>
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
