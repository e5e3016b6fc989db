package fr.dlintro.ui.widget.network;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.List;
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
class NetworkWidgetTest {
    private NetworkWidget widget;

    @Start
    void start(Stage stage) {
        widget = (NetworkWidget) WidgetHarness.build("network", Map.of(
                "layers", List.of(3, 4, 4, 2),
                "input_labels", List.of("taille", "poids", "âge"),
                "output_labels", List.of("chat", "chien"),
                "caption", "Un réseau qui classe des animaux"), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private NetworkDiagram diagram() {
        return ((NetworkView) widget.node()).diagram();
    }

    @Test
    void showsTitlesLabelsParameterCountAndCaption(FxRobot robot) {
        assertThat(robot.lookup("#title-0").queryAs(Label.class).getText()).isEqualTo("Couche d'entrée");
        assertThat(robot.lookup("#title-3").queryAs(Label.class).getText()).isEqualTo("Couche de\u00A0sortie");
        assertThat(robot.lookup("#label-0-2").queryAs(Label.class).getText()).isEqualTo("âge");
        assertThat(robot.lookup("#label-3-1").queryAs(Label.class).getText()).isEqualTo("chien");
        assertThat(robot.lookup("#parameter-count").queryAs(Label.class).getText())
                .isEqualTo("46 paramètres (36 poids + 10 biais)");
        assertThat(robot.lookup("#caption").queryAs(Label.class).getText()).isEqualTo("Un réseau qui classe des animaux");
        assertThat(diagram().lineCount()).isEqualTo(3 * 4 + 4 * 4 + 4 * 2);
    }

    @Test
    void hoveringANeuronHighlightsItsConnectionsAndDescribesIt(FxRobot robot) {
        robot.moveTo("#neuron-1-2");
        assertThat(widget.model().getSelected()).isEqualTo(new NeuronRef(1, 2));
        assertThat(diagram().activeLineCount()).isEqualTo(3 + 4);
        assertThat(robot.lookup("#neuron-info").queryAs(Label.class).getText())
                .startsWith("Couche cachée\u00A01, neurone 3 sur 4");

        robot.moveTo("#parameter-count");
        assertThat(widget.model().getSelected()).isNull();
        assertThat(diagram().activeLineCount()).isZero();
    }

    @Test
    void arrowKeysWalkTheNeuronsOfAFocusedDiagram(FxRobot robot) {
        robot.moveTo("#parameter-count");
        robot.interact(() -> diagram().requestFocus());
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        assertThat(widget.model().getSelected()).isEqualTo(new NeuronRef(0, 0));
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertThat(widget.model().getSelected()).isEqualTo(new NeuronRef(3, 0));
        assertThat(diagram().activeLineCount()).isEqualTo(4);
        assertThat(diagram().getAccessibleText()).contains("« chat »");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(widget.model().getSelected()).isNull();
    }

    @Test
    void elidedLayersShowTheirCountAndAGap(FxRobot robot) {
        robot.interact(() -> {
            NetworkWidget big = (NetworkWidget) WidgetHarness.build("network",
                    Map.of("layers", List.of(784, 40, 40, 40, 40, 40, 10)), WidgetContext.standalone());
            WidgetHarness.show((Stage) diagram().getScene().getWindow(), big, false);
            widget = big;
        });
        assertThat(robot.lookup("#footnote-0").queryAs(Label.class).getText()).isEqualTo("784 neurones");
        assertThat(robot.lookup("#gap-0").tryQuery()).isPresent();
        assertThat(robot.lookup("#neuron-0-783").tryQuery()).isPresent();
        assertThat(robot.lookup("#neuron-0-400").tryQuery()).isEmpty();
        assertThat(robot.lookup("#parameter-count").queryAs(Label.class).getText()).startsWith("38\u202F370 paramètres");
        // every drawn label fits inside the lesson column
        double right = diagram().localToScene(diagram().getBoundsInLocal()).getMaxX();
        assertThat(right).isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH + 1);
    }
}
