package fr.dlintro.ui.widget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers that span many orders of magnitude (gradients, their products), written with a
 * fixed count of significant digits: 0,7503 · −0,1173 · 0,03516, and from 10⁻⁴ down or
 * 10⁷ up as « 3,52 × 10⁻⁵ » (narrow no-break spaces around ×), so a tiny gradient keeps its digits instead of becoming 0.
 * Also the same numbers for JLaTeXMath.
 */
public final class SignificantNumbers {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    static final String TIMES = FrenchFormat.THIN_SPACE + "×" + FrenchFormat.THIN_SPACE;

    private SignificantNumbers() {
    }

    /** {@code digits} significant digits, trailing zeros dropped; a power of ten outside [10⁻⁴, 10⁷). */
    public static String format(double v, int digits) {
        if (!Double.isFinite(v)) {
            return FrenchFormat.decimal(v, 0);
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e7) {
            BigDecimal r = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_UP));
            int decimals = Math.max(0, r.scale());
            return FrenchNumbers.compact(r.doubleValue(), decimals);
        }
        String[] parts = mantissaAndExponent(v, digits);
        // narrow no-break spaces: « 1,1 × 10⁻⁶ » never breaks across lines
        return parts[0] + TIMES + "10" + superscript(Integer.parseInt(parts[1]));
    }

    /** The same number written for JLaTeXMath: {,} keeps the comma tight, 10^{-5} for powers. */
    public static String tex(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "\\mathrm{NaN}" : (v > 0 ? "+\\infty" : "-\\infty");
        }
        double a = Math.abs(v);
        if (v == 0 || (a >= 1e-4 && a < 1e7)) {
            return plainTex(format(v, digits));
        }
        String[] parts = mantissaAndExponent(v, digits);
        return plainTex(parts[0]) + " \\times 10^{" + parts[1] + "}";
    }

    /** As an operand after « · » or « − »: a negative number goes in parentheses. */
    public static String texOperand(double v, int digits) {
        String s = tex(v, digits);
        return s.startsWith("-") ? "(" + s + ")" : s;
    }

    /** As {@link #format}, a negative number in parentheses. */
    public static String operand(double v, int digits) {
        String s = format(v, digits);
        return s.charAt(0) == FrenchFormat.MINUS ? "(" + s + ")" : s;
    }

    private static String plainTex(String french) {
        return french.replace(String.valueOf(FrenchFormat.MINUS), "-")
                .replace(String.valueOf(FrenchFormat.THIN_SPACE), "\\,").replace(",", "{,}");
    }

    /** {French mantissa, exponent} with the mantissa in [1, 10). */
    private static String[] mantissaAndExponent(double v, int digits) {
        BigDecimal r = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_UP));
        int exponent = r.precision() - r.scale() - 1;
        double mantissa = r.movePointLeft(exponent).doubleValue();
        return new String[] {FrenchNumbers.compact(mantissa, digits - 1), Integer.toString(exponent)};
    }

    private static String superscript(int n) {
        StringBuilder sb = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }
}
