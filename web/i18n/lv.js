// Latviešu: tās pašas atslēgas kā en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Pāriet uz ziņas lauku",
  "page.newChat": "Jauna tērzēšana",
  "page.language": "Valoda",
  "page.privacyLead": "Jūsu privātums:",
  "page.privacyText":
    "personas dati jūsu ziņās (vārdi, kontaktinformācija, bankas un personu apliecinošu dokumentu numuri) " +
    "tiek aizstāti ar vietturiem, pirms tie nonāk līdz MI modelim; atbildēs jūs joprojām redzat savus datus. " +
    "Jūsu saruna tiek apstrādāta un glabāta tikai šī pakalpojuma reģionā.",
  "page.conversation": "Saruna",
  "page.empty":
    "Lai sāktu, uzdodiet jautājumu. Saruna paliek šajā pārlūka cilnē, līdz to aizverat vai sākat jaunu " +
    "tērzēšanu.",
  "page.messages": "Ziņas",
  "page.composerLabel": "Jūsu ziņa",
  "page.send": "Sūtīt",
  "page.stop": "Apturēt",
  "page.composerHint": "Enter nosūta, Shift+Enter sāk jaunu rindu, Escape aptur atbildi.",

  "rights.download": "Lejupielādēt",
  "rights.downloadText": "Lasāms teksts (.txt)",
  "rights.downloadJson": "Dati (.json)",
  "rights.downloaded": "Saruna ir lejupielādēta.",
  "rights.downloadFailed": "Sarunu neizdevās lejupielādēt. Lūdzu, mēģiniet vēlreiz pēc brīža.",
  "rights.fileTitle": "Saruna, lejupielādēta {date}",
  "rights.delete": "Dzēst šo sarunu",
  "rights.confirmTitle": "Vai dzēst šo sarunu?",
  "rights.confirmText":
    "Tās ziņas un kopā ar tām glabātie personas dati tiek nekavējoties izdzēsti no pakalpojuma. To nevar " +
    "atsaukt; sarunu varat vispirms lejupielādēt.",
  "rights.confirmDelete": "Dzēst",
  "rights.cancel": "Atcelt",
  "rights.deleted": "Saruna ir izdzēsta no pakalpojuma.",
  "rights.deleteFailed": "Sarunu neizdevās izdzēst. Lūdzu, mēģiniet vēlreiz pēc brīža.",

  "role.user": "Jūs",
  "role.assistant": "Asistents",
  "role.system": "Paziņojums",
  "msg.typing": "Asistents raksta",
  "msg.stopped": "Apturēts",
  "msg.incomplete": "Nepilnīga atbilde",
  "msg.emptyAnswer": "Asistents sniedza tukšu atbildi.",
  "msg.errorCode": "Kļūdas kods: {code}",
  "msg.retry": "Mēģināt vēlreiz",
  "msg.tokens": { zero: "{count} marķieru", one: "{count} marķieris", other: "{count} marķieri" },
  "msg.restoredFailed": "Šī atbilde netika pabeigta. Jautājumu varat nosūtīt vēlreiz.",
  "msg.restoredUnanswered": "Uz jūsu pēdējo ziņu netika atbildēts. Varat to nosūtīt vēlreiz.",
  "tool.using": "Tiek izmantots rīks: {tool}…",
  "tool.loan_calculator": "kredīta kalkulators",
  "tool.other": "Tiek izmantots rīks ({name})…",
  "msg.toolsUsed": "Izmantotie rīki: {tools}",

  "status.sent": "Ziņa nosūtīta. Asistents atbild.",
  "status.complete": "Atbilde ir pabeigta.",
  "status.stopped": "Jūs apturējāt atbildi.",
  "status.failed": "Atbilde neizdevās.",
  "status.loading": "Notiek sarunas ielāde.",
  "status.loaded": "Saruna ir ielādēta.",
  "status.newChat": "Sākta jauna tērzēšana.",

  "history.gone": "Jūsu iepriekšējā saruna vairs nav pieejama. Nākamā ziņa sāks jaunu tērzēšanu.",
  "history.failed": "Iepriekšējās ziņas neizdevās ielādēt.",
  "history.reload": "Ielādēt vēlreiz",

  "error.geoBlocked":
    "Diemžēl šī tērzēšana nav pieejama jūsu valstī vai reģionā. Piekļuve ir ierobežota ar vietām, kurās šis " +
    "pakalpojums tiek piedāvāts.",
  "error.refused": "Piekļuve tērzēšanas pakalpojumam tika atteikta.",
  "error.tooLong": "Jūsu ziņa ir pārāk gara. Saīsiniet to un nosūtiet vēlreiz.",
  "error.busy": "Tērzēšanas pakalpojums pašlaik ir pārslogots. Mēģiniet vēlreiz pēc brīža.",
  "error.unavailable": "Tērzēšanas pakalpojums īslaicīgi nav pieejams. Mēģiniet vēlreiz pēc brīža.",
  "error.unexpectedHttp": "Tērzēšanas pakalpojums atbildēja ar negaidītu kļūdu (HTTP {status}).",
  "error.network": "Neizdevās sazināties ar tērzēšanas pakalpojumu. Pārbaudiet savienojumu un mēģiniet vēlreiz.",
  "error.interrupted": "Savienojums tika pārtraukts, pirms atbilde bija pabeigta.",
  "error.unexpectedResponse": "Tērzēšanas pakalpojums nosūtīja negaidītu atbildi. Mēģiniet vēlreiz.",
  "error.tryAgain": "Varat mēģināt vēlreiz.",

  "http.method_not_allowed":
    "Lapa nosūtīja ziņu veidā, ko pakalpojums nepieņem. Pārlādējiet lapu un mēģiniet vēlreiz.",
  "http.unsupported_media_type":
    "Lapa nosūtīja ziņu formātā, ko pakalpojums nepieņem. Pārlādējiet lapu un mēģiniet vēlreiz.",
  "http.missing_session_id": "Šī saruna netika atrasta. Mēģiniet vēlreiz, lai nosūtītu ziņu jaunā tērzēšanā.",
  "http.invalid_session_id": "Šī saruna netika atrasta. Mēģiniet vēlreiz, lai nosūtītu ziņu jaunā tērzēšanā.",
  "http.message_too_large": "Jūsu ziņa ir pārāk gara. Saīsiniet to un nosūtiet vēlreiz.",
  "http.invalid_utf8": "Jūsu ziņā ir rakstzīmes, kuras neizdevās nolasīt. Pārbaudiet to un nosūtiet vēlreiz.",
  "http.invalid_json":
    "Lapa nosūtīja ziņu tādā veidā, kuru pakalpojums nesaprata. Pārlādējiet lapu un mēģiniet vēlreiz.",
  "http.missing_message":
    "Lapa nosūtīja ziņu tādā veidā, kuru pakalpojums nesaprata. Pārlādējiet lapu un mēģiniet vēlreiz.",
  "http.invalid_message":
    "Lapa nosūtīja ziņu tādā veidā, kuru pakalpojums nesaprata. Pārlādējiet lapu un mēģiniet vēlreiz.",
  "http.empty_message": "Jūsu ziņa ir tukša. Uzrakstiet kaut ko un nosūtiet vēlreiz.",
  "http.session_not_found":
    "Šīs sarunas derīgums ir beidzies, vai tā vairs nepastāv. Mēģiniet vēlreiz, lai nosūtītu ziņu jaunā " +
    "tērzēšanā.",
  "http.storage_unavailable": "Sarunu pašlaik nevar nolasīt. Mēģiniet vēlreiz pēc brīža.",
  "http.token_budget_exhausted":
    "Šī saruna ir sasniegusi lietojuma ierobežojumu. Lai turpinātu, sāciet jaunu tērzēšanu.",
  "http.service_budget_exhausted":
    "Tērzēšanas pakalpojums ir sasniedzis šodienas lietojuma ierobežojumu. Mēģiniet vēlreiz rīt.",
  "http.session_busy": "Uz jūsu iepriekšējo ziņu vēl tiek atbildēts. Pagaidiet brīdi un tad nosūtiet šo vēlreiz.",

  "stream.model_throttled": "MI modelis pašlaik saņem pārāk daudz pieprasījumu, tāpēc atbilde tika apturēta.",
  "stream.model_stream_error": "MI modeļa atbilde tika pārtraukta.",
  "stream.model_unavailable": "MI modelis īslaicīgi nav pieejams.",
  "stream.model_error": "MI modelis nevarēja atbildēt uz šo pieprasījumu.",
  "stream.pii_detection_unavailable":
    "Jūsu ziņa netika nosūtīta MI modelim, jo privātuma pārbaude, kas aizsargā jūsu personas datus, pašlaik " +
    "nav pieejama.",
  "stream.storage_unavailable": "Sarunu neizdevās saglabāt, tāpēc atbilde tika apturēta.",
  "stream.session_busy": "Uz citu šīs sarunas ziņu vēl tika atbildēts.",
  "stream.token_budget_exhausted":
    "Šī saruna ir sasniegusi lietojuma ierobežojumu. Lai turpinātu, sāciet jaunu tērzēšanu.",
  "stream.tool_result_detection_unavailable":
    "Privātuma pārbaude, kas aizsargā jūsu personas datus, kļuva nepieejama, pārbaudot rīka rezultātu, tāpēc " +
    "atbilde tur apstājās.",
  "stream.storage_limit_exceeded": "Jūsu ziņa ir pārāk liela, lai to saglabātu. Saīsiniet to un nosūtiet vēlreiz.",
  "stream.service_budget_exhausted":
    "Tērzēšanas pakalpojums ir sasniedzis šodienas lietojuma ierobežojumu, tāpēc atbilde apstājās. Mēģiniet " +
    "vēlreiz rīt.",
  "stream.configuration_unavailable": "Tērzēšanas pakalpojums īslaicīgi nav pieejams.",
  "stream.tool_rounds_exhausted":
    "Atbildei vajadzēja vairāk rīku izsaukumu, nekā atļauj šis pakalpojums, tāpēc tā tika apturēta.",
  "stream.internal_error": "Mūsu pusē kaut kas nogāja greizi, un atbildi neizdevās pabeigt.",
  "stream.unknown": "Kaut kas nogāja greizi, un atbildi neizdevās pabeigt.",

  "received.show": "Ko saņēma MI",
  "received.loading": "Ielādē to, ko saņēma MI…",
  "received.lead":
    "MI modelis saņēma tieši šo tekstu. Katrs izceltais vietturis apzīmē jūsu vērtību, kas palika šajā " +
    "pakalpojumā; MI to nekad neredzēja.",
  "received.nothingReplaced":
    "Šajā ziņā nekas netika atpazīts kā personas dati, tāpēc MI modelis to saņēma tieši tādu, kādu jūs to " +
    "uzrakstījāt.",
  "received.legend": "Vietturu veidi",
  "received.typed":
    "{typed} ir jūsu pašu ievadīts teksts, nevis vietturis: MI to saņēma pilna platuma iekavās, un tā " +
    "vietā nekas netika ielikts.",
  "received.missing":
    "Šīs ziņas nav saglabātajā sarunā, tāpēc nav ko rādīt. Ziņa, ko pakalpojums noraidīja pirms MI modeļa " +
    "izsaukšanas (piemēram, kad privātuma pārbaude nebija pieejama), nekad to nesasniedza un netiek " +
    "saglabāta.",
  "received.failed": "Neizdevās ielādēt, ko saņēma MI. Aizveriet un atveriet vēlreiz, lai mēģinātu no jauna.",
  "received.toolsLead":
    "Šai atbildei MI modelis izmantoja rīkus. To ievaddatus tas uzrakstīja ar vietturiem (rīki jūsu vērtības " +
    "saņēma šī pakalpojuma reģionā), un arī to rezultātus saņēma ar vietturiem.",
  "received.toolInput": "Rīks ({tool}), ievaddati, kā tos uzrakstīja MI:",
  "received.toolResult": "Rīks ({tool}), rezultāts, kā to saņēma MI:",
  "pii.NAME": "personas vārds",
  "pii.EMAIL": "e-pasta adrese",
  "pii.PHONE": "tālruņa numurs",
  "pii.IBAN": "bankas konta numurs (IBAN)",
  "pii.CARD": "maksājumu kartes numurs",
  "pii.ADDRESS": "pasta adrese",
  "pii.NATIONAL_ID": "personas kods, nodokļu maksātāja vai sociālās apdrošināšanas numurs",
  "pii.BANK_ACCOUNT": "bankas konta numurs vai bankas kods",
  "pii.SWIFT_CODE": "bankas SWIFT/BIC kods",
  "pii.CARD_CVV": "kartes drošības kods",
  "pii.CARD_EXPIRY": "kartes derīguma termiņš",
  "pii.PIN": "PIN kods",
  "pii.HEALTH_ID": "veselības apdrošināšanas numurs",
  "pii.PASSPORT": "pases numurs",
  "pii.DRIVER_ID": "vadītāja apliecības numurs",
  "pii.DATE": "datums vai laiks",
  "pii.BIRTH_DATE": "dzimšanas datums",
  "pii.AGE": "vecums",
  "pii.URL": "tīmekļa adrese",
  "pii.USERNAME": "lietotājvārds",
  "pii.PASSWORD": "parole",
  "pii.SECRET": "piekļuves atslēga vai noslēpums",
  "pii.IP_ADDRESS": "IP adrese",
  "pii.MAC_ADDRESS": "ierīces MAC adrese",
  "pii.LICENSE_PLATE": "transportlīdzekļa reģistrācijas numurs",
  "pii.VEHICLE_ID": "transportlīdzekļa identifikācijas numurs (VIN)",
  "pii.nationalIdOf": "personas kods, nodokļu maksātāja vai sociālās apdrošināšanas numurs ({country})",
  "pii.other": "citi personas dati",
};
