// Gaeilge: na heochracha céanna le en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Téigh go dtí an bosca teachtaireachta",
  "page.newChat": "Comhrá nua",
  "page.language": "Teanga",
  "page.privacyLead": "Do phríobháideachas:",
  "page.privacyText":
    "cuirtear ionadchoinneálaithe in ionad na sonraí pearsanta i do theachtaireachtaí (ainmneacha, sonraí " +
    "teagmhála, uimhreacha bainc agus aitheantais) sula sroicheann siad an tsamhail IS; feiceann tú do " +
    "shonraí féin sna freagraí fós. Ní phróiseáiltear ná ní stóráiltear do chomhrá ach i réigiún na seirbhíse" +
    " seo.",
  "page.conversation": "Comhrá",
  "page.empty":
    "Cuir ceist chun tosú. Fanann do chomhrá sa chluaisín brabhsálaí seo go dtí go ndúnann tú é nó go " +
    "dtosaíonn tú comhrá nua.",
  "page.messages": "Teachtaireachtaí",
  "page.composerLabel": "Do theachtaireacht",
  "page.send": "Seol",
  "page.stop": "Stop",
  "page.composerHint": "Seolann Enter, tosaíonn Shift+Enter líne nua, stopann Escape freagra.",

  "rights.download": "Íoslódáil",
  "rights.downloadText": "Téacs inléite (.txt)",
  "rights.downloadJson": "Sonraí (.json)",
  "rights.downloaded": "Íoslódáladh an comhrá.",
  "rights.downloadFailed": "Níorbh fhéidir an comhrá a íoslódáil. Bain triail eile as i gceann tamaillín.",
  "rights.fileTitle": "Comhrá, íoslódáilte {date}",
  "rights.delete": "Scrios an comhrá seo",
  "rights.confirmTitle": "An bhfuil tú ag iarraidh an comhrá seo a scriosadh?",
  "rights.confirmText":
    "Scriosfar a theachtaireachtaí agus na sonraí pearsanta a coinníodh leo ón tseirbhís láithreach. Ní " +
    "féidir é seo a chealú; is féidir leat an comhrá a íoslódáil ar dtús.",
  "rights.confirmDelete": "Scrios",
  "rights.cancel": "Cealaigh",
  "rights.deleted": "Scriosadh an comhrá ón tseirbhís.",
  "rights.deleteFailed": "Níorbh fhéidir an comhrá a scriosadh. Bain triail eile as i gceann tamaillín.",

  "role.user": "Tusa",
  "role.assistant": "Cúntóir",
  "role.system": "Fógra",
  "msg.typing": "Tá an cúntóir ag clóscríobh",
  "msg.stopped": "Stoptha",
  "msg.incomplete": "Freagra neamhiomlán",
  "msg.emptyAnswer": "Thug an cúntóir freagra folamh.",
  "msg.errorCode": "Cód earráide: {code}",
  "msg.retry": "Bain triail eile as",
  "msg.tokens": {
    one: "{count} chomhartha",
    two: "{count} chomhartha",
    few: "{count} chomhartha",
    many: "{count} gcomhartha",
    other: "{count} comhartha",
  },
  "msg.restoredFailed": "Níor críochnaíodh an freagra seo. Is féidir leat an cheist a sheoladh arís.",
  "msg.restoredUnanswered":
    "Níor tugadh freagra ar do theachtaireacht dheireanach. Is féidir leat í a sheoladh arís.",
  "tool.using": "Ag úsáid uirlise: {tool}…",
  "tool.loan_calculator": "áireamhán iasachta",
  "tool.other": "Ag úsáid uirlise ({name})…",
  "msg.toolsUsed": "Uirlisí a úsáideadh: {tools}",

  "status.sent": "Seoladh an teachtaireacht. Tá an cúntóir ag freagairt.",
  "status.complete": "Tá an freagra críochnaithe.",
  "status.stopped": "Stop tú an freagra.",
  "status.failed": "Theip ar an bhfreagra.",
  "status.loading": "Do chomhrá á lódáil.",
  "status.loaded": "Tá do chomhrá lódáilte.",
  "status.newChat": "Tosaíodh comhrá nua.",

  "history.gone": "Níl do chomhrá roimhe seo ar fáil a thuilleadh. Tosóidh do chéad teachtaireacht eile comhrá nua.",
  "history.failed": "Níorbh fhéidir do theachtaireachtaí roimhe seo a lódáil.",
  "history.reload": "Lódáil arís iad",

  "error.geoBlocked":
    "Ár leithscéal, níl an comhrá seo ar fáil i do thír ná i do réigiún. Níl rochtain ar fáil ach sna " +
    "háiteanna ina dtairgtear an tseirbhís seo.",
  "error.refused": "Diúltaíodh rochtain ar an tseirbhís comhrá.",
  "error.tooLong": "Tá do theachtaireacht rófhada. Giorraigh í agus seol arís í.",
  "error.busy": "Tá an tseirbhís comhrá an-ghnóthach faoi láthair. Bain triail eile as i gceann tamaillín.",
  "error.unavailable": "Níl an tseirbhís comhrá ar fáil faoi láthair. Bain triail eile as i gceann tamaillín.",
  "error.unexpectedHttp": "D'fhreagair an tseirbhís comhrá le hearráid gan choinne (HTTP {status}).",
  "error.network":
    "Níorbh fhéidir teagmháil a dhéanamh leis an tseirbhís comhrá. Seiceáil do cheangal agus bain triail eile" +
    " as.",
  "error.interrupted": "Briseadh an ceangal sular críochnaíodh an freagra.",
  "error.unexpectedResponse": "Sheol an tseirbhís comhrá freagra gan choinne. Bain triail eile as.",
  "error.tryAgain": "Is féidir leat triail eile a bhaint as.",

  "http.method_not_allowed":
    "Sheol an leathanach an teachtaireacht ar bhealach nach nglacann an tseirbhís leis. Athlódáil an " +
    "leathanach agus bain triail eile as.",
  "http.unsupported_media_type":
    "Sheol an leathanach an teachtaireacht i bhformáid nach nglacann an tseirbhís léi. Athlódáil an " +
    "leathanach agus bain triail eile as.",
  "http.missing_session_id":
    "Níor aimsíodh an comhrá seo. Bain triail eile as chun do theachtaireacht a sheoladh i gcomhrá nua.",
  "http.invalid_session_id":
    "Níor aimsíodh an comhrá seo. Bain triail eile as chun do theachtaireacht a sheoladh i gcomhrá nua.",
  "http.message_too_large": "Tá do theachtaireacht rófhada. Giorraigh í agus seol arís í.",
  "http.invalid_utf8": "Tá carachtair i do theachtaireacht nárbh fhéidir a léamh. Seiceáil í agus seol arís í.",
  "http.invalid_json":
    "Sheol an leathanach an teachtaireacht i bhfoirm nár thuig an tseirbhís. Athlódáil an leathanach agus " +
    "bain triail eile as.",
  "http.missing_message":
    "Sheol an leathanach an teachtaireacht i bhfoirm nár thuig an tseirbhís. Athlódáil an leathanach agus " +
    "bain triail eile as.",
  "http.invalid_message":
    "Sheol an leathanach an teachtaireacht i bhfoirm nár thuig an tseirbhís. Athlódáil an leathanach agus " +
    "bain triail eile as.",
  "http.empty_message": "Tá do theachtaireacht folamh. Scríobh rud éigin agus seol arís í.",
  "http.session_not_found":
    "Tá an comhrá seo imithe in éag nó níl sé ann a thuilleadh. Bain triail eile as chun do theachtaireacht a" +
    " sheoladh i gcomhrá nua.",
  "http.storage_unavailable":
    "Níorbh fhéidir an comhrá a léamh faoi láthair. Bain triail eile as i gceann tamaillín.",
  "http.token_budget_exhausted":
    "Tá teorainn úsáide an chomhrá seo bainte amach. Tosaigh comhrá nua chun leanúint ar aghaidh.",
  "http.service_budget_exhausted":
    "Tá teorainn úsáide an lae inniu bainte amach ag an tseirbhís comhrá. Bain triail eile as amárach.",
  "http.session_busy":
    "Táthar fós ag freagairt do theachtaireacht roimhe seo. Fan nóiméad, ansin seol an ceann seo arís.",

  "stream.model_throttled":
    "Tá an iomarca iarratas ag teacht chuig an tsamhail IS faoi láthair, mar sin stop an freagra.",
  "stream.model_stream_error": "Briseadh isteach ar fhreagra na samhla IS.",
  "stream.model_unavailable": "Níl an tsamhail IS ar fáil faoi láthair.",
  "stream.model_error": "Níorbh fhéidir leis an tsamhail IS an t-iarratas seo a fhreagairt.",
  "stream.pii_detection_unavailable":
    "Níor seoladh do theachtaireacht chuig an tsamhail IS mar nach bhfuil an tseiceáil phríobháideachais a " +
    "chosnaíonn do shonraí pearsanta ar fáil faoi láthair.",
  "stream.storage_unavailable": "Níorbh fhéidir an comhrá a shábháil, mar sin stop an freagra.",
  "stream.session_busy": "Bhíothas fós ag freagairt teachtaireachta eile den chomhrá seo.",
  "stream.token_budget_exhausted":
    "Tá teorainn úsáide an chomhrá seo bainte amach. Tosaigh comhrá nua chun leanúint ar aghaidh.",
  "stream.tool_result_detection_unavailable":
    "Níor fhan an tseiceáil phríobháideachais a chosnaíonn do shonraí pearsanta ar fáil agus toradh uirlise á " +
    "sheiceáil, mar sin stop an freagra ansin.",
  "stream.storage_limit_exceeded": "Tá do theachtaireacht rómhór le sábháil. Giorraigh í agus seol arís í.",
  "stream.service_budget_exhausted":
    "Tá teorainn úsáide an lae inniu bainte amach ag an tseirbhís comhrá, mar sin stop an freagra. Bain triail " +
    "eile as amárach.",
  "stream.configuration_unavailable": "Níl an tseirbhís comhrá ar fáil faoi láthair.",
  "stream.tool_rounds_exhausted":
    "Bhí níos mó glaonna uirlise ag teastáil ón bhfreagra ná mar a cheadaíonn an tseirbhís seo, mar sin stop " +
    "sé.",
  "stream.internal_error": "Chuaigh rud éigin mícheart ar ár dtaobh agus níorbh fhéidir an freagra a chríochnú.",
  "stream.unknown": "Chuaigh rud éigin mícheart agus níorbh fhéidir an freagra a chríochnú.",

  "received.show": "An méid a fuair an IS",
  "received.loading": "An méid a fuair an IS á lódáil…",
  "received.lead":
    "Fuair an tsamhail IS an téacs seo go díreach. Seasann gach ionadchoinneálaí aibhsithe do luach de do " +
    "chuid a d'fhan leis an tseirbhís seo; ní fhaca an IS riamh é.",
  "received.nothingReplaced":
    "Níor aithníodh aon rud sa teachtaireacht seo mar shonraí pearsanta, mar sin fuair an tsamhail IS í " +
    "díreach mar a scríobh tú í.",
  "received.legend": "Cineálacha ionadchoinneálaithe",
  "received.typed":
    "Is téacs a chlóscríobh tú féin é {typed}, ní ionadchoinneálaí: fuair an IS é idir lúibíní " +
    "lánleithid, agus níor cuireadh aon rud ina áit.",
  "received.missing":
    "Níl an teachtaireacht seo sa chomhrá sábháilte, mar sin níl aon rud le taispeáint. Teachtaireacht a " +
    "dhiúltaigh an tseirbhís sular glaodh ar an tsamhail IS (mar shampla nuair nach raibh an tseiceáil " +
    "phríobháideachais ar fáil), níor shroich sí an tsamhail riamh agus ní shábháiltear í.",
  "received.failed":
    "Níorbh fhéidir an méid a fuair an IS a lódáil. Dún é seo agus oscail arís é chun triail eile a bhaint " +
    "as.",
  "received.toolsLead":
    "D'úsáid an tsamhail IS uirlisí don fhreagra seo. Scríobh sí a n-ionchur le hionadchoinneálaithe (fuair " +
    "na huirlisí do luachanna laistigh de réigiún na seirbhíse seo) agus fuair sí a dtorthaí le " +
    "hionadchoinneálaithe freisin.",
  "received.toolInput": "Uirlis ({tool}), an t-ionchur mar a scríobh an IS é:",
  "received.toolResult": "Uirlis ({tool}), an toradh mar a fuair an IS é:",
  "pii.NAME": "ainm duine",
  "pii.EMAIL": "seoladh ríomhphoist",
  "pii.PHONE": "uimhir theileafóin",
  "pii.IBAN": "uimhir chuntais bhainc (IBAN)",
  "pii.CARD": "uimhir chárta íocaíochta",
  "pii.ADDRESS": "seoladh poist",
  "pii.NATIONAL_ID": "uimhir aitheantais náisiúnta, chánach nó leasa shóisialaigh",
  "pii.BANK_ACCOUNT": "uimhir chuntais bhainc nó cód sórtála",
  "pii.SWIFT_CODE": "cód SWIFT/BIC bainc",
  "pii.CARD_CVV": "cód slándála cárta",
  "pii.CARD_EXPIRY": "dáta éaga cárta",
  "pii.PIN": "UAP",
  "pii.HEALTH_ID": "uimhir árachais sláinte",
  "pii.PASSPORT": "uimhir pas",
  "pii.DRIVER_ID": "uimhir ceadúnais tiomána",
  "pii.DATE": "dáta nó am",
  "pii.BIRTH_DATE": "dáta breithe",
  "pii.AGE": "aois",
  "pii.URL": "seoladh gréasáin",
  "pii.USERNAME": "ainm úsáideora",
  "pii.PASSWORD": "pasfhocal",
  "pii.SECRET": "eochair rochtana nó rún",
  "pii.IP_ADDRESS": "seoladh IP",
  "pii.MAC_ADDRESS": "seoladh MAC gléis",
  "pii.LICENSE_PLATE": "uimhirphláta feithicle",
  "pii.VEHICLE_ID": "uimhir aitheantais feithicle (VIN)",
  "pii.nationalIdOf": "uimhir aitheantais náisiúnta, chánach nó leasa shóisialaigh ({country})",
  "pii.other": "sonraí pearsanta eile",
};
