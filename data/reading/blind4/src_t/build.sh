#!/bin/sh
# Rebuild ../t.jsonl: every batch appends its records, in order.
set -e
cd "$(dirname "$0")"
rm -f ../t.jsonl
for f in $(ls b*.py | sort); do python3 "$f" > /dev/null; done
