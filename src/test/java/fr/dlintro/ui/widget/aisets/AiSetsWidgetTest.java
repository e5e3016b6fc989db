package fr.dlintro.ui.widget.aisets;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Ellipse;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AiSetsWidgetTest {
    private final ReadOnlyObjectWrapper<Palette> palette = new ReadOnlyObjectWrapper<>(Palette.lightTheme());
    private Widget widget;
    private AiSetsModel model;

    @Start
    void start(Stage stage) {
        widget = WidgetHarness.build("ai-sets", Map.of("highlight", "ml"),
                new WidgetContext(palette.getReadOnlyProperty()));
        model = ((AiSetsWidget) widget).model();
        WidgetHarness.show(stage, widget, false);
    }

    private String caption(FxRobot robot) {
        return robot.lookup("#caption").queryAs(Label.class).getText();
    }

    @Test
    void theLessonsPreselectionIsHighlightedOnOpening(FxRobot robot) {
        assertThat(model.getHighlighted()).isEqualTo(AiSet.ML);
        assertThat(caption(robot)).isEqualTo(AiSet.ML.definition());
        assertThat(robot.lookup("#set-ml").queryAs(Ellipse.class).getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("highlighted"));
    }

    @Test
    void hoveringASetShowsItsDefinitionAndLeavingRestoresThePreselection(FxRobot robot) {
        robot.moveTo("#label-dl");
        assertThat(model.getHighlighted()).isEqualTo(AiSet.DL);
        assertThat(caption(robot)).contains("réseaux de neurones à plusieurs couches");

        robot.moveTo("#label-rl");
        assertThat(model.getHighlighted()).isEqualTo(AiSet.RL);

        robot.moveTo("#label-ia");
        assertThat(model.getHighlighted()).isEqualTo(AiSet.IA);

        Ellipse ia = robot.lookup("#set-ia").queryAs(Ellipse.class);
        Point2D below = ia.localToScreen(ia.getCenterX(), ia.getCenterY() + ia.getRadiusY() + 40);
        robot.moveTo(below);
        assertThat(model.getHighlighted()).isEqualTo(AiSet.ML);
    }

    @Test
    void theInnermostSetWinsWhereSetsOverlap(FxRobot robot) {
        Ellipse dl = robot.lookup("#set-dl").queryAs(Ellipse.class);
        robot.moveTo(dl.localToScreen(dl.getCenterX() - dl.getRadiusX() * 0.5, dl.getCenterY()));
        assertThat(model.getHighlighted()).isEqualTo(AiSet.DL);
    }

    @Test
    void tabWalksThroughTheSetsAndEachShowsItsDefinition(FxRobot robot) {
        robot.clickOn("#caption"); // park the pointer away from the sets
        for (int i = 0; i < 4 && !robot.lookup("#set-dl").queryAs(Ellipse.class).isFocused(); i++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
        }
        Ellipse dl = robot.lookup("#set-dl").queryAs(Ellipse.class);
        assertThat(dl.isFocused()).isTrue();
        assertThat(dl.isFocusVisible()).isTrue();
        assertThat(model.getHighlighted()).isEqualTo(AiSet.DL);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertThat(model.getHighlighted()).isEqualTo(AiSet.RL);
        assertThat(caption(robot)).isEqualTo(AiSet.RL.definition());
    }

    @Test
    void everySetHasAnAccessibleFrenchName(FxRobot robot) {
        for (AiSet s : AiSet.values()) {
            assertThat(robot.lookup("#set-" + s.key()).query().getAccessibleText()).startsWith(s.title());
        }
    }

    @Test
    void aLargerFontEnlargesTheDiagramAndDisposeStopsFollowingThePalette(FxRobot robot) {
        Ellipse ia = robot.lookup("#set-ia").queryAs(Ellipse.class);
        double before = ia.getRadiusX();
        robot.interact(() -> palette.set(Palette.lightTheme().withFontSize(21)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ia.getRadiusX()).isCloseTo(before * 1.5, org.assertj.core.data.Offset.offset(0.01));
        robot.interact(() -> widget.dispose());
        robot.interact(() -> palette.set(Palette.lightTheme()));
        assertThat(ia.getRadiusX()).isCloseTo(before * 1.5, org.assertj.core.data.Offset.offset(0.01));
    }
}
