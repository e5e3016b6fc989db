package fr.dlintro.ui.widget.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.animation.Animation;
import javafx.scene.control.Button;
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
class ClusteringWidgetTest {
    private ClusteringWidget widget;

    @Start
    void start(Stage stage) {
        widget = (ClusteringWidget) WidgetHarness.build("clustering", Map.of("k", 3, "seed", 7),
                WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private ClusteringView view() {
        return (ClusteringView) widget.node();
    }

    @Test
    void etapeAlternatesPhasesAndUpdatesIterationAndInertia(FxRobot robot) {
        String before = text(robot, "status");
        robot.clickOn("#step");
        assertThat(widget.model().iteration()).isEqualTo(1);
        assertThat(text(robot, "phase")).startsWith("Affectation");
        assertThat(text(robot, "status")).startsWith("Itération 1 · inertie : ").isNotEqualTo(before);
        assertThat(widget.model().assignment()).doesNotContain(-1);
        robot.clickOn("#step");
        assertThat(text(robot, "phase")).startsWith("Mise à jour");
    }

    @Test
    void steppingToConvergenceSaysConvergeAndDisablesEtape(FxRobot robot) {
        for (int i = 0; i < 60 && !widget.model().convergedProperty().get(); i++) {
            robot.clickOn("#step");
        }
        assertThat(text(robot, "status")).endsWith("· convergé");
        assertThat(robot.lookup("#step").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#reset");
        assertThat(widget.model().iteration()).isZero();
        assertThat(robot.lookup("#step").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void lectureStartsTheTimelineAndPauseStopsIt(FxRobot robot) {
        robot.clickOn("#play");
        assertThat(widget.model().playingProperty().get()).isTrue();
        assertThat(view().timeline().getStatus()).isEqualTo(Animation.Status.RUNNING);
        assertThat(robot.lookup("#play").queryAs(Button.class).getText()).isEqualTo("Pause");
        robot.clickOn("#play");
        assertThat(widget.model().playingProperty().get()).isFalse();
        assertThat(view().timeline().getStatus()).isEqualTo(Animation.Status.STOPPED);
        assertThat(robot.lookup("#play").queryAs(Button.class).getText()).isEqualTo("Lecture");
    }

    @Test
    void theKSliderFollowsTheKeyboardAndStartsOver(FxRobot robot) {
        robot.clickOn("#step");
        robot.interact(() -> robot.lookup("#k").query().requestFocus());
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertThat(widget.model().kProperty().get()).isEqualTo(4);
        assertThat(widget.model().iteration()).isZero();
        assertThat(widget.model().centroids()).hasNumberOfRows(4);
        assertThat(text(robot, "k-label")).isEqualTo("k = 4");
    }

    @Test
    void theSeedFieldAndNouveauxPointsDrawAnotherCloud(FxRobot robot) {
        double[] first = widget.model().point(0);
        robot.clickOn("#new-points");
        assertThat(widget.model().seedProperty().get()).isEqualTo(8);
        assertThat(robot.lookup("#seed").queryAs(TextField.class).getText()).isEqualTo("8");
        robot.doubleClickOn("#seed").write("7").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(widget.model().seedProperty().get()).isEqualTo(7);
        assertThat(widget.model().point(0)).containsExactly(first);
    }

    @Test
    void switchingToTheDarkThemeRepaintsThePlotAndZoomEnlargesIt(FxRobot robot) {
        javafx.beans.property.ReadOnlyObjectWrapper<fr.dlintro.ui.theme.Palette> palette =
                new javafx.beans.property.ReadOnlyObjectWrapper<>(fr.dlintro.ui.theme.Palette.lightTheme());
        robot.interact(() -> {
            widget = (ClusteringWidget) WidgetHarness.build("clustering", Map.of(),
                    new WidgetContext(palette.getReadOnlyProperty()));
            WidgetHarness.show((Stage) robot.listWindows().get(0), widget, false);
        });
        ClusterPlot plot = view().plot();
        assertThat(corner(robot, plot)).isEqualTo(fr.dlintro.ui.theme.Palette.lightTheme().surface());
        robot.interact(() -> palette.set(fr.dlintro.ui.theme.Palette.darkTheme().withFontSize(21)));
        assertThat(corner(robot, plot)).isEqualTo(fr.dlintro.ui.theme.Palette.darkTheme().surface());
        assertThat(plot.getWidth()).isEqualTo(20 * 21);
    }

    private static javafx.scene.paint.Color corner(FxRobot robot, ClusterPlot plot) {
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = plot.snapshot(null, null));
        return img[0].getPixelReader().getColor(3, 3);
    }

    @Test
    void disposeStopsPlayback(FxRobot robot) {
        robot.clickOn("#play");
        robot.interact(() -> widget.dispose());
        assertThat(view().timeline().getStatus()).isEqualTo(Animation.Status.STOPPED);
        assertThat(widget.model().playingProperty().get()).isFalse();
    }
}
