package fr.dlintro.core.demo;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * A function of two variables sampled on a regular grid of {@code columns × rows} nodes
 * spanning [xMin, xMax] × [yMin, yMax], row 0 at yMin. What a loss map colours and draws
 * contour lines from.
 */
public final class SampledField {
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final int columns;
    private final int rows;
    private final double[] values; // row-major, rows × columns
    private double[] sorted;

    public SampledField(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax,
            int columns, int rows) {
        if (columns < 2 || rows < 2 || !(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("a field needs at least 2 × 2 nodes over a non-empty rectangle");
        }
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.columns = columns;
        this.rows = rows;
        this.values = new double[columns * rows];
        for (int r = 0; r < rows; r++) {
            double y = y(r);
            for (int c = 0; c < columns; c++) {
                values[r * columns + c] = f.applyAsDouble(x(c), y);
            }
        }
    }

    public static SampledField of(LossSurface s, double xMin, double xMax, double yMin, double yMax,
            int columns, int rows) {
        return new SampledField(s::value, xMin, xMax, yMin, yMax, columns, rows);
    }

    public double x(int column) {
        return xMin + (xMax - xMin) * column / (columns - 1);
    }

    public double y(int row) {
        return yMin + (yMax - yMin) * row / (rows - 1);
    }

    public double value(int column, int row) {
        return values[row * columns + column];
    }

    public int columns() { return columns; }

    public int rows() { return rows; }

    public double xMin() { return xMin; }

    public double xMax() { return xMax; }

    public double yMin() { return yMin; }

    public double yMax() { return yMax; }

    private double[] sorted() {
        if (sorted == null) {
            sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        }
        return sorted;
    }

    public double min() {
        double[] s = sorted();
        return s.length == 0 ? 0 : s[0];
    }

    public double max() {
        double[] s = sorted();
        return s.length == 0 ? 0 : s[s.length - 1];
    }

    /** The fraction of sampled values ≤ v, in [0, 1]: a colour scale that spreads any surface evenly. */
    public double rank(double v) {
        double[] s = sorted();
        if (s.length == 0 || Double.isNaN(v)) {
            return 0;
        }
        int i = Arrays.binarySearch(s, v);
        int pos = i >= 0 ? i : -i - 1;
        return Math.max(0, Math.min(1, pos / (double) (s.length - 1)));
    }

    /** The value below which a fraction q of the samples lie. */
    public double quantile(double q) {
        double[] s = sorted();
        if (s.length == 0) {
            return 0;
        }
        double pos = Math.max(0, Math.min(1, q)) * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (s[hi] - s[lo]) * (pos - lo);
    }

    /**
     * {@code n} contour levels that share the map's area evenly (level k at quantile
     * k/(n+1)^p, p = 1.5 to add lines near the minima, where the path ends), distinct and increasing.
     */
    public double[] contourLevels(int n) {
        double[] levels = new double[n];
        int count = 0;
        for (int k = 1; k <= n; k++) {
            double level = quantile(Math.pow(k / (double) (n + 1), 1.5));
            if (count == 0 || level > levels[count - 1] + 1e-12 * Math.max(1, Math.abs(level))) {
                levels[count++] = level;
            }
        }
        return Arrays.copyOf(levels, count);
    }
}
