"""Places that hold a person's name (pure): street, saint's and place names, and towns named after people.

``Rua Almirante Reis``, ``via Giuseppe Verdi``, ``ul. Adama Mickiewicza``, ``бул. „Христо Ботев“``, ``San
Sebastián``, ``Hospital Santa Maria``, ``Uniwersytet im. Adama Mickiewicza``, ``King Edward``, ``Liszt Ferenc
tér``, ``Gedimino prospekte``, ``Karl Johans gate``, ``Haakon VII``, ``Birger Jarlsgatan``, ``Viana do
Castelo``, ``Reggio Emilia``: the name detectors take no person inside them; nor in a landmark's town (``Arena di
Verona``), a town before the word for a town (``Gyula városban``), a street after Romanian ``de pe`` or a Greek
feminine article (``στην Παύλου Μελά``), a chain in its case (``k Albertu``).
"""

from __future__ import annotations

import re
from typing import Final

from runtime.privacy.detectors.name_greek import greek_script
from runtime.privacy.detectors.name_inflection import family_name, inflected_given
from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words, capitalized
from runtime.privacy.detectors.name_words import (
    COMMON_WORDS,
    FAMILY_NAMES,
    FREQUENT_WORDS,
    GIVEN_NAMES,
    PLACE_PREPOSITIONS,
    RARE_GIVEN_NAMES,
    TOWNS,
    word_set,
)
from runtime.privacy.detectors.named_products import chain_branch, chain_case, product
from runtime.privacy.detectors.place_frames import (
    ARTICLES,
    MALTESE_ARTICLES,
    before_town_word,
    elided,
    from_on,
    irish_place,
    journey,
    road_to,
    town_of_place,
    travel_to,
)
from runtime.privacy.detectors.place_words import (
    ADDRESS_WORDS,
    BRANCH_WORDS_BEFORE,
    COMPOUND_ENDINGS,
    ICELANDIC_PLACE_ENDINGS,
    NOUN_CAPITALIZED,
    PLACE_TYPES_BEFORE,
    PRODUCT_WORDS,
    business_inflected,
    place_type_after,
    place_type_after_inflected,
    place_type_apposed,
    place_type_before,
    place_type_inflected,
)
from runtime.privacy.detectors.street_types import AFTER, BEFORE, GLUED
from runtime.privacy.detectors.street_types import NAME_PARTICLES as STREET_PARTICLES
from runtime.privacy.detectors.town_names import (
    ONE_WORD_TOWNS,
    TOWN_PREPOSITION_LINKS,
    TOWN_PREPOSITIONS,
    TOWN_WORDS,
    inflected_town,
    person_town,
    town_form,
)
from runtime.privacy.normalize import fold

#: The word for a saint in its cases and genders (folded), before the saint's name in a place's, a church's or a
#: feast's name (``Święta Katarzyna``, ``svätej Alžbety``, ``vo Svätom Martine``, ``v Svetem Petru``, ``Sfântul
#: Gheorghe``, ``Pyhän Henrikin``, ``Püha Vaimu``, ``šventojo Jono``, ``Naomh Pádraig``): a person's name never
#: follows it.
SAINT_FORMS: Final = frozenset(
    fold(word)
    for word in word_set("""
święty święta święte świętego świętej świętemu świętym świętą świętych świętymi
svatý svatá svaté svatého svatému svatém svatým svatou svatí svatých
svätý svätá svätej svätého svätému svätom svätým svätou svätí svätých
sveti sveta sveto svetega svetemu svetem svetim svetih svetog svetoga svetom svetome svetoj svetu svetima
šventas šventoji šventojo šventosios šventajam šventajai šventąjį šventąją šventojoje šventajame šventųjų
svētais svētā svētās svētajam svētajai svēto svētajā svēts
sfântul sfânta sfintei sfântului sfinții sfinților sântă sânt
szent szentek szentnek
pyhä pyhän pyhää pyhälle pyhässä püha pühale pühas
naomh naoimh
sankt sankta sankte sint heilige heiligen
άγιος άγιο αγίου άγια αγία αγίας αγίων άγιοι
свети света светия светата свето светите
""")
)
#: Words before which a name is part of a place's name in any letter case (``Rua Almirante Reis``, ``via
#: Giuseppe Verdi``, ``San Sebastián``, ``Santa Maria da Feira``, ``Hospital Santa Maria``, ``Escola José Régio``,
#: ``град Милан``).
_PLACE_WORD_LIST = (
    frozenset(fold(word).rstrip(".") for word in BEFORE if word.rstrip(".").replace("-", "").isalpha())
    | word_set("""
san santa santo sao saint sainte st sankt sankti sant sint sv sveti sveta svety svaty svata szent agios agia αγιος αγια
αγιου αγιας hospital hospitais escola colegio liceo liceu lycee gymnasium universidade universidad universita
universite universitat university aeroporto aeropuerto aeroport airport flughafen estacao estacion gare station
bahnhof museu museo musee museum teatro theatre theater fundacao fundacion fondation stiftung ponte puente pont
porto puerto port vila villa ciudad cidade praia playa plage igreja iglesia eglise kirche chiesa capela capilla
clinica klinik instituto institut estadio stadion parque parc park mercado hotel quinta monte mont bairro sierra
stazione stacja dworzec nadrazi stanice stanica metro metrostation aeroportul lotnisko letiste letisko letalisce
letalisca letaliscu letaliscem lotniska lotnisku lotniskiem letiska letisku ecole
college academy akademia akademie schule liceum gimnazjum technikum szkola szkoly szkole uniwersytet
uniwersytetu uniwersytecie politechnika univerzita univerzitet sveuciliste universiteit hogeschool universitatea
colegiul liceul scoala ospedale hopital krankenhaus szpital szpitalu nemocnice nemocnica bolnica spitalul
biblioteca biblioteka bibliotheque bibliothek palazzo palais chateau schloss
giardino stadio basilica catedral cathedral cattedrale centro centrum monumento pomnik imienia
king queen prince princess kong konge dronning kung drottning prinsesse prinsessan konig konigin kaiser
kaiserin rei rainha roi reine krolowa krola krolowej kralovna krale kraljica
kiralyne karalius karaliaus karaliene karalis kuningas kuninganna emperor empress tsar czar pope papiez
papieza duchess hertig hertug herzog herzogin erzherzog swietego swietej swietych svateho svate
svetog svetega sfantul sfanta regele regelui reginei cel cea principe princesa infante infanta porta porte
πανεπιστημιο νοσοκομειο σταθμοσ σταθμο αεροδρομιο αερολιμενασ μετρο σχολειο γηπεδο
βασιλιασ βασιλισσα βασιλεωσ βασιλισσησ
rondo ronda rondzie rondem moscie mostu luka luku luci zracna zracnu zracnoj aerodrom przy rog rogu
letisti letistem letisku letiska letiskom trga trgu trgom
nemocnici nemocnicich nemocnicu univerzite univerzity univerzitu univerzitou knihovna knihovne knihovny knihovnu
knihovnou kniznica kniznici kniznice gymnazia gymnaziu gymnaziem skola skole skoly skolu skolou zs zus sps
fakulta fakulte fakulty ustav ustavu ustave ustavem muzeum muzeu muzea muzeem divadlo divadla divadlem nadace
nadaci nadacia nadacii pivovar pivovaru pivovare pivovarem bibliotece biblioteki fundacja fundacji instytut
instytutu instytucie wydzial wydziale politechnice politechniki akademii browar browaru browarze
stadionu stadionem stadiónu stadióne
площад пл булевард бул ул улица гара летище университет болница училище гимназия станция цар царица княз
св свети света светия жк кв
театър театъра театърът читалище читалището стадион стадиона стадионът библиотека библиотеката галерия галерията
академия академията музей музея музеят зала залата храм храма храмът църква църквата катедрала катедралата
манастир манастира манастирът парк парка паркът мола молът хотел хотела хотелът клиника клиниката болницата
университета университетът училището гимназията колеж колежа колежът институт института институтът лицей
мбал умбал сбал дкц соу су оу ну пмг пгее спг пг дгп
gymnázium gymnáziu gymnáziom gymnáziách gimnazija gimnazije gimnaziji gimnaziju gimnazijom gimnazijo gimnazjum
gimnazjum gimnazjach gimnazjów klinika kliniky klinice kliniku klinikou kliniki klinike poliklinika polikliniky
poliklinice polikliniku bolnišnica bolnišnice bolnišnici bolnišnico bolnice bolnici bolnicu policlinico poliklinik
polizza polizze póliza apólice
istituto scuola ateneo spitalul spitalului liceului colegiului hospitalier hospitalière clinique polyclinique
athénée stade école realschule grundschule gesamtschule hochschule klinikum estadio estádio γυμνάσιο λύκειο
σχολή κλινική поликлиника
céide misraħ telgħa
""")
    | frozenset(word for word in TOWN_WORDS if word not in GIVEN_NAMES or word in COMMON_WORDS)
    | (SAINT_FORMS - GIVEN_NAMES)
)
#: Abbreviations that are a preposition too when written without their dot: the Bulgarian ``с.`` (village) is
#: ``с`` (with) in ``говорих с Иван Петров``; they are a place's word only with the dot (``_DOTTED_PLACE_WORDS``).
_PREPOSITION_ABBREVIATIONS: Final = frozenset(("с",))
#: Abbreviations that are a preposition in lower case without their dot: the Scandinavian ``av`` (by, of: ``ringt
#: opp av Kari Dahl``) is the avenue's ``Av`` only capitalized or dotted (``Av Paulista``, ``av. da Liberdade``).
_CAPITALIZED_ABBREVIATIONS: Final = frozenset(("av",))
_ANY_CASE_PLACE_WORDS: Final = (
    frozenset(fold(word) for word in _PLACE_WORD_LIST) - _PREPOSITION_ABBREVIATIONS - _CAPITALIZED_ABBREVIATIONS
)  # a Greek final ς folds to σ
#: Words that begin no person's name: the words above and the kinds of place of ``place_words`` that are no given
#: or family name (``Mosteiro``, ``Einkaufszentrum``, ``Ardeaglais``; not ``Castillo``, ``Iglesias``, ``Torre``).
#: Estonian postpositions that only a place takes (folded): by the edge or the shore of, at the foot of (``järve
#: ääres``, ``Jaani ääres``: by St John's; a person's whereabouts take ``juures``, at): the name before them is a
#: place's, and they begin no name.
PLACE_POSTPOSITIONS: Final = frozenset(
    fold(word) for word in word_set("ääres äärde äärest kaldal kaldale kaldalt jalamil jalamile jalamilt")
)
PLACE_WORDS: Final = (
    _ANY_CASE_PLACE_WORDS
    | PLACE_POSTPOSITIONS
    | frozenset(
        key
        for key in PLACE_TYPES_BEFORE | BRANCH_WORDS_BEFORE
        if (key not in GIVEN_NAMES and key not in FAMILY_NAMES) or key in COMMON_WORDS
    )
)
#: Abbreviated place words whose dot may stand between them and the name (``ul. Adama``, ``бул. Христо``).
PLACE_ABBREVIATIONS: Final = (
    frozenset(fold(word).rstrip(".") for word in BEFORE if word.endswith("."))
    | word_set("""
ul al pl os im sw sv sf st av r bd bdul str nam tr ал бул ул пл св кв
""")
    | frozenset(fold(word) for word in word_set("nábř nábr sídl tř șos spl cal pța οδ λεωφ πλ"))
)
#: Lower-case words inside a place's name before a person's name (``Trgu bana Josipa Jelačića``).
_PLACE_PARTICLES: Final = (
    NAME_PARTICLES
    | frozenset(fold(word) for word in STREET_PARTICLES if word.isalpha())
    | word_set("kneza cara kraljice svetog svete ta")
) - word_set("e y i si na the lui")  # conjunctions and prepositions may stand between a place and a person
#: Abbreviations that are a place's word only with their dot (``im. Adama Mickiewicza``, ``św. Anny``,
#: ``Sf. Gheorghe``; not the German ``im``).
_DOTTED_PLACE_WORDS: Final = (
    word_set("im sw sf")
    | _PREPOSITION_ABBREVIATIONS
    | _CAPITALIZED_ABBREVIATIONS
    | frozenset(fold(word) for word in word_set("nábř nábr sídl tř șos spl cal pța οδ λεωφ πλ"))
)
#: Abbreviated ranks and titles written with their dot inside a street's name before the person's
#: (``ul. gen. Józefa Bema``, ``ul. ks. Jerzego Popiełuszki``, ``al. marsz. Józefa Piłsudskiego``).
_STREET_TITLES: Final = word_set("""
gen ks kard marsz prof dr dra plk bp abp hetm kpt mjr inz bl
dott dottssa avv ing arch rag geom mons sen on cav comm
mudr judr mvdr paeddr phdr rndr doc akad pplk gen
ifj id kan
проф акад доц д-р др ген инж арх полк кап ст акад
""")
#: Titles written without a dot inside a street's name, in any letter case (``ул. „Д-р Петър Берон“``, ``via
#: monsignor luigi moretti``, ``ул. генерал гурко``).
_UNDOTTED_TITLES: Final = frozenset(
    fold(word)
    for word in word_set("""
д-р генерал професор доктор академик капитан полковник поп отец хаджи митрополит патриарх екзарх
monsignor monsignore cardinale padre don beato beata papa generale dottor dottore professor professore avvocato
ammiraglio capitano colonnello maresciallo onorevole kardinál generál kapitán biskup biskop dun monsinjur
professur kanonku patri gróf báró püspök
""")
)
_OPENING_QUOTES: Final = frozenset("\"„“«‚'")

#: Words that end a place's name after a particle (``Viana do Castelo``, ``Santa Maria da Feira``).
PLACE_TAILS: Final = word_set("castelo feira mar rio monte porto serra ponte lago lima vila campo vale gaia")
#: Place nouns written after a name (``Prince Edward Island``, ``Mariana Islands``) and the words of a town's or a
#: region's administration (``King's Lynn Borough``, ``Kildare County Council``): the run is a place's name.
PLACE_NOUNS_AFTER: Final = word_set("""
island islands isle isles bay river lake mountains mountain county valley hills islas isla ilhas ilha ile iles
insel inseln eiland eilanden oerne oarna saaret
borough council district municipality kommune kommun landkreis bezirk comune municipio concelho
freguesia gmina powiat okres megye
""")

#: Street and place words written after a person's name in a place's name, in any letter case and in their
#: cases (``Liszt Ferenc tér``/``téren``, ``Gedimino prospekte``, ``Karl Johans gate``, ``Aleksis Kiven
#: kadulle``, ``Dronning Louises Bro``); English and other common words among them count only capitalized
#: (``King Edward Street``, not ``Anna Smith close to``).
_AMBIGUOUS_AFTER: Final = word_set("""
st street road rd avenue ave lane drive way close court place square terrace crescent gardens row mews parade
sor ring weg boulevard park station hospital school college university bridge airport hall centre center academy
arena
institute library museum theatre stadium memorial platz allee brucke schule bahnhof kaserne halle huis haus
""")
#: Nouns of natural features, halls and manors that languages writing a place's name with one capital put in lower
#: case after its first word, an adjective or a genitive (``Velika planina``, ``Blejsko jezero``, ``Рила
#: планина``, ``Dzintaru koncertzāle``, ``Rundāles muiža``, ``Valdovų rūmai``): a capitalized word right before one
#: is the place's, not a person's (a person before a lower-case noun takes a verb's place). Not words of other
#: languages that follow a name (``most``, ``slap``: ``Anna most likely paid``).
_LOWER_PLACE_NOUNS: Final = frozenset(
    fold(word)
    for word in word_set("""
planina planini planino jama jami jamo jezero jezeru gora gori goro dolina dolini soteska otok špilja
planinata планина планината езеро езерото връх върха пещера пещерата
hrad hradu zámek zámku jeskyně jaskyňa pleso rybník propast
koncertzāle koncertzālē koncertzāles zāle zālē muiža muižā muižas nams namā dārzs dārzā kalns kalnā
rūmai rūmuose dvaras dvare sodas salė salėje
mõis mõisa mõisas kontserdimaja
""")
)
#: Place nouns after a name that end a place's name in a message written all in lower case (``john lennon
#: airport``): none is a word a person's name comes before in a sentence.
_LOWER_AFTER: Final = word_set("""
airport station hospital bridge museum stadium university arena academy library institute college square street
road avenue
""")
#: Street words written after a name only in their accented form (``Erzsébet híd``, ``H.C. Andersens allé``;
#: not the English ``hid`` or the German ``alle``).
_ACCENTED_AFTER: Final = word_set("""
híd hídon hídra allé alléen tér téren térre téri térről tértől út úton útra útról úti útja útján köz körút körúton
körtér körtéren körtérre hídnál hídhoz hídig hídtól hídról hídi térnél térhez térig útnál úthoz útig úttól körúti
körútnál körúthoz körútig körúttól körútról körútra körtéri körtérnél körtérhez körtértől
""")
#: Hungarian street words (folded) and the case endings they take after a person's name (``Deák Ferenc térnél``:
#: at Deák Ferenc Square, ``Kossuth Lajos utcához``, ``Andrássy útig``, ``Szabadság hídtól``).
_BACK_CASES: Final = ("nal", "hoz", "ig", "tol", "rol", "ra", "on", "at")
_FRONT_CASES: Final = ("nel", "hez", "ig", "tol", "rol", "en", "et")  # not ``terre`` (French), ``ligeti`` (a surname)
_HUNGARIAN_STREET_FORMS: Final = frozenset(
    [stem + ending for stem in ("ut", "korut", "hid", "rakpart", "setany", "fasor") for ending in (*_BACK_CASES, "i")]
    + [stem + ending for stem in ("ter", "korter", "liget") for ending in _FRONT_CASES]
    + ["teri", "korteri", "hidon", "korutnal", "korterrol"]
    + [f"utja{ending}" for ending in ("", "n", "ra", "rol", "nal", "hoz", "ig", "t", "i")]
    + [f"utca{ending}" for ending in ("nal", "hoz", "ig", "tol", "rol", "ra", "n", "ban", "ba", "bol", "t", "i")]
    + ["koznel", "kozhoz", "kozig", "koztol", "ligetben", "fasorban"]
)
_STREET_AFTER_WORDS: Final = (
    (
        frozenset(fold(word).rstrip(".") for word in AFTER if word.rstrip(".").isalpha())
        - _AMBIGUOUS_AFTER
        - frozenset(fold(word) for word in _ACCENTED_AFTER)
    )
    | word_set("""
utca utcaban utcan utcara utcabol utcai utcat ut uton utra utrol uti korut korutra korutrol koz teren
terrol tertol teri rakpart rakparton setany setanyon fasor liget ligetben palyaudvar palyaudvaron
egyetem egyetemen korhaz gimnazium iskola repuloter muzeum szinhaz zeneakademia kiraly kiralyne kiralyno herceg
iela iela ielas ielu ielam bulvaris bulvari laukums laukuma tilts universitate
gatve gatveje gatves gatve prospektas prospekte prospekto prospekta aikste aikstes aiksteje tiltas
universitetas universitete universiteto
tanav tanaval tanavale tanava tanavalt puiestee puiesteel valjak valjakul maantee maanteel sild ulikool
katu kadulla kadulle kadulta kadun katua tie tiella tielle tielta kuja kujalla kujalle kujan
polku polulla tori torilla torille torin aukio aukiolla aukiolle aukion bulevardi bulevardilla bulevardin
puisto puistossa silta sillalla asema asemalla yliopisto
gate gaten gata gatan gade gaden vej vejen vei veien veg vegen vag vagen torg torget torv torvet plads pladsen
plass plassen bro broen bron brygge brygga stasjon stationen skole skolen skola skolan sykehus
sjukhus universitet universitetet kirke kirken kyrka kyrkan institutet sjukhuset sykehuset hogskolan ziekenhuis
sjukehus sjukehuset kunstsenter kulturhus kulturhuset
gymnasiet lukio keskus
""")
    | frozenset({"gumnaasium"})
)
_STREET_AFTER: Final = _STREET_AFTER_WORDS | _HUNGARIAN_STREET_FORMS | PLACE_POSTPOSITIONS
#: Abbreviations written after a name that count only with their dot (``Gedimino pr.``, not ``Anna u nás``).
_AFTER_ABBREVIATIONS: Final = frozenset(fold(word).rstrip(".") for word in AFTER if word.endswith(".")) - frozenset(
    fold(word) for word in AFTER if not word.endswith(".")
)
#: Epithets of monarchs before a capitalized word (``Ștefan cel Mare``).
_EPITHETS: Final = word_set("cel cea")
#: Every street word, for the last part of a hyphenated street name (``Theodor-Heuss-Ring``).
_STREET_WORDS: Final = frozenset(fold(word).rstrip(".") for word in (*GLUED, *AFTER, *BEFORE))
_ROMAN: Final = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
#: Endings of one-word street names that end a place's name after a person's (``Birger Jarlsgatan``,
#: ``Konrad-Adenauer-Straße``); endings that many family names have too (``-ring``, ``-hof``) are left out.
_GLUED_ENDINGS: Final = tuple(
    fold(ending)
    for ending in GLUED
    if len(ending) >= 4
    and ending.isalpha()
    and fold(ending)
    not in word_set("alle dijk grand backen ring damm ufer steig zeile markt baan kade gaarde rinne kaari polku tori")
)


def _place_gap(words: Words, left: int, right: int) -> bool:
    """Whether words ``left`` and ``right`` may be two words of one place's name: one space between them, after
    an abbreviation's dot too (``ul. Adama``), and an opening quote (``бул. „Александър``)."""
    if words.joined(left, right):
        return True
    gap = words.text[words.spans[left][1] : words.spans[right][0]]
    if gap and gap[-1] in _OPENING_QUOTES:
        gap = gap[:-1]
    key = words.folded[left]
    if key == "ta" and gap[:1] in ("'", "’"):
        gap = gap[1:]  # the Maltese ``ta'`` (of): ``il-Kappella ta' Marija``, ``Knisja ta' San Pawl``
    initial = len(words.words[left]) == 1 and words.words[left].isupper()  # ``gen. M. R. Štefánika``
    if gap.startswith(".") and (key in PLACE_ABBREVIATIONS or elided(key) in _STREET_TITLES or initial):
        gap = gap[1:]
    return gap in (" ", "\u00a0")


def _place_gap_plain(words: Words, index: int) -> bool:
    """Whether word ``index`` is followed by a plain space (no dot: ``gen`` is a rank only as ``gen.``)."""
    return index + 1 < len(words.words) and words.joined(index, index + 1)


#: Words after a name that end its clause, or begin another, in German and Luxembourgish (``im Einkaufszentrum
#: Helene und``, ``am Flughafen Franz Josef Strauß ist``), against a verb (``im Kino Thomas getroffen``).
_CLAUSE_WORDS: Final = frozenset(
    fold(word)
    for word in word_set("""
und oder aber in im am an auf bei mit zu zum zur von vom nach aus vor hinter neben ist sind war waren hat haben wird
werden bleibt gibt kann muss soll schliesst offnet oeffnet liegt steht an a an op mat bei vun zu ass sinn war huet
en of maar op aan bij met naar van uit voor is zijn was waren heeft hebben wordt
e y et and or i och og ja es ir un και и ou o mas pero mais but ma em no na nel nella en at on w v u do di de da del
della du des from to para per pour for e è é es est este je jest είναι е е есть ei ne nu nie non not não con com
avec with z s с με cu su ein eine einen
""")
)
#: Adjectives that make the word before them a kind of place (``centro comercial``): no person follows them.
_PLACE_ADJECTIVES: Final = word_set("comercial commerciale commercial handlowe handlowym handlowego")


#: German, Luxembourgish and Dutch articles and contractions before a noun (``im``, ``in der``, ``am``, ``het``).
_VERB_LAST_ARTICLES: Final = word_set("im am ins beim vom zum zur dem der den des das die het de een")


#: The most words looked at between a place's word and a word of its name, either way (``Igreja de Nossa Senhora
#: da Conceição dos Militares``): a longer run of capitalized words is no place's name, and the search stays linear.
_LONGEST_PLACE: Final = 10


def _noun_before_name(words: Words, index: int) -> bool:
    """Whether word ``index`` is a German or Dutch noun of a kind of place, after its article, before a name that
    does not end its clause (``im Kino Thomas getroffen``, ``in der Apotheke Frau Müller getroffen``, ``in het
    museum Jan gezien``): German and Dutch put the verb last, so the name is a person's."""
    key = words.folded[index]
    if key not in NOUN_CAPITALIZED and not (len(key) > 8 and key.endswith(COMPOUND_ENDINGS)):
        return False
    if index == 0 or words.folded[index - 1] not in _VERB_LAST_ARTICLES:
        return False
    if key in _NAMED_PUBLIC_NOUNS and _name_words_after(words, index) >= _LONG_NAME_WORDS:
        return False  # ``am Flughafen Franz Josef Strauß``: an airport's name, not a person met there
    return not _name_ends_clause(words, index)


#: German and Dutch airports, stations and stadiums, named for someone with a full name (``Flughafen Franz Josef
#: Strauß``); a person met there is named by fewer words (``am Flughafen Anna getroffen``).
_NAMED_PUBLIC_NOUNS: Final = word_set("flughafen bahnhof hauptbahnhof stadion luchthaven station flugplatz")
_LONG_NAME_WORDS: Final = 3


def _name_words_after(words: Words, index: int) -> int:
    """How many capitalized words, or known names in lower case, follow word ``index`` (particles among them)."""
    end = index + 1
    while end < len(words.words) and words.joined(end - 1, end):
        word, key = words.words[end], words.folded[end]
        if not (capitalized(word) or key in NAME_PARTICLES or key in GIVEN_NAMES or key in FAMILY_NAMES):
            break
        end += 1
    return end - index - 1


def _name_ends_clause(words: Words, index: int) -> bool:
    """Whether the capitalized name after word ``index`` ends its clause: the message or a sentence ends, a comma
    follows, or a conjunction, preposition or copula (``im Einkaufszentrum Helene und``, ``farmacia Giulia è``;
    not ``in farmacia Giulia mi ha detto``)."""
    end = index + 1
    count = min(len(words.words), index + 1 + _LONGEST_PLACE)
    while (
        end < count
        and words.joined(end - 1, end)
        and (
            capitalized(words.words[end])
            or words.folded[end] in _PLACE_PARTICLES
            or (words.words[end].islower() and _lower_name_form(words.folded[end]))
        )
    ):
        end += 1
    if end >= len(words.words) or not words.joined(end - 1, end):
        return True
    return words.folded[end] in _CLAUSE_WORDS


def _lower_name_form(key: str) -> bool:
    """Whether a folded word is a known name or a case of one, which a message in lower case writes so (``bankomat
    milady horákové``)."""
    if key in _CLAUSE_WORDS or key in FREQUENT_WORDS:
        return False  # ``cafetería Lucía con tarjeta``
    return key in GIVEN_NAMES or key in FAMILY_NAMES or inflected_given(key) or family_name(key)


def _place_word(words: Words, index: int, adjacent: bool) -> bool:
    """Whether word ``index`` is a place word before a name: one of ``_ANY_CASE_PLACE_WORDS`` (``rua``, ``via``,
    ``град``), a kind of place capitalized (``Mosteiro dos``, ``Einkaufszentrum``, ``Galleria``) or, ``adjacent``
    to the name, in lower case (``летище Васил``, ``храм-паметника Александър``, ``hotel Maria``)."""
    key = words.folded[index]
    bare = elided(key)
    first = bare.split("-", 1)[0]  # ``храм-паметника``
    if _noun_before_name(words, index):
        return False
    if key in _ANY_CASE_PLACE_WORDS or bare in _ANY_CASE_PLACE_WORDS or first in _ANY_CASE_PLACE_WORDS:
        return True
    if _unlenited(key) in _ANY_CASE_PLACE_WORDS:
        return True  # ``ar Chearnóg Eyre``: an Irish street word lenited after a preposition
    if words.words[index].lower() in _STREETS_AS_WRITTEN:
        return True  # ``Lána``: a lane with its accent, ``Lana`` without it
    if bare != key and bare in _MALTESE_ARTICLED_PLACES:
        return True  # ``id-Dar ta' Manwel Dimech``: a house's name only after its article
    if key in _CAPITALIZED_ABBREVIATIONS and not words.words[index].islower():
        return True
    if key == "luke" and index > 0 and words.folded[index - 1].startswith("zracn"):
        return True  # ``zračne luke Franjo Tuđman``: of the airport (``Luke`` alone is a name)
    if key in FAMILY_NAMES and index + 1 < len(words.words) and words.folded[index + 1] in GIVEN_NAMES:
        return False  # a surname before a given name (``Castillo Teresa``, ``Iglesias Ana``)
    if adjacent and key in _GREEK_PUBLIC_PLACES:
        return True  # ``στο πλοίο Ελευθέριος Βενιζέλος``: a person there would take the article (``η Μαρία``)
    if adjacent and len(key) > 8 and key.endswith(ICELANDIC_PLACE_ENDINGS):
        return True  # ``ráðstefnuhúsið Harpa``: the article makes the name the place's, whatever follows
    if (
        adjacent
        and (place_type_apposed(bare) or place_type_apposed(first))
        and (key in _PLACE_ADJECTIVES or _name_ends_clause(words, index))
    ):
        return True  # ``pobočka Karla Čapka je``, not ``in farmacia Giulia mi ha detto``
    word = words.words[index]
    shown = (capitalized(word) or word.isupper() or capitalized(word[len(key) - len(bare) :])) and len(word) > 1
    if not shown:
        return False
    if place_type_before(key) or place_type_before(bare) or place_type_before(first):
        return True
    return not _sentence_start(words, index) and (place_type_inflected(bare) or place_type_inflected(first))


#: Greek nouns of public places and institutions, in lower case too (folded): Greek puts its article before a
#: person's name (``στο νοσοκομείο η Μαρία``), so a name right after one of these, without it, is the place's.
_GREEK_PUBLIC_PLACES: Final = frozenset(
    fold(word)
    for word in word_set("""
πλοίο πλοίου στάδιο σταδίου ίδρυμα ιδρύματος νοσοκομείο νοσοκομείου πανεπιστήμιο πανεπιστημίου κολλέγιο
κολλεγίου σχολείο σχολείου γυμνάσιο γυμνασίου λύκειο λυκείου αεροδρόμιο αεροδρομίου σταθμό σταθμός σταθμού
μουσείο μουσείου φεστιβάλ πάρκο πάρκου γήπεδο γηπέδου
""")
)


def _unlenited(key: str) -> str:
    """A folded Irish word without its lenition's ``h`` (``chearnog`` -> ``cearnog``), or the word."""
    if len(key) > 3 and key[1] == "h" and key[0] in "bcdfgmpst":
        return key[0] + key[2:]
    return key


#: Street words that only their accent tells from a given name (as written, in lower case): the Irish ``lána``
#: (a lane; ``Lana`` is a name).
_STREETS_AS_WRITTEN: Final = frozenset({"lána"})


#: Maltese nouns of a place that name one only after their article (``id-Dar``: ``dar`` is ``but`` in Romanian).
_MALTESE_ARTICLED_PLACES: Final = word_set("dar port kazin monument")


def _maltese_capitalized(word: str) -> bool:
    """Whether ``word`` is a word after a Maltese article and its hyphen, capitalized or in the message's one case
    (``il-Kanonku``, ``il-professur``): a title or a noun inside a street's name (``Triq il-Kanonku Karmenu
    Pirotta``)."""
    article, _, rest = word.partition("-")
    return bool(rest) and article.lower() in MALTESE_ARTICLES and (capitalized(rest) or rest.isalpha())


def _sentence_start(words: Words, index: int) -> bool:
    """Whether word ``index`` begins the message or a sentence (so is capitalized whatever it is)."""
    return index == 0 or words.after_break(index)


def in_place(words: Words, index: int) -> bool:
    """Whether word ``index`` continues a place's name (a street type, a saint, a place noun or a monarch's
    title before it)."""
    if _saints_pair(words, index) or _titled_after_the(words, index):
        return True
    probe = index - 1
    adjacent = True  # no particle between the word and the name (``hotel Maria``, not ``casa di Maria``)
    while probe >= 0 and index - probe <= _LONGEST_PLACE and _place_gap(words, probe, probe + 1):
        key = words.folded[probe]
        start = words.spans[probe][0]
        if probe > 0 and words.spans[probe - 1][1] == start - 1 and words.text[start - 1] == ".":
            return False  # a domain's last label (``example.pl. Olen``), no street word
        if _place_word(words, probe, adjacent):
            return True  # ``all'Aeroporto Leonardo``, ``l'avenue Jean``, ``Mosteiro dos``
        if key in _DOTTED_PLACE_WORDS and words.text[words.spans[probe][1] : words.spans[probe][1] + 1] == ".":
            return True
        if not (
            capitalized(words.words[probe])
            or words.words[probe].isupper()
            or _maltese_capitalized(words.words[probe])
            or key in _PLACE_PARTICLES
            or (elided(key) in _STREET_TITLES and not _place_gap_plain(words, probe))
            or key in _UNDOTTED_TITLES
        ):
            return False
        adjacent = adjacent and not words.words[probe].islower()
        probe -= 1
    return False


def _titled_after_the(words: Words, index: int) -> bool:
    """Whether word ``index`` is an English title of rank after ``the``, or the name right after one (``the Admiral
    Rodney``, ``The Lord Nelson``): a pub's, a ship's or a hospital's name, as a person takes no article; not
    before a full name (``the Captain John Smith``)."""
    title = index if words.folded[index] in _NAMED_TITLES else index - 1
    if title < 1 or words.folded[title] not in _NAMED_TITLES or not words.joined(title - 1, title):
        return False
    after = title + 2  # a full name after the title is a person's (``the Captain John Smith``)
    if after < len(words.words) and words.joined(after - 1, after) and words.folded[after] in FAMILY_NAMES:
        return False
    return words.words[title - 1].lower() == "the" and (title == index or words.joined(title, index))


#: Saints before two names joined by a conjunction: a place named for two saints (``Sveti Petar i Pavao``, ``Свети
#: Кирил и Методий``, ``Santi Giovanni e Paolo``, ``Saints Peter and Paul``, ``Св. св. Кирил и Методий``).
_SAINTS: Final = (
    frozenset(
        fold(word)
        for word in word_set("""
san santa santo santi santos são saint sainte saints st sts sankt sankta sant sint sv sveti sveta sveto svetih
svätý svatý svatí svatých szent szentek agios agioi άγιος άγιοι αγίων свети св светия светите šv šventųjų
""")
    )
    | SAINT_FORMS
)
_CONJUNCTIONS: Final = word_set("i и e y and und et es és ir un ja og och en a και ta u și si")


def _saints_pair(words: Words, index: int) -> bool:
    """Whether word ``index`` is the second of two saints' names after a saint's word (``Sveti Petar i Pavao``; not
    ``Hospital Santa Maria e Ana Silva``, where a surname follows)."""
    conjunction, first, saint = index - 1, index - 2, index - 3
    following = index + 1
    if following < len(words.words) and words.joined(index, following) and capitalized(words.words[following]):
        return False
    return (
        saint >= 0
        and words.folded[conjunction] in _CONJUNCTIONS
        and words.joined(conjunction, index)
        and words.joined(first, conjunction)
        and capitalized(words.words[first])
        and words.folded[saint] in _SAINTS
        and _place_gap(words, saint, first)
    )


#: West Slavic nouns of a hill, a mountain, a village, a valley or a lake, in their cases (folded), after an
#: adjective in a place's name (``Jasna Góra``, ``na Jasnej Górze``, ``Zielona Góra``, ``Stará Ves``, ``Nová
#: Lhota``); as surnames (``Góra``, ``Hora``) they follow given names, which are no adjectives.
_FEATURE_NOUNS: Final = frozenset(
    fold(word)
    for word in word_set("""
góra góry górze górę górą wola woli wolę wolą wieś wsi dolina doliny dolinie dolinę doliną wyspa wyspy wyspie
wyspę jezioro jeziora jeziorze puszcza puszczy puszczę huta huty hucie hutę
hora hory hoře horu horou hore ves vsi vesnice lhota lhoty lhotě lhotu lhotou dolina doliny dolině dolinu
jezero jezera jezeře jazero jazera huť hute vrch vrchu
""")
)
#: Endings of West Slavic adjectives in their cases, longest first: what is left is the adjective's stem.
_ADJECTIVE_CASE_ENDINGS: Final = ("ego", "emu", "ych", "ymi", "ej", "ou", "ym", "em", "a", "e", "y", "i", "u")


def _adjective(key: str) -> bool:
    """Whether a folded word is a West Slavic adjective in some case: its stem with the masculine and the neuter
    endings is a frequent word (``jasnej`` -> ``jasny``, ``jasne``; ``stara`` -> ``stary``, ``stare``; not
    ``anna``: ``anny`` is no frequent word)."""
    for ending in _ADJECTIVE_CASE_ENDINGS:
        stem = key[: len(key) - len(ending)]
        if key.endswith(ending) and len(stem) >= 3:
            return stem + "y" in FREQUENT_WORDS and stem + "e" in FREQUENT_WORDS
    return False


def place_tail(words: Words, start: int, end: int) -> bool:
    """Whether the words ``start:end`` end as a place does (a particle, then ``Castelo``, ``Feira``...; a place
    noun such as ``Island``; an adjective, then ``Góra``, ``Lhota``...)."""
    return any(
        (words.folded[i] in PLACE_TAILS and words.folded[i - 1] in NAME_PARTICLES)
        or words.folded[i] in PLACE_NOUNS_AFTER
        or (words.folded[i] in _FEATURE_NOUNS and _adjective(words.folded[i - 1]))
        for i in range(start + 1, end)
    )


def in_town(words: Words, start: int, end: int) -> bool:
    """Whether the words ``start:end`` lie inside the name of a town of ``TOWNS`` (``Reggio Emilia``), or begin
    inside one and go on with no given name (``TALAVERA DE LA REINA LA SEMANA``: in capitals a run takes in the
    words after the town)."""
    for first in range(max(0, start - 3), start + 1):
        for town in TOWNS.get(words.folded[first], ()):
            last = first + len(town)
            if last > start and tuple(words.folded[first:last]) == town:
                return last >= end or not any(key in GIVEN_NAMES for key in words.folded[last:end])
    return False


def street_word(key: str) -> bool:
    """Whether a folded word is a street word of any market language (``street``, ``utca``, ``gatan``)."""
    return key in _STREET_WORDS


def _place_noun(key: str) -> bool:
    """Whether a folded word is a street word or a place noun (the last part of ``Goethe-Universität``,
    ``Mátyás-templomnál``)."""
    return (
        key in _STREET_WORDS
        or key in PLACE_WORDS
        or key in _AMBIGUOUS_AFTER
        or key in _STREET_AFTER
        or place_type_after(key, capitalized=True)
    )


def regnal_number(word: str) -> bool:
    """Whether ``word`` is a monarch's or pope's number (``II``, ``VII``, ``XII``, ``IX's``, the Nordic genitive
    ``IVs`` of ``Christian IVs gate``; not ``I``; in lower case only ``ii``, ``iii``, ``iv``, which are no words)."""
    word = word.replace("’", "'").split("'", 1)[0]
    if len(word) >= 3 and word[-1] == "s" and word[:-1].isupper():
        word = word[:-1]
    return (len(word) >= 2 and _ROMAN.fullmatch(word) is not None) or word in ("ii", "iii", "iv")


def _dotted_regnal(words: Words, index: int) -> bool:
    """Whether word ``index`` is a monarch's number of three letters or more, or ``II`` or ``IV``, with the dot the
    Central European languages write after it (``KAREL IV.``, ``JANA PAWŁA II.``): in capitals no verb looks so
    (``ANA SILVA VI O CARTÃO``: I saw)."""
    word = words.words[index]
    dotted = words.text[words.spans[index][1] : words.spans[index][1] + 1] == "."
    return dotted and (len(word) >= 3 or word in ("II", "IV")) and regnal_number(word)


def _first_regnal(words: Words, index: int) -> bool:
    """Whether word ``index`` is the ``I`` of a first monarch, ending its clause (``Carol I.``, ``Umberto I,``;
    not the English ``Maria I think``)."""
    after = words.text[words.spans[index][1] : words.spans[index][1] + 1]
    return words.words[index] == "I" and after in ("", ".", ",", ";", ")", "!", "?")


def place_after(words: Words, start: int, end: int) -> bool:
    """Whether the name ``start:end`` is followed by a regnal number (``Jana Pawła II``, ``Haakon VII gate``) or
    by a street or place word written after a name (``Liszt Ferenc tér``, ``Gedimino pr.``), or ends in a
    one-word street name (``Birger Jarlsgatan``)."""
    last = words.folded[end - 1]
    if last.endswith(_GLUED_ENDINGS) and len(last) > 6 and last not in FAMILY_NAMES:
        return True
    if any(
        "-" in key and elided(key) == key and _place_noun(key.rsplit("-", 1)[1])
        for key in words.folded[start : end - 1]
    ):
        return True  # ``Friedrich-Ebert-Straße Parkplätze``: the run went past the street's name
    if end - start > 1 and words.words[end - 1].lower() in INSTITUTIONS_AFTER:
        return True  # ``Gustav Adolfi Gümnaasium``: a run in capitalized words took in the school's word
    if "-" in last and (_place_noun(last.rsplit("-", 1)[1]) or last.rsplit("-", 1)[1] in _HYPHENATED_NOUNS):
        return True  # ``Theodor-Heuss-Ring``, ``Max-Planck-Institut``
    if end - start > 1 and last in _AMBIGUOUS_AFTER and (last not in FAMILY_NAMES or _long_place(words, start, end)):
        return True  # ``Anne Frank Huis``, ``Johan Cruijff Arena``: a place noun that a name run took in
    if end - start > 1 and last not in FAMILY_NAMES and _hungarian_institution_in(words, start, end):
        return True  # ``Heim Pál Gyermekkórházban``: a run in capitalized words took in the institution
    if end - start > 1 and last not in FAMILY_NAMES and place_type_after(last, capitalized=True):
        return True  # ``Lady Lever Art Gallery``: a run after a title took in the kind of place
    if end - start > 1 and last in _NORDIC_DEFINITE_AFTER and last not in FAMILY_NAMES:
        return True  # ``Niels Bohr Institutet``: a run took in the place's noun with its article
    if end - start > 2 and last in _NORDIC_HOUSES and words.folded[end - 2].endswith("s"):
        return True  # ``Peter Lieps Hus``: a house or a farm after its owner's genitive (not ``Jan Hus``)
    if end - start > 1 and (last in _HUNGARIAN_STREET_FORMS or words.words[end - 1].lower() in _ACCENTED_AFTER):
        return True  # ``teréz körúti``: a run in one letter case took in the Hungarian street word
    if end - start > 1 and words.words[end - 1].isupper() and _street_after_in_capitals(words, start, end):
        return True  # ``FRIDTJOF NANSENS PLASS``: in capitals the run takes in the street word
    count = len(words.words)
    if end >= count or not words.joined(end - 1, end):
        return False
    word = words.words[end]
    if _regnal_genitive_street(words, end):
        return True  # ``Olav Vs gate``, ``OLAV VS GATE``
    if _genitive_before_street(words, end):
        return True  # ``aleksis kiven katu``: the run stopped at a common word in the genitive
    capitals = all(len(w) > 1 and w.isupper() for w in words.words[start:end])  # ``ANA SILVA VI O CARTÃO``
    if (regnal_number(word) or _first_regnal(words, end)) and (not capitals or _dotted_regnal(words, end)):
        return True
    if words.folded[end] in _EPITHETS and end + 1 < count and capitalized(words.words[end + 1]):
        return True  # ``Ștefan cel Mare``
    if _nordic_epithet_street(words, end):
        return True  # ``Haakon den godes gate``, ``Valdemar den Stores Gade``
    key = words.folded[end]
    if key in _AFTER_ABBREVIATIONS:
        return words.text[words.spans[end][1] : words.spans[end][1] + 1] == "."
    if _given_before_street(words, end):
        return True  # ``Apáczai Csere János utca``: the run stopped before the given name of a three-word name
    if _hungarian_institution_after(words, end):
        return True  # ``Ady Endre Művelődési Házban``, ``kandó kálmán technikumnál``
    if key in _AMBIGUOUS_AFTER and (word[:1].isupper() or (start > 0 and words.folded[start - 1] == "the")):
        return True  # ``King Edward Street``, ``the Nelson Mandela bridge`` (a person takes no article)
    if key in _LOWER_AFTER and all(inner.islower() for inner in words.words[start : end + 1]):
        return True  # a message in lower case: ``john lennon airport``
    if word[:1].isupper() and key not in FAMILY_NAMES and place_type_after(key, capitalized=True):
        return True  # ``LADY LEVER ART GALLERY``: in capitals the run stopped before the kind of place
    if "-" in key and elided(key) == key and _hyphenated_place(key.rsplit("-", 1)[1]):
        return True  # ``aasmund olavsson vinje-tunet``: the run stopped before the place named with a hyphen
    if key in _LOWER_PLACE_NOUNS and word.islower() and capitalized(words.words[end - 1]):
        return True  # ``Velika planina``, ``Dzintaru koncertzāle``: a place named with one capital
    return key in _STREET_AFTER or word.lower() in _ACCENTED_AFTER or word.lower() in INSTITUTIONS_AFTER


#: The Nordic article of a king's epithet (``Haakon den gode``, ``Olav den hellige``, ``Valdemar den Store``).
_NORDIC_EPITHET_ARTICLES: Final = word_set("den")


def _nordic_epithet_street(words: Words, index: int) -> bool:
    """Whether word ``index`` begins a king's epithet in the genitive before a street word (``den godes gate``,
    ``den helliges gate``, ``den Stores Gade``): the street named for him."""
    street = index + 2
    if words.folded[index] not in _NORDIC_EPITHET_ARTICLES or street >= len(words.words):
        return False
    epithet = words.folded[index + 1]
    return (
        words.joined(index, index + 1)
        and words.joined(index + 1, street)
        and epithet.endswith("s")
        and (words.folded[street] in _STREET_AFTER or street_word(words.folded[street]))
    )


#: Nordic place nouns with their article after a name (folded): ``Niels Bohr Institutet``, ``Grieghallen``.
_NORDIC_HOUSES: Final = word_set("hus gard gaard have minde")
_NORDIC_DEFINITE_AFTER: Final = word_set("""
institutet instituttet sjukhuset sykehuset sygehuset hospitalet universitetet gymnasiet skolen skolan kirken
kyrkan kyrkja kyrkje museet museum hallen huset senteret centret centeret biblioteket teatret teatern plassen
pladsen torget torvet broen bron brua parken stadion stadionet tunet gården garden gardens stova stua stugan
""")


#: Hungarian kinds of institution written after the name it bears (folded), alone or ending a compound
#: (``Gyermekkórház``, ``Tudományegyetem``, ``Színészmúzeum``); the short ones only end a compound or follow an
#: adjective (``Emlékház``, ``Művelődési Ház``, ``Sportaréna``), as ``haz`` and ``arena`` are other words elsewhere.
_HUNGARIAN_INSTITUTIONS: Final = word_set("""
korhaz egyetem iskola gimnazium technikum muzeum kozpont szinhaz konyvtar templom ovoda bolcsode intezet
kollegium foiskola akademia rendelointezet szakrendelo uszoda
""")
_HUNGARIAN_SHORT_INSTITUTIONS: Final = word_set("haz arena csarnok terem")
_HUNGARIAN_CASES: Final = tuple(
    sorted(
        word_set("ban ben ba be bol rol rol tol nal nel hoz hez hoz ig ra re on en on n t ot et at val vel ert"),
        key=len,
        reverse=True,
    )
)


def hungarian_institution(key: str, bare: bool) -> bool:
    """Whether a folded word is a Hungarian institution's noun, in any case (``korhazban``, ``technikumnal``):
    one of ``_HUNGARIAN_INSTITUTIONS`` or a compound ending in one; ``bare``: a short noun alone counts too (after
    an adjective: ``Művelődési Ház``)."""
    stems = [key, *(key[: -len(end)] for end in _HUNGARIAN_CASES if key.endswith(end) and len(key) >= len(end) + 3)]
    for stem in stems:
        if any(stem.endswith(noun) for noun in _HUNGARIAN_INSTITUTIONS):
            return True
        if any(stem.endswith(noun) and (bare or len(stem) > len(noun) + 3) for noun in _HUNGARIAN_SHORT_INSTITUTIONS):
            return True
    return False


_HUNGARIAN_ADJECTIVES_BEFORE: Final = 2


def _hungarian_institution_after(words: Words, index: int) -> bool:
    """Whether word ``index`` is a Hungarian institution's noun, or begins at most two adjectives before one
    (``Művelődési Ház``, ``Zeneművészeti Egyetem``, ``Általános Iskola``): the run before it is the name it bears."""
    if hungarian_institution(words.folded[index], bare=False):
        return True
    for ahead in range(index + 1, min(len(words.words), index + 1 + _HUNGARIAN_ADJECTIVES_BEFORE)):
        key = words.folded[ahead - 1]
        adjective = key.endswith(("i", "os", "es", "as")) or key in ONE_WORD_TOWNS  # ``Budapest Sportaréna``
        if not words.joined(ahead - 1, ahead) or key in GIVEN_NAMES or not adjective:
            return False
        if hungarian_institution(words.folded[ahead], bare=True):
            return True
    return False


def _hungarian_institution_in(words: Words, start: int, end: int) -> bool:
    """Whether a run took in a Hungarian institution's noun after the name it bears (``Heim Pál Gyermekkórház``,
    ``Ady Endre Művelődési Ház``)."""
    return any(_hungarian_institution_after(words, inner) for inner in range(start + 1, end))


def _given_before_street(words: Words, index: int) -> bool:
    """Whether word ``index`` is a capitalized name right before a street word written after a name (``János
    utca``, ``Vinjes veg``): it ends a name of three words that the street is named for (``Apáczai Csere János
    utca``, ``Aasmund Olavsson Vinjes veg``), which the run stopped short of."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return False
    if not capitalized(words.words[index]) and words.folded[index] not in _HUNGARIAN_RANKS:
        return False
    key = words.folded[following]
    return key in _HUNGARIAN_STREET_FORMS or key in _HUNGARIAN_STREETS or key in _STREET_AFTER_WORDS


#: Hungarian ranks and titles written after the name a street is named for (folded): ``Árpád fejedelem útja``,
#: ``Szent Imre herceg útja``, ``Kiss János altábornagy utca``.
_HUNGARIAN_RANKS: Final = frozenset(
    fold(word)
    for word in word_set("""
fejedelem herceg király királyné királynő püspök érsek bíboros altábornagy tábornok gróf báró
""")
)
#: Hungarian street words in the nominative (folded), after a name.
_HUNGARIAN_STREETS: Final = word_set("utca ut korut ter korter koz rakpart setany fasor liget")


def _genitive_before_street(words: Words, index: int) -> bool:
    """Whether word ``index``, written in the same case as the run before it, ends a street's name whose street word
    follows it (``kiven katu`` after ``aleksis``, ``KIVEN KATU``): the person's family name is a common word's
    genitive, which ended the run."""
    following = index + 1
    if following >= len(words.words) or not words.joined(index, following):
        return False
    word, street, key = words.words[index], words.words[following], words.folded[following]
    if len(word) < _GENITIVE_LETTERS or len(key) < _GENITIVE_LETTERS or words.folded[index] in _CLAUSE_WORDS:
        return False
    same_case = (word.islower() and street.islower()) or (word.isupper() and street.isupper())
    place = (key in _STREET_AFTER_WORDS and key not in _CLAUSE_WORDS) or street.lower() in INSTITUTIONS_AFTER
    return same_case and place


#: The shortest genitive and street word read so (``kiven katu``; not ``ir``, ``u``).
_GENITIVE_LETTERS: Final = 3


def _regnal_genitive_street(words: Words, index: int) -> bool:
    """Whether word ``index`` is a monarch's number in the Nordic genitive before a street word (``Vs`` of ``Olav Vs
    gate``, ``IVS`` of ``CHRISTIAN IVS GADE``): one letter is a numeral there too."""
    word, following = words.words[index], index + 1
    if len(word) < 2 or word[-1] not in "sS" or _ROMAN.fullmatch(word[:-1].upper()) is None or not word[0].isupper():
        return False
    return (
        following < len(words.words)
        and words.joined(index, following)
        and words.folded[following] in _STREET_AFTER_WORDS
    )


def _street_after_in_capitals(words: Words, start: int, end: int) -> bool:
    """Whether the run ``start:end`` in capitals ends in a street word written after a name (``PLASS``, ``TÉRNÉL``)
    that is no family name, or is none of two words at least before it (``KARL JOHANS GATE``)."""
    last = words.folded[end - 1]
    if last in _LOWER_AFTER:
        return True  # ``ALBERT STREET``, ``JOHN LENNON AIRPORT``
    if any(_capital_street_word(words, inner) for inner in range(start + 1, end - 1)):
        return True  # ``MIKSZÁTH KÁLMÁN TÉR AUTOMATA``: the run went on past the street word
    if last not in _STREET_AFTER and words.words[end - 1].lower() not in _ACCENTED_AFTER:
        return False
    return last not in FAMILY_NAMES or end - start > 2


def _capital_street_word(words: Words, index: int) -> bool:
    """Whether word ``index`` of a run in capitals is a Hungarian street word or an accented one (``TÉR``,
    ``UTCÁBAN``), which no name holds."""
    key = words.folded[index]
    return key not in FAMILY_NAMES and (
        key in _HUNGARIAN_STREETS or key in _HUNGARIAN_STREET_FORMS or words.words[index].lower() in _ACCENTED_AFTER
    )


def _long_place(words: Words, start: int, end: int) -> bool:
    """Whether the run ``start:end`` is long for a person's name before its place noun: three words or more
    (``Johan Cruijff Arena``), or a capitalized word that begins no name before it mid-sentence (``Royal Albert
    Hall``)."""
    if end - start > 2:
        return True
    before = start - 1
    if any(probe >= 0 and words.folded[probe] == "the" for probe in (before, before - 1)):
        return True  # ``the royal albert hall``: a person's name takes no article
    return (
        before > 0
        and words.joined(before, start)
        and capitalized(words.words[before])
        and not words.after_break(before)
        and words.folded[before] not in GIVEN_NAMES
        and words.folded[before] not in FAMILY_NAMES
    )


def _shown(word: str) -> bool:
    """Whether a word is capitalized or in capitals (a place's word is written so)."""
    return capitalized(word) or (len(word) > 1 and word.isupper())


def _place_type_in(words: Words, start: int, end: int) -> bool:
    """Whether the name run ``start:end`` begins with a kind of place (``Einkaufszentrum Helene``), holds one after
    its first word (``Anna Haava Kohvik``, ``Frederiks Kirke``; not a known family name) or is followed by one
    (``Onos bažnyčioje``, ``Jāņa muzejā``)."""
    first, key = words.words[start], words.folded[start]
    mid_sentence = not _sentence_start(words, start)
    if (
        _shown(first)
        and not _surname_first(words, start, end)
        and not _noun_before_name(words, start)
        and (place_type_before(key) or (place_type_inflected(key) and mid_sentence))
    ):
        return True
    for inner in range(start + 1, end):
        key = words.folded[inner]
        shown = _shown(words.words[inner])
        person = key in FAMILY_NAMES or (key in GIVEN_NAMES and key not in COMMON_WORDS)  # not ``Mall``
        if place_type_after(key, shown) and not (shown and person):
            return not _nominative_before(words, start, inner)
    if end >= len(words.words) or not words.joined(end - 1, end):
        return False
    word = words.words[end]
    return (
        place_type_after(words.folded[end], _shown(word))
        and words.folded[end] not in GIVEN_NAMES
        and not _nominative_before(words, start, end)
    )


#: Stems of airports, stations and stadiums after a name (``Lennart Meri lennujaamas``): a person's whereabouts
#: put a name before a café or a shop, not before these.
_PUBLIC_STEMS: Final = tuple(
    fold(stem)
    for stem in word_set("""
lennujaam raudteejaam bussijaam lidost stotis stoties stotyje lentoasem rautatieasem flygplats lufthavn
flugvell flugvöll repülőtér pályaudvar staadion stadion
""")
)


#: Hospitals, schools and universities written after the name they bear, in the nominative (Baltic, Finnic): a
#: person's whereabouts would put the noun in a local case (``Paula slimnīcā``), its name puts the person's name
#: before the nominative (``Paula Stradiņa slimnīca``, ``Jono Basanavičiaus gimnazija``).
#: As written, in lower case: folded, a Latvian or Lithuanian nominative is its locative or accusative (``slimnīca``,
#: ``slimnīcā``; ``gimnazija``, ``gimnaziją``).
INSTITUTIONS_AFTER: Final = word_set("""
slimnīca ģimnāzija vidusskola pamatskola skola universitāte ligoninė gimnazija progimnazija mokykla
universitetas haigla gümnaasium kool ülikool sairaala lukio koulu yliopisto gimnázium kórház egyetem iskola
főiskola
""")


def public_place_after(words: Words, end: int) -> bool:
    """Whether an airport, a station or a stadium follows the name that ends before word ``end`` (``lennart meri
    lennujaamas``), or a hospital or a school in the nominative (``Paula Stradiņa slimnīca``): the name is the
    place's even after an introduction's or a preposition's words (``olen``: I am, I am at; ``pie``: at)."""
    if end >= len(words.words) or not words.joined(end - 1, end):
        return False
    return words.folded[end].startswith(_PUBLIC_STEMS) or words.words[end].lower() in INSTITUTIONS_AFTER


def _nominative_before(words: Words, start: int, index: int) -> bool:
    """Whether the place noun at ``index`` is in a case ending after a name in the nominative (the run beginning
    at ``start`` begins with a given name, or the word before is a name as it is): it says where the person is or
    comes from (``Liisa kohvikus``, ``Nina Virtakallio kirjastosta``), while a place's name puts the person's name
    in the genitive (``Onos bažnyčioje``, ``Jaani kirikus``)."""
    if not place_type_after_inflected(words.folded[index]):
        return False
    previous, first = words.folded[index - 1], words.folded[start]
    if words.folded[index].startswith(_PUBLIC_STEMS):
        return False  # an airport or a station is named for someone; nobody owns one (``lennart meri lennujaamas``)
    if index - start > 1 and town_form(previous):
        return False  # ``Lennart Meri Tallinna lennujaamast``: a town's genitive before the noun names the place
    return (
        (first in GIVEN_NAMES and first not in COMMON_WORDS and first not in RARE_GIVEN_NAMES)
        or (previous in GIVEN_NAMES and previous not in RARE_GIVEN_NAMES)
        or previous in FAMILY_NAMES
        or (previous[-3:] == "nen" and family_name(previous))
    )


def _after_town_word(words: Words, index: int) -> bool:
    """Whether word ``index`` follows a town word or a preposition that only places follow (``в град``, ``lejn``,
    ``perto de``, ``near to``)."""
    probe = index - 1
    if probe < 0 or not _place_gap(words, probe, index):
        return False
    key = words.folded[probe]
    if key in TOWN_WORDS or elided(key) in TOWN_WORDS or key in TOWN_PREPOSITIONS or elided(key) in TOWN_PREPOSITIONS:
        return True  # ``f'Ħal Lija``: the Maltese village word after its elided preposition
    return (
        key in TOWN_PREPOSITION_LINKS
        and probe > 0
        and words.joined(probe - 1, probe)
        and words.folded[probe - 1] in TOWN_PREPOSITIONS
    )


#: Links between a branch's word and its town (``la filiale di Vittoria``, ``l'agence de``, ``kontor i``).
_BRANCH_LINKS: Final = word_set("di de da do du in i v ve w we")


def _after_branch(words: Words, start: int) -> bool:
    """Whether word ``start`` follows a branch's word, perhaps past a link or a comma (``kontor Türi``, ``pobočka
    Martin``, ``filiale di Vittoria``, ``on kontor, Türi?``), or a street's word and a comma (``Soola tänav,
    Türi``): the branch's or the address's town."""
    probe = start - 1
    if probe < 0:
        return False
    gap = words.text[words.spans[probe][1] : words.spans[start][0]]
    if gap not in (" ", ", "):
        return False
    key = elided(words.folded[probe])
    if gap == " " and key in _BRANCH_LINKS and probe > 0 and words.joined(probe - 1, probe):
        probe -= 1
        key = elided(words.folded[probe])
    if key in BRANCH_WORDS_BEFORE:
        return True
    if gap == ", ":
        return street_word(key) or _address_run_before(words, probe)
    street = probe - 1
    return key in _TOWN_LINKS_AFTER_STREET and street >= 0 and words.joined(street, probe) and in_place(words, street)


def _branch_in(words: Words, start: int) -> bool:
    """Whether word ``start`` follows a branch's word and a preposition of a place (``kontoret i Dale``, ``la
    filiale di Vittoria``): a town, even one too small for the lists, named like a person."""
    link, branch = start - 1, start - 2
    return (
        branch >= 0
        and words.folded[start] in GIVEN_NAMES  # not a case of one (``pobočce i Martinovi``: and to Martin)
        and words.text[words.spans[branch][1] : words.spans[start][0]] == f" {words.words[link]} "
        and words.folded[link] in _BRANCH_LINKS
        and elided(words.folded[branch]) in BRANCH_WORDS_BEFORE
    )


#: Prepositions of a town after a street's name (``in via Cesare Battisti a Vittoria``, ``rue Victor Hugo à``).
_TOWN_LINKS_AFTER_STREET: Final = word_set("a à in en em în")
#: The most capitalized words looked at before a comma for the street or place they name.
_ADDRESS_RUN: Final = 4


def _address_run_before(words: Words, last: int) -> bool:
    """Whether the capitalized words ending at word ``last`` (before a comma) are a place: a street's name one moves
    to (``sťahujeme sa na Mierová, Martin``) or a landmark one is near (``blízko Nemocnica Ružinov, Martin?``)."""
    first = last
    while first > 0 and last - first < _ADDRESS_RUN and words.joined(first - 1, first):
        if not (capitalized(words.words[first - 1]) or words.words[first - 1].isupper()):
            break
        first -= 1
    if not (capitalized(words.words[first]) or words.words[first].isupper()):
        return False
    return _moved_to(words, first) or _after_place_preposition(words, first)


#: Bulgarian ``до`` (next to, but also to and until), the Danish and Norwegian ``ved`` (by, but also knows), and
#: the verbs of parking, stopping and waiting and the nouns of a cash machine or a branch (folded) after which they
#: mean next to a place (``Паркирам до Гео Милев``, ``automat ved Holger Danske``).
_NEXT_TO: Final = word_set("до ved")
_PARKING_VERBS: Final = frozenset(
    fold(word)
    for word in word_set("""
паркирам паркирах паркирахме паркираме паркирал паркирала паркиран паркирана спрях спирам спряхме спираме чакам
чакаме чаках стоя стоим намирам намираме банкомат банкомата банкоматът клон клона клонът офис офиса офисът
står stod stend parkerer parkerte parkeret parkerar venter ventar ventet venta automat automaten hæveautomat
hæveautomaten minibank minibanken afdeling afdelingen filial filialen kontor kontoret
""")
)


def _after_place_preposition(words: Words, start: int) -> bool:
    """Whether word ``start`` follows a preposition that only places follow, with its link (``perto do``, ``near``,
    ``junto ao``, ``vicino al``): customers ask for a cash machine or a branch near a shop or a landmark named for
    someone far more often than near a person (``perto do Vasco da Gama``, ``near John Lewis``)."""
    probe = start - 1
    if probe < 0 or not _place_gap(words, probe, start):
        return False
    key = elided(words.folded[probe])
    if key in TOWN_PREPOSITIONS:
        return True
    if key in _NEXT_TO and probe > 0 and words.joined(probe - 1, probe) and words.folded[probe - 1] in _PARKING_VERBS:
        return True  # ``Паркирам до Гео Милев``: one parks or waits next to a place (``до`` alone is also ``to``)
    link = key in TOWN_PREPOSITION_LINKS or key in _CONTRACTED_LINKS
    return link and probe > 0 and words.joined(probe - 1, probe) and words.folded[probe - 1] in TOWN_PREPOSITIONS


#: West Slavic prepositions of a place (in, from, into) after which a town named like a person is the town, in its
#: case (``do Martina``, ``v Martine``, ``w Jarosławiu``): a person after them takes other prepositions (``od``,
#: ``u``, ``s``).
_SLAVIC_TOWN_PREPOSITIONS: Final = word_set("v ve vo w we z ze zo do")
_SLAVIC_TOWN_CASES: Final = ("", "a", "e", "ie", "iu", "u", "y", "i")


def _slavic_town(words: Words, start: int) -> bool:
    """Whether word ``start`` is a town named like a person, in a case, after a West Slavic preposition of a place
    (``do Martina``, ``v Martine``)."""
    probe = start - 1
    if probe < 0 or not words.joined(probe, start) or words.folded[probe] not in _SLAVIC_TOWN_PREPOSITIONS:
        return False
    key = words.folded[start]
    return any(key.endswith(ending) and person_town(key[: len(key) - len(ending)]) for ending in _SLAVIC_TOWN_CASES)


#: Finnic and Hungarian inner local cases (in, from inside, into), which a town takes and a person does not (a
#: person takes the outer ones: ``Kaarinalla``, at Kaarina's): ``Kaarinassa``, ``Kaarinasta``, ``Elvasse``; not the
#: Estonian ``-s``, which is the Nordic and German genitive too (``Martins konto``).
_INNER_CASES: Final = ("ssa", "ssä", "sta", "stä", "sse", "ban", "ben", "bol", "ből")
_MIN_TOWN_STEM: Final = 4


#: The neuter endings of a Bulgarian village named after someone (``Иван Вазово``, ``Никола Козлево``, ``Петко
#: Каравелово``): surnames end in ``-ов``, ``-ова``, ``-ев``, ``-ева``, never in ``-ово`` or ``-ево``.
_VILLAGE_ENDINGS: Final = ("ово", "ево")
_SHORTEST_VILLAGE_WORD: Final = 5


def _village_adjective(key: str) -> bool:
    """Whether a folded word is a Bulgarian village's name in its neuter form (``вазово``, ``козлево``)."""
    return len(key) >= _SHORTEST_VILLAGE_WORD and key.endswith(_VILLAGE_ENDINGS)


def _hungarian_on_town(word: str) -> bool:
    """Whether a word is a Hungarian town named like a person, ending in a vowel, in the superessive (``Gyulán``,
    ``Tatán``, ``Pápán``: in Gyula): the lengthened vowel and ``-n`` say where, as no one's name is written."""
    lower = word.lower()
    if len(lower) < _MIN_TOWN_STEM + 1 or lower[-2:] not in ("án", "én"):
        return False
    return person_town(fold(lower[:-2] + ("a" if lower[-2] == "á" else "e")))


def _inner_case_town(key: str) -> bool:
    """Whether a folded word is a town named like a person in an inner local case (``kaarinassa``, ``elvasse``)."""
    return any(
        key.endswith(ending) and len(key) - len(ending) >= _MIN_TOWN_STEM and person_town(key[: -len(ending)])
        for ending in _INNER_CASES
    )


#: Towns named like a person that messages name far more often than anyone so called, after a preposition of a
#: place (``a Verona``, ``en Palma``, ``in Breda``, ``în Constanța``).
_TOWNS_BEFORE_PEOPLE: Final = word_set("verona palma breda constanta")
_TOWN_PREPOSITIONS_BEFORE_PEOPLE: Final = PLACE_PREPOSITIONS | word_set("a à i")


#: Verbs of moving house, as written in lower case (folded), before the preposition of the town one moves to
#: (``moving to Douglas``, ``wir ziehen nach Elva``, ``we verhuizen naar Breda``, ``flytter til Molde``, ``mudamos
#: para Aurora``, ``sťahujeme sa do``): one moves to a town, not to a person.
_MOVING_VERBS: Final = frozenset(
    fold(word)
    for word in word_set("""
moving move moved relocating relocate ziehen ziehe umziehen ziehen ziehst verhuizen verhuis verhuist verhuisd
flytter flyttar flytta flytte flyttet flyttade muudame muudan kolime kolin muutamme muutan muutetaan
przeprowadzam przeprowadzamy przeprowadzić stěhujeme stěhuji sťahujeme sťahujem selimo selim preselimo
preselim mudo mudamos mudar mudo mudarme mudarnos trasferisco trasferiamo trasferirci trasferirmi déménage
déménageons déménager mutam mutăm mută költözünk költözöm pārceļamies pārceļos kraustomės kraustausi
μετακομίζουμε μετακομίζω местим местя flyt
""")
)
#: Prepositions of the town one moves to (folded), after a verb of moving and perhaps a reflexive pronoun.
_MOVING_PREPOSITIONS: Final = frozenset(
    fold(word) for word in word_set("to nach naar til till do na a à in para en în uz į σε στο στη във в")
)
_REFLEXIVES: Final = word_set("sa se si sig seg mich uns nos ci me")


def _moved_to(words: Words, start: int) -> bool:
    """Whether word ``start`` is where a verb of moving goes (``moving to Douglas``, ``sťahujeme sa do Martina``)."""
    probe = start - 1
    if probe < 1 or not words.joined(probe, start) or words.folded[probe] not in _MOVING_PREPOSITIONS:
        return False
    verb = probe - 1
    if verb > 0 and words.folded[verb] in _REFLEXIVES and words.joined(verb, probe):
        verb -= 1
    return words.joined(verb, verb + 1) and words.folded[verb] in _MOVING_VERBS


#: Nordic prepositions of a place (folded): after them a given name with the definite article's ending is a
#: mountain's, a hall's or a shop's (``ved Ulriken``, ``nær Ulriken``): Nordic names take no ``-en``.
_NORDIC_PLACE_PREPOSITIONS: Final = frozenset(fold(word) for word in word_set("ved vid nær nära på i"))


def _nordic_definite(words: Words, start: int) -> bool:
    """Whether word ``start`` is a given name with a Nordic definite ending after a Nordic preposition of a place."""
    key = words.folded[start]
    if key in GIVEN_NAMES or not key.endswith("en") or start == 0 or not words.joined(start - 1, start):
        return False
    return words.folded[start - 1] in _NORDIC_PLACE_PREPOSITIONS and (
        key[:-2] in GIVEN_NAMES or key[:-1] in GIVEN_NAMES
    )


def _town_after_preposition(words: Words, start: int) -> bool:
    """Whether word ``start`` is one of ``_TOWNS_BEFORE_PEOPLE`` after a preposition of a place."""
    probe = start - 1
    return (
        words.folded[start] in _TOWNS_BEFORE_PEOPLE
        and probe >= 0
        and words.joined(probe, start)
        and words.folded[probe] in _TOWN_PREPOSITIONS_BEFORE_PEOPLE
    )


#: Portuguese, Spanish, Italian and French links contracted with the article (``perto do``, ``junto ao``, ``vicino
#: al``, ``près du``).
_CONTRACTED_LINKS: Final = word_set("do da dos das ao aos à del della dello al alla du des")


#: The shortest inflected town taken after another capitalized word (``Székesfehérváron``; not ``VENTO``).
_TOWN_IN_RUN_LETTERS: Final = 7


def _town_in_run(key: str) -> bool:
    """Whether a folded word after the first of a name run is a town in its case that no name may be."""
    return (
        len(key) >= _TOWN_IN_RUN_LETTERS and inflected_town(key) and not family_name(key) and not inflected_given(key)
    )


#: Short Hungarian place nouns after a hyphen, in their cases (``Gellért-hegyen``, ``Budai-vár``, ``Erzsébet-híd``):
#: as words of their own they are other languages' words (``var``, ``hid``, ``to``).
_HYPHENATED_NOUNS: Final = frozenset(
    fold(word)
    for word in word_set("""
hegy hegyen hegyre hegyről hegyi vár várban várba várból várat híd hídon hídra hídról tó tavon tóra tónál kert
kertben kertbe kertet sor soron
""")
)


def _surname_first(words: Words, start: int, end: int) -> bool:
    """Whether the run ``start:end`` is a family name before a given name (``Castillo Teresa``, ``Iglesias Ana``)."""
    return end - start == 2 and words.folded[start] in FAMILY_NAMES and words.folded[start + 1] in GIVEN_NAMES


def _after_address_word(words: Words, start: int, end: int) -> bool:
    """Whether the name run ``start:end`` follows an address word in prose or a kind of place in another case than
    the nominative, and is no person's name in the nominative: a street or place named for someone, in the
    genitive (``na adrese Karla Čapka``, ``aadressil Jakob Hurda``, ``z pobočky Karla Čapka``; not ``Na adrese
    Jan Novák nebydlí``, ``w sklepie Anna kupiła``)."""
    if start == 0 or not words.joined(start - 1, start):
        return False
    previous = words.folded[start - 1]
    place = previous in ADDRESS_WORDS or (place_type_inflected(previous) and not business_inflected(previous))
    return place and not all(key in GIVEN_NAMES or key in FAMILY_NAMES for key in words.folded[start:end])


#: Prepositions between a branch, an ATM or a shop and the street it stands in, named for someone in the genitive
#: (``oddział na Adama Mickiewicza``, ``bankomat przy Stefana Żeromskiego``, ``pobočka na Karla Čapka``).
_STREET_PREPOSITIONS: Final = word_set("na przy pri")
#: Words for a street corner or a crossing: the names joined after them are two streets (``na rogu Stefana
#: Żeromskiego i Tadeusza Kościuszki``, ``na rohu Karla Čapka a Jana Nerudy``, ``at the corner of``).
_CORNER_WORDS: Final = frozenset(
    fold(word)
    for word in word_set("""
róg rogu roh rohu ugao uglu kut kutu vogal vogalu esquina angolo angle coin ecke hoek corner hjørne hjørnet
hörnet kulma kulmassa nurk nurgal stūris stūrī kampas kampe sarok sarkán ъгъл ъгъла γωνία colț colțul
skrzyżowanie skrzyżowaniu křižovatka křižovatce křižovatky križovatka križovatke raskrižje raskrižju križišče
križišču cruzamento cruce incrocio carrefour kreuzung kruispunt
""")
)
_CORNER_JOINS: Final = word_set("i a e y and und et es ir un ja og och en si και")
#: Words between a corner's word and the street (``corner of``, ``esquina de``).
_LINKS: Final = word_set("of de da do del della di van von")
#: The most words a street's name before the conjunction may have (``Stefana Żeromskiego``).
_CORNER_NAME_WORDS: Final = 4


def _branch_street(words: Words, start: int) -> bool:
    """Whether the name at ``start`` follows a branch's, an ATM's or a shop's word and a preposition of place: the
    street it stands in (``oddział na adama mickiewicza``, ``bankomat przy Stefana Żeromskiego``)."""
    if start < 2 or not words.joined(start - 2, start - 1) or not words.joined(start - 1, start):
        return False
    if words.folded[start - 1] not in _STREET_PREPOSITIONS:
        return False
    key = elided(words.folded[start - 2])
    return key in BRANCH_WORDS_BEFORE or place_type_before(key) or place_type_inflected(key)


def _corner_street(words: Words, start: int) -> bool:
    """Whether the name at ``start`` is a street of a corner or crossing: right after the corner's word, perhaps
    past ``of``, ``de``, ``da`` (``na rohu Karla Čapka``, ``at the corner of``), or the second street, after a
    conjunction (``na rogu stefana żeromskiego i tadeusza kościuszki``)."""
    if start == 0 or not words.joined(start - 1, start):
        return False
    previous = words.folded[start - 1]
    if previous in _CORNER_WORDS:
        return True
    if previous in _LINKS and start > 1 and words.joined(start - 2, start - 1):
        return words.folded[start - 2] in _CORNER_WORDS
    join = start - 1
    if join < 2 or words.folded[join] not in _CORNER_JOINS or not words.joined(join, start):
        return False
    probe = join - 1
    while probe >= 0 and join - probe <= _CORNER_NAME_WORDS and words.joined(probe, probe + 1):
        if words.folded[probe] in _CORNER_WORDS:
            return probe < join - 1
        probe -= 1
    return False


#: Greek neuter articles (folded): a man or a woman takes ``τον``/``την``, so a name after ``στο`` or ``το`` is an
#: airport's, a stadium's or a hotel's (``στο Ελευθέριος Βενιζέλος``, ``το Γεώργιος Καραϊσκάκης``).
_GREEK_NEUTER: Final = word_set("στο το")
#: Greek writes a man's name in the genitive after its article (``του Γιώργου Παπαδόπουλου``, ``στου``: at his
#: place); without it, or after a feminine article, the genitive names the street (``η οδός``) named for him
#: (``στην Ελευθερίου Βενιζέλου``, ``Ελευθερίου Βενιζέλου και Πατησίων``); a woman's ends otherwise (``της
#: Μαρίας``).
_GREEK_MASCULINE_ARTICLES: Final = word_set("του στου")
_GREEK_MASCULINE_GENITIVE: Final = "ου"
#: The Greek feminine article in the genitive (folded): a woman's full name after it ends in a surname's genitive
#: (``της Μαρίας Παπαδοπούλου``, ``της Ελένης Βαρακλή``), while adjectives and nouns of the first declension end
#: every word in ``-ης`` or ``-ας`` (``της ετήσιας προθεσμιακής``: of the annual term deposit).
_GREEK_FEMININE_ARTICLES: Final = frozenset(fold(word) for word in word_set("της στης"))
_GREEK_FEMININE_GENITIVES: Final = ("ησ", "ασ")
#: The Greek feminine article in the nominative and the accusative, bare and with ``σε`` (folded): before a man's
#: given name in the genitive it is the street's (``στην Παύλου Μελά``, ``στη Νικολάου Πλαστήρα``, ``η Ηρώδου
#: Αττικού έκλεισε``); a woman's given name is never a genitive in ``-ου``. The nominative ``η`` counts only as
#: written: folded it is ``ή`` (or), which a man's name in the nominative follows (``ή Γιώργος Παππάς``).
_GREEK_FEMININE_ACCUSATIVES: Final = frozenset(fold(word) for word in word_set("η την τη στην στη"))
_GREEK_NOMINATIVE_AS_WRITTEN: Final = frozenset({"η", "Η"})


#: Prepositions meaning "in, inside", as written (their folded forms are other languages' words): the Icelandic
#: ``í`` (``tónleikar í Harpa``, ``upp í Perlan``; folded it is the Slavic ``i``, and, which joins two people).
_INSIDE_AS_WRITTEN: Final = frozenset({"í"})


#: Icelandic prepositions as written (each governs the accusative, dative or genitive; their folded forms are other
#: languages' words): after them a woman's name takes its oblique form (``við Hörpu``, ``hjá Önnu``).
_ICELANDIC_PREPOSITIONS: Final = frozenset({"við", "hjá", "á", "frá", "með", "úr", "nálægt", "handa", "að", "næst"})
#: Endings of Icelandic feminine nominatives, bare or with the article (``Harpa``, ``Perlan``), that no oblique
#: case of the word has (``Hörpu``, ``Perluna``, ``Perlunni``).
_ICELANDIC_NOMINATIVE_ENDINGS: Final = ("a", "an")


def _icelandic_uninflected(words: Words, start: int, end: int) -> bool:
    """Whether one word after an Icelandic preposition keeps a feminine nominative's ending: a place's or a shop's
    name written as it is (``nálægt Harpa``, ``á Perlan``); a woman's name would be inflected (``við Hörpu``)."""
    if end - start != 1 or start == 0 or not words.joined(start - 1, start):
        return False
    preposition = words.words[start - 1].lower()
    return preposition in _ICELANDIC_PREPOSITIONS and words.folded[start].endswith(_ICELANDIC_NOMINATIVE_ENDINGS)


#: Words saying a place is open or closed, or opens or closes (folded): a shop, a hall or a branch does, a person
#: does not (``Er Harpa opin?``, ``O Vasco da Gama está aberto ao domingo?``, ``Hvenær opnar Perlan?``).
_OPEN_OR_CLOSED: Final = frozenset(
    fold(word)
    for word in word_set("""
open opens opened closed closes opin opið opinn lokuð lokað lokaður opnar lokar offen geöffnet geschlossen öffnet
schließt schliesst aberto aberta abertos fechado fechada abre fecha abierto abierta cerrado cerrada cierra ouvert
ouverte fermé fermée ouvre ferme aperto aperta chiuso chiusa apre chiude geopend gesloten opent sluit otwarty
otwarta otwarte zamknięty zamknięta zamknięte otwiera zamyka otevřeno otevřený otevřená zavřeno zavřený zavřená
otvorené otvorený otvorená zatvorené zatvorený zatvorená otvoren otvorena zatvoren zatvorena odprt odprta zaprt
zaprta nyitva zárva deschis deschisă închis închisă avatud suletud auki kiinni atvērts atvērta slēgts slēgta
atidarytas atidaryta uždarytas uždaryta öppet stängt åben lukket åpen stengt oscailte dúnta miftuħ magħluq
""")
)
#: Copulas between the name and the word saying it is open (``er``, ``está``, ``ist``, ``is``).
_COPULAS: Final = frozenset(
    fold(word)
    for word in word_set("""
is are was er var ist war es est está esta è e é são son sont jest je sú je on ir yra är oli van este bus
""")
)


def opening_hours(words: Words, start: int, end: int) -> bool:
    """Whether the name run ``start:end`` is said to be open or closed, or to open or close: after it, perhaps past a
    copula (``Harpa er opin``, ``Vasco da Gama abre às 10``), or right before it when it ends the sentence
    (``Hvenær opnar Harpa?``, ``Quando abre o Vasco da Gama?``)."""
    probe = end
    if probe < len(words.words) and words.joined(probe - 1, probe) and words.folded[probe] in _COPULAS:
        probe += 1
    if probe < len(words.words) and words.joined(probe - 1, probe) and words.folded[probe] in _OPEN_OR_CLOSED:
        return _when_follows(words, probe + 1)  # not ``Ana abre a conta``, ``Anna is open to suggestions``
    before = start - 1
    if before > 0 and words.folded[before] in ARTICLES and words.joined(before, start):
        before -= 1
    ends_sentence = end >= len(words.words) or not words.joined(end - 1, end)
    return (
        ends_sentence and before >= 0 and words.joined(before, before + 1) and words.folded[before] in _OPEN_OR_CLOSED
    )


#: Prepositions after ``open``/``closed`` that say when, as written (``opin á sunnudögum``, ``aberto ao domingo``,
#: ``open on Sunday``, ``abre às 10``): an account or a door that a person opens would follow instead, and a time
#: adverb may come before it (``öffnet morgen das Konto``).
_WHEN_WORDS: Final = word_set("""
at on until till from às ao aos nos no em hasta desde los um am bis ab seit à au jusqu dès alle fino dal dalle om
tot vanaf á í frá til kl klukkan yfir alla w we od do v ve
""")


def _when_follows(words: Words, index: int) -> bool:
    """Whether the sentence ends before word ``index`` or goes on with a number or a word saying when."""
    if index >= len(words.words) or not words.joined(index - 1, index):
        return True
    word = words.words[index]
    return word[:1].isdigit() or word.lower() in _WHEN_WORDS


def _greek_man_genitive(key: str) -> bool:
    """Whether a folded Greek word after a feminine accusative article can only be a genitive, a man's or a title's
    (the street's, ``η οδός``, is named for him or her): it ends in ``-ου`` (``Παύλου``) or in ``-ς`` (``Ίωνος``,
    ``Φωκίωνος``, ``Δουκίσσης``), which no woman's accusative does, or it is a man's given name without its final
    ``-ς`` (``Ανδρέα``, ``Οδυσσέα``, ``Μιλτιάδη``) and no woman's (``Ελένη``), or ends in a consonant
    (``Εμμανουήλ``)."""
    if key.endswith(("ου", "σ")):
        return True
    if key[-1:] not in _GREEK_VOWELS:
        return True
    return key not in GIVEN_NAMES and key + "σ" in GIVEN_NAMES


def _greek_man_pair(keys: list[str]) -> bool:
    """Whether folded Greek words are a man's given name in the genitive of one in ``-ας``/``-ης`` (no known woman's
    name: ``Κωστή``) and a surname in the genitive of one in ``-άς``/``-ής`` (``Παλαμά``), or in ``-ου`` after a
    given name known in ``-ς`` (``Κωστή Βαρνάλη``; a woman's surname ends in ``-ου`` too: ``η Σεμίνα Μπύρου``)."""
    first, last = keys[0], keys[-1]
    if first in GIVEN_NAMES or first[-1:] not in ("α", "η") or not greek_script(first):
        return False
    if last + "σ" in FAMILY_NAMES or last + "σ" in GIVEN_NAMES:
        return True  # ``Παλαμά``: no woman's surname ends so
    return last.endswith("ου") and (first + "σ" in GIVEN_NAMES or first + "σ" in FAMILY_NAMES)


def _greek_nominative(words: Words, start: int) -> bool:
    """Whether word ``start`` is a man's given name in the nominative (``Γιώργος``, ``Μηνάς``), which only a
    masculine article goes before, or follows both articles with a slash (``ο/η``)."""
    key = words.folded[start]
    article = words.spans[start - 1][0]
    return words.text[article - 1 : article] == "/" or (key.endswith("σ") and key in GIVEN_NAMES)


#: Greek vowels (folded): a given name ending otherwise is a foreign one Greek does not inflect (``Εμμανουήλ``).
_GREEK_VOWELS: Final = frozenset("αεηιουω")


def _greek_epithet_street(words: Words, start: int) -> bool:
    """Whether the name at ``start`` follows a capitalized Greek word in the genitive (left out of the run: a
    frequent word, ``Μεγάλου``, ``Αγίου``) after a feminine accusative article: the street's name."""
    if start < 2 or not words.joined(start - 2, start - 1) or not words.joined(start - 1, start):
        return False
    epithet = words.words[start - 1]
    return (
        greek_script(words.folded[start - 1])
        and epithet[:1].isupper()
        and words.folded[start - 1].endswith("ου")
        and words.folded[start - 2] in _GREEK_FEMININE_ACCUSATIVES
        and (words.folded[start - 2] != "η" or words.words[start - 2] in _GREEK_NOMINATIVE_AS_WRITTEN)
    )


def _greek_article_place(words: Words, start: int, end: int) -> bool:
    """Whether a Greek name run follows an article of another gender than a person's (the neuter ``στο``), or is a
    man's given and family name in the genitive without his article (a street's)."""
    if not greek_script(words.folded[start]):
        return False
    article = words.folded[start - 1] if start > 0 and words.joined(start - 1, start) else ""
    if article == "η" and (
        words.words[start - 1] not in _GREEK_NOMINATIVE_AS_WRITTEN or _greek_nominative(words, start)
    ):
        article = ""  # ``ή``: or; ``ο/η Γιώργος Παππάς``: a man's name in the nominative after both articles
    if article in _GREEK_NEUTER:
        return True
    feminine = article in _GREEK_FEMININE_ARTICLES and end - start > 1
    if feminine and all(key.endswith(_GREEK_FEMININE_GENITIVES) for key in words.folded[start:end]):
        return True
    if article in _GREEK_FEMININE_ACCUSATIVES and end - start > 1 and _greek_man_genitive(words.folded[start]):
        return True  # ``στην Παύλου Μελά``: a man's name in the genitive after ``the (street)``; no woman's ends so
    if article in _GREEK_FEMININE_ACCUSATIVES and end - start > 1 and _greek_man_pair(words.folded[start:end]):
        return True  # ``στην Κωστή Παλαμά``: the genitives of a man's names in ``-ής``, ``-άς``
    if _greek_epithet_street(words, start):
        return True  # ``στη Μεγάλου Αλεξάνδρου``: an epithet in the genitive before the name
    return (
        article not in _GREEK_MASCULINE_ARTICLES
        and end - start > 1  # a woman's surname alone is a genitive too (``στην Παπαδοπούλου``)
        and all(key.endswith(_GREEK_MASCULINE_GENITIVE) for key in words.folded[start:end])
    )


def _product(words: Words, start: int, end: int) -> bool:
    """Whether the run ``start:end`` is a given name that is also a frequent word before a bank product's noun, in
    the run or right after it (``Zlatá karta``, ``Χρυσή Κάρτα``, ``Silver Card``, ``stane zlata kartica``: costs the
    gold card), its other word frequent and no family name (not ``Zlata Novak kartica``): the product's adjective."""
    if end - start > 2 or words.folded[start] not in FREQUENT_WORDS:
        return False
    if end - start == 2 and words.folded[end - 1] in PRODUCT_WORDS:
        return True
    return (
        end < len(words.words)
        and words.joined(end - 1, end)
        and words.folded[end] in PRODUCT_WORDS
        and all(key in FREQUENT_WORDS and key not in FAMILY_NAMES for key in words.folded[start + 1 : end])
    )


#: Articles no person's name takes, as written in lower case: the Dutch neuter ``het`` before any name (``bij het
#: Antoni van Leeuwenhoek``, a hospital), the Spanish and Italian masculine ones before a full name (``en el
#: Santiago Bernabéu``, ``al Policlinico Gemelli``; colloquial speech puts them before a given name alone).
_NEUTER_ARTICLES: Final = frozenset({"het"})
_FULL_NAME_ARTICLES: Final = frozenset({"el", "del", "il", "al"})
#: Dutch prepositions of a place before ``het`` (``bij het``, ``naar het``, ``in de buurt van het``).
_DUTCH_PLACE: Final = word_set("bij in naar van voor uit op aan tegenover achter naast nabij om rond langs door")


def _article_place(words: Words, start: int, end: int) -> bool:
    """Whether the run ``start:end`` follows an article no person's name takes (``het``; ``el``, ``il`` before two
    words or more): a hospital's, a stadium's or a school's name."""
    if start == 0 or not words.joined(start - 1, start):
        return False
    article = words.words[start - 1].lower()
    if article in _NEUTER_ARTICLES:
        preposition = (
            start - 2
        )  # ``het`` is ``it`` too (``Ik heb het Anna gegeven``): a preposition makes it the article
        return preposition >= 0 and words.joined(preposition, start - 1) and words.folded[preposition] in _DUTCH_PLACE
    if article == "the" and words.folded[start] in _NAMED_TITLES and end - start > 1:
        return True  # ``The Lord Nelson``, ``the Admiral Rodney``: a pub or a ship; a person takes no article
    return article in _FULL_NAME_ARTICLES and end - start > 1


#: English titles of rank that a pub, a ship or a hospital keeps before its namesake's name after ``the`` (``the
#: Lord Nelson``, ``the Queen Elizabeth``), folded.
_NAMED_TITLES: Final = word_set(
    "lord lady admiral duke duchess prince princess king queen general earl marquis captain"
)


#: Monuments and statues (folded, in their cases and Bulgarian definite forms), before the person they show, who is
#: no one the message is about (``pomníku Jana Husa``, ``паметника на Васил Левски``, ``Dealbh Uí Chonaill``), and
#: the words linking them (``на``, ``of``, ``di``).
_MONUMENT_WORDS: Final = frozenset(
    fold(word)
    for word in word_set("""
паметник паметника паметникът паметници паметниците статуя статуята бюст бюста
pomník pomníku pomníkem pomníky socha sochy soše sochou sochu památník památníku pamätník pamätníka súsošie
pomnik pomnika pomniku pomnikiem posąg posągu statue statues statua statuen statyen statuer mindesmærke
minnesmerke minnesmerket monument monumentet monumento monumentu monumentul monumentului bust dealbh dealbhán
emlékmű emlékművet emlékműnél szobor szobrot szobornál szoborhoz mużew monument ta
""")
) - word_set("ta")
_MONUMENT_LINKS: Final = word_set("на of di de del della a al du des ta tal")


def _monument(words: Words, start: int) -> bool:
    """Whether the name at ``start`` is the person a monument or a statue shows (``pomníku Jana Husa``, ``паметника
    на Васил Левски``), or the run begins with the monument's word (``Dealbh Uí Chonaill``)."""
    if words.folded[start] in _MONUMENT_WORDS:
        return True
    probe = start - 1
    if probe > 0 and words.folded[probe] in _MONUMENT_LINKS and words.joined(probe, start):
        probe -= 1
    return probe >= 0 and words.joined(probe, probe + 1) and words.folded[probe] in _MONUMENT_WORDS


_CLOSING_QUOTES: Final = frozenset("\"“”»‘’'")
_QUOTE_GAPS: Final = frozenset((" ", ". ", "\u00a0"))
_BULGARIAN_DEFINITE: Final = ("ът", "ят", "та", "то", "те", "а", "я")
_ABBREVIATED_OWNER: Final = range(2, 7)
#: Abbreviated kinds of hospital and school written in any case before a quoted name (folded): a multi-profile
#: hospital, a university one, a school, a high school (bg, cs, sk).
_INSTITUTION_ABBREVIATIONS: Final = frozenset(
    fold(word) for word in word_set("мбал умбал сбал дкц мц соу су оу ну пмг пгее спг пг дгп zš zs sš sps oa vš gym")
)


def _quote_owner(words: Words, index: int) -> bool:
    """Whether word ``index``, before an opening quote, is a kind of place or institution whose name the quote
    holds: a place's word (``бул.``, ``храм``), a kind of place in any case or Bulgarian definite form
    (``университета``, ``болницата``), a monument, or an abbreviation in capitals (``МБАЛ``, ``СОУ``, ``ZŠ``)."""
    word, key = words.words[index], words.folded[index]
    if (word.isupper() and len(word) in _ABBREVIATED_OWNER and words.mixed_case) or key in _INSTITUTION_ABBREVIATIONS:
        return True
    keys = [key, *(key[: -len(ending)] for ending in _BULGARIAN_DEFINITE if key.endswith(ending) and len(key) > 5)]
    return any(
        stem in _ANY_CASE_PLACE_WORDS
        or stem in _MONUMENT_WORDS
        or place_type_before(stem)
        or place_type_inflected(stem)
        or place_type_apposed(stem)
        for stem in keys
    )


def _quoted_place(words: Words, start: int, end: int) -> bool:
    """Whether the name run ``start:end`` stands inside quotes after a kind of place or institution that the quote
    names (``университета „Паисий Хилендарски“``, ``МБАЛ „Д-р Стефан Черкезов“``, ``бул. „Евлоги и Христо
    Георгиеви“``): nobody's name is quoted after such a word."""
    text, spans = words.text, words.spans
    first = start
    while first > 0 and start - first < _LONGEST_PLACE and text[spans[first - 1][1] : spans[first][0]] in _QUOTE_GAPS:
        first -= 1
    if first == 0:
        return False
    gap = text[spans[first - 1][1] : spans[first][0]]
    if len(gap) < 2 or gap[-1] not in _OPENING_QUOTES or gap[:-1].strip(". ") or not _quote_owner(words, first - 1):
        return False
    rest = text[spans[end - 1][1] :]
    close = next((at for at, char in enumerate(rest) if char in _CLOSING_QUOTES), -1)
    return close >= 0 and not any(char in "?!\n,;:" for char in rest[:close])


_ECLIPSED: Final = re.compile(r"(?:n|g|b|m|bh|d|t)(?:[A-ZÁÉÍÓÚ]|-[AEIOUÁÉÍÓÚ])")


def _irish_eclipsed_in(words: Words, start: int) -> bool:
    """Whether the run begins with a word eclipsed after the Irish ``i`` (in) or ``ag an`` (``i nDaingean Uí
    Chúis``, ``i gCorcaigh``): one is in a place, never in a person."""
    return (
        start > 0
        and words.words[start - 1].lower() == "i"
        and words.joined(start - 1, start)
        and _ECLIPSED.match(words.words[start]) is not None
    )


#: Italian prepositions joined to an article, given names elsewhere (``Alla``, ``Nella``), capitalized at a
#: sentence's start before a kind of place (``Alla Basilica di San Pietro``).
_ARTICLED_PREPOSITIONS: Final = word_set("alla nella della dalla sulla al nel del dal sul allo nello dello")


def _articled_place(words: Words, start: int, end: int) -> bool:
    """Whether the run begins with an Italian preposition and article before a kind of place (``Alla Basilica``)."""
    return (
        end - start > 1
        and words.folded[start] in _ARTICLED_PREPOSITIONS
        and _sentence_start(words, start)
        and _place_word(words, start + 1, True)
    )


def _hyphen_compound(words: Words, start: int, end: int) -> bool:
    """Whether the run ends with a name joined by a hyphen to a common noun in lower case (``Erzsébet-utalványt``,
    ``Ivar Aasen-tunet``, ``Kossuth-díj``): a thing named after a person, not the person."""
    head, _, tail = words.words[end - 1].rpartition("-")
    if not head or len(tail) <= 2 or not tail.isalpha():
        return False
    if tail.isupper() and head.isupper():
        key = fold(tail)  # ``IVAR AASEN-TUNET``: in capitals, a Nordic place noun or a frequent word that is no name
        if _hyphenated_place(key):
            return True
        return key in FREQUENT_WORDS and key not in GIVEN_NAMES and key not in FAMILY_NAMES and not family_name(key)
    return capitalized(head) and tail.islower()


def _hyphenated_place(tail: str) -> bool:
    """Whether a folded word after a hyphen is a place noun (``-tunet``, ``-museet``, ``-straße``, ``-gården``)."""
    return tail in _NORDIC_DEFINITE_AFTER or _place_noun(tail)


def _second_of_pair(words: Words, start: int, end: int) -> bool:
    """Whether the two-word run follows a conjunction after a place named for a person by two words, so is the
    second person the place is named for (``via Giovanni Falcone e Paolo Borsellino``; not ``via Roma e Paolo
    Rossi``, where one word names the street)."""
    conjunction = start - 1
    first, second = start - 3, start - 2
    if end - start != 2 or first < 1 or words.folded[conjunction] not in _CONJUNCTIONS:
        return False
    if not words.joined_run(first, start):
        return False
    word, key = words.words[second], words.folded[second]
    named = capitalized(word) or word.isupper() or key in FAMILY_NAMES or family_name(key)
    street = elided(words.folded[first - 1]) in _STREET_WORDS  # not ``Hospital Santa Maria e Ana Silva``
    given = words.folded[first] in GIVEN_NAMES and words.folded[first] not in _SAINTS
    return named and street and given and key not in GIVEN_NAMES and in_place(words, first)


def _after_capitalized_near(words: Words, start: int) -> bool:
    """Whether the run follows a capitalized word that itself follows a preposition only places follow (``близо до
    Хаджи Димитър``)."""
    return (
        start > 0
        and capitalized(words.words[start - 1])
        and words.joined(start - 1, start)
        and _after_place_preposition(words, start - 1)
    )


def _frequent_before_saint(words: Words, start: int) -> bool:
    """Whether the run at ``start`` begins with a frequent word (capitalized as the sentence's first) right before
    a saint's word (``Per San Giuseppe``, ``Con Santa Lucia``): the saint's feast or place, after a preposition."""
    return (
        words.folded[start] in FREQUENT_WORDS and words.folded[start + 1] in _SAINTS and words.joined(start, start + 1)
    )


#: English ``of the`` after a name: a landmark's or a work's name (``the Angel of the North``, ``the Lady of the
#: Lake``); a person is ``of`` a place without the article (``Catherine of Aragon``).
_OF_THE: Final = ("of", "the")


def _of_the(words: Words, end: int) -> bool:
    """Whether the run ending at ``end`` goes on with ``of the`` and a capitalized word (``Angel of the North``)."""
    after = end + len(_OF_THE)
    return (
        after < len(words.words)
        and tuple(words.folded[end:after]) == _OF_THE
        and words.joined_run(end - 1, after)
        and words.words[after][:1].isupper()
    )


def place_name(words: Words, start: int, end: int) -> bool:
    """Whether the name run ``start:end`` is a place's name: next to a kind of place (``Palácio Duarte Pacheco``,
    ``Onos bažnyčia``), a town's inflected form alone or with a town word in it (``Šiaulių``, ``TARTU LINN``), a
    town named like a person after a town word or a locative preposition (``città di Alba``, ``близо до Милан``)."""
    if _place_type_in(words, start, end) or _after_address_word(words, start, end) or _product(words, start, end):
        return True
    if _monument(words, start) or _quoted_place(words, start, end) or _hyphen_compound(words, start, end):
        return True
    if _of_the(words, end):
        return True  # ``the Angel of the North``: a landmark's name
    if _irish_eclipsed_in(words, start) or _articled_place(words, start, end) or _second_of_pair(words, start, end):
        return True
    lenited = words.folded[start]
    if end - start > 1 and _unlenited(lenited) != lenited and _unlenited(lenited) in _ANY_CASE_PLACE_WORDS:
        return True  # ``ar Chearnóg Eyre``: the run began with a lenited Irish street word
    if _branch_street(words, start) or _corner_street(words, start) or _greek_article_place(words, start, end):
        return True
    if end - start > 1 and _sentence_start(words, start) and _frequent_before_saint(words, start):
        return True  # ``Per San Valentino``: a preposition that is a given name too, capitalized at the start
    if _article_place(words, start, end) or chain_branch(words, start, end) or product(words, start, end):
        return True
    if start > 0 and words.joined(start - 1, start) and words.words[start - 1].lower() in _INSIDE_AS_WRITTEN:
        return True  # ``tónleikar í Harpa``: one is in a hall, a town or a shop, not in a person
    if _icelandic_uninflected(words, start, end) or opening_hours(words, start, end):
        return True
    if end - start > 1 and _after_place_preposition(words, start):
        return True  # ``perto do Vasco da Gama``, ``near John Lewis``: a shop or a landmark one is near
    if _after_capitalized_near(words, start):
        return True  # ``близо до Хаджи Димитър``: the run began after a title or a word no name begins with
    if town_of_place(words, start):
        return True  # ``l'Arena di Verona``: the landmark's town
    if chain_case(words, start) and (end - start == 1 or not family_name(words.folded[start + 1])):
        return True  # ``k Albertu``: the shop (not ``Albertu Novákovi``)
    if before_town_word(words, start, end):
        return True  # ``Gyula városban``, ``Lihula linna``: the town's name before the word for a town
    if from_on(words, start):
        return True  # ``de pe Mihai Eminescu``: the street
    if journey(words, start, end):
        return True  # ``from Stanley to Douglas``, ``minn Lija għal Mosta``
    if irish_place(words, start, end):
        return True  # ``Cionn tSáile``, ``Ard an Rátha``
    if travel_to(words, start):
        return True  # ``Автобусът до Васил Левски``, ``от гарата до Александър Невски``
    if road_to(words, start):
        return True  # ``по пътя за Елена``, ``the road to Stanley``
    if words.words[start].lower() in _STREETS_AS_WRITTEN:
        return True  # ``Lána Naomh Anna``, ``Lána an Mhuilinn``: the run began with the street word
    if end - start == 1:
        key = words.folded[start]
        return (
            town_form(key)
            or (person_town(key) and _after_town_word(words, start))
            or _slavic_town(words, start)
            or _inner_case_town(key)
            or _hungarian_on_town(words.words[start])
            or _town_after_preposition(words, start)
            or (person_town(key) and (_after_branch(words, start) or _moved_to(words, start)))
            or _branch_in(words, start)
            or _nordic_definite(words, start)
            or (key not in GIVEN_NAMES and key not in FAMILY_NAMES and _after_town_word(words, start))
        )
    keys = words.folded[start:end]
    if _village_adjective(keys[-1]):
        return True  # ``Иван Вазово``: a village named after someone, with the neuter ending no surname takes
    if keys[0] in TOWN_WORDS and not words.words[start].istitle() and not family_name(keys[1]):
        return True  # ``linn otepää``, ``LINN NARVA-JÕESUU``: a town word that is a given name elsewhere (``Linn``)
    if any(_town_in_run(key) for key in keys[1:]):
        return True  # a verb that is also a given name before a town in its case (``Élek Székesfehérváron``)
    return any(key in TOWN_WORDS for key in keys) and any(town_form(key) for key in keys)
