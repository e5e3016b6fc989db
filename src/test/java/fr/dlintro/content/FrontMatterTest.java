package fr.dlintro.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void readsIdTitleChapterAndWhereTheBodyStarts() throws ContentException {
        Lesson l = FrontMatter.parse("x.md", "---\nid: \"2.6\"\ntitle: \"Apprendre\"\nchapter: 2\n---\nCorps\nfin");
        assertThat(l.id()).isEqualTo("2.6");
        assertThat(l.title()).isEqualTo("Apprendre");
        assertThat(l.chapter()).isEqualTo(2);
        assertThat(l.markdown()).isEqualTo("Corps\nfin");
        assertThat(l.bodyLine()).isEqualTo(6);
    }

    @Test
    void missingFrontMatterIsAProblemOnLineOne() {
        assertThatThrownBy(() -> FrontMatter.parse("x.md", "# Titre\n"))
                .isInstanceOf(ContentException.class)
                .hasMessage("x.md:1: l'en-tête YAML manque (la première ligne doit être « --- »)");
    }

    @Test
    void badYamlNamesTheLine() {
        assertThatThrownBy(() -> FrontMatter.parse("x.md", "---\nid: \"2.1\"\ntitle: Un: deux\nchapter: 2\n---\n"))
                .isInstanceOf(ContentException.class)
                .satisfies(e -> {
                    Problem p = ((ContentException) e).problem();
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.reason()).startsWith("en-tête YAML illisible");
                });
    }

    @Test
    void chapterMustBeAnInteger() {
        assertThatThrownBy(() -> FrontMatter.parse("x.md", "---\nid: \"2.1\"\ntitle: T\nchapter: deux\n---\n"))
                .hasMessageContaining("champ « chapter » manquant ou invalide");
    }
}
