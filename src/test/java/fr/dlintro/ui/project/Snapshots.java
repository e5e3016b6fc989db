package fr.dlintro.ui.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;

/** With -Ddlintro.snapshots=DIR, tests save what a view looks like (headless), for a person to look at. */
public final class Snapshots {
    private Snapshots() {
    }

    /** Call on the FX thread. Does nothing without the property. */
    public static void save(Node node, String name) {
        String dir = System.getProperty("dlintro.snapshots");
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png",
                    Path.of(dir, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
