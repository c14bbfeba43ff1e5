package io.tierbench.classifier.clv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.classifier.ClassificationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fits against the published CDNOW values (see shared/data/cdnow/README.md for data, units and tolerances). */
class LifetimeFitterTest {

    private static final LifetimeFitter FITTER = new LifetimeFitter(new FitLimits(20_000, 50), 20, 10);

    @Test
    void bgNbdReproducesThePublishedCdnowFit() throws Exception {
        List<CalibrationSummary> customers = CdnowData.summary().stream().map(CdnowData.Row::summary).toList();
        assertEquals(2357, customers.size());
        FitResult fit = FITTER.fitBgNbd(customers);
        double[] p = fit.parameters();
        // FHL (2005): r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4; tolerance one last digit
        assertEquals(0.243, p[0], 0.001);
        assertEquals(4.414, p[1], 0.001);
        assertEquals(0.793, p[2], 0.001);
        assertEquals(2.426, p[3], 0.001);
        assertEquals(-9582.4, fit.logLikelihood(), 0.05);
        assertTrue(fit.gradientNorm() <= 1e-7 * customers.size(), fit.describeConvergence());
    }

    @Test
    void bgNbdLikelihoodIsTheSumOfTheCustomersEquationSix() {
        List<CalibrationSummary> customers = CdnowData.summary().stream().map(CdnowData.Row::summary).toList();
        BgNbdModel published = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
        double sum = customers.stream().mapToDouble(c -> published.logLikelihood(c.x(), c.tx(), c.bigT())).sum();
        assertEquals(sum, new BgNbdLikelihood(customers).applyAsDouble(published.toArray()), 1e-8);
        assertEquals(-9582.4, sum, 0.05);
    }

    @Test
    void gammaGammaReproducesThePublishedCdnowFitOnTheShippedZbar() throws Exception {
        List<CalibrationSummary> repeat = CdnowData.summaryWithSpend().stream().map(CdnowData.Row::summary)
                .filter(c -> c.x() > 0).toList();
        assertEquals(946, repeat.size());
        FitResult fit = FITTER.fitGammaGamma(repeat);
        double[] p = fit.parameters();
        // Fader & Hardie (2013): p = 6.25, q = 3.74, gamma = 15.44; zbar rounded to cents gives gamma ~15.448
        assertEquals(6.25, p[0], 0.01);
        assertEquals(3.74, p[1], 0.01);
        assertEquals(15.44, p[2], 0.01);
        assertTrue(fit.gradientNorm() <= 1e-7 * repeat.size(), fit.describeConvergence());
    }

    @Test
    void gammaGammaOnExactZbarFromTheRawTransactionsMatchesTheNoteAndCLVTools() throws Exception {
        List<CalibrationSummary> repeat = CdnowData.facts(CdnowData.transactions(), CdnowData.CALIBRATION_END)
                .stream().map(f -> CalibrationSummary.of(f, CdnowData.CALIBRATION_END, TimeUnit.WEEKS))
                .filter(CalibrationSummary::hasRepeatSpend).toList();
        assertEquals(946, repeat.size());
        FitResult fit = FITTER.fitGammaGamma(repeat);
        // README: exact zbar gives gamma ~15.4435 and LL -4055.9177 (CLVTools' asserted value)
        assertEquals(15.4435, fit.parameters()[2], 0.001);
        assertEquals(-4055.9177, fit.logLikelihood(), 0.001);
    }

    @Test
    void aSimplexBudgetTooSmallIsAnErrorWithTheReason() {
        List<CalibrationSummary> customers = CdnowData.summary().stream().map(CdnowData.Row::summary).toList();
        LifetimeFitter starved = new LifetimeFitter(new FitLimits(10, 50), 20, 10);
        ClassificationException e = assertThrows(ClassificationException.class, () -> starved.fitBgNbd(customers));
        assertTrue(e.getMessage().contains("BG/NBD fit did not converge"), e.getMessage());
        assertTrue(e.getMessage().contains("10 evaluations"), e.getMessage());
    }

    @Test
    void aLikelihoodWithoutMaximumIsAnErrorNotNumbers() {
        // every repeat buyer bought again on the last day and never lapsed: nobody seems to drop out, so the
        // likelihood keeps rising as the dropout probability a / (a + b) goes to 0 and no maximum exists
        List<CalibrationSummary> base = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int x = 1 + i % 5;
            base.add(new CalibrationSummary("c" + i, x, 30, 30, 10));
        }
        ClassificationException e = assertThrows(ClassificationException.class, () -> FITTER.fitBgNbd(base));
        assertTrue(e.getMessage().startsWith("BG/NBD fit did not converge"), e.getMessage());
    }

    @Test
    void aBaseTooSmallIsRefusedBeforeFitting() {
        List<CalibrationSummary> few = List.of(new CalibrationSummary("a", 1, 3, 10, 5),
                new CalibrationSummary("b", 0, 0, 10, 0));
        ClassificationException e = assertThrows(ClassificationException.class, () -> FITTER.fit(few));
        assertEquals("Too few customers to fit BG/NBD: 2 with a purchase, fit.min.customers = 20", e.getMessage());
    }

    @Test
    void tooFewRepeatCustomersAreRefusedForGammaGamma() {
        List<CalibrationSummary> base = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            base.add(new CalibrationSummary("c" + i, i < 3 ? 1 : 0, i < 3 ? 5 : 0, 20, i < 3 ? 12 : 0));
        }
        ClassificationException e = assertThrows(ClassificationException.class, () -> FITTER.fit(base));
        assertTrue(e.getMessage().startsWith("Too few repeat customers to fit Gamma-Gamma: 3"), e.getMessage());
    }
}
