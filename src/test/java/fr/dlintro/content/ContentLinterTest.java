package fr.dlintro.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linter on small broken fixtures: each mistake is reported with its file, line and a French reason. */
class ContentLinterTest {
    @TempDir
    Path repo;

    @BeforeEach
    void outline() throws IOException {
        Files.createDirectories(repo.resolve("lessons/02-x"));
        Files.createDirectories(repo.resolve("assets"));
        Files.writeString(repo.resolve("lessons/sommaire.yaml"), """
                chapters:
                  - number: 2
                    title: "Fondamentaux"
                    entries:
                      - { id: "2.1", title: "Un" }
                      - { id: "2.2", title: "Deux" }
                """);
    }

    private void lesson(String file, String id, String body) throws IOException {
        Files.writeString(repo.resolve("lessons/02-x/" + file),
                "---\nid: \"" + id + "\"\ntitle: \"Titre\"\nchapter: 2\n---\n" + body);
    }

    private List<Problem> lint() {
        return ContentLinter.check(ContentRoot.ofRepository(repo));
    }

    @Test
    void cleanLessonHasNoProblem() throws IOException {
        lesson("02.1-un.md", "2.1", "## Titre\n\nTexte avec $x^2$ et un [lien](#2.2).\n\n```widget network\nlayers: [2, 3, 1]\n```\n");
        assertThat(lint()).isEmpty();
    }

    @Test
    void badYamlFrontMatterIsReported() throws IOException {
        Files.writeString(repo.resolve("lessons/02-x/02.1-un.md"), "---\nid: [2.1\ntitle: x\n---\ntexte");
        assertThat(lint()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("lessons/02-x/02.1-un.md");
            assertThat(p.reason()).startsWith("en-tête YAML illisible");
        });
    }

    @Test
    void unknownWidgetNamesTheWidgetAndTheLine() throws IOException {
        lesson("02.1-un.md", "2.1", "Texte\n\n```widget perceptronn\ninputs: [1]\n```\n");
        assertThat(lint()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.reason()).startsWith("widget inconnu « perceptronn »");
        });
    }

    @Test
    void badWidgetParametersAreEachReported() throws IOException {
        lesson("02.1-un.md", "2.1", "```widget network\nlayers: [2, abc]\ncouleur: rouge\n```\n```widget clustering\nk: 99\n```\n");
        assertThat(lint()).extracting(Problem::reason).containsExactlyInAnyOrder(
                "paramètre inconnu « couleur » pour le widget network (attendus : layers, input_labels, output_labels, output, caption, max_nodes)",
                "le paramètre « layers » ne doit contenir que des nombres entiers (reçu : « abc »)",
                "le paramètre « k » doit être compris entre 1 et 8 (reçu : 99)");
    }

    @Test
    void missingRequiredParameterIsReported() throws IOException {
        lesson("02.1-un.md", "2.1", "```widget network\noutput: regression\n```\n");
        assertThat(lint()).extracting(Problem::reason)
                .containsExactly("paramètre obligatoire « layers » manquant pour le widget network");
    }

    @Test
    void unreadableWidgetYamlIsReportedOnItsLine() throws IOException {
        lesson("02.1-un.md", "2.1", "```widget network\nlayers: [2, 3\n```\n");
        assertThat(lint()).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("paramètres YAML illisibles"));
    }

    @Test
    void badFormulaIsReportedOnItsLine() throws IOException {
        lesson("02.1-un.md", "2.1", "Ligne un\n\nune formule $\\frac{1}{2} + \\nimportequoi{x}$ ici\n");
        assertThat(lint()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.reason()).startsWith("formule invalide « \\frac{1}{2} + \\nimportequoi{x} »");
        });
    }

    @Test
    void missingImageIsReported() throws IOException {
        lesson("02.1-un.md", "2.1", "![Un schéma](assets/absent.png)\n");
        assertThat(lint()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("image introuvable « assets/absent.png »"));
    }

    @Test
    void existingImageIsAccepted() throws IOException {
        Files.write(repo.resolve("assets/ok.png"), new byte[] {1});
        lesson("02.1-un.md", "2.1", "![Un schéma](assets/ok.png)\n");
        assertThat(lint()).isEmpty();
    }

    @Test
    void duplicateIdIsReported() throws IOException {
        lesson("02.1-un.md", "2.1", "a");
        lesson("02.1-bis.md", "2.1", "b");
        assertThat(lint()).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("identifiant « 2.1 » déjà utilisé"));
    }

    @Test
    void lessonMissingFromTheOutlineIsReported() throws IOException {
        lesson("02.9-hors.md", "2.9", "a");
        assertThat(lint()).singleElement().satisfies(p -> assertThat(p.reason()).contains("n'apparaît pas dans lessons/sommaire.yaml"));
    }

    @Test
    void linkToAnUnknownSectionIsReported() throws IOException {
        lesson("02.1-un.md", "2.1", "Voir [ailleurs](#9.9).\n");
        assertThat(lint()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("lien vers une section inconnue « #9.9 »"));
    }

    @Test
    void chapterThatContradictsTheIdIsReported() throws IOException {
        Files.writeString(repo.resolve("lessons/02-x/02.1-un.md"), "---\nid: \"2.1\"\ntitle: \"T\"\nchapter: 3\n---\nx");
        assertThat(lint()).extracting(Problem::reason).containsExactly("le chapitre 3 ne correspond pas à l'identifiant « 2.1 »");
    }

    @Test
    void quizFilesAreCheckedAgainstTheLessons() throws IOException {
        lesson("02.1-un.md", "2.1", "Texte.");
        Files.createDirectories(repo.resolve("quizzes"));
        Files.writeString(repo.resolve("quizzes/2.9.yaml"), """
                chapter: 2
                section: "2.8"
                title: "Questions"
                questions:
                  - number: 1
                    prompt: 'Combien vaut $\\frac{1}{2}$ ?'
                    options: { a: "0,5", b: '$\\nimportequoi$' }
                    answer: [a]
                    explanation: "Voir [la section 9.1](#9.1)."
                    lesson: "9.1"
                """);
        assertThat(lint()).extracting(Problem::toString).containsExactly(
                "quizzes/2.9.yaml:1: le fichier d'un QCM de section 2.8 doit s'appeler 2.8.yaml",
                "quizzes/2.9.yaml:5: question 1 : la leçon « 9.1 » n'est pas dans le sommaire",
                "quizzes/2.9.yaml:5: question 1 : lien vers une section inconnue « #9.1 »",
                "quizzes/2.9.yaml:5: question 1 : formule invalide « \\nimportequoi » (commande inconnue \\nimportequoi)");
    }
}
