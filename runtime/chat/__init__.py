"""One chat turn and the conversation rules around it, on its own types and ports only (`model_events`, `ports`):
no HTTP, no AWS (the adapters are wired by `runtime.services`; `runtime.http` frames the turn's events)."""
