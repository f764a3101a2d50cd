"""The Bedrock and Comprehend LOCAL STAND-INS in a process of their own: `python -m bench.standins_process
'<json>'` with `comprehendLatency` (seconds per operation), `firstDeltaDelay` and `interDeltaDelay`.

Kept apart from moto, whose request processing (several ms of pure Python per DynamoDB query) would
otherwise hold the GIL the stand-ins need to answer on time, and add that to the measured detection latency.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from bench.child import announce
from devstack.standins.asgi_server import ThreadedAsgiServer
from devstack.standins.bedrock import BedrockStandin, ModelTiming
from devstack.standins.comprehend import ComprehendStandin


def serve(options: dict[str, Any]) -> None:
    """Start both stand-ins, announce their URLs, run until stdin closes."""
    timing = ModelTiming(float(options["firstDeltaDelay"]), float(options["interDeltaDelay"]))
    latencies = {str(k): float(v) for k, v in options["comprehendLatency"].items()}
    servers = [
        ThreadedAsgiServer(BedrockStandin(timing), name="bedrock-standin"),
        ThreadedAsgiServer(ComprehendStandin(latency_by_operation=latencies), name="comprehend-standin"),
    ]
    try:
        for server in servers:
            server.start()
        announce({"bedrock": servers[0].url, "comprehend": servers[1].url})
    finally:
        for server in servers:
            server.stop()


if __name__ == "__main__":
    serve(json.loads(sys.argv[1]))
