import os; W = os.environ.get('WORK', '/tmp/ner9')  # work directory of the session-9 experiments (docs/ner.md)
import sys, collections
def read(f):
    S=[];cur=[]
    for l in open(f,encoding='utf-8'):
        l=l.rstrip('\n')
        if not l.strip():
            if cur: S.append(cur); cur=[]
        else:
            p=l.split(); cur.append((p[0],p[-1]))
    if cur: S.append(cur)
    return S
def spans(tags):
    out=set(); i=0
    while i<len(tags):
        t=tags[i]
        if t.startswith('B-') or t.startswith('I-'):
            ty=t[2:]; j=i+1
            while j<len(tags) and tags[j]=='I-'+ty: j+=1
            out.add((i,j,ty)); i=j
        else: i+=1
    return out
G=read(sys.argv[1]); P=read(sys.argv[2])
cat=collections.Counter(); ex=collections.defaultdict(collections.Counter)
for g,p in zip(G,P):
    toks=[t for t,_ in g]
    gs=spans([t for _,t in g]); ps=spans([t for _,t in p])
    for s in gs-ps:
        # find overlapping predicted
        ov=[q for q in ps if q[0]<s[1] and s[0]<q[1]]
        txt=' '.join(toks[s[0]:s[1]])
        if not ov: k='FN '+s[2]
        elif any(q[:2]==s[:2] for q in ov): k='TYPE %s->%s'%(s[2],[q for q in ov if q[:2]==s[:2]][0][2])
        else: k='BOUND '+s[2]
        cat[k]+=1; ex[k][txt]+=1
    for s in ps-gs:
        ov=[q for q in gs if q[0]<s[1] and s[0]<q[1]]
        if not ov:
            k='FP '+s[2]; cat[k]+=1; ex[k][' '.join(toks[s[0]:s[1]])]+=1
for k,v in cat.most_common():
    print(v,k,'|',', '.join('%s×%d'%(a,b) for a,b in ex[k].most_common(12)))
