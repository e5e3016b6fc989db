package fr.dlintro.ui.project.mnist;

import fr.dlintro.core.data.ClassNames;
import fr.dlintro.ui.project.ProjectContext;
import fr.dlintro.ui.project.ProjectView;
import fr.dlintro.ui.widget.PaletteFollower;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The MNIST project (5.2) as four tabs — Explorer, Entraîner, Évaluer, Prédire — under a bar
 * that tells which images are loaded, opens another folder of IDX files (Fashion-MNIST
 * works), chooses the class names, and saves or opens a model.
 */
public final class MnistProjectView implements ProjectView {
    /** The styles both project views share (heading, titles). */
    private static final String PROJECT_STYLESHEET =
            Objects.requireNonNull(MnistProjectView.class.getResource("/fr/dlintro/ui/project/project.css")).toExternalForm();
    static final String STYLESHEET = Objects.requireNonNull(MnistProjectView.class.getResource("mnist.css"))
            .toExternalForm();
    private static final List<String> KEYS = List.of("explorer", "entrainer", "evaluer", "predire");

    private final ProjectContext context;
    private final ExecutorService worker;
    private final MnistProjectModel model;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final ExplorerTab explorer;
    private final TrainTab train;
    private final EvaluateTab evaluate;
    private final PredictTab predict;
    private final PaletteFollower follower;

    public MnistProjectView(ProjectContext context) {
        this.context = context;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mnist-donnees");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        this.model = new MnistProjectModel(worker, Platform::runLater);
        root.setId("mnist-project");
        root.getStylesheets().addAll(PROJECT_STYLESHEET, STYLESHEET);
        explorer = new ExplorerTab(model);
        train = new TrainTab(model, context.palette());
        evaluate = new EvaluateTab(model);
        predict = new PredictTab(model, title -> context.dialogs().get().chooseOpen(context.owner().get(), title,
                "Images PNG", List.of("*.png", "*.PNG")));
        tabs.getTabs().addAll(tab("Explorer", "explorer", explorer), tab("Entraîner", "entrainer", train),
                tab("Évaluer", "evaluer", evaluate), tab("Prédire", "predire", predict));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("mnist-tabs");
        root.setTop(bar());
        root.setCenter(tabs);
        follower = new PaletteFollower(context.palette(), root, p -> {
            explorer.palette(p);
            train.palette(p);
            evaluate.palette(p);
            predict.palette(p);
        });
        model.errorProperty().addListener((o, a, message) -> {
            if (message != null && !message.isEmpty()) {
                context.notice().accept(message);
            }
        });
        model.loadBundled(context.root() == null ? null : context.root().assets());
    }

    public static ProjectView create(ProjectContext context) {
        return new MnistProjectView(context);
    }

    private static Tab tab(String title, String key, Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("mnist-scroll");
        Tab t = new Tab(title, scroll);
        t.setId("tab-" + key);
        return t;
    }

    private Node bar() {
        // the same heading as the calculator's: chapter line, then the project's name
        Label chapter = new Label("Chapitre 5 · projet 2");
        chapter.getStyleClass().add("lesson-chapter");
        Label name = new Label("Reconnaître des chiffres manuscrits");
        name.getStyleClass().add("project-title");
        name.setWrapText(true);
        VBox title = new VBox(chapter, name);
        Label source = new Label();
        source.setId("mnist-source");
        source.textProperty().bind(Bindings.createStringBinding(() -> model.data() == null ? "Aucune donnée"
                : "Données : " + model.data().source(), model.dataProperty()));
        Button folder = new Button("Ouvrir un dossier IDX…", new FontIcon("mdi2f-folder-open-outline"));
        folder.setId("mnist-open-folder");
        folder.setTooltip(new Tooltip("Remplacer MNIST par un autre dossier de fichiers IDX (par exemple Fashion-MNIST)"));
        folder.setOnAction(e -> context.dialogs().get().chooseFolder(context.owner().get(),
                "Dossier de fichiers IDX (train-images…, train-labels…, t10k-…)").ifPresent(model::loadFolder));
        Button bundled = new Button("MNIST intégré", new FontIcon("mdi2d-database-outline"));
        bundled.setId("mnist-bundled");
        bundled.setTooltip(new Tooltip("Revenir aux chiffres MNIST fournis avec l'application"));
        bundled.setOnAction(e -> model.loadBundled(context.root() == null ? null : context.root().assets()));
        bundled.disableProperty().bind(Bindings.createBooleanBinding(() -> model.data() == null
                || model.data().folder() == null, model.dataProperty()));

        ComboBox<ClassNames.Kind> names = new ComboBox<>();
        names.setId("mnist-class-names");
        names.setAccessibleText("Noms des classes");
        names.setTooltip(new Tooltip("Les images sont-elles des chiffres ou des vêtements (Fashion-MNIST) ?"));
        names.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClassNames.Kind k) {
                return k == null ? "" : switch (k) {
                    case DIGITS -> "Classes : chiffres 0 à 9";
                    case FASHION -> "Classes : vêtements (Fashion-MNIST)";
                    case OWN -> "Classes : noms de labels.txt";
                };
            }

            @Override
            public ClassNames.Kind fromString(String s) {
                return null;
            }
        });
        names.valueProperty().bindBidirectional(model.kindProperty());
        model.dataProperty().addListener((o, a, d) -> names.getItems().setAll(d == null ? List.of()
                : d.detected() == ClassNames.Kind.OWN ? List.of(ClassNames.Kind.OWN)
                : d.classCount() == 10 ? List.of(ClassNames.Kind.DIGITS, ClassNames.Kind.FASHION)
                : List.of(ClassNames.Kind.DIGITS)));

        Button open = new Button("Ouvrir un modèle…", new FontIcon("mdi2f-folder-open"));
        open.setId("mnist-open-model");
        open.setTooltip(new Tooltip("Charger un modèle enregistré (fichier JSON dlintro-mlp)"));
        open.setOnAction(e -> context.dialogs().get().chooseOpen(context.owner().get(), "Ouvrir un modèle",
                "Modèles (JSON)", List.of("*.json")).ifPresent(model::openModel));
        Button save = new Button("Enregistrer le modèle…", new FontIcon("mdi2c-content-save-outline"));
        save.setId("mnist-save-model");
        save.setTooltip(new Tooltip("Enregistrer le modèle actuel au format JSON de l'application"));
        save.disableProperty().bind(model.networkProperty().isNull());
        save.setOnAction(e -> context.dialogs().get().chooseSave(context.owner().get(), "Enregistrer le modèle",
                "mnist-modele.json", "Modèles (JSON)", "*.json").ifPresent(model::saveModel));
        open.disableProperty().bind(model.busyProperty().isNotEmpty());
        folder.disableProperty().bind(model.busyProperty().isNotEmpty().or(train.runningProperty()));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(18, 18);
        Label busy = new Label();
        busy.setId("mnist-busy");
        busy.textProperty().bind(model.busyProperty());
        HBox busyBox = new HBox(6, spinner, busy);
        busyBox.setAlignment(Pos.CENTER_LEFT);
        busyBox.visibleProperty().bind(model.busyProperty().isNotEmpty());
        busyBox.managedProperty().bind(busyBox.visibleProperty());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(title, grow, busyBox);
        line.setAlignment(Pos.CENTER_LEFT);
        FlowPane buttons = new FlowPane(source, folder, bundled, names, open, save);
        buttons.getStyleClass().add("mnist-bar-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(line, buttons);
        bar.getStyleClass().add("mnist-bar");
        return bar;
    }

    MnistProjectModel model() {
        return model;
    }

    ExplorerTab explorer() {
        return explorer;
    }

    TrainTab train() {
        return train;
    }

    EvaluateTab evaluate() {
        return evaluate;
    }

    PredictTab predict() {
        return predict;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public List<String> tabs() {
        return KEYS;
    }

    @Override
    public boolean showTab(String key) {
        int i = KEYS.indexOf(key);
        if (i < 0) {
            return false;
        }
        tabs.getSelectionModel().select(i);
        return true;
    }

    @Override
    public void dispose() {
        train.dispose();
        explorer.dispose();
        evaluate.dispose();
        predict.dispose();
        follower.dispose();
        worker.shutdownNow();
    }

    /** Test hook: the tab selected now. */
    Optional<String> selectedTab() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        return i < 0 ? Optional.empty() : Optional.of(KEYS.get(i));
    }
}
