#!/bin/bash
# Instructions per request executed by the gateway process (user space, all threads),
# counted by valgrind's callgrind: unlike CPU seconds, the count does not drift with
# what the rest of a shared machine is doing, so it shows what a code change costs.
# c=1, ~1 KB allowed chat requests from a commercial tenant (or KEY), stub upstream.
#
#     bash bench/gateway_instructions.sh [KEY] [COUNT]      (needs valgrind; ~1 min)
set -euo pipefail
cd "$(dirname "$0")/.."
KEY=${1:-ug-shop}
COUNT=${2:-1000}
T=$(mktemp -d)
trap 'kill $GW $STUB 2>/dev/null || true; rm -rf "$T"' EXIT
STUB_PORT=19301
GW_PORT=19380
cat > "$T/usegate.yaml" <<Y
upstream: {base_url: "http://127.0.0.1:$STUB_PORT/v1", api_key: sk-bench}
packs: [azure-openai-coc]
audit: {url: "sqlite:///$T/audit.db", synchronous: full}
tenants:
  - {id: shopco, name: ShopCo, sector: commercial, country: US, api_keys: [ug-shop]}
  - {id: spd, name: Springfield Police Department, sector: law_enforcement, le_type: police, country: US,
     api_keys: [ug-spd]}
Y
.venv/bin/python bench/bench_gateway.py --role stub --port $STUB_PORT &
STUB=$!
PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$T/cg.out" \
  .venv/bin/python .venv/bin/usegate serve --config "$T/usegate.yaml" --port $GW_PORT > "$T/gw.log" 2>&1 &
GW=$!
for _ in $(seq 600); do curl -s "localhost:$GW_PORT/healthz" > /dev/null && break; sleep 0.5; done
load() { .venv/bin/python bench/bench_gateway.py --role load --port $GW_PORT --key "$KEY" --concurrency 1 --count "$1" > /dev/null; }
load 300  # warm-up, not counted
callgrind_control -i on $GW > /dev/null
load "$COUNT"
callgrind_control -i off $GW > /dev/null
callgrind_control -d $GW > /dev/null
sleep 1
total=$(grep -h '^totals:' "$T"/cg.out* | awk '{s += $2} END {print s}')
line="$(date -u +%Y-%m-%dT%H:%MZ) $(git rev-parse --short HEAD) key=$KEY requests=$COUNT instructions_per_request=$((total / COUNT))"
echo "$line"
echo "$line" >> bench/results/gateway_instructions.txt
