package fr.dlintro.ui.project.calculator;

import fr.dlintro.core.InvalidInputException;
import fr.dlintro.core.train.TrainingResult;
import fr.dlintro.ui.project.ProjectContext;
import fr.dlintro.ui.project.ProjectView;
import fr.dlintro.ui.project.TrainingRun;
import fr.dlintro.ui.widget.PaletteFollower;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Project 1 of the book (5.1), « Créer une calculatrice », done for real: tabs
 * « Entraîner » (key {@code entrainer}) and « Tester » ({@code tester}), and saving or opening
 * the trained network as DESIGN.md's JSON.
 */
public final class CalculatorProjectView implements ProjectView {
    static final String STYLESHEET =
            Objects.requireNonNull(CalculatorProjectView.class.getResource("/fr/dlintro/ui/project/project.css"))
                    .toExternalForm();
    private static final List<String> TABS = List.of("entrainer", "tester");

    private final ProjectContext ctx;
    private final CalculatorProjectModel model = new CalculatorProjectModel();
    private final TrainingRun run = new TrainingRun();
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final CalculatorTrainPane trainPane;
    private final CalculatorTestPane testPane;
    private final PaletteFollower follower;
    private final ChangeListener<TrainingResult> onResult = (o, a, r) -> onRunEnded(r);
    private CalculatorProjectModel.PreparedRun current;

    public CalculatorProjectView(ProjectContext ctx) {
        this.ctx = ctx;
        root.setId("calculator-project");
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("project-view");

        trainPane = new CalculatorTrainPane(model, run, ctx.palette(), this::train);
        testPane = new CalculatorTestPane(model);
        tabs.getTabs().addAll(tab("entrainer", "Entraîner", trainPane), tab("tester", "Tester", testPane));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("calculator-tabs");

        Label chapter = new Label("Chapitre 5 · projet 1");
        chapter.getStyleClass().add("lesson-chapter");
        Label title = new Label("Créer une calculatrice");
        title.getStyleClass().add("project-title");
        title.setWrapText(true);
        VBox heading = new VBox(chapter, title);
        Button save = new Button("Enregistrer le modèle…", new FontIcon("mdi2c-content-save-outline"));
        save.setId("save-model");
        save.setTooltip(new Tooltip("Enregistrer le réseau entraîné (fichier JSON, lisible par la ligne de commande)"));
        save.disableProperty().bind(model.trainedProperty().isNull().or(run.runningProperty()));
        save.setOnAction(e -> save());
        Button open = new Button("Ouvrir un modèle…", new FontIcon("mdi2f-folder-open-outline"));
        open.setId("open-model");
        open.setTooltip(new Tooltip("Ouvrir un réseau de calculatrice enregistré"));
        open.disableProperty().bind(run.runningProperty());
        open.setOnAction(e -> open());
        HBox actions = new HBox(8, save, open);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the buttons go under the title when the window is narrow (zoom, presentation)
        javafx.scene.layout.FlowPane header = new javafx.scene.layout.FlowPane(24, 8, heading, actions);
        header.setAlignment(Pos.CENTER_LEFT);
        heading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        header.getStyleClass().add("project-header");
        root.setTop(header);
        root.setCenter(tabs);

        run.resultProperty().addListener(onResult);
        follower = new PaletteFollower(ctx.palette(), root, p -> {
            testPane.setPalette(p);
            trainPane.setEm(p.fontSize());
        });
    }

    private static Tab tab(String key, String text, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("project-scroll");
        Tab t = new Tab(text, scroll);
        t.setId("tab-" + key);
        t.setUserData(key);
        return t;
    }

    /** « Entraîner »: a new network on the form's settings, trained off the FX thread. */
    void train() {
        trainPane.commitTypedValues();
        if (run.isRunning()) {
            return;
        }
        try {
            current = model.newJob();
        } catch (InvalidInputException | IllegalArgumentException e) {
            ctx.notice().accept(e instanceof InvalidInputException ? e.getMessage()
                    : "Ces hyperparamètres ne permettent pas d'entraîner le réseau.");
            return;
        }
        CalculatorProjectModel.PreparedRun job = current;
        run.start("Génération des " + fr.dlintro.ui.widget.FrenchFormat.integer(job.task().samples()) + " paires…",
                job::trainer);
    }

    private void onRunEnded(TrainingResult r) {
        if (r == null || current == null) {
            return;
        }
        // a diverged network holds NaN weights: the previous one stays in the test tab
        if (r.status() != TrainingResult.Status.DIVERGED) {
            model.accept(current.model(), current.task());
        }
        current = null;
    }

    private void save() {
        Optional<Path> target = ctx.dialogs().get().chooseSave(ctx.owner().get(), "Enregistrer le modèle",
                "calculatrice.json", "Modèle dlintro (JSON)", "*.json");
        if (target.isEmpty()) {
            return;
        }
        try {
            model.save(target.get());
            ctx.notice().accept("Modèle enregistré dans « " + target.get().getFileName() + " ».");
        } catch (InvalidInputException e) {
            ctx.notice().accept(e.getMessage());
        }
    }

    private void open() {
        Optional<Path> source = ctx.dialogs().get().chooseOpen(ctx.owner().get(), "Ouvrir un modèle de calculatrice",
                "Modèle dlintro (JSON)", List.of("*.json"));
        if (source.isEmpty()) {
            return;
        }
        try {
            model.open(source.get());
            run.setIdleStatus("Modèle « " + source.get().getFileName() + " » ouvert : voyez ses résultats dans l'onglet"
                    + " « Tester ».");
            ctx.notice().accept("Modèle « " + source.get().getFileName() + " » ouvert.");
            showTab("tester");
        } catch (InvalidInputException e) {
            ctx.notice().accept(e.getMessage());
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public List<String> tabs() {
        return TABS;
    }

    @Override
    public boolean showTab(String key) {
        for (Tab t : tabs.getTabs()) {
            if (key.equals(t.getUserData())) {
                tabs.getSelectionModel().select(t);
                return true;
            }
        }
        return false;
    }

    @Override
    public void dispose() {
        run.resultProperty().removeListener(onResult);
        run.dispose();
        trainPane.dispose();
        testPane.dispose();
        follower.dispose();
    }

    CalculatorProjectModel model() {
        return model;
    }

    TrainingRun run() {
        return run;
    }

    CalculatorTrainPane trainPane() {
        return trainPane;
    }

    CalculatorTestPane testPane() {
        return testPane;
    }
}
