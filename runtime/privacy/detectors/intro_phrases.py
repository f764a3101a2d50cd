"""The ways people introduce themselves in the market languages, before their name (pure data).

``STRONG`` phrases say a name follows (``my name is``, ``nazywam się``): any capitalized words after them are
taken as a name. ``WEAK`` ones may as well introduce a job or a nationality (``ich bin Arzt``, ``I am
Portuguese``): the word after them must be a known given name. Phrases are written as people type them;
``names`` folds them (case and accents) before matching.
"""

from __future__ import annotations

from typing import Final

STRONG: Final = (
    # en, pt, es, fr, de, it, nl
    "my name is", "my name's", "call me", "chamo-me", "me chamo", "o meu nome é", "meu nome é", "me llamo",
    "mi nombre es", "je m'appelle", "mon nom est", "ich heiße", "ich heisse", "mein name ist", "mi chiamo",
    "il mio nome è", "ik heet", "mijn naam is",
    # pl, sv, da, no, fi, et, lv, lt
    "nazywam się", "mam na imię", "jag heter", "mitt namn är", "jeg hedder", "mit navn er", "jeg heter",
    "mitt navn er", "nimeni on", "minun nimeni on", "minu nimi on", "mani sauc", "mano vardas",
    # cs, sk, ro, el, hu, hr, sl, bg
    "jmenuji se", "jmenuju se", "volám sa", "menujem sa", "mă numesc", "ma numesc", "numele meu este",
    "με λένε", "λέγομαι", "το όνομά μου είναι", "a nevem", "nevem", "zovem se", "ime mi je", "pišem se",
    "казвам се",
    # is, mt, ga, lb
    "ég heiti", "eg heiti", "nafnið mitt er", "jisimni", "l-isem tiegħi hu", "is mise", "is é m'ainm",
    "ech heeschen", "mäin numm ass",
)  # fmt: skip
WEAK: Final = (
    "i am", "i'm", "this is", "sou", "eu sou", "aqui é", "soy", "yo soy", "je suis", "ici", "ich bin", "hier ist",
    "sono", "io sono", "ik ben", "hier is", "jestem", "tu", "jag är", "det är", "jeg er", "her er", "olen",
    "täällä", "jsem", "tady je", "som", "sunt", "eu sunt", "είμαι", "εδώ", "vagyok", "itt", "ja sam", "sam",
    "jaz sam", "sem", "jaz sem", "tukaj je", "es esmu", "aš esu", "ma olen",
)  # fmt: skip
#: Introductions after which a name written all in lower case is still taken when its first word is a known
#: given name (``my name is ana silva``, ``sou a ana silva``): the strong phrases, and the Portuguese ``sou a``/
#: ``sou o`` (the article makes a name of what follows).
LOWER_CASE: Final = (*STRONG, "sou a", "sou o", "eu sou a", "eu sou o")
#: Words that end a lower-case name after its given name: conjunctions, pronouns, articles and the verbs that
#: follow an introduction. Any other word is taken as a surname (masking one word too many is the safe error).
LOWER_CASE_NAME_END: Final = (
    "e", "y", "i", "and", "und", "et", "ed", "en", "og", "och", "ja", "és", "si", "și", "a", "o", "os", "as", "la",
    "el", "le", "il", "the", "um", "uma", "un", "una", "une", "ein", "eine", "mas", "but", "pero", "ma", "aber",
    "mais", "maar", "men", "ale", "eu", "yo", "je", "io", "ich", "ik", "ja", "jag", "jeg", "i", "we", "nós",
    "quero", "queria", "gostaria", "tenho", "estou", "moro", "vivo", "preciso", "quiero", "quisiera", "tengo",
    "necesito", "want", "would", "have", "need", "live", "am", "voudrais", "veux", "ai", "suis", "habite",
    "vorrei", "voglio", "ho", "sono", "abito", "möchte", "will", "habe", "bin", "wohne", "brauche", "wil", "heb",
    "ben", "woon", "chciałbym", "chcę", "mam", "jestem", "mieszkam", "vill", "har", "bor", "är", "vil", "er",
    "haluan", "asun", "olen", "com", "con", "with", "mit", "avec", "met", "para", "for", "für", "pour", "per",
    "voor", "in", "em", "no", "na", "en", "à", "al", "au", "im",
)  # fmt: skip
#: Titles written before a surname or a full name (besides ``name_tokens.HONORIFICS``).
TITLES: Final = (
    "herrn", "pan", "pani", "panu", "panem", "panią", "pana", "herr", "hr", "fru", "frk", "hr.", "rouva", "herra",
    "paní", "pán", "pane", "domnul", "doamna", "dna", "dl", "κύριος", "κυρία", "κ", "κα", "úr", "asszony",
    "gospod", "gospa", "gospodin", "gospođa", "g", "ga", "sig.ra", "heer", "mevrouw", "mw", "mnr", "mejuffrouw",
)  # fmt: skip
#: Relations written before a person's name (``o meu marido João``, ``meine Frau Anna``, ``mój syn Piotr``):
#: any capitalized words after them are a name, and lower-case words when the first is a known given name.
RELATIONS: Final = (
    # pt, es, fr
    "o meu marido", "meu marido", "a minha mulher", "a minha esposa", "minha esposa", "o meu filho", "meu filho",
    "a minha filha", "minha filha", "o meu pai", "a minha mãe", "o meu irmão", "a minha irmã", "o meu namorado",
    "a minha namorada", "o meu colega", "a minha colega", "mi marido", "mi esposo", "mi esposa", "mi mujer",
    "mi hijo", "mi hija", "mi padre", "mi madre", "mi hermano", "mi hermana", "mi novio", "mi novia",
    "mi compañero", "mi compañera", "mon mari", "ma femme", "mon épouse", "mon fils", "ma fille", "mon père",
    "ma mère", "mon frère", "ma sœur", "ma soeur", "mon conjoint", "ma conjointe",
    # de, it, nl, en, lb
    "mein mann", "meine frau", "mein ehemann", "meine ehefrau", "mein sohn", "meine tochter", "mein vater",
    "meine mutter", "mein bruder", "meine schwester", "mein partner", "meine partnerin", "betreuerin von",
    "betreuer von", "mio marito", "mia moglie", "mio figlio", "mia figlia", "mio padre", "mia madre",
    "mio fratello", "mia sorella", "mijn man", "mijn vrouw", "mijn zoon", "mijn dochter", "mijn vader",
    "mijn moeder", "mijn broer", "mijn zus", "my husband", "my wife", "my son", "my daughter", "my father",
    "my mother", "my brother", "my sister", "my partner", "mäi mann", "meng fra",
    # pl, cs, sk, hr, sl, bg
    "mój mąż", "moja żona", "mój syn", "moja córka", "mój ojciec", "moja matka", "mój brat", "moja siostra",
    "můj manžel", "moje manželka", "můj syn", "moje dcera", "můj bratr", "moje sestra", "môj manžel",
    "moja manželka", "môj syn", "moja dcéra", "môj brat", "moja sestra", "moj muž", "moja žena", "moj sin",
    "moja kći", "moj brat", "moj mož", "moja hči", "моят съпруг", "моята съпруга",
    # sv, da, no, is, fi, et, lv, lt, hu, ro, el, mt
    "min man", "min fru", "min son", "min dotter", "min bror", "min syster", "min mand", "min kone", "min søn",
    "min datter", "min søster", "min mann", "maðurinn minn", "konan mín", "mieheni", "vaimoni", "poikani",
    "tyttäreni", "veljeni", "siskoni", "minu mees", "minu naine", "minu poeg", "minu tütar", "mans vīrs",
    "mana sieva", "mans dēls", "mana meita", "mano vyras", "mano žmona", "mano sūnus", "mano dukra", "a férjem",
    "a feleségem", "a fiam", "a lányom", "soțul meu", "soția mea", "fiul meu", "fiica mea", "ο σύζυγός μου",
    "η σύζυγός μου", "ο γιος μου", "η κόρη μου", "ο άντρας μου", "η γυναίκα μου", "żewġi", "marti",
)  # fmt: skip
#: Contact phrases before a person (``falei com a``, ``I spoke with``, ``ich habe mit``): the first word after
#: them must be a known given or family name (``falei com a Caixa`` is a bank).
CONTACTS: Final = (
    "falei com", "falei com a", "falei com o", "conversei com", "conversei com a", "conversei com o",
    "hablé con", "he hablado con", "j'ai parlé avec", "j'ai parlé à", "ho parlato con", "i spoke with",
    "i spoke to", "i talked to", "i talked with", "ich habe mit", "ich sprach mit", "gesprochen mit",
    "ik heb gesproken met", "ik sprak met", "rozmawiałem z", "rozmawiałam z", "mluvil jsem s", "mluvila jsem s",
    "hovoril som s", "hovorila som s", "am vorbit cu", "μίλησα με τον", "μίλησα με την", "beszéltem",
    "razgovarao sam s", "razgovarala sam s", "govoril sem z", "govorila sem z", "pratade med", "talade med",
    "talte med", "snakket med", "puhuin", "rääkisin", "runāju ar", "kalbėjau su", "contact person",
    "ansprechpartner", "ansprechpartnerin", "persona de contacto", "pessoa de contacto",
)  # fmt: skip
#: Greetings before a person (``Caro Marco``, ``Dear Anna``): a capitalized known given name after them is a name,
#: even one that is also a month or a town (``Marco``, ``Sofia``).
GREETINGS: Final = (
    "olá", "ola", "caro", "cara", "querido", "querida", "hola", "estimado", "estimada", "bonjour", "salut", "cher",
    "chère", "hallo", "liebe", "lieber", "servus", "moin", "ciao", "salve", "gentile", "hoi", "beste", "dag", "hi",
    "hello", "hey", "dear", "cześć", "witaj", "drogi", "droga", "ahoj", "milý", "milá", "hej", "hei", "moi",
    "terve", "tere", "labas", "sveiki", "sveika", "szia", "kedves", "bună", "buna", "dragă", "draga", "zdravo",
    "bok", "dragi", "draga", "γεια σου", "αγαπητέ", "αγαπητή", "здравей", "скъпи", "скъпа", "halló", "kæri",
    "kæra", "kære", "kjære", "bonġu", "għażiż", "għażiża", "a chara", "dia duit",
)  # fmt: skip
#: Closing words of a letter: the short line after them is a signature (a name).
CLOSINGS: Final = (
    "cumprimentos", "com os melhores cumprimentos", "melhores cumprimentos", "atenciosamente", "obrigado",
    "obrigada", "saludos", "un saludo", "atentamente", "gracias", "cordialement", "bien cordialement",
    "bien à vous", "merci", "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße",
    "viele grüße", "liebe grüße", "beste grüße", "danke", "cordiali saluti", "distinti saluti", "saluti",
    "grazie", "met vriendelijke groet", "vriendelijke groeten", "groeten", "best regards", "kind regards",
    "regards", "best wishes", "thanks", "thank you", "sincerely", "yours sincerely", "cheers", "pozdrawiam",
    "z poważaniem", "dziękuję", "s pozdravem", "s pozdravom", "děkuji", "ďakujem", "cu stimă", "cu respect",
    "mulțumesc", "με εκτίμηση", "ευχαριστώ", "φιλικά", "üdvözlettel", "tisztelettel", "köszönöm",
    "lijep pozdrav", "srdačan pozdrav", "s poštovanjem", "lep pozdrav", "hvala", "с уважение", "поздрави",
    "med vänliga hälsningar", "vänliga hälsningar", "hälsningar", "mvh", "med venlig hilsen", "venlig hilsen",
    "med vennlig hilsen", "vennlig hilsen", "hilsen", "ystävällisin terveisin", "terveisin", "lugupidamisega",
    "parimate soovidega", "ar cieņu", "pagarbiai", "su pagarba", "kveðja", "bestu kveðjur", "með kveðju",
    "dejjem tiegħek", "grazzi", "le meas", "go raibh maith agat",
)  # fmt: skip
