package io.tierbench.report.html.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The bundled demo shop after two real runs of the five shipped classifiers (as of 2026-03-31 and 2026-06-30), and
 * its dashboard in English and Chinese. Built once for the whole test run, as it takes seconds, and closed when the
 * run ends (JUnit closes what is kept in the root store). Nothing may change it.
 */
final class DemoShopFixture implements BeforeAllCallback {

    static final LocalDate FIRST_AS_OF = LocalDate.of(2026, 3, 31);
    static final LocalDate SECOND_AS_OF = LocalDate.of(2026, 6, 30);

    private static Shop shop;

    /** What the tests read. */
    static final class Shop implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        final TestRepositories repositories = new TestRepositories();
        final DemoShop data = new DemoShop();
        final long secondRun;
        final GeneratedReport english;
        final GeneratedReport chinese;

        private Shop() throws IOException {
            data.loadInto(repositories.customers);
            RealRuns.run(repositories.customers, repositories.runs, FIRST_AS_OF);
            secondRun = RealRuns.run(repositories.customers, repositories.runs, SECOND_AS_OF);
            english = GeneratedReport.generate(repositories, secondRun, "en", "demo-dashboard-en.html");
            chinese = GeneratedReport.generate(repositories, secondRun, "zh", "demo-dashboard-zh.html");
        }

        @Override
        public void close() {
            repositories.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Shop.class, key -> {
            try {
                shop = new Shop();
                return shop;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Shop.class);
    }

    /** @return the shop; only valid in a test class extended with this fixture */
    static Shop shop() {
        return shop;
    }
}
