package fr.dlintro.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code --name value} options and {@code --flag} switches against the set a command
 * accepts; every mistake becomes a {@link CliException} with a French sentence.
 */
public final class Options {
    private final String command;
    private final Map<String, String> values = new LinkedHashMap<>();

    private Options(String command) {
        this.command = command;
    }

    /**
     * @param valued options that take a value (without the leading dashes)
     * @param flags  switches without value
     */
    public static Options parse(String command, List<String> args, Set<String> valued, Set<String> flags) {
        Options o = new Options(command);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new CliException("Argument inattendu « " + a + " » pour la commande " + command + ".");
            }
            String name = a.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                if (inline != null) {
                    throw new CliException("L'option --" + name + " ne prend pas de valeur.");
                }
                o.values.put(name, "true");
            } else if (valued.contains(name)) {
                String v = inline;
                if (v == null) {
                    if (i + 1 >= args.size()) {
                        throw new CliException("L'option --" + name + " attend une valeur.");
                    }
                    v = args.get(++i);
                }
                o.values.put(name, v);
            } else {
                throw new CliException("Option inconnue « --" + name + " » pour la commande " + command + ".");
            }
        }
        return o;
    }

    public String command() {
        return command;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }

    public String string(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    /** A value among {@code choices} (case-insensitive), or the default. */
    public String choice(String name, String defaultValue, List<String> choices) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!choices.contains(lower)) {
            throw new CliException("Valeur inconnue « " + v + " » pour --" + name + " (valeurs possibles : "
                    + String.join(", ", choices) + ").");
        }
        return lower;
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new CliException("La valeur « " + v + " » de --" + name + " n'est pas un nombre entier.");
        }
        if (n < min || n > max) {
            throw new CliException("La valeur " + n + " de --" + name + " doit être comprise entre " + min
                    + " et " + max + ".");
        }
        return n;
    }

    /** A decimal number; accepts a decimal comma as French users type it. */
    public double number(String name, double defaultValue, double min, double max) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        double d;
        try {
            d = Double.parseDouble(v.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new CliException("La valeur « " + v + " » de --" + name + " n'est pas un nombre.");
        }
        if (!(d >= min && d <= max)) {
            throw new CliException("La valeur " + v + " de --" + name + " doit être comprise entre "
                    + fr(min) + " et " + fr(max) + ".");
        }
        return d;
    }

    public Path path(String name) {
        String v = values.get(name);
        return v == null ? null : Path.of(v);
    }

    private static String fr(double d) {
        return (d == Math.rint(d) && Math.abs(d) < 1e15) ? Long.toString((long) d) : Double.toString(d).replace('.', ',');
    }
}
