"""The components with flat, typed, documented inputs: the cross-language package (`plugin/`) hosts them.

`ChatFunction`, `AiAccess`, `Edge` and `Operations` here are the components of `components.chat_function`,
`components.ai_access`, `components.edge` and `components.operations` (same resources, logical names and type
tokens) whose inputs are flat values other languages can pass: a residency zone by name, numbers, strings and
lists of them. `host` serves them as a Pulumi provider; `schema_doc` renders their inputs and outputs for
docs/platform-teams.md.
"""
