#!/bin/sh
# Lambda handler of the chat function (AWS_LAMBDA_EXEC_WRAPPER=/opt/bootstrap, Lambda Web Adapter):
# uvicorn serves runtime.http.app:app on $AWS_LWA_PORT (the port the adapter forwards to; v1 reads only
# AWS_LWA_-prefixed settings); the adapter's readiness check is GET /healthz.
# httptools (the C HTTP parser, in the package) is named so that a package without it fails at start-up
# instead of falling back to h11; the loop is asyncio's (uvloop measured no faster here, at 4 MB zipped).
set -eu
cd "$(dirname "$0")/.."
export PYTHONPATH="${LAMBDA_TASK_ROOT:-$(pwd)}${PYTHONPATH:+:$PYTHONPATH}"
exec python3 -m uvicorn runtime.http.app:app --host 0.0.0.0 --port "${AWS_LWA_PORT:-8080}" --loop asyncio --http httptools \
    --no-access-log --no-server-header
