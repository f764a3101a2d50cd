"""One chat turn and the conversation rules around it: no HTTP, no AWS calls of its own."""
