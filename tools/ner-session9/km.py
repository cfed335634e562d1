import os; W = os.environ.get('WORK', '/tmp/ner9')  # work directory of the session-9 experiments (docs/ner.md)
import numpy as np, sys
DIM=int(sys.argv[1]); ks=[int(k) for k in sys.argv[2].split(',')]; out=sys.argv[3]
X=np.load(W+'/X%d.npy'%DIM).astype(np.float32)
vocab=open(W+'/vocab.txt',encoding='utf-8').read().split('\n')[:len(X)]
def kmeans(X,k,it=25):
    # deterministic init: the k most frequent words spread (every len/k-th of the top 4k)
    C=X[np.linspace(0,min(len(X),8*k)-1,k).astype(int)].copy()
    for t in range(it):
        a=np.argmax(X@C.T,axis=1)
        for j in range(k):
            m=X[a==j]
            if len(m): c=m.sum(0); C[j]=c/(np.linalg.norm(c)+1e-12)
    return a
labs=[kmeans(X,k) for k in ks]
with open(out,'w',encoding='utf-8') as o:
    for i,w in enumerate(vocab):
        o.write(w+'\t'+'\t'.join(str(l[i]) for l in labs)+'\n')
