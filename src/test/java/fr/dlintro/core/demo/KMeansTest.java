package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KMeansTest {
    private static final double[][] TWO_PAIRS = {{0, 0}, {0, 1}, {10, 0}, {10, 1}};

    @Test
    void stepsAlternateAssignmentThenUpdate() {
        KMeans km = new KMeans(TWO_PAIRS, 2, 1);
        assertThat(km.nextPhase()).isEqualTo(KMeans.Phase.ASSIGN);
        assertThat(km.assignment()).containsOnly(-1);
        km.step();
        assertThat(km.iteration()).isEqualTo(1);
        assertThat(km.nextPhase()).isEqualTo(KMeans.Phase.UPDATE);
        assertThat(km.assignment()).doesNotContain(-1);
        km.step();
        assertThat(km.nextPhase()).isEqualTo(KMeans.Phase.ASSIGN);
        assertThat(km.iteration()).isEqualTo(1);
    }

    @Test
    void twoObviousPairsEndWithCentroidsAtTheirMeansAndKnownInertia() {
        KMeans km = new KMeans(TWO_PAIRS, 2, 7);
        km.run(100);
        assertThat(km.converged()).isTrue();
        double[][] c = km.centroids();
        Arrays.sort(c, (a, b) -> Double.compare(a[0], b[0]));
        assertThat(c[0]).containsExactly(0, 0.5);
        assertThat(c[1]).containsExactly(10, 0.5);
        assertThat(km.inertia()).isCloseTo(4 * 0.25, within(1e-12));
        int[] a = km.assignment();
        assertThat(a[0]).isEqualTo(a[1]).isNotEqualTo(a[2]);
        assertThat(a[2]).isEqualTo(a[3]);
    }

    @Test
    void convergenceIsDeclaredByAnAssignmentThatChangesNothing() {
        KMeans km = new KMeans(TWO_PAIRS, 2, 7);
        while (!km.converged()) {
            km.step();
        }
        assertThat(km.lastChanges()).isZero();
        int iteration = km.iteration();
        double[][] before = km.centroids();
        km.step();
        assertThat(km.iteration()).isEqualTo(iteration);
        assertThat(km.centroids()).isDeepEqualTo(before);
    }

    @Test
    void inertiaNeverRisesFromOneStepToTheNext() {
        double[][] pts = PointClouds.blobs(4, 300, 3);
        KMeans km = new KMeans(pts, 4, 11);
        double previous = km.inertia();
        for (int s = 0; s < 200 && !km.converged(); s++) {
            km.step();
            double now = km.inertia();
            assertThat(now).isLessThanOrEqualTo(previous + 1e-12);
            previous = now;
        }
        assertThat(km.converged()).isTrue();
    }

    @Test
    void sameSeedGivesTheSameRunAndAnotherSeedMayStartElsewhere() {
        double[][] pts = PointClouds.blobs(3, 150, 42);
        KMeans a = new KMeans(pts, 3, 5);
        KMeans b = new KMeans(pts, 3, 5);
        a.run(50);
        b.run(50);
        assertThat(a.centroids()).isDeepEqualTo(b.centroids());
        assertThat(a.assignment()).containsExactly(b.assignment());
        assertThat(Arrays.deepToString(new KMeans(pts, 3, 5).centroids()))
                .isNotEqualTo(Arrays.deepToString(new KMeans(pts, 3, 6).centroids()));
    }

    @Test
    void plusPlusInitialisationPicksDistinctPointsWhenPointsDiffer() {
        KMeans km = new KMeans(TWO_PAIRS, 4, 3);
        double[][] c = km.centroids();
        assertThat(Arrays.stream(c).map(Arrays::toString).distinct()).hasSize(4);
    }

    @Test
    void anEmptyClusterKeepsItsCentroid() {
        double[][] pts = {{0, 0}, {0, 0}, {0, 0}};
        KMeans km = new KMeans(pts, 2, 1);
        km.run(10);
        assertThat(km.converged()).isTrue();
        assertThat(km.inertia()).isZero();
    }

    @Test
    void blobsAreSeededAndStayInTheUnitSquare() {
        double[][] p = PointClouds.blobs(3, 150, 42);
        assertThat(p).hasDimensions(150, 2);
        assertThat(p).isDeepEqualTo(PointClouds.blobs(3, 150, 42));
        assertThat(Arrays.deepToString(p)).isNotEqualTo(Arrays.deepToString(PointClouds.blobs(3, 150, 43)));
        for (double[] q : p) {
            assertThat(q[0]).isBetween(0.0, 1.0);
            assertThat(q[1]).isBetween(0.0, 1.0);
        }
    }

    @Test
    void kMeansWithTheTrueNumberOfGroupsFindsWellSeparatedBlobs() {
        double[][] p = PointClouds.blobs(3, 150, 42);
        KMeans km = new KMeans(p, 3, 42);
        km.run(200);
        // points i, i+3, i+6… come from the same blob: they must share a cluster
        int[] a = km.assignment();
        int agree = 0;
        for (int i = 3; i < p.length; i++) {
            if (a[i] == a[i - 3]) {
                agree++;
            }
        }
        assertThat(agree).isGreaterThan((int) (0.9 * (p.length - 3)));
    }
}
