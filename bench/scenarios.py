"""The configurations and messages the bench runs (injected AWS latencies; one and several languages)."""

from __future__ import annotations

from dataclasses import dataclass

from bench.stack_process import StackSpec


@dataclass(frozen=True)
class Scenario:
    """A stack configuration, the messages of its conversations, and how to describe it (the Comprehend calls the
    runtime makes for each message are its own plan's: `bench.floor.needed_operations`)."""

    title: str
    spec: StackSpec
    messages: tuple[str, ...]

    def setup(self) -> list[str]:
        """Set-up lines for the report."""
        calls = ", ".join(f"{op} {latency * 1000:g} ms" for op, latency in self.spec.comprehend_latency.items())
        return [
            f"Configured languages `{self.spec.languages}`; injected latency per call: DynamoDB and S3 "
            f"{self.spec.aws_latency * 1000:g} ms, {calls}; model: first delta after "
            f"{self.spec.first_delta_delay * 1000:g} ms, then one every {self.spec.inter_delta_delay * 1000:g} ms.",
        ]


ONE_LANGUAGE = Scenario(
    title="One language (en), 20 ms per AWS call",
    spec=StackSpec(
        languages="en",
        aws_latency=0.020,
        comprehend_latency={"DetectEntities": 0.020, "DetectPiiEntities": 0.020},
    ),
    messages=(
        "Hello, my name is Alice Johnson and my e-mail is alice.johnson.{n}@example.com. Can you help me?",
        "My phone number is +44 20 7946 0{nnn} and my colleague Robert Smith will call you tomorrow.",
        "Please summarise what I told you so far, without repeating anything personal.",
        "Thanks. Is there anything else you need from me to finish the transfer?",
        "Great, that is all for today. Have a nice evening, Alice Johnson says goodbye!",
    ),
)

SEVERAL_LANGUAGES = Scenario(
    title="Several languages (pt,en), a different latency per Comprehend call",
    spec=StackSpec(
        languages="pt,en",
        aws_latency=0.020,
        comprehend_latency={"DetectDominantLanguage": 0.030, "DetectEntities": 0.045, "DetectPiiEntities": 0.060},
    ),
    messages=(
        "Olá, chamo-me Maria Fernandes e o meu e-mail é maria.fernandes.{n}@example.pt. Podes ajudar-me?",
        "Hello, my name is Alice Johnson and my friend is João da Silva. Can you help me?",
        "O meu amigo João da Silva também quer saber o saldo da conta, obrigado.",
        "Please call me at +351 912 {nnn} 678, my name is Alice Johnson and I am his friend.",
        "Obrigado, é tudo por hoje. A Maria Fernandes agradece a ajuda!",
    ),
)


def personalize(template: str, conversation: int) -> str:
    """Message `template` as conversation number `conversation` sends it: `{n}` is the number and `{nnn}`
    three digits of it, so that every conversation brings its own e-mail address and phone number, as real
    users do (no conversation gets a free hit in the runtime's per-value caches from an earlier one)."""
    return template.format(n=conversation, nnn=f"{conversation % 1000:03d}")


BURST_TEMPLATE = "Hello, I am Alice Johnson, ticket {tag}. Please confirm that you got it."
