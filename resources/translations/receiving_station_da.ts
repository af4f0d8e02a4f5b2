<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
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
            <source>Every expected item is in: F9 closes the parcel (or scan an extra item, or the next parcel)</source>
            <translation>Alle forventede varer er inde: F9 lukker pakken (eller scan en ekstra vare, eller næste pakke)</translation>
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
            <source>finish {lpn} first (Enter confirms, Esc steps back)</source>
            <translation>gør {lpn} færdig først (Enter bekræfter, Esc går tilbage)</translation>
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
            <source>nothing to answer now: {prompt}</source>
            <translation>intet at svare på nu: {prompt}</translation>
        </message>
        <message>
            <source>nothing to confirm yet: {prompt}</source>
            <translation>intet at bekræfte endnu: {prompt}</translation>
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
            <source>signed out by command barcode</source>
            <translation>logget ud med kommandostregkode</translation>
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
            <source>the {key} key does nothing here: {prompt}</source>
            <translation>tasten {key} gør ingenting her: {prompt}</translation>
        </message>
        <message>
            <source>this parcel is open already</source>
            <translation>denne pakke er allerede åben</translation>
        </message>
        <message>
            <source>unknown input {kind}</source>
            <translation>ukendt input {kind}</translation>
        </message>
        <message>
            <source>wrong PIN for {name}: try again</source>
            <translation>forkert pinkode for {name}: prøv igen</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
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
            <source>{name} signed out ({why})</source>
            <translation>{name} logget ud ({why})</translation>
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
            <source>Enter ⏎ confirms · Esc steps back</source>
            <translation>Enter ⏎ bekræfter · Esc går tilbage</translation>
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
            <source>DEMO  ·  sign in: badge B-1001 or PIN 1234  ·  F5 scan the next demo parcel  ·  F6 put it on the scale  ·  F7 scan its next item  ·  F8 take it off the scale</source>
            <translation>DEMO  ·  log ind: kort B-1001 eller pinkode 1234  ·  F5 scan næste demopakke  ·  F6 læg den på vægten  ·  F7 scan næste vare  ·  F8 tag den af vægten</translation>
        </message>
        <message>
            <source>Demo shop (a sandbox of the shop's system): {refunds} refund(s), {exchanges} exchange release(s) and {messages} customer message(s) received</source>
            <translation>Demobutik (en sandkasse af butikkens system): {refunds} refusion(er), {exchanges} ombytning(er) frigivet og {messages} kundebesked(er) modtaget</translation>
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
            <source>Damaged by the customer, low value: liquidate, half refund</source>
            <translation>Beskadiget af kunden, lav værdi: udsalg, halv refusion</translation>
        </message>
        <message>
            <source>Damaged by the customer: a lead decides the refund</source>
            <translation>Beskadiget af kunden: en holdleder beslutter refusionen</translation>
        </message>
        <message>
            <source>Defective / unsalvageable</source>
            <translation>Defekt / kan ikke reddes</translation>
        </message>
        <message>
            <source>Electronics that do not power on and the customer said defective: repair, full refund</source>
            <translation>Elektronik, der ikke tænder, og kunden meldte defekt: reparér, fuld refusion</translation>
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
            <source>Good but used: refurbish, refund less a 10 % restocking fee</source>
            <translation>God, men brugt: istandsæt, refusion minus 10 % returgebyr</translation>
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
            <source>Like new apparel without its tags: refurbish (re-tag), full refund</source>
            <translation>Tøj som nyt uden mærkater: istandsæt (nyt mærkat), fuld refusion</translation>
        </message>
        <message>
            <source>Like new: back to stock, full refund</source>
            <translation>Som ny: tilbage på lager, fuld refusion</translation>
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
            <source>New and unopened: back to stock, full refund</source>
            <translation>Ny og uåbnet: tilbage på lager, fuld refusion</translation>
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
            <source>The customer reported the fault: it is ours to bear, full refund</source>
            <translation>Kunden meldte fejlen: den er vores at bære, fuld refusion</translation>
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
            <source>Unsalvageable and not reported as faulty: a lead decides</source>
            <translation>Kan ikke reddes og ikke meldt som defekt: en holdleder beslutter</translation>
        </message>
        <message>
            <source>Used electronics that do not power on: repair, refund less a 15 % restocking fee</source>
            <translation>Brugt elektronik, der ikke tænder: reparér, refusion minus 15 % returgebyr</translation>
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
            <source>refund held for a shift lead ({why})</source>
            <translation>refusion tilbageholdt til en holdleder ({why})</translation>
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
            <source>outcome of the last action</source>
            <translation>resultatet af den seneste handling</translation>
        </message>
    </context>
    <context>
        <name>upstream_view</name>
        <message>
            <source>&amp;Retry now (R)</source>
            <translation>Send igen nu (&amp;R)</translation>
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
            <source>damaged in transit</source>
            <translation>beskadiget under transport</translation>
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
            <source>graded</source>
            <translation>vurderet</translation>
        </message>
        <message>
            <source>held</source>
            <translation>tilbageholdt</translation>
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
            <source>open</source>
            <translation>åben</translation>
        </message>
        <message>
            <source>outside the return window</source>
            <translation>uden for returfristen</translation>
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
            <translation>karantæne</translation>
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
            <source>repair</source>
            <translation>reparér</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>løst</translation>
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
            <source>serial mismatch</source>
            <translation>forkert serienummer</translation>
        </message>
        <message>
            <source>shift lead</source>
            <translation>holdleder</translation>
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
            <source>waiting</source>
            <translation>venter</translation>
        </message>
        <message>
            <source>weight mismatch</source>
            <translation>vægtafvigelse</translation>
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
            <source>The decision changed: {decision} Enter confirms.</source>
            <translation>Beslutningen er ændret: {decision} Enter bekræfter.</translation>
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
            <source>{decision} Enter confirms, Esc steps back.</source>
            <translation>{decision} Enter bekræfter, Esc går tilbage.</translation>
        </message>
        <message>
            <source>{lpn} cancelled: {reason}</source>
            <translation>{lpn} annulleret: {reason}</translation>
        </message>
        <message>
            <source>{lpn} confirmed: {disposition}, {amount}. Label printing.</source>
            <translation>{lpn} bekræftet: {disposition}, {amount}. Etiketten udskrives.</translation>
        </message>
        <message>
            <source>{lpn} held for a lead: {decision}</source>
            <translation>{lpn} tilbageholdt til en holdleder: {decision}</translation>
        </message>
        <message>
            <source>{lpn} is already {status}</source>
            <translation>{lpn} er allerede {status}</translation>
        </message>
        <message>
            <source>{lpn} is not graded yet: press 1-5 to grade it</source>
            <translation>{lpn} er ikke vurderet endnu: tryk 1-5 for at vurdere</translation>
        </message>
        <message>
            <source>{lpn} {name}: grade it (1-5)</source>
            <translation>{lpn} {name}: vurdér (1-5)</translation>
        </message>
        <message>
            <source>{lpn} {name}: scan the serial number</source>
            <translation>{lpn} {name}: scan serienummeret</translation>
        </message>
        <message>
            <source>{lpn} {name}: {problems}</source>
            <translation>{lpn} {name}: {problems}</translation>
        </message>
        <message>
            <source>{lpn}: answer the checklist first: {questions}</source>
            <translation>{lpn}: besvar tjeklisten først: {questions}</translation>
        </message>
        <message>
            <source>{lpn}: grade it again (1-5)</source>
            <translation>{lpn}: vurdér igen (1-5)</translation>
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
