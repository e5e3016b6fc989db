package fr.dlintro.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The linter over the repository's own lessons and quizzes: a broken lesson fails the build. */
class RepoContentTest {
    static ContentRoot repo() {
        return ContentRoot.ofRepository(Path.of(System.getProperty("dlintro.repo", ".")));
    }

    @Test
    void theRepositoryContentIsClean() {
        List<Problem> problems = ContentLinter.check(repo());
        assertThat(problems).as("lint problems").isEmpty();
    }

    @Test
    void everyOutlineLessonOfChapterTwoHasItsPage() {
        LessonLibrary library = LessonLibrary.load(repo());
        assertThat(library.lessons().keySet()).contains("1.1", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7");
    }

    @Test
    void everyOutlineLessonOfChapterThreeHasItsPage() {
        LessonLibrary library = LessonLibrary.load(repo());
        assertThat(library.lessons().keySet()).contains("3.1", "3.2", "3.3", "3.4", "3.5", "3.6");
    }

    @Test
    void everyOutlineLessonOfChapterFourHasItsPage() {
        LessonLibrary library = LessonLibrary.load(repo());
        assertThat(library.lessons().keySet()).contains("4.1", "4.2", "4.3", "4.4", "4.5");
    }
}
