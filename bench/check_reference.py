#!/usr/bin/python3
"""Replays the training reference files with numpy alone, as the Java core must read them.

A second, independent reading of the files written by make_reference.py: weights are
out×in rows (y = x·Wᵀ + b), ReLU between linear layers, mean-reduced MSE or cross-entropy
on logits, then PyTorch's SGD or Adam update. Prints the worst difference from each file's
recorded losses and final model; both should be at rounding level (~1e-16).

Usage: /usr/bin/python3 bench/check_reference.py [FILE...]
"""
import glob
import json
import os
import sys

import numpy as np

REFERENCE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                         "src", "test", "resources", "fr", "dlintro", "reference")


def linear_layers(model):
    return [(np.array(layer["weight"]), np.array(layer["bias"])) if layer["type"] == "linear" else None
            for layer in model["layers"]]


def loss_and_output_grad(kind, out, y):
    if kind == "mse":
        target = np.array(y)
        return ((out - target) ** 2).mean(), 2 * (out - target) / out.size
    labels = np.array(y)
    rows = np.arange(len(labels))
    shifted = out - out.max(axis=1, keepdims=True)
    probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    grad = probs.copy()
    grad[rows, labels] -= 1
    return -np.log(probs[rows, labels]).mean(), grad / len(labels)


def replay(path):
    with open(path, encoding="utf-8") as f:
        ref = json.load(f)
    layers = linear_layers(ref["initial_model"])
    params = [p for layer in layers if layer for p in layer]
    opt = ref["optimizer"]
    first_moment = [np.zeros_like(p) for p in params]
    second_moment = [np.zeros_like(p) for p in params]
    worst_loss = 0.0
    for t, step in enumerate(ref["steps"], start=1):
        inputs = [np.array(step["x"])]
        for layer in layers:
            h = inputs[-1]
            inputs.append(h @ layer[0].T + layer[1] if layer else np.maximum(h, 0))
        loss, grad = loss_and_output_grad(ref["loss"], inputs[-1], step["y"])
        worst_loss = max(worst_loss, abs(loss - step["loss"]))
        grads = []
        for i in range(len(layers) - 1, -1, -1):
            if layers[i]:
                grads = [grad.T @ inputs[i], grad.sum(axis=0)] + grads
                grad = grad @ layers[i][0]
            else:
                grad = grad * (inputs[i] > 0)
        for k, (p, g) in enumerate(zip(params, grads)):
            if opt["name"] == "sgd":
                p -= opt["lr"] * g
            else:
                beta1, beta2 = opt["betas"]
                first_moment[k] = beta1 * first_moment[k] + (1 - beta1) * g
                second_moment[k] = beta2 * second_moment[k] + (1 - beta2) * g * g
                m_hat = first_moment[k] / (1 - beta1 ** t)
                v_hat = second_moment[k] / (1 - beta2 ** t)
                p -= opt["lr"] * m_hat / (np.sqrt(v_hat) + opt["eps"])
    final = [p for layer in linear_layers(ref["final_model"]) if layer for p in layer]
    worst_param = max(np.abs(a - b).max() for a, b in zip(params, final))
    return worst_loss, worst_param


def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(REFERENCE, "training_*.json")))
    worst = 0.0
    for path in paths:
        loss_diff, param_diff = replay(path)
        worst = max(worst, loss_diff, param_diff)
        print(f"{os.path.basename(path)}: worst loss difference {loss_diff:.1e}, "
              f"worst final-parameter difference {param_diff:.1e}")
    sys.exit(0 if worst < 1e-12 else 1)


if __name__ == "__main__":
    main()
