package fr.dlintro.ui.widget.dataloader;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.core.data.ImageSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataloaderModelTest {
    /** 24 images of 28×28 whose label is their index modulo 10. */
    private static ImageSet pool() {
        int[] labels = new int[DataloaderModel.POOL];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 10;
        }
        return new ImageSet("t", 28, 28, new byte[DataloaderModel.POOL * 784], labels,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    private static DataloaderModel loaded(int batchSize) {
        DataloaderModel m = new DataloaderModel(batchSize, 42);
        m.setPool(pool());
        return m;
    }

    @Test
    void nothingMovesBeforeTheImagesAreLoaded() {
        DataloaderModel m = new DataloaderModel(4, 42);
        assertThat(m.playback().finishedProperty().get()).isTrue();
        m.playback().step();
        assertThat(m.stepProperty().get()).isZero();
        m.setPool(pool());
        assertThat(m.playback().finishedProperty().get()).isFalse();
    }

    @Test
    void eachBatchGoesThroughTheFiveStagesOfFigure46() {
        DataloaderModel m = loaded(4);
        assertThat(m.stage()).isEqualTo(DataloaderModel.Stage.DATASET);
        List<DataloaderModel.Stage> seen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            m.playback().step();
            seen.add(m.stage());
        }
        assertThat(seen).containsExactly(DataloaderModel.Stage.DRAW, DataloaderModel.Stage.TRANSFORM,
                DataloaderModel.Stage.SAMPLER, DataloaderModel.Stage.COLLATE, DataloaderModel.Stage.OUTPUT,
                DataloaderModel.Stage.DRAW);
        assertThat(m.batchInEpoch()).isEqualTo(2);
    }

    @Test
    void anEpochServesEveryImageOnceInADrawnOrder() {
        DataloaderModel m = loaded(4);
        List<Integer> served = new ArrayList<>();
        for (int b = 0; b < m.batchesPerEpoch(); b++) {
            for (int s = 0; s < 5; s++) {
                m.playback().step();
            }
            for (int i : m.batchIndices()) {
                served.add(i);
            }
            assertThat(m.epoch()).isEqualTo(1);
        }
        assertThat(served).hasSize(DataloaderModel.POOL).doesNotHaveDuplicates();
        assertThat(served).isNotEqualTo(served.stream().sorted().toList());
        m.playback().step();
        assertThat(m.epoch()).isEqualTo(2);
        assertThat(m.order(2)).isNotEqualTo(m.order(1));
    }

    @Test
    void theLastBatchIsSmallerWhenThePoolDoesNotDivide() {
        DataloaderModel m = loaded(16);
        assertThat(m.batchesPerEpoch()).isEqualTo(2);
        for (int s = 0; s < 5; s++) {
            m.playback().step();
        }
        assertThat(m.batchIndices()).hasSize(16);
        for (int s = 0; s < 5; s++) {
            m.playback().step();
        }
        assertThat(m.batchIndices()).hasSize(8);
        assertThat(m.inputShape()).isEqualTo("(8, 1, 28, 28)");
    }

    @Test
    void theBatchOfLabelsFollowsTheBatchOfInputs() {
        DataloaderModel m = loaded(4);
        m.playback().step();
        int[] idx = m.batchIndices();
        assertThat(m.batchLabels()).containsExactly(idx[0] % 10, idx[1] % 10, idx[2] % 10, idx[3] % 10);
        assertThat(m.labelTensor()).isEqualTo("tensor([" + idx[0] % 10 + ", " + idx[1] % 10 + ", " + idx[2] % 10 + ", "
                + idx[3] % 10 + "])");
    }

    @Test
    void steppingBackReturnsExactlyToThePreviousBatch() {
        DataloaderModel m = loaded(4);
        for (int s = 0; s < 5; s++) {
            m.playback().step();
        }
        int[] first = m.batchIndices();
        m.playback().step();
        assertThat(m.batchIndices()).isNotEqualTo(first);
        m.playback().stepBack();
        assertThat(m.batchIndices()).isEqualTo(first);
        assertThat(m.stage()).isEqualTo(DataloaderModel.Stage.OUTPUT);
        m.playback().reset();
        assertThat(m.stage()).isEqualTo(DataloaderModel.Stage.DATASET);
    }

    @Test
    void theTransformMapsPixelsToMinusOneToOne() {
        assertThat(DataloaderModel.transformed(0)).isEqualTo(-1.0);
        assertThat(DataloaderModel.transformed(255)).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void theSameSeedDrawsTheSameOrder() {
        assertThat(new DataloaderModel(4, 42).order(1)).isEqualTo(new DataloaderModel(4, 42).order(1))
                .isNotEqualTo(new DataloaderModel(4, 7).order(1));
    }
}
