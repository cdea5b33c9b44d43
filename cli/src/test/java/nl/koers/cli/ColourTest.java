package nl.koers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import nl.koers.cli.output.Terminal;
import nl.koers.evaluator.Evaluation;
import nl.koers.evaluator.Language;
import nl.koers.report.Messages;
import nl.koers.report.Tone;
import nl.koers.report.text.TextReport;
import org.junit.jupiter.api.Test;

/** ANSI colour in the text report: only for a person at a terminal who has not asked for none. */
class ColourTest {

    private static final String ESC = "\u001b[";

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        assertThat(Terminal.colour(Map.of(), true)).isTrue();
        assertThat(Terminal.colour(Map.of("TERM", "xterm-256color"), true)).isTrue();
        assertThat(Terminal.colour(Map.of(), false)).as("piped").isFalse();
        assertThat(Terminal.colour(Map.of("NO_COLOR", "1"), true)).isFalse();
        assertThat(Terminal.colour(Map.of("NO_COLOR", "1"), false)).isFalse();
        assertThat(Terminal.colour(Map.of("NO_COLOR", ""), true)).as("an empty NO_COLOR is unset").isTrue();
        assertThat(Terminal.colour(Map.of("TERM", "dumb"), true)).isFalse();
    }

    @Test
    void theCommandWritesNoColourWhenItsOutputIsNotATerminal() {
        assertThat(Terminal.isTerminal(Terminal.STDOUT)).as("the test's standard output is a pipe or file").isFalse();
        assertThat(CliRun.of("evaluate", "--lang", "nl").out()).doesNotContain(ESC);
        assertThat(CliRun.of("evaluate", ReportFixtures.GIVEN.resolve("begroting").toString()).out()).doesNotContain(ESC);
    }

    @Test
    void colourChangesNothingButTheColour() {
        Evaluation seed = ReportFixtures.seed();
        String plain = text(seed, false);
        String coloured = text(seed, true);

        assertThat(plain).doesNotContain(ESC);
        assertThat(coloured).contains(Tone.ACHIEVED.ansi("✓ behaald"), Tone.UNKNOWN.ansi("? geen gegevens"),
                "Inhoudelijke kleur: " + Tone.ATTENTION.ansi("oranje"));
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    private static String text(Evaluation evaluation, boolean colour) {
        StringWriter out = new StringWriter();
        TextReport report = new TextReport(new Messages(Language.DUTCH), new PrintWriter(out), colour);
        report.add(evaluation);
        report.finish();
        return out.toString();
    }
}
