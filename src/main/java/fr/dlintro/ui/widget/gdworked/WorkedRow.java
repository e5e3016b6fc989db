package fr.dlintro.ui.widget.gdworked;

/**
 * One iteration of a worked example: the parameters before it, the cost there, the
 * gradient, and the parameters after the update (the book prints J before, W after).
 * For the one-weight example the bias fields are 0 and {@code gradB} is NaN.
 */
public record WorkedRow(int iteration, double wBefore, double bBefore, double cost, double gradW, double gradB,
        double wAfter, double bAfter) {

    public boolean hasBias() {
        return !Double.isNaN(gradB);
    }
}
