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

    static List<WidgetSpec> all() {
        return List.of(AI_SETS, NETWORK, IMAGE_MATRIX, TEXT_ENCODING, CLUSTERING);
    }
}
