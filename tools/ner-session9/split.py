import os; W = os.environ.get('WORK', '/tmp/ner9')  # work directory of the session-9 experiments (docs/ner.md)
# The ten held-out blocks of docs/ner.md (sessions 4-9): X_test.conll = the block, X_train.conll = the other sentences.
f = '../shared/data/anercorp/ANERcorp_CamelLabSplit_reconstructed_train.txt'
sents = []; cur = []
for line in open(f, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip():
        if cur: sents.append(cur); cur = []
    else: cur.append(line)
if cur: sents.append(cur)
blocks = {'A': (3567, 3962), 'B': (1982, 2377), 'C': (793, 1188), 'D': (2775, 3170), 'E': (1189, 1584),
          'F': (1, 396), 'G': (397, 792), 'H': (1585, 1981), 'I': (2378, 2774), 'J': (3171, 3566)}
for k, (a, b) in blocks.items():  # 1-based, inclusive
    test = sents[a - 1:b]; train = sents[:a - 1] + sents[b:]
    for name, ss in (('train', train), ('test', test)):
        with open(f'{W}/{k}_{name}.conll', 'w', encoding='utf-8') as o:
            for s in ss: o.write('\n'.join(s) + '\n\n')
