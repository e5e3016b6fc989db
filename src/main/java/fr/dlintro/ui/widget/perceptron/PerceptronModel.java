package fr.dlintro.ui.widget.perceptron;

import fr.dlintro.ui.widget.BookCheck;
import fr.dlintro.ui.widget.FrenchFormat;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.activation.ActivationKind;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One neuron: inputs x, weights w, an optional bias b and an activation. It computes the
 * weighted sum z = Σ xᵢwᵢ (+ b) and the output ŷ = f(z), writes the calculation out with
 * the current numbers, and, when the state is one of the book's presets, what the book prints.
 */
public final class PerceptronModel {
    public static final int MAX_INPUTS = 6;
    /** Leaky ReLU's slope here: PyTorch's default. */
    public static final double LEAKY_SLOPE = 0.01;
    private static final double SAME = 1e-9;

    /** One input and its weight. */
    public static final class Synapse {
        private final DoubleProperty input = new SimpleDoubleProperty(this, "input");
        private final DoubleProperty weight = new SimpleDoubleProperty(this, "weight");

        Synapse(double x, double w) {
            input.set(x);
            weight.set(w);
        }

        public DoubleProperty inputProperty() { return input; }

        public DoubleProperty weightProperty() { return weight; }
    }

    private final ObservableList<Synapse> synapses =
            FXCollections.observableArrayList(s -> new Observable[] {s.input, s.weight});
    private final BooleanProperty biasEnabled = new SimpleBooleanProperty(this, "biasEnabled");
    private final DoubleProperty bias = new SimpleDoubleProperty(this, "bias");
    private final ObjectProperty<ActivationKind> activation = new SimpleObjectProperty<>(this, "activation", ActivationKind.NONE);
    private final ReadOnlyDoubleWrapper sum = new ReadOnlyDoubleWrapper(this, "sum");
    private final ReadOnlyDoubleWrapper output = new ReadOnlyDoubleWrapper(this, "output");
    private final ReadOnlyStringWrapper calculation = new ReadOnlyStringWrapper(this, "calculation");
    private final ReadOnlyStringWrapper activationLine = new ReadOnlyStringWrapper(this, "activationLine");
    private final ReadOnlyObjectWrapper<PerceptronPreset> preset = new ReadOnlyObjectWrapper<>(this, "preset");
    private final ReadOnlyObjectWrapper<BookCheck> bookCheck = new ReadOnlyObjectWrapper<>(this, "bookCheck");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private boolean applying; // a preset is being applied: recompute once at the end

    /**
     * @param bias null for a perceptron without bias (the reader can still switch it on)
     */
    public PerceptronModel(List<Double> inputs, List<Double> weights, Double bias, ActivationKind activation) {
        if (inputs.isEmpty() || inputs.size() > MAX_INPUTS || inputs.size() != weights.size()) {
            throw new IllegalArgumentException("il faut de 1 à " + MAX_INPUTS + " entrées et autant de poids que d'entrées"
                    + " (reçu : " + inputs.size() + " entrées, " + weights.size() + " poids)");
        }
        set(inputs, weights, bias, activation);
        InvalidationListener changed = o -> recompute();
        synapses.addListener(changed);
        biasEnabled.addListener(changed);
        this.bias.addListener(changed);
        this.activation.addListener(changed);
        this.activation.addListener((o, a, k) -> {
            if (k == null) {
                this.activation.set(ActivationKind.NONE);
            }
        });
        recompute();
    }

    public static PerceptronModel of(PerceptronPreset p) {
        return new PerceptronModel(p.inputs(), p.weights(), p.bias(), p.activation());
    }

    private void set(List<Double> inputs, List<Double> weights, Double b, ActivationKind k) {
        applying = true;
        try {
            Synapse[] all = new Synapse[inputs.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = new Synapse(inputs.get(i), weights.get(i));
            }
            synapses.setAll(all);
            biasEnabled.set(b != null);
            bias.set(b == null ? 0 : b);
            activation.set(k);
        } finally {
            applying = false;
        }
    }

    /** Puts the book's values of {@code p} in place. */
    public void apply(PerceptronPreset p) {
        set(p.inputs(), p.weights(), p.bias(), p.activation());
        recompute();
    }

    /** Adds an input 1 with weight 0 (so the output does not jump), up to {@link #MAX_INPUTS}. */
    public void addInput() {
        if (synapses.size() < MAX_INPUTS) {
            synapses.add(new Synapse(1, 0));
        }
    }

    /** Removes the last input, keeping at least one. */
    public void removeInput() {
        if (synapses.size() > 1) {
            synapses.remove(synapses.size() - 1);
        }
    }

    private void recompute() {
        if (applying) {
            return;
        }
        double z = 0;
        for (Synapse s : synapses) {
            z += s.input.get() * s.weight.get();
        }
        if (biasEnabled.get()) {
            z += bias.get();
        }
        ActivationKind k = activation.get();
        if (k == null) {
            return; // a listener puts NONE back
        }
        double a = k.value(z, LEAKY_SLOPE);
        sum.set(z);
        output.set(a);
        calculation.set(calculationText(z));
        activationLine.set(k == ActivationKind.NONE
                ? "ŷ = z = " + FrenchNumbers.compact(z, 3) + " (sans activation)"
                : "ŷ = " + k.symbol() + "(" + FrenchNumbers.compact(z, 3) + ") = " + FrenchNumbers.compact(a, 3)
                        + (k == ActivationKind.LEAKY_RELU ? " (pente 0,01)" : ""));
        PerceptronPreset p = matchingPreset();
        preset.set(p);
        bookCheck.set(p == null ? null : bookCheck(p, z, a));
        revision.set(revision.get() + 1);
    }

    /** « z = 7 × 0,6 + (−3) × 0,25 + 2 × 0,15 = 3,75 ». */
    private String calculationText(double z) {
        StringBuilder sb = new StringBuilder("z = ");
        for (int i = 0; i < synapses.size(); i++) {
            if (i > 0) {
                sb.append(" + ");
            }
            sb.append(term(synapses.get(i).input.get())).append(" × ").append(term(synapses.get(i).weight.get()));
        }
        if (biasEnabled.get()) {
            sb.append(" + ").append(term(bias.get()));
        }
        return sb.append(" = ").append(FrenchNumbers.compact(z, 3)).toString();
    }

    /** A number inside a sum: negatives in brackets, thirds as the book writes them (1/3). */
    static String term(double v) {
        String s = number(v);
        return v < 0 && !s.equals("0") ? "(" + s + ")" : s;
    }

    /** Up to three decimals; a third that three decimals would round (1/3, −2/3) is written as a fraction. */
    static String number(double v) {
        double thirds = v * 3;
        boolean exactIn3 = Math.abs(v * 1000 - Math.rint(v * 1000)) < 1e-6;
        if (!exactIn3 && Math.abs(thirds - Math.rint(thirds)) < 1e-9) {
            long n = Math.round(thirds);
            return (n < 0 ? String.valueOf(FrenchFormat.MINUS) : "") + Math.abs(n) + "/3";
        }
        return FrenchNumbers.compact(v, 3);
    }

    private PerceptronPreset matchingPreset() {
        for (PerceptronPreset p : PerceptronPreset.values()) {
            if (matches(p)) {
                return p;
            }
        }
        return null;
    }

    private boolean matches(PerceptronPreset p) {
        if (p.inputs().size() != synapses.size() || p.activation() != activation.get()
                || (p.bias() != null) != biasEnabled.get()
                || (p.bias() != null && Math.abs(p.bias() - bias.get()) > SAME)) {
            return false;
        }
        for (int i = 0; i < synapses.size(); i++) {
            if (Math.abs(p.inputs().get(i) - synapses.get(i).input.get()) > SAME
                    || Math.abs(p.weights().get(i) - synapses.get(i).weight.get()) > SAME) {
                return false;
            }
        }
        return true;
    }

    private static BookCheck bookCheck(PerceptronPreset p, double z, double a) {
        return switch (p) {
            case MOYENNE -> BookCheck.of("2", z);
            case PONDEREE -> BookCheck.of("3.75", z);
            case SIGMOIDE -> BookCheck.of("0.98", a);
            case BIAIS_Q13 -> BookCheck.erratum("Livre (3.7, question 13) : « −0,9, puis ReLU donne 0 ». Erratum : "
                    + "la somme vaut 0,4 − 1,5 + 0,1 = −1,0 et non −0,9 ; la sortie ReLU, 0, est juste.");
        };
    }

    public ObservableList<Synapse> synapses() { return synapses; }

    public BooleanProperty biasEnabledProperty() { return biasEnabled; }

    public DoubleProperty biasProperty() { return bias; }

    public ObjectProperty<ActivationKind> activationProperty() { return activation; }

    /** z, the weighted sum (bias included when on). */
    public ReadOnlyDoubleProperty sumProperty() { return sum.getReadOnlyProperty(); }

    /** ŷ = f(z). */
    public ReadOnlyDoubleProperty outputProperty() { return output.getReadOnlyProperty(); }

    public ReadOnlyStringProperty calculationProperty() { return calculation.getReadOnlyProperty(); }

    public ReadOnlyStringProperty activationLineProperty() { return activationLine.getReadOnlyProperty(); }

    /** The book's preset the current values are exactly, or null. */
    public ReadOnlyObjectProperty<PerceptronPreset> presetProperty() { return preset.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<BookCheck> bookCheckProperty() { return bookCheck.getReadOnlyProperty(); }

    /** Bumped after every recomputation, so the diagram knows when to redraw. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }
}
