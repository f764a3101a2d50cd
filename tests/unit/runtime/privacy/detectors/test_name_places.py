"""Places stay places in every language of the zone: a person's name next to a word naming a kind of place
(airport, station, monastery, church, museum, castle, gate, shopping centre, shop, café, branch, ATM), inside a
town's name or a town's inflected form, after a town word or an address word in prose, is no person; a person next
to a place still is. The sentences are this file's own."""

import pytest

from runtime.privacy.detectors import names
from runtime.privacy.detectors.name_text import Words
from runtime.privacy.types import NAME


def _names(text: str) -> list[str]:
    return sorted(text[span.start : span.end] for span in names.detect(text) if span.entity_type == NAME)


PLACES = (
    # a kind of place before the name, capitalized or right before it in lower case, hyphenated
    "A exposição é no Palácio Duarte Pacheco.",
    "Visitámos o Mosteiro Dom Dinis ontem.",
    "Wir treffen uns vor dem Einkaufszentrum Helene im Erdgeschoss.",
    "Das Einkaufszentrum Helene ist heute zu.",
    "La mostra è alla Galleria Umberto Primo di Napoli.",
    "Am plătit la Muzeul Grigore Antipa cu cardul.",
    "Buailfimid le chéile ag Ardeaglais Naomh Pádraig.",
    "Niltaqgħu fil-Kappella ta' Marija.",
    "Срещаме се пред храм-паметника Александър Невски.",
    "Το εστιατόριο Ελένη είναι κλειστό σήμερα.",
    # a kind of place after the name, in its case forms
    "Kohtume Jaani kirikus kell viis.",
    "Esmu pie Annas baznīcas Rīgā.",
    "Tiekamies Pētera baznīcā.",
    "Bankomatas yra Gedimino pilies papėdėje.",
    "Találkozunk a Mátyás-templomnál délben.",
    "Vi ses ved Frederiks Kirke klokka tre.",
    "We met at the Elizabeth Tower entrance.",
    # shops, restaurants, cafés, pharmacies, branches and ATMs named after a person
    "Reservei mesa no Restaurante Joana para sexta.",
    "Ich war gestern in der Bäckerei Sabine.",
    "Ho pagato con la carta alla Trattoria Giovanna.",
    "Rezervirao sam stol u Konobi Ivana.",
    "Zapłaciłam kartą w Aptece Ewa.",
    "Kohvik Liisa on täna suletud.",
    "Kavárna Petra je zavřená.",
    "Pagué en la cafetería Lucía con tarjeta.",
    "Клон Мария не работи в събота.",
    "The Stanley branch is closed today.",
    "Bankomat Kateřina nefunguje.",
    # a town's inflected form, a town named like a person after a town word
    "Δουλεύω κοντά στην Αθήνα.",
    "Gyvenu Šiaulių rajone.",
    "Élek Hódmezővásárhelyen és Székesfehérváron.",
    "Találkozzunk a Gellért-hegyen délután.",
    "vou ao centro comercial vasco da gama amanhã",
    "Ho aperto un conto nella filiale della città di Alba.",
    "Живея близо до Милан от години.",
    # monarchs' and saints' places
    "Kontoret ligger i Christian IVs gate.",
    "Živim u Svetom Ivanu Zelini.",
    "Stanujem u Svetom Martinu na Muri.",
    "Stanujem u mjestu Sveti Petar i Pavao.",
    # a given name that is a frequent word before a bank product's noun is the product's adjective
    "Moja Zlata kartica je potekla.",
    "Η Χρυσή Κάρτα μου έληξε χθες.",
    # an address word in prose before a street's name
    "Bankomat na adrese Karla Čapka nefunguje.",
    "Přišel mi dopis z pobočky Karla Čapka.",
    "Pood asub aadressil Anton Hansen Tammsaare.",
)


@pytest.mark.parametrize("text", PLACES)
def test_a_name_in_a_place_is_no_person(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Silva mora em Santa Maria da Feira.", ["Maria Silva"]),
        ("A Joana Costa trabalha no Palácio Duarte Pacheco.", ["Joana Costa"]),
        ("Ich habe mit Anna Schmidt im Einkaufszentrum gesprochen.", ["Anna Schmidt"]),
        ("Rezerwację zrobiła Katarzyna Nowak w kawiarni.", ["Katarzyna Nowak"]),
        ("Jonas Petraitis gyvena Kaune.", ["Jonas Petraitis"]),
        ("Nina Viitanen konttorista soitti.", ["Nina Viitanen"]),
        ("Send it to the address John gave you.", ["John"]),
        ("I paid at the bar Anna recommended.", ["Anna"]),
        ("Moji sinovi Petar i Pavao su došli.", ["Pavao", "Petar"]),
        ("A consulta foi no Hospital Santa Maria e Ana Silva foi comigo.", ["Ana Silva"]),
        ("Il-kont ta' Marija Borg huwa magħluq.", ["Marija Borg"]),
        ("Adresse: Anna Müller", ["Anna Müller"]),
        ("Yesterday Anna parks the car at the station.", ["Anna"]),
        ("Olgierd Wisła dzwonił wczoraj.", ["Olgierd Wisła"]),
        ("Klijent Castillo Teresa je došao.", ["Castillo Teresa"]),
        # after a kind of place in the locative, the sentence's subject may follow; after a nominative, the person
        ("Wczoraj w sklepie Anna kupiła chleb.", ["Anna"]),
        ("Wczoraj w kościele Anna śpiewała.", ["Anna"]),
        ("Včera v restauraci Petr zaplatil kartou.", ["Petr"]),
        ("Jučer u kafiću Ivana je platila račun.", ["Ivana"]),
        ("Eile kohvikus Liisa maksis kaardiga.", ["Liisa"]),
        ("Vakar kavinėje Ona sumokėjo kortele.", ["Ona"]),
        ("Eilen ravintolassa Helmi maksoi kortilla.", ["Helmi"]),
        ("Kohtume homme, Liisa kohvikus.", ["Liisa"]),
        ("Nina Virtakallio kirjastosta soitti.", ["Nina Virtakallio"]),
        # German and Dutch put the verb last: a person may follow a place after its article
        ("Ich habe im Kino Thomas getroffen.", ["Thomas"]),
        ("Wir haben in der Bäckerei Anna getroffen.", ["Anna"]),
        ("Ich habe am Bahnhof Peter abgeholt.", ["Peter"]),
        ("Heb je in het museum Jan gezien?", ["Jan"]),
        ("Ho incontrato in farmacia Giulia ieri.", ["Giulia"]),
        ("Posílám Petře kartu.", ["Petře"]),
        ("I sent Stella Smith the card.", ["Stella Smith"]),
        ("Na adrese Jan Novák nebydlí.", ["Jan Novák"]),
        ("Byłam w sklepie Anny Kowalskiej.", ["Anny Kowalskiej"]),
        ("I love the city Anna lives in.", ["Anna"]),
        ("Jag gillar staden Anna bor i.", ["Anna"]),
        ("Platio sam u kafiću Ivane Horvat.", ["Ivane Horvat"]),
        ("Miegħi kienet binti Tara.", ["Tara"]),
        ("Ένα μήνυμα από την Αθήνα.", ["Αθήνα"]),
        ("Jeg har talt med Patrick Lunds kone.", ["Patrick Lunds"]),
        ("Szia, Kovács Péter vagyok.", ["Kovács Péter"]),
    ],
)
def test_people_next_to_places_are_still_found(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_long_runs_of_capitalized_words_stay_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """The words looked at per name stay bounded: twice the run costs about twice the work, not four times."""
    steps = 0
    original = Words.joined

    def counting(self: Words, left: int, right: int) -> bool:
        nonlocal steps
        steps += 1
        return original(self, left, right)

    monkeypatch.setattr(Words, "joined", counting)

    def work(repeats: int) -> int:
        nonlocal steps
        steps = 0
        names.detect("farmacia " + " ".join(["Giulia Rossi"] * repeats))
        return steps

    short, long = work(150), work(300)
    assert short > 0
    assert long <= 2.2 * short
