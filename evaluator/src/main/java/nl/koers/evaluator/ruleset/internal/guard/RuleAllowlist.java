package nl.koers.evaluator.ruleset.internal.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the compiled code of a rule folder may reach, read from {@code rule-allowlist.txt} beside this class
 * (its header says the format): the types it may name, per type the members it may use, and the classes it
 * may extend or implement. Names are JVM internal names ({@code java/lang/String}). Immutable.
 */
final class RuleAllowlist {

    static final String RESOURCE = "rule-allowlist.txt";

    /** The members allowed on one type: every one ({@code *}) but the excluded, or just the listed. */
    private record Members(boolean all, Set<String> names, Set<String> excluded) {
        boolean allows(String member) {
            return all ? !excluded.contains(member) : names.contains(member);
        }
    }

    private final Map<String, Members> types;
    private final Set<String> packages;
    private final Set<String> supertypes;

    private RuleAllowlist(Map<String, Members> types, Set<String> packages, Set<String> supertypes) {
        this.types = Map.copyOf(types);
        this.packages = Set.copyOf(packages);
        this.supertypes = Set.copyOf(supertypes);
    }

    /** The shipped allowlist. */
    static RuleAllowlist shipped() {
        try (InputStream in = RuleAllowlist.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from koers-evaluator");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads the allowlist format.
     *
     * @throws IllegalArgumentException naming the line of anything it does not understand
     */
    static RuleAllowlist parse(String text) {
        Map<String, Members> types = new HashMap<>();
        Set<String> packages = new HashSet<>();
        Set<String> supertypes = new HashSet<>();
        List<String> tokens = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            int hash = line.indexOf('#');
            for (String token : (hash < 0 ? line : line.substring(0, hash)).replace("{", " { ").replace("}", " } ")
                    .strip().split("\\s+")) {
                if (!token.isEmpty()) {
                    tokens.add(token);
                    lines.add(i + 1);
                }
            }
        }
        for (int t = 0; t < tokens.size(); ) {
            String keyword = tokens.get(t);
            if (t + 1 >= tokens.size()) {
                throw new IllegalArgumentException(RESOURCE + ":" + lines.get(t) + ": " + keyword + " without a name");
            }
            String name = tokens.get(t + 1).replace('.', '/');
            switch (keyword) {
                case "supertype" -> {
                    supertypes.add(name);
                    t += 2;
                }
                case "class", "package" -> {
                    if (t + 2 >= tokens.size() || !tokens.get(t + 2).equals("{")) {
                        throw new IllegalArgumentException(RESOURCE + ":" + lines.get(t) + ": expected '{' after " + name);
                    }
                    boolean every = false;
                    Set<String> names = new HashSet<>();
                    Set<String> excluded = new HashSet<>();
                    t += 3;
                    while (t < tokens.size() && !tokens.get(t).equals("}")) {
                        String member = tokens.get(t++);
                        if (member.equals("*")) {
                            every = true;
                        } else if (member.startsWith("!")) {
                            excluded.add(member.substring(1));
                        } else {
                            names.add(member);
                        }
                    }
                    if (t >= tokens.size()) {
                        throw new IllegalArgumentException(RESOURCE + ": the block of " + name + " is not closed");
                    }
                    t++;
                    if (keyword.equals("package")) {
                        if (!every || !names.isEmpty() || !excluded.isEmpty()) {
                            throw new IllegalArgumentException(RESOURCE + ": package " + name + " takes { * } only");
                        }
                        packages.add(name);
                    } else {
                        types.put(name, new Members(every, Set.copyOf(names), Set.copyOf(excluded)));
                    }
                }
                default -> throw new IllegalArgumentException(RESOURCE + ":" + lines.get(t) + ": unknown keyword " + keyword);
            }
        }
        return new RuleAllowlist(types, packages, supertypes);
    }

    /** Whether compiled rule code may name {@code type} (an internal name, not an array). */
    boolean allowsType(String type) {
        return types.containsKey(type) || packages.contains(packageOf(type));
    }

    /** Whether {@code member} may be used with {@code owner} as the type it is looked up on. */
    boolean allowsMember(String owner, String member) {
        if (packages.contains(packageOf(owner))) {
            return true;
        }
        Members m = types.get(owner);
        return m != null && m.allows(member);
    }

    /** Whether a generated class may extend or implement {@code type}. */
    boolean allowsSupertype(String type) {
        return supertypes.contains(type);
    }

    private static String packageOf(String type) {
        int slash = type.lastIndexOf('/');
        return slash < 0 ? "" : type.substring(0, slash);
    }
}
