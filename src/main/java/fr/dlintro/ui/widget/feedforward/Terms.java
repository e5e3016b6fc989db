package fr.dlintro.ui.widget.feedforward;

import fr.dlintro.ui.widget.FrenchFormat;
import fr.dlintro.ui.widget.FrenchNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Numbers written as the book writes them in its sums, in French: 17,1 · 46,01 · 29,328 · (−0,5). */
final class Terms {
    /** Enough for the book's products (9,202) and for weights typed with a few decimals. */
    static final int MAX_DECIMALS = 4;

    private Terms() {
    }

    /** At most {@link #MAX_DECIMALS} decimals, without trailing zeros; the network's float noise disappears. */
    static String compact(double v) {
        return FrenchNumbers.compact(v, MAX_DECIMALS);
    }

    /** As an operand after « × » or « + »: a negative number goes in parentheses. */
    static String operand(double v) {
        String s = compact(v);
        return s.startsWith(String.valueOf(FrenchFormat.MINUS)) ? "(" + s + ")" : s;
    }

    /** Rounds as {@link #compact} shows, so a value and what is written agree. */
    static double shown(double v) {
        return BigDecimal.valueOf(v).setScale(MAX_DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    static String subscript(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('₀' + (c - '0')));
        }
        return sb.toString();
    }

    static String superscript(int n) {
        String sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder("⁽");
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(sup.charAt(c - '0'));
        }
        return sb.append('⁾').toString();
    }

    /** Reads a number typed by a French reader: « 0,25 », « -3 », « −0.5 », « 1/3 »; null if it is not one. */
    static Double parse(String text) {
        OptionalDouble d = FrenchNumbers.parse(text);
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
