package fr.dlintro.ui.widget.gdworked;

import fr.dlintro.ui.widget.BookCheck;
import fr.dlintro.ui.widget.FrenchNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A line the book prints for one iteration (values as the book writes them), and how it
 * compares with the exact computation: equal once rounded as the book rounds, truncated
 * rather than rounded (4.3.4.1 prints 0.1796 for 0.1796875), or absent from the book's own
 * loop (its range(6) cannot print iterations 10 and 100).
 */
public record BookLine(int iteration, String cost, String w, String b, boolean notFromCode) {

    public enum Verdict { AGREES, TRUNCATED, DIFFERS }

    /** The printed numbers in French: « 13,5 ; 2,0 » or « 6,09 ; 0,65 ; 0,26 ». */
    public String printed() {
        String s = french(cost) + " ; " + french(w);
        return b == null ? s : s + " ; " + french(b);
    }

    private static String french(String bookNumber) {
        return bookNumber.replace('.', ',');
    }

    public Verdict verdict(WorkedRow row) {
        Verdict v = compare(cost, row.cost());
        v = worse(v, compare(w, row.wAfter()));
        if (b != null) {
            v = worse(v, compare(b, row.bAfter()));
        }
        return v;
    }

    private static Verdict worse(Verdict a, Verdict b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** Python's round() for 4.3.4.2 (half to even on the exact double), half up elsewhere, as BookCheck does. */
    static Verdict compare(String printed, double exact) {
        if (BookCheck.of(printed, exact).agrees()) {
            return Verdict.AGREES;
        }
        int dot = printed.indexOf('.');
        int decimals = dot < 0 ? 0 : printed.length() - dot - 1;
        double book = Double.parseDouble(printed);
        if (new BigDecimal(exact).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue() == book) {
            return Verdict.AGREES;
        }
        if (new BigDecimal(exact).setScale(decimals, RoundingMode.DOWN).doubleValue() == book) {
            return Verdict.TRUNCATED;
        }
        return Verdict.DIFFERS;
    }

    /** « 13,5 ; 2,0 ✓ », « 0,1796 ; 1,3125 ≈ » (truncated), « … ✗ »; a * marks a line the code cannot print. */
    public String cell(WorkedRow row) {
        String mark = switch (verdict(row)) {
            case AGREES -> " ✓";
            case TRUNCATED -> " ≈";
            case DIFFERS -> " ✗";
        };
        return printed() + mark + (notFromCode ? " *" : "");
    }

    /** What the reader should know about this line, or null when it simply agrees. */
    public String note(WorkedRow row) {
        StringBuilder sb = new StringBuilder();
        if (verdict(row) == Verdict.TRUNCATED) {
            sb.append("Le livre tronque au lieu d'arrondir : il imprime ").append(french(cost)).append(" pour J = ")
                    .append(FrenchNumbers.compact(row.cost(), 8)).append(".");
        } else if (verdict(row) == Verdict.DIFFERS) {
            sb.append("Valeurs du livre différentes du calcul exact.");
        }
        if (notFromCode) {
            sb.append(sb.length() > 0 ? " " : "").append("* Le code du livre (range(6)) n'imprime que 6 itérations : "
                    + "cette ligne n'en vient pas, mais ses valeurs sont justes.");
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
