package fr.dlintro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input exits with code 2 and one French sentence, never a stack trace. */
class CliBadInputTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Exit 2, and stderr is one sentence (capital, final period) containing the fragment. */
    private static void assertRefused(String fragment, String... args) {
        Run r = cli(args);
        assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
        String message = r.err().strip();
        assertThat(message).as("stderr of %s", String.join(" ", args)).doesNotContain("\n").doesNotContain("Exception")
                .doesNotContain("\tat ").endsWith(".").contains(fragment);
        assertThat(Character.isUpperCase(message.charAt(0))).isTrue();
    }

    @Test
    void unknownCommandsProjectsAndOptionsAreRefused() {
        assertRefused("Commande inconnue « trian »", "trian");
        assertRefused("Précisez le projet", "train");
        assertRefused("Projet inconnu « cifar »", "train", "cifar");
        assertRefused("Option inconnue « --speed »", "train", "calculator", "--speed", "3");
        assertRefused("Argument inattendu « 12 »", "train", "calculator", "12");
        assertRefused("L'option --epochs attend une valeur", "train", "mnist", "--epochs");
        assertRefused("Option inconnue « --op »", "evaluate", "--op", "add");
    }

    @Test
    void valuesThatAreNotNumbersAreRefused() {
        assertRefused("« abc » de --lr n'est pas un nombre", "train", "calculator", "--lr", "abc");
        assertRefused("« 2.5 » de --epochs n'est pas un nombre entier", "train", "calculator", "--epochs", "2.5");
        assertRefused("--batch doit être comprise entre 1 et", "train", "mnist", "--batch", "0");
        assertRefused("--val-split doit être comprise entre 0 et 0,9", "train", "calculator", "--val-split", "1,5");
        assertRefused("--min (50) dépasse celle de --max (10)", "train", "calculator", "--min", "50", "--max", "10");
    }

    @Test
    void unknownOperationsOptimizersAndActivationsAreRefused() {
        assertRefused("Valeur inconnue « divide » pour --op (valeurs possibles : add, multiply)", "train", "calculator",
                "--op", "divide");
        assertRefused("Valeur inconnue « rmsprop » pour --optimizer", "train", "mnist", "--optimizer", "rmsprop");
        assertRefused("Valeur inconnue « swish » pour --activation", "train", "calculator", "--activation", "swish");
    }

    private static byte[] idx(int[] dims, int dataBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {0, 0, 8, (byte) dims.length});
        for (int d : dims) {
            out.writeInt(d);
        }
        out.write(new byte[dataBytes]);
        return bytes.toByteArray();
    }

    private static void gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }

    @Test
    void missingShortOrCorruptIdxFilesAreNamed() throws IOException {
        assertRefused("introuvable", "train", "mnist", "--data", dir.resolve("absent").toString(), "--epochs", "1");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertRefused("ne contient pas les fichiers train-images-idx3-ubyte", "train", "mnist", "--data", empty.toString());

        Path shortDir = Files.createDirectory(dir.resolve("short"));
        gzip(shortDir.resolve("train-images-idx3-ubyte.gz"), idx(new int[] {10, 28, 28}, 5000));
        gzip(shortDir.resolve("train-labels-idx1-ubyte.gz"), idx(new int[] {10}, 10));
        assertRefused("Le fichier train-images-idx3-ubyte.gz est tronqué : 7840 octets de données attendus, 5000 trouvés",
                "train", "mnist", "--data", shortDir.toString());

        Path corrupt = Files.createDirectory(dir.resolve("corrupt"));
        Files.write(corrupt.resolve("train-images-idx3-ubyte"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        gzip(corrupt.resolve("train-labels-idx1-ubyte.gz"), idx(new int[] {10}, 10));
        assertRefused("Le fichier train-images-idx3-ubyte n'est pas un fichier IDX", "train", "mnist", "--data",
                corrupt.toString());
    }

    @Test
    void missingOrCorruptModelFilesAreNamed() throws IOException {
        assertRefused("Indiquez le modèle", "evaluate");
        assertRefused("absent.json est introuvable", "evaluate", "--model",
                dir.resolve("absent.json").toString());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"dlintro-mlp\", \"version\": 1,");
        assertRefused("Le fichier de modèle broken.json n'est pas un JSON valide", "evaluate", "--model", broken.toString());
        Path wrongFormat = Files.writeString(dir.resolve("keras.json"), "{\"format\": \"keras\"}");
        assertRefused("n'est pas un modèle dlintro", "train", "calculator", "--init", wrongFormat.toString());
    }

    @Test
    void aModelThatDoesNotFitTheDataIsRefused() throws IOException {
        String threeInputs = "{\"format\": \"dlintro-mlp\", \"version\": 1, \"task\": \"regression\", \"input\": 3,"
                + " \"layers\": [{\"type\": \"linear\", \"in\": 3, \"out\": 1, \"weight\": [[1, 2, 3]], \"bias\": [0]}],"
                + " \"preprocessing\": {\"kind\": \"calculator\", \"operation\": \"add\", \"max\": 100}}";
        Path model = Files.writeString(dir.resolve("three.json"), threeInputs);
        assertRefused("Le modèle three.json attend 3 entrées, mais les paires de nombres en ont 2", "train", "calculator",
                "--init", model.toString());
        assertRefused("Le modèle three.json attend 3 entrées", "evaluate", "--model", model.toString());
        Path classifier = Files.writeString(dir.resolve("small.json"), threeInputs.replace("regression", "classification")
                .replace(", \"preprocessing\": {\"kind\": \"calculator\", \"operation\": \"add\", \"max\": 100}", ""));
        assertRefused("Le modèle small.json attend 3 entrées, mais les images en ont 784", "train", "mnist", "--init",
                classifier.toString(), "--epochs", "1");
    }
}
