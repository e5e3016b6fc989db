package fr.dlintro.core.data;

import java.util.Locale;

/** The calculator's two operations (5.1.3), with the book's output normalisation. */
public enum Operation {
    ADD("add", "+"),
    MULTIPLY("multiply", "×");

    private final String id;
    private final String symbol;

    Operation(String id, String symbol) {
        this.id = id;
        this.symbol = symbol;
    }

    public String id() {
        return id;
    }

    public String symbol() {
        return symbol;
    }

    public long apply(long a, long b) {
        return this == ADD ? a + b : a * b;
    }

    /**
     * What divides a result to normalise it: 2·max for add, max² for multiply (the book's
     * test code wrongly uses 2·max for both; see ERRATA).
     */
    public double outputScale(int max) {
        return this == ADD ? 2.0 * max : (double) max * max;
    }

    public static Operation of(String id) {
        for (Operation op : values()) {
            if (op.id.equals(id.toLowerCase(Locale.ROOT))) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operation " + id);
    }
}
