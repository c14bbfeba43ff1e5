package io.tierbench.classifier.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tierbench.api.model.Label;
import org.junit.jupiter.api.Test;

class BundledLabelsTest {

    @Test
    void readsBothLanguagesAsUtf8NextToTheAnchorClass() {
        BundledLabels labels = BundledLabels.load(BundledLabelsTest.class, "test");

        assertEquals(new Label("champions", "Champions", "冠军客户"), labels.label("champions"));
        assertEquals(null, labels.english("lost"));
    }

    @Test
    void aMissingLabelFileNamesTheBundleAndTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BundledLabels.load(String.class, "ABC"));
        assertEquals("the ABC bundle lacks its label file labels.properties", e.getMessage());
    }
}
