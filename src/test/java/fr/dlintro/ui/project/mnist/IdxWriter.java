package fr.dlintro.ui.project.mnist;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small MNIST-like IDX pair for tests: count images of 28×28, labels 0..9 in turn. */
final class IdxWriter {
    private IdxWriter() {
    }

    static void write(Path dir, String prefix, int count) throws IOException {
        try (OutputStream raw = Files.newOutputStream(dir.resolve(prefix + "-images-idx3-ubyte"));
                DataOutputStream out = new DataOutputStream(raw)) {
            out.write(new byte[] {0, 0, 8, 3});
            out.writeInt(count);
            out.writeInt(28);
            out.writeInt(28);
            for (int i = 0; i < count; i++) {
                for (int p = 0; p < 784; p++) {
                    out.write((p + i) % 5 == 0 ? 0 : 120);
                }
            }
        }
        try (OutputStream raw = Files.newOutputStream(dir.resolve(prefix + "-labels-idx1-ubyte"));
                DataOutputStream out = new DataOutputStream(raw)) {
            out.write(new byte[] {0, 0, 8, 1});
            out.writeInt(count);
            for (int i = 0; i < count; i++) {
                out.write(i % 10);
            }
        }
    }
}
