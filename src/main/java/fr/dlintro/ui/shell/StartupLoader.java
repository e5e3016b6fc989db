package fr.dlintro.ui.shell;

import fr.dlintro.content.ContentRoot;
import fr.dlintro.content.LessonDocument;
import fr.dlintro.content.LessonLibrary;
import fr.dlintro.progress.ProgressStore;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the progress file and the lessons while the JavaFX toolkit starts, so that the
 * first page is ready as soon as the window can show it (cold start matters: a student
 * opens the app at the start of every lesson).
 */
final class StartupLoader {
    record Loaded(ProgressStore store, ContentRoot root, LessonLibrary library) {
    }

    private static CompletableFuture<Loaded> pending;

    private StartupLoader() {
    }

    static synchronized void begin() {
        if (pending == null) {
            pending = CompletableFuture.supplyAsync(StartupLoader::load, r -> {
                Thread t = new Thread(r, "startup-loader");
                t.setDaemon(true);
                t.start();
            });
        }
    }

    /** The loaded data; loads on the calling thread if {@link #begin()} was never called. */
    static synchronized Loaded await() {
        begin();
        return pending.join();
    }

    /** Ikonli's icon tables are large enums: load the ones the shell uses here, not on the FX thread. */
    private static void warmUpIconTables() {
        for (String letter : new String[] {"A", "C", "F", "H", "I", "M", "P"}) {
            try {
                Class.forName("org.kordamp.ikonli.materialdesign2.MaterialDesign" + letter, true,
                        StartupLoader.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return;
            }
        }
    }

    private static Loaded load() {
        warmUpIconTables();
        ProgressStore store = ProgressStore.open();
        ContentRoot root = ContentRoot.locate();
        LessonLibrary library = LessonLibrary.load(root);
        String start = store.progress().lastSection;
        library.find(start == null ? "1.1" : start).ifPresent(LessonDocument::parse);
        return new Loaded(store, root, library);
    }
}
