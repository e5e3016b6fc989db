package fr.dlintro.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageStatsTest {
    private static final ImageSet THREE = new ImageSet("t", 1, 2, new byte[] {10, 20, 30, 40, (byte) 200, 0},
            new int[] {0, 0, 1}, List.of("a", "b", "c"));

    @Test
    void labelCountsCountEachClassIncludingEmptyOnes() {
        assertThat(ImageStats.labelCounts(THREE)).containsExactly(2, 1, 0);
    }

    @Test
    void meanImagesAverageThePixelsOfEachClass() {
        double[][] means = ImageStats.meanImages(THREE);
        assertThat(means[0]).containsExactly(20.0, 30.0);
        assertThat(means[1]).containsExactly(200.0, 0.0);
        assertThat(means[2]).containsExactly(0.0, 0.0);
    }

    @Test
    void theBundledTrainingSetHasTheKnownLabelCounts() {
        assertThat(ImageStats.labelCounts(ImageFolder.readBundled("train")))
                .containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
    }
}
