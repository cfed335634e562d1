import os; W = os.environ.get('WORK', '/tmp/ner9')  # work directory of the session-9 experiments (docs/ner.md)
import sys,subprocess,collections
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'errs.py')).read().split('G=read')[0])
out=sys.argv[1]; need=int(sys.argv[2]); vs=sys.argv[3:]
for X in 'ABC':
    G=read(f'{X}_test.conll'); Ps=[read(f'{v}.{X}.pred') for v in vs]
    with open(f'{out}.{X}.pred','w',encoding='utf-8') as o:
        for si,g in enumerate(G):
            n=len(g); tags=['O']*n
            c=collections.Counter(s for P in Ps for s in spans([x for _,x in P[si]]))
            for (a,b,t),k in sorted(c.items(), key=lambda x:(-x[1],x[0])):
                if k>=need and all(tags[i]=='O' for i in range(a,b)):
                    tags[a]='B-'+t
                    for i in range(a+1,b): tags[i]='I-'+t
            for (tok,_),t in zip(g,tags): o.write(f'{tok} {t}\n')
            o.write('\n')
    r=subprocess.run(['python3','../shared/eval/score.py','ner',f'{X}_test.conll',f'{out}.{X}.pred'],capture_output=True,text=True).stdout
    open(f'{out}.{X}.score','w').write(r)
subprocess.run(['./summ.sh',out])
