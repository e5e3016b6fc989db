package fr.dlintro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theRepositoryContentLintsClean() {
        int code = run("lint", "--lessons", Path.of(System.getProperty("dlintro.repo", ".")).resolve("lessons").toString());
        assertThat(out()).isEqualTo("Contenu valide : aucune erreur.\n");
        assertThat(code).isZero();
    }

    @Test
    void aBrokenLessonExitsTwoNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        Path lessons = dir.resolve("lessons");
        Files.createDirectories(lessons.resolve("02-x"));
        Files.writeString(lessons.resolve("sommaire.yaml"),
                "chapters:\n  - number: 2\n    title: T\n    entries:\n      - { id: \"2.1\", title: \"Un\" }\n");
        Files.writeString(lessons.resolve("02-x/02.1-un.md"), "---\nid: \"2.1\"\ntitle: \"Un\"\nchapter: 2\n---\n\n```widget nulle-part\n```\n");
        assertThat(run("lint", "--lessons", lessons.toString())).isEqualTo(2);
        assertThat(out()).startsWith("lessons/02-x/02.1-un.md:7: widget inconnu « nulle-part »");
        assertThat(err()).isEqualTo("1 problème trouvé.\n");
    }

    @Test
    void aMissingFolderIsOneFrenchSentence() {
        assertThat(run("lint", "--lessons", "/nulle/part")).isEqualTo(2);
        assertThat(err()).isEqualTo("Le dossier de leçons « /nulle/part » n'existe pas.\n");
    }

    @Test
    void anUnknownOptionIsOneFrenchSentence() {
        assertThat(run("lint", "--vite")).isEqualTo(2);
        assertThat(err()).isEqualTo("Option inconnue « --vite » pour la commande lint.\n");
    }

    @Test
    void anUnknownCommandIsOneFrenchSentence() {
        assertThat(run("dessiner")).isEqualTo(2);
        assertThat(err()).startsWith("Commande inconnue « dessiner »");
    }
}
