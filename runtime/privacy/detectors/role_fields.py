"""Words that name a person by the role they hold in a record, in every market language (pure data).

A form, a contract's summary or an export names the person it is about by role, not by ``name``: ``Mieter:``,
``Locataire :``, ``"versicherungsnehmer":``, ``Najemca``, ``Bérlő``, ``Μισθωτής`` (tenant, insured, member,
patient, employee, applicant, guarantor, heir, spouse, contact person, sender, buyer, driver, signatory, agent...).
A field or column so named holds a person's name only when its value is written as one (``Mieter: ERWIN HAHN``,
not ``Mieter: privat``): ``name_fields`` reads these words as it reads the names of a customer. Greek and
Bulgarian roles are listed in their letters and as typed in Latin letters (``enoikiastis``, ``naemател`` as
``naematel``), as pasted field names write them.
"""

from __future__ import annotations

from typing import Final

#: Role words of a record, nominative singular (feminine forms too where they differ), folded on use.
_RECORD_ROLE_WORDS: Final = """
tenant landlord landlady lessee lessor insured policyholder member patient employee applicant borrower guarantor
debtor creditor heir heiress spouse husband wife contact sender buyer seller purchaser vendor driver passenger guest
student pupil child parent guardian signatory representative agent subscriber author claimant witness deceased
occupant resident lodger participant attendee traveller traveler caller adviser advisor consultant doctor physician
coowner cosigner nominee assignee payer
mieter mieterin vermieter vermieterin versicherte versicherter versicherungsnehmer versicherungsnehmerin mitglied
patientin arbeitnehmer arbeitnehmerin mitarbeiter mitarbeiterin antragsteller antragstellerin kreditnehmer
kreditnehmerin darlehensnehmer darlehensnehmerin bürge bürgin schuldner schuldnerin gläubiger gläubigerin erbe erbin
ehepartner ehepartnerin ehegatte ehegattin ehefrau ehemann partnerin ansprechpartner ansprechpartnerin kontaktperson
absender absenderin käufer käuferin verkäufer verkäuferin fahrer fahrerin halter halterin fahrzeughalter
fahrzeughalterin gast schüler schülerin studentin kind vater mutter erziehungsberechtigter erziehungsberechtigte
unterzeichner unterzeichnerin vertreter vertreterin bevollmächtigter bevollmächtigte abonnent abonnentin verfasser
verfasserin auftraggeber auftraggeberin teilnehmer teilnehmerin bewohner bewohnerin berater beraterin sachbearbeiter
sachbearbeiterin arzt ärztin verstorbener verstorbene zahler zahlerin
locataire bailleur bailleresse proprietaire propriétaire assuré assurée souscripteur souscriptrice adhérent adhérente
membre patiente salarié salariée employé employée demandeur demandeuse emprunteur emprunteuse coemprunteur
garant garante caution débiteur débitrice créancier créancière héritier héritière conjoint conjointe
époux épouse interlocuteur interlocutrice expéditeur expéditrice acheteur acheteuse vendeur vendeuse conducteur
conductrice passager passagère invité invitée élève étudiant étudiante enfant père mère tuteur tutrice signataire
représentant représentante mandataire abonné abonnée auteur participante résident résidente occupante conseiller
conseillère gestionnaire médecin défunt défunte payeur
inquilino inquilina arrendatario arrendataria arrendador arrendadora propietario propietaria asegurado asegurada
tomador tomadora socio socia miembro paciente empleado empleada trabajador trabajadora solicitante prestatario
prestataria avalista fiador fiadora deudor deudora acreedor acreedora heredero heredera cónyuge esposo esposa
pareja contacto remitente comprador compradora vendedor vendedora conductor conductora pasajero pasajera huésped
alumno alumna estudiante hijo hija padre madre tutora firmante representante apoderado apoderada suscriptor
suscriptora autora participante residente asesor asesora gestor gestora médico médica fallecido fallecida pagador
arrendatário senhorio senhoria proprietário proprietária segurado segurada sócio sócia membro funcionário
funcionária requerente mutuário mutuária devedor devedora credor credora herdeiro herdeira marido mulher contato
remetente condutor condutora motorista passageiro passageira hóspede aluno aluna filho filha pai mãe signatário
signatária procurador procuradora assinante utente falecido falecida
conduttore conduttrice locatario locataria locatore locatrice proprietario proprietaria assicurato assicurata
contraente membro paziente dipendente lavoratore lavoratrice richiedente mutuatario mutuataria garante fideiussore
debitore debitrice creditore creditrice erede coniuge moglie referente contatto mittente acquirente venditore
venditrice conducente autista passeggero passeggera ospite alunno alunna studente studentessa figlio figlia firmatario
firmataria rappresentante delegato delegata abbonato abbonata autore autrice partecipante consulente defunto defunta
huurder huurster verhuurder verhuurster verzekerde verzekeringnemer lid patiënt werknemer werkneemster medewerker
medewerkster aanvrager aanvraagster kredietnemer borg schuldenaar schuldeiser erfgenaam echtgenoot echtgenote
contactpersoon afzender koper koopster verkoper verkoopster bestuurder chauffeur passagier leerling vader moeder voogd
ondertekenaar vertegenwoordiger gemachtigde abonnee deelnemer deelneemster bewoner bewoonster adviseur behandelaar
arts huisarts overledene betaler
najemca najemczyni wynajmujący ubezpieczony ubezpieczona ubezpieczający ubezpieczająca członek pacjent pacjentka
pracownik pracownica wnioskodawca wnioskodawczyni kredytobiorca pożyczkobiorca poręczyciel poręczycielka dłużnik
dłużniczka wierzyciel spadkobierca spadkobierczyni małżonek małżonka mąż żona partnerka nadawca kupujący
sprzedający nabywca sprzedawca kierowca pasażer pasażerka gość uczeń uczennica studentka dziecko ojciec matka
opiekun opiekunka podpisujący przedstawiciel pełnomocnik abonent uczestnik uczestniczka mieszkaniec mieszkanka
doradca lekarz lekarka zmarły zmarła płatnik
nájemník nájemnice nájemce pronajímatel pronajímatelka vlastník vlastnice pojištěný pojištěná pojistník pojistnice
člen členka pacient zaměstnanec zaměstnankyně žadatel žadatelka dlužník dlužnice věřitel ručitel ručitelka dědic
dědička manžel manželka odesílatel kupující prodávající řidič řidička cestující host žák žákyně studentka dítě otec
zástupce zástupkyně zmocněnec předplatitel účastník účastnice obyvatel poradce poradkyně lékař lékařka zesnulý
zesnulá plátce
nájomník nájomníčka nájomca prenajímateľ poistený poistená poistník členka zamestnanec zamestnankyňa žiadateľ
žiadateľka dlžník dlžníčka veriteľ ručiteľ dedič dedička odosielateľ kupujúci predávajúci vodič vodička cestujúci
hosť žiak žiačka študent študentka dieťa zástupca splnomocnenec predplatiteľ účastník obyvateľ poradca lekár
lekárka zosnulý zosnulá platiteľ
bérlő bérbeadó biztosított szerződő tag beteg páciens munkavállaló alkalmazott kérelmező igénylő adós hitelező
kezes örökös házastárs férj feleség élettárs kapcsolattartó feladó vevő eladó vásárló sofőr gépkocsivezető utas
vendég tanuló diák hallgató gyermek gyerek apa anya gondviselő aláíró képviselő meghatalmazott előfizető szerző
résztvevő lakó tanácsadó ügyintéző orvos elhunyt befizető
chiriaș chiriaşă chiriașă chiriaş locatar locatară proprietar proprietară asigurat asigurată contractant membru
pacient pacientă angajat angajată salariat salariată solicitant solicitantă împrumutat debitor debitoare creditor
garant moștenitor moștenitoare soț soție partener parteneră expeditor cumpărător cumpărătoare vânzător
vânzătoare șofer pasager pasageră oaspete elev elevă student studentă copil tată mamă tutore semnatar semnatară
reprezentant reprezentantă împuternicit împuternicită abonat abonată autor participant participantă consilier
consilieră medic decedat decedată plătitor
najmoprimac najmoprimka najmodavac zakupnik zakupnica zakupodavac stanar stanarka osiguranik osiguranica
ugovaratelj ugovarateljica član članica pacijent pacijentica zaposlenik zaposlenica radnik radnica podnositelj
podnositeljica zajmoprimac dužnik dužnica vjerovnik jamac nasljednik nasljednica supružnik suprug supruga
pošiljatelj kupac prodavatelj prodavač vozač vozačica putnik putnica gost učenik učenica studentica dijete otac
majka skrbnik skrbnica potpisnik zastupnik opunomoćenik pretplatnik sudionik sudionica stanovnik savjetnik
savjetnica liječnik liječnica preminuli platitelj
najemnik najemnica najemodajalec zavarovanec zavarovanka zavarovalec pacientka zaposleni zaposlena delavec delavka
vlagatelj vlagateljica kreditojemalec dolžnik dolžnica upnik porok dedinja zakonec zakonka mož žena partnerica
pošiljatelj kupec kupka prodajalec prodajalka voznik voznica potnik potnica učenec učenka študentka otrok oče mati
podpisnik zastopnik zastopnica pooblaščenec naročnik naročnica avtor udeleženec udeleženka stanovalec stanovalka
svetovalec svetovalka zdravnik zdravnica pokojni pokojna plačnik
наемател наемателка наемодател собственик собственичка осигурен осигурена застрахован застрахована член пациент
пациентка служител служителка работник заявител заявителка кредитополучател длъжник кредитор поръчител
наследник наследничка съпруг съпруга партньор подател изпращач купувач продавач шофьор водач пътник гост ученик
ученичка студент студентка дете баща майка настойник представител пълномощник абонат автор участник участничка
консултант лекар починал починала платец
naematel naemodatel sobstvenik osiguren osigurena zastrahovan zastrahovana chlen patsient pacient sluzhitel
rabotnik zayavitel kreditopoluchatel dlazhnik kreditor poruchitel naslednik sapurg saprug sapruga partnyor
podatel kupuvach prodavach shofyor vodach patnik uchenik bashta mayka nastoynik predstavitel palnomoshtnik
uchastnik lekar platets
μισθωτής μισθώτρια εκμισθωτής εκμισθώτρια ενοικιαστής ενοικιάστρια ιδιοκτήτης ιδιοκτήτρια ασφαλισμένος ασφαλισμένη
λήπτης μέλος ασθενής υπάλληλος εργαζόμενος εργαζόμενη αιτών αιτούσα δανειολήπτης δανειολήπτρια οφειλέτης οφειλέτρια
πιστωτής εγγυητής εγγυήτρια κληρονόμος σύζυγος σύντροφος αποστολέας αγοραστής αγοράστρια πωλητής πωλήτρια οδηγός
επιβάτης επισκέπτης μαθητής μαθήτρια φοιτητής φοιτήτρια παιδί πατέρας μητέρα κηδεμόνας υπογράφων υπογράφουσα
εκπρόσωπος πληρεξούσιος συνδρομητής συνδρομήτρια συγγραφέας συμμετέχων συμμετέχουσα κάτοικος σύμβουλος γιατρός
ιατρός θανών θανούσα πληρωτής
misthotis misthotria ekmisthotis enoikiastis enoikiastria idioktitis idioktitria asfalismenos asfalismeni liptis
melos asthenis ypallilos ergazomenos ergazomeni aiton aitousa daneioliptis ofeiletis pistotis egyitis eggyitis
klironomos syzygos syntrofos apostoleas agorastis politis odigos epivatis episkeptis mathitis mathitria foititis
foititria paidi pateras mitera kidemonas ekprosopos plirexousios syndromitis syggrafeas symmetexon katoikos
symvoulos giatros iatros pliroti
lejer udlejer forsikrede forsikringstager medlem medarbejder ansat lønmodtager ansøger låntager debitor kautionist
arving ægtefælle mand hustru kone kontaktperson afsender køber sælger fører chauffør passager gæst elev studerende
barn far mor værge underskriver repræsentant fuldmagtshaver deltager beboer rådgiver sagsbehandler læge afdøde
betaler
leietaker utleier forsikret forsikringstaker pasient ansatt arbeidstaker søker låntaker skyldner kausjonist
ektefelle ektemann samboer avsender kjøper selger sjåfør passasjer gjest verge representant fullmektig
deltaker rådgiver saksbehandler lege avdøde
leigetakar utleigar forsikra forsikringstakar tilsett arbeidstakar søkjar låntakar avsendar kjøpar seljar verje
underskrivar deltakar bebuar rådgjevar sakshandsamar
hyresgäst hyresvärd försäkrad försäkringstagare anställd arbetstagare medarbetare sökande låntagare gäldenär
borgenär borgensman arvinge make maka sambo avsändare köpare säljare förare chaufför passagerare gäst
vårdnadshavare förmyndare undertecknare ombud prenumerant författare deltagare boende rådgivare handläggare läkare
avliden betalare
vuokralainen vuokranantaja vakuutettu vakuutuksenottaja jäsen potilas työntekijä hakija lainanottaja velallinen
velkoja takaaja perillinen puoliso aviomies vaimo kumppani yhteyshenkilö lähettäjä ostaja myyjä kuljettaja
matkustaja vieras oppilas opiskelija lapsi isä äiti huoltaja allekirjoittaja edustaja valtuutettu tilaaja
kirjoittaja osallistuja asukas neuvoja käsittelijä lääkäri vainaja maksaja
üürnik üürileandja kindlustatu kindlustusvõtja liige patsient töötaja taotleja laenuvõtja võlgnik võlausaldaja
käendaja pärija abikaasa kontaktisik saatja ostja müüja sõitja reisija külaline õpilane üliõpilane laps isa ema
eestkostja allkirjastaja esindaja volitatud tellija osaleja elanik nõustaja arst maksja
leigjandi leigusali tryggður tryggð tryggingartaki félagi sjúklingur starfsmaður umsækjandi lántaki skuldari
kröfuhafi ábyrgðarmaður erfingi maki eiginmaður eiginkona sambýlingur tengiliður sendandi kaupandi seljandi
ökumaður farþegi gestur nemandi faðir móðir forráðamaður undirritaður fulltrúi umboðsmaður áskrifandi höfundur
þátttakandi íbúi ráðgjafi læknir greiðandi
īrnieks īrniece izīrētājs izīrētāja apdrošinātais apdrošinātā apdrošinājuma ņēmējs biedrs biedre pacients
paciente darbinieks darbiniece pieteicējs pieteicēja aizņēmējs aizņēmēja parādnieks parādniece
kreditors galvotājs galvotāja mantinieks mantiniece laulātais laulātā vīrs sieva partneris partnere
kontaktpersona sūtītājs sūtītāja pircējs pircēja pārdevējs pārdevēja vadītājs vadītāja pasažieris pasažiere
viesis skolēns skolniece students studente bērns tēvs māte aizbildnis parakstītājs pārstāvis pārstāve
pilnvarotais pilnvarotā abonents autors dalībnieks dalībniece iedzīvotājs konsultants ārsts ārste maksātājs
nuomininkas nuomininkė nuomotojas nuomotoja apdraustasis apdraustoji draudėjas narys narė pacientas pacientė
darbuotojas darbuotoja pareiškėjas pareiškėja skolininkas skolininkė kreditorius laiduotojas laiduotoja įpėdinis
įpėdinė sutuoktinis sutuoktinė vyras žmona partnerė siuntėjas siuntėja pirkėjas pirkėja pardavėjas pardavėja
vairuotojas vairuotoja keleivis keleivė svečias mokinys mokinė studentas studentė vaikas tėvas motina globėjas
globėja atstovas atstovė įgaliotinis įgaliotinė abonentas autorius dalyvis dalyvė gyventojas gyventoja
konsultantas gydytojas gydytoja mokėtojas
tionónta tiarna árachaí comhalta ball othar fostaí iarratasóir iasachtaí féichiúnaí creidiúnaí ráthóir oidhre
céile páirtí teagmhálaí seoltóir ceannaitheoir díoltóir tiománaí paisinéir aoi dalta leanbh athair máthair
caomhnóir sínitheoir ionadaí síntiúsóir údar rannpháirtí cónaitheoir comhairleoir dochtúir íocóir
inkwilin sid proprjetarju assigurat assigurata membru pazjent pazjenta impjegat impjegata applikant debitur
kreditur garanti werriet werrieta konjuġi raġel mara sieħeb sieħba kuntatt mittent xerrej xerrejja bejjiegħ
sewwieq sewwieqa passiġġier mistieden tifel tifla missier omm tutur firmatarju rappreżentant abbonat awtur
parteċipant resident konsulent tabib tabiba
lokatär locatär proprietär versécherten versécherter memberen salarié mataarbechter mataarbechterin client kand
papp mamm bestuerder
"""
#: The roles of a school's, a club's or a household's lists and of a report or a letter (a parent or guardian, a
#: player, a coach, a teacher, the person who reports or is addressed, a son or daughter, a party's name), in
#: every market language: a class list, a team sheet or a certificate names its people by these (``Genitore:``,
#: ``Spiller,Forælder,Mobil``, ``Ilmoittaja:``, ``Adresāts:``, ``Τέκνο:``); nominative singular, folded on use.
_LIST_ROLE_WORDS: Final = """
parent player coach trainer teacher reporter notifier addressee declarant informant caregiver carer mother father
son daughter
elternteil spieler spielerin trainerin lehrer lehrerin melder melderin adressat adressatin sohn tochter
joueur joueuse entraîneur entraîneuse enseignant enseignante professeur déclarant déclarante fille
progenitor progenitora jugador entrenador entrenadora profesor profesora declarante
genitore giocatore giocatrice allenatore allenatrice insegnante docente segnalante dichiarante
encarregado encarregada jogador jogadora treinador treinadora professora
ouder speler speelster trainster leraar lerares docent melder aangever geadresseerde zoon dochter
rodzic zawodnik zawodniczka gracz trener trenerka nauczyciel nauczycielka zgłaszający zgłaszająca adresat córka
rodič hráč hráčka trenér trenérka učitel učitelka oznamovatel adresát dcera
tréner trénerka učiteľ učiteľka oznamovateľ dcéra
szülő játékos edző tanár tanárnő bejelentő címzett
părinte jucător jucătoare antrenor antrenoare profesoară reclamant fiică
roditelj igrač igračica trenerica učitelj učiteljica nastavnik nastavnica prijavitelj
starš igralec igralka učiteljica naslovnik hči
родител играч треньор учител учителка син дъщеря
γονέας γονιός τέκνο παίκτης παίκτρια προπονητής προπονήτρια καθηγητής καθηγήτρια δάσκαλος δασκάλα επωνυμία
forælder spiller træner lærer anmelder søn datter
forelder foresatt trener melder sønn
føresett spelar trenar lærar
förälder spelare tränare lärare anmälare dotter
vanhempi pelaaja valmentaja opettaja ilmoittaja poika tytär
lapsevanem mängija treener õpetaja teataja adressaat poeg tütar
vecāks spēlētājs spēlētāja treneris trenere skolotājs skolotāja adresāts dēls meita
žaidėjas žaidėja trenerė mokytojas mokytoja pranešėjas pranešėja adresatas sūnus dukra
foreldri leikmaður þjálfari kennari tilkynnandi sonur dóttir
tuismitheoir imreoir traenálaí múinteoir seolaí iníon
ġenitur plejer kowċ għalliem għalliema
elterendeel verzorger verzorgster passagéier administrator administratorka administrátor taxpayer contribuable
steuerpflichtiger steuerpflichtige contribuente contribuyente contribuinte belastingplichtige podatnik podatniczka
poplatník daňovník adózó contribuabil porezni obveznik zavezanec данъкоплатец φορολογούμενος skatteyder
skattyter skattskyldig veronmaksaja maksumaksja skattgreiðandi cáiníocóir
"""
#: Every role word above, one string to fold once.
ROLE_WORDS: Final = _RECORD_ROLE_WORDS + _LIST_ROLE_WORDS
