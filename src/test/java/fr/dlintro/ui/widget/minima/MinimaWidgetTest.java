package fr.dlintro.ui.widget.minima;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.widget.ColumnScroll;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MinimaWidgetTest {
    private MinimaWidget widget;

    @Start
    void start(Stage stage) {
        widget = (MinimaWidget) WidgetHarness.build("minima", Map.of(), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void startingInTheCentreAndSteppingShowsEachIterateAndTheLanding(FxRobot robot) {
        ColumnScroll.click(robot, "start-centre");
        assertThat(widget.model().startProperty().get()).isEqualTo(-1.8);
        assertThat(text(robot, "status")).isEqualTo("Itération 0 · w = −1,8 · J(w) = 1,233 · pente J′(w) = −1,0661");
        ColumnScroll.click(robot, "step");
        assertThat(text(robot, "status")).startsWith("Itération 1 · w = −1,48 ");
        for (int i = 0; i < 80 && !widget.model().finishedProperty().get(); i++) {
            robot.clickOn("#step");
        }
        assertThat(text(robot, "verdict")).startsWith("Arrivée dans le minimum global");
        assertThat(robot.lookup("#step").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#reset");
        assertThat(widget.model().iterationProperty().get()).isZero();
    }

    @Test
    void typingARateAndTickingBasinsUpdateTheModel(FxRobot robot) {
        ColumnScroll.reveal(robot, "rate-field");
        robot.doubleClickOn("#rate-field").write("0,05").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(widget.model().learningRateProperty().get()).isEqualTo(0.05);
        ColumnScroll.click(robot, "basins");
        assertThat(widget.model().showBasinsProperty().get()).isTrue();
    }

    @Test
    void pressingOnTheCurveMovesTheStart(FxRobot robot) {
        LandscapePlot plot = ((MinimaView) widget.node()).plot();
        ColumnScroll.reveal(robot, "plot");
        Bounds b = plot.localToScreen(plot.getBoundsInLocal());
        robot.clickOn(b.getMinX() + plot.px(3), b.getMinY() + b.getHeight() / 2);
        assertThat(widget.model().startProperty().get()).isBetween(2.85, 3.15);
        assertThat(text(robot, "status")).startsWith("Itération 0 · w = ");
    }
}
