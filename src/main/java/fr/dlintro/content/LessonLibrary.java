package fr.dlintro.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All lessons of a {@link ContentRoot} and the book's outline, loaded once. A file that
 * cannot be read is kept as a {@link Problem} so the app shows an error page for it alone.
 */
public final class LessonLibrary {
    public static final String OUTLINE_FILE = "sommaire.yaml";

    private final ContentRoot root;
    private final Map<String, Lesson> byId;
    private final List<Problem> problems;
    private final Outline outline;

    private LessonLibrary(ContentRoot root, Map<String, Lesson> byId, List<Problem> problems, Outline outline) {
        this.root = root;
        this.byId = byId;
        this.problems = problems;
        this.outline = outline;
    }

    public static LessonLibrary load(ContentRoot root) {
        Map<String, Lesson> byId = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : markdownFiles(root.lessons())) {
            String name = root.display(file);
            try {
                Lesson lesson = FrontMatter.parse(name, read(file, name));
                Lesson previous = byId.putIfAbsent(lesson.id(), lesson);
                if (previous != null) {
                    problems.add(new Problem(name, 1, "identifiant « " + lesson.id() + " » déjà utilisé par "
                            + previous.file()));
                }
            } catch (ContentException e) {
                problems.add(e.problem());
            }
        }
        Outline outline;
        try {
            outline = OutlineReader.read(root.lessons().resolve(OUTLINE_FILE), root.display(root.lessons().resolve(OUTLINE_FILE)));
        } catch (ContentException e) {
            problems.add(e.problem());
            outline = OutlineReader.fromLessons(byId.values());
        }
        problems.sort(null);
        return new LessonLibrary(root, byId, List.copyOf(problems), outline);
    }

    static String read(Path file, String name) throws ContentException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString().replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            throw new ContentException(new Problem(name, 0, "le fichier n'est pas encodé en UTF-8"));
        } catch (IOException e) {
            throw new ContentException(new Problem(name, 0, "fichier illisible (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private static List<Path> markdownFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ContentRoot root() { return root; }
    public Outline outline() { return outline; }
    public Optional<Lesson> find(String id) { return Optional.ofNullable(byId.get(id)); }
    public Map<String, Lesson> lessons() { return Collections.unmodifiableMap(byId); }

    /** Files that could not be loaded (bad front matter, duplicate id, unreadable outline). */
    public List<Problem> problems() { return problems; }

    /** The problem of the file that should hold lesson {@code id}, if that file failed to load. */
    public Optional<Problem> problemFor(String id) {
        String prefix = id.contains(".") ? padded(id) : id;
        return problems.stream().filter(p -> fileName(p.file()).startsWith(prefix)).findFirst();
    }

    /** "2.6" → "02.6", the prefix lesson files carry. */
    private static String padded(String id) {
        int dot = id.indexOf('.');
        String ch = id.substring(0, dot);
        return (ch.length() == 1 ? "0" + ch : ch) + id.substring(dot);
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** Lessons in outline order (those missing from the outline at the end, by id). */
    public List<Lesson> inBookOrder() {
        List<Lesson> out = new ArrayList<>();
        for (Outline.Chapter c : outline.chapters()) {
            for (Outline.Entry e : c.entries()) {
                if (e.kind() == Outline.Kind.LESSON && byId.containsKey(e.key())) {
                    out.add(byId.get(e.key()));
                }
            }
        }
        byId.values().stream().filter(l -> !out.contains(l)).sorted(Comparator.comparing(Lesson::id)).forEach(out::add);
        return out;
    }

}
