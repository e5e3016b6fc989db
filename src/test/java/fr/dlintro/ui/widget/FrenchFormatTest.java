package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchFormatTest {
    @Test
    void thousandsAreSeparatedByANarrowNoBreakSpace() {
        assertThat(FrenchFormat.integer(38_370)).isEqualTo("38\u202F370");
        assertThat(FrenchFormat.integer(609)).isEqualTo("609");
        assertThat(FrenchFormat.integer(1_234_567)).isEqualTo("1\u202F234\u202F567");
        assertThat(FrenchFormat.integer(-1000)).isEqualTo("\u22121\u202F000");
    }

    @Test
    void decimalsUseACommaAndRoundHalfUp() {
        assertThat(FrenchFormat.decimal(0.125, 2)).isEqualTo("0,13");
        assertThat(FrenchFormat.decimal(-0.42, 2)).isEqualTo("\u22120,42");
        assertThat(FrenchFormat.decimal(12345.6, 1)).isEqualTo("12\u202F345,6");
        assertThat(FrenchFormat.decimal(-0.001, 2)).isEqualTo("0,00");
        assertThat(FrenchFormat.decimal(3, 0)).isEqualTo("3");
    }
}
