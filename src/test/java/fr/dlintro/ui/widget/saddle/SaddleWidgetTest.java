package fr.dlintro.ui.widget.saddle;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.widget.ColumnScroll;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SaddleWidgetTest {
    private SaddleWidget widget;

    @Start
    void start(Stage stage) {
        widget = (SaddleWidget) WidgetHarness.build("saddle", Map.of(), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void steppingFromTheAxisShowsTheShrinkingGradientAndTheNudgeButtonPushesOff(FxRobot robot) {
        assertThat(text(robot, "status")).isEqualTo("Itération 0 · (x ; y) = (1,8 ; 0) · J = 3,24 · ‖∇J‖ = 3,6");
        ColumnScroll.click(robot, "step");
        assertThat(text(robot, "status")).isEqualTo("Itération 1 · (x ; y) = (1,44 ; 0) · J = 2,0736 · ‖∇J‖ = 2,88");
        assertThat(text(robot, "verdict")).startsWith("Sur l'axe, x est divisé par 1,25");
        robot.clickOn("#nudge");
        assertThat(widget.model().current()[1]).isEqualTo(0.001);
        robot.clickOn("#step");
        assertThat(text(robot, "verdict")).startsWith("y est multiplié par 1,2");
    }

    @Test
    void typingAStartOffTheAxisRestartsFromIt(FxRobot robot) {
        ColumnScroll.click(robot, "step");
        ColumnScroll.reveal(robot, "start-y-field");
        robot.doubleClickOn("#start-y-field").write("0,001").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(widget.model().startYProperty().get()).isEqualTo(0.001);
        assertThat(widget.model().iterationProperty().get()).isZero();
        assertThat(text(robot, "verdict")).isEqualTo("Départ à 0,001 de l'axe y = 0.");
    }
}
