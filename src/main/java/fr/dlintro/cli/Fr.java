package fr.dlintro.cli;

import java.util.Locale;

/** Numbers for French readers: decimal comma, narrow no-break space between thousands. */
final class Fr {
    private Fr() {
    }

    static String num(double v, int decimals) {
        return String.format(Locale.FRANCE, "%,." + decimals + "f", v);
    }

    static String integer(long v) {
        return String.format(Locale.FRANCE, "%,d", v);
    }

    /** A value with enough significant digits for a loss (0,000123 or 0,1234). */
    static String loss(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (v != 0 && Math.abs(v) < 1e-3) {
            return String.format(Locale.FRANCE, "%.3e", v);
        }
        return num(v, 4);
    }

    static String percent(double fraction) {
        return num(100 * fraction, 2) + " %";
    }

    /** A decimal the way a French user types it back (0,01), without trailing zeros. */
    static String plain(double v) {
        String s = Double.toString(v);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.replace('.', ',');
    }
}
