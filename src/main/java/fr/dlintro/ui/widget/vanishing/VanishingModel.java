package fr.dlintro.ui.widget.vanishing;

import fr.dlintro.core.demo.DeepGradients;
import fr.dlintro.ui.widget.BookCheck;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.SignificantNumbers;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The gradient of each layer of a deep narrow network after one backward pass
 * ({@link DeepGradients}): depth, activation and weight scale are the reader's; a new draw
 * changes the weights and the batch. One layer is selected for the readout.
 */
public final class VanishingModel {
    public static final int MIN_DEPTH = 2;
    public static final int MAX_DEPTH = 30;
    /** The book's example in 4.4.4.1: five hidden layers. */
    public static final int BOOK_DEPTH = 5;
    /** The largest derivative of the sigmoid, σ′(0). */
    public static final double SIGMOID_MAX_DERIVATIVE = 0.25;

    /** The four activations of Figs. 38–39, with the lesson's key and the core's name. */
    public enum Kind {
        SIGMOID("sigmoide", "sigmoid", "sigmoïde"),
        TANH("tanh", "tanh", "tanh"),
        RELU("relu", "relu", "ReLU"),
        LEAKY_RELU("leaky_relu", "leaky_relu", "Leaky ReLU");

        private final String key;
        private final String core;
        private final String label;

        Kind(String key, String core, String label) {
            this.key = key;
            this.core = core;
            this.label = label;
        }

        public String key() { return key; }

        public String label() { return label; }

        public static Kind fromKey(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("activation inconnue « " + key + " »");
        }
    }

    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth");
    private final ObjectProperty<Kind> activation = new SimpleObjectProperty<>(this, "activation");
    private final DoubleProperty weightScale = new SimpleDoubleProperty(this, "weightScale");
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected");
    private final ReadOnlyObjectWrapper<DeepGradients.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<BookCheck> bookNote = new ReadOnlyObjectWrapper<>(this, "bookNote");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private long seed;

    public VanishingModel(int depth, Kind activation, double weightScale, long seed) {
        this.depth.set(Math.max(MIN_DEPTH, Math.min(MAX_DEPTH, depth)));
        this.activation.set(activation);
        this.weightScale.set(weightScale);
        this.seed = seed;
        this.selected.set(0);
        for (Observable o : new Observable[] {this.depth, this.activation, this.weightScale}) {
            o.addListener(v -> recompute());
        }
        this.activation.addListener((o, a, k) -> {
            if (k == null) {
                this.activation.set(a);
            }
        });
        this.selected.addListener(o -> revision.set(revision.get() + 1));
        recompute();
    }

    private void recompute() {
        if (activation.get() == null) {
            return;
        }
        int d = Math.max(MIN_DEPTH, Math.min(MAX_DEPTH, depth.get()));
        result.set(DeepGradients.compute(d, activation.get().core, weightScale.get(), seed));
        if (selected.get() > d) {
            selected.set(0);
        }
        bookNote.set(d == BOOK_DEPTH ? BookCheck.erratum("Livre (4.4.4.1) : « (0,1)⁵ = 0,001 », en fait 0,00001. "
                + "Et aucune activation n'a une dérivée de 10 (σ′ ≤ 0,25 ; tanh′, ReLU′ ≤ 1) : de grands poids font "
                + "exploser le gradient.")
                : null);
        revision.set(revision.get() + 1);
    }

    /** New weights and a new batch. */
    public void redraw() {
        seed++;
        recompute();
    }

    public void showBookExample() {
        depth.set(BOOK_DEPTH);
    }

    public IntegerProperty depthProperty() { return depth; }

    public ObjectProperty<Kind> activationProperty() { return activation; }

    public DoubleProperty weightScaleProperty() { return weightScale; }

    /** The layer of the readout, 0 = the first hidden layer; {@link #layers()} − 1 is the output layer. */
    public IntegerProperty selectedProperty() { return selected; }

    public ReadOnlyObjectProperty<DeepGradients.Result> resultProperty() { return result.getReadOnlyProperty(); }

    /** The book's example and its errors, at five layers; else null. */
    public ReadOnlyObjectProperty<BookCheck> bookNoteProperty() { return bookNote.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** Linear layers drawn: the hidden ones and the output. */
    public int layers() {
        return result.get().layers();
    }

    public double norm(int layer) {
        return result.get().norm(layer);
    }

    /** « 1 » … « 10 » for the hidden layers, « sortie » for the last. */
    public String layerName(int layer) {
        return layer == layers() - 1 ? "sortie" : Integer.toString(layer + 1);
    }

    /** A gradient size as shown: « 2,5 × 10⁻⁵ », or what float32 made of it. */
    public static String size(double v) {
        if (Double.isNaN(v)) {
            return "NaN (dépassement float32)";
        }
        if (Double.isInfinite(v)) {
            return "∞ (dépassement float32)";
        }
        return SignificantNumbers.format(v, 2);
    }

    /** The first hidden layer's gradient over the output layer's. */
    public double ratio() {
        return norm(0) / norm(layers() - 1);
    }

    /** « Couche 3 : ‖∂J/∂W‖ = … ». */
    public String readout() {
        int l = selected.get();
        String where = l == layers() - 1 ? "Couche de sortie" : "Couche cachée " + (l + 1);
        String text = where + " : ‖∂J/∂W‖ = " + size(norm(l));
        if (l != layers() - 1 && Double.isFinite(norm(l)) && Double.isFinite(norm(layers() - 1)) && norm(layers() - 1) > 0) {
            text += ", soit " + SignificantNumbers.format(norm(l) / norm(layers() - 1), 2)
                    + " fois celui de la couche de sortie";
        }
        return text + ".";
    }

    /** Why the bars look as they do, for the current activation and scale. */
    public String explanation() {
        int n = depth.get();
        double scale = weightScale.get();
        String layersText = n + " couches";
        String why = switch (activation.get()) {
            case SIGMOID -> "σ′(z) ≤ 0,25 : chaque couche multiplie le gradient par au plus 0,25 (fois ses poids) ; sur "
                    + layersText + ", 0,25" + superscript(n) + " ≈ "
                    + SignificantNumbers.format(Math.pow(SIGMOID_MAX_DERIVATIVE, n), 2) + " (ligne pointillée).";
            case TANH -> "tanh′(z) ≤ 1, et vaut 1 seulement en 0 : le gradient diminue moins qu'avec la sigmoïde, "
                    + "mais la tanh sature aussi.";
            case RELU -> "ReLU′(z) = 1 pour z > 0 : l'activation ne réduit pas le gradient, les poids décident de sa "
                    + "taille (z < 0 le bloque : « dying ReLU »).";
            case LEAKY_RELU -> "Leaky ReLU′(z) = 1 pour z > 0, 0,01 sinon : comme ReLU, sans jamais bloquer tout à "
                    + "fait le gradient.";
        };
        String weights = scale > 1.5 ? " Grands poids (échelle " + FrenchNumbers.compact(scale, 2)
                + ") : le gradient explose, d'où des initialisations comme celle de Xavier (ici l'échelle 0,71)."
                : scale < 0.6 ? " Petits poids : le gradient diminue encore à chaque couche." : "";
        boolean overflow = false;
        for (int l = 0; l < layers(); l++) {
            overflow |= !Double.isFinite(norm(l));
        }
        String beyond = overflow ? " Hachures : nombre trop grand pour un float32 (∞ ou NaN, comme dans PyTorch)." : "";
        return why + weights + beyond;
    }

    static String superscript(int n) {
        String sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(sup.charAt(c - '0'));
        }
        return sb.toString();
    }
}
