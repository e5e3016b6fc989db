package fr.dlintro.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.core.InvalidInputException;
import fr.dlintro.core.data.CalculatorData;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.MseLoss;
import fr.dlintro.core.train.CalculatorTask;
import fr.dlintro.core.train.Hyperparameters;
import fr.dlintro.core.train.Trainer;
import fr.dlintro.ui.theme.Palette;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TrainingRunTest {
    private final TrainingRun run = new TrainingRun();
    private LiveLossChart chart;

    @Start
    void start(Stage stage) {
        chart = new LiveLossChart(run, new SimpleObjectProperty<>(Palette.darkTheme()), "Perte (MSE)", false);
        stage.setScene(new Scene(chart, 700, 500));
        stage.show();
    }

    private static Trainer calculator(Hyperparameters hp, int samples) {
        CalculatorTask task = new CalculatorTask(samples, 0, 100, CalculatorTask.BOOK.operation());
        CalculatorData data = task.data(hp.seeds().data());
        Mlp model = hp.newModel(2, 1);
        return hp.trainer(model, new MseLoss(), data.dataset(), hp.split(samples));
    }

    private void startAndWait(TrainingRun.Job job) throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            run.runningProperty().addListener((o, was, on) -> {
                if (!on) {
                    ended.countDown();
                }
            });
            run.start("Préparation des données…", job);
        });
        assertThat(ended.await(60, TimeUnit.SECONDS)).as("the run ended").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aShortRunFillsTheHistoryAndTheCurves(FxRobot robot) throws InterruptedException {
        startAndWait(() -> calculator(Hyperparameters.CALCULATOR.withEpochs(3), 1000));
        assertThat(run.getState()).isEqualTo(TrainingRun.State.COMPLETED);
        assertThat(run.history()).hasSize(3);
        assertThat(run.progressProperty().get()).isEqualTo(1.0);
        assertThat(run.statusProperty().get()).startsWith("Entraînement terminé : 3 époques en ");
        assertThat(chart.trainPointCount()).isEqualTo(3);
        assertThat(chart.validationPointCount()).isEqualTo(3);
        assertThat(chart.runningPointCount()).isPositive();
        assertThat(robot.lookup("#loss-summary").queryLabeled().getText()).startsWith("Époque 3 : perte d'entraînement ");
    }

    @Test
    void aDivergentRunStopsWithAFrenchMessageAndKeepsItsCurves() throws InterruptedException {
        startAndWait(() -> calculator(Hyperparameters.CALCULATOR.withLearningRate(1e6).withEpochs(50), 1000));
        assertThat(run.getState()).isEqualTo(TrainingRun.State.DIVERGED);
        assertThat(run.messageProperty().get()).startsWith("La perte ").contains("taux d'apprentissage");
        assertThat(chart.trainPointCount()).isEqualTo(run.history().size());
    }

    @Test
    void stopEndsTheRunAndKeepsTheEpochsDone() throws InterruptedException {
        CountDownLatch firstEpoch = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            run.history().addListener((javafx.collections.ListChangeListener<Object>) c -> firstEpoch.countDown());
            run.runningProperty().addListener((o, was, on) -> {
                if (!on) {
                    ended.countDown();
                }
            });
            run.start("Préparation…", () -> calculator(Hyperparameters.CALCULATOR.withEpochs(100_000), 1000));
        });
        assertThat(firstEpoch.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForAsyncFx(5000, run::stop);
        assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(run.getState()).isEqualTo(TrainingRun.State.CANCELLED);
        assertThat(run.history()).isNotEmpty();
        assertThat(run.statusProperty().get()).contains("garde ce qu'il a appris");
    }

    @Test
    void aFailureWhilePreparingIsAFrenchMessage() throws InterruptedException {
        startAndWait(() -> {
            throw new InvalidInputException("Le fichier t10k-images est abîmé.");
        });
        assertThat(run.getState()).isEqualTo(TrainingRun.State.FAILED);
        assertThat(run.messageProperty().get()).isEqualTo("Le fichier t10k-images est abîmé.");
        assertThat(run.resultProperty().get()).isNull();
    }

    @Test
    void theLogScaleBoxSwitchesTheLossAxis(FxRobot robot) {
        assertThat(chart.isLogScale()).isTrue();
        robot.clickOn("#log-scale");
        assertThat(chart.isLogScale()).isFalse();
    }

    @Test
    void theSummaryKeepsThreeSignificantDigits() {
        assertThat(LiveLossChart.significant(0.000412345)).isEqualTo("0,000412");
        assertThat(LiveLossChart.significant(12.345)).isEqualTo("12,3");
    }
}
