"""Tools the model may call during a turn: built-in ones (pure Python) and platform-team Lambda functions.

`registry` declares them to Bedrock (`toolConfig`) and runs a requested call (schema check, timeout, errors as
`status: error` results); `placeholders` puts the session's values into a tool's input and takes them out of
its result. See docs/tools.md.
"""
