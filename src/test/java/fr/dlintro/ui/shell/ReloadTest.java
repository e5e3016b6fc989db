package fr.dlintro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.content.ContentRoot;
import fr.dlintro.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An author edits a lesson on disk and presses Ctrl+R: the page shows the edit, at once, and a broken edit shows its error. */
@ExtendWith(ApplicationExtension.class)
class ReloadTest {
    @TempDir
    static Path repo;
    private MainWindow window;

    private static void lesson(String title, String body) throws IOException {
        Files.writeString(repo.resolve("lessons/02-x/02.1-un.md"),
                "---\nid: \"2.1\"\ntitle: \"" + title + "\"\nchapter: 2\n---\n" + body);
    }

    @Start
    void start(Stage stage) throws IOException {
        Files.createDirectories(repo.resolve("lessons/02-x"));
        Files.writeString(repo.resolve("lessons/sommaire.yaml"),
                "chapters:\n  - number: 2\n    title: T\n    entries:\n      - { id: \"2.1\", title: \"Un\" }\n");
        lesson("Première version", "Texte.");
        window = new MainWindow(stage, ProgressStore.open(repo.resolve("home")), ContentRoot.ofRepository(repo), null);
        window.openStart(null);
        stage.show();
    }

    @Test
    void ctrlRShowsTheEditedLesson(FxRobot robot) throws IOException {
        assertThat(robot.lookup("#lesson-title").queryAs(Label.class).getText()).isEqualTo("2.1 Première version");
        lesson("Seconde version", "Texte et ```widget absent```\n\n```widget absent\n```\n");
        robot.push(KeyCode.CONTROL, KeyCode.R);
        assertThat(robot.lookup("#lesson-title").queryAs(Label.class).getText()).isEqualTo("2.1 Seconde version");
        assertThat(robot.lookup(".content-error").queryAll()).hasSize(1);
    }

    @Test
    void aLessonWhoseHeaderBreaksShowsAnErrorPageAndTheAppGoesOn(FxRobot robot) throws IOException {
        Files.writeString(repo.resolve("lessons/02-x/02.1-un.md"), "---\nid: \"2.1\"\ntitle: [\n---\n");
        robot.push(KeyCode.CONTROL, KeyCode.R);
        assertThat(robot.lookup(".content-error").queryAll()).hasSize(1);
        assertThat(robot.lookup("#lesson-title").queryAs(Label.class).getText()).isEqualTo("2.1 Un");
    }
}
