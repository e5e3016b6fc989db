package fr.dlintro.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.dlintro.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class BundledHeadTest {
    @Test
    void theHeadOfTheBundledTrainingSetIsItsFirstImagesAndLabels() {
        ImageSet head = ImageFolder.readBundledHead("train", 24);
        ImageSet all = ImageFolder.readBundled("train");
        assertThat(head.count()).isEqualTo(24);
        assertThat(head.rows()).isEqualTo(28);
        for (int i = 0; i < 24; i++) {
            assertThat(head.label(i)).isEqualTo(all.label(i));
            assertThat(ImageStats.pixels(head, i)).isEqualTo(ImageStats.pixels(all, i));
        }
        // the first training labels of MNIST
        assertThat(head.label(0)).isEqualTo(5);
        assertThat(head.label(1)).isEqualTo(0);
        assertThat(head.label(2)).isEqualTo(4);
    }

    @Test
    void askingForMoreThanTheFileHoldsGivesWhatItHolds() throws Exception {
        byte[] file = IdxFiles.idx(new int[] {3}, new byte[] {1, 2, 3});
        IdxReader.IdxArray a = IdxReader.readHead("l", new ByteArrayInputStream(file), 1, 10);
        assertThat(a.count()).isEqualTo(3);
        assertThat(a.data()).containsExactly(1, 2, 3);
    }

    @Test
    void aTruncatedHeadIsAFrenchError() throws Exception {
        byte[] file = IdxFiles.idx(new int[] {5, 2, 2}, new byte[6]);
        assertThatThrownBy(() -> IdxReader.readHead("images", new ByteArrayInputStream(file), 3, 4))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tronqué");
    }
}
