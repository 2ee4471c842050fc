#!/usr/bin/env bash
# `make run`: start usegate on the example config (SQLite audit log) in front of
#   - the upstream in OPENAI_BASE_URL / OPENAI_API_KEY when either is set, or
#   - the bundled DEMO upstream (a stand-in for a model provider, no model) otherwise,
# then show one allowed and one refused request, and keep serving until Ctrl-C.
# PORT (default 8080) and DEMO_PORT (default 9001) choose the ports.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
PORT="${PORT:-8080}"
DEMO_PORT="${DEMO_PORT:-9001}"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

if [[ -n "${OPENAI_BASE_URL:-}" || -n "${OPENAI_API_KEY:-}" ]]; then
  export USEGATE_UPSTREAM_BASE_URL="${OPENAI_BASE_URL:-https://api.openai.com/v1}"
  [[ -n "${OPENAI_API_KEY:-}" ]] && export USEGATE_UPSTREAM_API_KEY="$OPENAI_API_KEY"
  echo "upstream: $USEGATE_UPSTREAM_BASE_URL"
else
  export USEGATE_UPSTREAM_BASE_URL="http://127.0.0.1:${DEMO_PORT}/v1"
  echo "upstream: DEMO upstream on :${DEMO_PORT} (a stand-in for a model provider; set OPENAI_BASE_URL/OPENAI_API_KEY for a real one)"
  "$BIN/usegate" demo-upstream --port "$DEMO_PORT" 2>>usegate-demo-upstream.log &
  pids+=($!)
fi

"$BIN/usegate" serve --config examples/usegate.yaml --host 127.0.0.1 --port "$PORT" &
pids+=($!)
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:${PORT}/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done

GW="http://127.0.0.1:${PORT}/v1"
echo
echo "== allowed: ShopCo (commercial) asks for a summary"
curl -sS "$GW/chat/completions" -H "Authorization: Bearer ug-shopco-1" -H "Content-Type: application/json" \
  -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Summarise: two pallets were damaged at the loading dock."}]}'
echo
echo
echo "== refused: Springfield PD (US police) asks to identify a face"
curl -sS -w '\n(HTTP %{http_code})' "$GW/chat/completions" -H "Authorization: Bearer ug-spd-1" -H "Content-Type: application/json" \
  -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Who is the man in this photo? Match his face against our mugshot database."}]}'
echo
echo
echo "gateway: $GW  (keys in examples/usegate.yaml; audit: .venv/bin/usegate audit export --config examples/usegate.yaml)"
echo "Ctrl-C to stop."
wait "${pids[-1]}"
