package io.tierbench.samples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Generates a sample shop as three CSV files in the importer's canonical columns: customers.csv, orders.csv and
 * interactions.csv (UTF-8, LF line ends). The same parameters give the same bytes. Rows are written as they are
 * drawn, one customer at a time, so memory does not grow with the number of orders.
 *
 * <pre>
 * java -jar tierbench-samples.jar OUTPUT_DIR [CUSTOMERS [ORDERS [SEED [END_DATE]]]]
 * </pre>
 *
 * Missing arguments are those of the bundled demo sample, {@link ShopParameters#DEMO}.
 */
public final class SampleShopGenerator {

    /** What a generation wrote. */
    public record Summary(long customers, long orders, long interactions) {
    }

    static final String USAGE = "usage: SampleShopGenerator OUTPUT_DIR [CUSTOMERS [ORDERS [SEED [END_DATE]]]]\n"
            + "  defaults: " + ShopParameters.DEMO.customers() + " customers, about " + ShopParameters.DEMO.orders()
            + " orders, seed " + ShopParameters.DEMO.seed() + ", end date " + ShopParameters.DEMO.endDate();

    private static final int BUFFER_BYTES = 1 << 16;

    private SampleShopGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 5) {
            System.err.println(USAGE);
            System.exit(2);
        }
        ShopParameters parameters;
        try {
            parameters = parameters(args);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Summary summary = generate(parameters, Path.of(args[0]));
        System.out.printf("wrote %d customers, %d orders, %d interactions to %s in %d ms%n", summary.customers(),
                summary.orders(), summary.interactions(), args[0], (System.nanoTime() - started) / 1_000_000);
    }

    /** Reads the parameters after the output directory; missing ones are the demo's. */
    static ShopParameters parameters(String[] args) {
        ShopParameters demo = ShopParameters.DEMO;
        return new ShopParameters(
                args.length > 1 ? Integer.parseInt(args[1]) : demo.customers(),
                args.length > 2 ? Long.parseLong(args[2]) : demo.orders(),
                args.length > 3 ? Long.parseLong(args[3]) : demo.seed(),
                args.length > 4 ? LocalDate.parse(args[4]) : demo.endDate());
    }

    /** Writes the three files into {@code directory}, creating it when needed and replacing the files. */
    public static Summary generate(ShopParameters parameters, Path directory) throws IOException {
        Files.createDirectories(directory);
        Draws draws = new Draws(parameters.seed());
        CustomerPlanner planner = new CustomerPlanner(parameters, draws);
        try (OutputStream customersOut = open(directory.resolve("customers.csv"));
                OutputStream ordersOut = open(directory.resolve("orders.csv"));
                OutputStream interactionsOut = open(directory.resolve("interactions.csv"))) {
            CustomerRows customers = new CustomerRows(customersOut, draws);
            OrderRows orders = new OrderRows(ordersOut, draws, parameters.orders());
            InteractionRows interactions = new InteractionRows(interactionsOut, draws, parameters);
            for (int number = 1; number <= parameters.customers(); number++) {
                CustomerPlan plan = planner.plan(number);
                customers.write(plan);
                orders.write(plan);
                interactions.write(plan);
            }
            return new Summary(parameters.customers(), orders.written(), interactions.written());
        }
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES);
    }
}
