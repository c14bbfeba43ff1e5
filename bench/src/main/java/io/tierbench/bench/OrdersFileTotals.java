package io.tierbench.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The number of orders in an orders file and the sum of their amounts, read with a plain split and no database: the
 * independent answer every load of the file must reproduce. The generator writes no quoted fields, so a quote fails
 * the count rather than being split wrongly.
 *
 * @param rows data rows, the header not counted
 * @param amountSum sum of the {@code amount} column
 */
record OrdersFileTotals(long rows, BigDecimal amountSum) {

    static OrdersFileTotals of(Path orders) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(orders, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IOException(orders + ": empty, expected a header row");
            }
            int amount = Arrays.asList(header.split(",", -1)).indexOf("amount");
            if (amount < 0) {
                throw new IOException(orders + ": no amount column in the header " + header);
            }
            long rows = 0;
            BigDecimal sum = BigDecimal.ZERO;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.indexOf('"') >= 0) {
                    throw new IOException(orders + ": row " + (rows + 2) + " has a quoted field; this check "
                            + "only splits plain rows");
                }
                sum = sum.add(new BigDecimal(line.split(",", -1)[amount]));
                rows++;
            }
            return new OrdersFileTotals(rows, sum);
        }
    }

    /** @return whether a load stored exactly these rows: same count, same sum (whatever the scale) */
    boolean matches(long loadedRows, BigDecimal loadedSum) {
        return loadedRows == rows && loadedSum != null && loadedSum.compareTo(amountSum) == 0;
    }
}
