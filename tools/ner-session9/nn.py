import os; W = os.environ.get('WORK', '/tmp/ner9')  # work directory of the session-9 experiments (docs/ner.md)
import numpy as np, sys, collections
X_=sys.argv[1]; Ks=[int(k) for k in sys.argv[2].split(",")]; MINC=int(sys.argv[3]); out=sys.argv[4]
X=np.load(W+'/X100.npy').astype(np.float32)
vocab=open(W+'/vocab.txt',encoding='utf-8').read().split('\n')[:len(X)]
vi={w:i for i,w in enumerate(vocab)}
cnt=collections.Counter(); typ=collections.defaultdict(collections.Counter)
for l in open(W+f'/{X_}_train.norm',encoding='utf-8'):
    p=l.rstrip('\n').split('\t')
    if len(p)<3: continue
    cnt[p[0]]+=1
    if p[2]!='O': typ[p[0]][p[2][2:]]+=1
types=['PERS','LOC','ORG','MISC']
anchors=[w for w in vocab if cnt[w]>=MINC]
A=np.array([vi[w] for w in anchors])
S=np.array([[typ[w][t]/cnt[w] for t in types] for w in anchors],dtype=np.float32)
print(len(anchors),'anchors',file=sys.stderr)
vals={}
for s in range(0,len(X),4000):
    sim=X[s:s+4000]@X[A].T
    for r in range(sim.shape[0]):
        i=s+r
        row=sim[r]
        K=max(Ks)
        idx=np.argpartition(-row,K+1)[:K+1]
        idx=idx[np.argsort(-row[idx])]
        idx=[j for j in idx if A[j]!=i][:K]
        vs=[]
        for k in Ks:
            m=S[idx[:k]].mean(0)
            t=int(np.argmax(m))
            vs.append('n%d'%k+((types[t]+('5' if m[t]>=0.5 else '2')) if m[t]>=0.25 else 'O'))
        vals[vocab[i]]=vs
with open(out,'w',encoding='utf-8') as o:
    for l in open('marsad-core/src/main/resources/org/marsad/ner/clusters.tsv',encoding='utf-8'):
        l=l.rstrip('\n')
        if l.startswith('#') or not l: o.write(l+'\n'); continue
        p=l.split('\t')
        if p[0] in vals and (len(sys.argv)<6 or cnt[p[0]]<MINC): p.extend(vals[p[0]])
        o.write('\t'.join(p)+'\n')
