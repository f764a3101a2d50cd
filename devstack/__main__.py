"""`python -m devstack [--host H] [--port P]`: the whole chat service on one machine, no AWS account."""

from __future__ import annotations

import sys

from devstack.launcher import main

sys.exit(main())
