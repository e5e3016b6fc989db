package fr.dlintro.ui.widget.imagematrix;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ImageMatrixWidgetTest {
    private ImageMatrixWidget widget;

    @Start
    void start(Stage stage) {
        widget = (ImageMatrixWidget) WidgetHarness.build("image-matrix", Map.of(), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private PixelGrid grid(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(PixelGrid.class);
    }

    private Point2D onScreen(PixelGrid g, int row, int col) {
        double[] c = g.centre(new Pixel(row, col));
        return g.localToScreen(c[0], c[1]);
    }

    private Color colourAt(FxRobot robot, PixelGrid g, int row, int col) {
        double[] c = g.centre(new Pixel(row, col));
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = g.snapshot(null, null));
        return out[0].getPixelReader().getColor((int) c[0], (int) c[1]);
    }

    @Test
    void bothImagesShowTheirShape(FxRobot robot) {
        assertThat(robot.lookup("#gray-shape").queryAs(Label.class).getText()).isEqualTo("Forme (C, H, W) = (1, 8, 8)");
        assertThat(robot.lookup("#rgb-shape").queryAs(Label.class).getText()).isEqualTo("Forme (C, H, W) = (3, 8, 8)");
    }

    @Test
    void hoveringAGrayPixelShowsItsValueAndCoordinates(FxRobot robot) {
        robot.moveTo(onScreen(grid(robot, "gray-grid"), 2, 5));
        assertThat(widget.model().grayCursorProperty().get()).isEqualTo(new Pixel(2, 5));
        assertThat(robot.lookup("#gray-readout").queryAs(Label.class).getText()).isEqualTo("Ligne 2, colonne 5 : 230");
    }

    @Test
    void hoveringAChannelPlaneReadsTheSamePixelOfTheColourImage(FxRobot robot) {
        robot.moveTo(onScreen(grid(robot, "plane-green"), 6, 0));
        assertThat(robot.lookup("#rgb-readout").queryAs(Label.class).getText())
                .isEqualTo("Ligne 6, colonne 0 : R = 60, V = 150, B = 60");
    }

    @Test
    void untickingRedRemovesItFromTheImageButNotFromTheData(FxRobot robot) {
        PixelGrid rgb = grid(robot, "rgb-grid");
        assertThat(colourAt(robot, rgb, 3, 1).getRed()).isGreaterThan(0.7);
        robot.clickOn("#channel-red");
        assertThat(widget.model().channelProperty(0).get()).isFalse();
        assertThat(colourAt(robot, rgb, 3, 1).getRed()).isLessThan(0.05);
        robot.moveTo(onScreen(rgb, 3, 1));
        assertThat(robot.lookup("#rgb-readout").queryAs(Label.class).getText()).contains("R = 210 (retiré)");
        robot.clickOn("#channel-red");
        assertThat(colourAt(robot, rgb, 3, 1).getRed()).isGreaterThan(0.7);
    }

    @Test
    void arrowKeysMoveTheCursorOfAFocusedGrid(FxRobot robot) {
        robot.moveTo("#gray-readout");
        PixelGrid gray = grid(robot, "gray-grid");
        robot.interact(gray::requestFocus);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        assertThat(widget.model().grayCursorProperty().get()).isEqualTo(new Pixel(1, 1));
        assertThat(gray.getAccessibleText()).isEqualTo("Ligne 1, colonne 1 : 90");
    }

    @Test
    void theChannelCheckBoxesHaveAccessibleFrenchNames(FxRobot robot) {
        assertThat(robot.lookup("#channel-green").query().getAccessibleText()).isEqualTo("Afficher le canal vert");
    }
}
