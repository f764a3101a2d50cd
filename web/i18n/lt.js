// Lietuvių: tie patys raktai kaip en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Pereiti į žinutės laukelį",
  "page.newChat": "Naujas pokalbis",
  "page.language": "Kalba",
  "page.privacyLead": "Jūsų privatumas:",
  "page.privacyText":
    "asmens duomenys jūsų žinutėse (vardai, kontaktiniai duomenys, banko ir asmens dokumentų numeriai) " +
    "pakeičiami vietos rezervavimo ženklais prieš pasiekiant DI modelį; atsakymuose ir toliau matote savo " +
    "duomenis. Jūsų pokalbis tvarkomas ir saugomas tik šios paslaugos regione.",
  "page.conversation": "Pokalbis",
  "page.empty":
    "Užduokite klausimą, kad pradėtumėte. Pokalbis lieka šiame naršyklės skirtuke, kol jį uždarysite arba " +
    "pradėsite naują pokalbį.",
  "page.messages": "Žinutės",
  "page.composerLabel": "Jūsų žinutė",
  "page.send": "Siųsti",
  "page.stop": "Sustabdyti",
  "page.composerHint": "Enter išsiunčia, Shift+Enter pradeda naują eilutę, Escape sustabdo atsakymą.",

  "rights.download": "Atsisiųsti",
  "rights.downloadText": "Skaitomas tekstas (.txt)",
  "rights.downloadJson": "Duomenys (.json)",
  "rights.downloaded": "Pokalbis atsisiųstas.",
  "rights.downloadFailed": "Pokalbio atsisiųsti nepavyko. Bandykite dar kartą po akimirkos.",
  "rights.fileTitle": "Pokalbis, atsisiųstas {date}",
  "rights.delete": "Ištrinti šį pokalbį",
  "rights.confirmTitle": "Ištrinti šį pokalbį?",
  "rights.confirmText":
    "Jo žinutės ir kartu su jomis saugomi asmens duomenys iš paslaugos ištrinami iš karto. To atšaukti " +
    "negalima; pirmiausia galite atsisiųsti pokalbį.",
  "rights.confirmDelete": "Ištrinti",
  "rights.cancel": "Atšaukti",
  "rights.deleted": "Pokalbis ištrintas iš paslaugos.",
  "rights.deleteFailed": "Pokalbio ištrinti nepavyko. Bandykite dar kartą po akimirkos.",

  "role.user": "Jūs",
  "role.assistant": "Asistentas",
  "role.system": "Pranešimas",
  "msg.typing": "Asistentas rašo",
  "msg.stopped": "Sustabdyta",
  "msg.incomplete": "Nebaigtas atsakymas",
  "msg.emptyAnswer": "Asistentas pateikė tuščią atsakymą.",
  "msg.errorCode": "Klaidos kodas: {code}",
  "msg.retry": "Bandyti dar kartą",
  "msg.tokens": { one: "{count} žetonas", few: "{count} žetonai", many: "{count} žetono", other: "{count} žetonų" },
  "msg.restoredFailed": "Šis atsakymas nebuvo baigtas. Klausimą galite išsiųsti dar kartą.",
  "msg.restoredUnanswered": "Į jūsų paskutinę žinutę nebuvo atsakyta. Galite ją išsiųsti dar kartą.",
  "tool.using": "Naudojamas įrankis: {tool}…",
  "tool.loan_calculator": "paskolos skaičiuoklė",
  "tool.other": "Naudojamas įrankis ({name})…",
  "msg.toolsUsed": "Naudoti įrankiai: {tools}",

  "status.sent": "Žinutė išsiųsta. Asistentas atsako.",
  "status.complete": "Atsakymas baigtas.",
  "status.stopped": "Sustabdėte atsakymą.",
  "status.failed": "Atsakymas nepavyko.",
  "status.loading": "Įkeliamas jūsų pokalbis.",
  "status.loaded": "Jūsų pokalbis įkeltas.",
  "status.newChat": "Pradėtas naujas pokalbis.",

  "history.gone": "Ankstesnis jūsų pokalbis nebepasiekiamas. Kita jūsų žinutė pradės naują pokalbį.",
  "history.failed": "Nepavyko įkelti ankstesnių jūsų žinučių.",
  "history.reload": "Įkelti dar kartą",

  "error.geoBlocked":
    "Deja, šis pokalbių robotas jūsų šalyje ar regione nepasiekiamas. Prieiga ribojama tomis vietomis, " +
    "kuriose ši paslauga teikiama.",
  "error.refused": "Prieiga prie pokalbių paslaugos atmesta.",
  "error.tooLong": "Jūsų žinutė per ilga. Sutrumpinkite ją ir išsiųskite dar kartą.",
  "error.busy": "Pokalbių paslauga šiuo metu perkrauta. Bandykite dar kartą po akimirkos.",
  "error.unavailable": "Pokalbių paslauga laikinai nepasiekiama. Bandykite dar kartą po akimirkos.",
  "error.unexpectedHttp": "Pokalbių paslauga atsakė netikėta klaida (HTTP {status}).",
  "error.network": "Nepavyko susisiekti su pokalbių paslauga. Patikrinkite ryšį ir bandykite dar kartą.",
  "error.interrupted": "Ryšys nutrūko, kol atsakymas dar nebuvo baigtas.",
  "error.unexpectedResponse": "Pokalbių paslauga atsiuntė netikėtą atsakymą. Bandykite dar kartą.",
  "error.tryAgain": "Galite bandyti dar kartą.",

  "http.method_not_allowed":
    "Puslapis išsiuntė žinutę būdu, kurio paslauga nepriima. Iš naujo įkelkite puslapį ir bandykite dar " +
    "kartą.",
  "http.unsupported_media_type":
    "Puslapis išsiuntė žinutę formatu, kurio paslauga nepriima. Iš naujo įkelkite puslapį ir bandykite dar " +
    "kartą.",
  "http.missing_session_id":
    "Šis pokalbis nerastas. Bandykite dar kartą, kad žinutė būtų išsiųsta naujame pokalbyje.",
  "http.invalid_session_id":
    "Šis pokalbis nerastas. Bandykite dar kartą, kad žinutė būtų išsiųsta naujame pokalbyje.",
  "http.message_too_large": "Jūsų žinutė per ilga. Sutrumpinkite ją ir išsiųskite dar kartą.",
  "http.invalid_utf8":
    "Jūsų žinutėje yra simbolių, kurių nepavyko perskaityti. Patikrinkite ją ir išsiųskite dar kartą.",
  "http.invalid_json":
    "Puslapis išsiuntė žinutę pavidalu, kurio paslauga nesuprato. Iš naujo įkelkite puslapį ir bandykite dar " +
    "kartą.",
  "http.missing_message":
    "Puslapis išsiuntė žinutę pavidalu, kurio paslauga nesuprato. Iš naujo įkelkite puslapį ir bandykite dar " +
    "kartą.",
  "http.invalid_message":
    "Puslapis išsiuntė žinutę pavidalu, kurio paslauga nesuprato. Iš naujo įkelkite puslapį ir bandykite dar " +
    "kartą.",
  "http.empty_message": "Jūsų žinutė tuščia. Ką nors parašykite ir išsiųskite dar kartą.",
  "http.session_not_found":
    "Šio pokalbio galiojimas baigėsi arba jo nebėra. Bandykite dar kartą, kad žinutė būtų išsiųsta naujame " +
    "pokalbyje.",
  "http.storage_unavailable": "Šiuo metu nepavyksta nuskaityti pokalbio. Bandykite dar kartą po akimirkos.",
  "http.token_budget_exhausted": "Šis pokalbis pasiekė naudojimo ribą. Norėdami tęsti, pradėkite naują pokalbį.",
  "http.service_budget_exhausted": "Pokalbių paslauga pasiekė šiandienos naudojimo ribą. Bandykite dar kartą rytoj.",
  "http.session_busy": "Į ankstesnę jūsų žinutę dar atsakoma. Palaukite akimirką ir išsiųskite šią dar kartą.",

  "stream.model_throttled": "DI modelis šiuo metu gauna per daug užklausų, todėl atsakymas sustojo.",
  "stream.model_stream_error": "DI modelio atsakymas nutrūko.",
  "stream.model_unavailable": "DI modelis laikinai nepasiekiamas.",
  "stream.model_error": "DI modelis negalėjo atsakyti į šią užklausą.",
  "stream.pii_detection_unavailable":
    "Jūsų žinutė nebuvo išsiųsta DI modeliui, nes jūsų asmens duomenis sauganti privatumo patikra šiuo metu " +
    "nepasiekiama.",
  "stream.storage_unavailable": "Pokalbio nepavyko išsaugoti, todėl atsakymas sustojo.",
  "stream.session_busy": "Į kitą šio pokalbio žinutę dar buvo atsakinėjama.",
  "stream.token_budget_exhausted": "Šis pokalbis pasiekė naudojimo ribą. Norėdami tęsti, pradėkite naują pokalbį.",
  "stream.tool_result_detection_unavailable":
    "Jūsų asmens duomenis sauganti privatumo patikra tapo nepasiekiama tikrinant įrankio rezultatą, todėl " +
    "atsakymas ten sustojo.",
  "stream.storage_limit_exceeded":
    "Jūsų žinutė per didelė, kad būtų išsaugota. Sutrumpinkite ją ir išsiųskite dar kartą.",
  "stream.service_budget_exhausted":
    "Pokalbių paslauga pasiekė šiandienos naudojimo ribą, todėl atsakymas sustojo. Bandykite dar kartą rytoj.",
  "stream.configuration_unavailable": "Pokalbių paslauga laikinai nepasiekiama.",
  "stream.tool_rounds_exhausted":
    "Atsakymui reikėjo daugiau įrankių iškvietimų, nei leidžia ši paslauga, todėl jis sustojo.",
  "stream.internal_error": "Mūsų pusėje kažkas nepavyko ir atsakymo nepavyko užbaigti.",
  "stream.unknown": "Kažkas nepavyko ir atsakymo nepavyko užbaigti.",

  "received.show": "Ką gavo DI",
  "received.loading": "Įkeliama, ką gavo DI…",
  "received.lead":
    "DI modelis gavo būtent šį tekstą. Kiekvienas paryškintas vietos rezervavimo ženklas žymi jūsų reikšmę, " +
    "kuri liko šioje paslaugoje; DI jos niekada nematė.",
  "received.nothingReplaced":
    "Šioje žinutėje neatpažinta jokių asmens duomenų, todėl DI modelis ją gavo tiksliai tokią, kokią " +
    "parašėte.",
  "received.legend": "Vietos rezervavimo ženklų tipai",
  "received.typed":
    "{typed} yra jūsų pačių įvestas tekstas, o ne vietos rezervavimo ženklas: DI jį gavo viso pločio " +
    "laužtiniuose skliaustuose ir niekas nebuvo įrašyta jo vietoje.",
  "received.missing":
    "Šios žinutės išsaugotame pokalbyje nėra, todėl nėra ką rodyti. Žinutė, kurią paslauga atmetė prieš " +
    "kreipdamasi į DI modelį (pavyzdžiui, kai privatumo patikra buvo nepasiekiama), modelio nepasiekė ir nėra" +
    " išsaugoma.",
  "received.failed": "Nepavyko įkelti, ką gavo DI. Uždarykite ir atidarykite dar kartą, kad bandytumėte iš naujo.",
  "received.toolsLead":
    "Šiam atsakymui DI modelis naudojo įrankius. Jų įvestis jis parašė su vietos rezervavimo ženklais " +
    "(įrankiai jūsų reikšmes gavo šios paslaugos regione) ir jų rezultatus taip pat gavo su vietos " +
    "rezervavimo ženklais.",
  "received.toolInput": "Įrankis ({tool}), įvestis taip, kaip ją parašė DI:",
  "received.toolResult": "Įrankis ({tool}), rezultatas taip, kaip jį gavo DI:",
  "pii.NAME": "asmens vardas ir pavardė",
  "pii.EMAIL": "el. pašto adresas",
  "pii.PHONE": "telefono numeris",
  "pii.IBAN": "banko sąskaitos numeris (IBAN)",
  "pii.CARD": "mokėjimo kortelės numeris",
  "pii.ADDRESS": "pašto adresas",
  "pii.NATIONAL_ID": "asmens kodas, mokesčių mokėtojo ar socialinio draudimo numeris",
  "pii.BANK_ACCOUNT": "banko sąskaitos numeris arba banko kodas",
  "pii.SWIFT_CODE": "banko SWIFT/BIC kodas",
  "pii.CARD_CVV": "kortelės saugos kodas",
  "pii.CARD_EXPIRY": "kortelės galiojimo data",
  "pii.PIN": "PIN kodas",
  "pii.HEALTH_ID": "sveikatos draudimo numeris",
  "pii.PASSPORT": "paso numeris",
  "pii.DRIVER_ID": "vairuotojo pažymėjimo numeris",
  "pii.DATE": "data arba laikas",
  "pii.BIRTH_DATE": "gimimo data",
  "pii.AGE": "amžius",
  "pii.URL": "interneto adresas",
  "pii.USERNAME": "naudotojo vardas",
  "pii.PASSWORD": "slaptažodis",
  "pii.SECRET": "prieigos raktas arba paslaptis",
  "pii.IP_ADDRESS": "IP adresas",
  "pii.MAC_ADDRESS": "įrenginio MAC adresas",
  "pii.LICENSE_PLATE": "transporto priemonės valstybinis numeris",
  "pii.VEHICLE_ID": "transporto priemonės identifikavimo numeris (VIN)",
  "pii.nationalIdOf": "asmens kodas, mokesčių mokėtojo ar socialinio draudimo numeris ({country})",
  "pii.other": "kiti asmens duomenys",
};
