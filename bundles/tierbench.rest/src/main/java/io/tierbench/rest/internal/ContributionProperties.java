package io.tierbench.rest.internal;

import io.tierbench.api.workbench.CustomerColumnService;
import io.tierbench.api.workbench.Placement;
import io.tierbench.api.workbench.WorkbenchCommandService;
import io.tierbench.api.workbench.WorkbenchViewService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads contributions' service properties into descriptors. A contribution without a usable id is left out (its
 * files could not be addressed); every other property has a default, so a sloppy plugin still shows.
 */
final class ContributionProperties {

    /** Ids become path segments of URLs: letters, digits, dots, dashes and underscores only. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ContributionProperties() {
    }

    /** @param property a service property by name, {@code null} when absent */
    static Optional<Contributions.ViewDescriptor> view(Function<String, Object> property) {
        return id(property, WorkbenchViewService.ID).map(id -> {
            String titleEn = text(property, WorkbenchViewService.TITLE_EN, id);
            return new Contributions.ViewDescriptor(id, titleEn, text(property, WorkbenchViewService.TITLE_ZH,
                    titleEn), text(property, WorkbenchViewService.PLACEMENT, Placement.PAGE),
                    text(property, WorkbenchViewService.MODULE, "view.js"),
                    text(property, WorkbenchViewService.ICON, null), order(property.apply(WorkbenchViewService.ORDER)),
                    text(property, WorkbenchViewService.CLASSIFIER, null));
        });
    }

    static Optional<Contributions.ColumnDescriptor> column(Function<String, Object> property) {
        return id(property, CustomerColumnService.ID).map(id -> {
            String titleEn = text(property, CustomerColumnService.TITLE_EN, id);
            return new Contributions.ColumnDescriptor(id, titleEn, text(property, CustomerColumnService.TITLE_ZH,
                    titleEn), Boolean.parseBoolean(String.valueOf(property.apply(CustomerColumnService.PERSONAL))));
        });
    }

    static Optional<Contributions.CommandDescriptor> command(Function<String, Object> property) {
        return id(property, WorkbenchCommandService.ID).map(id -> {
            String titleEn = text(property, WorkbenchCommandService.TITLE_EN, id);
            List<Contributions.CommandParameter> parameters = new ArrayList<>();
            for (String entry : texts(property.apply(WorkbenchCommandService.PARAMETERS))) {
                parameter(entry).ifPresent(parameters::add);
            }
            return new Contributions.CommandDescriptor(id, titleEn, text(property, WorkbenchCommandService.TITLE_ZH,
                    titleEn), role(property.apply(WorkbenchCommandService.ROLE)), parameters);
        });
    }

    /** @return {@code name|English label|中文标签}; missing labels fall back to the name and the English label */
    static Optional<Contributions.CommandParameter> parameter(String entry) {
        String[] parts = entry.split("\\|", -1);
        String name = parts[0].strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String en = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : name;
        String zh = parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : en;
        return Optional.of(new Contributions.CommandParameter(name, en, zh));
    }

    /** @return the role named; none means analyst (the annotation's default), an unknown name admin, to fail closed */
    static Role role(Object value) {
        if (value == null || String.valueOf(value).isBlank()) {
            return Role.ANALYST;
        }
        try {
            return Role.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Role.ADMIN;
        }
    }

    private static int order(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null ? 100 : Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    private static Optional<String> id(Function<String, Object> property, String key) {
        String id = text(property, key, null);
        return id != null && ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    private static String text(Function<String, Object> property, String key, String fallback) {
        Object value = property.apply(key);
        if (value instanceof String[] array) {
            value = array.length == 0 ? null : array[0];
        }
        return value == null || String.valueOf(value).isBlank() ? fallback : String.valueOf(value).strip();
    }

    private static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String[] array) {
            return Arrays.asList(array);
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
