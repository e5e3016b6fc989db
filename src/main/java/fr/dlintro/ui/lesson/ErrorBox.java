package fr.dlintro.ui.lesson;

import fr.dlintro.content.Problem;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The inline French box that replaces a broken formula, widget or file: names the file, line and reason. */
public final class ErrorBox extends VBox {
    public static final String STYLE_CLASS = "content-error";

    public ErrorBox(Problem problem) {
        getStyleClass().add(STYLE_CLASS);
        Label title = new Label("Erreur dans le contenu", new FontIcon("mdi2a-alert-circle-outline"));
        title.getStyleClass().add("content-error-title");
        Label where = new Label(problem.file() + (problem.line() > 0 ? ", ligne " + problem.line() : ""));
        where.getStyleClass().add("content-error-where");
        Label reason = new Label(capitalize(problem.reason()) + ".");
        reason.setWrapText(true);
        getChildren().addAll(title, where, reason);
        setAccessibleText("Erreur dans le contenu : " + problem);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
