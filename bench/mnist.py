#!/usr/bin/python3
"""Projet 2 du livre (5.2) : reconnaissance des chiffres manuscrits MNIST, en PyTorch.

Le code du livre (5.2.4 à 5.2.8), avec deux différences de chargement : les images
viennent des fichiers IDX fournis avec l'application (assets/mnist/, sans téléchargement)
et sont converties en tenseurs et normalisées une fois pour toutes, (x/255 − 0,5)/0,5,
ce que font ToTensor() puis Normalize((0.5,), (0.5,)) image par image dans le livre.
Le découpage 48 000 / 12 000 est tiré avec une graine. Le modèle est la classe de 5.2.6 :
avec num_hidden_layers=4 elle construit cinq couches cachées de 40 (784-40-40-40-40-40-10,
voir ERRATA) et sort des logits, comme il se doit avec CrossEntropyLoss.
Ajouts pour la mesure : un seul thread, durée de chaque époque (entraînement +
validation), une ligne JSON finale comme `dlintro.jar train mnist --json`.

Usage : OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/mnist.py [--epochs 20] [--data assets/mnist]
"""
import argparse
import gzip
import json
import os
import random
import statistics
import time

import numpy as np
import torch
import torch.nn as nn
import torch.optim as optim
from torch.utils.data import DataLoader, TensorDataset, random_split
from sklearn.metrics import accuracy_score, precision_score, recall_score, f1_score

# Mesure comparable à l'application : un seul thread de calcul (avec OPENBLAS_NUM_THREADS=1).
torch.set_num_threads(1)

device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_idx(path, magic, dimensions):
    """Lit un fichier IDX compressé en gzip : en-tête (nombre magique, dimensions) puis octets."""
    with gzip.open(path, "rb") as f:
        data = f.read()
    header = np.frombuffer(data, dtype=">i4", count=1 + dimensions)
    if header[0] != magic:
        raise ValueError(f"{path} : nombre magique {header[0]}, attendu {magic}")
    shape = tuple(int(d) for d in header[1:])
    return np.frombuffer(data, dtype=np.uint8, offset=4 * (1 + dimensions)).reshape(shape)


def load_mnist(data_dir, kind):
    """Images (N, 1, 28, 28) normalisées comme ToTensor + Normalize((0.5,), (0.5,)), étiquettes (N,)."""
    images = read_idx(os.path.join(data_dir, f"{kind}-images-idx3-ubyte.gz"), 2051, 3)
    labels = read_idx(os.path.join(data_dir, f"{kind}-labels-idx1-ubyte.gz"), 2049, 1)
    # Opérations en place : pas de copie temporaire de 188 Mo par étape.
    x = torch.from_numpy(images.astype(np.float32)).unsqueeze(1)
    x.div_(255.0).sub_(0.5).div_(0.5)
    y = torch.from_numpy(labels.astype(np.int64))
    return TensorDataset(x, y)


# 5.2.6 Définition de l'architecture du réseau
class MLP(nn.Module):
    def __init__(self, input_size=784, hidden_size=40, output_size=10,
                 num_hidden_layers=4):
        super(MLP, self).__init__()
        self.layers = nn.ModuleList()
        self.layers.append(nn.Linear(input_size, hidden_size, bias=True))
        for i in range(num_hidden_layers):
            self.layers.append(nn.Linear(hidden_size, hidden_size, bias=True))
        self.layers.append(nn.Linear(hidden_size, output_size, bias=True))

    def forward(self, x):
        x = x.view(x.size(0), -1)  # Mettre à plat les images
        for layer in self.layers[:-1]:
            x = torch.relu(layer(x))
        x = self.layers[-1](x)
        return x


def seconds_per_epoch(epoch_seconds):
    """Médiane des époques après la première (qui paie le démarrage), comme le CLI Java."""
    later = epoch_seconds[1:] or epoch_seconds
    return statistics.median(later)


def main():
    parser = argparse.ArgumentParser(description="Projet MNIST du livre (5.2) en PyTorch.")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--data", default=os.path.join(PROJECT_ROOT, "assets", "mnist"))
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)

    # 5.2.4 Importation et préparation des données
    batch_size = 32
    train_dataset = load_mnist(args.data, "train")
    test_dataset = load_mnist(args.data, "t10k")

    train_size = int(0.8 * len(train_dataset))
    val_size = len(train_dataset) - train_size
    train_dataset, val_dataset = random_split(train_dataset, [train_size, val_size],
                                              generator=torch.Generator().manual_seed(args.seed))

    train_loader = DataLoader(dataset=train_dataset, batch_size=batch_size,
                              shuffle=True)
    val_loader = DataLoader(dataset=val_dataset, batch_size=batch_size,
                            shuffle=True)
    test_loader = DataLoader(dataset=test_dataset, batch_size=batch_size,
                             shuffle=False)

    # 5.2.7 Entraînement du modèle
    model = MLP().to(device)
    parameter_count = sum(p.numel() for p in model.parameters())

    criterion = nn.CrossEntropyLoss()  # fonction de perte
    optimizer = optim.SGD(model.parameters(), lr=0.01)  # lr = learning rate

    num_epochs = args.epochs
    train_losses = []
    val_losses = []
    val_accuracies = []
    epoch_seconds = []

    for epoch in range(num_epochs):
        start = time.perf_counter()
        model.train()
        train_loss = 0.0

        # Entraînement
        for images, labels in train_loader:
            images, labels = images.to(device), labels.to(device)
            optimizer.zero_grad()
            outputs = model(images)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            train_loss += loss.item()

        train_losses.append(train_loss/len(train_loader))

        # Validation
        model.eval()
        val_loss = 0.0
        val_correct = 0
        with torch.no_grad():
            for images, labels in val_loader:
                images, labels = images.to(device), labels.to(device)
                outputs = model(images)
                loss = criterion(outputs, labels)
                val_loss += loss.item()
                val_correct += (outputs.argmax(1) == labels).sum().item()

        val_losses.append(val_loss/len(val_loader))
        val_accuracies.append(val_correct / len(val_dataset))
        epoch_seconds.append(time.perf_counter() - start)
        print(f"Époque {epoch+1}/{num_epochs} : perte d'entraînement {train_losses[-1]:.4f}, "
              f"de validation {val_losses[-1]:.4f}, exactitude de validation "
              f"{val_accuracies[-1]:.4f}, {epoch_seconds[-1]:.3f} s", flush=True)

    print('Entraînement terminé')

    # 5.2.8 Prédiction sur l'ensemble de test
    all_labels, all_predictions = [], []
    model.eval()
    with torch.no_grad():
        for images, labels in test_loader:
            images, labels = images.to(device), labels.to(device)
            outputs = model(images)
            _, predicted = torch.max(outputs.data, 1)
            all_labels.extend(labels.cpu().numpy())
            all_predictions.extend(predicted.cpu().numpy())

    accuracy = accuracy_score(all_labels, all_predictions)
    precision = precision_score(all_labels, all_predictions, average='weighted')
    recall = recall_score(all_labels, all_predictions, average='weighted')
    f1 = f1_score(all_labels, all_predictions, average='weighted')

    # Le livre écrit « {accuracy:.2f}% » : c'est une fraction (0.96), pas un pourcentage.
    print(f"Exactitude sur l'ensemble de test : {accuracy:.4f}")
    print(f'Precision moyenne : {precision:.4f}')
    print(f'Recall moyen : {recall:.4f}')
    print(f'Score F1 moyen : {f1:.4f}')

    print(json.dumps({
        "task": "mnist",
        "framework": "pytorch",
        "torch_version": torch.__version__,
        "parameters": {"batch": batch_size, "lr": 0.01, "optimizer": "sgd", "hidden": 40,
                       "layers": len(model.layers) - 1, "activation": "relu", "epochs": num_epochs,
                       "seed": args.seed, "val_split": 0.2, "shuffle": True,
                       "threads": torch.get_num_threads()},
        "parameter_count": parameter_count,
        "epochs": [{"epoch": i + 1, "train_loss": t, "val_loss": v, "val_accuracy": a, "seconds": s}
                   for i, (t, v, a, s) in enumerate(zip(train_losses, val_losses, val_accuracies,
                                                         epoch_seconds))],
        "seconds_per_epoch": seconds_per_epoch(epoch_seconds),
        "test": {"accuracy": float(accuracy), "precision": float(precision),
                 "recall": float(recall), "f1": float(f1)},
    }))


if __name__ == "__main__":
    main()
