package fr.dlintro.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our three additions to Markdown, handled before flexmark parses the text, keeping every
 * line where it was so that AST line numbers still point into the file:
 * <ul>
 * <li>formulas {@code $…$} and {@code $$…$$} become placeholder tokens that flexmark leaves
 * alone (so {@code _} and {@code *} inside LaTeX are not read as emphasis);</li>
 * <li>{@code ::: note} … {@code :::} becomes a block quote opening with {@code [!note]}.</li>
 * </ul>
 */
public final class MarkdownSource {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    /** Matches one placeholder in the text of a parsed node; group 1 is "M" or "D", group 2 the index. */
    public static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "([MD])(\\d+)" + CLOSE);
    /** Opens the block quote that stands for a note box; a private-use character flexmark leaves alone. */
    public static final String NOTE_MARKER = "\uE002note";

    private final String text;
    private final List<MathSpan> math;
    private final List<Problem> problems;

    private MarkdownSource(String text, List<MathSpan> math, List<Problem> problems) {
        this.text = text;
        this.math = math;
        this.problems = problems;
    }

    /** The Markdown to give flexmark. */
    public String text() { return text; }

    /** Formula {@code i} of the placeholders. */
    public List<MathSpan> math() { return math; }

    /** Unclosed formulas or notes, unknown {@code :::} boxes. */
    public List<Problem> problems() { return problems; }

    public static MarkdownSource of(Lesson lesson) {
        return of(lesson.file(), lesson.markdown(), lesson.bodyLine());
    }

    /** @param firstLine 1-based line of {@code markdown}'s first line in {@code file} */
    public static MarkdownSource of(String file, String markdown, int firstLine) {
        String[] lines = markdown.split("\n", -1);
        List<MathSpan> math = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        String fence = null;          // the fence that opened the current code block, if any
        boolean inNote = false;
        int noteLine = 0;
        StringBuilder display = null; // LaTeX of the display formula being read
        int displayLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            String prefix = inNote ? "> " : "";
            int fileLine = firstLine + i;
            if (display != null) {
                if (stripped.endsWith("$$")) {
                    display.append(stripped, 0, stripped.length() - 2);
                    math.set(math.size() - 1, new MathSpan(display.toString().strip(), true, displayLine));
                    display = null;
                } else {
                    display.append(line).append('\n');
                }
                out.append(inNote ? ">" : "").append('\n');
                continue;
            }
            if (fence != null) {
                if (stripped.startsWith(fence) && stripped.substring(fence.length()).isBlank()) {
                    fence = null;
                }
                out.append(prefix).append(line).append('\n');
                continue;
            }
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fence = stripped.substring(0, stripped.startsWith("```") ? countRun(stripped, '`') : countRun(stripped, '~'));
                out.append(prefix).append(line).append('\n');
                continue;
            }
            if (stripped.startsWith(":::")) {
                String kind = stripped.substring(3).strip();
                if (kind.isEmpty()) {
                    if (inNote) {
                        inNote = false;
                        out.append('\n');
                    } else {
                        problems.add(new Problem(file, fileLine, "« ::: » ferme un encadré qui n'a pas été ouvert"));
                        out.append('\n');
                    }
                } else if (kind.equals("note")) {
                    if (inNote) {
                        problems.add(new Problem(file, fileLine, "encadré « ::: note » ouvert dans un autre encadré"));
                    }
                    inNote = true;
                    noteLine = fileLine;
                    out.append("> ").append(NOTE_MARKER).append('\n');
                } else {
                    problems.add(new Problem(file, fileLine, "encadré inconnu « ::: " + kind + " » (seul « ::: note » existe)"));
                    out.append('\n');
                }
                continue;
            }
            if (stripped.startsWith("$$")) {
                String rest = stripped.substring(2);
                int idx = math.size();
                if (rest.endsWith("$$") && rest.length() >= 2) {
                    math.add(new MathSpan(rest.substring(0, rest.length() - 2).strip(), true, fileLine));
                } else {
                    math.add(new MathSpan("", true, fileLine));
                    display = new StringBuilder(rest).append(rest.isEmpty() ? "" : "\n");
                    displayLine = fileLine;
                }
                out.append(prefix).append(OPEN).append('D').append(idx).append(CLOSE).append('\n');
                continue;
            }
            out.append(prefix).append(replaceInline(line, file, fileLine, math, problems)).append('\n');
        }
        if (display != null) {
            problems.add(new Problem(file, displayLine, "formule « $$ » jamais refermée"));
            math.set(math.size() - 1, new MathSpan(display.toString().strip(), true, displayLine));
        }
        if (inNote) {
            problems.add(new Problem(file, noteLine, "encadré « ::: note » jamais refermé par « ::: »"));
        }
        if (out.length() > 0) {
            out.setLength(out.length() - 1);
        }
        return new MarkdownSource(out.toString(), math, problems);
    }

    private static int countRun(String s, char c) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == c) {
            n++;
        }
        return n;
    }

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");

    /** Replaces {@code $…$} outside code spans; {@code \$} stays a literal dollar. */
    private static String replaceInline(String line, String file, int fileLine, List<MathSpan> math, List<Problem> problems) {
        if (line.indexOf('$') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length());
        Matcher code = CODE_SPAN.matcher(line);
        int pos = 0;
        while (code.find()) {
            sb.append(replaceInlineSegment(line.substring(pos, code.start()), file, fileLine, math, problems));
            sb.append(code.group());
            pos = code.end();
        }
        sb.append(replaceInlineSegment(line.substring(pos), file, fileLine, math, problems));
        return sb.toString();
    }

    private static String replaceInlineSegment(String s, String file, int fileLine, List<MathSpan> math, List<Problem> problems) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '$') {
                sb.append("\\$");
                i += 2;
                continue;
            }
            if (ch == '$') {
                int end = findClosing(s, i + 1);
                if (end < 0) {
                    problems.add(new Problem(file, fileLine, "formule « $ » jamais refermée sur sa ligne"));
                    sb.append("\\$");
                    i++;
                    continue;
                }
                int idx = math.size();
                math.add(new MathSpan(s.substring(i + 1, end).strip(), false, fileLine));
                sb.append(OPEN).append('M').append(idx).append(CLOSE);
                i = end + 1;
                continue;
            }
            sb.append(ch);
            i++;
        }
        return sb.toString();
    }

    private static int findClosing(String s, int from) {
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '$') {
                return j > from ? j : -1;
            }
        }
        return -1;
    }
}
