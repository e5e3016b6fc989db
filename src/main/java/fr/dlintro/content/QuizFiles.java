package fr.dlintro.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Quiz files under quizzes/: for now, each must be readable YAML (the quiz schema comes with the quizzes). */
final class QuizFiles {
    private QuizFiles() {
    }

    static List<Problem> check(ContentRoot root) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root.quizzes())) {
            return problems;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(root.quizzes())) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(root.display(root.quizzes()), 0, "dossier illisible"));
            return problems;
        }
        for (Path f : files) {
            String name = root.display(f);
            try {
                FrontMatter.YAML.readValue(LessonLibrary.read(f, name), Object.class);
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                problems.add(new Problem(name, line, "QCM illisible : " + Yaml.reason(e)));
            } catch (ContentException e) {
                problems.add(e.problem());
            }
        }
        return problems;
    }
}
