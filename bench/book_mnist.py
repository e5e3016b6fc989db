#!/usr/bin/python3
"""Projet 2 du livre (5.2), les chiffres manuscrits MNIST : le code du livre dans son ordre.

Les panneaux de code de la leçon 5.2 sont des extraits de ce script, délimités par
« # panneau: ID » et « # fin du panneau » (ChapterFiveCodePanelsTest vérifie qu'ils n'ont
pas dérivé). Contrairement à bench/mnist.py (la mesure de vitesse), ce script garde la
chaîne de données du livre : torchvision.datasets.MNIST, ToTensor() puis
Normalize((0.5,), (0.5,)) image par image, random_split, trois DataLoader.

Entre les panneaux, quelques lignes qui ne sont pas dans le livre : sans réseau, les
fichiers IDX fournis avec l'application (assets/mnist/) sont décompressés là où
torchvision les cherche (./data/MNIST/raw, dans bench/out/book/), si bien que
`download=True` les trouve et ne télécharge rien ; une graine (42) rend la séance
reproductible ; matplotlib tourne sans écran (Agg) et les figures sont enregistrées dans
bench/out/book/ ; les dix images PNG de 5.2.9 sont les dix premières images de test.
Corrections (voir ../shared/book/ERRATA.md) : la sortie reste en logits (CrossEntropyLoss
applique déjà softmax) ; l'exactitude s'affiche en fraction, sans « % ».

Prérequis (paquets Debian) : python3-torch python3-torchvision python3-sklearn
python3-matplotlib python3-tqdm python3-pil.
Usage : OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/book_mnist.py   (BOOK_EPOCHS=2 pour un essai court)
"""
import gzip
import os
import shutil

import matplotlib

matplotlib.use("Agg")  # pas d'écran : plt.show() ne montre rien, les figures sont enregistrées

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.join(os.path.dirname(HERE), "assets", "mnist")
OUT = os.path.join(HERE, "out", "book")
RAW = os.path.join(OUT, "data", "MNIST", "raw")
os.makedirs(RAW, exist_ok=True)
for name in ("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
             "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"):
    if not os.path.exists(os.path.join(RAW, name)):
        with gzip.open(os.path.join(ASSETS, name + ".gz"), "rb") as src, \
                open(os.path.join(RAW, name), "wb") as dst:
            shutil.copyfileobj(src, dst)
os.chdir(OUT)  # './data' du livre

# panneau: 5.2.2-imports
import torch
import torch.nn as nn
import torch.optim as optim
import torchvision
import torchvision.transforms as transforms
from torch.utils.data import DataLoader, random_split

from tqdm import tqdm # pour la barre de progression
import matplotlib.pyplot as plt # pour le tracé graphique
import numpy as np # pour l'histogramme des étiquettes
from PIL import Image # pour la lecture d'images
import os
import random
# fin du panneau

torch.set_num_threads(1)
random.seed(42)
np.random.seed(42)
torch.manual_seed(42)


def save_figure(name):
    plt.gcf().savefig(os.path.join(OUT, name))
    plt.close("all")


# panneau: 5.2.3-device
device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")

if torch.cuda.is_available():
    print("Le GPU est utilisé")
else:
    print("Le GPU n'est PAS utilisé, le CPU est utilisé")
# fin du panneau

# panneau: 5.2.4-transform
batch_size = 32

transform = transforms.Compose([
    transforms.ToTensor(),
    transforms.Normalize((0.5,), (0.5,))
])
# fin du panneau

# panneau: 5.2.4-datasets
train_dataset = torchvision.datasets.MNIST(
    root='./data', train=True, transform=transform, download=True)
test_dataset = torchvision.datasets.MNIST(
    root='./data', train=False, transform=transform, download=True)
# fin du panneau

# panneau: 5.2.4-split
train_size = int(0.8 * len(train_dataset))
val_size = len(train_dataset) - train_size
train_dataset, val_dataset = random_split(train_dataset,
                                          [train_size, val_size])
# fin du panneau

# panneau: 5.2.4-loaders
train_loader = DataLoader(dataset=train_dataset, batch_size=batch_size,
                          shuffle=True)
val_loader = DataLoader(dataset=val_dataset, batch_size=batch_size,
                        shuffle=True)
test_loader = DataLoader(dataset=test_dataset, batch_size=batch_size,
                         shuffle=False)
# fin du panneau

# panneau: 5.2.4.1-range
image, label = train_dataset[0]
print(label, image.shape, image.min().item(), image.max().item())
# fin du panneau

# panneau: 5.2.5-shapes
print("Forme des données d'entraînement:", train_dataset[0][0].shape)
print("Forme des données de validation:", val_dataset[0][0].shape)
print("Forme des données de test:", test_dataset[0][0].shape)
# fin du panneau

# panneau: 5.2.5-samples
dataiter = iter(train_loader)
images, labels = next(dataiter)

batch_size = len(images)

random_indices = random.sample(range(batch_size), 10)

plt.figure(figsize=(15, 6)) # largeur, hauteur

for i, idx in enumerate(random_indices):
    image = images[idx].squeeze(0).numpy()
    label = labels[idx].item()

    plt.subplot(2, 5, i + 1)
    plt.imshow(image, cmap='gray')
    plt.title(f"Label: {label}")
    plt.axis('off')

plt.subplots_adjust(wspace=0.1)
plt.show()
# fin du panneau

save_figure("mnist-samples.png")

# panneau: 5.2.5-mean-images
def calculate_mean_images(loader):
    mean_images = {i: torch.zeros((1, 28, 28)) for i in range(10)}
    counts = {i: 0 for i in range(10)}

    for images, labels in loader:
        for image, label in zip(images, labels):
            mean_images[label.item()] += image
            counts[label.item()] += 1

    for i in range(10):
        mean_images[i] /= counts[i]

    return mean_images

mean_images = calculate_mean_images(train_loader)

plt.figure(figsize=(15, 6))
for i in range(10):
    plt.subplot(2, 5, i + 1)
    plt.imshow(mean_images[i].squeeze(0), cmap='gray')
    plt.title(f"Mean Image: {i}")
    plt.axis('off')
plt.show()
# fin du panneau

save_figure("mnist-mean-images.png")

# panneau: 5.2.5-histogram
labels = [label for _, labels in train_loader for label in labels]
plt.figure(figsize=(10, 6))
plt.hist(labels, bins=np.arange(-0.5, 10.5, 1), rwidth=0.8)
plt.title("Distribution des étiquettes dans MNIST")
plt.xlabel("Chiffre")
plt.ylabel("Nombre d'exemples")
plt.xticks(np.arange(0, 10, 1))
plt.show()
# fin du panneau

save_figure("mnist-labels.png")
print("Étiquettes d'entraînement par chiffre :", np.bincount(np.array(labels), minlength=10).tolist())

# panneau: 5.2.6-model
class MLP(nn.Module):
    def __init__(self, input_size=784, hidden_size=40, output_size=10,
                 num_hidden_layers=4):
        super(MLP, self).__init__()
        self.layers = nn.ModuleList()
        self.layers.append(nn.Linear(input_size, hidden_size, bias=True))
        for i in range(num_hidden_layers):
            self.layers.append(nn.Linear(hidden_size, hidden_size,
                                         bias=True))
        self.layers.append(nn.Linear(hidden_size, output_size, bias=True))

    def forward(self, x):
        x = x.view(x.size(0), -1) # Mettre à plat les images
        for layer in self.layers[:-1]:
            x = torch.relu(layer(x))
        x = self.layers[-1](x)
        return x
# fin du panneau

# panneau: 5.2.7-model
model = MLP().to(device) # Le charger sur le GPU si disponible
# fin du panneau

# panneau: 5.2.7-count
print(len(model.layers), "couches linéaires")
print(sum(p.numel() for p in model.parameters()), "paramètres")
# fin du panneau

# panneau: 5.2.7-loss
criterion = nn.CrossEntropyLoss() # fonction de perte
optimizer = optim.SGD(model.parameters(), lr=0.01) # lr = learning rate
# fin du panneau

# panneau: 5.2.7-training
num_epochs = 20
train_losses = []
val_losses = []
# fin du panneau

num_epochs = int(os.environ.get("BOOK_EPOCHS", num_epochs))

# panneau: 5.2.7-loop
for epoch in range(num_epochs):
    model.train()
    train_loss = 0.0

    # Entraînement
    for images, labels in tqdm(train_loader, desc=f"Epoch {epoch+1}"):
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
    with torch.no_grad():
        for images, labels in val_loader:
            images, labels = images.to(device), labels.to(device)
            outputs = model(images)
            loss = criterion(outputs, labels)
            val_loss += loss.item()

    val_losses.append(val_loss/len(val_loader))
# fin du panneau

for epoch, (train_loss, val_loss) in enumerate(zip(train_losses, val_losses), 1):
    print(f"Époque {epoch} : perte d'entraînement {train_loss:.4f}, de validation {val_loss:.4f}")

# panneau: 5.2.7-curves
# Affichage des pertes d'entraînement et de validation
plt.figure(figsize=(12, 6))
plt.plot(train_losses, label='Train Loss')
plt.plot(val_losses, label='Validation Loss')
plt.xlabel('Epochs')
plt.ylabel('Loss')
plt.legend()
plt.show()

print('Entraînement terminé')
# fin du panneau

save_figure("mnist-loss.png")

# panneau: 5.2.8-test
all_labels, all_predictions = [], []
model.eval()

with torch.no_grad():
    for images, labels in test_loader:
        images, labels = images.to(device), labels.to(device)
        outputs = model(images)
        _, predicted = torch.max(outputs.data, 1)
        all_labels.extend(labels.cpu().numpy())
        all_predictions.extend(predicted.cpu().numpy())
# fin du panneau

# panneau: 5.2.8-metrics
from sklearn.metrics import (accuracy_score, precision_score,
                             recall_score, f1_score)

accuracy = accuracy_score(all_labels, all_predictions)
precision = precision_score(all_labels, all_predictions, average='weighted')
recall = recall_score(all_labels, all_predictions, average='weighted')
f1 = f1_score(all_labels, all_predictions, average='weighted')

print(f"Exactitude sur l'ensemble de test : {accuracy:.4f}")
print(f'Precision moyenne : {precision:.4f}')
print(f'Recall moyen : {recall:.4f}')
print(f'Score F1 moyen : {f1:.4f}')
# fin du panneau

# panneau: 5.2.8.1-report
from sklearn.metrics import classification_report

print(classification_report(all_labels, all_predictions, digits=3))
# fin du panneau

# The book's ten PNG files are on its GitHub; here, the first ten test images.
TESTING = os.path.join(OUT, "data", "MNIST", "testing")
os.makedirs(TESTING, exist_ok=True)
raw_test = torchvision.datasets.MNIST(root='./data', train=False)
for k in range(10):
    digit, truth = raw_test[k]
    digit.save(os.path.join(TESTING, f"test_{k:02d}_chiffre_{truth}.png"))

# panneau: 5.2.9-predict
image_directory = "./data/MNIST/testing"

def predict_image(image_path, model, transform):
    image = Image.open(image_path).convert('L')
    image_tensor = transform(image).unsqueeze(0).to(device)
    model.eval()
    with torch.no_grad():
        outputs = model(image_tensor)
        _, predicted = torch.max(outputs.data, 1)
    return predicted.item(), image # la prédiction et l'image ouverte

# Liste tous les fichiers du répertoire, dans l'ordre alphabétique
all_files = sorted(os.listdir(image_directory))

image_files = [f for f in all_files if f.endswith('.png')]

# Prédiction sur toutes les images
plt.figure(figsize=(12, 6))
for i, image_file in enumerate(image_files[:10]):
    full_image_path = os.path.join(image_directory, image_file)
    prediction, image = predict_image(full_image_path, model, transform)
    print(f"{image_file} : {prediction}")

    plt.subplot(2, 5, i+1)
    plt.imshow(image, cmap='gray')
    plt.title(f"Prédiction: {prediction}")
    plt.axis('off')

plt.subplots_adjust(wspace=0.1) # Ajustement de l'espace entre les plots
plt.show()
# fin du panneau

save_figure("mnist-predictions.png")
