import os; W = os.environ.get('WORK', '/tmp/ner9')  # work directory of the session-9 experiments (docs/ner.md)
import sys,subprocess,collections
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'errs.py')).read().split('G=read')[0])
# combine.py union OUT first second [third...]: names of first, then non-overlapping names of the others
# combine.py vote OUT NEED m1 m2 [m3...]: names predicted by at least NEED models, most votes first
mode=sys.argv[1]; out=sys.argv[2]
need=int(sys.argv[3]) if mode=='vote' else 1
vs=sys.argv[4:] if mode=='vote' else sys.argv[3:]

def ranked(P, si):
    """Candidate spans of sentence si in the order they claim tokens."""
    if mode=='union':
        return [s for p in P for s in sorted(spans([x for _,x in p[si]]))]
    c=collections.Counter(s for p in P for s in spans([x for _,x in p[si]]))
    return [s for s,k in sorted(c.items(), key=lambda x:(-x[1],x[0])) if k>=need]

for X in 'ABC':
    G=read(f'{X}_test.conll'); Ps=[read(f'{v}.{X}.pred') for v in vs]
    with open(f'{out}.{X}.pred','w',encoding='utf-8') as o:
        for si,g in enumerate(G):
            tags=['O']*len(g)
            for (a,b,t) in ranked(Ps, si):
                if all(tags[i]=='O' for i in range(a,b)):
                    tags[a]='B-'+t
                    for i in range(a+1,b): tags[i]='I-'+t
            for (tok,_),t in zip(g,tags): o.write(f'{tok} {t}\n')
            o.write('\n')
    r=subprocess.run(['python3','../shared/eval/score.py','ner',f'{X}_test.conll',f'{out}.{X}.pred'],capture_output=True,text=True).stdout
    open(f'{out}.{X}.score','w').write(r)
subprocess.run(['./summ.sh',out])
