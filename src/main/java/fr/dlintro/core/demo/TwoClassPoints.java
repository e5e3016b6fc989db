package fr.dlintro.core.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The three small two-class data sets of the bias widget (Fig. 20), in the square
 * [−3, 3]²: {@link Layout#CENTRE} and {@link Layout#DIAGONALE} can be separated by a line
 * through the origin, {@link Layout#DECALE} only by a line that misses it (it needs a bias).
 * Labels are +1 (class « bleue ») and −1 (class « rouge »). Seeded, so always the same points.
 */
public final class TwoClassPoints {
    public static final double EXTENT = 3;
    private static final int PER_CLASS = 12;

    /** How the two clouds sit relative to the origin. */
    public enum Layout {
        /** Left and right of the vertical axis: separable without bias. */
        CENTRE,
        /** Both clouds up and to the right, one behind the other: a bias is needed. */
        DECALE,
        /** Above and below the diagonal y = x, long clouds: separable without bias, at the right angle. */
        DIAGONALE
    }

    private final Layout layout;
    private final double[][] points; // (n, 2): [i][0] is x1, [i][1] is x2
    private final int[] labels;      // (n): +1 or −1

    private TwoClassPoints(Layout layout, double[][] points, int[] labels) {
        this.layout = layout;
        this.points = points;
        this.labels = labels;
    }

    public static TwoClassPoints of(Layout layout) {
        return switch (layout) {
            // blue on the right of x1 = 0, red on the left
            case CENTRE -> generate(layout, 11, new double[] {1.4, 0.4}, new double[] {-1.4, -0.4}, 0.7, 0.9,
                    new double[] {1, 0}, 0, 0.35);
            // red nearer the origin, blue farther along the same direction: x1 + x2 = 3.4 separates them
            case DECALE -> generate(layout, 23, new double[] {2.3, 2.0}, new double[] {1.4, 1.0}, 0.5, 0.35,
                    new double[] {1, 1}, -3.4, 0.3);
            // blue above x2 = x1, red below, each cloud stretched along the diagonal
            case DIAGONALE -> generate(layout, 37, new double[] {-0.5, 0.5}, new double[] {0.5, -0.5}, 1.3, 0.3,
                    new double[] {-1, 1}, 0, 0.3);
        };
    }

    /**
     * {@code PER_CLASS} points around each centre; along and across the separating line
     * w·x + b = 0 the spreads differ; a point closer than {@code margin} to that line, or
     * outside the square, is drawn again, so the line always separates the two classes.
     */
    private static TwoClassPoints generate(Layout layout, long seed, double[] blue, double[] red, double along,
            double across, double[] w, double b, double margin) {
        SplittableRandom rng = new SplittableRandom(seed);
        double norm = Math.hypot(w[0], w[1]);
        double[] n = {w[0] / norm, w[1] / norm};  // unit normal of the separating line
        double[] t = {-n[1], n[0]};               // unit direction along it
        double[][] pts = new double[2 * PER_CLASS][];
        int[] lab = new int[2 * PER_CLASS];
        for (int i = 0; i < pts.length; i++) {
            int label = i % 2 == 0 ? 1 : -1;
            double[] c = label > 0 ? blue : red;
            double[] p;
            double signed;
            do {
                double u = along * gaussian(rng);
                double v = across * gaussian(rng);
                p = new double[] {c[0] + u * t[0] + v * n[0], c[1] + u * t[1] + v * n[1]};
                signed = (w[0] * p[0] + w[1] * p[1] + b) / norm;
            } while (label * signed < margin || Math.abs(p[0]) > EXTENT - 0.2 || Math.abs(p[1]) > EXTENT - 0.2);
            pts[i] = new double[] {round(p[0]), round(p[1])};
            lab[i] = label;
        }
        return new TwoClassPoints(layout, pts, lab);
    }

    /** Two decimals: the points are data a reader may inspect, not noise. */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    public Layout layout() {
        return layout;
    }

    public int size() {
        return points.length;
    }

    public double x1(int i) {
        return points[i][0];
    }

    public double x2(int i) {
        return points[i][1];
    }

    public int label(int i) {
        return labels[i];
    }

    /** True when w·x + b puts point i on its own class's side (a point on the line is misclassified). */
    public boolean isCorrect(int i, double w1, double w2, double b) {
        return labels[i] * (w1 * points[i][0] + w2 * points[i][1] + b) > 0;
    }

    public int misclassified(double w1, double w2, double b) {
        int n = 0;
        for (int i = 0; i < points.length; i++) {
            if (!isCorrect(i, w1, w2, b)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The fewest errors any line through the origin (b = 0) can make. Exact: the count only
     * changes where the line crosses a point, so it suffices to try one direction between
     * each pair of consecutive critical angles.
     */
    public int fewestErrorsThroughOrigin() {
        int m = points.length;
        double[] critical = new double[2 * m];
        for (int i = 0; i < m; i++) {
            double a = Math.atan2(points[i][1], points[i][0]) + Math.PI / 2;
            critical[2 * i] = wrap(a);
            critical[2 * i + 1] = wrap(a + Math.PI);
        }
        Arrays.sort(critical);
        int best = Integer.MAX_VALUE;
        for (int k = 0; k < critical.length; k++) {
            double next = k + 1 < critical.length ? critical[k + 1] : critical[0] + 2 * Math.PI;
            double theta = (critical[k] + next) / 2;
            best = Math.min(best, misclassified(Math.cos(theta), Math.sin(theta), 0));
        }
        return best;
    }

    /** An angle in [0, 2π). */
    private static double wrap(double a) {
        double turn = 2 * Math.PI;
        return a - turn * Math.floor(a / turn);
    }
}
