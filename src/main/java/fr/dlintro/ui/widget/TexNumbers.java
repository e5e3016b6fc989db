package fr.dlintro.ui.widget;

/** Numbers written for JLaTeXMath in French notation: « 0{,}65 », « -8{,}95 », thin space between digit groups. */
public final class TexNumbers {
    private TexNumbers() {
    }

    /** At most {@code maxDecimals} decimals, trailing zeros dropped, as {@link FrenchNumbers#compact}. */
    public static String of(double v, int maxDecimals) {
        return tex(FrenchNumbers.compact(v, maxDecimals));
    }

    /** A number already formatted in French, made safe for LaTeX. */
    public static String tex(String french) {
        return french.replace(",", "{,}").replace(String.valueOf(FrenchFormat.MINUS), "-")
                .replace(String.valueOf(FrenchFormat.THIN_SPACE), "\\,");
    }

    /** A negative number in parentheses, so « − 0,1 × (−20) » reads right. */
    public static String factor(double v, int maxDecimals) {
        String s = of(v, maxDecimals);
        return s.startsWith("-") ? "(" + s + ")" : s;
    }
}
