package fr.dlintro.ui.widget.gdworked;

import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.TexNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The formulas of one iteration with its numbers, as the book writes them in 4.3.4:
 * predictions, cost, gradient (two partial derivatives with the bias), update. Each line is
 * a list of LaTeX pieces the view may wrap between.
 */
final class StepFormulas {
    private StepFormulas() {
    }

    static List<List<String>> of(WorkedRow r, double alpha) {
        double[] x = GdWorkedModel.X;
        double[] y = GdWorkedModel.Y;
        int n = x.length;
        boolean bias = r.hasBias();
        double[] yHat = new double[n];
        for (int i = 0; i < n; i++) {
            yHat[i] = r.wBefore() * x[i] + (bias ? r.bBefore() : 0);
        }
        String w = bias ? "w_1" : "W";
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of((bias ? "\\hat y = w_1 x + b_1" : "\\hat y = W x"),
                "= (" + join(n, i -> yHat[i], "\\,;\\,") + ")"));
        lines.add(List.of("J = \\tfrac{1}{4}\\sum (y_i - \\hat y_i)^2",
                "= \\tfrac{1}{4}(" + join(n, i -> (y[i] - yHat[i]) * (y[i] - yHat[i]), " + ") + ")",
                "= " + num(r.cost())));
        lines.add(List.of("\\frac{\\partial J}{\\partial " + w + "} = \\tfrac{1}{4}\\sum -2x_i(y_i - \\hat y_i)",
                "= \\tfrac{1}{4}(" + join(n, i -> -2 * x[i] * (y[i] - yHat[i]), " + ") + ")",
                "= " + num(r.gradW())));
        if (bias) {
            lines.add(List.of("\\frac{\\partial J}{\\partial b_1} = \\tfrac{1}{4}\\sum -2(y_i - \\hat y_i)",
                    "= \\tfrac{1}{4}(" + join(n, i -> -2 * (y[i] - yHat[i]), " + ") + ")",
                    "= " + num(r.gradB())));
        }
        List<String> update = new ArrayList<>();
        update.add(w + " := " + num(r.wBefore()) + " - " + TexNumbers.of(alpha, 6) + "\\times " + factor(r.gradW())
                + " = " + num(r.wAfter()));
        if (bias) {
            update.add("b_1 := " + num(r.bBefore()) + " - " + TexNumbers.of(alpha, 6) + "\\times " + factor(r.gradB())
                    + " = " + num(r.bAfter()));
        }
        lines.add(update);
        return lines;
    }

    /** The same, read aloud. */
    static String text(WorkedRow r, double alpha) {
        String w = r.hasBias() ? "w₁" : "W";
        String s = "Itération " + r.iteration() + " : J = " + FrenchNumbers.compact(r.cost(), 6) + ", gradient "
                + FrenchNumbers.compact(r.gradW(), 6) + (r.hasBias() ? " et " + FrenchNumbers.compact(r.gradB(), 6) : "")
                + ", " + w + " devient " + FrenchNumbers.compact(r.wBefore(), 6) + " moins " + FrenchNumbers.compact(alpha, 6)
                + " fois " + FrenchNumbers.compact(r.gradW(), 6) + ", soit " + FrenchNumbers.compact(r.wAfter(), 6);
        return r.hasBias() ? s + " ; b₁ devient " + FrenchNumbers.compact(r.bAfter(), 6) : s;
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "\\text{NaN}";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\\infty" : "-\\infty";
        }
        if (Math.abs(v) >= 1e7) {
            int e = (int) Math.floor(Math.log10(Math.abs(v)));
            return TexNumbers.of(v / Math.pow(10, e), 2) + "\\times 10^{" + e + "}";
        }
        return TexNumbers.of(v, 7);
    }

    private static String factor(double v) {
        String s = num(v);
        return s.startsWith("-") ? "(" + s + ")" : s;
    }

    private static String join(int n, IntToDoubleFunction f, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            String s = num(f.applyAsDouble(i));
            sb.append(sep.contains("+") && s.startsWith("-") ? "(" + s + ")" : s);
        }
        return sb.toString();
    }
}
