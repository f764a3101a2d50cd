"""The entity types Amazon Comprehend's DetectPiiEntities returns: the one declaration of their names.

Each type is listed with the Bedrock Guardrails PII type of the same kind (`None`: Guardrails has none, the
runtime alone covers it). The stack config's `comprehend.piiEntityTypes` accepts exactly these names (and its
default, `DEFAULT_PII_ENTITY_TYPES`, is the function's); the `AiAccess` guardrail maps them with the second
column. Pure data: the runtime reads it, the deployment code derives from it.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["COMPREHEND_PII_TYPES", "DEFAULT_PII_ENTITY_TYPES", "GUARDRAIL_PII_TYPES"]

# fmt: off
#: Comprehend PII entity type -> the Bedrock Guardrails PII entity type of the same kind (None: no equivalent).
GUARDRAIL_PII_TYPES: Mapping[str, str | None] = {
    "ADDRESS": "ADDRESS",
    "AGE": None,
    "AWS_ACCESS_KEY": "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY": "AWS_SECRET_KEY",
    "BANK_ACCOUNT_NUMBER": "US_BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING": "US_BANK_ROUTING_NUMBER",
    "CA_HEALTH_NUMBER": "CA_HEALTH_NUMBER",
    "CA_SOCIAL_INSURANCE_NUMBER": "CA_SOCIAL_INSURANCE_NUMBER",
    "CREDIT_DEBIT_CVV": "CREDIT_DEBIT_CARD_CVV",
    "CREDIT_DEBIT_EXPIRY": "CREDIT_DEBIT_CARD_EXPIRY",
    "CREDIT_DEBIT_NUMBER": "CREDIT_DEBIT_CARD_NUMBER",
    "DATE_TIME": None,
    "DRIVER_ID": "DRIVER_ID",
    "EMAIL": "EMAIL",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "IN_AADHAAR": None,
    "IN_NREGA": None,
    "IN_PERMANENT_ACCOUNT_NUMBER": None,
    "IN_VOTER_NUMBER": None,
    "IP_ADDRESS": "IP_ADDRESS",
    "LICENSE_PLATE": "LICENSE_PLATE",
    "MAC_ADDRESS": "MAC_ADDRESS",
    "NAME": "NAME",
    "PASSPORT_NUMBER": "US_PASSPORT_NUMBER",
    "PASSWORD": "PASSWORD",
    "PHONE": "PHONE",
    "PIN": "PIN",
    "SSN": "US_SOCIAL_SECURITY_NUMBER",
    "SWIFT_CODE": "SWIFT_CODE",
    "UK_NATIONAL_HEALTH_SERVICE_NUMBER": "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER": "UK_NATIONAL_INSURANCE_NUMBER",
    "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER": "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
    "URL": "URL",
    "USERNAME": "USERNAME",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "VEHICLE_IDENTIFICATION_NUMBER": "VEHICLE_IDENTIFICATION_NUMBER",
}
# fmt: on
#: Every Comprehend PII entity type, sorted.
COMPREHEND_PII_TYPES: tuple[str, ...] = tuple(sorted(GUARDRAIL_PII_TYPES))
#: The types pseudonymized unless the stack lists its own: personal data a chat about one's account carries.
DEFAULT_PII_ENTITY_TYPES: tuple[str, ...] = (
    "NAME",
    "EMAIL",
    "PHONE",
    "ADDRESS",
    "BANK_ACCOUNT_NUMBER",
    "CREDIT_DEBIT_NUMBER",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "SSN",
    "IP_ADDRESS",
    "USERNAME",
    "PASSWORD",
    "PIN",
    "SWIFT_CODE",
)
