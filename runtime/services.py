"""The per-container objects a request uses: settings, AWS clients and the adapters built on them."""

from __future__ import annotations

from dataclasses import dataclass

from runtime.aws.clients import AwsClients
from runtime.aws.detection import Detector
from runtime.aws.prompt import PromptStore
from runtime.aws.sessions import SessionStore
from runtime.settings import Settings


@dataclass(frozen=True)
class Services:
    """Everything a request handler needs, created once at application start."""

    settings: Settings
    clients: AwsClients
    detector: Detector
    sessions: SessionStore
    prompts: PromptStore

    @classmethod
    def create(cls, settings: Settings) -> Services:
        """Wire the adapters (no AWS client is built yet: see `AwsClients.warm_up`)."""
        clients = AwsClients(settings)
        return cls(
            settings=settings,
            clients=clients,
            detector=Detector(settings, clients),
            sessions=SessionStore(settings, clients),
            prompts=PromptStore(settings, clients),
        )
