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
    "Faça uma pergunta para começar. A sua conversa fica neste separador do navegador até o fechar ou iniciar " +
    "uma nova conversa.",
  "page.messages": "Mensagens",
  "page.composerLabel": "A sua mensagem",
  "page.send": "Enviar",
  "page.stop": "Parar",
  "page.composerHint": "Enter envia, Shift+Enter muda de linha, Escape interrompe uma resposta.",

  "role.user": "Você",
  "role.assistant": "Assistente",
  "role.system": "Aviso",
  "msg.typing": "O assistente está a escrever",
  "msg.stopped": "Interrompida",
  "msg.incomplete": "Resposta incompleta",
  "msg.emptyAnswer": "O assistente deu uma resposta vazia.",
  "msg.errorCode": "Código de erro: {code}",
  "msg.retry": "Tentar novamente",
  "msg.tokens": "{count} tokens",
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
  "error.expired":
    "Esta conversa expirou ou já não existe. Tente novamente para enviar a sua mensagem numa nova conversa.",
  "error.invalid": "Não foi possível enviar a mensagem: estava vazia ou não é válida. Verifique-a e envie-a novamente.",
  "error.tooLong": "A sua mensagem é demasiado longa. Encurte-a e envie-a novamente.",
  "error.notAccepted":
    "A página enviou a mensagem de uma forma que o serviço não aceitou. Recarregue a página e tente novamente.",
  "error.usageLimit": "Esta conversa atingiu o seu limite de utilização. Inicie uma nova conversa para continuar.",
  "error.serviceBudget": "O serviço de chat atingiu o seu limite de utilização de hoje. Tente novamente amanhã.",
  "error.refused": "O acesso ao serviço de chat foi recusado.",
  "error.unavailable": "O serviço de chat está temporariamente indisponível. Tente novamente dentro de momentos.",
  "error.unexpectedHttp": "O serviço de chat respondeu com um erro inesperado (HTTP {status}).",
  "error.network": "Não foi possível contactar o serviço de chat. Verifique a sua ligação e tente novamente.",
  "error.interrupted": "A ligação foi interrompida antes de a resposta estar completa.",
  "error.unexpectedResponse": "O serviço de chat enviou uma resposta inesperada. Tente novamente.",
  "error.tryAgain": "Pode tentar novamente.",

  "stream.model_throttled": "O modelo de IA está a receber demasiados pedidos neste momento, por isso a resposta parou.",
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
  "stream.configuration_unavailable": "O serviço de chat está temporariamente indisponível.",
  "stream.internal_error": "Algo correu mal do nosso lado e não foi possível concluir a resposta.",
  "stream.model_other": "O modelo de IA teve um problema e não conseguiu terminar a resposta.",
  "stream.unknown": "Algo correu mal e não foi possível concluir a resposta.",
  "stream.tool_rounds_exhausted": "A resposta precisava de mais chamadas a ferramentas do que este serviço permite, por isso parou.",
};
