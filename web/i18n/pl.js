// Polski: te same klucze co en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Przejdź do pola wiadomości",
  "page.newChat": "Nowy czat",
  "page.language": "Język",
  "page.privacyLead": "Twoja prywatność:",
  "page.privacyText":
    "dane osobowe w Twoich wiadomościach (imiona i nazwiska, dane kontaktowe, numery kont i dokumentów) są " +
    "zastępowane symbolami zastępczymi, zanim trafią do modelu AI; w odpowiedziach nadal widzisz własne dane." +
    " Twoja rozmowa jest przetwarzana i przechowywana wyłącznie w regionie tej usługi.",
  "page.conversation": "Rozmowa",
  "page.empty":
    "Zadaj pytanie, aby zacząć. Rozmowa pozostaje w tej karcie przeglądarki, dopóki jej nie zamkniesz lub nie" +
    " rozpoczniesz nowego czatu.",
  "page.messages": "Wiadomości",
  "page.composerLabel": "Twoja wiadomość",
  "page.send": "Wyślij",
  "page.stop": "Zatrzymaj",
  "page.composerHint": "Enter wysyła, Shift+Enter dodaje nowy wiersz, Escape zatrzymuje odpowiedź.",

  "rights.download": "Pobierz",
  "rights.downloadText": "Czytelny tekst (.txt)",
  "rights.downloadJson": "Dane (.json)",
  "rights.downloaded": "Rozmowa została pobrana.",
  "rights.downloadFailed": "Nie udało się pobrać rozmowy. Spróbuj ponownie za chwilę.",
  "rights.fileTitle": "Rozmowa pobrana {date}",
  "rights.delete": "Usuń tę rozmowę",
  "rights.confirmTitle": "Usunąć tę rozmowę?",
  "rights.confirmText":
    "Jej wiadomości i zapisane z nimi dane osobowe zostaną natychmiast usunięte z usługi. Tego nie można " +
    "cofnąć; możesz najpierw pobrać rozmowę.",
  "rights.confirmDelete": "Usuń",
  "rights.cancel": "Anuluj",
  "rights.deleted": "Rozmowa została usunięta z usługi.",
  "rights.deleteFailed": "Nie udało się usunąć rozmowy. Spróbuj ponownie za chwilę.",

  "role.user": "Ty",
  "role.assistant": "Asystent",
  "role.system": "Komunikat",
  "msg.typing": "Asystent pisze",
  "msg.stopped": "Zatrzymano",
  "msg.incomplete": "Niepełna odpowiedź",
  "msg.emptyAnswer": "Asystent udzielił pustej odpowiedzi.",
  "msg.errorCode": "Kod błędu: {code}",
  "msg.retry": "Spróbuj ponownie",
  "msg.tokens": { one: "{count} token", few: "{count} tokeny", many: "{count} tokenów", other: "{count} tokena" },
  "msg.restoredFailed": "Ta odpowiedź nie została dokończona. Możesz wysłać pytanie ponownie.",
  "msg.restoredUnanswered": "Twoja ostatnia wiadomość pozostała bez odpowiedzi. Możesz wysłać ją ponownie.",
  "tool.using": "Korzystam z narzędzia: {tool}…",
  "tool.loan_calculator": "kalkulator kredytowy",
  "tool.other": "Korzystam z narzędzia ({name})…",
  "msg.toolsUsed": "Użyte narzędzia: {tools}",

  "status.sent": "Wiadomość wysłana. Asystent odpowiada.",
  "status.complete": "Odpowiedź jest gotowa.",
  "status.stopped": "Zatrzymano odpowiedź.",
  "status.failed": "Nie udało się uzyskać odpowiedzi.",
  "status.loading": "Wczytywanie rozmowy.",
  "status.loaded": "Rozmowa została wczytana.",
  "status.newChat": "Rozpoczęto nowy czat.",

  "history.gone": "Poprzednia rozmowa nie jest już dostępna. Następna wiadomość rozpocznie nowy czat.",
  "history.failed": "Nie udało się wczytać poprzednich wiadomości.",
  "history.reload": "Wczytaj ponownie",

  "error.geoBlocked":
    "Niestety ten czat nie jest dostępny w Twoim kraju lub regionie. Dostęp jest ograniczony do miejsc, w " +
    "których ta usługa jest oferowana.",
  "error.refused": "Odmówiono dostępu do usługi czatu.",
  "error.tooLong": "Wiadomość jest za długa. Skróć ją i wyślij ponownie.",
  "error.busy": "Usługa czatu jest w tej chwili przeciążona. Spróbuj ponownie za chwilę.",
  "error.unavailable": "Usługa czatu jest chwilowo niedostępna. Spróbuj ponownie za chwilę.",
  "error.unexpectedHttp": "Usługa czatu zwróciła nieoczekiwany błąd (HTTP {status}).",
  "error.network": "Nie udało się połączyć z usługą czatu. Sprawdź połączenie i spróbuj ponownie.",
  "error.interrupted": "Połączenie zostało przerwane, zanim odpowiedź była kompletna.",
  "error.unexpectedResponse": "Usługa czatu wysłała nieoczekiwaną odpowiedź. Spróbuj ponownie.",
  "error.tryAgain": "Możesz spróbować ponownie.",

  "http.method_not_allowed":
    "Strona wysłała wiadomość w sposób, którego usługa nie akceptuje. Odśwież stronę i spróbuj ponownie.",
  "http.unsupported_media_type":
    "Strona wysłała wiadomość w formacie, którego usługa nie akceptuje. Odśwież stronę i spróbuj ponownie.",
  "http.missing_session_id": "Nie znaleziono tej rozmowy. Spróbuj ponownie, aby wysłać wiadomość w nowym czacie.",
  "http.invalid_session_id": "Nie znaleziono tej rozmowy. Spróbuj ponownie, aby wysłać wiadomość w nowym czacie.",
  "http.message_too_large": "Wiadomość jest za długa. Skróć ją i wyślij ponownie.",
  "http.invalid_utf8": "Wiadomość zawiera znaki, których nie udało się odczytać. Sprawdź ją i wyślij ponownie.",
  "http.invalid_json":
    "Strona wysłała wiadomość w postaci, której usługa nie zrozumiała. Odśwież stronę i spróbuj ponownie.",
  "http.missing_message":
    "Strona wysłała wiadomość w postaci, której usługa nie zrozumiała. Odśwież stronę i spróbuj ponownie.",
  "http.invalid_message":
    "Strona wysłała wiadomość w postaci, której usługa nie zrozumiała. Odśwież stronę i spróbuj ponownie.",
  "http.empty_message": "Wiadomość jest pusta. Napisz coś i wyślij ją ponownie.",
  "http.session_not_found":
    "Ta rozmowa wygasła lub już nie istnieje. Spróbuj ponownie, aby wysłać wiadomość w nowym czacie.",
  "http.storage_unavailable": "Nie można teraz odczytać rozmowy. Spróbuj ponownie za chwilę.",
  "http.token_budget_exhausted": "Ta rozmowa osiągnęła limit użycia. Aby kontynuować, rozpocznij nowy czat.",
  "http.service_budget_exhausted": "Usługa czatu osiągnęła dzisiejszy limit użycia. Spróbuj ponownie jutro.",
  "http.session_busy":
    "Twoja poprzednia wiadomość wciąż otrzymuje odpowiedź. Poczekaj chwilę, a potem wyślij tę ponownie.",

  "stream.model_throttled": "Model AI otrzymuje teraz zbyt wiele zapytań, dlatego odpowiedź została przerwana.",
  "stream.model_stream_error": "Odpowiedź modelu AI została przerwana.",
  "stream.model_unavailable": "Model AI jest chwilowo niedostępny.",
  "stream.model_error": "Model AI nie mógł odpowiedzieć na to zapytanie.",
  "stream.pii_detection_unavailable":
    "Twoja wiadomość nie została wysłana do modelu AI, ponieważ kontrola prywatności chroniąca Twoje dane " +
    "osobowe jest w tej chwili niedostępna.",
  "stream.storage_unavailable": "Nie udało się zapisać rozmowy, dlatego odpowiedź została przerwana.",
  "stream.session_busy": "Inna wiadomość z tej rozmowy wciąż czekała na odpowiedź.",
  "stream.token_budget_exhausted": "Ta rozmowa osiągnęła limit użycia. Aby kontynuować, rozpocznij nowy czat.",
  "stream.tool_result_detection_unavailable":
    "Kontrola prywatności chroniąca Twoje dane osobowe stała się niedostępna podczas sprawdzania wyniku " +
    "narzędzia, dlatego odpowiedź została tam przerwana.",
  "stream.storage_limit_exceeded": "Wiadomość jest za duża, aby ją zapisać. Skróć ją i wyślij ponownie.",
  "stream.service_budget_exhausted":
    "Usługa czatu osiągnęła dzisiejszy limit użycia, dlatego odpowiedź została przerwana. Spróbuj ponownie " +
    "jutro.",
  "stream.configuration_unavailable": "Usługa czatu jest chwilowo niedostępna.",
  "stream.tool_rounds_exhausted":
    "Odpowiedź wymagała więcej wywołań narzędzi, niż pozwala ta usługa, dlatego została przerwana.",
  "stream.internal_error": "Coś poszło nie tak po naszej stronie i nie udało się dokończyć odpowiedzi.",
  "stream.unknown": "Coś poszło nie tak i nie udało się dokończyć odpowiedzi.",

  "received.show": "Co otrzymała AI",
  "received.loading": "Wczytywanie tego, co otrzymała AI…",
  "received.lead":
    "Model AI otrzymał dokładnie ten tekst. Każdy wyróżniony symbol zastępczy oznacza Twoją wartość, która " +
    "pozostała w tej usłudze; AI nigdy jej nie widziała.",
  "received.nothingReplaced":
    "Nic w tej wiadomości nie zostało rozpoznane jako dane osobowe, więc model AI otrzymał ją dokładnie w " +
    "takiej postaci, w jakiej została napisana.",
  "received.legend": "Rodzaje symboli zastępczych",
  "received.typed":
    "{typed} to tekst wpisany przez Ciebie, a nie symbol zastępczy: AI otrzymała go w nawiasach pełnej " +
    "szerokości i nic nie zostało wstawione w jego miejsce.",
  "received.missing":
    "Tej wiadomości nie ma w zapisanej rozmowie, więc nie ma czego pokazać. Wiadomość odrzucona przez usługę " +
    "przed wywołaniem modelu AI (np. gdy kontrola prywatności była niedostępna) nigdy do niego nie dotarła i " +
    "nie jest zapisywana.",
  "received.failed":
    "Nie udało się wczytać tego, co otrzymała AI. Zamknij ten panel i otwórz go ponownie, aby spróbować " +
    "jeszcze raz.",
  "received.toolsLead":
    "Przy tej odpowiedzi model AI korzystał z narzędzi. Zapisał ich dane wejściowe z symbolami zastępczymi " +
    "(narzędzia otrzymały Twoje wartości w regionie tej usługi) i z symbolami zastępczymi otrzymał też ich " +
    "wyniki.",
  "received.toolInput": "Narzędzie ({tool}), dane wejściowe zapisane przez AI:",
  "received.toolResult": "Narzędzie ({tool}), wynik otrzymany przez AI:",
  "pii.NAME": "imię i nazwisko osoby",
  "pii.EMAIL": "adres e-mail",
  "pii.PHONE": "numer telefonu",
  "pii.IBAN": "numer rachunku bankowego (IBAN)",
  "pii.CARD": "numer karty płatniczej",
  "pii.ADDRESS": "adres pocztowy",
  "pii.NATIONAL_ID": "numer identyfikacyjny, podatkowy lub ubezpieczenia społecznego",
  "pii.BANK_ACCOUNT": "numer rachunku bankowego lub numer rozliczeniowy banku",
  "pii.SWIFT_CODE": "kod SWIFT/BIC banku",
  "pii.CARD_CVV": "kod zabezpieczający karty",
  "pii.CARD_EXPIRY": "data ważności karty",
  "pii.PIN": "kod PIN",
  "pii.HEALTH_ID": "numer ubezpieczenia zdrowotnego",
  "pii.PASSPORT": "numer paszportu",
  "pii.DRIVER_ID": "numer prawa jazdy",
  "pii.DATE": "data lub godzina",
  "pii.BIRTH_DATE": "data urodzenia",
  "pii.AGE": "wiek",
  "pii.URL": "adres internetowy",
  "pii.USERNAME": "nazwa użytkownika",
  "pii.PASSWORD": "hasło",
  "pii.SECRET": "klucz dostępu lub sekret",
  "pii.IP_ADDRESS": "adres IP",
  "pii.MAC_ADDRESS": "adres MAC urządzenia",
  "pii.LICENSE_PLATE": "numer rejestracyjny pojazdu",
  "pii.VEHICLE_ID": "numer identyfikacyjny pojazdu (VIN)",
  "pii.nationalIdOf": "numer identyfikacyjny, podatkowy lub ubezpieczenia społecznego ({country})",
  "pii.other": "inne dane osobowe",
};
