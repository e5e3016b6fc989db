package fr.dlintro.ui.widget.trainingloop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.widget.trainingloop.TrainingLoopModel.Phase;
import org.junit.jupiter.api.Test;

class TrainingLoopModelTest {
    private final TrainingLoopModel model = new TrainingLoopModel(64);

    private void steps(int n) {
        for (int i = 0; i < n; i++) {
            model.step();
        }
    }

    @Test
    void theBooksRunHasOneHundredAndTwentyFiveBatchesOfSixtyFourPerEpoch() {
        assertThat(model.trainingSamples()).isEqualTo(8000);
        assertThat(model.batchesPerEpoch()).isEqualTo(125);
        assertThat(model.parameterCount()).isEqualTo(609);
    }

    @Test
    void eachBatchGoesThroughForwardLossBackwardThenUpdate() {
        assertThat(model.current().phase()).isEqualTo(Phase.READY);
        steps(1);
        assertThat(model.current().phase()).isEqualTo(Phase.FORWARD);
        assertThat(model.current().expected()).isEqualTo(model.current().a() + model.current().b());
        steps(1);
        assertThat(model.current().phase()).isEqualTo(Phase.LOSS);
        assertThat(model.current().loss()).isPositive();
        steps(1);
        assertThat(model.current().phase()).isEqualTo(Phase.BACKWARD);
        assertThat(model.current().gradientNorms()).hasSize(4);
        assertThat(java.util.Arrays.stream(model.current().gradientNorms()).min().orElseThrow()).isPositive();
        steps(1);
        TrainingLoopModel.Snapshot u = model.current();
        assertThat(u.phase()).isEqualTo(Phase.UPDATE);
        // SGD at 0.1: w_after = w_before − 0.1 · ∂L/∂w
        assertThat(u.weightAfter()).isCloseTo(u.weightBefore() - 0.1 * u.gradient(), org.assertj.core.data.Offset.offset(1e-6));
        steps(1);
        assertThat(model.current().batch()).isEqualTo(2);
        assertThat(model.current().epoch()).isEqualTo(1);
    }

    @Test
    void theLastBatchOfAnEpochLeadsToTheNextEpochAndHoldsTheRemainder() {
        TrainingLoopModel small = new TrainingLoopModel(3000); // 8000 = 3000 + 3000 + 2000
        for (int i = 0; i < 12; i++) {
            small.step();
        }
        assertThat(small.current().batch()).isEqualTo(3);
        assertThat(small.current().batchSize()).isEqualTo(2000);
        small.step();
        assertThat(small.current().epoch()).isEqualTo(2);
        assertThat(small.current().batch()).isEqualTo(1);
    }

    @Test
    void stepBackRestoresTheWeightsSoTheSameStepGivesTheSameNumbers() {
        steps(8);
        steps(1);
        TrainingLoopModel.Snapshot forward = model.current();
        steps(3);
        double after = model.current().weightAfter();
        for (int i = 0; i < 4; i++) {
            model.stepBack();
        }
        assertThat(model.current().phase()).isEqualTo(Phase.UPDATE);
        assertThat(model.current().batch()).isEqualTo(2);
        steps(4);
        assertThat(model.current().weightAfter()).isEqualTo(after);
        model.stepBack();
        model.stepBack();
        model.stepBack();
        TrainingLoopModel.Snapshot again = model.current();
        assertThat(again.phase()).isEqualTo(Phase.FORWARD);
        assertThat(again.batch()).isEqualTo(forward.batch());
        assertThat(again.a()).isEqualTo(forward.a());
        assertThat(again.predicted()).isEqualTo(forward.predicted());
    }

    @Test
    void theLossFallsOverTheFirstEpoch() {
        steps(2);
        double first = model.current().loss();
        steps(4 * 124);
        assertThat(model.current().loss()).isLessThan(first);
    }

    @Test
    void resetGoesBackToTheSameStart() {
        steps(5);
        double predicted = model.current().predicted();
        model.reset();
        assertThat(model.current().phase()).isEqualTo(Phase.READY);
        assertThat(model.historySizeProperty().get()).isZero();
        steps(5);
        assertThat(model.current().predicted()).isEqualTo(predicted);
    }
}
