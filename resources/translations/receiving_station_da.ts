<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
    <context>
        <name>amounts</name>
        <message>
            <source>The amount must be more than nothing.</source>
            <translation>Beløbet skal være større end nul.</translation>
        </message>
        <message>
            <source>Type an amount, as {example}.</source>
            <translation>Skriv et beløb, f.eks. {example}.</translation>
        </message>
        <message>
            <source>{amount} is more than was paid ({paid}).</source>
            <translation>{amount} er mere, end der blev betalt ({paid}).</translation>
        </message>
        <message>
            <source>{typed} has more decimals than {currency} has: type it as {example}.</source>
            <translation>{typed} har flere decimaler, end {currency} har: skriv det som f.eks. {example}.</translation>
        </message>
        <message>
            <source>{typed} is not an amount: type it as {example}.</source>
            <translation>{typed} er ikke et beløb: skriv det som f.eks. {example}.</translation>
        </message>
    </context>
    <context>
        <name>auth</name>
        <message>
            <source>{action} needs a {needed} or above; you are signed in as {role}</source>
            <translation>{action} kræver {needed} eller højere; du er logget ind som {role}</translation>
        </message>
        <message>
            <source>{action}: you are not an active operator here (disabled, or not known): sign in again or ask a supervisor</source>
            <translation>{action}: du er ikke en aktiv operatør her (deaktiveret eller ukendt): log ind igen eller spørg en supervisor</translation>
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
            <translation>Svar med Y eller N  ·  Esc går tilbage</translation>
        </message>
        <message>
            <source>Enter confirms and prints the label</source>
            <translation>Enter bekræfter og udskriver etiketten</translation>
        </message>
        <message>
            <source>Enter confirms and prints the label  ·  Esc steps back</source>
            <translation>Enter bekræfter og udskriver etiketten  ·  Esc går tilbage</translation>
        </message>
        <message>
            <source>Every expected item is in: F9 closes the parcel  ·  or scan an extra item</source>
            <translation>Alle forventede varer er modtaget: F9 lukker pakken  ·  eller scan en ekstra vare</translation>
        </message>
        <message>
            <source>Grade it: 1–5</source>
            <translation>Vurdér: 1–5</translation>
        </message>
        <message>
            <source>Grade it: 1–5  ·  Esc steps back</source>
            <translation>Vurdér: 1–5  ·  Esc går tilbage</translation>
        </message>
        <message>
            <source>Grade {grade} ({label}) needs a photo: press P</source>
            <translation>Grad {grade} ({label}) kræver et foto: tryk P</translation>
        </message>
        <message>
            <source>No parcel is open: scan the parcel's carrier label or RMA barcode first</source>
            <translation>Ingen pakke er åben: scan først pakkens fragtlabel eller RMA-stregkode</translation>
        </message>
        <message>
            <source>Not closed: parcel {tracking} stays open</source>
            <translation>Ikke lukket: pakke {tracking} forbliver åben</translation>
        </message>
        <message numerus="yes">
            <source>Parcel {tracking} set aside, still open: {rma} still expects {missing} of {n} item(s); scan it again to go on with it</source>
            <translation>
                <numerusform>Pakke {tracking} lagt til side, stadig åben: {rma} forventer endnu {missing} af {n} vare; scan den igen for at fortsætte med den</numerusform>
                <numerusform>Pakke {tracking} lagt til side, stadig åben: {rma} forventer endnu {missing} af {n} varer; scan den igen for at fortsætte med den</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Press F9 again to close {rma} with {n} item(s) missing  ·  Esc keeps it open</source>
            <translation>
                <numerusform>Tryk F9 igen for at lukke {rma}, selvom {n} vare mangler  ·  Esc holder den åben</numerusform>
                <numerusform>Tryk F9 igen for at lukke {rma}, selvom {n} varer mangler  ·  Esc holder den åben</numerusform>
            </translation>
        </message>
        <message>
            <source>Put the parcel on the scale, then scan an item  ·  F9 closes the parcel</source>
            <translation>Læg pakken på vægten, og scan så en vare  ·  F9 lukker pakken</translation>
        </message>
        <message>
            <source>Scan the item's serial number</source>
            <translation>Scan varens serienummer</translation>
        </message>
        <message>
            <source>Scan the next item  ·  F9 closes the parcel</source>
            <translation>Scan næste vare  ·  F9 lukker pakken</translation>
        </message>
        <message>
            <source>Scan the parcel's carrier label or RMA barcode</source>
            <translation>Scan pakkens fragtlabel eller RMA-stregkode</translation>
        </message>
        <message>
            <source>Scan your badge, or choose your name and type your PIN</source>
            <translation>Scan dit kort, eller vælg dit navn og skriv din pinkode</translation>
        </message>
        <message>
            <source>Sign in first: scan your badge, or choose your name and type your PIN</source>
            <translation>Log ind først: scan dit kort, eller vælg dit navn og skriv din pinkode</translation>
        </message>
        <message>
            <source>Take a photo: P</source>
            <translation>Tag et foto: P</translation>
        </message>
        <message>
            <source>Take a photo: P  ·  Esc chooses another grade</source>
            <translation>Tag et foto: P  ·  Esc vælger en anden grad</translation>
        </message>
        <message>
            <source>The database did not answer ({reason}). Nothing was saved: scan or press the key again in a moment; call IT if it keeps happening</source>
            <translation>Databasen svarede ikke ({reason}). Intet blev gemt: scan eller tryk på tasten igen om lidt; ring til IT, hvis det bliver ved</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Velkommen, {name}</translation>
        </message>
        <message numerus="yes">
            <source>after {n} minute(s) without work</source>
            <translation>
                <numerusform>efter {n} minut uden arbejde</numerusform>
                <numerusform>efter {n} minutter uden arbejde</numerusform>
            </translation>
        </message>
        <message>
            <source>again: {question}</source>
            <translation>igen: {question}</translation>
        </message>
        <message>
            <source>already graded: Esc to grade again, Enter to confirm</source>
            <translation>allerede vurderet: Esc for at vurdere igen, Enter for at bekræfte</translation>
        </message>
        <message>
            <source>answer first: {question} (Y/N)</source>
            <translation>svar først: {question} (Y/N)</translation>
        </message>
        <message>
            <source>badge {badge} is not known here: ask your shift lead</source>
            <translation>kortet {badge} er ukendt her: spørg din holdleder</translation>
        </message>
        <message>
            <source>by the sign-out barcode</source>
            <translation>med log ud-stregkoden</translation>
        </message>
        <message>
            <source>cancelled at the bench</source>
            <translation>annulleret ved bænken</translation>
        </message>
        <message>
            <source>choose the grade again (1–5)</source>
            <translation>vælg grad igen (1–5)</translation>
        </message>
        <message>
            <source>command {command} is not used at the bench</source>
            <translation>kommandoen {command} bruges ikke ved bænken</translation>
        </message>
        <message>
            <source>finish {lpn} first: {step}</source>
            <translation>gør {lpn} færdig først: {step}</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>no item to cancel</source>
            <translation>ingen vare at annullere</translation>
        </message>
        <message>
            <source>no parcel is open</source>
            <translation>ingen pakke er åben</translation>
        </message>
        <message>
            <source>nothing to answer now: {step}</source>
            <translation>intet at svare på nu: {step}</translation>
        </message>
        <message>
            <source>nothing to confirm yet: {step}</source>
            <translation>intet at bekræfte endnu: {step}</translation>
        </message>
        <message>
            <source>nothing to step back from</source>
            <translation>intet at gå tilbage fra</translation>
        </message>
        <message>
            <source>photo {count} taken</source>
            <translation>foto {count} taget</translation>
        </message>
        <message>
            <source>put the parcel on the scale and wait for a stable weight</source>
            <translation>læg pakken på vægten, og vent på en stabil vægt</translation>
        </message>
        <message>
            <source>reprints are made on the Labels screen, with a reason (supervisors)</source>
            <translation>genudskrifter laves på skærmen Etiketter, med en begrundelse (supervisorer)</translation>
        </message>
        <message>
            <source>scan an item before grading</source>
            <translation>scan en vare, før du vurderer</translation>
        </message>
        <message>
            <source>scan an item before taking its photo</source>
            <translation>scan en vare, før du tager foto af den</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>logget ud</translation>
        </message>
        <message>
            <source>stepped back at the bench</source>
            <translation>gik tilbage ved bænken</translation>
        </message>
        <message>
            <source>taking a photo</source>
            <translation>tager et foto</translation>
        </message>
        <message>
            <source>the station does not speak {language}</source>
            <translation>stationen taler ikke {language}</translation>
        </message>
        <message>
            <source>the {key} key does nothing here: {step}</source>
            <translation>tasten {key} gør intet her: {step}</translation>
        </message>
        <message>
            <source>this parcel is open already</source>
            <translation>denne pakke er allerede åben</translation>
        </message>
        <message>
            <source>unknown input {kind}</source>
            <translation>ukendt input {kind}</translation>
        </message>
        <message numerus="yes">
            <source>wrong PIN for {name}, {n} times: locked until {time}; ask a supervisor if it cannot wait</source>
            <translation>
                <numerusform>forkert pinkode for {name}, {n} gang: spærret til {time}; spørg en supervisor, hvis det ikke kan vente</numerusform>
                <numerusform>forkert pinkode for {name}, {n} gange: spærret til {time}; spørg en supervisor, hvis det ikke kan vente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrong PIN for {name}: try again ({n} more before a lock)</source>
            <translation>
                <numerusform>forkert pinkode for {name}: prøv igen ({n} forsøg mere før spærring)</numerusform>
                <numerusform>forkert pinkode for {name}: prøv igen ({n} forsøg mere før spærring)</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{current} has parcel {tracking} open: scan {name}'s badge again to take over (the parcel stays open)</source>
            <translation>{current} har pakke {tracking} åben: scan {name}s kort igen for at overtage (pakken forbliver åben)</translation>
        </message>
        <message>
            <source>{lpn} is not finished: {step} (Esc steps back)</source>
            <translation>{lpn} er ikke færdig: {step} (Esc går tilbage)</translation>
        </message>
        <message>
            <source>{lpn}: scan its serial number first</source>
            <translation>{lpn}: scan serienummeret først</translation>
        </message>
        <message>
            <source>{name} is grading {lpn}: confirm or step back (Esc) first, then sign in</source>
            <translation>{name} vurderer {lpn}: bekræft eller gå tilbage (Esc) først, og log så ind</translation>
        </message>
        <message>
            <source>{name} is locked after too many wrong PINs until {time}: wait, or ask a supervisor</source>
            <translation>{name} er spærret efter for mange forkerte pinkoder til {time}: vent, eller spørg en supervisor</translation>
        </message>
        <message>
            <source>{name} signed out</source>
            <translation>{name} er logget ud</translation>
        </message>
        <message>
            <source>{name} signed out: {why}</source>
            <translation>{name} blev logget ud: {why}</translation>
        </message>
        <message>
            <source>{name} signs in with badge and PIN: scan your badge first, then type your PIN</source>
            <translation>{name} logger ind med kort og pinkode: scan dit kort først, indtast så din pinkode</translation>
        </message>
        <message>
            <source>{name}: type your PIN and press Enter</source>
            <translation>{name}: indtast din pinkode og tryk Enter</translation>
        </message>
        <message>
            <source>{question}  Y / N  ·  Esc steps back</source>
            <translation>{question}  Y / N  ·  Esc går tilbage</translation>
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
                <numerusform>{rma} venter stadig på {missing} af {n} vare: {items}</numerusform>
                <numerusform>{rma} venter stadig på {missing} af {n} varer: {items}</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not a weight</source>
            <translation>{value} er ikke en vægt</translation>
        </message>
        <message>
            <source>{weight} on the scale</source>
            <translation>{weight} på vægten</translation>
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
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>BLIND RETURN</source>
            <translation>RETUR UDEN RMA</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Bænk</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Tjekliste</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslutning</translation>
        </message>
        <message>
            <source>EXCHANGE HELD: a lead decides</source>
            <translation>OMBYTNING TILBAGEHOLDT: en holdleder beslutter</translation>
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
            <translation>Inde</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Vare</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation>Seneste resultat</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Tilbage</translation>
        </message>
        <message>
            <source>No parcel open</source>
            <translation>Ingen pakke åben</translation>
        </message>
        <message>
            <source>OVERLOAD</source>
            <translation>OVERBELASTET</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Pakke</translation>
        </message>
        <message>
            <source>Parcel {tracking} ({carrier})
No RMA: receive the items, a lead finds the customer.</source>
            <translation>Pakke {tracking} ({carrier})
Ingen RMA: modtag varerne, en holdleder finder kunden.</translation>
        </message>
        <message>
            <source>REFUND HELD: a lead decides</source>
            <translation>REFUSION TILBAGEHOLDT: en holdleder beslutter</translation>
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
            <translation>Scan en vare fra pakken.</translation>
        </message>
        <message>
            <source>Scan the carrier label or the RMA barcode.</source>
            <translation>Scan fragtlabelen eller RMA-stregkoden.</translation>
        </message>
        <message>
            <source>UNDERLOAD</source>
            <translation>UNDERBELASTET</translation>
        </message>
        <message>
            <source>WEIGHT MISMATCH: refund held</source>
            <translation>VÆGTAFVIGELSE: refusionen tilbageholdt</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Vægt</translation>
        </message>
        <message>
            <source>Weight on the scale</source>
            <translation>Vægt på vægten</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>Hvad du gør nu</translation>
        </message>
        <message>
            <source>carrier unknown</source>
            <translation>ukendt fragtfirma</translation>
        </message>
        <message>
            <source>exchange {sku} released</source>
            <translation>ombytning til {sku} sendes</translation>
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
            <translation>bevæger sig…</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>no reading</source>
            <translation>ingen aflæsning</translation>
        </message>
        <message>
            <source>not on the RMA</source>
            <translation>ikke på RMA'en</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>ikke endnu</translation>
        </message>
        <message>
            <source>nothing to refund</source>
            <translation>intet at refundere</translation>
        </message>
        <message>
            <source>refund {amount}</source>
            <translation>refusion {amount}</translation>
        </message>
        <message>
            <source>restocking fee {amount}</source>
            <translation>returgebyr {amount}</translation>
        </message>
        <message>
            <source>rule {rule}  (why: see the message above)</source>
            <translation>regel {rule}  (hvorfor: se beskeden ovenfor)</translation>
        </message>
        <message>
            <source>serial {serial}</source>
            <translation>serienummer {serial}</translation>
        </message>
        <message>
            <source>serial: scan it</source>
            <translation>serienummer: scan det</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>ukendt</translation>
        </message>
        <message>
            <source>unknown SKU</source>
            <translation>ukendt varenr.</translation>
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
købt {bought} · ønsker {wants}
pakke {tracking}</translation>
        </message>
        <message numerus="yes">
            <source>{n} photo(s) taken</source>
            <translation>
                <numerusform>{n} foto taget</numerusform>
                <numerusform>{n} fotos taget</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Amount to refund (at most {paid}):</source>
            <translation>Beløb, der skal refunderes (højst {paid}):</translation>
        </message>
        <message>
            <source>Approve the refund in full</source>
            <translation>Godkend refusionen fuldt ud</translation>
        </message>
        <message>
            <source>Approve the refund in part</source>
            <translation>Godkend refusionen delvist</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Annullér (Esc)</translation>
        </message>
        <message>
            <source>Confirm (Ctrl+Enter)</source>
            <translation>Bekræft (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Ctrl+Enter or Confirm: do it · Esc: cancel</source>
            <translation>Ctrl+Enter eller Bekræft: udfør · Esc: annullér</translation>
        </message>
        <message>
            <source>Enter does not confirm here: press Ctrl+Enter.</source>
            <translation>Enter bekræfter ikke her: tryk Ctrl+Enter.</translation>
        </message>
        <message>
            <source>OK (Enter)</source>
            <translation>OK (Enter)</translation>
        </message>
        <message>
            <source>Refunds {amount} of {paid}; {kept} is kept as a restocking fee.</source>
            <translation>Refunderer {amount} af {paid}; {kept} beholdes som returgebyr.</translation>
        </message>
        <message numerus="yes">
            <source>Refunds {money} for {n} units to the customer.</source>
            <translation>
                <numerusform>Refunderer {money} for {n} enhed til kunden.</numerusform>
                <numerusform>Refunderer {money} for {n} enheder til kunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reject the return</source>
            <translation>Afvis returneringen</translation>
        </message>
        <message numerus="yes">
            <source>Releases the exchange of {n} units.</source>
            <translation>
                <numerusform>Frigiver ombytningen af {n} enhed.</numerusform>
                <numerusform>Frigiver ombytningen af {n} enheder.</numerusform>
            </translation>
        </message>
        <message>
            <source>Say why the refund is less than in full.</source>
            <translation>Sig, hvorfor refusionen er delvis.</translation>
        </message>
        <message>
            <source>Say why: the customer is told.</source>
            <translation>Sig hvorfor: kunden får det at vide.</translation>
        </message>
        <message>
            <source>Type something first, or Esc to cancel.</source>
            <translation>Skriv noget først, eller Esc for at annullere.</translation>
        </message>
        <message>
            <source>Type the amount to refund.</source>
            <translation>Skriv beløbet, der skal refunderes.</translation>
        </message>
        <message>
            <source>Why is it rejected (the customer is told)?</source>
            <translation>Hvorfor afvises returneringen (kunden får det at vide)?</translation>
        </message>
        <message>
            <source>Why less than in full?</source>
            <translation>Hvorfor ikke hele beløbet?</translation>
        </message>
        <message numerus="yes">
            <source>Withholds {money}: the customer gets nothing back for {n} units.</source>
            <translation>
                <numerusform>Tilbageholder {money}: kunden får intet tilbage for {n} enhed.</numerusform>
                <numerusform>Tilbageholder {money}: kunden får intet tilbage for {n} enheder.</numerusform>
            </translation>
        </message>
        <message>
            <source>what was not taken</source>
            <translation>det, der ikke blev taget imod</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: an exchange (paid {money})</source>
            <translation>{lpn} · {rma} · {customer}: en ombytning (betalt {money})</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: paid {money}</source>
            <translation>{lpn} · {rma} · {customer}: betalt {money}</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: paid {money}, as store credit</source>
            <translation>{lpn} · {rma} · {customer}: betalt {money}, som tilgodebevis</translation>
        </message>
        <message>
            <source>{money}</source>
            <translation>{money}</translation>
        </message>
        <message numerus="yes">
            <source>… and {n} more units</source>
            <translation>
                <numerusform>… og {n} enhed mere</numerusform>
                <numerusform>… og {n} enheder mere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>events</name>
        <message>
            <source>event {id} is {state}: only refused or waiting events can be resolved by hand</source>
            <translation>hændelse {id} er {state}: kun afviste eller ventende hændelser kan løses i hånden</translation>
        </message>
        <message>
            <source>event {id} is {state}: only refused or waiting events can be retried</source>
            <translation>hændelse {id} er {state}: kun afviste eller ventende hændelser kan sendes igen</translation>
        </message>
        <message>
            <source>say why the event is resolved by hand (a note is required)</source>
            <translation>sig, hvorfor hændelsen løses i hånden (en note er påkrævet)</translation>
        </message>
        <message>
            <source>there is no upstream event {id}</source>
            <translation>der er ingen webshophændelse {id}</translation>
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
            <translation>Tilføj en note</translation>
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
            <translation>Godkend delvist én afvigelse ad gangen.</translation>
        </message>
        <message>
            <source>Approve refund (A)</source>
            <translation>Godkend refusion (A)</translation>
        </message>
        <message>
            <source>Ask customer service</source>
            <translation>Spørg kundeservice</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>Efter status</translation>
        </message>
        <message>
            <source>By type</source>
            <translation>Efter type</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Fragtfirma</translation>
        </message>
        <message>
            <source>Checklist: {answers}</source>
            <translation>Tjekliste: {answers}</translation>
        </message>
        <message>
            <source>Choose an exception first (↑/↓).</source>
            <translation>Vælg en afvigelse først (↑/↓).</translation>
        </message>
        <message>
            <source>Choose an exception to see its evidence.</source>
            <translation>Vælg en afvigelse for at se dokumentationen.</translation>
        </message>
        <message>
            <source>Claim (C)</source>
            <translation>Tag (C)</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>Taget</translation>
        </message>
        <message>
            <source>Close (D)</source>
            <translation>Luk (D)</translation>
        </message>
        <message>
            <source>Close the exception</source>
            <translation>Luk afvigelsen</translation>
        </message>
        <message>
            <source>Contact customer (K)</source>
            <translation>Kontakt kunden (K)</translation>
        </message>
        <message>
            <source>Could not read the exception queue: {problem}</source>
            <translation>Kunne ikke læse afvigelseskøen: {problem}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Dokumentation</translation>
        </message>
        <message>
            <source>Exception {id}: {done}.</source>
            <translation>Afvigelse {id}: {done}.</translation>
        </message>
        <message>
            <source>Exception {id}: {problem}</source>
            <translation>Afvigelse {id}: {problem}</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Forventet</translation>
        </message>
        <message>
            <source>Expected vs found</source>
            <translation>Forventet mod fundet</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Fundet</translation>
        </message>
        <message>
            <source>Give it to:</source>
            <translation>Giv den til:</translation>
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
            <translation>Ingen bænkaktivitet registreret.</translation>
        </message>
        <message>
            <source>No exception matches: the queue is clear.</source>
            <translation>Ingen afvigelse passer: køen er tom.</translation>
        </message>
        <message>
            <source>No history.</source>
            <translation>Ingen historik.</translation>
        </message>
        <message>
            <source>No notes yet (N adds one).</source>
            <translation>Ingen noter endnu (N tilføjer en).</translation>
        </message>
        <message>
            <source>No refund is held for this choice: nothing to approve or reject.</source>
            <translation>Ingen refusion er tilbageholdt for det valgte: intet at godkende eller afvise.</translation>
        </message>
        <message>
            <source>Note (N)</source>
            <translation>Note (N)</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <source>OVERDUE {time}</source>
            <translation>FORSINKET {time}</translation>
        </message>
        <message>
            <source>Older than 1 day</source>
            <translation>Ældre end 1 dag</translation>
        </message>
        <message>
            <source>Older than 1 hour</source>
            <translation>Ældre end 1 time</translation>
        </message>
        <message>
            <source>Older than 3 days</source>
            <translation>Ældre end 3 dage</translation>
        </message>
        <message>
            <source>Older than 4 hours</source>
            <translation>Ældre end 4 timer</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Ældste først</translation>
        </message>
        <message>
            <source>Open (nobody on it)</source>
            <translation>Åbne (ingen har taget dem)</translation>
        </message>
        <message>
            <source>Open and claimed</source>
            <translation>Åbne og taget</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Pakke</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Re-grade</source>
            <translation>Vurdér igen</translation>
        </message>
        <message>
            <source>Re-grade (G)</source>
            <translation>Vurdér igen (G)</translation>
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
            <translation>Opdater (Ctrl+R)</translation>
        </message>
        <message>
            <source>Reject (J)</source>
            <translation>Afvis (J)</translation>
        </message>
        <message>
            <source>Release (X)</source>
            <translation>Slip (X)</translation>
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
            <translation>Returnering</translation>
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
            <translation>Scanningslog</translation>
        </message>
        <message>
            <source>Search: RMA, order, tracking number or LPN (Ctrl+F)</source>
            <translation>Søg: RMA, ordre, sporingsnummer eller LPN (Ctrl+F)</translation>
        </message>
        <message>
            <source>Serials shipped</source>
            <translation>Afsendte serienumre</translation>
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
            <translation>Resumé</translation>
        </message>
        <message>
            <source>The photo {path} cannot be read (moved or deleted?)</source>
            <translation>Fotoet {path} kan ikke læses (flyttet eller slettet?)</translation>
        </message>
        <message>
            <source>There is no lead to reassign to.</source>
            <translation>Der er ingen holdleder at tildele.</translation>
        </message>
        <message>
            <source>This exception has no photos.</source>
            <translation>Denne afvigelse har ingen fotos.</translation>
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
            <translation>Enhed</translation>
        </message>
        <message>
            <source>Upstream attempts</source>
            <translation>Forsøg mod webshoppen</translation>
        </message>
        <message>
            <source>What should customer service ask the customer?</source>
            <translation>Hvad skal kundeservice spørge kunden om?</translation>
        </message>
        <message>
            <source>What was done?</source>
            <translation>Hvad blev gjort?</translation>
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
            <translation>fragtfirma</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>kanal</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>tjekliste</translation>
        </message>
        <message>
            <source>claimed</source>
            <translation>taget</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>lukket</translation>
        </message>
        <message>
            <source>code scanned</source>
            <translation>scannet kode</translation>
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
            <translation>kundeservice spurgt</translation>
        </message>
        <message>
            <source>days allowed</source>
            <translation>tilladte dage</translation>
        </message>
        <message>
            <source>days since</source>
            <translation>dage siden</translation>
        </message>
        <message>
            <source>difference</source>
            <translation>forskel</translation>
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
            <translation>forfalder om {time}</translation>
        </message>
        <message>
            <source>due in {time} !</source>
            <translation>forfalder om {time} !</translation>
        </message>
        <message>
            <source>exception detail and evidence</source>
            <translation>afvigelsens detaljer og dokumentation</translation>
        </message>
        <message>
            <source>exception queue</source>
            <translation>afvigelseskø</translation>
        </message>
        <message>
            <source>exception type</source>
            <translation>afvigelsestype</translation>
        </message>
        <message>
            <source>expected lines</source>
            <translation>forventede linjer</translation>
        </message>
        <message>
            <source>expected weight</source>
            <translation>forventet vægt</translation>
        </message>
        <message>
            <source>explanation</source>
            <translation>forklaring</translation>
        </message>
        <message>
            <source>flags</source>
            <translation>flag</translation>
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
            <translation>målt vægt</translation>
        </message>
        <message>
            <source>missing lines</source>
            <translation>manglende linjer</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>noted</source>
            <translation>noteret</translation>
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
            <translation>fotos</translation>
        </message>
        <message>
            <source>photos (P or Enter shows them large)</source>
            <translation>fotos (P eller Enter viser dem stort)</translation>
        </message>
        <message>
            <source>proposed disposition</source>
            <translation>foreslået disponering</translation>
        </message>
        <message>
            <source>proposed refund</source>
            <translation>foreslået refusion</translation>
        </message>
        <message>
            <source>purchase date</source>
            <translation>købsdato</translation>
        </message>
        <message>
            <source>raised by operator</source>
            <translation>registreret af operatør</translation>
        </message>
        <message>
            <source>raised {at}</source>
            <translation>registreret {at}</translation>
        </message>
        <message>
            <source>raised {at} at {station}</source>
            <translation>registreret {at} ved {station}</translation>
        </message>
        <message>
            <source>re-graded</source>
            <translation>vurderet igen</translation>
        </message>
        <message>
            <source>reassigned</source>
            <translation>tildelt</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>refusion</translation>
        </message>
        <message>
            <source>refund approved in full</source>
            <translation>refusion godkendt fuldt ud</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>afvist</translation>
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
            <translation>scanning</translation>
        </message>
        <message>
            <source>search by RMA, order, tracking number or LPN</source>
            <translation>søg på RMA, ordre, sporingsnummer eller LPN</translation>
        </message>
        <message>
            <source>serial number</source>
            <translation>serienummer</translation>
        </message>
        <message>
            <source>serial scanned</source>
            <translation>scannet serienummer</translation>
        </message>
        <message>
            <source>serials shipped</source>
            <translation>afsendte serienumre</translation>
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
            <translation>tolerance</translation>
        </message>
        <message>
            <source>tracking number</source>
            <translation>sporingsnummer</translation>
        </message>
        <message>
            <source>weight mismatch</source>
            <translation>vægtafvigelse</translation>
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
            <translation>{amount} refunderet</translation>
        </message>
        <message>
            <source>{count} match: {parts}. Loaded {loaded}, {overdue} of them overdue.</source>
            <translation>{count} fund: {parts}. Indlæst {loaded}, heraf {overdue} forsinket.</translation>
        </message>
        <message>
            <source>{count} match: {parts}. Loaded {loaded}.</source>
            <translation>{count} fund: {parts}. Indlæst {loaded}.</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} d</translation>
        </message>
        <message>
            <source>{done} of {count} {what}.</source>
            <translation>{done} af {count}: {what}.</translation>
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
            <translation>{number} af {count}: {path}  (← → Esc)</translation>
        </message>
        <message numerus="yes">
            <source>{n} exceptions selected: the actions apply to each of them.</source>
            <translation>
                <numerusform>{n} afvigelse valgt: handlingerne gælder hver af dem.</numerusform>
                <numerusform>{n} afvigelser valgt: handlingerne gælder hver af dem.</numerusform>
            </translation>
        </message>
        <message>
            <source>{status} by {name}</source>
            <translation>{status} af {name}</translation>
        </message>
        <message numerus="yes">
            <source>… and {n} more refused.</source>
            <translation>
                <numerusform>… og {n} mere afvist.</numerusform>
                <numerusform>… og {n} mere afvist.</numerusform>
            </translation>
        </message>
        <message>
            <source>…in part (Shift+A)</source>
            <translation>…delvist (Shift+A)</translation>
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
            <translation>godkendt (lokal tid)</translation>
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
            <translation>idempotensnøgle</translation>
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
            <translation>oprindelig betalingsmåde</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>refusion</translation>
        </message>
        <message>
            <source>restocking fee</source>
            <translation>returgebyr</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>tilgodebevis</translation>
        </message>
        <message>
            <source>upstream reference</source>
            <translation>reference i webshoppen</translation>
        </message>
    </context>
    <context>
        <name>figures_view</name>
        <message>
            <source>&amp;Shift report PDF… (S)</source>
            <translation>&amp;Vagtrapport som PDF… (S)</translation>
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
            <translation>Bænk</translation>
        </message>
        <message>
            <source>Benches</source>
            <translation>Bænke</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontrol</translation>
        </message>
        <message>
            <source>Could not work out the figures: {problem}</source>
            <translation>Kunne ikke beregne nøgletallene: {problem}</translation>
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
            <translation>Eks&amp;portér refusioner som CSV… (E)</translation>
        </message>
        <message>
            <source>Exceptions / 100 units</source>
            <translation>Afvigelser / 100 enheder</translation>
        </message>
        <message>
            <source>Exceptions by type</source>
            <translation>Afvigelser pr. type</translation>
        </message>
        <message>
            <source>Export refunds</source>
            <translation>Eksportér refusioner</translation>
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
            <translation>Markeder og vagter</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Ikke gemt: {problem}</translation>
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
            <translation>Årsager</translation>
        </message>
        <message>
            <source>Receipt → refund (median · p90)</source>
            <translation>Modtagelse → refusion (median · p90)</translation>
        </message>
        <message>
            <source>Returned most</source>
            <translation>Mest returneret</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Vagt</translation>
        </message>
        <message>
            <source>Shift figures</source>
            <translation>Nøgletal for vagten</translation>
        </message>
        <message>
            <source>Shift report</source>
            <translation>Vagtrapport</translation>
        </message>
        <message>
            <source>Shift report written to {path}</source>
            <translation>Vagtrapporten gemt i {path}</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheder</translation>
        </message>
        <message>
            <source>Units / hour</source>
            <translation>Enheder / time</translation>
        </message>
        <message>
            <source>Units per hour of the day</source>
            <translation>Enheder pr. time på døgnet</translation>
        </message>
        <message>
            <source>Units received</source>
            <translation>Modtagne enheder</translation>
        </message>
        <message>
            <source>every bench</source>
            <translation>alle bænke</translation>
        </message>
        <message>
            <source>every market</source>
            <translation>alle markeder</translation>
        </message>
        <message>
            <source>figures by operator, bench, SKU and market</source>
            <translation>nøgletal pr. operatør, bænk, vare og marked</translation>
        </message>
        <message>
            <source>last 30 days</source>
            <translation>seneste 30 dage</translation>
        </message>
        <message>
            <source>last 365 days</source>
            <translation>seneste 365 dage</translation>
        </message>
        <message>
            <source>last 7 days</source>
            <translation>seneste 7 dage</translation>
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
                <numerusform>{n} refunderet enhed gemt i {path}</numerusform>
                <numerusform>{n} refunderede enheder gemt i {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} refunded unit(s) written to {path} ({sums})</source>
            <translation>
                <numerusform>{n} refunderet enhed gemt i {path} ({sums})</numerusform>
                <numerusform>{n} refunderede enheder gemt i {path} ({sums})</numerusform>
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
            <translation>Luk stationen</translation>
        </message>
        <message>
            <source>Close the station (Enter)</source>
            <translation>Luk stationen (Enter)</translation>
        </message>
        <message numerus="yes">
            <source>It tries again in {n} s. Tell the site's IT if this stays.</source>
            <translation>
                <numerusform>Den prøver igen om {n} s. Sig det til stedets IT, hvis det fortsætter.</numerusform>
                <numerusform>Den prøver igen om {n} s. Sig det til stedets IT, hvis det fortsætter.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only a supervisor closes this station: scan your badge, type your PIN and press Enter. Esc goes back to work.</source>
            <translation>Kun en supervisor lukker denne station: scan dit kort, skriv din pinkode og tryk Enter. Esc går tilbage til arbejdet.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Pinkode</translation>
        </message>
        <message>
            <source>Scan your supervisor badge first.</source>
            <translation>Scan dit supervisorkort først.</translation>
        </message>
        <message>
            <source>Supervisor's badge</source>
            <translation>Supervisorens kort</translation>
        </message>
        <message>
            <source>The station cannot start</source>
            <translation>Stationen kan ikke starte</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Skriv din pinkode, og tryk så Enter.</translation>
        </message>
        <message>
            <source>badge {badge} is not known here</source>
            <translation>kortet {badge} er ikke kendt her</translation>
        </message>
        <message>
            <source>not checked: {why}</source>
            <translation>ikke kontrolleret: {why}</translation>
        </message>
        <message>
            <source>{name} closes the station</source>
            <translation>{name} lukker stationen</translation>
        </message>
        <message>
            <source>{name} is locked after too many wrong PINs until {time}</source>
            <translation>{name} er låst efter for mange forkerte pinkoder til {time}</translation>
        </message>
        <message>
            <source>{name} is not a supervisor: only a supervisor closes the station</source>
            <translation>{name} er ikke supervisor: kun en supervisor lukker stationen</translation>
        </message>
    </context>
    <context>
        <name>label_templates</name>
        <message>
            <source>Hold in {bin}, do not restock: {reason}</source>
            <translation>Opbevar i {bin}, ikke tilbage på lager: {reason}</translation>
        </message>
        <message>
            <source>Put away to {bin}</source>
            <translation>Sæt på plads i {bin}</translation>
        </message>
        <message>
            <source>QUARANTINE - HOLD</source>
            <translation>KARANTÆNE - TILBAGEHOLDT</translation>
        </message>
        <message>
            <source>REFURBISH</source>
            <translation>RENOVERING</translation>
        </message>
        <message>
            <source>RESTOCK</source>
            <translation>TILBAGE PÅ LAGER</translation>
        </message>
        <message>
            <source>RETURN TO VENDOR</source>
            <translation>TILBAGE TIL LEVERANDØR</translation>
        </message>
        <message>
            <source>To {bin} for {disposition}</source>
            <translation>Til {bin} til {disposition}</translation>
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
            <translation>Ingen enhed har LPN {lpn}</translation>
        </message>
        <message>
            <source>None of these labels is waiting: they are printed already</source>
            <translation>Ingen af disse etiketter venter: de er allerede udskrevet</translation>
        </message>
        <message>
            <source>Printing a batch of labels</source>
            <translation>At udskrive en stak etiketter</translation>
        </message>
        <message>
            <source>Reprinting a label</source>
            <translation>At udskrive en etiket igen</translation>
        </message>
        <message>
            <source>Say why the label is reprinted (torn, smudged, lost ...)</source>
            <translation>Sig, hvorfor etiketten udskrives igen (revet, udtværet, væk ...)</translation>
        </message>
        <message>
            <source>label {lpn} not printed: no printer set up for this bench</source>
            <translation>etiket {lpn} ikke udskrevet: ingen printer sat op til denne bænk</translation>
        </message>
        <message>
            <source>label {lpn} not printed: {problem}</source>
            <translation>etiket {lpn} ikke udskrevet: {problem}</translation>
        </message>
        <message>
            <source>label {lpn} printed on {printer}</source>
            <translation>etiket {lpn} udskrevet på {printer}</translation>
        </message>
        <message>
            <source>label {lpn} was printed already</source>
            <translation>etiket {lpn} er allerede udskrevet</translation>
        </message>
        <message>
            <source>label {lpn} was sent to {printer} already: reprint it as a new job</source>
            <translation>etiket {lpn} er allerede sendt til {printer}: udskriv den igen som et nyt job</translation>
        </message>
        <message>
            <source>{lpn} has no decision yet: it gets its label when confirmed</source>
            <translation>{lpn} har ingen beslutning endnu: den får sin etiket, når den bekræftes</translation>
        </message>
    </context>
    <context>
        <name>labels_view</name>
        <message>
            <source>&amp;Print selected (P)</source>
            <translation>&amp;Udskriv valgte (P)</translation>
        </message>
        <message>
            <source>&amp;Reprint… (R)</source>
            <translation>Udskriv &amp;igen… (R)</translation>
        </message>
        <message>
            <source>&amp;Waiting / job log (W)</source>
            <translation>&amp;Ventende / joblog (W)</translation>
        </message>
        <message>
            <source>As it prints</source>
            <translation>Sådan udskrives den</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Bænk</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Lagerplads</translation>
        </message>
        <message>
            <source>Choose a label to see it as it prints</source>
            <translation>Vælg en etiket for at se, hvordan den udskrives</translation>
        </message>
        <message>
            <source>Could not read the labels: {problem}</source>
            <translation>Kunne ikke læse etiketterne: {problem}</translation>
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
                <numerusform>Den er udskrevet igen {n} gang før.</numerusform>
                <numerusform>Den er udskrevet igen {n} gange før.</numerusform>
            </translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Label job log</source>
            <translation>Joblog for etiketter</translation>
        </message>
        <message>
            <source>Label jobs of {lpn}</source>
            <translation>Etiketjob for {lpn}</translation>
        </message>
        <message>
            <source>Labels waiting</source>
            <translation>Ventende etiketter</translation>
        </message>
        <message>
            <source>No label is waiting here. To print one again, choose it and press R.</source>
            <translation>Ingen etiket venter her. For at udskrive en igen: vælg den, og tryk R.</translation>
        </message>
        <message>
            <source>No preview: {problem}</source>
            <translation>Ingen forhåndsvisning: {problem}</translation>
        </message>
        <message>
            <source>P prints the selected (or all shown) · R reprints · W job log</source>
            <translation>P udskriver valgte (eller alle viste) · R udskriver igen · W joblog</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>I kø</translation>
        </message>
        <message>
            <source>Reason / fault</source>
            <translation>Årsag / fejl</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Opdater (Ctrl+R)</translation>
        </message>
        <message>
            <source>Reprint a label</source>
            <translation>Udskriv en etiket igen</translation>
        </message>
        <message numerus="yes">
            <source>Reprint {n} of {lpn} sent to the printer.</source>
            <translation>
                <numerusform>Genudskrift {n} af {lpn} sendt til printeren.</numerusform>
                <numerusform>Genudskrift {n} af {lpn} sendt til printeren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>Genudskrifter</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Vagt</translation>
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
            <translation>Hvorfor udskrives etiketten for {lpn} igen? (revet, udtværet, væk, forkert lagerplads ...)</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>any disposition</source>
            <translation>al disponering</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>når som helst</translation>
        </message>
        <message>
            <source>any zone</source>
            <translation>alle zoner</translation>
        </message>
        <message>
            <source>job log (every job)</source>
            <translation>joblog (alle job)</translation>
        </message>
        <message>
            <source>label jobs</source>
            <translation>etiketjob</translation>
        </message>
        <message>
            <source>label preview</source>
            <translation>forhåndsvisning af etiketten</translation>
        </message>
        <message>
            <source>last 7 days</source>
            <translation>seneste 7 dage</translation>
        </message>
        <message>
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message>
            <source>waiting for a label</source>
            <translation>venter på etiket</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>i går</translation>
        </message>
        <message>
            <source>{lpn} · {template} label, {size} in · {status}</source>
            <translation>{lpn} · etiket: {template}, {size} tommer · {status}</translation>
        </message>
        <message numerus="yes">
            <source>{n} job(s): {printed} printed, {waiting} waiting, {failed} failed, reprints: {reprints} · W: waiting labels</source>
            <translation>
                <numerusform>{n} job: {printed} udskrevet, {waiting} venter, {failed} mislykkedes, genudskrifter: {reprints} · W: ventende etiketter</numerusform>
                <numerusform>{n} job: {printed} udskrevet, {waiting} venter, {failed} mislykkedes, genudskrifter: {reprints} · W: ventende etiketter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) sent to the printer, in order.</source>
            <translation>
                <numerusform>{n} etiket sendt til printeren, i rækkefølge.</numerusform>
                <numerusform>{n} etiketter sendt til printeren, i rækkefølge.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) waiting</source>
            <translation>
                <numerusform>{n} etiket venter</numerusform>
                <numerusform>{n} etiketter venter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) waiting, {failed} failed at the printer</source>
            <translation>
                <numerusform>{n} etiket venter, {failed} mislykkedes i printeren</numerusform>
                <numerusform>{n} etiketter venter, {failed} mislykkedes i printeren</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprog</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>&amp;Pinkode</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Medarbejdere</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Pinkode</translation>
        </message>
        <message>
            <source>Receiving Station · {station}</source>
            <translation>Returmodtagelse · {station}</translation>
        </message>
        <message>
            <source>Scan your badge</source>
            <translation>Scan dit kort</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Log ind</translation>
        </message>
        <message>
            <source>The window speaks this language; it is kept for you when you sign in</source>
            <translation>Vinduet taler dette sprog; det gemmes til dig, når du logger ind</translation>
        </message>
        <message>
            <source>choose your name first</source>
            <translation>vælg dit navn først</translation>
        </message>
        <message>
            <source>type your PIN</source>
            <translation>skriv din pinkode</translation>
        </message>
        <message>
            <source>… or choose your name, type your PIN and press Enter</source>
            <translation>… eller vælg dit navn, skriv din pinkode og tryk Enter</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>&amp;Bench</source>
            <translation>&amp;Bænk</translation>
        </message>
        <message>
            <source>&amp;Exceptions</source>
            <translation>&amp;Afvigelser</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>&amp;Etiketter</translation>
        </message>
        <message>
            <source>&amp;Upstream</source>
            <translation>&amp;Webshop</translation>
        </message>
        <message>
            <source>A dialog is open: the scan {code} was not taken. Finish the dialog or close it (Esc), then scan again.</source>
            <translation>En dialog er åben: scanningen {code} blev ikke taget imod. Gør dialogen færdig, eller luk den (Esc), og scan så igen.</translation>
        </message>
        <message>
            <source>DEMO  ·  F5 scan the next demo parcel  ·  F6 put it on the scale  ·  F7 scan its next item  ·  F8 take it off the scale</source>
            <translation>DEMO  ·  F5 scan næste demopakke  ·  F6 stil den på vægten  ·  F7 scan dens næste vare  ·  F8 tag den af vægten</translation>
        </message>
        <message>
            <source>DEMO  ·  sign in: badge B-1001 (staff), or badge B-2001 / B-3001 and then PIN 1234 (lead, supervisor)</source>
            <translation>DEMO  ·  log ind: kort B-1001 (medarbejder), eller kort B-2001 / B-3001 og derefter PIN 1234 (holdleder, supervisor)</translation>
        </message>
        <message>
            <source>Demo data from an earlier run: start over with ./station demo --fresh</source>
            <translation>Demodata fra en tidligere kørsel: start forfra med ./station demo --fresh</translation>
        </message>
        <message>
            <source>Demo shop (a sandbox of the shop's system) received: refunds {refunds}, exchange releases {exchanges}, customer messages {messages}</source>
            <translation>Demobutikken (en sandkasse af butikkens system) har modtaget: refusioner {refunds}, ombytninger {exchanges}, kundebeskeder {messages}</translation>
        </message>
        <message>
            <source>F&amp;igures</source>
            <translation>&amp;Nøgletal</translation>
        </message>
        <message>
            <source>FAULT</source>
            <translation>FEJL</translation>
        </message>
        <message>
            <source>Receiving Station · {station}</source>
            <translation>Returmodtagelse · {station}</translation>
        </message>
        <message>
            <source>Scan not read whole: scan again.</source>
            <translation>Scanningen blev ikke læst helt: scan igen.</translation>
        </message>
        <message>
            <source>Station {station}</source>
            <translation>Station {station}</translation>
        </message>
        <message>
            <source>The database answers again: carry on (what was confirmed is saved).</source>
            <translation>Databasen svarer igen: fortsæt (det bekræftede er gemt).</translation>
        </message>
        <message>
            <source>The database does not answer ({problem}). Everything confirmed so far is saved; nothing new can be saved until it is back. It reconnects by itself: wait, or call IT.</source>
            <translation>Databasen svarer ikke ({problem}). Alt, der er bekræftet indtil nu, er gemt; intet nyt kan gemmes, før den er tilbage. Den forbinder igen af sig selv: vent, eller ring til IT.</translation>
        </message>
        <message>
            <source>The key {key} came just as a scan began and was not taken: press it again.</source>
            <translation>Tasten {key} kom, lige da en scanning begyndte, og blev ikke taget imod: tryk på den igen.</translation>
        </message>
        <message>
            <source>all sent</source>
            <translation>alt sendt</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>forbinder</translation>
        </message>
        <message>
            <source>database</source>
            <translation>database</translation>
        </message>
        <message numerus="yes">
            <source>demo return {number} of {count}: {name}, {description}  ({n} item(s) for F7)</source>
            <translation>
                <numerusform>demoretur {number} af {count}: {name}, {description}  ({n} vare til F7)</numerusform>
                <numerusform>demoretur {number} af {count}: {name}, {description}  ({n} varer til F7)</numerusform>
            </translation>
        </message>
        <message>
            <source>demo shop</source>
            <translation>demobutik</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>afbrudt</translation>
        </message>
        <message>
            <source>faulted</source>
            <translation>fejl</translation>
        </message>
        <message>
            <source>last problem: {detail}</source>
            <translation>seneste problem: {detail}</translation>
        </message>
        <message>
            <source>no more demo items in this parcel: F9 closes it, F5 scans the next</source>
            <translation>ikke flere demovarer i denne pakke: F9 lukker den, F5 scanner den næste</translation>
        </message>
        <message>
            <source>not sending from this bench</source>
            <translation>sender ikke fra denne bænk</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>operator</source>
            <translation>medarbejder</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>printer</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>vægt</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>scanner</translation>
        </message>
        <message>
            <source>sending to {url}</source>
            <translation>sender til {url}</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>logget ud</translation>
        </message>
        <message>
            <source>starting</source>
            <translation>starter</translation>
        </message>
        <message>
            <source>station</source>
            <translation>station</translation>
        </message>
        <message>
            <source>the database answers</source>
            <translation>databasen svarer</translation>
        </message>
        <message>
            <source>upstream</source>
            <translation>webshop</translation>
        </message>
        <message>
            <source>upstream: database unreachable</source>
            <translation>webshop: databasen kan ikke nås</translation>
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
                <numerusform>{n} demoretur: tryk F5 for den første</numerusform>
                <numerusform>{n} demoreturer: tryk F5 for den første</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} failing</source>
            <translation>
                <numerusform>{n} fejler</numerusform>
                <numerusform>{n} fejler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} refused</source>
            <translation>
                <numerusform>{n} afvist</numerusform>
                <numerusform>{n} afvist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} to send</source>
            <translation>
                <numerusform>{n} at sende</numerusform>
                <numerusform>{n} at sende</numerusform>
            </translation>
        </message>
        <message>
            <source>{platform} stand-in (its returns' units go there): refunds {refunds}, units processed {units}</source>
            <translation>{platform}-stand-in (dens returneringers enheder går dertil): refusioner {refunds}, behandlede enheder {units}</translation>
        </message>
        <message>
            <source>{section} is for shift leads and supervisors</source>
            <translation>{section} er for holdledere og supervisorer</translation>
        </message>
        <message>
            <source>{section} is for supervisors</source>
            <translation>{section} er for supervisorer</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>(no reason given)</source>
            <translation>(ingen årsag angivet)</translation>
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
            <translation>en refusion for {lpn} er {least} til {paid} (det betalte); {amount} er det ikke</translation>
        </message>
        <message numerus="yes">
            <source>a refund in {currency} has at most {n} decimal(s); {amount} (for {lpn}) has more</source>
            <translation>
                <numerusform>en refusion i {currency} har højst {n} decimal; {amount} (for {lpn}) har flere</numerusform>
                <numerusform>en refusion i {currency} har højst {n} decimaler; {amount} (for {lpn}) har flere</numerusform>
            </translation>
        </message>
        <message>
            <source>adding a note to an exception</source>
            <translation>At tilføje en note til en afvigelse</translation>
        </message>
        <message>
            <source>approving a refund</source>
            <translation>At godkende en refusion</translation>
        </message>
        <message>
            <source>asking for contact</source>
            <translation>At bede om kontakt</translation>
        </message>
        <message>
            <source>claiming an exception</source>
            <translation>At tage en afvigelse</translation>
        </message>
        <message>
            <source>closing an exception</source>
            <translation>At lukke en afvigelse</translation>
        </message>
        <message>
            <source>exception {id} has no RMA, so no customer to contact: find the return first</source>
            <translation>afvigelse {id} har ingen RMA og dermed ingen kunde at kontakte: find returneringen først</translation>
        </message>
        <message>
            <source>exception {id} is about a parcel, not a unit: close it with a note</source>
            <translation>afvigelse {id} gælder en pakke, ikke en enhed: luk den med en note</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name} since {time}: ask them, or a supervisor to reassign it</source>
            <translation>afvigelse {id} er taget af {name} siden {time}: spørg vedkommende, eller en supervisor, der kan tildele den igen</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name}: ask them, or a supervisor to reassign it</source>
            <translation>afvigelse {id} er taget af {name}: spørg vedkommende, eller en supervisor, der kan tildele den igen</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name}: only they or a supervisor can release it</source>
            <translation>afvigelse {id} er taget af {name}: kun vedkommende eller en supervisor kan slippe den</translation>
        </message>
        <message>
            <source>exception {id} was already resolved by {name}</source>
            <translation>afvigelse {id} er allerede løst af {name}</translation>
        </message>
        <message>
            <source>exception {id} was already resolved by {name} at {at}</source>
            <translation>afvigelse {id} er allerede løst af {name} {at}</translation>
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
            <translation>At vurdere igen</translation>
        </message>
        <message>
            <source>reassigning an exception</source>
            <translation>At tildele en afvigelse igen</translation>
        </message>
        <message>
            <source>rejecting a return</source>
            <translation>At afvise en returnering</translation>
        </message>
        <message>
            <source>releasing an exception</source>
            <translation>At slippe en afvigelse</translation>
        </message>
        <message>
            <source>say what customer service should ask the customer</source>
            <translation>sig, hvad kundeservice skal spørge kunden om</translation>
        </message>
        <message>
            <source>say why the exception is closed</source>
            <translation>sig, hvorfor afvigelsen lukkes</translation>
        </message>
        <message>
            <source>say why the refund is partial (the customer is told the amount)</source>
            <translation>sig, hvorfor refusionen er delvis (kunden får beløbet at vide)</translation>
        </message>
        <message>
            <source>say why the return is rejected (the customer is told)</source>
            <translation>sig, hvorfor returneringen afvises (kunden får det at vide)</translation>
        </message>
        <message>
            <source>say why the unit is re-graded</source>
            <translation>sig, hvorfor enheden vurderes igen</translation>
        </message>
        <message>
            <source>the note is empty</source>
            <translation>noten er tom</translation>
        </message>
        <message>
            <source>there is no active operator {id}</source>
            <translation>der er ingen aktiv operatør {id}</translation>
        </message>
        <message>
            <source>there is no disposition {disposition}: one of {dispositions}</source>
            <translation>disponeringen {disposition} findes ikke: en af {dispositions}</translation>
        </message>
        <message>
            <source>there is no exception {id}</source>
            <translation>der er ingen afvigelse {id}</translation>
        </message>
        <message>
            <source>there is no grade {grade}: one of {grades}</source>
            <translation>graden {grade} findes ikke: en af {grades}</translation>
        </message>
        <message>
            <source>{currency} has no decimals: a refund for {lpn} is a whole amount, and {amount} is not</source>
            <translation>{currency} har ingen decimaler: en refusion for {lpn} er et helt beløb, og {amount} er det ikke</translation>
        </message>
        <message>
            <source>{lpn} already is grade {grade}, {disposition}</source>
            <translation>{lpn} har allerede grad {grade}, {disposition}</translation>
        </message>
        <message>
            <source>{lpn} is on no line of an RMA (a blind or unexpected item): there is no price to refund against; find the customer's return first</source>
            <translation>{lpn} står ikke på nogen linje i en RMA (en returnering uden RMA eller en uventet vare): der er ingen pris at refundere ud fra; find kundens returnering først</translation>
        </message>
        <message>
            <source>{lpn} is still at the bench ({status}): confirm it there first</source>
            <translation>{lpn} er stadig ved bænken ({status}): bekræft den der først</translation>
        </message>
        <message>
            <source>{lpn} is {status}, not held: its outcome was already released</source>
            <translation>{lpn} er {status}, ikke tilbageholdt: resultatet er allerede frigivet</translation>
        </message>
        <message>
            <source>{lpn}'s refund is held by this exception: approve it (in full or in part) or reject the return, so the customer hears</source>
            <translation>refusionen for {lpn} tilbageholdes af denne afvigelse: godkend den (helt eller delvist), eller afvis returneringen, så kunden får besked</translation>
        </message>
        <message>
            <source>{name} is {role}: exceptions go to leads</source>
            <translation>{name} er {role}: afvigelser går til holdledere</translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <source>A parcel without an RMA: a lead finds the customer first</source>
            <translation>En pakke uden RMA: en holdleder finder først kunden</translation>
        </message>
        <message>
            <source>Accessories complete?</source>
            <translation>Tilbehør komplet?</translation>
        </message>
        <message>
            <source>All parts present?</source>
            <translation>Alle dele til stede?</translation>
        </message>
        <message>
            <source>Assembled or used?</source>
            <translation>Samlet eller brugt?</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Beskadiget</translation>
        </message>
        <message>
            <source>Damaged by the customer</source>
            <translation>Beskadiget af kunden</translation>
        </message>
        <message>
            <source>Damaged by the customer, low value</source>
            <translation>Beskadiget af kunden, lav værdi</translation>
        </message>
        <message>
            <source>Defective / unsalvageable</source>
            <translation>Defekt / kan ikke reddes</translation>
        </message>
        <message>
            <source>Electronics that do not power on and the customer said defective</source>
            <translation>Elektronik, der ikke tænder, og kunden meldte defekt</translation>
        </message>
        <message>
            <source>Everything there?</source>
            <translation>Alt med?</translation>
        </message>
        <message>
            <source>Factory reset, no user data?</source>
            <translation>Nulstillet til fabriksindstillinger, ingen brugerdata?</translation>
        </message>
        <message>
            <source>Good / used</source>
            <translation>God / brugt</translation>
        </message>
        <message>
            <source>Good but used</source>
            <translation>God, men brugt</translation>
        </message>
        <message>
            <source>Grade {grade} {category}</source>
            <translation>Grad {grade} {category}</translation>
        </message>
        <message>
            <source>Grade {grade} {category}: no rule matched, so the unit goes to quarantine and a shift lead decides (rule no-rule-matched).</source>
            <translation>Grad {grade} {category}: ingen regel passede, så varen går i karantæne, og en holdleder beslutter (regel no-rule-matched).</translation>
        </message>
        <message>
            <source>Like new</source>
            <translation>Som ny</translation>
        </message>
        <message>
            <source>Like new apparel without its tags</source>
            <translation>Tøj som nyt uden mærkater</translation>
        </message>
        <message>
            <source>More items than the RMA announced</source>
            <translation>Flere varer end RMA'en meldte</translation>
        </message>
        <message>
            <source>New / unopened</source>
            <translation>Ny / uåbnet</translation>
        </message>
        <message>
            <source>New and unopened</source>
            <translation>Ny og uåbnet</translation>
        </message>
        <message>
            <source>Original box?</source>
            <translation>Original æske?</translation>
        </message>
        <message>
            <source>Original packaging?</source>
            <translation>Original emballage?</translation>
        </message>
        <message>
            <source>Powers on?</source>
            <translation>Tænder den?</translation>
        </message>
        <message>
            <source>Returned after the return window closed</source>
            <translation>Returneret efter returfristen</translation>
        </message>
        <message>
            <source>Screen and casing undamaged?</source>
            <translation>Skærm og kabinet ubeskadiget?</translation>
        </message>
        <message>
            <source>Serial label intact?</source>
            <translation>Serienummermærkat intakt?</translation>
        </message>
        <message>
            <source>Soles clean?</source>
            <translation>Rene såler?</translation>
        </message>
        <message>
            <source>Stains or odour?</source>
            <translation>Pletter eller lugt?</translation>
        </message>
        <message>
            <source>Tags attached?</source>
            <translation>Mærkater på?</translation>
        </message>
        <message>
            <source>The category cannot be returned</source>
            <translation>Kategorien kan ikke returneres</translation>
        </message>
        <message>
            <source>The customer reported the fault</source>
            <translation>Kunden meldte fejlen</translation>
        </message>
        <message>
            <source>The item is not one the customer bought</source>
            <translation>Varen er ikke en, kunden har købt</translation>
        </message>
        <message>
            <source>The parcel weighs far from what its items should</source>
            <translation>Pakken vejer langt fra, hvad varerne burde</translation>
        </message>
        <message>
            <source>The serial number is not the one shipped</source>
            <translation>Serienummeret er ikke det afsendte</translation>
        </message>
        <message>
            <source>Unsalvageable and not reported as faulty</source>
            <translation>Kan ikke reddes og ikke meldt som defekt</translation>
        </message>
        <message>
            <source>Used electronics that do not power on</source>
            <translation>Brugt elektronik, der ikke tænder</translation>
        </message>
        <message>
            <source>Worn or washed?</source>
            <translation>Brugt eller vasket?</translation>
        </message>
        <message>
            <source>Worn outdoors?</source>
            <translation>Brugt udendørs?</translation>
        </message>
        <message>
            <source>apparel</source>
            <translation>tøj</translation>
        </message>
        <message>
            <source>electronics</source>
            <translation>elektronik</translation>
        </message>
        <message>
            <source>exchange held for a shift lead</source>
            <translation>ombytning tilbageholdt til en holdleder</translation>
        </message>
        <message>
            <source>gift card</source>
            <translation>gavekort</translation>
        </message>
        <message>
            <source>home</source>
            <translation>bolig</translation>
        </message>
        <message>
            <source>hygiene</source>
            <translation>hygiejne</translation>
        </message>
        <message>
            <source>no refund</source>
            <translation>ingen refusion</translation>
        </message>
        <message>
            <source>perishable</source>
            <translation>letfordærvelig</translation>
        </message>
        <message>
            <source>refund held for a shift lead</source>
            <translation>refusion tilbageholdt til en holdleder</translation>
        </message>
        <message>
            <source>refund {refund}</source>
            <translation>refusion {refund}</translation>
        </message>
        <message>
            <source>refund {refund} after a {fee} restocking fee</source>
            <translation>refusion {refund} efter et returgebyr på {fee}</translation>
        </message>
        <message>
            <source>shoes</source>
            <translation>sko</translation>
        </message>
        <message>
            <source>the exchange is released</source>
            <translation>ombytningen sendes</translation>
        </message>
        <message>
            <source>underwear</source>
            <translation>undertøj</translation>
        </message>
        <message>
            <source>unknown category</source>
            <translation>ukendt kategori</translation>
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
            <translation>Rul til venstre</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Rul til højre</translation>
        </message>
        <message>
            <source>outcome of the last action</source>
            <translation>resultatet af den seneste handling</translation>
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
            <translation>Bænk</translation>
        </message>
        <message>
            <source>Benches</source>
            <translation>Bænke</translation>
        </message>
        <message>
            <source>CHECK</source>
            <translation>KONTROLLÉR</translation>
        </message>
        <message>
            <source>CHECK: one reason explains most returns of this SKU: its description, photos or size chart may mislead customers.</source>
            <translation>KONTROLLÉR: én årsag forklarer de fleste returneringer af denne vare: dens beskrivelse, fotos eller størrelsesguide kan vildlede kunderne.</translation>
        </message>
        <message>
            <source>Computed {at}</source>
            <translation>Beregnet {at}</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Antal</translation>
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
            <translation>Afvigelser</translation>
        </message>
        <message>
            <source>Exceptions by type</source>
            <translation>Afvigelser pr. type</translation>
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
            <translation>Pr. 100 enheder</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Årsager</translation>
        </message>
        <message>
            <source>Receipt to refund accepted</source>
            <translation>Modtagelse til godkendt refusion</translation>
        </message>
        <message>
            <source>Returned most</source>
            <translation>Mest returneret</translation>
        </message>
        <message>
            <source>Shift report</source>
            <translation>Vagtrapport</translation>
        </message>
        <message>
            <source>Shift report - {site}</source>
            <translation>Vagtrapport - {site}</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheder</translation>
        </message>
        <message>
            <source>Units / hour</source>
            <translation>Enheder / time</translation>
        </message>
        <message>
            <source>Units per hour of the day</source>
            <translation>Enheder pr. time på døgnet</translation>
        </message>
        <message>
            <source>Units received</source>
            <translation>Modtagne enheder</translation>
        </message>
        <message>
            <source>market {market}</source>
            <translation>marked {market}</translation>
        </message>
        <message>
            <source>median {median}, p90 {p90} ({count} refunds)</source>
            <translation>median {median}, p90 {p90} ({count} refusioner)</translation>
        </message>
        <message>
            <source>median {median}, p90 {p90} ({count} units)</source>
            <translation>median {median}, p90 {p90} ({count} enheder)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>{count} ({rate} per 100 units)</source>
            <translation>{count} ({rate} pr. 100 enheder)</translation>
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
            <translation>alle vagter</translation>
        </message>
        <message>
            <source>early</source>
            <translation>morgenvagt</translation>
        </message>
        <message>
            <source>late</source>
            <translation>eftermiddagsvagt</translation>
        </message>
        <message>
            <source>night</source>
            <translation>nattevagt</translation>
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
            <translation>Send igen nu (&amp;R)</translation>
        </message>
        <message>
            <source>About: {subject}</source>
            <translation>Vedrører: {subject}</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Forsøg</translation>
        </message>
        <message>
            <source>Attempts:</source>
            <translation>Forsøg:</translation>
        </message>
        <message>
            <source>Could not read the upstream events: {problem}</source>
            <translation>Kunne ikke læse webshophændelserne: {problem}</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Hændelse</translation>
        </message>
        <message>
            <source>Event {id} resolved by hand: it will not be sent.</source>
            <translation>Hændelse {id} løst i hånden: den sendes ikke.</translation>
        </message>
        <message>
            <source>Event {id} will be sent again now.</source>
            <translation>Hændelse {id} sendes igen nu.</translation>
        </message>
        <message>
            <source>Event {id}: {kind} for {rma}</source>
            <translation>Hændelse {id}: {kind} for {rma}</translation>
        </message>
        <message>
            <source>Everything has been sent upstream.</source>
            <translation>Alt er sendt til webshoppen.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Seneste fejl</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Seneste fejl: {error}</translation>
        </message>
        <message>
            <source>Next try</source>
            <translation>Næste forsøg</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Opdatér (Ctrl+R)</translation>
        </message>
        <message>
            <source>Resolve by &amp;hand… (H)</source>
            <translation>Løs i &amp;hånden… (H)</translation>
        </message>
        <message>
            <source>Resolve by hand</source>
            <translation>Løs i hånden</translation>
        </message>
        <message>
            <source>Resolved by hand: {note}</source>
            <translation>Løst i hånden: {note}</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <source>State: {state}, {n} attempt(s)</source>
            <translation>
                <numerusform>Status: {state}, {n} forsøg</numerusform>
                <numerusform>Status: {state}, {n} forsøg</numerusform>
            </translation>
        </message>
        <message>
            <source>Upstream events</source>
            <translation>Webshophændelser</translation>
        </message>
        <message>
            <source>What is sent:</source>
            <translation>Dette sendes:</translation>
        </message>
        <message>
            <source>Why is this event resolved by hand? (e.g. refunded in the shop's admin)</source>
            <translation>Hvorfor løses hændelsen i hånden? (f.eks. refunderet i webshoppens administration)</translation>
        </message>
        <message>
            <source>event detail and attempts</source>
            <translation>hændelsens detaljer og forsøg</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ingen endnu</translation>
        </message>
        <message>
            <source>upstream events</source>
            <translation>webshophændelser</translation>
        </message>
        <message>
            <source>upstream's reference {reference}</source>
            <translation>webshoppens reference {reference}</translation>
        </message>
        <message>
            <source>{waiting} waiting to be sent ({failing} failing), {refused} refused by upstream</source>
            <translation>{waiting} venter på at blive sendt ({failing} fejler), {refused} afvist af webshoppen</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <source>return window {days} days (no purchase or delivery date)</source>
            <translation>returfrist {days} dage (ingen købs- eller leveringsdato)</translation>
        </message>
        <message numerus="yes">
            <source>{n} days since delivery: OUTSIDE the {days}-day window</source>
            <translation>
                <numerusform>{n} dag siden levering: UDEN FOR fristen på {days} dage</numerusform>
                <numerusform>{n} dage siden levering: UDEN FOR fristen på {days} dage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since delivery: inside the {days}-day window</source>
            <translation>
                <numerusform>{n} dag siden levering: inden for fristen på {days} dage</numerusform>
                <numerusform>{n} dage siden levering: inden for fristen på {days} dage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since purchase: OUTSIDE the {days}-day window</source>
            <translation>
                <numerusform>{n} dag siden køb: UDEN FOR fristen på {days} dage</numerusform>
                <numerusform>{n} dage siden køb: UDEN FOR fristen på {days} dage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since purchase: inside the {days}-day window</source>
            <translation>
                <numerusform>{n} dag siden køb: inden for fristen på {days} dage</numerusform>
                <numerusform>{n} dage siden køb: inden for fristen på {days} dage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>blind return</source>
            <translation>retur uden RMA</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulleret</translation>
        </message>
        <message>
            <source>cancelled at the bench</source>
            <translation>annulleret ved bænken</translation>
        </message>
        <message>
            <source>claimed</source>
            <translation>taget</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>lukket</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bekræftet</translation>
        </message>
        <message>
            <source>customer message</source>
            <translation>kundebesked</translation>
        </message>
        <message>
            <source>customer service asked</source>
            <translation>kundeservice spurgt</translation>
        </message>
        <message>
            <source>damaged in transit</source>
            <translation>beskadiget under transport</translation>
        </message>
        <message>
            <source>decision confirmed</source>
            <translation>beslutning bekræftet</translation>
        </message>
        <message>
            <source>delivery</source>
            <translation>levering</translation>
        </message>
        <message>
            <source>device fault</source>
            <translation>enhedsfejl</translation>
        </message>
        <message>
            <source>discard</source>
            <translation>kassér</translation>
        </message>
        <message>
            <source>donate</source>
            <translation>donér</translation>
        </message>
        <message>
            <source>exception raised</source>
            <translation>afvigelse registreret</translation>
        </message>
        <message>
            <source>exception resolved</source>
            <translation>afvigelse løst</translation>
        </message>
        <message>
            <source>exception updated</source>
            <translation>afvigelse opdateret</translation>
        </message>
        <message>
            <source>exchange</source>
            <translation>ombytning</translation>
        </message>
        <message>
            <source>exchange release</source>
            <translation>frigivelse af ombytning</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>forventet</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>mislykkedes</translation>
        </message>
        <message>
            <source>grade taken back</source>
            <translation>vurdering fortrudt</translation>
        </message>
        <message>
            <source>graded</source>
            <translation>vurderet</translation>
        </message>
        <message>
            <source>held</source>
            <translation>tilbageholdt</translation>
        </message>
        <message>
            <source>item cancelled</source>
            <translation>vare annulleret</translation>
        </message>
        <message>
            <source>item scanned</source>
            <translation>vare scannet</translation>
        </message>
        <message>
            <source>label reprinted</source>
            <translation>etiket udskrevet igen</translation>
        </message>
        <message>
            <source>labels printed</source>
            <translation>etiketter udskrevet</translation>
        </message>
        <message>
            <source>liquidate</source>
            <translation>udsalg</translation>
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
            <translation>note</translation>
        </message>
        <message>
            <source>open</source>
            <translation>åben</translation>
        </message>
        <message>
            <source>outside the return window</source>
            <translation>uden for returfristen</translation>
        </message>
        <message>
            <source>parcel closed</source>
            <translation>pakke lukket</translation>
        </message>
        <message>
            <source>parcel opened</source>
            <translation>pakke åbnet</translation>
        </message>
        <message>
            <source>parcel reopened</source>
            <translation>pakke genåbnet</translation>
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
            <translation>udskrevet</translation>
        </message>
        <message>
            <source>purchase</source>
            <translation>køb</translation>
        </message>
        <message>
            <source>quarantine</source>
            <translation>karantæne</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>i kø</translation>
        </message>
        <message>
            <source>re-graded</source>
            <translation>vurderet igen</translation>
        </message>
        <message>
            <source>reassigned</source>
            <translation>tildelt</translation>
        </message>
        <message>
            <source>received</source>
            <translation>modtaget</translation>
        </message>
        <message>
            <source>recycle</source>
            <translation>genbrug</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>refusion</translation>
        </message>
        <message>
            <source>refund approved</source>
            <translation>refusion godkendt</translation>
        </message>
        <message>
            <source>refunded in part</source>
            <translation>delvist refunderet</translation>
        </message>
        <message>
            <source>refurbish</source>
            <translation>istandsæt</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>afvist</translation>
        </message>
        <message>
            <source>refused by the shop</source>
            <translation>afvist af webshoppen</translation>
        </message>
        <message>
            <source>released</source>
            <translation>sluppet</translation>
        </message>
        <message>
            <source>repair</source>
            <translation>reparér</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>løst</translation>
        </message>
        <message>
            <source>resolved by hand</source>
            <translation>løst i hånden</translation>
        </message>
        <message>
            <source>restock</source>
            <translation>tilbage på lager</translation>
        </message>
        <message>
            <source>return to customer</source>
            <translation>tilbage til kunden</translation>
        </message>
        <message>
            <source>return to vendor</source>
            <translation>tilbage til leverandøren</translation>
        </message>
        <message>
            <source>returned to the customer</source>
            <translation>sendt tilbage til kunden</translation>
        </message>
        <message>
            <source>review</source>
            <translation>gennemgang</translation>
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
            <translation>sendt igen</translation>
        </message>
        <message>
            <source>serial mismatch</source>
            <translation>forkert serienummer</translation>
        </message>
        <message>
            <source>serial number recorded</source>
            <translation>serienummer registreret</translation>
        </message>
        <message>
            <source>shift lead</source>
            <translation>holdleder</translation>
        </message>
        <message>
            <source>signed in</source>
            <translation>logget ind</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>logget ud</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>medarbejder</translation>
        </message>
        <message>
            <source>store</source>
            <translation>butik</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>tilgodebevis</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>unexpected item</source>
            <translation>uventet vare</translation>
        </message>
        <message>
            <source>unit re-graded</source>
            <translation>enhed vurderet igen</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>ukendt</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>venter</translation>
        </message>
        <message>
            <source>weighed</source>
            <translation>vejet</translation>
        </message>
        <message>
            <source>weight mismatch</source>
            <translation>vægtafvigelse</translation>
        </message>
        <message>
            <source>will try again</source>
            <translation>prøver igen</translation>
        </message>
        <message>
            <source>wrong item</source>
            <translation>forkert vare</translation>
        </message>
    </context>
    <context>
        <name>workflow</name>
        <message>
            <source>Blind return {tracking}: no RMA found. Receive the items; a lead decides.</source>
            <translation>Retur uden RMA {tracking}: ingen RMA fundet. Modtag varerne; en holdleder beslutter.</translation>
        </message>
        <message>
            <source>Blind return: parcel {tracking} ({carrier}) has no RMA</source>
            <translation>Retur uden RMA: pakke {tracking} ({carrier}) har ingen RMA</translation>
        </message>
        <message numerus="yes">
            <source>Parcel {tracking} closed: {n} unit(s)</source>
            <translation>
                <numerusform>Pakke {tracking} lukket: {n} enhed</numerusform>
                <numerusform>Pakke {tracking} lukket: {n} enheder</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcel {tracking} is open at {bench} by {name}: it cannot be worked at two benches</source>
            <translation>Pakke {tracking} er åben ved {bench} af {name}: den kan ikke behandles ved to bænke</translation>
        </message>
        <message>
            <source>Parcel {tracking} is open at {bench}: it cannot be worked at two benches</source>
            <translation>Pakke {tracking} er åben ved {bench}: den kan ikke behandles ved to bænke</translation>
        </message>
        <message>
            <source>Parcel {tracking} reopened: {reason}</source>
            <translation>Pakke {tracking} genåbnet: {reason}</translation>
        </message>
        <message>
            <source>Parcel {tracking} was already received and closed ({when}): a lead can reopen it</source>
            <translation>Pakke {tracking} er allerede modtaget og lukket ({when}): en holdleder kan genåbne den</translation>
        </message>
        <message>
            <source>Parcel {tracking} weighs {weight}, expected {expected}</source>
            <translation>Pakke {tracking} vejer {weight}, forventet {expected}</translation>
        </message>
        <message>
            <source>Parcel {tracking} weighs {weight}, {difference} heavier than the expected {expected} (tolerance {tolerance})</source>
            <translation>Pakke {tracking} vejer {weight}, {difference} tungere end de forventede {expected} (tolerance {tolerance})</translation>
        </message>
        <message>
            <source>Parcel {tracking} weighs {weight}, {difference} lighter than the expected {expected} (tolerance {tolerance})</source>
            <translation>Pakke {tracking} vejer {weight}, {difference} lettere end de forventede {expected} (tolerance {tolerance})</translation>
        </message>
        <message>
            <source>RMA {number} is not known</source>
            <translation>RMA {number} er ukendt</translation>
        </message>
        <message>
            <source>RMA {number} is not known here: check the import of expected returns, or scan the carrier label</source>
            <translation>RMA {number} er ukendt her: tjek importen af forventede returer, eller scan fragtlabelen</translation>
        </message>
        <message>
            <source>The decision changed: {decision}</source>
            <translation>Beslutningen blev ændret: {decision}</translation>
        </message>
        <message>
            <source>an unknown code</source>
            <translation>en ukendt kode</translation>
        </message>
        <message>
            <source>another bench</source>
            <translation>en anden bænk</translation>
        </message>
        <message>
            <source>closed without a weight</source>
            <translation>lukket uden vægt</translation>
        </message>
        <message>
            <source>earlier</source>
            <translation>tidligere</translation>
        </message>
        <message>
            <source>exchange released</source>
            <translation>ombytningen sendes</translation>
        </message>
        <message>
            <source>grade {grade} ({label}) needs a photo: take one, then grade</source>
            <translation>grad {grade} ({label}) kræver et foto: tag et, og vurdér så</translation>
        </message>
        <message>
            <source>no refund</source>
            <translation>ingen refusion</translation>
        </message>
        <message>
            <source>not every item is confirmed: {lpns}. Confirm (Enter) or cancel each one first</source>
            <translation>ikke alle varer er bekræftet: {lpns}. Bekræft (Enter) eller annullér hver af dem først</translation>
        </message>
        <message>
            <source>not on the {category} checklist: {keys}</source>
            <translation>ikke på tjeklisten for {category}: {keys}</translation>
        </message>
        <message>
            <source>parcel {id} does not exist</source>
            <translation>pakke {id} findes ikke</translation>
        </message>
        <message>
            <source>parcel {tracking} is not closed</source>
            <translation>pakke {tracking} er ikke lukket</translation>
        </message>
        <message>
            <source>parcel {tracking} is not open: scan it first</source>
            <translation>pakke {tracking} er ikke åben: scan den først</translation>
        </message>
        <message>
            <source>parcel {tracking} is open at another bench</source>
            <translation>pakke {tracking} er åben ved en anden bænk</translation>
        </message>
        <message>
            <source>reopening a closed parcel</source>
            <translation>At genåbne en lukket pakke</translation>
        </message>
        <message>
            <source>say why the parcel is reopened</source>
            <translation>sig, hvorfor pakken genåbnes</translation>
        </message>
        <message>
            <source>say why the unit is cancelled</source>
            <translation>sig, hvorfor enheden annulleres</translation>
        </message>
        <message>
            <source>serial {serial} was already received as {lpn}</source>
            <translation>serienummer {serial} er allerede modtaget som {lpn}</translation>
        </message>
        <message>
            <source>serial {serial} was not shipped on {rma} line {line} (shipped: {shipped})</source>
            <translation>serienummer {serial} blev ikke sendt på {rma} linje {line} (sendt: {shipped})</translation>
        </message>
        <message>
            <source>station {id} is not set up in this database</source>
            <translation>station {id} er ikke oprettet i denne database</translation>
        </message>
        <message>
            <source>that is not a serial number: scan the serial barcode on the item or its box</source>
            <translation>det er ikke et serienummer: scan serienummerstregkoden på varen eller dens æske</translation>
        </message>
        <message>
            <source>the RMA</source>
            <translation>RMA'en</translation>
        </message>
        <message>
            <source>unit {id} does not exist</source>
            <translation>enhed {id} findes ikke</translation>
        </message>
        <message>
            <source>unknown carrier</source>
            <translation>ukendt fragtfirma</translation>
        </message>
        <message>
            <source>unknown category</source>
            <translation>ukendt kategori</translation>
        </message>
        <message>
            <source>you are not signed in as an active operator: scan your badge</source>
            <translation>du er ikke logget ind som aktiv medarbejder: scan dit kort</translation>
        </message>
        <message>
            <source>{code} ({kind})</source>
            <translation>{code} ({kind})</translation>
        </message>
        <message>
            <source>{code} is not a parcel: scan the carrier label or the RMA barcode</source>
            <translation>{code} er ikke en pakke: scan fragtlabelen eller RMA-stregkoden</translation>
        </message>
        <message>
            <source>{code} is not an item barcode: scan the product's EAN/UPC or GS1 code</source>
            <translation>{code} er ikke en varestregkode: scan produktets EAN/UPC- eller GS1-kode</translation>
        </message>
        <message>
            <source>{code} looks like a {kind} number but its check digit does not hold: scan it again, or type it from the label</source>
            <translation>{code} ligner et {kind}-nummer, men kontrolcifferet passer ikke: scan igen, eller skriv det af fra etiketten</translation>
        </message>
        <message>
            <source>{code}: the check digit does not hold; scan the item again</source>
            <translation>{code}: kontrolcifferet passer ikke; scan varen igen</translation>
        </message>
        <message>
            <source>{lpn} cancelled: {reason}</source>
            <translation>{lpn} annulleret: {reason}</translation>
        </message>
        <message>
            <source>{lpn} confirmed: {disposition}, held for a lead. Label printing.</source>
            <translation>{lpn} bekræftet: {disposition}, tilbageholdt til en holdleder. Etiketten udskrives.</translation>
        </message>
        <message>
            <source>{lpn} confirmed: {disposition}, {amount}. Label printing.</source>
            <translation>{lpn} bekræftet: {disposition}, {amount}. Etiketten udskrives.</translation>
        </message>
        <message>
            <source>{lpn} is already {status}</source>
            <translation>{lpn} er allerede {status}</translation>
        </message>
        <message>
            <source>{lpn} is not graded yet</source>
            <translation>{lpn} er ikke vurderet endnu</translation>
        </message>
        <message>
            <source>{lpn}: answer the checklist first: {questions}</source>
            <translation>{lpn}: besvar tjeklisten først: {questions}</translation>
        </message>
        <message>
            <source>{lpn}: grade taken back</source>
            <translation>{lpn}: vurderingen er fortrudt</translation>
        </message>
        <message>
            <source>{lpn}: item {gtin} is not on {rma}</source>
            <translation>{lpn}: vare {gtin} er ikke på {rma}</translation>
        </message>
        <message>
            <source>{lpn}: one more {sku} than the RMA expects</source>
            <translation>{lpn}: én {sku} mere, end RMA'en forventer</translation>
        </message>
        <message>
            <source>{lpn}: scan the serial number before grading</source>
            <translation>{lpn}: scan serienummeret, før du vurderer</translation>
        </message>
        <message>
            <source>{lpn}: serial {serial} matches the shipment</source>
            <translation>{lpn}: serienummer {serial} passer med forsendelsen</translation>
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
            <translation>{lpn}: {name}, serienummeret skal bruges</translation>
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
                <numerusform>{n} linje kan stadig komme i {parcels}</numerusform>
                <numerusform>{n} linjer kan stadig komme i {parcels}</numerusform>
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
                <numerusform>{rma} forventer stadig {missing} af {n} vare: {items}. Lukkes pakken, bliver den en afvigelse for manglende vare</numerusform>
                <numerusform>{rma} forventer stadig {missing} af {n} varer: {items}. Lukkes pakken, bliver de en afvigelse for manglende varer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rma}: {n} item(s) never arrived: {items}</source>
            <translation>
                <numerusform>{rma}: {n} vare kom aldrig: {items}</numerusform>
                <numerusform>{rma}: {n} varer kom aldrig: {items}</numerusform>
            </translation>
        </message>
        <message>
            <source>{rma}: {window}</source>
            <translation>{rma}: {window}</translation>
        </message>
        <message>
            <source>{rma}: {window}. Receive the items; the refund is held.</source>
            <translation>{rma}: {window}. Modtag varerne; refusionen tilbageholdes.</translation>
        </message>
        <message>
            <source>{summary}: the refund is held for a lead</source>
            <translation>{summary}: refusionen tilbageholdes til en holdleder</translation>
        </message>
        <message>
            <source>{weight} is not a parcel weight: put the parcel on the scale and wait for a stable reading</source>
            <translation>{weight} er ikke en pakkevægt: læg pakken på vægten, og vent på en stabil aflæsning</translation>
        </message>
        <message>
            <source>{weight} recorded (no expected weight to compare with)</source>
            <translation>{weight} registreret (ingen forventet vægt at sammenligne med)</translation>
        </message>
        <message>
            <source>{weight}: within {tolerance} of the expected {expected}</source>
            <translation>{weight}: inden for {tolerance} af de forventede {expected}</translation>
        </message>
    </context>
</TS>
