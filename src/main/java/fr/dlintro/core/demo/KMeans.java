package fr.dlintro.core.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Lloyd's k-means on 2-D points, one half-step at a time so a widget can show each phase:
 * an assignment step (each point joins its nearest centroid) then an update step (each
 * centroid moves to the mean of its points), and so on. Initial centroids are chosen by
 * k-means++ from a seed. It has converged when an assignment step changes nothing.
 */
public final class KMeans {
    /** What the next call to {@link #step()} does. */
    public enum Phase { ASSIGN, UPDATE }

    private final double[][] points;   // (n, 2)
    private final double[][] centroids; // (k, 2)
    private final int[] assignment;     // cluster of each point, -1 before the first assignment
    private Phase next = Phase.ASSIGN;
    private int iteration;
    private int lastChanges = -1;
    private boolean converged;

    public KMeans(double[][] points, int k, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        if (points.length < k) {
            throw new IllegalArgumentException("need at least k points");
        }
        this.points = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            this.points[i] = points[i].clone();
        }
        this.centroids = plusPlusInit(this.points, k, new SplittableRandom(seed));
        this.assignment = new int[points.length];
        Arrays.fill(assignment, -1);
    }

    /**
     * k-means++: the first centroid is a random point, each next one a point drawn with a
     * probability proportional to its squared distance to the nearest centroid so far.
     */
    static double[][] plusPlusInit(double[][] points, int k, SplittableRandom rng) {
        double[][] c = new double[k][];
        c[0] = points[rng.nextInt(points.length)].clone();
        double[] d2 = new double[points.length];
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (int i = 0; i < points.length; i++) {
                d2[i] = Double.POSITIVE_INFINITY;
                for (int m = 0; m < j; m++) {
                    d2[i] = Math.min(d2[i], squaredDistance(points[i], c[m]));
                }
                total += d2[i];
            }
            int chosen = rng.nextInt(points.length); // all points on the centroids: any will do
            if (total > 0) {
                double r = rng.nextDouble() * total;
                for (int i = 0; i < points.length; i++) {
                    r -= d2[i];
                    if (r < 0) {
                        chosen = i;
                        break;
                    }
                }
            }
            c[j] = points[chosen].clone();
        }
        return c;
    }

    /** Does the next half-step (assignment or update); does nothing once converged. */
    public void step() {
        if (converged) {
            return;
        }
        if (next == Phase.ASSIGN) {
            iteration++;
            lastChanges = assign();
            if (lastChanges == 0) {
                converged = true; // centroids are already the means of these same clusters
            } else {
                next = Phase.UPDATE;
            }
        } else {
            update();
            next = Phase.ASSIGN;
        }
    }

    /** Steps until converged or {@code maxSteps} half-steps were made; returns the steps made. */
    public int run(int maxSteps) {
        int steps = 0;
        while (!converged && steps < maxSteps) {
            step();
            steps++;
        }
        return steps;
    }

    private int assign() {
        int changes = 0;
        for (int i = 0; i < points.length; i++) {
            int best = nearest(points[i]);
            if (best != assignment[i]) {
                assignment[i] = best;
                changes++;
            }
        }
        return changes;
    }

    /** Moves each centroid to the mean of its points; a centroid left without points stays where it is. */
    private void update() {
        int k = centroids.length;
        double[][] sum = new double[k][2];
        int[] count = new int[k];
        for (int i = 0; i < points.length; i++) {
            int c = assignment[i];
            sum[c][0] += points[i][0];
            sum[c][1] += points[i][1];
            count[c]++;
        }
        for (int c = 0; c < k; c++) {
            if (count[c] > 0) {
                centroids[c][0] = sum[c][0] / count[c];
                centroids[c][1] = sum[c][1] / count[c];
            }
        }
    }

    private int nearest(double[] p) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double d = squaredDistance(p, centroids[c]);
            if (d < bestD) { // strict: ties go to the lowest index, so runs are reproducible
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    static double squaredDistance(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        return dx * dx + dy * dy;
    }

    /**
     * Sum of squared distances from each point to its centroid (its nearest one before the
     * first assignment): what k-means lowers at every step.
     */
    public double inertia() {
        double total = 0;
        for (int i = 0; i < points.length; i++) {
            int c = assignment[i] >= 0 ? assignment[i] : nearest(points[i]);
            total += squaredDistance(points[i], centroids[c]);
        }
        return total;
    }

    public int k() { return centroids.length; }

    public int size() { return points.length; }

    public double[] point(int i) { return points[i].clone(); }

    /** Centroids as (k, 2). */
    public double[][] centroids() {
        double[][] copy = new double[centroids.length][];
        for (int c = 0; c < centroids.length; c++) {
            copy[c] = centroids[c].clone();
        }
        return copy;
    }

    /** The cluster of each point, or -1 for all of them before the first assignment. */
    public int[] assignment() { return assignment.clone(); }

    /** The phase the next {@link #step()} performs. */
    public Phase nextPhase() { return next; }

    /** Number of assignment steps done so far (1 after the first Étape). */
    public int iteration() { return iteration; }

    /** Points that changed cluster at the last assignment step, -1 before the first one. */
    public int lastChanges() { return lastChanges; }

    public boolean converged() { return converged; }
}
