"""Words naming a kind of place in every market language (pure): ``Mosteiro``, ``Einkaufszentrum``, ``lennujaam``.

A name written next to such a word is a place's name, not a person's: ``Palácio Duarte Pacheco``, ``Einkaufszentrum
Helene``, ``Jaani kirik``, ``Onos bažnyčia``, ``Jāņa muzejs``, ``Ardeaglais Naomh Pádraig``, ``Galleria Umberto
Primo``. Airports, stations, monasteries, churches, museums, castles, parks, markets, bridges, harbours,
shopping centres, hotels, theatres, towns and villages; written by hand from each language's vocabulary (common
nouns, no place's name). Words that precede a name count only capitalized (``Galleria Umberto``, not ``a casa di
Maria``); the Baltic, Finnic, Hungarian and Nordic words that follow a name count in any letter case and in their
cases (``Gedimino pilyje``, ``Tallinna lennujaamast``, ``Mátyás templomban``).
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.normalize import fold


def _folded(words: str) -> frozenset[str]:
    """The folded whitespace-separated words of ``words``."""
    return frozenset(fold(word) for word in words.split())


#: Kinds of place written before a name, capitalized (``Palácio Duarte Pacheco``, ``Schloss Bellevue``, ``Hotel
#: Adlon``, ``Ardeaglais Naomh Pádraig``, ``Muzeul Grigore Antipa``).
PLACE_TYPES_BEFORE: Final = _folded("""
mosteiro convento igreja capela catedral basílica santuário ermida museu palácio castelo torre jardim parque
estação aeroporto centro hotel hospital teatro cinema mercado ponte bairro cidade vila aldeia freguesia concelho
galeria biblioteca universidade faculdade instituto estádio ilha serra praia lago fortaleza forte oceanário quinta
shopping casa paço solar largo comercial commerciale commercial handlowe handlowym handlowego
monasterio iglesia capilla santuario palacio castillo alcázar jardín estación aeropuerto ciudad pueblo
universidad facultad isla sierra playa mezquita
monestir església estació aeroport palau castell parc mercat pont platja
monastère abbaye couvent église chapelle cathédrale basilique musée palais château tour gare aéroport centre
hôpital théâtre cinéma marché quartier ville village galerie galeries bibliothèque université lycée collège stade
île plage lac citadelle porte
monastero abbazia chiesa cappella duomo cattedrale museo palazzo castello giardino parco stazione ospedale
mercato quartiere città paese borgo galleria pinacoteca università liceo stadio isola rocca fortezza porta
loggia villa
mănăstirea mănăstire biserica catedrala capela muzeul muzeu palatul castelul cetatea turnul grădina parcul gara
aeroportul centrul spitalul teatrul ateneul ateneu podul cartierul orașul satul galeriile universitatea
stadionul insula lacul muntele sfântu sfântul festivalul
kloster abtei kirche kapelle dom münster kathedrale basilika museum palast schloss burg turm garten park bahnhof
hauptbahnhof flughafen zentrum einkaufszentrum kaufhaus klinikum theater kino markt marktplatz brücke stadt dorf
galerie bibliothek universität stadion insel rathaus passage center arkaden oper
klooster abdij kerk kapel kathedraal basiliek paleis kasteel toren tuin luchthaven vliegveld centrum
winkelcentrum ziekenhuis schouwburg bioscoop brug eiland stadhuis begijnhof
monastery abbey priory convent church chapel cathedral minster gallery palace castle tower garden gardens
airport mall cinema market bridge
kyrka kyrkan kirke kirken kirkja domkyrkan domkirken kapell katedral museet slott slottet borg tornet flygplats
flygplatsen lufthavn lufthavnen köpcentrum kjøpesenter storcenter hotell hotellet teatret teatern marked havn
havnen hamn hamnen biblioteket
klasztor kościół kościoła kościele kaplica katedra katedry katedrze bazylika sanktuarium pałac pałacu zamek
zamku wieża ogród galeria galerii hotelu teatr teatrze rynek rynku dzielnica miasto osiedle
klášter kostel kostela kostele kaple katedrála bazilika palác hrad hradu zámek zámku věž zahrada divadlo
divadle obchodní tržnice město rozhledna
kláštor kostol kostola kostole kaplnka zámok veža záhrada stanica nákupné obchodný
samostan crkva crkve crkvi kapela katedrala katedrale katedrali svetište muzej muzeja muzeju palača dvorac
dvorca kula kolodvor kolodvora centar centra centru trgovački kazalište gledališče tržnica otok grad selo
galerija knjižnica svetom sveta svetoga
μοναστήρι μονή εκκλησία ναός ναό παρεκκλήσι μητρόπολη καθεδρικός μουσείο παλάτι κάστρο πύργος κήπος πάρκο
σταθμός σταθμό κέντρο εμπορικό ξενοδοχείο θέατρο σινεμά αγορά γέφυρα πλατεία πόλη χωριό γκαλερί βιβλιοθήκη
στάδιο πλοίο φεστιβάλ νοσοκομείο κλινική πανεπιστήμιο σχολή σχολείο γυμνάσιο λύκειο κολλέγιο ίδρυμα νησί λίμνη
λιμάνι άγιο άγιος άγια αγίου αγίας αγίων άγιοι αγίους
манастир манастира църква църквата катедрала храм храма параклис музей музея дворец двореца крепост
крепостта кула кулата градина градината парк парка център центъра мол мола търговски хотел хотела театър
театъра кино пазар пазара мост моста квартал град града гр село селото община галерия библиотека стадион
остров езеро читалище паметник
séipéal eaglais ardeaglais mainistir clochar stáisiún aerfort músaem caisleán páirc ionad óstán ospidéal
amharclann margadh droichead baile cearnóg leabharlann ollscoil coláiste scoil staid oileán sliabh halla
knisja katidral kappella santwarju kunvent monasteru mużew palazz kastell torri ġnien stazzjon ajruport ċentru
lukanda sptar isptar teatru suq belt raħal librerija università stadju istadium misraħ pjazza skola iskola kulleġġ
kirkja kirkjan safn safnið hús húsið tónlistarhúsið tónleikahúsið höll höllin hótel hótelið verslunarmiðstöð
verslunarmiðstöðin flugvöllur flugvöllurinn stöð stöðin skóli skólinn háskóli háskólinn spítali spítalinn
sundlaug sundlaugin garður garðurinn tónlistarhúsinu tónleikahúsinu húsinu safninu kirkjunni hótelinu höllinni
verslunarmiðstöðinni flugvellinum stöðinni skólanum háskólanum spítalanum sundlauginni garðinum
kierch klouschter musée schlass fluchhafen spidol maart bréck duerf kathedral
templo gruta caverna cascata cueva cascada salina temple grotte cascade saline tempio grotta templul peștera
peştera cascada salina salinele tempel höhle wasserfall grot waterval grotta świątynia jaskinia wodospad chrám
jeskyně jaskyňa vodopád hram špilja spilja пещера водопад σπήλαιο φαράγγι καταρράκτης μνημείο uaimh teampall
għar tempju hellir
""")

#: Words for a bank's branch or office, before a name in any letter case (``Клон Мария``, ``pobočka Karla
#: Čapka``, ``a agência de``); after it, the words of ``_STEMS_AFTER`` (``the Stanley branch``, ``Jono
#: skyrius``; not the Finnish ``konttorista``, which follows a person: ``Nina Viitanen konttorista``).
BRANCH_WORDS_BEFORE: Final = _folded("""
agência balcão sucursal oficina agencia filial filiale agence succursale zweigstelle geschäftsstelle filiaal
vestiging kantoor oddział placówka pobočka pobočky pobočce pobočku pobočkou poslovnica poslovnici poslovnicu
podružnica podružnici sucursala agenția agentia filiala filialei клон клона клонът офис офиса υποκατάστημα
υποκατάστημα κατάστημα craobh fergħa filiāle filiālē
bankomat bankomatu bankomatem bankomacie multibanco geldautomat atm cajero distributeur bancomat bancomatul
pinautomaat uttagsautomat minibank pankkiautomaatti bankomāts bankomatas pénzautomata αtm банкомат банкомата
pokladna pokladně pokladnica útibú útibúið útibúinu hraðbanki hraðbankinn hraðbankanum kontor konttori
filialen kontoret avdelingen afdelingen avdelinga
""")
#: Words for an address right before a street's name, as prose writes them without a colon (``na adrese Karla
#: Čapka``, ``aadressil Anton Hansen Tammsaare``, ``at the address``; not ``Adresse: Anna Müller``, a pasted label).
ADDRESS_WORDS: Final = _folded("""
address endereço morada dirección domicilio adresse indirizzo adres adresem adresie adresa adrese adresou adresu
adresi aadress aadressil aadressile aadressilt osoite osoitteessa osoitteeseen címen címre adresē adresas
adresu διεύθυνση адрес адреса адреса
""")
#: Shops, restaurants, cafés, bakeries and pharmacies, often named after a person (``Restaurante Maria``, ``kafić
#: Ivana``, ``Pizzeria Luigi``, ``ravintola Helmi``): before the name, as written or as a stem of ``_STEMS_BEFORE``.
BUSINESS_WORDS: Final = _folded("""
restaurante café pastelaria padaria farmácia loja salão cabeleireiro clínica taberna tasca churrasqueira
marisqueira cervejaria livraria cafetería panadería farmacia tienda peluquería bodega librería
restaurant brasserie boulangerie pâtisserie pharmacie boutique magasin salon librairie
ristorante trattoria osteria pizzeria caffè pasticceria panetteria negozio libreria
gasthaus gasthof wirtshaus bäckerei konditorei apotheke geschäft buchhandlung eetcafé bakkerij apotheek winkel
kapsalon cafe pub bar bakery pharmacy shop store restaurang kafé kafe konditori bageri apotek butik butikk
restauracja kawiarnia piekarnia apteka aptece sklep cukiernia restaurace restaurácia reštaurácia kavárna kaviareň
pekárna pekáreň lékárna lekáreň obchod hospoda krčma cukrárna cukráreň restoran kafić kavana konoba ljekarna
lekarna pekara pekarna trgovina gostilna gostiona slastičarna kavarna cafenea farmacia brutăria brutărie magazin
magazinul cofetăria εστιατόριο ταβέρνα καφετέρια καφενείο φούρνος φαρμακείο ζαχαροπλαστείο ψητοπωλείο ресторант
кафе кафене механа пекарна аптека магазин сладкарница ravintola kahvila apteekki leipomo kohvik apteek pood
kafejnīca restorāns aptieka veikals maiznīca kavinė restoranas vaistinė parduotuvė kepykla bialann caifé siopa
cógaslann ristorant kafetterija spiżerija ħanut veitingastaður kaffihús bakarí apótek veitingastaðurinn
kaffihúsið bakaríið apótekið verslun verslunin búð búðin veitingastaðnum kaffihúsinu bakaríinu apótekinu
versluninni búðinni
""")
#: Stems of the Slavic, Baltic, Finnic and Romanian words for kinds of place and businesses before a name, which
#: take the case endings of ``_ENDINGS`` (``w Galerii``, ``v restauraci``, ``u kafiću``, ``kohvikus``,
#: ``kavinėje``, ``ravintolassa``).
_BUSINESS_STEMS: Final = _folded("""
restaurac restauraci reštaurác restaurant restoran kawiarn piekarn aptek sklep cukiern pizzer kavárn kaviar
pekárn ljekarn konob kafić kavan trgovin gostiln pekar pekarn slastičar kavarn cafene farmaci brutări cofetări
kohvik kafejnīc restorān aptiek veikal kavin vaistin parduotuv kepykl ravintola kahvila apteek leipomo ресторант
аптек магазин
""")
_STEMS_BEFORE: Final = _BUSINESS_STEMS | _folded("""
muzeum muzeu katedr bazylik bazilik kaplic galeri galerij hotel klaszt kláštor klášter kostel kostol crkv kapel
katedral muzej dvorc kolodvor centar trgovačk knjižnic kazališt gledališ manastir катедрал музе манастир църкв
хотел
""")
#: Forms of those words whose stem would take in other words (``centr`` + ``al``, ``lékař``, ``palace``).
_FORMS_BEFORE: Final = _folded("""
centru centrum centrul centrului centra centrze lékárna lékárně lékárny lekáreň lekárni palača palači palaču
magazin magazinul magazinului magazinu
""")
#: Kinds of place written after a name, capitalized (``Westminster Abbey``, ``Kölner Dom``, ``Frederiks
#: Kirke``, ``Elizabeth Tower``): English, German, Dutch and the like.
PLACE_TYPES_AFTER: Final = _folded("""
abbey priory cathedral minster church chapel castle palace tower market gallery centre center mall harbour
harbor pier quay wharf arena cross hall gardens garden airport station hospital infirmary college school academy
institute museum library theatre theater stadium trust foundation hotel arms memorial
dom münster kirche kathedrale kloster schloss burg turm markt brücke hafen tor bahnhof hauptbahnhof flughafen
zentrum center arkaden galerie passage rathaus
kerk kathedraal klooster kasteel toren markt brug haven poort centrum
havn havnen hamn hamnen slot slott slottet borg marked
""")

#: Hungarian kinds of place after a name: Hungarian names a place with the person's name as it is (``Liszt Ferenc
#: repülőtéren``), so a name before them in the nominative is still the place's.
_HUNGARIAN_AFTER: Final = _folded("""
templom bazilika székesegyház kolostor apátság múzeum palota torony pályaudvar repülőtér állomás bevásárlóközpont
központ szálloda kórház színház mozi piac könyvtár egyetem stadion sziget fürdő fiók étterem éttermében
könyvesbolt virágbolt áruház üzlet pláza csarnok aréna gimnázium iskola rendelőintézet gyógyszertár patika
""")
#: Stems of kinds of place written after a name in the Baltic, Finnic, Hungarian, Nordic and Icelandic
#: languages, in any letter case; each takes the case endings of ``_ENDINGS`` (``Tallinna lennujaamast``,
#: ``Onos bažnyčioje``, ``Jāņa muzejā``, ``Mátyás templomban``).
_STEMS_AFTER: Final = (
    _folded("""
lennujaam raudteejaam bussijaam jaam jaama jaamas jaamast jaamani kirik kiriku toomkirik klooster kloostri
kabeli muuseum muuseumi lossi lossis torn torni pargis pargi kaubanduskeskus kaubanduskeskuse hotell hotelli
haigla teater teatri turg turul turule turult väljak väljaku sild sadam sadama raamatukogu staadion küla tänav tn
mnt pst katedraal platsil platsile platsilt platsi ausammas mälestusmärk
lidosta stacija baznīc katedrāl klosteris klostera muzej muzejs pils tornis parkā centrs centrā viesnīc
slimnīc teātris teātr tirgus bibliotēk stadion stadionā ezers ezerā piemineklis piemineklī pieminekļa
stotis stoties stotyje stotį bažnyči katedr vienuolyn muziej muziejaus pilis pilies pilyje pilį bokšt parkas
parke parko centras centre centro prekybos viešbut viešbuči ligonin teatr turgus turgaus turguje bibliotek
ežeras ežere ežero vartai vartų vartuose vartams vartus kalnas kalno kalne uostas uoste uosto skyrius skyriuje
skyriaus paminklas paminklo paminkle
kirkko kirko kirkon tuomiokirkko tuomiokirko luostari kappeli museo linnan linnassa torni puisto rautatieasema
lentoasema kauppakeskus kauppakeskukse sairaala teatteri tori satama kirjasto yliopisto
kirke kirken kyrka kyrkan domkirke domkyrka kapell museum museet slott slottet tornet parken stasjon stasjonen
stationen flygplats flygplatsen lufthavn lufthavnen senter senteret centrum centret köpcentrum kjøpesenter
storcenter hotellet teatret teatern torget torvet havnen hamnen broen bron bibliotek biblioteket kontoret
filialen branch
kirkja flugvöllur flugvelli höfn safn safni sjúkrahús spítali háskóli höllin stytta styttan styttuna styttunni
styttunnar minnisvarði minnisvarðann minnisvarðanum
""")
    | _HUNGARIAN_AFTER
)
#: Words of the list that count only as written: with an ending they are other words (``centrā`` + ``l``).
_EXACT_AFTER: Final = _folded("centrs centrā parkā parke")
#: The shortest stem that takes case endings; shorter words of the list count only as written.
_MIN_STEM: Final = 5
#: English kinds of place and the like, which a relative clause may follow in lower case (``the hotel Anna
#: booked``): no place's word in lower case before a name.
_RELATIVE_CLAUSE_WORDS: Final = _folded("""
monastery abbey priory convent church chapel cathedral minster gallery palace castle tower garden gardens airport
mall cinema market bridge hotel hospital museum park station centre center theatre theater arena house village
town city hotell kirke kyrka kirken kyrkan museet slottet hotellet restaurant cafe café pub bar bakery pharmacy
shop store salon restaurang kafé kafe butik hotels restaurants address atm
""")
#: Kinds of place and branch words that name the place in lower case right before a name (``летище Васил
#: Левски``, ``hotel Maria``, ``pobočka Jana``).
_APPOSED: Final = (PLACE_TYPES_BEFORE | BRANCH_WORDS_BEFORE | BUSINESS_WORDS) - _RELATIVE_CLAUSE_WORDS
#: Case endings of the Baltic, Finnic, Hungarian and Nordic words above (folded; ``""`` for the bare stem).
_ENDINGS: Final = _folded(
    """as o ui a u e ai ams us ais uose is ies iai ims yje yse es ei eje ese ems ys iu ius iuose ose oje os
    ą ę į ų ė ėje ės ėse oms omis uje
    ast asse ale al alt ani aga ks s st sse le l lt ni ga d te de ta
    n ssa sta lla lle lta an en in na ksi ssä stä llä llä ltä ä
    ban ben ba be bol ból ből ra re ról ről ról on en ön nál nél hoz hez höz ot et öt at t
    n en et na ne er ar ene erne
    ā ai as ās u ū ī ē s es is
    i ir ar inni
    ou om em ě ach ami ov ovi ul ului ei ii iu ie ą ę ą ią ię ьо та ът а я и е та то ите ята
    """
)
_LONGEST_ENDING: Final = max(len(ending) for ending in _ENDINGS)

#: Endings of German, Dutch and Nordic compounds naming a kind of place, written before or after a name
#: (``Einkaufszentrum Helene``, ``Hauptbahnhof``, ``Stadtmuseum``, ``winkelcentrum``, ``köpcentrum``).
COMPOUND_ENDINGS: Final = tuple(
    sorted(
        _folded("""
zentrum center centrum bahnhof flughafen kirche kloster museum schloss brücke hafen halle markt platz kathedrale
luchthaven ziekenhuis kerk station stationen senteret senter kirke kirken kyrka kyrkan flygplats lufthavn
jaam jaama keskus keskuse asema kirkko haigla haiglas haiglast haiglasse haiglale
""")
    )
)


#: Bank products a word may name (``Zlatá karta``, ``Χρυσή Κάρτα``, ``Silver Card``, ``conta Estrela``): a given name
#: that is also a frequent word before them is the product's adjective, not a person. Nominatives only: a person
#: may stand before the accusative (``Posílám Petře kartu``).
PRODUCT_WORDS: Final = _folded("""
card karta kartica κάρτα карта картата kort kortet kortti kaart karte carte carta cartão tarjeta conta cuenta
compte conto konto účet račun λογαριασμός сметка account package plan plano
""")

#: German, Luxembourgish and Dutch kinds of place: these languages put the verb last (and German capitalizes every
#: noun), so a person may follow them (``Ich habe im Kino Thomas getroffen``, ``in het museum Jan gezien``); they
#: name the place only when the name ends the clause.
NOUN_CAPITALIZED: Final = _folded("""
kloster abtei kirche kapelle dom münster kathedrale basilika museum palast schloss burg turm garten park bahnhof
hauptbahnhof flughafen zentrum einkaufszentrum kaufhaus klinikum theater kino markt marktplatz brücke stadt dorf
galerie bibliothek universität stadion insel rathaus passage center arkaden oper gasthaus gasthof wirtshaus café
bäckerei konditorei apotheke geschäft buchhandlung restaurant hotel salon filiale zweigstelle geschäftsstelle
geldautomat krankenhaus schule gymnasium hochschule akademie stiftung kierch klouschter musée schlass fluchhafen
spidol maart bréck duerf kathedral gare kerk museum station ziekenhuis winkel bakkerij apotheek kantoor filiaal
stadhuis bioscoop schouwburg universiteit
""")


#: Endings of Icelandic compounds naming a kind of place, with their article and in the dative (folded: ``ð``
#: stays): ``tónlistarhúsið``, ``ráðstefnuhúsinu``, ``íþróttahöllin``, ``umferðarmiðstöðinni``, ``listasafnið``,
#: ``Hallgrímskirkja``.
ICELANDIC_PLACE_ENDINGS: Final = tuple(
    _folded("""
húsið húsinu höllin höllinni miðstöðin miðstöðinni stöðin stöðinni safnið safninu kirkjan kirkjunni
safn safni safns
""")
)


def _stem_before(key: str, stems: frozenset[str] = _STEMS_BEFORE) -> bool:
    """Whether a folded word is a stem of ``stems`` with a case ending (``galerii``, ``kafiću``)."""
    for cut in range(1, min(_LONGEST_ENDING, len(key) - 4) + 1):
        if key[: len(key) - cut] in stems and key[len(key) - cut :] in _ENDINGS:
            return True
    return False


def business_inflected(key: str) -> bool:
    """Whether a folded word is a shop, café or restaurant in a case other than the nominative (``kawiarni``,
    ``u kafiću``): a person in the genitive after it is its owner (``u kafiću Ivane Horvat``)."""
    return _stem_before(key, _BUSINESS_STEMS) or key == "aptece"


#: Forms of the words above in a case other than the nominative (locative, genitive, dative; Bulgarian definite):
#: after a preposition, a subject may follow them (``W kościele Anna śpiewała``, ``в парка Мария``), so they name a
#: place only capitalized mid-sentence (``w Galerii Krakowskiej``).
_INFLECTED_BEFORE: Final = _folded("""
kościoła kościele katedry katedrze pałacu zamku galerii hotelu teatrze rynku kostela kostele hradu zámku divadle
kostola kostole crkve crkvi katedrale katedrali muzeja muzeju dvorca kolodvora centra centru манастира църквата
музея двореца крепостта кулата градината парка центъра мола хотела театъра пазара моста града селото ναό σταθμό
pobočky pobočce pobočku pobočkou poslovnici poslovnicu podružnici filialei клона bankomatu bankomatem bankomacie
bancomatul банкомата pokladně aptece centrului centrze lékárně lékárny lekárni palači palaču magazinului magazinu
domu domě domem
""")


def place_type_before(key: str) -> bool:
    """Whether a folded word names a kind of place written before a name, in the nominative (``mosteiro``,
    ``einkaufszentrum``, ``restaurante``, ``pobočka``)."""
    return key not in _INFLECTED_BEFORE and (
        key in PLACE_TYPES_BEFORE
        or key in BRANCH_WORDS_BEFORE
        or key in BUSINESS_WORDS
        or key in _FORMS_BEFORE
        or (len(key) > 8 and key.endswith(COMPOUND_ENDINGS))
        or (len(key) > 8 and key.endswith(ICELANDIC_PLACE_ENDINGS))
    )


def place_type_inflected(key: str) -> bool:
    """Whether a folded word names a kind of place before a name in another case (``galerii``, ``kafiću``,
    ``kohvikus``, ``kościele``): a place's word only capitalized mid-sentence."""
    return key in _INFLECTED_BEFORE or (not place_type_before(key) and _stem_before(key))


def place_type_apposed(key: str) -> bool:
    """Whether a folded word names a kind of place, business or branch in the nominative, right before a name in
    lower case (``летище``, ``pobočka``, ``kavárna``; not the English ``hotel``, which a relative clause may
    follow, nor a locative such as ``kawiarni``, after which the sentence's subject may come)."""
    if len(key) > 8 and key.endswith(ICELANDIC_PLACE_ENDINGS):
        return True  # ``tónlistarhúsið Harpa``
    return (key in _APPOSED or key in _FORMS_BEFORE) and key not in _INFLECTED_BEFORE


def place_type_after_inflected(key: str) -> bool:
    """Whether a folded word is a kind of place of ``_STEMS_AFTER`` in a case ending (``kohvikus``, ``pilyje``):
    after a name in the nominative it says where the person is (``Liisa kohvikus``), not which place it is
    (Hungarian words aside: ``Liszt Ferenc repülőtéren``)."""
    if key in _STEMS_AFTER or not place_type_after(key, capitalized=False):
        return False
    return not any(key.startswith(stem) for stem in _HUNGARIAN_AFTER)


def place_type_after(key: str, capitalized: bool) -> bool:
    """Whether a folded word names a kind of place written after a name: the Baltic, Finnic, Hungarian and Nordic
    words in any case and any of their case forms (``lennujaamast``, ``pilyje``, ``vartu``), the others only
    ``capitalized`` (``Abbey``, ``Dom``, ``Havn``)."""
    if capitalized and (key in PLACE_TYPES_AFTER or (len(key) > 8 and key.endswith(COMPOUND_ENDINGS))):
        return True
    key = key.split("-", 1)[0] if "-" in key and len(key.split("-", 1)[0]) <= 3 else key  # ``tn-il``, ``mnt-l``
    if key in _STEMS_AFTER:
        return True
    for cut in range(1, min(_LONGEST_ENDING, len(key) - _MIN_STEM) + 1):
        stem = key[: len(key) - cut]
        if stem in _STEMS_AFTER and stem not in _EXACT_AFTER and key[len(key) - cut :] in _ENDINGS:
            return True
    return False


#: Kinds of place a payment may go to that the lists above leave out, as their own word (folded): a castle, a
#: clinic, a zoo (``Budai Vár``, ``Szegedi Klinika``, ``Pražský hrad``).
_PAID_PLACES: Final = _folded("""
vár klinika klinik klinikum clinic clinique clinica clínica állatkert zoo hrad zamek zámok grad castle stadium
""")
#: The shortest Hungarian compound taken as ending in a kind of place (``nagytemplom``; not ``mozi``).
_SHORTEST_COMPOUND: Final = 8


def kind_of_place(key: str) -> bool:
    """Whether a folded word names a kind of place in any market language, written before or after the place's
    name (``château``, ``museum``, ``székesegyház``, ``stadion``, ``vár``), or is a Hungarian compound ending in
    one (``nagytemplom``, ``bevásárlóközpont``)."""
    if place_type_before(key) or key in _INFLECTED_BEFORE or key in _PAID_PLACES:
        return True
    if place_type_after(key, capitalized=True):
        return True
    return len(key) >= _SHORTEST_COMPOUND and any(
        key.endswith(noun) and len(noun) >= _MIN_STEM for noun in _HUNGARIAN_AFTER
    )
