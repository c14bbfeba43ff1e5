package io.tierbench.report.support;

import io.tierbench.api.model.Label;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A cell as plain text, for text formats: labels in the report's language, numbers exact, dates ISO. */
public final class CellText {

    private CellText() {
    }

    /** @return the cell's text; empty for {@code null} */
    public static String of(Object cell, ColumnType type, String language) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Label label) {
            return label.in(language);
        }
        if (cell instanceof BigDecimal number) {
            BigDecimal shown = type == ColumnType.MONEY && number.scale() < 2 ? number.setScale(2) : number;
            return shown.toPlainString();
        }
        if (cell instanceof LocalDate date) {
            return date.toString();
        }
        return cell.toString();
    }
}
