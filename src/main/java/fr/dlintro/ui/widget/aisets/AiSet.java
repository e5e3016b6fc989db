package fr.dlintro.ui.widget.aisets;

/** The four sets of Fig. 1, with the one-line definitions of section 2.1. */
public enum AiSet {
    IA("ia", "Intelligence artificielle (IA)",
            "Le domaine le plus vaste : toutes les techniques qui permettent à une machine de simuler "
                    + "un comportement « intelligent »."),
    ML("ml", "Machine Learning (ML)",
            "Une partie de l'IA : des algorithmes qui s'améliorent à partir de données au lieu d'être "
                    + "programmés règle par règle."),
    DL("dl", "Deep Learning (DL)",
            "Une partie du ML : des réseaux de neurones à plusieurs couches, qui trouvent eux-mêmes "
                    + "les caractéristiques utiles dans les données."),
    RL("rl", "Apprentissage par renforcement (RL)",
            "Un agent apprend par essais et erreurs à maximiser les récompenses de son environnement ; "
                    + "c'est une branche du ML, et avec le DL il devient l'apprentissage par renforcement profond.");

    private final String key;
    private final String title;
    private final String definition;

    AiSet(String key, String title, String definition) {
        this.key = key;
        this.title = title;
        this.definition = definition;
    }

    /** The value of the widget's {@code highlight} parameter that selects this set. */
    public String key() { return key; }

    public String title() { return title; }

    public String definition() { return definition; }

    /** The set named by a {@code highlight} value, or null for « aucun ». */
    public static AiSet fromKey(String key) {
        for (AiSet s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }
}
