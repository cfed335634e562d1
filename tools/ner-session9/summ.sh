#!/bin/bash
# summ.sh VARIANT: A B C mean
cd ${WORK:-/tmp/ner9}; python3 - "$1" <<'P'
import sys,re
v=sys.argv[1]; fs=[]
for X in 'ABC':
    t=open(f'{v}.{X}.score').read(); fs.append(float(re.search(r'ner_f1: ([0-9.]+)',t).group(1)))
b=[0.754,0.749,0.733]
print(v, ' '.join('%.3f'%f for f in fs), 'mean %.4f'%(sum(fs)/3), 'delta', ' '.join('%+.3f'%(f-x) for f,x in zip(fs,b)), 'dmean %+.4f'%((sum(fs)-sum(b))/3))
P
