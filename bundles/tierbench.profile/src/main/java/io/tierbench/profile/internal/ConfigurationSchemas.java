package io.tierbench.profile.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** What the installed bundles' metatype says about configurations. */
interface ConfigurationSchemas {

    /**
     * @param pid a PID, or a factory PID
     * @return its definition, or empty when no bundle defines it
     */
    Optional<Schema> schema(String pid);

    /** The attributes of one PID. */
    record Schema(String pid, boolean factory, Map<String, Attribute> attributes) {

        public Schema {
            attributes = Map.copyOf(attributes);
        }
    }

    /**
     * One attribute, as metatype defines it.
     *
     * @param id the key
     * @param type its type
     * @param cardinality 0 for one value, else at most |cardinality| values (MAX_VALUE for any number)
     * @param options the allowed values, or empty for any
     * @param check a further check of one value as text (e.g. metatype's own min and max), giving a problem or
     *        {@code null}
     */
    record Attribute(String id, Type type, int cardinality, List<String> options, UnaryOperator<String> check) {

        public Attribute {
            options = List.copyOf(options);
        }

        public Attribute(String id, Type type) {
            this(id, type, 0, List.of(), value -> null);
        }
    }

    /** Metatype's attribute types that a value is checked against. */
    enum Type {
        STRING, LONG, INTEGER, SHORT, CHARACTER, BYTE, DOUBLE, FLOAT, BOOLEAN, PASSWORD
    }
}
