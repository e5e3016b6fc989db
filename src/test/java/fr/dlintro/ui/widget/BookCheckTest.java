package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BookCheckTest {
    @Test
    void aValueThatRoundsToTheBooksAgreesAndSaysSo() {
        BookCheck c = BookCheck.of("3.75", 3.7500000000000004);
        assertThat(c.agrees()).isTrue();
        assertThat(c.text()).isEqualTo("Livre : 3,75 ✓");
        assertThat(c.shortText()).isEqualTo("3,75 ✓");
    }

    @Test
    void theComparisonRoundsAsTheBookRounds() {
        assertThat(BookCheck.of("0.98", 1 / (1 + Math.exp(-3.75))).text()).isEqualTo("Livre : 0,98 ✓");
        assertThat(BookCheck.of("2", 1.9999999999).agrees()).isTrue();
        assertThat(BookCheck.of("0.242", 0.2436).agrees()).isFalse();
    }

    @Test
    void aValueTheBookGetsWrongIsMarkedAsDiffering() {
        BookCheck c = BookCheck.of("-0.9", -1.0);
        assertThat(c.agrees()).isFalse();
        assertThat(c.text()).isEqualTo("Livre : −0,9 ✗");
    }

    @Test
    void anErratumShowsItsNoteAsIs() {
        BookCheck c = BookCheck.erratum("Le livre écrit −0,9 ; le bon résultat est −1,0.");
        assertThat(c.erratum()).isTrue();
        assertThat(c.text()).isEqualTo("Le livre écrit −0,9 ; le bon résultat est −1,0.");
    }
}
