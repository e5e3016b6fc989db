package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.demo.MinimaLandscape.Outcome;
import org.junit.jupiter.api.Test;

class MinimaLandscapeTest {

    @Test
    void slopeMatchesCentralFiniteDifferencesAcrossTheDomain() {
        double worst = 0;
        for (double w = -6; w <= 6; w += 0.01) {
            double h = 1e-5;
            double numeric = (MinimaLandscape.cost(w + h) - MinimaLandscape.cost(w - h)) / (2 * h);
            worst = Math.max(worst, Math.abs(numeric - MinimaLandscape.slope(w)));
        }
        assertThat(worst).as("maxdiff").isLessThan(1e-7);
    }

    @Test
    void theCentreIsTheGlobalMinimumTheLeftOneIsWorstAndTheRightOneAcceptable() {
        double left = MinimaLandscape.cost(MinimaLandscape.minimum(Outcome.LEFT_MINIMUM));
        double global = MinimaLandscape.cost(MinimaLandscape.minimum(Outcome.GLOBAL_MINIMUM));
        double right = MinimaLandscape.cost(MinimaLandscape.minimum(Outcome.RIGHT_MINIMUM));
        assertThat(MinimaLandscape.minimum(Outcome.LEFT_MINIMUM)).isCloseTo(-3.50, within(0.01));
        assertThat(MinimaLandscape.minimum(Outcome.GLOBAL_MINIMUM)).isCloseTo(-0.50, within(0.01));
        assertThat(MinimaLandscape.minimum(Outcome.RIGHT_MINIMUM)).isCloseTo(2.34, within(0.01));
        assertThat(left).isCloseTo(1.36, within(0.01));
        assertThat(global).isCloseTo(0.10, within(0.01));
        assertThat(right).isCloseTo(0.76, within(0.01));
        for (double w = -6; w <= 6; w += 0.01) {
            assertThat(MinimaLandscape.cost(w)).isGreaterThanOrEqualTo(global - 1e-9);
        }
    }

    @Test
    void startingLeftCentreOrRightLandsInTheMinimumTheBookDescribes() {
        assertThat(MinimaLandscape.descend(-5, 0.3, 300).outcome()).isEqualTo(Outcome.LEFT_MINIMUM);
        assertThat(MinimaLandscape.descend(-1.5, 0.3, 300).outcome()).isEqualTo(Outcome.GLOBAL_MINIMUM);
        assertThat(MinimaLandscape.descend(4.5, 0.3, 300).outcome()).isEqualTo(Outcome.RIGHT_MINIMUM);
    }

    @Test
    void onThePlateauDescentCrawlsAndStallsWithinTheIterationBudget() {
        MinimaLandscape.Descent d = MinimaLandscape.descend(5.8, 0.3, 200);
        assertThat(d.outcome()).isEqualTo(Outcome.STALLED);
        assertThat(d.iterations()).isEqualTo(200);
        assertThat(Math.abs(d.last() - 5.8)).isLessThan(1.0);
        assertThat(Math.abs(MinimaLandscape.slope(5.8))).isLessThan(0.02);
    }

    @Test
    void aTooLargeRateBouncesBetweenTheWellsWithoutSettling() {
        MinimaLandscape.Descent d = MinimaLandscape.descend(-1.5, 1.5, 300);
        assertThat(d.outcome()).isEqualTo(Outcome.STALLED);
        assertThat(d.iterations()).isEqualTo(300);
        assertThat(java.util.Arrays.stream(d.path()).anyMatch(w -> w > 0)).isTrue();
        assertThat(java.util.Arrays.stream(d.path()).anyMatch(w -> w < -1)).isTrue();
    }

    @Test
    void aHugeRateThrowsTheWeightOutOfTheDomain() {
        assertThat(MinimaLandscape.descend(-1.5, 20, 300).outcome()).isEqualTo(Outcome.ESCAPED);
    }

    @Test
    void basinsSplitTheDomainIntoTheThreeMinimaAndThePlateau() {
        Outcome[] b = MinimaLandscape.basins(120, 0.3, 200);
        assertThat(b[0]).isEqualTo(Outcome.LEFT_MINIMUM);
        assertThat(b[60]).isEqualTo(Outcome.GLOBAL_MINIMUM);
        assertThat(b[85]).isEqualTo(Outcome.RIGHT_MINIMUM);
        assertThat(b[119]).isEqualTo(Outcome.STALLED);
        assertThat(b).contains(Outcome.values()[0], Outcome.values()[1], Outcome.values()[2], Outcome.STALLED);
    }
}
