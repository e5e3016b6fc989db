package fr.dlintro.content;

import fr.dlintro.content.quiz.Question;
import fr.dlintro.content.quiz.Quiz;
import fr.dlintro.content.quiz.QuizReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The quiz part of {@code lint}: each file under quizzes/ must read as a quiz
 * ({@link QuizReader}'s schema), be named after its section, revisit existing lessons, and
 * hold formulas that parse.
 */
final class QuizFiles {
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("\\]\\(#([^)\\s]+)\\)");

    private QuizFiles() {
    }

    static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    /** @param lessonIds sections of the outline (a quiz may revisit a lesson still « à venir ») */
    static List<Problem> check(ContentRoot root, Set<String> lessonIds) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files;
        try {
            files = files(root.quizzes());
        } catch (IOException e) {
            problems.add(new Problem(root.display(root.quizzes()), 0, "dossier illisible"));
            return problems;
        }
        for (Path f : files) {
            String name = root.display(f);
            String text;
            try {
                text = LessonLibrary.read(f, name);
            } catch (ContentException e) {
                problems.add(e.problem());
                continue;
            }
            QuizReader.Result r = QuizReader.read(name, text);
            problems.addAll(r.problems());
            if (r.quiz() != null) {
                problems.addAll(checkQuiz(r.quiz(), f.getFileName().toString(), lessonIds));
            }
        }
        return problems;
    }

    private static List<Problem> checkQuiz(Quiz quiz, String fileName, Set<String> lessonIds) {
        List<Problem> problems = new ArrayList<>();
        String expected = quiz.section() + ".yaml";
        if (!fileName.equals(expected)) {
            problems.add(new Problem(quiz.file(), 1, "le fichier d'un QCM de section " + quiz.section() + " doit s'appeler " + expected));
        }
        for (Question q : quiz.questions()) {
            if (q.lesson().isBlank()) {
                problems.add(new Problem(quiz.file(), q.line(), "question " + q.number() + " : champ « lesson » manquant"));
            } else if (!lessonIds.contains(q.lesson())) {
                problems.add(new Problem(quiz.file(), q.line(), "question " + q.number() + " : la leçon « " + q.lesson()
                        + " » n'est pas dans le sommaire"));
            }
            java.util.regex.Matcher link = LINK.matcher(q.explanation());
            while (link.find()) {
                if (!lessonIds.contains(link.group(1))) {
                    problems.add(new Problem(quiz.file(), q.line(), "question " + q.number() + " : lien vers une section inconnue « #"
                            + link.group(1) + " »"));
                }
            }
            List<String> texts = new ArrayList<>();
            texts.add(q.prompt());
            texts.add(q.explanation());
            texts.addAll(q.options().values());
            for (String t : texts) {
                MarkdownSource src = MarkdownSource.of(quiz.file(), t, q.line());
                for (Problem p : src.problems()) {
                    problems.add(new Problem(quiz.file(), q.line(), "question " + q.number() + " : " + p.reason()));
                }
                for (MathSpan m : src.math()) {
                    FormulaCheck.problem(m.latex()).ifPresent(reason ->
                            problems.add(new Problem(quiz.file(), q.line(), "question " + q.number() + " : " + reason)));
                }
            }
        }
        return problems;
    }
}
