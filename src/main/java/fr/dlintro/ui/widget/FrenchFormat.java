package fr.dlintro.ui.widget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as a French reader expects them: decimal comma, a narrow no-break space between
 * groups of three digits (« 38 370 »), and a true minus sign.
 */
public final class FrenchFormat {
    /** U+202F, the narrow no-break space used as thousands separator. */
    public static final char THIN_SPACE = '\u202F';
    public static final char MINUS = '\u2212';

    private FrenchFormat() {
    }

    public static String integer(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                sb.append(THIN_SPACE);
            }
            sb.append(digits.charAt(i));
        }
        return n < 0 ? MINUS + sb.toString() : sb.toString();
    }

    /** {@code decimals} digits after the comma, rounded half up; « −0,00 » is written « 0,00 ». */
    public static String decimal(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.isNaN(v) ? "NaN" : (v > 0 ? "+∞" : MINUS + "∞");
        }
        BigDecimal d = BigDecimal.valueOf(Math.abs(v)).setScale(decimals, RoundingMode.HALF_UP);
        String plain = d.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : "," + plain.substring(dot + 1);
        String s = integer(Long.parseLong(whole)) + frac;
        return v < 0 && d.signum() != 0 ? MINUS + s : s;
    }
}
