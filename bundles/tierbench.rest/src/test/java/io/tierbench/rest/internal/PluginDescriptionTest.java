package io.tierbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/** The metatype description as the API writes it, and the realm roles as workbench roles. */
class PluginDescriptionTest {

    private record Attribute(String id, int type, String[] defaults, String[] values, String[] labels)
            implements AttributeDefinition {
        public String getName() {
            return id + " name";
        }

        public String getID() {
            return id;
        }

        public String getDescription() {
            return id + " description";
        }

        public int getCardinality() {
            return 0;
        }

        public int getType() {
            return type;
        }

        public String[] getOptionValues() {
            return values;
        }

        public String[] getOptionLabels() {
            return labels;
        }

        public String validate(String value) {
            return "";
        }

        public String[] getDefaultValue() {
            return defaults;
        }
    }

    private static final class Definition implements ObjectClassDefinition {
        private final AttributeDefinition window = new Attribute("window.days", AttributeDefinition.INTEGER,
                new String[] {"365"}, null, null);
        private final AttributeDefinition model = new Attribute("model", AttributeDefinition.STRING,
                new String[] {"quintiles"}, new String[] {"quintiles", "fixed"}, new String[] {"Quintiles", "Fixed"});

        public String getName() {
            return "RFM";
        }

        public String getID() {
            return "tierbench.classifier.rfm";
        }

        public String getDescription() {
            return "RFM segments";
        }

        public AttributeDefinition[] getAttributeDefinitions(int filter) {
            return filter == REQUIRED ? new AttributeDefinition[] {window}
                    : new AttributeDefinition[] {window, model};
        }

        public InputStream getIcon(int size) {
            return null;
        }
    }

    @Test
    void anObjectClassDefinitionBecomesADescriptionWithTypesDefaultsAndOptions() {
        Plugins.ConfigurationDescription description = OsgiPlugins.describe("tierbench.classifier.rfm",
                new Definition());
        assertEquals(new Plugins.ConfigurationDescription("tierbench.classifier.rfm", "RFM", "RFM segments", List.of(
                new Plugins.AttributeDescription("window.days", "window.days name", "window.days description",
                        "integer", 0, true, List.of("365"), List.of()),
                new Plugins.AttributeDescription("model", "model name", "model description", "string", 0, false,
                        List.of("quintiles"), List.of(new Plugins.Option("quintiles", "Quintiles"),
                                new Plugins.Option("fixed", "Fixed"))))), description);
    }

    /** A role principal as a realm gives it. */
    private record RolePrincipal(String getName) implements Principal {
    }

    /** A user principal, whose name must never count as a role. */
    private record UserPrincipal(String getName) implements Principal {
    }

    @Test
    void realmRolePrincipalsMapToWorkbenchRolesByName() {
        JaasAuthenticator authenticator = new JaasAuthenticator("karaf", Set.of(RolePrincipal.class.getName()),
                Map.of(Role.ADMIN, List.of("admin"), Role.ANALYST, List.of("analyst", "manager"),
                        Role.VIEWER, List.of("viewer")));
        assertEquals(Set.of(Role.ANALYST, Role.VIEWER), authenticator.rolesOf(Set.of(new UserPrincipal("admin"),
                new RolePrincipal("manager"), new RolePrincipal("viewer"), new RolePrincipal("ssh"))));
        assertEquals(Set.of(), authenticator.rolesOf(Set.of(new UserPrincipal("admin"))));
    }

    @Test
    void anUnknownRealmRefusesTheLoginInsteadOfFailing() {
        JaasAuthenticator authenticator = new JaasAuthenticator("no-such-realm", Set.of(), Map.of());
        assertEquals(java.util.Optional.empty(), authenticator.authenticate("admin", "x".toCharArray()));
    }
}
