package fr.dlintro.content.widget;

import static fr.dlintro.content.widget.ParamSpec.*;

import java.util.List;

/** The parameter schemas of all widgets, one constant per widget, in book order. */
final class WidgetSpecs {
    private WidgetSpecs() {
    }

    // ---- chapter 2 ----

    static final WidgetSpec AI_SETS = new WidgetSpec("ai-sets",
            "Ensembles imbriqués IA ⊃ ML ⊃ DL, avec l'apprentissage par renforcement",
            choice("highlight", "aucun", "ia", "ml", "dl", "rl").defaultsTo("aucun")
                    .help("ensemble mis en évidence à l'ouverture"));

    static final WidgetSpec NETWORK = new WidgetSpec("network",
            "Schéma d'un réseau de neurones en couches",
            integerList("layers").required().size(2, 10).range(1, 4096)
                    .help("taille de chaque couche, de l'entrée à la sortie, par exemple [3, 4, 4, 2]"),
            stringList("input_labels").help("noms des entrées (autant que de neurones d'entrée)"),
            stringList("output_labels").help("noms des sorties (autant que de neurones de sortie)"),
            choice("output", "regression", "classification").defaultsTo("classification")
                    .help("nature de la sortie : valeur continue ou classes"),
            string("caption").help("légende sous le schéma"),
            integer("max_nodes").range(3, 32).defaultsTo(10)
                    .help("au-delà, une couche est dessinée avec des neurones élidés (« … »)"));

    static final WidgetSpec IMAGE_MATRIX = new WidgetSpec("image-matrix",
            "Une image vue comme une matrice de pixels (niveaux de gris ou RVB)",
            choice("mode", "gris", "rvb", "les-deux").defaultsTo("les-deux")
                    .help("image en niveaux de gris (1 canal), en couleurs (3 canaux), ou les deux"));

    static final WidgetSpec TEXT_ENCODING = new WidgetSpec("text-encoding",
            "Une phrase découpée en tokens, encodée en one-hot puis en embeddings",
            string("sentence").defaultsTo("Le chat dort sur le canapé").help("phrase à encoder"),
            integer("embedding_size").range(2, 8).defaultsTo(4).help("dimension des vecteurs d'embedding"));

    static final WidgetSpec CLUSTERING = new WidgetSpec("clustering",
            "Regroupement de points 2-D par k-means, étape par étape",
            integer("k").range(1, 8).defaultsTo(3).help("nombre de groupes cherchés"),
            integer("groups").range(1, 8).defaultsTo(3).help("nombre de groupes réels dans les données générées"),
            integer("points").range(10, 1000).defaultsTo(150).help("nombre de points"),
            integer("seed").range(0, Integer.MAX_VALUE).defaultsTo(42).help("graine du générateur"));

    // ---- chapter 3 ----

    static final WidgetSpec PERCEPTRON = new WidgetSpec("perceptron",
            "Un perceptron : entrées, poids, biais facultatif et activation, calcul écrit avec les nombres",
            choice("preset", "aucun", "moyenne", "ponderee", "sigmoide", "biais-q13").defaultsTo("aucun")
                    .help("préréglage du livre : moyenne (→ 2), pondérée (→ 3,75), sigmoïde (→ 0,977), biais de la question 13"),
            numberList("inputs").size(1, 6).range(-1000, 1000).help("valeurs des entrées (sans préréglage)"),
            numberList("weights").size(1, 6).range(-100, 100).help("poids, autant que d'entrées"),
            number("bias").range(-100, 100).help("biais ; absent = perceptron sans biais"),
            choice("activation", "aucune", "sigmoide", "tanh", "relu", "leaky_relu", "gelu").defaultsTo("aucune")
                    .help("fonction d'activation appliquée à la somme pondérée"));

    static final WidgetSpec ACTIVATION = new WidgetSpec("activation",
            "Courbes des fonctions d'activation, lecture de f(x) et f'(x) en un point",
            choice("function", "sigmoide", "tanh", "relu", "leaky_relu", "prelu", "gelu").defaultsTo("sigmoide")
                    .help("fonction affichée"),
            choice("compare", "aucune", "sigmoide", "tanh", "relu", "leaky_relu", "prelu", "gelu").defaultsTo("aucune")
                    .help("seconde fonction superposée pour comparer"),
            bool("derivative").defaultsTo(false).help("superposer la dérivée (chapitre 4.4.4)"),
            number("slope").range(0, 1).defaultsTo(0.01).help("pente de Leaky ReLU (ou valeur apprise de PReLU)"),
            number("x").range(-6, 6).defaultsTo(1.0).help("position initiale du point mobile"));

    static final WidgetSpec SOFTMAX = new WidgetSpec("softmax",
            "Softmax : logits → exponentielles → somme → probabilités",
            numberList("logits").size(2, 8).range(-20, 20).defaultsTo(List.of(2.0, 1.0, -1.0, 3.0))
                    .help("scores (logits) de chaque classe"),
            stringList("labels").size(1, 8)
                    .help("noms des classes, dans l'ordre des scores ; par défaut chat, chien, oiseau, poisson, puis « classe k »"),
            bool("temperature").defaultsTo(true).help("afficher le curseur de température (ajout de cette édition)"));

    static final WidgetSpec BIAS_CLASSIFIER = new WidgetSpec("bias-classifier",
            "Séparer deux classes par la droite w·x + b = 0, avec ou sans biais",
            choice("dataset", "centre", "decale", "diagonale").defaultsTo("decale")
                    .help("jeu de points : centré sur l'origine, décalé (impossible sans biais), diagonal"),
            bool("bias").defaultsTo(true).help("biais activé au départ"));

    static final WidgetSpec FEEDFORWARD = new WidgetSpec("feedforward",
            "Propagation avant dans le réseau 2-3-3-1 de la section 3.4.1 (poids et biais du livre)",
            numberList("inputs").size(2, 2).range(-1000, 1000).defaultsTo(List.of(70.0, 25.0))
                    .help("entrées : poids (kg) et âge (ans)"),
            integer("step").range(0, 3).defaultsTo(3)
                    .help("couches déjà calculées à l'ouverture : 0 (seulement les entrées) à 3 (jusqu'à la sortie)"));

    static final WidgetSpec UAT = new WidgetSpec("uat",
            "Approximation universelle : une couche cachée de N neurones apprend une courbe",
            choice("target", "sinus", "marche", "valeur-absolue", "dessin").defaultsTo("sinus")
                    .help("courbe à approcher (ou dessinée à la souris)"),
            integer("neurons").range(1, 50).defaultsTo(5).help("nombre de neurones cachés"),
            choice("activation", "relu", "sigmoide").defaultsTo("relu").help("activation de la couche cachée"));

    // ---- chapter 4 ----

    static final WidgetSpec LOSS_REGRESSION = new WidgetSpec("loss-regression",
            "Coût d'une régression : écarts entre valeurs réelles et prédites, MAE et MSE en direct",
            choice("mode", "ecarts", "droite").defaultsTo("ecarts")
                    .help("les cinq jours de 4.2.2 (prédictions déplaçables) ou une droite ajustée à la main"));

    static final WidgetSpec DIFFERENTIABLE = new WidgetSpec("differentiable",
            "x² et |x| côte à côte, avec la tangente au point choisi",
            number("x").range(-3, 3).defaultsTo(1.0).help("abscisse initiale du point de tangence"));

    static final WidgetSpec LOSS_CLASSIFICATION = new WidgetSpec("loss-classification",
            "Entropie croisée binaire et catégorielle sur les exemples du livre, avec la courbe −log(p)",
            choice("example", "bce", "cce").defaultsTo("bce")
                    .help("exemple affiché à l'ouverture : binaire (0,2798) ou catégoriel (0,357)"));

    static final WidgetSpec GD_1D = new WidgetSpec("gd-1d",
            "Descente de gradient sur une fonction d'une variable, pas à pas",
            choice("preset", "parabole", "taux-trop-grand", "taux-trop-petit", "deux-minima").defaultsTo("parabole")
                    .help("fonction, départ et taux d'apprentissage préréglés"),
            number("learning_rate").range(0.0001, 2).help("taux d'apprentissage (remplace celui du préréglage)"),
            number("start").range(-10, 10).help("point de départ (remplace celui du préréglage)"));

    static final WidgetSpec GD_WORKED = new WidgetSpec("gd-worked",
            "Les itérations calculées de 4.3.4, avec les valeurs imprimées dans le livre",
            choice("example", "un-poids", "poids-et-biais").defaultsTo("un-poids")
                    .help("4.3.4.1 (un poids W) ou 4.3.4.2 (un poids w et un biais b)"));

    static final WidgetSpec GD_2D = new WidgetSpec("gd-2d",
            "Descente de gradient sur une carte de coût en deux dimensions, avec un mode brouillard",
            choice("preset", "bol", "vallee", "plusieurs-minima").defaultsTo("bol")
                    .help("surface de coût : bol, vallée allongée ou plusieurs minima"),
            bool("fog").defaultsTo(false).help("mode brouillard : ne montrer que ce que voit l'algorithme"));

    static final WidgetSpec MINIMA = new WidgetSpec("minima",
            "Minima locaux et plateau : où la descente aboutit selon le point de départ",
            bool("basins").defaultsTo(false).help("colorer d'emblée chaque départ selon le minimum atteint"));

    static final WidgetSpec SADDLE = new WidgetSpec("saddle",
            "Point selle de x² − y² : carte, vue en relief et coupes",
            number("start_y").range(-1, 1).defaultsTo(0.0)
                    .help("écart initial à l'axe y = 0 (0 : la descente reste bloquée au point selle)"));

    static final WidgetSpec SGD = new WidgetSpec("sgd",
            "Descente par lots complets ou par mini-lots sur un petit jeu de régression",
            integer("batch_size").range(1, 100).defaultsTo(8).help("taille des mini-lots"),
            integer("seed").range(0, Integer.MAX_VALUE).defaultsTo(42).help("graine du générateur"));

    static final WidgetSpec BACKPROP = new WidgetSpec("backprop",
            "Rétropropagation pas à pas dans le réseau 1-1-1-1 de 4.4.3 : les six gradients",
            number("learning_rate").range(0.0001, 1).defaultsTo(0.01).help("taux d'apprentissage (0,01 dans le code du livre)"));

    static final WidgetSpec VANISHING = new WidgetSpec("vanishing",
            "Disparition (ou explosion) du gradient couche par couche dans un réseau profond",
            integer("depth").range(2, 30).defaultsTo(10).help("nombre de couches"),
            choice("activation", "sigmoide", "tanh", "relu", "leaky_relu").defaultsTo("sigmoide")
                    .help("activation des couches cachées"),
            number("weight_scale").range(0.1, 5).defaultsTo(1.0).help("échelle des poids initiaux"));

    // ---- chapter 5 ----

    static final WidgetSpec TRAINING_LOOP = new WidgetSpec("training-loop",
            "La boucle d'entraînement lot par lot : propagation avant, coût, rétropropagation, mise à jour",
            integer("batch_size").range(1, 256).defaultsTo(64).help("taille des lots (64 dans le livre)"));

    static final WidgetSpec NORMALIZATION = new WidgetSpec("normalization",
            "Normalisation : histogrammes avant et après, descente sur surface allongée ou ronde",
            choice("view", "histogrammes", "descente", "les-deux").defaultsTo("les-deux").help("parties affichées"));

    static final WidgetSpec DATALOADER = new WidgetSpec("dataloader",
            "Le DataLoader sur de vraies images MNIST : tirage, lot, assemblage",
            integer("batch_size").range(2, 16).defaultsTo(4).help("taille du lot montré"),
            integer("seed").range(0, Integer.MAX_VALUE).defaultsTo(42).help("graine du tirage"));

    static List<WidgetSpec> all() {
        return List.of(AI_SETS, NETWORK, IMAGE_MATRIX, TEXT_ENCODING, CLUSTERING,
                PERCEPTRON, ACTIVATION, SOFTMAX, BIAS_CLASSIFIER, FEEDFORWARD, UAT,
                LOSS_REGRESSION, DIFFERENTIABLE, LOSS_CLASSIFICATION, GD_1D, GD_WORKED, GD_2D, MINIMA, SADDLE, SGD,
                BACKPROP, VANISHING,
                TRAINING_LOOP, NORMALIZATION, DATALOADER);
    }
}
