package fr.dlintro.content.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One parameter of a widget directive: its name, type, default and constraints. Built
 * fluently, e.g. {@code ParamSpec.number("lr").range(0, 10).defaultsTo(0.1)}.
 */
public final class ParamSpec {
    public enum Type { NUMBER, INTEGER, BOOLEAN, STRING, CHOICE, NUMBER_LIST, INTEGER_LIST, STRING_LIST }

    private final String name;
    private final Type type;
    private boolean required;
    private Object defaultValue;
    private double min = Double.NEGATIVE_INFINITY;
    private double max = Double.POSITIVE_INFINITY;
    private int minSize = 0;
    private int maxSize = Integer.MAX_VALUE;
    private List<String> choices = List.of();
    private String help = "";

    private ParamSpec(String name, Type type) {
        this.name = name;
        this.type = type;
    }

    public static ParamSpec number(String name) { return new ParamSpec(name, Type.NUMBER); }
    public static ParamSpec integer(String name) { return new ParamSpec(name, Type.INTEGER); }
    public static ParamSpec bool(String name) { return new ParamSpec(name, Type.BOOLEAN); }
    public static ParamSpec string(String name) { return new ParamSpec(name, Type.STRING); }
    public static ParamSpec numberList(String name) { return new ParamSpec(name, Type.NUMBER_LIST); }
    public static ParamSpec integerList(String name) { return new ParamSpec(name, Type.INTEGER_LIST); }
    public static ParamSpec stringList(String name) { return new ParamSpec(name, Type.STRING_LIST); }

    public static ParamSpec choice(String name, String... choices) {
        ParamSpec p = new ParamSpec(name, Type.CHOICE);
        p.choices = List.of(choices);
        return p;
    }

    public ParamSpec required() { this.required = true; return this; }
    public ParamSpec defaultsTo(Object value) { this.defaultValue = value; return this; }
    /** Bounds of a number, an integer, or each element of a numeric list. */
    public ParamSpec range(double min, double max) { this.min = min; this.max = max; return this; }
    /** Allowed length of a list. */
    public ParamSpec size(int minSize, int maxSize) { this.minSize = minSize; this.maxSize = maxSize; return this; }
    public ParamSpec help(String frenchHelp) { this.help = frenchHelp; return this; }

    public String name() { return name; }
    public Type type() { return type; }
    public boolean isRequired() { return required; }
    public Object defaultValue() { return defaultValue; }
    public List<String> choices() { return choices; }
    public String help() { return help; }

    /**
     * Checks one value from the YAML and returns it normalised (Double, Integer, Boolean,
     * String or an immutable List of those); problems go to {@code problems} in French.
     */
    Object check(Object raw, List<String> problems) {
        String where = "le paramètre « " + name + " »";
        switch (type) {
            case NUMBER: {
                Double d = toDouble(raw);
                if (d == null) { problems.add(where + " doit être un nombre (reçu : " + show(raw) + ")"); return null; }
                return inRange(d, where, problems) ? d : null;
            }
            case INTEGER: {
                Integer n = toInteger(raw);
                if (n == null) { problems.add(where + " doit être un nombre entier (reçu : " + show(raw) + ")"); return null; }
                return inRange(n, where, problems) ? n : null;
            }
            case BOOLEAN:
                if (raw instanceof Boolean) return raw;
                problems.add(where + " doit valoir true ou false (reçu : " + show(raw) + ")");
                return null;
            case STRING:
                if (raw instanceof String || raw instanceof Number) return String.valueOf(raw);
                problems.add(where + " doit être un texte (reçu : " + show(raw) + ")");
                return null;
            case CHOICE: {
                String s = raw == null ? null : String.valueOf(raw).toLowerCase(Locale.ROOT);
                if (s != null && choices.contains(s)) return s;
                problems.add(where + " doit valoir " + String.join(", ", choices) + " (reçu : " + show(raw) + ")");
                return null;
            }
            default:
                return checkList(raw, where, problems);
        }
    }

    private Object checkList(Object raw, String where, List<String> problems) {
        if (!(raw instanceof List<?> list)) {
            problems.add(where + " doit être une liste, par exemple [1, 2, 3] (reçu : " + show(raw) + ")");
            return null;
        }
        if (list.size() < minSize || list.size() > maxSize) {
            problems.add(where + " doit contenir " + (maxSize == Integer.MAX_VALUE ? "au moins " + minSize
                    : minSize == maxSize ? String.valueOf(minSize) : "de " + minSize + " à " + maxSize)
                    + " éléments (reçu : " + list.size() + ")");
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (Object e : list) {
            Object v;
            if (type == Type.NUMBER_LIST) {
                Double d = toDouble(e);
                if (d == null) { problems.add(where + " ne doit contenir que des nombres (reçu : " + show(e) + ")"); return null; }
                if (!inRange(d, where, problems)) return null;
                v = d;
            } else if (type == Type.INTEGER_LIST) {
                Integer n = toInteger(e);
                if (n == null) { problems.add(where + " ne doit contenir que des nombres entiers (reçu : " + show(e) + ")"); return null; }
                if (!inRange(n, where, problems)) return null;
                v = n;
            } else {
                if (e == null || e instanceof List || e instanceof java.util.Map) {
                    problems.add(where + " ne doit contenir que des textes (reçu : " + show(e) + ")");
                    return null;
                }
                v = String.valueOf(e);
            }
            out.add(v);
        }
        return List.copyOf(out);
    }

    private boolean inRange(double d, String where, List<String> problems) {
        if (Double.isNaN(d) || d < min || d > max) {
            problems.add(where + " doit être compris entre " + fmt(min) + " et " + fmt(max) + " (reçu : " + fmt(d) + ")");
            return false;
        }
        return true;
    }

    private static Double toDouble(Object raw) {
        if (raw instanceof Number n) return n.doubleValue();
        return null;
    }

    private static Integer toInteger(Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            long l = ((Number) raw).longValue();
            return (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) ? (int) l : null;
        }
        return null;
    }

    static String show(Object raw) {
        return raw == null ? "rien" : raw instanceof String ? "« " + raw + " »" : String.valueOf(raw);
    }

    static String fmt(double d) {
        if (d == Double.POSITIVE_INFINITY) return "+∞";
        if (d == Double.NEGATIVE_INFINITY) return "−∞";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return Double.toString(d).replace('.', ',');
    }
}
