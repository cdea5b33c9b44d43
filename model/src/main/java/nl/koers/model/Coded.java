package nl.koers.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum constant with the code the portfolio format spells it with ("on-track", "at-least"). */
public interface Coded {

    /** The code as written in portfolio files and machine-readable output. */
    String code();

    /** The constant of {@code type} whose code is {@code code}, if any. */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** The codes of {@code type}, separated by " | ", for messages that say what was expected. */
    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(" | "));
    }
}
