package fr.dlintro.ui.widget.differentiable;

/**
 * The two functions of footnote 2 in 4.2.2.2: x², smooth everywhere, and |x|, with a corner
 * at 0. Each knows its slopes on the left and on the right of a point: where they agree, the
 * function is differentiable there and the common value is its derivative.
 */
public enum Curve {
    SQUARE("x²", "f", "f(x) = x^2", "f'(x) = 2x", -1, 9),
    ABS("|x|", "g", "g(x) = |x|", "g'(x) = \\mathrm{signe}(x) \\text{ pour } x \\neq 0", -0.5, 3.5);

    private final String label;
    private final String name;
    private final String latex;
    private final String derivativeLatex;
    private final double yMin;
    private final double yMax;

    Curve(String label, String name, String latex, String derivativeLatex, double yMin, double yMax) {
        this.label = label;
        this.name = name;
        this.latex = latex;
        this.derivativeLatex = derivativeLatex;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    public String label() { return label; }

    /** f or g, as the readouts call it. */
    public String functionName() { return name; }

    public String latex() { return latex; }

    /** Its derivative, where it has one. */
    public String derivativeLatex() { return derivativeLatex; }

    /** The y range shown without zoom. */
    public double yMin() { return yMin; }

    public double yMax() { return yMax; }

    public double value(double x) {
        return this == SQUARE ? x * x : Math.abs(x);
    }

    /** The limit of (f(x) − f(x − h)) / h as h → 0⁺. */
    public double leftSlope(double x) {
        return this == SQUARE ? 2 * x : (x > 0 ? 1 : -1);
    }

    /** The limit of (f(x + h) − f(x)) / h as h → 0⁺. */
    public double rightSlope(double x) {
        return this == SQUARE ? 2 * x : (x < 0 ? -1 : 1);
    }

    public boolean differentiableAt(double x) {
        return leftSlope(x) == rightSlope(x);
    }

    /** f′(x), or NaN where the two one-sided slopes differ. */
    public double derivative(double x) {
        return differentiableAt(x) ? leftSlope(x) : Double.NaN;
    }
}
