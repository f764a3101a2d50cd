"""Names and street addresses as people write them, end to end: built-in detection, then the text the model gets.

Each message goes through `Detector` (no Comprehend: the languages it cannot read depend on this alone) and
`pseudonymize_message`, as a turn does; the model's text is compared whole, so a value left in the clear and a
word masked too many both fail.
"""

from __future__ import annotations

from typing import Any

import pytest

from runtime.chat.user_message import pseudonymize_message
from runtime.privacy.comprehend_plan import PlannedCall
from runtime.privacy.detection import Detector
from runtime.privacy.market_languages import MARKET_LANGUAGES
from runtime.settings import Settings
from tests.unit.runtime.settings_env import minimal_env

ENV = minimal_env({"CHAT_LANGUAGES": ",".join(sorted(MARKET_LANGUAGES)), "CHAT_COMPREHEND_ENABLED": "false"})


class NoComprehend:
    """Comprehend switched off: any call is a failure of the test."""

    async def send(self, call: PlannedCall) -> dict[str, Any]:
        raise AssertionError(f"unexpected Comprehend call {call.operation}")


DETECTOR = Detector(Settings.from_env(ENV), NoComprehend())


async def model_text(message: str) -> str:
    detection = await DETECTOR.detect(message)
    return pseudonymize_message(message, detection.spans, {}).text


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # capitals
        ("Sou a MARTA LOPES e queria ajuda.", "Sou a [NAME_1] e queria ajuda."),
        ("Titular: JOSÉ ALVES PINTO", "Titular: [NAME_1]"),
        ("POR FAVOR LIGUEM AO PEDRO MARTINS HOJE", "POR FAVOR LIGUEM AO [NAME_1] HOJE"),
        # lower case, without an introduction
        ("a conta é da joana ferreira desde 2019", "a conta é da [NAME_1] desde 2019"),
        ("nagy eszter hívott tegnap", "[NAME_1] hívott tegnap"),
        # surname first
        ("Il conto è intestato a Bianchi Giulia.", "Il conto è intestato a [NAME_1]."),
        # signatures: after a closing word, or the last line
        ("Preciso de ajuda.\nCumprimentos,\nMarta Lopes", "Preciso de ajuda.\nCumprimentos,\n[NAME_1]"),
        (
            "Bitte um Rückruf.\n\nMit freundlichen Grüßen\nJürgen Weber",
            "Bitte um Rückruf.\n\nMit freundlichen Grüßen\n[NAME_1]",
        ),
        ("Can you send me the statement?\nAna Ferreira", "Can you send me the statement?\n[NAME_1]"),
        # contact phrases
        ("falei com a ana silva ontem", "falei com a [NAME_1] ontem"),
        ("I spoke with Emma Watson yesterday.", "I spoke with [NAME_1] yesterday."),
        ("Ich habe mit Anna Schneider gesprochen.", "Ich habe mit [NAME_1] gesprochen."),
        ("ich habe mit anna schneider gesprochen", "ich habe mit [NAME_1] gesprochen"),
        ("Ich bin Betreuerin von Anna Schneider.", "Ich bin Betreuerin von [NAME_1]."),
        # inflected
        ("Rozmawiałem z Anną Kowalską wczoraj.", "Rozmawiałem z [NAME_1] wczoraj."),
        ("Mluvil jsem s Petrem Novákem.", "Mluvil jsem s [NAME_1]."),
        ("Hovoril som s Petrom Horváthom.", "Hovoril som s [NAME_1]."),
        ("Kalbėjau su Tomu Kazlausku.", "Kalbėjau su [NAME_1]."),
        ("Runāju ar Jāni Bērziņu.", "Runāju ar [NAME_1]."),
        ("Μίλησα με τον Γιώργο Παπαδόπουλο.", "Μίλησα με τον [NAME_1]."),
        ("mluvil jsem s petrem novákem", "mluvil jsem s [NAME_1]"),  # inflected and in lower case
        ("kalbėjau su tomu kazlausku", "kalbėjau su [NAME_1]"),
        ("μίλησα με τον γιώργο παπαδόπουλο", "μίλησα με τον [NAME_1]"),
        # surname first at the start of a message, greetings, a common word after the surname
        ("Kowalski Jan, PESEL do uzupełnienia", "[NAME_1], PESEL do uzupełnienia"),
        ("a nevem kovács péter", "a nevem [NAME_1]"),
        ("søren kierkegaard ringede i går", "[NAME_1] ringede i går"),
        ("ursula von der leyen", "[NAME_1]"),
        ("Caro Marco, ho una domanda.", "Caro [NAME_1], ho una domanda."),
        ("Olá Sofia, tudo bem?", "Olá [NAME_1], tudo bem?"),
        ("la carte de jean dupont est bloquée", "la carte de [NAME_1] est bloquée"),
        # initials
        ("Falei com a Ana M. Silva ontem.", "Falei com a [NAME_1] ontem."),
        ("ANA M. SILVA", "[NAME_1]"),
        ("O gestor é o J. Kowalski.", "O gestor é o [NAME_1]."),
        # pasted JSON, CSV and forms
        ("RUI NEVES;913 222 111", "[NAME_1];[PHONE_1]"),
        ('{"nome": "inês matos", "telefone": "913 222 111"}', '{"nome": "[NAME_1]", "telefone": "[PHONE_1]"}'),
        ('{"NAME": "RUI NEVES"}', '{"NAME": "[NAME_1]"}'),
        ("Nachname: Müller\nVorname: Hans", "Nachname: [NAME_1]\nVorname: [NAME_2]"),
        ("titular: ana rita costa", "titular: [NAME_1]"),
        ("nome;telefone\nRui Neves;913 222 111", "nome;telefone\n[NAME_1];[PHONE_1]"),
    ],
)
async def test_names_reach_the_model_as_placeholders(message: str, expected: str) -> None:
    assert await model_text(message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Моят съпруг Георги Иванов загуби картата си.", "Моят съпруг [NAME_1] загуби картата си."),  # bg
        ("Můj manžel Petr ztratil kartu.", "Můj manžel [NAME_1] ztratil kartu."),  # cs
        ("Min mand Lars har mistet sit kort.", "Min mand [NAME_1] har mistet sit kort."),  # da
        ("Meine Frau Anna hat ihre Karte verloren.", "Meine Frau [NAME_1] hat ihre Karte verloren."),  # de
        ("Ο σύζυγός μου Γιώργος έχασε την κάρτα.", "Ο σύζυγός μου [NAME_1] έχασε την κάρτα."),  # el
        ("My husband John lost his card.", "My husband [NAME_1] lost his card."),  # en
        ("Mi hermana Lucía perdió la tarjeta.", "Mi hermana [NAME_1] perdió la tarjeta."),  # es
        ("Minu mees Jaan kaotas kaardi.", "Minu mees [NAME_1] kaotas kaardi."),  # et
        ("Mieheni Matti hukkasi korttinsa.", "Mieheni [NAME_1] hukkasi korttinsa."),  # fi
        ("Mon mari Pierre a perdu sa carte.", "Mon mari [NAME_1] a perdu sa carte."),  # fr
        ("Chaill m'fhear céile Seán a chárta.", "Chaill m'fhear céile [NAME_1] a chárta."),  # ga
        ("Moj muž Ivan izgubio je karticu.", "Moj muž [NAME_1] izgubio je karticu."),  # hr
        ("A férjem Péter elvesztette a kártyáját.", "A férjem [NAME_1] elvesztette a kártyáját."),  # hu
        ("Maðurinn minn Jón týndi kortinu.", "Maðurinn minn [NAME_1] týndi kortinu."),  # is
        ("Mio marito Marco ha perso la carta.", "Mio marito [NAME_1] ha perso la carta."),  # it
        ("Mäi Mann Jang huet seng Kaart verluer.", "Mäi Mann [NAME_1] huet seng Kaart verluer."),  # lb
        ("Mano vyras Tomas pametė kortelę.", "Mano vyras [NAME_1] pametė kortelę."),  # lt
        ("Mans vīrs Jānis pazaudēja karti.", "Mans vīrs [NAME_1] pazaudēja karti."),  # lv
        ("Żewġi Joseph tilef il-karta.", "Żewġi [NAME_1] tilef il-karta."),  # mt
        ("Min mann Ole har mistet kortet.", "Min mann [NAME_1] har mistet kortet."),  # nb
        ("Mijn man Jan is zijn kaart kwijt.", "Mijn man [NAME_1] is zijn kaart kwijt."),  # nl
        ("Mój syn Piotr zgubił kartę.", "Mój syn [NAME_1] zgubił kartę."),  # pl
        ("O meu marido Rui perdeu o cartão.", "O meu marido [NAME_1] perdeu o cartão."),  # pt
        ("o meu marido rui perdeu o cartão", "o meu marido [NAME_1] perdeu o cartão"),  # pt, lower case
        ("O MEU MARIDO RUI PERDEU O CARTÃO", "O MEU MARIDO [NAME_1] PERDEU O CARTÃO"),  # pt, capitals
        ("Soțul meu Andrei a pierdut cardul.", "Soțul meu [NAME_1] a pierdut cardul."),  # ro
        ("Môj manžel Peter stratil kartu.", "Môj manžel [NAME_1] stratil kartu."),  # sk
        ("Moj mož Marko je izgubil kartico.", "Moj mož [NAME_1] je izgubil kartico."),  # sl
        ("Min man Erik har tappat sitt kort.", "Min man [NAME_1] har tappat sitt kort."),  # sv
    ],
)
async def test_a_name_after_a_relation_word_in_every_market_language(message: str, expected: str) -> None:
    assert await model_text(message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # street words in the case people use
        ("Μένω στην οδό Σταδίου 7.", "Μένω στην [ADDRESS_1]."),
        ("Το γραφείο είναι στη Λεωφόρο Κηφισίας 12.", "Το γραφείο είναι στη [ADDRESS_1]."),
        ("Mieszkam przy ulicy Marszałkowskiej 10.", "Mieszkam przy [ADDRESS_1]."),
        ("Bydlím v ulici Vodičkova 30.", "Bydlím v ulici [ADDRESS_1]."),  # the street as named: "ulici" the sentence's
        ("Býva na ulici Špitálskej 8.", "Býva na [ADDRESS_1]."),
        ("Živim u Ulici grada Vukovara 20.", "Živim u [ADDRESS_1]."),
        ("Biuras yra Vilniaus gatvėje 5.", "Biuras yra [ADDRESS_1]."),
        ("Irodánk a Váci utcában 12 van.", "Irodánk a [ADDRESS_1] van."),
        ("Birojs ir Brīvības ielā 5.", "Birojs ir [ADDRESS_1]."),
        ("Kontor asub Pärnu maanteel 10.", "Kontor asub [ADDRESS_1]."),
        ("Gyvenu Gedimino prospekte 9-3.", "Gyvenu [ADDRESS_1]."),
        ("Dzīvoju Brīvības ielā 5-12, Rīgā.", "Dzīvoju [ADDRESS_1], Rīgā."),
        ("Lakom az Andrássy úton 5.", "Lakom az [ADDRESS_1]"),  # a Hungarian house number keeps its dot
        ("Mieszkam na ulicy Długiej 5.", "Mieszkam na [ADDRESS_1]."),
        ("Biuro jest na placu Wolności 3.", "Biuro jest na [ADDRESS_1]."),
        ("Bydlím v Pařížské ulici 5.", "Bydlím v [ADDRESS_1]."),
        ("Stanujem na Slovenski cesti 5.", "Stanujem na [ADDRESS_1]."),
        ("Stanujem na Prešernovem trgu 3.", "Stanujem na [ADDRESS_1]."),
        ("Asun Mannerheimintiellä 5.", "Asun [ADDRESS_1]."),
        ("Toimisto on Hämeenkadulla 5.", "Toimisto on [ADDRESS_1]."),
        ("Το κατάστημα της οδού Ερμού 5.", "Το κατάστημα της [ADDRESS_1]."),
        ("Ég bý á Laugavegi 5.", "Ég bý á [ADDRESS_1]."),
        ("Живея на ул. Витоша 5.", "Живея на [ADDRESS_1]."),
        ("Locuiesc pe strada Lipscani nr. 5.", "Locuiesc pe [ADDRESS_1]."),
        ("Noqgħod fi Triq il-Kbira 5.", "Noqgħod fi [ADDRESS_1]."),
        ("Tá mé i mo chónaí ar Shráid Grafton 5.", "Tá mé i mo chónaí ar [ADDRESS_1]."),
        # compound street names
        ("Ik woon aan de Dorpsstraat 12 in Utrecht.", "Ik woon aan de [ADDRESS_1] in Utrecht."),
        ("Ik woon op de Kerklaan 5.", "Ik woon op de [ADDRESS_1]."),
        ("Adres: Stationsweg 3, Zwolle.", "Adres: [ADDRESS_1], Zwolle."),
        ("Adres: Ringbaan 22.", "Adres: [ADDRESS_1]."),
        ("Het kantoor is Marktplein 8.", "Het kantoor is [ADDRESS_1]."),
        ("Ik woon op Julianahof 14.", "Ik woon op [ADDRESS_1]."),
        ("Adres: Beukendreef 9.", "Adres: [ADDRESS_1]."),
        ("Wohnhaft Goethestraße 12, Berlin.", "Wohnhaft [ADDRESS_1], Berlin."),
        ("Ich wohne am Lindenweg 4.", "Ich wohne am [ADDRESS_1]."),
        ("Wir sind am Kaiserring 5.", "Wir sind am [ADDRESS_1]."),
        ("Wir wohnen Kastanienallee 9.", "Wir wohnen [ADDRESS_1]."),
        ("Jag bor på Storgatan 12.", "Jag bor på [ADDRESS_1]."),
        ("Jag bor på Kungsvägen 3.", "Jag bor på [ADDRESS_1]."),
        ("Jeg bor på Nørrevej 7.", "Jeg bor på [ADDRESS_1]."),
        ("Jeg bor på Østerbrogade 45.", "Jeg bor på [ADDRESS_1]."),
        ("Osoite on Hämeenkatu 5.", "Osoite on [ADDRESS_1]."),
        ("Asun Mannerheimintie 10 B 12.", "Asun [ADDRESS_1]."),
        ("Osoite: Koivukuja 3.", "Osoite: [ADDRESS_1]."),
        ("Toimisto on osoitteessa Esplanadi bulevardi 4.", "Toimisto on osoitteessa [ADDRESS_1]."),
        ("Lakcím: Kossuth Lajos utca 10.", "Lakcím: [ADDRESS_1]"),
        ("Budapest, Üllői út 45.", "Budapest, [ADDRESS_1]"),  # the dot is the number's
        ("Lakcím: Széchenyi tér 3.", "Lakcím: [ADDRESS_1]"),
        # no street word: the house number with a postcode and town, or a Czech double number
        ("Bydlím Vodičkova 30, 110 00 Praha.", "Bydlím [ADDRESS_1]."),
        ("Sídlo je Vinohradská 1511/230.", "Sídlo je [ADDRESS_1]."),
        # house-number forms
        ("Vivo en la calle Alcalá 64/3, Madrid.", "Vivo en la [ADDRESS_1], Madrid."),
        ("Ons adres is Keizersgracht 15 hs.", "Ons adres is [ADDRESS_1]."),
        ("Moro na Rua Augusta 27, 3º Esq.", "Moro na [ADDRESS_1]"),  # the abbreviation keeps its dot
        ("Abito in Via Roma 10, Piano 2, Appartamento 33.", "Abito in [ADDRESS_1]."),
        ("Vivo en Calle Mayor nr. 45.", "Vivo en [ADDRESS_1]."),
        ("J'habite 71 bis rue de la Paix, 75002 Paris.", "J'habite [ADDRESS_1]."),
        # abbreviations
        ("Moro na R. Augusta 27, Lisboa.", "Moro na [ADDRESS_1], Lisboa."),
        ("Moro na Av Liberdade 100.", "Moro na [ADDRESS_1]."),
        ("Locuiesc pe Bdul. Unirii 5.", "Locuiesc pe [ADDRESS_1]."),
        ("J'habite 12 ch. des Vignes, 1000 Lausanne.", "J'habite [ADDRESS_1]."),
        ("Ich wohne in der Hauptstr. 5, 10115 Berlin.", "Ich wohne in der [ADDRESS_1]."),
        # lower case after moro na, I live at, ich wohne in
        ("moro na rua do ouro 45 em lisboa", "moro na [ADDRESS_1] em lisboa"),
        ("i live at 12 baker street", "i live at [ADDRESS_1]"),
        ("ich wohne in der lindenstraße 12", "ich wohne in der [ADDRESS_1]"),
        ("Morada: rua augusta 27", "Morada: [ADDRESS_1]"),  # and after an address label
        ("Meine Adresse ist Hauptstr 5.", "Meine Adresse ist [ADDRESS_1]."),
        # a street without a street word after "I live"
        ("Mieszkam na Marszałkowskiej 10/5.", "Mieszkam na [ADDRESS_1]."),
        ("Bydlím na Vinohradské 12.", "Bydlím na [ADDRESS_1]."),
        # floors and flats of other countries
        ("Kerkstraat 12-II, Amsterdam", "[ADDRESS_1], Amsterdam"),
        ("Jeg bor på Vesterbrogade 3, 2. tv.", "Jeg bor på [ADDRESS_1]"),
        ("Jeg bor i Storgata 5 B, 0155 Oslo.", "Jeg bor i [ADDRESS_1]."),
        ("Ich wohne in der Hauptstraße 12, 3. OG.", "Ich wohne in der [ADDRESS_1]."),
        ("Wohnung: Mariahilfer Straße 5/Top 7", "Wohnung: [ADDRESS_1]"),
        ("Abito in Via Roma 10/A, scala B, interno 5.", "Abito in [ADDRESS_1]."),
        ("Vivo en Calle Mayor 5, bajo izq.", "Vivo en [ADDRESS_1]"),
        ("Moro na Rua Augusta 27, r/c esq.", "Moro na [ADDRESS_1]"),
        ("Budapest, Andrássy út 60. II. emelet 3.", "Budapest, [ADDRESS_1]"),
        ("Adresa: Strada Lipscani nr. 5, bl. A, sc. 2, ap. 14, București", "Adresa: [ADDRESS_1], București"),
        # postcode and town before the street, or a marked postcode after the town
        ("Lakcímem: 1051 Budapest, Nádor utca 12.", "Lakcímem: [ADDRESS_1]"),
        ("Adrese: Brīvības iela 5-12, Rīga, LV-1010", "Adrese: [ADDRESS_1]"),
        ("Адрес: ул. „Витоша“ 15, 1000 София", "Адрес: [ADDRESS_1]"),  # a quoted street name
        ("Mariahilfer Straße 12/3/7, 1060 Wien", "[ADDRESS_1]"),
        # postal addresses over several lines
        ("Rua Augusta 27\n1100-048 Lisboa", "[ADDRESS_1]"),
        ("Marta Lopes\nRua Augusta 27\n1100-048 Lisboa", "[NAME_1]\n[ADDRESS_1]"),
        ("Marta Lopes\nRua Augusta 27\n1100-048 Lisboa\nPortugal", "[NAME_1]\n[ADDRESS_1]\nPortugal"),
        ("JAN KOWALSKI\nUL. MARSZAŁKOWSKA 10/5\n00-001 WARSZAWA", "[NAME_1]\n[ADDRESS_1]"),
    ],
)
async def test_addresses_reach_the_model_as_placeholders(message: str, expected: str) -> None:
    assert await model_text(message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "a agência da Avenida Almirante Reis fecha às 15h",  # a street without a house number
        "in via Giuseppe Verdi c'è una filiale",
        "Estoy en San Sebastián esta semana.",  # towns and well-known places
        "A loja de Santa Maria da Feira abriu.",
        "Vou a San Sebastián e depois a Santa Maria da Feira.",
        "Lavoro a Reggio Emilia da due anni.",
        "We flew to Prince Edward Island and the Northern Mariana Islands.",  # a place noun after the name
        "A consulta é no Hospital Santa Maria.",
        "Die Filiale in der Goethestraße hat geöffnet.",
        "moro na rua do ouro e tenho 45 anos",
        "Na trgu je tržnica 5 dni v tednu.",
        "I live in London 5 days a week.",
        "Vivo en Madrid desde 2019.",
        "Obrigado.\nPortugal",  # a country on the last line is no signature
        "Hallo Bank, ich habe eine Frage.",
        "Vou a S. Bento amanhã.",  # São
        "mluvil jsem s bankou o úvěru",  # an inflected word after a contact phrase that is no name
        "rozmawiałem z bankiem",
        "Moro em Lisboa. P. S. Obrigada.",
        # lower-case words that are given names somewhere, before a rare (inflected) word
        "Assistent andis tühja vastuse.",
        "Atbildei vajadzēja vairāk rīku izsaukumu.",
        "andre personoplysninger",
        "Shift+Enter vloží nový řádek.",
        "Kull placeholder jieħu post valur tiegħek.",
        "Maj+Entrée ajoute une ligne.",
        "Ontem liguei para o banco.",
    ],
)
async def test_places_reach_the_model_unchanged(message: str) -> None:
    assert await model_text(message) == message
