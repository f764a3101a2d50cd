"""House numbers and what follows them (a floor, a flat, a staircase) in every market's forms (pure regexes)."""

from __future__ import annotations

import re
from typing import Final

# ``Nr. 48``, ``nº 5``, ``uimhir 12``, ``numero 3``, ``číslo 7``, ``№ 4``: "number" in the market languages.
LABEL: Final = (
    r"(?:(?i:nr|nro|n|no|nº|n\.º|n°|núm|num|č|br|αρ|uimhir|numero|número|numer|număr|nummer|číslo|broj|αριθμός|"
    r"номер|бл|bl|lote|parcela|lotto|lot|plot|hausnummer|huisnummer|husnummer|civico)\.?[ \u00a0]?|№[ \u00a0]?)"
)
# A house number's letter may be Cyrillic or Greek (``31а``, ``12Α``); not an hour's ``h`` (``9h-15h``) nor ``2x``.
# Not a year, nor a date (``15-02-2026``, ``03.04.2026``).
SINGLE: Final = (
    r"(?!(?:19|20)[0-9]{2}(?![0-9])|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}(?![0-9]))[0-9]{1,4}"
    r"(?:[ \u00a0]?(?i:bis|ter|quater)(?!\w)|[a-gi-wyzA-WYZа-яА-Яα-ωΑ-Ω](?!\w))?"
)
# A count, not a house number (``place Bellecour, 2 rendez-vous``, ``Rua Augusta, 3 vezes``, ``Via Roma, 5 minuti``).
COUNT_WORD: Final = (
    r"(?i:fois|vezes|veces|volte|mal|times|keer|razy|krát|kertaa|gånger|gange|ganger|φορές|пъти|ori|puta|krat|"
    r"reizes|kartus|korda|szer|mins?|minutes?|minutos?|minuti|minuten|minut|km|metros?|metres?|meters?|metri|"
    r"dias|días|days|jours|giorni|tage|dni|horas|hours|heures|ore|stunden|godzin|roky|roků|rokov|lata|godine|godina|leta|rendez-vous|personnes|pessoas|"
    r"miles?|kilometres?|kilometers?|kilómetros?|quilómetros?|chilometri|kilometer|kilometri|"
    r"personas|persone|people|personen|osób|manns|manna|euros?|eur|chf|kr\.?|kronor|kroner|krónur|zł|kč|ft|lei|лв|"
    r"valandą|valandos|valandai|val\.|uhr|tunnil|stundā|godzinie|"
    r"hodin|hod\.|sati|uri|o'clock|órakor|ώρα|часа|heures?|hora|aastat|aasta|kuud|gadus|gadu|gadi|metus|metų|"
    r"mėnesius|éve|éven|évig|hónapja|vuotta|kuukautta|χρόνια|години|ani|luni|ár|ára|mánuði|bliana|months?|weeks?|"
    r"mois|meses|mesi|monate|maanden|månader|måneder|miesięcy|měsíců|mesiacov)(?![\w\-])"
)
# A Hungarian case ending written after the number (``Váci utca 22-ben``, ``a 12-es szám``).
HU_SUFFIX: Final = r"(?:-(?i:ban|ben|ba|be|ból|ből|hoz|hez|höz|nál|nél|tól|től|ig|es|as|os|ös|ás|és|on|en|ön)(?!\w))"
NUMBER: Final = (
    rf"(?:{LABEL}?{SINGLE}(?:[ \u00a0]?[-/][ \u00a0]?(?:[0-9]{{1,4}}[a-zA-Z]?|[A-Za-z])(?!\w)){{0,2}}{HU_SUFFIX}?"
    r"(?![0-9]|[xX×](?!\w)|[.,][0-9]|[ \u00a0]?(?:%|€|\$|£)|[ \u00a0][0-9]{3}(?![0-9])"
    r"|[ \u00a0]?h(?:[0-9]|(?![^\W\d_]))|:[0-9]{2}|-(?i:kor|kora|órakor)(?!\w))"
    r"|(?i:s/n|s\.n\.|sn)(?!\w))"
)
#: A count after a number, which makes it no house number (``Via Roma, 5 minuti``): looked for after a street is
#: found (``counted``), not written into every regex that reads a house number.
COUNTED: Final = re.compile(rf"[ \u00a0]{COUNT_WORD}")
# The flat after the number: a floor (``3º Esq.``, ``2º B``) or a unit word with its number (``Piano 2``,
# ``Appartamento 33``, ``bus 4``, ``Top 7``, ``m. 12``, ``bl. A, sc. 2, ap. 14``, ``hs``), a Nordic staircase and
# flat (``B 12``, ``5 B``, ``2. tv.``), a Dutch floor (``-II``), a German one (``3. OG``), an Austrian door
# (``/Top 7``), a Spanish or Portuguese one (``bajo izq.``, ``r/c esq.``), a Hungarian one (``II. emelet 3.``,
# ``12. 2/5``: floor and door after the number's dot);
# up to six.
UNIT_WORD: Final = (
    r"(?i:piano|p\.|int\.|interno|scala|sc\.|appartamento|app\.|apt\.?|apartamento|apto\.?|piso|planta|"
    r"puerta|pta\.|esc\.|escalera|bus|boîte|bte|étage|et\.|stiege|stg\.|top|tür|whg\.|wohnung|m\.|lok\.|"
    r"mieszkanie|byt|kat|stan|flat|apartment|unit|lgh|leil\.|huoneisto|as\.|διαμ\.|όροφος|bl\.|bloc|ap\.|scara|"
    r"portal|korter|kr\.|bât\.|bat\.|bâtiment|batiment|appt\.?|appartement|escalier|"
    r"sector(?:ul)?|dz\.|dzīv\.|k-|korpuss|ет\.|етаж|ап\.|апартамент|вх\.|вход|бл\.|блок|íbúð|lejl\.|lejlighed|"
    r"leilighet|lägenhet|asunto|butas|διαμέρισμα|árasán|appartament|block)"
)
# A flat may be written on the line after the street (``Lindenstraße 12`` / ``Wohnung 4``).
_LINE_BREAK: Final = r"[ \t]*\r?\n[ \t]*"
_UNIT_NUMBER: Final = (
    r"(?:[0-9]{1,4}[A-Za-z]?|[A-Z]{1,2}[0-9]{0,3}|[a-z]{1,2}[0-9]{1,3}|[a-h](?![\w.])|[А-Я]|[а-е](?!\w))"
)
UNIT: Final = (
    rf"(?:,?(?:[ \u00a0]|{_LINE_BREAK}){UNIT_WORD}[ \u00a0]?{_UNIT_NUMBER}(?!\w)"
    r"|[ \u00a0](?i:hs|huis|bis|sx|dx)(?!\w)|-(?:I{1,3}|IV|hoog|h)(?!\w)"
    r"|,?[ \u00a0][0-9]{1,2}[ \u00a0]?tr\.?(?!\w)|,?[ \u00a0][0-9]{1,2}\.[ \u00a0]?(?i:sal|etg|etasje|krs)\.?(?!\w)"
    r"|,?[ \u00a0]H[0-9]{4}(?!\w)|,?[ \u00a0][0-9]{1,2}(?:e|er|ère|ème|eme|re)[ \u00a0](?i:étage|etage)(?!\w)"
    r"|[ \u00a0][A-H][ \u00a0][0-9]{1,3}(?![\w.,][0-9])|[ \u00a0][A-Ha-h](?=[,;]|\.?[ \u00a0]*(?:\r?\n|$))"
    r"|[ \u00a0][a-h][ \u00a0][0-9]{1,3}(?=[ \u00a0]*(?:[,;:\n]|\.?[ \u00a0]*$))"
    r"|\.?[ \u00a0][IVX]{1,4}/[0-9]{1,3}(?![0-9/])|\.[ \u00a0][0-9]{1,2}/[0-9]{1,3}(?![0-9/.,]|\.[0-9])"
    r"|,?[ \u00a0](?:[0-9]{1,2}\.|st\.|kl\.)[ \u00a0]?(?i:tv|th|mf)\.?(?!\w)"
    r"|,?[ \u00a0](?:[0-9]{1,2}\.[ \u00a0]?(?:OG|Stock|Etage|DG|UG)|EG|DG|UG|Hochparterre)(?!\w)"
    r"|/(?i:top|tür|stiege)[ \u00a0]?[0-9]{1,3}(?!\w)"
    r"|,?[ \u00a0](?i:bajo|ático|atico|entresuelo|entlo\.|principal|pral\.|r/c|rc|cave)"
    r"(?:[ \u00a0](?i:izq|izda|dcha|dch|dr|esq|dto|dt)\.?)?(?!\w)"
    r"|\.?[ \u00a0](?:[IVX]{1,4}|[0-9]{1,2})\.[ \u00a0]?(?i:emelet|em\.)(?:[ \u00a0]?[0-9]{1,3}\.?)?"
    r"|\.?[ \u00a0](?i:fszt|fsz|földszint)\.?(?:[ \u00a0]?[0-9]{1,3}(?![0-9]))?)"
)
FLOOR: Final = (
    r"(?:,?[ \u00a0][0-9]{1,2}[ \u00a0]?[º°ª.]{1,2}"
    r"(?:[ \u00a0]?(?:(?i:esq|dto|dt|izq|izda|dcha|dr|tv|th|mf|sal|etg|izquierda|derecha|centro|esquerdo|"
    r"esquerda|direito|direita|frente)\.?|OG|Stock|Etage|DG|UG|[A-Z])(?!\w))?"
    r"|,?[ \u00a0][0-9]{1,2}(?:ος|ου|ο|ης|η)[ \u00a0](?:όροφος|όροφο|ορόφου)"  # 3ος όροφος
    rf"|{UNIT}){{0,6}}"
)
NOT_AGE: Final = r"(?![ \u00a0]?(?i:anos|años|ans|jahre|anni|years|jaar|lat|let|år|vuotta|éve|ετών|€|eur|euros?)(?!\w))"
#: A house number after a street's name (and a comma), compiled once for the shapes that find the name
#: first and read the number with it (``number``: where the number itself ends).
TAIL: Final = re.compile(rf",?[ \u00a0](?P<number>{NUMBER}){NOT_AGE}")

# A dot that belongs to the address, not to the sentence: an abbreviation's (``2. th.``, ``3º Esq.``, ``ap.``) or
# a Hungarian house number's (``Váci utca 12.``, ``tér 18.,``, ``55. szám alatt``), or a number's followed by a
# comma (``12., 1100 Lisboa``); a dot that ends the sentence stays outside.
# Abbreviations of a flat or floor written with their dot (not ``hs``, ``bis``: ``Keizersgracht 15 hs.`` ends a
# sentence).
_ABBREVIATION_END: Final = re.compile(
    r"(?<![^\W\d_])(?i:th|tv|mf|esq|dto|dt|izq|izda|dcha|dch|dr|ap|sc|bl|et|pta|esc|apt|app|int|lok|kl|sal|etg|krs|"
    r"em|fszt|fsz|tr|dz|ét|ent|pral|entlo|lgh)\Z"
)
_HUNGARIAN_STREET: Final = re.compile(
    r"(?i:(?<!\w)(?:(?:utc|út|tér|körút|köz|sor|sétány|rakpart|fasor)[^\W\d_]*|u\.|krt\.)(?![\w.]))"
)
_AFTER_NUMBER_DOT: Final = re.compile(r"[,;]")


def end_with_dot(text: str, start: int, end: int) -> int:
    """Where the address ``text[start:end]`` ends: after the dot right after it when that dot is the address's."""
    if text[end : end + 1] != "." or (end + 1 < len(text) and text[end + 1].isalnum()):
        return end
    before = text[max(start, end - 5) : end]
    if _ABBREVIATION_END.search(before) is not None:
        return end + 1
    if text[end - 1 : end].isdigit() and (
        _HUNGARIAN_STREET.search(text, start, end) is not None or _AFTER_NUMBER_DOT.match(text, end + 1) is not None
    ):
        return end + 1
    return end
