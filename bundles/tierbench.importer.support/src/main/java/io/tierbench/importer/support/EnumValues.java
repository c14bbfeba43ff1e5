package io.tierbench.importer.support;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads an enum constant from its lower-case name or from an alias such as a Chinese word, ignoring case. */
final class EnumValues<T extends Enum<T>> implements ValueParser<T> {

    private final Map<String, T> byText = new HashMap<>();
    private final String unknownReason;

    /** @param what what the values are, for messages (e.g. {@code status}) */
    EnumValues(Class<T> type, String what) {
        for (T constant : type.getEnumConstants()) {
            byText.put(constant.name().toLowerCase(Locale.ROOT), constant);
        }
        this.unknownReason = "unknown " + what + "; expected one of " + Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** @return this, also reading {@code constant} from each alias */
    EnumValues<T> alias(T constant, String... aliases) {
        for (String alias : aliases) {
            byText.put(alias.toLowerCase(Locale.ROOT), constant);
        }
        return this;
    }

    @Override
    public T parse(String text) throws InvalidValueException {
        T constant = byText.get(text.toLowerCase(Locale.ROOT));
        if (constant == null) {
            throw new InvalidValueException(unknownReason);
        }
        return constant;
    }
}
