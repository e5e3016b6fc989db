package fr.dlintro.ui.widget.uat;

import static fr.dlintro.ui.widget.ColumnScroll.click;
import static fr.dlintro.ui.widget.ColumnScroll.reveal;
import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.core.demo.UniversalFit;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.ColumnScroll;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import fr.dlintro.ui.widget.uat.UatModel.Target;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class UatWidgetTest {
    private UatWidget widget;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        widget = (UatWidget) WidgetHarness.build("uat", Map.of(), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    /** A wrapping text as shown: French punctuation kept on its line by narrow no-break spaces. */
    private static String shown(String text) {
        return FrenchText.keepPunctuationOnItsLine(text);
    }

    private UatView view() {
        return (UatView) widget.node();
    }

    private Point2D screen(double x, double y) {
        FitPlot plot = view().plot();
        return plot.localToScreen(plot.px(x), plot.py(y));
    }

    @Test
    void opensOnTheSineWithFiveReluNeuronsUntrained(FxRobot robot) {
        assertThat(widget.model().targetProperty().get()).isEqualTo(Target.SINUS);
        assertThat(widget.model().activationProperty().get()).isEqualTo(UniversalFit.Kind.RELU);
        assertThat(text(robot, "neurons-label")).isEqualTo("5 neurones");
        assertThat(text(robot, "status")).startsWith(shown("Itération 0 · erreur quadratique moyenne : "));
        assertThat(text(robot, "formula")).contains("5 neurones cachés");
    }

    @Test
    void etapeTrainsAHundredIterationsAndTheErrorFalls(FxRobot robot) {
        double before = widget.model().errorProperty().get();
        click(robot, "step");
        click(robot, "step");
        assertThat(widget.model().iterationsProperty().get()).isEqualTo(200);
        assertThat(text(robot, "status")).startsWith(shown("Itération 200 · erreur quadratique moyenne : "));
        assertThat(widget.model().errorProperty().get()).isLessThan(before);
        click(robot, "reset");
        assertThat(text(robot, "status")).startsWith("Itération 0 ");
    }

    @Test
    void lectureStartsTheFrameTimerAndPauseStopsIt(FxRobot robot) {
        click(robot, "play");
        assertThat(widget.model().playingProperty().get()).isTrue();
        assertThat(view().isTimerRunning()).isTrue();
        assertThat(robot.lookup("#play").queryAs(Button.class).getText()).isEqualTo("Pause");
        click(robot, "play");
        assertThat(widget.model().playingProperty().get()).isFalse();
        assertThat(view().isTimerRunning()).isFalse();
        assertThat(robot.lookup("#play").queryAs(Button.class).getText()).isEqualTo("Lecture");
    }

    @Test
    void theNeuronSliderFollowsTheKeyboardAndStartsANewNetwork(FxRobot robot) {
        click(robot, "step");
        robot.interact(() -> robot.lookup("#neurons").query().requestFocus());
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertThat(widget.model().neuronsProperty().get()).isEqualTo(6);
        assertThat(widget.model().hiddenCount()).isEqualTo(6);
        assertThat(text(robot, "neurons-label")).isEqualTo("6 neurones");
        assertThat(widget.model().iterationsProperty().get()).isZero();
        robot.press(KeyCode.END).release(KeyCode.END);
        assertThat(widget.model().neuronsProperty().get()).isEqualTo(UatModel.MAX_NEURONS);
    }

    @Test
    void choosingTheCurveAndTheActivation(FxRobot robot) {
        click(robot, "target-marche");
        assertThat(widget.model().targetProperty().get()).isEqualTo(Target.MARCHE);
        click(robot, "sigmoid");
        assertThat(widget.model().activationProperty().get()).isEqualTo(UniversalFit.Kind.SIGMOID);
        assertThat(text(robot, "formula")).startsWith("ŷ(x) = v₁·σ(w₁x + b₁)");
        click(robot, "pieces");
        assertThat(view().plot().showsPieces()).isFalse();
    }

    @Test
    void theReaderDrawsTheCurveToLearnWithTheMouse(FxRobot robot) {
        // on the sine, a click on the plot draws nothing
        reveal(robot, "plot");
        robot.drag(screen(-0.5, 1), MouseButton.PRIMARY).dropTo(screen(0.5, 1));
        assertThat(widget.model().targetProperty().get()).isEqualTo(Target.SINUS);
        assertThat(widget.model().drawn().isEmpty()).isTrue();

        click(robot, "target-dessin");
        assertThat(text(robot, "status")).startsWith("Dessinez une courbe");
        reveal(robot, "plot");
        robot.drag(screen(-0.9, -0.5), MouseButton.PRIMARY).moveTo(screen(0, 0.8)).dropTo(screen(0.9, -0.5));
        assertThat(widget.model().drawn().isEmpty()).isFalse();
        assertThat(widget.model().targetAt(0)).isBetween(0.6, 1.0);
        assertThat(text(robot, "status")).startsWith("Itération 0");
        click(robot, "clear-drawing");
        assertThat(widget.model().drawn().isEmpty()).isTrue();
    }

    @Test
    void presentationSizeInTheDarkThemeStaysInsideTheColumn(FxRobot robot) {
        robot.interact(() -> {
            widget.dispose();
            widget = (UatWidget) WidgetHarness.build("uat", Map.of("target", "valeur-absolue", "neurons", 50,
                    "activation", "sigmoide"), WidgetHarness.context(Palette.darkTheme().withFontSize(24)));
            WidgetHarness.show(stage, widget, true);
        });
        assertThat(widget.model().hiddenCount()).isEqualTo(50);
        Node root = widget.node();
        assertThat(ColumnScroll.rightmostBox(root)).isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH + 1);
        assertThat(view().plot().getWidth()).isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH);
    }

    @Test
    void disposeStopsTraining(FxRobot robot) {
        click(robot, "play");
        robot.interact(() -> widget.dispose());
        assertThat(view().isTimerRunning()).isFalse();
        assertThat(widget.model().playingProperty().get()).isFalse();
    }
}
