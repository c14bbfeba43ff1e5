package io.tierbench.rest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Configurations through Configuration Admin. An update reaches the component at once; in Karaf, FileInstall writes
 * it back to {@code etc/<pid>.cfg} (the file named by {@code felix.fileinstall.filename}, which updates keep).
 */
final class ConfigAdminStore implements ConfigurationStore {

    private final ConfigurationAdmin admin;

    ConfigAdminStore(ConfigurationAdmin admin) {
        this.admin = admin;
    }

    @Override
    public Map<String, Object> properties(String pid) {
        try {
            // listConfigurations, not getConfiguration: reading must not create an empty configuration.
            Configuration[] found = admin.listConfigurations("(service.pid=" + escape(pid) + ")");
            Dictionary<String, Object> properties = found == null || found.length == 0 ? null
                    : found[0].getProperties();
            Map<String, Object> map = new LinkedHashMap<>();
            if (properties != null) {
                for (String key : Collections.list(properties.keys())) {
                    map.put(key, properties.get(key));
                }
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration " + pid, e);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("the PID " + pid + " makes an invalid filter", e);
        }
    }

    @Override
    public void update(String pid, Map<String, Object> properties) {
        try {
            // "?" binds the configuration to whichever bundle's component reads it, as FileInstall does.
            admin.getConfiguration(pid, "?").update(new Hashtable<>(properties));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the configuration " + pid, e);
        }
    }

    /** @return the value with the characters an LDAP filter gives a meaning escaped */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
