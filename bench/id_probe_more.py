"""More sentences of the passport and date-of-birth probe, per market language, in other styles than
``bench.id_probe_phrases``: the number before its label, spaced, an abbreviated label in a form; a relative's date of
birth, an age with the date, a date with spaces after an abbreviation; a wedding's date, a passport's expiry and a
boarding pass or an order code that are no one's passport or birth."""

from __future__ import annotations

from typing import Final

#: language -> (passport sentences, birth sentences, ordinary sentences)
MORE: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {
    "en": (
        ("{P} is my passport number.", "passport no {P_}", "My wife's passport: {P}"),
        ("my son was born on {DW}", "I'm 41 (born {D})", "b. {DI}, London"),
        ("We got married on 3 March 1990.", "My passport expires on 12.05.2027.", "Boarding pass 123456789, gate 12."),
    ),
    "de": (
        ("{P} ist meine Passnummer.", "Pass-Nr. {P_}", "Der Reisepass meiner Frau: {P}"),
        ("mein Sohn wurde am {DW} geboren", "Ich bin 41 (geb. {D})", "geb. 3. 3. 1985"),
        ("Wir haben am 3. März 1990 geheiratet.", "Mein Reisepass läuft am 12.05.2027 ab.", "Bestellnr. AB1234567"),
    ),
    "fr": (
        ("{P} est mon numéro de passeport.", "N° passeport {P}", "Le passeport de ma femme : {P}"),
        ("mon fils est né le {DW}", "J'ai 41 ans (née le {DS})", "né le {DI} à Nice"),
        ("Nous nous sommes mariés le 3 mars 1990.", "Mon passeport expire le 12/05/2027.", "Commande AB1234567"),
    ),
    "es": (
        ("{P} es mi número de pasaporte.", "Nº pasaporte {P}", "El pasaporte de mi mujer: {P}"),
        ("mi hijo nació el {DW}", "Tengo 41 años (nacido el {DS})", "Fecha de nac. {DS}"),
        ("Nos casamos el 3 de marzo de 1990.", "Mi pasaporte caduca el 12/05/2027.", "Pedido AB1234567"),
    ),
    "pt": (
        ("{P} é o meu número de passaporte.", "N.º passaporte {P}", "O passaporte da minha mulher: {P}"),
        ("o meu filho nasceu a {DW}", "Tenho 41 anos (nascido a {DS})", "data de nascimento {DS}"),
        ("Casámos a 3 de março de 1990.", "O meu passaporte expira a 12/05/2027.", "Encomenda AB1234567"),
    ),
    "it": (
        ("{P} è il mio numero di passaporto.", "N. passaporto {P}", "Il passaporto di mia moglie: {P}"),
        ("mio figlio è nato il {DW}", "Ho 41 anni (nato il {DS})", "nata a Roma il {DS}"),
        ("Ci siamo sposati il 3 marzo 1990.", "Il mio passaporto scade il 12/05/2027.", "Ordine AB1234567"),
    ),
    "nl": (
        ("{P} is mijn paspoortnummer.", "Paspoortnr. {P}", "Het paspoort van mijn vrouw: {P}"),
        ("mijn zoon is geboren op {DW}", "Ik ben 41 (geb. {D})", "geboortedatum {D}"),
        ("We zijn op 3 maart 1990 getrouwd.", "Mijn paspoort verloopt op 12-05-2027.", "Bestelnummer AB1234567"),
    ),
    "pl": (
        ("{P} to numer mojego paszportu.", "Nr paszp. {P}", "Paszport żony: {P}"),
        ("mój syn urodził się {DW}", "Mam 41 lat (ur. {D})", "ur. 3.03.1985 r."),
        ("Pobraliśmy się 3 marca 1990.", "Mój paszport traci ważność 12.05.2027.", "Zamówienie nr AB1234567"),
    ),
    "cs": (
        ("{P} je číslo mého pasu.", "č. pasu {P}", "Pas manželky: {P}"),
        ("můj syn se narodil {DW}", "Je mi 41 (nar. {D})", "nar. 3. 3. 1985"),
        ("Vzali jsme se 3. března 1990.", "Můj pas vyprší 12.05.2027.", "Objednávka č. AB1234567"),
    ),
    "sk": (
        ("{P} je číslo môjho pasu.", "č. pasu {P}", "Pas manželky: {P}"),
        ("môj syn sa narodil {DW}", "Mám 41 rokov (nar. {D})", "nar. 3. 3. 1985"),
        ("Zobrali sme sa 3. marca 1990.", "Môj pas vyprší 12.05.2027.", "Objednávka č. AB1234567"),
    ),
    "hu": (
        ("{P} az útlevélszámom.", "útlevél sz. {P}", "A feleségem útlevele: {P}"),
        ("a fiam {DW} született", "41 éves vagyok (szül. {D})", "szül. 1985. 03. 03."),
        ("1990. március 3-án házasodtunk össze.", "Az útlevelem 2027.05.12-én lejár.", "Rendelés AB1234567"),
    ),
    "ro": (
        ("{P} este numărul pașaportului meu.", "Nr. pașaport {P}", "Pașaportul soției: {P}"),
        ("fiul meu s-a născut pe {DW}", "Am 41 de ani (născut pe {D})", "n. {D}, Cluj"),
        ("Ne-am căsătorit pe 3 martie 1990.", "Pașaportul meu expiră pe 12.05.2027.", "Comanda nr. AB1234567"),
    ),
    "bg": (
        ("{P} е номерът на паспорта ми.", "Паспорт № {P}", "Паспортът на съпругата ми: {P}"),
        ("синът ми е роден на {DW}", "На 41 години съм (роден на {D})", "ЕГН и дата на раждане: {D}"),
        ("Оженихме се на 3 март 1990 г.", "Паспортът ми изтича на 12.05.2027.", "Поръчка № AB1234567"),
    ),
    "el": (
        ("{P} είναι ο αριθμός του διαβατηρίου μου.", "Αρ. Διαβ. {P}", "Το διαβατήριο της γυναίκας μου: {P}"),
        ("ο γιος μου γεννήθηκε στις {DW}", "Είμαι 41 ετών (γεννήθηκα {DS})", "ημ/νία γέννησης {DS}"),
        ("Παντρευτήκαμε στις 3 Μαρτίου 1990.", "Το διαβατήριό μου λήγει στις 12/05/2027.", "Παραγγελία AB1234567"),
    ),
    "hr": (
        ("{P} je broj moje putovnice.", "Br. putovnice {P}", "Putovnica supruge: {P}"),
        ("moj sin je rođen {DW}", "Imam 41 godinu (rođen {D})", "rođ. {D}"),
        ("Vjenčali smo se 3. ožujka 1990.", "Putovnica mi istječe 12.05.2027.", "Narudžba br. AB1234567"),
    ),
    "sl": (
        ("{P} je številka mojega potnega lista.", "Št. potnega lista {P}", "Potni list žene: {P}"),
        ("moj sin je bil rojen {DW}", "Star sem 41 let (rojen {D})", "roj. 3. 3. 1985"),
        ("Poročila sva se 3. marca 1990.", "Potni list mi poteče 12.05.2027.", "Naročilo št. AB1234567"),
    ),
    "sv": (
        ("{P} är mitt passnummer.", "Passnr {P}", "Min frus pass: {P}"),
        ("min son föddes {DW}", "Jag är 41 (född {DI})", "f. {DI}"),
        ("Vi gifte oss den 3 mars 1990.", "Mitt pass går ut 2027-05-12.", "Boardingkort 123456789"),
    ),
    "da": (
        ("{P} er mit pasnummer.", "Pasnr. {P}", "Min kones pas: {P}"),
        ("min søn blev født {DW}", "Jeg er 41 (født {D})", "f. {D}"),
        ("Vi blev gift den 3. marts 1990.", "Mit pas udløber 12.05.2027.", "Ordrenr. AB1234567"),
    ),
    "nb": (
        ("{P} er passnummeret mitt.", "Passnr. {P}", "Passet til kona mi: {P}"),
        ("sønnen min ble født {DW}", "Jeg er 41 (født {D})", "f. {D}"),
        ("Vi giftet oss 3. mars 1990.", "Passet mitt går ut 12.05.2027.", "Ordrenr. AB1234567"),
    ),
    "nn": (
        ("{P} er passnummeret mitt.", "Passnr. {P}", "Passet til kona mi: {P}"),
        ("sonen min vart fødd {DW}", "Eg er 41 (fødd {D})", "f. {D}"),
        ("Vi gifta oss 3. mars 1990.", "Passet mitt går ut 12.05.2027.", "Ordrenr. AB1234567"),
    ),
    "fi": (
        ("{P} on passini numero.", "Passin nro {P}", "Vaimoni passi: {P}"),
        ("poikani syntyi {DW}", "Olen 41 (synt. {D})", "s. {D}"),
        ("Menimme naimisiin 3.3.1990.", "Passini vanhenee 12.05.2027.", "Tilaus AB1234567"),
    ),
    "et": (
        ("{P} on minu passi number.", "Passi nr {P}", "Mu naise pass: {P}"),
        ("mu poeg sündis {DW}", "Olen 41 (sünd. {D})", "sünniaeg {D}"),
        ("Abiellusime 3. märtsil 1990.", "Mu pass aegub 12.05.2027.", "Tellimus AB1234567"),
    ),
    "lv": (
        ("{P} ir manas pases numurs.", "Pases Nr. {P}", "Sievas pase: {P}"),
        ("mans dēls dzimis {DW}", "Man ir 41 gads (dz. {D})", "dzimšanas datums {D}"),
        ("Apprecējāmies 1990. gada 3. martā.", "Mana pase beidzas 12.05.2027.", "Pasūtījums AB1234567"),
    ),
    "lt": (
        ("{P} yra mano paso numeris.", "Paso Nr. {P}", "Žmonos pasas: {P}"),
        ("mano sūnus gimė {DW}", "Man 41 metai (gim. {DI})", "gimimo data {DI}"),
        ("Susituokėme 1990 m. kovo 3 d.", "Mano pasas baigia galioti 2027-05-12.", "Užsakymas AB1234567"),
    ),
    "ga": (
        ("Uimhir phas: {P}", "uimh. phas {P}", "Pas mo mhná: {P}"),
        ("rugadh mo mhac ar an {DW}", "Tá mé 41 (rugadh {D})", "dáta breithe {D}"),
        ("Pósadh sinn ar 3 Márta 1990.", "Rachaidh mo phas in éag ar 12.05.2027.", "Ordú AB1234567"),
    ),
    "mt": (
        ("{P} huwa n-numru tal-passaport tiegħi.", "Nru tal-passaport {P}", "Il-passaport ta' marti: {P}"),
        ("ibni twieled fil-{DW}", "Għandi 41 sena (imwieled {D})", "data tat-twelid {D}"),
        ("Iżżewwiġna fit-3 ta' Marzu 1990.", "Il-passaport tiegħi jiskadi 12.05.2027.", "Ordni AB1234567"),
    ),
    "lb": (
        ("{P} ass meng Passnummer.", "Pass-Nr. {P}", "De Pass vu menger Fra: {P}"),
        ("mäi Jong ass den {DW} gebuer", "Ech sinn 41 (gebuer den {D})", "Gebuertsdatum {D}"),
        ("Mir hunn de 3. Mäerz 1990 bestuet.", "Mäi Pass leeft den 12.05.2027 of.", "Bestellung AB1234567"),
    ),
    "is": (
        ("{P} er vegabréfsnúmerið mitt.", "Vegabr. nr. {P}", "Vegabréf konunnar minnar: {P}"),
        ("sonur minn fæddist {DW}", "Ég er 41 árs (f. {D})", "fæðingardagur {D}"),
        ("Við giftum okkur 3. mars 1990.", "Vegabréfið mitt rennur út 12.05.2027.", "Pöntun AB1234567"),
    ),
}  # fmt: skip
