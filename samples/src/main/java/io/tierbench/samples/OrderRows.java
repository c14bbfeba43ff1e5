package io.tierbench.samples;

import static io.tierbench.samples.ShopVocabulary.CATEGORIES;
import static io.tierbench.samples.ShopVocabulary.CATEGORY_PRICE_PERCENT;
import static io.tierbench.samples.ShopVocabulary.CATEGORY_WEIGHTS;
import static io.tierbench.samples.ShopVocabulary.SKU_PREFIXES;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes orders.csv, a customer's orders together and in time order. About 1.2 % are refunded and 0.8 % cancelled.
 * Amounts are whole yuan, lognormal around the customer's typical spend.
 */
final class OrderRows {

    static final String HEADER = "order_id,customer_id,ordered_at,amount,currency,quantity,sku,category,status";

    private static final int[] STATUS_WEIGHTS = {980, 12, 8};
    private static final String[] STATUSES = {"completed", "refunded", "cancelled"};
    private static final int[] QUANTITY_WEIGHTS = {80, 15, 5};
    private static final long SECONDS_PER_DAY = 86_400;
    private static final int OPENING_SECOND = 10 * 3600;
    private static final int OPEN_SECONDS = 12 * 3600;
    private static final double AMOUNT_SHAPE = 0.5;
    private static final int SKUS_PER_CATEGORY = 200;
    private static final String[][] SKUS = skus();

    private final Draws draws;
    private final CsvLine line;
    private final int idWidth;
    private long written;

    OrderRows(OutputStream out, Draws draws, long ordersAimedAt) throws IOException {
        this.draws = draws;
        this.line = new CsvLine(out);
        // Room for twice the orders asked for, since the count is drawn; longer ids would still be unique.
        this.idWidth = Math.max(7, Long.toString(ordersAimedAt * 2).length());
        out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** @return the number of orders written so far */
    long written() {
        return written;
    }

    void write(CustomerPlan plan) throws IOException {
        for (long moment : orderMoments(plan)) {
            int category = draws.weighted(CATEGORY_WEIGHTS);
            int quantity = 1 + draws.weighted(QUANTITY_WEIGHTS);
            double unitPrice = plan.spendScale() * CATEGORY_PRICE_PERCENT[category] / 100.0
                    * draws.logNormal(1.0, AMOUNT_SHAPE);
            written++;
            line.id('O', written, idWidth)
                    .text(plan.id())
                    .dateTime(moment / SECONDS_PER_DAY, (int) (moment % SECONDS_PER_DAY))
                    .yuan(Math.max(10, Math.round(unitPrice * quantity)))
                    .text("CNY")
                    .number(quantity)
                    .text(SKUS[category][draws.below(SKUS_PER_CATEGORY)])
                    .text(CATEGORIES[category])
                    .text(STATUSES[draws.weighted(STATUS_WEIGHTS)])
                    .end();
        }
    }

    /** @return the SKUs of each category, such as {@code BR-007}, made once rather than for every order */
    private static String[][] skus() {
        String[][] skus = new String[SKU_PREFIXES.length][SKUS_PER_CATEGORY];
        for (int category = 0; category < SKU_PREFIXES.length; category++) {
            for (int number = 0; number < SKUS_PER_CATEGORY; number++) {
                skus[category][number] = SKU_PREFIXES[category] + "-" + CustomerPlanner.zeroPadded(number, 3);
            }
        }
        return skus;
    }

    /**
     * @return when each order is placed, in seconds from the epoch day 0, in time order, during opening hours. The
     *         first order falls on the first order day; for lapsed customers the last falls on the last one.
     */
    private long[] orderMoments(CustomerPlan plan) {
        long[] moments = new long[plan.orderCount()];
        for (int i = 0; i < moments.length; i++) {
            long day = draws.between(plan.firstOrderDay(), plan.lastOrderDay());
            if (i == 0) {
                day = plan.firstOrderDay();
            } else if (i == moments.length - 1 && plan.pinLastOrder()) {
                day = plan.lastOrderDay();
            }
            moments[i] = day * SECONDS_PER_DAY + OPENING_SECOND + draws.below(OPEN_SECONDS);
        }
        Arrays.sort(moments);
        return moments;
    }
}
