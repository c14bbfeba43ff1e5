package io.tierbench.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.model.Label;
import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.repository.MigrationMatrix.Move;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTableTest {

    /**
     * Run 1 had 7 B, 4 A, 1 C; of the B, 4 stayed, 2 rose to A, 1 left; of the A, 3 stayed and 1 fell to B; the C
     * became B; 2 new customers came in as C.
     */
    private static final MigrationMatrix MATRIX = new MigrationMatrix(1, 2, "abc", "class",
            List.of(new Label("b", "B", "B类客户"), new Label("a", "A", "A类客户"), new Label("c", "C", "C类客户")),
            List.of(new Move("b", "b", 4), new Move("b", "a", 2), new Move("b", null, 1), new Move("a", "a", 3),
                    new Move("a", "b", 1), new Move("c", "b", 1), new Move(null, "c", 2)));

    @Test
    void rowsAreTheEarlierLabelsColumnsTheLaterOnesAndTheDiagonalIsBracketed() {
        assertEquals(List.of(
                "from \\ to |   B |   A | C | (none) | Total",
                "----------+-----+-----+---+--------+------",
                "B         | [4] |   2 | - |      1 |     7",
                "A         |   1 | [3] | - |      - |     4",
                "C         |   1 |   - | - |      - |     1",
                "(none)    |   - |   - | 2 |      - |     2",
                "Total     |   6 |   5 | 2 |      1 |    14"), print(MATRIX, "en"));
    }

    @Test
    void chineseLabelsLineUpByDisplayWidth() {
        List<String> lines = print(MATRIX, "zh");

        assertEquals("从 \\ 到 | B类客户 | A类客户 | C类客户 | (无) | 合计", lines.get(0));
        assertEquals("B类客户 |     [4] |       2 |       - |    1 |    7", lines.get(2));
        for (String line : lines) {
            assertEquals(TextTable.displayWidth(lines.get(0)), TextTable.displayWidth(line), line);
        }
    }

    private static List<String> print(MigrationMatrix matrix, String language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MigrationTable.of(matrix, language).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
