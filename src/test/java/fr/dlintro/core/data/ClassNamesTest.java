package fr.dlintro.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassNamesTest {
    /** count 28×28 images with the first {@code inked} pixels of each at 200. */
    private static ImageSet images(int count, int inked, List<String> names) {
        byte[] pixels = new byte[count * 784];
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < inked; p++) {
                pixels[i * 784 + p] = (byte) 200;
            }
        }
        return new ImageSet("test", 28, 28, pixels, new int[count], names);
    }

    @Test
    void aFolderNamedFashionIsFashionMnist() {
        ImageSet sparse = images(5, 150, ClassNames.DIGITS);
        assertThat(ClassNames.detect(Path.of("/usr/share/datasets/fashion-mnist"), sparse))
                .isEqualTo(ClassNames.Kind.FASHION);
    }

    @Test
    void imagesMostlyInkedAreClothesWhateverTheFolderName() {
        assertThat(ClassNames.detect(Path.of("/tmp/data"), images(5, 400, ClassNames.DIGITS)))
                .isEqualTo(ClassNames.Kind.FASHION);
    }

    @Test
    void sparseImagesInAPlainFolderAreDigits() {
        assertThat(ClassNames.detect(Path.of("/tmp/data"), images(5, 150, ClassNames.DIGITS)))
                .isEqualTo(ClassNames.Kind.DIGITS);
    }

    @Test
    void theRealMnistTestSetIsDigits() {
        Path dir = Path.of(System.getProperty("dlintro.repo", "."), "assets", "mnist");
        assertThat(ClassNames.detect(dir, ImageFolder.read(dir, "t10k"))).isEqualTo(ClassNames.Kind.DIGITS);
    }

    @Test
    void aFolderWithItsOwnLabelsKeepsThem() {
        List<String> own = List.of("chat", "chien");
        ImageSet set = images(3, 400, own);
        assertThat(ClassNames.detect(Path.of("/x/fashion"), set)).isEqualTo(ClassNames.Kind.OWN);
        assertThat(ClassNames.of(ClassNames.Kind.OWN, own)).isEqualTo(own);
    }

    @Test
    void fashionNamesAreTheTenFrenchGarmentsInLabelOrder() {
        assertThat(ClassNames.FASHION).containsExactly("T-shirt/haut", "pantalon", "pull", "robe", "manteau", "sandale",
                "chemise", "basket", "sac", "bottine");
    }
}
