package fr.dlintro.core.data;

import fr.dlintro.core.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (the MNIST format), gzip-compressed or raw, told apart by their first two
 * bytes. Only unsigned bytes (type 0x08) are read. Every problem becomes an
 * {@link InvalidInputException} naming the file and what is wrong.
 */
public final class IdxReader {
    private static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {
    }

    /** An IDX array: its dimensions and its bytes, row-major. */
    public record IdxArray(String source, int[] dims, byte[] data) {
        public int count() {
            return dims[0];
        }
    }

    public static IdxArray read(Path file, int expectedDims) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in, expectedDims);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("Le fichier " + file + " est introuvable.", e);
        } catch (IOException e) {
            throw new InvalidInputException("Impossible de lire le fichier " + file + " (" + e.getMessage() + ").", e);
        }
    }

    /** Reads a stream named {@code name} (for messages); does not close it. */
    public static IdxArray read(String name, InputStream raw, int expectedDims) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        boolean gzip = b0 == 0x1f && b1 == 0x8b;
        try {
            InputStream in = gzip ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16) : buffered;
            return readIdx(name, new DataInputStream(in), expectedDims);
        } catch (ZipException | EOFException e) {
            if (gzip) {
                throw new InvalidInputException("Le fichier " + name + " est un gzip corrompu ou tronqué.", e);
            }
            throw new InvalidInputException("Le fichier " + name + " est tronqué.", e);
        }
    }

    /**
     * The first {@code maxItems} items of a stream (all when it holds fewer), reading no
     * further: a few images of a large file cost only their own bytes. Does not close it.
     */
    public static IdxArray readHead(String name, InputStream raw, int expectedDims, int maxItems) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 12);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        boolean gzip = b0 == 0x1f && b1 == 0x8b;
        try {
            InputStream in = gzip ? new GZIPInputStream(buffered, 1 << 12) : buffered;
            return readIdx(name, new DataInputStream(in), expectedDims, maxItems);
        } catch (ZipException | EOFException e) {
            throw new InvalidInputException("Le fichier " + name + (gzip ? " est un gzip corrompu ou tronqué." : " est tronqué."), e);
        }
    }

    private static IdxArray readIdx(String name, DataInputStream in, int expectedDims) throws IOException {
        return readIdx(name, in, expectedDims, -1);
    }

    /** maxItems < 0: the whole file, checked to end where its dimensions say. */
    private static IdxArray readIdx(String name, DataInputStream in, int expectedDims, int maxItems) throws IOException {
        byte[] magic = new byte[4];
        if (in.readNBytes(magic, 0, 4) < 4) {
            throw new InvalidInputException("Le fichier " + name + " est trop court pour être un fichier IDX.");
        }
        if (magic[0] != 0 || magic[1] != 0) {
            throw new InvalidInputException("Le fichier " + name + " n'est pas un fichier IDX (nombre magique "
                    + String.format("0x%02X%02X%02X%02X", magic[0], magic[1], magic[2], magic[3]) + ").");
        }
        if ((magic[2] & 0xFF) != UNSIGNED_BYTE) {
            throw new InvalidInputException("Le fichier " + name + " contient des données de type "
                    + String.format("0x%02X", magic[2]) + " : seuls les octets non signés (0x08) sont pris en charge.");
        }
        int ndims = magic[3] & 0xFF;
        if (ndims != expectedDims) {
            throw new InvalidInputException("Le fichier " + name + " a " + ndims + " dimension(s) au lieu de "
                    + expectedDims + " : ce n'est pas un fichier " + (expectedDims == 1 ? "d'étiquettes" : "d'images")
                    + ".");
        }
        int[] dims = new int[ndims];
        long total = 1;
        for (int d = 0; d < ndims; d++) {
            dims[d] = in.readInt();
            if (dims[d] <= 0) {
                throw new InvalidInputException("Le fichier " + name + " annonce une dimension invalide (" + dims[d] + ").");
            }
            total *= dims[d];
            if (total > Integer.MAX_VALUE - 16) {
                throw new InvalidInputException("Le fichier " + name + " annonce des dimensions trop grandes.");
            }
        }
        if (maxItems >= 0 && maxItems < dims[0]) {
            total = total / dims[0] * maxItems;
            dims[0] = maxItems;
        }
        byte[] data = new byte[(int) total];
        int read = in.readNBytes(data, 0, data.length);
        if (read < data.length) {
            throw new InvalidInputException("Le fichier " + name + " est tronqué : " + data.length
                    + " octets de données attendus, " + read + " trouvés.");
        }
        if (maxItems < 0 && in.read() != -1) {
            throw new InvalidInputException("Le fichier " + name + " contient plus de données que ses dimensions n'en annoncent.");
        }
        return new IdxArray(name, dims, data);
    }
}
