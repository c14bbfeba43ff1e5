package io.tierbench.profile.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/** Configuration definitions from the metatype of every installed bundle, looked up at each check. */
final class MetaTypeSchemas implements ConfigurationSchemas {

    private final BundleContext context;
    private final MetaTypeService metaType;

    MetaTypeSchemas(BundleContext context, MetaTypeService metaType) {
        this.context = context;
        this.metaType = metaType;
    }

    @Override
    public Optional<Schema> schema(String pid) {
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation information = metaType.getMetaTypeInformation(bundle);
            if (information == null) {
                continue;
            }
            boolean single = Arrays.asList(information.getPids()).contains(pid);
            boolean factory = Arrays.asList(information.getFactoryPids()).contains(pid);
            if (single || factory) {
                ObjectClassDefinition definition = information.getObjectClassDefinition(pid, null);
                return Optional.of(new Schema(pid, !single, attributes(definition)));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Attribute> attributes(ObjectClassDefinition definition) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        AttributeDefinition[] all = definition.getAttributeDefinitions(ObjectClassDefinition.ALL);
        for (AttributeDefinition attribute : all == null ? new AttributeDefinition[0] : all) {
            String[] options = attribute.getOptionValues();
            Type type = type(attribute.getType());
            attributes.put(attribute.getID(), new Attribute(attribute.getID(), type, attribute.getCardinality(),
                    options == null ? List.of() : List.of(options), value -> bounds(attribute, type, value)));
        }
        return attributes;
    }

    /**
     * Metatype's own check, used for numbers only (it knows the min and max the API does not expose); for text it
     * would split a value at commas, which Tierbench's values do not mean as a list.
     */
    private static String bounds(AttributeDefinition attribute, Type type, String value) {
        if (type == Type.STRING || type == Type.PASSWORD || type == Type.BOOLEAN || type == Type.CHARACTER) {
            return null;
        }
        String problem = attribute.getCardinality() == 0 ? attribute.validate(value) : null;
        return problem == null || problem.isEmpty() ? null : problem;
    }

    @SuppressWarnings("deprecation")
    private static Type type(int type) {
        return switch (type) {
            case AttributeDefinition.LONG -> Type.LONG;
            case AttributeDefinition.INTEGER -> Type.INTEGER;
            case AttributeDefinition.SHORT -> Type.SHORT;
            case AttributeDefinition.CHARACTER -> Type.CHARACTER;
            case AttributeDefinition.BYTE -> Type.BYTE;
            case AttributeDefinition.DOUBLE -> Type.DOUBLE;
            case AttributeDefinition.FLOAT -> Type.FLOAT;
            case AttributeDefinition.BOOLEAN -> Type.BOOLEAN;
            case AttributeDefinition.PASSWORD -> Type.PASSWORD;
            default -> Type.STRING;
        };
    }
}
