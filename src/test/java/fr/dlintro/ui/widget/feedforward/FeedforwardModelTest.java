package fr.dlintro.ui.widget.feedforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FeedforwardModelTest {
    private final FeedforwardModel model = new FeedforwardModel(70, 25, 3);

    @Test
    void bookInputGivesEverySumOfSectionThreeFourOne() {
        assertThat(model.sums(1)).isEqualTo("17,1 ; 26,7 ; 36,3");
        assertThat(model.sums(2)).isEqualTo("37,9 ; 46,01 ; 54,12");
        assertThat(model.sums(3)).isEqualTo("29,328");
        assertThat(model.output()).isCloseTo(29.328, within(1e-4));
        assertThat(model.a(2, 1)).isCloseTo(46.01, within(1e-4));
    }

    @Test
    void firstHiddenNeuronIsWrittenOutAsTheBookComputesIt() {
        // 70 × 0.1 + 25 × 0.4 = 7 + 10 = 17, then + 0.1 = 17.1
        assertThat(model.sumLine(1, 0)).isEqualTo("z₁ = 70 × 0,1 + 25 × 0,4 + 0,1 = 7 + 10 + 0,1 = 17,1");
        assertThat(model.activationLine(1, 0)).isEqualTo("a₁ = ReLU(17,1) = 17,1");
    }

    @Test
    void thirtySevenPointNineAndTwentyNinePointThreeTwoEightAreWrittenOutWithTheBooksProducts() {
        assertThat(model.sumLine(2, 0)).isEqualTo(
                "z₁ = 17,1 × 0,1 + 26,7 × 0,4 + 36,3 × 0,7 + 0,1 = 1,71 + 10,68 + 25,41 + 0,1 = 37,9");
        assertThat(model.sumLine(3, 0)).isEqualTo(
                "z₁ = 37,9 × 0,1 + 46,01 × 0,2 + 54,12 × 0,3 + 0,1 = 3,79 + 9,202 + 16,236 + 0,1 = 29,328");
    }

    @Test
    void onTheBooksNetworkEachLayerShowsTheBooksValuesTicked() {
        assertThat(model.isBookNetwork()).isTrue();
        assertThat(model.bookCheck(1).text()).isEqualTo("Livre : 17,1 ; 26,7 ; 36,3 ✓");
        assertThat(model.bookCheck(2).text()).isEqualTo("Livre : 37,9 ; 46,01 ; 54,12 ✓");
        assertThat(model.bookCheck(3).text()).isEqualTo("Livre : 29,328 ✓");
        assertThat(model.outputCheckProperty().get().text()).isEqualTo("Livre : 29,328 ✓");
        model.restart();
        assertThat(model.outputCheckProperty().get()).isNull();
    }

    @Test
    void changingAWeightRecomputesEverythingDownstreamAndDropsTheTick() {
        int before = model.revisionProperty().get();
        model.setWeight(2, 0, 0, -0.5);   // the book's hidden_2[0][0]
        assertThat(model.revisionProperty().get()).isGreaterThan(before);
        assertThat(model.sums(1)).isEqualTo("17,1 ; 26,7 ; 36,3");
        // 37.9 − 17.1 × 0.6
        assertThat(model.z(2, 0)).isCloseTo(37.9 - 17.1 * 0.6, within(1e-4));
        assertThat(model.sumLine(2, 0)).startsWith("z₁ = 17,1 × (−0,5) + 26,7 × 0,4");
        assertThat(model.output()).isCloseTo(29.328 - 0.1 * 17.1 * 0.6, within(1e-4));
        assertThat(model.isBookNetwork()).isFalse();
        assertThat(model.bookCheck(2)).isNull();
        assertThat(model.outputCheckProperty().get()).isNull();
        assertThat(model.sums(3)).isEqualTo("28,302");
    }

    @Test
    void aNegativeSumIsRectifiedToZeroAndTheLineSaysSo() {
        model.setBias(1, 0, -20);
        assertThat(model.sumLine(1, 0)).endsWith("+ (−20) = 7 + 10 + (−20) = −3");
        assertThat(model.productsLine(1, 0)).isEqualTo("= 7 + 10 + (−20) = −3");
        assertThat(model.activationLine(1, 0)).isEqualTo("a₁ = ReLU(−3) = 0");
        assertThat(model.a(1, 0)).isZero();
    }

    @Test
    void editingAnInputRecomputesAndRestoringTheBookBringsBackEveryValue() {
        model.inputProperty(0).set(80);
        assertThat(model.z(1, 0)).isCloseTo(18.1, within(1e-4));
        model.setBias(3, 0, 1);
        model.restoreBook();
        assertThat(model.isBookNetwork()).isTrue();
        assertThat(model.sums(3)).isEqualTo("29,328");
    }

    @Test
    void stepsGoFromTheInputsToTheOutputOneLayerAtATime() {
        model.restart();
        assertThat(model.stepProperty().get()).isZero();
        assertThat(model.isComputed(1)).isFalse();
        assertThat(model.stepText()).isEqualTo("Étape 0 sur 3 : les entrées");
        model.next();
        assertThat(model.isComputed(1)).isTrue();
        assertThat(model.isComputed(2)).isFalse();
        assertThat(model.stepText()).isEqualTo("Étape 1 sur 3 : couche cachée 1");
        model.next();
        model.next();
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(3);
        assertThat(model.stepText()).isEqualTo("Étape 3 sur 3 : couche de sortie, propagation terminée");
        model.stepProperty().set(7);
        assertThat(model.stepProperty().get()).isEqualTo(3);
    }

    @Test
    void theDetailedNeuronStaysInsideTheActiveLayer() {
        model.select(2, 2);
        assertThat(model.stepProperty().get()).isEqualTo(2);
        assertThat(model.neuronProperty().get()).isEqualTo(2);
        model.next();
        assertThat(model.neuronProperty().get()).isZero();
        model.neuronProperty().set(5);
        assertThat(model.neuronProperty().get()).isZero();
    }

    @Test
    void layerFormulasNameTheBooksMatrices() {
        assertThat(FeedforwardModel.layerFormula(1))
                .isEqualTo("Couche cachée 1 : z⁽¹⁾ = x · W⁽¹⁾ + b⁽¹⁾, puis a⁽¹⁾ = ReLU(z⁽¹⁾)");
        assertThat(FeedforwardModel.layerFormula(3))
                .isEqualTo("Couche de sortie : z⁽³⁾ = a⁽²⁾ · W⁽³⁾ + b⁽³⁾, puis a⁽³⁾ = ReLU(z⁽³⁾)");
    }

    @Test
    void typedNumbersAreReadTheFrenchWayOrTheBooksWay() {
        assertThat(Terms.parse("0,25")).isEqualTo(0.25);
        assertThat(Terms.parse("−3")).isEqualTo(-3.0);
        assertThat(Terms.parse(" -0.5 ")).isEqualTo(-0.5);
        assertThat(Terms.parse("1\u202F000")).isEqualTo(1000.0);
        assertThat(Terms.parse("abc")).isNull();
        assertThat(Terms.parse("")).isNull();
        assertThat(Terms.parse("-")).isNull();
    }
}
