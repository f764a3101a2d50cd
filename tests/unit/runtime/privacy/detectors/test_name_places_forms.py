"""Places named for people, told by their grammar in every language of the zone: a saint's word in any of its
cases, an adjective before a hill's or a village's noun, a branch's street after its preposition, the second
street of a corner, a Greek article of another gender than a person's. People in the same shapes are still
found. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.types import NAME


def _names(text: str) -> list[str]:
    return sorted(text[span.start : span.end] for span in names.detect(text) if span.entity_type == NAME)


PLACES = (
    # the saint's word in its cases and genders
    "Mieszkam w Święta Anna od roku.",
    "Wracam ze Świętej Katarzyny pociągiem.",
    "Kostol svätej Alžbety je dnes zatvorený.",
    "Pobočka vo Svätom Jure je otvorená.",
    "Bydlím ve Svatém Janu pod Skalou.",
    "Banka v Svetem Juriju je zaprta.",
    "Bankomat u Svetoj Nedelji ne radi.",
    "Kortelę pamečiau prie šventojo Jono bažnyčios.",
    "Biserica Sfântul Gheorghe are un bancomat.",
    "Per San Giuseppe fate orario ridotto?",
    "De Sfinții Constantin și Elena e zi liberă?",
    "Pankkiautomaatti on Pyhän Henrikin aukiolla.",
    "Kohtume Püha Vaimu kiriku juures.",
    # an adjective before a West Slavic noun of a hill, a village or a lake
    "Byłem na Jasnej Górze w niedzielę.",
    "Przelew do Starej Woli nie doszedł.",
    "Bydlíme ve Staré Vsi u Ostravy.",
    # a branch's, an ATM's or a shop's street after its preposition, and the second street of a corner
    "Oddział na Adama Mickiewicza jest zamknięty?",
    "czy bankomat przy stefana żeromskiego działa",
    "placówka na rogu józefa bema i tadeusza kościuszki",
    "Pobočka je na rohu Karla Čapka a Jana Nerudy.",
    # a Greek neuter article (an airport, a stadium), a feminine one before a man's genitive (a street)
    "Προσγειώθηκα στο Ελευθέριος Βενιζέλος χθες.",
    "Το κατάστημα στην Ελευθερίου Βενιζέλου είναι ανοιχτό;",
    "Το ΑΤΜ είναι στη γωνία Ανδρέα Παπανδρέου και Σταδίου.",
    # a feminine article before a genitive no woman's accusative takes: a man's in -ς or without it, a title's
    "Το κατάστημα στην Ανδρέα Συγγρού είναι ανοιχτό;",
    "Στην Οδυσσέα Ανδρούτσου υπάρχει ΑΤΜ;",
    "Υπάρχει ΑΤΜ στη Φωκίωνος Νέγρη;",
    "Έχει ΑΤΜ στη Δουκίσσης Πλακεντίας;",
    "Το κατάστημα στην Εμμανουήλ Μπενάκη έχει ταμείο;",
    "Υπάρχει ΑΤΜ στη Μεγάλου Αλεξάνδρου;",
    "Στη γωνία Σταδίου και Εμμανουήλ Μπενάκη υπάρχει ΑΤΜ;",
    # a Greek noun of a public place right before a name without its article, in any case
    "Πλήρωσα εισιτήριο για το πλοίο Ελευθέριος Βενιζέλος προς Χανιά.",
    "έχασα το πορτοφόλι μου στο στάδιο γεώργιος καραϊσκάκης.",
    "Στο μουσείο Καζαντζάκη στο Ηράκλειο δεν δέχονται κάρτα.",
    "το ίδρυμα σταύρος νιάρχος έχει ατμ;",
    # Icelandic writes a woman's name in its case after a preposition: a nominative there is a place's or a shop's
    "Er hraðbanki nálægt Sunna?",
    "Ég borgaði með kortinu á Vala í gær.",
    "Tónleikar í tónlistarhúsinu Harpa á laugardag.",
    "Útibúið Sunna er lokað.",
    "Miðarnir fyrir ráðstefnuhúsið Sunna voru dýrir.",
    "Ég borgaði í listasafninu Vala, en færslan fór tvisvar.",
    # a kind of place after the name that is a given name somewhere but more often a word; a Maltese school
    "Am plătit la Iulius Mall ieri.",
    "Il-Kulleġġ Ġużè Ellul Mercer jagħlaq fis-sitta.",
    # a place opens and closes; a person does not
    "Veistu hvort Harpa er opin á sunnudögum?",
    "Sabe se o Vasco da Gama está aberto ao domingo?",
    "Quando abre o Vasco da Gama?",
    "Do you know if Harrods is open on Sunday?",
    # a preposition that only places follow, before a name of several words (a shop, a landmark)
    "Há um multibanco perto do Vasco da Gama?",
    "Is there a cash machine near John Lewis?",
    "C'è un bancomat vicino al Carlo Felice?",
    # a town's or a region's administration after its name
    "The branch in King's Lynn Borough is closed.",
    # an English title of rank after ``the``, a kind of place after a name: a pub, a ship, a trust
    "The Admiral Rodney took my card.",
    "I paid at the Lord Nelson yesterday.",
    "I paid into the Kate Kennedy Trust.",
    "I paid Kildare County Council by card.",
    # a West Slavic school, library, university or institute named for a person, its noun in a case
    "Platil jsem na Gymnáziu Jana Keplera a neprošlo to.",
    "PLATIL JSEM NA GYMNÁZIU JANA KEPLERA A NEPROŠLO TO.",
    "Mám dotaz na platbu v Knihovně Václava Havla z pondělí.",
    "na univerzitě jana evangelisty purkyně mi neprošla platba",
    "Školné na ZŠ Jana Wericha jsem platil kartou.",
    "Opłata w Fundacji Jana Pawła II nie przeszła.",
    # a Hungarian street word in a case after the person it is named for
    "Hol van a legközelebbi bankautomata a Deák Ferenc térnél?",
    "hol van a bankautomata a deák ferenc térnél",
    "A Kossuth Lajos utcához közel van a fiók?",
    "Az Andrássy útig sétáltam, de nem találtam automatát.",
    # a street word after the name in a message in capitals, which the run takes in
    "JEG HAR TIME PÅ RÅDHUSET I FRIDTJOF NANSENS PLASS PÅ TIRSDAG.",
    "HOL VAN A BANKAUTOMATA A DEÁK FERENC TÉRNÉL?",
    "I PAID BY CARD AT ALBERT STREET YESTERDAY.",
    "KRÁL KAREL IV. JE NA BANKOVCE?",
    # a town word that is a given name elsewhere, before a small town's name, in lower case or in capitals
    "elan linn otepää lähedal",
    "KAS PANK ON LINN NARVA-JÕESUU KESKUSES?",
    # a mountain range's word that is a surname too, before the range's name
    "En Nochevieja voy a Sierra Nevada, ¿subo el límite?",
    # a compound naming a kind of place after the name
    "Ida-Tallinna Keskhaigla saatis arve, kas saan selle äpis maksta?",
    # a town named like a person after a West Slavic preposition of a place, in its case
    "Na Dušičky idem do Martina, potrebujem vybrať hotovosť.",
    "Bývam v Martine a pracujem v Žiline.",
    "Mieszkam w Jarosławiu od roku.",
    # a town named like a person in a Finnic or Hungarian inner local case; a large one after a place's preposition
    "Onko Kaarinassa konttori?",
    "Sõidan Elvasse homme.",
    "L'assicurazione non paga la grandine a Verona.",
    "Voy a Palma mañana, ¿funciona la tarjeta?",
)


@pytest.mark.parametrize("text", PLACES)
def test_a_place_told_by_its_grammar_is_no_person(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dzwoniła Anna Góra w sprawie karty.", ["Anna Góra"]),
        ("Volal mi Jan Hora z pobočky.", ["Jan Hora"]),
        ("Czekam na Adama Nowaka od rana.", ["Adama Nowaka"]),
        ("Byłem na rogu i Anna Kowalska mnie zawołała.", ["Anna Kowalska"]),
        ("Έστειλα τα χρήματα στον Γιώργο Παπαδόπουλο.", ["Γιώργο Παπαδόπουλο"]),
        ("Μίλησα με την Ελένη Παπαδοπούλου χθες.", ["Ελένη Παπαδοπούλου"]),
        ("Έστειλα χρήματα στην Ελένη Παπαδοπούλου.", ["Ελένη Παπαδοπούλου"]),
        ("Έστειλα χρήματα στη Μαρία Ανδρέου.", ["Μαρία Ανδρέου"]),
        ("Έστειλα χρήματα στον Ανδρέα Συγγρό.", ["Ανδρέα Συγγρό"]),
        ("Στο νοσοκομείο η Μαρία Παπαδοπούλου με βοήθησε.", ["Μαρία Παπαδοπούλου"]),
        ("Η κάρτα του Ανδρέα Παπαδόπουλου χάθηκε.", ["Ανδρέα Παπαδόπουλου"]),
        ("Ég talaði við Sunnu Jónsdóttur í gær.", ["Sunnu Jónsdóttur"]),
        ("Ég hitti Sunnu á kaffihúsi.", ["Sunnu"]),
        ("Anna Parish called me yesterday.", ["Anna Parish"]),
        ("Admiral Rodney called me yesterday.", ["Rodney"]),
        ("Per Andersson ringde igår.", ["Per Andersson"]),
        ("I spoke to the Captain John Smith yesterday.", ["John Smith"]),
        ("Acho que a Ana Silva abre a conta amanhã.", ["Ana Silva"]),
        ("Ich glaube, Anna öffnet morgen das Konto.", ["Anna"]),
        ("When does Anna open the account?", ["Anna"]),
        ("I heard Anna closed her account.", ["Anna"]),
        ("Falei com o Vasco Gama perto do banco.", ["Vasco Gama"]),
        ("Ve škole jsem potkal Jana Nováka.", ["Jana Nováka"]),
        ("Idem do Martina Nováka na návštevu.", ["Martina Nováka"]),
        ("Przelew do Anny nie doszedł.", ["Anny"]),
        ("HEJ, JAG HETER ANNA LINDQVIST.", ["ANNA LINDQVIST"]),
        ("linn andersson ringde igår", ["linn andersson"]),
        ("Hablé con José Sierra ayer.", ["José Sierra"]),
        ("Soitin Kaarinalle eilen.", ["Kaarinalle"]),
        ("Jag betalade Martins räkning.", ["Martins"]),
        ("Anna Verona mi ha chiamato.", ["Anna Verona"]),
    ],
)
def test_people_in_the_same_shapes_are_still_found(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a case of a frequent word that ends as a surname does, after a word the lists lack
        "Ar galima mokėjimą atidėti savaitei?",
        "ar galiu atidėti įmoką savaitei",
        # frequent words of the languages without a frequency list, after a given name's look-alike
        "An mbeidh mé in ann airgead a aistriú le linn na saoire?",
        "kohtume jaani ääres homme",
        # a case of a word that reads as a listed surname's case, after a given name's look-alike
        "máte pobočku v mostě nebo v teplicích?",
        "MÁTE POBOČKU V BRATISLAVE?",
        # Nynorsk words, which wordfreq's Norwegian list lacks
        "PÅ NYTTÅRSAFTAN REISER EG TIL HEMSEDAL, BØR EG AUKE GRENSA?",
        # Estonian words of online banking
        "KAS SAAN SISSE LOGIDA",
    ],
)
def test_frequent_words_are_no_surnames(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pervedžiau pinigus Rūtai Petrauskienei.", ["Rūtai Petrauskienei"]),
        ("rūta petrauskienė paskambins", ["rūta petrauskienė"]),
        ("Is mise Seán Ó Briain.", ["Seán Ó Briain"]),
    ],
)
def test_surnames_of_that_shape_are_still_found(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
