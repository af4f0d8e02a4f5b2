<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>amounts</name>
        <message>
            <source>The amount must be more than nothing.</source>
            <translation>Der Betrag muss größer als null sein.</translation>
        </message>
        <message>
            <source>Type an amount, as {example}.</source>
            <translation>Einen Betrag eingeben, z. B. {example}.</translation>
        </message>
        <message>
            <source>{amount} is more than was paid ({paid}).</source>
            <translation>{amount} ist mehr, als bezahlt wurde ({paid}).</translation>
        </message>
        <message>
            <source>{typed} has more decimals than {currency} has: type it as {example}.</source>
            <translation>{typed} hat mehr Nachkommastellen, als {currency} hat: im Format {example} eingeben.</translation>
        </message>
        <message>
            <source>{typed} is not an amount: type it as {example}.</source>
            <translation>{typed} ist kein Betrag: im Format {example} eingeben.</translation>
        </message>
    </context>
    <context>
        <name>auth</name>
        <message>
            <source>{action} needs a {needed} or above; you are signed in as {role}</source>
            <translation>{action} erfordert mindestens die Rolle {needed}; Sie sind angemeldet als {role}</translation>
        </message>
        <message>
            <source>{action}: you are not an active operator here (disabled, or not known): sign in again or ask a supervisor</source>
            <translation>{action}: Sie sind hier kein aktiver Mitarbeiter (gesperrt oder unbekannt): melden Sie sich erneut an oder fragen Sie einen Supervisor</translation>
        </message>
    </context>
    <context>
        <name>bench</name>
        <message>
            <source>Answer with Y or N</source>
            <translation>Mit Y oder N antworten</translation>
        </message>
        <message>
            <source>Answer with Y or N  ·  Esc steps back</source>
            <translation>Mit Y oder N antworten  ·  Esc geht zurück</translation>
        </message>
        <message>
            <source>Enter confirms and prints the label</source>
            <translation>Enter bestätigt und druckt das Etikett</translation>
        </message>
        <message>
            <source>Enter confirms and prints the label  ·  Esc steps back</source>
            <translation>Enter bestätigt und druckt das Etikett  ·  Esc geht zurück</translation>
        </message>
        <message>
            <source>Every expected item is in: F9 closes the parcel  ·  or scan an extra item</source>
            <translation>Alle erwarteten Artikel sind da: F9 schließt das Paket  ·  oder einen weiteren Artikel scannen</translation>
        </message>
        <message>
            <source>Grade it: 1–5</source>
            <translation>Bewerten: 1–5</translation>
        </message>
        <message>
            <source>Grade it: 1–5  ·  Esc steps back</source>
            <translation>Bewerten: 1–5  ·  Esc geht zurück</translation>
        </message>
        <message>
            <source>Grade {grade} ({label}) needs a photo: press P</source>
            <translation>Zustand {grade} ({label}) braucht ein Foto: P drücken</translation>
        </message>
        <message>
            <source>No parcel is open: scan the parcel's carrier label or RMA barcode first</source>
            <translation>Kein Paket ist offen: zuerst das Versandetikett oder den RMA-Barcode des Pakets scannen</translation>
        </message>
        <message>
            <source>Not closed: parcel {tracking} stays open</source>
            <translation>Nicht geschlossen: Paket {tracking} bleibt offen</translation>
        </message>
        <message numerus="yes">
            <source>Parcel {tracking} set aside, still open: {rma} still expects {missing} of {n} item(s); scan it again to go on with it</source>
            <translation>
                <numerusform>Paket {tracking} beiseitegelegt, weiter offen: {rma} erwartet noch {missing} von {n} Artikel; zum Weitermachen erneut scannen</numerusform>
                <numerusform>Paket {tracking} beiseitegelegt, weiter offen: {rma} erwartet noch {missing} von {n} Artikel; zum Weitermachen erneut scannen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Press F9 again to close {rma} with {n} item(s) missing  ·  Esc keeps it open</source>
            <translation>
                <numerusform>F9 noch einmal drücken, um {rma} zu schließen, obwohl {n} Artikel fehlt  ·  Esc lässt sie offen</numerusform>
                <numerusform>F9 noch einmal drücken, um {rma} zu schließen, obwohl {n} Artikel fehlen  ·  Esc lässt sie offen</numerusform>
            </translation>
        </message>
        <message>
            <source>Put the parcel on the scale, then scan an item  ·  F9 closes the parcel</source>
            <translation>Paket auf die Waage legen, dann einen Artikel scannen  ·  F9 schließt das Paket</translation>
        </message>
        <message>
            <source>Scan the item's serial number</source>
            <translation>Seriennummer des Artikels scannen</translation>
        </message>
        <message>
            <source>Scan the next item  ·  F9 closes the parcel</source>
            <translation>Nächsten Artikel scannen  ·  F9 schließt das Paket</translation>
        </message>
        <message>
            <source>Scan the parcel's carrier label or RMA barcode</source>
            <translation>Versandetikett oder RMA-Barcode des Pakets scannen</translation>
        </message>
        <message>
            <source>Scan your badge, or choose your name and type your PIN</source>
            <translation>Ausweis scannen, oder Namen wählen und PIN eingeben</translation>
        </message>
        <message>
            <source>Sign in first: scan your badge, or choose your name and type your PIN</source>
            <translation>Zuerst anmelden: Ausweis scannen, oder Namen wählen und PIN eingeben</translation>
        </message>
        <message>
            <source>Take a photo: P</source>
            <translation>Foto aufnehmen: P</translation>
        </message>
        <message>
            <source>Take a photo: P  ·  Esc chooses another grade</source>
            <translation>Foto aufnehmen: P  ·  Esc wählt einen anderen Zustand</translation>
        </message>
        <message>
            <source>The database did not answer ({reason}). Nothing was saved: scan or press the key again in a moment; call IT if it keeps happening</source>
            <translation>Die Datenbank hat nicht geantwortet ({reason}). Nichts wurde gespeichert: gleich noch einmal scannen oder die Taste drücken; die IT anrufen, wenn es wieder passiert</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Willkommen, {name}</translation>
        </message>
        <message numerus="yes">
            <source>after {n} minute(s) without work</source>
            <translation>
                <numerusform>nach {n} Minute ohne Arbeit</numerusform>
                <numerusform>nach {n} Minuten ohne Arbeit</numerusform>
            </translation>
        </message>
        <message>
            <source>again: {question}</source>
            <translation>noch einmal: {question}</translation>
        </message>
        <message>
            <source>already graded: Esc to grade again, Enter to confirm</source>
            <translation>schon bewertet: Esc bewertet neu, Enter bestätigt</translation>
        </message>
        <message>
            <source>answer first: {question} (Y/N)</source>
            <translation>zuerst antworten: {question} (Y/N)</translation>
        </message>
        <message>
            <source>badge {badge} is not known here: ask your shift lead</source>
            <translation>Ausweis {badge} ist hier nicht bekannt: die Schichtleitung fragen</translation>
        </message>
        <message>
            <source>by the sign-out barcode</source>
            <translation>mit dem Abmelde-Barcode</translation>
        </message>
        <message>
            <source>cancelled at the bench</source>
            <translation>am Arbeitsplatz storniert</translation>
        </message>
        <message>
            <source>choose the grade again (1–5)</source>
            <translation>Zustand neu wählen (1–5)</translation>
        </message>
        <message>
            <source>command {command} is not used at the bench</source>
            <translation>Befehl {command} wird am Arbeitsplatz nicht verwendet</translation>
        </message>
        <message>
            <source>finish {lpn} first: {step}</source>
            <translation>erst {lpn} abschließen: {step}</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>no item to cancel</source>
            <translation>kein Artikel zum Stornieren</translation>
        </message>
        <message>
            <source>no parcel is open</source>
            <translation>kein Paket ist offen</translation>
        </message>
        <message>
            <source>nothing to answer now: {step}</source>
            <translation>jetzt nichts zu beantworten: {step}</translation>
        </message>
        <message>
            <source>nothing to confirm yet: {step}</source>
            <translation>noch nichts zu bestätigen: {step}</translation>
        </message>
        <message>
            <source>nothing to step back from</source>
            <translation>nichts, wohin zurückgegangen werden kann</translation>
        </message>
        <message>
            <source>photo {count} taken</source>
            <translation>Foto {count} aufgenommen</translation>
        </message>
        <message>
            <source>put the parcel on the scale and wait for a stable weight</source>
            <translation>Paket auf die Waage legen und auf ein stabiles Gewicht warten</translation>
        </message>
        <message>
            <source>reprints are made on the Labels screen, with a reason (supervisors)</source>
            <translation>Nachdrucke werden im Bereich Etiketten mit einem Grund gemacht (Supervisor)</translation>
        </message>
        <message>
            <source>scan an item before grading</source>
            <translation>vor dem Bewerten einen Artikel scannen</translation>
        </message>
        <message>
            <source>scan an item before taking its photo</source>
            <translation>vor dem Foto einen Artikel scannen</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>abgemeldet</translation>
        </message>
        <message>
            <source>stepped back at the bench</source>
            <translation>am Arbeitsplatz zurückgegangen</translation>
        </message>
        <message>
            <source>taking a photo</source>
            <translation>Foto wird aufgenommen</translation>
        </message>
        <message>
            <source>the station does not speak {language}</source>
            <translation>die Station spricht kein {language}</translation>
        </message>
        <message>
            <source>the {key} key does nothing here: {step}</source>
            <translation>die Taste {key} tut hier nichts: {step}</translation>
        </message>
        <message>
            <source>this parcel is open already</source>
            <translation>dieses Paket ist schon offen</translation>
        </message>
        <message>
            <source>unknown input {kind}</source>
            <translation>unbekannte Eingabe {kind}</translation>
        </message>
        <message numerus="yes">
            <source>wrong PIN for {name}, {n} times: locked until {time}; ask a supervisor if it cannot wait</source>
            <translation>
                <numerusform>falsche PIN für {name}, {n}-mal: gesperrt bis {time}; fragen Sie einen Supervisor, wenn es nicht warten kann</numerusform>
                <numerusform>falsche PIN für {name}, {n}-mal: gesperrt bis {time}; fragen Sie einen Supervisor, wenn es nicht warten kann</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrong PIN for {name}: try again ({n} more before a lock)</source>
            <translation>
                <numerusform>falsche PIN für {name}: erneut versuchen (noch {n} Versuch vor einer Sperre)</numerusform>
                <numerusform>falsche PIN für {name}: erneut versuchen (noch {n} Versuche vor einer Sperre)</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{current} has parcel {tracking} open: scan {name}'s badge again to take over (the parcel stays open)</source>
            <translation>{current} hat Paket {tracking} offen: den Ausweis von {name} erneut scannen, um zu übernehmen (das Paket bleibt offen)</translation>
        </message>
        <message>
            <source>{lpn} is not finished: {step} (Esc steps back)</source>
            <translation>{lpn} ist nicht fertig: {step} (Esc geht zurück)</translation>
        </message>
        <message>
            <source>{lpn}: scan its serial number first</source>
            <translation>{lpn}: zuerst die Seriennummer scannen</translation>
        </message>
        <message>
            <source>{name} is grading {lpn}: confirm or step back (Esc) first, then sign in</source>
            <translation>{name} bewertet {lpn}: zuerst bestätigen oder zurückgehen (Esc), dann anmelden</translation>
        </message>
        <message>
            <source>{name} is locked after too many wrong PINs until {time}: wait, or ask a supervisor</source>
            <translation>{name} ist nach zu vielen falschen PINs gesperrt bis {time}: warten, oder einen Supervisor fragen</translation>
        </message>
        <message>
            <source>{name} signed out</source>
            <translation>{name} hat sich abgemeldet</translation>
        </message>
        <message>
            <source>{name} signed out: {why}</source>
            <translation>{name} wurde abgemeldet: {why}</translation>
        </message>
        <message>
            <source>{name} signs in with badge and PIN: scan your badge first, then type your PIN</source>
            <translation>{name} meldet sich mit Ausweis und PIN an: zuerst den Ausweis scannen, dann die PIN eingeben</translation>
        </message>
        <message>
            <source>{name}: type your PIN and press Enter</source>
            <translation>{name}: PIN eingeben und Enter drücken</translation>
        </message>
        <message>
            <source>{question}  Y / N  ·  Esc steps back</source>
            <translation>{question}  Y / N  ·  Esc geht zurück</translation>
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
                <numerusform>{rma} erwartet noch {missing} von {n} Artikel: {items}</numerusform>
                <numerusform>{rma} erwartet noch {missing} von {n} Artikeln: {items}</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not a weight</source>
            <translation>{value} ist kein Gewicht</translation>
        </message>
        <message>
            <source>{weight} on the scale</source>
            <translation>{weight} auf der Waage</translation>
        </message>
    </context>
    <context>
        <name>bench_view</name>
        <message>
            <source>(photo)</source>
            <translation>(Foto)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>BLIND RETURN</source>
            <translation>RETOURE OHNE RMA</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Arbeitsplatz</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checkliste</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>EXCHANGE HELD: a lead decides</source>
            <translation>UMTAUSCH ZURÜCKGEHALTEN: die Schichtleitung entscheidet</translation>
        </message>
        <message>
            <source>Exp.</source>
            <translation>Erw.</translation>
        </message>
        <message>
            <source>Expected lines</source>
            <translation>Erwartete Positionen</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation>Letztes Ergebnis</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>No parcel open</source>
            <translation>Kein Paket offen</translation>
        </message>
        <message>
            <source>OVERLOAD</source>
            <translation>ÜBERLAST</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>Parcel {tracking} ({carrier})
No RMA: receive the items, a lead finds the customer.</source>
            <translation>Paket {tracking} ({carrier})
Keine RMA: die Artikel annehmen, die Schichtleitung findet den Kunden.</translation>
        </message>
        <message>
            <source>REFUND HELD: a lead decides</source>
            <translation>ERSTATTUNG ZURÜCKGEHALTEN: die Schichtleitung entscheidet</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikelnr.</translation>
        </message>
        <message>
            <source>STABLE</source>
            <translation>STABIL</translation>
        </message>
        <message>
            <source>Scan an item out of the parcel.</source>
            <translation>Einen Artikel aus dem Paket scannen.</translation>
        </message>
        <message>
            <source>Scan the carrier label or the RMA barcode.</source>
            <translation>Versandetikett oder RMA-Barcode scannen.</translation>
        </message>
        <message>
            <source>UNDERLOAD</source>
            <translation>UNTERLAST</translation>
        </message>
        <message>
            <source>WEIGHT MISMATCH: refund held</source>
            <translation>GEWICHTSABWEICHUNG: Erstattung zurückgehalten</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Weight on the scale</source>
            <translation>Gewicht auf der Waage</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>Was jetzt zu tun ist</translation>
        </message>
        <message>
            <source>carrier unknown</source>
            <translation>Versanddienst unbekannt</translation>
        </message>
        <message>
            <source>exchange {sku} released</source>
            <translation>Umtausch gegen {sku} wird freigegeben</translation>
        </message>
        <message>
            <source>expected {expected}
measured {measured}</source>
            <translation>erwartet {expected}
gemessen {measured}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>Position {line}</translation>
        </message>
        <message>
            <source>moving…</source>
            <translation>in Bewegung…</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>no reading</source>
            <translation>kein Messwert</translation>
        </message>
        <message>
            <source>not on the RMA</source>
            <translation>nicht auf der RMA</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <source>nothing to refund</source>
            <translation>nichts zu erstatten</translation>
        </message>
        <message>
            <source>refund {amount}</source>
            <translation>Erstattung {amount}</translation>
        </message>
        <message>
            <source>restocking fee {amount}</source>
            <translation>Wiedereinlagerungsgebühr {amount}</translation>
        </message>
        <message>
            <source>rule {rule}  (why: see the message above)</source>
            <translation>Regel {rule}  (warum: siehe Meldung oben)</translation>
        </message>
        <message>
            <source>serial {serial}</source>
            <translation>Seriennummer {serial}</translation>
        </message>
        <message>
            <source>serial: scan it</source>
            <translation>Seriennummer: scannen</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>unknown SKU</source>
            <translation>unbekannte Artikelnr.</translation>
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
{market} · {channel} · Bestellung {order}
gekauft {bought} · möchte {wants}
Paket {tracking}</translation>
        </message>
        <message numerus="yes">
            <source>{n} photo(s) taken</source>
            <translation>
                <numerusform>{n} Foto aufgenommen</numerusform>
                <numerusform>{n} Fotos aufgenommen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Amount to refund (at most {paid}):</source>
            <translation>Zu erstattender Betrag (höchstens {paid}):</translation>
        </message>
        <message>
            <source>Approve the refund in full</source>
            <translation>Die Erstattung voll genehmigen</translation>
        </message>
        <message>
            <source>Approve the refund in part</source>
            <translation>Die Erstattung teilweise genehmigen</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Confirm (Ctrl+Enter)</source>
            <translation>Bestätigen (Strg+Enter)</translation>
        </message>
        <message>
            <source>Ctrl+Enter or Confirm: do it · Esc: cancel</source>
            <translation>Strg+Enter oder Bestätigen: ausführen · Esc: abbrechen</translation>
        </message>
        <message>
            <source>Enter does not confirm here: press Ctrl+Enter.</source>
            <translation>Enter bestätigt hier nicht: Strg+Enter drücken.</translation>
        </message>
        <message>
            <source>OK (Enter)</source>
            <translation>OK (Enter)</translation>
        </message>
        <message>
            <source>Refunds {amount} of {paid}; {kept} is kept as a restocking fee.</source>
            <translation>Erstattet {amount} von {paid}; {kept} wird als Wiedereinlagerungsgebühr einbehalten.</translation>
        </message>
        <message numerus="yes">
            <source>Refunds {money} for {n} units to the customer.</source>
            <translation>
                <numerusform>Erstattet dem Kunden {money} für {n} Artikel.</numerusform>
                <numerusform>Erstattet dem Kunden {money} für {n} Artikel.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reject the return</source>
            <translation>Die Retoure ablehnen</translation>
        </message>
        <message numerus="yes">
            <source>Releases the exchange of {n} units.</source>
            <translation>
                <numerusform>Gibt den Umtausch von {n} Artikel frei.</numerusform>
                <numerusform>Gibt den Umtausch von {n} Artikeln frei.</numerusform>
            </translation>
        </message>
        <message>
            <source>Say why the refund is less than in full.</source>
            <translation>Sagen, warum die Erstattung nur teilweise ist.</translation>
        </message>
        <message>
            <source>Say why: the customer is told.</source>
            <translation>Sagen, warum: der Kunde erfährt es.</translation>
        </message>
        <message>
            <source>Type something first, or Esc to cancel.</source>
            <translation>Zuerst etwas eingeben, oder Esc zum Abbrechen.</translation>
        </message>
        <message>
            <source>Type the amount to refund.</source>
            <translation>Den zu erstattenden Betrag eingeben.</translation>
        </message>
        <message>
            <source>Why is it rejected (the customer is told)?</source>
            <translation>Warum wird die Retoure abgelehnt (der Kunde erfährt es)?</translation>
        </message>
        <message>
            <source>Why less than in full?</source>
            <translation>Warum nicht der volle Betrag?</translation>
        </message>
        <message numerus="yes">
            <source>Withholds {money}: the customer gets nothing back for {n} units.</source>
            <translation>
                <numerusform>Behält {money} ein: der Kunde bekommt für {n} Artikel nichts zurück.</numerusform>
                <numerusform>Behält {money} ein: der Kunde bekommt für {n} Artikel nichts zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>what was not taken</source>
            <translation>was nicht angenommen wurde</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: an exchange (paid {money})</source>
            <translation>{lpn} · {rma} · {customer}: ein Umtausch (bezahlt {money})</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: paid {money}</source>
            <translation>{lpn} · {rma} · {customer}: bezahlt {money}</translation>
        </message>
        <message>
            <source>{lpn} · {rma} · {customer}: paid {money}, as store credit</source>
            <translation>{lpn} · {rma} · {customer}: bezahlt {money}, als Gutschrift</translation>
        </message>
        <message>
            <source>{money}</source>
            <translation>{money}</translation>
        </message>
        <message numerus="yes">
            <source>… and {n} more units</source>
            <translation>
                <numerusform>… und {n} weiterer Artikel</numerusform>
                <numerusform>… und {n} weitere Artikel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>events</name>
        <message>
            <source>event {id} is {state}: only refused or waiting events can be resolved by hand</source>
            <translation>Ereignis {id} ist {state}: nur abgelehnte oder wartende Ereignisse können von Hand erledigt werden</translation>
        </message>
        <message>
            <source>event {id} is {state}: only refused or waiting events can be retried</source>
            <translation>Ereignis {id} ist {state}: nur abgelehnte oder wartende Ereignisse können erneut gesendet werden</translation>
        </message>
        <message>
            <source>say why the event is resolved by hand (a note is required)</source>
            <translation>sagen, warum das Ereignis von Hand erledigt wird (eine Notiz ist nötig)</translation>
        </message>
        <message>
            <source>there is no upstream event {id}</source>
            <translation>es gibt kein Ereignis {id} an das Shopsystem</translation>
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
            <translation>(Zustand behalten)</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Any age</source>
            <translation>Jedes Alter</translation>
        </message>
        <message>
            <source>Any operator</source>
            <translation>Alle Mitarbeitenden</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Jeder Typ</translation>
        </message>
        <message>
            <source>Approve in part one exception at a time.</source>
            <translation>Jeweils nur eine Ausnahme teilweise genehmigen.</translation>
        </message>
        <message>
            <source>Approve refund (A)</source>
            <translation>Erstattung genehmigen (A)</translation>
        </message>
        <message>
            <source>Ask customer service</source>
            <translation>Kundenservice fragen</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>Nach Status</translation>
        </message>
        <message>
            <source>By type</source>
            <translation>Nach Typ</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Versanddienst</translation>
        </message>
        <message>
            <source>Checklist: {answers}</source>
            <translation>Checkliste: {answers}</translation>
        </message>
        <message>
            <source>Choose an exception first (↑/↓).</source>
            <translation>Zuerst eine Ausnahme wählen (↑/↓).</translation>
        </message>
        <message>
            <source>Choose an exception to see its evidence.</source>
            <translation>Eine Ausnahme wählen, um die Nachweise zu sehen.</translation>
        </message>
        <message>
            <source>Claim (C)</source>
            <translation>Übernehmen (C)</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>Übernommen</translation>
        </message>
        <message>
            <source>Close (D)</source>
            <translation>Schließen (D)</translation>
        </message>
        <message>
            <source>Close the exception</source>
            <translation>Die Ausnahme schließen</translation>
        </message>
        <message>
            <source>Contact customer (K)</source>
            <translation>Kunden kontaktieren (K)</translation>
        </message>
        <message>
            <source>Could not read the exception queue: {problem}</source>
            <translation>Die Ausnahmeliste konnte nicht gelesen werden: {problem}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Nachweise</translation>
        </message>
        <message>
            <source>Exception {id}: {done}.</source>
            <translation>Ausnahme {id}: {done}.</translation>
        </message>
        <message>
            <source>Exception {id}: {problem}</source>
            <translation>Ausnahme {id}: {problem}</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>Expected vs found</source>
            <translation>Erwartet gegenüber gefunden</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Gefunden</translation>
        </message>
        <message>
            <source>Give it to:</source>
            <translation>Übergeben an:</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
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
            <translation>Neuer Zustand oder neue Verwendung:</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Neueste zuerst</translation>
        </message>
        <message>
            <source>No bench activity recorded.</source>
            <translation>Keine Aktivität am Arbeitsplatz erfasst.</translation>
        </message>
        <message>
            <source>No exception matches: the queue is clear.</source>
            <translation>Keine Ausnahme passt: die Liste ist leer.</translation>
        </message>
        <message>
            <source>No history.</source>
            <translation>Kein Verlauf.</translation>
        </message>
        <message>
            <source>No notes yet (N adds one).</source>
            <translation>Noch keine Notizen (N fügt eine hinzu).</translation>
        </message>
        <message>
            <source>No refund is held for this choice: nothing to approve or reject.</source>
            <translation>Für diese Auswahl ist keine Erstattung zurückgehalten: nichts zu genehmigen oder abzulehnen.</translation>
        </message>
        <message>
            <source>Note (N)</source>
            <translation>Notiz (N)</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>OVERDUE {time}</source>
            <translation>ÜBERFÄLLIG {time}</translation>
        </message>
        <message>
            <source>Older than 1 day</source>
            <translation>Älter als 1 Tag</translation>
        </message>
        <message>
            <source>Older than 1 hour</source>
            <translation>Älter als 1 Stunde</translation>
        </message>
        <message>
            <source>Older than 3 days</source>
            <translation>Älter als 3 Tage</translation>
        </message>
        <message>
            <source>Older than 4 hours</source>
            <translation>Älter als 4 Stunden</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Älteste zuerst</translation>
        </message>
        <message>
            <source>Open (nobody on it)</source>
            <translation>Offen (niemand dran)</translation>
        </message>
        <message>
            <source>Open and claimed</source>
            <translation>Offen und übernommen</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Paket</translation>
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
            <translation>Neu bewerten</translation>
        </message>
        <message>
            <source>Re-grade (G)</source>
            <translation>Neu bewerten (G)</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>Zuweisen</translation>
        </message>
        <message>
            <source>Reassign (S)</source>
            <translation>Zuweisen (S)</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Aktualisieren (Strg+R)</translation>
        </message>
        <message>
            <source>Reject (J)</source>
            <translation>Ablehnen (J)</translation>
        </message>
        <message>
            <source>Release (X)</source>
            <translation>Freigeben (X)</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Resolved:</source>
            <translation>Erledigt:</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retoure</translation>
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
            <translation>Fällige SLA zuerst</translation>
        </message>
        <message>
            <source>Scan log</source>
            <translation>Scan-Protokoll</translation>
        </message>
        <message>
            <source>Search: RMA, order, tracking number or LPN (Ctrl+F)</source>
            <translation>Suchen: RMA, Bestellung, Sendungsnummer oder LPN (Strg+F)</translation>
        </message>
        <message>
            <source>Serials shipped</source>
            <translation>Versandte Seriennummern</translation>
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
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>The photo {path} cannot be read (moved or deleted?)</source>
            <translation>Das Foto {path} kann nicht gelesen werden (verschoben oder gelöscht?)</translation>
        </message>
        <message>
            <source>There is no lead to reassign to.</source>
            <translation>Es gibt keine Schichtleitung, der zugewiesen werden kann.</translation>
        </message>
        <message>
            <source>This exception has no photos.</source>
            <translation>Diese Ausnahme hat keine Fotos.</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Sendung</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Upstream attempts</source>
            <translation>Versuche an das Shopsystem</translation>
        </message>
        <message>
            <source>What should customer service ask the customer?</source>
            <translation>Was soll der Kundenservice den Kunden fragen?</translation>
        </message>
        <message>
            <source>What was done?</source>
            <translation>Was wurde getan?</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Warum?</translation>
        </message>
        <message>
            <source>age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <source>carrier</source>
            <translation>Versanddienst</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>Checkliste</translation>
        </message>
        <message>
            <source>claimed</source>
            <translation>übernommen</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <source>code scanned</source>
            <translation>gescannter Code</translation>
        </message>
        <message>
            <source>counted from</source>
            <translation>gezählt ab</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>customer service asked</source>
            <translation>Kundenservice gefragt</translation>
        </message>
        <message>
            <source>days allowed</source>
            <translation>erlaubte Tage</translation>
        </message>
        <message>
            <source>days since</source>
            <translation>Tage seit</translation>
        </message>
        <message>
            <source>difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <source>disposition</source>
            <translation>Verwendung</translation>
        </message>
        <message>
            <source>disposition {disposition}</source>
            <translation>Verwendung: {disposition}</translation>
        </message>
        <message>
            <source>due in {time}</source>
            <translation>fällig in {time}</translation>
        </message>
        <message>
            <source>due in {time} !</source>
            <translation>fällig in {time} !</translation>
        </message>
        <message>
            <source>exception detail and evidence</source>
            <translation>Details und Nachweise der Ausnahme</translation>
        </message>
        <message>
            <source>exception queue</source>
            <translation>Ausnahmeliste</translation>
        </message>
        <message>
            <source>exception type</source>
            <translation>Art der Ausnahme</translation>
        </message>
        <message>
            <source>expected lines</source>
            <translation>erwartete Positionen</translation>
        </message>
        <message>
            <source>expected weight</source>
            <translation>erwartetes Gewicht</translation>
        </message>
        <message>
            <source>explanation</source>
            <translation>Erklärung</translation>
        </message>
        <message>
            <source>flags</source>
            <translation>Markierungen</translation>
        </message>
        <message>
            <source>grade</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>grade {grade}</source>
            <translation>Zustand {grade}</translation>
        </message>
        <message>
            <source>line {line}: {sku} × {quantity}</source>
            <translation>Position {line}: {sku} × {quantity}</translation>
        </message>
        <message>
            <source>market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <source>measured weight</source>
            <translation>gemessenes Gewicht</translation>
        </message>
        <message>
            <source>missing lines</source>
            <translation>fehlende Positionen</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>noted</source>
            <translation>notiert</translation>
        </message>
        <message>
            <source>number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>parcels</source>
            <translation>Pakete</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <source>photos (P or Enter shows them large)</source>
            <translation>Fotos (P oder Enter zeigt sie groß)</translation>
        </message>
        <message>
            <source>proposed disposition</source>
            <translation>vorgeschlagene Verwendung</translation>
        </message>
        <message>
            <source>proposed refund</source>
            <translation>vorgeschlagene Erstattung</translation>
        </message>
        <message>
            <source>purchase date</source>
            <translation>Kaufdatum</translation>
        </message>
        <message>
            <source>raised by operator</source>
            <translation>gemeldet von</translation>
        </message>
        <message>
            <source>raised {at}</source>
            <translation>gemeldet {at}</translation>
        </message>
        <message>
            <source>raised {at} at {station}</source>
            <translation>gemeldet {at} an {station}</translation>
        </message>
        <message>
            <source>re-graded</source>
            <translation>neu bewertet</translation>
        </message>
        <message>
            <source>reassigned</source>
            <translation>zugewiesen</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>Erstattung</translation>
        </message>
        <message>
            <source>refund approved in full</source>
            <translation>Erstattung voll genehmigt</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>released</source>
            <translation>freigegeben</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>gewünscht</translation>
        </message>
        <message>
            <source>return window</source>
            <translation>Rückgabefrist</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>scan</source>
            <translation>Scan</translation>
        </message>
        <message>
            <source>search by RMA, order, tracking number or LPN</source>
            <translation>nach RMA, Bestellung, Sendungsnummer oder LPN suchen</translation>
        </message>
        <message>
            <source>serial number</source>
            <translation>Seriennummer</translation>
        </message>
        <message>
            <source>serial scanned</source>
            <translation>gescannte Seriennummer</translation>
        </message>
        <message>
            <source>serials shipped</source>
            <translation>versandte Seriennummern</translation>
        </message>
        <message>
            <source>sort</source>
            <translation>Sortierung</translation>
        </message>
        <message>
            <source>station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>Toleranz</translation>
        </message>
        <message>
            <source>tracking number</source>
            <translation>Sendungsnummer</translation>
        </message>
        <message>
            <source>weight mismatch</source>
            <translation>Gewichtsabweichung</translation>
        </message>
        <message>
            <source>why</source>
            <translation>warum</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{amount} refunded</source>
            <translation>{amount} erstattet</translation>
        </message>
        <message>
            <source>{count} match: {parts}. Loaded {loaded}, {overdue} of them overdue.</source>
            <translation>{count} Treffer: {parts}. Geladen {loaded}, davon {overdue} überfällig.</translation>
        </message>
        <message>
            <source>{count} match: {parts}. Loaded {loaded}.</source>
            <translation>{count} Treffer: {parts}. Geladen {loaded}.</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} T</translation>
        </message>
        <message>
            <source>{done} of {count} {what}.</source>
            <translation>{done} von {count}: {what}.</translation>
        </message>
        <message>
            <source>{hours} h {minutes}</source>
            <translation>{hours} Std. {minutes}</translation>
        </message>
        <message>
            <source>{id}: {problem}</source>
            <translation>{id}: {problem}</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>{number} of {count}: {path}  (← → Esc)</source>
            <translation>{number} von {count}: {path}  (← → Esc)</translation>
        </message>
        <message numerus="yes">
            <source>{n} exceptions selected: the actions apply to each of them.</source>
            <translation>
                <numerusform>{n} Ausnahme gewählt: die Aktionen gelten für jede.</numerusform>
                <numerusform>{n} Ausnahmen gewählt: die Aktionen gelten für jede.</numerusform>
            </translation>
        </message>
        <message>
            <source>{status} by {name}</source>
            <translation>{status} von {name}</translation>
        </message>
        <message numerus="yes">
            <source>… and {n} more refused.</source>
            <translation>
                <numerusform>… und {n} weitere abgelehnt.</numerusform>
                <numerusform>… und {n} weitere abgelehnt.</numerusform>
            </translation>
        </message>
        <message>
            <source>…in part (Shift+A)</source>
            <translation>…teilweise (Umschalt+A)</translation>
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
            <translation>angenommen (Ortszeit)</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>grade</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>idempotency key</source>
            <translation>Idempotenzschlüssel</translation>
        </message>
        <message>
            <source>market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <source>method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>original payment</source>
            <translation>ursprüngliche Zahlungsart</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>Erstattung</translation>
        </message>
        <message>
            <source>restocking fee</source>
            <translation>Rücknahmegebühr</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>Gutschrift</translation>
        </message>
        <message>
            <source>upstream reference</source>
            <translation>Referenz des Shopsystems</translation>
        </message>
    </context>
    <context>
        <name>figures_view</name>
        <message>
            <source>&amp;Shift report PDF… (S)</source>
            <translation>Sc&amp;hichtbericht als PDF… (S)</translation>
        </message>
        <message>
            <source>'{reason}' dominates</source>
            <translation>'{reason}' überwiegt</translation>
        </message>
        <message>
            <source>Active hours</source>
            <translation>Aktive Stunden</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Arbeitsplatz</translation>
        </message>
        <message>
            <source>Benches</source>
            <translation>Arbeitsplätze</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>Could not work out the figures: {problem}</source>
            <translation>Die Kennzahlen konnten nicht berechnet werden: {problem}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Dispositions</source>
            <translation>Verwendung</translation>
        </message>
        <message>
            <source>Dock → stock (median · p90)</source>
            <translation>Rampe → Lager (Median · p90)</translation>
        </message>
        <message>
            <source>E&amp;xport refunds CSV… (E)</source>
            <translation>Erstattungen als CSV e&amp;xportieren… (E)</translation>
        </message>
        <message>
            <source>Exceptions / 100 units</source>
            <translation>Ausnahmen / 100 Artikel</translation>
        </message>
        <message>
            <source>Exceptions by type</source>
            <translation>Ausnahmen nach Art</translation>
        </message>
        <message>
            <source>Export refunds</source>
            <translation>Erstattungen exportieren</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>Zustände</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <source>Markets and shifts</source>
            <translation>Märkte und Schichten</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Nicht gespeichert: {problem}</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Mitarbeiter/in</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Mitarbeitende</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Gründe</translation>
        </message>
        <message>
            <source>Receipt → refund (median · p90)</source>
            <translation>Eingang → Erstattung (Median · p90)</translation>
        </message>
        <message>
            <source>Returned most</source>
            <translation>Am häufigsten zurückgeschickt</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Schicht</translation>
        </message>
        <message>
            <source>Shift figures</source>
            <translation>Kennzahlen der Schicht</translation>
        </message>
        <message>
            <source>Shift report</source>
            <translation>Schichtbericht</translation>
        </message>
        <message>
            <source>Shift report written to {path}</source>
            <translation>Schichtbericht gespeichert unter {path}</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Units / hour</source>
            <translation>Artikel / Stunde</translation>
        </message>
        <message>
            <source>Units per hour of the day</source>
            <translation>Artikel je Tagesstunde</translation>
        </message>
        <message>
            <source>Units received</source>
            <translation>Angenommene Artikel</translation>
        </message>
        <message>
            <source>every bench</source>
            <translation>alle Arbeitsplätze</translation>
        </message>
        <message>
            <source>every market</source>
            <translation>alle Märkte</translation>
        </message>
        <message>
            <source>figures by operator, bench, SKU and market</source>
            <translation>Kennzahlen nach Mitarbeitenden, Arbeitsplatz, SKU und Markt</translation>
        </message>
        <message>
            <source>last 30 days</source>
            <translation>letzte 30 Tage</translation>
        </message>
        <message>
            <source>last 365 days</source>
            <translation>letzte 365 Tage</translation>
        </message>
        <message>
            <source>last 7 days</source>
            <translation>letzte 7 Tage</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>{market}: {amount}</source>
            <translation>{market}: {amount}</translation>
        </message>
        <message numerus="yes">
            <source>{n} refunded unit(s) written to {path}</source>
            <translation>
                <numerusform>{n} erstatteter Artikel gespeichert unter {path}</numerusform>
                <numerusform>{n} erstattete Artikel gespeichert unter {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} refunded unit(s) written to {path} ({sums})</source>
            <translation>
                <numerusform>{n} erstatteter Artikel gespeichert unter {path} ({sums})</numerusform>
                <numerusform>{n} erstattete Artikel gespeichert unter {path} ({sums})</numerusform>
            </translation>
        </message>
        <message>
            <source>{period} · worked out {time}</source>
            <translation>{period} · berechnet um {time}</translation>
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
            <translation>Station schließen</translation>
        </message>
        <message>
            <source>Close the station (Enter)</source>
            <translation>Station schließen (Enter)</translation>
        </message>
        <message numerus="yes">
            <source>It tries again in {n} s. Tell the site's IT if this stays.</source>
            <translation>
                <numerusform>Sie versucht es in {n} s erneut. Sagen Sie der IT des Standorts Bescheid, wenn es so bleibt.</numerusform>
                <numerusform>Sie versucht es in {n} s erneut. Sagen Sie der IT des Standorts Bescheid, wenn es so bleibt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only a supervisor closes this station: scan your badge, type your PIN and press Enter. Esc goes back to work.</source>
            <translation>Nur ein Supervisor schließt diese Station: Ausweis scannen, PIN eingeben und Enter drücken. Esc führt zurück zur Arbeit.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Scan your supervisor badge first.</source>
            <translation>Scannen Sie zuerst Ihren Supervisor-Ausweis.</translation>
        </message>
        <message>
            <source>Supervisor's badge</source>
            <translation>Ausweis des Supervisors</translation>
        </message>
        <message>
            <source>The station cannot start</source>
            <translation>Die Station kann nicht starten</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Geben Sie Ihre PIN ein und drücken Sie dann Enter.</translation>
        </message>
        <message>
            <source>badge {badge} is not known here</source>
            <translation>Ausweis {badge} ist hier nicht bekannt</translation>
        </message>
        <message>
            <source>not checked: {why}</source>
            <translation>nicht geprüft: {why}</translation>
        </message>
        <message>
            <source>{name} closes the station</source>
            <translation>{name} schließt die Station</translation>
        </message>
        <message>
            <source>{name} is locked after too many wrong PINs until {time}</source>
            <translation>{name} ist nach zu vielen falschen PINs bis {time} gesperrt</translation>
        </message>
        <message>
            <source>{name} is not a supervisor: only a supervisor closes the station</source>
            <translation>{name} ist kein Supervisor: nur ein Supervisor schließt die Station</translation>
        </message>
    </context>
    <context>
        <name>label_templates</name>
        <message>
            <source>Hold in {bin}, do not restock: {reason}</source>
            <translation>In {bin} aufbewahren, nicht einlagern: {reason}</translation>
        </message>
        <message>
            <source>Put away to {bin}</source>
            <translation>Einlagern in {bin}</translation>
        </message>
        <message>
            <source>QUARANTINE - HOLD</source>
            <translation>QUARANTÄNE - GESPERRT</translation>
        </message>
        <message>
            <source>REFURBISH</source>
            <translation>AUFBEREITUNG</translation>
        </message>
        <message>
            <source>RESTOCK</source>
            <translation>EINLAGERN</translation>
        </message>
        <message>
            <source>RETURN TO VENDOR</source>
            <translation>ZURÜCK AN LIEFERANTEN</translation>
        </message>
        <message>
            <source>To {bin} for {disposition}</source>
            <translation>Nach {bin} zur Verwendung: {disposition}</translation>
        </message>
        <message>
            <source>To {bin}: {reason}</source>
            <translation>Nach {bin}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>No unit has the LPN {lpn}</source>
            <translation>Kein Artikel hat die LPN {lpn}</translation>
        </message>
        <message>
            <source>None of these labels is waiting: they are printed already</source>
            <translation>Keines dieser Etiketten wartet: sie sind schon gedruckt</translation>
        </message>
        <message>
            <source>Printing a batch of labels</source>
            <translation>Einen Stapel Etiketten drucken</translation>
        </message>
        <message>
            <source>Reprinting a label</source>
            <translation>Ein Etikett erneut drucken</translation>
        </message>
        <message>
            <source>Say why the label is reprinted (torn, smudged, lost ...)</source>
            <translation>Sagen, warum das Etikett erneut gedruckt wird (zerrissen, verschmiert, verloren ...)</translation>
        </message>
        <message>
            <source>label {lpn} not printed: no printer set up for this bench</source>
            <translation>Etikett {lpn} nicht gedruckt: kein Drucker für diesen Arbeitsplatz eingerichtet</translation>
        </message>
        <message>
            <source>label {lpn} not printed: {problem}</source>
            <translation>Etikett {lpn} nicht gedruckt: {problem}</translation>
        </message>
        <message>
            <source>label {lpn} printed on {printer}</source>
            <translation>Etikett {lpn} gedruckt auf {printer}</translation>
        </message>
        <message>
            <source>label {lpn} was printed already</source>
            <translation>Etikett {lpn} ist schon gedruckt</translation>
        </message>
        <message>
            <source>label {lpn} was sent to {printer} already: reprint it as a new job</source>
            <translation>Etikett {lpn} wurde schon an {printer} gesendet: als neuen Auftrag erneut drucken</translation>
        </message>
        <message>
            <source>{lpn} has no decision yet: it gets its label when confirmed</source>
            <translation>{lpn} hat noch keine Entscheidung: es bekommt sein Etikett, wenn es bestätigt wird</translation>
        </message>
    </context>
    <context>
        <name>labels_view</name>
        <message>
            <source>&amp;Print selected (P)</source>
            <translation>Ausgewählte &amp;drucken (P)</translation>
        </message>
        <message>
            <source>&amp;Reprint… (R)</source>
            <translation>Er&amp;neut drucken… (R)</translation>
        </message>
        <message>
            <source>&amp;Waiting / job log (W)</source>
            <translation>&amp;Wartend / Auftragsprotokoll (W)</translation>
        </message>
        <message>
            <source>As it prints</source>
            <translation>So wird es gedruckt</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Arbeitsplatz</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Lagerplatz</translation>
        </message>
        <message>
            <source>Choose a label to see it as it prints</source>
            <translation>Ein Etikett wählen, um zu sehen, wie es gedruckt wird</translation>
        </message>
        <message>
            <source>Could not read the labels: {problem}</source>
            <translation>Die Etiketten konnten nicht gelesen werden: {problem}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>Verwendung</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Zustand</translation>
        </message>
        <message numerus="yes">
            <source>It has been reprinted {n} time(s) before.</source>
            <translation>
                <numerusform>Es wurde schon {n}-mal erneut gedruckt.</numerusform>
                <numerusform>Es wurde schon {n}-mal erneut gedruckt.</numerusform>
            </translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Label job log</source>
            <translation>Protokoll der Etikettenaufträge</translation>
        </message>
        <message>
            <source>Label jobs of {lpn}</source>
            <translation>Etikettenaufträge für {lpn}</translation>
        </message>
        <message>
            <source>Labels waiting</source>
            <translation>Wartende Etiketten</translation>
        </message>
        <message>
            <source>No label is waiting here. To print one again, choose it and press R.</source>
            <translation>Hier wartet kein Etikett. Um eines erneut zu drucken: es wählen und R drücken.</translation>
        </message>
        <message>
            <source>No preview: {problem}</source>
            <translation>Keine Vorschau: {problem}</translation>
        </message>
        <message>
            <source>P prints the selected (or all shown) · R reprints · W job log</source>
            <translation>P druckt die ausgewählten (oder alle gezeigten) · R druckt erneut · W Auftragsprotokoll</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Eingereiht</translation>
        </message>
        <message>
            <source>Reason / fault</source>
            <translation>Grund / Störung</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Aktualisieren (Strg+R)</translation>
        </message>
        <message>
            <source>Reprint a label</source>
            <translation>Ein Etikett erneut drucken</translation>
        </message>
        <message numerus="yes">
            <source>Reprint {n} of {lpn} sent to the printer.</source>
            <translation>
                <numerusform>Nachdruck {n} von {lpn} an den Drucker gesendet.</numerusform>
                <numerusform>Nachdruck {n} von {lpn} an den Drucker gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reprints</source>
            <translation>Nachdrucke</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Schicht</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Zeigen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Why is the label of {lpn} printed again? (torn, smudged, lost, wrong bin ...)</source>
            <translation>Warum wird das Etikett von {lpn} erneut gedruckt? (zerrissen, verschmiert, verloren, falscher Lagerplatz ...)</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>any disposition</source>
            <translation>jede Verwendung</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>jederzeit</translation>
        </message>
        <message>
            <source>any zone</source>
            <translation>jede Zone</translation>
        </message>
        <message>
            <source>job log (every job)</source>
            <translation>Auftragsprotokoll (alle Aufträge)</translation>
        </message>
        <message>
            <source>label jobs</source>
            <translation>Etikettenaufträge</translation>
        </message>
        <message>
            <source>label preview</source>
            <translation>Vorschau des Etiketts</translation>
        </message>
        <message>
            <source>last 7 days</source>
            <translation>letzte 7 Tage</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>waiting for a label</source>
            <translation>wartet auf ein Etikett</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>{lpn} · {template} label, {size} in · {status}</source>
            <translation>{lpn} · Etikett: {template}, {size} Zoll · {status}</translation>
        </message>
        <message numerus="yes">
            <source>{n} job(s): {printed} printed, {waiting} waiting, {failed} failed, reprints: {reprints} · W: waiting labels</source>
            <translation>
                <numerusform>{n} Auftrag: {printed} gedruckt, {waiting} wartend, {failed} fehlgeschlagen, Nachdrucke: {reprints} · W: wartende Etiketten</numerusform>
                <numerusform>{n} Aufträge: {printed} gedruckt, {waiting} wartend, {failed} fehlgeschlagen, Nachdrucke: {reprints} · W: wartende Etiketten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) sent to the printer, in order.</source>
            <translation>
                <numerusform>{n} Etikett an den Drucker gesendet, der Reihe nach.</numerusform>
                <numerusform>{n} Etiketten an den Drucker gesendet, der Reihe nach.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) waiting</source>
            <translation>
                <numerusform>{n} Etikett wartet</numerusform>
                <numerusform>{n} Etiketten warten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} label(s) waiting, {failed} failed at the printer</source>
            <translation>
                <numerusform>{n} Etikett wartet, {failed} am Drucker fehlgeschlagen</numerusform>
                <numerusform>{n} Etiketten warten, {failed} am Drucker fehlgeschlagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Mitarbeitende</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Receiving Station · {station}</source>
            <translation>Retourenannahme · {station}</translation>
        </message>
        <message>
            <source>Scan your badge</source>
            <translation>Ausweis scannen</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>The window speaks this language; it is kept for you when you sign in</source>
            <translation>Das Fenster spricht diese Sprache; sie wird beim Anmelden für Sie gespeichert</translation>
        </message>
        <message>
            <source>choose your name first</source>
            <translation>zuerst den Namen wählen</translation>
        </message>
        <message>
            <source>type your PIN</source>
            <translation>PIN eingeben</translation>
        </message>
        <message>
            <source>… or choose your name, type your PIN and press Enter</source>
            <translation>… oder Namen wählen, PIN eingeben und Enter drücken</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>&amp;Bench</source>
            <translation>Arbeits&amp;platz</translation>
        </message>
        <message>
            <source>&amp;Exceptions</source>
            <translation>&amp;Ausnahmen</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>&amp;Etiketten</translation>
        </message>
        <message>
            <source>&amp;Upstream</source>
            <translation>&amp;Shopsystem</translation>
        </message>
        <message>
            <source>A dialog is open: the scan {code} was not taken. Finish the dialog or close it (Esc), then scan again.</source>
            <translation>Ein Dialog ist offen: der Scan {code} wurde nicht angenommen. Den Dialog zu Ende führen oder schließen (Esc), dann noch einmal scannen.</translation>
        </message>
        <message>
            <source>DEMO  ·  F5 scan the next demo parcel  ·  F6 put it on the scale  ·  F7 scan its next item  ·  F8 take it off the scale</source>
            <translation>DEMO  ·  F5 nächstes Demopaket scannen  ·  F6 auf die Waage legen  ·  F7 nächsten Artikel scannen  ·  F8 von der Waage nehmen</translation>
        </message>
        <message>
            <source>DEMO  ·  sign in: badge B-1001 (staff), or badge B-2001 / B-3001 and then PIN 1234 (lead, supervisor)</source>
            <translation>DEMO  ·  anmelden: Ausweis B-1001 (Mitarbeiter/in), oder Ausweis B-2001 / B-3001 und dann PIN 1234 (Schichtleitung, Supervisor)</translation>
        </message>
        <message>
            <source>Demo data from an earlier run: start over with ./station demo --fresh</source>
            <translation>Demodaten aus einem früheren Lauf: mit ./station demo --fresh neu beginnen</translation>
        </message>
        <message>
            <source>Demo shop (a sandbox of the shop's system) received: refunds {refunds}, exchange releases {exchanges}, customer messages {messages}</source>
            <translation>Demoshop (eine Sandbox des Shopsystems) hat erhalten: Erstattungen {refunds}, Umtauschfreigaben {exchanges}, Kundennachrichten {messages}</translation>
        </message>
        <message>
            <source>F&amp;igures</source>
            <translation>&amp;Kennzahlen</translation>
        </message>
        <message>
            <source>FAULT</source>
            <translation>STÖRUNG</translation>
        </message>
        <message>
            <source>Receiving Station · {station}</source>
            <translation>Retourenannahme · {station}</translation>
        </message>
        <message>
            <source>Scan not read whole: scan again.</source>
            <translation>Scan nicht vollständig gelesen: noch einmal scannen.</translation>
        </message>
        <message>
            <source>Station {station}</source>
            <translation>Station {station}</translation>
        </message>
        <message>
            <source>The database answers again: carry on (what was confirmed is saved).</source>
            <translation>Die Datenbank antwortet wieder: weitermachen (Bestätigtes ist gespeichert).</translation>
        </message>
        <message>
            <source>The database does not answer ({problem}). Everything confirmed so far is saved; nothing new can be saved until it is back. It reconnects by itself: wait, or call IT.</source>
            <translation>Die Datenbank antwortet nicht ({problem}). Alles bisher Bestätigte ist gespeichert; nichts Neues kann gespeichert werden, bis sie zurück ist. Sie verbindet sich von selbst neu: warten oder die IT anrufen.</translation>
        </message>
        <message>
            <source>The key {key} came just as a scan began and was not taken: press it again.</source>
            <translation>Die Taste {key} kam genau beim Beginn eines Scans und wurde nicht angenommen: noch einmal drücken.</translation>
        </message>
        <message>
            <source>all sent</source>
            <translation>alles gesendet</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>verbindet</translation>
        </message>
        <message>
            <source>database</source>
            <translation>Datenbank</translation>
        </message>
        <message numerus="yes">
            <source>demo return {number} of {count}: {name}, {description}  ({n} item(s) for F7)</source>
            <translation>
                <numerusform>Demoretoure {number} von {count}: {name}, {description}  ({n} Artikel für F7)</numerusform>
                <numerusform>Demoretoure {number} von {count}: {name}, {description}  ({n} Artikel für F7)</numerusform>
            </translation>
        </message>
        <message>
            <source>demo shop</source>
            <translation>Demoshop</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>getrennt</translation>
        </message>
        <message>
            <source>faulted</source>
            <translation>gestört</translation>
        </message>
        <message>
            <source>last problem: {detail}</source>
            <translation>letztes Problem: {detail}</translation>
        </message>
        <message>
            <source>no more demo items in this parcel: F9 closes it, F5 scans the next</source>
            <translation>keine weiteren Demoartikel in diesem Paket: F9 schließt es, F5 scannt das nächste</translation>
        </message>
        <message>
            <source>not sending from this bench</source>
            <translation>sendet nicht von diesem Arbeitsplatz</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>operator</source>
            <translation>Mitarbeiter/in</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>Drucker</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>Waage</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>sending to {url}</source>
            <translation>sendet an {url}</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>abgemeldet</translation>
        </message>
        <message>
            <source>starting</source>
            <translation>startet</translation>
        </message>
        <message>
            <source>station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>the database answers</source>
            <translation>die Datenbank antwortet</translation>
        </message>
        <message>
            <source>upstream</source>
            <translation>Shopsystem</translation>
        </message>
        <message>
            <source>upstream: database unreachable</source>
            <translation>Shopsystem: Datenbank nicht erreichbar</translation>
        </message>
        <message>
            <source>upstream: {state}</source>
            <translation>Shopsystem: {state}</translation>
        </message>
        <message>
            <source>upstream: …</source>
            <translation>Shopsystem: …</translation>
        </message>
        <message numerus="yes">
            <source>{n} demo returns: press F5 for the first</source>
            <translation>
                <numerusform>{n} Demoretoure: F5 für die erste drücken</numerusform>
                <numerusform>{n} Demoretouren: F5 für die erste drücken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} failing</source>
            <translation>
                <numerusform>{n} scheitert</numerusform>
                <numerusform>{n} scheitern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} refused</source>
            <translation>
                <numerusform>{n} abgelehnt</numerusform>
                <numerusform>{n} abgelehnt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} to send</source>
            <translation>
                <numerusform>{n} zu senden</numerusform>
                <numerusform>{n} zu senden</numerusform>
            </translation>
        </message>
        <message>
            <source>{platform} stand-in (its returns' units go there): refunds {refunds}, units processed {units}</source>
            <translation>{platform}-Stellvertreter (die Artikel seiner Retouren gehen dorthin): Erstattungen {refunds}, bearbeitete Artikel {units}</translation>
        </message>
        <message>
            <source>{section} is for shift leads and supervisors</source>
            <translation>{section} ist für Schichtleitung und Supervisor</translation>
        </message>
        <message>
            <source>{section} is for supervisors</source>
            <translation>{section} ist für Supervisor</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>(no reason given)</source>
            <translation>(kein Grund angegeben)</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} T. {hours} Std.</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} Std. {minutes} Min.</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message>
            <source>a refund for {lpn} is {least} to {paid} (what was paid); {amount} is not</source>
            <translation>eine Erstattung für {lpn} beträgt {least} bis {paid} (was bezahlt wurde); {amount} ist das nicht</translation>
        </message>
        <message numerus="yes">
            <source>a refund in {currency} has at most {n} decimal(s); {amount} (for {lpn}) has more</source>
            <translation>
                <numerusform>eine Erstattung in {currency} hat höchstens {n} Nachkommastelle; {amount} (für {lpn}) hat mehr</numerusform>
                <numerusform>eine Erstattung in {currency} hat höchstens {n} Nachkommastellen; {amount} (für {lpn}) hat mehr</numerusform>
            </translation>
        </message>
        <message>
            <source>adding a note to an exception</source>
            <translation>Eine Notiz zu einer Ausnahme hinzufügen</translation>
        </message>
        <message>
            <source>approving a refund</source>
            <translation>Eine Erstattung genehmigen</translation>
        </message>
        <message>
            <source>asking for contact</source>
            <translation>Um Kontakt bitten</translation>
        </message>
        <message>
            <source>claiming an exception</source>
            <translation>Eine Ausnahme übernehmen</translation>
        </message>
        <message>
            <source>closing an exception</source>
            <translation>Eine Ausnahme schließen</translation>
        </message>
        <message>
            <source>exception {id} has no RMA, so no customer to contact: find the return first</source>
            <translation>Ausnahme {id} hat keine RMA, also keinen Kunden zum Kontaktieren: zuerst die Retoure finden</translation>
        </message>
        <message>
            <source>exception {id} is about a parcel, not a unit: close it with a note</source>
            <translation>Ausnahme {id} betrifft ein Paket, keinen Artikel: mit einer Notiz schließen</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name} since {time}: ask them, or a supervisor to reassign it</source>
            <translation>Ausnahme {id} ist seit {time} von {name} übernommen: dort nachfragen oder einen Supervisor um Neuzuweisung bitten</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name}: ask them, or a supervisor to reassign it</source>
            <translation>Ausnahme {id} ist von {name} übernommen: dort nachfragen oder einen Supervisor um Neuzuweisung bitten</translation>
        </message>
        <message>
            <source>exception {id} is claimed by {name}: only they or a supervisor can release it</source>
            <translation>Ausnahme {id} ist von {name} übernommen: nur diese Person oder ein Supervisor kann sie freigeben</translation>
        </message>
        <message>
            <source>exception {id} was already resolved by {name}</source>
            <translation>Ausnahme {id} wurde schon von {name} erledigt</translation>
        </message>
        <message>
            <source>exception {id} was already resolved by {name} at {at}</source>
            <translation>Ausnahme {id} wurde schon am {at} von {name} erledigt</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>operator {id}</source>
            <translation>Mitarbeiter/in {id}</translation>
        </message>
        <message>
            <source>re-grading</source>
            <translation>Neu bewerten</translation>
        </message>
        <message>
            <source>reassigning an exception</source>
            <translation>Eine Ausnahme neu zuweisen</translation>
        </message>
        <message>
            <source>rejecting a return</source>
            <translation>Eine Retoure ablehnen</translation>
        </message>
        <message>
            <source>releasing an exception</source>
            <translation>Eine Ausnahme freigeben</translation>
        </message>
        <message>
            <source>say what customer service should ask the customer</source>
            <translation>sagen, was der Kundenservice den Kunden fragen soll</translation>
        </message>
        <message>
            <source>say why the exception is closed</source>
            <translation>sagen, warum die Ausnahme geschlossen wird</translation>
        </message>
        <message>
            <source>say why the refund is partial (the customer is told the amount)</source>
            <translation>sagen, warum die Erstattung nur teilweise ist (der Kunde erfährt den Betrag)</translation>
        </message>
        <message>
            <source>say why the return is rejected (the customer is told)</source>
            <translation>sagen, warum die Retoure abgelehnt wird (der Kunde erfährt es)</translation>
        </message>
        <message>
            <source>say why the unit is re-graded</source>
            <translation>sagen, warum der Artikel neu bewertet wird</translation>
        </message>
        <message>
            <source>the note is empty</source>
            <translation>die Notiz ist leer</translation>
        </message>
        <message>
            <source>there is no active operator {id}</source>
            <translation>es gibt keine aktive Person {id}</translation>
        </message>
        <message>
            <source>there is no disposition {disposition}: one of {dispositions}</source>
            <translation>die Verwendung {disposition} gibt es nicht: eine von {dispositions}</translation>
        </message>
        <message>
            <source>there is no exception {id}</source>
            <translation>es gibt keine Ausnahme {id}</translation>
        </message>
        <message>
            <source>there is no grade {grade}: one of {grades}</source>
            <translation>den Zustand {grade} gibt es nicht: einer von {grades}</translation>
        </message>
        <message>
            <source>{currency} has no decimals: a refund for {lpn} is a whole amount, and {amount} is not</source>
            <translation>{currency} hat keine Nachkommastellen: eine Erstattung für {lpn} ist ein ganzer Betrag, und {amount} ist das nicht</translation>
        </message>
        <message>
            <source>{lpn} already is grade {grade}, {disposition}</source>
            <translation>{lpn} hat schon Zustand {grade}, {disposition}</translation>
        </message>
        <message>
            <source>{lpn} is on no line of an RMA (a blind or unexpected item): there is no price to refund against; find the customer's return first</source>
            <translation>{lpn} steht auf keiner Position einer RMA (eine Retoure ohne RMA oder ein unerwarteter Artikel): es gibt keinen Preis für eine Erstattung; zuerst die Retoure des Kunden finden</translation>
        </message>
        <message>
            <source>{lpn} is still at the bench ({status}): confirm it there first</source>
            <translation>{lpn} ist noch am Arbeitsplatz ({status}): dort zuerst bestätigen</translation>
        </message>
        <message>
            <source>{lpn} is {status}, not held: its outcome was already released</source>
            <translation>{lpn} ist {status}, nicht zurückgehalten: das Ergebnis wurde schon freigegeben</translation>
        </message>
        <message>
            <source>{lpn}'s refund is held by this exception: approve it (in full or in part) or reject the return, so the customer hears</source>
            <translation>die Erstattung für {lpn} wird von dieser Ausnahme zurückgehalten: ganz oder teilweise genehmigen oder die Retoure ablehnen, damit der Kunde Bescheid bekommt</translation>
        </message>
        <message>
            <source>{name} is {role}: exceptions go to leads</source>
            <translation>{name} ist {role}: Ausnahmen gehen an die Schichtleitung</translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <source>A parcel without an RMA: a lead finds the customer first</source>
            <translation>Ein Paket ohne RMA: die Schichtleitung findet zuerst den Kunden</translation>
        </message>
        <message>
            <source>Accessories complete?</source>
            <translation>Zubehör vollständig?</translation>
        </message>
        <message>
            <source>All parts present?</source>
            <translation>Alle Teile vorhanden?</translation>
        </message>
        <message>
            <source>Assembled or used?</source>
            <translation>Aufgebaut oder benutzt?</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Beschädigt</translation>
        </message>
        <message>
            <source>Damaged by the customer</source>
            <translation>Vom Kunden beschädigt</translation>
        </message>
        <message>
            <source>Damaged by the customer, low value</source>
            <translation>Vom Kunden beschädigt, geringer Wert</translation>
        </message>
        <message>
            <source>Defective / unsalvageable</source>
            <translation>Defekt / nicht zu retten</translation>
        </message>
        <message>
            <source>Electronics that do not power on and the customer said defective</source>
            <translation>Elektronik, die nicht angeht, und der Kunde meldete einen Defekt</translation>
        </message>
        <message>
            <source>Everything there?</source>
            <translation>Alles dabei?</translation>
        </message>
        <message>
            <source>Factory reset, no user data?</source>
            <translation>Auf Werkseinstellungen, keine Benutzerdaten?</translation>
        </message>
        <message>
            <source>Good / used</source>
            <translation>Gut / gebraucht</translation>
        </message>
        <message>
            <source>Good but used</source>
            <translation>Gut, aber gebraucht</translation>
        </message>
        <message>
            <source>Grade {grade} {category}</source>
            <translation>Zustand {grade} {category}</translation>
        </message>
        <message>
            <source>Grade {grade} {category}: no rule matched, so the unit goes to quarantine and a shift lead decides (rule no-rule-matched).</source>
            <translation>Zustand {grade} {category}: keine Regel passt, daher geht der Artikel in Quarantäne und die Schichtleitung entscheidet (Regel no-rule-matched).</translation>
        </message>
        <message>
            <source>Like new</source>
            <translation>Wie neu</translation>
        </message>
        <message>
            <source>Like new apparel without its tags</source>
            <translation>Kleidung wie neu ohne Etiketten</translation>
        </message>
        <message>
            <source>More items than the RMA announced</source>
            <translation>Mehr Artikel als die RMA angekündigt hat</translation>
        </message>
        <message>
            <source>New / unopened</source>
            <translation>Neu / ungeöffnet</translation>
        </message>
        <message>
            <source>New and unopened</source>
            <translation>Neu und ungeöffnet</translation>
        </message>
        <message>
            <source>Original box?</source>
            <translation>Originalkarton?</translation>
        </message>
        <message>
            <source>Original packaging?</source>
            <translation>Originalverpackung?</translation>
        </message>
        <message>
            <source>Powers on?</source>
            <translation>Lässt sich einschalten?</translation>
        </message>
        <message>
            <source>Returned after the return window closed</source>
            <translation>Nach Ablauf der Rückgabefrist zurückgeschickt</translation>
        </message>
        <message>
            <source>Screen and casing undamaged?</source>
            <translation>Bildschirm und Gehäuse unbeschädigt?</translation>
        </message>
        <message>
            <source>Serial label intact?</source>
            <translation>Seriennummernetikett intakt?</translation>
        </message>
        <message>
            <source>Soles clean?</source>
            <translation>Sohlen sauber?</translation>
        </message>
        <message>
            <source>Stains or odour?</source>
            <translation>Flecken oder Geruch?</translation>
        </message>
        <message>
            <source>Tags attached?</source>
            <translation>Etiketten dran?</translation>
        </message>
        <message>
            <source>The category cannot be returned</source>
            <translation>Die Kategorie ist von der Rückgabe ausgeschlossen</translation>
        </message>
        <message>
            <source>The customer reported the fault</source>
            <translation>Der Kunde hat den Defekt gemeldet</translation>
        </message>
        <message>
            <source>The item is not one the customer bought</source>
            <translation>Der Artikel ist keiner, den der Kunde gekauft hat</translation>
        </message>
        <message>
            <source>The parcel weighs far from what its items should</source>
            <translation>Das Paket wiegt weit anders, als seine Artikel wiegen sollten</translation>
        </message>
        <message>
            <source>The serial number is not the one shipped</source>
            <translation>Die Seriennummer ist nicht die versandte</translation>
        </message>
        <message>
            <source>Unsalvageable and not reported as faulty</source>
            <translation>Nicht zu retten und nicht als defekt gemeldet</translation>
        </message>
        <message>
            <source>Used electronics that do not power on</source>
            <translation>Gebrauchte Elektronik, die nicht angeht</translation>
        </message>
        <message>
            <source>Worn or washed?</source>
            <translation>Getragen oder gewaschen?</translation>
        </message>
        <message>
            <source>Worn outdoors?</source>
            <translation>Draußen getragen?</translation>
        </message>
        <message>
            <source>apparel</source>
            <translation>Bekleidung</translation>
        </message>
        <message>
            <source>electronics</source>
            <translation>Elektronik</translation>
        </message>
        <message>
            <source>exchange held for a shift lead</source>
            <translation>Umtausch für die Schichtleitung zurückgehalten</translation>
        </message>
        <message>
            <source>gift card</source>
            <translation>Geschenkkarte</translation>
        </message>
        <message>
            <source>home</source>
            <translation>Wohnen</translation>
        </message>
        <message>
            <source>hygiene</source>
            <translation>Hygiene</translation>
        </message>
        <message>
            <source>no refund</source>
            <translation>keine Erstattung</translation>
        </message>
        <message>
            <source>perishable</source>
            <translation>verderblich</translation>
        </message>
        <message>
            <source>refund held for a shift lead</source>
            <translation>Erstattung für die Schichtleitung zurückgehalten</translation>
        </message>
        <message>
            <source>refund {refund}</source>
            <translation>Erstattung {refund}</translation>
        </message>
        <message>
            <source>refund {refund} after a {fee} restocking fee</source>
            <translation>Erstattung {refund} nach {fee} Wiedereinlagerungsgebühr</translation>
        </message>
        <message>
            <source>shoes</source>
            <translation>Schuhe</translation>
        </message>
        <message>
            <source>the exchange is released</source>
            <translation>der Umtausch wird freigegeben</translation>
        </message>
        <message>
            <source>underwear</source>
            <translation>Unterwäsche</translation>
        </message>
        <message>
            <source>unknown category</source>
            <translation>unbekannte Kategorie</translation>
        </message>
        <message>
            <source>{subject}: {disposition}, {money}. {reason} (rule {rule}).</source>
            <translation>{subject}: {disposition}, {money}. {reason} (Regel {rule}).</translation>
        </message>
    </context>
    <context>
        <name>section</name>
        <message>
            <source>Scroll left</source>
            <translation>Nach links blättern</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Nach rechts blättern</translation>
        </message>
        <message>
            <source>outcome of the last action</source>
            <translation>Ergebnis der letzten Aktion</translation>
        </message>
    </context>
    <context>
        <name>shift_report</name>
        <message>
            <source>Active hours</source>
            <translation>Aktive Stunden</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Arbeitsplatz</translation>
        </message>
        <message>
            <source>Benches</source>
            <translation>Arbeitsplätze</translation>
        </message>
        <message>
            <source>CHECK</source>
            <translation>PRÜFEN</translation>
        </message>
        <message>
            <source>CHECK: one reason explains most returns of this SKU: its description, photos or size chart may mislead customers.</source>
            <translation>PRÜFEN: ein Grund erklärt die meisten Retouren dieses Artikels: Beschreibung, Fotos oder Größentabelle könnten Kunden in die Irre führen.</translation>
        </message>
        <message>
            <source>Computed {at}</source>
            <translation>Berechnet am {at}</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>Verwendung</translation>
        </message>
        <message>
            <source>Dock to stock</source>
            <translation>Rampe bis Lager</translation>
        </message>
        <message>
            <source>Exceptions</source>
            <translation>Ausnahmen</translation>
        </message>
        <message>
            <source>Exceptions by type</source>
            <translation>Ausnahmen nach Art</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Grades</source>
            <translation>Zustände</translation>
        </message>
        <message>
            <source>Grades and dispositions</source>
            <translation>Zustände und Verwendung</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <source>Markets</source>
            <translation>Märkte</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Mitarbeiter/in</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Mitarbeitende</translation>
        </message>
        <message>
            <source>Per 100 units</source>
            <translation>Je 100 Artikel</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Gründe</translation>
        </message>
        <message>
            <source>Receipt to refund accepted</source>
            <translation>Eingang bis angenommene Erstattung</translation>
        </message>
        <message>
            <source>Returned most</source>
            <translation>Am häufigsten zurückgeschickt</translation>
        </message>
        <message>
            <source>Shift report</source>
            <translation>Schichtbericht</translation>
        </message>
        <message>
            <source>Shift report - {site}</source>
            <translation>Schichtbericht - {site}</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Units / hour</source>
            <translation>Artikel / Stunde</translation>
        </message>
        <message>
            <source>Units per hour of the day</source>
            <translation>Artikel je Tagesstunde</translation>
        </message>
        <message>
            <source>Units received</source>
            <translation>Angenommene Artikel</translation>
        </message>
        <message>
            <source>market {market}</source>
            <translation>Markt {market}</translation>
        </message>
        <message>
            <source>median {median}, p90 {p90} ({count} refunds)</source>
            <translation>Median {median}, p90 {p90} ({count} Erstattungen)</translation>
        </message>
        <message>
            <source>median {median}, p90 {p90} ({count} units)</source>
            <translation>Median {median}, p90 {p90} ({count} Artikel)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>{count} ({rate} per 100 units)</source>
            <translation>{count} ({rate} je 100 Artikel)</translation>
        </message>
    </context>
    <context>
        <name>shifts</name>
        <message>
            <source>all day</source>
            <translation>ganzer Tag</translation>
        </message>
        <message>
            <source>any shift</source>
            <translation>jede Schicht</translation>
        </message>
        <message>
            <source>early</source>
            <translation>Frühschicht</translation>
        </message>
        <message>
            <source>late</source>
            <translation>Spätschicht</translation>
        </message>
        <message>
            <source>night</source>
            <translation>Nachtschicht</translation>
        </message>
        <message>
            <source>{days}, {shift} shift</source>
            <translation>{days}, {shift}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
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
            <translation>Jetzt e&amp;rneut senden (R)</translation>
        </message>
        <message>
            <source>About: {subject}</source>
            <translation>Betrifft: {subject}</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Attempts:</source>
            <translation>Versuche:</translation>
        </message>
        <message>
            <source>Could not read the upstream events: {problem}</source>
            <translation>Die Ereignisse an das Shopsystem konnten nicht gelesen werden: {problem}</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>Event {id} resolved by hand: it will not be sent.</source>
            <translation>Ereignis {id} von Hand erledigt: es wird nicht gesendet.</translation>
        </message>
        <message>
            <source>Event {id} will be sent again now.</source>
            <translation>Ereignis {id} wird jetzt erneut gesendet.</translation>
        </message>
        <message>
            <source>Event {id}: {kind} for {rma}</source>
            <translation>Ereignis {id}: {kind} für {rma}</translation>
        </message>
        <message>
            <source>Everything has been sent upstream.</source>
            <translation>Alles wurde an das Shopsystem gesendet.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Letzter Fehler: {error}</translation>
        </message>
        <message>
            <source>Next try</source>
            <translation>Nächster Versuch</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Refresh (Ctrl+R)</source>
            <translation>Aktualisieren (Strg+R)</translation>
        </message>
        <message>
            <source>Resolve by &amp;hand… (H)</source>
            <translation>Von &amp;Hand erledigen… (H)</translation>
        </message>
        <message>
            <source>Resolve by hand</source>
            <translation>Von Hand erledigen</translation>
        </message>
        <message>
            <source>Resolved by hand: {note}</source>
            <translation>Von Hand erledigt: {note}</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <source>State: {state}, {n} attempt(s)</source>
            <translation>
                <numerusform>Status: {state}, {n} Versuch</numerusform>
                <numerusform>Status: {state}, {n} Versuche</numerusform>
            </translation>
        </message>
        <message>
            <source>Upstream events</source>
            <translation>Ereignisse an das Shopsystem</translation>
        </message>
        <message>
            <source>What is sent:</source>
            <translation>Was gesendet wird:</translation>
        </message>
        <message>
            <source>Why is this event resolved by hand? (e.g. refunded in the shop's admin)</source>
            <translation>Warum wird dieses Ereignis von Hand erledigt? (z. B. in der Shopverwaltung erstattet)</translation>
        </message>
        <message>
            <source>event detail and attempts</source>
            <translation>Details und Versuche des Ereignisses</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>upstream events</source>
            <translation>Ereignisse an das Shopsystem</translation>
        </message>
        <message>
            <source>upstream's reference {reference}</source>
            <translation>Referenz des Shopsystems {reference}</translation>
        </message>
        <message>
            <source>{waiting} waiting to be sent ({failing} failing), {refused} refused by upstream</source>
            <translation>{waiting} warten auf Versand ({failing} scheitern), {refused} vom Shopsystem abgelehnt</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <source>return window {days} days (no purchase or delivery date)</source>
            <translation>Rückgabefrist {days} Tage (kein Kauf- oder Lieferdatum)</translation>
        </message>
        <message numerus="yes">
            <source>{n} days since delivery: OUTSIDE the {days}-day window</source>
            <translation>
                <numerusform>{n} Tag seit Lieferung: AUSSERHALB der {days}-Tage-Frist</numerusform>
                <numerusform>{n} Tage seit Lieferung: AUSSERHALB der {days}-Tage-Frist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since delivery: inside the {days}-day window</source>
            <translation>
                <numerusform>{n} Tag seit Lieferung: innerhalb der {days}-Tage-Frist</numerusform>
                <numerusform>{n} Tage seit Lieferung: innerhalb der {days}-Tage-Frist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since purchase: OUTSIDE the {days}-day window</source>
            <translation>
                <numerusform>{n} Tag seit Kauf: AUSSERHALB der {days}-Tage-Frist</numerusform>
                <numerusform>{n} Tage seit Kauf: AUSSERHALB der {days}-Tage-Frist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} days since purchase: inside the {days}-day window</source>
            <translation>
                <numerusform>{n} Tag seit Kauf: innerhalb der {days}-Tage-Frist</numerusform>
                <numerusform>{n} Tage seit Kauf: innerhalb der {days}-Tage-Frist</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>blind return</source>
            <translation>Retoure ohne RMA</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>storniert</translation>
        </message>
        <message>
            <source>cancelled at the bench</source>
            <translation>am Arbeitsplatz storniert</translation>
        </message>
        <message>
            <source>claimed</source>
            <translation>übernommen</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bestätigt</translation>
        </message>
        <message>
            <source>customer message</source>
            <translation>Kundennachricht</translation>
        </message>
        <message>
            <source>customer service asked</source>
            <translation>Kundenservice gefragt</translation>
        </message>
        <message>
            <source>damaged in transit</source>
            <translation>beim Transport beschädigt</translation>
        </message>
        <message>
            <source>decision confirmed</source>
            <translation>Entscheidung bestätigt</translation>
        </message>
        <message>
            <source>delivery</source>
            <translation>Lieferung</translation>
        </message>
        <message>
            <source>device fault</source>
            <translation>Gerätestörung</translation>
        </message>
        <message>
            <source>discard</source>
            <translation>entsorgen</translation>
        </message>
        <message>
            <source>donate</source>
            <translation>spenden</translation>
        </message>
        <message>
            <source>exception raised</source>
            <translation>Ausnahme gemeldet</translation>
        </message>
        <message>
            <source>exception resolved</source>
            <translation>Ausnahme erledigt</translation>
        </message>
        <message>
            <source>exception updated</source>
            <translation>Ausnahme aktualisiert</translation>
        </message>
        <message>
            <source>exchange</source>
            <translation>Umtausch</translation>
        </message>
        <message>
            <source>exchange release</source>
            <translation>Umtauschfreigabe</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>erwartet</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>grade taken back</source>
            <translation>Bewertung zurückgenommen</translation>
        </message>
        <message>
            <source>graded</source>
            <translation>bewertet</translation>
        </message>
        <message>
            <source>held</source>
            <translation>zurückgehalten</translation>
        </message>
        <message>
            <source>item cancelled</source>
            <translation>Artikel storniert</translation>
        </message>
        <message>
            <source>item scanned</source>
            <translation>Artikel gescannt</translation>
        </message>
        <message>
            <source>label reprinted</source>
            <translation>Etikett erneut gedruckt</translation>
        </message>
        <message>
            <source>labels printed</source>
            <translation>Etiketten gedruckt</translation>
        </message>
        <message>
            <source>liquidate</source>
            <translation>abverkaufen</translation>
        </message>
        <message>
            <source>missing item</source>
            <translation>fehlender Artikel</translation>
        </message>
        <message>
            <source>non-returnable</source>
            <translation>nicht rückgabefähig</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>outside the return window</source>
            <translation>außerhalb der Rückgabefrist</translation>
        </message>
        <message>
            <source>parcel closed</source>
            <translation>Paket geschlossen</translation>
        </message>
        <message>
            <source>parcel opened</source>
            <translation>Paket geöffnet</translation>
        </message>
        <message>
            <source>parcel reopened</source>
            <translation>Paket wieder geöffnet</translation>
        </message>
        <message>
            <source>portal</source>
            <translation>Portal</translation>
        </message>
        <message>
            <source>post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>gedruckt</translation>
        </message>
        <message>
            <source>purchase</source>
            <translation>Kauf</translation>
        </message>
        <message>
            <source>quarantine</source>
            <translation>Quarantäne</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>eingereiht</translation>
        </message>
        <message>
            <source>re-graded</source>
            <translation>neu bewertet</translation>
        </message>
        <message>
            <source>reassigned</source>
            <translation>zugewiesen</translation>
        </message>
        <message>
            <source>received</source>
            <translation>angenommen</translation>
        </message>
        <message>
            <source>recycle</source>
            <translation>recyceln</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>Erstattung</translation>
        </message>
        <message>
            <source>refund approved</source>
            <translation>Erstattung genehmigt</translation>
        </message>
        <message>
            <source>refunded in part</source>
            <translation>teilweise erstattet</translation>
        </message>
        <message>
            <source>refurbish</source>
            <translation>aufbereiten</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>refused by the shop</source>
            <translation>vom Shop abgelehnt</translation>
        </message>
        <message>
            <source>released</source>
            <translation>freigegeben</translation>
        </message>
        <message>
            <source>repair</source>
            <translation>reparieren</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>resolved by hand</source>
            <translation>von Hand erledigt</translation>
        </message>
        <message>
            <source>restock</source>
            <translation>zurück ins Lager</translation>
        </message>
        <message>
            <source>return to customer</source>
            <translation>zurück an den Kunden</translation>
        </message>
        <message>
            <source>return to vendor</source>
            <translation>zurück an den Lieferanten</translation>
        </message>
        <message>
            <source>returned to the customer</source>
            <translation>an den Kunden zurückgeschickt</translation>
        </message>
        <message>
            <source>review</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>wird gesendet</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>gesendet</translation>
        </message>
        <message>
            <source>sent again</source>
            <translation>erneut gesendet</translation>
        </message>
        <message>
            <source>serial mismatch</source>
            <translation>falsche Seriennummer</translation>
        </message>
        <message>
            <source>serial number recorded</source>
            <translation>Seriennummer erfasst</translation>
        </message>
        <message>
            <source>shift lead</source>
            <translation>Schichtleitung</translation>
        </message>
        <message>
            <source>signed in</source>
            <translation>angemeldet</translation>
        </message>
        <message>
            <source>signed out</source>
            <translation>abgemeldet</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>Mitarbeiter/in</translation>
        </message>
        <message>
            <source>store</source>
            <translation>Filiale</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>Gutschrift</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>unexpected item</source>
            <translation>unerwarteter Artikel</translation>
        </message>
        <message>
            <source>unit re-graded</source>
            <translation>Artikel neu bewertet</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>wartet</translation>
        </message>
        <message>
            <source>weighed</source>
            <translation>gewogen</translation>
        </message>
        <message>
            <source>weight mismatch</source>
            <translation>Gewichtsabweichung</translation>
        </message>
        <message>
            <source>will try again</source>
            <translation>wird erneut versucht</translation>
        </message>
        <message>
            <source>wrong item</source>
            <translation>falscher Artikel</translation>
        </message>
    </context>
    <context>
        <name>workflow</name>
        <message>
            <source>Blind return {tracking}: no RMA found. Receive the items; a lead decides.</source>
            <translation>Retoure ohne RMA {tracking}: keine RMA gefunden. Die Artikel annehmen; die Schichtleitung entscheidet.</translation>
        </message>
        <message>
            <source>Blind return: parcel {tracking} ({carrier}) has no RMA</source>
            <translation>Retoure ohne RMA: Paket {tracking} ({carrier}) hat keine RMA</translation>
        </message>
        <message numerus="yes">
            <source>Parcel {tracking} closed: {n} unit(s)</source>
            <translation>
                <numerusform>Paket {tracking} geschlossen: {n} Artikel</numerusform>
                <numerusform>Paket {tracking} geschlossen: {n} Artikel</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcel {tracking} is open at {bench} by {name}: it cannot be worked at two benches</source>
            <translation>Paket {tracking} ist an {bench} durch {name} offen: es kann nicht an zwei Arbeitsplätzen bearbeitet werden</translation>
        </message>
        <message>
            <source>Parcel {tracking} is open at {bench}: it cannot be worked at two benches</source>
            <translation>Paket {tracking} ist an {bench} offen: es kann nicht an zwei Arbeitsplätzen bearbeitet werden</translation>
        </message>
        <message>
            <source>Parcel {tracking} reopened: {reason}</source>
            <translation>Paket {tracking} wieder geöffnet: {reason}</translation>
        </message>
        <message>
            <source>Parcel {tracking} was already received and closed ({when}): a lead can reopen it</source>
            <translation>Paket {tracking} wurde schon angenommen und geschlossen ({when}): die Schichtleitung kann es wieder öffnen</translation>
        </message>
        <message>
            <source>Parcel {tracking} weighs {weight}, expected {expected}</source>
            <translation>Paket {tracking} wiegt {weight}, erwartet {expected}</translation>
        </message>
        <message>
            <source>Parcel {tracking} weighs {weight}, {difference} heavier than the expected {expected} (tolerance {tolerance})</source>
            <translation>Paket {tracking} wiegt {weight}, {difference} schwerer als die erwarteten {expected} (Toleranz {tolerance})</translation>
        </message>
        <message>
            <source>Parcel {tracking} weighs {weight}, {difference} lighter than the expected {expected} (tolerance {tolerance})</source>
            <translation>Paket {tracking} wiegt {weight}, {difference} leichter als die erwarteten {expected} (Toleranz {tolerance})</translation>
        </message>
        <message>
            <source>RMA {number} is not known</source>
            <translation>RMA {number} ist nicht bekannt</translation>
        </message>
        <message>
            <source>RMA {number} is not known here: check the import of expected returns, or scan the carrier label</source>
            <translation>RMA {number} ist hier nicht bekannt: den Import der erwarteten Retouren prüfen oder das Versandetikett scannen</translation>
        </message>
        <message>
            <source>The decision changed: {decision}</source>
            <translation>Die Entscheidung hat sich geändert: {decision}</translation>
        </message>
        <message>
            <source>an unknown code</source>
            <translation>ein unbekannter Code</translation>
        </message>
        <message>
            <source>another bench</source>
            <translation>einem anderen Arbeitsplatz</translation>
        </message>
        <message>
            <source>closed without a weight</source>
            <translation>ohne Gewicht geschlossen</translation>
        </message>
        <message>
            <source>earlier</source>
            <translation>früher</translation>
        </message>
        <message>
            <source>exchange released</source>
            <translation>Umtausch freigegeben</translation>
        </message>
        <message>
            <source>grade {grade} ({label}) needs a photo: take one, then grade</source>
            <translation>Zustand {grade} ({label}) braucht ein Foto: eines aufnehmen, dann bewerten</translation>
        </message>
        <message>
            <source>no refund</source>
            <translation>keine Erstattung</translation>
        </message>
        <message>
            <source>not every item is confirmed: {lpns}. Confirm (Enter) or cancel each one first</source>
            <translation>nicht jeder Artikel ist bestätigt: {lpns}. Zuerst jeden bestätigen (Enter) oder stornieren</translation>
        </message>
        <message>
            <source>not on the {category} checklist: {keys}</source>
            <translation>nicht auf der Checkliste für {category}: {keys}</translation>
        </message>
        <message>
            <source>parcel {id} does not exist</source>
            <translation>Paket {id} gibt es nicht</translation>
        </message>
        <message>
            <source>parcel {tracking} is not closed</source>
            <translation>Paket {tracking} ist nicht geschlossen</translation>
        </message>
        <message>
            <source>parcel {tracking} is not open: scan it first</source>
            <translation>Paket {tracking} ist nicht offen: zuerst scannen</translation>
        </message>
        <message>
            <source>parcel {tracking} is open at another bench</source>
            <translation>Paket {tracking} ist an einem anderen Arbeitsplatz offen</translation>
        </message>
        <message>
            <source>reopening a closed parcel</source>
            <translation>Ein geschlossenes Paket wieder öffnen</translation>
        </message>
        <message>
            <source>say why the parcel is reopened</source>
            <translation>sagen, warum das Paket wieder geöffnet wird</translation>
        </message>
        <message>
            <source>say why the unit is cancelled</source>
            <translation>sagen, warum der Artikel storniert wird</translation>
        </message>
        <message>
            <source>serial {serial} was already received as {lpn}</source>
            <translation>Seriennummer {serial} wurde schon als {lpn} angenommen</translation>
        </message>
        <message>
            <source>serial {serial} was not shipped on {rma} line {line} (shipped: {shipped})</source>
            <translation>Seriennummer {serial} wurde nicht mit {rma} Position {line} versandt (versandt: {shipped})</translation>
        </message>
        <message>
            <source>station {id} is not set up in this database</source>
            <translation>Station {id} ist in dieser Datenbank nicht eingerichtet</translation>
        </message>
        <message>
            <source>that is not a serial number: scan the serial barcode on the item or its box</source>
            <translation>das ist keine Seriennummer: den Seriennummern-Barcode auf dem Artikel oder seinem Karton scannen</translation>
        </message>
        <message>
            <source>the RMA</source>
            <translation>der RMA</translation>
        </message>
        <message>
            <source>unit {id} does not exist</source>
            <translation>Artikel {id} gibt es nicht</translation>
        </message>
        <message>
            <source>unknown carrier</source>
            <translation>unbekannter Versanddienst</translation>
        </message>
        <message>
            <source>unknown category</source>
            <translation>unbekannte Kategorie</translation>
        </message>
        <message>
            <source>you are not signed in as an active operator: scan your badge</source>
            <translation>Sie sind nicht als aktive Mitarbeiterin/aktiver Mitarbeiter angemeldet: Ausweis scannen</translation>
        </message>
        <message>
            <source>{code} ({kind})</source>
            <translation>{code} ({kind})</translation>
        </message>
        <message>
            <source>{code} is not a parcel: scan the carrier label or the RMA barcode</source>
            <translation>{code} ist kein Paket: das Versandetikett oder den RMA-Barcode scannen</translation>
        </message>
        <message>
            <source>{code} is not an item barcode: scan the product's EAN/UPC or GS1 code</source>
            <translation>{code} ist kein Artikelbarcode: den EAN/UPC- oder GS1-Code des Produkts scannen</translation>
        </message>
        <message>
            <source>{code} looks like a {kind} number but its check digit does not hold: scan it again, or type it from the label</source>
            <translation>{code} sieht aus wie eine {kind}-Nummer, aber die Prüfziffer stimmt nicht: noch einmal scannen oder vom Etikett abtippen</translation>
        </message>
        <message>
            <source>{code}: the check digit does not hold; scan the item again</source>
            <translation>{code}: die Prüfziffer stimmt nicht; den Artikel noch einmal scannen</translation>
        </message>
        <message>
            <source>{lpn} cancelled: {reason}</source>
            <translation>{lpn} storniert: {reason}</translation>
        </message>
        <message>
            <source>{lpn} confirmed: {disposition}, held for a lead. Label printing.</source>
            <translation>{lpn} bestätigt: {disposition}, für die Schichtleitung zurückgehalten. Etikett wird gedruckt.</translation>
        </message>
        <message>
            <source>{lpn} confirmed: {disposition}, {amount}. Label printing.</source>
            <translation>{lpn} bestätigt: {disposition}, {amount}. Etikett wird gedruckt.</translation>
        </message>
        <message>
            <source>{lpn} is already {status}</source>
            <translation>{lpn} ist schon {status}</translation>
        </message>
        <message>
            <source>{lpn} is not graded yet</source>
            <translation>{lpn} ist noch nicht bewertet</translation>
        </message>
        <message>
            <source>{lpn}: answer the checklist first: {questions}</source>
            <translation>{lpn}: zuerst die Checkliste beantworten: {questions}</translation>
        </message>
        <message>
            <source>{lpn}: grade taken back</source>
            <translation>{lpn}: Bewertung zurückgenommen</translation>
        </message>
        <message>
            <source>{lpn}: item {gtin} is not on {rma}</source>
            <translation>{lpn}: Artikel {gtin} steht nicht auf {rma}</translation>
        </message>
        <message>
            <source>{lpn}: one more {sku} than the RMA expects</source>
            <translation>{lpn}: ein {sku} mehr, als die RMA erwartet</translation>
        </message>
        <message>
            <source>{lpn}: scan the serial number before grading</source>
            <translation>{lpn}: vor dem Bewerten die Seriennummer scannen</translation>
        </message>
        <message>
            <source>{lpn}: serial {serial} matches the shipment</source>
            <translation>{lpn}: Seriennummer {serial} passt zur Sendung</translation>
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
            <translation>{lpn}: {name}, die Seriennummer wird gebraucht</translation>
        </message>
        <message>
            <source>{lpn}: {problem}</source>
            <translation>{lpn}: {problem}</translation>
        </message>
        <message>
            <source>{lpn}: {sku} ({category}) is not returnable</source>
            <translation>{lpn}: {sku} ({category}) ist nicht rückgabefähig</translation>
        </message>
        <message numerus="yes">
            <source>{n} line(s) may still come in {parcels}</source>
            <translation>
                <numerusform>{n} Position kann noch in {parcels} kommen</numerusform>
                <numerusform>{n} Positionen können noch in {parcels} kommen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rma} for {customer}: {n} item(s) expected</source>
            <translation>
                <numerusform>{rma} für {customer}: {n} Artikel erwartet</numerusform>
                <numerusform>{rma} für {customer}: {n} Artikel erwartet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rma} still expects {missing} of {n} item(s): {items}. Closing the parcel makes them a missing-item case</source>
            <translation>
                <numerusform>{rma} erwartet noch {missing} von {n} Artikel: {items}. Wird das Paket geschlossen, wird daraus eine Ausnahme wegen eines fehlenden Artikels</numerusform>
                <numerusform>{rma} erwartet noch {missing} von {n} Artikel: {items}. Wird das Paket geschlossen, wird daraus eine Ausnahme wegen fehlender Artikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{rma}: {n} item(s) never arrived: {items}</source>
            <translation>
                <numerusform>{rma}: {n} Artikel ist nie angekommen: {items}</numerusform>
                <numerusform>{rma}: {n} Artikel sind nie angekommen: {items}</numerusform>
            </translation>
        </message>
        <message>
            <source>{rma}: {window}</source>
            <translation>{rma}: {window}</translation>
        </message>
        <message>
            <source>{rma}: {window}. Receive the items; the refund is held.</source>
            <translation>{rma}: {window}. Die Artikel annehmen; die Erstattung wird zurückgehalten.</translation>
        </message>
        <message>
            <source>{summary}: the refund is held for a lead</source>
            <translation>{summary}: die Erstattung wird für die Schichtleitung zurückgehalten</translation>
        </message>
        <message>
            <source>{weight} is not a parcel weight: put the parcel on the scale and wait for a stable reading</source>
            <translation>{weight} ist kein Paketgewicht: das Paket auf die Waage legen und auf einen stabilen Messwert warten</translation>
        </message>
        <message>
            <source>{weight} recorded (no expected weight to compare with)</source>
            <translation>{weight} erfasst (kein erwartetes Gewicht zum Vergleich)</translation>
        </message>
        <message>
            <source>{weight}: within {tolerance} of the expected {expected}</source>
            <translation>{weight}: innerhalb von {tolerance} um die erwarteten {expected}</translation>
        </message>
    </context>
</TS>
