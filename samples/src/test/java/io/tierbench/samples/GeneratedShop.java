package io.tierbench.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The three files of a generated shop, read back into rows for tests. Customers and orders have no quoted fields;
 * interaction texts may, and are read with a minimal quote-aware split.
 */
record GeneratedShop(List<String> headers, List<String[]> customers, List<String[]> orders,
        List<String[]> interactions) {

    static GeneratedShop generate(ShopParameters parameters, Path directory) throws IOException {
        SampleShopGenerator.generate(parameters, directory);
        List<String> headers = new ArrayList<>();
        List<List<String[]>> files = new ArrayList<>();
        for (String name : List.of("customers.csv", "orders.csv", "interactions.csv")) {
            List<String> lines = Files.readAllLines(directory.resolve(name));
            headers.add(lines.get(0));
            files.add(lines.subList(1, lines.size()).stream().map(GeneratedShop::split).toList());
        }
        return new GeneratedShop(headers, files.get(0), files.get(1), files.get(2));
    }

    static LocalDate day(String dateTime) {
        return LocalDate.parse(dateTime.substring(0, 10));
    }

    private static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    @Override
    public String toString() {
        return "GeneratedShop" + Arrays.asList(customers.size(), orders.size(), interactions.size());
    }
}
