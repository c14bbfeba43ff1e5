package io.tierbench.samples;

/**
 * Decides each customer's segment, dates, number of orders and spending. Order counts of repeat buyers and order
 * amounts are heavy-tailed (lognormal), so a few customers hold most of the revenue, as in a real shop.
 */
final class CustomerPlanner {

    private static final int[] SEGMENT_WEIGHTS = segmentWeights();
    private static final double NEW_CUSTOMER_ORDERS = 1.3;
    private static final double ORDER_COUNT_SHAPE = 1.0;
    private static final double TYPICAL_SPEND_YUAN = 380.0;
    private static final double SPEND_SHAPE = 0.9;
    private static final double BIG_SPENDER_SHARE = 0.02;
    private static final double BIG_SPENDER_FACTOR = 6.0;

    private final Draws draws;
    private final long startDay;
    private final long endDay;
    private final double meanRepeatOrders;
    private final int idWidth;

    CustomerPlanner(ShopParameters parameters, Draws draws) {
        this.draws = draws;
        this.startDay = parameters.startDate().toEpochDay();
        this.endDay = parameters.endDate().toEpochDay();
        this.meanRepeatOrders = meanRepeatOrders(parameters);
        this.idWidth = Math.max(6, Integer.toString(parameters.customers()).length());
    }

    CustomerPlan plan(int number) {
        String id = "C" + zeroPadded(number, idWidth);
        Segment segment = Segment.values()[draws.weighted(SEGMENT_WEIGHTS)];
        double spendScale = draws.logNormal(TYPICAL_SPEND_YUAN, SPEND_SHAPE)
                * (draws.chance(BIG_SPENDER_SHARE) ? BIG_SPENDER_FACTOR : 1.0);
        return switch (segment) {
            case PROSPECT -> new CustomerPlan(id, segment, draws.between(startDay, endDay), 0, 0, false, 0, 0);
            case NEW -> newCustomer(id, spendScale);
            case ONE_TIME -> oneTimeBuyer(id, spendScale);
            case LAPSED -> lapsedBuyer(id, spendScale);
            case REGULAR -> regularBuyer(id, spendScale);
        };
    }

    static String zeroPadded(long number, int width) {
        String digits = Long.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private CustomerPlan newCustomer(String id, double spendScale) {
        long created = draws.between(endDay - 89, endDay);
        long first = draws.between(created, Math.min(created + 14, endDay));
        int orders = draws.chance(NEW_CUSTOMER_ORDERS - 1.0) ? 2 : 1;
        return new CustomerPlan(id, Segment.NEW, created, first, endDay, false, orders, spendScale);
    }

    private CustomerPlan oneTimeBuyer(String id, double spendScale) {
        long created = draws.between(startDay, endDay - 90);
        long first = created + draws.between(0, 30);
        return new CustomerPlan(id, Segment.ONE_TIME, created, first, first, false, 1, spendScale);
    }

    /** The last order lies between a month after the first and a year and a day before the end date. */
    private CustomerPlan lapsedBuyer(String id, double spendScale) {
        long created = draws.between(startDay, endDay - 500);
        long first = created + draws.between(0, 30);
        long last = draws.between(first + 30, endDay - 366);
        return new CustomerPlan(id, Segment.LAPSED, created, first, last, true, repeatOrderCount(), spendScale);
    }

    private CustomerPlan regularBuyer(String id, double spendScale) {
        long created = draws.between(startDay, endDay - 120);
        long first = created + draws.between(0, 30);
        return new CustomerPlan(id, Segment.REGULAR, created, first, endDay, false, repeatOrderCount(), spendScale);
    }

    private int repeatOrderCount() {
        return 2 + (int) Math.round((meanRepeatOrders - 2.0) * draws.unitMeanLogNormal(ORDER_COUNT_SHAPE));
    }

    /** The mean order count of repeat buyers that makes the expected total the number of orders asked for. */
    private static double meanRepeatOrders(ShopParameters parameters) {
        double customers = parameters.customers();
        double newOrders = customers * Segment.NEW.percent() / 100.0 * NEW_CUSTOMER_ORDERS;
        double oneTimeOrders = customers * Segment.ONE_TIME.percent() / 100.0;
        double repeatBuyers = customers * (Segment.LAPSED.percent() + Segment.REGULAR.percent()) / 100.0;
        return Math.max(2.0, (parameters.orders() - newOrders - oneTimeOrders) / repeatBuyers);
    }

    private static int[] segmentWeights() {
        Segment[] segments = Segment.values();
        int[] weights = new int[segments.length];
        for (int i = 0; i < segments.length; i++) {
            weights[i] = segments[i].percent();
        }
        return weights;
    }
}
