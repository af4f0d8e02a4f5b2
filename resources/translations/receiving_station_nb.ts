<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
    <context>
        <name>amounts</name>
        <message>
            <source>The amount must be more than nothing.</source>
            <translation>Beløpet må være større enn null.</translation>
        </message>
        <message>
            <source>Type an amount, as {example}.</source>
            <translation>Skriv et beløp, f.eks. {example}.</translation>
        </message>
        <message>
            <source>{amount} is more than was paid ({paid}).</source>
            <translation>{amount} er mer enn det som ble betalt ({paid}).</translation>
        </message>
        <message>
            <source>{typed} has more decimals than {currency} has: type it as {example}.</source>
            <translation>{typed} har flere desimaler enn {currency} har: skriv det som f.eks. {example}.</translation>
        </message>
        <message>
            <source>{typed} is not an amount: type it as {example}.</source>
            <translation>{typed} er ikke et beløp: skriv det som f.eks. {example}.</translation>
        </message>
    </context>
    <context>
        <name>auth</name>
        <message>
            <source>{action} needs a {needed} or above; you are signed in as {role}</source>
            <translation>{action} krever {needed} eller høyere; du er logget inn som {role}</translation>
        </message>
        <message>
            <source>{action}: you are not an active operator here (disabled, or not known): sign in again or ask a supervisor</source>
            <translation>{action}: du er ikke en aktiv operatør her (deaktivert eller ukjent): logg inn igjen eller spør en arbeidsleder</translation>
        </message>
    </context>
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
            <source>Every expected item is in: F9 closes the parcel  ·  or scan an extra item</source>
            <translation>Alle forventede varer er inne: F9 lukker pakken  ·  eller skann en ekstra vare</translation>
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
            <source>Not closed: parcel {tracking} stays open</source>
            <translation>Ikke lukket: pakke {tracking} forblir åpen</translation>
        </message>
        <message numerus="yes">
            <source>Parcel {tracking} set aside, still open: {rma} still expects {missing} of {n} item(s); scan it again to go on with it</source>
            <translation>
                <numerusform>Pakke {tracking} satt til side, fortsatt åpen: {rma} venter ennå på {missing} av {n} vare; skann den igjen for å fortsette med den</numerusform>
                <numerusform>Pakke {tracking} satt til side, fortsatt åpen: {rma} venter ennå på {missing} av {n} varer; skann den igjen for å fortsette med den</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Press F9 again to close {rma} with {n} item(s) missing  ·  Esc keeps it open</source>
            <translation>
                <numerusform>Trykk F9 igjen for å lukke {rma} selv om {n} vare mangler  ·  Esc holder den åpen</numerusform>
                <numerusform>Trykk F9 igjen for å lukke {rma} selv om {n} varer mangler  ·  Esc holder den åpen</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>after {n} minute(s) without work</source>
            <translation>
                <numerusform>etter {n} minutt uten arbeid</numerusform>
                <numerusform>etter {n} minutter uten arbeid</numerusform>
            </translation>
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
            <source>by the sign-out barcode</source>
            <translation>med utloggingsstrekkoden</translation>
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
            <source>finish {lpn} first: {step}</source>
            <translation>gjør ferdig {lpn} først: {step}</translation>
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
            <source>nothing to answer now: {step}</source>
            <translation>ingenting å svare på nå: {step}</translation>
        </message>
        <message>
            <source>nothing to confirm yet: {step}</source>
            <translation>ingenting å bekrefte ennå: {step}</translation>
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
            <source>the {key} key does nothing here: {step}</source>
            <translation>tasten {key} gjør ingenting her: {step}</translation>
        </message>
        <message>
            <source>this parcel is open already</source>
            <translation>denne pakken er allerede åpen</translation>
        </message>
        <message>
            <source>unknown input {kind}</source>
            <translation>ukjent inndata {kind}</translation>
        </message>
        <message numerus="yes">
            <source>wrong PIN for {name}, {n} times: locked until {time}; ask a supervisor if it cannot wait</source>
            <translation>
                <numerusform>feil PIN for {name}, {n} gang: sperret til {time}; spør en arbeidsleder om det ikke kan vente</numerusform>
                <numerusform>feil PIN for {name}, {n} ganger: sperret til {time}; spør en arbeidsleder om det ikke kan vente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrong PIN for {name}: try again ({n} more before a lock)</source>
            <translation>
                <numerusform>feil PIN for {name}: prøv igjen ({n} forsøk til før sperring)</numerusform>
                <numerusform>feil PIN for {name}: prøv igjen ({n} forsøk til før sperring)</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{current} has parcel {tracking} open: scan {name}'s badge again to take over (the parcel stays open)</source>
            <translation>{current} har pakke {tracking} åpen: skann kortet til {name} igjen for å ta over (pakken forblir åpen)</translation>
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
            <source>{name} is locked after too many wrong PINs until {time}: wait, or ask a supervisor</source>
            <translation>{name} er sperret etter for mange feil PIN til {time}: vent, eller spør en arbeidsleder</translation>
        </message>
        <message>
            <source>{name} signed out</source>
            <translation>{name} har logget ut</translation>
        </message>
        <message>
            <source>{name} signed out: {why}</source>
            <translation>{name} ble logget ut: {why}</translation>
        </message>
        <message>
            <source>{name} signs in with badge and PIN: scan your badge first, then type your PIN</source>
            <translation>{name} logger inn med kort og PIN: skann kortet ditt først, skriv så PIN-koden</translation>
        </message>
        <message>
            <source>{name}: type your PIN and press Enter</source>
            <translation>{name}: skriv PIN-koden din og trykk Enter</translation>
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
        <message numerus="yes">
            <source>{rma} still expects {missing} of {n} item(s): {items}</source>
            <translation>
                <numerusform>{rma} venter fortsatt på {missing} av {n} vare: {items}</numerusform>
                <numerusform>{rma} venter fortsatt på {missing} av {n} varer: {items}</numerusform>
            </translation>
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
            <source>EXCHANGE HELD: a lead decides</source>
            <translation>BYTTE HOLDT TILBAKE: en skiftleder bestemmer</translation>
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
            <source>exchange {sku} released</source>
            <translation>bytte til {sku} sendes</translation>
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
            <source>nothing to refund</source>
            <translation>ingenting å refundere</translation>
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
        <name>dialogs</name>
        <message>
            <source>Amount to refund (at most {paid}):</source>
            <translation>Beløp som skal refunderes (høyst {paid}):</translation>
        </message>
        <message>
            <source>Approve the refund in full</source>
            <translation>Godkjenn refusjonen i sin helhet</translation>
        </message>
        <message>
            <source>Approve the refund in part</source>
            <translation>Godkjenn refusjonen delvis</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <source>Confirm (Ctrl+Enter)</source>
            <translation>Bekreft (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Ctrl+Enter or Confirm: do it · Esc: cancel</source>
            <translation>Ctrl+Enter eller Bekreft: utfør · Esc: avbryt</translation>
        </message>
        <message>
            <source>Enter does not confirm here: press Ctrl+Enter.</source>
            <translation>Enter bekrefter ikke her: trykk Ctrl+Enter.</translation>
        </message>
        <message>
            <source>OK (Enter)</source>
            <translation>OK (Enter)</translation>
        </message>
        <message>
            <source>Refunds {amount} of {paid}; {kept} is kept as a restocking fee.</source>
            <translation>Refunderer {amount} av {paid}; {kept} beholdes som returgebyr.</translation>
        </message>
        <message numerus="yes">
            <source>Refunds {money} for {n} units to the customer.</source>
            <translation>
                <numerusform>Refunderer {money} for {n} enhet til kunden.</numerusform>
                <numerusform>Refunderer {money} for {n} enheter til kunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reject the return</source>
            <translation>Avvis returen</translation>
        </message>
        <message numerus="yes">
            <source>Releases the exchange of {n} units.</source>
            <translation>
                <numerusform>Frigir byttet for {n} enhet.</numerusform>
                <numerusform>Frigir byttet for {n} enheter.</numerusform>
            </translation>
        </message>
        <message>
            <source>Say why the refund is less than in full.</source>
            <translation>Si hvorfor refusjonen er delvis.</translation>
        </message>
        <message>
            <source>Say why: the customer is told.</source>
            <translation>Si hvorfor: kunden får vite det.</translation>
        </message>
        <message>
            <source>Type something first, or Esc to cancel.</source>
            <translation>Skriv noe først, eller Esc for å avbryte.</translation>
        </message>
        <message>
            <source>Type the amount to refund.</source>
            <translation>Skriv beløpet som skal refunderes.</translation>
        </message>
        <message>
            <source>Why is it rejected (the customer is told)?</source>
            <translation>Hvorfor avvises returen (kunden får vite det)?</translation>
        </message>
        <message>
            <source>Why less than in full?</source>
            <translation>Hvorfor ikke hele beløpet?</translation>
        </message>
        <message numerus="yes">
            <source>Withholds {money}: the customer gets nothing back for {n} units.</source>
            <translation>
                <numerusform>Holder tilbake {money}: kunden får ingenting tilbake for {n} enhet.</numerusform>
                <numerusform>Holder tilbake {money}: kunden får ingenting tilbake for {n} enheter.</numerusform>
            </translation>
        </message>
        <message>
            <source>what was not taken</source>
            <translation>det som ikke ble tatt imot</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: an exchange (paid {money})</source>
            <translation>{lpn} · {rma} · {customer}: et bytte (betalt {money})</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: paid {money}</source>
            <translation>{lpn} · {rma} · {customer}: betalt {money}</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: paid {money}, as store credit</source>
            <translation>{lpn} · {rma} · {customer}: betalt {money}, som tilgodelapp</translation>
        </message>
        <message>
            <source>{money}</source>
            <translation>{money}</translation>
        </message>
        <message numerus="yes">
            <source>… and {n} more units</source>
            <translation>
                <numerusform>… og {n} enhet til</numerusform>
                <numerusform>… og {n} enheter til</numerusform>
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
        <name>exceptions_view</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>(keep the grade)</source>
            <translation>(behold graden)</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Legg til en merknad</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Alder</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Any age</source>
            <translation>Alle aldre</translation>
        </message>
        <message>
            <source>Any operator</source>
            <translation>Alle operatører</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Alle typer</translation>
        </message>
        <message>
            <source>Approve in part one exception at a time.</source>
            <translation>Godkjenn delvis ett avvik om gangen.</translation>
        </message>
        <message>
            <source>Approve refund (A)</source>
            <translation>Godkjenn refusjon (A)</translation>
        </message>
        <message>
            <source>Ask customer service</source>
            <translation>Spør kundeservice</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>Etter status</translation>
        </message>
        <message>
            <source>By type</source>
            <translation>Etter type</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transportør</translation>
        </message>
        <message>
            <source>Checklist: {answers}</source>
            <translation>Sjekkliste: {answers}</translation>
        </message>
        <message>
            <source>Choose an exception first (↑/↓).</source>
            <translation>Velg et avvik først (↑/↓).</translation>
        </message>
        <message>
            <source>Choose an exception to see its evidence.</source>
            <translation>Velg et avvik for å se dokumentasjonen.</translation>
        </message>
        <message>
            <source>Claim (C)</source>
            <translation>Ta (C)</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>Tatt</translation>
        </message>
        <message>
            <source>Close (D)</source>
            <translation>Lukk (D)</translation>
        </message>
        <message>
            <source>Close the exception</source>
            <translation>Lukk avviket</translation>
        </message>
        <message>
            <source>Contact customer (K)</source>
            <translation>Kontakt kunden (K)</translation>
        </message>
        <message>
            <source>Could not read the exception queue: {problem}</source>
            <translation>Kunne ikke lese avvikskøen: {problem}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Dokumentasjon</translation>
        </message>
        <message>
            <source>Exception {id}: {done}.</source>
            <translation>Avvik {id}: {done}.</translation>
        </message>
        <message>
            <source>Exception {id}: {problem}</source>
            <translation>Avvik {id}: {problem}</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Forventet</translation>
        </message>
        <message>
            <source>Expected vs found</source>
            <translation>Forventet mot funnet</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Funnet</translation>
        </message>
        <message>
            <source>Give it to:</source>
            <translation>Gi det til:</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historikk</translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Marked</translation>
        </message>
        <message>
            <source>Mkt</source>
            <translation>Mkd</translation>
        </message>
        <message>
            <source>New grade or disposition:</source>
            <translation>Ny grad eller disponering:</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Nyeste først</translation>
        </message>
        <message>
            <source>No bench activity recorded.</source>
            <translation>Ingen benkaktivitet registrert.</translation>
        </message>
        <message>
            <source>No exception matches: the queue is clear.</source>
            <translation>Ingen avvik passer: køen er tom.</translation>
        </message>
        <message>
            <source>No history.</source>
            <translation>Ingen historikk.</translation>
        </message>
        <message>
            <source>No notes yet (N adds one).</source>
            <translation>Ingen merknader ennå (N legger til en).</translation>
        </message>
        <message>
            <source>No refund is held for this choice: nothing to approve or reject.</source>
            <translation>Ingen refusjon er holdt tilbake for det valgte: ingenting å godkjenne eller avvise.</translation>
        </message>
        <message>
            <source>Note (N)</source>
            <translation>Merknad (N)</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Merknad:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <source>OVERDUE {time}</source>
            <translation>FORSINKET {time}</translation>
        </message>
        <message>
            <source>Older than 1 day</source>
            <translation>Eldre enn 1 dag</translation>
        </message>
        <message>
            <source>Older than 1 hour</source>
            <translation>Eldre enn 1 time</translation>
        </message>
        <message>
            <source>Older than 3 days</source>
            <translation>Eldre enn 3 dager</translation>
        </message>
        <message>
            <source>Older than 4 hours</source>
            <translation>Eldre enn 4 timer</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Eldste først</translation>
        </message>
        <message>
            <source>Open (nobody on it)</source>
            <translation>Åpne (ingen har tatt dem)</translation>
        </message>
        <message>
            <source>Open and claimed</source>
            <translation>Åpne og tatt</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Pakke</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Re-grade</source>
            <translation>Vurder på nytt</translation>
        </message>
        <message>
            <source>Re-grade (G)</source>
            <translation>Vurder på nytt (G)</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>Tildel</translation>
        </message>
        <message>
            <source>Reassign (S)</source>
            <translation>Tildel (S)</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Oppdater (Ctrl+R)</translation>
        </message>
        <message>
            <source>Reject (J)</source>
            <translation>Avvis (J)</translation>
        </message>
        <message>
            <source>Release (X)</source>
            <translation>Slipp (X)</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Løst</translation>
        </message>
        <message>
            <source>Resolved:</source>
            <translation>Løst:</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retur</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>SLA due first</source>
            <translation>Nærmest SLA først</translation>
        </message>
        <message>
            <source>Scan log</source>
            <translation>Skanningslogg</translation>
        </message>
        <message>
            <source>Search: RMA, order, tracking number or LPN (Ctrl+F)</source>
            <translation>Søk: RMA, ordre, sporingsnummer eller LPN (Ctrl+F)</translation>
        </message>
        <message>
            <source>Serials shipped</source>
            <translation>Sendte serienumre</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Stasjon</translation>
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
            <source>The photo {path} cannot be read (moved or deleted?)</source>
            <translation>Bildet {path} kan ikke leses (flyttet eller slettet?)</translation>
        </message>
        <message>
            <source>There is no lead to reassign to.</source>
            <translation>Det finnes ingen skiftleder å tildele.</translation>
        </message>
        <message>
            <source>This exception has no photos.</source>
            <translation>Dette avviket har ingen bilder.</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Sporing</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Upstream attempts</source>
            <translation>Forsøk mot ordresystemet</translation>
        </message>
        <message>
            <source>What should customer service ask the customer?</source>
            <translation>Hva skal kundeservice spørre kunden om?</translation>
        </message>
        <message>
            <source>What was done?</source>
            <translation>Hva ble gjort?</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Hvorfor?</translation>
        </message>
        <message>
            <source>age</source>
            <translation>alder</translation>
        </message>
        <message>
            <source>carrier</source>
            <translation>transportør</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>kanal</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>sjekkliste</translation>
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
            <source>code scanned</source>
            <translation>skannet kode</translation>
        </message>
        <message>
            <source>counted from</source>
            <translation>regnet fra</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>valuta</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>kunde</translation>
        </message>
        <message>
            <source>customer service asked</source>
            <translation>kundeservice spurt</translation>
        </message>
        <message>
            <source>days allowed</source>
            <translation>tillatte dager</translation>
        </message>
        <message>
            <source>days since</source>
            <translation>dager siden</translation>
        </message>
        <message>
            <source>difference</source>
            <translation>differanse</translation>
        </message>
        <message>
            <source>disposition</source>
            <translation>disponering</translation>
        </message>
        <message>
            <source>disposition {disposition}</source>
            <translation>disponering: {disposition}</translation>
        </message>
        <message>
            <source>due in {time}</source>
            <translation>forfaller om {time}</translation>
        </message>
        <message>
            <source>due in {time} !</source>
            <translation>forfaller om {time} !</translation>
        </message>
        <message>
            <source>exception detail and evidence</source>
            <translation>avvikets detaljer og dokumentasjon</translation>
        </message>
        <message>
            <source>exception queue</source>
            <translation>avvikskø</translation>
        </message>
        <message>
            <source>exception type</source>
            <translation>avvikstype</translation>
        </message>
        <message>
            <source>expected lines</source>
            <translation>forventede linjer</translation>
        </message>
        <message>
            <source>expected weight</source>
            <translation>forventet vekt</translation>
        </message>
        <message>
            <source>explanation</source>
            <translation>forklaring</translation>
        </message>
        <message>
            <source>flags</source>
            <translation>flagg</translation>
        </message>
        <message>
            <source>grade</source>
            <translation>grad</translation>
        </message>
        <message>
            <source>grade {grade}</source>
            <translation>grad {grade}</translation>
        </message>
        <message>
            <source>line {line}: {sku} × {quantity}</source>
            <translation>linje {line}: {sku} × {quantity}</translation>
        </message>
        <message>
            <source>market</source>
            <translation>marked</translation>
        </message>
        <message>
            <source>measured weight</source>
            <translation>målt vekt</translation>
        </message>
        <message>
            <source>missing lines</source>
            <translation>manglende linjer</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <source>noted</source>
            <translation>notert</translation>
        </message>
        <message>
            <source>number</source>
            <translation>nummer</translation>
        </message>
        <message>
            <source>order</source>
            <translation>ordre</translation>
        </message>
        <message>
            <source>parcels</source>
            <translation>pakker</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>bilder</translation>
        </message>
        <message>
            <source>photos (P or Enter shows them large)</source>
            <translation>bilder (P eller Enter viser dem stort)</translation>
        </message>
        <message>
            <source>proposed disposition</source>
            <translation>foreslått disponering</translation>
        </message>
        <message>
            <source>proposed refund</source>
            <translation>foreslått refusjon</translation>
        </message>
        <message>
            <source>purchase date</source>
            <translation>kjøpsdato</translation>
        </message>
        <message>
            <source>raised by operator</source>
            <translation>registrert av operatør</translation>
        </message>
        <message>
            <source>raised {at}</source>
            <translation>registrert {at}</translation>
        </message>
        <message>
            <source>raised {at} at {station}</source>
            <translation>registrert {at} ved {station}</translation>
        </message>
        <message>
            <source>re-graded</source>
            <translation>vurdert på nytt</translation>
        </message>
        <message>
            <source>reassigned</source>
            <translation>tildelt</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>refusjon</translation>
        </message>
        <message>
            <source>refund approved in full</source>
            <translation>refusjon godkjent i sin helhet</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>avvist</translation>
        </message>
        <message>
            <source>released</source>
            <translation>sluppet</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>ønsket</translation>
        </message>
        <message>
            <source>return window</source>
            <translation>returfrist</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>regel</translation>
        </message>
        <message>
            <source>scan</source>
            <translation>skanning</translation>
        </message>
        <message>
            <source>search by RMA, order, tracking number or LPN</source>
            <translation>søk på RMA, ordre, sporingsnummer eller LPN</translation>
        </message>
        <message>
            <source>serial number</source>
            <translation>serienummer</translation>
        </message>
        <message>
            <source>serial scanned</source>
            <translation>skannet serienummer</translation>
        </message>
        <message>
            <source>serials shipped</source>
            <translation>sendte serienumre</translation>
        </message>
        <message>
            <source>sort</source>
            <translation>sortering</translation>
        </message>
        <message>
            <source>station</source>
            <translation>stasjon</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>toleranse</translation>
        </message>
        <message>
            <source>tracking number</source>
            <translation>sporingsnummer</translation>
        </message>
        <message>
            <source>weight mismatch</source>
            <translation>vektavvik</translation>
        </message>
        <message>
            <source>why</source>
            <translation>hvorfor</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{amount} refunded</source>
            <translation>{amount} refundert</translation>
        </message>
        <message>
            <source>{count} match: {parts}. Loaded {loaded}, {overdue} of them overdue.</source>
            <translation>{count} treff: {parts}. Lastet {loaded}, {overdue} av dem forsinket.</translation>
        </message>
        <message>
            <source>{count} match: {parts}. Loaded {loaded}.</source>
            <translation>{count} treff: {parts}. Lastet {loaded}.</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} d</translation>
        </message>
        <message>
            <source>{done} of {count} {what}.</source>
            <translation>{done} av {count}: {what}.</translation>
        </message>
        <message>
            <source>{hours} h {minutes}</source>
            <translation>{hours} t {minutes}</translation>
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
            <translation>{number} av {count}: {path}  (← → Esc)</translation>
        </message>
        <message numerus="yes">
            <source>{n} exceptions selected: the actions apply to each of them.</source>
            <translation>
                <numerusform>{n} avvik valgt: handlingene gjelder hvert av dem.</numerusform>
                <numerusform>{n} avvik valgt: handlingene gjelder hvert av dem.</numerusform>
            </translation>
        </message>
        <message>
            <source>{status} by {name}</source>
            <translation>{status} av {name}</translation>
        </message>
        <message numerus="yes">
            <source>… and {n} more refused.</source>
            <translation>
                <numerusform>… og {n} til avvist.</numerusform>
                <numerusform>… og {n} til avvist.</numerusform>
            </translation>
        </message>
        <message>
            <source>…in part (Shift+A)</source>
            <translation>…delvis (Shift+A)</translation>
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
            <translation>varenummer</translation>
        </message>
        <message>
            <source>accepted (local time)</source>
            <translation>godkjent (lokal tid)</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>valuta</translation>
        </message>
        <message>
            <source>grade</source>
            <translation>grad</translation>
        </message>
        <message>
            <source>idempotency key</source>
            <translation>idempotensnøkkel</translation>
        </message>
        <message>
            <source>market</source>
            <translation>marked</translation>
        </message>
        <message>
            <source>method</source>
            <translation>metode</translation>
        </message>
        <message>
            <source>order</source>
            <translation>ordre</translation>
        </message>
        <message>
            <source>original payment</source>
            <translation>opprinnelig betalingsmåte</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>refusjon</translation>
        </message>
        <message>
            <source>restocking fee</source>
            <translation>returgebyr</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>tilgodelapp</translation>
        </message>
        <message>
            <source>upstream reference</source>
            <translation>referanse i ordresystemet</translation>
        </message>
    </context>
    <context>
        <name>figures_view</name>
        <message>
            <source>&amp;Shift report PDF… (S)</source>
            <translation>&amp;Skiftrapport som PDF… (S)</translation>
        </message>
        <message>
            <source>'{reason}' dominates</source>
            <translation>'{reason}' dominerer</translation>
        </message>
        <message>
            <source>Active hours</source>
            <translation>Aktive timer</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Benk</translation>
        </message>
        <message>
            <source>Benches</source>
            <translation>Benker</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontroll</translation>
        </message>
        <message>
            <source>Could not work out the figures: {problem}</source>
            <translation>Kunne ikke beregne nøkkeltallene: {problem}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Dispositions</source>
            <translation>Disponering</translation>
        </message>
        <message>
            <source>Dock → stock (median · p90)</source>
            <translation>Rampe → lager (median · p90)</translation>
        </message>
        <message>
            <source>E&amp;xport refunds CSV… (E)</source>
            <translation>Eks&amp;porter refusjoner som CSV… (E)</translation>
        </message>
        <message>
            <source>Exceptions / 100 units</source>
            <translation>Avvik / 100 enheter</translation>
        </message>
        <message>
            <source>Exceptions by type</source>
            <translation>Avvik per type</translation>
        </message>
        <message>
            <source>Export refunds</source>
            <translation>Eksporter refusjoner</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>Grader</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Marked</translation>
        </message>
        <message>
            <source>Markets and shifts</source>
            <translation>Markeder og skift</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Ikke lagret: {problem}</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operatør</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Operatører</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Årsaker</translation>
        </message>
        <message>
            <source>Receipt → refund (median · p90)</source>
            <translation>Mottak → refusjon (median · p90)</translation>
        </message>
        <message>
            <source>Returned most</source>
            <translation>Mest returnert</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Skift</translation>
        </message>
        <message>
            <source>Shift figures</source>
            <translation>Nøkkeltall for skiftet</translation>
        </message>
        <message>
            <source>Shift report</source>
            <translation>Skiftrapport</translation>
        </message>
        <message>
            <source>Shift report written to {path}</source>
            <translation>Skiftrapporten lagret i {path}</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>Units / hour</source>
            <translation>Enheter / time</translation>
        </message>
        <message>
            <source>Units per hour of the day</source>
            <translation>Enheter per time på døgnet</translation>
        </message>
        <message>
            <source>Units received</source>
            <translation>Mottatte enheter</translation>
        </message>
        <message>
            <source>every bench</source>
            <translation>alle benker</translation>
        </message>
        <message>
            <source>every market</source>
            <translation>alle markeder</translation>
        </message>
        <message>
            <source>figures by operator, bench, SKU and market</source>
            <translation>nøkkeltall per operatør, benk, vare og marked</translation>
        </message>
        <message>
            <source>last 30 days</source>
            <translation>siste 30 dager</translation>
        </message>
        <message>
            <source>last 365 days</source>
            <translation>siste 365 dager</translation>
        </message>
        <message>
            <source>last 7 days</source>
            <translation>siste 7 dager</translation>
        </message>
        <message>
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>i går</translation>
        </message>
        <message>
            <source>{market}: {amount}</source>
            <translation>{market}: {amount}</translation>
        </message>
        <message numerus="yes">
            <source>{n} refunded unit(s) written to {path}</source>
            <translation>
                <numerusform>{n} refundert enhet lagret i {path}</numerusform>
                <numerusform>{n} refunderte enheter lagret i {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} refunded unit(s) written to {path} ({sums})</source>
            <translation>
                <numerusform>{n} refundert enhet lagret i {path} ({sums})</numerusform>
                <numerusform>{n} refunderte enheter lagret i {path} ({sums})</numerusform>
            </translation>
        </message>
        <message>
            <source>{period} · worked out {time}</source>
            <translation>{period} · beregnet {time}</translation>
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
            <translation>Lukk stasjonen</translation>
        </message>
        <message>
            <source>Close the station (Enter)</source>
            <translation>Lukk stasjonen (Enter)</translation>
        </message>
        <message numerus="yes">
            <source>It tries again in {n} s. Tell the site's IT if this stays.</source>
            <translation>
                <numerusform>Den prøver igjen om {n} s. Si fra til IT på stedet hvis det vedvarer.</numerusform>
                <numerusform>Den prøver igjen om {n} s. Si fra til IT på stedet hvis det vedvarer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only a supervisor closes this station: scan your badge, type your PIN and press Enter. Esc goes back to work.</source>
            <translation>Bare en arbeidsleder lukker denne stasjonen: skann kortet ditt, skriv PIN-koden og trykk Enter. Esc går tilbake til arbeidet.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-kode</translation>
        </message>
        <message>
            <source>Scan your supervisor badge first.</source>
            <translation>Skann arbeidslederkortet ditt først.</translation>
        </message>
        <message>
            <source>Supervisor's badge</source>
            <translation>Arbeidslederens kort</translation>
        </message>
        <message>
            <source>The station cannot start</source>
            <translation>Stasjonen kan ikke starte</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Skriv PIN-koden, og trykk så Enter.</translation>
        </message>
        <message>
            <source>badge {badge} is not known here</source>
            <translation>kortet {badge} er ikke kjent her</translation>
        </message>
        <message>
            <source>not checked: {why}</source>
            <translation>ikke kontrollert: {why}</translation>
        </message>
        <message>
            <source>{name} closes the station</source>
            <translation>{name} lukker stasjonen</translation>
        </message>
        <message>
            <source>{name} is locked after too many wrong PINs until {time}</source>
            <translation>{name} er låst etter for mange feil PIN-koder til {time}</translation>
        </message>
        <message>
            <source>{name} is not a supervisor: only a supervisor closes the station</source>
            <translation>{name} er ikke arbeidsleder: bare en arbeidsleder lukker stasjonen</translation>
        </message>
    </context>
    <context>
        <name>label_templates</name>
        <message>
            <source>Hold in {bin}, do not restock: {reason}</source>
            <translation>Oppbevar i {bin}, ikke tilbake på lager: {reason}</translation>
        </message>
        <message>
            <source>Put away to {bin}</source>
            <translation>Sett på plass i {bin}</translation>
        </message>
        <message>
            <source>QUARANTINE - HOLD</source>
            <translation>KARANTENE - HOLDT TILBAKE</translation>
        </message>
        <message>
            <source>REFURBISH</source>
            <translation>OPPUSSING</translation>
        </message>
        <message>
            <source>RESTOCK</source>
            <translation>TILBAKE PÅ LAGER</translation>
        </message>
        <message>
            <source>RETURN TO VENDOR</source>
            <translation>TILBAKE TIL LEVERANDØR</translation>
        </message>
        <message>
            <source>To {bin} for {disposition}</source>
            <translation>Til {bin} for {disposition}</translation>
        </message>
        <message>
            <source>To {bin}: {reason}</source>
            <translation>Til {bin}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>No unit has the LPN {lpn}</source>
            <translation>Ingen enhet har LPN {lpn}</translation>
        </message>
        <message>
            <source>None of these labels is waiting: they are printed already</source>
            <translation>Ingen av disse etikettene venter: de er allerede skrevet ut</translation>
        </message>
        <message>
            <source>Printing a batch of labels</source>
            <translation>Å skrive ut en bunke etiketter</translation>
        </message>
        <message>
            <source>Reprinting a label</source>
            <translation>Å skrive ut en etikett på nytt</translation>
        </message>
        <message>
            <source>Say why the label is reprinted (torn, smudged, lost ...)</source>
            <translation>Si hvorfor etiketten skrives ut på nytt (revet, utydelig, borte ...)</translation>
        </message>
        <message>
            <source>label {lpn} not printed: no printer set up for this bench</source>
            <translation>etikett {lpn} ikke skrevet ut: ingen skriver satt opp for denne benken</translation>
        </message>
        <message>
            <source>label {lpn} not printed: {problem}</source>
            <translation>etikett {lpn} ikke skrevet ut: {problem}</translation>
        </message>
        <message>
            <source>label {lpn} printed on {printer}</source>
            <translation>etikett {lpn} skrevet ut på {printer}</translation>
        </message>
        <message>
            <source>label {lpn} was printed already</source>
            <translation>etikett {lpn} er allerede skrevet ut</translation>
        </message>
        <message>
            <source>label {lpn} was sent to {printer} already: reprint it as a new job</source>
            <translation>etikett {lpn} er allerede sendt til {printer}: skriv den ut på nytt som en ny jobb</translation>
        </message>
        <message>
            <source>{lpn} has no decision yet: it gets its label when confirmed</source>
            <translation>{lpn} har ingen beslutning ennå: den får etiketten sin når den bekreftes</translation>
        </message>
    </context>
    <context>
        <name>labels_view</name>
        <message>
            <source>&amp;Print selected (P)</source>
            <translation>Skriv &amp;ut valgte (P)</translation>
        </message>
        <message>
            <source>&amp;Reprint… (R)</source>
            <translation>Skriv ut &amp;på nytt… (R)</translation>
        </message>
        <message>
            <source>&amp;Waiting / job log (W)</source>
            <translation>&amp;Ventende / jobblogg (W)</translation>
        </message>
        <message>
            <source>As it prints</source>
            <translation>Slik skrives den ut</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Benk</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Lagerplass</translation>
        </message>
        <message>
            <source>Choose a label to see it as it prints</source>
            <translation>Velg en etikett for å se hvordan den skrives ut</translation>
        </message>
        <message>
            <source>Could not read the labels: {problem}</source>
            <translation>Kunne ikke lese etikettene: {problem}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>Disponering</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grad</translation>
        </message>
        <message numerus="yes">
            <source>It has been reprinted {n} time(s) before.</source>
            <translation>
                <numerusform>Den er skrevet ut på nytt {n} gang før.</numerusform>
                <numerusform>Den er skrevet ut på nytt {n} ganger før.</numerusform>
            </translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Label job log</source>
            <translation>Jobblogg for etiketter</translation>
        </message>
        <message>
            <source>Label jobs of {lpn}</source>
            <translation>Etikettjobber for {lpn}</translation>
        </message>
        <message>
            <source>Labels waiting</source>
            <translation>Ventende etiketter</translation>
        </message>
        <message>
            <source>No label is waiting here. To print one again, choose it and press R.</source>
            <translation>Ingen etikett venter her. For å skrive ut en på nytt: velg den og trykk R.</translation>
        </message>
        <message>
            <source>No preview: {problem}</source>
            <translation>Ingen forhåndsvisning: {problem}</translation>
        </message>
        <message>
            <source>P prints the selected (or all shown) · R reprints · W job log</source>
            <translation>P skriver ut valgte (eller alle som vises) · R skriver ut på nytt · W jobblogg</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>I kø</translation>
        </message>
        <message>
            <source>Reason / fault</source>
            <translation>Årsak / feil</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Oppdater (Ctrl+R)</translation>
        </message>
        <message>
            <source>Reprint a label</source>
            <translation>Skriv ut en etikett på nytt</translation>
        </message>
        <message numerus="yes">
            <source>Reprint {n} of {lpn} sent to the printer.</source>
            <translation>
                <numerusform>Ny utskrift {n} av {lpn} sendt til skriveren.</numerusform>
                <numerusform>Ny utskrift {n} av {lpn} sendt til skriveren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>Nye utskrifter</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Skift</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Vis</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Why is the label of {lpn} printed again? (torn, smudged, lost, wrong bin ...)</source>
            <translation>Hvorfor skrives etiketten for {lpn} ut på nytt? (revet, utydelig, borte, feil lagerplass ...)</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Sone</translation>
        </message>
        <message>
            <source>any disposition</source>
            <translation>all disponering</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>når som helst</translation>
        </message>
        <message>
            <source>any zone</source>
            <translation>alle soner</translation>
        </message>
        <message>
            <source>job log (every job)</source>
            <translation>jobblogg (alle jobber)</translation>
        </message>
        <message>
            <source>label jobs</source>
            <translation>etikettjobber</translation>
        </message>
        <message>
            <source>label preview</source>
            <translation>forhåndsvisning av etiketten</translation>
        </message>
        <message>
            <source>last 7 days</source>
            <translation>siste 7 dager</translation>
        </message>
        <message>
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message>
            <source>waiting for a label</source>
            <translation>venter på etikett</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>i går</translation>
        </message>
        <message>
            <source>{lpn} · {template} label, {size} in · {status}</source>
            <translation>{lpn} · etikett: {template}, {size} tommer · {status}</translation>
        </message>
        <message numerus="yes">
            <source>{n} job(s): {printed} printed, {waiting} waiting, {failed} failed, reprints: {reprints} · W: waiting labels</source>
            <translation>
                <numerusform>{n} jobb: {printed} skrevet ut, {waiting} venter, {failed} mislyktes, nye utskrifter: {reprints} · W: ventende etiketter</numerusform>
                <numerusform>{n} jobber: {printed} skrevet ut, {waiting} venter, {failed} mislyktes, nye utskrifter: {reprints} · W: ventende etiketter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) sent to the printer, in order.</source>
            <translation>
                <numerusform>{n} etikett sendt til skriveren, i rekkefølge.</numerusform>
                <numerusform>{n} etiketter sendt til skriveren, i rekkefølge.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) waiting</source>
            <translation>
                <numerusform>{n} etikett venter</numerusform>
                <numerusform>{n} etiketter venter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) waiting, {failed} failed at the printer</source>
            <translation>
                <numerusform>{n} etikett venter, {failed} mislyktes i skriveren</numerusform>
                <numerusform>{n} etiketter venter, {failed} mislyktes i skriveren</numerusform>
            </translation>
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
            <source>A dialog is open: the scan {code} was not taken. Finish the dialog or close it (Esc), then scan again.</source>
            <translation>En dialog er åpen: skanningen {code} ble ikke tatt imot. Gjør ferdig dialogen eller lukk den (Esc), og skann så igjen.</translation>
        </message>
        <message>
            <source>DEMO  ·  F5 scan the next demo parcel  ·  F6 put it on the scale  ·  F7 scan its next item  ·  F8 take it off the scale</source>
            <translation>DEMO  ·  F5 skann neste demopakke  ·  F6 sett den på vekten  ·  F7 skann dens neste vare  ·  F8 ta den av vekten</translation>
        </message>
        <message>
            <source>DEMO  ·  sign in: badge B-1001 (staff), or badge B-2001 / B-3001 and then PIN 1234 (lead, supervisor)</source>
            <translation>DEMO  ·  logg inn: kort B-1001 (ansatt), eller kort B-2001 / B-3001 og så PIN 1234 (skiftleder, arbeidsleder)</translation>
        </message>
        <message>
            <source>Demo data from an earlier run: start over with ./station demo --fresh</source>
            <translation>Demodata fra en tidligere kjøring: begynn på nytt med ./station demo --fresh</translation>
        </message>
        <message>
            <source>Demo shop (a sandbox of the shop's system) received: refunds {refunds}, exchange releases {exchanges}, customer messages {messages}</source>
            <translation>Demobutikken (en sandkasse av butikkens system) har mottatt: refusjoner {refunds}, byttesendinger {exchanges}, kundemeldinger {messages}</translation>
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
            <source>Scan not read whole: scan again.</source>
            <translation>Skanningen ble ikke lest helt: skann igjen.</translation>
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
            <source>The key {key} came just as a scan began and was not taken: press it again.</source>
            <translation>Tasten {key} kom akkurat da en skanning startet, og ble ikke tatt imot: trykk på den igjen.</translation>
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
        <message>
            <source>{platform} stand-in (its returns' units go there): refunds {refunds}, units processed {units}</source>
            <translation>{platform}-stand-in (returene derfra sendes dit): refusjoner {refunds}, behandlede enheter {units}</translation>
        </message>
        <message>
            <source>{section} is for shift leads and supervisors</source>
            <translation>{section} er for skiftledere og arbeidsledere</translation>
        </message>
        <message>
            <source>{section} is for supervisors</source>
            <translation>{section} er for arbeidsledere</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>(no reason given)</source>
            <translation>(ingen årsak oppgitt)</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} d {hours} t</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} t {minutes} min</translation>
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
            <translation>en refusjon for {lpn} er {least} til {paid} (det som ble betalt); {amount} er ikke det</translation>
        </message>
        <message numerus="yes">
            <source>a refund in {currency} has at most {n} decimal(s); {amount} (for {lpn}) has more</source>
            <translation>
                <numerusform>en refusjon i {currency} har høyst {n} desimal; {amount} (for {lpn}) har flere</numerusform>
                <numerusform>en refusjon i {currency} har høyst {n} desimaler; {amount} (for {lpn}) har flere</numerusform>
            </translation>
        </message>
        <message>
            <source>adding a note to an exception</source>
            <translation>Å legge til en merknad på et avvik</translation>
        </message>
        <message>
            <source>approving a refund</source>
            <translation>Å godkjenne en refusjon</translation>
        </message>
        <message>
            <source>asking for contact</source>
            <translation>Å be om kontakt</translation>
        </message>
        <message>
            <source>claiming an exception</source>
            <translation>Å ta et avvik</translation>
        </message>
        <message>
            <source>closing an exception</source>
            <translation>Å lukke et avvik</translation>
        </message>
        <message>
            <source>exception {id} has no RMA, so no customer to contact: find the return first</source>
            <translation>avvik {id} har ingen RMA og dermed ingen kunde å kontakte: finn returen først</translation>
        </message>
        <message>
            <source>exception {id} is about a parcel, not a unit: close it with a note</source>
            <translation>avvik {id} gjelder en pakke, ikke en enhet: lukk det med en merknad</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name} since {time}: ask them, or a supervisor to reassign it</source>
            <translation>avvik {id} er tatt av {name} siden {time}: spør vedkommende, eller en arbeidsleder som kan tildele det på nytt</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name}: ask them, or a supervisor to reassign it</source>
            <translation>avvik {id} er tatt av {name}: spør vedkommende, eller en arbeidsleder som kan tildele det på nytt</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name}: only they or a supervisor can release it</source>
            <translation>avvik {id} er tatt av {name}: bare vedkommende eller en arbeidsleder kan slippe det</translation>
        </message>
        <message>
            <source>exception {id} was already resolved by {name}</source>
            <translation>avvik {id} er allerede løst av {name}</translation>
        </message>
        <message>
            <source>exception {id} was already resolved by {name} at {at}</source>
            <translation>avvik {id} er allerede løst av {name} {at}</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>operator {id}</source>
            <translation>operatør {id}</translation>
        </message>
        <message>
            <source>re-grading</source>
            <translation>Å vurdere på nytt</translation>
        </message>
        <message>
            <source>reassigning an exception</source>
            <translation>Å tildele et avvik på nytt</translation>
        </message>
        <message>
            <source>rejecting a return</source>
            <translation>Å avvise en retur</translation>
        </message>
        <message>
            <source>releasing an exception</source>
            <translation>Å slippe et avvik</translation>
        </message>
        <message>
            <source>say what customer service should ask the customer</source>
            <translation>si hva kundeservice skal spørre kunden om</translation>
        </message>
        <message>
            <source>say why the exception is closed</source>
            <translation>si hvorfor avviket lukkes</translation>
        </message>
        <message>
            <source>say why the refund is partial (the customer is told the amount)</source>
            <translation>si hvorfor refusjonen er delvis (kunden får vite beløpet)</translation>
        </message>
        <message>
            <source>say why the return is rejected (the customer is told)</source>
            <translation>si hvorfor returen avvises (kunden får vite det)</translation>
        </message>
        <message>
            <source>say why the unit is re-graded</source>
            <translation>si hvorfor enheten vurderes på nytt</translation>
        </message>
        <message>
            <source>the note is empty</source>
            <translation>merknaden er tom</translation>
        </message>
        <message>
            <source>there is no active operator {id}</source>
            <translation>det finnes ingen aktiv operatør {id}</translation>
        </message>
        <message>
            <source>there is no disposition {disposition}: one of {dispositions}</source>
            <translation>disponeringen {disposition} finnes ikke: en av {dispositions}</translation>
        </message>
        <message>
            <source>there is no exception {id}</source>
            <translation>det finnes ikke noe avvik {id}</translation>
        </message>
        <message>
            <source>there is no grade {grade}: one of {grades}</source>
            <translation>graden {grade} finnes ikke: en av {grades}</translation>
        </message>
        <message>
            <source>{currency} has no decimals: a refund for {lpn} is a whole amount, and {amount} is not</source>
            <translation>{currency} har ingen desimaler: en refusjon for {lpn} er et helt beløp, og {amount} er ikke det</translation>
        </message>
        <message>
            <source>{lpn} already is grade {grade}, {disposition}</source>
            <translation>{lpn} har allerede grad {grade}, {disposition}</translation>
        </message>
        <message>
            <source>{lpn} is on no line of an RMA (a blind or unexpected item): there is no price to refund against; find the customer's return first</source>
            <translation>{lpn} står ikke på noen linje i en RMA (en retur uten RMA eller en uventet vare): det finnes ingen pris å refundere mot; finn kundens retur først</translation>
        </message>
        <message>
            <source>{lpn} is still at the bench ({status}): confirm it there first</source>
            <translation>{lpn} er fortsatt ved benken ({status}): bekreft den der først</translation>
        </message>
        <message>
            <source>{lpn} is {status}, not held: its outcome was already released</source>
            <translation>{lpn} er {status}, ikke holdt tilbake: utfallet er allerede frigitt</translation>
        </message>
        <message>
            <source>{lpn}'s refund is held by this exception: approve it (in full or in part) or reject the return, so the customer hears</source>
            <translation>refusjonen for {lpn} holdes tilbake av dette avviket: godkjenn den (helt eller delvis) eller avvis returen, så kunden får beskjed</translation>
        </message>
        <message>
            <source>{name} is {role}: exceptions go to leads</source>
            <translation>{name} er {role}: avvik går til skiftledere</translation>
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
            <source>Damaged by the customer</source>
            <translation>Skadet av kunden</translation>
        </message>
        <message>
            <source>Damaged by the customer, low value</source>
            <translation>Skadet av kunden, lav verdi</translation>
        </message>
        <message>
            <source>Defective / unsalvageable</source>
            <translation>Defekt / kan ikke reddes</translation>
        </message>
        <message>
            <source>Electronics that do not power on and the customer said defective</source>
            <translation>Elektronikk som ikke starter, og kunden meldte feil</translation>
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
            <source>Good but used</source>
            <translation>God, men brukt</translation>
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
            <source>Like new apparel without its tags</source>
            <translation>Klær som nye uten merkelapper</translation>
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
            <source>New and unopened</source>
            <translation>Ny og uåpnet</translation>
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
            <source>The customer reported the fault</source>
            <translation>Kunden meldte feilen</translation>
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
            <source>Unsalvageable and not reported as faulty</source>
            <translation>Kan ikke reddes og ikke meldt som defekt</translation>
        </message>
        <message>
            <source>Used electronics that do not power on</source>
            <translation>Brukt elektronikk som ikke starter</translation>
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
            <source>exchange held for a shift lead</source>
            <translation>bytte holdt tilbake for en skiftleder</translation>
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
            <source>refund held for a shift lead</source>
            <translation>refusjon holdt tilbake for en skiftleder</translation>
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
            <source>the exchange is released</source>
            <translation>byttet sendes</translation>
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
            <source>Scroll left</source>
            <translation>Rull til venstre</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Rull til høyre</translation>
        </message>
        <message>
            <source>outcome of the last action</source>
            <translation>resultatet av den siste handlingen</translation>
        </message>
    </context>
    <context>
        <name>shift_report</name>
        <message>
            <source>Active hours</source>
            <translation>Aktive timer</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Benk</translation>
        </message>
        <message>
            <source>Benches</source>
            <translation>Benker</translation>
        </message>
        <message>
            <source>CHECK</source>
            <translation>KONTROLLER</translation>
        </message>
        <message>
            <source>CHECK: one reason explains most returns of this SKU: its description, photos or size chart may mislead customers.</source>
            <translation>KONTROLLER: én årsak forklarer de fleste returene av denne varen: beskrivelsen, bildene eller størrelsestabellen kan villede kundene.</translation>
        </message>
        <message>
            <source>Computed {at}</source>
            <translation>Beregnet {at}</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Antall</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>Disponering</translation>
        </message>
        <message>
            <source>Dock to stock</source>
            <translation>Rampe til lager</translation>
        </message>
        <message>
            <source>Exceptions</source>
            <translation>Avvik</translation>
        </message>
        <message>
            <source>Exceptions by type</source>
            <translation>Avvik per type</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grad</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>Grader</translation>
        </message>
        <message>
            <source>Grades and dispositions</source>
            <translation>Grader og disponering</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Marked</translation>
        </message>
        <message>
            <source>Markets</source>
            <translation>Markeder</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operatør</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Operatører</translation>
        </message>
        <message>
            <source>Per 100 units</source>
            <translation>Per 100 enheter</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Årsaker</translation>
        </message>
        <message>
            <source>Receipt to refund accepted</source>
            <translation>Mottak til godkjent refusjon</translation>
        </message>
        <message>
            <source>Returned most</source>
            <translation>Mest returnert</translation>
        </message>
        <message>
            <source>Shift report</source>
            <translation>Skiftrapport</translation>
        </message>
        <message>
            <source>Shift report - {site}</source>
            <translation>Skiftrapport - {site}</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>Units / hour</source>
            <translation>Enheter / time</translation>
        </message>
        <message>
            <source>Units per hour of the day</source>
            <translation>Enheter per time på døgnet</translation>
        </message>
        <message>
            <source>Units received</source>
            <translation>Mottatte enheter</translation>
        </message>
        <message>
            <source>market {market}</source>
            <translation>marked {market}</translation>
        </message>
        <message>
            <source>median {median}, p90 {p90} ({count} refunds)</source>
            <translation>median {median}, p90 {p90} ({count} refusjoner)</translation>
        </message>
        <message>
            <source>median {median}, p90 {p90} ({count} units)</source>
            <translation>median {median}, p90 {p90} ({count} enheter)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>{count} ({rate} per 100 units)</source>
            <translation>{count} ({rate} per 100 enheter)</translation>
        </message>
    </context>
    <context>
        <name>shifts</name>
        <message>
            <source>all day</source>
            <translation>hele dagen</translation>
        </message>
        <message>
            <source>any shift</source>
            <translation>alle skift</translation>
        </message>
        <message>
            <source>early</source>
            <translation>morgenskift</translation>
        </message>
        <message>
            <source>late</source>
            <translation>ettermiddagsskift</translation>
        </message>
        <message>
            <source>night</source>
            <translation>nattskift</translation>
        </message>
        <message>
            <source>{days}, {shift} shift</source>
            <translation>{days}, {shift}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} til {last}</translation>
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
            <translation>Send på nytt nå (&amp;R)</translation>
        </message>
        <message>
            <source>About: {subject}</source>
            <translation>Gjelder: {subject}</translation>
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
            <source>cancelled at the bench</source>
            <translation>avbrutt ved benken</translation>
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
            <source>customer service asked</source>
            <translation>kundeservice spurt</translation>
        </message>
        <message>
            <source>damaged in transit</source>
            <translation>skadet i transport</translation>
        </message>
        <message>
            <source>decision confirmed</source>
            <translation>beslutning bekreftet</translation>
        </message>
        <message>
            <source>delivery</source>
            <translation>levering</translation>
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
            <source>exception raised</source>
            <translation>avvik registrert</translation>
        </message>
        <message>
            <source>exception resolved</source>
            <translation>avvik løst</translation>
        </message>
        <message>
            <source>exception updated</source>
            <translation>avvik oppdatert</translation>
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
            <source>failed</source>
            <translation>mislyktes</translation>
        </message>
        <message>
            <source>grade taken back</source>
            <translation>vurdering angret</translation>
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
            <source>item cancelled</source>
            <translation>vare avbrutt</translation>
        </message>
        <message>
            <source>item scanned</source>
            <translation>vare skannet</translation>
        </message>
        <message>
            <source>label reprinted</source>
            <translation>etikett skrevet ut på nytt</translation>
        </message>
        <message>
            <source>labels printed</source>
            <translation>etiketter skrevet ut</translation>
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
            <source>note</source>
            <translation>merknad</translation>
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
            <source>parcel closed</source>
            <translation>pakke lukket</translation>
        </message>
        <message>
            <source>parcel opened</source>
            <translation>pakke åpnet</translation>
        </message>
        <message>
            <source>parcel reopened</source>
            <translation>pakke åpnet igjen</translation>
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
            <source>printed</source>
            <translation>skrevet ut</translation>
        </message>
        <message>
            <source>purchase</source>
            <translation>kjøp</translation>
        </message>
        <message>
            <source>quarantine</source>
            <translation>karantene</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>i kø</translation>
        </message>
        <message>
            <source>re-graded</source>
            <translation>vurdert på nytt</translation>
        </message>
        <message>
            <source>reassigned</source>
            <translation>tildelt</translation>
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
            <source>refund approved</source>
            <translation>refusjon godkjent</translation>
        </message>
        <message>
            <source>refunded in part</source>
            <translation>delvis refundert</translation>
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
            <source>released</source>
            <translation>sluppet</translation>
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
            <source>resolved by hand</source>
            <translation>løst for hånd</translation>
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
            <source>returned to the customer</source>
            <translation>sendt tilbake til kunden</translation>
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
            <source>sent again</source>
            <translation>sendt på nytt</translation>
        </message>
        <message>
            <source>serial mismatch</source>
            <translation>feil serienummer</translation>
        </message>
        <message>
            <source>serial number recorded</source>
            <translation>serienummer registrert</translation>
        </message>
        <message>
            <source>shift lead</source>
            <translation>skiftleder</translation>
        </message>
        <message>
            <source>signed in</source>
            <translation>logget inn</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>logget ut</translation>
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
            <source>unit re-graded</source>
            <translation>enhet vurdert på nytt</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>ukjent</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>venter</translation>
        </message>
        <message>
            <source>weighed</source>
            <translation>veid</translation>
        </message>
        <message>
            <source>weight mismatch</source>
            <translation>vektavvik</translation>
        </message>
        <message>
            <source>will try again</source>
            <translation>prøver igjen</translation>
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
            <source>Parcel {tracking} weighs {weight}, expected {expected}</source>
            <translation>Pakke {tracking} veier {weight}, forventet {expected}</translation>
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
            <source>The decision changed: {decision}</source>
            <translation>Avgjørelsen ble endret: {decision}</translation>
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
            <source>exchange released</source>
            <translation>byttet sendes</translation>
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
            <source>reopening a closed parcel</source>
            <translation>Å åpne en lukket pakke igjen</translation>
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
            <source>{lpn} cancelled: {reason}</source>
            <translation>{lpn} avbrutt: {reason}</translation>
        </message>
        <message>
            <source>{lpn} confirmed: {disposition}, held for a lead. Label printing.</source>
            <translation>{lpn} bekreftet: {disposition}, holdt tilbake for en skiftleder. Etiketten skrives ut.</translation>
        </message>
        <message>
            <source>{lpn} confirmed: {disposition}, {amount}. Label printing.</source>
            <translation>{lpn} bekreftet: {disposition}, {amount}. Etiketten skrives ut.</translation>
        </message>
        <message>
            <source>{lpn} is already {status}</source>
            <translation>{lpn} er allerede {status}</translation>
        </message>
        <message>
            <source>{lpn} is not graded yet</source>
            <translation>{lpn} er ikke gradert ennå</translation>
        </message>
        <message>
            <source>{lpn}: answer the checklist first: {questions}</source>
            <translation>{lpn}: svar på sjekklisten først: {questions}</translation>
        </message>
        <message>
            <source>{lpn}: grade taken back</source>
            <translation>{lpn}: graderingen er angret</translation>
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
            <source>{lpn}: {name}</source>
            <translation>{lpn}: {name}</translation>
        </message>
        <message>
            <source>{lpn}: {name}, its serial number is needed</source>
            <translation>{lpn}: {name}, serienummeret trengs</translation>
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
            <source>{rma} still expects {missing} of {n} item(s): {items}. Closing the parcel makes them a missing-item case</source>
            <translation>
                <numerusform>{rma} venter fortsatt på {missing} av {n} vare: {items}. Lukkes pakken, blir den et avvik for manglende vare</numerusform>
                <numerusform>{rma} venter fortsatt på {missing} av {n} varer: {items}. Lukkes pakken, blir de et avvik for manglende varer</numerusform>
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
