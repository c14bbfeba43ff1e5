package io.tierbench.classifier.clv.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code fit.*} properties.
 *
 * @param limits the optimiser budget
 * @param minCustomers fewest customers with a purchase for a BG/NBD fit
 * @param minRepeatCustomers fewest customers with repeat spend for a Gamma-Gamma fit
 */
record FitSettings(FitLimits limits, int minCustomers, int minRepeatCustomers) {

    static FitSettings of(ClvConfiguration c, List<String> problems) {
        ClvSettings.positive("fit.min.customers", c.fit_min_customers(), 2, problems);
        ClvSettings.positive("fit.min.repeat.customers", c.fit_min_repeat_customers(), 2, problems);
        ClvSettings.positive("fit.max.evaluations", c.fit_max_evaluations(), 10, problems);
        ClvSettings.positive("fit.max.iterations", c.fit_max_iterations(), 0, problems);
        return new FitSettings(new FitLimits(c.fit_max_evaluations(), c.fit_max_iterations()),
                c.fit_min_customers(), c.fit_min_repeat_customers());
    }

    LifetimeFitter fitter() {
        return new LifetimeFitter(limits, minCustomers, minRepeatCustomers);
    }

    Map<String, String> describe() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("fit.min.customers", Integer.toString(minCustomers));
        p.put("fit.min.repeat.customers", Integer.toString(minRepeatCustomers));
        p.put("fit.max.evaluations", Integer.toString(limits.maxEvaluations()));
        p.put("fit.max.iterations", Integer.toString(limits.maxIterations()));
        return p;
    }
}
