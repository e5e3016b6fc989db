package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.demo.UniversalFit.Kind;
import org.junit.jupiter.api.Test;

class UniversalFitTest {
    @Test
    void theOutputIsTheSumOfTheNeuronContributionsPlusTheOutputBias() {
        UniversalFit fit = new UniversalFit(7, Kind.SIGMOID, 3, TargetCurve.SINUS);
        fit.steps(50);
        double x = 0.3;
        double sum = fit.outputBias();
        for (int j = 0; j < fit.hidden(); j++) {
            double[] n = fit.neuron(j);
            double piece = n[2] / (1 + Math.exp(-(n[0] * x + n[1])));
            assertThat(fit.contribution(j, x)).isCloseTo(piece, within(1e-9));
            sum += piece;
        }
        assertThat(fit.predict(x)).isCloseTo(sum, within(1e-9));
    }

    @Test
    void trainingLowersTheError() {
        UniversalFit fit = new UniversalFit(10, Kind.RELU, 1, TargetCurve.SINUS);
        double before = fit.meanSquaredError();
        fit.steps(1000);
        assertThat(fit.iterations()).isEqualTo(1000);
        assertThat(fit.meanSquaredError()).isLessThan(before / 50).isLessThan(0.002);
    }

    @Test
    void moreNeuronsFitTheSineBetterOneReluIsOnlyAPieceOfLine() {
        UniversalFit one = new UniversalFit(1, Kind.RELU, 1, TargetCurve.SINUS);
        UniversalFit twenty = new UniversalFit(20, Kind.RELU, 1, TargetCurve.SINUS);
        one.steps(2000);
        twenty.steps(2000);
        assertThat(one.meanSquaredError()).isGreaterThan(0.1);
        assertThat(twenty.meanSquaredError()).isLessThan(0.001);
    }

    @Test
    void threeReluNeuronsDrawTheAbsoluteValueAlmostExactly() {
        UniversalFit fit = new UniversalFit(3, Kind.RELU, 1, TargetCurve.VALEUR_ABSOLUE);
        fit.steps(1000);
        assertThat(fit.meanSquaredError()).isLessThan(1e-4);
    }

    @Test
    void everyNeuronStartsWithItsBreakPointInsideTheInterval() {
        for (Kind kind : Kind.values()) {
            UniversalFit fit = new UniversalFit(50, kind, 9, TargetCurve.SINUS);
            for (int j = 0; j < 50; j++) {
                double[] n = fit.neuron(j);
                assertThat(-n[1] / n[0]).isBetween(-0.9, 0.9);
            }
        }
    }

    @Test
    void theSameSeedTrainsTheSameWay() {
        UniversalFit a = new UniversalFit(5, Kind.SIGMOID, 4, TargetCurve.MARCHE);
        UniversalFit b = new UniversalFit(5, Kind.SIGMOID, 4, TargetCurve.MARCHE);
        a.steps(200);
        b.steps(200);
        assertThat(a.meanSquaredError()).isEqualTo(b.meanSquaredError());
    }

    @Test
    void aNewCurveIsLearntFromWhereTheNetworkStands() {
        DrawnCurve drawn = new DrawnCurve(41);
        UniversalFit fit = new UniversalFit(10, Kind.RELU, 1, drawn);
        fit.steps(300);
        assertThat(fit.meanSquaredError()).isLessThan(1e-3);
        drawn.stroke(-1, 1, 1, -1);
        fit.refreshTarget();
        assertThat(fit.meanSquaredError()).isGreaterThan(0.1);
        fit.steps(1000);
        assertThat(fit.meanSquaredError()).isLessThan(1e-3);
        assertThat(fit.iterations()).isEqualTo(1300);
    }
}
