package io.tierbench.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Configuration Admin in memory, holding the RFM classifier's configuration as FileInstall leaves it: its file name,
 * its PID and {@code window.days = 365}. Records every update.
 */
final class FakeConfigurationStore implements ConfigurationStore {

    static final String RFM = "tierbench.classifier.rfm";
    static final String RFM_FILE = "file:/opt/tierbench/etc/tierbench.classifier.rfm.cfg";

    final Map<String, Map<String, Object>> configurations = new ConcurrentHashMap<>();
    final List<Map<String, Object>> updates = new CopyOnWriteArrayList<>();

    FakeConfigurationStore() {
        Map<String, Object> rfm = new LinkedHashMap<>();
        rfm.put("service.pid", RFM);
        rfm.put("felix.fileinstall.filename", RFM_FILE);
        rfm.put("window.days", "365");
        configurations.put(RFM, rfm);
    }

    @Override
    public Map<String, Object> properties(String pid) {
        return new LinkedHashMap<>(configurations.getOrDefault(pid, Map.of()));
    }

    @Override
    public void update(String pid, Map<String, Object> properties) {
        updates.add(Map.copyOf(properties));
        configurations.put(pid, new LinkedHashMap<>(properties));
    }
}
