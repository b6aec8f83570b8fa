"""The paired bootstrap of the model evaluation gate, replayed independently with scikit-learn.

Replays the gate's xoshiro128** generator (seeded by splitmix32) bit for bit, materialises each
resample as an index list (rows drawn with replacement, as textbooks describe the bootstrap),
computes each metric with scikit-learn on the resampled rows of candidate and baseline, and
takes numpy's percentiles of the differences. Reads one JSON case on stdin, writes JSON.
"""

import json
import math
import sys
import warnings

import numpy as np
from sklearn import metrics as skm

M = 0xFFFFFFFF


def rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & M


class Xoshiro128:
    def __init__(self, seed):
        s = seed & M
        state = []
        for _ in range(4):
            s = (s + 0x9E3779B9) & M
            z = s
            z = ((z ^ (z >> 16)) * 0x85EBCA6B) & M
            z = ((z ^ (z >> 13)) * 0xC2B2AE35) & M
            state.append((z ^ (z >> 16)) & M)
        self.a, self.b, self.c, self.d = state

    def next_u32(self):
        result = (rotl((self.b * 5) & M, 7) * 9) & M
        t = (self.b << 9) & M
        self.c ^= self.a
        self.d ^= self.b
        self.b ^= self.c
        self.a ^= self.d
        self.c ^= t
        self.d = rotl(self.d, 11)
        return result

    def below(self, n):
        return math.floor(self.next_u32() * (n / 4294967296))


def metric(name, y, yhat, s):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            if name == "roc_auc":
                return skm.roc_auc_score(y, s)
            if name == "accuracy":
                return skm.accuracy_score(y, yhat)
            if name == "log_loss":
                return skm.log_loss(y, s, labels=[0, 1])
            if name == "recall":
                return skm.recall_score(y, yhat)
        except Exception:  # noqa: BLE001 - not measurable on this resample
            return None
    raise ValueError(name)


def main():
    case = json.load(sys.stdin)
    y = np.array(case["y"], dtype=int)
    sc, sb = np.array(case["score_candidate"]), np.array(case["score_baseline"])
    pc, pb = (sc >= 0.5).astype(int), (sb >= 0.5).astype(int)
    n = len(y)
    rng = Xoshiro128(case["seed"])
    diffs = {name: [] for name in case["metrics"]}
    for _ in range(case["resamples"]):
        idx = np.array([rng.below(n) for _ in range(n)])
        for name in case["metrics"]:
            c = metric(name, y[idx], pc[idx], sc[idx])
            b = metric(name, y[idx], pb[idx], sb[idx])
            if c is not None and b is not None:
                diffs[name].append(c - b)
    alpha = (1 - case["confidence"]) / 2 * 100
    out = {}
    for name, d in diffs.items():
        lo, hi = np.percentile(np.array(d), [alpha, 100 - alpha])
        out[name] = {"lower": float(lo), "upper": float(hi), "resamples": len(d)}
    probe = Xoshiro128(case["seed"])
    out["first_u32"] = [probe.next_u32() for _ in range(5)]
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
