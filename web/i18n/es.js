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
    "Haz una pregunta para empezar. Tu conversación se queda en esta pestaña del navegador hasta que la cierres " +
    "o empieces un nuevo chat.",
  "page.messages": "Mensajes",
  "page.composerLabel": "Tu mensaje",
  "page.send": "Enviar",
  "page.stop": "Detener",
  "page.composerHint": "Intro envía, Mayús+Intro crea una línea nueva, Escape detiene una respuesta.",

  "role.user": "Tú",
  "role.assistant": "Asistente",
  "role.system": "Aviso",
  "msg.typing": "El asistente está escribiendo",
  "msg.stopped": "Detenida",
  "msg.incomplete": "Respuesta incompleta",
  "msg.emptyAnswer": "El asistente dio una respuesta vacía.",
  "msg.errorCode": "Código de error: {code}",
  "msg.retry": "Reintentar",
  "msg.tokens": "{count} tokens",
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
    "Lo sentimos, este chat no está disponible en tu país o región. El acceso se limita a los lugares donde se " +
    "ofrece este servicio.",
  "error.expired": "Esta conversación ha caducado o ya no existe. Reintenta para enviar tu mensaje en un nuevo chat.",
  "error.invalid": "No se pudo enviar el mensaje: estaba vacío o no era válido. Revísalo y envíalo de nuevo.",
  "error.tooLong": "Tu mensaje es demasiado largo. Acórtalo y envíalo de nuevo.",
  "error.notAccepted":
    "La página envió el mensaje de una forma que el servicio no aceptó. Recarga la página e inténtalo de nuevo.",
  "error.usageLimit": "Esta conversación ha alcanzado su límite de uso. Empieza un nuevo chat para continuar.",
  "error.serviceBudget": "El servicio de chat ha alcanzado su límite de uso de hoy. Vuelve a intentarlo mañana.",
  "error.refused": "Se ha denegado el acceso al servicio de chat.",
  "error.unavailable": "El servicio de chat no está disponible temporalmente. Inténtalo de nuevo en un momento.",
  "error.unexpectedHttp": "El servicio de chat respondió con un error inesperado (HTTP {status}).",
  "error.network": "No se pudo contactar con el servicio de chat. Comprueba tu conexión e inténtalo de nuevo.",
  "error.interrupted": "La conexión se interrumpió antes de que la respuesta estuviera completa.",
  "error.unexpectedResponse": "El servicio de chat envió una respuesta inesperada. Inténtalo de nuevo.",
  "error.tryAgain": "Puedes intentarlo de nuevo.",

  "stream.model_throttled": "El modelo de IA está recibiendo demasiadas solicitudes ahora mismo, así que la respuesta se detuvo.",
  "stream.model_stream_error": "La respuesta del modelo de IA se interrumpió.",
  "stream.model_unavailable": "El modelo de IA no está disponible temporalmente.",
  "stream.model_error": "El modelo de IA no pudo responder a esta solicitud.",
  "stream.pii_detection_unavailable":
    "Tu mensaje no se envió al modelo de IA porque la comprobación de privacidad que protege tus datos " +
    "personales no está disponible en este momento.",
  "stream.storage_unavailable": "No se pudo guardar la conversación, así que la respuesta se detuvo.",
  "stream.session_busy": "Otro mensaje de esta conversación todavía se estaba respondiendo.",
  "stream.token_budget_exhausted": "Esta conversación ha alcanzado su límite de uso. Empieza un nuevo chat para continuar.",
  "stream.configuration_unavailable": "El servicio de chat no está disponible temporalmente.",
  "stream.internal_error": "Algo salió mal por nuestra parte y la respuesta no se pudo completar.",
  "stream.model_other": "El modelo de IA tuvo un problema y no pudo terminar la respuesta.",
  "stream.unknown": "Algo salió mal y la respuesta no se pudo completar.",
  "stream.tool_rounds_exhausted": "La respuesta necesitaba más llamadas a herramientas de las que permite este servicio, así que se detuvo.",
};
