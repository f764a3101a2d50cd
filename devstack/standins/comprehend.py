"""LOCAL STAND-IN of Amazon Comprehend's JSON 1.1 API (development and tests only).

Answers `Comprehend_20171127.DetectPiiEntities` (en/es only, like the real service: NAME, EMAIL, PHONE),
`DetectEntities` (PERSON and a few ORGANIZATIONs, in any supported language) and `DetectDominantLanguage`
(stop-word counts). It is not a model: PERSON/NAME are the names of `devstack.standins.comprehend_names`
(a listed given name with the capitalized surnames and particles after it: "Ana Silva", "Hans van der
Berg"), case- and accent-sensitive like a statistical model ("João da Silva" is found, "joao da silva" is
not: the runtime's vault lookup must catch later mentions). It misses every other name and every other PII
type real Comprehend finds (`capabilities()` says so in the `make run` banner). Offsets are in code points.

Faults: `POST /_standin/faults {"fault": "down"|"throttle", "count": N}` fails the next N calls (HTTP 500
InternalServerException / HTTP 400 TooManyRequestsException); `POST /_standin/config {"mode": "down"}`
fails every call until `{"mode": "ok"}`; `[[comprehend:down]]` / `[[comprehend:throttle]]` in the text
fails that call. Latency per call (from arrival to answer, the stand-in's own work included): `latency`
seconds, or `latency_by_operation[operation]` when given (the bench shows that concurrent calls of different
speeds cost only the slowest); at run time `POST
/_standin/config {"latency": seconds, "latencyByOperation": {"DetectEntities": seconds, ...}}`. `GET|DELETE
/_standin/calls` lists/clears the calls received (operation and language only).
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

from devstack.standins.asgi_util import read_body, send_json, serve_lifespan
from devstack.standins.comprehend_names import find_names
from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES, PII_LANGUAGES

Scope = dict[str, Any]
Receive = Any
Send = Any

ORGANIZATIONS: tuple[str, ...] = ("Amazon", "Banco de Portugal", "Deutsche Bahn")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS: dict[str, frozenset[str]] = {
    "en": _words("i the is my name hello and you are please what with my friend his her"),
    "pt": _words("o os a as de que é não meu minha nome olá chamo-me sou amigo amiga com obrigado"),
    "es": _words("el los la las es mi me llamo hola soy amigo amiga con gracias y que del"),
    "de": _words("ich und der die das ist mein meine heiße hallo bin freund mit nicht danke"),
    "fr": _words("je et le les est mon ma m'appelle bonjour suis ami amie avec merci des une"),
    "it": _words("io il lo gli è mio mia mi chiamo ciao sono amico amica con grazie della"),
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d \-]{7,}\d")
_MAGIC = re.compile(r"\[\[comprehend:(down|throttle)\]\]")
_WORD = re.compile(r"[\w'-]+")
_ORGS = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(o) for o in ORGANIZATIONS) + r")(?!\w)")


def find_persons(text: str) -> list[dict[str, Any]]:
    """DetectEntities-shaped PERSON (and ORGANIZATION) entities."""
    found = [_entity(text, start, end, "PERSON", 0.99) for start, end in find_names(text)]
    found += [_entity(text, m.start(), m.end(), "ORGANIZATION", 0.95) for m in _ORGS.finditer(text)]
    return sorted(found, key=lambda e: e["BeginOffset"])


def find_pii(text: str) -> list[dict[str, Any]]:
    """DetectPiiEntities-shaped entities: NAME, EMAIL, PHONE."""
    found = [_pii(start, end, "NAME", 0.99) for start, end in find_names(text)]
    found += [_pii(m.start(), m.end(), "EMAIL", 0.99) for m in _EMAIL.finditer(text)]
    found += [_pii(m.start(), m.end(), "PHONE", 0.9) for m in _PHONE.finditer(text)]
    return sorted(found, key=lambda e: e["BeginOffset"])


def dominant_languages(text: str) -> list[dict[str, Any]]:
    """DetectDominantLanguage-shaped scores from stop-word counts (English when nothing matches)."""
    words = [w.lower() for w in _WORD.findall(text)]
    counts = {lang: sum(w in stops for w in words) for lang, stops in STOP_WORDS.items()}
    total = sum(counts.values())
    if total == 0:
        return [{"LanguageCode": "en", "Score": 0.3}]
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    return [{"LanguageCode": lang, "Score": round(n / total, 3)} for lang, n in ranked if n]


def _entity(text: str, start: int, end: int, kind: str, score: float) -> dict[str, Any]:
    return {"Type": kind, "Text": text[start:end], "Score": score, "BeginOffset": start, "EndOffset": end}


def _pii(start: int, end: int, kind: str, score: float) -> dict[str, Any]:
    return {"Type": kind, "Score": score, "BeginOffset": start, "EndOffset": end}


def answer(operation: str, language: str | None, text: str, fault: str | None) -> tuple[int, dict[str, Any]]:
    """(HTTP status, JSON body) of one API call; errors as `{"__type", "Message"}`."""
    if fault == "down":
        return _problem(500, "InternalServerException", "Internal server error")
    if fault == "throttle":
        return _problem(400, "TooManyRequestsException", "Rate exceeded")
    if len(text.encode()) > 100_000 or not text:
        return _problem(400, "TextSizeLimitExceededException", "Input text size exceeds limit")
    if operation == "DetectPiiEntities":
        if language not in PII_LANGUAGES:
            return _problem(400, "UnsupportedLanguageException", "Unsupported language")
        return 200, {"Entities": find_pii(text)}
    if operation == "DetectEntities":
        if language not in ENTITY_LANGUAGES:
            return _problem(400, "UnsupportedLanguageException", "Unsupported language")
        return 200, {"Entities": find_persons(text)}
    if operation == "DetectDominantLanguage":
        return 200, {"Languages": dominant_languages(text)}
    return _problem(400, "UnknownOperationException", "unknown operation")


def _problem(status: int, error_type: str, message: str) -> tuple[int, dict[str, Any]]:
    return status, {"__type": error_type, "Message": message}


@dataclass
class ComprehendCall:
    """One call received: operation and language (never the text)."""

    operation: str
    language: str | None
    text_bytes: int
    at: float


class ComprehendStandin:
    """The ASGI app of the stand-in plus its records and knobs (thread-safe)."""

    def __init__(self, latency: float = 0.0, latency_by_operation: dict[str, float] | None = None) -> None:
        self.latency = latency
        self.latency_by_operation: dict[str, float] = dict(latency_by_operation or {})
        self.mode = "ok"
        self.calls: list[ComprehendCall] = []
        self._queued: deque[str] = deque()
        self._lock = threading.Lock()

    def queue_fault(self, fault: str, count: int = 1) -> None:
        """Fail the next `count` calls with `fault` (down or throttle)."""
        with self._lock:
            self._queued.extend([fault] * count)

    def clear(self) -> None:
        """Forget calls, queued faults and the persistent mode."""
        with self._lock:
            self.calls.clear()
            self._queued.clear()
            self.mode = "ok"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Route one request."""
        if scope["type"] == "lifespan":
            await serve_lifespan(receive, send)
            return
        arrived = time.monotonic()
        body = await read_body(receive)
        if scope["path"].startswith("/_standin/"):
            await self._admin(scope["path"], scope["method"], body, send)
            return
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        target = headers.get("x-amz-target", "")
        operation = target.rsplit(".", 1)[-1]
        request = json.loads(body or b"{}")
        text = str(request.get("Text", ""))
        language = request.get("LanguageCode")
        with self._lock:
            self.calls.append(ComprehendCall(operation, language, len(text.encode()), time.time()))
            fault = self._queued.popleft() if self._queued else (self.mode if self.mode != "ok" else None)
        magic = _MAGIC.search(text)
        fault = fault or (magic.group(1) if magic else None)
        status, payload = answer(operation, language, text, fault)
        # The answer leaves `latency` after the request arrived, its computation included.
        remaining = self.latency_by_operation.get(operation, self.latency) - (time.monotonic() - arrived)
        if remaining > 0:
            await asyncio.sleep(remaining)
        if status == 200:
            await send_json(send, 200, payload)
        else:
            await _error(send, status, payload["__type"], payload["Message"])

    async def _admin(self, path: str, method: str, body: bytes, send: Send) -> None:
        data = json.loads(body or b"{}") if method == "POST" else {}
        if path == "/_standin/health":
            await send_json(send, 200, {"ok": True})
        elif path == "/_standin/calls" and method == "GET":
            with self._lock:
                calls = [asdict(c) for c in self.calls]
            await send_json(send, 200, {"calls": calls})
        elif path == "/_standin/calls" and method == "DELETE":
            self.clear()
            await send_json(send, 200, {"ok": True})
        elif path == "/_standin/config" and method == "POST":
            if "latency" in data:
                self.latency = float(data["latency"])
            if "latencyByOperation" in data:
                self.latency_by_operation = {str(k): float(v) for k, v in data["latencyByOperation"].items()}
            if "mode" in data:
                self.mode = str(data["mode"])
            state = {"latency": self.latency, "latencyByOperation": self.latency_by_operation, "mode": self.mode}
            await send_json(send, 200, state)
        elif path == "/_standin/faults" and method == "POST":
            self.queue_fault(str(data["fault"]), int(data.get("count", 1)))
            await send_json(send, 200, {"ok": True})
        else:
            await send_json(send, 404, {"message": "unknown admin endpoint"})


async def _error(send: Send, status: int, error_type: str, message: str) -> None:
    payload = {"__type": error_type, "Message": message}
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/x-amz-json-1.1")],
        }
    )
    await send({"type": "http.response.body", "body": json.dumps(payload).encode()})
