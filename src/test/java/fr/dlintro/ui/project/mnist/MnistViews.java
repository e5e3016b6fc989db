package fr.dlintro.ui.project.mnist;

import atlantafx.base.theme.PrimerLight;
import fr.dlintro.content.ContentRoot;
import fr.dlintro.core.data.DataLoader;
import fr.dlintro.core.data.ImageDataset;
import fr.dlintro.core.data.Subset;
import fr.dlintro.core.nn.CrossEntropyLoss;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Sgd;
import fr.dlintro.core.train.Trainer;
import fr.dlintro.ui.project.ProjectContext;
import fr.dlintro.ui.shell.FileDialogs;
import fr.dlintro.ui.theme.Palette;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the MNIST project view in a stage with dialogs that answer what the test sets. */
final class MnistViews {
    /** What the next dialog answers (empty: cancelled). */
    static final class Dialogs implements FileDialogs {
        Optional<Path> next = Optional.empty();

        @Override
        public Optional<Path> chooseSave(Window owner, String title, String name, String description, String pattern) {
            return next;
        }

        @Override
        public Optional<Path> chooseOpen(Window owner, String title, String description, List<String> patterns) {
            return next;
        }

        @Override
        public Optional<Path> chooseFolder(Window owner, String title) {
            return next;
        }
    }

    final Dialogs dialogs = new Dialogs();
    final List<String> notices = new ArrayList<>();
    final ReadOnlyObjectWrapper<Palette> palette;
    MnistProjectView view;

    MnistViews(Palette p) {
        palette = new ReadOnlyObjectWrapper<>(p);
    }

    /** On the FX thread: builds the view and shows it in a window of the given size. */
    void show(Stage stage, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ProjectContext ctx = new ProjectContext(palette.getReadOnlyProperty(), ContentRoot.ofRepository(Path.of(".")),
                () -> dialogs, () -> stage, notices::add);
        view = new MnistProjectView(ctx);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), width, height));
        stage.show();
    }

    void waitUntilLoaded() throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.model().data() != null && !view.model().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitUntilIdle() throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !view.model().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A small network trained for one epoch on the first 10,000 training images: good enough to classify most digits. */
    static Mlp quickNetwork(MnistData d) {
        ImageDataset all = new ImageDataset(d.train(), MnistProjectModel.PREPROCESSING);
        int[] ids = new int[10_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }
        Mlp net = Mlp.build(784, 40, 2, 10, "relu", 0.01, new SplittableRandom(1));
        new Trainer(net, new CrossEntropyLoss(), new Sgd(net.parameters(), 0.05),
                new DataLoader(new Subset(all, ids), 32, true, 3), null, 2).run();
        return net;
    }
}
