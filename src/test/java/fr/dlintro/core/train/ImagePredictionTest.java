package fr.dlintro.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.data.ImagePreprocessing;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Relu;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagePredictionTest {
    /** 2 pixels → 2 hidden (ReLU) → 3 classes, with weights chosen by hand. */
    private static Mlp tiny() {
        Linear hidden = new Linear(2, 2);
        hidden.setParameters(new double[][] {{1, 0}, {0, -1}}, new double[] {0, 0});
        Linear out = new Linear(2, 3);
        out.setParameters(new double[][] {{1, 0}, {0, 1}, {0, 0}}, new double[] {0, 0, 0});
        return new Mlp(2, List.of(hidden, new Relu(), out));
    }

    @Test
    void probabilitiesAreTheSoftmaxOfTheLogits() {
        // pixels 255 and 0 with the book's normalisation give inputs 1 and −1: hidden (1, 1), logits (1, 1, 0)
        ImagePrediction p = ImagePrediction.of(tiny(), ImagePreprocessing.BOOK, new int[] {255, 0});
        double e = Math.E;
        assertThat(p.probabilities()[0]).isCloseTo(e / (2 * e + 1), within(1e-6));
        assertThat(p.probabilities()[2]).isCloseTo(1 / (2 * e + 1), within(1e-6));
        assertThat(p.probabilities()[0] + p.probabilities()[1] + p.probabilities()[2]).isCloseTo(1, within(1e-12));
    }

    @Test
    void layersAreEachHiddenActivationThenTheLogits() {
        ImagePrediction p = ImagePrediction.of(tiny(), ImagePreprocessing.BOOK, new int[] {255, 255});
        // inputs (1, 1): hidden z = (1, −1), after ReLU (1, 0); logits (1, 0, 0)
        assertThat(p.layers()).hasSize(2);
        assertThat(p.layers().get(0)).containsExactly(new double[] {1, 0}, within(1e-6));
        assertThat(p.layers().get(1)).containsExactly(new double[] {1, 0, 0}, within(1e-6));
    }

    @Test
    void topListsTheMostProbableClassesFirst() {
        ImagePrediction p = new ImagePrediction(new double[] {0.1, 0.6, 0.05, 0.25}, List.of());
        assertThat(p.top(3)).containsExactly(1, 3, 0);
        assertThat(p.predicted()).isEqualTo(1);
        assertThat(p.confidence()).isEqualTo(0.6);
    }
}
