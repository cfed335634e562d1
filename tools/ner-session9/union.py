import os; W = os.environ.get('WORK', '/tmp/ner9')  # work directory of the session-9 experiments (docs/ner.md)
import sys,subprocess
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'errs.py')).read().split('G=read')[0])
# union.py OUT first second [third...]: names of first, then non-overlapping names of the others
out=sys.argv[1]; vs=sys.argv[2:]
res=[]
for X in 'ABC':
    G=read(f'{X}_test.conll'); Ps=[read(f'{v}.{X}.pred') for v in vs]
    with open(f'{out}.{X}.pred','w',encoding='utf-8') as o:
        for si,g in enumerate(G):
            n=len(g); tags=['O']*n
            for P in Ps:
                for (a,b,t) in sorted(spans([x for _,x in P[si]])):
                    if all(tags[i]=='O' for i in range(a,b)):
                        tags[a]='B-'+t
                        for i in range(a+1,b): tags[i]='I-'+t
            for (tok,_),t in zip(g,tags): o.write(f'{tok} {t}\n')
            o.write('\n')
    r=subprocess.run(['python3','../shared/eval/score.py','ner',f'{X}_test.conll',f'{out}.{X}.pred'],capture_output=True,text=True).stdout
    open(f'{out}.{X}.score','w').write(r)
subprocess.run(['./summ.sh',out])
