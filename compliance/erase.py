"""`python -m compliance.erase --stack eu --value ... | --session ID | --reapply-to TABLE`: the operator's erasure
command (`compliance.erasure.command`, docs/privacy.md)."""

from __future__ import annotations

import sys

from compliance.erasure.command import main

if __name__ == "__main__":
    sys.exit(main())
