package io.tierbench.profile.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.ClassificationContext;
import io.tierbench.api.classifier.Classifier;
import io.tierbench.api.classifier.ClassifierResult;
import io.tierbench.api.config.ConfigurationValidator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The classifier validator builds the classifier; registered validators are found by PID or prefix. */
class ValidatorsTest {

    /** Refuses an A threshold above the B threshold, as the ABC classifier does. */
    static final class ThresholdClassifier implements Classifier {

        @Override
        public ClassifierResult classify(ClassificationContext context) {
            throw new UnsupportedOperationException("not run in this test");
        }

        @Override
        public Optional<Classifier> withConfiguration(Map<String, Object> changes) {
            int a = Integer.parseInt(changes.get("revenue.a.threshold").toString().strip());
            int b = Integer.parseInt(changes.get("revenue.b.threshold").toString().strip());
            if (a >= b) {
                throw new IllegalArgumentException("revenue.a.threshold: " + a + " must be below revenue.b.threshold "
                        + b);
            }
            return Optional.of(this);
        }
    }

    @Test
    void theClassifierOfThePidJudgesTheMergedConfiguration() {
        ClassifierConfigurationValidator validator = new ClassifierConfigurationValidator((pid, check) ->
                pid.equals("tierbench.classifier.abc") ? Optional.of(check.apply(new ThresholdClassifier()))
                        : Optional.empty());

        assertEquals(List.of(), validator.validate("tierbench.classifier.abc",
                Map.of("revenue.a.threshold", "70", "revenue.b.threshold", "90")));
        assertEquals(List.of("revenue.a.threshold: 95 must be below revenue.b.threshold 90"),
                validator.validate("tierbench.classifier.abc",
                        Map.of("revenue.a.threshold", "95", "revenue.b.threshold", "90")));
        assertEquals(List.of(), validator.validate("tierbench.classifier.rfm", Map.of("anything", "x")));
    }

    @Test
    void aPrefixChecksButOnlyAFullNameClaims() {
        ValidatorEntries entries = new ValidatorEntries();
        ConfigurationValidator classifiers = (pid, properties) -> List.of();
        entries.add(classifiers, Map.of("tierbench.config.validator.pid", "tierbench.classifier.*",
                "component.name", "classifiers"));
        entries.add(ProfileFixture.policyValidator(), Map.of("tierbench.config.validator.pid",
                new String[] {"tierbench.tiering"}));

        assertEquals(List.of("classifiers"), entries.validatorsFor("tierbench.classifier.abc").stream()
                .map(ValidatorRegistry.NamedValidator::name).toList());
        assertFalse(entries.claims("tierbench.classifier.abc"));
        assertTrue(entries.claims("tierbench.tiering"));
        entries.remove(classifiers);
        assertEquals(List.of(), entries.validatorsFor("tierbench.classifier.abc"));
    }

    @Test
    void aColumnMappingNamesKnownColumnsAndGivesHeaders() {
        ColumnMappingValidator validator = new ColumnMappingValidator();
        assertEquals(List.of(), validator.validate("tierbench.importer.mapping-acme",
                Map.of("name", "acme", "column.external_id", "会员卡号 | 卡号", "column.amount", "成交价")));
        // in key order
        assertEquals(List.of("colour: unknown key (expected name and column.<column>)",
                "column.amount: gives no header"), validator.validate("tierbench.importer.mapping-acme",
                Map.of("name", "acme", "column.amount", " | ", "colour", "red")));
    }
}
