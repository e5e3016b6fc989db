package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.core.demo.TwoClassPoints.Layout;
import org.junit.jupiter.api.Test;

class TwoClassPointsTest {
    private final TwoClassPoints centre = TwoClassPoints.of(Layout.CENTRE);
    private final TwoClassPoints decale = TwoClassPoints.of(Layout.DECALE);
    private final TwoClassPoints diagonale = TwoClassPoints.of(Layout.DIAGONALE);

    @Test
    void eachSetHasTwelveBluePointsAndTwelveRedPointsInsideTheSquare() {
        for (TwoClassPoints set : new TwoClassPoints[] {centre, decale, diagonale}) {
            int blue = 0;
            for (int i = 0; i < set.size(); i++) {
                blue += set.label(i) > 0 ? 1 : 0;
                assertThat(Math.abs(set.x1(i))).isLessThan(TwoClassPoints.EXTENT);
                assertThat(Math.abs(set.x2(i))).isLessThan(TwoClassPoints.EXTENT);
            }
            assertThat(set.size()).isEqualTo(24);
            assertThat(blue).isEqualTo(12);
        }
    }

    @Test
    void centreAndDiagonaleAreSeparatedByALineThroughTheOrigin() {
        assertThat(centre.misclassified(1, 0, 0)).isZero();
        assertThat(diagonale.misclassified(-1, 1, 0)).isZero();
        assertThat(centre.fewestErrorsThroughOrigin()).isZero();
        assertThat(diagonale.fewestErrorsThroughOrigin()).isZero();
    }

    @Test
    void decaleNeedsABiasNoLineThroughTheOriginSeparatesIt() {
        assertThat(decale.misclassified(1, 1, -3.4)).isZero();
        assertThat(decale.fewestErrorsThroughOrigin()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void fewestErrorsThroughOriginIsNoWorseThanAnyDirectionTried() {
        int best = decale.fewestErrorsThroughOrigin();
        for (int k = 0; k < 3600; k++) {
            double t = k * 2 * Math.PI / 3600;
            assertThat(decale.misclassified(Math.cos(t), Math.sin(t), 0)).isGreaterThanOrEqualTo(best);
        }
    }

    @Test
    void aPointOnTheLineCountsAsMisclassifiedAndFlippingWSwapsTheSides() {
        int n = centre.size();
        assertThat(centre.misclassified(0, 0, 0)).isEqualTo(n);
        assertThat(centre.misclassified(-1, 0, 0)).isEqualTo(n);
    }

    @Test
    void theSameLayoutAlwaysGivesTheSamePoints() {
        TwoClassPoints again = TwoClassPoints.of(Layout.DECALE);
        for (int i = 0; i < decale.size(); i++) {
            assertThat(again.x1(i)).isEqualTo(decale.x1(i));
            assertThat(again.x2(i)).isEqualTo(decale.x2(i));
        }
    }
}
