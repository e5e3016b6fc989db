package fr.dlintro.content;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns Jackson's English YAML errors into a short French reason. */
final class Yaml {
    private Yaml() {
    }

    static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String lower = m.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("mapping values are not allowed")) {
            return "deux-points inattendu (mettez la valeur entre guillemets)";
        }
        if (lower.contains("could not find expected ':'")) {
            return "deux-points attendu après le nom du champ";
        }
        if (lower.contains("duplicate")) {
            return "champ en double";
        }
        if (lower.contains("found character '\\t'") || lower.contains("tab")) {
            return "tabulation interdite (utilisez des espaces)";
        }
        if (lower.contains("flow sequence") || lower.contains("expected ',' or ']'")) {
            return "liste mal fermée (« ] » ou virgule manquante)";
        }
        return "syntaxe YAML invalide";
    }
}
