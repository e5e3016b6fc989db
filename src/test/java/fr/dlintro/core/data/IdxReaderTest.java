package fr.dlintro.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.dlintro.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsRawAndGzipFilesAlike() throws IOException {
        byte[] content = IdxFiles.idx(new int[] {3, 4, 5}, IdxFiles.images(3, 4, 5));
        IdxReader.IdxArray raw = IdxReader.read(IdxFiles.write(dir.resolve("a-idx3"), content, false), 3);
        IdxReader.IdxArray gz = IdxReader.read(IdxFiles.write(dir.resolve("b-idx3.gz"), content, true), 3);
        assertThat(raw.dims()).containsExactly(3, 4, 5);
        assertThat(gz.dims()).containsExactly(3, 4, 5);
        assertThat(gz.data()).isEqualTo(raw.data()).isEqualTo(IdxFiles.images(3, 4, 5));
    }

    @Test
    void aWrongMagicNumberIsNamedInFrench() throws IOException {
        Path f = IdxFiles.write(dir.resolve("bad"), new byte[] {1, 2, 8, 3, 0, 0, 0, 1}, false);
        assertThatThrownBy(() -> IdxReader.read(f, 3)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad").hasMessageContaining("n'est pas un fichier IDX");
    }

    @Test
    void aTruncatedFileSaysHowManyBytesAreMissing() throws IOException {
        byte[] content = IdxFiles.idx(new int[] {3, 4, 5}, IdxFiles.images(3, 4, 5));
        Path f = IdxFiles.write(dir.resolve("short.gz"), Arrays.copyOf(content, content.length - 7), true);
        assertThatThrownBy(() -> IdxReader.read(f, 3)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Le fichier short.gz est tronqué : 60 octets de données attendus, 53 trouvés.");
    }

    @Test
    void extraBytesAreRejected() throws IOException {
        byte[] content = IdxFiles.idx(new int[] {2}, new byte[] {1, 2, 3});
        Path f = IdxFiles.write(dir.resolve("long"), content, false);
        assertThatThrownBy(() -> IdxReader.read(f, 1)).hasMessageContaining("plus de données");
    }

    @Test
    void aLabelFileWhereImagesAreExpectedIsRejected() throws IOException {
        Path f = IdxFiles.write(dir.resolve("labels"), IdxFiles.idx(new int[] {2}, new byte[] {1, 2}), false);
        assertThatThrownBy(() -> IdxReader.read(f, 3)).hasMessageContaining("1 dimension(s) au lieu de 3");
    }

    @Test
    void aCorruptGzipIsReported() throws IOException {
        byte[] gz = Files.readAllBytes(IdxFiles.write(dir.resolve("ok.gz"),
                IdxFiles.idx(new int[] {3, 4, 5}, IdxFiles.images(3, 4, 5)), true));
        for (int i = 20; i < gz.length - 8; i++) {
            gz[i] ^= 0x5A;
        }
        Path f = Files.write(dir.resolve("corrupt.gz"), gz);
        assertThatThrownBy(() -> IdxReader.read(f, 3)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("corrupt.gz");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> IdxReader.read(dir.resolve("nope.gz"), 3)).hasMessageContaining("introuvable");
    }

    @Test
    void labelsBeyondTheClassNamesAreRejected() throws IOException {
        IdxFiles.writeFolder(dir, 12, 5, true);
        Files.writeString(dir.resolve("labels.txt"), "T-shirt\nPantalon\nPull\n");
        assertThatThrownBy(() -> ImageFolder.read(dir, "train"))
                .hasMessageContaining("l'étiquette 3").hasMessageContaining("3 classes");
    }

    @Test
    void aFolderGivesItsTrainingAndTestSetsWithDigitNames() throws IOException {
        IdxFiles.writeFolder(dir, 12, 5, false);
        ImageSet train = ImageFolder.read(dir, "train");
        ImageSet test = ImageFolder.readTestSet(dir);
        assertThat(train.count()).isEqualTo(12);
        assertThat(test.count()).isEqualTo(5);
        assertThat(train.rows()).isEqualTo(4);
        assertThat(train.cols()).isEqualTo(5);
        assertThat(train.classNames()).hasSize(10).startsWith("0", "1");
        assertThat(train.label(11)).isEqualTo(1);
        assertThat(train.pixel(2, 3)).isEqualTo(5);
    }

    @Test
    void classNamesComeFromLabelsTxt() throws IOException {
        IdxFiles.writeFolder(dir, 12, 5, false);
        Files.writeString(dir.resolve("labels.txt"),
                "T-shirt\nPantalon\nPull\nRobe\nManteau\nSandale\nChemise\nBasket\nSac\nBottine\n");
        assertThat(ImageFolder.read(dir, "train").classNames()).hasSize(10).contains("Bottine");
    }

    @Test
    void mismatchedCountsAreRejected() throws IOException {
        IdxFiles.writeFolder(dir, 12, 5, false);
        IdxFiles.write(dir.resolve("train-labels-idx1-ubyte"), IdxFiles.idx(new int[] {11}, IdxFiles.labels(11)), false);
        assertThatThrownBy(() -> ImageFolder.read(dir, "train")).hasMessageContaining("ne correspondent pas");
    }
}
