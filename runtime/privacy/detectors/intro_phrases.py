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
    # registered, listed or known as, and in or under the name (of): a register's name for the writer or another
    "registered as", "listed as", "known as", "in the name of", "under the name", "under the name of",
    "zapisana jako", "zapisany jako", "zarejestrowana jako", "zarejestrowany jako", "figuruję jako",
    "pod nazwiskiem", "na nazwisko", "vedena jako", "veden jako", "zapsaná jako", "zapsaný jako",
    "registrovaná jako", "registrovaný jako", "na jméno", "pod jménem", "vedená ako", "vedený ako",
    "zapísaná ako", "zapísaný ako", "registrovaná ako", "registrovaný ako", "na meno", "pod menom",
    "upisana kao", "upisan kao", "registrirana kao", "registriran kao", "vodi se kao", "na ime", "pod imenom",
    "vpisana kot", "vpisan kot", "vodena kot", "voden kot", "registrirana kot", "registriran kot",
    "записана като", "записан като", "регистрирана като", "регистриран като", "на името на", "на име",
    "γραμμένη ως", "γραμμένος ως", "εγγεγραμμένη ως", "εγγεγραμμένος ως", "στο όνομα του", "στο όνομα της",
    "με το όνομα", "στο όνομα", "in ainm", "á nafni", "nyilvántartva mint", "bejegyezve mint", "kirjoilla nimellä",
    "rekisteröity nimellä",
    "nimellä", "registreeritud kui", "kirja pandud kui", "nime all", "nimele", "reģistrēta kā", "reģistrēts kā",
    "ierakstīta kā", "ierakstīts kā", "uz vārda", "užregistruota kaip", "užregistruotas kaip", "įrašyta kaip",
    "įrašytas kaip", "trecută ca", "trecut ca", "înregistrată ca", "înregistrat ca", "pe numele", "pe numele lui",
    "ingeschreven als", "geregistreerd als", "bekend als", "op naam van", "onder de naam", "registrerad som",
    "skriven som", "känd som", "i namnet på", "på namnet", "registreret som", "noteret som", "kendt som",
    "i navnet på", "på navnet", "registrert som", "oppført som", "kjent som", "i navnet til",
    "i namnet til", "skráð sem",
    "skráður sem", "þekkt sem", "á nafninu", "undir nafninu", "cláraithe mar", "ar a dtugtar", "faoin ainm",
    "reġistrata bħala", "reġistrat bħala", "imniżżla bħala", "imniżżel bħala", "magħrufa bħala",
    "ageschriwwe als", "registréiert als", "op den numm", "op den numm vun", "op den numm vum", "ënnert dem numm",
    "registriert als", "eingetragen als", "auf den namen", "auf den namen von", "unter dem namen",
)  # fmt: skip
WEAK: Final = (
    "i am", "i'm", "this is", "sou", "eu sou", "aqui é", "soy", "yo soy", "je suis", "ici", "ich bin", "hier ist",
    "sono", "io sono", "ik ben", "hier is", "jestem", "tu", "jag är", "det är", "jeg er", "her er", "olen",
    "täällä", "jsem", "tady je", "som", "sunt", "eu sunt", "είμαι", "εδώ", "vagyok", "itt", "ja sam", "sam",
    "jaz sam", "sem", "jaz sem", "tukaj je", "es esmu", "aš esu", "ma olen",
    # "here is ..." as people open a message
    "it's", "here's", "here is", "c'est", "ici c'est", "hier spricht", "aquí", "qui", "qui è", "det er", "dette er",
    "tady", "tu je", "to ja", "ja som", "ovdje", "ovo je", "tukaj", "аз съм", "това е", "тук е", "eg er", "ég er",
    "hér er", "þetta er", "tämä on", "see on", "siin on", "šeit ir", "čia", "čia yra", "aici e", "aici este", "jien",
    "hawn", "ech sinn", "hei ass", "dat ass", "hier is", "met",
    # "let / ask / that X (call me)", and the verb of a call before the name where the verb comes first
    "lai", "láttu", "kad", "että", "ask", "let", "laat", "lass", "låt", "lad", "že", "że", "hogy", "sune", "sună",
    "llame", "chiami", "ligue", "bed", "нека", "tegul", "niech", "naj", "nech", "lasă", "hadd", "sot dem",
    "għidu lil", "għid lil", "staqsi lil", "ligar ao", "chiamare", "richiamare", "να με πάρει ο", "να με πάρει η",
    "helistas", "zvanīja", "poklicala", "poklical", "hívott", "soitti", "ringde", "ringede", "called", "rief",
    "belde",
)  # fmt: skip
#: Introductions after which a name written all in lower case is still taken when its first word is a known
#: given name (``my name is ana silva``, ``sou a ana silva``): the strong phrases, and the Portuguese ``sou a``/
#: ``sou o`` (the article makes a name of what follows).
LOWER_CASE: Final = (*STRONG, "sou a", "sou o", "eu sou a", "eu sou o")
#: Words that end a lower-case name after its given name: conjunctions, pronouns, articles and the verbs that
#: follow an introduction. Any other word is taken as a surname (masking one word too many is the safe error).
LOWER_CASE_NAME_END: Final = (
    "e", "y", "i", "and", "und", "et", "ed", "en", "og", "och", "ja", "és", "si", "și", "και", "αλλά", "ή", "a",
    "o", "os", "as", "la",
    "el", "le", "il", "the", "um", "uma", "un", "una", "une", "ein", "eine", "mas", "but", "pero", "ma", "aber",
    "mais", "maar", "men", "ale", "eu", "yo", "je", "io", "ich", "ik", "ja", "jag", "jeg", "i", "we", "nós",
    "quero", "queria", "gostaria", "tenho", "estou", "moro", "vivo", "preciso", "quiero", "quisiera", "tengo",
    "necesito", "want", "would", "have", "need", "live", "am", "voudrais", "veux", "ai", "suis", "habite",
    "vorrei", "voglio", "ho", "sono", "abito", "möchte", "will", "habe", "bin", "wohne", "brauche", "wil", "heb",
    "ben", "woon", "chciałbym", "chcę", "mam", "jestem", "mieszkam", "vill", "har", "bor", "är", "vil", "er",
    "haluan", "asun", "olen", "com", "con", "with", "mit", "avec", "met", "para", "for", "für", "pour", "per",
    # Luxembourgish verbs after a name (``meng schwéiesch gisela wulf huet``)
    "huet", "hunn", "ass", "wunnt", "schafft", "rifft", "kënnt", "wëll", "soll", "kann", "wäert",
    # relative pronouns (``c'est yves qui``, ``sono marco che``)
    "qui", "que", "che", "who", "der", "die", "som", "joka", "kes", "který", "která", "która", "który", "care",
    "που", "aki", "koji", "koja", "ki", "kuris", "kuri", "kas",
    "voor", "in", "em", "no", "na", "en", "à", "al", "au", "im",
    # object pronouns (``tomas man paskambintų``, ``tomislav mi se javi``)
    "man", "mig", "meg", "mér", "mi", "me", "mnie", "mě", "mij", "mich", "mir", "mulle", "minulle",
)  # fmt: skip
#: Titles written before a surname or a full name (besides ``name_tokens.HONORIFICS``).
TITLES: Final = (
    "herrn", "pan", "pani", "panu", "panem", "panią", "pana", "herr", "hr", "fru", "frk", "hr.", "rouva", "herra",
    "paní", "pán", "pane", "domnul", "doamna", "dna", "dl", "κύριος", "κυρία", "κ", "κα", "úr", "asszony",
    "gospod", "gospa", "gospodin", "gospođa", "g", "ga", "sig.ra", "heer", "mevrouw", "mw", "mnr", "mejuffrouw",
    "господин", "госпожа", "господине", "госпожо", "г-н", "г-жа", "κύριε", "panie", "panowie",
    # a notary's, an accountant's, a lawyer's title (fr, it), Maltese with the article, the vocatives of hr and lt,
    # Finnish and Swedish Miss, the Irish Mr (``an tUasal``)
    "maître", "rag.", "dott.", "avv.", "geom.", "is-sur", "is-sinjura", "is-sinjorina", "sinjura", "sinjorina",
    "gospodine", "gospođo", "gospođice", "pone", "neiti", "fröken", "uasal",
)  # fmt: skip
#: Ranks and professions written after a title as a form of address (``Herr Doktor``, ``Frau Präsidentin``, ``pan
#: doradca``, ``господин управителят``): no name themselves; a surname may follow them as it follows a title.
RANKS: Final = (
    "doktor", "doktorin", "professor", "professorin", "präsident", "präsidentin", "direktor", "direktorin",
    "kollege", "kollegin", "pfarrer", "minister", "ministerin", "bürgermeister", "bürgermeisterin", "vorsitzende",
    "vorsitzender", "kommissar", "nachbar", "nachbarin", "ingenieur", "magister", "prezes", "prezesie",
    "dyrektor", "dyrektorze", "kierownik", "kierowniczka", "kierowniczko", "mecenas", "profesor", "redaktor",
    "inżynier", "doradca", "doradczyni", "konsultant", "konsultantka", "ředitel", "ředitelka", "poradce",
    "poradkyně", "účetní", "inženýr", "riaditeľ", "riaditeľka", "poradca", "poradkyňa", "doktore", "direktore",
    "savjetnik", "savjetnica", "svetovalec", "svetovalka", "управител", "управителят", "управителю", "директор",
    "директорът", "доктор", "докторе", "министър", "консултант", "director", "directorul", "directoare",
    "doctor", "consilier", "consiliera", "διευθυντά", "διευθυντή", "γιατρέ", "direktör", "ordförande",
    "manager", "president", "chairman", "chairwoman", "officer", "konsulent", "rådgiver", "rådgivare",
    # the doctor, in the cases a verb or preposition asks for (``u doktora Nováka``, ``la doctorul Popescu``,
    # ``στον γιατρό Παππά``, ``pas gydytoją Petraitį``, ``pie ārsta Kalniņa``, ``beim Dokter Weber``)
    "lekarz", "lekarka", "lékař", "lekár", "zdravnik", "liječnik", "лекар", "doktora", "doktorowi", "doktorem",
    "doktorze", "lekarza", "lekarzowi", "lekarzem", "lekarki", "lekarką",
    "doktorovi", "doktorka", "doktorky", "doktorce", "lékaře", "lékaři", "lékařem", "lékařka", "lékařky",
    "mudr", "doktorom", "doktorke", "lekára", "lekárovi", "lekárom", "lekárka", "lekárky", "zdravnika",
    "zdravniku", "zdravnikom", "zdravnica", "zdravnice", "zdravnici", "doktorja", "doktorju", "doktoru",
    "doktorica", "doktorice", "doktorici", "liječnika", "liječniku", "liječnikom", "liječnica", "liječnice",
    "д-р", "доктора", "доктору", "лекаря", "лекарката", "γιατρό", "γιατρού", "γιατρός", "δρ", "lääkäri",
    "lääkärin", "lääkärille", "lääkärillä", "lääkäriltä", "tohtori", "tohtorin", "tohtorille", "doktori",
    "doktorile", "arsti", "arstile", "ārsta", "ārstam", "ārsts", "ārste", "ārstes", "ārstei", "dakteris",
    "daktera", "dakterim", "gydytojas", "gydytoją", "gydytojo", "gydytojui", "gydytoja", "gydytojos",
    "gydytojai", "daktaras", "daktarą", "daktaro", "doctorul", "doctorului", "doctorița", "doctoriței", "doctora",
    "dokter", "huisarts", "tandarts", "läkare", "tandläkare", "læge", "lægen", "tandlæge", "tannlege",
    "dochtúir", "dochtúra", "tabib", "it-tabib", "lit-tabib", "għand it-tabib",
)  # fmt: skip
#: Relations written before a person's name (``o meu marido João``, ``meine Frau Anna``, ``mój syn Piotr``):
#: any capitalized words after them are a name, and lower-case words when the first is a known given name.
_RELATIONS: Final = (
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
    *(
        # friends, colleagues, parents, grandparents, partners, in every market language (postposed possessives
        # too: ``kona mi``, ``dóttir mín``, ``сестра ми``, ``αδερφή μου``, ``sora mea``)
        "o meu amigo", "a minha amiga", "a minha avó", "o meu avô", "o meu companheiro", "a minha companheira",
        "o meu cunhado", "a minha cunhada", "minha irmã", "meu irmão", "minha mãe", "meu pai", "mi amigo",
        "mi amiga", "mi abuela", "mi abuelo", "mi pareja", "mi cuñado", "mi cuñada", "mi colega", "mon ami",
        "mon amie", "ma copine", "mon copain", "ma grand-mère", "mon grand-père", "mon collègue", "ma collègue",
        "mon compagnon", "ma compagne", "meine freundin", "mein freund", "meine oma", "mein opa", "mein kollege",
        "meine kollegin", "mein lebensgefährte", "meine lebensgefährtin", "meine mama", "mein papa",
        "il mio amico", "la mia amica", "mia nonna", "mio nonno", "il mio collega", "la mia collega",
        "il mio compagno", "la mia compagna", "mia mamma", "mio papà", "mijn vriend", "mijn vriendin", "mijn oma",
        "mijn opa", "mijn collega", "mijn partner", "mijn echtgenoot", "mijn echtgenote", "mijn mama",
        "mijn papa", "my friend", "my colleague", "my grandmother", "my grandfather", "my mum", "my mom", "my dad",
        "my boyfriend", "my girlfriend", "my fiancé", "my fiancée", "my niece", "my nephew", "my aunt",
        "my uncle", "my cousin", "meng duechter", "mäi jong", "mäi bouf", "meng meedchen", "mäi papp",
        "meng mamm", "mäi brudder", "meng schwëster", "mäi frënd", "meng frëndin", "mäi kolleg", "meng kollegin",
        "meng bomi", "mäi bopi", "mäi partner", "meng partnerin", "mäi mann", "meng fra", "mäi sonn",
        "mój przyjaciel", "moja przyjaciółka", "moja babcia", "mój dziadek", "mój kolega", "moja koleżanka",
        "mój partner", "moja partnerka", "moja mama", "mój tata", "mój chłopak", "moja dziewczyna", "mojej żony",
        "mojego męża", "mojej córki", "mojego syna", "mojej mamy", "mojego brata", "mojej siostry", "moje máma",
        "můj táta", "můj otec", "moje matka", "můj přítel", "moje přítelkyně", "můj kolega", "moje kolegyně",
        "moje babička", "můj děda", "moje žena", "můj muž", "mé manželky", "mého manžela", "mé dcery",
        "mého syna", "mé sestry", "moja mama", "môj otec", "môj priateľ", "moja priateľka", "môj kolega",
        "moja kolegyňa", "moja babka", "môj dedko", "moja žena", "môj muž", "moja sestra", "moj otac",
        "moja majka", "moj tata", "moj prijatelj", "moja prijateljica", "moj kolega", "moja kolegica", "moja baka",
        "moj djed", "moja supruga", "moj suprug", "moja kćer", "moj oče", "moj sodelavec", "moja sodelavka",
        "moja babica", "moj dedek", "moja partnerka", "moj partner", "moja punca", "moj fant", "моят син",
        "моята дъщеря", "моята сестра", "моят брат", "моята майка", "моят баща", "моят приятел",
        "моята приятелка", "моят колега", "моята колежка", "съпругът ми", "съпругата ми", "синът ми",
        "дъщеря ми", "сестра ми", "брат ми", "майка ми", "баща ми", "приятелят ми", "приятелката ми",
        "колегата ми", "колежката ми", "жена ми", "мъжът ми", "баба ми", "дядо ми", "min mamma", "min pappa",
        "min mor", "min far", "min vän", "min väninna", "min kollega", "min sambo", "min flickvän", "min pojkvän",
        "min mormor", "min farmor", "min morfar", "min farfar", "min make", "min maka", "min hustru", "min ven",
        "min veninde", "min kæreste", "min samlever", "min venn", "min venninne", "min samboer", "min kjæreste",
        "min datter", "min sønn", "min søster", "min bestemor", "min bestefar", "kona mi", "mannen min",
        "dattera mi", "datteren min", "dotter mi", "dottera mi", "sønnen min", "sonen min", "son min",
        "broren min", "bror min", "søstera mi", "søsteren min", "syster mi", "systera mi", "mora mi", "moren min",
        "mor mi", "faren min", "far min", "kjæresten min", "venninna mi", "venninnen min", "vennen min",
        "kollegaen min", "kollegen min", "samboeren min", "dóttir mín", "sonur minn", "bróðir minn",
        "systir mín", "móðir mín", "mamma mín", "faðir minn", "pabbi minn", "vinur minn", "vinkona mín",
        "kærastan mín", "kærastinn minn", "amma mín", "afi minn", "eiginmaður minn", "eiginkona mín",
        "dóttur mína", "son minn", "konu mína", "manninn minn", "äitini", "isäni", "ystäväni", "kollegani",
        "työkaverini", "mummoni", "isoäitini", "puolisoni", "avopuolisoni", "tyttöystäväni", "poikaystäväni",
        "minu ema", "minu isa", "minu õde", "minu vend", "minu sõber", "minu sõbranna", "minu kolleeg",
        "minu abikaasa", "minu vanaema", "minu elukaaslane", "mu mees", "mu naine", "mu poeg", "mu tütar",
        "mu ema", "mu isa", "mu õde", "mu vend", "mu sõber", "mu kolleeg", "mu abikaasa", "mu elukaaslane",
        "mana māsa", "mans brālis", "mana māte", "mana mamma", "mans tēvs", "mans draugs", "mana draudzene",
        "mans kolēģis", "mana kolēģe", "mana vecmāmiņa", "mans partneris", "mana partnere", "mano sesuo",
        "mano brolis", "mano mama", "mano motina", "mano tėtis", "mano tėvas", "mano draugas", "mano draugė",
        "mano kolega", "mano kolegė", "mano močiutė", "mano senelis", "mano duktė", "mano partneris",
        "mano partnerė", "a nővérem", "a húgom", "a bátyám", "az öcsém", "az anyám", "az édesanyám", "az apám",
        "az édesapám", "a barátom", "a barátnőm", "a kollégám", "a nagymamám", "a nagypapám", "a párom",
        "az unokám", "a testvérem", "nővérem", "húgom", "bátyám", "öcsém", "anyukám", "apukám", "férjem",
        "feleségem", "fiam", "lányom", "barátnőm", "kollégám", "párom", "sora mea", "fratele meu", "mama mea",
        "tatăl meu", "prietenul meu", "prietena mea", "colegul meu", "colega mea", "bunica mea", "bunicul meu",
        "partenerul meu", "partenera mea", "αδερφή μου", "αδελφή μου", "αδερφός μου", "αδελφός μου",
        "αδερφό μου", "μητέρα μου", "μαμά μου", "πατέρας μου", "μπαμπάς μου", "φίλος μου", "φίλη μου",
        "φίλο μου", "συνάδελφός μου", "γιαγιά μου", "παππούς μου", "κόρη μου", "γιος μου", "γιο μου",
        "σύζυγός μου", "σύζυγο μου", "σύντροφός μου", "γυναίκα μου", "άντρας μου", "άντρα μου", "άνδρας μου",
        "ħuti", "oħti", "ommi", "missieri", "binti", "ibni", "ħabibi", "ħabibti", "sieħbi", "sieħbti",
        "m'fhear céile", "mo bhean chéile", "m'iníon", "mo mhac", "mo dheartháir", "mo dheirfiúr",
        "mo mháthair", "m'athair", "mo chara", "mo pháirtí", "mo sheanmháthair",
        # the wider family, in-laws, neighbours, accountants and lawyers
        "ir-raġel tiegħi", "il-mara tiegħi", "it-tifel tiegħi", "it-tifla tiegħi", "il-ħabib tiegħi",
        "il-ħabiba tiegħi", "il-kollega tiegħi", "is-sieħeb tiegħi", "is-sieħba tiegħi", "ommi", "in-nanna tiegħi",
        "ανιψιά μου", "ανιψιός μου", "θεία μου", "θείος μου", "ξαδέρφη μου", "ξάδερφός μου", "πεθερά μου",
        "πεθερός μου", "εγγονή μου", "εγγονός μου", "νύφη μου", "γαμπρός μου", "συνεργάτης μου",
        "γείτονάς μου", "γειτόνισσά μου", "λογιστής μου", "δικηγόρος μου", "κουμπάρος μου", "κουμπάρα μου", "νονός μου",
        "νονά μου", "κολλητός μου", "κολλητή μου", "my neighbour", "my neighbor",
        "my accountant", "my lawyer", "my son-in-law", "my daughter-in-law", "my grandson", "my granddaughter",
        "my stepson", "my stepdaughter", "mijn neef", "mijn nicht", "mijn tante", "mijn oom", "mijn buurman",
        "mijn buurvrouw", "mijn schoonzoon", "mijn schoondochter", "mijn kleinzoon", "mijn kleindochter",
        "meine nichte", "mein neffe", "meine tante", "mein onkel", "mein cousin", "meine cousine", "mein nachbar",
        "meine nachbarin", "mein enkel", "meine enkelin", "mein schwiegersohn", "meine schwiegertochter",
        "min nevø", "min niece", "min moster", "min faster", "min onkel", "min fætter", "min kusine", "min nabo",
        "mitt barnebarn", "mitt barnbarn", "min svigersøn", "min svigerdatter", "min brorsønn", "min nabo",
        "min granne", "min kusin", "min svärson", "min svärdotter", "min systerdotter", "min brorson",
        "frændi minn", "frænka mín", "nágranni minn", "tengdasonur minn", "barnabarn mitt", "veljenpoikani",
        "siskontyttöni", "tätini", "setäni", "enoni", "serkkuni", "naapurini", "lapsenlapseni", "vävyni", "miniäni",
        "minu õetütar", "minu vennapoeg", "minu tädi", "minu onu", "minu naaber", "minu lapselaps", "mu naaber",
        "mana brāļameita", "mans brāļadēls", "mana tante", "mans tēvocis", "mans kaimiņš", "mana kaimiņiene",
        "mans mazdēls", "mana mazmeita", "mano dukterėčia", "mano sūnėnas", "mano teta", "mano dėdė",
        "mano kaimynas", "mano kaimynė", "mano anūkas", "mano anūkė", "moja siostrzenica", "moja bratanica",
        "mój siostrzeniec", "mój bratanek", "moja ciocia", "mój wujek", "mój kuzyn", "moja kuzynka",
        "mój sąsiad", "moja sąsiadka", "mój wnuk", "moja wnuczka", "mój zięć", "moja synowa", "moje neteř",
        "můj synovec", "moje teta", "můj strýc", "můj bratranec", "moje sestřenice", "můj soused", "moje sousedka",
        "můj vnuk", "moje vnučka", "môj synovec", "moja neter", "môj strýko", "môj sused", "moja susedka",
        "môj vnuk", "moja vnučka", "moja nećakinja", "moj nećak", "moja teta", "moj ujak", "moj stric",
        "moj bratić", "moja sestrična", "moj susjed", "moja susjeda", "moj unuk", "moja unuka", "moja nečakinja",
        "moj nečak", "moj stric", "moj sosed", "moja soseda", "moj vnuk", "moja vnukinja", "az unokahúgom",
        "az unokaöcsém", "a nagynéném", "a nagybátyám", "a szomszédom", "az unokatestvérem", "a vejem", "a menyem",
        "nepoata mea", "nepotul meu", "mătușa mea", "unchiul meu", "vărul meu", "verișoara mea", "vecinul meu",
        "vecina mea", "ginerele meu", "nora mea", "моята племенница", "моят племенник", "леля ми", "чичо ми",
        "вуйчо ми", "братовчед ми", "братовчедка ми", "съседът ми", "съседката ми", "внукът ми", "внучката ми",
        "mon neveu", "ma nièce", "ma tante", "mon oncle", "mon cousin", "ma cousine", "mon voisin", "ma voisine",
        "mon petit-fils", "ma petite-fille", "mon gendre", "ma belle-fille", "mi sobrino", "mi sobrina", "mi tía",
        "mi tío", "mi primo", "mi prima", "mi vecino", "mi vecina", "mi yerno", "mi nuera", "o meu sobrinho",
        "a minha sobrinha", "a minha tia", "o meu tio", "o meu primo", "a minha prima", "o meu vizinho",
        "a minha vizinha", "o meu genro", "a minha nora", "mio nipote", "mia zia", "mio zio", "mio cugino",
        "mia cugina", "il mio vicino", "la mia vicina", "mio genero", "mia nuora",
        # in-laws
        "my sister-in-law", "my brother-in-law", "my mother-in-law", "my father-in-law", "ma belle-sœur",
        "ma belle-soeur", "mon beau-frère", "ma belle-mère", "mon beau-père", "mi suegra", "mi suegro",
        "a minha sogra", "o meu sogro", "a minha cunhada", "o meu cunhado", "mia cognata", "mio cognato",
        "mia suocera", "mio suocero", "meine schwägerin", "mein schwager", "meine schwiegermutter",
        "mein schwiegervater", "mijn schoonzus", "mijn zwager", "mijn schoonmoeder", "mijn schoonvader",
        "meng schwéiesch", "mäi schwoer", "meng schwéiermamm", "mäi schwéierpapp", "min svigerinde", "min svoger",
        "min svigermor", "min svigerfar", "min svigerinne", "min svigerinna", "min svägerska", "min svåger",
        "min svärmor", "min svärfar", "mágkona mín", "mágur minn", "tengdamóðir mín", "tengdafaðir minn",
        "kälyni", "lankoni", "anoppini", "appeni", "minu käli", "minu õemees", "minu ämm", "minu äi", "mu ämm",
        "mana svaine", "mans svainis", "mana vīramāte", "mana sievasmāte", "mano svainė", "mano svainis",
        "mano anyta", "mano uošvė", "mano uošvis", "moja szwagierka", "mój szwagier", "moja teściowa", "mój teść",
        "moje švagrová", "můj švagr", "moje tchyně", "můj tchán", "moja švagriná", "môj švagor", "moja svokra",
        "môj svokor", "moja šogorica", "moj šogor", "moja svekrva", "moja punica", "moj svekar", "moj punac",
        "moja svakinja", "moj svak", "moja tašča", "moj tast", "a sógornőm", "a sógorom", "az anyósom",
        "az apósom", "sógornőm", "sógorom", "anyósom", "apósom", "cumnata mea", "cumnatul meu", "soacra mea",
        "socrul meu", "η κουνιάδα μου", "ο κουνιάδος μου", "η πεθερά μου", "ο πεθερός μου", "снаха ми", "зет ми",
        "свекърва ми", "тъща ми", "балдъза ми", "il-kunjata tiegħi", "il-kunjat tiegħi", "il-kunjata",
        "il-kunjat", "mo dheirfiúr chéile", "mo dheartháir céile", "mo mháthair chéile", "m'athair céile",
        # the name an account, a contract or a policy is in
        # (those that end with a preposition, ``em nome do``, ``a nombre de``, would make every word after a
        # ``de`` or ``do`` look for a phrase: left out)
        "auf den namen", "nimele", "vardu", "na ime", "in ainm", "f'isem", "στο όνομα", "na jméno", "na meno",
        "pe numele",
    ),
)  # fmt: skip
#: The possessives of the third person for those of the first, written before the relation (``su madre``, ``seine
#: Tochter``, ``his wife``) or after it (``η κόρη του``, ``soția lui``, ``dóttir hennar``): another person's kin is
#: named as one's own is.
_THEIRS_BEFORE: Final = {
    "my": ("his", "her", "their"), "mein": ("sein", "ihr"), "meine": ("seine", "ihre"), "mijn": ("zijn", "haar"),
    "mon": ("son",), "ma": ("sa",), "mi": ("su",), "mio": ("suo",), "mia": ("sua",), "il mio": ("il suo",),
    "la mia": ("la sua",), "o meu": ("o seu",), "a minha": ("a sua",), "meu": ("seu",), "minha": ("sua",),
    "mój": ("jego", "jej"), "moja": ("jego", "jej"), "můj": ("jeho", "její"), "moje": ("jeho", "její"),
    "môj": ("jeho", "jej"), "mano": ("jo", "jos"), "mans": ("viņa", "viņas"), "mana": ("viņa", "viņas"),
    "min": ("hans", "hennes", "hendes"), "minu": ("tema",), "mu": ("tema",),
}  # fmt: skip
_THEIRS_AFTER: Final = {
    "μου": ("του", "της"), "meu": ("lui", "ei"), "mea": ("lui", "ei"), "minn": ("hans", "hennar"),
    "mín": ("hans", "hennar"), "tiegħi": ("tiegħu", "tagħha"), "mi": ("hans", "hennes"), "min": ("hans", "hennes"),
}  # fmt: skip


def _theirs(phrase: str) -> tuple[str, ...]:
    """The relation ``phrase`` with a third person's possessive for the first person's (none if it has none)."""
    head, _, rest = phrase.partition(" ")
    first_two = " ".join(phrase.split(" ")[:2])
    if first_two in _THEIRS_BEFORE and phrase.count(" ") >= 2:
        return tuple(f"{other} {phrase[len(first_two) + 1 :]}" for other in _THEIRS_BEFORE[first_two])
    if head in _THEIRS_BEFORE and rest:
        return tuple(f"{other} {rest}" for other in _THEIRS_BEFORE[head])
    start, _, last = phrase.rpartition(" ")
    if last in _THEIRS_AFTER and start:
        return tuple(f"{start} {other}" for other in _THEIRS_AFTER[last])
    return ()


#: Hungarian marks the third person's possessive on the noun itself (``a lánya``, ``a felesége``).
_HUNGARIAN_THEIRS: Final = (
    "a lánya", "a fia", "a felesége", "a férje", "az anyja", "az apja", "a nővére", "a húga", "a bátyja",
    "az öccse", "a barátja", "a barátnője", "a kollégája", "a párja", "a testvére", "az édesanyja", "az édesapja",
)  # fmt: skip
_GREEK_ARTICLES: Final = ("ο", "η")
_ALL_RELATIONS: Final = tuple(
    dict.fromkeys((*_RELATIONS, *(other for phrase in _RELATIONS for other in _theirs(phrase)), *_HUNGARIAN_THEIRS))
)
#: Greek writes the article before a name after a relation (``ο γιος μου ο Νίκος``, ``η κόρη μου η Μαρία``).
RELATIONS: Final = (
    *_ALL_RELATIONS,
    *(
        f"{phrase} {article}"
        for phrase in _ALL_RELATIONS
        if phrase.endswith((" μου", " του", " της"))
        for article in _GREEK_ARTICLES
    ),
)
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
    "gesproken met", "talte med", "snakkede med", "snakka med", "talaði við", "ég talaði við", "sazinājos ar",
    "susisiekiau su", "am discutat cu", "μίλησα με", "επικοινώνησα με τον", "επικοινώνησα με την",
    "razgovarala sam sa", "razgovarao sam sa", "govorila sem s", "govoril sem s", "говорих с", "разговарях с",
    "volal jsem", "volala jsem", "volal som", "volala som", "dzwoniłem do", "dzwoniłam do", "tkellimt ma",
    "labhair mé le", "jag pratade med", "jeg talte med", "jeg snakket med",
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
    "sæl", "sæll", "hæ", "goddag", "god dag", "здравейте", "sziasztok", "čau", "živjo", "moien", "dzień dobry",
    "dobrý den", "dobry den", "γεια", "καλημέρα", "labdien", "dobar dan", "dober dan", "bună ziua",
    # as people type them to open a chat
    "hiya", "hi there", "hello there", "hey there", "tsau", "tšau", "haigh", "dia dhuit", "здрасти", "здравейте",
    "bjr", "slt", "coucou", "buenas", "buongiorno",
    "goedemorgen", "goedendag", "grüezi", "hejsan", "hallå", "moikka", "heippa", "hyvää päivää", "tere päevast",
    "laba diena", "dobrý deň", "dobry den", "dzien dobry", "helló", "jó napot", "καλησπέρα", "góðan dag",
    "gudde moien",
    # the salutation of a letter
    "szanowny", "szanowna", "szanowni", "stimate", "stimată", "stimata", "spoštovani", "spoštovana", "poštovani",
    "poštovana", "vážený", "vážená", "vážený pane", "vážená paní", "vážený pán", "vážená pani", "αξιότιμε",
    "αξιότιμη", "уважаеми", "уважаема", "tisztelt", "gerbiamas", "gerbiamoji", "godātais", "godātā", "hyvä",
    "lugupeetud", "bästa", "kære", "geachte", "egregio", "gentile", "estimado", "estimada", "prezado", "prezada",
    "sehr geehrte", "sehr geehrter",
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
    "благодаря", "хубав ден", "tervitades", "aitäh", "parimate soovidega", "paldies", "ar labiem vēlējumiem",
    "sveicieni", "ačiū", "linkėjimai", "üdv", "üdvözlet", "takk", "kær kveðja", "bestu kveðjur", "tak",
    "mange hilsner", "de bedste hilsner", "tack", "kiitos", "groetjes", "bedankt", "dank je", "mvg",
    "met vriendelijke groeten", "dzięki", "serdecznie pozdrawiam", "pozdrowienia", "díky", "zdravím", "vďaka",
    "lp", "pozdrav", "cu drag", "toate cele bune", "χαιρετώ", "χαιρετισμούς", "saħħa", "tislijiet",
    "schéinen dag", "schéinen dag nach", "e schéinen dag",
    "schéine gruss", "mat beschte gréiss", "äddi", "gruß", "grüße", "lg", "vg", "mfg", "gr", "grtz", "slán",
    "le gach dea-ghuí",
    "best", "all the best", "many thanks", "geros dienos", "dėkoju", "ar sveicieniem", "visu labu", "jauku dienu",
    "благодаря предварително", "всичко хубаво", "сърдечни поздрави", "лек ден", "ευχαριστώ πολύ",
    "με φιλικούς χαιρετισμούς", "καλή συνέχεια", "ευχαριστώ εκ των προτέρων", "καλή σας μέρα", "groet",
    "alvast bedankt", "dank u", "dank u wel", "hartelijke groet", "vriendelijke groet", "grazzi ħafna",
    "merci villmools", "léif gréiss", "villmools merci", "bis geschwënn", "kiitos paljon", "kiitos etukäteen",
    "parimat", "tänan", "tänan ette", "o zi bună", "mulțumesc frumos", "numai bine", "mersi", "zdraví",
    "hezký den", "děkuji předem", "předem děkuji", "pekný deň", "vopred ďakujem", "z góry dziękuję",
    "pozdrawiam serdecznie", "miłego dnia", "srdačno", "unaprijed hvala", "hvala unaprijed", "hvala lijepa",
    "hvala vnaprej", "lepo bodi", "prijazen pozdrav", "köszönöm szépen", "előre is köszönöm", "köszi",
    "szép napot", "tack på förhand", "tack så mycket", "med vänlig hälsning", "vänlig hälsning", "mange tak",
    "tak på forhånd", "kærlig hilsen", "takk på forhånd", "tusen takk", "helsing", "venleg helsing",
    "beste helsing", "takk fyrir", "kærar þakkir", "bestu þakkir", "slán go fóill", "go raibh míle maith agat",
    "beannachtaí", "thanks in advance", "thanks a lot", "warm regards", "take care", "danke im voraus",
    "vielen dank", "herzliche grüße", "schöne grüße",
    # thanks as people type them in a hurry, without accents or abbreviated (``thx``, ``obg``, ``t.``, ``grma``)
    "thx", "thnx", "thanx", "tnx", "tks", "obg", "obgd", "obrigadão", "valeu", "dik", "děkuju", "dekuju",
    "dakujem", "мерси", "благодаря ви", "t", "terv", "kiitti", "kiitoksia", "dzieki", "dziekuje", "mulțam", "dank",
    "kv", "bkv", "hels", "vh",
    "multumesc", "grma", "dank je wel", "dankjewel", "dank jullie", "danke schön", "dankeschön", "merci bien",
    "muchas gracias", "mil gracias", "tusind tak", "tusen tack", "þakka þér", "takk takk", "dėkui", "liels paldies",
    "kösz", "köszi szépen", "hvala ti", "hvala vam", "puno hvala", "najlepša hvala", "ευχαριστούμε",
    "σας ευχαριστώ", "ευχαριστω", "grazzi ħafna", "cheers mate",
    # warmer closings and their adjectives (``saludos cordiales``: cordial is no name)
    "saludos cordiales", "cordiales saludos", "un cordial saludo", "cordialmente", "sinceramente", "abrazos",
    "un abrazo", "besos", "beijos", "beijinhos", "abraço", "abraços", "um abraço", "bisous", "bises", "gros bisous",
    "baci", "un abbraccio", "abbracci", "tschüss", "kram", "knus", "klem", "hugs", "xoxo", "love", "lots of love",
    "salutations distinguées", "sincères salutations", "meilleures salutations", "salutări", "cu bine",
    "pozdrawiam cieplutko", "srdečně", "srdečne", "üdvözlettel", "szívélyes üdvözlettel", "hälsningar",
    "varma hälsningar", "ystävällisesti", "sydämellisesti", "lämpimin terveisin",
    # thanks in advance
    "mulțumesc anticipat", "multumesc anticipat", "mersi anticipat", "gracias de antemano", "gracias por adelantado",
    "obrigado antecipadamente", "obrigada antecipadamente", "grazie in anticipo", "danke vorab", "merci d'avance",
    "merci par avance", "paldies jau iepriekš", "ačiū iš anksto", "grazzi minn qabel", "takk fyrirfram",
)  # fmt: skip
