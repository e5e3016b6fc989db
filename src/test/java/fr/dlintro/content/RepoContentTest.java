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
    void everyLessonOfTheOutlineHasItsPage() {
        LessonLibrary library = LessonLibrary.load(repo());
        List<String> listed = library.outline().chapters().stream().flatMap(c -> c.entries().stream())
                .filter(e -> e.kind() == Outline.Kind.LESSON).map(Outline.Entry::key).toList();
        assertThat(listed).contains("1.1", "2.1", "3.6", "4.1", "4.5", "5.1", "5.3");
        assertThat(library.lessons().keySet()).containsAll(listed);
    }
}
