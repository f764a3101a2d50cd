"""The HTTP layer: the ASGI app, request validation, the SSE response and framing, history, page files."""
