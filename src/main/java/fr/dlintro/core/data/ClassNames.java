package fr.dlintro.core.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The names of the ten classes of an MNIST-like folder: the digits, or Fashion-MNIST's
 * clothes in French. A folder is taken for Fashion-MNIST when it has no {@code labels.txt}
 * of its own and either its path names it (Debian installs it in
 * {@code /usr/share/datasets/fashion-mnist}) or its images are mostly ink: a garment fills
 * about half of its 28×28 pixels, a digit about a fifth.
 */
public final class ClassNames {
    public static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    /** Fashion-MNIST's labels 0–9 (T-shirt/top, Trouser, Pullover, Dress, Coat, Sandal, Shirt, Sneaker, Bag, Ankle boot). */
    public static final List<String> FASHION = List.of("T-shirt/haut", "pantalon", "pull", "robe", "manteau", "sandale",
            "chemise", "basket", "sac", "bottine");
    /** Share of nonzero pixels above which ten-class 28×28 images are taken for clothes. */
    static final double FASHION_DENSITY = 0.35;

    private ClassNames() {
    }

    /** What the folder's images most likely show. */
    public enum Kind {
        DIGITS,
        FASHION,
        /** The folder's own labels.txt. */
        OWN
    }

    public static Kind detect(Path dir, ImageSet images) {
        if (!images.classNames().equals(DIGITS)) {
            return Kind.OWN;
        }
        if (dir != null && dir.toAbsolutePath().toString().toLowerCase(Locale.ROOT).contains("fashion")) {
            return Kind.FASHION;
        }
        return images.rows() == 28 && images.cols() == 28 && density(images, 2000) > FASHION_DENSITY ? Kind.FASHION
                : Kind.DIGITS;
    }

    /** Share of nonzero pixels among the first {@code max} images. */
    static double density(ImageSet images, int max) {
        int n = Math.min(max, images.count());
        long nonzero = 0;
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < images.pixelCount(); p++) {
                if (images.pixel(i, p) != 0) {
                    nonzero++;
                }
            }
        }
        return n == 0 ? 0 : (double) nonzero / ((long) n * images.pixelCount());
    }

    public static List<String> of(Kind kind, List<String> own) {
        return switch (kind) {
            case DIGITS -> DIGITS;
            case FASHION -> FASHION;
            case OWN -> own;
        };
    }
}
