package fr.dlintro.ui.widget.lossclassification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.ColumnScroll;
import fr.dlintro.ui.widget.PlotAxes;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

@ExtendWith(ApplicationExtension.class)
class LossClassificationWidgetTest {
    private final ReadOnlyObjectWrapper<Palette> palette = new ReadOnlyObjectWrapper<>(Palette.lightTheme());
    private LossClassificationWidget widget;

    @Start
    void start(Stage stage) {
        widget = (LossClassificationWidget) WidgetHarness.build("loss-classification", Map.of(),
                new WidgetContext(palette.getReadOnlyProperty()));
        WidgetHarness.show(stage, widget, false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static void choose(FxRobot robot, String comboId, String item) {
        robot.clickOn("#" + comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(item))
                .queryAs(ListCell.class));
    }

    @Test
    void opensOnTheBooksBinaryExampleWithEachTermAndTheBooksValues(FxRobot robot) {
        assertThat(text(robot, "pos-1")).isEqualTo("−0,105");
        assertThat(text(robot, "neg-2")).isEqualTo("−0,223");
        assertThat(text(robot, "loss-3")).isEqualTo("0,511");
        assertThat(text(robot, "book-2")).isEqualTo("0,223 ✓");
        assertThat(text(robot, "book-mean")).isEqualTo("Livre\u202F: 0,280 ✓");
        assertThat(text(robot, "erratum")).contains("−0,233");
        assertThat(robot.lookup("#formula-node").query().getAccessibleText()).endsWith("total 0,280");
    }

    @Test
    void changingALabelAndTypingAProbabilityRecomputeTheSplit(FxRobot robot) {
        choose(robot, "y-1", "0 (chien)");
        assertThat(text(robot, "loss-1")).isEqualTo("2,303");
        assertThat(text(robot, "book-1")).isEmpty();
        assertThat(robot.lookup("#book-mean").query().isVisible()).isFalse();
        TextField p = robot.lookup("#p-1-field").queryAs(TextField.class);
        robot.clickOn(p);
        robot.interact(p::selectAll);
        robot.write("0,05").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(text(robot, "neg-1")).isEqualTo("−0,051");
        assertThat(widget.model().negativePart()).isGreaterThan(0.09);
        robot.clickOn("#book-example");
        assertThat(text(robot, "book-mean")).isEqualTo("Livre\u202F: 0,280 ✓");
    }

    @Test
    void draggingADotAlongTheCurveChangesItsProbability(FxRobot robot) {
        ColumnScroll.reveal(robot, "plot");
        LogCurvePlot plot = ((LossClassificationView) widget.node()).plot();
        PlotAxes a = plot.axes();
        double[] d = plot.dot(2); // image 3, a cat at 0,6
        Point2D from = plot.canvas().localToScreen(a.px(d[0]), a.py(d[1]));
        Point2D to = plot.canvas().localToScreen(a.px(0.2), a.py(d[1]));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        assertThat(widget.model().binarySamples().get(2).pProperty().get()).isBetween(0.18, 0.22);
        assertThat(text(robot, "loss-3")).isEqualTo(String.format("%.3f",
                -Math.log(widget.model().binarySamples().get(2).pProperty().get())).replace('.', ','));
    }

    @Test
    void theCategoricalExampleShowsOneHotRowsAndZeroPointThreeFiveSeven(FxRobot robot) {
        robot.clickOn("#example-cce");
        assertThat(text(robot, "onehot-3")).isEqualTo("0 0 0 1");
        assertThat(text(robot, "probs-3")).isEqualTo("0,1\u20020,1\u20020,1\u20020,7");
        assertThat(text(robot, "loss-1")).isEqualTo("0,357");
        assertThat(text(robot, "book-mean")).isEqualTo("Livre\u202F: 0,357 ✓");
        assertThat(robot.lookup("#erratum").query().isVisible()).isFalse();
        assertThat(robot.lookup("#add-sample").query().isVisible()).isFalse();
        choose(robot, "class-1", "oiseau");
        assertThat(text(robot, "onehot-1")).isEqualTo("0 0 1 0");
        assertThat(text(robot, "loss-1")).isEqualTo("0,357");
        assertThat(robot.lookup("#book-mean").query().isVisible()).isFalse();
    }

    @Test
    void imagesAreAddedAndRemoved(FxRobot robot) {
        robot.clickOn("#add-sample");
        assertThat(text(robot, "loss-4")).isEqualTo("0,693");
        robot.clickOn("#remove-1");
        assertThat(widget.model().binarySamples()).hasSize(3);
        assertThat(text(robot, "loss-1")).isEqualTo("0,223");
    }
}
