import json,collections
rs=[json.loads(l) for l in open(__import__('os').path.join(__import__('os').path.dirname(__file__), '..', 'r.jsonl'))]
c=collections.Counter
print(len(rs), c(r['kind'] for r in rs)); print(c(r['lang'] for r in rs)); print(c(r['class'] for r in rs)); print(c(r['labels']['purpose'] for r in rs))
print(c(r['endpoint'] for r in rs))
