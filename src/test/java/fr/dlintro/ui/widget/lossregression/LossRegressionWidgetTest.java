package fr.dlintro.ui.widget.lossregression;

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
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LossRegressionWidgetTest {
    private final ReadOnlyObjectWrapper<Palette> palette = new ReadOnlyObjectWrapper<>(Palette.lightTheme());
    private LossRegressionWidget widget;

    @Start
    void start(Stage stage) {
        widget = (LossRegressionWidget) WidgetHarness.build("loss-regression", Map.of(),
                new WidgetContext(palette.getReadOnlyProperty()));
        WidgetHarness.show(stage, widget, false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    /** Visible, and so are all its parents. */
    static boolean shown(FxRobot robot, String id) {
        for (javafx.scene.Node n = robot.lookup("#" + id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private LossRegressionView view() {
        return (LossRegressionView) widget.node();
    }

    @Test
    void opensOnTheBooksFiveDaysWithTheBooksCosts(FxRobot robot) {
        assertThat(text(robot, "mae")).isEqualTo("MAE = 2,4 °C");
        assertThat(text(robot, "mse")).isEqualTo("MSE = 7,6 °C²");
        assertThat(text(robot, "book-mae")).isEqualTo("Livre\u202F: 2,4 ✓");
        assertThat(text(robot, "book-mse")).isEqualTo("Livre\u202F: 7,6 ✓");
        assertThat(text(robot, "abs-5")).isEqualTo("5");
        assertThat(text(robot, "sq-5")).isEqualTo("25");
        assertThat(text(robot, "mae-mean")).isEqualTo("2,4");
        assertThat(text(robot, "mse-mean")).isEqualTo("7,6");
        assertThat(robot.lookup("#pred-1").queryAs(TextField.class).getText()).isEqualTo("15");
        assertThat(shown(robot, "w")).isFalse();
    }

    @Test
    void typingAnOutlierInTheTableRaisesTheMseFarMoreThanTheMae(FxRobot robot) {
        ColumnScroll.reveal(robot, "pred-5");
        TextField f = robot.lookup("#pred-5").queryAs(TextField.class);
        robot.clickOn(f);
        robot.interact(f::selectAll);
        robot.write("32").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(text(robot, "mae")).isEqualTo("MAE = 3,8 °C");
        assertThat(text(robot, "mse")).isEqualTo("MSE = 31,4 °C²");
        assertThat(text(robot, "sq-5")).isEqualTo("144");
        assertThat(shown(robot, "book-mse")).isFalse();
        assertThat(text(robot, "comparison")).contains("la MSE augmente de 23,8");
    }

    @Test
    void draggingAPredictionOnThePlotMovesIt(FxRobot robot) {
        RegressionPlot plot = view().plot();
        PlotAxes a = plot.axes();
        Point2D from = plot.canvas().localToScreen(a.px(2), a.py(18));
        Point2D to = plot.canvas().localToScreen(a.px(2), a.py(30));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        assertThat(widget.model().selectedProperty().get()).isEqualTo(1);
        assertThat(widget.model().predictionProperty(1).get()).isBetween(29.5, 30.5);
        assertThat(robot.lookup("#pred-2").queryAs(TextField.class).getText()).startsWith("3");
        assertThat(text(robot, "slice-title")).isEqualTo("Coût selon ŷ₂ (jour 2)");
    }

    @Test
    void theArrowKeysMoveTheSelectedPrediction(FxRobot robot) {
        robot.interact(() -> view().plot().requestFocus());
        robot.press(KeyCode.UP).release(KeyCode.UP);
        assertThat(widget.model().predictionProperty(4).get()).isEqualTo(25.5);
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        assertThat(widget.model().predictionProperty(3).get()).isEqualTo(21.5);
        assertThat(text(robot, "abs-4")).isEqualTo("0,5");
    }

    @Test
    void theLineModeFitsTheLineAndShowsEachCostsBestLine(FxRobot robot) {
        robot.clickOn("#mode-droite");
        assertThat(shown(robot, "w")).isTrue();
        assertThat(shown(robot, "book-example")).isFalse();
        assertThat(text(robot, "equation")).isEqualTo("ŷ = 1 × jour + 15");
        assertThat(text(robot, "mse")).isEqualTo("MSE = 2,8 °C²");
        robot.clickOn("#best-mse");
        assertThat(text(robot, "equation")).isEqualTo("ŷ = 0,7 × jour + 17,1");
        assertThat(text(robot, "mse")).isEqualTo("MSE = 1,18 °C²");
        assertThat(robot.lookup("#w-field").queryAs(TextField.class).getText()).isEqualTo("0,7");
        robot.clickOn("#mode-ecarts");
        assertThat(text(robot, "mse")).isEqualTo("MSE = 7,6 °C²");
    }

    @Test
    void theOutlierAndEqualErrorPresetsCompareWithTheBook(FxRobot robot) {
        robot.clickOn("#equal-errors");
        assertThat(text(robot, "comparison")).contains("ne classent pas ces prédictions dans le même ordre");
        robot.clickOn("#book-example");
        assertThat(text(robot, "book-mse")).isEqualTo("Livre\u202F: 7,6 ✓");
    }
}
