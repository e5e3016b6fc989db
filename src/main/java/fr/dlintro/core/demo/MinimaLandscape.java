package fr.dlintro.core.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The cost curve of 4.3.5 (Fig. 30–31): one weight w on [−6, 6], three minima — a bad local
 * one on the left, the global one in the centre, an acceptable local one on the right — and,
 * at the far right, a plateau whose slope is almost zero, where descent crawls.
 * <p>
 * J(w) = (1 − s)·0,1(w + 0,5)² + s·(3,2 + 0,003(w − 4)) + 1,6 − Σ aᵢ·exp(−(w − cᵢ)²/(2σᵢ²)),
 * with s = sigmoid((w − 4)/0,3) joining the bowl to the plateau.
 */
public final class MinimaLandscape {
    public static final double MIN_W = -6;
    public static final double MAX_W = 6;
    /** |J''| stays below 4.3 on the domain: any learning rate under 2/4.3 converges in every well. */
    public static final double MAX_CURVATURE = 4.3;

    private static final double[] DEPTH = {1.2, 1.5, 1.7};
    private static final double[] CENTRE = {-3.7, -0.5, 2.5};
    private static final double[] WIDTH = {0.6, 0.9, 0.65};
    private static final double JOIN = 4;
    private static final double JOIN_WIDTH = 0.3;

    /** Where a descent ends. */
    public enum Outcome {
        LEFT_MINIMUM, GLOBAL_MINIMUM, RIGHT_MINIMUM,
        /** Still far from every minimum when the iterations ran out: a plateau, or too small a rate. */
        STALLED,
        /** Left [−6, 6]: the learning rate is too large. */
        ESCAPED
    }

    /** The iterates w₀, w₁, … and where they ended. */
    public record Descent(double[] path, Outcome outcome) {
        public double last() {
            return path[path.length - 1];
        }

        public int iterations() {
            return path.length - 1;
        }
    }

    private static final double[] MINIMA = {findMinimum(CENTRE[0]), findMinimum(CENTRE[1]), findMinimum(CENTRE[2])};

    private MinimaLandscape() {
    }

    public static double cost(double w) {
        double s = sigmoid((w - JOIN) / JOIN_WIDTH);
        double j = (1 - s) * bowl(w) + s * plateau(w) + 1.6;
        for (int i = 0; i < DEPTH.length; i++) {
            j -= DEPTH[i] * bump(w, i);
        }
        return j;
    }

    /** dJ/dw, analytic. */
    public static double slope(double w) {
        double s = sigmoid((w - JOIN) / JOIN_WIDTH);
        double ds = s * (1 - s) / JOIN_WIDTH;
        double d = -ds * bowl(w) + (1 - s) * 0.2 * (w + 0.5) + ds * plateau(w) + s * 0.003;
        for (int i = 0; i < DEPTH.length; i++) {
            d += DEPTH[i] * (w - CENTRE[i]) / (WIDTH[i] * WIDTH[i]) * bump(w, i);
        }
        return d;
    }

    private static double bowl(double w) {
        return 0.1 * (w + 0.5) * (w + 0.5);
    }

    private static double plateau(double w) {
        return 3.2 + 0.003 * (w - JOIN);
    }

    private static double bump(double w, int i) {
        double z = (w - CENTRE[i]) / WIDTH[i];
        return Math.exp(-0.5 * z * z);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double findMinimum(double guess) {
        double w = guess;
        for (int i = 0; i < 200; i++) { // small fixed steps, then the slope is zero to machine precision
            w -= 0.1 * slope(w);
        }
        return w;
    }

    /** The positions of the left, global and right minima. */
    public static double minimum(Outcome which) {
        return switch (which) {
            case LEFT_MINIMUM -> MINIMA[0];
            case GLOBAL_MINIMUM -> MINIMA[1];
            case RIGHT_MINIMUM -> MINIMA[2];
            default -> throw new IllegalArgumentException(which + " is not a minimum");
        };
    }

    /**
     * Gradient descent w := w − α·J'(w) from {@code start}, at most {@code maxIterations} steps;
     * stops early once a step moves less than 1e-7 or w leaves the domain.
     */
    public static Descent descend(double start, double learningRate, int maxIterations) {
        List<Double> path = new ArrayList<>();
        double w = start;
        path.add(w);
        Outcome outcome = null;
        for (int k = 0; k < maxIterations; k++) {
            double next = w - learningRate * slope(w);
            path.add(next);
            if (next < MIN_W || next > MAX_W || !Double.isFinite(next)) {
                outcome = Outcome.ESCAPED;
                break;
            }
            boolean settled = Math.abs(next - w) < 1e-7;
            w = next;
            if (settled) {
                break;
            }
        }
        double[] out = path.stream().mapToDouble(Double::doubleValue).toArray();
        return new Descent(out, outcome != null ? outcome : landing(w));
    }

    /** The minimum within 0.1 of w, or {@link Outcome#STALLED}. */
    public static Outcome landing(double w) {
        for (Outcome o : List.of(Outcome.LEFT_MINIMUM, Outcome.GLOBAL_MINIMUM, Outcome.RIGHT_MINIMUM)) {
            if (Math.abs(w - minimum(o)) < 0.1) {
                return o;
            }
        }
        return Outcome.STALLED;
    }

    /** Where descent lands from each of {@code count} starts spread evenly over the domain (cell centres). */
    public static Outcome[] basins(int count, double learningRate, int maxIterations) {
        Outcome[] out = new Outcome[count];
        for (int i = 0; i < count; i++) {
            out[i] = descend(startOfCell(i, count), learningRate, maxIterations).outcome();
        }
        return out;
    }

    public static double startOfCell(int i, int count) {
        return MIN_W + (i + 0.5) * (MAX_W - MIN_W) / count;
    }
}
