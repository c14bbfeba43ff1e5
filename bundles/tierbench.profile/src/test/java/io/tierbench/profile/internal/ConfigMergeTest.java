package io.tierbench.profile.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merged file keeps the edition's text byte for byte except the profile's keys. */
class ConfigMergeTest {

    static final String EDITION = """
            #
            # ABC (Pareto) classifier (PID tierbench.classifier.abc). Edits apply to the next run.
            #
            # Revenue counted: 0 = all history up to the as-of date.
            window.days = 0
            method=revenue

            # Cumulative revenue share (%) below which a customer is A, then B.
            revenue.a.threshold = 80
            revenue.b.threshold = 95
            # 中文注释：客户数占比
            count.a.share = 20
            count.b.share = 30
            """;

    @Test
    void profileKeysAreReplacedInPlaceOrAppendedAndEveryOtherLineStays() throws Exception {
        CfgFile profile = CfgFile.parse("""
                # Acme: A is the top 60 % of revenue.
                revenue.a.threshold=60
                # 新增键
                labels.zh = 甲类客户
                method = count
                """);

        String merged = ConfigMerge.merge(CfgFile.parse(EDITION), profile);

        assertEquals("""
                #
                # ABC (Pareto) classifier (PID tierbench.classifier.abc). Edits apply to the next run.
                #
                # Revenue counted: 0 = all history up to the as-of date.
                window.days = 0
                method = count

                # Cumulative revenue share (%) below which a customer is A, then B.
                revenue.a.threshold=60
                revenue.b.threshold = 95
                # 中文注释：客户数占比
                count.a.share = 20
                count.b.share = 30
                # 新增键
                labels.zh = 甲类客户
                """, merged);
    }

    @Test
    void withoutProfileKeysTheEditionFileIsWrittenUnchanged() throws Exception {
        assertEquals(EDITION, ConfigMerge.merge(CfgFile.parse(EDITION), CfgFile.parse("# nothing changed\n")));
    }

    @Test
    void aPidTheEditionDoesNotConfigureIsWrittenAsTheProfileWroteIt() throws Exception {
        String mapping = "# Acme's till export\nname = acme\ncolumn.external_id = 会员卡号 | 卡号\n";
        assertEquals(mapping, ConfigMerge.merge(null, CfgFile.parse(mapping)));
    }

    @Test
    void valuesAndPositionsAreReadAsFileInstallReadsThem() throws Exception {
        CfgFile file = CfgFile.parse("# c\nkey.one = a \\\n   b\n  key\\ two:x\n\nthree\n");
        assertEquals(Map.of("key.one", "a b", "key two", "x", "three", ""), file.values());
        assertArrayEquals(new int[] {2, 11}, file.position("key.one"));
        assertArrayEquals(new int[] {4, 12}, file.position("key two"));
        assertEquals(List.of("key.one = a \\", "   b"), file.entryLines("key.one"));
        assertEquals(List.of("key.one", "key two", "three"), List.copyOf(file.values().keySet()));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheLine() {
        byte[] gbk = "a = 1\nname = \u94bb\u77f3\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        CfgFile.UnreadableException e = org.junit.jupiter.api.Assertions.assertThrows(
                CfgFile.UnreadableException.class, () -> CfgFile.parse(gbk));
        assertEquals(2, e.line());
        assertEquals("is not UTF-8 (line 2); save it as UTF-8", e.getMessage());
        assertEquals("a = 1\n", new String("a = 1\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
