#!/bin/bash
# Session 17 (docs/ner.md): the Arabic given-name list tried as an NER feature (not kept).
# usage: tools/ner-session17/given-names.sh OUTDIR   (run from the repository root; needs npm and python3)
# Writes OUTDIR/given-raw.txt (the 2,478 keys of arabic-name-to-en 1.0.6, cases/fullnamedb.js; ISC licence per its
# package.json) and OUTDIR/given-clean.txt (without 77 entries: shorter than 3 letters, a trigger word of
# marsad-core/.../ner/triggers.txt, or among the 1,000 most frequent normalised words of ../shared/data/ant-unlabeled.jsonl
# unless ANERGazet's person list has it).
set -euo pipefail
out=$(realpath -m "${1:?usage: given-names.sh OUTDIR}"); mkdir -p "$out"
repo=$(pwd)
(cd "$out" && npm pack arabic-name-to-en@1.0.6 >/dev/null && mkdir -p a2e && tar xzf arabic-name-to-en-1.0.6.tgz -C a2e)
grep -oP '^\s*\K[^\s:"]+(?=:)' "$out/a2e/package/cases/fullnamedb.js" | sort -u > "$out/given-raw.txt"
python3 - "$out" "$repo" <<'P'
import sys, re, json, collections
out, repo = sys.argv[1], sys.argv[2]
D = re.compile('[\u064B-\u065F\u0670\u0640]')
T = str.maketrans({'أ':'ا','إ':'ا','آ':'ا','ٱ':'ا','ؤ':'و','ئ':'ي','ى':'ي','ی':'ي','ک':'ك','ة':'ه'})
norm = lambda s: D.sub('', s).translate(T)
c = collections.Counter()
for l in open(repo + '/../shared/data/ant-unlabeled.jsonl', encoding='utf-8'):
    for w in re.findall(r'[\u0600-\u06FF]+', json.loads(l).get('text', '')): c[norm(w)] += 1
top = {w for w, _ in c.most_common(1000)}
gaz = {norm(x.strip()) for x in open(repo + '/marsad-core/src/main/resources/org/marsad/ner/anergazet/AlignedPersGazetteer.txt', encoding='utf-8') if x.strip()}
trig = set()
for l in open(repo + '/marsad-core/src/main/resources/org/marsad/ner/triggers.txt', encoding='utf-8'):
    if l.strip() and not l.startswith('#'): trig.update(norm(w) for w in l.split()[1:])
keep = []
for x in (l.strip() for l in open(out + '/given-raw.txt', encoding='utf-8')):
    n = norm(x); b = n[2:] if n.startswith('ال') else n
    if not (len(n) < 3 or n in trig or b in trig or (n in top and n not in gaz)): keep.append(x)
open(out + '/given-clean.txt', 'w', encoding='utf-8').write('\n'.join(keep) + '\n')
print(len(keep), 'kept of', sum(1 for _ in open(out + '/given-raw.txt')))
P
