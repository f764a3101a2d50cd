"""Entry point of the cross-language package `sovereign-chat`, as the Pulumi CLI's Python host runs it.

The host starts `python <this directory> <engine address> [flags]` and reads the gRPC port this prints on its
first line of stdout; the engine then calls `GetSchema` (for `pulumi package add`) or `Construct` (for a
program's `new ChatFunction(...)`). The components come from the checkout this directory belongs to.
"""

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from components.provider.host import serve  # noqa: E402  (the checkout's root must be importable first)

if __name__ == "__main__":
    serve(sys.argv[1:])
