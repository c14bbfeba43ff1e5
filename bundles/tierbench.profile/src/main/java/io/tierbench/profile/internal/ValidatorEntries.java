package io.tierbench.profile.internal;

import io.tierbench.api.config.ConfigurationValidator;
import io.tierbench.api.config.ConfigurationValidatorService;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The validators bound right now, each with the PIDs its service property names. */
final class ValidatorEntries implements ValidatorRegistry {

    private record Entry(NamedValidator validator, List<String> pids) {

        boolean matches(String pid) {
            return pids.stream().anyMatch(name -> name.endsWith("*")
                    ? pid.startsWith(name.substring(0, name.length() - 1)) : name.equals(pid));
        }
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(ConfigurationValidator validator, Map<String, ?> properties) {
        Object name = properties.get("component.name");
        entries.add(new Entry(new NamedValidator(name == null ? validator.getClass().getName() : name.toString(),
                validator), pids(properties.get(ConfigurationValidatorService.PID))));
    }

    void remove(ConfigurationValidator validator) {
        entries.removeIf(entry -> entry.validator().validator() == validator);
    }

    @Override
    public List<NamedValidator> validatorsFor(String definitionPid) {
        return entries.stream().filter(entry -> entry.matches(definitionPid)).map(Entry::validator).toList();
    }

    @Override
    public boolean claims(String definitionPid) {
        return entries.stream().anyMatch(entry -> entry.pids().contains(definitionPid));
    }

    /** The property is a text or an array of texts, as the annotation gives one name or several. */
    private static List<String> pids(Object property) {
        if (property instanceof String[] names) {
            return List.copyOf(Arrays.asList(names));
        }
        if (property instanceof Collection<?> names) {
            return names.stream().map(String::valueOf).toList();
        }
        return property == null ? List.of() : List.of(property.toString());
    }
}
