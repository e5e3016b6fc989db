package fr.dlintro.ui.project.mnist;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.core.train.TrainingResult;
import fr.dlintro.ui.project.TrainingRun;
import fr.dlintro.ui.theme.Palette;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MnistTrainTabTest {
    private final MnistViews views = new MnistViews(Palette.lightTheme());

    @Start
    void start(Stage stage) {
        views.show(stage, 1100, 760);
    }

    private TrainTab tab() {
        return views.view.train();
    }

    private void waitForEnd() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !tab().run().isRunning());
        views.waitUntilIdle();
    }

    @Test
    void oneEpochOnASmallSubsetDrawsTheCurvesThenEvaluatesOnTheTestSet(FxRobot robot) throws Exception {
        views.waitUntilLoaded();
        robot.interact(() -> {
            views.view.showTab("entrainer");
            tab().form().samplesProperty().set(5_000);
            tab().form().epochsProperty().set(1);
            tab().form().learningRateProperty().set(0.05);
        });
        robot.clickOn("#train-start");
        waitForEnd();
        // the test-set evaluation starts once the run's result reaches the FX thread, then runs in the background
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> views.view.model().evaluationProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab().run().resultProperty().get().status()).isEqualTo(TrainingResult.Status.COMPLETED);
        assertThat(tab().chart().trainPointCount()).isEqualTo(1);
        assertThat(tab().chart().validationPointCount()).isEqualTo(1);
        assertThat(tab().chart().runningPointCount()).isGreaterThan(0);
        assertThat(tab().run().planProperty().get().trainingSamples()).isEqualTo(4_000);
        assertThat(views.view.model().networkProperty().get()).isNotNull();
        assertThat(views.view.model().evaluationProperty().get().matrix().total()).isEqualTo(10_000);
        assertThat(robot.lookup("#train-test-result").queryAs(Label.class).getText())
                .startsWith("Exactitude sur les 10\u202F000 images de test\u00A0: ");
        assertThat(robot.lookup("#train-timing").queryAs(Label.class).getText()).startsWith("Temps par époque : ");
    }

    @Test
    void stoppingKeepsWhatTheNetworkLearnedSoFar(FxRobot robot) throws Exception {
        views.waitUntilLoaded();
        robot.interact(() -> tab().form().epochsProperty().set(50));
        robot.interact(() -> views.view.showTab("entrainer"));
        robot.clickOn("#train-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab().run().getState() == TrainingRun.State.RUNNING
                && tab().run().batchProperty().get() > 50);
        robot.clickOn("#train-stop");
        waitForEnd();
        assertThat(tab().run().resultProperty().get().status()).isEqualTo(TrainingResult.Status.CANCELLED);
        assertThat(views.view.model().networkProperty().get()).isNotNull();
        assertThat(views.view.model().predict(views.view.model().testPixels(0))).isNotNull();
    }

    @Test
    void aDivergentRunStopsWithAFrenchMessageAndKeepsItsCurves(FxRobot robot) throws Exception {
        views.waitUntilLoaded();
        robot.interact(() -> {
            tab().form().samplesProperty().set(5_000);
            tab().form().learningRateProperty().set(100);
            tab().form().epochsProperty().set(3);
            views.view.showTab("entrainer");
        });
        robot.clickOn("#train-start");
        waitForEnd();
        assertThat(tab().run().getState()).isEqualTo(TrainingRun.State.DIVERGED);
        assertThat(robot.lookup("#train-message").queryAs(Label.class).getText()).startsWith("La perte ")
                .contains("taux d'apprentissage (100)");
        assertThat(tab().chart().runningPointCount() + tab().chart().trainPointCount()).isGreaterThan(0);
        assertThat(views.view.model().networkProperty().get()).isNull();
    }
}
