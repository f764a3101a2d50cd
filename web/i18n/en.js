// English: every user-visible string of the page. `{name}` marks a value filled in by i18n.js; an object is a
// plural (one form per Intl.PluralRules category of the language, `{count}` formatted by Intl).
// Other catalogs have exactly these keys (a Node test checks it, placeholders and plural categories included).

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Skip to the message box",
  "page.newChat": "New chat",
  "page.language": "Language",
  "page.privacyLead": "Your privacy:",
  "page.privacyText":
    "personal data in your messages (names, contact details, bank and ID numbers) is replaced with placeholders " +
    "before it reaches the AI model; you still see your own data in the answers. Your conversation is processed " +
    "and stored only in this service's region.",
  "page.conversation": "Conversation",
  "page.empty":
    "Ask a question to start. Your conversation stays in this browser tab until you close it or start a new chat.",
  "page.messages": "Messages",
  "page.composerLabel": "Your message",
  "page.send": "Send",
  "page.stop": "Stop",
  "page.composerHint": "Enter sends, Shift+Enter starts a new line, Escape stops an answer.",

  // The conversation's Download menu and "Delete this conversation" (rights-view.js).
  "rights.download": "Download",
  "rights.downloadText": "Readable text (.txt)",
  "rights.downloadJson": "Data (.json)",
  "rights.downloaded": "The conversation was downloaded.",
  "rights.downloadFailed": "The conversation could not be downloaded. Please try again in a moment.",
  "rights.fileTitle": "Conversation downloaded on {date}",
  "rights.delete": "Delete this conversation",
  "rights.confirmTitle": "Delete this conversation?",
  "rights.confirmText":
    "Its messages and the personal data kept with them are erased from the service at once. This cannot be " +
    "undone; you can download the conversation first.",
  "rights.confirmDelete": "Delete",
  "rights.cancel": "Cancel",
  "rights.deleted": "The conversation was deleted from the service.",
  "rights.deleteFailed": "The conversation could not be deleted. Please try again in a moment.",

  "role.user": "You",
  "role.assistant": "Assistant",
  "role.system": "Notice",
  "msg.typing": "The assistant is typing",
  "msg.stopped": "Stopped",
  "msg.incomplete": "Incomplete answer",
  "msg.emptyAnswer": "The assistant gave an empty answer.",
  "msg.errorCode": "Error code: {code}",
  "msg.retry": "Retry",
  "msg.tokens": { one: "{count} token", other: "{count} tokens" },
  "msg.restoredFailed": "This answer did not complete. You can send the question again.",
  "msg.restoredUnanswered": "Your last message got no answer. You can send it again.",
  "tool.using": "Using the {tool}…",
  "tool.loan_calculator": "loan calculator",
  "tool.other": "Using a tool ({name})…",
  "msg.toolsUsed": "Tools used: {tools}",

  "status.sent": "Message sent. The assistant is answering.",
  "status.complete": "The answer is complete.",
  "status.stopped": "You stopped the answer.",
  "status.failed": "The answer failed.",
  "status.loading": "Loading your conversation.",
  "status.loaded": "Your conversation is loaded.",
  "status.newChat": "New chat started.",

  "history.gone": "Your previous conversation is no longer available. Your next message starts a new chat.",
  "history.failed": "Your previous messages could not be loaded.",
  "history.reload": "Load them again",

  // Answers that come from the edge or the network, not from the service's own error codes.
  "error.geoBlocked":
    "Sorry, this chat is not available in your country or region. Access is limited to the locations this " +
    "service is offered in.",
  "error.refused": "Access to the chat service was refused.",
  "error.tooLong": "Your message is too long. Please shorten it and send it again.",
  "error.busy": "The chat service is busy right now. Please try again in a moment.",
  "error.unavailable": "The chat service is temporarily unavailable. Please try again in a moment.",
  "error.unexpectedHttp": "The chat service answered with an unexpected error (HTTP {status}).",
  "error.network": "The chat service could not be reached. Check your connection and try again.",
  "error.interrupted": "The connection was interrupted before the answer was complete.",
  "error.unexpectedResponse": "The chat service sent an unexpected answer. Please try again.",
  "error.tryAgain": "You can try again.",

  // The service's error codes (runtime/errors.py, through facts.js): `http.<code>` before the stream,
  // `stream.<code>` as its last event. A test checks that every declared code has its key here.
  "http.method_not_allowed":
    "The page sent the message in a way the service did not accept. Please reload the page and try again.",
  "http.unsupported_media_type":
    "The page sent the message in a format the service did not accept. Please reload the page and try again.",
  "http.missing_session_id": "This conversation could not be found. Retry to send your message in a new chat.",
  "http.invalid_session_id": "This conversation could not be found. Retry to send your message in a new chat.",
  "http.message_too_large": "Your message is too long. Please shorten it and send it again.",
  "http.invalid_utf8": "Your message contains characters that could not be read. Please check it and send it again.",
  "http.invalid_json":
    "The page sent the message in a form the service did not understand. Please reload the page and try again.",
  "http.missing_message":
    "The page sent the message in a form the service did not understand. Please reload the page and try again.",
  "http.invalid_message":
    "The page sent the message in a form the service did not understand. Please reload the page and try again.",
  "http.empty_message": "Your message is empty. Please write something and send it again.",
  "http.session_not_found":
    "This conversation has expired or no longer exists. Retry to send your message in a new chat.",
  "http.storage_unavailable": "The conversation could not be read right now. Please try again in a moment.",
  "http.token_budget_exhausted": "This conversation has reached its usage limit. Start a new chat to continue.",
  "http.service_budget_exhausted":
    "The chat service has reached its usage limit for today. Please try again tomorrow.",
  "http.session_busy": "Your previous message is still being answered. Wait a moment, then send this one again.",

  "stream.model_throttled": "The AI model is receiving too many requests right now, so the answer stopped.",
  "stream.model_stream_error": "The AI model's answer was interrupted.",
  "stream.model_unavailable": "The AI model is temporarily unavailable.",
  "stream.model_error": "The AI model could not answer this request.",
  "stream.pii_detection_unavailable":
    "Your message was not sent to the AI model because the privacy check that protects your personal data is " +
    "unavailable right now.",
  "stream.storage_unavailable": "The conversation could not be saved, so the answer stopped.",
  "stream.session_busy": "Another message of this conversation was still being answered.",
  "stream.token_budget_exhausted": "This conversation has reached its usage limit. Start a new chat to continue.",
  "stream.tool_result_detection_unavailable":
    "The privacy check that protects your personal data became unavailable while checking a tool's result, so " +
    "the answer stopped there.",
  "stream.storage_limit_exceeded": "Your message is too large to be saved. Please shorten it and send it again.",
  "stream.service_budget_exhausted":
    "The chat service has reached its usage limit for today, so the answer stopped. Please try again tomorrow.",
  "stream.configuration_unavailable": "The chat service is temporarily unavailable.",
  "stream.tool_rounds_exhausted": "The answer needed more tool calls than this service allows, so it stopped.",
  "stream.internal_error": "Something went wrong on our side and the answer could not be completed.",
  "stream.unknown": "Something went wrong and the answer could not be completed.",

  // "What the AI received" (received-view.js) and what each placeholder type stands for (never a value).
  "received.show": "What the AI received",
  "received.loading": "Loading what the AI received…",
  "received.lead":
    "The AI model received exactly this text. Each highlighted placeholder stands for a value of yours that " +
    "stayed with this service; the AI never saw it.",
  "received.nothingReplaced":
    "Nothing in this message was recognized as personal data, so the AI model received it exactly as you " +
    "wrote it.",
  "received.legend": "Placeholder types",
  "received.typed":
    "{typed} is text you typed yourself, not a placeholder: the AI received it in full-width brackets, " +
    "and nothing was put in its place.",
  "received.missing":
    "This message is not in the saved conversation, so there is nothing to show. A message the service " +
    "refused before calling the AI model (for example while the privacy check was unavailable) never reached " +
    "it and is not saved.",
  "received.failed": "What the AI received could not be loaded. Close this and open it again to retry.",
  "received.toolsLead":
    "For this answer the AI model used tools. It wrote their inputs with placeholders (the tools got your " +
    "values inside this service's region) and received their results with placeholders too.",
  "received.toolInput": "Tool ({tool}), input as the AI wrote it:",
  "received.toolResult": "Tool ({tool}), result as the AI received it:",
  "pii.NAME": "a person's name",
  "pii.EMAIL": "an e-mail address",
  "pii.PHONE": "a phone number",
  "pii.IBAN": "a bank account number (IBAN)",
  "pii.CARD": "a payment card number",
  "pii.ADDRESS": "a postal address",
  "pii.NATIONAL_ID": "a national ID, tax or social-security number",
  "pii.BANK_ACCOUNT": "a bank account or routing number",
  "pii.SWIFT_CODE": "a bank's SWIFT/BIC code",
  "pii.CARD_CVV": "a card's security code",
  "pii.CARD_EXPIRY": "a card's expiry date",
  "pii.PIN": "a PIN",
  "pii.HEALTH_ID": "a health insurance number",
  "pii.PASSPORT": "a passport number",
  "pii.DRIVER_ID": "a driving licence number",
  "pii.DATE": "a date or time",
  "pii.BIRTH_DATE": "a date of birth",
  "pii.AGE": "an age",
  "pii.URL": "a web address",
  "pii.USERNAME": "a user name",
  "pii.PASSWORD": "a password",
  "pii.SECRET": "an access key or secret",
  "pii.IP_ADDRESS": "an IP address",
  "pii.MAC_ADDRESS": "a device's MAC address",
  "pii.LICENSE_PLATE": "a vehicle registration plate",
  "pii.VEHICLE_ID": "a vehicle identification number (VIN)",
  "pii.nationalIdOf": "a national ID, tax or social-security number ({country})",
  "pii.other": "other personal data",
};
