package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContoursTest {
    private final SampledField bowl = new SampledField((x, y) -> x * x + y * y, -2, 2, -2, 2, 81, 81);

    @Test
    void theLevelOneOfABowlIsTheUnitCircle() {
        List<Contours.Segment> segments = Contours.at(bowl, 1);
        assertThat(segments).hasSizeGreaterThan(40);
        double worst = 0;
        double length = 0;
        for (Contours.Segment s : segments) {
            worst = Math.max(worst, Math.abs(Math.hypot(s.x1(), s.y1()) - 1));
            worst = Math.max(worst, Math.abs(Math.hypot(s.x2(), s.y2()) - 1));
            length += Math.hypot(s.x2() - s.x1(), s.y2() - s.y1());
        }
        assertThat(worst).isLessThan(0.01);
        assertThat(length).isCloseTo(2 * Math.PI, within(0.02));
    }

    @Test
    void aLevelOutsideTheRangeDrawsNothing() {
        assertThat(Contours.at(bowl, -1)).isEmpty();
        assertThat(Contours.at(bowl, 100)).isEmpty();
    }

    @Test
    void aSaddleCellIsSplitByItsCentreValue() {
        // x·y on one cell: corners (−1,−1)=1, (1,−1)=−1, (1,1)=1, (−1,1)=−1, centre 0
        SampledField cell = new SampledField((x, y) -> x * y + 0.1, -1, 1, -1, 1, 2, 2);
        List<Contours.Segment> s = Contours.at(cell, 0);
        assertThat(s).hasSize(2);
        // centre 0,1 ≥ 0 joins the high corners: each segment cuts off one low corner
        for (Contours.Segment seg : s) {
            assertThat(Math.signum(seg.x1() + seg.x2())).isEqualTo(-Math.signum(seg.y1() + seg.y2()));
        }
    }

    @Test
    void quantilesAndRanksSpreadTheValues() {
        SampledField ramp = new SampledField((x, y) -> x, 0, 1, 0, 1, 101, 3);
        assertThat(ramp.min()).isZero();
        assertThat(ramp.max()).isEqualTo(1);
        assertThat(ramp.quantile(0.5)).isCloseTo(0.5, within(0.01));
        assertThat(ramp.rank(0.25)).isCloseTo(0.25, within(0.02));
        double[] levels = ramp.contourLevels(8);
        assertThat(levels).hasSize(8).isSorted();
        assertThat(levels[0]).isGreaterThan(0);
        assertThat(levels[7]).isLessThan(1);
    }
}
