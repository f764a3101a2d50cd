// Português (europeu): as mesmas chaves de en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Saltar para a caixa de mensagem",
  "page.newChat": "Nova conversa",
  "page.language": "Idioma",
  "page.privacyLead": "A sua privacidade:",
  "page.privacyText":
    "os dados pessoais das suas mensagens (nomes, contactos, números bancários e de identificação) são " +
    "substituídos por marcadores antes de chegarem ao modelo de IA; nas respostas continua a ver os seus " +
    "próprios dados. A sua conversa é processada e guardada apenas na região deste serviço.",
  "page.conversation": "Conversa",
  "page.empty":
    "Faça uma pergunta para começar. A sua conversa fica neste separador do navegador até o fechar ou iniciar" +
    " uma nova conversa.",
  "page.messages": "Mensagens",
  "page.composerLabel": "A sua mensagem",
  "page.send": "Enviar",
  "page.stop": "Parar",
  "page.composerHint": "Enter envia, Shift+Enter muda de linha, Escape interrompe uma resposta.",

  "rights.download": "Transferir",
  "rights.downloadText": "Texto legível (.txt)",
  "rights.downloadJson": "Dados (.json)",
  "rights.downloaded": "A conversa foi transferida.",
  "rights.downloadFailed": "Não foi possível transferir a conversa. Tente novamente dentro de momentos.",
  "rights.fileTitle": "Conversa transferida em {date}",
  "rights.delete": "Eliminar esta conversa",
  "rights.confirmTitle": "Eliminar esta conversa?",
  "rights.confirmText":
    "As mensagens e os dados pessoais guardados com elas são apagados do serviço de imediato. Esta ação não " +
    "pode ser anulada; pode transferir a conversa antes.",
  "rights.confirmDelete": "Eliminar",
  "rights.cancel": "Cancelar",
  "rights.deleted": "A conversa foi eliminada do serviço.",
  "rights.deleteFailed": "Não foi possível eliminar a conversa. Tente novamente dentro de momentos.",

  "role.user": "Você",
  "role.assistant": "Assistente",
  "role.system": "Aviso",
  "msg.typing": "O assistente está a escrever",
  "msg.stopped": "Interrompida",
  "msg.incomplete": "Resposta incompleta",
  "msg.emptyAnswer": "O assistente deu uma resposta vazia.",
  "msg.errorCode": "Código de erro: {code}",
  "msg.retry": "Tentar novamente",
  "msg.tokens": { one: "{count} token", many: "{count} de tokens", other: "{count} tokens" },
  "msg.restoredFailed": "Esta resposta não foi concluída. Pode enviar a pergunta novamente.",
  "msg.restoredUnanswered": "A sua última mensagem ficou sem resposta. Pode enviá-la novamente.",
  "tool.using": "A usar a {tool}…",
  "tool.loan_calculator": "calculadora de empréstimos",
  "tool.other": "A usar uma ferramenta ({name})…",
  "msg.toolsUsed": "Ferramentas usadas: {tools}",

  "status.sent": "Mensagem enviada. O assistente está a responder.",
  "status.complete": "A resposta está completa.",
  "status.stopped": "Interrompeu a resposta.",
  "status.failed": "A resposta falhou.",
  "status.loading": "A carregar a sua conversa.",
  "status.loaded": "A sua conversa foi carregada.",
  "status.newChat": "Nova conversa iniciada.",

  "history.gone": "A sua conversa anterior já não está disponível. A próxima mensagem inicia uma nova conversa.",
  "history.failed": "Não foi possível carregar as suas mensagens anteriores.",
  "history.reload": "Carregar novamente",

  "error.geoBlocked":
    "Lamentamos, este chat não está disponível no seu país ou região. O acesso está limitado aos locais onde " +
    "este serviço é oferecido.",
  "error.refused": "O acesso ao serviço de chat foi recusado.",
  "error.tooLong": "A sua mensagem é demasiado longa. Encurte-a e envie-a novamente.",
  "error.busy": "O serviço de chat está sobrecarregado neste momento. Tente novamente dentro de momentos.",
  "error.unavailable": "O serviço de chat está temporariamente indisponível. Tente novamente dentro de momentos.",
  "error.unexpectedHttp": "O serviço de chat respondeu com um erro inesperado (HTTP {status}).",
  "error.network": "Não foi possível contactar o serviço de chat. Verifique a sua ligação e tente novamente.",
  "error.interrupted": "A ligação foi interrompida antes de a resposta estar completa.",
  "error.unexpectedResponse": "O serviço de chat enviou uma resposta inesperada. Tente novamente.",
  "error.tryAgain": "Pode tentar novamente.",

  "http.method_not_allowed":
    "A página enviou a mensagem de uma forma que o serviço não aceita. Recarregue a página e tente novamente.",
  "http.unsupported_media_type":
    "A página enviou a mensagem num formato que o serviço não aceita. Recarregue a página e tente novamente.",
  "http.missing_session_id":
    "Esta conversa não foi encontrada. Tente novamente para enviar a sua mensagem numa nova conversa.",
  "http.invalid_session_id":
    "Esta conversa não foi encontrada. Tente novamente para enviar a sua mensagem numa nova conversa.",
  "http.message_too_large": "A sua mensagem é demasiado longa. Encurte-a e envie-a novamente.",
  "http.invalid_utf8": "A sua mensagem contém caracteres que não foi possível ler. Verifique-a e envie-a novamente.",
  "http.invalid_json":
    "A página enviou a mensagem de uma forma que o serviço não entendeu. Recarregue a página e tente " +
    "novamente.",
  "http.missing_message":
    "A página enviou a mensagem de uma forma que o serviço não entendeu. Recarregue a página e tente " +
    "novamente.",
  "http.invalid_message":
    "A página enviou a mensagem de uma forma que o serviço não entendeu. Recarregue a página e tente " +
    "novamente.",
  "http.empty_message": "A sua mensagem está vazia. Escreva algo e envie-a novamente.",
  "http.session_not_found":
    "Esta conversa expirou ou já não existe. Tente novamente para enviar a sua mensagem numa nova conversa.",
  "http.storage_unavailable": "Não foi possível ler a conversa neste momento. Tente novamente dentro de momentos.",
  "http.token_budget_exhausted":
    "Esta conversa atingiu o seu limite de utilização. Inicie uma nova conversa para continuar.",
  "http.service_budget_exhausted":
    "O serviço de chat atingiu o seu limite de utilização de hoje. Tente novamente amanhã.",
  "http.session_busy":
    "A sua mensagem anterior ainda está a ser respondida. Aguarde um momento e envie esta novamente.",

  "stream.model_throttled":
    "O modelo de IA está a receber demasiados pedidos neste momento, por isso a resposta parou.",
  "stream.model_stream_error": "A resposta do modelo de IA foi interrompida.",
  "stream.model_unavailable": "O modelo de IA está temporariamente indisponível.",
  "stream.model_error": "O modelo de IA não conseguiu responder a este pedido.",
  "stream.pii_detection_unavailable":
    "A sua mensagem não foi enviada ao modelo de IA porque a verificação de privacidade que protege os seus " +
    "dados pessoais está indisponível neste momento.",
  "stream.storage_unavailable": "Não foi possível guardar a conversa, por isso a resposta parou.",
  "stream.session_busy": "Outra mensagem desta conversa ainda estava a ser respondida.",
  "stream.token_budget_exhausted":
    "Esta conversa atingiu o seu limite de utilização. Inicie uma nova conversa para continuar.",
  "stream.tool_result_detection_unavailable":
    "A verificação de privacidade que protege os seus dados pessoais ficou indisponível ao verificar o " +
    "resultado de uma ferramenta, por isso a resposta parou aí.",
  "stream.storage_limit_exceeded":
    "A sua mensagem é demasiado grande para ser guardada. Encurte-a e envie-a novamente.",
  "stream.service_budget_exhausted":
    "O serviço de chat atingiu o seu limite de utilização de hoje, por isso a resposta parou. Tente novamente " +
    "amanhã.",
  "stream.configuration_unavailable": "O serviço de chat está temporariamente indisponível.",
  "stream.tool_rounds_exhausted":
    "A resposta precisava de mais chamadas a ferramentas do que este serviço permite, por isso parou.",
  "stream.internal_error": "Algo correu mal do nosso lado e não foi possível concluir a resposta.",
  "stream.unknown": "Algo correu mal e não foi possível concluir a resposta.",

  "received.show": "O que a IA recebeu",
  "received.loading": "A carregar o que a IA recebeu…",
  "received.lead":
    "O modelo de IA recebeu exatamente este texto. Cada marcador destacado substitui um dado seu que ficou " +
    "neste serviço; a IA nunca o viu.",
  "received.nothingReplaced":
    "Nada nesta mensagem foi reconhecido como dado pessoal, por isso o modelo de IA recebeu-a tal como a " +
    "escreveu.",
  "received.legend": "Tipos de marcador",
  "received.typed":
    "{typed} é texto escrito por si, não um marcador: a IA recebeu-o entre parênteses retos de largura " +
    "total e nada foi posto no seu lugar.",
  "received.missing":
    "Esta mensagem não está na conversa guardada, por isso não há nada para mostrar. Uma mensagem que o " +
    "serviço recusou antes de chamar o modelo de IA (por exemplo, enquanto a verificação de privacidade " +
    "estava indisponível) nunca lhe chegou e não é guardada.",
  "received.failed": "Não foi possível carregar o que a IA recebeu. Feche e abra novamente para tentar outra vez.",
  "received.toolsLead":
    "Para esta resposta, o modelo de IA usou ferramentas. Escreveu as entradas com marcadores (as ferramentas" +
    " receberam os seus dados dentro da região deste serviço) e também recebeu os resultados com marcadores.",
  "received.toolInput": "Ferramenta ({tool}), entrada tal como a IA a escreveu:",
  "received.toolResult": "Ferramenta ({tool}), resultado tal como a IA o recebeu:",
  "pii.NAME": "nome de uma pessoa",
  "pii.EMAIL": "endereço de e-mail",
  "pii.PHONE": "número de telefone",
  "pii.IBAN": "número de conta bancária (IBAN)",
  "pii.CARD": "número de cartão de pagamento",
  "pii.ADDRESS": "morada",
  "pii.NATIONAL_ID": "número de identificação, fiscal ou de segurança social",
  "pii.BANK_ACCOUNT": "número de conta bancária",
  "pii.SWIFT_CODE": "código SWIFT/BIC de um banco",
  "pii.CARD_CVV": "código de segurança de um cartão",
  "pii.CARD_EXPIRY": "data de validade de um cartão",
  "pii.PIN": "código PIN",
  "pii.HEALTH_ID": "número de utente de saúde",
  "pii.PASSPORT": "número de passaporte",
  "pii.DRIVER_ID": "número da carta de condução",
  "pii.DATE": "data ou hora",
  "pii.BIRTH_DATE": "data de nascimento",
  "pii.AGE": "idade",
  "pii.URL": "endereço web",
  "pii.USERNAME": "nome de utilizador",
  "pii.PASSWORD": "palavra-passe",
  "pii.SECRET": "chave de acesso ou segredo",
  "pii.IP_ADDRESS": "endereço IP",
  "pii.MAC_ADDRESS": "endereço MAC de um dispositivo",
  "pii.LICENSE_PLATE": "matrícula de um veículo",
  "pii.VEHICLE_ID": "número de identificação de um veículo (VIN)",
  "pii.nationalIdOf": "número de identificação, fiscal ou de segurança social ({country})",
  "pii.other": "outro dado pessoal",
};
