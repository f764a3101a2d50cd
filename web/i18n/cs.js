// Čeština: stejné klíče jako en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Přejít na pole pro zprávu",
  "page.newChat": "Nový chat",
  "page.language": "Jazyk",
  "page.privacyLead": "Vaše soukromí:",
  "page.privacyText":
    "osobní údaje ve vašich zprávách (jména, kontaktní údaje, čísla účtů a dokladů) se před odesláním modelu " +
    "AI nahrazují zástupnými symboly; v odpovědích dál vidíte své vlastní údaje. Vaše konverzace se " +
    "zpracovává a ukládá pouze v regionu této služby.",
  "page.conversation": "Konverzace",
  "page.empty":
    "Začněte položením otázky. Konverzace zůstane v této záložce prohlížeče, dokud ji nezavřete nebo " +
    "nezačnete nový chat.",
  "page.messages": "Zprávy",
  "page.composerLabel": "Vaše zpráva",
  "page.send": "Odeslat",
  "page.stop": "Zastavit",
  "page.composerHint": "Enter odešle, Shift+Enter vloží nový řádek, Escape zastaví odpověď.",

  "rights.download": "Stáhnout",
  "rights.downloadText": "Čitelný text (.txt)",
  "rights.downloadJson": "Data (.json)",
  "rights.downloaded": "Konverzace byla stažena.",
  "rights.downloadFailed": "Konverzaci se nepodařilo stáhnout. Zkuste to prosím za chvíli znovu.",
  "rights.fileTitle": "Konverzace stažená {date}",
  "rights.delete": "Smazat tuto konverzaci",
  "rights.confirmTitle": "Smazat tuto konverzaci?",
  "rights.confirmText":
    "Její zprávy a osobní údaje uložené s nimi budou ze služby okamžitě vymazány. Tento krok nelze vrátit " +
    "zpět; konverzaci si můžete nejprve stáhnout.",
  "rights.confirmDelete": "Smazat",
  "rights.cancel": "Zrušit",
  "rights.deleted": "Konverzace byla ze služby smazána.",
  "rights.deleteFailed": "Konverzaci se nepodařilo smazat. Zkuste to prosím za chvíli znovu.",

  "role.user": "Vy",
  "role.assistant": "Asistent",
  "role.system": "Oznámení",
  "msg.typing": "Asistent píše",
  "msg.stopped": "Zastaveno",
  "msg.incomplete": "Neúplná odpověď",
  "msg.emptyAnswer": "Asistent odpověděl prázdnou zprávou.",
  "msg.errorCode": "Kód chyby: {code}",
  "msg.retry": "Zkusit znovu",
  "msg.tokens": { one: "{count} token", few: "{count} tokeny", many: "{count} tokenu", other: "{count} tokenů" },
  "msg.restoredFailed": "Tato odpověď nebyla dokončena. Otázku můžete odeslat znovu.",
  "msg.restoredUnanswered": "Vaše poslední zpráva nedostala odpověď. Můžete ji odeslat znovu.",
  "tool.using": "Používám nástroj {tool}…",
  "tool.loan_calculator": "úvěrová kalkulačka",
  "tool.other": "Používám nástroj ({name})…",
  "msg.toolsUsed": "Použité nástroje: {tools}",

  "status.sent": "Zpráva odeslána. Asistent odpovídá.",
  "status.complete": "Odpověď je hotová.",
  "status.stopped": "Odpověď jste zastavili.",
  "status.failed": "Odpověď se nezdařila.",
  "status.loading": "Načítání konverzace.",
  "status.loaded": "Konverzace je načtena.",
  "status.newChat": "Začal nový chat.",

  "history.gone": "Vaše předchozí konverzace už není k dispozici. Další zprávou začne nový chat.",
  "history.failed": "Předchozí zprávy se nepodařilo načíst.",
  "history.reload": "Načíst znovu",

  "error.geoBlocked":
    "Tento chat bohužel není ve vaší zemi nebo regionu dostupný. Přístup je omezen na místa, kde se tato " +
    "služba nabízí.",
  "error.refused": "Přístup ke službě chatu byl odepřen.",
  "error.tooLong": "Vaše zpráva je příliš dlouhá. Zkraťte ji a odešlete znovu.",
  "error.busy": "Služba chatu je právě přetížená. Zkuste to prosím za chvíli znovu.",
  "error.unavailable": "Služba chatu je dočasně nedostupná. Zkuste to prosím za chvíli znovu.",
  "error.unexpectedHttp": "Služba chatu odpověděla neočekávanou chybou (HTTP {status}).",
  "error.network": "Službu chatu se nepodařilo kontaktovat. Zkontrolujte připojení a zkuste to znovu.",
  "error.interrupted": "Spojení se přerušilo dřív, než byla odpověď hotová.",
  "error.unexpectedResponse": "Služba chatu poslala neočekávanou odpověď. Zkuste to prosím znovu.",
  "error.tryAgain": "Můžete to zkusit znovu.",

  "http.method_not_allowed":
    "Stránka odeslala zprávu způsobem, který služba nepřijímá. Obnovte stránku a zkuste to znovu.",
  "http.unsupported_media_type":
    "Stránka odeslala zprávu ve formátu, který služba nepřijímá. Obnovte stránku a zkuste to znovu.",
  "http.missing_session_id": "Tuto konverzaci se nepodařilo najít. Zkuste to znovu a zpráva se odešle v novém chatu.",
  "http.invalid_session_id": "Tuto konverzaci se nepodařilo najít. Zkuste to znovu a zpráva se odešle v novém chatu.",
  "http.message_too_large": "Vaše zpráva je příliš dlouhá. Zkraťte ji a odešlete znovu.",
  "http.invalid_utf8": "Vaše zpráva obsahuje znaky, které nešlo přečíst. Zkontrolujte ji a odešlete znovu.",
  "http.invalid_json":
    "Stránka odeslala zprávu v podobě, které služba nerozuměla. Obnovte stránku a zkuste to znovu.",
  "http.missing_message":
    "Stránka odeslala zprávu v podobě, které služba nerozuměla. Obnovte stránku a zkuste to znovu.",
  "http.invalid_message":
    "Stránka odeslala zprávu v podobě, které služba nerozuměla. Obnovte stránku a zkuste to znovu.",
  "http.empty_message": "Vaše zpráva je prázdná. Něco napište a odešlete ji znovu.",
  "http.session_not_found":
    "Platnost této konverzace vypršela nebo už neexistuje. Zkuste to znovu a zpráva se odešle v novém chatu.",
  "http.storage_unavailable": "Konverzaci teď nelze načíst. Zkuste to prosím za chvíli znovu.",
  "http.token_budget_exhausted": "Tato konverzace dosáhla limitu využití. Pokračujte v novém chatu.",
  "http.service_budget_exhausted": "Služba chatu dosáhla dnešního limitu využití. Zkuste to prosím zítra.",
  "http.session_busy":
    "Na vaši předchozí zprávu se ještě odpovídá. Chvíli počkejte a pak tuto zprávu odešlete znovu.",

  "stream.model_throttled": "Model AI teď dostává příliš mnoho požadavků, proto se odpověď zastavila.",
  "stream.model_stream_error": "Odpověď modelu AI byla přerušena.",
  "stream.model_unavailable": "Model AI je dočasně nedostupný.",
  "stream.model_error": "Model AI na tento požadavek nedokázal odpovědět.",
  "stream.pii_detection_unavailable":
    "Vaše zpráva nebyla odeslána modelu AI, protože kontrola soukromí, která chrání vaše osobní údaje, je " +
    "právě nedostupná.",
  "stream.storage_unavailable": "Konverzaci se nepodařilo uložit, proto se odpověď zastavila.",
  "stream.session_busy": "Na jinou zprávu této konverzace se ještě odpovídalo.",
  "stream.token_budget_exhausted": "Tato konverzace dosáhla limitu využití. Pokračujte v novém chatu.",
  "stream.tool_result_detection_unavailable":
    "Kontrola soukromí, která chrání vaše osobní údaje, přestala být dostupná při kontrole výsledku nástroje, " +
    "proto se odpověď zastavila.",
  "stream.storage_limit_exceeded":
    "Vaše zpráva je příliš velká na to, aby ji šlo uložit. Zkraťte ji a odešlete znovu.",
  "stream.service_budget_exhausted":
    "Služba chatu dosáhla dnešního limitu využití, proto se odpověď zastavila. Zkuste to prosím zítra.",
  "stream.configuration_unavailable": "Služba chatu je dočasně nedostupná.",
  "stream.tool_rounds_exhausted":
    "Odpověď potřebovala více volání nástrojů, než tato služba povoluje, proto se zastavila.",
  "stream.internal_error": "Na naší straně se něco pokazilo a odpověď nešlo dokončit.",
  "stream.unknown": "Něco se pokazilo a odpověď nešlo dokončit.",

  "received.show": "Co AI dostala",
  "received.loading": "Načítání toho, co AI dostala…",
  "received.lead":
    "Model AI dostal přesně tento text. Každý zvýrazněný zástupný symbol zastupuje vaši hodnotu, která " +
    "zůstala v této službě; AI ji nikdy neviděla.",
  "received.nothingReplaced":
    "Nic v této zprávě nebylo rozpoznáno jako osobní údaj, takže ji model AI dostal přesně tak, jak jste ji " +
    "napsali.",
  "received.legend": "Typy zástupných symbolů",
  "received.typed":
    "{typed} je text, který jste napsali sami, ne zástupný symbol: AI jej dostala v závorkách plné šířky " +
    "a nic za něj nebylo dosazeno.",
  "received.missing":
    "Tato zpráva není v uložené konverzaci, takže není co zobrazit. Zpráva, kterou služba odmítla před " +
    "voláním modelu AI (například když nebyla dostupná kontrola soukromí), se k němu nikdy nedostala a " +
    "neukládá se.",
  "received.failed": "To, co AI dostala, se nepodařilo načíst. Zavřete tento panel a otevřete ho znovu.",
  "received.toolsLead":
    "Pro tuto odpověď použil model AI nástroje. Jejich vstupy zapsal se zástupnými symboly (nástroje dostaly " +
    "vaše hodnoty v regionu této služby) a se zástupnými symboly dostal i jejich výsledky.",
  "received.toolInput": "Nástroj ({tool}), vstup, jak ho AI zapsala:",
  "received.toolResult": "Nástroj ({tool}), výsledek, jak ho AI dostala:",
  "pii.NAME": "jméno osoby",
  "pii.EMAIL": "e-mailová adresa",
  "pii.PHONE": "telefonní číslo",
  "pii.IBAN": "číslo bankovního účtu (IBAN)",
  "pii.CARD": "číslo platební karty",
  "pii.ADDRESS": "poštovní adresa",
  "pii.NATIONAL_ID": "rodné číslo, daňové číslo nebo číslo sociálního pojištění",
  "pii.BANK_ACCOUNT": "číslo bankovního účtu nebo kód banky",
  "pii.SWIFT_CODE": "kód SWIFT/BIC banky",
  "pii.CARD_CVV": "bezpečnostní kód karty",
  "pii.CARD_EXPIRY": "datum platnosti karty",
  "pii.PIN": "PIN",
  "pii.HEALTH_ID": "číslo zdravotního pojištění",
  "pii.PASSPORT": "číslo cestovního pasu",
  "pii.DRIVER_ID": "číslo řidičského průkazu",
  "pii.DATE": "datum nebo čas",
  "pii.BIRTH_DATE": "datum narození",
  "pii.AGE": "věk",
  "pii.URL": "webová adresa",
  "pii.USERNAME": "uživatelské jméno",
  "pii.PASSWORD": "heslo",
  "pii.SECRET": "přístupový klíč nebo tajný údaj",
  "pii.IP_ADDRESS": "IP adresa",
  "pii.MAC_ADDRESS": "MAC adresa zařízení",
  "pii.LICENSE_PLATE": "registrační značka vozidla",
  "pii.VEHICLE_ID": "identifikační číslo vozidla (VIN)",
  "pii.nationalIdOf": "rodné číslo, daňové číslo nebo číslo sociálního pojištění ({country})",
  "pii.other": "jiné osobní údaje",
};
