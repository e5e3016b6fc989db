package fr.dlintro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.progress.ProgressStore;
import fr.dlintro.ui.project.ProjectView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Chapter 5's projects as entries of the main window: opened from a lesson's button, --project/--tab, kept across sections. */
@ExtendWith(ApplicationExtension.class)
class ProjectEntriesTest {
    @TempDir
    static Path home;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = new MainWindow(stage, ProgressStore.open(Files.createTempDirectory(home, "progress")), MainWindowTest.repo(),
                null);
        window.openStart("5.1");
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::dispose);
    }

    @Test
    void theLessonsButtonOpensTheCalculatorProject(FxRobot robot) {
        Button open = robot.lookup(".lesson-project-button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().contains("calculatrice")).findFirst().orElseThrow();
        robot.interact(open::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.current()).hasValueSatisfying(e -> assertThat(e.key()).isEqualTo("calculator"));
        assertThat(window.stage().getTitle()).endsWith("Entraîner la calculatrice");
        assertThat(window.projects()).containsKey("calculator");
    }

    @Test
    void aProjectViewIsKeptWhileTheReaderVisitsOtherSections(FxRobot robot) {
        robot.interact(() -> assertThat(window.openProject("calculator", null)).isTrue());
        ProjectView first = window.projects().get("calculator");
        robot.interact(() -> window.openSection("4.2"));
        robot.interact(() -> window.openProject("calculator", null));
        assertThat(window.projects().get("calculator")).isSameAs(first);
        assertThat(window.stage().getScene().getRoot().lookupAll(".tab-pane")).isNotEmpty();
    }

    @Test
    void aTabIsChosenByItsKeyAndAnUnknownOneIsNamedInANotice(FxRobot robot) {
        robot.interact(() -> assertThat(window.openProject("calculator", "tester")).isTrue());
        TabPane tabs = (TabPane) window.projects().get("calculator").node().lookup(".tab-pane");
        assertThat(tabs.getSelectionModel().getSelectedItem().getUserData()).isEqualTo("tester");
        robot.interact(() -> window.openProject("calculator", "inconnu"));
        assertThat(window.notices()).anySatisfy(n -> assertThat(n).contains("« inconnu »").contains("entrainer"));
        robot.interact(() -> assertThat(window.openProject("fusee", null)).isFalse());
    }

    @Test
    void presentationArrowsMoveFromALessonToItsProjectEntry(FxRobot robot) {
        robot.interact(() -> window.openSection("5.1"));
        robot.interact(window::next);
        assertThat(window.current()).hasValueSatisfying(e -> assertThat(e.key()).isEqualTo("calculator"));
        robot.interact(window::next);
        assertThat(window.current()).hasValueSatisfying(e -> assertThat(e.key()).isEqualTo("5.2"));
    }
}
