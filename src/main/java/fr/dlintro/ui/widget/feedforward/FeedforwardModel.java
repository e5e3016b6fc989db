package fr.dlintro.ui.widget.feedforward;

import static fr.dlintro.ui.widget.feedforward.Terms.compact;
import static fr.dlintro.ui.widget.feedforward.Terms.operand;
import static fr.dlintro.ui.widget.feedforward.Terms.subscript;
import static fr.dlintro.ui.widget.feedforward.Terms.superscript;

import fr.dlintro.core.demo.HeightNetwork;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.ui.widget.BookCheck;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The feed-forward pass of section 3.4.1 (Fig. 22) on the book's 2-3-3-1 ReLU network:
 * the inputs, every weight and bias (all editable), every z and a, and how many layers the
 * reader has computed so far ({@link #stepProperty()}: 0 = inputs only, 3 = the output).
 * Layers are numbered 1 to 3 as in the text (hidden 1, hidden 2, output); weights are read
 * as the book's numpy arrays, W[i][o] from input i to neuron o.
 */
public final class FeedforwardModel {
    public static final int LAYERS = 3;
    private static final String[] LAYER_NAMES = {"Entrées", "Couche cachée 1", "Couche cachée 2", "Couche de sortie"};
    private static final String[] INPUT_NAMES = {"poids (kg)", "âge (ans)"};
    private static final String[] INPUT_UNITS = {"kg", "ans"};

    private final Mlp mlp = HeightNetwork.build();
    private final List<Linear> linears = mlp.linears();
    private final DoubleProperty[] inputs = new DoubleProperty[HeightNetwork.SIZES[0]];
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", LAYERS);
    private final IntegerProperty neuron = new SimpleIntegerProperty(this, "neuron", 0);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<BookCheck> outputCheck = new ReadOnlyObjectWrapper<>(this, "outputCheck");
    private Mlp.Trace trace;

    public FeedforwardModel(double weightKg, double ageYears, int step) {
        inputs[0] = new SimpleDoubleProperty(this, "x1", weightKg);
        inputs[1] = new SimpleDoubleProperty(this, "x2", ageYears);
        this.step.set(clampStep(step));
        recompute();
        for (DoubleProperty in : inputs) {
            in.addListener((o, a, b) -> recompute());
        }
        this.step.addListener((o, a, b) -> {
            if (b.intValue() != clampStep(b.intValue())) {
                this.step.set(clampStep(b.intValue()));
            } else {
                neuron.set(clampNeuron(neuron.get()));
                updateOutputCheck();
            }
        });
        this.neuron.addListener((o, a, b) -> {
            if (b.intValue() != clampNeuron(b.intValue())) {
                neuron.set(clampNeuron(b.intValue()));
            }
        });
    }

    private static int clampStep(int s) {
        return Math.max(0, Math.min(LAYERS, s));
    }

    private int clampNeuron(int n) {
        return Math.max(0, Math.min(size(step.get()) - 1, n));
    }

    private void recompute() {
        double[] x = new double[inputs.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = inputs[i].get();
        }
        trace = mlp.trace(x);
        updateOutputCheck();
        revision.set(revision.get() + 1);
    }

    // ---- state ----

    public DoubleProperty inputProperty(int i) { return inputs[i]; }

    /** Layers computed and shown: 0 (inputs only) to 3 (down to the output). */
    public IntegerProperty stepProperty() { return step; }

    /** The neuron of the active layer whose sum is written out (0-based), as the book details one per layer. */
    public IntegerProperty neuronProperty() { return neuron; }

    /** Bumped after every change of an input, weight or bias, so the view knows when to refresh. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** Neurons in a layer, 0 being the inputs. */
    public static int size(int layer) { return HeightNetwork.SIZES[layer]; }

    public static String layerName(int layer) { return LAYER_NAMES[layer]; }

    public static String inputName(int i) { return INPUT_NAMES[i]; }

    public static String inputUnit(int i) { return INPUT_UNITS[i]; }

    public double input(int i) { return inputs[i].get(); }

    /** W⁽ˡ⁾[i][o], from neuron i of layer l − 1 to neuron o of layer l. */
    public double weight(int layer, int in, int out) { return linears.get(layer - 1).weight(out, in); }

    public double bias(int layer, int out) { return linears.get(layer - 1).bias(out); }

    public void setWeight(int layer, int in, int out, double value) {
        linears.get(layer - 1).setWeight(out, in, value);
        recompute();
    }

    public void setBias(int layer, int out, double value) {
        linears.get(layer - 1).setBias(out, value);
        recompute();
    }

    /** The weighted sum z of neuron o of layer l (1 to 3). */
    public double z(int layer, int out) { return trace.layerOutput(2 * (layer - 1))[out]; }

    /** Its activation a = ReLU(z); for layer 0, the input itself. */
    public double a(int layer, int out) { return layer == 0 ? input(out) : trace.layerOutput(2 * layer - 1)[out]; }

    public double output() { return trace.output()[0]; }

    public boolean isComputed(int layer) { return layer <= step.get(); }

    // ---- commands ----

    /** Computes one more layer. */
    public void next() { step.set(Math.min(LAYERS, step.get() + 1)); }

    /** Back to the inputs alone, to walk through the network again. */
    public void restart() { step.set(0); }

    public void computeAll() { step.set(LAYERS); }

    /** Computes down to a layer and details one of its neurons (a click on the diagram). */
    public void select(int layer, int index) {
        step.set(layer);
        neuron.set(index);
    }

    /** The book's inputs (70 kg, 25 ans), weights and biases; the current step is kept. */
    public void restoreBook() {
        for (int l = 1; l <= LAYERS; l++) {
            for (int i = 0; i < size(l - 1); i++) {
                for (int o = 0; o < size(l); o++) {
                    linears.get(l - 1).setWeight(o, i, HeightNetwork.BOOK_WEIGHTS[l - 1][i][o]);
                }
            }
            for (int o = 0; o < size(l); o++) {
                linears.get(l - 1).setBias(o, HeightNetwork.BOOK_BIASES[l - 1][o]);
            }
        }
        // setting an input to its current value fires nothing: recompute once at the end in any case
        for (int i = 0; i < inputs.length; i++) {
            inputs[i].set(HeightNetwork.BOOK_INPUT[i]);
        }
        recompute();
    }

    /** True when inputs, weights and biases are the book's, so the book's printed values apply. */
    public boolean isBookNetwork() {
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].get() != HeightNetwork.BOOK_INPUT[i]) {
                return false;
            }
        }
        for (int l = 1; l <= LAYERS; l++) {
            for (int o = 0; o < size(l); o++) {
                if (!sameFloat(bias(l, o), HeightNetwork.BOOK_BIASES[l - 1][o])) {
                    return false;
                }
                for (int i = 0; i < size(l - 1); i++) {
                    if (!sameFloat(weight(l, i, o), HeightNetwork.BOOK_WEIGHTS[l - 1][i][o])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean sameFloat(double stored, double book) {
        return (float) stored == (float) book;
    }

    // ---- what the view writes ----

    /** « Couche cachée 2 : z⁽²⁾ = a⁽¹⁾ · W⁽²⁾ + b⁽²⁾, puis a⁽²⁾ = ReLU(z⁽²⁾) ». */
    public static String layerFormula(int layer) {
        String previous = layer == 1 ? "x" : "a" + superscript(layer - 1);
        return layerName(layer) + " : z" + superscript(layer) + " = " + previous + " · W" + superscript(layer)
                + " + b" + superscript(layer) + ", puis a" + superscript(layer) + " = ReLU(z" + superscript(layer) + ")";
    }

    /**
     * Neuron o of layer l written out as the book does it, products then bias:
     * « z₁ = 17,1 × 0,1 + 26,7 × 0,4 + 36,3 × 0,7 + 0,1 = 1,71 + 10,68 + 25,41 + 0,1 = 37,9 ».
     */
    public String sumLine(int layer, int out) {
        return factorsLine(layer, out) + " " + productsLine(layer, out);
    }

    /** The first half of {@link #sumLine}: « z₁ = 17,1 × 0,1 + 26,7 × 0,4 + 36,3 × 0,7 + 0,1 ». */
    public String factorsLine(int layer, int out) {
        StringBuilder factors = new StringBuilder("z" + subscript(out + 1) + " = ");
        for (int i = 0; i < size(layer - 1); i++) {
            double a = a(layer - 1, i);
            factors.append(i == 0 ? compact(a) : " + " + operand(a)).append(" × ").append(operand(weight(layer, i, out)));
        }
        return factors.append(" + ").append(operand(bias(layer, out))).toString();
    }

    /** The second half of {@link #sumLine}: « = 1,71 + 10,68 + 25,41 + 0,1 = 37,9 ». */
    public String productsLine(int layer, int out) {
        StringBuilder products = new StringBuilder("=");
        for (int i = 0; i < size(layer - 1); i++) {
            double p = Terms.shown(a(layer - 1, i)) * Terms.shown(weight(layer, i, out));
            products.append(i == 0 ? " " + compact(p) : " + " + operand(p));
        }
        return products.append(" + ").append(operand(bias(layer, out))).append(" = ").append(compact(z(layer, out)))
                .toString();
    }

    /** « a₁ = ReLU(37,9) = 37,9 ». */
    public String activationLine(int layer, int out) {
        return "a" + subscript(out + 1) + " = ReLU(" + compact(z(layer, out)) + ") = " + compact(a(layer, out));
    }

    /** z of a layer as a French list: « 17,1 ; 26,7 ; 36,3 ». */
    public String sums(int layer) {
        List<String> parts = new ArrayList<>();
        for (int o = 0; o < size(layer); o++) {
            parts.add(compact(z(layer, o)));
        }
        return String.join(" ; ", parts);
    }

    /**
     * What the book prints for this layer, to show beside the computed sums: « Livre : 17,1 ;
     * 26,7 ; 36,3 ✓ »; null once the reader has changed an input, a weight or a bias, since
     * the book's numbers are for its own values only.
     */
    public BookCheck bookCheck(int layer) {
        if (!isBookNetwork()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (double v : HeightNetwork.BOOK_SUMS[layer - 1]) {
            parts.add(compact(v));
        }
        String book = String.join(" ; ", parts);
        return new BookCheck(book, book.equals(sums(layer)), false);
    }

    /** The book's 29.328 beside the output, once the output is computed on the book's network; else null. */
    public ReadOnlyObjectProperty<BookCheck> outputCheckProperty() { return outputCheck.getReadOnlyProperty(); }

    private void updateOutputCheck() {
        outputCheck.set(step.get() == LAYERS && isBookNetwork() ? BookCheck.of("29.328", output()) : null);
    }

    /** Where the reader is: « Étape 2 sur 3 : couche cachée 2 ». */
    public String stepText() {
        int s = step.get();
        if (s == 0) {
            return "Étape 0 sur 3 : les entrées";
        }
        return "Étape " + s + " sur 3 : " + layerName(s).toLowerCase(java.util.Locale.FRENCH)
                + (s < LAYERS ? "" : ", propagation terminée");
    }
}
