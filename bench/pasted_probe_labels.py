"""The words of the pasted-data probe, per market language: column and field names, and a few real towns.

Each language's labels, in the order of ``Labels``: a full name, a given name, a family name, an e-mail, a phone,
three roles (a tenant, an insured person, a guarantor), a date of birth, a town, an amount, a date; then the same
labels as pasted JSON writes its keys (ASCII, lower case, ``_`` for spaces; Greek and Bulgarian in Latin
letters). The towns are real towns of the language's country (an ordinary table names them).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final


@dataclass(frozen=True)
class Labels:
    """One language's column and field names and towns."""

    full: str
    given: str
    family: str
    email: str
    phone: str
    tenant: str
    insured: str
    guarantor: str
    birth: str
    town: str
    amount: str
    date: str
    towns: tuple[str, str, str]
    ascii_keys: tuple[str, ...] = ()  # (full, tenant, insured, birth, email) when folding is not enough
    sender: str = "From"  # the word a mail client writes before the sender (``Von: Anna Berg <anna@…>``)


def _l(words: str, towns: str, ascii_keys: str = "") -> Labels:
    full, given, family, email, phone, tenant, insured, guarantor, birth, town, amount, date = (
        part.strip() for part in words.split("|")
    )
    first, second, third = (name.strip() for name in towns.split("|"))
    keys = tuple(key.strip() for key in ascii_keys.split("|")) if ascii_keys else ()
    return Labels(
        full,
        given,
        family,
        email,
        phone,
        tenant,
        insured,
        guarantor,
        birth,
        town,
        amount,
        date,
        (first, second, third),
        keys,
    )


_LABELS: Final[dict[str, Labels]] = {
    "bg": _l("Име | Собствено име | Фамилия | Имейл | Телефон | Наемател | Осигурен | Поръчител | Дата на раждане | "
             "Град | Сума | Дата", "Пловдив | Варна | Бургас",
             "ime | naematel | osiguren | data_na_razhdane | imeyl"),
    "cs": _l("Jméno a příjmení | Jméno | Příjmení | E-mail | Telefon | Nájemce | Pojištěný | Ručitel | "
             "Datum narození | Město | Částka | Datum", "Brno | Olomouc | Plzeň"),
    "da": _l("Navn | Fornavn | Efternavn | E-mail | Telefon | Lejer | Forsikringstager | Kautionist | "
             "Fødselsdato | By | Beløb | Dato", "Aarhus | Odense | Aalborg"),
    "de": _l("Name | Vorname | Nachname | E-Mail | Telefon | Mieter | Versicherungsnehmer | Bürge | "
             "Geburtsdatum | Ort | Betrag | Datum", "Bielefeld | Mannheim | Augsburg"),
    "el": _l("Ονοματεπώνυμο | Όνομα | Επώνυμο | Email | Τηλέφωνο | Ενοικιαστής | Ασφαλισμένος | Εγγυητής | "
             "Ημερομηνία γέννησης | Πόλη | Ποσό | Ημερομηνία", "Πάτρα | Λάρισα | Βόλος",
             "onomateponymo | enoikiastis | asfalismenos | imerominia_gennisis | email"),
    "en": _l("Full name | First name | Surname | Email | Phone | Tenant | Policyholder | Guarantor | Date of birth | "
             "Town | Amount | Date", "Leeds | Bristol | Norwich"),
    "es": _l("Nombre completo | Nombre | Apellidos | Correo | Teléfono | Inquilino | Asegurado | Avalista | "
             "Fecha de nacimiento | Ciudad | Importe | Fecha", "Valladolid | Córdoba | Alicante"),
    "et": _l("Nimi | Eesnimi | Perekonnanimi | E-post | Telefon | Üürnik | Kindlustatu | Käendaja | Sünnikuupäev | "
             "Linn | Summa | Kuupäev", "Tartu | Pärnu | Viljandi"),
    "fi": _l("Nimi | Etunimi | Sukunimi | Sähköposti | Puhelin | Vuokralainen | Vakuutettu | Takaaja | Syntymäaika | "
             "Kaupunki | Summa | Päivämäärä", "Tampere | Oulu | Jyväskylä"),
    "fr": _l("Nom complet | Prénom | Nom | Courriel | Téléphone | Locataire | Assuré | Garant | Date de naissance | "
             "Ville | Montant | Date", "Lille | Rennes | Nantes"),
    "ga": _l("Ainm | Céadainm | Sloinne | Ríomhphost | Fón | Tionónta | Árachaí | Ráthóir | Dáta breithe | Baile | "
             "Méid | Dáta", "Gaillimh | Corcaigh | Luimneach"),
    "hr": _l("Ime i prezime | Ime | Prezime | E-pošta | Telefon | Najmoprimac | Osiguranik | Jamac | Datum rođenja | "
             "Grad | Iznos | Datum", "Split | Rijeka | Osijek"),
    "hu": _l("Név | Keresztnév | Vezetéknév | E-mail | Telefon | Bérlő | Biztosított | Kezes | Születési dátum | "
             "Város | Összeg | Dátum", "Debrecen | Szeged | Pécs"),
    "is": _l("Nafn | Fornafn | Eftirnafn | Netfang | Sími | Leigjandi | Tryggingartaki | Ábyrgðarmaður | "
             "Fæðingardagur | Bær | Upphæð | Dagsetning", "Akureyri | Selfoss | Ísafjörður"),
    "it": _l("Nome e cognome | Nome | Cognome | Email | Telefono | Inquilino | Assicurato | Garante | "
             "Data di nascita | Città | Importo | Data", "Bologna | Verona | Bari"),
    "lb": _l("Numm | Virnumm | Familljennumm | E-Mail | Telefon | Locataire | Versécherten | Bürge | Gebuertsdatum | "
             "Uertschaft | Betrag | Datum", "Esch-sur-Alzette | Dudelange | Ettelbruck"),
    "lt": _l("Vardas ir pavardė | Vardas | Pavardė | El. paštas | Telefonas | Nuomininkas | Apdraustasis | "
             "Laiduotojas | Gimimo data | Miestas | Suma | Data", "Kaunas | Klaipėda | Šiauliai"),
    "lv": _l("Vārds, uzvārds | Vārds | Uzvārds | E-pasts | Tālrunis | Īrnieks | Apdrošinātais | Galvotājs | "
             "Dzimšanas datums | Pilsēta | Summa | Datums", "Jelgava | Liepāja | Daugavpils"),
    "mt": _l("Isem u kunjom | Isem | Kunjom | Email | Telefon | Inkwilin | Assigurat | Garanti | Data tat-twelid | "
             "Belt | Ammont | Data", "Birkirkara | Sliema | Qormi"),
    "nb": _l("Navn | Fornavn | Etternavn | E-post | Telefon | Leietaker | Forsikringstaker | Kausjonist | "
             "Fødselsdato | Sted | Beløp | Dato", "Bergen | Trondheim | Drammen"),
    "nn": _l("Namn | Førenamn | Etternamn | E-post | Telefon | Leigetakar | Forsikringstakar | Kausjonist | "
             "Fødselsdato | Stad | Beløp | Dato", "Førde | Voss | Ørsta"),
    "nl": _l("Naam | Voornaam | Achternaam | E-mail | Telefoon | Huurder | Verzekerde | Borg | "
             "Geboortedatum | Plaats | Bedrag | Datum", "Utrecht | Zwolle | Groningen"),
    "pl": _l("Imię i nazwisko | Imię | Nazwisko | E-mail | Telefon | Najemca | Ubezpieczony | Poręczyciel | "
             "Data urodzenia | Miasto | Kwota | Data", "Poznań | Lublin | Gdańsk"),
    "pt": _l("Nome completo | Nome | Apelido | Email | Telefone | Inquilino | Segurado | Fiador | Data de nascimento | "
             "Localidade | Valor | Data", "Braga | Coimbra | Aveiro"),
    "ro": _l("Nume și prenume | Prenume | Nume | E-mail | Telefon | Chiriaș | Asigurat | Garant | Data nașterii | "
             "Oraș | Sumă | Data", "Cluj-Napoca | Iași | Brașov"),
    "sk": _l("Meno a priezvisko | Meno | Priezvisko | E-mail | Telefón | Nájomca | Poistený | Ručiteľ | "
             "Dátum narodenia | Mesto | Suma | Dátum", "Košice | Žilina | Nitra"),
    "sl": _l("Ime in priimek | Ime | Priimek | E-pošta | Telefon | Najemnik | Zavarovanec | Porok | Datum rojstva | "
             "Kraj | Znesek | Datum", "Maribor | Celje | Kranj"),
    "sv": _l("Namn | Förnamn | Efternamn | E-post | Telefon | Hyresgäst | Försäkringstagare | Borgensman | "
             "Födelsedatum | Ort | Belopp | Datum", "Uppsala | Västerås | Örebro"),
}  # fmt: skip

#: The word a mail client writes before the sender (``Von: Anna Berg <anna@…>``), per language.
FROM_WORDS: Final[dict[str, str]] = {
    "bg": "От", "cs": "Od", "da": "Fra", "de": "Von", "el": "Από", "en": "From", "es": "De", "et": "Saatja",
    "fi": "Lähettäjä", "fr": "De", "ga": "Ó", "hr": "Od", "hu": "Feladó", "is": "Frá", "it": "Da", "lb": "Vum",
    "lt": "Nuo", "lv": "No", "mt": "Minn", "nb": "Fra", "nn": "Frå", "nl": "Van", "pl": "Od", "pt": "De",
    "ro": "De la", "sk": "Od", "sl": "Od", "sv": "Från",
}  # fmt: skip
LABELS: Final[dict[str, Labels]] = {
    language: replace(labels, sender=FROM_WORDS[language]) for language, labels in _LABELS.items()
}
