package fr.dlintro.ui.widget.differentiable;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
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
class DifferentiableWidgetTest {
    private final ReadOnlyObjectWrapper<Palette> palette = new ReadOnlyObjectWrapper<>(Palette.lightTheme());
    private DifferentiableWidget widget;

    @Start
    void start(Stage stage) {
        widget = (DifferentiableWidget) WidgetHarness.build("differentiable", Map.of(),
                new WidgetContext(palette.getReadOnlyProperty()));
        WidgetHarness.show(stage, widget, false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private DifferentiableView view() {
        return (DifferentiableView) widget.node();
    }

    @Test
    void opensAtOneWithBothTangents(FxRobot robot) {
        assertThat(text(robot, "reading-square")).isEqualTo("En x = 1\u202F: f = 1, pente 2 des deux côtés\u202F: tangente y = 2x − 1");
        assertThat(text(robot, "reading-abs")).endsWith("tangente y = x");
        assertThat(robot.lookup("#formula-abs").query().getAccessibleText()).isEqualTo("g de x égale valeur absolue de x");
    }

    @Test
    void theCornerButtonShowsThatAbsoluteValueHasNoTangentAtZero(FxRobot robot) {
        robot.clickOn("#at-kink");
        assertThat(widget.model().xProperty().get()).isEqualTo(0.0);
        assertThat(text(robot, "reading-abs")).endsWith("pas de tangente unique");
        assertThat(text(robot, "verdict")).contains("|x| n'est pas dérivable en 0");
        assertThat(robot.lookup("#x-field").queryAs(TextField.class).getText()).isEqualTo("0");
    }

    @Test
    void draggingOnAPanelMovesThePoint(FxRobot robot) {
        TangentPlot plot = view().squarePlot();
        PlotAxes a = plot.axes();
        Point2D from = plot.canvas().localToScreen(a.px(1), a.py(1));
        Point2D to = plot.canvas().localToScreen(a.px(-2), a.py(4));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        assertThat(widget.model().xProperty().get()).isBetween(-2.05, -1.95);
        assertThat(text(robot, "reading-square")).startsWith("En x = −2");
    }

    @Test
    void typingXAndTurningTheMagnifierWithTheKeyboard(FxRobot robot) {
        TextField x = robot.lookup("#x-field").queryAs(TextField.class);
        robot.clickOn(x);
        robot.interact(x::selectAll);
        robot.write("-0,5").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(text(robot, "reading-square")).endsWith("tangente y = −x − 0,25");
        robot.interact(() -> robot.lookup("#zoom").query().requestFocus());
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        }
        assertThat(text(robot, "zoom-label")).isEqualTo("×8");
        assertThat(widget.model().window(Curve.SQUARE)[0]).isEqualTo(-0.5 - 3.0 / 8);
        assertThat(text(robot, "verdict")).startsWith("À la loupe ×8");
    }
}
