package fr.dlintro.ui.widget;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as a reader types and reads them in the widgets: {@link #compact} drops the
 * trailing zeros that {@link FrenchFormat#decimal} keeps (« 0,6 » rather than « 0,600 »),
 * {@link #scientific} keeps huge exponentials short, and {@link #parse} accepts what a French
 * reader types (« −0,5 », « -0.5 », « 1/3 »).
 */
public final class FrenchNumbers {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern FRACTION = Pattern.compile("([-+]?\\d+(?:\\.\\d+)?)/(\\d+(?:\\.\\d+)?)");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private FrenchNumbers() {
    }

    /** At most {@code maxDecimals} digits after the comma, trailing zeros dropped: 3.75 → « 3,75 », 2.0 → « 2 ». */
    public static String compact(double v, int maxDecimals) {
        String s = FrenchFormat.decimal(v, maxDecimals);
        if (s.indexOf(',') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == ',') {
            end--;
        }
        String out = s.substring(0, end);
        return out.equals(FrenchFormat.MINUS + "0") ? "0" : out;
    }

    /**
     * Like {@link #compact} below ten million; beyond, three significant digits and a power of
     * ten (« 7,23 × 10⁸⁶ »), so that e^200 does not fill a line.
     */
    public static String scientific(double v, int maxDecimals) {
        if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) < 1e7) {
            return compact(v, maxDecimals);
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
        double mantissa = v / Math.pow(10, exponent);
        if (Math.abs(mantissa) >= 9.995) { // rounds up to 10,00
            mantissa /= 10;
            exponent++;
        }
        return FrenchFormat.decimal(mantissa, 2) + " × 10" + superscript(exponent);
    }

    private static String superscript(int n) {
        StringBuilder sb = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** The number a reader typed, or empty when the text is not one. Accepts « , » or « . », « − » or « - », and a/b. */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String s = text.strip()
                .replace(FrenchFormat.MINUS, '-')
                .replace(String.valueOf(FrenchFormat.THIN_SPACE), "")
                .replace("\u00A0", "")
                .replace(" ", "")
                .replace(',', '.')
                .toLowerCase(Locale.ROOT);
        Matcher f = FRACTION.matcher(s);
        if (f.matches()) {
            double den = Double.parseDouble(f.group(2));
            return den == 0 ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(f.group(1)) / den);
        }
        if (!NUMBER.matcher(s).matches()) {
            return OptionalDouble.empty();
        }
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    }
}
