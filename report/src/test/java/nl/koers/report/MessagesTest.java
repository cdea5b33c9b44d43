package nl.koers.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import nl.koers.evaluator.Language;
import nl.koers.model.ChangeType;
import nl.koers.model.Coded;
import nl.koers.model.Colour;
import nl.koers.model.Decider;
import nl.koers.model.Direction;
import nl.koers.model.DocumentKind;
import nl.koers.model.Role;
import nl.koers.model.Status;
import org.junit.jupiter.api.Test;

/** Every text of the reports exists in Dutch and in English, and every code a report labels has a label (so a code
 * added to the model fails here, not in a report). */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyStatusColourDeciderDocumentRoleAndDirectionHasALabelInBothLanguages() {
        for (Language language : Language.values()) {
            Messages messages = new Messages(language);
            label(messages, "status", Status.values());
            label(messages, "colour", Colour.values());
            label(messages, "decider", Decider.values());
            label(messages, "document", DocumentKind.values());
            label(messages, "change", ChangeType.values());
            label(messages, "role", Role.values());
            label(messages, "direction", Direction.values());
        }
    }

    private static void label(Messages messages, String group, Coded... codes) {
        for (Coded code : codes) {
            assertThat(messages.label(group, code)).isNotBlank();
        }
    }
}
