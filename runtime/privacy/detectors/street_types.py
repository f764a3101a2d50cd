"""Street-type words of the market languages and where they stand (pure data for ``addresses``).

``BEFORE``: written before the street's name (``Rua Augusta``, ``ulica Długa``, ``Οδός Ερμού``).
``GLUED``: endings of one-word street names (``Lindenstraße``, ``Storgatan``, ``Mannerheimintie``).
``AFTER``: separate words written after the name (``Kossuth Lajos utca``, ``Brīvības iela``, ``Baker Street``).
``NUMBER_FIRST``: the types before which French and Belgian write the house number (``14, rue des Lilas``).
Abbreviations carry their dot; matching ignores case.
"""

from __future__ import annotations

from typing import Final

BEFORE: Final = (
    # pt
    "rua", "r.", "avenida", "av.", "avda.", "avd.", "travessa", "tv.", "trav.", "largo", "praça", "pç.", "alameda",
    "estrada", "calçada", "beco", "rotunda", "praceta", "urbanização", "urb.", "av",
    # es
    "calle", "c/", "cl.", "paseo", "pº", "plaza", "pza.", "camino", "carretera", "ctra.", "ronda", "travesía",
    "glorieta", "vía", "avinguda", "carrer", "passeig", "plaça",
    # fr (Belgium, Luxembourg, Switzerland too)
    "rue", "avenue", "boulevard", "bd", "bd.", "boul.", "chemin", "ch.", "place", "impasse", "imp.", "allée", "quai",
    "route", "rte", "rte.", "cours", "passage", "square", "sentier", "faubourg",
    # it
    "via", "viale", "v.le", "piazza", "p.za", "piazzale", "corso", "c.so", "vicolo", "strada", "contrada",
    "lungomare", "località", "loc.",
    # pl, cs, sk, hr, sl
    "ulica", "ul.", "aleja", "al.", "aleje", "plac", "pl.", "osiedle", "os.", "rondo", "náměstí", "nám.", "námestie",
    "nábřeží", "třída", "tř.", "trg", "ulice",
    # the same in the cases people write after a preposition (przy ulicy, v ulici, na ulici, u Ulici, na trgu)
    "ulicy", "ulicę", "ulicą", "alei", "aleję", "placu", "osiedlu", "ulici", "ulicu", "ulicom", "třídě",
    "náměstí", "námestí", "trgu", "cesti", "cestu",
    # ro, bg, mt
    "strada", "str.", "bulevardul", "bd-ul", "b-dul", "b-dul.", "bdul.", "bdul", "calea", "străzii", "strazii",
    "șoseaua", "şoseaua", "sos.", "aleea", "piața",
    "piaţa", "splaiul", "intrarea", "ул.", "улица", "бул.", "булевард", "triq", "pjazza",
    "ж.к.", "жк", "кв.", "квартал", "пл.", "площад", "ulița", "ул", "drumul", "fundătura", "prelungirea",
    "vjal", "sqaq", "telgħa", "obala", "avenija", "πάροδος", "rambla", "rúa", "ruelle", "montée", "esplanade",
    "rond-point", "voie", "lungarno", "lungotevere", "salita", "azinhaga",
    # ga
    "sráid", "shráid", "bóthar", "bhóthar", "ascaill", "plás", "cearnóg",
    # ... typed without their accents (``14 sraid an droichid``, ``9 bothar na coille``)
    "sraid", "bothar", "ardan", "cearnog",
    # el
    "οδός", "οδ.", "λεωφόρος", "λεωφ.", "πλατεία", "πλ.", "οδό", "οδού", "λεωφόρο", "λεωφόρου", "πλατείας",
    "πάροδο", "παρόδου",
    # more of pt, es (gl, ca), fr (be), it: lanes, slopes, passages, hamlets, Venetian streets
    "caminho", "escadinhas", "escadas", "cais", "bairro",
    "callejón", "cuesta", "pasaje", "bajada", "subida", "acceso", "cañada", "senda", "vereda", "urbanización",
    "prolongación", "costanilla", "praza", "travesa", "camiño", "passatge", "travessera", "baixada", "pujada", "camí",
    "venelle", "cité", "hameau", "promenade", "rampe", "traverse", "parvis", "chaussée", "drève", "clos",
    "borgo", "incrocio", "stretto", "rotonda", "vico", "traversa", "galleria", "circonvallazione", "frazione",
    "fraz.", "calle", "campo", "fondamenta", "campiello", "salizada", "piazzetta", "vicoletto", "passaggio",
    "p.zza", "p.le", "c.da",
    # pl, cs, sk, hr, sl, sr: squares, embankments, lanes, and their cases after a preposition
    "skwer", "skwerze", "bulwar", "bulwarze", "wybrzeże", "pasaż", "ul", "nábř.", "sídlisko", "trieda", "triede",
    "nábrežie", "nábreží", "put", "putu", "prilaz", "prilazu", "klanac", "vijenac", "vijencu", "šetalište",
    "šetalištu", "odvojak", "naselje", "obali", "pot", "nabrežje", "cesta",
    # ro, bg, mt, ga: unaccented and abbreviated forms, more street words
    "soseaua", "șos.", "şos.", "piata", "fundatura", "bld.", "cartierul", "алея", "бул", "misraħ", "trejqa",
    "dawra", "xatt", "wesgħa", "ardán", "corrán", "bealach",
    # hr, sl, sk: a promenade, a passage, cesta in its cases (na ceste, po cesti)
    "perivoj", "prolaz", "prolazu", "ceste", "cestou",
    # es, it, el: abbreviations and Venetian, Spanish street words (C. Mayor, Pasadizo, Canale, Πάρ.)
    "c.", "pasadizo", "canale", "riva", "ramo", "sottoportego", "πάρ.", "παρ.",
    # a village and its house number where no street is named (satul Valea Mare nr. 12, χωριό Άνω Πόλη 12)
    "satul", "χωριό", "село", "с.", "lieu-dit", "località",
    # bg written in Latin letters (bul. Vitosha 12, ul. Shipka 5)
    "bul.", "bul", "zh.k.",
    # es: a road named after a person or a place (Vial de la Estación)
    "vial",
)  # fmt: skip
GLUED: Final = (
    # de, at, ch
    "straße", "strasse", "str.", "str", "gasse", "weg", "platz", "allee", "damm", "ufer", "steig", "chaussee", "zeile",
    # nl, be
    "straat", "laan", "plein", "gracht", "singel", "dijk", "steeg", "kade", "markt",
    # sv, da, no, is
    "gatan", "vägen", "gränd", "vejen", "gaden", "torget", "stigen", "backen", "gata", "veien", "vegen", "gade",
    "vej", "allé",
    "stræde", "plads", "vegur", "vegi", "götu", "gata", "stræti", "stíg", "stígur", "braut", "brautar", "torg",
    # lb
    "strooss", "gaass", "plaz", "wee",
    # more de, sv, da, no, fi endings
    "graben", "pfad", "stieg", "kamp", "allén", "kajen", "leden", "torv", "vei", "plass", "aukio", "torgi",
    # fi, et
    "katu", "tie", "kuja", "polku", "tori", "väylä", "raitti", "kaari", "rinne", "bulevardi", "kadulla", "tiellä",
    # nl, de compounds
    "baan", "hof", "ring", "dreef", "kai", "gaarde", "wal",
    "boulevard", "pad", "plantsoen", "erf", "kwartier", "-rue", "'rue",
    # sv, da, nb, nn, is: more endings of street names
    "väg", "gången", "slingan", "gränden", "platsen", "promenaden", "esplanaden", "stien", "stræde", "kajen",
    "gaten",
    # fi, ga: more endings, the Irish street lenited in a compound (Príomhshráid)
    "puistotie", "portti", "kujalla", "polulla", "torilla", "sráid", "shráid",
    # fi: the cases people write after a verb of going or being (Mannerheimintielle, Hämeenkadulta, Aleksanterinkadun)
    "tielle", "tieltä", "tiellä", "kadulle", "kadulta", "kujalle", "kujalta", "polulle", "torille", "torilta",
    "väylällä", "väylälle", "raitilla", "kaarella", "kaarelle", "rinteellä", "rinteelle", "bulevardilla",
    "bulevardille", "aukiolla", "aukiolle", "esplanadi", "esplanadilla", "esplanadille", "esplanadilta",
    # nb: a street in -gate (Øvre Torggate, Kirkegate)
    "gate",
    # et, nb: a boulevard glued to its name (Toompuiestee), an avenue of trees in the definite form (Tunalléen)
    "puiestee", "alléen",
)  # fmt: skip
#: Endings of one-word street names that family names end in too, from the farms and places they were named after
#: (``Solbakken``/``Nordbakken``, ``Mathiasen``/``Skogåsen``, ``Koskiranta``): a street only with its house number
#: (``Solbakken 4``), and never a sign that a name is a place.
GLUED_FAMILY_NAMES: Final = (
    # nb, nn, da, is, fi
    "bakken", "svingen", "kroken", "tunet", "jordet", "løkka", "løkke", "haugen", "åsen", "lunden", "holtet",
    "bråten", "skogen", "stranda", "havna", "plassen", "brekka", "sletta", "grenda", "toppen", "vænge", "toften",
    "tröð", "hlíð", "ranta",
    # nb, nn: meadows, flats, moors, valleys and hills streets are named after (Furuengen, Solflata, Kolbotnmoen)
    "engen", "enga", "flata", "flaten", "moen", "myra", "stubben", "dalen", "vollen", "kollen", "ringen",
    "tjernet", "tjern", "marka", "bekken", "berget", "vika", "viken", "neset", "holmen", "heia", "høgda", "sætra",
    "setra", "kleiva", "tråkket", "løypa", "lykkja", "parken", "gjerdet", "ekra", "ekrene", "åkeren", "teigen",
    "bøen", "stykket", "hagen",
    # is: hills, hollows and paths streets are named after, in the dative people write after á (Lyngholti, Fífuhvammi)
    "holti", "hvammi", "hvammur", "hvamm", "holt", "slóð", "slóðar", "melur", "mýrar", "veg", "lia",
    # is: plural and place names of Reykjavík's streets (Álfheimar, Hagamelar, Bræðraborgarstígur's neighbours)
    "heimar", "melar", "vellir", "hólar", "garðar", "salir", "tún", "hagi", "bakki", "gerði", "mýri",
    # nb, nn: tracks, hollows, slopes, points, ridges and alleys (Furufaret, Steingropa, Bergskrenten, Nesodden,
    # Fjellryggen, Kirkesmauet)
    "faret", "gropa", "skrenten", "skrenta", "brinken", "tangen", "vangen", "rabben", "ryggen", "odden", "smauet",
    "smuget", "veita", "stupet",
    # da, nb, nn: a green in the definite form, a ridge (Rosenvænget, Solvænget, Johnseneggen)
    "vænget", "eggen",
    # nb, nn: a clearing, a leap (Myklebustrøa, Haugenspranget); is: a field, a plain and a pasture in the cases
    # people write after á (Hraunteig, Furugrund, Tómasarhaga)
    "røa", "spranget", "teigur", "teig", "teigi", "grund", "grundar", "haga", "hagar",
)  # fmt: skip
AFTER: Final = (
    # hu
    "utca", "u.", "út", "útja", "tér", "körút", "krt.", "köz", "sor", "sétány", "rakpart",
    # lv, lt, et
    "iela", "gatvė", "g.", "prospektas", "pr.", "al.", "tänav", "mnt", "mnt.", "maantee", "pst", "puiestee",
    # the same in the cases people write (Vilniaus gatvėje, Brīvības ielā, Váci utcában, Pärnu maanteel)
    "gatvėje", "gatvę", "gatvės", "prospekte", "ielā", "ielas", "utcában", "utcai", "úton", "téren", "tänaval",
    "maanteel", "trgu", "alėja", "alėjoje", "aikštė", "aikštėje", "plentas", "bulvāris", "bulvārī", "gatve",
    "prospekts", "prospektā", "laukums", "laukumā", "väljak", "tee", "põik", "puiesteel", "fasor", "nabrežje",
    "kalea", "kalean", "boulevard", "grove", "quay", "heights",
    # sl, hr, cs, sk
    "cesta", "ulica", "trg", "ulice", "třída", "nábřeží", "námestie", "nábrežie", "ulici", "cesti", "ulicy",
    "ulicu", "ulicou",  # (the accusative and instrumental after a preposition: na Hurbanovu ulicu 31)
    # en, ie, mt
    "street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "lane", "drive", "way", "close",
    "court", "place", "square", "terrace", "crescent", "gardens", "row", "mews", "parade",
    # de, nl, nordic (separate words)
    "straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "ring", "damm", "gate", "gata", "vej",
    "gade", "vägen", "gatan", "kade", "laan", "straat", "tie", "katu", "bulevardi", "kuja", "polku", "väylä",
    "allé", "alle", "boulevarden", "stræde", "plads", "torv", "vei", "veien", "veg", "vegen", "gaten", "stien",
    # hr, sl, sr, sk, cs: street words after an adjective name (Zagorski put, Kačićevo šetalište, Zlaté
    # piesky), in their cases (Zelenom putu)
    "put", "putu", "šetalište", "šetalištu", "vijenac", "vijencu", "obala", "obali", "prilaz", "prilazu", "odvojak",
    "breg", "nasip", "sokak", "pot", "poti", "nabrežje", "sady", "sadech", "nábř.", "trieda", "triede", "vas",
    "nám.", "náměstí", "nám", "path",
    # hu, lv, lt, et: more street words and cases
    "utcán", "körúton", "közben", "soron", "sétányon", "rakparton", "fasoron", "lépcső", "dűlő", "lejtő", "liget",
    "šoseja", "šosejā", "dambis", "dambī", "krastmala", "krastmalā", "līnija", "aleja", "alejā",
    "skersgatvis", "takas", "kelias", "krantinė", "plente", "skg.", "tn", "tn.", "tänavas", "teel", "põik",
    "põigus", "pst.",
    # hu: the cases of a street word (Mosoni térre, Váci utcára, Andrássy útról)
    "utcára", "utcába", "utcából", "utcáról", "utcánál", "utcától", "útra", "útról", "útnál", "úttól", "útig",
    "térre", "térről", "térnél", "tértől", "körútra", "körútról", "körútnál", "közbe", "közre", "közből",
    "sorra", "sétányra", "rakpartra", "fasorra",
    # et, lv, lt: allative, ablative and accusative forms (Sõpruse puiesteele, Stacijas ielu, Gedimino prospektą)
    "tänavale", "tänavalt", "maanteele", "maanteelt", "puiesteele", "puiesteelt", "teele", "teelt", "väljakule",
    "väljakul", "põigule", "ielu", "ielai", "bulvāri", "laukumu", "gatvei", "prospektą", "prospektu", "alėją",
    "aikštę", "plentą",
    # sk, sl, hr: cesta in its cases (Hadej ceste, na Celovški cesti)
    "ceste", "cestou", "cesto",
    # en: street words only (not a common word nor a name)
    "parkway", "causeway", "trafficway", "viaduct", "plaza", "expressway", "freeway", "highway", "turnpike",
    "embankment", "wharf", "circus",
    # lt: a village (Pakalnių k. 12)
    "k.", "kaimas",
    # et: a square (Vabaduse plats); sk, cs: a footpath, a path, an avenue of trees (Lesný chodník, Lipová alej)
    "plats", "chodník", "stezka", "alej",
    # nl: a canal, a moat, a dike written apart after an adjective (Nieuwe Gracht, Lange Singel, Hoge Dijk)
    "gracht", "singel", "dijk",
)  # fmt: skip
#: English street words that are common words or names too (``Mill``, ``Lodge``, ``View``, ``Run``, ``Cliff``):
#: a street only after its house number (``34 Melissa Mill``, ``1 Leah View``), never a sign that a name is a
#: place. From the street suffixes of USPS Publication 28 (public domain) and British usage.
AFTER_NUMBER_FIRST: Final = (
    "mill", "mills", "lodge", "view", "views", "run", "key", "keys", "land", "fall", "falls", "river", "cliff",
    "cliffs", "forest", "point", "points", "ranch", "flats", "circle", "circles", "passage", "trail", "trails",
    "well", "wells", "hill", "hills", "green", "walk", "rise", "mead", "yard", "gate", "chase", "drove", "vale",
    "croft", "fold", "garth", "approach", "park", "meadow", "meadows", "orchard", "field", "fields", "brook",
    "brooks", "bridge", "ridge", "ridges", "valley", "manor", "mount", "glen", "dale", "haven", "harbour", "harbor",
    "port", "shore", "shores", "summit", "spring", "springs", "stream", "creek", "crest", "cove", "curve",
    "estate", "estates", "ferry", "ford", "fords", "fork", "forks", "fort", "gateway", "hollow", "inlet", "island",
    "isle", "junction", "knoll", "lake", "lakes", "landing", "loop", "mall", "motorway", "oval", "pass", "pike",
    "pines", "plain", "plains", "prairie", "rapids", "route", "shoal", "spur", "track", "trace", "tunnel",
    "village", "ville", "vista", "walk", "ways", "common", "corner", "corners", "crossing", "bluff", "bend",
    "bypass", "canyon", "centre", "center", "alley", "arcade", "beach", "brae", "wynd", "broadway", "side",
    "end", "grange", "chase", "paddock", "quadrant", "wood", "woods", "heath", "moor", "fen", "dell", "copse",
    "anex", "annex", "bayou", "bluffs", "bottom", "branch", "burg", "burgs", "camp", "cape", "centers", "club",
    "commons", "course", "courts", "coves", "crossroad", "crossroads", "divide", "dam", "drives", "extension",
    "extensions", "flat", "forge", "forges", "garden", "glens", "greens", "groves", "harbors", "harbours",
    "islands", "isles", "junctions", "knolls", "light", "lights", "loaf", "lock", "locks", "manors", "mission",
    "mountain", "mountains", "neck", "overpass", "parks", "pine", "radial", "ramp", "rapid", "rest", "roads",
    "rue", "shoals", "skyway", "spurs", "squares", "station", "stravenue", "streets", "throughway", "trailer",
    "underpass", "union", "unions", "valleys", "villages", "walks", "wall", "crossings", "lanes", "ports",
)  # fmt: skip
#: Words of ``BEFORE`` that are street words only: a name after them may be written in lower case
#: (``via garibaldi 12,``, ``calle mayor 5``) when the number ends the clause.
BEFORE_IN_ANY_CASE: Final = (
    "rua", "avenida", "travessa", "calle", "carrer", "avinguda", "rue", "avenue", "boulevard", "via", "viale",
    "piazza", "corso", "ulica", "ul.", "ulicy", "ulici", "aleja", "aleje", "strada", "str.", "bulevardul",
    "calea", "aleea", "triq", "οδός", "οδό", "λεωφόρος", "λεωφόρο", "ул.", "улица", "бул.", "ж.к.", "жк",
    "náměstí", "námestie", "trg", "av.", "avda.", "c/", "bd.", "bdul.", "b-dul", "șoseaua", "piața", "splaiul",
    "al.", "os.", "nám.", "οδ.", "λεωφ.", "πλατεία", "praça", "largo", "travessa", "calle", "paseo", "plaza",
    "soseaua", "sos.", "șos.", "intrarea", "callejón", "cuesta", "rambla", "carretera", "borgo", "vicolo",
    "piazzale", "viale", "stretto", "contrada", "traversa", "frazione", "sráid", "bóthar", "ascaill", "bul.",
    "bulevardul", "strada", "alameda", "estrada", "chemin", "impasse", "allée", "quai", "ulicy", "ulicę",
    "námestí", "trgu", "putu", "klanac", "prilaz", "obala", "šetalište", "vjal", "pjazza", "πάροδος",
    "ronda", "camino", "glorieta", "travesía", "praza", "rúa", "passeig", "plaça", "perivoj", "acceso",
    "pasaje", "urbanización", "pasadizo", "c.", "πλ.", "πάρ.", "παρ.",
    # pt, pl, it, ro: abbreviations and words typed in lower case (r. do sol, av da liberdade, pl. kościuszki, v.le
    # monza, drumul taberei); ga: street words typed without accents (sraid an droichid)
    "r.", "av", "pl.", "v.le", "p.za", "p.zza", "c.so", "p.le", "drumul", "sraid", "bothar", "ardan",
)  # fmt: skip
#: Endings of ``GLUED`` that end no common word: a one-word street with them may be written in lower case
#: (``hauptstraße 5,``, ``storgatan 18``) when the number ends the clause.
GLUED_IN_ANY_CASE: Final = (
    "straße", "strasse", "gasse", "allee", "straat", "gracht", "laan", "plein", "gatan", "vägen", "gata", "gade",
    "vej", "vejen", "katu", "tie", "kuja", "vegur", "stræti", "stígur", "strooss", "gaass",
    # nb, nn, is, fi: more endings and the cases written after a preposition (kirkeveien, hjallavegi, kirkkotiellä)
    "veien", "vegen", "vegi", "götu", "tiellä", "tielle", "tieltä", "kadulla", "kadulle", "kadulta", "kujalla",
    "kujalle", "gränd", "gatu", "gasse",
    # da, sv, nb, nn, nl, is, fi, et: endings no common word has (byagerstræde, stortorget, björkstigen, elvestien,
    # kerksteeg, lindedreef, hringbraut, tunalléen, koivupolku, toompuiestee), and the Dutch and German way
    "stræde", "torget", "stigen", "stien", "steeg", "dreef", "braut", "alléen", "polku", "puiestee", "weg",
    # nl, fi: a boulevard glued to its name (fabianboulevard, taimistonbulevardi)
    "boulevard", "bulevardi",
)  # fmt: skip
#: Endings of ``GLUED`` in the languages that write the house number first (Luxembourgish, Irish): after the
#: number a one-word street with them may be written in lower case (``24, haaptstrooss``).
GLUED_AFTER_NUMBER_IN_ANY_CASE: Final = ("strooss", "gaass", "sráid", "shráid", "straße", "strasse", "sraid")
#: Words of ``AFTER`` that are street words only (no English or common word): a name before them may be written
#: in lower case (``keresztkövesdi tér 18``, ``brīvības iela 5``).
AFTER_IN_ANY_CASE: Final = (
    "utca", "út", "tér", "körút", "utcában", "iela", "ielā", "gatvė", "gatvėje", "prospektas", "prospekte",
    "tänav", "mnt", "mnt.", "maantee", "maanteel", "puiestee", "cesta", "ulica", "ulici",
    "tn", "tn.", "šetalište", "šetalištu", "putu", "vijenac", "sétány", "rakpart", "körúton", "utcán", "gatvė",
    "allé", "krastmala", "šoseja", "dambis",
    # et, lv, lt, hu: the cases written after a verb of going or being (jõe tänaval, bērzu ielu, beržų g., hársfa u.)
    "tänaval", "tänavale", "tänavalt", "ielu", "ielas", "ielai", "gatvę", "gatvės", "gatvei", "g.", "u.",
    "utcába", "utcára", "útra", "térre",
    # lt: an avenue and a highway abbreviated (taikos pr. 8, silutes pl. 98)
    "pr.", "pl.",
    # lv, lt: a boulevard, a square, an avenue, an alley in their cases (aspazijas bulvāris 29b, rātslaukumā 1)
    "bulvāris", "bulvārī", "bulvāri", "laukums", "laukumā", "prospekts", "prospektā", "aleja", "alejā", "alėja",
    "aikštė", "plentas",
)  # fmt: skip
NUMBER_FIRST: Final = (
    "rue", "avenue", "av.", "bd", "bd.", "boulevard", "place", "chemin", "impasse", "allée", "quai", "route",
    "cours", "passage", "square", "sentier", "faubourg", "ch.", "rte", "rte.", "imp.", "boul.", "av",
    "promenade", "chaussée", "drève", "clos", "cité",
    # ga, mt: "12 Bóthar na Trá", "4 Sráid an Mhuilinn", "12, Triq il-Kbira"
    "bóthar", "sráid", "ascaill", "plás", "cearnóg", "lána", "triq",
    "céide", "ardán", "corrán", "bealach", "pjazza", "vjal", "sqaq", "misraħ", "telgħa", "trejqa", "dawra", "xatt",
    # fr, ga: typed without accents (8 allee des tilleuls, 14 sraid an droichid, 31 ardan na coille)
    "allee", "sraid", "bothar", "ardan", "cearnog",
)  # fmt: skip
#: Lowercase words inside a street's name (``Travessa do Carmo``, ``rue des Lilas``, ``Via della Spiga``,
#: ``Triq il-Kbira``); those ending in an apostrophe or a dash are written against the next word.
NAME_PARTICLES: Final = (
    "de", "do", "da", "dos", "das", "del", "dels", "de la", "de las", "de los", "des", "du", "d'", "l'", "la",
    "le", "les", "di", "della", "delle", "dei", "degli", "dello", "von", "der", "den", "van", "het", "'t", "of",
    "the", "e", "y", "i", "și", "lui", "cel", "na", "an", "pod", "nad", "kralja", "grada", "bana",
    "kneza", "kraljice", "svetog", "svete", "biskupa", "kardinala", "cara", "svetega", "bratov", "braće", "bratří",
    "čez", "prof.", "dr.", "dra.", "eng.", "gen.", "cap.", "mons.", "του", "της", "των",
    # "saint" and "priest" abbreviated (ul. św. Marcina, Šv. Ignoto g., nám. sv. Petra, Strada Sf. Ion, ks. Skargi)
    "św.", "sw.", "sv.", "šv.", "sf.", "ks.",
    "il-", "l-", "ir-", "is-", "it-", "iż-", "ix-", "tal-", "tas-", "tat-",
    "iċ-", "id-", "in-", "iz-", "taċ-", "tad-", "tan-", "tar-", "tax-", "taż-", "ta'", "ta’",
)  # fmt: skip
#: Adjectives before a one-word street (``Vanha Rajabulevardi``, ``Gamla Kungsvägen``, ``Nieuwe Binnenweg``,
#: ``Øvre Slottsgate``), besides the German ones found by their endings (``Wiedner Hauptstraße``).
GLUED_ADJECTIVES: Final = (
    "vanha", "uusi", "iso", "pikku", "pieni", "pohjoinen", "eteläinen", "itäinen", "läntinen", "ylä", "ala",
    "gamla", "nya", "stora", "lilla", "norra", "södra", "östra", "västra", "gamle", "nye", "store", "lille",
    "nordre", "søndre", "østre", "vestre", "nedre", "øvre", "oude", "nieuwe", "grote", "kleine", "lange",
    "korte", "hoge", "lage", "halve", "gamli", "nýi", "litla", "stóra", "ny", "gammel", "nørre", "sankt",
    "vester", "øster", "sønder", "nordre",
    # fi: the adjectives in the cases of the street after them (Vanhalla Myllytiellä, Uudelle Rantatielle)
    "vanhalla", "vanhalle", "vanhalta", "vanhan", "uudella", "uudelle", "uudelta", "uuden", "isolla", "isolle",
    "pohjoisella", "pohjoiselle", "eteläisellä", "eteläiselle",
    # nl, de, nordic: titles before a one-word street (Graaf Florisstraat, Van Speijkstraat, Dokter Lelylaan)
    "graaf", "gravin", "koning", "koningin", "prins", "prinses", "burgemeester", "dokter", "pastoor", "generaal",
    "admiraal", "van", "sint", "professor", "pater", "kardinaal", "bisschop", "kapitein", "doctor", "dr.", "mr.",
    "kong", "dronning", "kung", "drottning", "prinsesse",
)  # fmt: skip
#: Counted things before such a word, not a street's name (``3 Key Points``, ``5 Great Views``).
COUNTED_BEFORE_STREET_WORDS: Final = (
    "key", "main", "top", "great", "best", "big", "small", "new", "major", "important", "other", "more", "few",
    "different", "simple", "easy", "quick", "free", "open", "nice", "beautiful", "amazing", "good", "bedroom",
    "bed", "star", "northern", "southern", "last", "first", "next",
)  # fmt: skip
#: The last word of a phrase like "I live in" before a town and its district (``Dublin 4``, ``v Praze 5``).
IN_TOWN: Final = (
    "in", "im", "en", "em", "à", "a", "w", "we", "v", "ve", "i", "í", "u", "zu", "στην", "στη", "στο", "в", "във",
)  # fmt: skip
#: Street words of Central European languages that a name beginning with a preposition follows (``Cesta v Mestni
#: log``, ``Ulica pod brezami``, ``ulice Nad Mostem``), and the prepositions (``Pod zidom``, ``Mezi Sklady``).
SLAVIC_STREET_WORDS: Final = (
    "ulica", "ulice", "ulici", "ulicu", "ulicy", "ul.", "cesta", "cesti", "ceste", "cesto", "pot", "poti", "trg",
    "trgu", "náměstí", "námestie", "nábřeží", "nábrežie", "třída", "trieda", "šetalište", "put", "putu", "obala",
    "obali", "nabrežje", "sídlisko", "osiedle", "aleja",
)  # fmt: skip
STREET_PREPOSITIONS: Final = (
    "v", "na", "pod", "nad", "pri", "při", "za", "ob", "k", "ke", "do", "od", "u", "pred", "před", "mezi", "okolo",
    "kolem", "poleg",
)  # fmt: skip
#: What people write before their own street, often all in lower case (``moro na rua do ouro 45``, ``I live at
#: 12 baker street``, ``ich wohne in der lindenstraße 12``, ``Morada: rua augusta 27``); after them a street may
#: be written in lower case.
LIVE_AT: Final = (
    "moro na", "moro no", "moro em", "vivo na", "vivo no", "resido na", "vivo en", "vivo en la", "vivo en el",
    "resido en", "i live at", "i live on", "i live in", "my address is", "ich wohne in der", "ich wohne in",
    "ich wohne am", "ich wohne an der", "wohne in der", "j'habite au", "j'habite", "j'habite rue", "abito in",
    "vivo in", "ik woon aan de", "ik woon aan", "ik woon op", "woon aan de", "mieszkam przy", "mieszkam na",
    "bydlím v", "bydlím na", "bývam na", "bývam v", "bor på", "jeg bor på", "jag bor på", "asun", "lakom a",
    "živim na", "živim u", "živim v", "gyvenu", "dzīvoju", "locuiesc pe", "locuiesc în", "μένω στην",
    "μένω στη", "μένω στο", "elan", "ég bý á", "noqgħod fi", "stanujem na", "stanujem v",
    "tá mé i mo chónaí ar", "tá mé i mo chónaí ag", "ech wunnen an der", "ech wunnen an", "ech wunnen zu",
    "живея на", "живея в", "bor i", "jeg bor i", "asun osoitteessa", "bý á",
    "ich wohne", "wir wohnen in", "wir wohnen", "ech wunnen", "noqgħod", "noqgħod f'", "tá cónaí orm ar",
    "tá cónaí orm ag", "tá cónaí orm i", "táim i mo chónaí ar", "táim i mo chónaí ag", "eg bur i", "eg bur på",
    "stau pe", "stau în", "stau la", "locuiesc la", "a címem", "címem", "lakcímem", "lakom", "ég á heima á",
    "ég á heima í", "bydlím", "bydlíme v", "bydlíme na", "mieszkam w", "mieszkamy przy", "mieszkamy na",
    "stanujem u", "stanujemo u", "stanujemo na", "we live at", "nous habitons", "j'habite à", "vivemos na",
    "vivimos en", "viviamo in", "wij wonen aan", "wij wonen op", "ik woon in", "vi bor på", "vi bor i", "asumme",
    "asun kadulla", "живеем на", "μένουμε στην", "μένουμε στη", "μένουμε στο", "gyvename", "dzīvojam", "elame",
    "moje adresa je", "moja adresa to", "mano adresas yra", "mi adreça és",
    # "I live" alone before a street without a preposition (bývam drotárska cesta 617/3, stanujem keržičeva ulica 9c)
    "bývam", "stanujem", "živim", "mieszkam", "wohne",
    # "we live" (on, at, in) in every language of the zone
    "we live on", "we live in", "wir wohnen am", "wir wohnen an der", "wir wohnen auf der", "nous habitons au",
    "nous habitons rue", "nous habitons à", "moramos na", "moramos no", "moramos em", "vivemos no", "vivemos em",
    "vivimos en la", "vivimos en el", "abitiamo in", "abitiamo a", "we wonen aan de", "we wonen aan", "we wonen op",
    "we wonen in", "wij wonen in", "vi bur på", "vi bur i", "við búum á", "búum við á", "við búum í",
    "búum á", "asumme osoitteessa", "dzīvojam", "gyvename adresu", "mieszkamy w", "bydlíme", "bývame na",
    "bývame v", "bývame", "živimo na", "živimo u", "živimo v", "živimo", "lakunk", "locuim pe", "locuim în",
    "locuim la", "noqogħdu", "noqogħdu fi", "noqogħdu f'", "tá cónaí orainn ag", "tá cónaí orainn ar",
    "tá cónaí orainn i", "mir wunnen an der", "mir wunnen op der", "mir wunnen an", "mir wunnen",
    # an address word and a comma before the street (``my new address, 14 birch grove``)
    "address,", "adresse,", "adres,", "adresa,", "adress,", "indirizzo,", "dirección,", "morada,", "endereço,",
    "osoite,", "aadress,", "adrese,", "adresas,", "heimilisfang,", "naslov,", "διεύθυνση,", "адрес,", "címem,",
    # the same in the third person (the phrase left out of the street: ``Živi na Slovenski cesti 5``)
    "živi na", "živi u", "živi v", "živijo na", "žive u", "žive na", "bydlí v", "bydlí na", "bydlí ve", "býva na",
    "býva v", "bývajú na", "mieszka na", "mieszka przy", "mieszka w", "mieszkają przy", "mieszkają na",
    # (alone before a street without a preposition, as "I live" is: ``bydlí hasičská 433, 215 97 …``)
    "bydlí", "bydlel", "bydlela", "býva", "bývala", "mieszka", "mieszkał", "mieszkała", "živi", "stanuje", "wohnt",
    # ... and in the past, in the languages whose streets go without a street word (elas Rüütli 12, dzīvoja
    # Lāčplēša 5, gyveno Savanorių 12, lakott a Fő utca 5-ben, έμενε στην Ερμού 12)
    "elab", "elas", "elasin", "elasime", "elavad", "dzīvo", "dzīvoja", "dzīvoju", "gyvena", "gyvenau", "gyveno",
    "gyvenome", "lakik", "laktam", "lakott", "laktunk", "laknak", "asuu", "asuin", "asuimme", "asuvat",
    "μένει", "έμενα", "έμενε", "μένουν", "живее на", "живеех на", "живееше на", "живеят на", "bydlel jsem v",
    "bydlel jsem na",
    "bydlela jsem v", "bydlela jsem na", "býval som na", "bývala som na", "mieszkałem na", "mieszkałam na",
    "mieszkałem przy", "mieszkałam przy", "živio sam u", "živjela sam u", "živel sem na", "živela sem na",
    "býr á", "bjó á", "bjuggum á", "locuiește pe", "locuia pe", "locuiam pe", "stă pe", "stătea pe",
    "heimilisfangið mitt er", "heimilisfang mitt er", "moj naslov je", "moj naslov:", "mana adrese ir",
    "adressen min er", "adressa mi er", "is é mo sheoladh", "l-indirizz tiegħi hu", "l-indirizz tiegħi huwa",
    "our address is", "unsere adresse ist", "notre adresse est", "nuestra dirección es", "il nostro indirizzo è",
    "a nossa morada é", "ons adres is", "vores adresse er", "vår adress är", "osoitteemme on", "nasz adres to",
    "naše adresa je", "naša adresa je", "moj adres to", "moja adresa:", "mana adrese:", "adresa mea:",
    # address labels
    "morada:", "a minha morada é", "minha morada é", "a morada é", "endereço:", "dirección:", "mi dirección es",
    "domicilio:", "address:", "adresse:", "meine adresse ist", "anschrift:", "wohnhaft in", "indirizzo:",
    "il mio indirizzo è", "adres:", "mijn adres is", "adresa:", "adresa je", "adres zamieszkania:", "osoite:",
    "osoitteeni on", "lakcím:", "címem:", "διεύθυνση:", "адрес:", "adrese:", "adresas:", "aadress:", "adress:",
    "min adress är", "min adresse er", "heimilisfang:", "naslov:", "indirizz:", "seoladh:",
    # "send it to the address ..."
    "na naslov", "na adresu", "na adresi", "na adrese", "na adres", "na adresę", "an die adresse", "to the address",
    "à l'adresse", "all'indirizzo", "a la dirección", "para a morada", "naar het adres", "till adressen",
    "til adressen", "osoitteeseen", "osoitteessa", "a címre", "la adresa", "на адрес", "στη διεύθυνση",
    "meng adress ass", "adresa mea este", "адресът ми е", "η διεύθυνσή μου είναι", "mans adrese ir",
    "mano adresas", "minu aadress on", "moja adresa je", "mój adres to", "mon adresse est", "mi domicilio es",
    "aadressile", "aadressil", "uz adresi", "adresē", "adresu", "en la dirección", "na morada", "op het adres",
    "op adres", "unter der adresse", "på adressen", "op d'adress", "op der adress", "chuig an seoladh",
    "ag an seoladh", "fl-indirizz", "lill-indirizz", "á heimilisfangið", "á heimilisfanginu", "na naslovu",
    "címen", "a címen", "διεύθυνση κατοικίας", "elukoht:", "dzīvesvieta:", "gyvenamoji vieta:", "μένω",
    "μένουμε",
)  # fmt: skip
#: Names of a field or column holding a street in pasted data (``"street": "Vodičkova 30"``, ``adresa;Ilica 15``),
#: besides the address labels of ``LIVE_AT`` (``morada:`` -> ``morada``).
ADDRESS_FIELDS: Final = (
    *(label[:-1] for label in LIVE_AT if label.endswith(":")),
    "street", "street_address", "streetaddress", "address_line1", "address1", "addr", "straße", "strasse",
    "rua", "calle", "via", "ulica", "ulice", "utca", "iela", "gatvė", "gata", "gatuadress", "katuosoite",
    "cím", "morada", "endereço", "dirección", "direccion", "indirizzo", "adresse", "anschrift", "adres", "adresa",
    "address", "domicilio", "διεύθυνση", "адрес", "osoite", "lakcím", "adrese", "adresas", "aadress", "adress",
)  # fmt: skip
