package fr.dlintro.core.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The saddle of 4.3.6 (Fig. 33): J(x, y) = x² − y², gradient (2x, −2y), zero at the origin.
 * Descent x := x − α·2x, y := y + α·2y shrinks x and grows y by (1 + 2α) per step: a start
 * exactly on y = 0 slides into the saddle and stays there; any tiny y grows until it escapes.
 */
public final class SaddleSurface {
    /** The map shows [−2, 2]²; a descent stops when it leaves it. */
    public static final double HALF_SIDE = 2;

    private SaddleSurface() {
    }

    public static double cost(double x, double y) {
        return x * x - y * y;
    }

    public static double[] gradient(double x, double y) {
        return new double[] {2 * x, -2 * y};
    }

    public static double gradientNorm(double x, double y) {
        return 2 * Math.hypot(x, y);
    }

    /** One step of gradient descent from (x, y). */
    public static double[] step(double x, double y, double learningRate) {
        double[] g = gradient(x, y);
        return new double[] {x - learningRate * g[0], y - learningRate * g[1]};
    }

    public static boolean inside(double x, double y) {
        return Math.abs(x) <= HALF_SIDE && Math.abs(y) <= HALF_SIDE;
    }

    /** Up to {@code steps} iterates after the start (the start first), stopping after the first one outside the map. */
    public static List<double[]> descend(double x, double y, double learningRate, int steps) {
        List<double[]> path = new ArrayList<>();
        double[] p = {x, y};
        path.add(p);
        for (int k = 0; k < steps && inside(p[0], p[1]); k++) {
            p = step(p[0], p[1], learningRate);
            path.add(p);
        }
        return path;
    }
}
