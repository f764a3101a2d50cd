"""The chat app as the local stack serves it: the deployed `runtime.http.app` plus the chat page from `web/`.

`uvicorn devstack.app:app` (the local stack's subprocess mode and the bench); settings come from the
environment exactly as on Lambda.
"""

from __future__ import annotations

from components.site_files import PAGE_DIR
from runtime.http.app import create_app

app = create_app(page_directory=PAGE_DIR)
