package fr.dlintro.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Map;

/** Splits a lesson file into its YAML front matter and Markdown body, then checks id, title and chapter. */
public final class FrontMatter {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private FrontMatter() {
    }

    public static Lesson parse(String file, String text) throws ContentException {
        String src = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = src.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new ContentException(new Problem(file, 1, "l'en-tête YAML manque (la première ligne doit être « --- »)"));
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new ContentException(new Problem(file, 1, "l'en-tête YAML n'est pas refermé par une ligne « --- »"));
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < end; i++) {
            yaml.append(lines[i]).append('\n');
        }
        Map<?, ?> fm;
        try {
            Object o = YAML.readValue(yaml.toString(), Object.class);
            if (!(o instanceof Map<?, ?> m)) {
                throw new ContentException(new Problem(file, 2, "l'en-tête YAML doit contenir des champs id, title et chapter"));
            }
            fm = m;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 2 : 1 + e.getLocation().getLineNr();
            throw new ContentException(new Problem(file, line, "en-tête YAML illisible : " + Yaml.reason(e)));
        }
        Object id = fm.get("id");
        Object title = fm.get("title");
        Object chapter = fm.get("chapter");
        if (id == null || String.valueOf(id).isBlank()) {
            throw new ContentException(new Problem(file, 1, "champ « id » manquant dans l'en-tête"));
        }
        if (!(title instanceof String t) || t.isBlank()) {
            throw new ContentException(new Problem(file, 1, "champ « title » manquant ou vide dans l'en-tête"));
        }
        if (!(chapter instanceof Integer c) || c < 1 || c > 9) {
            throw new ContentException(new Problem(file, 1, "champ « chapter » manquant ou invalide (un entier attendu, reçu : "
                    + (chapter == null ? "rien" : chapter) + ")"));
        }
        StringBuilder body = new StringBuilder();
        for (int i = end + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        return new Lesson(String.valueOf(id).strip(), t.strip(), c, file, body.toString(), end + 2);
    }
}
