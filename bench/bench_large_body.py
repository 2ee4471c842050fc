"""Benchmark: a 9.8 MB and a 30 MB police prompt through the real gateway, and the worst
/healthz latency of other clients while each is decided (issue 10 item 7; issue 9 bounded reading).

    .venv/bin/python bench/bench_large_body.py      # writes bench/results/large_body.txt
"""

import json
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
T = Path(tempfile.mkdtemp())
(T / "u.yaml").write_text(f"""upstream: {{base_url: "http://127.0.0.1:19411/v1", api_key: sk-x}}
packs: [azure-openai-coc]
audit: {{url: "sqlite:///{T}/a.db"}}
limits: {{max_body_bytes: 67108864}}
tenants:
  - {{id: spd, name: SPD, sector: law_enforcement, le_type: police, country: US, api_keys: [ug-spd]}}
""")
stub = subprocess.Popen(
    [
        str(ROOT / ".venv/bin/python"),
        str(ROOT / "bench/bench_gateway.py"),
        "--role",
        "stub",
        "--port",
        "19411",
    ]
)
gw = subprocess.Popen(
    [str(ROOT / ".venv/bin/usegate"), "serve", "--config", str(T / "u.yaml"), "--port", "19412"],
    stderr=subprocess.DEVNULL,
    stdout=subprocess.DEVNULL,
)
for _ in range(200):
    try:
        if httpx.get("http://127.0.0.1:19412/healthz").status_code == 200:
            break
    except Exception:
        time.sleep(0.1)
lines: list[str] = [time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime())]
for mb in (9.8, 30):
    line = "OFFICER: who's he? I know him, run his face against mugshots.\nMALE: my cousin.\n"
    prompt = "Write my report from this transcript:\n\n" + line * int(mb * 1e6 / len(line))
    body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": prompt}]})
    res: dict[str, float] = {}

    def send(body: str = body, res: dict[str, float] = res) -> None:
        t = time.monotonic()
        r = httpx.post(
            "http://127.0.0.1:19412/v1/chat/completions",
            content=body,
            headers={"Authorization": "Bearer ug-spd", "Content-Type": "application/json"},
            timeout=120,
        )
        res["status"] = r.status_code
        res["t"] = time.monotonic() - t

    th = threading.Thread(target=send)
    th.start()
    worst = 0.0
    while th.is_alive():
        t = time.monotonic()
        httpx.get("http://127.0.0.1:19412/healthz", timeout=30)
        worst = max(worst, time.monotonic() - t)
        time.sleep(0.02)
    th.join()
    out = f"{mb} MB prompt: status {res['status']} in {res['t']:.2f} s; worst /healthz latency meanwhile {worst * 1000:.0f} ms"
    print(out)
    lines.append(out)
gw.terminate()
stub.terminate()
(ROOT / "bench/results/large_body.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
