package fr.dlintro.ui.widget.lossclassification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.ui.widget.lossclassification.LossClassificationModel.Example;
import org.junit.jupiter.api.Test;

class LossClassificationModelTest {
    private final LossClassificationModel model = new LossClassificationModel(Example.BCE);

    @Test
    void theBooksThreeImagesGiveTheBooksLossesAndMeanZeroPointTwoEightZero() {
        assertThat(model.binaryLoss(0)).isCloseTo(-Math.log(0.9), within(1e-12));
        assertThat(model.binaryLoss(1)).isCloseTo(-Math.log(0.8), within(1e-12));
        assertThat(model.binaryLoss(2)).isCloseTo(-Math.log(0.6), within(1e-12));
        assertThat(model.mean()).isCloseTo(0.2798, within(5e-5));
        assertThat(model.bookBinaryLoss(0).shortText()).isEqualTo("0,105 ✓");
        assertThat(model.bookBinaryLoss(1).shortText()).isEqualTo("0,223 ✓");
        assertThat(model.bookBinaryLoss(2).shortText()).isEqualTo("0,511 ✓");
        assertThat(model.meanCheckProperty().get().text()).isEqualTo("Livre : 0,280 ✓");
        assertThat(model.erratumProperty().get().text()).contains("−0,233").contains("−0,223");
    }

    @Test
    void theMeanSplitsIntoItsCatAndDogParts() {
        assertThat(model.positivePart()).isCloseTo(-(Math.log(0.9) + Math.log(0.6)) / 3, within(1e-12));
        assertThat(model.negativePart()).isCloseTo(-Math.log(0.8) / 3, within(1e-12));
        assertThat(model.positivePart() + model.negativePart()).isCloseTo(model.mean(), within(1e-12));
        assertThat(model.positiveTerm(0)).isCloseTo(Math.log(0.9), within(1e-12));
        assertThat(model.negativeTerm(0)).isZero();
        assertThat(model.positiveTerm(1)).isZero();
        assertThat(model.negativeTerm(1)).isCloseTo(Math.log(0.8), within(1e-12));
        assertThat(model.formulaTextProperty().get()).isEqualTo("L_BCE = chats (y = 1) : −(log 0,9 + log 0,6)/3 = 0,205"
                + " ; chiens (y = 0) : −(log(1 − 0,2))/3 = 0,074 ; total 0,280");
        assertThat(model.formulaLatexProperty().get()).contains("\\underbrace{-\\tfrac{1}{3}(\\log 0{,}9 + \\log 0{,}6)}");
    }

    @Test
    void aConfidentWrongAnswerCostsFarMoreThanAnUnsureOne() {
        model.binarySamples().get(0).labelProperty().set(0); // a dog the model calls a cat at 0,9
        assertThat(model.binaryLoss(0)).isCloseTo(-Math.log(0.1), within(1e-12));
        assertThat(model.binaryLoss(0)).isGreaterThan(10 * -Math.log(0.9));
        assertThat(model.meanCheckProperty().get()).isNull();
        assertThat(model.erratumProperty().get()).isNull();
        assertThat(model.bookBinaryLoss(0)).isNull();
        model.bookExample();
        assertThat(model.meanCheckProperty().get().agrees()).isTrue();
    }

    @Test
    void samplesAreAddedAndRemovedWithinBounds() {
        model.addBinarySample();
        model.addBinarySample();
        model.addBinarySample();
        assertThat(model.binarySamples()).hasSize(LossClassificationModel.MAX_SAMPLES);
        assertThat(model.mean()).isCloseTo((-Math.log(0.9) - Math.log(0.8) - Math.log(0.6) - 2 * Math.log(0.5)) / 5,
                within(1e-12));
        for (int i = 0; i < 6; i++) {
            model.removeBinarySample(0);
        }
        assertThat(model.binarySamples()).hasSize(1);
    }

    @Test
    void extremeProbabilitiesAreHeldAwayFromZeroAndOne() {
        model.binarySamples().get(0).pProperty().set(0);
        assertThat(model.binaryLoss(0)).isCloseTo(-Math.log(LossClassificationModel.MIN_P), within(1e-12));
        assertThat(Double.isFinite(model.mean())).isTrue();
    }

    @Test
    void theCategoricalExampleGivesZeroPointThreeFiveSeven() {
        model.exampleProperty().set(Example.CCE);
        assertThat(model.mean()).isCloseTo(-Math.log(0.7), within(1e-12));
        assertThat(model.meanCheckProperty().get().text()).isEqualTo("Livre : 0,357 ✓");
        assertThat(model.erratumProperty().get()).isNull();
        double[][] y = model.oneHot();
        assertThat(y[0]).containsExactly(1, 0, 0, 0);
        assertThat(y[1]).containsExactly(0, 1, 0, 0);
        assertThat(y[2]).containsExactly(0, 0, 0, 1);
        double[][] q = model.probabilities();
        assertThat(q[2][3]).isEqualTo(0.7);
        assertThat(q[2][0]).isCloseTo(0.1, within(1e-12));
        assertThat(model.formulaTextProperty().get()).isEqualTo("L_CCE = −(log 0,7 + log 0,7 + log 0,7)/3 = 0,357");
    }

    @Test
    void onlyTheTrueClassProbabilityCountsInTheCategoricalLoss() {
        model.exampleProperty().set(Example.CCE);
        model.categoricalSamples().get(0).trueClassProperty().set(2);
        assertThat(model.oneHot()[0]).containsExactly(0, 0, 1, 0);
        assertThat(model.categoricalLoss(0)).isCloseTo(-Math.log(0.7), within(1e-12));
        assertThat(model.isBookExample()).isFalse();
        model.categoricalSamples().get(0).pProperty().set(0.1);
        assertThat(model.categoricalLoss(0)).isCloseTo(-Math.log(0.1), within(1e-12));
        assertThat(model.rightAnswerProbability(0)).isEqualTo(0.1);
    }

    @Test
    void eachSamplesLossIsMinusLogOfTheRightAnswersProbability() {
        for (int i = 0; i < model.sampleCount(); i++) {
            assertThat(model.binaryLoss(i)).isCloseTo(-Math.log(model.rightAnswerProbability(i)), within(1e-12));
        }
    }
}
