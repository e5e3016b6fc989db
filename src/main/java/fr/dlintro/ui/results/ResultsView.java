package fr.dlintro.ui.results;

import fr.dlintro.progress.AttemptsCsv;
import fr.dlintro.progress.Progress;
import fr.dlintro.progress.QuizAttempt;
import fr.dlintro.ui.shell.FileDialogs;
import fr.dlintro.ui.theme.Palette;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * « Mes résultats »: every quiz attempt in a table, the scores over time as a chart, the
 * CSV export for a teacher, and resetting one's progress (after confirmation).
 */
public final class ResultsView extends ScrollPane {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy 'à' HH:mm", Locale.FRANCE);

    private final Progress progress;
    private final Runnable save;
    private final FileDialogs dialogs;
    private final Consumer<String> notice;
    private final Runnable onReset;
    private final ReadOnlyObjectProperty<Palette> palette;
    private final ChangeListener<Palette> onPalette = (o, a, p) -> refresh();
    private final VBox page = new VBox();

    public ResultsView(Progress progress, Runnable save, FileDialogs dialogs, Consumer<String> notice, Runnable onReset,
                       ReadOnlyObjectProperty<Palette> palette) {
        this.progress = progress;
        this.save = save;
        this.dialogs = dialogs;
        this.notice = notice;
        this.onReset = onReset;
        this.palette = palette;
        setId("results-view");
        getStyleClass().add("lesson-scroll");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        page.getStyleClass().addAll("lesson-page", "results-page");
        page.setAlignment(Pos.TOP_CENTER);
        setContent(page);
        palette.addListener(onPalette);
        refresh();
    }

    private void refresh() {
        page.getChildren().clear();
        Label title = new Label("Mes résultats");
        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        Label sub = new Label(summary());
        sub.setId("results-summary");
        sub.setWrapText(true);
        VBox header = new VBox(new Label("Progression"), title, sub);
        header.getChildren().get(0).getStyleClass().add("lesson-chapter");
        header.getStyleClass().add("lesson-header");
        page.getChildren().add(header);

        List<QuizAttempt> attempts = progress.quizAttempts;
        if (attempts.isEmpty()) {
            Label none = new Label("Aucun QCM terminé pour l'instant. Les QCM se trouvent à la fin de chaque chapitre, "
                    + "dans la table des matières.");
            none.setWrapText(true);
            none.getStyleClass().add("block");
            page.getChildren().add(none);
        } else {
            page.getChildren().addAll(chart(attempts), table(attempts));
        }

        Button export = new Button("Exporter (CSV)", new FontIcon("mdi2f-file-delimited-outline"));
        export.setId("export-csv");
        export.setTooltip(new Tooltip("Enregistrer toutes les tentatives dans un fichier CSV pour un tableur"));
        export.setDisable(attempts.isEmpty());
        export.setOnAction(e -> export());
        Button reset = new Button("Réinitialiser ma progression", new FontIcon("mdi2d-delete-outline"));
        reset.setId("reset-progress");
        reset.getStyleClass().add("danger");
        reset.setTooltip(new Tooltip("Effacer les sections lues et les résultats aux QCM (les réglages sont gardés)"));
        reset.setOnAction(e -> confirmReset());
        HBox actions = new HBox(export, reset);
        actions.getStyleClass().addAll("block", "results-actions");
        page.getChildren().add(actions);
    }

    private String summary() {
        long read = progress.readSections.size();
        Map<String, String> best = new TreeMap<>();
        for (QuizAttempt a : progress.quizAttempts) {
            progress.best(a.quiz).ifPresent(b -> best.put(a.quiz, b.score + "/" + b.total));
        }
        String quizzes = best.isEmpty() ? "aucun QCM terminé" : "meilleurs scores : " + best.entrySet().stream()
                .map(e -> "QCM " + e.getKey() + " " + e.getValue()).reduce((x, y) -> x + ", " + y).orElse("");
        return read + (read <= 1 ? " section lue" : " sections lues") + " ; " + quizzes + ".";
    }

    private ChartViewer chart(List<QuizAttempt> attempts) {
        Palette p = palette.get();
        Map<String, XYSeries> byQuiz = new TreeMap<>();
        for (QuizAttempt a : attempts) {
            if (a.total == 0 || a.date == null) {
                continue;
            }
            try {
                long t = OffsetDateTime.parse(a.date).toInstant().toEpochMilli();
                byQuiz.computeIfAbsent(a.quiz, q -> new XYSeries("QCM " + q, false, true))
                        .addOrUpdate(t, 100.0 * a.score / a.total);
            } catch (java.time.format.DateTimeParseException e) {
                // An attempt with an unreadable date still shows in the table.
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byQuiz.values().forEach(data::addSeries);
        DateAxis time = new DateAxis("Date");
        time.setDateFormatOverride(new java.text.SimpleDateFormat("d MMM HH:mm", Locale.FRANCE));
        NumberAxis score = new NumberAxis("Score (%)");
        score.setRange(0, 105);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, awt(p.seriesColor(i)));
            renderer.setSeriesStroke(i, new java.awt.BasicStroke(2.5f));
        }
        XYPlot plot = new XYPlot(data, time, score, renderer);
        java.awt.Color fg = awt(p.foreground());
        java.awt.Font font = new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, (int) Math.round(p.fontSize() * 0.85));
        plot.setBackgroundPaint(awt(p.background()));
        plot.setRangeGridlinePaint(awt(p.border()));
        plot.setDomainGridlinePaint(awt(p.border()));
        for (var axis : List.of(time, score)) {
            axis.setLabelPaint(fg);
            axis.setTickLabelPaint(fg);
            axis.setLabelFont(font);
            axis.setTickLabelFont(font);
        }
        JFreeChart chart = new JFreeChart(null, font, plot, true);
        chart.setBackgroundPaint(awt(p.background()));
        chart.getLegend().setBackgroundPaint(awt(p.background()));
        chart.getLegend().setItemPaint(fg);
        chart.getLegend().setItemFont(font);
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId("results-chart");
        viewer.getStyleClass().add("block");
        viewer.setPrefHeight(p.fontSize() * 18);
        viewer.setMinHeight(p.fontSize() * 14);
        viewer.setAccessibleText("Graphique des scores aux QCM au fil du temps");
        return viewer;
    }

    private static java.awt.Color awt(javafx.scene.paint.Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    private TableView<QuizAttempt> table(List<QuizAttempt> attempts) {
        TableView<QuizAttempt> table = new TableView<>();
        table.setId("attempts-table");
        table.getStyleClass().add("block");
        table.setAccessibleText("Tentatives aux QCM");
        table.getColumns().add(column("Date", a -> formatDate(a.date)));
        table.getColumns().add(column("QCM", a -> a.quiz));
        table.getColumns().add(column("Type", a -> a.retry ? "questions manquées" : "complet"));
        table.getColumns().add(column("Score", a -> a.score + " / " + a.total));
        table.getColumns().add(column("Durée", a -> a.seconds < 60 ? a.seconds + " s" : (a.seconds / 60) + " min "
                + String.format("%02d", a.seconds % 60) + " s"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<QuizAttempt> newestFirst = new java.util.ArrayList<>(attempts);
        java.util.Collections.reverse(newestFirst);
        table.getItems().setAll(newestFirst);
        table.setPrefHeight(Math.min(12, attempts.size() + 1.5) * palette.get().fontSize() * 2.2);
        return table;
    }

    private static TableColumn<QuizAttempt, String> column(String name, java.util.function.Function<QuizAttempt, String> value) {
        TableColumn<QuizAttempt, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    static String formatDate(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso).format(DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private void export() {
        Optional<Path> target = dialogs.chooseSave(getScene() == null ? null : getScene().getWindow(),
                "Exporter les résultats", "resultats-qcm.csv", "Fichier CSV", "*.csv");
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "resultats", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                AttemptsCsv.write(progress.quizAttempts, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            notice.accept("Résultats exportés dans « " + file.getFileName() + " ».");
        } catch (IOException | RuntimeException e) {
            notice.accept("Impossible d'écrire « " + file + " » (" + e.getClass().getSimpleName() + ").");
        }
    }

    private void confirmReset() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("Réinitialiser ma progression");
        alert.setHeaderText("Effacer votre progression ?");
        alert.setContentText("Les sections lues et tous les résultats aux QCM seront effacés. Les réglages (thème, zoom) "
                + "sont conservés. Cette action est définitive.");
        ButtonType yes = new ButtonType("Réinitialiser", ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Annuler", ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.getDialogPane().setId("reset-dialog");
        alert.showAndWait().filter(yes::equals).ifPresent(b -> {
            progress.readSections.clear();
            progress.quizAttempts.clear();
            progress.lastSection = null;
            save.run();
            onReset.run();
            refresh();
        });
    }

    public void dispose() {
        palette.removeListener(onPalette);
    }
}
