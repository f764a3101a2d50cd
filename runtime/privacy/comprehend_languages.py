"""The languages Amazon Comprehend's synchronous detection APIs accept: the one declaration of both sets.

Used by the runtime (which calls to make), the stack config (which languages a market may configure), the
compliance review and the local Comprehend stand-in.
"""

from __future__ import annotations

__all__ = ["ENTITY_LANGUAGES", "PII_LANGUAGES"]

#: Languages DetectPiiEntities accepts.
PII_LANGUAGES = frozenset({"en", "es"})
#: Languages DetectEntities accepts.
ENTITY_LANGUAGES = frozenset({"en", "es", "fr", "de", "it", "pt", "ar", "hi", "ja", "ko", "zh", "zh-TW"})
