package io.tierbench.classifier.clv.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.random.RandomDataGenerator;

/**
 * Benchmark, not a test: times the BG/NBD + Gamma-Gamma fit on CDNOW and on 100 000 customers drawn from the
 * BG/NBD and Gamma-Gamma processes with the CDNOW parameters (fixed seed). Run from the module after
 * {@code mvn test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.tierbench.classifier.clv.internal.FitTiming
 * </pre>
 *
 * with {@code target/cp.txt} from {@code mvn dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 * Optional argument: the synthetic base size.
 */
public final class FitTiming {

    private static final long SEED = 20_050_401L;
    private static final int REPEATS = 3;

    private FitTiming() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        PrintStream out = System.out;
        LifetimeFitter fitter = new LifetimeFitter(new FitLimits(20_000, 50), 20, 10);
        List<CalibrationSummary> cdnow = CdnowData.summaryWithSpend().stream().map(CdnowData.Row::summary).toList();
        time(out, "CDNOW (2357 customers)", fitter, cdnow);
        List<CalibrationSummary> synthetic = synthetic(size, new BgNbdModel(0.243, 4.414, 0.793, 2.426),
                new GammaGammaModel(6.25, 3.74, 15.44));
        time(out, "synthetic (" + size + " customers, seed " + SEED + ")", fitter, synthetic);
    }

    private static void time(PrintStream out, String name, LifetimeFitter fitter, List<CalibrationSummary> base)
            throws Exception {
        LifetimeFit fit = null;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            fit = fitter.fit(base);
            best = Math.min(best, System.nanoTime() - start);
        }
        out.printf(Locale.ROOT, "%s: best of %d fits %.0f ms%n%s%n%n", name, REPEATS, best / 1e6,
                fit.describe(TimeUnit.WEEKS));
    }

    /** Customers acquired uniformly over 12 weeks and observed to week 39, as in CDNOW's calibration period. */
    static List<CalibrationSummary> synthetic(int size, BgNbdModel bgNbd, GammaGammaModel gammaGamma) {
        RandomDataGenerator random = new RandomDataGenerator(SEED);
        List<CalibrationSummary> customers = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            double age = 39 - random.nextUniform(0, 12);
            double rate = random.nextGamma(bgNbd.r(), 1 / bgNbd.alpha());
            double dropout = random.nextBeta(bgNbd.a(), bgNbd.b());
            double scale = 1 / random.nextGamma(gammaGamma.q(), 1 / gammaGamma.gamma());
            int x = 0;
            double last = 0;
            double spend = 0;
            for (double t = random.nextExponential(1 / rate); t <= age; t += random.nextExponential(1 / rate)) {
                x++;
                last = t;
                spend += random.nextGamma(gammaGamma.p(), scale);
                if (random.nextUniform(0, 1) < dropout) {
                    break;
                }
            }
            customers.add(new CalibrationSummary("s" + i, x, last, age, x == 0 ? 0 : spend / x));
        }
        return customers;
    }
}
