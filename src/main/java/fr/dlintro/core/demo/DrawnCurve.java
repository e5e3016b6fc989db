package fr.dlintro.core.demo;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * A curve drawn with the mouse over x ∈ [−1, 1], kept as heights on a grid of bins. Strokes
 * overwrite the bins they cross; bins never drawn are filled in by straight lines between
 * the drawn ones (and held flat beyond the ends), so any drawing is a continuous function.
 */
public final class DrawnCurve implements DoubleUnaryOperator {
    private final double[] height; // (bins): NaN where nothing was drawn
    private double[] filled;       // (bins): height with the gaps filled in, or null when stale

    public DrawnCurve(int bins) {
        if (bins < 2) {
            throw new IllegalArgumentException("at least two bins");
        }
        height = new double[bins];
        clear();
    }

    public void clear() {
        Arrays.fill(height, Double.NaN);
        filled = null;
    }

    public boolean isEmpty() {
        for (double h : height) {
            if (!Double.isNaN(h)) {
                return false;
            }
        }
        return true;
    }

    public int bins() {
        return height.length;
    }

    /** Centre of bin k. */
    public double binX(int k) {
        return TargetCurve.X_MIN + (TargetCurve.X_MAX - TargetCurve.X_MIN) * k / (height.length - 1);
    }

    private int nearestBin(double x) {
        double t = (x - TargetCurve.X_MIN) / (TargetCurve.X_MAX - TargetCurve.X_MIN);
        return (int) Math.max(0, Math.min(height.length - 1, Math.round(t * (height.length - 1))));
    }

    /** A stroke from (x0, y0) to (x1, y1): every bin between gets the height of the segment there. */
    public void stroke(double x0, double y0, double x1, double y1) {
        int a = nearestBin(Math.min(x0, x1));
        int b = nearestBin(Math.max(x0, x1));
        for (int k = a; k <= b; k++) {
            double x = binX(k);
            double t = x1 == x0 ? 1 : Math.max(0, Math.min(1, (x - x0) / (x1 - x0)));
            height[k] = y0 + t * (y1 - y0);
        }
        filled = null;
    }

    @Override
    public double applyAsDouble(double x) {
        double[] f = filled();
        double t = (x - TargetCurve.X_MIN) / (TargetCurve.X_MAX - TargetCurve.X_MIN) * (f.length - 1);
        int k = (int) Math.max(0, Math.min(f.length - 2, Math.floor(t)));
        double u = Math.max(0, Math.min(1, t - k));
        return f[k] + u * (f[k + 1] - f[k]);
    }

    /** Whether bin k was drawn (for drawing the reader's strokes apart from the filled gaps). */
    public boolean isDrawn(int k) {
        return !Double.isNaN(height[k]);
    }

    private double[] filled() {
        if (filled != null) {
            return filled;
        }
        int n = height.length;
        double[] f = new double[n];
        int previous = -1;
        for (int k = 0; k < n; k++) {
            if (Double.isNaN(height[k])) {
                continue;
            }
            if (previous < 0) {
                Arrays.fill(f, 0, k, height[k]);
            } else {
                for (int j = previous + 1; j < k; j++) {
                    f[j] = height[previous] + (height[k] - height[previous]) * (j - previous) / (k - previous);
                }
            }
            f[k] = height[k];
            previous = k;
        }
        if (previous < 0) {
            Arrays.fill(f, 0);
        } else {
            Arrays.fill(f, previous + 1, n, height[previous]);
        }
        filled = f;
        return f;
    }
}
