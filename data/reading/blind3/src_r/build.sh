#!/bin/sh
# Rebuild ../r.jsonl from all batches, in order, then drop the batch marker.
set -e
cd "$(dirname "$0")"
rm -f ../r.jsonl
for f in b01_en b02_fr b03_es b04_de b05_pt b06_it b07_nl b08_pl b09_ja b10_ru b11_tr b12_ko b13_ar b14_hi b15_vi b16_uk b17_id b18_sv b19_el b20_sup b21_sup b22_sup; do
  python3 $f.py
done
python3 -c "
import json
p='../r.jsonl'; rs=[json.loads(l) for l in open(p)]
open(p,'w').write(''.join(json.dumps({k:v for k,v in r.items() if k!='_b'},ensure_ascii=False)+'\n' for r in rs))"
