"""The sovereign-chat service: a streaming chat ASGI app with pseudonymization (deployed on Lambda)."""
