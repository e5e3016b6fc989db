package fr.dlintro.ui.widget.perceptron;

import fr.dlintro.ui.widget.activation.ActivationKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The book's perceptrons: Figs. 10, 11 and 14, and question 13 of 3.7 (with a bias). */
public enum PerceptronPreset {
    MOYENNE("moyenne", "Fig. 10 : moyenne", List.of(7.0, -3.0, 2.0), List.of(1.0 / 3, 1.0 / 3, 1.0 / 3), null,
            ActivationKind.NONE),
    PONDEREE("ponderee", "Fig. 11 : pondérée", List.of(7.0, -3.0, 2.0), List.of(0.6, 0.25, 0.15), null,
            ActivationKind.NONE),
    SIGMOIDE("sigmoide", "Fig. 14 : sigmoïde", List.of(7.0, -3.0, 2.0), List.of(0.6, 0.25, 0.15), null,
            ActivationKind.SIGMOID),
    BIAIS_Q13("biais-q13", "Question 13 : biais", List.of(2.0, 3.0), List.of(0.2, -0.5), 0.1, ActivationKind.RELU);

    private final String key;
    private final String label;
    private final List<Double> inputs;
    private final List<Double> weights;
    private final Double bias;
    private final ActivationKind activation;

    PerceptronPreset(String key, String label, List<Double> inputs, List<Double> weights, Double bias,
            ActivationKind activation) {
        this.key = key;
        this.label = label;
        this.inputs = inputs;
        this.weights = weights;
        this.bias = bias;
        this.activation = activation;
    }

    /** The name used in lesson parameters (« ponderee »). */
    public String key() { return key; }

    /** The button's text. */
    public String label() { return label; }

    public List<Double> inputs() { return inputs; }

    public List<Double> weights() { return weights; }

    /** The bias, or null for a perceptron without bias. */
    public Double bias() { return bias; }

    public ActivationKind activation() { return activation; }

    public static Optional<PerceptronPreset> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
