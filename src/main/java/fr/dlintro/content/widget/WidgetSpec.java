package fr.dlintro.content.widget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The declared parameter schema of one widget directive ({@code ```widget NAME}). Lives in
 * {@code content} so that {@code lint} checks lessons without the JavaFX toolkit.
 */
public final class WidgetSpec {
    private final String name;
    private final String description;
    private final Map<String, ParamSpec> params = new LinkedHashMap<>();

    public WidgetSpec(String name, String frenchDescription, ParamSpec... params) {
        this.name = name;
        this.description = frenchDescription;
        for (ParamSpec p : params) {
            this.params.put(p.name(), p);
        }
    }

    public String name() { return name; }
    public String description() { return description; }
    public Map<String, ParamSpec> params() { return params; }

    /** Validates raw YAML parameters; the result holds either the parameters or the problems. */
    public Validation validate(Map<String, Object> raw) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        Map<String, Object> given = raw == null ? Map.of() : raw;
        for (Map.Entry<String, Object> e : given.entrySet()) {
            ParamSpec p = params.get(e.getKey());
            if (p == null) {
                problems.add("paramètre inconnu « " + e.getKey() + " » pour le widget " + name
                        + (params.isEmpty() ? " (il n'en prend aucun)" : " (attendus : "
                        + params.keySet().stream().collect(Collectors.joining(", ")) + ")"));
                continue;
            }
            Object v = p.check(e.getValue(), problems);
            if (v != null) {
                values.put(p.name(), v);
            }
        }
        for (ParamSpec p : params.values()) {
            if (p.isRequired() && !given.containsKey(p.name())) {
                problems.add("paramètre obligatoire « " + p.name() + " » manquant pour le widget " + name);
            }
        }
        return new Validation(problems.isEmpty() ? new WidgetParams(this, values) : null, List.copyOf(problems));
    }

    /** Either {@code params} (valid) or a non-empty list of French problems. */
    public record Validation(WidgetParams params, List<String> problems) {
        public boolean ok() { return problems.isEmpty(); }
    }
}
