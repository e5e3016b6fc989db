package fr.dlintro.ui.shell;

import atlantafx.base.controls.CustomTextField;
import fr.dlintro.ui.theme.Theme;
import fr.dlintro.ui.theme.ThemeManager;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The toolbar: table of contents, previous / next, search, theme, zoom and presentation mode — icons with French tooltips. */
final class AppToolbar extends HBox {
    final ToggleButton tocToggle = toggle("toggle-toc", "mdi2f-format-list-bulleted", "Afficher ou masquer la table des matières");
    final Button previous = button("previous", "mdi2a-arrow-left", "Section précédente (Alt+←)");
    final Button next = button("next", "mdi2a-arrow-right", "Section suivante (Alt+→)");
    final CustomTextField search = new CustomTextField();
    final ComboBox<Theme> theme = new ComboBox<>();
    final Button zoomOut = button("zoom-out", "mdi2m-magnify-minus-outline", "Réduire le texte (Ctrl −)");
    final Label zoomLabel = new Label();
    final Button zoomIn = button("zoom-in", "mdi2m-magnify-plus-outline", "Agrandir le texte (Ctrl +)");
    final Button results = button("results", "mdi2c-chart-line", "Mes résultats : QCM, progression, export");
    final Button presentation = button("presentation", "mdi2p-presentation-play", "Mode présentation plein écran (F5, Échap pour sortir)");

    AppToolbar(ThemeManager themes) {
        getStyleClass().add("app-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        tocToggle.setSelected(true);
        search.setId("search-field");
        search.getStyleClass().add("search-field");
        search.setPromptText("Rechercher (Ctrl+F)");
        search.setLeft(new FontIcon("mdi2m-magnify"));
        search.setTooltip(new Tooltip("Rechercher dans toutes les leçons (Ctrl+F)"));
        search.setAccessibleText("Rechercher dans les leçons");
        theme.setId("theme-choice");
        theme.getItems().setAll(Theme.values());
        theme.setTooltip(new Tooltip("Thème : clair, sombre ou projection"));
        theme.setAccessibleText("Thème");
        theme.valueProperty().bindBidirectional(themes.themeProperty());
        zoomLabel.setId("zoom-label");
        zoomLabel.getStyleClass().add("zoom-label");
        zoomLabel.textProperty().bind(themes.zoomProperty().asString("%d %%"));
        zoomLabel.setTooltip(new Tooltip("Zoom du texte (Ctrl 0 pour revenir à 100 %)"));
        zoomOut.setOnAction(e -> themes.zoomOut());
        zoomIn.setOnAction(e -> themes.zoomIn());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(tocToggle, new Separator(javafx.geometry.Orientation.VERTICAL), previous, next,
                new Separator(javafx.geometry.Orientation.VERTICAL), search, spacer, theme, zoomOut, zoomLabel, zoomIn,
                new Separator(javafx.geometry.Orientation.VERTICAL), results, presentation);
    }

    private static Button button(String id, String icon, String tooltip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tooltip));
        b.setAccessibleText(tooltip);
        return b;
    }

    private static ToggleButton toggle(String id, String icon, String tooltip) {
        ToggleButton b = new ToggleButton(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tooltip));
        b.setAccessibleText(tooltip);
        return b;
    }
}
