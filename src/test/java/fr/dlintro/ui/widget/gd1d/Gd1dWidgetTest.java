package fr.dlintro.ui.widget.gd1d;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class Gd1dWidgetTest {
    private Gd1dWidget widget;

    @Start
    void start(Stage stage) {
        widget = (Gd1dWidget) WidgetHarness.build("gd-1d", Map.of(), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void eachEtapeAddsARowToTheListAndEtapePrecedenteRemovesIt(FxRobot robot) {
        ListView<?> list = robot.lookup("#iterates").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        robot.clickOn("#step").clickOn("#step");
        assertThat(list.getItems()).hasSize(3);
        assertThat(text(robot, "status")).startsWith("Itération 2 · W = −1,24");
        assertThat(Gd1dView.row("2", "−1,24", "5,018")).isEqualTo("   2      −1,24      5,018");
        robot.clickOn("#step-back");
        assertThat(list.getItems()).hasSize(2);
        robot.clickOn("#reset");
        assertThat(list.getItems()).hasSize(1);
    }

    @Test
    void typingALearningRateOfOneHalfReachesTheMinimumInOneStep(FxRobot robot) {
        TextField rate = robot.lookup("#learning-rate-field").queryAs(TextField.class);
        robot.doubleClickOn(rate).write("0,5").type(KeyCode.ENTER);
        assertThat(text(robot, "regime")).contains("un seul pas");
        robot.clickOn("#step");
        assertThat(widget.model().descent().current().w()).isEqualTo(1.0);
        assertThat(text(robot, "status")).endsWith("la pente est nulle");
        assertThat(robot.lookup("#step").queryButton().isDisabled()).isTrue();
    }

    @Test
    void draggingOnThePlotMovesTheStart(FxRobot robot) {
        Gd1dView view = (Gd1dView) widget.node();
        robot.clickOn(view.plot());
        double expected = Math.round(view.plot().ux(view.plot().getWidth() / 2) * 20) / 20.0;
        assertThat(widget.model().startProperty().get()).isCloseTo(expected, within(1e-9));
        assertThat(robot.lookup("#start-field").queryAs(TextField.class).getText())
                .isEqualTo(fr.dlintro.ui.widget.FrenchNumbers.compact(expected, 3));
    }

    @Test
    void choosingAPresetSetsItsRate(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Gd1dPreset> presets = robot.lookup("#preset").queryAs(ComboBox.class);
        robot.interact(() -> presets.setValue(Gd1dPreset.TAUX_TROP_PETIT));
        assertThat(robot.lookup("#learning-rate-field").queryAs(TextField.class).getText()).isEqualTo("0,01");
        robot.clickOn("#play");
        assertThat(widget.model().playback().playingProperty().get()).isTrue();
        robot.clickOn("#play");
        assertThat(widget.model().playback().playingProperty().get()).isFalse();
    }
}
