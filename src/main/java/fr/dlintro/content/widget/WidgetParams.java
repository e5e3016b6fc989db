package fr.dlintro.content.widget;

import java.util.List;
import java.util.Map;

/** Validated parameters of one widget directive; absent values fall back to the spec's defaults. */
public final class WidgetParams {
    private final WidgetSpec spec;
    private final Map<String, Object> values;

    WidgetParams(WidgetSpec spec, Map<String, Object> values) {
        this.spec = spec;
        this.values = Map.copyOf(values);
    }

    /** Parameters of a spec with nothing given: every value is its default. */
    public static WidgetParams defaults(WidgetSpec spec) {
        return new WidgetParams(spec, Map.of());
    }

    public WidgetSpec spec() { return spec; }

    public boolean has(String name) { return values.containsKey(name); }

    private Object get(String name) {
        ParamSpec p = spec.params().get(name);
        if (p == null) {
            throw new IllegalArgumentException("widget " + spec.name() + " declares no parameter " + name);
        }
        Object v = values.get(name);
        return v != null ? v : p.defaultValue();
    }

    public double getDouble(String name) { return ((Number) get(name)).doubleValue(); }
    public int getInt(String name) { return ((Number) get(name)).intValue(); }
    public boolean getBoolean(String name) { Object v = get(name); return v != null && (Boolean) v; }
    public String getString(String name) { Object v = get(name); return v == null ? null : String.valueOf(v); }

    @SuppressWarnings("unchecked")
    public List<Double> getDoubleList(String name) {
        List<?> l = (List<?>) get(name);
        return l == null ? null : l.stream().map(o -> ((Number) o).doubleValue()).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Integer> getIntList(String name) {
        List<?> l = (List<?>) get(name);
        return l == null ? null : l.stream().map(o -> ((Number) o).intValue()).toList();
    }

    @SuppressWarnings("unchecked")
    public List<String> getStringList(String name) {
        List<?> l = (List<?>) get(name);
        return l == null ? null : l.stream().map(String::valueOf).toList();
    }
}
