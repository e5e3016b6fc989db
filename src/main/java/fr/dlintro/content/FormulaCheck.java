package fr.dlintro.content;

import java.util.Optional;
import org.scilab.forge.jlatexmath.TeXFormula;

/** Whether JLaTeXMath can parse a formula; the reason in French when it cannot. */
public final class FormulaCheck {
    private FormulaCheck() {
    }

    /** Empty when {@code latex} parses; otherwise a French reason quoting the formula. */
    public static Optional<String> problem(String latex) {
        if (latex.isBlank()) {
            return Optional.of("formule vide");
        }
        try {
            new TeXFormula(latex);
            return Optional.empty();
        } catch (RuntimeException | Error e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            return Optional.of("formule invalide « " + shorten(latex) + " »" + (msg.isBlank() ? "" : " (" + translate(msg) + ")"));
        }
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }

    /** JLaTeXMath explains in English; the commonest cases said in French. */
    private static String translate(String msg) {
        String m = msg.strip();
        if (m.startsWith("Unknown symbol or command or predefined TeXFormula:")) {
            String name = m.substring(m.indexOf(':') + 1).strip().replace("'", "");
            return "commande inconnue \\" + name;
        }
        if (m.contains("missing") || m.contains("Missing")) {
            return "accolade ou délimiteur manquant";
        }
        if (m.contains("is not found") || m.contains("not defined")) {
            return "commande inconnue";
        }
        return "syntaxe LaTeX non reconnue";
    }
}
