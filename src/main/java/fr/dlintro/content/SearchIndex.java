package fr.dlintro.content;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Full-text search over every lesson, insensitive to accents and case ("regression" finds
 * « Régression »). Sections rank by how often the words occur, then in book order.
 */
public final class SearchIndex {
    private static final int SNIPPET_RADIUS = 60;

    private final List<Entry> entries;

    private record Entry(Lesson lesson, int order, String text, String folded) {
    }

    /**
     * One hit: the section, a snippet around the first match, and the matched words as they
     * appear in the text (the view scrolls to the first of them).
     */
    public record Result(String lessonId, String title, String snippet, String matchedText, int count) {
    }

    private SearchIndex(List<Entry> entries) {
        this.entries = entries;
    }

    /** @param lessons in book order */
    public static SearchIndex build(List<Lesson> lessons) {
        List<Entry> entries = new ArrayList<>();
        int order = 0;
        for (Lesson l : lessons) {
            String text = l.title() + "\n" + plainText(LessonDocument.parse(l));
            entries.add(new Entry(l, order++, text, fold(text)));
        }
        return new SearchIndex(entries);
    }

    /** Lower case without diacritics, same length as the input so indices map back. */
    public static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            if (c == 'œ' || c == 'Œ') {
                base = 'o';
            } else if (c == 'æ' || c == 'Æ') {
                base = 'a';
            } else if (c == '’') {
                base = '\'';
            }
            sb.append(Character.toLowerCase(base));
        }
        return sb.toString();
    }

    /** The readable text of a lesson: words of paragraphs, headings, lists, tables, notes (not widgets' YAML). */
    static String plainText(LessonDocument doc) {
        StringBuilder sb = new StringBuilder();
        collect(doc.document(), sb);
        Matcher m = MarkdownSource.PLACEHOLDER.matcher(sb);
        String withoutMath = m.replaceAll(" ");
        return withoutMath.replace(MarkdownSource.NOTE_MARKER, "Note de l'édition interactive :");
    }

    private static void collect(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FencedCodeBlock f) {
                if (WidgetDirective.nameOf(f).isEmpty()) {
                    sb.append(f.getContentChars()).append('\n');
                }
                continue;
            }
            if (n instanceof Text || n instanceof com.vladsch.flexmark.ast.Code) {
                sb.append(n instanceof com.vladsch.flexmark.ast.Code c ? c.getText() : n.getChars());
            } else if (n instanceof com.vladsch.flexmark.ast.SoftLineBreak || n instanceof com.vladsch.flexmark.ast.HardLineBreak) {
                sb.append(' ');
            }
            collect(n, sb);
            if (n instanceof com.vladsch.flexmark.util.ast.Block) {
                sb.append('\n');
            }
        }
    }

    public List<Result> search(String query) {
        List<String> words = new ArrayList<>();
        for (String w : fold(query).split("[\\s,;.!?]+")) {
            if (w.length() >= 2) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        List<Result> results = new ArrayList<>();
        List<Integer> orders = new ArrayList<>();
        for (Entry e : entries) {
            int total = 0;
            int first = -1;
            String firstWord = null;
            boolean all = true;
            for (String w : words) {
                int count = 0;
                for (int i = e.folded.indexOf(w); i >= 0; i = e.folded.indexOf(w, i + w.length())) {
                    if (count == 0 && (first < 0 || i < first)) {
                        first = i;
                        firstWord = w;
                    }
                    count++;
                }
                if (count == 0) {
                    all = false;
                    break;
                }
                total += count;
            }
            if (all) {
                results.add(new Result(e.lesson.id(), e.lesson.title(), snippet(e.text, first, firstWord.length()),
                        e.text.substring(first, first + firstWord.length()), total));
                orders.add(e.order);
            }
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            idx.add(i);
        }
        idx.sort(Comparator.<Integer>comparingInt(i -> -results.get(i).count()).thenComparingInt(orders::get));
        return idx.stream().map(results::get).toList();
    }

    private static String snippet(String text, int at, int len) {
        int from = Math.max(0, at - SNIPPET_RADIUS);
        int to = Math.min(text.length(), at + len + SNIPPET_RADIUS);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && at - from < SNIPPET_RADIUS + 15) {
            from--;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && to - at < SNIPPET_RADIUS + 15 + len) {
            to++;
        }
        String s = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "… " : "") + s + (to < text.length() ? " …" : "");
    }
}
