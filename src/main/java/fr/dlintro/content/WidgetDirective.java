package fr.dlintro.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import fr.dlintro.content.widget.WidgetCatalog;
import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.content.widget.WidgetSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code ```widget NAME} block read and validated against its schema: the same check for
 * {@code lint} and for the renderer, so what lint accepts is what the page shows.
 *
 * @param params the validated parameters, or null when {@code problems} is not empty
 */
public record WidgetDirective(String name, WidgetParams params, List<Problem> problems) {
    public static final String INFO_PREFIX = "widget";

    /** The widget name of a fenced block, if its info string is {@code widget NAME}. */
    public static Optional<String> nameOf(FencedCodeBlock block) {
        String info = block.getInfo().toString().strip();
        if (!info.equals(INFO_PREFIX) && !info.startsWith(INFO_PREFIX + " ")) {
            return Optional.empty();
        }
        return Optional.of(info.substring(INFO_PREFIX.length()).strip());
    }

    public static WidgetDirective read(LessonDocument doc, FencedCodeBlock block, String name) {
        int line = doc.fileLine(block);
        String file = doc.lesson().file();
        if (name.isEmpty()) {
            return failed(name, new Problem(file, line, "nom de widget manquant après « widget »"));
        }
        Optional<WidgetSpec> spec = WidgetCatalog.find(name);
        if (spec.isEmpty()) {
            return failed(name, new Problem(file, line, "widget inconnu « " + name + " » (widgets connus : "
                    + String.join(", ", WidgetCatalog.all().keySet()) + ")"));
        }
        String yaml = block.getContentChars().toString();
        Map<String, Object> raw;
        try {
            Object o = yaml.isBlank() ? Map.of() : FrontMatter.YAML.readValue(yaml, Object.class);
            if (o == null) {
                o = Map.of();
            }
            if (!(o instanceof Map<?, ?>)) {
                return failed(name, new Problem(file, line + 1, "les paramètres du widget " + name
                        + " doivent être des lignes « nom: valeur »"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) o;
            raw = m;
        } catch (JsonProcessingException e) {
            int yamlLine = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            return failed(name, new Problem(file, line + yamlLine, "paramètres YAML illisibles pour le widget " + name
                    + " : " + Yaml.reason(e)));
        }
        WidgetSpec.Validation v = spec.get().validate(raw);
        if (!v.ok()) {
            return new WidgetDirective(name, null,
                    v.problems().stream().map(p -> new Problem(file, line, p)).toList());
        }
        return new WidgetDirective(name, v.params(), List.of());
    }

    private static WidgetDirective failed(String name, Problem p) {
        return new WidgetDirective(name, null, List.of(p));
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
