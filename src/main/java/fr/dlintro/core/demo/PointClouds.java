package fr.dlintro.core.demo;

import java.util.SplittableRandom;

/** Seeded 2-D point clouds for the clustering demo: Gaussian blobs around random centres. */
public final class PointClouds {
    private PointClouds() {
    }

    /**
     * {@code count} points spread as evenly as possible over {@code groups} Gaussian blobs
     * whose centres are drawn in [0.15, 0.85]² and kept apart, so the groups are visible.
     *
     * @return points as (count, 2), row-major: {@code [i][0]} is x, {@code [i][1]} is y, all in [0, 1]
     */
    public static double[][] blobs(int groups, int count, long seed) {
        if (groups < 1 || count < 1) {
            throw new IllegalArgumentException("groups and count must be positive");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] centres = new double[groups][];
        double minGap = 0.6 / Math.sqrt(groups);
        for (int g = 0; g < groups; g++) {
            double[] best = null;
            double bestGap = -1;
            // a few tries per centre: keep the one farthest from the others
            for (int attempt = 0; attempt < 50 && bestGap < minGap; attempt++) {
                double[] c = {0.15 + 0.7 * rng.nextDouble(), 0.15 + 0.7 * rng.nextDouble()};
                double gap = Double.POSITIVE_INFINITY;
                for (int h = 0; h < g; h++) {
                    gap = Math.min(gap, Math.hypot(c[0] - centres[h][0], c[1] - centres[h][1]));
                }
                if (gap > bestGap) {
                    bestGap = gap;
                    best = c;
                }
            }
            centres[g] = best;
        }
        double spread = 0.045 + 0.03 / Math.sqrt(groups);
        double[][] points = new double[count][2];
        for (int i = 0; i < count; i++) {
            double[] c = centres[i % groups];
            points[i][0] = clamp(c[0] + spread * gaussian(rng));
            points[i][1] = clamp(c[1] + spread * gaussian(rng));
        }
        return points;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** Box–Muller, so the sequence depends only on the seed (SplittableRandom has no nextGaussian in Java 17). */
    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
