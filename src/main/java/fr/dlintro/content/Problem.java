package fr.dlintro.content;

/**
 * A content problem with its place: printed by {@code lint} as {@code file:line: raison} and
 * shown in the app as an inline error box.
 *
 * @param file   path as the author knows it (relative to the repo when possible)
 * @param line   1-based line in the file, 0 when the problem concerns the whole file
 * @param reason one French clause, without final full stop
 */
public record Problem(String file, int line, String reason) implements Comparable<Problem> {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
