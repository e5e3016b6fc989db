package fr.dlintro.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads {@code lessons/sommaire.yaml}: {@code chapters: [{number, title, entries: [{id|quiz|project, title}]}]}. */
final class OutlineReader {
    private OutlineReader() {
    }

    static Outline read(Path file, String name) throws ContentException {
        if (!Files.isRegularFile(file)) {
            throw new ContentException(new Problem(name, 0, "sommaire introuvable"));
        }
        Object root;
        try {
            root = FrontMatter.YAML.readValue(LessonLibrary.read(file, name), Object.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ContentException(new Problem(name, line, "sommaire illisible : " + Yaml.reason(e)));
        }
        if (!(root instanceof Map<?, ?> m) || !(m.get("chapters") instanceof List<?> chapters)) {
            throw new ContentException(new Problem(name, 1, "le sommaire doit contenir une liste « chapters »"));
        }
        List<Outline.Chapter> out = new ArrayList<>();
        for (Object c : chapters) {
            if (!(c instanceof Map<?, ?> cm) || !(cm.get("number") instanceof Integer n) || !(cm.get("title") instanceof String t)
                    || !(cm.get("entries") instanceof List<?> entries)) {
                throw new ContentException(new Problem(name, 0, "chapitre mal décrit (number, title et entries attendus) : " + c));
            }
            List<Outline.Entry> es = new ArrayList<>();
            for (Object e : entries) {
                es.add(entry(e, name));
            }
            out.add(new Outline.Chapter(n, t, List.copyOf(es)));
        }
        return new Outline(List.copyOf(out));
    }

    private static Outline.Entry entry(Object e, String name) throws ContentException {
        if (e instanceof Map<?, ?> em && em.get("title") instanceof String title) {
            if (em.get("id") != null) {
                return new Outline.Entry(Outline.Kind.LESSON, String.valueOf(em.get("id")), title);
            }
            if (em.get("quiz") != null) {
                return new Outline.Entry(Outline.Kind.QUIZ, String.valueOf(em.get("quiz")), title);
            }
            if (em.get("project") != null) {
                return new Outline.Entry(Outline.Kind.PROJECT, String.valueOf(em.get("project")), title);
            }
        }
        throw new ContentException(new Problem(name, 0, "entrée du sommaire mal décrite (id, quiz ou project, et title attendus) : " + e));
    }

    /** A plain outline built from the lessons alone, when the sommaire cannot be read. */
    static Outline fromLessons(Collection<Lesson> lessons) {
        Map<Integer, List<Outline.Entry>> byChapter = new TreeMap<>();
        lessons.stream().sorted(java.util.Comparator.comparing(Lesson::id)).forEach(l -> byChapter
                .computeIfAbsent(l.chapter(), k -> new ArrayList<>())
                .add(new Outline.Entry(Outline.Kind.LESSON, l.id(), l.title())));
        List<Outline.Chapter> cs = new ArrayList<>();
        byChapter.forEach((n, es) -> cs.add(new Outline.Chapter(n, "Chapitre " + n, List.copyOf(es))));
        return new Outline(List.copyOf(cs));
    }
}
