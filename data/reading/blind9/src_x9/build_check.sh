set -e; cd "$(dirname "$0")" && python3 build.py && cd /work/main && .venv/bin/python scripts/validate_corpus.py data/reading/blind9/x9.jsonl | tail -5
