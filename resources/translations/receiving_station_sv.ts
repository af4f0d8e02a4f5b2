<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>amounts</name>
        <message>
            <source>The amount must be more than nothing.</source>
            <translation>Beloppet måste vara större än noll.</translation>
        </message>
        <message>
            <source>Type an amount, as {example}.</source>
            <translation>Skriv ett belopp, t.ex. {example}.</translation>
        </message>
        <message>
            <source>{amount} is more than was paid ({paid}).</source>
            <translation>{amount} är mer än det som betalades ({paid}).</translation>
        </message>
        <message>
            <source>{typed} has more decimals than {currency} has: type it as {example}.</source>
            <translation>{typed} har fler decimaler än {currency} har: skriv det som t.ex. {example}.</translation>
        </message>
        <message>
            <source>{typed} is not an amount: type it as {example}.</source>
            <translation>{typed} är inget belopp: skriv det som t.ex. {example}.</translation>
        </message>
    </context>
    <context>
        <name>auth</name>
        <message>
            <source>{action} needs a {needed} or above; you are signed in as {role}</source>
            <translation>{action} kräver {needed} eller högre; du är inloggad som {role}</translation>
        </message>
        <message>
            <source>{action}: you are not an active operator here (disabled, or not known): sign in again or ask a supervisor</source>
            <translation>{action}: du är inte en aktiv operatör här (avstängd eller okänd): logga in igen eller fråga en arbetsledare</translation>
        </message>
    </context>
    <context>
        <name>bench</name>
        <message>
            <source>Answer with Y or N</source>
            <translation>Svara med Y eller N</translation>
        </message>
        <message>
            <source>Answer with Y or N  ·  Esc steps back</source>
            <translation>Svara med Y eller N  ·  Esc går tillbaka</translation>
        </message>
        <message>
            <source>Enter confirms and prints the label</source>
            <translation>Enter bekräftar och skriver ut etiketten</translation>
        </message>
        <message>
            <source>Enter confirms and prints the label  ·  Esc steps back</source>
            <translation>Enter bekräftar och skriver ut etiketten  ·  Esc går tillbaka</translation>
        </message>
        <message>
            <source>Every expected item is in: F9 closes the parcel  ·  or scan an extra item</source>
            <translation>Alla väntade artiklar är inne: F9 stänger paketet  ·  eller skanna en extra artikel</translation>
        </message>
        <message>
            <source>Grade it: 1–5</source>
            <translation>Gradera: 1–5</translation>
        </message>
        <message>
            <source>Grade it: 1–5  ·  Esc steps back</source>
            <translation>Gradera: 1–5  ·  Esc går tillbaka</translation>
        </message>
        <message>
            <source>Grade {grade} ({label}) needs a photo: press P</source>
            <translation>Grad {grade} ({label}) kräver ett foto: tryck P</translation>
        </message>
        <message>
            <source>No parcel is open: scan the parcel's carrier label or RMA barcode first</source>
            <translation>Inget paket är öppet: skanna paketets fraktsedel eller RMA-streckkod först</translation>
        </message>
        <message>
            <source>Not closed: parcel {tracking} stays open</source>
            <translation>Inte stängt: paket {tracking} förblir öppet</translation>
        </message>
        <message numerus="yes">
            <source>Parcel {tracking} set aside, still open: {rma} still expects {missing} of {n} item(s); scan it again to go on with it</source>
            <translation>
                <numerusform>Paket {tracking} lagt åt sidan, fortfarande öppet: {rma} väntar ännu på {missing} av {n} artikel; skanna det igen för att fortsätta med det</numerusform>
                <numerusform>Paket {tracking} lagt åt sidan, fortfarande öppet: {rma} väntar ännu på {missing} av {n} artiklar; skanna det igen för att fortsätta med det</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Press F9 again to close {rma} with {n} item(s) missing  ·  Esc keeps it open</source>
            <translation>
                <numerusform>Tryck F9 igen för att stänga {rma} fast {n} artikel saknas  ·  Esc håller den öppen</numerusform>
                <numerusform>Tryck F9 igen för att stänga {rma} fast {n} artiklar saknas  ·  Esc håller den öppen</numerusform>
            </translation>
        </message>
        <message>
            <source>Put the parcel on the scale, then scan an item  ·  F9 closes the parcel</source>
            <translation>Lägg paketet på vågen, skanna sedan en artikel  ·  F9 stänger paketet</translation>
        </message>
        <message>
            <source>Scan the item's serial number</source>
            <translation>Skanna artikelns serienummer</translation>
        </message>
        <message>
            <source>Scan the next item  ·  F9 closes the parcel</source>
            <translation>Skanna nästa artikel  ·  F9 stänger paketet</translation>
        </message>
        <message>
            <source>Scan the parcel's carrier label or RMA barcode</source>
            <translation>Skanna paketets fraktsedel eller RMA-streckkod</translation>
        </message>
        <message>
            <source>Scan your badge, or choose your name and type your PIN</source>
            <translation>Skanna din bricka, eller välj ditt namn och skriv din PIN-kod</translation>
        </message>
        <message>
            <source>Sign in first: scan your badge, or choose your name and type your PIN</source>
            <translation>Logga in först: skanna din bricka, eller välj ditt namn och skriv din PIN-kod</translation>
        </message>
        <message>
            <source>Take a photo: P</source>
            <translation>Ta ett foto: P</translation>
        </message>
        <message>
            <source>Take a photo: P  ·  Esc chooses another grade</source>
            <translation>Ta ett foto: P  ·  Esc väljer en annan grad</translation>
        </message>
        <message>
            <source>The database did not answer ({reason}). Nothing was saved: scan or press the key again in a moment; call IT if it keeps happening</source>
            <translation>Databasen svarade inte ({reason}). Inget sparades: skanna eller tryck på tangenten igen om en stund; ring IT om det fortsätter</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Välkommen, {name}</translation>
        </message>
        <message numerus="yes">
            <source>after {n} minute(s) without work</source>
            <translation>
                <numerusform>efter {n} minut utan arbete</numerusform>
                <numerusform>efter {n} minuter utan arbete</numerusform>
            </translation>
        </message>
        <message>
            <source>again: {question}</source>
            <translation>igen: {question}</translation>
        </message>
        <message>
            <source>already graded: Esc to grade again, Enter to confirm</source>
            <translation>redan graderad: Esc för att gradera om, Enter för att bekräfta</translation>
        </message>
        <message>
            <source>answer first: {question} (Y/N)</source>
            <translation>svara först: {question} (Y/N)</translation>
        </message>
        <message>
            <source>badge {badge} is not known here: ask your shift lead</source>
            <translation>brickan {badge} är okänd här: fråga din skiftledare</translation>
        </message>
        <message>
            <source>by the sign-out barcode</source>
            <translation>med utloggningsstreckkoden</translation>
        </message>
        <message>
            <source>cancelled at the bench</source>
            <translation>avbruten vid bänken</translation>
        </message>
        <message>
            <source>choose the grade again (1–5)</source>
            <translation>välj grad igen (1–5)</translation>
        </message>
        <message>
            <source>command {command} is not used at the bench</source>
            <translation>kommandot {command} används inte vid bänken</translation>
        </message>
        <message>
            <source>finish {lpn} first: {step}</source>
            <translation>gör klart {lpn} först: {step}</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>no item to cancel</source>
            <translation>ingen artikel att avbryta</translation>
        </message>
        <message>
            <source>no parcel is open</source>
            <translation>inget paket är öppet</translation>
        </message>
        <message>
            <source>nothing to answer now: {step}</source>
            <translation>inget att svara på nu: {step}</translation>
        </message>
        <message>
            <source>nothing to confirm yet: {step}</source>
            <translation>inget att bekräfta än: {step}</translation>
        </message>
        <message>
            <source>nothing to step back from</source>
            <translation>inget att gå tillbaka från</translation>
        </message>
        <message>
            <source>photo {count} taken</source>
            <translation>foto {count} taget</translation>
        </message>
        <message>
            <source>put the parcel on the scale and wait for a stable weight</source>
            <translation>lägg paketet på vågen och vänta på en stabil vikt</translation>
        </message>
        <message>
            <source>reprints are made on the Labels screen, with a reason (supervisors)</source>
            <translation>omutskrifter görs på skärmen Etiketter, med en anledning (arbetsledare)</translation>
        </message>
        <message>
            <source>scan an item before grading</source>
            <translation>skanna en artikel innan du graderar</translation>
        </message>
        <message>
            <source>scan an item before taking its photo</source>
            <translation>skanna en artikel innan du fotograferar den</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>utloggad</translation>
        </message>
        <message>
            <source>stepped back at the bench</source>
            <translation>backade vid bänken</translation>
        </message>
        <message>
            <source>taking a photo</source>
            <translation>tar ett foto</translation>
        </message>
        <message>
            <source>the station does not speak {language}</source>
            <translation>stationen talar inte {language}</translation>
        </message>
        <message>
            <source>the {key} key does nothing here: {step}</source>
            <translation>tangenten {key} gör inget här: {step}</translation>
        </message>
        <message>
            <source>this parcel is open already</source>
            <translation>det här paketet är redan öppet</translation>
        </message>
        <message>
            <source>unknown input {kind}</source>
            <translation>okänd inmatning {kind}</translation>
        </message>
        <message numerus="yes">
            <source>wrong PIN for {name}, {n} times: locked until {time}; ask a supervisor if it cannot wait</source>
            <translation>
                <numerusform>fel PIN för {name}, {n} gång: spärrad till {time}; fråga en arbetsledare om det inte kan vänta</numerusform>
                <numerusform>fel PIN för {name}, {n} gånger: spärrad till {time}; fråga en arbetsledare om det inte kan vänta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrong PIN for {name}: try again ({n} more before a lock)</source>
            <translation>
                <numerusform>fel PIN för {name}: försök igen ({n} försök till innan spärr)</numerusform>
                <numerusform>fel PIN för {name}: försök igen ({n} försök till innan spärr)</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{current} has parcel {tracking} open: scan {name}'s badge again to take over (the parcel stays open)</source>
            <translation>{current} har paket {tracking} öppet: skanna {name}s bricka igen för att ta över (paketet förblir öppet)</translation>
        </message>
        <message>
            <source>{lpn} is not finished: {step} (Esc steps back)</source>
            <translation>{lpn} är inte klar: {step} (Esc går tillbaka)</translation>
        </message>
        <message>
            <source>{lpn}: scan its serial number first</source>
            <translation>{lpn}: skanna serienumret först</translation>
        </message>
        <message>
            <source>{name} is grading {lpn}: confirm or step back (Esc) first, then sign in</source>
            <translation>{name} graderar {lpn}: bekräfta eller gå tillbaka (Esc) först, logga sedan in</translation>
        </message>
        <message>
            <source>{name} is locked after too many wrong PINs until {time}: wait, or ask a supervisor</source>
            <translation>{name} är spärrad efter för många fel PIN till {time}: vänta, eller fråga en arbetsledare</translation>
        </message>
        <message>
            <source>{name} signed out</source>
            <translation>{name} har loggat ut</translation>
        </message>
        <message>
            <source>{name} signed out: {why}</source>
            <translation>{name} loggades ut: {why}</translation>
        </message>
        <message>
            <source>{name} signs in with badge and PIN: scan your badge first, then type your PIN</source>
            <translation>{name} loggar in med bricka och PIN: skanna din bricka först, skriv sedan din PIN</translation>
        </message>
        <message>
            <source>{name}: type your PIN and press Enter</source>
            <translation>{name}: skriv din PIN och tryck Enter</translation>
        </message>
        <message>
            <source>{question}  Y / N  ·  Esc steps back</source>
            <translation>{question}  Y / N  ·  Esc går tillbaka</translation>
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
                <numerusform>{rma} väntar ännu på {missing} av {n} artikel: {items}</numerusform>
                <numerusform>{rma} väntar ännu på {missing} av {n} artiklar: {items}</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not a weight</source>
            <translation>{value} är ingen vikt</translation>
        </message>
        <message>
            <source>{weight} on the scale</source>
            <translation>{weight} på vågen</translation>
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
            <translation>Händelser</translation>
        </message>
        <message>
            <source>BLIND RETURN</source>
            <translation>RETUR UTAN RMA</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Bänk</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklista</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>EXCHANGE HELD: a lead decides</source>
            <translation>BYTE SPÄRRAT: en skiftledare beslutar</translation>
        </message>
        <message>
            <source>Exp.</source>
            <translation>Förv.</translation>
        </message>
        <message>
            <source>Expected lines</source>
            <translation>Förväntade rader</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Inne</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation>Senaste resultat</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Kvar</translation>
        </message>
        <message>
            <source>No parcel open</source>
            <translation>Inget paket öppet</translation>
        </message>
        <message>
            <source>OVERLOAD</source>
            <translation>ÖVERLAST</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>Parcel {tracking} ({carrier})
No RMA: receive the items, a lead finds the customer.</source>
            <translation>Paket {tracking} ({carrier})
Ingen RMA: ta emot artiklarna, en skiftledare hittar kunden.</translation>
        </message>
        <message>
            <source>REFUND HELD: a lead decides</source>
            <translation>ÅTERBETALNING SPÄRRAD: en skiftledare beslutar</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikelnr</translation>
        </message>
        <message>
            <source>STABLE</source>
            <translation>STABIL</translation>
        </message>
        <message>
            <source>Scan an item out of the parcel.</source>
            <translation>Skanna en artikel ur paketet.</translation>
        </message>
        <message>
            <source>Scan the carrier label or the RMA barcode.</source>
            <translation>Skanna fraktsedeln eller RMA-streckkoden.</translation>
        </message>
        <message>
            <source>UNDERLOAD</source>
            <translation>UNDERLAST</translation>
        </message>
        <message>
            <source>WEIGHT MISMATCH: refund held</source>
            <translation>VIKTAVVIKELSE: återbetalningen spärrad</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Vikt</translation>
        </message>
        <message>
            <source>Weight on the scale</source>
            <translation>Vikt på vågen</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>Vad du gör nu</translation>
        </message>
        <message>
            <source>carrier unknown</source>
            <translation>okänt fraktbolag</translation>
        </message>
        <message>
            <source>exchange {sku} released</source>
            <translation>byte till {sku} skickas</translation>
        </message>
        <message>
            <source>expected {expected}
measured {measured}</source>
            <translation>förväntad {expected}
uppmätt {measured}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>rad {line}</translation>
        </message>
        <message>
            <source>moving…</source>
            <translation>rör sig…</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>no reading</source>
            <translation>ingen avläsning</translation>
        </message>
        <message>
            <source>not on the RMA</source>
            <translation>finns inte på RMA:n</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>inte än</translation>
        </message>
        <message>
            <source>nothing to refund</source>
            <translation>inget att återbetala</translation>
        </message>
        <message>
            <source>refund {amount}</source>
            <translation>återbetalning {amount}</translation>
        </message>
        <message>
            <source>restocking fee {amount}</source>
            <translation>returavgift {amount}</translation>
        </message>
        <message>
            <source>rule {rule}  (why: see the message above)</source>
            <translation>regel {rule}  (varför: se meddelandet ovan)</translation>
        </message>
        <message>
            <source>serial {serial}</source>
            <translation>serienummer {serial}</translation>
        </message>
        <message>
            <source>serial: scan it</source>
            <translation>serienummer: skanna det</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>okänt</translation>
        </message>
        <message>
            <source>unknown SKU</source>
            <translation>okänt artikelnr</translation>
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
köpt {bought} · vill ha {wants}
paket {tracking}</translation>
        </message>
        <message numerus="yes">
            <source>{n} photo(s) taken</source>
            <translation>
                <numerusform>{n} foto taget</numerusform>
                <numerusform>{n} foton tagna</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Amount to refund (at most {paid}):</source>
            <translation>Belopp att återbetala (högst {paid}):</translation>
        </message>
        <message>
            <source>Approve the refund in full</source>
            <translation>Godkänn återbetalningen i sin helhet</translation>
        </message>
        <message>
            <source>Approve the refund in part</source>
            <translation>Godkänn återbetalningen delvis</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <source>Confirm (Ctrl+Enter)</source>
            <translation>Bekräfta (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Ctrl+Enter or Confirm: do it · Esc: cancel</source>
            <translation>Ctrl+Enter eller Bekräfta: utför · Esc: avbryt</translation>
        </message>
        <message>
            <source>Enter does not confirm here: press Ctrl+Enter.</source>
            <translation>Enter bekräftar inte här: tryck Ctrl+Enter.</translation>
        </message>
        <message>
            <source>OK (Enter)</source>
            <translation>OK (Enter)</translation>
        </message>
        <message>
            <source>Refunds {amount} of {paid}; {kept} is kept as a restocking fee.</source>
            <translation>Återbetalar {amount} av {paid}; {kept} behålls som returavgift.</translation>
        </message>
        <message numerus="yes">
            <source>Refunds {money} for {n} units to the customer.</source>
            <translation>
                <numerusform>Återbetalar {money} för {n} enhet till kunden.</numerusform>
                <numerusform>Återbetalar {money} för {n} enheter till kunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reject the return</source>
            <translation>Avvisa returen</translation>
        </message>
        <message numerus="yes">
            <source>Releases the exchange of {n} units.</source>
            <translation>
                <numerusform>Släpper bytet för {n} enhet.</numerusform>
                <numerusform>Släpper bytet för {n} enheter.</numerusform>
            </translation>
        </message>
        <message>
            <source>Say why the refund is less than in full.</source>
            <translation>Ange varför återbetalningen är delvis.</translation>
        </message>
        <message>
            <source>Say why: the customer is told.</source>
            <translation>Ange varför: kunden får veta det.</translation>
        </message>
        <message>
            <source>Type something first, or Esc to cancel.</source>
            <translation>Skriv något först, eller Esc för att avbryta.</translation>
        </message>
        <message>
            <source>Type the amount to refund.</source>
            <translation>Skriv beloppet som ska återbetalas.</translation>
        </message>
        <message>
            <source>Why is it rejected (the customer is told)?</source>
            <translation>Varför avvisas returen (kunden får veta)?</translation>
        </message>
        <message>
            <source>Why less than in full?</source>
            <translation>Varför inte hela beloppet?</translation>
        </message>
        <message numerus="yes">
            <source>Withholds {money}: the customer gets nothing back for {n} units.</source>
            <translation>
                <numerusform>Håller inne {money}: kunden får inget tillbaka för {n} enhet.</numerusform>
                <numerusform>Håller inne {money}: kunden får inget tillbaka för {n} enheter.</numerusform>
            </translation>
        </message>
        <message>
            <source>what was not taken</source>
            <translation>det som inte togs emot</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: an exchange (paid {money})</source>
            <translation>{lpn} · {rma} · {customer}: ett byte (betalt {money})</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: paid {money}</source>
            <translation>{lpn} · {rma} · {customer}: betalt {money}</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: paid {money}, as store credit</source>
            <translation>{lpn} · {rma} · {customer}: betalt {money}, som tillgodokvitto</translation>
        </message>
        <message>
            <source>{money}</source>
            <translation>{money}</translation>
        </message>
        <message numerus="yes">
            <source>… and {n} more units</source>
            <translation>
                <numerusform>… och {n} enhet till</numerusform>
                <numerusform>… och {n} enheter till</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>events</name>
        <message>
            <source>event {id} is {state}: only refused or waiting events can be resolved by hand</source>
            <translation>händelse {id} är {state}: bara avvisade eller väntande händelser kan lösas för hand</translation>
        </message>
        <message>
            <source>event {id} is {state}: only refused or waiting events can be retried</source>
            <translation>händelse {id} är {state}: bara avvisade eller väntande händelser kan skickas igen</translation>
        </message>
        <message>
            <source>say why the event is resolved by hand (a note is required)</source>
            <translation>ange varför händelsen löses för hand (en anteckning krävs)</translation>
        </message>
        <message>
            <source>there is no upstream event {id}</source>
            <translation>det finns ingen händelse {id} till ordersystemet</translation>
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
            <translation>(behåll graden)</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Lägg till en anteckning</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Ålder</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>Any age</source>
            <translation>Alla åldrar</translation>
        </message>
        <message>
            <source>Any operator</source>
            <translation>Alla operatörer</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Alla typer</translation>
        </message>
        <message>
            <source>Approve in part one exception at a time.</source>
            <translation>Godkänn delvis en avvikelse i taget.</translation>
        </message>
        <message>
            <source>Approve refund (A)</source>
            <translation>Godkänn återbetalning (A)</translation>
        </message>
        <message>
            <source>Ask customer service</source>
            <translation>Fråga kundtjänst</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>Efter status</translation>
        </message>
        <message>
            <source>By type</source>
            <translation>Efter typ</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Fraktbolag</translation>
        </message>
        <message>
            <source>Checklist: {answers}</source>
            <translation>Checklista: {answers}</translation>
        </message>
        <message>
            <source>Choose an exception first (↑/↓).</source>
            <translation>Välj en avvikelse först (↑/↓).</translation>
        </message>
        <message>
            <source>Choose an exception to see its evidence.</source>
            <translation>Välj en avvikelse för att se underlaget.</translation>
        </message>
        <message>
            <source>Claim (C)</source>
            <translation>Ta (C)</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>Tagna</translation>
        </message>
        <message>
            <source>Close (D)</source>
            <translation>Stäng (D)</translation>
        </message>
        <message>
            <source>Close the exception</source>
            <translation>Stäng avvikelsen</translation>
        </message>
        <message>
            <source>Contact customer (K)</source>
            <translation>Kontakta kunden (K)</translation>
        </message>
        <message>
            <source>Could not read the exception queue: {problem}</source>
            <translation>Kunde inte läsa avvikelsekön: {problem}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Underlag</translation>
        </message>
        <message>
            <source>Exception {id}: {done}.</source>
            <translation>Avvikelse {id}: {done}.</translation>
        </message>
        <message>
            <source>Exception {id}: {problem}</source>
            <translation>Avvikelse {id}: {problem}</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Väntat</translation>
        </message>
        <message>
            <source>Expected vs found</source>
            <translation>Väntat mot funnet</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Funnet</translation>
        </message>
        <message>
            <source>Give it to:</source>
            <translation>Ge den till:</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Marknad</translation>
        </message>
        <message>
            <source>Mkt</source>
            <translation>Mkn</translation>
        </message>
        <message>
            <source>New grade or disposition:</source>
            <translation>Ny grad eller hantering:</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Nyaste först</translation>
        </message>
        <message>
            <source>No bench activity recorded.</source>
            <translation>Ingen bänkaktivitet registrerad.</translation>
        </message>
        <message>
            <source>No exception matches: the queue is clear.</source>
            <translation>Ingen avvikelse matchar: kön är tom.</translation>
        </message>
        <message>
            <source>No history.</source>
            <translation>Ingen historik.</translation>
        </message>
        <message>
            <source>No notes yet (N adds one).</source>
            <translation>Inga anteckningar än (N lägger till en).</translation>
        </message>
        <message>
            <source>No refund is held for this choice: nothing to approve or reject.</source>
            <translation>Ingen återbetalning är spärrad för det valda: inget att godkänna eller avvisa.</translation>
        </message>
        <message>
            <source>Note (N)</source>
            <translation>Anteckning (N)</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Anteckning:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>OVERDUE {time}</source>
            <translation>FÖRSENAD {time}</translation>
        </message>
        <message>
            <source>Older than 1 day</source>
            <translation>Äldre än 1 dag</translation>
        </message>
        <message>
            <source>Older than 1 hour</source>
            <translation>Äldre än 1 timme</translation>
        </message>
        <message>
            <source>Older than 3 days</source>
            <translation>Äldre än 3 dagar</translation>
        </message>
        <message>
            <source>Older than 4 hours</source>
            <translation>Äldre än 4 timmar</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Äldsta först</translation>
        </message>
        <message>
            <source>Open (nobody on it)</source>
            <translation>Öppna (ingen tar dem)</translation>
        </message>
        <message>
            <source>Open and claimed</source>
            <translation>Öppna och tagna</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foton</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Re-grade</source>
            <translation>Gradera om</translation>
        </message>
        <message>
            <source>Re-grade (G)</source>
            <translation>Gradera om (G)</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>Tilldela</translation>
        </message>
        <message>
            <source>Reassign (S)</source>
            <translation>Tilldela (S)</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Uppdatera (Ctrl+R)</translation>
        </message>
        <message>
            <source>Reject (J)</source>
            <translation>Avvisa (J)</translation>
        </message>
        <message>
            <source>Release (X)</source>
            <translation>Släpp (X)</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Lösta</translation>
        </message>
        <message>
            <source>Resolved:</source>
            <translation>Löst:</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retur</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikelnr</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>SLA due first</source>
            <translation>Närmast SLA först</translation>
        </message>
        <message>
            <source>Scan log</source>
            <translation>Skanningslogg</translation>
        </message>
        <message>
            <source>Search: RMA, order, tracking number or LPN (Ctrl+F)</source>
            <translation>Sök: RMA, order, spårningsnummer eller LPN (Ctrl+F)</translation>
        </message>
        <message>
            <source>Serials shipped</source>
            <translation>Skickade serienummer</translation>
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
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>The photo {path} cannot be read (moved or deleted?)</source>
            <translation>Fotot {path} kan inte läsas (flyttat eller raderat?)</translation>
        </message>
        <message>
            <source>There is no lead to reassign to.</source>
            <translation>Det finns ingen skiftledare att tilldela.</translation>
        </message>
        <message>
            <source>This exception has no photos.</source>
            <translation>Den här avvikelsen har inga foton.</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Spårning</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Upstream attempts</source>
            <translation>Försök mot ordersystemet</translation>
        </message>
        <message>
            <source>What should customer service ask the customer?</source>
            <translation>Vad ska kundtjänst fråga kunden?</translation>
        </message>
        <message>
            <source>What was done?</source>
            <translation>Vad gjordes?</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Varför?</translation>
        </message>
        <message>
            <source>age</source>
            <translation>ålder</translation>
        </message>
        <message>
            <source>carrier</source>
            <translation>fraktbolag</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>kanal</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>checklista</translation>
        </message>
        <message>
            <source>claimed</source>
            <translation>tagen</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>stängd</translation>
        </message>
        <message>
            <source>code scanned</source>
            <translation>skannad kod</translation>
        </message>
        <message>
            <source>counted from</source>
            <translation>räknat från</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>valuta</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>kund</translation>
        </message>
        <message>
            <source>customer service asked</source>
            <translation>kundtjänst tillfrågad</translation>
        </message>
        <message>
            <source>days allowed</source>
            <translation>tillåtna dagar</translation>
        </message>
        <message>
            <source>days since</source>
            <translation>dagar sedan</translation>
        </message>
        <message>
            <source>difference</source>
            <translation>skillnad</translation>
        </message>
        <message>
            <source>disposition</source>
            <translation>hantering</translation>
        </message>
        <message>
            <source>disposition {disposition}</source>
            <translation>hantering: {disposition}</translation>
        </message>
        <message>
            <source>due in {time}</source>
            <translation>förfaller om {time}</translation>
        </message>
        <message>
            <source>due in {time} !</source>
            <translation>förfaller om {time} !</translation>
        </message>
        <message>
            <source>exception detail and evidence</source>
            <translation>avvikelsens detaljer och underlag</translation>
        </message>
        <message>
            <source>exception queue</source>
            <translation>avvikelsekö</translation>
        </message>
        <message>
            <source>exception type</source>
            <translation>avvikelsetyp</translation>
        </message>
        <message>
            <source>expected lines</source>
            <translation>väntade rader</translation>
        </message>
        <message>
            <source>expected weight</source>
            <translation>förväntad vikt</translation>
        </message>
        <message>
            <source>explanation</source>
            <translation>förklaring</translation>
        </message>
        <message>
            <source>flags</source>
            <translation>flaggor</translation>
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
            <translation>rad {line}: {sku} × {quantity}</translation>
        </message>
        <message>
            <source>market</source>
            <translation>marknad</translation>
        </message>
        <message>
            <source>measured weight</source>
            <translation>uppmätt vikt</translation>
        </message>
        <message>
            <source>missing lines</source>
            <translation>saknade rader</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>noted</source>
            <translation>antecknad</translation>
        </message>
        <message>
            <source>number</source>
            <translation>nummer</translation>
        </message>
        <message>
            <source>order</source>
            <translation>order</translation>
        </message>
        <message>
            <source>parcels</source>
            <translation>paket</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>foton</translation>
        </message>
        <message>
            <source>photos (P or Enter shows them large)</source>
            <translation>foton (P eller Enter visar dem stort)</translation>
        </message>
        <message>
            <source>proposed disposition</source>
            <translation>föreslagen hantering</translation>
        </message>
        <message>
            <source>proposed refund</source>
            <translation>föreslagen återbetalning</translation>
        </message>
        <message>
            <source>purchase date</source>
            <translation>köpdatum</translation>
        </message>
        <message>
            <source>raised by operator</source>
            <translation>registrerad av operatör</translation>
        </message>
        <message>
            <source>raised {at}</source>
            <translation>registrerad {at}</translation>
        </message>
        <message>
            <source>raised {at} at {station}</source>
            <translation>registrerad {at} vid {station}</translation>
        </message>
        <message>
            <source>re-graded</source>
            <translation>omgraderad</translation>
        </message>
        <message>
            <source>reassigned</source>
            <translation>tilldelad</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>återbetalning</translation>
        </message>
        <message>
            <source>refund approved in full</source>
            <translation>återbetalning godkänd i sin helhet</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>avvisad</translation>
        </message>
        <message>
            <source>released</source>
            <translation>släppt</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>önskat</translation>
        </message>
        <message>
            <source>return window</source>
            <translation>returfönster</translation>
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
            <translation>sök på RMA, order, spårningsnummer eller LPN</translation>
        </message>
        <message>
            <source>serial number</source>
            <translation>serienummer</translation>
        </message>
        <message>
            <source>serial scanned</source>
            <translation>skannat serienummer</translation>
        </message>
        <message>
            <source>serials shipped</source>
            <translation>skickade serienummer</translation>
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
            <translation>tolerans</translation>
        </message>
        <message>
            <source>tracking number</source>
            <translation>spårningsnummer</translation>
        </message>
        <message>
            <source>weight mismatch</source>
            <translation>viktavvikelse</translation>
        </message>
        <message>
            <source>why</source>
            <translation>varför</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{amount} refunded</source>
            <translation>{amount} återbetalat</translation>
        </message>
        <message>
            <source>{count} match: {parts}. Loaded {loaded}, {overdue} of them overdue.</source>
            <translation>{count} träffar: {parts}. Inlästa {loaded}, varav {overdue} försenade.</translation>
        </message>
        <message>
            <source>{count} match: {parts}. Loaded {loaded}.</source>
            <translation>{count} träffar: {parts}. Inlästa {loaded}.</translation>
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
            <translation>{hours} h {minutes}</translation>
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
                <numerusform>{n} avvikelse vald: åtgärderna gäller var och en.</numerusform>
                <numerusform>{n} avvikelser valda: åtgärderna gäller var och en.</numerusform>
            </translation>
        </message>
        <message>
            <source>{status} by {name}</source>
            <translation>{status} av {name}</translation>
        </message>
        <message numerus="yes">
            <source>… and {n} more refused.</source>
            <translation>
                <numerusform>… och {n} till avvisad.</numerusform>
                <numerusform>… och {n} till avvisade.</numerusform>
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
            <translation>artikelnummer</translation>
        </message>
        <message>
            <source>accepted (local time)</source>
            <translation>godkänd (lokal tid)</translation>
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
            <translation>idempotensnyckel</translation>
        </message>
        <message>
            <source>market</source>
            <translation>marknad</translation>
        </message>
        <message>
            <source>method</source>
            <translation>metod</translation>
        </message>
        <message>
            <source>order</source>
            <translation>order</translation>
        </message>
        <message>
            <source>original payment</source>
            <translation>ursprungligt betalsätt</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>återbetalning</translation>
        </message>
        <message>
            <source>restocking fee</source>
            <translation>returavgift</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>tillgodokvitto</translation>
        </message>
        <message>
            <source>upstream reference</source>
            <translation>referens i ordersystemet</translation>
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
            <translation>'{reason}' dominerar</translation>
        </message>
        <message>
            <source>Active hours</source>
            <translation>Aktiva timmar</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Bänk</translation>
        </message>
        <message>
            <source>Benches</source>
            <translation>Bänkar</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontroll</translation>
        </message>
        <message>
            <source>Could not work out the figures: {problem}</source>
            <translation>Kunde inte räkna fram nyckeltalen: {problem}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Dispositions</source>
            <translation>Hantering</translation>
        </message>
        <message>
            <source>Dock → stock (median · p90)</source>
            <translation>Kaj → lager (median · p90)</translation>
        </message>
        <message>
            <source>E&amp;xport refunds CSV… (E)</source>
            <translation>E&amp;xportera återbetalningar som CSV… (E)</translation>
        </message>
        <message>
            <source>Exceptions / 100 units</source>
            <translation>Avvikelser / 100 enheter</translation>
        </message>
        <message>
            <source>Exceptions by type</source>
            <translation>Avvikelser per typ</translation>
        </message>
        <message>
            <source>Export refunds</source>
            <translation>Exportera återbetalningar</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>Grader</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Marknad</translation>
        </message>
        <message>
            <source>Markets and shifts</source>
            <translation>Marknader och skift</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Inte sparat: {problem}</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operatör</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Operatörer</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Orsaker</translation>
        </message>
        <message>
            <source>Receipt → refund (median · p90)</source>
            <translation>Mottagning → återbetalning (median · p90)</translation>
        </message>
        <message>
            <source>Returned most</source>
            <translation>Mest returnerade</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikelnr</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Skift</translation>
        </message>
        <message>
            <source>Shift figures</source>
            <translation>Nyckeltal för skiftet</translation>
        </message>
        <message>
            <source>Shift report</source>
            <translation>Skiftrapport</translation>
        </message>
        <message>
            <source>Shift report written to {path}</source>
            <translation>Skiftrapporten sparad i {path}</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>Units / hour</source>
            <translation>Enheter / timme</translation>
        </message>
        <message>
            <source>Units per hour of the day</source>
            <translation>Enheter per timme på dygnet</translation>
        </message>
        <message>
            <source>Units received</source>
            <translation>Mottagna enheter</translation>
        </message>
        <message>
            <source>every bench</source>
            <translation>alla bänkar</translation>
        </message>
        <message>
            <source>every market</source>
            <translation>alla marknader</translation>
        </message>
        <message>
            <source>figures by operator, bench, SKU and market</source>
            <translation>nyckeltal per operatör, bänk, artikel och marknad</translation>
        </message>
        <message>
            <source>last 30 days</source>
            <translation>senaste 30 dagarna</translation>
        </message>
        <message>
            <source>last 365 days</source>
            <translation>senaste 365 dagarna</translation>
        </message>
        <message>
            <source>last 7 days</source>
            <translation>senaste 7 dagarna</translation>
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
                <numerusform>{n} återbetald enhet sparad i {path}</numerusform>
                <numerusform>{n} återbetalda enheter sparade i {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} refunded unit(s) written to {path} ({sums})</source>
            <translation>
                <numerusform>{n} återbetald enhet sparad i {path} ({sums})</numerusform>
                <numerusform>{n} återbetalda enheter sparade i {path} ({sums})</numerusform>
            </translation>
        </message>
        <message>
            <source>{period} · worked out {time}</source>
            <translation>{period} · uträknat {time}</translation>
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
            <translation>Stäng stationen</translation>
        </message>
        <message>
            <source>Close the station (Enter)</source>
            <translation>Stäng stationen (Enter)</translation>
        </message>
        <message numerus="yes">
            <source>It tries again in {n} s. Tell the site's IT if this stays.</source>
            <translation>
                <numerusform>Den försöker igen om {n} s. Säg till platsens IT om det består.</numerusform>
                <numerusform>Den försöker igen om {n} s. Säg till platsens IT om det består.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only a supervisor closes this station: scan your badge, type your PIN and press Enter. Esc goes back to work.</source>
            <translation>Bara en arbetsledare stänger den här stationen: skanna din bricka, skriv din PIN-kod och tryck Enter. Esc går tillbaka till arbetet.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-kod</translation>
        </message>
        <message>
            <source>Scan your supervisor badge first.</source>
            <translation>Skanna din arbetsledarbricka först.</translation>
        </message>
        <message>
            <source>Supervisor's badge</source>
            <translation>Arbetsledarens bricka</translation>
        </message>
        <message>
            <source>The station cannot start</source>
            <translation>Stationen kan inte starta</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Skriv din PIN-kod och tryck sedan Enter.</translation>
        </message>
        <message>
            <source>badge {badge} is not known here</source>
            <translation>brickan {badge} är inte känd här</translation>
        </message>
        <message>
            <source>not checked: {why}</source>
            <translation>inte kontrollerat: {why}</translation>
        </message>
        <message>
            <source>{name} closes the station</source>
            <translation>{name} stänger stationen</translation>
        </message>
        <message>
            <source>{name} is locked after too many wrong PINs until {time}</source>
            <translation>{name} är låst efter för många fel PIN-koder till {time}</translation>
        </message>
        <message>
            <source>{name} is not a supervisor: only a supervisor closes the station</source>
            <translation>{name} är inte arbetsledare: bara en arbetsledare stänger stationen</translation>
        </message>
    </context>
    <context>
        <name>label_templates</name>
        <message>
            <source>Hold in {bin}, do not restock: {reason}</source>
            <translation>Förvara i {bin}, inte tillbaka i lager: {reason}</translation>
        </message>
        <message>
            <source>Put away to {bin}</source>
            <translation>Ställ in på {bin}</translation>
        </message>
        <message>
            <source>QUARANTINE - HOLD</source>
            <translation>KARANTÄN - SPÄRRAD</translation>
        </message>
        <message>
            <source>REFURBISH</source>
            <translation>RENOVERING</translation>
        </message>
        <message>
            <source>RESTOCK</source>
            <translation>TILLBAKA I LAGER</translation>
        </message>
        <message>
            <source>RETURN TO VENDOR</source>
            <translation>TILLBAKA TILL LEVERANTÖR</translation>
        </message>
        <message>
            <source>To {bin} for {disposition}</source>
            <translation>Till {bin} för {disposition}</translation>
        </message>
        <message>
            <source>To {bin}: {reason}</source>
            <translation>Till {bin}: {reason}</translation>
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
            <translation>Ingen av de här etiketterna väntar: de är redan utskrivna</translation>
        </message>
        <message>
            <source>Printing a batch of labels</source>
            <translation>Att skriva ut en omgång etiketter</translation>
        </message>
        <message>
            <source>Reprinting a label</source>
            <translation>Att skriva ut en etikett igen</translation>
        </message>
        <message>
            <source>Say why the label is reprinted (torn, smudged, lost ...)</source>
            <translation>Ange varför etiketten skrivs ut igen (riven, kladdig, borttappad ...)</translation>
        </message>
        <message>
            <source>label {lpn} not printed: no printer set up for this bench</source>
            <translation>etikett {lpn} inte utskriven: ingen skrivare inställd för den här bänken</translation>
        </message>
        <message>
            <source>label {lpn} not printed: {problem}</source>
            <translation>etikett {lpn} inte utskriven: {problem}</translation>
        </message>
        <message>
            <source>label {lpn} printed on {printer}</source>
            <translation>etikett {lpn} utskriven på {printer}</translation>
        </message>
        <message>
            <source>label {lpn} was printed already</source>
            <translation>etikett {lpn} är redan utskriven</translation>
        </message>
        <message>
            <source>label {lpn} was sent to {printer} already: reprint it as a new job</source>
            <translation>etikett {lpn} är redan skickad till {printer}: skriv ut den igen som ett nytt jobb</translation>
        </message>
        <message>
            <source>{lpn} has no decision yet: it gets its label when confirmed</source>
            <translation>{lpn} har inget beslut än: den får sin etikett när den bekräftas</translation>
        </message>
    </context>
    <context>
        <name>labels_view</name>
        <message>
            <source>&amp;Print selected (P)</source>
            <translation>Skriv &amp;ut valda (P)</translation>
        </message>
        <message>
            <source>&amp;Reprint… (R)</source>
            <translation>Skriv ut &amp;igen… (R)</translation>
        </message>
        <message>
            <source>&amp;Waiting / job log (W)</source>
            <translation>&amp;Väntande / jobblogg (W)</translation>
        </message>
        <message>
            <source>As it prints</source>
            <translation>Så här skrivs den ut</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Bänk</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Lagerplats</translation>
        </message>
        <message>
            <source>Choose a label to see it as it prints</source>
            <translation>Välj en etikett för att se hur den skrivs ut</translation>
        </message>
        <message>
            <source>Could not read the labels: {problem}</source>
            <translation>Kunde inte läsa etiketterna: {problem}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>Hantering</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grad</translation>
        </message>
        <message numerus="yes">
            <source>It has been reprinted {n} time(s) before.</source>
            <translation>
                <numerusform>Den har skrivits ut igen {n} gång förut.</numerusform>
                <numerusform>Den har skrivits ut igen {n} gånger förut.</numerusform>
            </translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Label job log</source>
            <translation>Jobblogg för etiketter</translation>
        </message>
        <message>
            <source>Label jobs of {lpn}</source>
            <translation>Etikettjobb för {lpn}</translation>
        </message>
        <message>
            <source>Labels waiting</source>
            <translation>Väntande etiketter</translation>
        </message>
        <message>
            <source>No label is waiting here. To print one again, choose it and press R.</source>
            <translation>Ingen etikett väntar här. För att skriva ut en igen: välj den och tryck R.</translation>
        </message>
        <message>
            <source>No preview: {problem}</source>
            <translation>Ingen förhandsvisning: {problem}</translation>
        </message>
        <message>
            <source>P prints the selected (or all shown) · R reprints · W job log</source>
            <translation>P skriver ut valda (eller alla som visas) · R skriver ut igen · W jobblogg</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Köad</translation>
        </message>
        <message>
            <source>Reason / fault</source>
            <translation>Orsak / fel</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Uppdatera (Ctrl+R)</translation>
        </message>
        <message>
            <source>Reprint a label</source>
            <translation>Skriv ut en etikett igen</translation>
        </message>
        <message numerus="yes">
            <source>Reprint {n} of {lpn} sent to the printer.</source>
            <translation>
                <numerusform>Omutskrift {n} av {lpn} skickad till skrivaren.</numerusform>
                <numerusform>Omutskrift {n} av {lpn} skickad till skrivaren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>Omutskrifter</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikelnr</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Skift</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Visa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Why is the label of {lpn} printed again? (torn, smudged, lost, wrong bin ...)</source>
            <translation>Varför skrivs etiketten för {lpn} ut igen? (riven, kladdig, borttappad, fel lagerplats ...)</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zon</translation>
        </message>
        <message>
            <source>any disposition</source>
            <translation>all hantering</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>när som helst</translation>
        </message>
        <message>
            <source>any zone</source>
            <translation>alla zoner</translation>
        </message>
        <message>
            <source>job log (every job)</source>
            <translation>jobblogg (alla jobb)</translation>
        </message>
        <message>
            <source>label jobs</source>
            <translation>etikettjobb</translation>
        </message>
        <message>
            <source>label preview</source>
            <translation>förhandsvisning av etiketten</translation>
        </message>
        <message>
            <source>last 7 days</source>
            <translation>senaste 7 dagarna</translation>
        </message>
        <message>
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message>
            <source>waiting for a label</source>
            <translation>väntar på etikett</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>i går</translation>
        </message>
        <message>
            <source>{lpn} · {template} label, {size} in · {status}</source>
            <translation>{lpn} · etikett: {template}, {size} tum · {status}</translation>
        </message>
        <message numerus="yes">
            <source>{n} job(s): {printed} printed, {waiting} waiting, {failed} failed, reprints: {reprints} · W: waiting labels</source>
            <translation>
                <numerusform>{n} jobb: {printed} utskrivna, {waiting} väntar, {failed} misslyckade, omutskrifter: {reprints} · W: väntande etiketter</numerusform>
                <numerusform>{n} jobb: {printed} utskrivna, {waiting} väntar, {failed} misslyckade, omutskrifter: {reprints} · W: väntande etiketter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) sent to the printer, in order.</source>
            <translation>
                <numerusform>{n} etikett skickad till skrivaren, i ordning.</numerusform>
                <numerusform>{n} etiketter skickade till skrivaren, i ordning.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) waiting</source>
            <translation>
                <numerusform>{n} etikett väntar</numerusform>
                <numerusform>{n} etiketter väntar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) waiting, {failed} failed at the printer</source>
            <translation>
                <numerusform>{n} etikett väntar, {failed} misslyckades i skrivaren</numerusform>
                <numerusform>{n} etiketter väntar, {failed} misslyckades i skrivaren</numerusform>
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
            <translation>&amp;PIN-kod</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Operatörer</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-kod</translation>
        </message>
        <message>
            <source>Receiving Station · {station}</source>
            <translation>Returmottagning · {station}</translation>
        </message>
        <message>
            <source>Scan your badge</source>
            <translation>Skanna din bricka</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Logga in</translation>
        </message>
        <message>
            <source>The window speaks this language; it is kept for you when you sign in</source>
            <translation>Fönstret talar det här språket; det sparas åt dig när du loggar in</translation>
        </message>
        <message>
            <source>choose your name first</source>
            <translation>välj ditt namn först</translation>
        </message>
        <message>
            <source>type your PIN</source>
            <translation>skriv din PIN-kod</translation>
        </message>
        <message>
            <source>… or choose your name, type your PIN and press Enter</source>
            <translation>… eller välj ditt namn, skriv din PIN-kod och tryck Enter</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>&amp;Bench</source>
            <translation>&amp;Bänk</translation>
        </message>
        <message>
            <source>&amp;Exceptions</source>
            <translation>&amp;Avvikelser</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>&amp;Etiketter</translation>
        </message>
        <message>
            <source>&amp;Upstream</source>
            <translation>&amp;Ordersystem</translation>
        </message>
        <message>
            <source>A dialog is open: the scan {code} was not taken. Finish the dialog or close it (Esc), then scan again.</source>
            <translation>En dialogruta är öppen: skanningen {code} togs inte emot. Gör klart dialogrutan eller stäng den (Esc), skanna sedan igen.</translation>
        </message>
        <message>
            <source>DEMO  ·  F5 scan the next demo parcel  ·  F6 put it on the scale  ·  F7 scan its next item  ·  F8 take it off the scale</source>
            <translation>DEMO  ·  F5 skanna nästa demopaket  ·  F6 ställ det på vågen  ·  F7 skanna dess nästa artikel  ·  F8 ta det av vågen</translation>
        </message>
        <message>
            <source>DEMO  ·  sign in: badge B-1001 (staff), or badge B-2001 / B-3001 and then PIN 1234 (lead, supervisor)</source>
            <translation>DEMO  ·  logga in: bricka B-1001 (personal), eller bricka B-2001 / B-3001 och sedan PIN 1234 (skiftledare, arbetsledare)</translation>
        </message>
        <message>
            <source>Demo data from an earlier run: start over with ./station demo --fresh</source>
            <translation>Demodata från en tidigare körning: börja om med ./station demo --fresh</translation>
        </message>
        <message>
            <source>Demo shop (a sandbox of the shop's system) received: refunds {refunds}, exchange releases {exchanges}, customer messages {messages}</source>
            <translation>Demobutiken (en sandlåda av butikens system) har tagit emot: återbetalningar {refunds}, byten {exchanges}, kundmeddelanden {messages}</translation>
        </message>
        <message>
            <source>F&amp;igures</source>
            <translation>&amp;Nyckeltal</translation>
        </message>
        <message>
            <source>FAULT</source>
            <translation>FEL</translation>
        </message>
        <message>
            <source>Receiving Station · {station}</source>
            <translation>Returmottagning · {station}</translation>
        </message>
        <message>
            <source>Scan not read whole: scan again.</source>
            <translation>Skanningen lästes inte helt: skanna igen.</translation>
        </message>
        <message>
            <source>Station {station}</source>
            <translation>Station {station}</translation>
        </message>
        <message>
            <source>The database answers again: carry on (what was confirmed is saved).</source>
            <translation>Databasen svarar igen: fortsätt (det som bekräftats är sparat).</translation>
        </message>
        <message>
            <source>The database does not answer ({problem}). Everything confirmed so far is saved; nothing new can be saved until it is back. It reconnects by itself: wait, or call IT.</source>
            <translation>Databasen svarar inte ({problem}). Allt som bekräftats hittills är sparat; inget nytt kan sparas förrän den är tillbaka. Den återansluter av sig själv: vänta, eller ring IT.</translation>
        </message>
        <message>
            <source>The key {key} came just as a scan began and was not taken: press it again.</source>
            <translation>Tangenten {key} kom precis när en skanning började och togs inte emot: tryck på den igen.</translation>
        </message>
        <message>
            <source>all sent</source>
            <translation>allt skickat</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>ansluter</translation>
        </message>
        <message>
            <source>database</source>
            <translation>databas</translation>
        </message>
        <message numerus="yes">
            <source>demo return {number} of {count}: {name}, {description}  ({n} item(s) for F7)</source>
            <translation>
                <numerusform>demoretur {number} av {count}: {name}, {description}  ({n} artikel för F7)</numerusform>
                <numerusform>demoretur {number} av {count}: {name}, {description}  ({n} artiklar för F7)</numerusform>
            </translation>
        </message>
        <message>
            <source>demo shop</source>
            <translation>demobutik</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>frånkopplad</translation>
        </message>
        <message>
            <source>faulted</source>
            <translation>fel</translation>
        </message>
        <message>
            <source>last problem: {detail}</source>
            <translation>senaste problem: {detail}</translation>
        </message>
        <message>
            <source>no more demo items in this parcel: F9 closes it, F5 scans the next</source>
            <translation>inga fler demoartiklar i paketet: F9 stänger det, F5 skannar nästa</translation>
        </message>
        <message>
            <source>not sending from this bench</source>
            <translation>skickar inte från den här bänken</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>operator</source>
            <translation>operatör</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>skrivare</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>våg</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>skanner</translation>
        </message>
        <message>
            <source>sending to {url}</source>
            <translation>skickar till {url}</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>utloggad</translation>
        </message>
        <message>
            <source>starting</source>
            <translation>startar</translation>
        </message>
        <message>
            <source>station</source>
            <translation>station</translation>
        </message>
        <message>
            <source>the database answers</source>
            <translation>databasen svarar</translation>
        </message>
        <message>
            <source>upstream</source>
            <translation>ordersystem</translation>
        </message>
        <message>
            <source>upstream: database unreachable</source>
            <translation>ordersystem: databasen nås inte</translation>
        </message>
        <message>
            <source>upstream: {state}</source>
            <translation>ordersystem: {state}</translation>
        </message>
        <message>
            <source>upstream: …</source>
            <translation>ordersystem: …</translation>
        </message>
        <message numerus="yes">
            <source>{n} demo returns: press F5 for the first</source>
            <translation>
                <numerusform>{n} demoretur: tryck F5 för den första</numerusform>
                <numerusform>{n} demoreturer: tryck F5 för den första</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} failing</source>
            <translation>
                <numerusform>{n} misslyckas</numerusform>
                <numerusform>{n} misslyckas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} refused</source>
            <translation>
                <numerusform>{n} avvisad</numerusform>
                <numerusform>{n} avvisade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} to send</source>
            <translation>
                <numerusform>{n} att skicka</numerusform>
                <numerusform>{n} att skicka</numerusform>
            </translation>
        </message>
        <message>
            <source>{platform} stand-in (its returns' units go there): refunds {refunds}, units processed {units}</source>
            <translation>{platform}-ersättare (dess returers enheter går dit): återbetalningar {refunds}, behandlade enheter {units}</translation>
        </message>
        <message>
            <source>{section} is for shift leads and supervisors</source>
            <translation>{section} är för skiftledare och arbetsledare</translation>
        </message>
        <message>
            <source>{section} is for supervisors</source>
            <translation>{section} är för arbetsledare</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>(no reason given)</source>
            <translation>(ingen orsak angiven)</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} d {hours} h</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
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
            <translation>en återbetalning för {lpn} är {least} till {paid} (det som betalades); {amount} är det inte</translation>
        </message>
        <message numerus="yes">
            <source>a refund in {currency} has at most {n} decimal(s); {amount} (for {lpn}) has more</source>
            <translation>
                <numerusform>en återbetalning i {currency} har högst {n} decimal; {amount} (för {lpn}) har fler</numerusform>
                <numerusform>en återbetalning i {currency} har högst {n} decimaler; {amount} (för {lpn}) har fler</numerusform>
            </translation>
        </message>
        <message>
            <source>adding a note to an exception</source>
            <translation>Att lägga till en anteckning på en avvikelse</translation>
        </message>
        <message>
            <source>approving a refund</source>
            <translation>Att godkänna en återbetalning</translation>
        </message>
        <message>
            <source>asking for contact</source>
            <translation>Att be om kontakt</translation>
        </message>
        <message>
            <source>claiming an exception</source>
            <translation>Att ta en avvikelse</translation>
        </message>
        <message>
            <source>closing an exception</source>
            <translation>Att stänga en avvikelse</translation>
        </message>
        <message>
            <source>exception {id} has no RMA, so no customer to contact: find the return first</source>
            <translation>avvikelse {id} har ingen RMA och alltså ingen kund att kontakta: hitta returen först</translation>
        </message>
        <message>
            <source>exception {id} is about a parcel, not a unit: close it with a note</source>
            <translation>avvikelse {id} gäller ett paket, inte en enhet: stäng den med en anteckning</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name} since {time}: ask them, or a supervisor to reassign it</source>
            <translation>avvikelse {id} är tagen av {name} sedan {time}: fråga hen, eller en arbetsledare som kan tilldela om den</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name}: ask them, or a supervisor to reassign it</source>
            <translation>avvikelse {id} är tagen av {name}: fråga hen, eller en arbetsledare som kan tilldela om den</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name}: only they or a supervisor can release it</source>
            <translation>avvikelse {id} är tagen av {name}: bara hen eller en arbetsledare kan släppa den</translation>
        </message>
        <message>
            <source>exception {id} was already resolved by {name}</source>
            <translation>avvikelse {id} är redan löst av {name}</translation>
        </message>
        <message>
            <source>exception {id} was already resolved by {name} at {at}</source>
            <translation>avvikelse {id} är redan löst av {name} {at}</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>operator {id}</source>
            <translation>operatör {id}</translation>
        </message>
        <message>
            <source>re-grading</source>
            <translation>Att gradera om</translation>
        </message>
        <message>
            <source>reassigning an exception</source>
            <translation>Att tilldela om en avvikelse</translation>
        </message>
        <message>
            <source>rejecting a return</source>
            <translation>Att avvisa en retur</translation>
        </message>
        <message>
            <source>releasing an exception</source>
            <translation>Att släppa en avvikelse</translation>
        </message>
        <message>
            <source>say what customer service should ask the customer</source>
            <translation>ange vad kundtjänst ska fråga kunden</translation>
        </message>
        <message>
            <source>say why the exception is closed</source>
            <translation>ange varför avvikelsen stängs</translation>
        </message>
        <message>
            <source>say why the refund is partial (the customer is told the amount)</source>
            <translation>ange varför återbetalningen är delvis (kunden får veta beloppet)</translation>
        </message>
        <message>
            <source>say why the return is rejected (the customer is told)</source>
            <translation>ange varför returen avvisas (kunden får veta)</translation>
        </message>
        <message>
            <source>say why the unit is re-graded</source>
            <translation>ange varför enheten graderas om</translation>
        </message>
        <message>
            <source>the note is empty</source>
            <translation>anteckningen är tom</translation>
        </message>
        <message>
            <source>there is no active operator {id}</source>
            <translation>det finns ingen aktiv operatör {id}</translation>
        </message>
        <message>
            <source>there is no disposition {disposition}: one of {dispositions}</source>
            <translation>hanteringen {disposition} finns inte: en av {dispositions}</translation>
        </message>
        <message>
            <source>there is no exception {id}</source>
            <translation>det finns ingen avvikelse {id}</translation>
        </message>
        <message>
            <source>there is no grade {grade}: one of {grades}</source>
            <translation>graden {grade} finns inte: en av {grades}</translation>
        </message>
        <message>
            <source>{currency} has no decimals: a refund for {lpn} is a whole amount, and {amount} is not</source>
            <translation>{currency} har inga decimaler: en återbetalning för {lpn} är ett helt belopp, och {amount} är det inte</translation>
        </message>
        <message>
            <source>{lpn} already is grade {grade}, {disposition}</source>
            <translation>{lpn} har redan grad {grade}, {disposition}</translation>
        </message>
        <message>
            <source>{lpn} is on no line of an RMA (a blind or unexpected item): there is no price to refund against; find the customer's return first</source>
            <translation>{lpn} finns inte på någon rad i en RMA (en retur utan RMA eller en oväntad artikel): det finns inget pris att återbetala mot; hitta kundens retur först</translation>
        </message>
        <message>
            <source>{lpn} is still at the bench ({status}): confirm it there first</source>
            <translation>{lpn} är fortfarande vid bänken ({status}): bekräfta den där först</translation>
        </message>
        <message>
            <source>{lpn} is {status}, not held: its outcome was already released</source>
            <translation>{lpn} är {status}, inte spärrad: dess utfall har redan släppts</translation>
        </message>
        <message>
            <source>{lpn}'s refund is held by this exception: approve it (in full or in part) or reject the return, so the customer hears</source>
            <translation>återbetalningen för {lpn} spärras av den här avvikelsen: godkänn den (helt eller delvis) eller avvisa returen, så att kunden får besked</translation>
        </message>
        <message>
            <source>{name} is {role}: exceptions go to leads</source>
            <translation>{name} är {role}: avvikelser går till skiftledare</translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <source>A parcel without an RMA: a lead finds the customer first</source>
            <translation>Ett paket utan RMA: en skiftledare hittar kunden först</translation>
        </message>
        <message>
            <source>Accessories complete?</source>
            <translation>Tillbehör kompletta?</translation>
        </message>
        <message>
            <source>All parts present?</source>
            <translation>Alla delar finns?</translation>
        </message>
        <message>
            <source>Assembled or used?</source>
            <translation>Monterad eller använd?</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Skadad</translation>
        </message>
        <message>
            <source>Damaged by the customer</source>
            <translation>Skadad av kunden</translation>
        </message>
        <message>
            <source>Damaged by the customer, low value</source>
            <translation>Skadad av kunden, lågt värde</translation>
        </message>
        <message>
            <source>Defective / unsalvageable</source>
            <translation>Defekt / går inte att rädda</translation>
        </message>
        <message>
            <source>Electronics that do not power on and the customer said defective</source>
            <translation>Elektronik som inte startar och kunden angav defekt</translation>
        </message>
        <message>
            <source>Everything there?</source>
            <translation>Allt med?</translation>
        </message>
        <message>
            <source>Factory reset, no user data?</source>
            <translation>Fabriksåterställd, inga användardata?</translation>
        </message>
        <message>
            <source>Good / used</source>
            <translation>Bra / använd</translation>
        </message>
        <message>
            <source>Good but used</source>
            <translation>Bra men använd</translation>
        </message>
        <message>
            <source>Grade {grade} {category}</source>
            <translation>Grad {grade} {category}</translation>
        </message>
        <message>
            <source>Grade {grade} {category}: no rule matched, so the unit goes to quarantine and a shift lead decides (rule no-rule-matched).</source>
            <translation>Grad {grade} {category}: ingen regel passade, så artikeln går till karantän och en skiftledare beslutar (regel no-rule-matched).</translation>
        </message>
        <message>
            <source>Like new</source>
            <translation>Som ny</translation>
        </message>
        <message>
            <source>Like new apparel without its tags</source>
            <translation>Kläder som nya utan etiketter</translation>
        </message>
        <message>
            <source>More items than the RMA announced</source>
            <translation>Fler artiklar än RMA:n angav</translation>
        </message>
        <message>
            <source>New / unopened</source>
            <translation>Ny / oöppnad</translation>
        </message>
        <message>
            <source>New and unopened</source>
            <translation>Ny och oöppnad</translation>
        </message>
        <message>
            <source>Original box?</source>
            <translation>Originalkartong?</translation>
        </message>
        <message>
            <source>Original packaging?</source>
            <translation>Originalförpackning?</translation>
        </message>
        <message>
            <source>Powers on?</source>
            <translation>Startar den?</translation>
        </message>
        <message>
            <source>Returned after the return window closed</source>
            <translation>Returnerad efter att returfönstret stängt</translation>
        </message>
        <message>
            <source>Screen and casing undamaged?</source>
            <translation>Skärm och hölje oskadade?</translation>
        </message>
        <message>
            <source>Serial label intact?</source>
            <translation>Serienummeretikett hel?</translation>
        </message>
        <message>
            <source>Soles clean?</source>
            <translation>Sulor rena?</translation>
        </message>
        <message>
            <source>Stains or odour?</source>
            <translation>Fläckar eller lukt?</translation>
        </message>
        <message>
            <source>Tags attached?</source>
            <translation>Etiketter kvar?</translation>
        </message>
        <message>
            <source>The category cannot be returned</source>
            <translation>Kategorin kan inte returneras</translation>
        </message>
        <message>
            <source>The customer reported the fault</source>
            <translation>Kunden anmälde felet</translation>
        </message>
        <message>
            <source>The item is not one the customer bought</source>
            <translation>Artikeln är inte en som kunden köpt</translation>
        </message>
        <message>
            <source>The parcel weighs far from what its items should</source>
            <translation>Paketet väger långt ifrån vad dess artiklar borde</translation>
        </message>
        <message>
            <source>The serial number is not the one shipped</source>
            <translation>Serienumret är inte det som skickades</translation>
        </message>
        <message>
            <source>Unsalvageable and not reported as faulty</source>
            <translation>Går inte att rädda och inte anmäld som felaktig</translation>
        </message>
        <message>
            <source>Used electronics that do not power on</source>
            <translation>Använd elektronik som inte startar</translation>
        </message>
        <message>
            <source>Worn or washed?</source>
            <translation>Buren eller tvättad?</translation>
        </message>
        <message>
            <source>Worn outdoors?</source>
            <translation>Använd utomhus?</translation>
        </message>
        <message>
            <source>apparel</source>
            <translation>kläder</translation>
        </message>
        <message>
            <source>electronics</source>
            <translation>elektronik</translation>
        </message>
        <message>
            <source>exchange held for a shift lead</source>
            <translation>byte spärrat för en skiftledare</translation>
        </message>
        <message>
            <source>gift card</source>
            <translation>presentkort</translation>
        </message>
        <message>
            <source>home</source>
            <translation>hem</translation>
        </message>
        <message>
            <source>hygiene</source>
            <translation>hygien</translation>
        </message>
        <message>
            <source>no refund</source>
            <translation>ingen återbetalning</translation>
        </message>
        <message>
            <source>perishable</source>
            <translation>färskvara</translation>
        </message>
        <message>
            <source>refund held for a shift lead</source>
            <translation>återbetalning spärrad för en skiftledare</translation>
        </message>
        <message>
            <source>refund {refund}</source>
            <translation>återbetalning {refund}</translation>
        </message>
        <message>
            <source>refund {refund} after a {fee} restocking fee</source>
            <translation>återbetalning {refund} efter en returavgift på {fee}</translation>
        </message>
        <message>
            <source>shoes</source>
            <translation>skor</translation>
        </message>
        <message>
            <source>the exchange is released</source>
            <translation>bytet skickas</translation>
        </message>
        <message>
            <source>underwear</source>
            <translation>underkläder</translation>
        </message>
        <message>
            <source>unknown category</source>
            <translation>okänd kategori</translation>
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
            <translation>Rulla åt vänster</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Rulla åt höger</translation>
        </message>
        <message>
            <source>outcome of the last action</source>
            <translation>resultatet av den senaste åtgärden</translation>
        </message>
    </context>
    <context>
        <name>shift_report</name>
        <message>
            <source>Active hours</source>
            <translation>Aktiva timmar</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Bänk</translation>
        </message>
        <message>
            <source>Benches</source>
            <translation>Bänkar</translation>
        </message>
        <message>
            <source>CHECK</source>
            <translation>KONTROLLERA</translation>
        </message>
        <message>
            <source>CHECK: one reason explains most returns of this SKU: its description, photos or size chart may mislead customers.</source>
            <translation>KONTROLLERA: en orsak förklarar de flesta returerna av denna artikel: dess beskrivning, foton eller storleksguide kan vilseleda kunderna.</translation>
        </message>
        <message>
            <source>Computed {at}</source>
            <translation>Uträknad {at}</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>Hantering</translation>
        </message>
        <message>
            <source>Dock to stock</source>
            <translation>Kaj till lager</translation>
        </message>
        <message>
            <source>Exceptions</source>
            <translation>Avvikelser</translation>
        </message>
        <message>
            <source>Exceptions by type</source>
            <translation>Avvikelser per typ</translation>
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
            <translation>Grader och hantering</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Marknad</translation>
        </message>
        <message>
            <source>Markets</source>
            <translation>Marknader</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operatör</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Operatörer</translation>
        </message>
        <message>
            <source>Per 100 units</source>
            <translation>Per 100 enheter</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Orsaker</translation>
        </message>
        <message>
            <source>Receipt to refund accepted</source>
            <translation>Mottagning till godkänd återbetalning</translation>
        </message>
        <message>
            <source>Returned most</source>
            <translation>Mest returnerade</translation>
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
            <translation>Typ</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>Units / hour</source>
            <translation>Enheter / timme</translation>
        </message>
        <message>
            <source>Units per hour of the day</source>
            <translation>Enheter per timme på dygnet</translation>
        </message>
        <message>
            <source>Units received</source>
            <translation>Mottagna enheter</translation>
        </message>
        <message>
            <source>market {market}</source>
            <translation>marknad {market}</translation>
        </message>
        <message>
            <source>median {median}, p90 {p90} ({count} refunds)</source>
            <translation>median {median}, p90 {p90} ({count} återbetalningar)</translation>
        </message>
        <message>
            <source>median {median}, p90 {p90} ({count} units)</source>
            <translation>median {median}, p90 {p90} ({count} enheter)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>inga</translation>
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
            <translation>hela dagen</translation>
        </message>
        <message>
            <source>any shift</source>
            <translation>alla skift</translation>
        </message>
        <message>
            <source>early</source>
            <translation>förmiddagsskift</translation>
        </message>
        <message>
            <source>late</source>
            <translation>eftermiddagsskift</translation>
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
            <translation>{first} till {last}</translation>
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
            <translation>Skicka igen nu (&amp;R)</translation>
        </message>
        <message>
            <source>About: {subject}</source>
            <translation>Gäller: {subject}</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Försök</translation>
        </message>
        <message>
            <source>Attempts:</source>
            <translation>Försök:</translation>
        </message>
        <message>
            <source>Could not read the upstream events: {problem}</source>
            <translation>Kunde inte läsa händelserna till ordersystemet: {problem}</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Event {id} resolved by hand: it will not be sent.</source>
            <translation>Händelse {id} löst för hand: den skickas inte.</translation>
        </message>
        <message>
            <source>Event {id} will be sent again now.</source>
            <translation>Händelse {id} skickas igen nu.</translation>
        </message>
        <message>
            <source>Event {id}: {kind} for {rma}</source>
            <translation>Händelse {id}: {kind} för {rma}</translation>
        </message>
        <message>
            <source>Everything has been sent upstream.</source>
            <translation>Allt har skickats till ordersystemet.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Senaste fel</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Senaste fel: {error}</translation>
        </message>
        <message>
            <source>Next try</source>
            <translation>Nästa försök</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Uppdatera (Ctrl+R)</translation>
        </message>
        <message>
            <source>Resolve by &amp;hand… (H)</source>
            <translation>Lös för &amp;hand… (H)</translation>
        </message>
        <message>
            <source>Resolve by hand</source>
            <translation>Lös för hand</translation>
        </message>
        <message>
            <source>Resolved by hand: {note}</source>
            <translation>Löst för hand: {note}</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <source>State: {state}, {n} attempt(s)</source>
            <translation>
                <numerusform>Status: {state}, {n} försök</numerusform>
                <numerusform>Status: {state}, {n} försök</numerusform>
            </translation>
        </message>
        <message>
            <source>Upstream events</source>
            <translation>Händelser till ordersystemet</translation>
        </message>
        <message>
            <source>What is sent:</source>
            <translation>Det här skickas:</translation>
        </message>
        <message>
            <source>Why is this event resolved by hand? (e.g. refunded in the shop's admin)</source>
            <translation>Varför löses händelsen för hand? (t.ex. återbetald i butikens administration)</translation>
        </message>
        <message>
            <source>event detail and attempts</source>
            <translation>händelsens detaljer och försök</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>inga än</translation>
        </message>
        <message>
            <source>upstream events</source>
            <translation>händelser till ordersystemet</translation>
        </message>
        <message>
            <source>upstream's reference {reference}</source>
            <translation>ordersystemets referens {reference}</translation>
        </message>
        <message>
            <source>{waiting} waiting to be sent ({failing} failing), {refused} refused by upstream</source>
            <translation>{waiting} väntar på att skickas ({failing} misslyckas), {refused} avvisade av ordersystemet</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <source>return window {days} days (no purchase or delivery date)</source>
            <translation>returfönster {days} dagar (inget köp- eller leveransdatum)</translation>
        </message>
        <message numerus="yes">
            <source>{n} days since delivery: OUTSIDE the {days}-day window</source>
            <translation>
                <numerusform>{n} dag sedan leverans: UTANFÖR {days}-dagarsfönstret</numerusform>
                <numerusform>{n} dagar sedan leverans: UTANFÖR {days}-dagarsfönstret</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since delivery: inside the {days}-day window</source>
            <translation>
                <numerusform>{n} dag sedan leverans: inom {days}-dagarsfönstret</numerusform>
                <numerusform>{n} dagar sedan leverans: inom {days}-dagarsfönstret</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since purchase: OUTSIDE the {days}-day window</source>
            <translation>
                <numerusform>{n} dag sedan köp: UTANFÖR {days}-dagarsfönstret</numerusform>
                <numerusform>{n} dagar sedan köp: UTANFÖR {days}-dagarsfönstret</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since purchase: inside the {days}-day window</source>
            <translation>
                <numerusform>{n} dag sedan köp: inom {days}-dagarsfönstret</numerusform>
                <numerusform>{n} dagar sedan köp: inom {days}-dagarsfönstret</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>blind return</source>
            <translation>retur utan RMA</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>avbruten</translation>
        </message>
        <message>
            <source>cancelled at the bench</source>
            <translation>avbruten vid bänken</translation>
        </message>
        <message>
            <source>claimed</source>
            <translation>tagen</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>stängd</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bekräftad</translation>
        </message>
        <message>
            <source>customer message</source>
            <translation>kundmeddelande</translation>
        </message>
        <message>
            <source>customer service asked</source>
            <translation>kundtjänst tillfrågad</translation>
        </message>
        <message>
            <source>damaged in transit</source>
            <translation>skadad i transport</translation>
        </message>
        <message>
            <source>decision confirmed</source>
            <translation>beslut bekräftat</translation>
        </message>
        <message>
            <source>delivery</source>
            <translation>leverans</translation>
        </message>
        <message>
            <source>device fault</source>
            <translation>enhetsfel</translation>
        </message>
        <message>
            <source>discard</source>
            <translation>kassera</translation>
        </message>
        <message>
            <source>donate</source>
            <translation>skänk</translation>
        </message>
        <message>
            <source>exception raised</source>
            <translation>avvikelse registrerad</translation>
        </message>
        <message>
            <source>exception resolved</source>
            <translation>avvikelse löst</translation>
        </message>
        <message>
            <source>exception updated</source>
            <translation>avvikelse uppdaterad</translation>
        </message>
        <message>
            <source>exchange</source>
            <translation>byte</translation>
        </message>
        <message>
            <source>exchange release</source>
            <translation>bytesfrigivning</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>förväntad</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>misslyckad</translation>
        </message>
        <message>
            <source>grade taken back</source>
            <translation>grad ångrad</translation>
        </message>
        <message>
            <source>graded</source>
            <translation>graderad</translation>
        </message>
        <message>
            <source>held</source>
            <translation>spärrad</translation>
        </message>
        <message>
            <source>item cancelled</source>
            <translation>artikel avbruten</translation>
        </message>
        <message>
            <source>item scanned</source>
            <translation>artikel skannad</translation>
        </message>
        <message>
            <source>label reprinted</source>
            <translation>etikett utskriven igen</translation>
        </message>
        <message>
            <source>labels printed</source>
            <translation>etiketter utskrivna</translation>
        </message>
        <message>
            <source>liquidate</source>
            <translation>realisera</translation>
        </message>
        <message>
            <source>missing item</source>
            <translation>saknad artikel</translation>
        </message>
        <message>
            <source>non-returnable</source>
            <translation>ej returnerbar</translation>
        </message>
        <message>
            <source>note</source>
            <translation>anteckning</translation>
        </message>
        <message>
            <source>open</source>
            <translation>öppen</translation>
        </message>
        <message>
            <source>outside the return window</source>
            <translation>utanför returfönstret</translation>
        </message>
        <message>
            <source>parcel closed</source>
            <translation>paket stängt</translation>
        </message>
        <message>
            <source>parcel opened</source>
            <translation>paket öppnat</translation>
        </message>
        <message>
            <source>parcel reopened</source>
            <translation>paket återöppnat</translation>
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
            <translation>utskriven</translation>
        </message>
        <message>
            <source>purchase</source>
            <translation>köp</translation>
        </message>
        <message>
            <source>quarantine</source>
            <translation>karantän</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>i kö</translation>
        </message>
        <message>
            <source>re-graded</source>
            <translation>omgraderad</translation>
        </message>
        <message>
            <source>reassigned</source>
            <translation>tilldelad</translation>
        </message>
        <message>
            <source>received</source>
            <translation>mottagen</translation>
        </message>
        <message>
            <source>recycle</source>
            <translation>återvinn</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>återbetalning</translation>
        </message>
        <message>
            <source>refund approved</source>
            <translation>återbetalning godkänd</translation>
        </message>
        <message>
            <source>refunded in part</source>
            <translation>delvis återbetald</translation>
        </message>
        <message>
            <source>refurbish</source>
            <translation>renovera</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>avvisad</translation>
        </message>
        <message>
            <source>refused by the shop</source>
            <translation>avvisad av ordersystemet</translation>
        </message>
        <message>
            <source>released</source>
            <translation>släppt</translation>
        </message>
        <message>
            <source>repair</source>
            <translation>reparera</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>löst</translation>
        </message>
        <message>
            <source>resolved by hand</source>
            <translation>löst för hand</translation>
        </message>
        <message>
            <source>restock</source>
            <translation>tillbaka i lager</translation>
        </message>
        <message>
            <source>return to customer</source>
            <translation>tillbaka till kund</translation>
        </message>
        <message>
            <source>return to vendor</source>
            <translation>tillbaka till leverantör</translation>
        </message>
        <message>
            <source>returned to the customer</source>
            <translation>skickad tillbaka till kunden</translation>
        </message>
        <message>
            <source>review</source>
            <translation>granskning</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>skickas</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>skickad</translation>
        </message>
        <message>
            <source>sent again</source>
            <translation>skickad igen</translation>
        </message>
        <message>
            <source>serial mismatch</source>
            <translation>fel serienummer</translation>
        </message>
        <message>
            <source>serial number recorded</source>
            <translation>serienummer registrerat</translation>
        </message>
        <message>
            <source>shift lead</source>
            <translation>skiftledare</translation>
        </message>
        <message>
            <source>signed in</source>
            <translation>inloggad</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>utloggad</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>personal</translation>
        </message>
        <message>
            <source>store</source>
            <translation>butik</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>tillgodokvitto</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>arbetsledare</translation>
        </message>
        <message>
            <source>unexpected item</source>
            <translation>oväntad artikel</translation>
        </message>
        <message>
            <source>unit re-graded</source>
            <translation>enhet omgraderad</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>okänt</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>väntar</translation>
        </message>
        <message>
            <source>weighed</source>
            <translation>vägd</translation>
        </message>
        <message>
            <source>weight mismatch</source>
            <translation>viktavvikelse</translation>
        </message>
        <message>
            <source>will try again</source>
            <translation>försöker igen</translation>
        </message>
        <message>
            <source>wrong item</source>
            <translation>fel artikel</translation>
        </message>
    </context>
    <context>
        <name>workflow</name>
        <message>
            <source>Blind return {tracking}: no RMA found. Receive the items; a lead decides.</source>
            <translation>Retur utan RMA {tracking}: ingen RMA hittades. Ta emot artiklarna; en skiftledare beslutar.</translation>
        </message>
        <message>
            <source>Blind return: parcel {tracking} ({carrier}) has no RMA</source>
            <translation>Retur utan RMA: paket {tracking} ({carrier}) har ingen RMA</translation>
        </message>
        <message numerus="yes">
            <source>Parcel {tracking} closed: {n} unit(s)</source>
            <translation>
                <numerusform>Paket {tracking} stängt: {n} enhet</numerusform>
                <numerusform>Paket {tracking} stängt: {n} enheter</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcel {tracking} is open at {bench} by {name}: it cannot be worked at two benches</source>
            <translation>Paket {tracking} är öppet vid {bench} av {name}: det kan inte hanteras vid två bänkar</translation>
        </message>
        <message>
            <source>Parcel {tracking} is open at {bench}: it cannot be worked at two benches</source>
            <translation>Paket {tracking} är öppet vid {bench}: det kan inte hanteras vid två bänkar</translation>
        </message>
        <message>
            <source>Parcel {tracking} reopened: {reason}</source>
            <translation>Paket {tracking} återöppnat: {reason}</translation>
        </message>
        <message>
            <source>Parcel {tracking} was already received and closed ({when}): a lead can reopen it</source>
            <translation>Paket {tracking} är redan mottaget och stängt ({when}): en skiftledare kan återöppna det</translation>
        </message>
        <message>
            <source>Parcel {tracking} weighs {weight}, expected {expected}</source>
            <translation>Paket {tracking} väger {weight}, väntat {expected}</translation>
        </message>
        <message>
            <source>Parcel {tracking} weighs {weight}, {difference} heavier than the expected {expected} (tolerance {tolerance})</source>
            <translation>Paket {tracking} väger {weight}, {difference} tyngre än förväntade {expected} (tolerans {tolerance})</translation>
        </message>
        <message>
            <source>Parcel {tracking} weighs {weight}, {difference} lighter than the expected {expected} (tolerance {tolerance})</source>
            <translation>Paket {tracking} väger {weight}, {difference} lättare än förväntade {expected} (tolerans {tolerance})</translation>
        </message>
        <message>
            <source>RMA {number} is not known</source>
            <translation>RMA {number} är okänd</translation>
        </message>
        <message>
            <source>RMA {number} is not known here: check the import of expected returns, or scan the carrier label</source>
            <translation>RMA {number} är okänd här: kontrollera importen av förväntade returer, eller skanna fraktsedeln</translation>
        </message>
        <message>
            <source>The decision changed: {decision}</source>
            <translation>Beslutet ändrades: {decision}</translation>
        </message>
        <message>
            <source>an unknown code</source>
            <translation>en okänd kod</translation>
        </message>
        <message>
            <source>another bench</source>
            <translation>en annan bänk</translation>
        </message>
        <message>
            <source>closed without a weight</source>
            <translation>stängt utan vikt</translation>
        </message>
        <message>
            <source>earlier</source>
            <translation>tidigare</translation>
        </message>
        <message>
            <source>exchange released</source>
            <translation>bytet skickas</translation>
        </message>
        <message>
            <source>grade {grade} ({label}) needs a photo: take one, then grade</source>
            <translation>grad {grade} ({label}) kräver ett foto: ta ett, gradera sedan</translation>
        </message>
        <message>
            <source>no refund</source>
            <translation>ingen återbetalning</translation>
        </message>
        <message>
            <source>not every item is confirmed: {lpns}. Confirm (Enter) or cancel each one first</source>
            <translation>alla artiklar är inte bekräftade: {lpns}. Bekräfta (Enter) eller avbryt var och en först</translation>
        </message>
        <message>
            <source>not on the {category} checklist: {keys}</source>
            <translation>finns inte på checklistan för {category}: {keys}</translation>
        </message>
        <message>
            <source>parcel {id} does not exist</source>
            <translation>paket {id} finns inte</translation>
        </message>
        <message>
            <source>parcel {tracking} is not closed</source>
            <translation>paket {tracking} är inte stängt</translation>
        </message>
        <message>
            <source>parcel {tracking} is not open: scan it first</source>
            <translation>paket {tracking} är inte öppet: skanna det först</translation>
        </message>
        <message>
            <source>parcel {tracking} is open at another bench</source>
            <translation>paket {tracking} är öppet vid en annan bänk</translation>
        </message>
        <message>
            <source>reopening a closed parcel</source>
            <translation>Att öppna ett stängt paket igen</translation>
        </message>
        <message>
            <source>say why the parcel is reopened</source>
            <translation>ange varför paketet återöppnas</translation>
        </message>
        <message>
            <source>say why the unit is cancelled</source>
            <translation>ange varför enheten avbryts</translation>
        </message>
        <message>
            <source>serial {serial} was already received as {lpn}</source>
            <translation>serienummer {serial} är redan mottaget som {lpn}</translation>
        </message>
        <message>
            <source>serial {serial} was not shipped on {rma} line {line} (shipped: {shipped})</source>
            <translation>serienummer {serial} skickades inte på {rma} rad {line} (skickade: {shipped})</translation>
        </message>
        <message>
            <source>station {id} is not set up in this database</source>
            <translation>station {id} är inte upplagd i den här databasen</translation>
        </message>
        <message>
            <source>that is not a serial number: scan the serial barcode on the item or its box</source>
            <translation>det är inget serienummer: skanna serienummerstreckkoden på artikeln eller dess kartong</translation>
        </message>
        <message>
            <source>the RMA</source>
            <translation>RMA:n</translation>
        </message>
        <message>
            <source>unit {id} does not exist</source>
            <translation>enhet {id} finns inte</translation>
        </message>
        <message>
            <source>unknown carrier</source>
            <translation>okänt fraktbolag</translation>
        </message>
        <message>
            <source>unknown category</source>
            <translation>okänd kategori</translation>
        </message>
        <message>
            <source>you are not signed in as an active operator: scan your badge</source>
            <translation>du är inte inloggad som aktiv operatör: skanna din bricka</translation>
        </message>
        <message>
            <source>{code} ({kind})</source>
            <translation>{code} ({kind})</translation>
        </message>
        <message>
            <source>{code} is not a parcel: scan the carrier label or the RMA barcode</source>
            <translation>{code} är inget paket: skanna fraktsedeln eller RMA-streckkoden</translation>
        </message>
        <message>
            <source>{code} is not an item barcode: scan the product's EAN/UPC or GS1 code</source>
            <translation>{code} är ingen artikelstreckkod: skanna produktens EAN/UPC- eller GS1-kod</translation>
        </message>
        <message>
            <source>{code} looks like a {kind} number but its check digit does not hold: scan it again, or type it from the label</source>
            <translation>{code} ser ut som ett {kind}-nummer men kontrollsiffran stämmer inte: skanna igen, eller skriv in det från etiketten</translation>
        </message>
        <message>
            <source>{code}: the check digit does not hold; scan the item again</source>
            <translation>{code}: kontrollsiffran stämmer inte; skanna artikeln igen</translation>
        </message>
        <message>
            <source>{lpn} cancelled: {reason}</source>
            <translation>{lpn} avbruten: {reason}</translation>
        </message>
        <message>
            <source>{lpn} confirmed: {disposition}, held for a lead. Label printing.</source>
            <translation>{lpn} bekräftad: {disposition}, spärrad för en skiftledare. Etiketten skrivs ut.</translation>
        </message>
        <message>
            <source>{lpn} confirmed: {disposition}, {amount}. Label printing.</source>
            <translation>{lpn} bekräftad: {disposition}, {amount}. Etiketten skrivs ut.</translation>
        </message>
        <message>
            <source>{lpn} is already {status}</source>
            <translation>{lpn} är redan {status}</translation>
        </message>
        <message>
            <source>{lpn} is not graded yet</source>
            <translation>{lpn} är inte graderad än</translation>
        </message>
        <message>
            <source>{lpn}: answer the checklist first: {questions}</source>
            <translation>{lpn}: besvara checklistan först: {questions}</translation>
        </message>
        <message>
            <source>{lpn}: grade taken back</source>
            <translation>{lpn}: graderingen är ångrad</translation>
        </message>
        <message>
            <source>{lpn}: item {gtin} is not on {rma}</source>
            <translation>{lpn}: artikel {gtin} finns inte på {rma}</translation>
        </message>
        <message>
            <source>{lpn}: one more {sku} than the RMA expects</source>
            <translation>{lpn}: en {sku} fler än RMA:n väntar</translation>
        </message>
        <message>
            <source>{lpn}: scan the serial number before grading</source>
            <translation>{lpn}: skanna serienumret innan du graderar</translation>
        </message>
        <message>
            <source>{lpn}: serial {serial} matches the shipment</source>
            <translation>{lpn}: serienummer {serial} stämmer med leveransen</translation>
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
            <translation>{lpn}: {name}, serienumret behövs</translation>
        </message>
        <message>
            <source>{lpn}: {problem}</source>
            <translation>{lpn}: {problem}</translation>
        </message>
        <message>
            <source>{lpn}: {sku} ({category}) is not returnable</source>
            <translation>{lpn}: {sku} ({category}) kan inte returneras</translation>
        </message>
        <message numerus="yes">
            <source>{n} line(s) may still come in {parcels}</source>
            <translation>
                <numerusform>{n} rad kan fortfarande komma i {parcels}</numerusform>
                <numerusform>{n} rader kan fortfarande komma i {parcels}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rma} for {customer}: {n} item(s) expected</source>
            <translation>
                <numerusform>{rma} för {customer}: {n} artikel väntas</numerusform>
                <numerusform>{rma} för {customer}: {n} artiklar väntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rma} still expects {missing} of {n} item(s): {items}. Closing the parcel makes them a missing-item case</source>
            <translation>
                <numerusform>{rma} väntar fortfarande på {missing} av {n} artikel: {items}. Stängs paketet blir den en avvikelse för saknad artikel</numerusform>
                <numerusform>{rma} väntar fortfarande på {missing} av {n} artiklar: {items}. Stängs paketet blir de en avvikelse för saknade artiklar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rma}: {n} item(s) never arrived: {items}</source>
            <translation>
                <numerusform>{rma}: {n} artikel kom aldrig: {items}</numerusform>
                <numerusform>{rma}: {n} artiklar kom aldrig: {items}</numerusform>
            </translation>
        </message>
        <message>
            <source>{rma}: {window}</source>
            <translation>{rma}: {window}</translation>
        </message>
        <message>
            <source>{rma}: {window}. Receive the items; the refund is held.</source>
            <translation>{rma}: {window}. Ta emot artiklarna; återbetalningen spärras.</translation>
        </message>
        <message>
            <source>{summary}: the refund is held for a lead</source>
            <translation>{summary}: återbetalningen spärras för en skiftledare</translation>
        </message>
        <message>
            <source>{weight} is not a parcel weight: put the parcel on the scale and wait for a stable reading</source>
            <translation>{weight} är ingen paketvikt: lägg paketet på vågen och vänta på en stabil avläsning</translation>
        </message>
        <message>
            <source>{weight} recorded (no expected weight to compare with)</source>
            <translation>{weight} registrerad (ingen förväntad vikt att jämföra med)</translation>
        </message>
        <message>
            <source>{weight}: within {tolerance} of the expected {expected}</source>
            <translation>{weight}: inom {tolerance} från förväntade {expected}</translation>
        </message>
    </context>
</TS>
