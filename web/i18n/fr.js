// Français : les mêmes clés que en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Aller à la zone de message",
  "page.newChat": "Nouvelle conversation",
  "page.language": "Langue",
  "page.privacyLead": "Votre vie privée :",
  "page.privacyText":
    "les données personnelles de vos messages (noms, coordonnées, numéros bancaires et d'identité) sont " +
    "remplacées par des marqueurs avant d'atteindre le modèle d'IA ; vous voyez toujours vos propres données " +
    "dans les réponses. Votre conversation est traitée et conservée uniquement dans la région de ce service.",
  "page.conversation": "Conversation",
  "page.empty":
    "Posez une question pour commencer. Votre conversation reste dans cet onglet du navigateur jusqu'à ce que" +
    " vous le fermiez ou commenciez une nouvelle conversation.",
  "page.messages": "Messages",
  "page.composerLabel": "Votre message",
  "page.send": "Envoyer",
  "page.stop": "Arrêter",
  "page.composerHint": "Entrée envoie, Maj+Entrée ajoute une ligne, Échap arrête une réponse.",

  "rights.download": "Télécharger",
  "rights.downloadText": "Texte lisible (.txt)",
  "rights.downloadJson": "Données (.json)",
  "rights.downloaded": "La conversation a été téléchargée.",
  "rights.downloadFailed": "La conversation n'a pas pu être téléchargée. Veuillez réessayer dans un instant.",
  "rights.fileTitle": "Conversation téléchargée le {date}",
  "rights.delete": "Supprimer cette conversation",
  "rights.confirmTitle": "Supprimer cette conversation ?",
  "rights.confirmText":
    "Ses messages et les données personnelles conservées avec eux sont effacés immédiatement du service. " +
    "Cette action est irréversible ; vous pouvez d'abord télécharger la conversation.",
  "rights.confirmDelete": "Supprimer",
  "rights.cancel": "Annuler",
  "rights.deleted": "La conversation a été supprimée du service.",
  "rights.deleteFailed": "La conversation n'a pas pu être supprimée. Veuillez réessayer dans un instant.",

  "role.user": "Vous",
  "role.assistant": "Assistant",
  "role.system": "Avis",
  "msg.typing": "L'assistant écrit",
  "msg.stopped": "Arrêtée",
  "msg.incomplete": "Réponse incomplète",
  "msg.emptyAnswer": "L'assistant a donné une réponse vide.",
  "msg.errorCode": "Code d'erreur : {code}",
  "msg.retry": "Réessayer",
  "msg.tokens": { one: "{count} jeton", many: "{count} de jetons", other: "{count} jetons" },
  "msg.restoredFailed": "Cette réponse n'a pas abouti. Vous pouvez renvoyer la question.",
  "msg.restoredUnanswered": "Votre dernier message n'a pas reçu de réponse. Vous pouvez le renvoyer.",
  "tool.using": "Utilisation de {tool}…",
  "tool.loan_calculator": "la calculatrice de prêt",
  "tool.other": "Utilisation d'un outil ({name})…",
  "msg.toolsUsed": "Outils utilisés : {tools}",

  "status.sent": "Message envoyé. L'assistant répond.",
  "status.complete": "La réponse est complète.",
  "status.stopped": "Vous avez arrêté la réponse.",
  "status.failed": "La réponse a échoué.",
  "status.loading": "Chargement de votre conversation.",
  "status.loaded": "Votre conversation est chargée.",
  "status.newChat": "Nouvelle conversation commencée.",

  "history.gone":
    "Votre conversation précédente n'est plus disponible. Votre prochain message commence une nouvelle " +
    "conversation.",
  "history.failed": "Vos messages précédents n'ont pas pu être chargés.",
  "history.reload": "Les charger à nouveau",

  "error.geoBlocked":
    "Désolé, ce chat n'est pas disponible dans votre pays ou région. L'accès est limité aux lieux où ce " +
    "service est proposé.",
  "error.refused": "L'accès au service de chat a été refusé.",
  "error.tooLong": "Votre message est trop long. Raccourcissez-le et renvoyez-le.",
  "error.busy": "Le service de chat est très sollicité en ce moment. Veuillez réessayer dans un instant.",
  "error.unavailable": "Le service de chat est temporairement indisponible. Réessayez dans un instant.",
  "error.unexpectedHttp": "Le service de chat a répondu par une erreur inattendue (HTTP {status}).",
  "error.network": "Le service de chat est injoignable. Vérifiez votre connexion et réessayez.",
  "error.interrupted": "La connexion a été interrompue avant que la réponse ne soit complète.",
  "error.unexpectedResponse": "Le service de chat a envoyé une réponse inattendue. Réessayez.",
  "error.tryAgain": "Vous pouvez réessayer.",

  "http.method_not_allowed":
    "La page a envoyé le message d'une manière que le service n'accepte pas. Veuillez recharger la page et " +
    "réessayer.",
  "http.unsupported_media_type":
    "La page a envoyé le message dans un format que le service n'accepte pas. Veuillez recharger la page et " +
    "réessayer.",
  "http.missing_session_id":
    "Cette conversation est introuvable. Réessayez pour envoyer votre message dans une nouvelle conversation.",
  "http.invalid_session_id":
    "Cette conversation est introuvable. Réessayez pour envoyer votre message dans une nouvelle conversation.",
  "http.message_too_large": "Votre message est trop long. Veuillez le raccourcir et l'envoyer à nouveau.",
  "http.invalid_utf8":
    "Votre message contient des caractères illisibles. Veuillez le vérifier et l'envoyer à nouveau.",
  "http.invalid_json":
    "La page a envoyé le message sous une forme que le service n'a pas comprise. Veuillez recharger la page " +
    "et réessayer.",
  "http.missing_message":
    "La page a envoyé le message sous une forme que le service n'a pas comprise. Veuillez recharger la page " +
    "et réessayer.",
  "http.invalid_message":
    "La page a envoyé le message sous une forme que le service n'a pas comprise. Veuillez recharger la page " +
    "et réessayer.",
  "http.empty_message": "Votre message est vide. Veuillez écrire quelque chose et l'envoyer à nouveau.",
  "http.session_not_found":
    "Cette conversation a expiré ou n'existe plus. Réessayez pour envoyer votre message dans une nouvelle " +
    "conversation.",
  "http.storage_unavailable":
    "La conversation ne peut pas être lue pour le moment. Veuillez réessayer dans un instant.",
  "http.token_budget_exhausted":
    "Cette conversation a atteint sa limite d'utilisation. Commencez une nouvelle conversation pour " +
    "continuer.",
  "http.service_budget_exhausted":
    "Le service de chat a atteint sa limite d'utilisation pour aujourd'hui. Veuillez réessayer demain.",
  "http.session_busy":
    "Votre message précédent est encore en cours de réponse. Patientez un instant, puis renvoyez celui-ci.",

  "stream.model_throttled": "Le modèle d'IA reçoit trop de demandes en ce moment, la réponse s'est donc arrêtée.",
  "stream.model_stream_error": "La réponse du modèle d'IA a été interrompue.",
  "stream.model_unavailable": "Le modèle d'IA est temporairement indisponible.",
  "stream.model_error": "Le modèle d'IA n'a pas pu répondre à cette demande.",
  "stream.pii_detection_unavailable":
    "Votre message n'a pas été envoyé au modèle d'IA car la vérification de confidentialité qui protège vos " +
    "données personnelles est indisponible pour le moment.",
  "stream.storage_unavailable": "La conversation n'a pas pu être enregistrée, la réponse s'est donc arrêtée.",
  "stream.session_busy": "Un autre message de cette conversation était encore en cours de réponse.",
  "stream.token_budget_exhausted":
    "Cette conversation a atteint sa limite d'utilisation. Commencez une nouvelle conversation pour " +
    "continuer.",
  "stream.tool_result_detection_unavailable":
    "La vérification de confidentialité qui protège vos données personnelles est devenue indisponible pendant " +
    "le contrôle du résultat d'un outil, la réponse s'est donc arrêtée là.",
  "stream.storage_limit_exceeded":
    "Votre message est trop volumineux pour être enregistré. Veuillez le raccourcir et l'envoyer à nouveau.",
  "stream.service_budget_exhausted":
    "Le service de chat a atteint sa limite d'utilisation pour aujourd'hui, la réponse s'est donc arrêtée. " +
    "Veuillez réessayer demain.",
  "stream.configuration_unavailable": "Le service de chat est temporairement indisponible.",
  "stream.tool_rounds_exhausted":
    "La réponse demandait plus d'appels d'outils que ce service n'en permet, elle s'est donc arrêtée.",
  "stream.internal_error": "Un problème est survenu de notre côté et la réponse n'a pas pu être terminée.",
  "stream.unknown": "Un problème est survenu et la réponse n'a pas pu être terminée.",

  "received.show": "Ce que l'IA a reçu",
  "received.loading": "Chargement de ce que l'IA a reçu…",
  "received.lead":
    "Le modèle d'IA a reçu exactement ce texte. Chaque marqueur surligné remplace une de vos données, restée " +
    "dans ce service ; l'IA ne l'a jamais vue.",
  "received.nothingReplaced":
    "Rien dans ce message n'a été reconnu comme donnée personnelle : le modèle d'IA l'a donc reçu tel que " +
    "vous l'avez écrit.",
  "received.legend": "Types de marqueurs",
  "received.typed":
    "{typed} est un texte que vous avez saisi vous-même, pas un marqueur : l'IA l'a reçu entre crochets " +
    "pleine largeur et rien n'a été mis à sa place.",
  "received.missing":
    "Ce message ne figure pas dans la conversation enregistrée : il n'y a rien à afficher. Un message refusé " +
    "par le service avant l'appel au modèle d'IA (par exemple pendant une indisponibilité du contrôle de " +
    "confidentialité) ne lui est jamais parvenu et n'est pas enregistré.",
  "received.failed": "Impossible de charger ce que l'IA a reçu. Refermez puis rouvrez pour réessayer.",
  "received.toolsLead":
    "Pour cette réponse, le modèle d'IA a utilisé des outils. Il a rédigé leurs entrées avec des marqueurs " +
    "(les outils ont reçu vos données dans la région de ce service) et a aussi reçu leurs résultats avec des " +
    "marqueurs.",
  "received.toolInput": "Outil ({tool}), entrée telle que l'IA l'a écrite :",
  "received.toolResult": "Outil ({tool}), résultat tel que l'IA l'a reçu :",
  "pii.NAME": "nom d'une personne",
  "pii.EMAIL": "adresse e-mail",
  "pii.PHONE": "numéro de téléphone",
  "pii.IBAN": "numéro de compte bancaire (IBAN)",
  "pii.CARD": "numéro de carte de paiement",
  "pii.ADDRESS": "adresse postale",
  "pii.NATIONAL_ID": "numéro d'identité, fiscal ou de sécurité sociale",
  "pii.BANK_ACCOUNT": "numéro de compte bancaire",
  "pii.SWIFT_CODE": "code SWIFT/BIC d'une banque",
  "pii.CARD_CVV": "code de sécurité d'une carte",
  "pii.CARD_EXPIRY": "date d'expiration d'une carte",
  "pii.PIN": "code PIN",
  "pii.HEALTH_ID": "numéro d'assurance maladie",
  "pii.PASSPORT": "numéro de passeport",
  "pii.DRIVER_ID": "numéro de permis de conduire",
  "pii.DATE": "date ou heure",
  "pii.BIRTH_DATE": "date de naissance",
  "pii.AGE": "âge",
  "pii.URL": "adresse web",
  "pii.USERNAME": "nom d'utilisateur",
  "pii.PASSWORD": "mot de passe",
  "pii.SECRET": "clé d'accès ou secret",
  "pii.IP_ADDRESS": "adresse IP",
  "pii.MAC_ADDRESS": "adresse MAC d'un appareil",
  "pii.LICENSE_PLATE": "plaque d'immatriculation",
  "pii.VEHICLE_ID": "numéro d'identification d'un véhicule (VIN)",
  "pii.nationalIdOf": "numéro d'identité, fiscal ou de sécurité sociale ({country})",
  "pii.other": "autre donnée personnelle",
};
