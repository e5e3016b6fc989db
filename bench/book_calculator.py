#!/usr/bin/python3
"""Projet 1 du livre (5.1), la calculatrice : le code du livre dans son ordre, corrigé.

Les panneaux de code de la leçon 5.1 sont des extraits de ce script, délimités par
« # panneau: ID » et « # fin du panneau » (ChapterFiveCodePanelsTest vérifie qu'ils n'ont
pas dérivé). Entre les panneaux, quelques lignes qui ne sont pas dans le livre : le script
tourne sans écran (matplotlib en Agg, figures enregistrées dans bench/out/book/) et sur un
seul thread. Corrections (voir ../shared/book/ERRATA.md) : `super(MLP, self)` dans la
classe à six couches, `test_model` dé-normalise par max² pour 'multiply', les f-strings
coupées en deux lignes du livre sont réunies. Le livre affiche le résumé du modèle avec
`torchsummary`, qui n'est pas empaqueté par Debian : le script compte les paramètres
couche par couche avec PyTorch seul.

Prérequis (paquets Debian) : python3-torch python3-sklearn python3-matplotlib python3-tqdm.
Usage : OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/book_calculator.py
"""
import os

import matplotlib

matplotlib.use("Agg")  # pas d'écran : plt.show() ne montre rien, les figures sont enregistrées

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "out", "book")
os.makedirs(OUT, exist_ok=True)

# panneau: 5.1.2-imports
import numpy as np # manipulation de tableaux multidimensionnels
import matplotlib.pyplot as plt # visualisation de données
import torch # notre framework de deep learning
from torch import nn # architectures de réseaux (nn comme Neural Network)
from torch.utils.data import DataLoader, TensorDataset # jeux de données
from tqdm import tqdm # barre de progression pendant l'entraînement
# métriques d'évaluation des modèles
from sklearn.metrics import (mean_squared_error, mean_absolute_error,
                             r2_score)
import random # génération de nombres aléatoires
# fin du panneau

torch.set_num_threads(1)


def save_figure(name):
    plt.gcf().savefig(os.path.join(OUT, name))
    plt.close("all")


# panneau: 5.1.2-device
device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")
# fin du panneau

# panneau: 5.1.2-seed
def set_seed(seed_value=42):
    random.seed(seed_value)
    np.random.seed(seed_value)
    torch.manual_seed(seed_value)
    torch.cuda.manual_seed_all(seed_value)
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = False
# fin du panneau

# panneau: 5.1.2-config
set_seed(42)

if torch.cuda.is_available():
    print("Le GPU est utilisé")
else:
    print("Le GPU n'est PAS utilisé, le CPU est utilisé")
# fin du panneau

# panneau: 5.1.3-dataset
def create_calculator_dataset(num_samples, min_value, max_value, operation):
    X = np.random.randint(min_value, max_value+1, (num_samples, 2))
    if operation == 'add':
        y = X[:, 0] + X[:, 1]
    elif operation == 'multiply':
        y = X[:, 0] * X[:, 1]
    else:
        raise ValueError(
            "Operation not recognized. Use 'add' or 'multiply'")

    X = X / max_value
    if operation == 'add':
        y = y / (2 * max_value)
    elif operation == 'multiply':
        y = y / (max_value * max_value)
    return X, y
# fin du panneau

# panneau: 5.1.3-example
X, y = create_calculator_dataset(5, 0, 100, 'add')
print(X)
print(y)
# fin du panneau

# panneau: 5.1.4-sequential
sequential_model = nn.Sequential(
    nn.Linear(2, 40, bias=True), # Couche d'entrée
    nn.ReLU(),
    nn.Linear(40, 40, bias=True), # Première couche cachée
    nn.ReLU(),
    nn.Linear(40, 40, bias=True), # Deuxième couche cachée
    nn.ReLU(),
    nn.Linear(40, 40, bias=True), # Troisième couche cachée
    nn.ReLU(),
    nn.Linear(40, 40, bias=True), # Quatrième couche cachée
    nn.ReLU(),
    nn.Linear(40, 1, bias=True) # Couche de sortie
)
# fin du panneau

# panneau: 5.1.4.3-class
class MLP(nn.Module):
    def __init__(self):
        super(MLP, self).__init__()
        self.layer1 = nn.Linear(2, 40)
        self.layer2 = nn.Linear(40, 40)
        self.layer3 = nn.Linear(40, 40)
        self.layer4 = nn.Linear(40, 40)
        self.layer5 = nn.Linear(40, 40)
        self.layer_out = nn.Linear(40, 1)
        self.relu = nn.ReLU()

    def forward(self, x):
        x = self.layer1(x)
        x = self.relu(x)
        x = self.layer2(x)
        x = self.relu(x)
        x = self.layer3(x)
        x = self.relu(x)
        x = self.layer4(x)
        x = self.relu(x)
        x = self.layer5(x)
        x = self.relu(x)
        x = self.layer_out(x)
        return x
# fin du panneau

# panneau: 5.1.4.3-count
custom_model = MLP()
print(sum(p.numel() for p in sequential_model.parameters()))
print(sum(p.numel() for p in custom_model.parameters()))
# fin du panneau

# panneau: 5.1.4.3.1-evolutive
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
# fin du panneau

# panneau: 5.1.5.1-dataloaders
from sklearn.model_selection import train_test_split

def create_calculator_dataloaders(num_samples=1000, min_value=0,
                                  max_value=10, operation='add',
                                  batch_size=64, val_split=0.2):
    X, y = create_calculator_dataset(num_samples, min_value, max_value,
                                     operation)
    X_train, X_val, y_train, y_val = train_test_split(
        X, y, test_size=val_split, random_state=42)

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
# fin du panneau

# panneau: 5.1.5.2-optimizer
def get_optimizer(model, optimizer_name="sgd", lr=0.1):
    if optimizer_name.lower() == "adam":
        return torch.optim.Adam(model.parameters(), lr=lr)
    elif optimizer_name.lower() == "sgd":
        return torch.optim.SGD(model.parameters(), lr=lr)
    else:
        raise ValueError("Optimizer not recognized. Use 'adam' or 'sgd'.")
# fin du panneau

# panneau: 5.1.5.3-train
def train_model(model, train_dataloader, val_dataloader, epochs=10,
                optimizer_name="sgd", lr=0.1):
    model.to(device)
    optimizer = get_optimizer(model, optimizer_name, lr)
    loss_fn = nn.MSELoss()
    train_loss_history, val_loss_history = [], []

    for epoch in tqdm(range(epochs), desc="Training Progress"):
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

    return train_loss_history, val_loss_history
# fin du panneau

# panneau: 5.1.6.1-hyperparameters
# Paramètres pour la création du jeu de données
num_samples = 10000       # Échantillons à générer. Ex : 5000, 10000, etc.
min_value = 0             # Valeur minimale. Ex : 0, 10, -10, etc.
max_value = 100           # Valeur maximale. Ex : 100, 200, etc.
operation = 'add'         # Opération à effectuer : 'add' ou 'multiply'
batch_size = 64           # Taille des lots. Ex : 32, 64, etc.
learning_rate = 0.1       # Taux d'apprentissage : 0.1 (sgd), 0.001 (adam)
optimizer = "sgd"         # Optimiseur : "adam" ou "sgd"

# Paramètres pour le modèle MLP
input_size = 2            # Taille de l'entrée : toujours 2 ici
hidden_size = 16          # Perceptrons par couche cachée. Ex : 8, 16, etc.
output_size = 1           # Taille de la sortie : toujours 1 ici
num_hidden_layers = 3     # Nombre de couches cachées. Ex : 1, 2, 3, 4, etc.
activation_fn = nn.ReLU() # ou nn.Sigmoid(), nn.Tanh(), nn.LeakyReLU()

# Paramètres pour l'entraînement
epochs = 10               # Nombre d'époques. Ex : 5, 10, 20, etc.
# fin du panneau

# panneau: 5.1.6.1-model
model = MLP(input_size, hidden_size, output_size, num_hidden_layers,
            activation_fn).to(device)
# fin du panneau

# panneau: 5.1.6.2-data
train_dataloader, val_dataloader = create_calculator_dataloaders(
    num_samples=num_samples, min_value=min_value, max_value=max_value,
    operation=operation, batch_size=batch_size, val_split=0.2
)
# fin du panneau

# panneau: 5.1.6.3-training
train_loss_history, val_loss_history = train_model(
    model, train_dataloader, val_dataloader, epochs=epochs,
    optimizer_name=optimizer, lr=learning_rate
)
# fin du panneau

for epoch, (train_loss, val_loss) in enumerate(zip(train_loss_history, val_loss_history), 1):
    print(f"Époque {epoch} : perte d'entraînement {train_loss:.3e}, de validation {val_loss:.3e}")

# panneau: 5.1.6.4-curves
plt.figure(figsize=(12, 6))
plt.plot(train_loss_history, label="Training Loss")
plt.plot(val_loss_history, label="Validation Loss")
plt.title("Training and Validation Loss")
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.yscale('log') # Appliquer une échelle logarithmique
plt.legend()
plt.show()
# fin du panneau

save_figure("calculator-loss.png")

# panneau: 5.1.6.5-summary
for name, parameter in model.named_parameters():
    shape = str(list(parameter.shape))
    print(f"{name:<19} {shape:<8} {parameter.numel():>4}")
print("Total params:", sum(p.numel() for p in model.parameters()))
# fin du panneau

# panneau: 5.1.7-functions
# Fonction de test du modèle
def test_model(model, num_samples, min_value, max_value, operation):
    X_test, y_test = create_calculator_dataset(num_samples, min_value,
                                               max_value, operation)
    X_test_tensor = torch.tensor(X_test, dtype=torch.float32).to(device)
    # Inverse de la normalisation de 5.1.3 : 2·max ('add') ou max²
    scale = 2 * max_value if operation == 'add' else max_value * max_value
    with torch.no_grad():
        y_pred = model(X_test_tensor)
        y_pred_denormalized = (y_pred * scale).squeeze().cpu().numpy()
    return y_pred_denormalized, y_test * scale

# Fonction de tracé des prédictions
def plot_predictions(y_true, y_pred):
    plt.figure(figsize=(12, 8))
    plt.scatter(range(len(y_true)), y_true, color='green',
                label="True values")
    plt.scatter(range(len(y_pred)), y_pred, color='blue', alpha=0.5,
                label="Predictions")
    for i, (true, pred) in enumerate(zip(y_true, y_pred)):
        difference = pred - true
        if abs(difference) > 1:
            plt.annotate("", xy=(i, pred), xytext=(i, true),
                         arrowprops=dict(arrowstyle="->", color='red'))
    plt.title("True values vs. Predictions")
    plt.legend()
    plt.show()
# fin du panneau

# panneau: 5.1.7-evaluation
# Test et visualisation des prédictions
num_samples = 2000

y_pred, y_true = test_model(model, num_samples, min_value, max_value,
                            operation)
plot_predictions(y_true, y_pred)

# Évaluation des performances à l'aide de différentes métriques
mse = mean_squared_error(y_true, y_pred)
mae = mean_absolute_error(y_true, y_pred)
r2 = r2_score(y_true, y_pred)

print(f"Mean Squared Error (MSE): {mse:.4f}")
print(f"Mean Absolute Error (MAE): {mae:.4f}")
print(f"R-squared (R2): {r2:.4f}")
# fin du panneau

save_figure("calculator-predictions.png")

# panneau: 5.1.7.1-predict
def predict_sum(model, num1, num2, max_value=100):
    # Normalisation des entrées
    X_input = torch.tensor([[num1/max_value, num2/max_value]],
                           dtype=torch.float32).to(device)

    # Inférence
    with torch.no_grad():
        prediction = model(X_input)

    # Retour à l'échelle originale pour obtenir le résultat
    predicted_sum = prediction * (2 * max_value)
    return predicted_sum.item()

# Exemple d'utilisation
result = predict_sum(model, 50, 50)
print(f"La somme prédite de 50 et 50 est : {result:.2f}")
print(f"Arrondie à l'entier : {np.round(result):.0f}")

# Test de la fonction avec d'autres valeurs
result = predict_sum(model, 6, 6)
print(f"La somme prédite de 6 et 6 est : {result:.2f}")
print(f"Arrondie à l'entier : {np.round(result):.0f}")
# fin du panneau
