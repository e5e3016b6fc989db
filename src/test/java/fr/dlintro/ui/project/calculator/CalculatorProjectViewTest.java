package fr.dlintro.ui.project.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.core.train.ModelIo;
import fr.dlintro.ui.project.ProjectContext;
import fr.dlintro.ui.project.ProjectRegistry;
import fr.dlintro.ui.project.TrainingRun;
import fr.dlintro.ui.shell.FileDialogs;
import fr.dlintro.ui.theme.Palette;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CalculatorProjectViewTest {
    private final ReadOnlyObjectWrapper<Palette> palette = new ReadOnlyObjectWrapper<>(Palette.lightTheme().withFontSize(16));
    private final List<String> notices = new ArrayList<>();
    private Path chosen;
    private CalculatorProjectView view;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> chooseSave(Window owner, String title, String name, String description, String pattern) {
                return Optional.ofNullable(chosen);
            }

            @Override
            public Optional<Path> chooseOpen(Window owner, String title, String description, List<String> patterns) {
                return Optional.ofNullable(chosen);
            }
        };
        ProjectContext ctx = new ProjectContext(palette.getReadOnlyProperty(), null, () -> dialogs, () -> stage,
                notices::add);
        view = (CalculatorProjectView) ProjectRegistry.find("calculator").orElseThrow().create(ctx);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 900));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(view::dispose).get();
    }

    private void trainAndWait(FxRobot robot) throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        robot.interact(() -> view.run().runningProperty().addListener((o, was, on) -> {
            if (!on) {
                ended.countDown();
            }
        }));
        robot.clickOn("#train");
        assertThat(ended.await(60, TimeUnit.SECONDS)).as("the run ended").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void smallRun(FxRobot robot, int epochs) {
        robot.interact(() -> {
            view.model().samplesProperty().set(1000);
            view.model().epochsProperty().set(epochs);
        });
    }

    @Test
    void theBooksSettingsDescribeSixHundredAndNineParameters(FxRobot robot) {
        assertThat(robot.lookup("#parameter-count").queryAs(Label.class).getText()).startsWith("609 paramètres");
        assertThat(view.tabs()).containsExactly("entrainer", "tester");
    }

    @Test
    void atPresentationSizeInANarrowWindowTheFormTakesOneFieldPerRowAndIsNotClipped(FxRobot robot) {
        assertThat(view.trainPane().fieldsPerRow()).isEqualTo(2);
        robot.interact(() -> {
            palette.set(Palette.projectionTheme().withFontSize(24));
            view.node().getScene().getWindow().setWidth(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.trainPane().fieldsPerRow()).isEqualTo(1);
        javafx.geometry.Bounds b = view.trainPane().grid().localToScene(view.trainPane().grid().getBoundsInLocal());
        assertThat(b.getMaxX()).isLessThanOrEqualTo(800);
    }

    @Test
    void typingTwoHiddenLayersUpdatesTheCountLive(FxRobot robot) {
        robot.doubleClickOn("#hidden-layers .text-field").eraseText(3).write("2").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // 2·16+16 + 16·16+16 + 16+1
        assertThat(robot.lookup("#parameter-count").queryAs(Label.class).getText()).startsWith("337 paramètres");
        assertThat(view.model().hiddenLayersProperty().get()).isEqualTo(2);
    }

    @Test
    void oneEpochOnASmallSubsetDrawsTheCurvesAndFillsTheTestTab(FxRobot robot) throws InterruptedException {
        smallRun(robot, 1);
        trainAndWait(robot);
        assertThat(view.run().getState()).isEqualTo(TrainingRun.State.COMPLETED);
        assertThat(view.trainPane().chart().trainPointCount()).isEqualTo(1);
        assertThat(view.trainPane().chart().validationPointCount()).isEqualTo(1);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("Entraînement terminé : 1 époque");
        assertThat(view.model().testProperty().get().size()).isEqualTo(2000);
        robot.interact(() -> fr.dlintro.ui.project.Snapshots.save(view.node(), "calculator-entrainer-light16"));

        robot.interact(() -> view.showTab("tester"));
        assertThat(robot.lookup("#test-metrics").queryAs(Label.class).getText()).startsWith("MSE ").contains(" · R² ");
        robot.doubleClickOn("#calc-a").write("6");
        robot.doubleClickOn("#calc-b").write("6");
        robot.clickOn("#calculate");
        assertThat(robot.lookup("#calc-result").queryAs(Label.class).getText()).startsWith("Réseau : ").contains("exact : 12");
        assertThat(view.testPane().plot().count()).isEqualTo(2000);
        robot.interact(() -> fr.dlintro.ui.project.Snapshots.save(view.node(), "calculator-tester-light16"));
        robot.interact(() -> palette.set(Palette.darkTheme().withFontSize(24)));
        robot.interact(() -> fr.dlintro.ui.project.Snapshots.save(view.node(), "calculator-tester-dark24"));
        robot.interact(() -> view.showTab("entrainer"));
        robot.interact(() -> fr.dlintro.ui.project.Snapshots.save(view.node(), "calculator-entrainer-dark24"));
    }

    @Test
    void aHugeLearningRateStopsWithAFrenchMessageAndKeepsThePreviousNetwork(FxRobot robot) throws InterruptedException {
        smallRun(robot, 20);
        robot.doubleClickOn("#learning-rate").eraseText(10).write("1000000").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(view.model().learningRateProperty().get()).isEqualTo(1e6);
        trainAndWait(robot);
        assertThat(view.run().getState()).isEqualTo(TrainingRun.State.DIVERGED);
        Label problem = robot.lookup("#form-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("La perte ").contains("1000000");
        assertThat(view.model().trainedProperty().get()).isNull();
    }

    @Test
    void aSavedNetworkOpensAgainWithTheSameAnswers(FxRobot robot) throws Exception {
        smallRun(robot, 2);
        trainAndWait(robot);
        double before = view.model().calculate(30, 40).predicted();
        chosen = dir.resolve("calc.json");
        robot.clickOn("#save-model");
        assertThat(Files.exists(chosen)).isTrue();
        assertThat(ModelIo.read(chosen).model().parameterCount()).isEqualTo(609);
        assertThat(notices).last().asString().startsWith("Modèle enregistré");

        robot.interact(() -> view.model().resetToBook());
        robot.clickOn("#open-model");
        assertThat(view.model().calculate(30, 40).predicted()).isCloseTo(before, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(((TabPane) robot.lookup("#calculator-tabs").query()).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("tab-tester");
    }

    @Test
    void aFileThatIsNotAModelGivesAFrenchNotice(FxRobot robot) throws Exception {
        chosen = dir.resolve("broken.json");
        Files.writeString(chosen, "{ pas du json");
        robot.clickOn("#open-model");
        assertThat(notices).last().asString().startsWith("Le fichier de modèle broken.json n'est pas un JSON valide");
        assertThat(view.model().trainedProperty().get()).isNull();
    }
}
