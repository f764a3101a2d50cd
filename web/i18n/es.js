// Español: las mismas claves que en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Ir al cuadro de mensaje",
  "page.newChat": "Nuevo chat",
  "page.language": "Idioma",
  "page.privacyLead": "Tu privacidad:",
  "page.privacyText":
    "los datos personales de tus mensajes (nombres, datos de contacto, números bancarios y de identidad) se " +
    "sustituyen por marcadores antes de llegar al modelo de IA; en las respuestas sigues viendo tus propios " +
    "datos. Tu conversación se procesa y se guarda solo en la región de este servicio.",
  "page.conversation": "Conversación",
  "page.empty":
    "Haz una pregunta para empezar. Tu conversación se queda en esta pestaña del navegador hasta que la " +
    "cierres o empieces un nuevo chat.",
  "page.messages": "Mensajes",
  "page.composerLabel": "Tu mensaje",
  "page.send": "Enviar",
  "page.stop": "Detener",
  "page.composerHint": "Intro envía, Mayús+Intro crea una línea nueva, Escape detiene una respuesta.",

  "rights.download": "Descargar",
  "rights.downloadText": "Texto legible (.txt)",
  "rights.downloadJson": "Datos (.json)",
  "rights.downloaded": "Se ha descargado la conversación.",
  "rights.downloadFailed": "No se ha podido descargar la conversación. Inténtalo de nuevo dentro de un momento.",
  "rights.fileTitle": "Conversación descargada el {date}",
  "rights.delete": "Eliminar esta conversación",
  "rights.confirmTitle": "¿Eliminar esta conversación?",
  "rights.confirmText":
    "Sus mensajes y los datos personales guardados con ellos se borran del servicio de inmediato. No se " +
    "puede deshacer; puedes descargar la conversación antes.",
  "rights.confirmDelete": "Eliminar",
  "rights.cancel": "Cancelar",
  "rights.deleted": "Se ha eliminado la conversación del servicio.",
  "rights.deleteFailed": "No se ha podido eliminar la conversación. Inténtalo de nuevo dentro de un momento.",

  "role.user": "Tú",
  "role.assistant": "Asistente",
  "role.system": "Aviso",
  "msg.typing": "El asistente está escribiendo",
  "msg.stopped": "Detenida",
  "msg.incomplete": "Respuesta incompleta",
  "msg.emptyAnswer": "El asistente dio una respuesta vacía.",
  "msg.errorCode": "Código de error: {code}",
  "msg.retry": "Reintentar",
  "msg.tokens": { one: "{count} token", many: "{count} de tokens", other: "{count} tokens" },
  "msg.restoredFailed": "Esta respuesta no se completó. Puedes enviar la pregunta de nuevo.",
  "msg.restoredUnanswered": "Tu último mensaje no obtuvo respuesta. Puedes enviarlo de nuevo.",
  "tool.using": "Usando {tool}…",
  "tool.loan_calculator": "la calculadora de préstamos",
  "tool.other": "Usando una herramienta ({name})…",
  "msg.toolsUsed": "Herramientas usadas: {tools}",

  "status.sent": "Mensaje enviado. El asistente está respondiendo.",
  "status.complete": "La respuesta está completa.",
  "status.stopped": "Has detenido la respuesta.",
  "status.failed": "La respuesta ha fallado.",
  "status.loading": "Cargando tu conversación.",
  "status.loaded": "Tu conversación se ha cargado.",
  "status.newChat": "Nuevo chat iniciado.",

  "history.gone": "Tu conversación anterior ya no está disponible. Tu próximo mensaje inicia un nuevo chat.",
  "history.failed": "No se han podido cargar tus mensajes anteriores.",
  "history.reload": "Cargarlos de nuevo",

  "error.geoBlocked":
    "Lo sentimos, este chat no está disponible en tu país o región. El acceso se limita a los lugares donde " +
    "se ofrece este servicio.",
  "error.refused": "Se ha denegado el acceso al servicio de chat.",
  "error.tooLong": "Tu mensaje es demasiado largo. Acórtalo y envíalo de nuevo.",
  "error.busy": "El servicio de chat está saturado en este momento. Vuelve a intentarlo en unos instantes.",
  "error.unavailable": "El servicio de chat no está disponible temporalmente. Inténtalo de nuevo en un momento.",
  "error.unexpectedHttp": "El servicio de chat respondió con un error inesperado (HTTP {status}).",
  "error.network": "No se pudo contactar con el servicio de chat. Comprueba tu conexión e inténtalo de nuevo.",
  "error.interrupted": "La conexión se interrumpió antes de que la respuesta estuviera completa.",
  "error.unexpectedResponse": "El servicio de chat envió una respuesta inesperada. Inténtalo de nuevo.",
  "error.tryAgain": "Puedes intentarlo de nuevo.",

  "http.method_not_allowed":
    "La página envió el mensaje de una forma que el servicio no acepta. Recarga la página y vuelve a " +
    "intentarlo.",
  "http.unsupported_media_type":
    "La página envió el mensaje en un formato que el servicio no acepta. Recarga la página y vuelve a " +
    "intentarlo.",
  "http.missing_session_id":
    "No se ha encontrado esta conversación. Vuelve a intentarlo para enviar tu mensaje en un chat nuevo.",
  "http.invalid_session_id":
    "No se ha encontrado esta conversación. Vuelve a intentarlo para enviar tu mensaje en un chat nuevo.",
  "http.message_too_large": "Tu mensaje es demasiado largo. Acórtalo y envíalo de nuevo.",
  "http.invalid_utf8": "Tu mensaje contiene caracteres que no se han podido leer. Revísalo y envíalo de nuevo.",
  "http.invalid_json":
    "La página envió el mensaje de una forma que el servicio no ha entendido. Recarga la página y vuelve a " +
    "intentarlo.",
  "http.missing_message":
    "La página envió el mensaje de una forma que el servicio no ha entendido. Recarga la página y vuelve a " +
    "intentarlo.",
  "http.invalid_message":
    "La página envió el mensaje de una forma que el servicio no ha entendido. Recarga la página y vuelve a " +
    "intentarlo.",
  "http.empty_message": "Tu mensaje está vacío. Escribe algo y envíalo de nuevo.",
  "http.session_not_found":
    "Esta conversación ha caducado o ya no existe. Vuelve a intentarlo para enviar tu mensaje en un chat " +
    "nuevo.",
  "http.storage_unavailable":
    "No se ha podido leer la conversación en este momento. Vuelve a intentarlo en unos instantes.",
  "http.token_budget_exhausted":
    "Esta conversación ha alcanzado su límite de uso. Inicia un chat nuevo para continuar.",
  "http.service_budget_exhausted":
    "El servicio de chat ha alcanzado su límite de uso de hoy. Vuelve a intentarlo mañana.",
  "http.session_busy":
    "Tu mensaje anterior todavía se está respondiendo. Espera un momento y vuelve a enviar este.",

  "stream.model_throttled":
    "El modelo de IA está recibiendo demasiadas solicitudes ahora mismo, así que la respuesta se detuvo.",
  "stream.model_stream_error": "La respuesta del modelo de IA se interrumpió.",
  "stream.model_unavailable": "El modelo de IA no está disponible temporalmente.",
  "stream.model_error": "El modelo de IA no pudo responder a esta solicitud.",
  "stream.pii_detection_unavailable":
    "Tu mensaje no se envió al modelo de IA porque la comprobación de privacidad que protege tus datos " +
    "personales no está disponible en este momento.",
  "stream.storage_unavailable": "No se pudo guardar la conversación, así que la respuesta se detuvo.",
  "stream.session_busy": "Otro mensaje de esta conversación todavía se estaba respondiendo.",
  "stream.token_budget_exhausted":
    "Esta conversación ha alcanzado su límite de uso. Empieza un nuevo chat para continuar.",
  "stream.tool_result_detection_unavailable":
    "La comprobación de privacidad que protege tus datos personales dejó de estar disponible al revisar el " +
    "resultado de una herramienta, así que la respuesta se detuvo ahí.",
  "stream.storage_limit_exceeded": "Tu mensaje es demasiado grande para guardarlo. Acórtalo y envíalo de nuevo.",
  "stream.service_budget_exhausted":
    "El servicio de chat ha alcanzado su límite de uso de hoy, así que la respuesta se detuvo. Vuelve a " +
    "intentarlo mañana.",
  "stream.configuration_unavailable": "El servicio de chat no está disponible temporalmente.",
  "stream.tool_rounds_exhausted":
    "La respuesta necesitaba más llamadas a herramientas de las que permite este servicio, así que se detuvo.",
  "stream.internal_error": "Algo salió mal por nuestra parte y la respuesta no se pudo completar.",
  "stream.unknown": "Algo salió mal y la respuesta no se pudo completar.",

  "received.show": "Lo que recibió la IA",
  "received.loading": "Cargando lo que recibió la IA…",
  "received.lead":
    "El modelo de IA recibió exactamente este texto. Cada marcador resaltado sustituye un dato tuyo que se " +
    "quedó en este servicio; la IA nunca lo vio.",
  "received.nothingReplaced":
    "Nada de este mensaje se reconoció como dato personal, así que el modelo de IA lo recibió tal como lo " +
    "escribiste.",
  "received.legend": "Tipos de marcador",
  "received.typed":
    "{typed} es texto que escribiste tú, no un marcador: la IA lo recibió entre corchetes de ancho " +
    "completo y no se puso nada en su lugar.",
  "received.missing":
    "Este mensaje no está en la conversación guardada, así que no hay nada que mostrar. Un mensaje que el " +
    "servicio rechazó antes de llamar al modelo de IA (por ejemplo, mientras la comprobación de privacidad no" +
    " estaba disponible) nunca le llegó y no se guarda.",
  "received.failed": "No se pudo cargar lo que recibió la IA. Ciérralo y vuelve a abrirlo para reintentarlo.",
  "received.toolsLead":
    "Para esta respuesta, el modelo de IA usó herramientas. Escribió sus entradas con marcadores (las " +
    "herramientas recibieron tus datos dentro de la región de este servicio) y también recibió sus resultados" +
    " con marcadores.",
  "received.toolInput": "Herramienta ({tool}), entrada tal como la escribió la IA:",
  "received.toolResult": "Herramienta ({tool}), resultado tal como lo recibió la IA:",
  "pii.NAME": "nombre de una persona",
  "pii.EMAIL": "dirección de correo electrónico",
  "pii.PHONE": "número de teléfono",
  "pii.IBAN": "número de cuenta bancaria (IBAN)",
  "pii.CARD": "número de tarjeta de pago",
  "pii.ADDRESS": "dirección postal",
  "pii.NATIONAL_ID": "número de identidad, fiscal o de la seguridad social",
  "pii.BANK_ACCOUNT": "número de cuenta bancaria",
  "pii.SWIFT_CODE": "código SWIFT/BIC de un banco",
  "pii.CARD_CVV": "código de seguridad de una tarjeta",
  "pii.CARD_EXPIRY": "fecha de caducidad de una tarjeta",
  "pii.PIN": "código PIN",
  "pii.HEALTH_ID": "número de la tarjeta sanitaria",
  "pii.PASSPORT": "número de pasaporte",
  "pii.DRIVER_ID": "número del permiso de conducir",
  "pii.DATE": "fecha u hora",
  "pii.BIRTH_DATE": "fecha de nacimiento",
  "pii.AGE": "edad",
  "pii.URL": "dirección web",
  "pii.USERNAME": "nombre de usuario",
  "pii.PASSWORD": "contraseña",
  "pii.SECRET": "clave de acceso o secreto",
  "pii.IP_ADDRESS": "dirección IP",
  "pii.MAC_ADDRESS": "dirección MAC de un dispositivo",
  "pii.LICENSE_PLATE": "matrícula de un vehículo",
  "pii.VEHICLE_ID": "número de identificación de un vehículo (VIN)",
  "pii.nationalIdOf": "número de identidad, fiscal o de la seguridad social ({country})",
  "pii.other": "otro dato personal",
};
