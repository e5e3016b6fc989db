package fr.dlintro.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DigitPreprocessingTest {
    private static final int CANVAS = 280;

    /** A canvas with full ink in the rectangle [x0, x1) × [y0, y1). */
    private static double[] rectangle(int x0, int y0, int x1, int y1) {
        double[] ink = new double[CANVAS * CANVAS];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                ink[y * CANVAS + x] = 1;
            }
        }
        return ink;
    }

    /** {minX, minY, maxX, maxY} of the nonzero pixels of a 28×28 image. */
    private static int[] box(int[] img) {
        int[] b = {28, 28, -1, -1};
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                if (img[y * 28 + x] > 0) {
                    b[0] = Math.min(b[0], x);
                    b[1] = Math.min(b[1], y);
                    b[2] = Math.max(b[2], x);
                    b[3] = Math.max(b[3], y);
                }
            }
        }
        return b;
    }

    private static double[] centreOfMass(int[] img) {
        double m = 0;
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                m += img[y * 28 + x];
                sx += img[y * 28 + x] * x;
                sy += img[y * 28 + x] * y;
            }
        }
        return new double[] {sx / m, sy / m};
    }

    @Test
    void aTallStrokeInACornerBecomesTwentyPixelsHighKeepingItsAspectRatio() {
        // 40 wide, 100 tall, near the top-left corner of the canvas
        int[] img = DigitPreprocessing.toMnist(rectangle(10, 5, 50, 105), CANVAS, CANVAS);
        int[] b = box(img);
        assertThat(b[3] - b[1] + 1).isEqualTo(20);
        assertThat(b[2] - b[0] + 1).isEqualTo(8);
    }

    @Test
    void theCentreOfMassLandsAtTheCentreOfTheImage() {
        int[] img = DigitPreprocessing.toMnist(rectangle(200, 150, 260, 270), CANVAS, CANVAS);
        double[] c = centreOfMass(img);
        assertThat(c[0]).isCloseTo(14, within(0.5));
        assertThat(c[1]).isCloseTo(14, within(0.5));
    }

    @Test
    void anUnevenShapeIsCentredByMassNotByItsBox() {
        // an L: a vertical bar on the left and a foot; its mass sits left of its box's middle
        double[] ink = rectangle(40, 40, 100, 240);
        for (int y = 180; y < 240; y++) {
            for (int x = 100; x < 240; x++) {
                ink[y * CANVAS + x] = 1;
            }
        }
        int[] img = DigitPreprocessing.toMnist(ink, CANVAS, CANVAS);
        int[] b = box(img);
        double boxMiddle = (b[0] + b[2]) / 2.0;
        assertThat(centreOfMass(img)[0]).isCloseTo(14, within(0.5));
        assertThat(boxMiddle).isGreaterThan(15);
    }

    @Test
    void aWideStrokeIsTwentyPixelsWide() {
        int[] img = DigitPreprocessing.toMnist(rectangle(20, 130, 260, 150), CANVAS, CANVAS);
        int[] b = box(img);
        assertThat(b[2] - b[0] + 1).isEqualTo(20);
        assertThat(b[3] - b[1] + 1).isBetween(1, 3);
    }

    @Test
    void edgesAreAntiAliasedToIntermediateGreys() {
        double[] ink = new double[CANVAS * CANVAS];
        for (int y = 0; y < CANVAS; y++) {
            for (int x = 0; x < CANVAS; x++) {
                ink[y * CANVAS + x] = Math.hypot(x - 140, y - 140) < 90 ? 1 : 0; // a disc: its rim crosses pixels
            }
        }
        int[] img = DigitPreprocessing.toMnist(ink, CANVAS, CANVAS);
        boolean grey = false;
        for (int v : img) {
            grey |= v > 0 && v < 255;
        }
        assertThat(grey).isTrue();
        assertThat(java.util.Arrays.stream(img).max().getAsInt()).isEqualTo(255);
    }

    @Test
    void anEmptyCanvasGivesABlackImage() {
        assertThat(DigitPreprocessing.toMnist(new double[CANVAS * CANVAS], CANVAS, CANVAS)).containsOnly(0);
    }

    @Test
    void aDarkDigitOnWhitePaperIsInvertedToLightOnDark() {
        int white = 0xFFFFFFFF;
        int black = 0xFF000000;
        int[] argb = new int[10 * 10];
        java.util.Arrays.fill(argb, white);
        argb[55] = black;
        double[] ink = DigitPreprocessing.inkFromArgb(argb, 10, 10);
        assertThat(ink[55]).isCloseTo(1, within(1e-9));
        assertThat(ink[0]).isCloseTo(0, within(1e-9));
    }

    @Test
    void aLightDigitOnBlackKeepsItsValues() {
        int[] argb = new int[10 * 10];
        java.util.Arrays.fill(argb, 0xFF000000);
        argb[55] = 0xFF808080;
        double[] ink = DigitPreprocessing.inkFromArgb(argb, 10, 10);
        assertThat(ink[55]).isCloseTo(0.502, within(0.001));
        assertThat(ink[0]).isZero();
    }

    @Test
    void strokesOnATransparentSheetAreTheirOpacity() {
        int[] argb = new int[10 * 10];
        argb[55] = 0xFF000000; // an opaque black stroke
        double[] ink = DigitPreprocessing.inkFromArgb(argb, 10, 10);
        assertThat(ink[55]).isEqualTo(1);
        assertThat(ink[0]).isZero();
    }

    @Test
    void anMnistDigitKeepsItsShapeAndStaysCentredThroughThePreprocessing() {
        // MNIST digits were made this way: a second pass keeps them in place, 20 pixels on their longer side
        ImageSet test = ImageFolder.read(java.nio.file.Path.of(System.getProperty("dlintro.repo", "."), "assets", "mnist"), "t10k");
        for (int i = 0; i < 50; i++) {
            int[] raw = ImageStats.pixels(test, i);
            double[] ink = new double[raw.length];
            for (int p = 0; p < raw.length; p++) {
                ink[p] = raw[p] / 255.0;
            }
            int[] again = DigitPreprocessing.toMnist(ink, 28, 28);
            int[] b = box(again);
            assertThat(Math.max(b[2] - b[0], b[3] - b[1]) + 1).as("image " + i).isBetween(19, 20);
            assertThat(centreOfMass(again)[0]).as("image " + i).isCloseTo(14, within(0.5));
            assertThat(centreOfMass(again)[1]).as("image " + i).isCloseTo(14, within(0.5));
            assertThat(correlation(raw, again)).as("image " + i).isGreaterThan(0.85);
        }
    }

    private static double correlation(int[] a, int[] b) {
        double ma = java.util.Arrays.stream(a).average().orElse(0);
        double mb = java.util.Arrays.stream(b).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
