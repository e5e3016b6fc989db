package fr.dlintro.ui.project.mnist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrawnDigitTest {
    @Test
    void aVerticalStrokeBecomesAnMnistOneTwentyPixelsTallInTheMiddle() {
        DrawnDigit d = new DrawnDigit();
        d.stroke(60, 30, 60, 230); // a « 1 » drawn near the left edge of the sheet
        int[] img = d.mnistPixels();
        int top = 28;
        int bottom = -1;
        int left = 28;
        int right = -1;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                if (img[y * 28 + x] > 0) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        assertThat(bottom - top + 1).isEqualTo(20);
        assertThat((left + right) / 2.0).isBetween(13.0, 15.0);
        assertThat(right - left + 1).isBetween(2, 4);
    }

    @Test
    void thePenHasASoftEdgeAndAFullCore() {
        DrawnDigit d = new DrawnDigit();
        d.stroke(100, 100, 150, 100);
        assertThat(d.ink(120, 100)).isEqualTo(1);
        assertThat(d.ink(120, 100 + (int) DrawnDigit.PEN)).isBetween(0.0, 1.0);
        assertThat(d.ink(120, 130)).isZero();
    }

    @Test
    void clearingEmptiesTheSheetAndGivesABlackImage() {
        DrawnDigit d = new DrawnDigit();
        d.stroke(10, 10, 200, 200);
        assertThat(d.isEmpty()).isFalse();
        d.clear();
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.mnistPixels()).containsOnly(0);
    }
}
