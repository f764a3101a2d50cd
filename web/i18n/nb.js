// Norsk bokmål: de samme nøklene som en.js (også for nn og no).

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Gå til meldingsfeltet",
  "page.newChat": "Ny chat",
  "page.language": "Språk",
  "page.privacyLead": "Personvernet ditt:",
  "page.privacyText":
    "personopplysninger i meldingene dine (navn, kontaktinformasjon, bank- og ID-numre) erstattes med " +
    "plassholdere før de når AI-modellen; i svarene ser du fortsatt dine egne opplysninger. Samtalen din " +
    "behandles og lagres bare i regionen til denne tjenesten.",
  "page.conversation": "Samtale",
  "page.empty":
    "Still et spørsmål for å begynne. Samtalen blir værende i denne nettleserfanen til du lukker den eller " +
    "starter en ny chat.",
  "page.messages": "Meldinger",
  "page.composerLabel": "Meldingen din",
  "page.send": "Send",
  "page.stop": "Stopp",
  "page.composerHint": "Enter sender, Shift+Enter gir ny linje, Escape stopper et svar.",

  "rights.download": "Last ned",
  "rights.downloadText": "Lesbar tekst (.txt)",
  "rights.downloadJson": "Datafil (.json)",
  "rights.downloaded": "Samtalen er lastet ned.",
  "rights.downloadFailed": "Samtalen kunne ikke lastes ned. Prøv igjen om et øyeblikk.",
  "rights.fileTitle": "Samtale, lastet ned {date}",
  "rights.delete": "Slett denne samtalen",
  "rights.confirmTitle": "Vil du slette denne samtalen?",
  "rights.confirmText":
    "Meldingene og personopplysningene som er lagret sammen med dem, slettes fra tjenesten med en gang. " +
    "Dette kan ikke angres; du kan laste ned samtalen først.",
  "rights.confirmDelete": "Slett",
  "rights.cancel": "Avbryt",
  "rights.deleted": "Samtalen er slettet fra tjenesten.",
  "rights.deleteFailed": "Samtalen kunne ikke slettes. Prøv igjen om et øyeblikk.",

  "role.user": "Du",
  "role.assistant": "Assistent",
  "role.system": "Merknad",
  "msg.typing": "Assistenten skriver",
  "msg.stopped": "Stoppet",
  "msg.incomplete": "Ufullstendig svar",
  "msg.emptyAnswer": "Assistenten ga et tomt svar.",
  "msg.errorCode": "Feilkode: {code}",
  "msg.retry": "Prøv igjen",
  "msg.tokens": { one: "{count} token", other: "{count} tokener" },
  "msg.restoredFailed": "Dette svaret ble ikke fullført. Du kan sende spørsmålet på nytt.",
  "msg.restoredUnanswered": "Den siste meldingen din fikk ikke svar. Du kan sende den på nytt.",
  "tool.using": "Bruker {tool}…",
  "tool.loan_calculator": "lånekalkulatoren",
  "tool.other": "Bruker et verktøy ({name})…",
  "msg.toolsUsed": "Verktøy som ble brukt: {tools}",

  "status.sent": "Meldingen er sendt. Assistenten svarer.",
  "status.complete": "Svaret er fullført.",
  "status.stopped": "Du stoppet svaret.",
  "status.failed": "Svaret mislyktes.",
  "status.loading": "Samtalen din lastes inn.",
  "status.loaded": "Samtalen din er lastet inn.",
  "status.newChat": "Ny chat startet.",

  "history.gone": "Den forrige samtalen din er ikke lenger tilgjengelig. Den neste meldingen din starter en ny chat.",
  "history.failed": "De forrige meldingene dine kunne ikke lastes inn.",
  "history.reload": "Last dem inn på nytt",

  "error.geoBlocked":
    "Beklager, denne chatten er ikke tilgjengelig i landet eller regionen din. Tilgangen er begrenset til " +
    "stedene der tjenesten tilbys.",
  "error.refused": "Tilgangen til chattjenesten ble avvist.",
  "error.tooLong": "Meldingen din er for lang. Gjør den kortere og send den på nytt.",
  "error.busy": "Chattjenesten er travel akkurat nå. Prøv igjen om litt.",
  "error.unavailable": "Chattjenesten er midlertidig utilgjengelig. Prøv igjen om litt.",
  "error.unexpectedHttp": "Chattjenesten svarte med en uventet feil (HTTP {status}).",
  "error.network": "Kunne ikke nå chattjenesten. Sjekk tilkoblingen og prøv igjen.",
  "error.interrupted": "Tilkoblingen ble brutt før svaret var ferdig.",
  "error.unexpectedResponse": "Chattjenesten sendte et uventet svar. Prøv igjen.",
  "error.tryAgain": "Du kan prøve igjen.",

  "http.method_not_allowed":
    "Siden sendte meldingen på en måte tjenesten ikke godtar. Last inn siden på nytt og prøv igjen.",
  "http.unsupported_media_type":
    "Siden sendte meldingen i et format tjenesten ikke godtar. Last inn siden på nytt og prøv igjen.",
  "http.missing_session_id": "Fant ikke denne samtalen. Prøv igjen for å sende meldingen din i en ny chat.",
  "http.invalid_session_id": "Fant ikke denne samtalen. Prøv igjen for å sende meldingen din i en ny chat.",
  "http.message_too_large": "Meldingen din er for lang. Gjør den kortere og send den på nytt.",
  "http.invalid_utf8": "Meldingen din inneholder tegn som ikke kunne leses. Sjekk den og send den på nytt.",
  "http.invalid_json":
    "Siden sendte meldingen i en form tjenesten ikke forsto. Last inn siden på nytt og prøv igjen.",
  "http.missing_message":
    "Siden sendte meldingen i en form tjenesten ikke forsto. Last inn siden på nytt og prøv igjen.",
  "http.invalid_message":
    "Siden sendte meldingen i en form tjenesten ikke forsto. Last inn siden på nytt og prøv igjen.",
  "http.empty_message": "Meldingen din er tom. Skriv noe og send den på nytt.",
  "http.session_not_found":
    "Denne samtalen er utløpt eller finnes ikke lenger. Prøv igjen for å sende meldingen din i en ny chat.",
  "http.storage_unavailable": "Samtalen kunne ikke leses akkurat nå. Prøv igjen om litt.",
  "http.token_budget_exhausted": "Denne samtalen har nådd bruksgrensen sin. Start en ny chat for å fortsette.",
  "http.service_budget_exhausted": "Chattjenesten har nådd dagens bruksgrense. Prøv igjen i morgen.",
  "http.session_busy": "Den forrige meldingen din blir fortsatt besvart. Vent litt, og send så denne på nytt.",

  "stream.model_throttled": "AI-modellen får for mange forespørsler akkurat nå, så svaret stoppet.",
  "stream.model_stream_error": "Svaret fra AI-modellen ble avbrutt.",
  "stream.model_unavailable": "AI-modellen er midlertidig utilgjengelig.",
  "stream.model_error": "AI-modellen kunne ikke svare på denne forespørselen.",
  "stream.pii_detection_unavailable":
    "Meldingen din ble ikke sendt til AI-modellen fordi personvernkontrollen som beskytter " +
    "personopplysningene dine, ikke er tilgjengelig akkurat nå.",
  "stream.storage_unavailable": "Samtalen kunne ikke lagres, så svaret stoppet.",
  "stream.session_busy": "En annen melding i denne samtalen holdt fortsatt på å bli besvart.",
  "stream.token_budget_exhausted": "Denne samtalen har nådd bruksgrensen sin. Start en ny chat for å fortsette.",
  "stream.tool_result_detection_unavailable":
    "Personvernkontrollen som beskytter personopplysningene dine, ble utilgjengelig under kontrollen av et " +
    "verktøys resultat, så svaret stoppet der.",
  "stream.storage_limit_exceeded": "Meldingen din er for stor til å lagres. Gjør den kortere og send den på nytt.",
  "stream.service_budget_exhausted":
    "Chattjenesten har nådd dagens bruksgrense, så svaret stoppet. Prøv igjen i morgen.",
  "stream.configuration_unavailable": "Chattjenesten er midlertidig utilgjengelig.",
  "stream.tool_rounds_exhausted": "Svaret trengte flere verktøykall enn tjenesten tillater, så det stoppet.",
  "stream.internal_error": "Noe gikk galt hos oss, og svaret kunne ikke fullføres.",
  "stream.unknown": "Noe gikk galt, og svaret kunne ikke fullføres.",

  "received.show": "Hva AI-en mottok",
  "received.loading": "Laster inn hva AI-en mottok…",
  "received.lead":
    "AI-modellen mottok nøyaktig denne teksten. Hver uthevede plassholder står for en av verdiene dine som " +
    "ble værende i denne tjenesten; AI-en så den aldri.",
  "received.nothingReplaced":
    "Ingenting i denne meldingen ble gjenkjent som personopplysninger, så AI-modellen mottok den nøyaktig " +
    "slik du skrev den.",
  "received.legend": "Typer plassholdere",
  "received.typed":
    "{typed} er tekst du skrev selv, ikke en plassholder: AI-en mottok den i klammer med full bredde, og " +
    "ingenting ble satt inn i stedet.",
  "received.missing":
    "Denne meldingen finnes ikke i den lagrede samtalen, så det er ingenting å vise. En melding som tjenesten" +
    " avviste før AI-modellen ble kalt (for eksempel mens personvernkontrollen var utilgjengelig), nådde " +
    "aldri modellen og lagres ikke.",
  "received.failed": "Det AI-en mottok, kunne ikke lastes inn. Lukk og åpne igjen for å prøve på nytt.",
  "received.toolsLead":
    "Til dette svaret brukte AI-modellen verktøy. Den skrev inndataene deres med plassholdere (verktøyene " +
    "fikk verdiene dine innenfor tjenestens region) og mottok også resultatene med plassholdere.",
  "received.toolInput": "Verktøy ({tool}), inndata slik AI-en skrev dem:",
  "received.toolResult": "Verktøy ({tool}), resultat slik AI-en mottok det:",
  "pii.NAME": "navnet på en person",
  "pii.EMAIL": "en e-postadresse",
  "pii.PHONE": "et telefonnummer",
  "pii.IBAN": "et bankkontonummer (IBAN)",
  "pii.CARD": "et betalingskortnummer",
  "pii.ADDRESS": "en postadresse",
  "pii.NATIONAL_ID": "et fødselsnummer, skatte- eller trygdenummer",
  "pii.BANK_ACCOUNT": "et kontonummer eller bankens clearingnummer",
  "pii.SWIFT_CODE": "en banks SWIFT/BIC-kode",
  "pii.CARD_CVV": "sikkerhetskoden til et kort",
  "pii.CARD_EXPIRY": "utløpsdatoen til et kort",
  "pii.PIN": "en PIN-kode",
  "pii.HEALTH_ID": "et helseforsikringsnummer",
  "pii.PASSPORT": "et passnummer",
  "pii.DRIVER_ID": "et førerkortnummer",
  "pii.DATE": "en dato eller et tidspunkt",
  "pii.BIRTH_DATE": "en fødselsdato",
  "pii.AGE": "en alder",
  "pii.URL": "en nettadresse",
  "pii.USERNAME": "et brukernavn",
  "pii.PASSWORD": "et passord",
  "pii.SECRET": "en tilgangsnøkkel eller hemmelighet",
  "pii.IP_ADDRESS": "en IP-adresse",
  "pii.MAC_ADDRESS": "MAC-adressen til en enhet",
  "pii.LICENSE_PLATE": "et registreringsnummer for kjøretøy",
  "pii.VEHICLE_ID": "et understellsnummer (VIN)",
  "pii.nationalIdOf": "et fødselsnummer, skatte- eller trygdenummer ({country})",
  "pii.other": "andre personopplysninger",
};
