#!/usr/bin/python3
"""Projet 1 du livre (5.1) : la calculatrice, avec le code PyTorch du livre, corrigé.

Données de 5.1.3, classe évolutive de 5.1.4.3.1 (2-16-16-16-1, ReLU), entraînement de
5.1.5 avec les hyperparamètres de 5.1.6.1, test de 5.1.7 sur 2 000 nouvelles paires.
Corrections (ERRATA) : test_model dé-normalise par max² pour 'multiply' (le livre
multiplie toujours par 2·max). Ajouts pour la mesure : un seul thread, durée de chaque
époque (entraînement + validation), une ligne JSON finale comme `dlintro.jar train
calculator --json`. Sans matplotlib, tqdm ni torchsummary : rien n'est tracé.

Usage : OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/calculator.py [--epochs 10] [--op add]
"""
import argparse
import json
import random
import statistics
import time

import numpy as np  # manipulation de tableaux multidimensionnels
import torch  # notre framework de deep learning
from torch import nn  # définition d'architectures de réseaux de neurones
from torch.utils.data import DataLoader, TensorDataset  # gestion des ensembles de données
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

# Mesure comparable à l'application : un seul thread de calcul (avec OPENBLAS_NUM_THREADS=1).
torch.set_num_threads(1)

device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")


def set_seed(seed_value=42):
    random.seed(seed_value)
    np.random.seed(seed_value)
    torch.manual_seed(seed_value)
    torch.cuda.manual_seed_all(seed_value)
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = False


# 5.1.3 Le jeu de données
def create_calculator_dataset(num_samples, min_value, max_value, operation):
    X = np.random.randint(min_value, max_value+1, (num_samples, 2))
    if operation == 'add':
        y = X[:, 0] + X[:, 1]
    elif operation == 'multiply':
        y = X[:, 0] * X[:, 1]
    else:
        raise ValueError("Operation not recognized. Use 'add' or 'multiply'")

    X = X / max_value
    if operation == 'add':
        y = y / (2 * max_value)
    elif operation == 'multiply':
        y = y / (max_value * max_value)
    return X, y


def output_scale(max_value, operation):
    """Facteur qui ramène une sortie normalisée à l'échelle du livre (inverse de 5.1.3)."""
    return 2 * max_value if operation == 'add' else max_value * max_value


# 5.1.4.3.1 Classe évolutive
class MLP(nn.Module):
    def __init__(self, input_size=2, hidden_size=40, output_size=1,
                 num_hidden_layers=4, activation_fn=nn.ReLU()):
        super(MLP, self).__init__()
        self.layers = nn.ModuleList([nn.Linear(input_size, hidden_size)])
        self.layers.extend([nn.Linear(hidden_size, hidden_size) for _ in
                            range(num_hidden_layers-1)])
        self.output_layer = nn.Linear(hidden_size, output_size)
        self.activation_fn = activation_fn

    def forward(self, x):
        for layer in self.layers:
            x = self.activation_fn(layer(x))
        x = self.output_layer(x)
        return x


# 5.1.5.1 Dataloader
def create_calculator_dataloaders(num_samples=1000, min_value=0, max_value=10,
                                  operation='add', batch_size=64, val_split=0.2):
    X, y = create_calculator_dataset(num_samples, min_value, max_value,
                                     operation)
    X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=val_split,
                                                      random_state=42)

    X_train_tensor = torch.tensor(X_train, dtype=torch.float32).to(device)
    y_train_tensor = torch.tensor(y_train, dtype=torch.float32).to(device)
    X_val_tensor = torch.tensor(X_val, dtype=torch.float32).to(device)
    y_val_tensor = torch.tensor(y_val, dtype=torch.float32).to(device)

    train_dataset = TensorDataset(X_train_tensor, y_train_tensor)
    train_dataloader = DataLoader(train_dataset, batch_size=batch_size,
                                  shuffle=True)
    val_dataset = TensorDataset(X_val_tensor, y_val_tensor)
    val_dataloader = DataLoader(val_dataset, batch_size=batch_size)

    return train_dataloader, val_dataloader


# 5.1.5.2 L'optimiseur
def get_optimizer(model, optimizer_name="sgd", lr=0.1):
    if optimizer_name.lower() == "adam":
        return torch.optim.Adam(model.parameters(), lr=lr)
    elif optimizer_name.lower() == "sgd":
        return torch.optim.SGD(model.parameters(), lr=lr)
    else:
        raise ValueError("Optimizer not recognized. Use 'adam' or 'sgd'.")


# 5.1.5.3 Le processus d'entraînement (+ durée de chaque époque)
def train_model(model, train_dataloader, val_dataloader, epochs=10,
                optimizer_name="sgd", lr=0.1):
    model.to(device)
    optimizer = get_optimizer(model, optimizer_name, lr)
    loss_fn = nn.MSELoss()
    train_loss_history, val_loss_history, epoch_seconds = [], [], []

    for epoch in range(epochs):
        start = time.perf_counter()
        model.train()
        running_train_loss = 0.0
        for X_batch, y_batch in train_dataloader:
            optimizer.zero_grad()
            outputs = model(X_batch)
            loss = loss_fn(outputs.view(-1), y_batch)
            loss.backward()
            optimizer.step()
            running_train_loss += loss.item()

        epoch_train_loss = running_train_loss / len(train_dataloader)
        train_loss_history.append(epoch_train_loss)

        model.eval()
        running_val_loss = 0.0
        with torch.no_grad():
            for X_batch, y_batch in val_dataloader:
                outputs = model(X_batch)
                loss = loss_fn(outputs.view(-1), y_batch)
                running_val_loss += loss.item()

        epoch_val_loss = running_val_loss / len(val_dataloader)
        val_loss_history.append(epoch_val_loss)
        epoch_seconds.append(time.perf_counter() - start)
        print(f"Époque {epoch+1}/{epochs} : perte d'entraînement {epoch_train_loss:.6f}, "
              f"de validation {epoch_val_loss:.6f}, {epoch_seconds[-1]:.4f} s", flush=True)

    return train_loss_history, val_loss_history, epoch_seconds


# 5.1.7 Test du modèle (corrigé : max² pour 'multiply')
def test_model(model, num_samples, min_value, max_value, operation):
    X_test, y_test = create_calculator_dataset(num_samples, min_value, max_value,
                                               operation)
    X_test_tensor = torch.tensor(X_test, dtype=torch.float32).to(device)
    scale = output_scale(max_value, operation)
    with torch.no_grad():
        y_pred = model(X_test_tensor)
        y_pred_denormalized = (y_pred * scale).squeeze().cpu().numpy()
    return y_pred_denormalized, y_test * scale


# 5.1.7.1 Inférences à la main
def predict_sum(model, num1, num2, max_value=100, operation='add'):
    # Normalisation des entrées
    X_input = torch.tensor([[num1/max_value, num2/max_value]],
                           dtype=torch.float32).to(device)

    # Inférence
    with torch.no_grad():
        prediction = model(X_input)

    # Retour à l'échelle originale pour obtenir le résultat
    predicted_sum = prediction * output_scale(max_value, operation)
    return predicted_sum.item()


def seconds_per_epoch(epoch_seconds):
    """Médiane des époques après la première (qui paie le démarrage), comme le CLI Java."""
    later = epoch_seconds[1:] or epoch_seconds
    return statistics.median(later)


def main():
    parser = argparse.ArgumentParser(description="Projet calculatrice du livre (5.1) en PyTorch.")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--op", choices=["add", "multiply"], default="add")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    set_seed(args.seed)

    # 5.1.6.1 Paramètres pour la création du jeu de données
    num_samples = 10000
    min_value = 0
    max_value = 100
    operation = args.op
    batch_size = 64
    learning_rate = 0.1
    optimizer = "sgd"

    # Paramètres pour le modèle MLP
    input_size = 2
    hidden_size = 16
    output_size = 1
    num_hidden_layers = 3
    activation_fn = nn.ReLU()

    # Paramètres pour l'entraînement
    epochs = args.epochs

    model = MLP(input_size, hidden_size, output_size, num_hidden_layers, activation_fn)
    parameter_count = sum(p.numel() for p in model.parameters())

    # 5.1.6.2 Préparation des données
    train_dataloader, val_dataloader = create_calculator_dataloaders(
        num_samples=num_samples, min_value=min_value, max_value=max_value,
        operation=operation, batch_size=batch_size, val_split=0.2
    )

    # 5.1.6.3 Processus d'entraînement
    train_loss_history, val_loss_history, epoch_seconds = train_model(
        model, train_dataloader, val_dataloader, epochs=epochs,
        optimizer_name=optimizer, lr=learning_rate
    )

    # 5.1.7 Test sur 2 000 nouvelles paires
    y_pred, y_true = test_model(model, 2000, min_value, max_value, operation)
    mse = mean_squared_error(y_true, y_pred)
    mae = mean_absolute_error(y_true, y_pred)
    r2 = r2_score(y_true, y_pred)
    print(f"Mean Squared Error (MSE): {mse:.4f}")
    print(f"Mean Absolute Error (MAE): {mae:.4f}")
    print(f"R-squared (R2): {r2:.4f}")

    predictions = []
    for a, b in [(50, 50), (6, 6)]:
        result = predict_sum(model, a, b, max_value, operation)
        expected = a + b if operation == 'add' else a * b
        print(f"Le résultat prédit pour {a} et {b} est : {result:.2f} (attendu : {expected})")
        predictions.append({"a": a, "b": b, "predicted": result, "expected": expected})

    print(json.dumps({
        "task": "calculator",
        "framework": "pytorch",
        "torch_version": torch.__version__,
        "parameters": {"batch": batch_size, "lr": learning_rate, "optimizer": optimizer,
                       "hidden": hidden_size, "layers": num_hidden_layers, "activation": "relu",
                       "epochs": epochs, "seed": args.seed, "val_split": 0.2, "shuffle": True,
                       "threads": torch.get_num_threads(), "samples": num_samples,
                       "min": min_value, "max": max_value, "op": operation},
        "parameter_count": parameter_count,
        "epochs": [{"epoch": i + 1, "train_loss": t, "val_loss": v, "seconds": s}
                   for i, (t, v, s) in enumerate(zip(train_loss_history, val_loss_history, epoch_seconds))],
        "seconds_per_epoch": seconds_per_epoch(epoch_seconds),
        "test": {"mse": float(mse), "mae": float(mae), "r2": float(r2)},
        "predictions": predictions,
    }))


if __name__ == "__main__":
    main()
