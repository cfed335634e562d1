import os; W = os.environ.get('WORK', '/tmp/ner9')  # work directory of the session-9 experiments (docs/ner.md)
import numpy as np, scipy.sparse as sp, sys, collections
from scipy.sparse.linalg import svds
MINC=3; NCTX=10000; DIM=int(sys.argv[1]) if len(sys.argv)>1 else 100; WIN=2
docs=[l.split() for l in open(W+'/ant.tok',encoding='utf-8')]
cnt=collections.Counter(w for d in docs for w in d)
byf=sorted(cnt.items(), key=lambda x:(-x[1],x[0]))
vocab=[w for w,c in byf if c>=MINC and w!='<num>' and w[0].isalpha()][:60000]
vi={w:i for i,w in enumerate(vocab)}
ctx=[w for w,c in byf[:NCTX]]; ci={w:i for i,w in enumerate(ctx)}
rows=[];cols=[]
for d in docs:
    n=len(d)
    for i,w in enumerate(d):
        r=vi.get(w)
        if r is None: continue
        for o in range(-WIN,WIN+1):
            if o==0 or not (0<=i+o<n): continue
            c=ci.get(d[i+o])
            if c is None: continue
            rows.append(r); cols.append(c+ (o+WIN if o<0 else o+WIN-1)*NCTX)
M=sp.coo_matrix((np.ones(len(rows),dtype=np.float64),(rows,cols)),shape=(len(vocab),NCTX*2*WIN)).tocsr()
M.sum_duplicates()
tot=M.sum(); rs=np.asarray(M.sum(1)).ravel(); cs=np.asarray(M.sum(0)).ravel()**0.75; cs/=cs.sum()
M=M.tocoo()
pmi=np.log(M.data/tot/(rs[M.row]/tot)/cs[M.col])
keep=pmi>0
P=sp.csr_matrix((pmi[keep],(M.row[keep],M.col[keep])),shape=M.shape)
print('vocab',len(vocab),'nnz',P.nnz,file=sys.stderr)
np.random.seed(0)
U,S,Vt=svds(P,k=DIM,v0=np.ones(min(P.shape))/np.sqrt(min(P.shape)))
order=np.argsort(-S); U=U[:,order]; S=S[order]
X=U*np.sqrt(S)
X/=np.linalg.norm(X,axis=1,keepdims=True)+1e-12
np.save(W+'/X%d.npy'%DIM,X)
open(W+'/vocab.txt','w',encoding='utf-8').write('\n'.join(vocab)+'\n')
