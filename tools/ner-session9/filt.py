import os; W = os.environ.get('WORK', '/tmp/ner9')  # work directory of the session-9 experiments (docs/ner.md)
import sys
# filt.py TABLE KNOWN MIN OUT [all]   (all = keep known words too)
tab,known,mn,out=sys.argv[1:5]; mn=int(mn); keepall=len(sys.argv)>5
K=set(l.rstrip('\n') for l in open(known,encoding='utf-8'))
n=kept=0
with open(out,'w',encoding='utf-8') as o:
    for l in open(tab,encoding='utf-8'):
        if l.startswith('#'): o.write(l); continue
        p=l.rstrip('\n').split('\t')
        if len(p)<3: continue
        n+=1
        if int(p[2])<mn: continue
        if not keepall and (p[0]+'\t'+p[1]) in K: continue
        kept+=1; o.write(l)
print(tab,n,'->',kept,file=sys.stderr)
