package fr.dlintro.ui.shell;

import fr.dlintro.content.SearchIndex;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** Search results in place of the table of contents: section, title and a snippet; Entrée or a click opens one. */
final class SearchPane extends VBox {
    private final Label header = new Label();
    private final ListView<SearchIndex.Result> list = new ListView<>();

    SearchPane(Consumer<SearchIndex.Result> onOpen) {
        setId("search-pane");
        header.getStyleClass().add("search-header");
        header.setWrapText(true);
        list.setId("search-results");
        list.getStyleClass().add("search-results");
        list.setAccessibleText("Résultats de la recherche");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SearchIndex.Result r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    setText(null);
                    setAccessibleText(null);
                    return;
                }
                Label title = new Label(r.lessonId() + " " + r.title());
                title.getStyleClass().add("search-result-title");
                title.setWrapText(true);
                Label snippet = new Label(r.snippet());
                snippet.getStyleClass().add("search-result-snippet");
                snippet.setWrapText(true);
                VBox box = new VBox(title, snippet);
                box.setSpacing(2);
                box.setMaxWidth(getListView().getWidth() - 30);
                box.setPrefWidth(getListView().getWidth() - 30);
                setGraphic(box);
                setAccessibleText(title.getText() + " : " + r.snippet());
            }
        });
        list.setOnMouseClicked(e -> open(onOpen));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(onOpen);
            }
        });
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(header, list);
    }

    private void open(Consumer<SearchIndex.Result> onOpen) {
        SearchIndex.Result r = list.getSelectionModel().getSelectedItem();
        if (r != null) {
            onOpen.accept(r);
        }
    }

    void show(String query, List<SearchIndex.Result> results) {
        header.setText(results.isEmpty() ? "Aucun résultat pour « " + query + " »."
                : results.size() + (results.size() == 1 ? " section contient" : " sections contiennent") + " « " + query + " »");
        list.getItems().setAll(results);
        if (!results.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    ListView<SearchIndex.Result> list() {
        return list;
    }
}
