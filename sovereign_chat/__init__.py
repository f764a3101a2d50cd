"""sovereign-chat as an installable library: `pip install .` (or a git URL) gives this package.

Installed, it holds the checkout's packages under one name that clashes with nothing (docs/platform-teams.md):

- `sovereign_chat.components`: the Pulumi components (`chat_function.ChatFunction`, `ai_access.AiAccess`,
  `edge.Edge`), the config schema (`config_schema`), the residency zones and rules (`residency`, `zone_checks`),
  the flat-input components of the cross-language package (`provider`);
- `sovereign_chat.compliance`: the offline review and its rules;
- `sovereign_chat.runtime`: the chat function's code (the Lambda package is built from it).

In a checkout those packages are top-level (`components`, `compliance`, `runtime`) and this package holds only
the version. The version follows semantic versioning; CHANGELOG.md says what changed.
"""

__all__ = ["__version__"]

#: The library's and the cross-language package's version (semantic versioning; CHANGELOG.md).
__version__ = "0.2.0"
