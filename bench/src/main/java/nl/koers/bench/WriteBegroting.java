package nl.koers.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.koers.format.PortfolioWriter;
import nl.koers.model.Portfolio;

/**
 * Writes a synthetic begroting as JSON Lines, one portfolio per line, for the end-to-end benchmark:
 * {@code java -cp koers-benchmarks.jar nl.koers.bench.WriteBegroting TARGETS FILE [SEED]}. It streams, so
 * a million targets need no more memory than one portfolio.
 */
public final class WriteBegroting {

    private WriteBegroting() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: WriteBegroting TARGETS FILE [SEED]");
            System.exit(2);
        }
        long targets = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        SyntheticBegroting begroting = new SyntheticBegroting(seed);
        long written = 0;
        long portfolios = 0;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            while (written < targets) {
                Portfolio p = begroting.next();
                PortfolioWriter.write(p, out, false);
                written += p.targets().count();
                portfolios++;
            }
        }
        System.out.println(file + ": " + portfolios + " portfolios, " + written + " targets");
    }
}
