package fr.dlintro.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Quiz attempts as a CSV file that a spreadsheet opens correctly in French locales: UTF-8
 * with a byte-order mark (or Excel guesses Windows-1252), semicolons between fields (the
 * comma is the decimal separator), decimal comma in numbers.
 */
public final class AttemptsCsv {
    static final String HEADER = "Date;QCM;Type;Score;Total;Pourcentage;Durée (s);Questions manquées;Réponses";

    private AttemptsCsv() {
    }

    public static void write(List<QuizAttempt> attempts, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write(HEADER);
        w.write("\r\n");
        DecimalFormat percent = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        for (QuizAttempt a : attempts) {
            String missed = a.answers.stream().filter(r -> !r.right).map(r -> String.valueOf(r.number))
                    .collect(Collectors.joining(" "));
            String answers = a.answers.stream()
                    .map(r -> r.number + ":" + String.join("", r.selected) + (r.right ? " juste" : " faux"))
                    .collect(Collectors.joining(" | "));
            w.write(String.join(";",
                    field(a.date == null ? "" : a.date.replace('T', ' ').replaceAll("\\.\\d+", "").replaceAll("[+-]\\d\\d:\\d\\d$|Z$", "")),
                    field(a.quiz),
                    field(a.retry ? "questions manquées" : "complet"),
                    String.valueOf(a.score),
                    String.valueOf(a.total),
                    percent.format(a.total == 0 ? 0 : 100.0 * a.score / a.total),
                    String.valueOf(a.seconds),
                    field(missed),
                    field(answers)));
            w.write("\r\n");
        }
        w.flush();
    }

    /** Quotes a field when it holds a separator, a quote or a line break. */
    static String field(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
