package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LossSurfacesTest {
    private static final double H = 1e-5;

    /** Worst relative difference between analytic and central finite-difference gradients over a grid. */
    static double worstGradientError(LossSurface s, double lo, double hi) {
        double worst = 0;
        for (double x = lo; x <= hi; x += (hi - lo) / 13) {
            for (double y = lo; y <= hi; y += (hi - lo) / 11) {
                double nx = (s.value(x + H, y) - s.value(x - H, y)) / (2 * H);
                double ny = (s.value(x, y + H) - s.value(x, y - H)) / (2 * H);
                worst = Math.max(worst, Math.abs(nx - s.gradX(x, y)) / Math.max(1, Math.abs(nx)));
                worst = Math.max(worst, Math.abs(ny - s.gradY(x, y)) / Math.max(1, Math.abs(ny)));
            }
        }
        return worst;
    }

    @Test
    void everySurfaceGradientMatchesFiniteDifferences() {
        Map<String, LossSurface> surfaces = Map.of("bowl", LossSurfaces.bowl(), "valley", LossSurfaces.toyValley(),
                "minima", LossSurfaces.severalMinima());
        surfaces.forEach((name, s) -> assertThat(worstGradientError(s, -3, 3)).as(name).isLessThan(1e-7));
    }

    @Test
    void toyValleyIsTheBookCostOfFourThreeFourTwo() {
        LossSurface v = LossSurfaces.toyValley();
        assertThat(v.value(0, 0)).isEqualTo(13.5);
        assertThat(v.gradX(0, 0)).isCloseTo(-20, within(1e-12));
        assertThat(v.gradY(0, 0)).isCloseTo(-7, within(1e-12));
        assertThat(v.value(1, 1)).isZero();
        assertThat(v.value(2.0, 0.7)).isCloseTo(6.09, within(1e-12));
    }

    @Test
    void descentOnTheValleyRetracesTheBookTableAndReachesOneOneAtTwoHundredThirtyThree() {
        Descent2d d = new Descent2d(LossSurfaces.toyValley(), 0, 0, 0.1);
        List<AffineDescent.Step> book = AffineDescent.book().run(233);
        for (int i = 0; i < 233; i++) {
            Descent2d.Point p = d.step();
            assertThat(p.x()).isCloseTo(book.get(i).w(), within(1e-12));
            assertThat(p.y()).isCloseTo(book.get(i).b(), within(1e-12));
        }
        assertThat(d.iterations()).isEqualTo(233);
        assertThat(d.current().x()).isCloseTo(1, within(5e-4));
        assertThat(d.current().y()).isCloseTo(1, within(5e-4));
    }

    @Test
    void severalMinimaHasItsDeepestWellNearOneAndAHalfOne() {
        LossSurface s = LossSurfaces.severalMinima();
        Descent2d toGlobal = new Descent2d(s, 2.5, 0, 0.1);
        Descent2d toLocal = new Descent2d(s, -2.5, -2, 0.1);
        for (int i = 0; i < 2000 && !toGlobal.finished(); i++) {
            toGlobal.step();
        }
        for (int i = 0; i < 2000 && !toLocal.finished(); i++) {
            toLocal.step();
        }
        assertThat(toGlobal.converged()).isTrue();
        assertThat(toLocal.converged()).isTrue();
        assertThat(toGlobal.current().x()).isCloseTo(1.5, within(0.15));
        assertThat(toLocal.current().x()).isCloseTo(-1.5, within(0.2));
        assertThat(toLocal.current().cost()).isGreaterThan(toGlobal.current().cost() + 0.3);
    }

    @Test
    void aTooLargeRateOnTheBowlDivergesAndStops() {
        Descent2d d = new Descent2d(LossSurfaces.bowl(), 0, 0, 1.1);
        for (int i = 0; i < 500 && !d.finished(); i++) {
            d.step();
        }
        assertThat(d.diverged()).isTrue();
        int n = d.iterations();
        d.step();
        assertThat(d.iterations()).isEqualTo(n);
    }

    @Test
    void stepBackAndResetReturnToTheSameStart() {
        Descent2d d = new Descent2d(LossSurfaces.bowl(), -2, 3, 0.1);
        Descent2d.Point first = d.step();
        d.step();
        assertThat(d.stepBack()).isTrue();
        assertThat(d.current()).isEqualTo(first);
        d.reset();
        assertThat(d.iterations()).isZero();
        assertThat(d.current().x()).isEqualTo(-2);
        assertThat(d.stepBack()).isFalse();
        assertThat(d.step()).isEqualTo(first);
    }
}
