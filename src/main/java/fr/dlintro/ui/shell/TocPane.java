package fr.dlintro.ui.shell;

import fr.dlintro.content.LessonLibrary;
import fr.dlintro.content.Outline;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The table of contents: chapters → sections, the chapter's quiz and chapter 5's projects.
 * Sections already read carry a check mark; entries whose page does not exist yet are
 * shown greyed as « à venir » and cannot be opened.
 */
final class TocPane extends TreeView<TocPane.Item> {

    /** A row: a chapter (entry null) or one of its entries. */
    record Item(Outline.Chapter chapter, Outline.Entry entry, boolean available) {
        String label() {
            if (entry == null) {
                return chapter.number() + ". " + chapter.title();
            }
            String prefix = entry.kind() == Outline.Kind.PROJECT ? "" : entry.key() + " ";
            return prefix + entry.title();
        }
    }

    private final Map<String, TreeItem<Item>> byKey = new HashMap<>();
    private Set<String> read = Set.of();
    private Map<String, String> scores = Map.of();
    private boolean syncing;

    TocPane(Consumer<Outline.Entry> onOpen) {
        setId("toc");
        getStyleClass().add("toc");
        setShowRoot(false);
        setAccessibleText("Table des matières");
        setCellFactory(v -> new Cell());
        getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!syncing && item != null && item.getValue().entry() != null && item.getValue().available()) {
                onOpen.accept(item.getValue().entry());
            }
        });
    }

    void setLibrary(LessonLibrary library, java.util.function.Predicate<Outline.Entry> available) {
        TreeItem<Item> root = new TreeItem<>();
        byKey.clear();
        for (Outline.Chapter c : library.outline().chapters()) {
            TreeItem<Item> ch = new TreeItem<>(new Item(c, null, true));
            ch.setExpanded(true);
            for (Outline.Entry e : c.entries()) {
                TreeItem<Item> it = new TreeItem<>(new Item(c, e, available.test(e)));
                ch.getChildren().add(it);
                byKey.put(key(e), it);
            }
            root.getChildren().add(ch);
        }
        setRoot(root);
    }

    static String key(Outline.Entry e) {
        return e.kind() + ":" + e.key();
    }

    /** Best quiz scores by section, shown beside each quiz entry. */
    void setScores(Map<String, String> best) {
        this.scores = Map.copyOf(best);
        refresh();
    }

    void setRead(Set<String> readSections) {
        this.read = readSections;
        refresh();
    }

    /** Selects the entry shown in the centre without opening it again. */
    void select(Outline.Entry e) {
        TreeItem<Item> it = e == null ? null : byKey.get(key(e));
        syncing = true;
        try {
            if (it == null) {
                getSelectionModel().clearSelection();
            } else {
                it.getParent().setExpanded(true);
                getSelectionModel().select(it);
                int row = getRow(it);
                if (row >= 0) {
                    scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }

    private final class Cell extends TreeCell<Item> {
        private final Tooltip tip = new Tooltip();

        Cell() {
            // Long titles end in an ellipsis (full title in the tooltip) instead of a horizontal scroll bar.
            setPrefWidth(0);
        }

        private void tip(String text) {
            tip.setText(text);
            if (getTooltip() != tip) {
                setTooltip(tip);
            }
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("toc-chapter", "toc-missing", "toc-read", "toc-unread");
            if (empty || item == null) {
                setTooltip(null);
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String score = item.entry() != null && item.entry().kind() == Outline.Kind.QUIZ ? scores.get(item.entry().key()) : null;
            setText(score == null ? item.label() : item.label() + " · " + score);
            tip(score == null ? item.label() : item.label() + " — meilleur score : " + score);
            if (item.entry() == null) {
                getStyleClass().add("toc-chapter");
                setGraphic(null);
                setAccessibleText("Chapitre " + item.label());
                return;
            }
            Outline.Entry e = item.entry();
            String icon = switch (e.kind()) {
                case QUIZ -> "mdi2h-help-circle-outline";
                case PROJECT -> "mdi2f-flask-outline";
                case LESSON -> read.contains(e.key()) ? "mdi2c-check-circle" : "mdi2c-circle-outline";
            };
            setGraphic(new FontIcon(icon));
            if (!item.available()) {
                getStyleClass().add("toc-missing");
                tip(item.label() + " — page à venir dans une prochaine version");
                setAccessibleText(item.label() + ", à venir");
            } else if (e.kind() == Outline.Kind.LESSON && read.contains(e.key())) {
                getStyleClass().add("toc-read");
                setAccessibleText(item.label() + ", lue");
            } else {
                getStyleClass().add("toc-unread");
                setAccessibleText(item.label());
            }
        }
    }
}
