"""The span type every detector returns, and the canonical entity types placeholders are named after."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

SOURCE_BUILTIN: Final = "builtin"
SOURCE_COMPREHEND_PII: Final = "comprehend-pii"
SOURCE_COMPREHEND_ENTITIES: Final = "comprehend-entities"
SOURCE_VAULT: Final = "vault"

# Canonical types produced by the built-in detectors.
NAME: Final = "NAME"
EMAIL: Final = "EMAIL"
PHONE: Final = "PHONE"
IBAN: Final = "IBAN"
CARD: Final = "CARD"
ADDRESS: Final = "ADDRESS"
NATIONAL_ID: Final = "NATIONAL_ID"
PASSPORT: Final = "PASSPORT"
BIRTH_DATE: Final = "BIRTH_DATE"
NIF_PT: Final = "NIF_PT"
DNI_ES: Final = "DNI_ES"
NIE_ES: Final = "NIE_ES"
NIR_FR: Final = "NIR_FR"
STEUER_ID_DE: Final = "STEUER_ID_DE"
CODICE_FISCALE_IT: Final = "CODICE_FISCALE_IT"
BSN_NL: Final = "BSN_NL"
# The other states' national, tax, social-security and health numbers; NATIONAL_ID_TYPES (every national
# identifier type) is derived from the table that uses them, detectors.national_id_catalog.
SVNR_AT: Final = "SVNR_AT"
STNR_AT: Final = "STNR_AT"
RRN_BE: Final = "RRN_BE"
EGN_BG: Final = "EGN_BG"
LNCH_BG: Final = "LNCH_BG"
OIB_HR: Final = "OIB_HR"
TIC_CY: Final = "TIC_CY"
RC_CZ: Final = "RC_CZ"
CPR_DK: Final = "CPR_DK"
IK_EE: Final = "IK_EE"
HETU_FI: Final = "HETU_FI"
NIF_FR: Final = "NIF_FR"
STNR_DE: Final = "STNR_DE"
SVNR_DE: Final = "SVNR_DE"
AMKA_GR: Final = "AMKA_GR"
AFM_GR: Final = "AFM_GR"
ADOAZONOSITO_HU: Final = "ADOAZONOSITO_HU"
TAJ_HU: Final = "TAJ_HU"
PPS_IE: Final = "PPS_IE"
PK_LV: Final = "PK_LV"
ASMENS_KODAS_LT: Final = "ASMENS_KODAS_LT"
MATRICULE_LU: Final = "MATRICULE_LU"
ID_MT: Final = "ID_MT"
PESEL_PL: Final = "PESEL_PL"
NIP_PL: Final = "NIP_PL"
CC_PT: Final = "CC_PT"
NISS_PT: Final = "NISS_PT"
CNP_RO: Final = "CNP_RO"
RC_SK: Final = "RC_SK"
EMSO_SI: Final = "EMSO_SI"
NSS_ES: Final = "NSS_ES"
PERSONNUMMER_SE: Final = "PERSONNUMMER_SE"
KENNITALA_IS: Final = "KENNITALA_IS"
PEID_LI: Final = "PEID_LI"
FODSELSNUMMER_NO: Final = "FODSELSNUMMER_NO"
NHS_GB: Final = "NHS_GB"
NINO_GB: Final = "NINO_GB"
UTR_GB: Final = "UTR_GB"
AHV_CH: Final = "AHV_CH"


@dataclass(frozen=True, slots=True)
class PiiSpan:
    """A piece of personal data found in a message: ``text[start:end]`` is of ``entity_type``."""

    start: int  # char offset in the message (Python str index)
    end: int  # exclusive
    entity_type: str  # canonical type, see canonical_type()
    source: str  # "builtin" | "comprehend-pii" | "comprehend-entities" | "vault"
    score: float = 1.0

    @property
    def length(self) -> int:
        """Number of characters the span covers."""
        return self.end - self.start


_COMPREHEND_TYPES: Final[dict[str, str]] = {
    # DetectPiiEntities
    "NAME": NAME,
    "EMAIL": EMAIL,
    "PHONE": PHONE,
    "ADDRESS": ADDRESS,
    "BANK_ACCOUNT_NUMBER": "BANK_ACCOUNT",
    "BANK_ROUTING": "BANK_ACCOUNT",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": IBAN,
    "SWIFT_CODE": "SWIFT_CODE",
    "CREDIT_DEBIT_NUMBER": CARD,
    "CREDIT_DEBIT_CVV": "CARD_CVV",
    "CREDIT_DEBIT_EXPIRY": "CARD_EXPIRY",
    "PIN": "PIN",
    "SSN": NATIONAL_ID,
    "UK_NATIONAL_INSURANCE_NUMBER": NATIONAL_ID,
    "CA_SOCIAL_INSURANCE_NUMBER": NATIONAL_ID,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": NATIONAL_ID,
    "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER": NATIONAL_ID,
    "IN_PERMANENT_ACCOUNT_NUMBER": NATIONAL_ID,
    "IN_NREGA": NATIONAL_ID,
    "IN_AADHAAR": NATIONAL_ID,
    "IN_VOTER_NUMBER": NATIONAL_ID,
    "UK_NATIONAL_HEALTH_SERVICE_NUMBER": "HEALTH_ID",
    "CA_HEALTH_NUMBER": "HEALTH_ID",
    "PASSPORT_NUMBER": PASSPORT,
    "DRIVER_ID": "DRIVER_ID",
    "DATE_TIME": "DATE",
    "AGE": "AGE",
    "URL": "URL",
    "USERNAME": "USERNAME",
    "PASSWORD": "PASSWORD",
    "AWS_ACCESS_KEY": "SECRET",
    "AWS_SECRET_KEY": "SECRET",
    "IP_ADDRESS": "IP_ADDRESS",
    "MAC_ADDRESS": "MAC_ADDRESS",
    "LICENSE_PLATE": "LICENSE_PLATE",
    "VEHICLE_IDENTIFICATION_NUMBER": "VEHICLE_ID",
    # DetectEntities
    "PERSON": NAME,
}

_NOT_TYPE_CHAR = re.compile(r"[^A-Z0-9_]+")


def sanitize_type(entity_type: str) -> str:
    """Turn a type name into one a placeholder can carry, ``[A-Z][A-Z0-9_]*`` (``PII`` if nothing is left)."""
    cleaned = _NOT_TYPE_CHAR.sub("_", entity_type.strip().upper()).strip("_")
    if not cleaned:
        return "PII"
    if not ("A" <= cleaned[0] <= "Z"):
        cleaned = "PII_" + cleaned
    return cleaned


def canonical_type(comprehend_type: str) -> str:
    """Map a Comprehend PII type (or a DetectEntities type such as PERSON) to our canonical type."""
    key = comprehend_type.strip().upper()
    return _COMPREHEND_TYPES.get(key) or sanitize_type(key)
