package fr.dlintro.ui.widget.gd1d;

import fr.dlintro.core.demo.LossCurve;
import fr.dlintro.core.demo.LossCurves;

/** The curves, starts and learning rates of gd-1d: the book's Figs. 26–28 and a curve with two minima. */
public enum Gd1dPreset {
    PARABOLE("parabole", "Parabole (fig. 26)", LossCurves.parabola(), "J(W) = (W − 1)²", "J'(W) = 2(W - 1)",
            -3, 5, -2.5, 0.1, new double[] {1}),
    TAUX_TROP_GRAND("taux-trop-grand", "Taux trop grand (fig. 27)", LossCurves.parabola(), "J(W) = (W − 1)²",
            "J'(W) = 2(W - 1)", -3, 5, -1, 1.05, new double[] {1}),
    TAUX_TROP_PETIT("taux-trop-petit", "Taux trop petit (fig. 28)", LossCurves.parabola(), "J(W) = (W − 1)²",
            "J'(W) = 2(W - 1)", -3, 5, -2.5, 0.01, new double[] {1}),
    DEUX_MINIMA("deux-minima", "Deux minima", LossCurves.twoMinima(), "J(W) = 0,05 W⁴ − 0,5 W² + 0,3 W + 2",
            "J'(W) = 0{,}2\\,W^3 - W + 0{,}3", -4, 4, 3.5, 0.1, new double[] {-2.3732, 2.0675});

    private final String key;
    private final String label;
    private final LossCurve curve;
    private final String costText;
    private final String slopeLatex;
    private final double wMin;
    private final double wMax;
    private final double start;
    private final double learningRate;
    private final double[] minima;

    Gd1dPreset(String key, String label, LossCurve curve, String costText, String slopeLatex, double wMin, double wMax,
            double start, double learningRate, double[] minima) {
        this.key = key;
        this.label = label;
        this.curve = curve;
        this.costText = costText;
        this.slopeLatex = slopeLatex;
        this.wMin = wMin;
        this.wMax = wMax;
        this.start = start;
        this.learningRate = learningRate;
        this.minima = minima;
    }

    public static Gd1dPreset fromKey(String key) {
        for (Gd1dPreset p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return PARABOLE;
    }

    public String key() { return key; }

    public String label() { return label; }

    public LossCurve curve() { return curve; }

    /** The cost's formula, as plain text. */
    public String costText() { return costText; }

    /** The derivative's formula, in LaTeX. */
    public String slopeLatex() { return slopeLatex; }

    public double wMin() { return wMin; }

    public double wMax() { return wMax; }

    public double start() { return start; }

    public double learningRate() { return learningRate; }

    /** Where the curve's minima are, in the order of W; the lowest is {@link #globalMinimum()}. */
    public double[] minima() { return minima.clone(); }

    public double globalMinimum() {
        double best = minima[0];
        for (double m : minima) {
            if (curve.value(m) < curve.value(best)) {
                best = m;
            }
        }
        return best;
    }

    /** Whether the curve is the parabola (W − 1)², whose regimes of α are known exactly. */
    public boolean isParabola() {
        return this != DEUX_MINIMA;
    }
}
