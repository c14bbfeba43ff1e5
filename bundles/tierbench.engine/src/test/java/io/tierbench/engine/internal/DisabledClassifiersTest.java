package io.tierbench.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.repository.ClassifierInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisabledClassifiersTest {

    @Test
    void idsAreSplitOnSemicolonsAndCommasWithBlanksIgnored() {
        assertEquals(Set.of("clv", "satisfaction", "big-spender"),
                DisabledClassifiers.parse(" clv; satisfaction ,, big-spender ;").ids());
        assertEquals(Set.of(), DisabledClassifiers.parse("").ids());
        assertEquals(Set.of(), DisabledClassifiers.parse(null).ids());
    }

    @Test
    void disabledClassifiersAreLeftOutAndTheOthersKeepTheirOrder() {
        List<ClassifierHandle> handles = List.of(handle("abc"), handle("clv"), handle("rfm"), handle("satisfaction"));
        List<String> used = DisabledClassifiers.parse("clv;satisfaction").filter(handles).stream()
                .map(h -> h.identity().id()).toList();
        assertEquals(List.of("abc", "rfm"), used);
    }

    private static ClassifierHandle handle(String id) {
        return new ClassifierHandle() {
            @Override
            public ClassifierInfo identity() {
                return new ClassifierInfo(id, id, "1.0.0", Map.of());
            }

            @Override
            public Classifier acquire() {
                return null;
            }

            @Override
            public boolean isPresent() {
                return true;
            }

            @Override
            public void release() {
            }
        };
    }
}
