"""The messy corpora: the first, the blind one, the third, the fourth, the fifth and the sixth (the detectors'
development sets), the seventh, the eighth and the ninth (their test sets).

Each corpus has its own folders (messages, frames, benign messages and their frames), its own seeds, how many times
a frame is filled, the country data it draws from where Faker has none, and its section of the page. The later
corpora's hand-written streets and towns (for the countries Faker has no address data for) are their own, not an
earlier corpus's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from bench.messy_corpus_locales import LOCALES, Locale
from bench.messy_corpus_report import (
    BLIND_PAGE,
    EIGHTH_PAGE,
    FIFTH_PAGE,
    FIRST_PAGE,
    FOURTH_PAGE,
    NINTH_PAGE,
    SEVENTH_PAGE,
    SIXTH_PAGE,
    THIRD_PAGE,
    PageSection,
)

FIXTURES: Final = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


@dataclass(frozen=True)
class Corpus:
    """One messy corpus and its benign companion: where they are, how they are filled, where they are reported."""

    name: str
    messy_dir: Path
    benign_dir: Path
    seed: int  # the messages' values (plus a per-language offset)
    benign_seed: int  # the benign messages' draws
    rounds: int  # how many times a frame with slots is filled
    locales: Mapping[str, Locale]
    page: PageSection

    @property
    def frames_dir(self) -> Path:
        """The hand-written message frames."""
        return self.messy_dir / "frames"

    @property
    def benign_frames_dir(self) -> Path:
        """The hand-written benign frames and place names."""
        return self.benign_dir / "frames"


def _streets(language: str, streets: tuple[str, ...], towns: tuple[tuple[str, str], ...]) -> Locale:
    return dataclasses.replace(LOCALES[language], streets=streets, towns=towns)


#: The blind corpus's own streets (`#`: the house number) and towns where Faker has no address data.
BLIND_LOCALES: Final[Mapping[str, Locale]] = {
    **LOCALES,
    "bg": _streets(
        "bg",
        ("ул. „Христо Ботев“ #", "бул. „Мария Луиза“ #", "ул. „Алабин“ #", "бул. „Васил Левски“ #",
         "ул. „Иван Вазов“ #", "ж.к. „Младост“ бл. #", "ул. „Солунска“ #", "бул. „Патриарх Евтимий“ #"),
        (("5000", "Велико Търново"), ("7000", "Русе"), ("6000", "Стара Загора"), ("2700", "Благоевград"),
         ("5800", "Плевен")),
    ),
    "et": _streets(
        "et",
        ("Pronksi #", "Tähe #", "Jakobi tn #", "Rüütli #", "Lai tn #", "Sõpruse pst #", "Karja #",
         "Kesk tn #"),
        (("50090", "Tartu"), ("41531", "Jõhvi"), ("71020", "Viljandi"), ("93815", "Kuressaare"),
         ("13516", "Tallinn")),
    ),
    "ga": _streets(
        "ga",
        ("# Bóthar Ard Aidhne", "# Sráid na Siopaí", "# Ascaill Ghráinne", "# Bóthar an Bhaile Mhóir",
         "# Lána an tSéipéil", "# Cearnóg an Aonaigh", "# Bóthar Chnoc Mhuire"),
        (("F91 HX72", "Sligeach"), ("X91 K2C4", "Port Láirge"), ("A92 T8K2", "Droichead Átha"),
         ("F94 W2P6", "Dún na nGall"), ("R95 E6F3", "Cill Chainnigh")),
    ),
    "is": _streets(
        "is",
        ("Austurstræti #", "Grettisgata #", "Bárugata #", "Njálsgata #", "Strandgata #", "Hafnarstræti #",
         "Álfheimar #", "Kirkjuvegur #"),
        (("400", "Ísafjörður"), ("800", "Selfoss"), ("230", "Reykjanesbær"), ("700", "Egilsstaðir"),
         ("105", "Reykjavík")),
    ),
    "lt": _streets(
        "lt",
        ("Pylimo g. #", "Kalvarijų g. #", "Antakalnio g. #", "Basanavičiaus g. #", "Maironio g. #",
         "Tilžės g. #", "Konstitucijos pr. #"),
        (("LT-35173", "Panevėžys"), ("LT-62112", "Alytus"), ("LT-30122", "Utena"), ("LT-08105", "Vilnius"),
         ("LT-74123", "Tauragė")),
    ),
    "lv": _streets(
        "lv",
        ("Barona iela #", "Čaka iela #", "Gertrūdes iela #", "Kalnciema iela #", "Stacijas iela #",
         "Rīgas iela #", "Aspazijas bulvāris #"),
        (("LV-3401", "Liepāja"), ("LV-4201", "Valmiera"), ("LV-2015", "Jūrmala"), ("LV-4601", "Rēzekne"),
         ("LV-1050", "Rīga")),
    ),
    "mt": _streets(
        "mt",
        ("#, Triq Santa Lucija", "#, Triq il-Wied", "#, Triq tal-Balal", "#, Triq il-Mosta", "#, Triq Dun Karm",
         "#, Triq il-Ħamrun", "#, Triq Ġorġ Borg Olivier"),
        (("MST 1011", "Mosta"), ("NXR 1030", "Naxxar"), ("HMR 1600", "Ħamrun"), ("VCT 1011", "Victoria"),
         ("SPB 1010", "San Pawl il-Baħar")),
    ),
    "lb": _streets(
        "lb",
        ("#, rue de Luxembourg", "#, rue Principale", "#, rue de la Gare", "#, Haaptstrooss", "#, rue du Moulin",
         "#, rue de Mersch", "#, avenue Pasteur"),
        (("L-7201", "Walferdange"), ("L-3750", "Rumelange"), ("L-6401", "Echternach"), ("L-9201", "Diekirch"),
         ("L-8001", "Strassen")),
    ),
}  # fmt: skip

#: The third corpus's own streets (`#`: the house number) and towns where Faker has no address data.
THIRD_LOCALES: Final[Mapping[str, Locale]] = {
    **LOCALES,
    "bg": _streets(
        "bg",
        ("ул. „Александър Стамболийски“ #", "бул. „Христо Смирненски“ #", "ул. „Цар Симеон“ #",
         "ул. „Княз Борис I“ #", "бул. „Стефан Стамболов“ #", "ул. „Славянска“ #", "ул. „Гурко“ #",
         "ж.к. „Люлин“ бл. #"),
        (("9300", "Добрич"), ("8800", "Сливен"), ("6300", "Хасково"), ("4400", "Пазарджик"), ("9700", "Шумен")),
    ),
    "et": _streets(
        "et",
        ("Kreutzwaldi #", "Toompuiestee #", "Endla tn #", "Lossi #", "Raekoja plats #", "Paldiski mnt #",
         "Aia tn #", "Rannamõisa tee #"),
        (("44307", "Rakvere"), ("90502", "Haapsalu"), ("48306", "Jõgeva"), ("72713", "Paide"), ("66203", "Võru")),
    ),
    "ga": _streets(
        "ga",
        ("# Sráid Eoin", "# Bóthar an Fhaiche", "# Ascaill an Choláiste", "# Sráid an Droichid",
         "# Bóthar na Mara", "# Lána na Manach", "# Ardán Naomh Bríd"),
        (("P85 XK20", "Cóbh"), ("H53 T6N4", "Béal Átha na Sluaighe"), ("V92 D8E1", "Trá Lí"),
         ("N37 P2W9", "Baile Átha Luain"), ("E91 C3Y7", "Cluain Meala")),
    ),
    "is": _streets(
        "is",
        ("Vesturgata #", "Frakkastígur #", "Langahlíð #", "Brekkugata #", "Borgarbraut #", "Aðalstræti #",
         "Sólvallagata #", "Kleppsvegur #"),
        (("310", "Borgarnes"), ("300", "Akranes"), ("640", "Húsavík"), ("900", "Vestmannaeyjar"),
         ("550", "Sauðárkrókur")),
    ),
    "lt": _streets(
        "lt",
        ("Naugarduko g. #", "Šv. Ignoto g. #", "Kęstučio g. #", "Aušros al. #", "Sodų g. #",
         "Respublikos g. #", "Vytauto pr. #"),
        (("LT-59135", "Marijampolė"), ("LT-87101", "Telšiai"), ("LT-40114", "Biržai"), ("LT-21101", "Trakai"),
         ("LT-89101", "Mažeikiai")),
    ),
    "lv": _streets(
        "lv",
        ("Miera iela #", "Skolas iela #", "Avotu iela #", "Pils iela #", "Lielā iela #",
         "Vienības gatve #", "Zemitāna iela #"),
        (("LV-2101", "Salaspils"), ("LV-5101", "Aizkraukle"), ("LV-4101", "Cēsis"), ("LV-3101", "Tukums"),
         ("LV-5201", "Jēkabpils")),
    ),
    "mt": _streets(
        "mt",
        ("#, Triq il-Fortizza", "#, Triq Sant'Anna", "#, Triq il-Parroċċa", "#, Triq l-Imdina",
         "#, Triq Nazzjonali", "#, Triq il-Għolja", "#, Triq Mikiel Anton Vassalli"),
        (("ZTN 1021", "Żejtun"), ("RBT 2011", "Rabat"), ("SGN 1010", "Siġġiewi"), ("MRS 1502", "Marsaskala"),
         ("GZR 1020", "Għargħur")),
    ),
    "lb": _streets(
        "lb",
        ("#, rue de Strasbourg", "#, rue des Jardins", "#, rue de l'Église", "#, Bahnhofstrooss",
         "#, rue Nicolas Welter", "#, route de Longwy", "#, rue des Prés"),
        (("L-5201", "Sandweiler"), ("L-9501", "Wiltz"), ("L-7501", "Mersch"), ("L-5401", "Remich"),
         ("L-8201", "Mamer")),
    ),
}  # fmt: skip

#: The fourth corpus's own streets (`#`: the house number) and towns where Faker has no address data.
FOURTH_LOCALES: Final[Mapping[str, Locale]] = {
    **LOCALES,
    "bg": _streets(
        "bg",
        ("ул. „Пиротска“ #", "бул. „Скобелев“ #", "ул. „Хан Аспарух“ #", "ул. „Кракра“ #", "бул. „Македония“ #",
         "ул. „Веслец“ #", "ж.к. „Дружба“ бл. #", "ул. „Карнеги“ #"),
        (("5300", "Габрово"), ("3000", "Враца"), ("2300", "Перник"), ("6600", "Кърджали"), ("3700", "Видин")),
    ),
    "et": _streets(
        "et",
        ("Lõkke #", "Pikk tn #", "Suur-Sõjamäe #", "Vaksali #", "Jaama tn #", "Ringtee #", "Kuninga #",
         "Tammsaare tee #"),
        (("30328", "Kohtla-Järve"), ("68203", "Valga"), ("63308", "Põlva"), ("76505", "Saue"), ("74111", "Maardu")),
    ),
    "ga": _streets(
        "ga",
        ("# Sráid an Teampaill", "# Bóthar na Coille", "# Ascaill Naomh Pádraig", "# Bóthar an Stáisiúin",
         "# Sráid an Mhargaidh", "# Lána an Fhíona", "# Ardán an Ghleanna"),
        (("F92 PX83", "Leitir Ceanainn"), ("H62 XK30", "Baile Locha Riach"), ("Y35 T2N6", "Loch Garman"),
         ("A91 K5W2", "Dún Dealgan"), ("F23 D7H4", "Caisleán an Bharraigh")),
    ),
    "is": _streets(
        "is",
        ("Skipholt #", "Hamraborg #", "Dalbraut #", "Túngata #", "Miklabraut #", "Hafnargata #", "Lækjargata #",
         "Glerárgata #"),
        (("870", "Vík"), ("810", "Hveragerði"), ("240", "Grindavík"), ("270", "Mosfellsbær"),
         ("735", "Eskifjörður")),
    ),
    "lt": _streets(
        "lt",
        ("Didžioji g. #", "Pamėnkalnio g. #", "Jonavos g. #", "Šilutės pl. #", "Kauno g. #", "Liepų g. #",
         "Mindaugo g. #"),
        (("LT-55101", "Jonava"), ("LT-29101", "Anykščiai"), ("LT-99101", "Šilutė"), ("LT-66101", "Druskininkai"),
         ("LT-18101", "Švenčionys")),
    ),
    "lv": _streets(
        "lv",
        ("Tallinas iela #", "Matīsa iela #", "Slokas iela #", "Ropažu iela #", "Baznīcas iela #", "Jūras iela #",
         "Ganību dambis #"),
        (("LV-2150", "Sigulda"), ("LV-4701", "Valka"), ("LV-3901", "Bauska"), ("LV-5601", "Krāslava"),
         ("LV-3301", "Kuldīga")),
    ),
    "mt": _streets(
        "mt",
        ("#, Triq il-Ġnien", "#, Triq Birbal", "#, Triq il-Kunċizzjoni", "#, Triq San Ġużepp", "#, Triq l-Imsida",
         "#, Triq il-Baħar", "#, Triq Dun Mikiel Xerri"),
        (("ZRQ 1010", "Żurrieq"), ("MSD 1011", "Msida"), ("PLA 1010", "Paola"), ("FGR 1010", "Fgura"),
         ("MLH 1010", "Mellieħa")),
    ),
    "lb": _streets(
        "lb",
        ("#, rue de Bonnevoie", "#, rue Aldringen", "#, rue du Fossé", "#, Kierchestrooss", "#, rue de la Forêt",
         "#, route de Thionville", "#, rue Michel Rodange"),
        (("L-6101", "Junglinster"), ("L-9701", "Clervaux"), ("L-5601", "Mondorf-les-Bains"), ("L-4701", "Pétange"),
         ("L-8301", "Capellen")),
    ),
}  # fmt: skip

FIRST: Final = Corpus(
    name="first",
    messy_dir=FIXTURES / "messy_corpus",
    benign_dir=FIXTURES / "benign_places",
    seed=2026,
    benign_seed=2027,
    rounds=3,
    locales=LOCALES,
    page=FIRST_PAGE,
)
BLIND: Final = Corpus(
    name="blind",
    messy_dir=FIXTURES / "messy_corpus_blind",
    benign_dir=FIXTURES / "benign_blind",
    seed=53_117,
    benign_seed=61_043,
    rounds=4,
    locales=BLIND_LOCALES,
    page=BLIND_PAGE,
)
THIRD: Final = Corpus(
    name="third",
    messy_dir=FIXTURES / "messy_corpus_third",
    benign_dir=FIXTURES / "benign_third",
    seed=80_923,
    benign_seed=97_351,
    rounds=4,
    locales=THIRD_LOCALES,
    page=THIRD_PAGE,
)
FOURTH: Final = Corpus(
    name="fourth",
    messy_dir=FIXTURES / "messy_corpus_fourth",
    benign_dir=FIXTURES / "benign_fourth",
    seed=41_729,
    benign_seed=58_211,
    rounds=4,
    locales=FOURTH_LOCALES,
    page=FOURTH_PAGE,
)
#: The fifth corpus's own streets (`#`: the house number) and towns where Faker has no address data.
FIFTH_LOCALES: Final[Mapping[str, Locale]] = {
    **LOCALES,
    "bg": _streets(
        "bg",
        ("ул. „Хан Крум“ #", "бул. „Генерал Тотлебен“ #", "ул. „Цар Самуил“ #", "ул. „Екзарх Йосиф“ #",
         "бул. „Дондуков“ #", "ул. „Московска“ #", "ж.к. „Надежда“ бл. #", "ул. „Позитано“ #"),
        (("5500", "Ловеч"), ("7500", "Силистра"), ("8600", "Ямбол"), ("4700", "Смолян"), ("2500", "Кюстендил")),
    ),
    "et": _streets(
        "et",
        ("Gonsiori #", "Sõle tn #", "Kadaka tee #", "Estonia pst #", "Väike-Ameerika #", "Punane tn #",
         "Lille tn #", "Akadeemia tee #"),
        (("76607", "Keila"), ("40231", "Sillamäe"), ("79511", "Rapla"), ("61507", "Elva"), ("92412", "Kärdla")),
    ),
    "ga": _streets(
        "ga",
        ("# Sráid Pheadair", "# Bóthar an Phiarsaigh", "# Ascaill na Fuinseoige", "# Sráid na Cúirte",
         "# Lána an Ghabha", "# Bóthar an Iarthair", "# Cearnóg Uí Chonaill"),
        (("R93 F6P2", "Ceatharlach"), ("N91 W5X8", "An Muileann gCearr"), ("V95 K2T7", "Inis"),
         ("R35 H4C9", "Tulach Mhór"), ("V93 E8N3", "Cill Airne")),
    ),
    "is": _streets(
        "is",
        ("Bergstaðastræti #", "Snorrabraut #", "Háaleitisbraut #", "Ránargata #", "Eyrarvegur #",
         "Þingholtsstræti #", "Hjallabrekka #", "Smiðjuvegur #"),
        (("210", "Garðabær"), ("170", "Seltjarnarnes"), ("340", "Stykkishólmur"), ("580", "Siglufjörður"),
         ("780", "Höfn")),
    ),
    "lt": _streets(
        "lt",
        ("Totorių g. #", "Aguonų g. #", "Verkių g. #", "Sporto g. #", "Dariaus ir Girėno g. #", "Ozo g. #",
         "Žirmūnų g. #"),
        (("LT-57101", "Kėdainiai"), ("LT-00101", "Palanga"), ("LT-42101", "Rokiškis"), ("LT-90101", "Plungė"),
         ("LT-97101", "Kretinga")),
    ),
    "lv": _streets(
        "lv",
        ("Hospitāļu iela #", "Blaumaņa iela #", "Stabu iela #", "Bruņinieku iela #", "Kurzemes prospekts #",
         "Ausekļa iela #", "Krasta iela #"),
        (("LV-3201", "Talsi"), ("LV-4001", "Limbaži"), ("LV-4801", "Madona"), ("LV-5001", "Ogre"),
         ("LV-3801", "Saldus")),
    ),
    "mt": _streets(
        "mt",
        ("#, Triq it-Torri", "#, Triq il-Kanun", "#, Triq Manwel Dimech", "#, Triq tal-Qroqq",
         "#, Triq il-Lampuki", "#, Triq Ċensu Busuttil", "#, Triq l-Iskola"),
        (("SVR 1011", "Santa Venera"), ("ZBG 1010", "Żebbuġ"), ("SWQ 1010", "Swieqi"), ("MXK 1010", "Marsaxlokk"),
         ("BZN 1010", "Balzan")),
    ),
    "lb": _streets(
        "lb",
        ("#, rue de Neudorf", "#, rue Émile Mayrisch", "#, Schoulstrooss", "#, rue des Romains",
         "#, avenue Gaston Diderich", "#, rue Dicks", "#, rue de Kirchberg"),
        (("L-8055", "Bertrange"), ("L-5884", "Hesperange"), ("L-3850", "Schifflange"), ("L-6735", "Grevenmacher"),
         ("L-9415", "Vianden")),
    ),
}  # fmt: skip
FIFTH: Final = Corpus(
    name="fifth",
    messy_dir=FIXTURES / "messy_corpus_fifth",
    benign_dir=FIXTURES / "benign_fifth",
    seed=73_561,
    benign_seed=29_837,
    rounds=4,
    locales=FIFTH_LOCALES,
    page=FIFTH_PAGE,
)
#: The sixth corpus's own streets (`#`: the house number) and towns where Faker has no address data.
SIXTH_LOCALES: Final[Mapping[str, Locale]] = {
    **LOCALES,
    "bg": _streets(
        "bg",
        ("ул. „Цар Шишман“ #", "бул. „Александър Малинов“ #", "ул. „Георги Бенковски“ #", "ул. „Неофит Рилски“ #",
         "бул. „Сливница“ #", "ул. „Любен Каравелов“ #", "ж.к. „Овча купел“ бл. #", "ул. „Странджа“ #"),
        (("3400", "Монтана"), ("7700", "Търговище"), ("7200", "Разград"), ("6100", "Казанлък"),
         ("2800", "Сандански")),
    ),
    "et": _streets(
        "et",
        ("Telliskivi #", "Kopli #", "Raua tn #", "Liivalaia #", "Ahtri tn #", "Vana-Viru #", "Kaupmehe tn #",
         "Veerenni #"),
        (("72213", "Türi"), ("67405", "Otepää"), ("45106", "Tapa"), ("48104", "Põltsamaa"), ("44106", "Kunda")),
    ),
    "ga": _streets(
        "ga",
        ("# Sráid na Banríona", "# Bóthar an Mhóinéir", "# Ascaill na Darach", "# Lána an Tobair",
         "# Bóthar na Scoile", "# Sráid Liam", "# Ardán na Cille"),
        (("F42 K7X3", "Ros Comáin"), ("H12 N4R8", "An Cabhán"), ("F26 W3T5", "Béal an Átha"),
         ("X35 P9C2", "Dún Garbhán"), ("R51 Y6D4", "Cill Dara")),
    ),
    "is": _streets(
        "is",
        ("Tjarnargata #", "Öldugata #", "Barónsstígur #", "Framnesvegur #", "Kaplaskjólsvegur #", "Nóatún #",
         "Hátún #", "Sundlaugavegur #"),
        (("530", "Hvammstangi"), ("545", "Skagaströnd"), ("620", "Dalvík"), ("425", "Flateyri"),
         ("710", "Seyðisfjörður")),
    ),
    "lt": _streets(
        "lt",
        ("Pilies g. #", "Vokiečių g. #", "Šeimyniškių g. #", "Tuskulėnų g. #", "Kareivių g. #", "Algirdo g. #",
         "Birutės g. #"),
        (("LT-60101", "Raseiniai"), ("LT-82101", "Radviliškis"), ("LT-33101", "Molėtai"), ("LT-67101", "Lazdijai"),
         ("LT-83101", "Pakruojis")),
    ),
    "lv": _streets(
        "lv",
        ("Pērnavas iela #", "Lienes iela #", "Akas iela #", "Marijas iela #", "Biķernieku iela #",
         "Daugavgrīvas iela #", "Šarlotes iela #"),
        (("LV-3701", "Dobele"), ("LV-4301", "Alūksne"), ("LV-4401", "Gulbene"), ("LV-5701", "Ludza"),
         ("LV-5301", "Preiļi")),
    ),
    "mt": _streets(
        "mt",
        ("#, Triq Sant'Antnin", "#, Triq il-Qasam", "#, Triq Dun Ġorġ Preca", "#, Triq il-Ħarrub",
         "#, Triq iż-Żagħfran", "#, Triq San Bartilmew", "#, Triq l-Imqabba"),
        (("ATD 1010", "Attard"), ("LQA 1010", "Luqa"), ("BBG 1010", "Birżebbuġa"), ("TXN 1010", "Tarxien"),
         ("DGL 1010", "Ħad-Dingli")),
    ),
    "lb": _streets(
        "lb",
        ("#, rue du Curé", "#, rue de Beggen", "#, Millewee", "#, rue des Celtes",
         "#, boulevard Grande-Duchesse Charlotte", "#, rue Glesener", "#, rue de Trèves"),
        (("L-9801", "Hosingen"), ("L-7610", "Larochette"), ("L-3901", "Mondercange"), ("L-8501", "Redange"),
         ("L-6601", "Wasserbillig")),
    ),
}  # fmt: skip
SIXTH: Final = Corpus(
    name="sixth",
    messy_dir=FIXTURES / "messy_corpus_sixth",
    benign_dir=FIXTURES / "benign_sixth",
    seed=36_887,
    benign_seed=84_419,
    rounds=4,
    locales=SIXTH_LOCALES,
    page=SIXTH_PAGE,
)
#: The seventh corpus's own streets (`#`: the house number) and towns where Faker has no address data.
SEVENTH_LOCALES: Final[Mapping[str, Locale]] = {
    **LOCALES,
    "bg": _streets(
        "bg",
        ("ул. „Ангел Кънчев“ #", "бул. „Евлоги и Христо Георгиеви“ #", "ул. „Съборна“ #", "ул. „Бачо Киро“ #",
         "бул. „Ботевградско шосе“ #", "ул. „Парчевич“ #", "ж.к. „Красна поляна“ бл. #", "ул. „Трапезица“ #"),
        (("5400", "Севлиево"), ("4300", "Карлово"), ("2600", "Дупница"), ("6400", "Димитровград"),
         ("2850", "Петрич")),
    ),
    "et": _streets(
        "et",
        ("Rävala pst #", "Pirita tee #", "Sütiste tee #", "Kotka tn #", "Filtri tee #", "Võidu tn #",
         "Staadioni #", "Vilmsi #"),
        (("49603", "Mustvee"), ("43125", "Kiviõli"), ("68605", "Tõrva"), ("69403", "Abja-Paluoja"),
         ("64505", "Räpina")),
    ),
    "ga": _streets(
        "ga",
        ("# Sráid an Easpaig", "# Bóthar an Phoirt", "# Ascaill na Beithe", "# Lána na Ceárta",
         "# Bóthar Naomh Colmcille", "# Sráid an Gheata", "# Ardán na Farraige"),
        (("E34 K8X2", "Tiobraid Árann"), ("N41 P7C5", "Cora Droma Rúisc"), ("H71 W3T8", "An Clochán"),
         ("P75 D6F2", "Beanntraí"), ("A82 R5Y9", "Ceanannas")),
    ),
    "is": _streets(
        "is",
        ("Bólstaðarhlíð #", "Ásvallagata #", "Fálkagata #", "Reynimelur #", "Grensásvegur #", "Hofsvallagata #",
         "Engihjalli #", "Þórunnarstræti #"),
        (("815", "Þorlákshöfn"), ("415", "Bolungarvík"), ("540", "Blönduós"), ("350", "Grundarfjörður"),
         ("850", "Hella")),
    ),
    "lt": _streets(
        "lt",
        ("Trakų g. #", "Subačiaus g. #", "A. Smetonos al. #", "Baltų pr. #", "Kalniečių g. #",
         "Herkaus Manto g. #", "Justiniškių g. #"),
        (("LT-20101", "Ukmergė"), ("LT-86101", "Kelmė"), ("LT-32101", "Zarasai"), ("LT-59101", "Prienai"),
         ("LT-71101", "Šakiai")),
    ),
    "lv": _streets(
        "lv",
        ("Dzelzavas iela #", "Lubānas iela #", "Nīcgales iela #", "Ulbrokas iela #", "Anniņmuižas bulvāris #",
         "Katrīnas iela #", "Kandavas iela #"),
        (("LV-4729", "Smiltene"), ("LV-4501", "Balvi"), ("LV-2114", "Olaine"), ("LV-5316", "Līvāni"),
         ("LV-3456", "Aizpute")),
    ),
    "mt": _streets(
        "mt",
        ("#, Triq Ħal Qormi", "#, Triq il-Karmnu", "#, Triq Tumas Dingli", "#, Triq is-Salib",
         "#, Triq il-Fejġel", "#, Triq Santa Margerita", "#, Triq il-Mitħna"),
        (("SGW 1010", "San Ġwann"), ("IKL 1010", "Iklin"), ("XRA 1010", "Xagħra"), ("KKP 1010", "Kirkop"),
         ("GDJ 1010", "Gudja")),
    ),
    "lb": _streets(
        "lb",
        ("#, rue de Hamm", "#, rue Adolphe Fischer", "#, Duerfstrooss", "#, rue Marie-Adélaïde",
         "#, rue de Rollingergrund", "#, avenue de la Faïencerie", "#, rue Sigismond"),
        (("L-5310", "Contern"), ("L-4901", "Bascharage"), ("L-7330", "Heisdorf"), ("L-9901", "Troisvierges"),
         ("L-8401", "Steinfort")),
    ),
}  # fmt: skip
SEVENTH: Final = Corpus(
    name="seventh",
    messy_dir=FIXTURES / "messy_corpus_seventh",
    benign_dir=FIXTURES / "benign_seventh",
    seed=19_471,
    benign_seed=65_237,
    rounds=4,
    locales=SEVENTH_LOCALES,
    page=SEVENTH_PAGE,
)
#: The eighth corpus's own streets (`#`: the house number) and towns where Faker has no address data.
EIGHTH_LOCALES: Final[Mapping[str, Locale]] = {
    **LOCALES,
    "bg": _streets(
        "bg",
        ("ул. „Шипка“ #", "бул. „Тодор Александров“ #", "ул. „Оборище“ #", "ул. „Дунав“ #",
         "бул. „Черни връх“ #", "ул. „Георги Раковски“ #", "ж.к. „Изгрев“ бл. #", "ул. „Шести септември“ #"),
        (("5100", "Горна Оряховица"), ("4500", "Панагюрище"), ("4230", "Асеновград"), ("5250", "Свищов"),
         ("8900", "Нова Загора")),
    ),
    "et": _streets(
        "et",
        ("Kungla tn #", "Tuukri #", "Poska #", "Lembitu #", "Fortuuna tn #", "Mõisavahe #", "Ristiku tn #",
         "Vabriku tn #"),
        (("29023", "Narva-Jõesuu"), ("86501", "Kilingi-Nõmme"), ("46107", "Tamsalu"), ("71001", "Suure-Jaani"),
         ("60101", "Kallaste")),
    ),
    "ga": _streets(
        "ga",
        ("# Sráid an Ghairdín", "# Bóthar an Duga", "# Ascaill na Saileach", "# Lána an Mhuilinn",
         "# Bóthar Naomh Bréanainn", "# Sráid na hEaglaise", "# Ardán an Chnoic"),
        (("E32 W7N4", "Carraig na Siúire"), ("P12 H5D2", "Maigh Chromtha"), ("C15 K6T3", "An Uaimh"),
         ("F31 R9W2", "Baile an Róba"), ("Y21 P8C5", "Inis Córthaidh")),
    ),
    "is": _streets(
        "is",
        ("Mímisvegur #", "Sörlaskjól #", "Ægisíða #", "Kvisthagi #", "Dunhagi #", "Eskihlíð #", "Hrísateigur #",
         "Tómasarhagi #"),
        (("565", "Hofsós"), ("460", "Tálknafjörður"), ("750", "Fáskrúðsfjörður"), ("880", "Kirkjubæjarklaustur"),
         ("675", "Raufarhöfn")),
    ),
    "lt": _streets(
        "lt",
        ("Vivulskio g. #", "Linkmenų g. #", "Šv. Stepono g. #", "Jogailos g. #", "Geležinio Vilko g. #",
         "Raugyklos g. #", "Kalvių g. #"),
        (("LT-56101", "Kaišiadorys"), ("LT-65101", "Varėna"), ("LT-84101", "Joniškis"), ("LT-30101", "Ignalina"),
         ("LT-70101", "Vilkaviškis")),
    ),
    "lv": _streets(
        "lv",
        ("Hanzas iela #", "Strēlnieku iela #", "Vīlandes iela #", "Alberta iela #", "Vaļņu iela #",
         "Kuģu iela #", "Mūkusalas iela #"),
        (("LV-2164", "Ādaži"), ("LV-3294", "Sabile"), ("LV-3913", "Iecava"), ("LV-4240", "Rūjiena"),
         ("LV-4650", "Viļāni")),
    ),
    "mt": _streets(
        "mt",
        ("#, Triq is-Sajjieda", "#, Triq l-Ifran", "#, Triq ix-Xatt", "#, Triq Wied Għomor",
         "#, Triq il-Ġarden", "#, Triq iċ-Ċawsli", "#, Triq Sant'Agata"),
        (("MGR 1010", "Mġarr"), ("MQB 1010", "Mqabba"), ("KKR 1010", "Kalkara"), ("GXQ 1010", "Għaxaq"),
         ("QRD 1010", "Qrendi")),
    ),
    "lb": _streets(
        "lb",
        ("#, rue Notre-Dame", "#, rue de Gasperich", "#, rue Jean l'Aveugle", "#, rue des Trois Cantons",
         "#, Kräizgaass", "#, rue de Cessange", "#, rue Large"),
        (("L-5751", "Frisange"), ("L-7441", "Lintgen"), ("L-4801", "Rodange"), ("L-6831", "Berbourg"),
         ("L-9650", "Esch-sur-Sûre")),
    ),
}  # fmt: skip
EIGHTH: Final = Corpus(
    name="eighth",
    messy_dir=FIXTURES / "messy_corpus_eighth",
    benign_dir=FIXTURES / "benign_eighth",
    seed=92_683,
    benign_seed=47_159,
    rounds=4,
    locales=EIGHTH_LOCALES,
    page=EIGHTH_PAGE,
)
#: The ninth corpus's own streets (`#`: the house number) and towns where Faker has no address data.
NINTH_LOCALES: Final[Mapping[str, Locale]] = {
    **LOCALES,
    "bg": _streets(
        "bg",
        ("ул. „Кирил и Методий“ #", "бул. „Гоце Делчев“ #", "ул. „Стефан Караджа“ #", "ул. „Цар Асен“ #",
         "ул. „Шар планина“ #", "ул. „Васил Априлов“ #", "ж.к. „Тракия“ бл. #", "ул. „Добруджа“ #"),
        (("6500", "Свиленград"), ("2140", "Ботевград"), ("4600", "Велинград"), ("2000", "Самоков"),
         ("5600", "Троян")),
    ),
    "et": _streets(
        "et",
        ("Ehitajate tee #", "Peterburi tee #", "Laki tn #", "Pae tn #", "Majaka tn #", "Ravila tn #",
         "Kaunase pst #", "Turu tn #"),
        (("76806", "Paldiski"), ("74806", "Loksa"), ("66403", "Antsla"), ("69104", "Karksi-Nuia"),
         ("43201", "Püssi")),
    ),
    "ga": _streets(
        "ga",
        ("# Sráid Mhuire", "# Bóthar an Ospidéil", "# Ascaill an Locha", "# Lána na nGabhar",
         "# Bóthar na Páirce Móire", "# Sráid na Cé", "# Ardán Naomh Fionnbarra"),
        (("P51 K2T8", "Mala"), ("W91 X6C3", "An Nás"), ("E53 D4R7", "Ros Cré"), ("A96 N3F5", "Dún Laoghaire"),
         ("N39 P5K2", "An Longfort")),
    ),
    "is": _streets(
        "is",
        ("Laufásvegur #", "Garðastræti #", "Mávahlíð #", "Bústaðavegur #", "Hagamelur #", "Sólheimar #",
         "Furugerði #", "Lindargata #"),
        (("740", "Neskaupstaður"), ("355", "Ólafsvík"), ("450", "Patreksfjörður"), ("690", "Vopnafjörður"),
         ("510", "Hólmavík")),
    ),
    "lt": _streets(
        "lt",
        ("Žemaitės g. #", "Gostauto g. #", "Architektų g. #", "Ateities g. #", "Lvovo g. #", "Pramonės pr. #",
         "Smėlio g. #"),
        (("LT-26101", "Elektrėnai"), ("LT-93101", "Neringa"), ("LT-69101", "Kazlų Rūda"), ("LT-31101", "Visaginas"),
         ("LT-74101", "Jurbarkas")),
    ),
    "lv": _streets(
        "lv",
        ("Grēcinieku iela #", "Ieriķu iela #", "Purvciema iela #", "Viestura iela #", "Kalpaka bulvāris #",
         "Dzirciema iela #", "Pulkveža Brieža iela #"),
        (("LV-2167", "Mārupe"), ("LV-5070", "Lielvārde"), ("LV-2123", "Ķekava"), ("LV-5125", "Skrīveri"),
         ("LV-3018", "Ozolnieki")),
    ),
    "mt": _streets(
        "mt",
        ("#, Triq il-Linja", "#, Triq ir-Ramla", "#, Triq San Ġorġ", "#, Triq Ġużè Ellul Mercer",
         "#, Triq il-Ferrovija", "#, Triq it-Tiġrija", "#, Triq l-Arċisqof"),
        (("GZR 1030", "Gżira"), ("PBK 1010", "Pembroke"), ("LJA 1010", "Lija"), ("XWK 1010", "Xewkija"),
         ("NDR 1010", "Nadur")),
    ),
    "lb": _streets(
        "lb",
        ("#, rue Zithe", "#, rue de Mühlenbach", "#, rue Auguste Lumière", "#, rue Jean-Pierre Brasseur",
         "#, Schlassstrooss", "#, rue du Verger", "#, avenue Marie-Thérèse"),
        (("L-3201", "Bettembourg"), ("L-7730", "Colmar-Berg"), ("L-8181", "Kopstal"), ("L-3601", "Kayl"),
         ("L-8521", "Beckerich")),
    ),
}  # fmt: skip
NINTH: Final = Corpus(
    name="ninth",
    messy_dir=FIXTURES / "messy_corpus_ninth",
    benign_dir=FIXTURES / "benign_ninth",
    seed=67_349,
    benign_seed=31_873,
    rounds=4,
    locales=NINTH_LOCALES,
    page=NINTH_PAGE,
)
CORPORA: Final[Mapping[str, Corpus]] = {
    corpus.name: corpus for corpus in (FIRST, BLIND, THIRD, FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH)
}
