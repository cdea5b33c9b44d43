package nl.koers.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The command line's logging, set up in code rather than from logback.xml: parsing XML at every start
 * cost a tenth of a second. Standard output carries only the report; what the libraries log goes to
 * standard error, warnings and worse, and Drools not at all (Koers reports every rule problem itself, at
 * its file and line). {@code KOERS_LOG_LEVEL=DEBUG} (or INFO, …) shows more, Drools included.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String wanted = System.getenv("KOERS_LOG_LEVEL");
        Level level = wanted == null ? Level.WARN : Level.toLevel(wanted, Level.WARN);

        // A fixed layout, not a pattern: the pattern parser and its converters are a hundred more classes to load.
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(new LayoutBase<>() {
            @Override
            public String doLayout(ILoggingEvent event) {
                String logger = event.getLoggerName();
                return "koers: " + event.getLevel() + " " + logger.substring(logger.lastIndexOf('.') + 1) + ": "
                        + event.getFormattedMessage() + System.lineSeparator();
            }
        });
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level);
        root.addAppender(stderr);
        Level engine = wanted == null ? Level.OFF : level;
        context.getLogger("org.drools").setLevel(engine);
        context.getLogger("org.kie").setLevel(engine);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
