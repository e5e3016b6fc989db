package fr.dlintro.ui.widget.activation;

import fr.dlintro.core.nn.Functions;
import java.util.Arrays;
import java.util.Optional;

/**
 * The activation functions of chapter 3 as the widgets name, write and draw them. The maths
 * is the core's ({@link Functions}); {@code slope} is Leaky ReLU's slope for x &lt; 0, or the
 * value PReLU has learned. The book gives formulas for sigmoid, tanh and ReLU only (code for
 * the others): the formulas of the last three are additions of this edition.
 */
public enum ActivationKind {
    NONE("aucune", "aucune", "", null, true),
    SIGMOID("sigmoide", "sigmoïde", "σ", "\\sigma(x) = \\frac{1}{1 + \\exp(-x)}", true),
    TANH("tanh", "tanh", "tanh", "\\tanh(x) = \\frac{e^x - e^{-x}}{e^x + e^{-x}}", true),
    RELU("relu", "ReLU", "ReLU", "\\mathrm{ReLU}(x) = \\max(0, x)", true),
    LEAKY_RELU("leaky_relu", "Leaky ReLU", "LeakyReLU",
            "\\mathrm{LeakyReLU}(x) = \\max(0, x) + a \\cdot \\min(0, x)", false),
    PRELU("prelu", "PReLU", "PReLU", "\\mathrm{PReLU}(x) = \\max(0, x) + a \\cdot \\min(0, x)", false),
    GELU("gelu", "GELU", "GELU",
            "\\mathrm{GELU}(x) = x \\, \\Phi(x) = \\frac{x}{2} \\left(1 + \\mathrm{erf}\\left(\\frac{x}{\\sqrt{2}}\\right)\\right)",
            false);

    private final String key;
    private final String label;
    private final String symbol;
    private final String latex;
    private final boolean formulaInBook;

    ActivationKind(String key, String label, String symbol, String latex, boolean formulaInBook) {
        this.key = key;
        this.label = label;
        this.symbol = symbol;
        this.latex = latex;
        this.formulaInBook = formulaInBook;
    }

    /** The name used in lesson parameters (« sigmoide », « leaky_relu »…). */
    public String key() { return key; }

    /** The name shown to the reader (« sigmoïde », « Leaky ReLU »…). */
    public String label() { return label; }

    /** How the function is written in a calculation: σ(3,75), ReLU(−1). */
    public String symbol() { return symbol; }

    /** The typeset formula, with a the slope of Leaky ReLU / PReLU; null for {@link #NONE}. */
    public String latex() { return latex; }

    /** False where the book gives only code and the formula is an addition of this edition. */
    public boolean formulaInBook() { return formulaInBook; }

    /** Whether the slope a changes this function. */
    public boolean hasSlope() { return this == LEAKY_RELU || this == PRELU; }

    public double value(double x, double slope) {
        return switch (this) {
            case NONE -> x;
            case SIGMOID -> Functions.sigmoid(x);
            case TANH -> Functions.tanh(x);
            case RELU -> Functions.relu(x);
            case LEAKY_RELU, PRELU -> Functions.leakyRelu(x, slope);
            case GELU -> Functions.gelu(x);
        };
    }

    /** f′(x); at ReLU's kink (x = 0) the value PyTorch uses, 0 (a for Leaky ReLU). */
    public double derivative(double x, double slope) {
        return switch (this) {
            case NONE -> 1;
            case SIGMOID -> Functions.sigmoidDerivative(x);
            case TANH -> Functions.tanhDerivative(x);
            case RELU -> Functions.reluDerivative(x);
            case LEAKY_RELU, PRELU -> Functions.leakyReluDerivative(x, slope);
            case GELU -> Functions.geluDerivative(x);
        };
    }

    /** Whether f has no derivative at x (the kink of the ReLU family at 0, when a ≠ 1). */
    public boolean kinkAt(double x, double slope) {
        return x == 0 && (this == RELU || (hasSlope() && slope != 1));
    }

    public static Optional<ActivationKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
