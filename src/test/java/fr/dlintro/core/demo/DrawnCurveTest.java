package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DrawnCurveTest {
    private final DrawnCurve curve = new DrawnCurve(41);

    @Test
    void anEmptyDrawingIsFlatAtZero() {
        assertThat(curve.isEmpty()).isTrue();
        assertThat(curve.applyAsDouble(-1)).isZero();
        assertThat(curve.applyAsDouble(0.37)).isZero();
    }

    @Test
    void aStrokeSetsTheBinsItCrossesAlongTheSegment() {
        curve.stroke(-0.5, 0, 0.5, 1);
        assertThat(curve.isEmpty()).isFalse();
        assertThat(curve.applyAsDouble(0)).isCloseTo(0.5, within(1e-9));
        assertThat(curve.applyAsDouble(0.25)).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void undrawnBinsAreJoinedByStraightLinesAndHeldFlatBeyondTheEnds() {
        curve.stroke(-0.5, 1, -0.5, 1);
        curve.stroke(0.5, -1, 0.5, -1);
        assertThat(curve.applyAsDouble(0)).isCloseTo(0, within(1e-9));
        assertThat(curve.applyAsDouble(-0.25)).isCloseTo(0.5, within(1e-9));
        assertThat(curve.applyAsDouble(-1)).isCloseTo(1, within(1e-9));
        assertThat(curve.applyAsDouble(1)).isCloseTo(-1, within(1e-9));
        assertThat(curve.isDrawn(curve.bins() / 2)).isFalse();
    }

    @Test
    void aLaterStrokeOverwritesAnEarlierOneAndClearForgetsEverything() {
        curve.stroke(-1, 0.2, 1, 0.2);
        curve.stroke(-0.1, 0.9, 0.1, 0.9);
        assertThat(curve.applyAsDouble(0)).isCloseTo(0.9, within(1e-9));
        assertThat(curve.applyAsDouble(0.8)).isCloseTo(0.2, within(1e-9));
        curve.clear();
        assertThat(curve.isEmpty()).isTrue();
        assertThat(curve.applyAsDouble(0)).isZero();
    }

    @Test
    void aStrokeDrawnRightToLeftCountsTheSame() {
        curve.stroke(0.5, 1, -0.5, 0);
        assertThat(curve.applyAsDouble(0.25)).isCloseTo(0.75, within(1e-9));
    }
}
