package fr.dlintro.ui.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javafx.scene.text.Font;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * JLaTeXMath draws with its own {@code jlm_*} fonts; JavaFX knows a font only once it has
 * been loaded, otherwise σ and minus signs come out as garbage. Registering the 30 fonts
 * and warming up the parser takes a few hundred milliseconds, so it runs in the background
 * at start-up and formulas draw when it is done.
 */
public final class MathFonts {
    private static final String FONT_DIR = "org/scilab/forge/jlatexmath/fonts";
    private static volatile CompletableFuture<Void> ready;

    private MathFonts() {
    }

    /** Starts registering the fonts (once); formulas wait for the returned future. */
    public static synchronized CompletableFuture<Void> load() {
        if (ready == null) {
            ready = CompletableFuture.runAsync(MathFonts::registerAll, r -> {
                Thread t = new Thread(r, "math-fonts");
                t.setDaemon(true);
                t.start();
            });
        }
        return ready;
    }

    public static boolean isReady() {
        CompletableFuture<Void> f = ready;
        return f != null && f.isDone();
    }

    private static void registerAll() {
        for (String resource : fontResources()) {
            try (InputStream in = TeXFormula.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    Font.loadFont(in, 12);
                }
            } catch (IOException e) {
                // A missing optional font only affects the rare symbols it holds.
            }
        }
        new TeXFormula("\\sigma(x) = \\frac{1}{1 + e^{-x}}").createTeXIcon(0, 12);
    }

    /** Every .ttf under JLaTeXMath's font folder, whether it sits in a jar or a directory. */
    static List<String> fontResources() {
        URL url = TeXFormula.class.getClassLoader().getResource(FONT_DIR);
        if (url == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try {
            Path dir;
            if ("jar".equals(url.getProtocol())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(url.toURI(), Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(url.toURI());
                }
                dir = fs.getPath("/" + FONT_DIR);
            } else {
                dir = Path.of(url.toURI());
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".ttf"))
                        .forEach(p -> out.add(FONT_DIR + "/" + dir.relativize(p).toString().replace('\\', '/')));
            }
        } catch (IOException | URISyntaxException e) {
            return out;
        }
        return out;
    }
}
