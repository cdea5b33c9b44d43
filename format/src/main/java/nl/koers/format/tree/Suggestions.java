package nl.koers.format.tree;

import java.util.Comparator;
import java.util.Set;

/** "Did you mean …?" for a misspelt name: the closest allowed name by edit distance, when it is close. */
public final class Suggestions {

    private Suggestions() {
    }

    /** " (did you mean 'x'?)" for a name close to one allowed, else nothing. */
    public static String didYouMean(String name, Set<String> allowed) {
        return allowed.stream()
                .min(Comparator.comparingInt((String candidate) -> distance(name.toLowerCase(), candidate.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(best -> distance(name.toLowerCase(), best.toLowerCase()) <= Math.max(2, best.length() / 8))
                .map(best -> " (did you mean '" + best + "'?)")
                .orElse("");
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
