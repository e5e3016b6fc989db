package fr.dlintro.ui.widget.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.core.demo.KMeans;
import org.junit.jupiter.api.Test;

class ClusteringModelTest {
    private final ClusteringModel model = new ClusteringModel(3, 3, 150, 42);

    @Test
    void startsAtIterationZeroWithEveryPointUnassigned() {
        assertThat(model.iteration()).isZero();
        assertThat(model.assignment()).containsOnly(-1);
        assertThat(model.statusTextProperty().get()).startsWith("Itération 0 · inertie : ");
        assertThat(model.phaseTextProperty().get()).startsWith("Départ : 3 centres tirés");
    }

    @Test
    void eachStepAlternatesAssignmentAndUpdateAndSaysWhichOnScreen() {
        model.step();
        assertThat(model.nextPhase()).isEqualTo(KMeans.Phase.UPDATE);
        assertThat(model.phaseTextProperty().get()).startsWith("Affectation : chaque point rejoint le centre le plus proche");
        assertThat(model.previousCentroids()).isNull();
        double[][] before = model.centroids();
        model.step();
        assertThat(model.phaseTextProperty().get()).startsWith("Mise à jour");
        assertThat(model.previousCentroids()).isDeepEqualTo(before);
        assertThat(model.iteration()).isEqualTo(1);
    }

    @Test
    void runningToTheEndDeclaresConvergenceAndStopsPlayback() {
        model.play();
        assertThat(model.playingProperty().get()).isTrue();
        for (int i = 0; i < 100 && !model.convergedProperty().get(); i++) {
            model.step();
        }
        assertThat(model.convergedProperty().get()).isTrue();
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(model.statusTextProperty().get()).endsWith("· convergé");
        model.play();
        assertThat(model.playingProperty().get()).isFalse();
    }

    @Test
    void changingKStartsOverWithThatManyCentres() {
        model.step();
        model.kProperty().set(5);
        assertThat(model.iteration()).isZero();
        assertThat(model.centroids()).hasNumberOfRows(5);
    }

    @Test
    void newPointsMovesToTheNextSeedAndDrawsAnotherCloud() {
        double[] first = model.point(0);
        model.newPoints();
        assertThat(model.seedProperty().get()).isEqualTo(43);
        assertThat(model.point(0)).isNotEqualTo(first);
        model.seedProperty().set(42);
        assertThat(model.point(0)).containsExactly(first);
    }

    @Test
    void resetGoesBackToTheSameStart() {
        double[][] start = model.centroids();
        model.step();
        model.step();
        model.reset();
        assertThat(model.centroids()).isDeepEqualTo(start);
        assertThat(model.iteration()).isZero();
    }

    @Test
    void inertiaShownUsesADecimalComma() {
        assertThat(model.statusTextProperty().get()).matches("Itération 0 · inertie : \\d+,\\d{3}");
    }
}
