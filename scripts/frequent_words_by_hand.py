"""Frequent words of the market languages that ``wordfreq`` 3.1.1 has no list for (Estonian, Irish, Luxembourgish,
Maltese, and Nynorsk beside its Bokmål list), written by hand for ``scripts/build_name_exclusions.py`` (not shipped
as such: folded into ``frequent_words.txt.gz``).

Each list holds the language's function words (articles, prepositions and postpositions, pronouns, conjunctions,
adverbs), its most common verbs in the forms people write, and the everyday nouns and adjectives of messages to a
bank (money, account, card, payment, week, holiday, branch, street...), in their common case forms. No given or
family name is among them. Written for this project from general knowledge of the languages (no source copied);
same licence as the project.
"""

from __future__ import annotations

from typing import Final

ESTONIAN: Final = """
ja ning ka et kui aga või ehk sest kuid siis nüüd veel juba ainult ikka kas ei ega pole on oli olid olen oled
oleme olete olla olnud saab saan saad saame saate saavad sai said saanud saada tahan tahad tahab tahame soovin
soovite soovib võin võib võiks võiksin võite peab pean peate peaks pidin tuleb tulen tuli tulnud läheb lähen
läks minna tegin teen teha tehtud ütles ütlen öelda tean tea teada näen näha vaja palun aitäh tänan tere head
päeva õhtut hommikut nägemist mina ma sina sa tema ta meie me teie te nemad nad minu mu sinu su tema selle see
seda sellel sellele sellest selles seal siin sinna siia kus kuhu kust kuna millal miks mis mida mille milles
kes keda kellele kellel kõik kõike kõigi iga mõni mõned midagi keegi miski üks üht ühe kaks kolm neli viis kuus
seitse kaheksa üheksa kümme sada tuhat esimene teine kolmas palju vähe rohkem vähem väga liiga umbes peaaegu
täna homme eile ülehomme praegu kohe hiljem varem alati mitte enam jälle uuesti kiiresti aeglaselt hästi halvasti
juures ääres kõrval taga ees all peal üle läbi vastu mööda ümber pärast enne ilma koos kaudu järgi poole pool
lähedal kaugel keskel sees väljas vahel juurde juurest äärde äärest kõrvale kõrvalt taha tagant alla alt peale
pealt sisse seest välja jaoks tõttu asemel kohta pärast ajal alates kuni
raha rahad summa arve arvel arvele arvelt arved konto kontol kontole kontolt kaart kaardi kaardiga kaardil
makse makset maksed maksta maksan maksin makstud ülekanne ülekande ülekanded laen laenu intress intressi
pank panga pangas pangast pangale kontor kontori kontoris kontorisse automaat pangaautomaat sularaha eurot euro
sent senti protsent protsenti tasu tasud hind hinna kulu kulud sääst säästa hoius hoiuse kindlustus leping
lepingu taotlus taotluse avaldus kinnitus kinnitada kood parool rakendus telefon number numbrit aadress kiri
sõnum vastus küsimus probleem viga abi info teave
päev päeva päevad nädal nädala nädalas nädalat kuu kuus kuud aasta aastas aastat tund tundi minut minutit aeg
aega kell kella hommik hommikul õhtu õhtul öö öösel puhkus puhkuse puhkusel puhkusele puhkust puhkuseks püha
pühad pühal pühade riigipüha jõulud jõulude jõuluks lihavõtted jaanipäev jaanipäeval jaanipäeva
esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev jaanuar veebruar märts aprill mai juuni juuli
august september oktoober november detsember
linn linna linnas linnast kodu kodus koju maja majas tänav tänava tänaval maantee maanteel järv järve järves
meri mere meres jõgi jõe jões park pargi pargis kirik kiriku kirikus pood poe poes kauplus kaupluse turg turu
turul jaam jaama jaamas tee teel rand ranna rannas väljak väljaku väljakul sild silla keskus keskuse
suur suure väike väikese uus uue vana vanad hea halb kallis odav kiire lihtne võimalik vajalik õige vale
logida logi logisin sisse logimine sisselogimine parool parooli kood koodi äpp äppi äpis äpiga rakendus rakenduses
internetipank internetipangas internetipanka mobiilipank mobiilipangas pangalink
"""

IRISH: Final = """
agus nó ach mar má nuair go gur nach níl tá bhí beidh bheadh is ba an na a ar ag as de do faoi ó le trí thar
roimh i in sa san chun idir gan um dá mé tú sé sí muid sinn sibh siad mise tusa eisean ise muidne sibhse
siadsan mo do a ár bhur liom leat leis léi linn libh leo agam agat aige aici againn agaibh acu orm ort air
uirthi orainn oraibh orthu dom duit dó di dúinn daoibh dóibh uaim uait uaidh uaithi uainn uaibh uathu
seo sin siúd anseo ansin ansiúd cá cad céard cé conas cathain cén cén fáth cé mhéad aon dhá trí ceithre cúig sé
seacht ocht naoi deich fiche céad míle gach uile roinnt cuid go leor níos mó lú an-
inniu amárach inné anois fós arís riamh choíche i gcónaí go luath ar ball anocht aréir
raibh maith agat go raibh maith agaibh dia duit dia dhuit slán beannachtaí le meas a chara
airgead airgid cuntas cuntais cuntasa cárta cárta creidmheasa cártaí íocaíocht íocaíochta íocaíochtaí íoc íoc
aistriú aistrithe iasacht iasachta ús costas costais táille táillí bille billí banc bainc bhanc bhainc oifig
oifige oifigí brainse brainsí meaisín bainc uimhir uimhreacha seoladh seoltaí fón guthán teachtaireacht
ríomhphost aip feidhmchlár pasfhocal cód sonrasc iarratas conradh
lá laethanta lae oíche seachtain seachtaine seachtainí mí míosa bliain bliana blianta uair uaire nóiméad am
maidin tráthnóna saoire saoirí laethanta saoire lá saoire poiblí nollaig nollag cáisc cásca féile
dé luain máirt céadaoin déardaoin aoine sathairn domhnaigh luan máirt eanáir feabhra márta aibreán bealtaine
meitheamh iúil lúnasa meán fómhair deireadh dheireadh samhain mí na nollag
baile bhaile cathair cathrach sráid sráide bóthar bhóthar teach tí siopa siopaí scoil ospidéal eaglais
páirc stáisiún aerfort droichead trá farraige abhainn
mór beag nua sean maith olc daor saor tapa mall éasca cinnte ceart mícheart
féidir ceart go leor cabhair cúnamh ceist ceisteanna fadhb fadhbanna freagra eolas
"""

LUXEMBOURGISH: Final = """
an a oder mee awer well datt wann ob wéi wéini wou wouhier firwat wat wien wiem wiens ech du hien si et mir
dir si mech dech him hir eis iech hinnen mäin mäi meng mengem menger däin däi deng säin säi seng hiren hir eisen
eis äre är d' de den dem der des en eng engem enger e eent zwee dräi véier fënnef sechs siwen aacht néng zéng
honnert dausend all alles keen keng näischt eppes vill wéineg méi manner ganz ze och nach schonn just nëmmen
elo haut muer gëschter iwwermuer spéider fréier ëmmer ni nie dacks heiansdo direkt séier lues gutt schlecht
net jo nee merci villmools moien gudde moien owend äddi awar bis bal
a an op un iwwer ënner virun hannert nieft tëscht mat ouni fir géint bei vun zu aus no duerch ëm zënter
während wärend bis ausser trotz wéinst
sinn ass war waren hunn hun huet hat hätt hätten kann kanns kënnen konnt muss muer mussen soll sollen wëll
wëlls wëllen géif géifen wier wieren ginn gëtt gouf goufen gemaach maachen maache mécht machen kommen kënnt
koum gaang goen geet ginn gesinn gesäit soen seet gesot wëssen weess froen freet bezuelen bezuelt iwwerweisen
iwwerwisen schécken geschéckt kréien kritt opmaachen zoumaachen
suen sue geld konto kont kaart kaarten bankkaart kreditkaart bezuelung bezuelungen iwwerweisung iwwerweisungen
prêt prêten zënsen zëns käschten frais rechnung rechnungen bank banken agence filial guichet automat bancomat
nummer adress telefon mail message äntwert fro froen problem feeler hëllef informatioun
dag deeg woch wochen mount méint joer joren stonn stonnen minutt minutten zäit moies mëttes owes nuets vakanz
vakanzen congé feierdag feierdeeg chrëschtdag ouschteren péngschten allerhellegen nationalfeierdag
méindeg dënschdeg mëttwoch donneschdeg freideg samschdeg sonndeg januar februar mäerz abrëll mee juni juli
august september oktober november dezember
stad stat duerf gemeng strooss stroos haus doheem heem kierch schoul spidol gare buttek geschäft park bréck
parking par parkierch
grouss kleng nei al gutt schlecht deier bëlleg séier einfach richteg falsch méiglech néideg
"""

MALTESE: Final = """
u jew imma għax għaliex meta jekk li ta' tal tas tat tad tar taż fil fl mal bil għall għand minn mill lil
lill sa bħal fuq taħt wara qabel quddiem bejn ma' ġo ġewwa barra ħdejn qrib lejn biex mingħajr matul permezz
il l- is- ix- it- id- in- ir- iż- iċ- jien int hu hi aħna intom huma tiegħi tiegħek tiegħu tagħha tagħna
tagħkom tagħhom dan din dawn dak dik dawk hawn hemm hemmhekk fejn kif kemm x' xi xejn kollox kulħadd ħafna
ftit aktar inqas biss ukoll diġà għadu għadha issa illum għada lbieraħ pitgħada dalwaqt dejjem qatt spiss
iva le grazzi jekk jogħġbok bonġu bonswa saħħa
huwa hija huma kien kienet kienu ikun tkun ikunu għandi għandek għandu għandha għandna m'għandix irrid trid
jrid nixtieq nista' tista' jista' nistgħu għamilt għamel nagħmel tagħmel immur mort mar ġejt ġie naf taf
ngħid qal ħallast nħallas tħallas ħlas ibgħat bagħt nirċievi rċevejt niftaħ tiftaħ nagħlaq
flus kont kontijiet karta karti kard ħlasijiet pagament pagamenti trasferiment self imgħax spejjeż tariffa
bank bankijiet fergħa fergħat uffiċċju ATM numru indirizz telefon messaġġ tweġiba mistoqsija problema għajnuna
informazzjoni applikazzjoni password kodiċi
jum jiem ġimgħa ġimgħat xahar xhur sena snin siegħa sigħat minuta ħin filgħodu filgħaxija lejl vaganza
vaganzi btala btajjel festa festi milied għid
it-tnejn it-tlieta l-erbgħa il-ħamis il-ġimgħa is-sibt il-ħadd jannar frar marzu april mejju ġunju lulju
awwissu settembru ottubru novembru diċembru
belt bliet raħal irħula triq toroq pjazza misraħ knisja skola iskola sptar ħanut ħwienet ajruport port bajja
kbir żgħir ġdid qadim tajjeb ħażin għali rħis malajr faċli possibbli meħtieġ
"""

#: The hand-written lists by language.
#: Nynorsk: wordfreq's Norwegian list is Bokmål's, whose forms Nynorsk often does not share (``eg``, ``ikkje``,
#: ``korleis``, ``grensa``, ``pengane``).
NYNORSK: Final = """
eg meg deg han ho henne oss dykk dei deira dykkar hennar hans min mi mitt mine din di ditt dine sin si sitt sine
vår vårt våre ein ei eit dei det den denne dette desse ikkje kva korleis kvifor kvar kven kvart kvarandre når
frå til med utan ved om etter mellom gjennom mot hjå sidan fordi men og eller at då no berre òg også heller enno
allereie aldri alltid ofte kanskje sjølv same slik sånn mykje lite meir mindre mange nokre noko nokon ingen inga
ingenting alle alt begge anna andre fyrste første siste neste førre her der dit hit opp ned ut inn over under
framleis likevel altså derfor difor dessverre gjerne heilt veldig svært
er var vore vere vera har hadde hatt kan kunne vil ville skal skulle må måtte får fekk fått går gjekk gått
kjem kom kome komme gjer gjorde gjort gjere seier sa sagt seie veit visste vite ser såg sjå trur trudde tru treng
trengde trenge betalar betalte betale sende sendt sender overføre overførte overfører opne opna opnar opnast
stengje stengd stengt auke aukar auka aukast setje set flytte flyttar flytta bur budde bu jobbar arbeider reiser
reiste reise byte byter bytte avslutte avsluttar bestille bestiller ta tek tok teke gje gjev gav gjeve hugse
gløymde miste mista sperre sperra sperrar ringe ringde ringjer svare svarar svara skrive skriv skreiv endre
endrar endra sjekke sjekkar sjekka hjelpe hjelper hjelpte
konto kontoen kontoar kontoane kort kortet korta korti pengar pengane beløp beløpet betaling betalinga betalingar
overføring overføringa overføringar lån lånet rente renta renter rentene gebyr gebyret grense grensa grenser
avgift avgifta faktura fakturaen rekning rekninga kvittering bustad bustadlån hus huset leilegheit leilegheita bil
bilen forsikring forsikringa skade skaden bank banken kontor kontoret filial filialen minibank minibanken app
appen telefon nummer nummeret adresse adressa brev brevet melding meldinga svar spørsmål problem feil hjelp
dag dagen dagar veke veka veker månad månaden månader år året time timen morgon kveld kvelden natt helg helga
ferie ferien jul jula påske påska pinse sommar sommaren vinter vinteren haust hausten måndag tysdag onsdag torsdag
fredag laurdag sundag by byen bygd bygda gate gata veg vegen butikk butikken stasjon stasjonen skule skulen
sjukehus sjukehuset kyrkje kyrkja løn løna pensjon pensjonen skatt skatten
ny nytt nye gammal gamalt gamle stor stort store liten lita små god godt gode dårleg dyr dyrt billeg rask raskt
seint tidleg mogleg naudsynt rett open ope opne stengd
"""

BY_LANGUAGE: Final = {"et": ESTONIAN, "ga": IRISH, "lb": LUXEMBOURGISH, "mt": MALTESE, "nn": NYNORSK}
