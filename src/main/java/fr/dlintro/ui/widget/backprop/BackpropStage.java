package fr.dlintro.ui.widget.backprop;

/**
 * The stages of one learning iteration of 4.4.3, in the book's four steps: feedforward
 * (three layers), the error, the gradients from the output back to the input, the update.
 */
public enum BackpropStage {
    START("Départ"),
    LAYER1("Propagation avant : couche cachée 1"),
    LAYER2("Propagation avant : couche cachée 2"),
    OUTPUT("Propagation avant : couche de sortie"),
    COST("Calcul de l'erreur"),
    D_YHAT("Rétropropagation : dérivée du coût"),
    GRAD_W3("Gradient de w³"),
    GRAD_B3("Gradient de b³"),
    GRAD_W2("Gradient de w²"),
    GRAD_B2("Gradient de b²"),
    GRAD_W1("Gradient de w¹"),
    GRAD_B1("Gradient de b¹"),
    UPDATE("Mise à jour des poids");

    private final String title;

    BackpropStage(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Whether this stage comes at or after {@code other}: its numbers are shown. */
    public boolean reached(BackpropStage other) {
        return ordinal() >= other.ordinal();
    }

    /** The gradient stage of a parameter (w¹, b¹, w², b², w³, b³ order). */
    public static BackpropStage gradientOf(int parameter) {
        return switch (parameter) {
            case 0 -> GRAD_W1;
            case 1 -> GRAD_B1;
            case 2 -> GRAD_W2;
            case 3 -> GRAD_B2;
            case 4 -> GRAD_W3;
            case 5 -> GRAD_B3;
            default -> throw new IllegalArgumentException("parameter " + parameter);
        };
    }
}
