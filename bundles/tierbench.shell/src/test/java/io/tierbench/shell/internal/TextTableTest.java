package io.tierbench.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void chineseCharactersTakeTwoColumns() {
        assertEquals(8, TextTable.displayWidth("冠军客户"));
        assertEquals(9, TextTable.displayWidth("Champions"));
        assertEquals(6, TextTable.displayWidth("无购买"));
    }

    @Test
    void columnsLineUpByDisplayWidth() {
        TextTable table = new TextTable("Label", "标签", "Customers").alignRight(2);
        table.addRow("Champions", "冠军客户", 58);
        table.addRow("Lost", "已流失", 7);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertEquals(List.of(
                "Label     | 标签     | Customers",
                "----------+----------+----------",
                "Champions | 冠军客户 |        58",
                "Lost      | 已流失   |         7"), bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
