package fr.dlintro.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path home;

    @Test
    void aFreshFolderStartsWithEmptyProgressAndNoNotice() {
        ProgressStore store = ProgressStore.open(home);
        assertThat(store.progress().lastSection).isNull();
        assertThat(store.progress().readSections).isEmpty();
        assertThat(store.notice()).isEmpty();
    }

    @Test
    void savedProgressIsReadBack() {
        ProgressStore store = ProgressStore.open(home);
        store.progress().lastSection = "2.6";
        store.progress().readSections.add("2.1");
        store.progress().readSections.add("2.6");
        store.progress().settings.theme = "sombre";
        store.progress().settings.zoom = 150;
        assertThat(store.save()).isEmpty();

        Progress again = ProgressStore.open(home).progress();
        assertThat(again.lastSection).isEqualTo("2.6");
        assertThat(again.readSections).containsExactly("2.1", "2.6");
        assertThat(again.settings.theme).isEqualTo("sombre");
        assertThat(again.settings.zoom).isEqualTo(150);
    }

    @Test
    void saveLeavesOnlyTheFinalFileBehind() throws IOException {
        ProgressStore store = ProgressStore.open(home);
        store.save();
        store.save();
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(ProgressStore.FILE_NAME);
        }
    }

    @Test
    void aCorruptFileIsMovedAsideAndTheStudentIsTold() throws IOException {
        Files.writeString(home.resolve(ProgressStore.FILE_NAME), "{ \"lastSection\": \"2.");
        ProgressStore store = ProgressStore.open(home);
        assertThat(store.progress().lastSection).isNull();
        assertThat(store.notice()).get().asString().contains("illisible").contains("progress.json.corrupt-");
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .singleElement().asString().startsWith("progress.json.corrupt-");
        }
        assertThat(store.save()).isEmpty();
        assertThat(Files.exists(home.resolve(ProgressStore.FILE_NAME))).isTrue();
    }

    @Test
    void fieldsWrittenByANewerVersionAreKept() throws IOException {
        Files.writeString(home.resolve(ProgressStore.FILE_NAME),
                "{\"version\":1,\"lastSection\":\"2.2\",\"trainingRuns\":[{\"project\":\"mnist\",\"score\":9}]}");
        ProgressStore store = ProgressStore.open(home);
        store.progress().lastSection = "2.3";
        store.save();
        String json = Files.readString(home.resolve(ProgressStore.FILE_NAME));
        assertThat(json).contains("\"trainingRuns\"").contains("\"score\" : 9").contains("\"2.3\"");
    }

    @Test
    void theDataFolderCanBeRedirected() {
        String before = System.getProperty("dlintro.home");
        try {
            System.setProperty("dlintro.home", home.toString());
            assertThat(DataFolder.path()).isEqualTo(home);
        } finally {
            if (before == null) {
                System.clearProperty("dlintro.home");
            } else {
                System.setProperty("dlintro.home", before);
            }
        }
    }

    @Test
    void quizHistorySurvivesARestart() {
        ProgressStore store = ProgressStore.open(home);
        QuizAttempt a = new QuizAttempt();
        a.quiz = "2.8";
        a.score = 9;
        a.total = 11;
        QuizAttempt.AnswerRecord r = new QuizAttempt.AnswerRecord();
        r.number = 1;
        r.selected = java.util.List.of("a");
        r.right = true;
        a.answers.add(r);
        store.progress().quizAttempts.add(a);
        store.save();
        Progress again = ProgressStore.open(home).progress();
        assertThat(again.quizAttempts).singleElement().satisfies(b -> {
            assertThat(b.score).isEqualTo(9);
            assertThat(b.answers.get(0).selected).containsExactly("a");
        });
        assertThat(again.best("2.8")).get().extracting(b -> b.score).isEqualTo(9);
    }

    @Test
    void aCorruptHistoryIsMovedAsideWithTheRestOfTheFile() throws IOException {
        Files.writeString(home.resolve(ProgressStore.FILE_NAME), "{\"lastSection\":\"2.2\",\"quizAttempts\":\"oups\"}");
        ProgressStore store = ProgressStore.open(home);
        assertThat(store.progress().quizAttempts).isEmpty();
        assertThat(store.notice()).isPresent();
    }
}
