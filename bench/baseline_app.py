"""BASELINE for the bench: the same chat turn written the obvious way (FastAPI + sse-starlette).

Sequential steps in a sync endpoint (FastAPI runs it in its thread pool), boto3 clients created at import,
no cache: load the session (GetItem), fetch the system prompt (S3 GetObject), detect personal data
(DetectDominantLanguage when several languages are configured, then DetectEntities, then DetectPiiEntities,
one after the other), pseudonymize, call ConverseStream, stream the re-identified deltas from a sync
generator, then store the whole session document (PutItem). It does the same privacy work with the same
pure helpers as `runtime/` (detectors, vault, re-identifier), so the comparison isolates the architecture.
Only the bench runs it, against the LOCAL STAND-INS (`python -m bench`); it is never deployed.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from typing import Any

import boto3
from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from sse_starlette import EventSourceResponse

from runtime.chat.conversation import build_messages
from runtime.privacy.comprehend_languages import PII_LANGUAGES
from runtime.privacy.comprehend_results import person_entity_spans, pii_entity_spans
from runtime.privacy.detectors import detect_builtin
from runtime.privacy.pseudonymize import Vault, pseudonymize
from runtime.privacy.reidentify import StreamingReidentifier
from runtime.privacy.spans import merge_spans
from runtime.privacy.types import PiiSpan
from runtime.settings import Settings

settings = Settings.from_env(os.environ)
dynamodb = boto3.client("dynamodb", region_name=settings.home_region)
s3 = boto3.client("s3", region_name=settings.home_region)
comprehend: Any = boto3.client("comprehend", region_name=settings.comprehend_region)
bedrock: Any = boto3.client("bedrock-runtime", region_name=settings.bedrock_region)

app = FastAPI()


class ChatRequest(BaseModel):
    """The request body."""

    message: str


def session_key(session_id: str) -> dict[str, Any]:
    """The baseline's own item: one document per session."""
    return {"pk": {"S": f"BASELINE#{session_id}"}, "sk": {"S": "SESSION"}}


def load_session(session_id: str) -> dict[str, Any]:
    """History and vault of a session (404 when unknown)."""
    item = dynamodb.get_item(TableName=settings.table_name, Key=session_key(session_id), ConsistentRead=True)
    if "Item" not in item:
        raise HTTPException(status_code=404, detail="session not found")
    return dict(json.loads(item["Item"]["doc"]["S"]))


def dominant_language(languages: list[dict[str, Any]]) -> str | None:
    """The top language code of a DetectDominantLanguage answer (primary subtag, lower case)."""
    best = max(languages, key=lambda item: float(item.get("Score", 0.0)), default=None)
    code = str(best.get("LanguageCode", "")).strip() if best else ""
    return code.split("-")[0].lower() or None


def detect(text: str) -> list[PiiSpan]:
    """Comprehend calls one after the other, then the built-in detectors."""
    language = settings.default_language
    if len(settings.languages) > 1:
        answer = comprehend.detect_dominant_language(Text=text)
        language = dominant_language(answer["Languages"]) or language
    entities = comprehend.detect_entities(Text=text, LanguageCode=language)
    spans = person_entity_spans(entities["Entities"], 0, settings.comprehend_min_score)
    if language in PII_LANGUAGES:
        pii = comprehend.detect_pii_entities(Text=text, LanguageCode=language)
        spans += pii_entity_spans(pii["Entities"], 0, settings.comprehend_min_score, settings.pii_type_enabled)
    return spans + detect_builtin(text)


@app.get("/healthz")
def healthz() -> dict[str, str]:
    """Readiness."""
    return {"status": "ok"}


@app.post("/c")
def chat(body: ChatRequest, x_session_id: str | None = Header(default=None)) -> EventSourceResponse:
    """One chat turn, step by step."""
    session_id = x_session_id or secrets.token_urlsafe(32)
    session = load_session(x_session_id) if x_session_id else {"messages": [], "vault": {}}
    prompt = s3.get_object(Bucket=settings.prompt_bucket, Key=settings.prompt_key)["Body"].read().decode()
    vault = Vault.from_dict(session["vault"])
    spans = merge_spans([*detect(body.message), *vault.known_value_spans(body.message)])
    pseudonymized = pseudonymize(body.message, spans, vault)
    history = [(m["role"], m["content"]) for m in session["messages"]]
    response = bedrock.converse_stream(
        modelId=settings.bedrock_model_id,
        messages=build_messages(history, pseudonymized),
        system=[{"text": prompt}],
        inferenceConfig={"maxTokens": settings.max_output_tokens},
    )

    def events() -> Iterator[dict[str, str]]:
        yield {"data": json.dumps({"type": "session", "sessionId": session_id})}
        reidentifier = StreamingReidentifier(vault.mapping)
        parts: list[str] = []
        usage = {"inputTokens": 0, "outputTokens": 0}
        stop_reason = "end_turn"
        for event in response["stream"]:
            if "contentBlockDelta" in event:
                text = event["contentBlockDelta"]["delta"].get("text", "")
                parts.append(text)
                visible = reidentifier.feed(text)
                if visible:
                    yield {"data": json.dumps({"type": "token", "content": visible})}
            elif "messageStop" in event:
                stop_reason = event["messageStop"]["stopReason"]
            elif "metadata" in event:
                usage = {k: event["metadata"]["usage"][k] for k in ("inputTokens", "outputTokens")}
        tail = reidentifier.flush()
        if tail:
            yield {"data": json.dumps({"type": "token", "content": tail})}
        session["messages"] += [
            {"role": "user", "content": pseudonymized},
            {"role": "assistant", "content": "".join(parts)},
        ]
        session["vault"] = vault.to_dict()
        document = {**session_key(session_id), "doc": {"S": json.dumps(session)}}
        dynamodb.put_item(TableName=settings.table_name, Item=document)
        yield {"data": json.dumps({"type": "done", "stopReason": stop_reason, "usage": usage})}

    return EventSourceResponse(events())
