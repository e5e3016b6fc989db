package fr.dlintro.ui.widget.gdworked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GdWorkedModelTest {

    @Test
    void oneWeightTableHoldsTheExactValuesOfFourThreeFourOne() {
        GdWorkedModel m = new GdWorkedModel(WorkedExample.UN_POIDS);
        List<WorkedRow> rows = m.rows();
        assertThat(rows).hasSize(100);
        double[] costs = {13.5, 3.5, 1.0, 0.375, 0.21875, 0.1796875};
        double[] weights = {2.0, 1.0, 1.5, 1.25, 1.375, 1.3125};
        for (int i = 0; i < 6; i++) {
            assertThat(rows.get(i).cost()).isEqualTo(costs[i]);
            assertThat(rows.get(i).wAfter()).isEqualTo(weights[i]);
        }
        assertThat(rows.get(0).gradW()).isEqualTo(-20);
        assertThat(rows.get(99).wAfter()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(rows.get(99).cost()).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void theBookColumnMarksTheTruncatedCostAndTheLinesTheLoopCannotPrint() {
        GdWorkedModel m = new GdWorkedModel(WorkedExample.UN_POIDS);
        List<WorkedRow> rows = m.rows();
        assertThat(m.bookLine(rows.get(0)).cell(rows.get(0))).isEqualTo("13,5 ; 2,0 ✓");
        assertThat(m.bookLine(rows.get(4)).cell(rows.get(4))).isEqualTo("0,2188 ; 1,375 ✓");
        assertThat(m.bookLine(rows.get(5)).cell(rows.get(5))).isEqualTo("0,1796 ; 1,3125 ≈");
        assertThat(m.bookLine(rows.get(5)).note(rows.get(5))).contains("0,1796875");
        assertThat(m.bookLine(rows.get(9)).cell(rows.get(9))).isEqualTo("0,1667 ; 1,3320 ✓ *");
        assertThat(m.bookLine(rows.get(99)).cell(rows.get(99))).isEqualTo("0,1667 ; 1,3333 ✓ *");
        assertThat(m.bookLine(rows.get(6))).isNull();
    }

    @Test
    void weightAndBiasAgreeWithEveryPrintedLineUpToTwoHundredThirtyThree() {
        GdWorkedModel m = new GdWorkedModel(WorkedExample.POIDS_ET_BIAIS);
        assertThat(m.rows()).hasSize(233);
        for (BookLine line : WorkedExample.POIDS_ET_BIAIS.bookLines()) {
            WorkedRow r = m.rows().get(line.iteration() - 1);
            assertThat(line.verdict(r)).as("iteration %d", line.iteration()).isEqualTo(BookLine.Verdict.AGREES);
        }
        assertThat(m.rows().get(0).gradB()).isEqualTo(-7);
        assertThat(m.bookLine(m.rows().get(232)).cell(m.rows().get(232))).isEqualTo("0,0 ; 1,0 ; 1,0 ✓");
    }

    @Test
    void etapeRevealsAndSelectsRowsAndResetHidesThem() {
        GdWorkedModel m = new GdWorkedModel(WorkedExample.UN_POIDS);
        assertThat(m.shownRows()).isEmpty();
        m.playback().step();
        m.playback().step();
        assertThat(m.shownRows()).hasSize(2);
        assertThat(m.selectedRow().iteration()).isEqualTo(2);
        m.playback().stepBack();
        assertThat(m.selectedRow().iteration()).isEqualTo(1);
        m.showAll();
        assertThat(m.playback().finishedProperty().get()).isTrue();
        m.playback().reset();
        assertThat(m.shownRows()).isEmpty();
        assertThat(m.selectedRow()).isNull();
    }

    @Test
    void changingTheRateRecomputesTheTableAndLeavesTheBookSetting() {
        GdWorkedModel m = new GdWorkedModel(WorkedExample.UN_POIDS);
        m.step();
        m.step();
        m.learningRateProperty().set(0.05);
        assertThat(m.shownRows()).hasSize(2);
        assertThat(m.rows().get(0).wAfter()).isEqualTo(1.0);
        assertThat(m.isBookSetting()).isFalse();
        assertThat(m.bookLine(m.rows().get(0))).isNull();
        m.startWProperty().set(4.0 / 3);
        assertThat(m.rows().get(0).gradW()).isCloseTo(0, within(1e-12));
    }

    @Test
    void theSelectedRowsFormulasCarryItsNumbers() {
        GdWorkedModel m = new GdWorkedModel(WorkedExample.POIDS_ET_BIAIS);
        m.step();
        List<List<String>> lines = StepFormulas.of(m.selectedRow(), 0.1);
        assertThat(lines).hasSize(5);
        assertThat(String.join(" ", lines.get(2))).contains("(-4) + (-12) + (-24) + (-40)").endsWith("= -20");
        assertThat(String.join(" ", lines.get(3))).contains("(-4) + (-6) + (-8) + (-10)").endsWith("= -7");
        assertThat(String.join(" ", lines.get(4))).contains("w_1 := 0 - 0{,}1\\times (-20) = 2")
                .contains("b_1 := 0 - 0{,}1\\times (-7) = 0{,}7");
        assertThat(StepFormulas.text(m.selectedRow(), 0.1)).startsWith("Itération 1 : J = 13,5, gradient −20 et −7");
    }
}
