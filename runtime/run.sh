#!/bin/sh
# Lambda handler of the chat function (AWS_LAMBDA_EXEC_WRAPPER=/opt/bootstrap, Lambda Web Adapter):
# uvicorn serves runtime.app:app on $PORT; the adapter's readiness check is GET /healthz.
set -eu
cd "$(dirname "$0")/.."
export PYTHONPATH="${LAMBDA_TASK_ROOT:-$(pwd)}${PYTHONPATH:+:$PYTHONPATH}"
exec python3 -m uvicorn runtime.app:app --host 0.0.0.0 --port "${PORT:-8080}" --no-access-log --no-server-header
