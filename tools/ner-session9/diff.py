import os; W = os.environ.get('WORK', '/tmp/ner9')  # work directory of the session-9 experiments (docs/ner.md)
import sys, collections
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'errs.py')).read().split('G=read')[0])
v1,v2=sys.argv[1],sys.argv[2]
for X in (sys.argv[3] if len(sys.argv)>3 else 'ABC'):
    G=read(W+f'/{X}_test.conll'); P1=read(W+f'/{v1}.{X}.pred'); P2=read(W+f'/{v2}.{X}.pred')
    lost=collections.Counter(); gained=collections.Counter(); fpl=collections.Counter(); fpg=collections.Counter()
    for g,a,b in zip(G,P1,P2):
        toks=[t for t,_ in g]; gs=spans([t for _,t in g]); sa=spans([t for _,t in a]); sb=spans([t for _,t in b])
        for s in (gs&sa)-sb: lost[' '.join(toks[s[0]:s[1]])+' '+s[2]]+=1
        for s in (gs&sb)-sa: gained[' '.join(toks[s[0]:s[1]])+' '+s[2]]+=1
        for s in (sb-gs)-sa: fpg[' '.join(toks[s[0]:s[1]])+' '+s[2]]+=1
        for s in (sa-gs)-sb: fpl[' '.join(toks[s[0]:s[1]])+' '+s[2]]+=1
    print(X,'TP lost',sum(lost.values()),lost.most_common(8)); print(X,'TP gained',sum(gained.values()),gained.most_common(8))
    print(X,'FP new',sum(fpg.values()),fpg.most_common(6)); print(X,'FP gone',sum(fpl.values()),fpl.most_common(6))
