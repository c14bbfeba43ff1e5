package io.tierbench.classifier.frequency.internal;

import io.tierbench.api.model.InteractionKind;
import io.tierbench.classifier.support.ConfigEntries;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The interaction kinds that count, read from {@code interactions.kinds}. */
final class InteractionKinds {

    /** The Chinese names the importers accept for each kind, so a consultant may write either. */
    private static final Map<String, InteractionKind> CHINESE = Map.of("沟通", InteractionKind.COMMUNICATION,
            "服务", InteractionKind.SERVICE, "反馈", InteractionKind.FEEDBACK, "投诉", InteractionKind.COMPLAINT,
            "推荐", InteractionKind.REFERRAL);

    private InteractionKinds() {
    }

    /**
     * @param values the property value; no entries means every kind
     * @param problems receives one message per unknown kind
     * @return the kinds that count, never empty
     */
    static Set<InteractionKind> parse(String[] values, List<String> problems) {
        List<String> entries = ConfigEntries.list(values);
        if (entries.isEmpty()) {
            return Collections.unmodifiableSet(EnumSet.allOf(InteractionKind.class));
        }
        Set<InteractionKind> kinds = EnumSet.noneOf(InteractionKind.class);
        for (String entry : entries) {
            InteractionKind kind = kind(entry);
            if (kind == null) {
                problems.add("interactions.kinds has an unknown kind '" + entry + "' (known: " + known() + ")");
            } else {
                kinds.add(kind);
            }
        }
        return Collections.unmodifiableSet(kinds);
    }

    private static InteractionKind kind(String entry) {
        InteractionKind chinese = CHINESE.get(entry);
        if (chinese != null) {
            return chinese;
        }
        for (InteractionKind kind : InteractionKind.values()) {
            if (kind.name().equalsIgnoreCase(entry)) {
                return kind;
            }
        }
        return null;
    }

    private static String known() {
        return EnumSet.allOf(InteractionKind.class).stream().map(InteractionKinds::key)
                .collect(Collectors.joining(", "));
    }

    /** @return the kind as written in configuration, e.g. {@code complaint} */
    static String key(InteractionKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** @return whether every kind counts */
    static boolean all(Set<InteractionKind> kinds) {
        return kinds.size() == InteractionKind.values().length;
    }

    /** @return {@code every kind}, or e.g. {@code communication; service} */
    static String describe(Set<InteractionKind> kinds) {
        return all(kinds) ? "every kind"
                : ConfigEntries.join(kinds.stream().map(InteractionKinds::key).toList());
    }
}
