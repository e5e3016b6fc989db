package fr.dlintro.core.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for tests. */
final class IdxFiles {
    private IdxFiles() {
    }

    static byte[] idx(int[] dims, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {0, 0, 0x08, (byte) dims.length});
        for (int d : dims) {
            out.writeInt(d);
        }
        out.write(data);
        return bytes.toByteArray();
    }

    static Path write(Path file, byte[] content, boolean gzip) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
            out.write(content);
        }
        return file;
    }

    /** count images of rows×cols whose pixel p of image i is (i·7 + p) % 3 == 0 ? 0 : (i + p) % 256. */
    static byte[] images(int count, int rows, int cols) {
        byte[] data = new byte[count * rows * cols];
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < rows * cols; p++) {
                data[i * rows * cols + p] = (byte) ((i * 7 + p) % 3 == 0 ? 0 : (i + p) % 256);
            }
        }
        return data;
    }

    /** Writes a folder with train and t10k pairs of tiny images. */
    static void writeFolder(Path dir, int trainCount, int testCount, boolean gzip) throws IOException {
        String ext = gzip ? ".gz" : "";
        write(dir.resolve("train-images-idx3-ubyte" + ext), idx(new int[] {trainCount, 4, 5}, images(trainCount, 4, 5)), gzip);
        write(dir.resolve("train-labels-idx1-ubyte" + ext), idx(new int[] {trainCount}, labels(trainCount)), gzip);
        write(dir.resolve("t10k-images-idx3-ubyte" + ext), idx(new int[] {testCount, 4, 5}, images(testCount, 4, 5)), gzip);
        write(dir.resolve("t10k-labels-idx1-ubyte" + ext), idx(new int[] {testCount}, labels(testCount)), gzip);
    }

    static byte[] labels(int count) {
        byte[] y = new byte[count];
        for (int i = 0; i < count; i++) {
            y[i] = (byte) (i % 10);
        }
        return y;
    }
}
