#!/bin/sh
# Lambda handler of the chat function (AWS_LAMBDA_EXEC_WRAPPER=/opt/bootstrap, Lambda Web Adapter):
# uvicorn serves runtime.app:app on $PORT; the adapter's readiness check is GET /healthz.
# uvloop and httptools (C event loop and HTTP parser) are named so that a package without them fails at
# start-up instead of falling back to the slower pure-Python ones.
set -eu
cd "$(dirname "$0")/.."
export PYTHONPATH="${LAMBDA_TASK_ROOT:-$(pwd)}${PYTHONPATH:+:$PYTHONPATH}"
exec python3 -m uvicorn runtime.app:app --host 0.0.0.0 --port "${PORT:-8080}" --loop uvloop --http httptools \
    --no-access-log --no-server-header
