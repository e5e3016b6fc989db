package fr.dlintro.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void regressionMetricsMatchTheirDefinitions() {
        double[] truth = {3, -0.5, 2, 7};
        double[] predicted = {2.5, 0.0, 2, 8};
        RegressionMetrics m = RegressionMetrics.of(truth, predicted);
        // sklearn's documented example: mse 0.375, mae 0.5, r2 0.9486...
        assertThat(m.mse()).isCloseTo(0.375, within(1e-12));
        assertThat(m.mae()).isCloseTo(0.5, within(1e-12));
        assertThat(m.r2()).isCloseTo(0.9486081370449679, within(1e-12));
    }

    @Test
    void weightedAveragesFollowSklearn() {
        // sklearn's precision_recall_fscore_support example: y_true, y_pred over 3 classes
        int[] truth = {0, 1, 2, 0, 1, 2};
        int[] predicted = {0, 2, 1, 0, 0, 1};
        ConfusionMatrix m = ConfusionMatrix.of(3, truth, predicted);
        assertThat(m.accuracy()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.precision(0)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.precision(1)).isEqualTo(0);
        assertThat(m.recall(0)).isEqualTo(1);
        assertThat(m.f1(0)).isCloseTo(0.8, within(1e-12));
        assertThat(m.weightedPrecision()).isCloseTo(0.2222222222222222, within(1e-12));
        assertThat(m.weightedRecall()).isCloseTo(m.accuracy(), within(1e-12));
        assertThat(m.weightedF1()).isCloseTo(0.26666666666666666, within(1e-12));
        assertThat(m.count(2, 1)).isEqualTo(2);
        assertThat(m.total()).isEqualTo(6);
    }
}
