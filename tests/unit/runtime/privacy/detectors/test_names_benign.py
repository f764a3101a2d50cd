"""Ordinary messages written as people write them (lower case, capitals, short lines, pasted tables) keep their
words: no name is found in them. The messages are this file's own (not the benchmark corpora)."""

import pytest

from runtime.privacy.detectors import detect_builtin
from runtime.privacy.market_languages import EUROPEAN_REGIONS
from runtime.privacy.types import NAME

ORDINARY = (
    "qual é a taxa do crédito habitação para 30 anos?",
    "quero falar com o gestor da minha conta amanhã",
    "o meu marido quer abrir uma conta conjunta",
    "falei com a agência de Braga e disseram que sim",
    "URGENTE: O CARTÃO FOI BLOQUEADO E NÃO CONSIGO PAGAR",
    "POR FAVOR RESPONDAM HOJE, OBRIGADO",
    "a rosa que comprei era cara",
    "vou à praia da rocha em agosto",
    "ich habe mit der Bank gesprochen, aber nichts passiert",
    "MEINE KARTE FUNKTIONIERT NICHT MEHR",
    "meine Frau möchte auch ein Konto eröffnen",
    "mi hermana quiere un préstamo para un coche",
    "hablé con el banco ayer por la tarde",
    "LA TRANSFERENCIA NO HA LLEGADO TODAVÍA",
    "mój syn chce założyć konto dla studentów",
    "rozmawiałem z doradcą w oddziale w Krakowie",
    "I spoke with the branch manager yesterday",
    "I SPOKE WITH SOMEONE BUT NOBODY CALLED BACK",
    "my wife would like a joint account",
    "j'ai parlé avec la banque hier",
    "MON VIREMENT N'EST PAS ARRIVÉ",
    "ho parlato con la filiale di Milano",
    "mijn vrouw wil ook een rekening openen",
    "mluvil jsem s pobočkou v Brně",
    "hovoril som s bankou včera",
    "am vorbit cu banca ieri",
    "beszéltem a bankkal tegnap",
    "pratade med banken igår",
    "talte med banken i går",
    "puhuin pankin kanssa eilen",
    "kalbėjau su banku vakar",
    "runāju ar banku vakar",
    "μίλησα με την τράπεζα χθες",
    "Kann ich die Rate senken?",
    "Viele Grüße",
    "Hallo, wie hoch sind die Zinsen?",
    "Danke im Voraus",
    "Quanto custa a anuidade do cartão?",
    "Cumprimentos",
    "Bom dia,",
    "qual o saldo?",
    "Obrigado",
    "Hello,",
    "what is the rate?",
    "Best regards",
    "Conta: Poupança Futuro",
    "Nome do produto: Crédito Pessoal",
    "estado;valor",
    "pago;120",
    "pendente;80",
    "Banco Santander Totta",
    "Caixa Geral de Depósitos",
    "Rua de Santa Catarina",
    "Estação de São Bento",
    "Vou ao Porto de comboio",
    "moro em Vila Nova de Gaia",
    "Ponte de Lima é bonita",
    "O jogo do Benfica é amanhã",
    "Praça Marquês de Pombal",
    "Igreja de Santo António",
    "Universidade Nova de Lisboa",
    "Jardim Gulbenkian",
    "Avenida da República",
    "Bairro Alto à noite",
    "PEDIDO DE CRÉDITO HABITAÇÃO",
    "CONTA SALÁRIO SEM CUSTOS",
    "A TAXA EURIBOR SUBIU",
    "DÉBITO DIRETO MEO",
    "PAGAMENTO DE SERVIÇOS",
    "Quero pagar a renda da casa",
    "Como funciona o MB WAY?",
    "Olá, Boa tarde",
    "Obrigada pela ajuda!",
    "Muito obrigado pela resposta rápida",
    "can i pay with apple pay",
    "what time does the branch open on saturday",
    "does the app support dark mode",
    "Saludos cordiales",
    "Gracias por todo",
    "S pozdravem",
    "Pozdrawiam serdecznie",
    "Mit freundlichen Grüßen",
    "Met vriendelijke groet",
    "Cordialement",
    "Με εκτίμηση",
    "Ευχαριστώ πολύ",
    "Bom dia,\nqual o saldo?\nObrigado",
    "Hello,\nwhat is the rate?\nBest regards",
    "Kann ich die Rate senken?\nViele Grüße",
    "estado;valor\npago;120\npendente;80",
    "Quanto custa a anuidade?\nCumprimentos",
    "Olá\nA conta foi bloqueada\nPorto",
    "Hi\nThe card is blocked\nMany thanks",
    "Hej\nKortet är spärrat\nTack",
    "mijn vrouw wil ook een rekening openen",
)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_messages_hold_no_name(text: str) -> None:
    names = [text[s.start : s.end] for s in detect_builtin(text, tuple(EUROPEAN_REGIONS)) if s.entity_type == NAME]
    assert names == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nichts wurde an seine Stelle gesetzt.", []),  # a German noun that is a given name elsewhere
        ("Ich habe die Rose für meine Mutter gekauft.", []),
        ("Gestern hat Anna angerufen.", ["Anna"]),  # a name with no article stays a name
        ("Die Anna Müller hat angerufen.", ["Anna Müller"]),
    ],
)
def test_german_nouns_after_an_article_are_no_lone_names(text: str, expected: list[str]) -> None:
    spans = detect_builtin(text, tuple(EUROPEAN_REGIONS))
    assert sorted(text[s.start : s.end] for s in spans if s.entity_type == NAME) == expected
