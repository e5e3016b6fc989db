package fr.dlintro.core.nn;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * Central finite differences against analytic gradients, llm.c style: the worst difference
 * is kept so tests can report it. Differences are relative to max(1, |numeric|, |analytic|).
 * The layers compute in float, so the step is 3e−3 (rounding and truncation balance there).
 */
final class GradientCheck {
    static final double STEP = 3e-3;
    static double worstOfAll;
    static String worstWhere = "";

    double worst;

    /** Compares d(lossFn)/d(entry) with analytic[r][c] for every entry of values. */
    void compare(String what, float[][] values, float[][] analytic, DoubleSupplier lossFn) {
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                float saved = values[r][c];
                values[r][c] = (float) (saved + STEP);
                double plus = lossFn.getAsDouble();
                values[r][c] = (float) (saved - STEP);
                double minus = lossFn.getAsDouble();
                values[r][c] = saved;
                double numeric = (plus - minus) / (2 * STEP);
                double a = analytic[r][c];
                double diff = Math.abs(numeric - a) / Math.max(1, Math.max(Math.abs(numeric), Math.abs(a)));
                if (diff > worst) {
                    worst = diff;
                }
                synchronized (GradientCheck.class) {
                    if (diff > worstOfAll) {
                        worstOfAll = diff;
                        worstWhere = what + "[" + r + "][" + c + "]";
                    }
                }
            }
        }
    }

    /** L = Σ g ⊙ layer(x): its gradient is what backward(g) returns and accumulates. */
    static double weightedSum(Matrix y, Matrix g) {
        double s = 0;
        for (int b = 0; b < y.rows(); b++) {
            for (int j = 0; j < y.cols(); j++) {
                s += (double) y.get(b, j) * g.get(b, j);
            }
        }
        return s;
    }

    static Matrix random(SplittableRandom random, int rows, int cols, double lo, double hi) {
        Matrix m = new Matrix(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m.set(r, c, (float) random.nextDouble(lo, hi));
            }
        }
        return m;
    }

    /** Random values kept at least {@code gap} away from zero (for kinks at 0). */
    static Matrix randomAwayFromZero(SplittableRandom random, int rows, int cols, double gap) {
        Matrix m = new Matrix(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = random.nextDouble(gap, 3);
                m.set(r, c, (float) (random.nextBoolean() ? v : -v));
            }
        }
        return m;
    }

    /** Checks dInput and every parameter gradient of a layer. */
    double checkLayer(String what, Layer layer, Matrix x, Matrix g) {
        layer.zeroGrad();
        layer.forward(x);
        Matrix dInput = layer.backward(g).copy();
        List<Parameter> params = layer.parameters();
        float[][][] grads = new float[params.size()][][];
        for (int p = 0; p < params.size(); p++) {
            grads[p] = copy(params.get(p).grad());
        }
        DoubleSupplier loss = () -> weightedSum(layer.forward(x), g);
        compare(what + ".dInput", x.data(), dInput.data(), loss);
        for (int p = 0; p < params.size(); p++) {
            Parameter param = params.get(p);
            compare(what + "." + param.name(), param.value(), grads[p], () -> {
                param.markUpdated();
                return weightedSum(layer.forward(x), g);
            });
        }
        return worst;
    }

    static float[][] copy(float[][] a) {
        float[][] c = new float[a.length][];
        for (int r = 0; r < a.length; r++) {
            c[r] = a[r].clone();
        }
        return c;
    }
}
