"""Relation and contact nouns written without a possessive before a person's name (pure data): ``Wnuk Filip
Baran``, ``sa svekrvom``, ``ženo Majo Horvat``, ``Brudder Tom Thill``, ``konsultantka Monika Jaworska``.

``intro_phrases.RELATIONS`` holds the phrases with their possessive (``mój syn``, ``meng Fra``); people also write
the bare noun, at the start of a message or in any case a verb or preposition asks for (the wife's, to the
neighbour, with the adviser); so do the nouns of a household's helpers and a club's officers (``Aukle Tekla``,
``předseda Jan Urban``) and a declaration's undersigned (``Subsemnata Adriana Tudor``, ``Undertegnede Bjarke
Holm``). Each word here is indexed as a relation of one word: a capitalized word after it
begins a name, and the noun is kept out of the name itself. Words that are also a function word or a common word
of another market language (``sin``, Spanish for without; ``son``, French for his; ``far``, ``fra``, ``mor``) are
left out, and so are the nouns that are given or family names too (``Ema``, ``Isa``, ``Wnuk``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from runtime.privacy.normalize import fold

_NOUNS: Final = """
 męża mężem mężowi żony żonie syna synem synowi córka córki córce córkę córką matka matki matce
matkę matką mamy mamie mamę mamą ojciec ojca ojcem ojcu tata taty tacie tatą brat brata bratem bratu siostra
siostry siostrze siostrę siostrą wnuk wnuka wnukiem wnukowi wnuczka wnuczki wnuczce wnuczkę babcia babci babcię
babcią dziadek dziadka dziadkiem dziadkowi teściowa teściowej teściową teść teścia teściem szwagier szwagra
szwagrem szwagrowi szwagierka szwagierki kolega kolegi koledze kolegą koleżanka koleżanki koleżance koleżanką
sąsiad sąsiada sąsiadem sąsiadowi sąsiadka sąsiadki sąsiadce sąsiadką doradca doradcy doradcą doradczyni
konsultant konsultanta konsultantem konsultantka konsultantką konsultantce właściciel właściciela właścicielem
przyjaciel przyjaciela przyjacielem przyjaciółka przyjaciółki przyjaciółką pełnomocnik pełnomocnika
manžel manžela manželem manželovi manželka manželky manželce manželku manželkou syn synovi dcera dcery dceři dceru
dcerou matky matku matkou máma mámy mámě mámu otec otce otcem otci táta táty tátovi bratr bratra bratrem
bratrovi sestře sestru sestrou vnuka vnukem vnukovi vnučka vnučky vnučce vnučku babička babičky babičce babičku
děda dědy dědovi tchyně tchán tchána švagr švagra švagrovi švagrová kolegou kolegovi kolegyně kolegyni soused
souseda sousedem sousedovi sousedka sousedky sousedce sousedku poradce poradcem poradci poradkyně poradkyní
pronajímatel pronajímatele pronajímatelem přítel přítele přítelem přítelkyně přítelkyní zmocněnec
manželom manželke dcéra dcéry dcére dcéru dcérou mame mamu mamou otca otcom otcovi bratom bratovi sestre vnukom
babka svokra svokor švagor švagriná kolegu kolegom kolegyňa sused suseda susedom susedovi susede susedu poradca
poradcom poradcovi poradkyňa prenajímateľ prenajímateľom priateľ priateľka
mož moža možem možu žena žene ženo ženi sina sinom sinu hči hčer hčeri hčerjo mame mamo oče očeta očetu očetom
sestro sestri vnuku vnukinja babica babice babici dedek tašča tašče tast svak svaku svakinja sodelavec
sodelavca sodelavcem sodelavka sodelavko sosed sosedu sosedi svetovalec svetovalca svetovalcem svetovalka
svetovalko najemodajalec najemodajalcem prijatelj prijatelja prijateljica prijateljico
suprug supruga supruzi suprugu suprugom muž muža mužu ženu kći kćer kćeri majka majke majci majku majkom otac oca
ocu ocem unuk unuka unuku unuci baka bake baki djed djeda svekrva svekrvi punica šogor šogoru šogorica
kolegica susjed susjeda susjedu susjedi savjetnik savjetniku savjetnikom savjetnica savjetnici stanodavac
stanodavcem stanodavca prijateljicom
vyras vyro vyrui žmona žmonos žmonai žmoną sūnus sūnaus sūnui dukra dukros dukrai dukrą motina motinos motinai
tėvas tėvo tėvui tėtis brolis brolio broliui sesuo sesers seseriai anūkas anūko anūkui anūkė močiutė močiutės
senelis anyta uošvė uošvis svainis svainiui kolegos kolegai kolegė kaimynas kaimyno kaimynui kaimynė kaimynei
konsultantas konsultantu konsultante konsultantė konsultantei nuomotojas nuomotoju nuomotojui draugas draugė
draugei draugui
vīrs vīra vīram sieva sievas sievai sievu dēls dēlam meita meitas meitai meitu māte mātes mātei
māti mamma tēvs tēvam tēvu brālis brāļa brālim brāli māsa māsas māsai mazdēls mazdēlam mazmeita
vecmāmiņa vecmāmiņai vectēvs vīramāte sievasmāte svainim kolēģis kolēģim kolēģe kolēģei kaimiņš kaimiņam
kaimiņiene kaimiņienei konsultants konsultantam konsultanti izīrētājs izīrētāju izīrētājam draugs
draudzene draudzenei
mees mehe mehele mehega naine naise naisele poeg poja pojale tütar tütre tütrele vend venna vennale õde õele
vanaema vanaisa ämm lapselaps kolleeg kolleegi kolleegile naaber naabri naabrile nõustaja nõustajale
nõustajaga üürileandja sõber sõbra sõbranna abikaasa
miehen miehelle vaimo vaimon vaimolle poika pojan pojalle tytär tyttären tyttärelle äiti äidin äidille isän
isälle veljen veljelle sisko siskon siskolle isoäiti mummo lapsenlapsi anoppi lanko käly kollegan työkaveri
naapuri naapurin naapurille neuvoja neuvojan vuokranantaja ystävä ystävän
soțul soția fiul fiica tatăl fratele sora nepotul nepoata bunica bunicul soacra socrul cumnatul cumnata colegul
vecinul vecina consilierul consiliera proprietarul prietenul prietena soțului soției fiului fiicei mamei tatălui
fratelui surorii nepotului bunicii colegului vecinei vecinului
съпруг съпруга съпругът съпругата сина синът дъщеря майка баща брат сестра внук внука внучка баба дядо свекърва
тъща зет снаха колега колегата колежка съсед съседа съседка консултант консултанта консултантката хазяин
хазяина хазяйка приятел приятелка
σύζυγος σύζυγο συζύγου γιος γιο γιου κόρη κόρης μητέρα μητέρας πατέρας πατέρα αδερφός αδερφό αδερφού αδερφή
αδελφή εγγονός εγγονό εγγονή γιαγιά παππούς πεθερά πεθερός κουνιάδος κουνιάδο κουνιάδα συνάδελφος συνάδελφο
συναδέλφου γείτονας γείτονα γειτόνισσα σύμβουλος σύμβουλο συμβούλου ιδιοκτήτης ιδιοκτήτη σπιτονοικοκύρης
σπιτονοικοκύρη
hyresvärden hyresvärd utleieren utleier udlejer udlejeren rådgivaren rådgiveren rådgjevaren handläggaren
saksbehandleren sagsbehandleren sakshandsamaren utleigaren svoger svigerfar svigermor svärfar svärmor
barnbarn barnebarn barnebarnet barnebarnet schoonvader schoonmoeder zwager schoonzus buurman buurvrouw
verhuurder adviseur adviseuse kleinzoon kleindochter
brudder schwëster mamm duechter bouf meedchen enkelin noper noperin kolleeg kollegin beroder
beroderin conseiller conseillère proprietär proprietärin schwéierpapp schwéiermamm schwoer frënd frëndin bomi
bopi monni tatta koseng kosinn
sonur dóttir bróðir systir móðir faðir eiginmaður eiginkona tengdafaðir tengdamóðir mágur mágkona barnabarn
nágranni ráðgjafi ráðgjafinn ráðgjafann ráðgjafanum leigusali leigusalinn leigusalanum samstarfsmaður vinur
vinkona þjónustufulltrúann þjónustufulltrúinn
ciocia cioci ciocię ciocią wujek wujka wujkiem wujkowi kuzyn kuzyna kuzynem kuzynowi kuzynka kuzynki kuzynce
kuzynką bratanek bratanka siostrzeniec siostrzeńca bratanica siostrzenica chrzestna chrzestnej chrzestny ojczym
macocha narzeczony narzeczonego narzeczona narzeczonej
teta tety tetě tetu tetou strýc strýce strýcem strýci bratranec bratrance bratrancem sestřenice sestřenici
synovec synovce neteř kmotr kmotra kmotry snoubenec snoubenka snoubenky
tete tetou strýko strýka strýkovi sesternica sesternice sesternici krstná krstný snúbenec snúbenica
teti teto stric strica stricu sestrična sestrične sestrični nečak nečaka nečakinja botra boter zaročenec
zaročenka
tetom ujak ujaka ujaku ujna ujne ujni bratić bratića bratiću sestrične sestričnu nećak nećaka nećakinja kuma kume
zaručnik zaručnica
леля лелята чичо чичото вуйчо вуйна братовчед братовчедка племенник племенница кръстница кръстник
годеник годеница
θεία θείας θείο θείος θείου ξάδερφος ξάδερφο ξαδέρφη ξαδέρφης ανιψιός ανιψιό ανιψιά νονά νονός νονό
αρραβωνιαστικός αρραβωνιαστικιά
täti tädin tädille tätini setä sedän sedälle setäni enoni enolle serkkuni serkku serkun serkulle kummi
kummin sulhanen sulhaseni morsian
tädi tädile onu onule nõbu nõo õepoeg vennapoeg ristiema ristiisa peigmees elukaaslane elukaaslase
tante tantes tantei onkulis onkuļa onkulim brālēns brālēna māsīca māsīcas krustmāte krusttēvs līgavainis
tetos tetai dėdė dėdės dėdei pusbrolis pusbrolio pusseserė pusseserės sūnėnas dukterėčia krikštamotė
krikštatėvis sužadėtinis sužadėtinė
mătușa mătușii mătușă unchiul unchiului vărul vărului verișoara verișoarei nașa nașul logodnicul logodnica
oom ooms peetoom peettante verloofde schoonzoon schoondochter
moster faster morbror farbror kusin kusinen brorson systerson brorsdotter systerdotter gudmor gudfar fästman
fästmö sambo
fætter kusine nevø niece gudmoren gudfaren forlovede kæreste samlever
onkel fetter niese samboer sambuar kjæreste
frænka frænku frænda frændi föðursystir móðursystir bróðursonur systursonur unnusti unnusta unnustu
aintín aintín uncail
stepson stepdaughter stepmother stepfather stepmum stepdad great-grandmother great-grandfather godmother godfather
babysitter au-pair flatmate housemate roommate trainee apprentice
stiefsohn stieftochter stiefvater stiefmutter urgroßmutter urgroßvater uroma uropa patenkind patentante patenonkel
kindermädchen tagesmutter aupair mitbewohner mitbewohnerin azubi auszubildende auszubildender praktikant
praktikantin lehrling familie kassierer kassiererin kassenwart kassenwartin
famill stéifpapp stéifmamm
beau-fils beau-père belle-mère nounou baby-sitter colocataire coloc arrière-grand-mère arrière-grand-père parrain
marraine stagiaire apprenti apprentie famille trésorier trésorière
figliastro figliastra patrigno matrigna bisnonno bisnonna coinquilino coinquilina padrino madrina stagista
apprendista famiglia tesoriere
hijastro hijastra padrastro madrastra bisabuelo bisabuela niñera canguro becario becaria familia tesorero tesorera
enteado enteada padrasto madrasta bisavô bisavó babá ama estagiário estagiária família tesoureiro tesoureira
stiefzoon stiefdochter stiefvader stiefmoeder overgrootvader overgrootmoeder oppas huisgenoot stagiair gastgezin
gastouder penningmeester voorzitter
pasierb pasierbica pradziadek prababcia niania opiekunka współlokator współlokatorka stażysta stażystka
praktykant praktykantka skarbnik skarbniczka przewodniczący przewodnicząca
pravnuk pravnučka prababička pradědeček chůva spolubydlící praktikantka předseda předsedkyně pokladník
pokladní
prababka pradedo opatrovateľka spolubývajúci predseda predsedníčka pokladníčka
pastorak pastorka maćeha očuh prabaka pradjed dadilja cimer cimerica blagajnik blagajnica predsjednik
predsjednica pripravnik pripravnica
pastorek mačeha očim prababica praded varuška sostanovalec sostanovalka predsednik predsednica
бавачка прабаба прадядо съквартирант съквартирантка касиер касиерът касиерката председател председателят
председателката класната класният учителката учителят
νταντά προγιαγιά προπάππους συγκάτοικος συγκάτοικο ταμίας πρόεδρος
stjúpdóttir stjúpsonur stjúpmóðir stjúpfaðir langamma langafi barnfóstra meðleigjandi gjaldkeri formaður
lærlingur
oldefar oldemor oldefaren oldemora oldemoren stesønn stedatter stefar stemor stedotter barnepike dagmamma
kasserer kassereren formann formannen formand formanden familien
styvson styvdotter styvfar styvmor gammelfarfar gammelmormor mormor morfar farmor farfar barnvakt kassör kassören
familjen
tytärpuoli poikapuoli äitipuoli isäpuoli isoisä lastenhoitaja kämppis kämppäkaveri puheenjohtaja
rahastonhoitaja harjoittelija
kasupoeg kasutütar kasuema kasuisa vanavanaema vanavanaisa lapsehoidja korterikaaslane esimees laekur
pameita padēls pamāte patēvs vecvecmāmiņa vecvectēvs aukle auklīte priekšsēdētājs priekšsēdētāja kasieris
kasiere praktikants praktikante
posūnis podukra pamotė patėvis prosenelis prosenelė auklė pirmininkas pirmininkė iždininkas iždininkė
praktikantas praktikantė
străbunica străbunicul bona dădaca casierul casiera președintele președinta
ahijado ahijada afilhado afilhada figlioccio figlioccia filleul filleule peetzoon peetdochter gudbarn gudson
guddotter gudsønn guddatter chrześniak chrześniaczka avopuoliso avovaimo avomies rejsemakker reisekamerat
resekamrat κουμπάρος κουμπάρο κουμπάρα кака бате батко parrinu parrina
subsemnatul subsemnata undertegnede undertecknad undertecknade podpisany podpisana podepsaný podepsaná
dolupodpísaný dolupodpísaná alulírott υπογεγραμμένος υπογεγραμμένη долуподписаният долуподписаната sottoscritto
sottoscritta soussigné soussignée unterzeichnende ondergetekende allekirjoittanut allakirjutanu parakstījies
parakstījusies pasirašęs pasirašiusi potpisani potpisana podpisani iffirmat iffirmata
"""
#: Maltese relations follow their possessive (``in-neputi tiegħi Jake``).
_PHRASES: Final = (
  "in-neputi tiegħi", "in-neputija tiegħi", "il-konsulent tiegħi", "il-kunjat tiegħi", "il-kunjata tiegħi",
  "il-ġar tiegħi", "il-ġara tiegħi", "is-sid tiegħi", "il-kuġin tiegħi", "il-kuġina tiegħi", "in-nannu tiegħi",
  "iz-zija tiegħi", "taz-zija tiegħi", "iz-ziju tiegħi", "taz-ziju tiegħi", "lil-zija tiegħi",
)  # fmt: skip
#: Nouns whose folded form is a word or a name elsewhere are left out: ``żona`` folds to the Romance ``zona``, ``vīru``
#: to ``Viru``, ``äi`` to the French ``ai``, ``dēla`` to the Slovene ``dela``; ``Wnuk``, ``Papp``, ``Majka`` and
#: ``Mees`` are family names too (``pan Wnuk``), see ``relation_nouns``.
RELATION_NOUNS: Final = tuple(dict.fromkeys((*_NOUNS.split(), *_PHRASES)))


def relation_nouns(is_name: Callable[[str], bool]) -> tuple[str, ...]:
    """The relation nouns and phrases whose folded last word ``is_name`` does not take for a known name."""
    return tuple(noun for noun in RELATION_NOUNS if not is_name(fold(noun.rsplit(" ", 1)[-1])))
