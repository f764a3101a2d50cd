// Dansk: de samme nøgler som en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Gå til beskedfeltet",
  "page.newChat": "Ny chat",
  "page.language": "Sprog",
  "page.privacyLead": "Dit privatliv:",
  "page.privacyText":
    "personoplysninger i dine beskeder (navne, kontaktoplysninger, bank- og id-numre) erstattes med " +
    "pladsholdere, før de når AI-modellen; i svarene ser du stadig dine egne oplysninger. Din samtale " +
    "behandles og gemmes kun i denne tjenestes region.",
  "page.conversation": "Samtale",
  "page.empty":
    "Stil et spørgsmål for at begynde. Din samtale bliver i denne browserfane, indtil du lukker den eller " +
    "starter en ny chat.",
  "page.messages": "Beskeder",
  "page.composerLabel": "Din besked",
  "page.send": "Send",
  "page.stop": "Stop",
  "page.composerHint": "Enter sender, Skift+Enter giver en ny linje, Escape stopper et svar.",

  "rights.download": "Hent",
  "rights.downloadText": "Læsbar tekst (.txt)",
  "rights.downloadJson": "Datafil (.json)",
  "rights.downloaded": "Samtalen er hentet.",
  "rights.downloadFailed": "Samtalen kunne ikke hentes. Prøv igen om et øjeblik.",
  "rights.fileTitle": "Samtale, hentet {date}",
  "rights.delete": "Slet denne samtale",
  "rights.confirmTitle": "Vil du slette denne samtale?",
  "rights.confirmText":
    "Dens beskeder og de personoplysninger, der er gemt sammen med dem, slettes straks fra tjenesten. Det " +
    "kan ikke fortrydes; du kan hente samtalen først.",
  "rights.confirmDelete": "Slet",
  "rights.cancel": "Annuller",
  "rights.deleted": "Samtalen er slettet fra tjenesten.",
  "rights.deleteFailed": "Samtalen kunne ikke slettes. Prøv igen om et øjeblik.",

  "role.user": "Dig",
  "role.assistant": "Assistent",
  "role.system": "Meddelelse",
  "msg.typing": "Assistenten skriver",
  "msg.stopped": "Stoppet",
  "msg.incomplete": "Ufuldstændigt svar",
  "msg.emptyAnswer": "Assistenten gav et tomt svar.",
  "msg.errorCode": "Fejlkode: {code}",
  "msg.retry": "Prøv igen",
  "msg.tokens": { one: "{count} token", other: "{count} tokens" },
  "msg.restoredFailed": "Dette svar blev ikke færdigt. Du kan sende spørgsmålet igen.",
  "msg.restoredUnanswered": "Din seneste besked fik intet svar. Du kan sende den igen.",
  "tool.using": "Bruger {tool}…",
  "tool.loan_calculator": "låneberegneren",
  "tool.other": "Bruger et værktøj ({name})…",
  "msg.toolsUsed": "Brugte værktøjer: {tools}",

  "status.sent": "Beskeden er sendt. Assistenten svarer.",
  "status.complete": "Svaret er færdigt.",
  "status.stopped": "Du stoppede svaret.",
  "status.failed": "Svaret mislykkedes.",
  "status.loading": "Din samtale indlæses.",
  "status.loaded": "Din samtale er indlæst.",
  "status.newChat": "Ny chat startet.",

  "history.gone": "Din tidligere samtale er ikke længere tilgængelig. Din næste besked starter en ny chat.",
  "history.failed": "Dine tidligere beskeder kunne ikke indlæses.",
  "history.reload": "Indlæs dem igen",

  "error.geoBlocked":
    "Beklager, denne chat er ikke tilgængelig i dit land eller din region. Adgangen er begrænset til de " +
    "steder, hvor tjenesten tilbydes.",
  "error.refused": "Adgangen til chattjenesten blev afvist.",
  "error.tooLong": "Din besked er for lang. Gør den kortere, og send den igen.",
  "error.busy": "Chattjenesten er meget belastet lige nu. Prøv igen om et øjeblik.",
  "error.unavailable": "Chattjenesten er midlertidigt utilgængelig. Prøv igen om et øjeblik.",
  "error.unexpectedHttp": "Chattjenesten svarede med en uventet fejl (HTTP {status}).",
  "error.network": "Chattjenesten kunne ikke nås. Tjek din forbindelse, og prøv igen.",
  "error.interrupted": "Forbindelsen blev afbrudt, før svaret var færdigt.",
  "error.unexpectedResponse": "Chattjenesten sendte et uventet svar. Prøv igen.",
  "error.tryAgain": "Du kan prøve igen.",

  "http.method_not_allowed":
    "Siden sendte beskeden på en måde, som tjenesten ikke accepterer. Genindlæs siden, og prøv igen.",
  "http.unsupported_media_type":
    "Siden sendte beskeden i et format, som tjenesten ikke accepterer. Genindlæs siden, og prøv igen.",
  "http.missing_session_id": "Samtalen blev ikke fundet. Prøv igen for at sende din besked i en ny chat.",
  "http.invalid_session_id": "Samtalen blev ikke fundet. Prøv igen for at sende din besked i en ny chat.",
  "http.message_too_large": "Din besked er for lang. Gør den kortere, og send den igen.",
  "http.invalid_utf8": "Din besked indeholder tegn, der ikke kunne læses. Tjek den, og send den igen.",
  "http.invalid_json": "Siden sendte beskeden i en form, som tjenesten ikke forstod. Genindlæs siden, og prøv igen.",
  "http.missing_message":
    "Siden sendte beskeden i en form, som tjenesten ikke forstod. Genindlæs siden, og prøv igen.",
  "http.invalid_message":
    "Siden sendte beskeden i en form, som tjenesten ikke forstod. Genindlæs siden, og prøv igen.",
  "http.empty_message": "Din besked er tom. Skriv noget, og send den igen.",
  "http.session_not_found":
    "Samtalen er udløbet eller findes ikke længere. Prøv igen for at sende din besked i en ny chat.",
  "http.storage_unavailable": "Samtalen kunne ikke læses lige nu. Prøv igen om et øjeblik.",
  "http.token_budget_exhausted": "Denne samtale har nået sin forbrugsgrænse. Start en ny chat for at fortsætte.",
  "http.service_budget_exhausted": "Chattjenesten har nået dagens forbrugsgrænse. Prøv igen i morgen.",
  "http.session_busy":
    "Din forrige besked er stadig ved at blive besvaret. Vent et øjeblik, og send så denne igen.",

  "stream.model_throttled": "AI-modellen modtager for mange forespørgsler lige nu, så svaret stoppede.",
  "stream.model_stream_error": "AI-modellens svar blev afbrudt.",
  "stream.model_unavailable": "AI-modellen er midlertidigt utilgængelig.",
  "stream.model_error": "AI-modellen kunne ikke besvare denne forespørgsel.",
  "stream.pii_detection_unavailable":
    "Din besked blev ikke sendt til AI-modellen, fordi privatlivskontrollen, der beskytter dine " +
    "personoplysninger, ikke er tilgængelig lige nu.",
  "stream.storage_unavailable": "Samtalen kunne ikke gemmes, så svaret stoppede.",
  "stream.session_busy": "En anden besked i denne samtale var stadig ved at blive besvaret.",
  "stream.token_budget_exhausted": "Denne samtale har nået sin forbrugsgrænse. Start en ny chat for at fortsætte.",
  "stream.tool_result_detection_unavailable":
    "Privatlivskontrollen, der beskytter dine personoplysninger, blev utilgængelig under kontrollen af et " +
    "værktøjs resultat, så svaret stoppede der.",
  "stream.storage_limit_exceeded": "Din besked er for stor til at blive gemt. Gør den kortere, og send den igen.",
  "stream.service_budget_exhausted":
    "Chattjenesten har nået dagens forbrugsgrænse, så svaret stoppede. Prøv igen i morgen.",
  "stream.configuration_unavailable": "Chattjenesten er midlertidigt utilgængelig.",
  "stream.tool_rounds_exhausted": "Svaret krævede flere værktøjskald, end tjenesten tillader, så det stoppede.",
  "stream.internal_error": "Noget gik galt hos os, og svaret kunne ikke gøres færdigt.",
  "stream.unknown": "Noget gik galt, og svaret kunne ikke gøres færdigt.",

  "received.show": "Hvad AI'en modtog",
  "received.loading": "Indlæser, hvad AI'en modtog…",
  "received.lead":
    "AI-modellen modtog præcis denne tekst. Hver fremhævet pladsholder står for en af dine værdier, som blev " +
    "i denne tjeneste; AI'en så den aldrig.",
  "received.nothingReplaced":
    "Intet i denne besked blev genkendt som personoplysninger, så AI-modellen modtog den præcis, som du skrev" +
    " den.",
  "received.legend": "Typer af pladsholdere",
  "received.typed":
    "{typed} er tekst, du selv har skrevet, ikke en pladsholder: AI'en modtog den i parenteser i fuld " +
    "bredde, og intet blev sat ind i stedet.",
  "received.missing":
    "Denne besked findes ikke i den gemte samtale, så der er intet at vise. En besked, som tjenesten afviste," +
    " før AI-modellen blev kaldt (for eksempel mens privatlivskontrollen var utilgængelig), nåede aldrig frem" +
    " til den og gemmes ikke.",
  "received.failed": "Det, AI'en modtog, kunne ikke indlæses. Luk og åbn igen for at prøve igen.",
  "received.toolsLead":
    "Til dette svar brugte AI-modellen værktøjer. Den skrev deres input med pladsholdere (værktøjerne fik " +
    "dine værdier inden for tjenestens region) og modtog også deres resultater med pladsholdere.",
  "received.toolInput": "Værktøj ({tool}), input, som AI'en skrev det:",
  "received.toolResult": "Værktøj ({tool}), resultat, som AI'en modtog det:",
  "pii.NAME": "en persons navn",
  "pii.EMAIL": "en e-mailadresse",
  "pii.PHONE": "et telefonnummer",
  "pii.IBAN": "et bankkontonummer (IBAN)",
  "pii.CARD": "et betalingskortnummer",
  "pii.ADDRESS": "en postadresse",
  "pii.NATIONAL_ID": "et cpr-, skatte- eller socialsikringsnummer",
  "pii.BANK_ACCOUNT": "et kontonummer eller registreringsnummer",
  "pii.SWIFT_CODE": "en banks SWIFT/BIC-kode",
  "pii.CARD_CVV": "et korts sikkerhedskode",
  "pii.CARD_EXPIRY": "et korts udløbsdato",
  "pii.PIN": "en pinkode",
  "pii.HEALTH_ID": "et sygesikringsnummer",
  "pii.PASSPORT": "et pasnummer",
  "pii.DRIVER_ID": "et kørekortnummer",
  "pii.DATE": "en dato eller et tidspunkt",
  "pii.BIRTH_DATE": "en fødselsdato",
  "pii.AGE": "en alder",
  "pii.URL": "en webadresse",
  "pii.USERNAME": "et brugernavn",
  "pii.PASSWORD": "en adgangskode",
  "pii.SECRET": "en adgangsnøgle eller hemmelighed",
  "pii.IP_ADDRESS": "en IP-adresse",
  "pii.MAC_ADDRESS": "en enheds MAC-adresse",
  "pii.LICENSE_PLATE": "en nummerplade",
  "pii.VEHICLE_ID": "et stelnummer (VIN)",
  "pii.nationalIdOf": "et personnummer, skatte- eller socialsikringsnummer ({country})",
  "pii.other": "andre personoplysninger",
};
