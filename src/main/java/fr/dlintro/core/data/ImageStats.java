package fr.dlintro.core.data;

/** What the book's exploration (5.2.5) computes over a set of images: label counts and each class's mean image. */
public final class ImageStats {
    private ImageStats() {
    }

    /** How many images carry each label (Fig. 49). */
    public static int[] labelCounts(ImageSet images) {
        int[] counts = new int[images.classNames().size()];
        for (int i = 0; i < images.count(); i++) {
            counts[images.label(i)]++;
        }
        return counts;
    }

    /** Each class's mean image, pixels 0..255 (Fig. 48); zeros for a class without images. */
    public static double[][] meanImages(ImageSet images) {
        int classes = images.classNames().size();
        int pixels = images.pixelCount();
        double[][] sums = new double[classes][pixels];
        int[] counts = new int[classes];
        for (int i = 0; i < images.count(); i++) {
            double[] sum = sums[images.label(i)];
            counts[images.label(i)]++;
            for (int p = 0; p < pixels; p++) {
                sum[p] += images.pixel(i, p);
            }
        }
        for (int k = 0; k < classes; k++) {
            if (counts[k] > 0) {
                for (int p = 0; p < pixels; p++) {
                    sums[k][p] /= counts[k];
                }
            }
        }
        return sums;
    }

    /** The raw pixels (0..255) of image i, row-major. */
    public static int[] pixels(ImageSet images, int i) {
        int[] out = new int[images.pixelCount()];
        for (int p = 0; p < out.length; p++) {
            out[p] = images.pixel(i, p);
        }
        return out;
    }
}
