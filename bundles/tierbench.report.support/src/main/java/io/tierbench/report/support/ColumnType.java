package io.tierbench.report.support;

/**
 * What a report column holds, so that each format writes it properly: a workbook as a number with a money or count
 * format, JSON as a number, CSV as plain text.
 *
 * <p>The Java type of a cell of each kind is fixed, and {@code null} is an empty cell in every kind.
 */
public enum ColumnType {

    /** A {@link String}. */
    TEXT,

    /** An {@link io.tierbench.api.model.Label}: written in the report's language, its key kept where a format can. */
    LABEL,

    /** A whole number: a {@link Long} or a {@link java.math.BigDecimal} without fraction. */
    INTEGER,

    /** An amount of money, CNY unless the shop keeps another currency: a {@link java.math.BigDecimal}. */
    MONEY,

    /** Any other number, e.g. a probability or a percentage: a {@link java.math.BigDecimal}. */
    DECIMAL,

    /** A {@link java.time.LocalDate}. */
    DATE
}
