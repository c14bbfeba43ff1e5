package io.tierbench.classifier.rfm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValueClassTest {

    @Test
    void eachCombinationHasTheClassOfTheChineseModel() {
        // recent, frequent, high spend -> PRODUCT.md's list
        assertEquals(ValueClass.IMPORTANT_VALUE, ValueClass.of(true, true, true));          // 重要价值 R↑F↑M↑
        assertEquals(ValueClass.IMPORTANT_DEVELOPMENT, ValueClass.of(true, false, true));   // 重要发展 R↑F↓M↑
        assertEquals(ValueClass.IMPORTANT_RETENTION, ValueClass.of(false, true, true));     // 重要保持 R↓F↑M↑
        assertEquals(ValueClass.IMPORTANT_WINBACK, ValueClass.of(false, false, true));      // 重要挽留 R↓F↓M↑
        assertEquals(ValueClass.GENERAL_VALUE, ValueClass.of(true, true, false));           // 一般价值 R↑F↑M↓
        assertEquals(ValueClass.GENERAL_DEVELOPMENT, ValueClass.of(true, false, false));    // 一般发展 R↑F↓M↓
        assertEquals(ValueClass.GENERAL_RETENTION, ValueClass.of(false, true, false));      // 一般保持 R↓F↑M↓
        assertEquals(ValueClass.GENERAL_WINBACK, ValueClass.of(false, false, false));       // 一般挽留 R↓F↓M↓
    }

    @Test
    void shippedLabelsMatchTheChineseNames() {
        RfmLabels labels = TestConfigurations.settings(java.util.Map.of()).labels();
        assertEquals("重要价值客户", labels.value(ValueClass.IMPORTANT_VALUE).zh());
        assertEquals("重要发展客户", labels.value(ValueClass.IMPORTANT_DEVELOPMENT).zh());
        assertEquals("重要保持客户", labels.value(ValueClass.IMPORTANT_RETENTION).zh());
        assertEquals("重要挽留客户", labels.value(ValueClass.IMPORTANT_WINBACK).zh());
        assertEquals("一般价值客户", labels.value(ValueClass.GENERAL_VALUE).zh());
        assertEquals("一般发展客户", labels.value(ValueClass.GENERAL_DEVELOPMENT).zh());
        assertEquals("一般保持客户", labels.value(ValueClass.GENERAL_RETENTION).zh());
        assertEquals("一般挽留客户", labels.value(ValueClass.GENERAL_WINBACK).zh());
        assertEquals("important-winback", labels.value(ValueClass.IMPORTANT_WINBACK).key());
        assertEquals("Important win-back", labels.value(ValueClass.IMPORTANT_WINBACK).en());
        assertEquals("R\u2193F\u2193M\u2191", ValueClass.IMPORTANT_WINBACK.arrows());
    }
}
