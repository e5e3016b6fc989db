package fr.dlintro.ui.shell;

import fr.dlintro.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The GUI's options, so that a teacher's prepared lesson or a screenshot opens on the
 * right view: {@code --section 3.2 --theme sombre --presentation --zoom 150 --size 1600x1000
 * --quiz 3.7 --project calculator --tab entrainer}. A bad option is reported in French and
 * ignored: the app still opens.
 */
public record AppOptions(String section, Theme theme, boolean presentation, Integer zoom, Integer width, Integer height,
                         String quiz, String project, String tab, List<String> warnings) {

    public static AppOptions parse(List<String> args) {
        String section = null;
        Theme theme = null;
        boolean presentation = false;
        Integer zoom = null;
        Integer width = null;
        Integer height = null;
        String quiz = null;
        String project = null;
        String tab = null;
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (a) {
                case "--presentation" -> presentation = true;
                case "--section", "--theme", "--zoom", "--size", "--quiz", "--project", "--tab" -> {
                    if (value == null) {
                        warnings.add("L'option " + a + " attend une valeur.");
                        continue;
                    }
                    i++;
                    switch (a) {
                        case "--section" -> section = value;
                        case "--quiz" -> quiz = value;
                        case "--project" -> project = value.toLowerCase(Locale.ROOT);
                        case "--tab" -> tab = value.toLowerCase(Locale.ROOT);
                        case "--theme" -> {
                            theme = Theme.fromKey(value).orElse(null);
                            if (theme == null) {
                                warnings.add("Thème inconnu « " + value + " » (clair, sombre ou projection).");
                            }
                        }
                        case "--zoom" -> {
                            try {
                                zoom = Integer.parseInt(value.replace("%", "").strip());
                                if (zoom < 50 || zoom > 250) {
                                    warnings.add("Le zoom doit être compris entre 50 et 250 (reçu : " + value + ").");
                                    zoom = null;
                                }
                            } catch (NumberFormatException e) {
                                warnings.add("Le zoom « " + value + " » n'est pas un nombre entier.");
                            }
                        }
                        default -> {
                            String[] wh = value.toLowerCase(Locale.ROOT).split("x");
                            try {
                                if (wh.length != 2) {
                                    throw new NumberFormatException();
                                }
                                width = Integer.parseInt(wh[0].strip());
                                height = Integer.parseInt(wh[1].strip());
                                if (width < 400 || height < 300) {
                                    warnings.add("La taille « " + value + " » est trop petite (au moins 400x300).");
                                    width = null;
                                    height = null;
                                }
                            } catch (NumberFormatException e) {
                                warnings.add("La taille « " + value + " » doit s'écrire LARGEURxHAUTEUR, par exemple 1600x1000.");
                                width = null;
                                height = null;
                            }
                        }
                    }
                }
                default -> warnings.add("Option inconnue « " + a + " » ignorée.");
            }
        }
        return new AppOptions(section, theme, presentation, zoom, width, height, quiz, project, tab, List.copyOf(warnings));
    }
}
