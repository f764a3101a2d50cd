"""Passport numbers a message talks about a sentence after its passport word (no label right before the number), in
every language of the market; and the codes of orders, parcels and bookings near a passport word, which stay."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.spans import merge_spans


def merged(text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in merge_spans(detect_builtin(text), text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The embassy kept my passport for a week; the number they gave back was RT5521908.", "RT5521908"),  # en
        ("Mein Reisepass läuft ab, die alte Nummer ist noch CF2290175 – brauche ich einen neuen?", "CF2290175"),  # de
        ("Mon passeport a expiré. L'ancien portait le numéro 18AB34567? non, c'est YP4410873.", "YP4410873"),  # fr
        ("Mijn paspoort is verlopen, het oude was NV7730215 als ik me goed herinner", "NV7730215"),  # nl
        ("Mäi Pass ass ofgelaf, deen ale war LK3310972", "LK3310972"),  # lb
        ("Il passaporto di mia figlia scade a maggio, il numero attuale è YB6602184", "YB6602184"),  # it
        ("Renové el pasaporte la semana pasada y ahora el nuevo es PX8819204", "PX8819204"),  # es
        ("O meu passaporte foi roubado em Faro; tinha o número CB4471930 se precisarem", "CB4471930"),  # pt
        ("Fuair mé pas nua inné, seo an uimhir nua: PJ2281736 más gá", "PJ2281736"),  # ga
        ("Zgubiłem paszport na lotnisku, stary miał numer ZK5530271, co teraz?", "ZK5530271"),  # pl
        ("Ztratila jsem pas v Brně. Bylo to myslím GT7740128.", "GT7740128"),  # cs
        ("Stratil sa mi pas na chate, jeho číslo bolo PR6650293", "PR6650293"),  # sk
        ("Potni list mi poteče junija, številka je še vedno PD3390174", "PD3390174"),  # sl
        ("Putovnica mi je istekla, stara je bila 0K? ne, HB1190482", "HB1190482"),  # hr
        ("Elvesztettem az útlevelemet a vonaton. A száma FT2280467 volt.", "FT2280467"),  # hu
        ("Mi-am pierdut pașaportul la Cluj, avea seria și numărul RX4430561", "RX4430561"),  # ro
        ("Изгубих паспорта си в Пловдив, номерът беше ВК7720193 – не, латиница: MK7720193", "MK7720193"),  # bg
        ("Έχασα το διαβατήριό μου στη Θεσσαλονίκη, ο αριθμός ήταν AN5510287", "AN5510287"),  # el
        ("Tlift il-passaport tiegħi f'Għawdex, in-numru kien MT4420196", "MT4420196"),  # mt
        ("Mit pas er udløbet, det gamle nummer var DK8830145, hvad gør jeg?", "DK8830145"),  # da
        ("Passet mitt har gått ut, det gamla var SE5540319 tror jag", "SE5540319"),  # sv
        ("Passet mitt ble stjålet i Bergen, nummeret var NO7710264", "NO7710264"),  # nb
        ("Passet mitt vart stole på ferja, nummeret var NN4490318", "NN4490318"),  # nn
        ("Vegabréfið mitt týndist á Keflavík, númerið var IS3370152", "IS3370152"),  # is
        ("Passini vanheni, vanhan numero oli FI9920473 jos oikein muistan", "FI9920473"),  # fi
        ("Mu pass kaotati Tartus, vana number oli EE6680231", "EE6680231"),  # et
        ("Pazaudēju pasi Rīgā, vecais numurs bija LV2210587", "LV2210587"),  # lv
        ("Pamečiau pasą Kaune, senas numeris buvo LT3350914", "LT3350914"),  # lt
        ("my passport got soaked in the rain. old one was ab1234567 i think", "ab1234567"),  # lower case
    ],
)
def test_a_passport_shaped_code_after_a_passport_word_is_found(text: str, number: str) -> None:
    assert ("PASSPORT", number) in merged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The passport photo is ready, order AB1234567 ships on Monday.",
        "Passfoto fertig, Bestellnummer: CD7654321 bitte abholen",
        "Photos de passeport prêtes, commande n° EF1234567 à retirer",
        "Zdjęcia do paszportu gotowe, zamówienie GH7654321 do odbioru",
        "Je n'ai pas reçu le colis JK1234567, pouvez-vous vérifier ?",
        "Renew my passport next year. Parcel AB1234567X arrived",  # a longer code
        "My passport renewal costs 75.50 and the form is dated 12.03.2025",
        "AB1234567 was the code on the voucher",  # no passport word
        "Passport photos printed.\nOrder AB1234567 is ready",  # another line, another thing's code
        "Passfotos sind fertig, Sendungsnummer JJ1234567 kommt morgen",
        "Photos de passeport reçues, numéro de suivi LP1234567",
        "Fotos para el pasaporte listas, número de seguimiento RX1234567",
        "Passikuvat valmiit, viitenumero RF1234567",
        "Фотографии за паспорт, код за проследяване BG1234567",
        "Φωτογραφίες διαβατηρίου, αριθμός αναφοράς GR1234567",
        "Fotky na pas hotové, kód zásilky DR1234567",
    ],
)
def test_codes_near_a_passport_word_that_name_another_thing_stay(text: str) -> None:
    assert not any(kind == "PASSPORT" for kind, _ in merged(text))
