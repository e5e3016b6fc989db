package fr.dlintro.ui.widget.gd2d;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class Gd2dWidgetTest {
    private Gd2dWidget widget;

    @Start
    void start(Stage stage) {
        widget = (Gd2dWidget) WidgetHarness.build("gd-2d", Map.of("preset", "vallee"), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void etapeMovesAlongTheBookValleyAndShowsTheBookLine(FxRobot robot) {
        assertThat(text(robot, "status")).startsWith("Itération 0 · J(w, b) = 13,5");
        robot.clickOn("#step");
        assertThat(text(robot, "status")).startsWith("Itération 1 · J(w, b) = 6,09");
        assertThat(text(robot, "book-check")).isEqualTo("Livre\u202F: itération 1\u202F: J = 13,5\u202F; w₁ = 2,0\u202F; b₁ = 0,7 ✓");
        robot.clickOn("#step");
        assertThat(text(robot, "book-check")).contains("w₁ = 0,65").endsWith("✓");
        robot.clickOn("#step-back");
        assertThat(widget.model().iterationProperty().get()).isEqualTo(1);
        robot.clickOn("#reset");
        assertThat(widget.model().iterationProperty().get()).isZero();
        assertThat(robot.lookup("#book-check").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void typingALearningRateStartsOverAndHidesTheBookLine(FxRobot robot) {
        robot.clickOn("#step");
        TextField rate = robot.lookup("#learning-rate-field").queryAs(TextField.class);
        robot.doubleClickOn(rate).write("0,2").type(KeyCode.ENTER);
        assertThat(widget.model().learningRateProperty().get()).isEqualTo(0.2);
        assertThat(widget.model().iterationProperty().get()).isZero();
        robot.clickOn("#step");
        assertThat(robot.lookup("#book-check").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aClickOnTheMapMovesTheStartAndTheArrowKeysNudgeIt(FxRobot robot) {
        Gd2dView view = (Gd2dView) widget.node();
        var map = view.map();
        robot.clickOn(map);
        double w = widget.model().startWProperty().get();
        double b = widget.model().startBProperty().get();
        assertThat(w).isCloseTo(map.ux(map.getWidth() / 2), within(0.05));
        assertThat(b).isCloseTo(map.uy(map.getHeight() / 2), within(0.05));
        robot.type(KeyCode.RIGHT);
        assertThat(widget.model().startWProperty().get()).isCloseTo(w + (map.xMax() - map.xMin()) / 40, within(0.002));
        assertThat(robot.lookup("#start-w-field").queryAs(TextField.class).getText())
                .isEqualTo(fr.dlintro.ui.widget.FrenchNumbers.compact(widget.model().startWProperty().get(), 3));
    }

    @Test
    void theFogSwitchAndThePresetChoiceDriveTheModel(FxRobot robot) {
        robot.clickOn("#fog");
        assertThat(widget.model().fogProperty().get()).isTrue();
        assertThat(text(robot, "view-caption")).startsWith("Ce que voit la descente");
        assertThat(robot.lookup("#fog").queryAs(CheckBox.class).isSelected()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<Gd2dPreset> presets = robot.lookup("#preset").queryAs(ComboBox.class);
        robot.interact(() -> presets.setValue(Gd2dPreset.BOL));
        assertThat(widget.model().presetProperty().get()).isEqualTo(Gd2dPreset.BOL);
        assertThat(text(robot, "description")).startsWith("Bol rond");
        assertThat(robot.lookup("#start-w-field").queryAs(TextField.class).getText()).isEqualTo("−2");
    }
}
