package fr.dlintro.ui.widget.gdworked;

import java.util.List;

/** The two worked examples of 4.3.4 and the lines the book prints for them. */
public enum WorkedExample {
    UN_POIDS("un-poids", "4.3.4.1 · un poids", 100, List.of(
            new BookLine(1, "13.5", "2.0", null, false), new BookLine(2, "3.5", "1.0", null, false),
            new BookLine(3, "1.0", "1.5", null, false), new BookLine(4, "0.375", "1.25", null, false),
            new BookLine(5, "0.2188", "1.375", null, false), new BookLine(6, "0.1796", "1.3125", null, false),
            new BookLine(10, "0.1667", "1.3320", null, true), new BookLine(100, "0.1667", "1.3333", null, true))),
    POIDS_ET_BIAIS("poids-et-biais", "4.3.4.2 · poids et biais", 233, List.of(
            new BookLine(1, "13.5", "2.0", "0.7", false), new BookLine(2, "6.09", "0.65", "0.26", false),
            new BookLine(3, "2.761", "1.545", "0.583", false), new BookLine(4, "1.265", "0.936", "0.394", false),
            new BookLine(5, "0.592", "1.335", "0.547", false), new BookLine(6, "0.288", "1.059", "0.47", false),
            new BookLine(10, "0.044", "1.127", "0.556", false), new BookLine(15, "0.025", "1.13", "0.626", false),
            new BookLine(20, "0.018", "1.109", "0.678", false), new BookLine(233, "0.0", "1.0", "1.0", false)));

    private final String key;
    private final String label;
    private final int iterations;
    private final List<BookLine> bookLines;

    WorkedExample(String key, String label, int iterations, List<BookLine> bookLines) {
        this.key = key;
        this.label = label;
        this.iterations = iterations;
        this.bookLines = bookLines;
    }

    public static WorkedExample fromKey(String key) {
        return "poids-et-biais".equals(key) ? POIDS_ET_BIAIS : UN_POIDS;
    }

    public String key() { return key; }

    public String label() { return label; }

    /** How many iterations the table computes: up to the book's last printed line. */
    public int iterations() { return iterations; }

    public List<BookLine> bookLines() { return bookLines; }

    public BookLine bookLine(int iteration) {
        return bookLines.stream().filter(l -> l.iteration() == iteration).findFirst().orElse(null);
    }

    public boolean hasBias() {
        return this == POIDS_ET_BIAIS;
    }
}
