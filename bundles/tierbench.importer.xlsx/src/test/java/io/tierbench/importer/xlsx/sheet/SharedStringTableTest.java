package io.tierbench.importer.xlsx.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SharedStringTableTest {

    private static final String SST = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

    @Test
    void keepsEveryStringAcrossPages() throws Exception {
        int count = 150_000; // "客户" is 6 bytes of UTF-8: about 1.7 MB of text, so the table spans two pages
        StringBuilder xml = new StringBuilder(SST);
        for (int i = 0; i < count; i++) {
            xml.append("<si><t>客户").append(i).append("</t></si>");
        }
        SharedStringTable table = read(xml.append("</sst>").toString());
        assertEquals(count, table.size());
        for (int i = 0; i < count; i++) {
            assertEquals("客户" + i, table.get(i));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> table.get(count));
        assertThrows(IndexOutOfBoundsException.class, () -> table.get(-1));
    }

    @Test
    void richTextIsItsRunsWithoutPhoneticGuidesAndWithEscapesDecoded() throws Exception {
        SharedStringTable table = read(SST + """
                <si><t/></si>\
                <si><r><t>张</t></r><r><rPr><b/></rPr><t>三</t></r><rPh sb="0" eb="2"><t>zhāng sān</t></rPh></si>\
                <si><t>第一行_x000D__x000A_第二行</t></si>\
                <si><t>_x005F_x0041_ stays, _xZZZZ_ too</t></si>\
                <si><t xml:space="preserve">  空格  </t></si></sst>""");
        assertEquals(5, table.size());
        assertEquals("", table.get(0));
        assertEquals("张三", table.get(1));
        assertEquals("第一行\r\n第二行", table.get(2));
        assertEquals("_x0041_ stays, _xZZZZ_ too", table.get(3));
        assertEquals("  空格  ", table.get(4));
    }

    @Test
    void anEmptyTableHasNoString() {
        assertEquals(0, SharedStringTable.empty().size());
        assertThrows(IndexOutOfBoundsException.class, () -> SharedStringTable.empty().get(0));
    }

    private static SharedStringTable read(String xml) throws Exception {
        return SharedStringTable.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
