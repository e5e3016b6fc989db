package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.content.widget.WidgetCatalog;
import org.junit.jupiter.api.Test;

class WidgetRegistryTest {
    @Test
    void everyDeclaredWidgetHasAFactoryAndEveryFactoryIsDeclared() {
        assertThat(WidgetRegistry.all().keySet()).containsExactlyInAnyOrderElementsOf(WidgetCatalog.all().keySet());
    }
}
