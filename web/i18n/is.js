// Íslenska: sömu lyklar og en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Fara í skilaboðareitinn",
  "page.newChat": "Nýtt spjall",
  "page.language": "Tungumál",
  "page.privacyLead": "Persónuvernd þín:",
  "page.privacyText":
    "persónuupplýsingum í skilaboðunum þínum (nöfnum, samskiptaupplýsingum, banka- og auðkennisnúmerum) er " +
    "skipt út fyrir staðgengla áður en þær berast gervigreindarlíkaninu; í svörunum sérðu áfram þín eigin " +
    "gögn. Samtalið þitt er aðeins unnið og geymt á svæði þessarar þjónustu.",
  "page.conversation": "Samtal",
  "page.empty":
    "Spurðu spurningar til að byrja. Samtalið helst í þessum vafraflipa þar til þú lokar honum eða byrjar " +
    "nýtt spjall.",
  "page.messages": "Skilaboð",
  "page.composerLabel": "Skilaboðin þín",
  "page.send": "Senda",
  "page.stop": "Stöðva",
  "page.composerHint": "Enter sendir, Shift+Enter byrjar nýja línu, Escape stöðvar svar.",

  "rights.download": "Sækja",
  "rights.downloadText": "Læsilegur texti (.txt)",
  "rights.downloadJson": "Gögn (.json)",
  "rights.downloaded": "Samtalið var sótt.",
  "rights.downloadFailed": "Ekki tókst að sækja samtalið. Reyndu aftur eftir smástund.",
  "rights.fileTitle": "Samtal, sótt {date}",
  "rights.delete": "Eyða þessu samtali",
  "rights.confirmTitle": "Eyða þessu samtali?",
  "rights.confirmText":
    "Skilaboðum þess og persónuupplýsingum sem geymdar eru með þeim er eytt úr þjónustunni strax. Ekki er " +
    "hægt að afturkalla þetta; þú getur sótt samtalið fyrst.",
  "rights.confirmDelete": "Eyða",
  "rights.cancel": "Hætta við",
  "rights.deleted": "Samtalinu var eytt úr þjónustunni.",
  "rights.deleteFailed": "Ekki tókst að eyða samtalinu. Reyndu aftur eftir smástund.",

  "role.user": "Þú",
  "role.assistant": "Aðstoðarmaður",
  "role.system": "Tilkynning",
  "msg.typing": "Aðstoðarmaðurinn er að skrifa",
  "msg.stopped": "Stöðvað",
  "msg.incomplete": "Ófullgert svar",
  "msg.emptyAnswer": "Aðstoðarmaðurinn gaf autt svar.",
  "msg.errorCode": "Villukóði: {code}",
  "msg.retry": "Reyna aftur",
  "msg.tokens": { one: "{count} tóki", other: "{count} tókar" },
  "msg.restoredFailed": "Þessu svari lauk ekki. Þú getur sent spurninguna aftur.",
  "msg.restoredUnanswered": "Síðustu skilaboðunum þínum var ekki svarað. Þú getur sent þau aftur.",
  "tool.using": "Notar {tool}…",
  "tool.loan_calculator": "lánareiknivélina",
  "tool.other": "Notar verkfæri ({name})…",
  "msg.toolsUsed": "Verkfæri sem voru notuð: {tools}",

  "status.sent": "Skilaboðin voru send. Aðstoðarmaðurinn svarar.",
  "status.complete": "Svarinu er lokið.",
  "status.stopped": "Þú stöðvaðir svarið.",
  "status.failed": "Svarið mistókst.",
  "status.loading": "Sæki samtalið þitt.",
  "status.loaded": "Samtalið þitt hefur verið sótt.",
  "status.newChat": "Nýtt spjall hafið.",

  "history.gone": "Fyrra samtalið þitt er ekki lengur tiltækt. Næstu skilaboð þín hefja nýtt spjall.",
  "history.failed": "Ekki tókst að sækja fyrri skilaboðin þín.",
  "history.reload": "Sækja þau aftur",

  "error.geoBlocked":
    "Því miður er þetta spjall ekki í boði í þínu landi eða svæði. Aðgangur er takmarkaður við þá staði þar " +
    "sem þjónustan er í boði.",
  "error.refused": "Aðgangi að spjallþjónustunni var hafnað.",
  "error.tooLong": "Skilaboðin þín eru of löng. Styttu þau og sendu þau aftur.",
  "error.busy": "Spjallþjónustan er undir miklu álagi núna. Reyndu aftur eftir smástund.",
  "error.unavailable": "Spjallþjónustan er tímabundið ekki tiltæk. Reyndu aftur eftir smástund.",
  "error.unexpectedHttp": "Spjallþjónustan svaraði með óvæntri villu (HTTP {status}).",
  "error.network": "Ekki náðist samband við spjallþjónustuna. Athugaðu tenginguna og reyndu aftur.",
  "error.interrupted": "Tengingin rofnaði áður en svarinu var lokið.",
  "error.unexpectedResponse": "Spjallþjónustan sendi óvænt svar. Reyndu aftur.",
  "error.tryAgain": "Þú getur reynt aftur.",

  "http.method_not_allowed":
    "Síðan sendi skilaboðin á hátt sem þjónustan tekur ekki við. Endurhladdu síðuna og reyndu aftur.",
  "http.unsupported_media_type":
    "Síðan sendi skilaboðin á sniði sem þjónustan tekur ekki við. Endurhladdu síðuna og reyndu aftur.",
  "http.missing_session_id": "Þetta samtal fannst ekki. Reyndu aftur til að senda skilaboðin í nýju spjalli.",
  "http.invalid_session_id": "Þetta samtal fannst ekki. Reyndu aftur til að senda skilaboðin í nýju spjalli.",
  "http.message_too_large": "Skilaboðin þín eru of löng. Styttu þau og sendu þau aftur.",
  "http.invalid_utf8": "Skilaboðin þín innihalda stafi sem ekki var hægt að lesa. Athugaðu þau og sendu þau aftur.",
  "http.invalid_json":
    "Síðan sendi skilaboðin á formi sem þjónustan skildi ekki. Endurhladdu síðuna og reyndu aftur.",
  "http.missing_message":
    "Síðan sendi skilaboðin á formi sem þjónustan skildi ekki. Endurhladdu síðuna og reyndu aftur.",
  "http.invalid_message":
    "Síðan sendi skilaboðin á formi sem þjónustan skildi ekki. Endurhladdu síðuna og reyndu aftur.",
  "http.empty_message": "Skilaboðin þín eru auð. Skrifaðu eitthvað og sendu þau aftur.",
  "http.session_not_found":
    "Þetta samtal er útrunnið eða ekki lengur til. Reyndu aftur til að senda skilaboðin í nýju spjalli.",
  "http.storage_unavailable": "Ekki var hægt að lesa samtalið núna. Reyndu aftur eftir smástund.",
  "http.token_budget_exhausted":
    "Þetta samtal hefur náð notkunarmörkum sínum. Byrjaðu nýtt spjall til að halda áfram.",
  "http.service_budget_exhausted": "Spjallþjónustan hefur náð notkunarmörkum dagsins. Reyndu aftur á morgun.",
  "http.session_busy": "Enn er verið að svara fyrri skilaboðunum þínum. Bíddu andartak og sendu þessi svo aftur.",

  "stream.model_throttled": "Gervigreindarlíkanið fær of margar beiðnir núna, svo svarið stöðvaðist.",
  "stream.model_stream_error": "Svar gervigreindarlíkansins rofnaði.",
  "stream.model_unavailable": "Gervigreindarlíkanið er tímabundið ekki tiltækt.",
  "stream.model_error": "Gervigreindarlíkanið gat ekki svarað þessari beiðni.",
  "stream.pii_detection_unavailable":
    "Skilaboðin þín voru ekki send gervigreindarlíkaninu vegna þess að persónuverndarathugunin sem verndar " +
    "persónuupplýsingar þínar er ekki tiltæk núna.",
  "stream.storage_unavailable": "Ekki tókst að vista samtalið, svo svarið stöðvaðist.",
  "stream.session_busy": "Enn var verið að svara öðrum skilaboðum í þessu samtali.",
  "stream.token_budget_exhausted":
    "Þetta samtal hefur náð notkunarmörkum sínum. Byrjaðu nýtt spjall til að halda áfram.",
  "stream.tool_result_detection_unavailable":
    "Persónuverndarathugunin sem verndar persónuupplýsingar þínar varð ótiltæk við athugun á niðurstöðu " +
    "verkfæris, svo svarið stöðvaðist þar.",
  "stream.storage_limit_exceeded":
    "Skilaboðin þín eru of stór til að hægt sé að vista þau. Styttu þau og sendu þau aftur.",
  "stream.service_budget_exhausted":
    "Spjallþjónustan hefur náð notkunarmörkum dagsins, svo svarið stöðvaðist. Reyndu aftur á morgun.",
  "stream.configuration_unavailable": "Spjallþjónustan er tímabundið ekki tiltæk.",
  "stream.tool_rounds_exhausted": "Svarið þurfti fleiri verkfærakköll en þjónustan leyfir, svo það stöðvaðist.",
  "stream.internal_error": "Eitthvað fór úrskeiðis hjá okkur og ekki tókst að ljúka svarinu.",
  "stream.unknown": "Eitthvað fór úrskeiðis og ekki tókst að ljúka svarinu.",

  "received.show": "Það sem gervigreindin fékk",
  "received.loading": "Sæki það sem gervigreindin fékk…",
  "received.lead":
    "Gervigreindarlíkanið fékk nákvæmlega þennan texta. Hver auðkenndur staðgengill stendur fyrir gildi frá " +
    "þér sem varð eftir hjá þessari þjónustu; gervigreindin sá það aldrei.",
  "received.nothingReplaced":
    "Ekkert í þessum skilaboðum greindist sem persónuupplýsingar, svo gervigreindarlíkanið fékk þau " +
    "nákvæmlega eins og þú skrifaðir þau.",
  "received.legend": "Tegundir staðgengla",
  "received.typed":
    "{typed} er texti sem þú skrifaðir sjálf(ur), ekki staðgengill: gervigreindin fékk hann innan " +
    "hornklofa í fullri breidd og ekkert var sett í hans stað.",
  "received.missing":
    "Þessi skilaboð eru ekki í vistaða samtalinu, svo það er ekkert að sýna. Skilaboð sem þjónustan hafnaði " +
    "áður en gervigreindarlíkanið var kallað (til dæmis meðan persónuverndarathugunin var ekki tiltæk) bárust" +
    " því aldrei og eru ekki vistuð.",
  "received.failed": "Ekki tókst að sækja það sem gervigreindin fékk. Lokaðu og opnaðu aftur til að reyna á ný.",
  "received.toolsLead":
    "Fyrir þetta svar notaði gervigreindarlíkanið verkfæri. Það skrifaði inntak þeirra með staðgenglum " +
    "(verkfærin fengu gildin þín innan svæðis þjónustunnar) og fékk niðurstöður þeirra líka með staðgenglum.",
  "received.toolInput": "Verkfæri ({tool}), inntak eins og gervigreindin skrifaði það:",
  "received.toolResult": "Verkfæri ({tool}), niðurstaða eins og gervigreindin fékk hana:",
  "pii.NAME": "nafn manneskju",
  "pii.EMAIL": "netfang",
  "pii.PHONE": "símanúmer",
  "pii.IBAN": "bankareikningsnúmer (IBAN)",
  "pii.CARD": "greiðslukortanúmer",
  "pii.ADDRESS": "póstfang",
  "pii.NATIONAL_ID": "kennitala, skattnúmer eða almannatrygginganúmer",
  "pii.BANK_ACCOUNT": "reikningsnúmer eða bankanúmer",
  "pii.SWIFT_CODE": "SWIFT/BIC-kóði banka",
  "pii.CARD_CVV": "öryggiskóði korts",
  "pii.CARD_EXPIRY": "gildistími korts",
  "pii.PIN": "PIN-númer",
  "pii.HEALTH_ID": "sjúkratryggingarnúmer",
  "pii.PASSPORT": "vegabréfsnúmer",
  "pii.DRIVER_ID": "ökuskírteinisnúmer",
  "pii.DATE": "dagsetning eða tími",
  "pii.BIRTH_DATE": "fæðingardagur",
  "pii.AGE": "aldur",
  "pii.URL": "vefslóð",
  "pii.USERNAME": "notandanafn",
  "pii.PASSWORD": "lykilorð",
  "pii.SECRET": "aðgangslykill eða leyndarmál",
  "pii.IP_ADDRESS": "IP-tala",
  "pii.MAC_ADDRESS": "MAC-vistfang tækis",
  "pii.LICENSE_PLATE": "bílnúmer",
  "pii.VEHICLE_ID": "verksmiðjunúmer ökutækis (VIN)",
  "pii.nationalIdOf": "kennitala, skattnúmer eða almannatrygginganúmer ({country})",
  "pii.other": "aðrar persónuupplýsingar",
};
