"""What makes a date next to a "birth" word no one's date of birth (pure): the words around the label and the date.

A date after a date-of-birth label or a "born" word is a date of birth, except where the words say otherwise:

- the date lies in a year still to come (``Naissance prévue le 14 juillet 2027``: no one who writes was born then),
  or, after a birthday word, in this very year (``l'anniversaire de ma mère le 3 avril 2026``: the day it is
  celebrated, not the day of the birth);
- the label is part of another thing's name: a document or a benefit (``acte de naissance demandé le …``,
  ``certidão de nascimento``, ``Geburtsurkunde`` is no label anyway), a wedding's or a contract's anniversary
  (``anniversaire de mariage``, ``aniversario del contrato``), a gift (``cadeau d'anniversaire``), an expected
  birth (``naissance prévue``, ``nacimiento previsto``), or a company or a club is what was born
  (``l'association est née le …``);
- between the label and the date a new clause or a period starts (``né à Paris mais client depuis le 12/03/1994``,
  ``geboren, aber seit dem 12.03.1994``), or a postposition of a period follows the date (``1994.03.12. óta``);
- the date dates another thing named between (``Pour ma date de naissance, voir le formulaire du 03/04/2007``,
  ``Geburtsdatum: siehe Schreiben vom 03.04.2007``).

The word lists are short and folded (lower case, no accents), looked up only around a date a label introduces.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from runtime.privacy.normalize import fold

#: Words that, before a "birth" label, make it a document's, a benefit's, a gift's or a date's name (``acte de
#: naissance``, ``certificado de nacimiento``, ``cadeau d'anniversaire``, ``date anniversaire``), folded.
_THING_BEFORE: Final = frozenset(
    fold(
        "acte actes extrait certificat certificats bulletin livret conge prime allocation declaration cadeau "
        "liste part avis "
        "lieu nom pays ville commune departement lugar pais ciudad provincia local naturalidade luogo comune paese "
        "cognome apellido "
        "cadeaux fete gateau repas certificate gift party cake present "
        "certificado certificados partida acta registro regalo fiesta tarjeta baja permiso prestacion "
        "certidao certidoes assento registo licenca subsidio presente prenda festa cartao bolo "
        "certificato atto estratto congedo bonus assegno regalo festa torta biglietto certifikat"
    ).split()
)
#: Words right after a "birth" label that make it an expected birth or another thing's anniversary (``naissance
#: prévue``, ``anniversaire de mariage``, ``aniversário do contrato``, ``verjaardag van de polis``), folded; a
#: word ``de``, ``du``, ``of`` … may stand between.
_THING_AFTER: Final = frozenset(
    fold(
        "prevue prevu attendue attendu programmee programme envisagee mariage noces pacs contrat contrats adhesion "
        "souscription societe entreprise association banque police abonnement "
        "expected due planned wedding marriage contract policy company business membership card cards gift gifts party "
        "present presents cake voucher "
        "prevista previsto esperado esperada programado programada boda bodas casamiento matrimonio "
        "contrato poliza empresa sociedad asociacion casamento apolice associacao "
        "nozze contratto polizza societa azienda associazione polis bedrijf vereniging firmy banku spolki"
    ).split()
)
#: Small words between such a label and the word after it (``anniversaire de mariage``, ``aniversario del
#: contrato``, ``anniversaire de l'adhésion``), folded.
_LINKS: Final = frozenset(
    fold(
        "de du des d l la le of the del da do dos das di dello della van het ta tat tal mon ma mes notre nos my our "
        "mein meine meines unser unsere unseres mi mis nuestro nuestra mio mia nostro nostra meu minha nosso nossa "
        "mijn ons onze"
    ).split()
)
#: What may be born that is no person: organisations (``l'association est née``, ``a associação nasceu``), folded.
_ORGANISATIONS: Final = frozenset(
    fold(
        "association societe entreprise banque caisse agence mutuelle fondation company firm business bank club "
        "charity asociacion empresa sociedad fundacion associacao sociedade fundacao associazione societa azienda "
        "fondazione vereniging bedrijf stichting verein firma unternehmen stiftung"
    ).split()
)
#: Birthday words (``anniversaire``, ``Geburtstag``, ``cumpleaños``), folded, as the beginnings of the labels: the
#: date after one in this year or later is the day of a celebration.
BIRTHDAY_STEMS: Final = (
    "birthday", "geburtstag", "gebuertsdag", "aniversario", "cumpleanos", "anniversaire", "compleanno", "urodziny",
    "verjaardag", "fodselsdag", "fødselsdag", "fodelsedag", "syntymapaiv", "sunnipaev", "szuletesnap",
    "dzimsanas dien", "gimimo dien", "narozenin", "narodenin", "γενεθλ", "la breithe", "rodendan", "rođendan",
    "gimtadien",
    "bursdag", "ziua ", "rojstni dan", "fyller ar", "afmæli", "għeluq", "рожден", "sunnipaev", "szuletesnap",
)  # fmt: skip
#: Words between a label and its date that start a new clause or a period (``mais``, ``aber``, ``but``; ``depuis``,
#: ``seit``, ``since``, ``desde``, ``sinds``, ``jusqu'au``), in the languages of the market, folded.
_BREAK_WORDS: Final = frozenset(
    fold(
        "mais but aber pero mas maar men mutta kuid aga bet tačiau ale ali но αλλά dar azonban awer imma izda ach "
        "depuis since seit seitdem desde dal dalla dallo sinds sedan siden siitten "
        "alates kopš nuo óta od от από zenter zanter fra "  # (not Maltese "minn": Icelandic "my")
        ""
        "jusqu until bis hasta fino ate tills inden kunnes kuni līdz iki ig έως pana"
    ).split()
)
#: Words that date a thing right before its date (``le formulaire du 03/04/2007``, ``Schreiben vom``, ``the letter
#: of``, ``dated``, ``la lettera del``, ``de brief van``), folded: after a label and another word, the date is that
#: thing's (``Pour ma date de naissance, voir le formulaire du 03/04/2007``).
_DATING: Final = frozenset(fold("du vom of dated date datee datiert del dell van").split())
#: Postpositions of a period right after a date (``1994.03.12. óta``, ``12.3.1994 alkaen``), folded.
_PERIOD_AFTER: Final = frozenset(
    fold("ota elott utan tol tól tol ig alkaen lahtien asti saakka mennessa jalkeen peale saati alates").split()
)
_WORD_AFTER: Final = re.compile(r"[\s\-]*([^\W\d_]+)")
_WORD: Final = re.compile(r"[^\W\d_]+")
# The words right after a label, with only spaces and apostrophes between (``de l'adhésion``).
_NEXT_WORDS: Final = re.compile(r"(?:[\s'’]*[^\W\d_]+)*")
_YEAR: Final = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_THIS_YEAR: Final = date.today().year
_LOOK: Final = 40


#: Words for "since" before a date (a period's start, never a birth: ``depuis le 03/02/2001``), folded.
_SINCE: Final = frozenset(
    fold(
        "depuis since seit seitdem desde dal dalla sinds sedan siden alates kops nuo ota od от από zenter zanter"
    ).split()
)
#: Words that set a clause's time before a date (``Le 12/03/2005 ma date de naissance a été mal saisie``,
#: ``On 12.03.2005 my date of birth …``), folded.
_TIME_WORDS: Final = frozenset(fold("le on am el il op den vom du em no dnia dne dna au").split())
#: Determiners and possessives: a name of the date of birth after one is a new clause's subject, no label of the
#: date before it (``12/03/2005 ma date de naissance``; ``1985-03-12 als Geburtsdatum`` is one), folded.
_DETERMINERS: Final = frozenset(
    fold(
        "ma la sa ta ta votre my the your his her mein meine die das der dein mi la su tu il mio la mia o a meu minha "
        "de het mijn moja moje moj muj mano mana minu az μου моята"
    ).split()
)
#: Verbs that say what a date of birth is, a clause after its name (``the date of birth on my profile, it says …``,
#: ``c'est``, ``steht``, ``es``, ``è``), in the languages of the market, folded.
_SAYING: Final = frozenset(
    fold(
        "is says shows reads states est c indique affiche figure mentionne dit marque ist steht lautet zeigt sagt es "
        "dice pone figura aparece muestra consta e diz mostra esta risulta compare riporta staat zegt toont ar star "
        "visar er viser lukee nakyy naitab jest widnieje pokazuje je uvedeno uvedene ukazuje mutat este "
        "arata apare scrie pise stoji е пише показва είναι γράφει δείχνει ir rada yra rodo huwa jghid ta deir "
        "stendur synir ass steet weist"
    ).split()
)


def since(text: str, start: int) -> bool:
    """Whether a word for "since" stands right before a date (``depuis le 03/02/2001``, ``seit dem 1.2.2001``): a
    period's start."""
    words = [fold(word) for word in _WORD.findall(text, max(0, start - 16), start)][-2:]
    return any(word in _SINCE for word in words)


def adverbial(text: str, start: int, noun_start: int) -> bool:
    """Whether a date set a clause's time (a time word before it) and a name of the date of birth after it is the
    clause's subject (a determiner between): ``Le 12/03/2005 ma date de naissance a été mal saisie``."""
    before = [fold(word) for word in _WORD.findall(text, max(0, start - 12), start)][-1:]
    between = {fold(word) for word in _WORD.findall(text, start, noun_start)}
    return bool(before) and before[0] in _TIME_WORDS and not between.isdisjoint(_DETERMINERS)


def says(gap: str) -> bool:
    """Whether the words between a name of the date of birth and a date a clause further hold a verb that says
    what it is (``on my profile, it says``); ``lors de l'ouverture du compte le`` names another day."""
    return any(fold(word) in _SAYING for word in _WORD.findall(gap))


def _year(written: str) -> int | None:
    """The four-digit year of a written date, if it has one."""
    found = _YEAR.search(written)
    return int(found.group()) if found is not None else None


def not_a_birth(text: str, label: tuple[int, int], when: tuple[int, int], noun: bool) -> bool:
    """Whether the words around a "birth" label (``label``: its span; ``noun``: a name of the date of birth, whose
    own words say what it is) and the date it introduces (``when``) say the date is no one's date of birth (see
    the module docstring)."""
    year = _year(text[when[0] : when[1]])
    if year is not None and (
        year > _THIS_YEAR or (year == _THIS_YEAR and fold(text[label[0] : label[1]]).startswith(BIRTHDAY_STEMS))
    ):
        return True
    between = [fold(word) for word in _WORD.findall(text, label[1], when[0])]
    if any(word in _BREAK_WORDS for word in between):
        return True
    if len(between) >= 2 and between[-1] in _DATING:  # "…, voir le formulaire du 03/04/2007": a document's date
        return True
    after = _WORD_AFTER.match(text, when[1])
    if after is not None and fold(after.group(1)) in _PERIOD_AFTER:
        return True
    return not noun and _named_thing(text, label)


def _named_thing(text: str, label: tuple[int, int]) -> bool:
    """Whether the words around a "birth" word make it a document's, a gift's, an organisation's or an
    anniversary's, or an expected birth."""
    before = [fold(word) for word in _WORD.findall(text, max(0, label[0] - _LOOK), label[0])][-3:]
    if before and (before[-1] in _THING_BEFORE or any(word in _ORGANISATIONS for word in before)):
        return True
    if before[-2:-1] and before[-1] in _LINKS and before[-2] in _THING_BEFORE:  # "extrait d'acte de naissance"
        return True
    return _thing_after(text, label[1])


def future(text: str, when: tuple[int, int]) -> bool:
    """Whether a date lies in a year still to come (``am 10. November 2027 zur Welt kommen``)."""
    year = _year(text[when[0] : when[1]])
    return year is not None and year > _THIS_YEAR


def _thing_after(text: str, end: int) -> bool:
    """Whether the words right after a label make it an expected birth or another thing's anniversary."""
    run = _NEXT_WORDS.match(text, end, end + _LOOK)
    for word in _WORD.findall(run.group() if run is not None else "")[:4]:
        key = fold(word)
        if key in _THING_AFTER:
            return True
        if key not in _LINKS:
            return False
    return False
