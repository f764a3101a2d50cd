"""The per-container objects a request uses: settings, AWS clients and the adapters built on them."""

from __future__ import annotations

from dataclasses import dataclass

from runtime.aws.bedrock import ModelStream, converse_request
from runtime.aws.clients import AwsClients
from runtime.aws.comprehend import Comprehend
from runtime.aws.daily_usage import DailyUsage
from runtime.aws.prompt import PromptStore
from runtime.aws.sessions import SessionStore
from runtime.chat import ports
from runtime.chat.model_events import ModelRequest
from runtime.privacy.detection import Detector
from runtime.settings import Settings
from runtime.tools.registry import build_toolbox


@dataclass(frozen=True)
class Services:
    """Everything a request handler needs, created once at application start.

    The adapters are typed as the chat turn's ports (`runtime.chat.ports`): the type checker verifies here
    that the concrete AWS classes satisfy them.
    """

    settings: Settings
    clients: AwsClients
    detector: ports.Detector
    sessions: ports.SessionStore
    prompts: ports.PromptStore
    models: ports.ModelStreamFactory
    #: The stack's daily token count (None when `CHAT_DAILY_TOKEN_CEILING` is 0: no ceiling).
    daily: ports.DailyUsage | None = None
    #: The tools the model may call (`CHAT_TOOLS_BUILTIN`, `CHAT_TOOLS_LAMBDA`).
    tools: ports.ToolRunner | None = None

    @classmethod
    def create(cls, settings: Settings) -> Services:
        """Wire the adapters (no AWS client is built yet: see `AwsClients.warm_up`)."""
        clients = AwsClients(settings)

        def model_stream(request: ModelRequest) -> ModelStream:
            return ModelStream(clients, converse_request(settings, request))

        return cls(
            settings=settings,
            clients=clients,
            detector=Detector(settings, Comprehend(clients), departed=clients.departures.left),
            sessions=SessionStore(settings, clients),
            prompts=PromptStore(settings, clients),
            models=model_stream,
            daily=DailyUsage(settings, clients) if settings.daily_ceiling_on else None,
            tools=build_toolbox(settings.tools_builtin, settings.tools_lambda, clients.run, clients.lambda_client),
        )
