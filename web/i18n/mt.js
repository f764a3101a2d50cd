// Malti: l-istess ċwievet bħal en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Aqbeż għall-kaxxa tal-messaġġ",
  "page.newChat": "Chat ġdid",
  "page.language": "Lingwa",
  "page.privacyLead": "Il-privatezza tiegħek:",
  "page.privacyText":
    "id-data personali fil-messaġġi tiegħek (ismijiet, dettalji ta' kuntatt, numri tal-bank u tal-identità) " +
    "tiġi sostitwita b'placeholders qabel ma tasal għand il-mudell tal-IA; fit-tweġibiet xorta tara d-data " +
    "tiegħek. Il-konversazzjoni tiegħek tiġi pproċessata u maħżuna biss fir-reġjun ta' dan is-servizz.",
  "page.conversation": "Konversazzjoni",
  "page.empty":
    "Staqsi mistoqsija biex tibda. Il-konversazzjoni tiegħek tibqa' f'din it-tab tal-browser sakemm tagħlaqha" +
    " jew tibda chat ġdid.",
  "page.messages": "Messaġġi",
  "page.composerLabel": "Il-messaġġ tiegħek",
  "page.send": "Ibgħat",
  "page.stop": "Waqqaf",
  "page.composerHint": "Enter jibgħat, Shift+Enter jibda linja ġdida, Escape iwaqqaf tweġiba.",

  "rights.download": "Niżżel",
  "rights.downloadText": "Test li jinqara (.txt)",
  "rights.downloadJson": "Data (.json)",
  "rights.downloaded": "Il-konversazzjoni tniżżlet.",
  "rights.downloadFailed": "Il-konversazzjoni ma setgħetx titniżżel. Erġa' pprova fi ftit mumenti.",
  "rights.fileTitle": "Konversazzjoni, imniżżla fi {date}",
  "rights.delete": "Ħassar din il-konversazzjoni",
  "rights.confirmTitle": "Tħassar din il-konversazzjoni?",
  "rights.confirmText":
    "Il-messaġġi tagħha u d-data personali miżmuma magħhom jitħassru mis-servizz minnufih. Dan ma jistax " +
    "jitreġġa' lura; tista' tniżżel il-konversazzjoni l-ewwel.",
  "rights.confirmDelete": "Ħassar",
  "rights.cancel": "Ikkanċella",
  "rights.deleted": "Il-konversazzjoni tħassret mis-servizz.",
  "rights.deleteFailed": "Il-konversazzjoni ma setgħetx titħassar. Erġa' pprova fi ftit mumenti.",

  "role.user": "Int",
  "role.assistant": "Assistent",
  "role.system": "Avviż",
  "msg.typing": "L-assistent qed jikteb",
  "msg.stopped": "Imwaqqaf",
  "msg.incomplete": "Tweġiba mhux kompluta",
  "msg.emptyAnswer": "L-assistent ta tweġiba vojta.",
  "msg.errorCode": "Kodiċi tal-iżball: {code}",
  "msg.retry": "Erġa' pprova",
  "msg.tokens": {
    one: "{count} token",
    two: "{count} tokens",
    few: "{count} tokens",
    many: "{count}-il token",
    other: "{count} token",
  },
  "msg.restoredFailed": "Din it-tweġiba ma tlestietx. Tista' terġa' tibgħat il-mistoqsija.",
  "msg.restoredUnanswered": "L-aħħar messaġġ tiegħek ma ħa l-ebda tweġiba. Tista' terġa' tibagħtu.",
  "tool.using": "Qed nuża l-{tool}…",
  "tool.loan_calculator": "kalkulatur tas-self",
  "tool.other": "Qed nuża għodda ({name})…",
  "msg.toolsUsed": "Għodod użati: {tools}",

  "status.sent": "Il-messaġġ intbagħat. L-assistent qed iwieġeb.",
  "status.complete": "It-tweġiba lesta.",
  "status.stopped": "Waqqaft it-tweġiba.",
  "status.failed": "It-tweġiba falliet.",
  "status.loading": "Il-konversazzjoni tiegħek qed tiġi mtella'.",
  "status.loaded": "Il-konversazzjoni tiegħek ġiet imtella'.",
  "status.newChat": "Beda chat ġdid.",

  "history.gone":
    "Il-konversazzjoni preċedenti tiegħek m'għadhiex disponibbli. Il-messaġġ li jmiss tiegħek jibda chat " +
    "ġdid.",
  "history.failed": "Il-messaġġi preċedenti tiegħek ma setgħux jittellgħu.",
  "history.reload": "Tellagħhom mill-ġdid",

  "error.geoBlocked":
    "Skużana, dan iċ-chat mhuwiex disponibbli fil-pajjiż jew fir-reġjun tiegħek. L-aċċess huwa limitat " +
    "għall-postijiet fejn jiġi offrut dan is-servizz.",
  "error.refused": "L-aċċess għas-servizz taċ-chat ġie rrifjutat.",
  "error.tooLong": "Il-messaġġ tiegħek twil wisq. Qassru u erġa' ibagħtu.",
  "error.busy": "Is-servizz taċ-chat għandu ħafna xogħol bħalissa. Erġa' pprova fi ftit mumenti.",
  "error.unavailable": "Is-servizz taċ-chat mhuwiex disponibbli temporanjament. Erġa' pprova fi ftit mumenti.",
  "error.unexpectedHttp": "Is-servizz taċ-chat wieġeb bi żball mhux mistenni (HTTP {status}).",
  "error.network": "Is-servizz taċ-chat ma setax jintlaħaq. Iċċekkja l-konnessjoni tiegħek u erġa' pprova.",
  "error.interrupted": "Il-konnessjoni nqatgħet qabel ma t-tweġiba kienet kompluta.",
  "error.unexpectedResponse": "Is-servizz taċ-chat bagħat tweġiba mhux mistennija. Erġa' pprova.",
  "error.tryAgain": "Tista' terġa' tipprova.",

  "http.method_not_allowed":
    "Il-paġna bagħtet il-messaġġ b'mod li s-servizz ma jaċċettax. Tella' l-paġna mill-ġdid u erġa' pprova.",
  "http.unsupported_media_type":
    "Il-paġna bagħtet il-messaġġ f'format li s-servizz ma jaċċettax. Tella' l-paġna mill-ġdid u erġa' pprova.",
  "http.missing_session_id":
    "Din il-konversazzjoni ma nstabitx. Erġa' pprova biex tibgħat il-messaġġ tiegħek f'chat ġdid.",
  "http.invalid_session_id":
    "Din il-konversazzjoni ma nstabitx. Erġa' pprova biex tibgħat il-messaġġ tiegħek f'chat ġdid.",
  "http.message_too_large": "Il-messaġġ tiegħek twil wisq. Qassru u erġa' ibagħtu.",
  "http.invalid_utf8": "Il-messaġġ tiegħek fih karattri li ma setgħux jinqraw. Iċċekkjah u erġa' ibagħtu.",
  "http.invalid_json":
    "Il-paġna bagħtet il-messaġġ f'forma li s-servizz ma fehemx. Tella' l-paġna mill-ġdid u erġa' pprova.",
  "http.missing_message":
    "Il-paġna bagħtet il-messaġġ f'forma li s-servizz ma fehemx. Tella' l-paġna mill-ġdid u erġa' pprova.",
  "http.invalid_message":
    "Il-paġna bagħtet il-messaġġ f'forma li s-servizz ma fehemx. Tella' l-paġna mill-ġdid u erġa' pprova.",
  "http.empty_message": "Il-messaġġ tiegħek vojt. Ikteb xi ħaġa u erġa' ibagħtu.",
  "http.session_not_found":
    "Din il-konversazzjoni skadiet jew m'għadhiex teżisti. Erġa' pprova biex tibgħat il-messaġġ tiegħek " +
    "f'chat ġdid.",
  "http.storage_unavailable": "Il-konversazzjoni ma setgħetx tinqara bħalissa. Erġa' pprova fi ftit mumenti.",
  "http.token_budget_exhausted":
    "Din il-konversazzjoni laħqet il-limitu tal-użu tagħha. Ibda chat ġdid biex tkompli.",
  "http.service_budget_exhausted": "Is-servizz taċ-chat laħaq il-limitu tal-użu tal-lum. Erġa' pprova għada.",
  "http.session_busy": "Il-messaġġ preċedenti tiegħek għadu qed jitwieġeb. Stenna ftit, imbagħad erġa' ibgħat dan.",

  "stream.model_throttled": "Il-mudell tal-IA qed jirċievi wisq talbiet bħalissa, għalhekk it-tweġiba waqfet.",
  "stream.model_stream_error": "It-tweġiba tal-mudell tal-IA ġiet interrotta.",
  "stream.model_unavailable": "Il-mudell tal-IA mhuwiex disponibbli temporanjament.",
  "stream.model_error": "Il-mudell tal-IA ma setax iwieġeb għal din it-talba.",
  "stream.pii_detection_unavailable":
    "Il-messaġġ tiegħek ma ntbagħatx lill-mudell tal-IA għax il-kontroll tal-privatezza li jipproteġi d-data " +
    "personali tiegħek mhuwiex disponibbli bħalissa.",
  "stream.storage_unavailable": "Il-konversazzjoni ma setgħetx tiġi ssejvjata, għalhekk it-tweġiba waqfet.",
  "stream.session_busy": "Messaġġ ieħor ta' din il-konversazzjoni kien għadu qed jiġi mwieġeb.",
  "stream.token_budget_exhausted":
    "Din il-konversazzjoni laħqet il-limitu tal-użu tagħha. Ibda chat ġdid biex tkompli.",
  "stream.tool_result_detection_unavailable":
    "Il-kontroll tal-privatezza li jipproteġi d-data personali tiegħek ma baqax disponibbli waqt li kien qed " +
    "jiċċekkja r-riżultat ta' għodda, għalhekk it-tweġiba waqfet hemm.",
  "stream.storage_limit_exceeded": "Il-messaġġ tiegħek kbir wisq biex jiġi ssejvjat. Qassru u erġa' ibagħtu.",
  "stream.service_budget_exhausted":
    "Is-servizz taċ-chat laħaq il-limitu tal-użu tal-lum, għalhekk it-tweġiba waqfet. Erġa' pprova għada.",
  "stream.configuration_unavailable": "Is-servizz taċ-chat mhuwiex disponibbli temporanjament.",
  "stream.tool_rounds_exhausted":
    "It-tweġiba kellha bżonn aktar sejħiet ta' għodod milli jippermetti dan is-servizz, għalhekk waqfet.",
  "stream.internal_error": "Xi ħaġa marret ħażin min-naħa tagħna u t-tweġiba ma setgħetx titlesta.",
  "stream.unknown": "Xi ħaġa marret ħażin u t-tweġiba ma setgħetx titlesta.",

  "received.show": "X'irċeviet l-IA",
  "received.loading": "Qed jittella' dak li rċeviet l-IA…",
  "received.lead":
    "Il-mudell tal-IA rċieva eżattament dan it-test. Kull placeholder enfasizzat jieħu post valur tiegħek li " +
    "baqa' ma' dan is-servizz; l-IA qatt ma rathu.",
  "received.nothingReplaced":
    "Xejn f'dan il-messaġġ ma ġie rikonoxxut bħala data personali, għalhekk il-mudell tal-IA rċevieh " +
    "eżattament kif ktibtu.",
  "received.legend": "Tipi ta' placeholders",
  "received.typed":
    "{typed} huwa test li ktibt int stess, mhux placeholder: l-IA rċevietu f'parentesi kwadri ta' wisa' " +
    "sħiħa u xejn ma tpoġġa minfloku.",
  "received.missing":
    "Dan il-messaġġ mhuwiex fil-konversazzjoni ssejvjata, għalhekk m'hemm xejn x'nuru. Messaġġ li s-servizz " +
    "irrifjuta qabel ma sejjaħ lill-mudell tal-IA (pereżempju meta l-kontroll tal-privatezza ma kienx " +
    "disponibbli) qatt ma wasal għandu u ma jiġix issejvjat.",
  "received.failed": "Dak li rċeviet l-IA ma setax jittella'. Agħlaq u erġa' iftaħ biex terġa' tipprova.",
  "received.toolsLead":
    "Għal din it-tweġiba l-mudell tal-IA uża għodod. Kiteb l-input tagħhom b'placeholders (l-għodod irċevew " +
    "il-valuri tiegħek fir-reġjun ta' dan is-servizz) u rċieva r-riżultati tagħhom ukoll b'placeholders.",
  "received.toolInput": "Għodda ({tool}), l-input kif kitbitu l-IA:",
  "received.toolResult": "Għodda ({tool}), ir-riżultat kif irċevietu l-IA:",
  "pii.NAME": "isem ta' persuna",
  "pii.EMAIL": "indirizz tal-email",
  "pii.PHONE": "numru tat-telefon",
  "pii.IBAN": "numru ta' kont bankarju (IBAN)",
  "pii.CARD": "numru ta' karta tal-ħlas",
  "pii.ADDRESS": "indirizz postali",
  "pii.NATIONAL_ID": "numru tal-identità, tat-taxxa jew tas-sigurtà soċjali",
  "pii.BANK_ACCOUNT": "numru ta' kont bankarju jew kodiċi tal-bank",
  "pii.SWIFT_CODE": "kodiċi SWIFT/BIC ta' bank",
  "pii.CARD_CVV": "kodiċi tas-sigurtà ta' karta",
  "pii.CARD_EXPIRY": "data ta' skadenza ta' karta",
  "pii.PIN": "PIN",
  "pii.HEALTH_ID": "numru tal-assigurazzjoni tas-saħħa",
  "pii.PASSPORT": "numru tal-passaport",
  "pii.DRIVER_ID": "numru tal-liċenzja tas-sewqan",
  "pii.DATE": "data jew ħin",
  "pii.BIRTH_DATE": "data tat-twelid",
  "pii.AGE": "età",
  "pii.URL": "indirizz tal-web",
  "pii.USERNAME": "isem tal-utent",
  "pii.PASSWORD": "password",
  "pii.SECRET": "ċavetta tal-aċċess jew sigriet",
  "pii.IP_ADDRESS": "indirizz IP",
  "pii.MAC_ADDRESS": "indirizz MAC ta' apparat",
  "pii.LICENSE_PLATE": "numru tar-reġistrazzjoni ta' vettura",
  "pii.VEHICLE_ID": "numru tal-identifikazzjoni ta' vettura (VIN)",
  "pii.nationalIdOf": "numru tal-identità, tat-taxxa jew tas-sigurtà soċjali ({country})",
  "pii.other": "data personali oħra",
};
