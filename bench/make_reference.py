#!/usr/bin/python3
"""Writes the PyTorch reference files that the Java agreement tests compare against.

Everything is computed in float64 from fixed seeds and written with Python's shortest
round-trip repr of each double (nothing rounded), into
src/test/resources/fr/dlintro/reference/:

  activations.json   y and d(sum y)/dx of relu, sigmoid, tanh, leaky_relu, gelu; softmax
  losses.json        mse, l1, bce, cross_entropy (mean reduction): loss and grad w.r.t. input
  training_{regression,classification}_{sgd,adam}.json
                     five optimiser steps from a given model; each step's batch, its loss
                     before the update, and the final model (DESIGN.md's model file JSON)

Usage: /usr/bin/python3 bench/make_reference.py [--out DIR]
"""
import argparse
import json
import os

import numpy as np
import torch
from torch import nn

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)

SEED = 42
STEPS = 5
GRID = 4096.0  # initial weights are multiples of 1/GRID, see snapped()
PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(PROJECT_ROOT, "src", "test", "resources", "fr", "dlintro", "reference")


def values(t):
    return t.detach().tolist()


def activation_reference(fn, x):
    x = x.clone().requires_grad_(True)
    y = fn(x)
    y.sum().backward()
    return {"y": values(y), "grad": values(x.grad)}


def activations():
    # 21 evenly spaced points from -4 to 4, with the middle one moved off 0, where relu and
    # leaky_relu have no derivative.
    x = torch.tensor([round(-4.0 + 0.4 * i, 1) for i in range(21)])
    x[10] = 0.1
    logits = torch.tensor([[2.0, 1.0, -1.0, 3.0],        # the book's example (3.2.6)
                           [1000.0, 1001.0, 999.0, 998.0],  # overflows exp() unless shifted
                           [-3.5, 0.25, 0.0, -1.0]])
    slope = 0.01
    return {
        "x": values(x),
        "relu": activation_reference(torch.relu, x),
        "sigmoid": activation_reference(torch.sigmoid, x),
        "tanh": activation_reference(torch.tanh, x),
        "leaky_relu": {"slope": slope,
                       **activation_reference(lambda t: nn.functional.leaky_relu(t, slope), x)},
        "gelu": activation_reference(lambda t: nn.functional.gelu(t, approximate="none"), x),
        "softmax": {"logits": values(logits), "probs": values(torch.softmax(logits, dim=1))},
    }


def loss_reference(loss_fn, first, second, first_key, second_key):
    first = first.clone().requires_grad_(True)
    loss = loss_fn(first, second)
    loss.backward()
    return {first_key: values(first), second_key: values(second),
            "loss": loss.item(), "grad": values(first.grad)}


def losses():
    g = torch.Generator().manual_seed(SEED)
    prob = torch.rand(6, generator=g) * 0.9 + 0.05
    return {
        "mse": loss_reference(nn.functional.mse_loss, torch.randn(3, 2, generator=g),
                              torch.randn(3, 2, generator=g), "pred", "target"),
        "l1": loss_reference(nn.functional.l1_loss, torch.randn(3, 2, generator=g),
                             torch.randn(3, 2, generator=g), "pred", "target"),
        "bce": loss_reference(nn.functional.binary_cross_entropy, prob,
                              torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0, 0.0]), "prob", "target"),
        "cross_entropy": loss_reference(nn.functional.cross_entropy, torch.randn(4, 5, generator=g),
                                        torch.tensor([3, 0, 4, 1]), "logits", "labels"),
    }


def snapped(t):
    """Multiples of 2^-12: exact in float32 as well, and short in JSON (a 784-wide layer
    written with 17 significant digits would make each classification file ~0.4 MB larger)."""
    return torch.round(t * GRID) / GRID


def mlp(sizes):
    """Linear layers with ReLU between them, PyTorch's default initialisation snapped to the grid."""
    layers = []
    for i in range(len(sizes) - 1):
        linear = nn.Linear(sizes[i], sizes[i + 1])
        with torch.no_grad():
            linear.weight.copy_(snapped(linear.weight))
            linear.bias.copy_(snapped(linear.bias))
        layers.append(linear)
        if i < len(sizes) - 2:
            layers.append(nn.ReLU())
    return nn.Sequential(*layers)


def model_json(model, task):
    """DESIGN.md's model file: weights row-major out×in, as nn.Linear stores them."""
    layers = []
    for layer in model:
        if isinstance(layer, nn.Linear):
            layers.append({"type": "linear", "in": layer.in_features, "out": layer.out_features,
                           "weight": values(layer.weight), "bias": values(layer.bias)})
        elif isinstance(layer, nn.ReLU):
            layers.append({"type": "relu"})
        else:
            raise ValueError(f"no model-file type for {layer}")
    return {"format": "dlintro-mlp", "version": 1, "task": task,
            "input": model[0].in_features, "layers": layers}


def optimizer_json(name, lr):
    if name == "sgd":
        return {"name": "sgd", "lr": lr, "momentum": 0.0, "weight_decay": 0.0}
    return {"name": "adam", "lr": lr, "betas": [0.9, 0.999], "eps": 1e-8, "weight_decay": 0.0}


def make_optimizer(spec, model):
    if spec["name"] == "sgd":
        return torch.optim.SGD(model.parameters(), lr=spec["lr"])
    return torch.optim.Adam(model.parameters(), lr=spec["lr"], betas=tuple(spec["betas"]),
                            eps=spec["eps"], weight_decay=spec["weight_decay"])


def calculator_batches():
    """Batches of 8 sums as in 5.1.3: X = (a, b)/100, y = (a + b)/200."""
    rng = np.random.RandomState(SEED)
    batches = []
    for _ in range(STEPS):
        pairs = rng.randint(0, 101, (8, 2))
        batches.append((torch.tensor(pairs / 100.0), torch.tensor((pairs.sum(axis=1, keepdims=True)) / 200.0)))
    return batches


def image_like_batches():
    """Batches of 4 random inputs in [-1, 1] (the range of normalised MNIST), multiples of
    1/128 (exact in float32, short in JSON), with labels 0..9."""
    g = torch.Generator().manual_seed(SEED)
    return [(torch.randint(-128, 129, (4, 784), generator=g) / 128.0,
             torch.randint(0, 10, (4,), generator=g))
            for _ in range(STEPS)]


def training(task, sizes, loss_name, batches, optimizer_name, lr):
    torch.manual_seed(SEED)
    model = mlp(sizes)
    spec = optimizer_json(optimizer_name, lr)
    optimizer = make_optimizer(spec, model)
    loss_fn = nn.MSELoss() if loss_name == "mse" else nn.CrossEntropyLoss()
    initial = model_json(model, task)
    steps = []
    for x, y in batches:
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        steps.append({"x": values(x), "y": values(y), "loss": loss.item()})
    return {"torch_version": torch.__version__, "loss": loss_name, "optimizer": spec,
            "initial_model": initial, "steps": steps, "final_model": model_json(model, task)}


def write(out_dir, name, content):
    path = os.path.join(out_dir, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(content, f, separators=(",", ":"))
        f.write("\n")
    print(f"{os.path.relpath(path, PROJECT_ROOT)}: {os.path.getsize(path)} bytes")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=DEFAULT_OUT)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    write(args.out, "activations.json", activations())
    write(args.out, "losses.json", losses())
    for optimizer_name, lr in [("sgd", 0.1), ("adam", 0.001)]:
        write(args.out, f"training_regression_{optimizer_name}.json",
              training("regression", [2, 16, 16, 16, 1], "mse", calculator_batches(), optimizer_name, lr))
    for optimizer_name, lr in [("sgd", 0.01), ("adam", 0.001)]:
        write(args.out, f"training_classification_{optimizer_name}.json",
              training("classification", [784, 40, 40, 10], "cross_entropy", image_like_batches(),
                       optimizer_name, lr))


if __name__ == "__main__":
    main()
