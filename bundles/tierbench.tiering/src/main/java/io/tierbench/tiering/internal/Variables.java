package io.tierbench.tiering.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The variables rules can read besides the classifiers' labels, and the check of every variable a condition reads.
 *
 * <p>Windows are "the last N days up to and including the as-of date", as the classifiers count them.
 */
final class Variables {

    static final String FACTS = "facts";
    static final String CUSTOMER = "customer";
    static final String INTERACTIONS = "interactions";
    static final String ATTRIBUTES = "attributes";
    static final String SCORES = "scores";

    /** Day windows of {@code facts.purchases_Nd} and {@code facts.spend_Nd}. */
    static final List<Integer> PURCHASE_WINDOWS = List.of(30, 90, 180, 365);
    /** Day windows of {@code interactions.<kind>_Nd}. */
    static final List<Integer> INTERACTION_WINDOWS = List.of(30, 90, 365);
    /** Interaction kinds as rules name them; {@code total} counts every kind. */
    static final List<String> INTERACTION_KINDS = List.of("communication", "service", "feedback", "complaint",
            "referral", "total");

    static final Set<String> FACT_NAMES = factNames();
    static final Set<String> CUSTOMER_NAMES = Set.of("id", "name", "type", "gender", "birth_year", "occupation",
            "income_band", "country", "province", "city", "industry", "company_size", "channel", "owner", ATTRIBUTES);
    static final Set<String> INTERACTION_NAMES = interactionNames();

    private Variables() {
    }

    static String purchases(int days) {
        return "purchases_" + days + "d";
    }

    static String spend(int days) {
        return "spend_" + days + "d";
    }

    static String interactions(String kind, int days) {
        return kind + "_" + days + "d";
    }

    /** @return whether a fact needs the orders streamed, because it counts purchases in a window */
    static boolean isWindowed(String fact) {
        return fact.matches(".*_\\d+d");
    }

    /**
     * Checks every variable and function of a condition.
     *
     * @param problems receives what makes the condition invalid
     * @param warnings receives what only deserves a look
     */
    static void check(Condition condition, ClassifierOutputs outputs, List<String> problems, List<String> warnings) {
        for (List<String> path : condition.variables()) {
            String problem = problem(path, outputs, warnings, condition.key());
            if (problem != null) {
                problems.add(condition.key() + position(condition, path) + ": " + problem);
            }
        }
        for (String function : condition.functions()) {
            if (!RuleFunctions.NAMES.contains(function)) {
                problems.add(condition.key() + ": unknown function " + function + "(...) (known: "
                        + String.join(", ", new TreeSet<>(RuleFunctions.NAMES)) + ")");
            }
        }
    }

    private static String problem(List<String> path, ClassifierOutputs outputs, List<String> warnings, String key) {
        String root = path.get(0);
        String name = String.join(".", path);
        switch (root) {
            case FACTS:
                return path.size() == 2 && FACT_NAMES.contains(path.get(1)) ? null
                        : unknown(name, FACTS, FACT_NAMES);
            case INTERACTIONS:
                return path.size() == 2 && INTERACTION_NAMES.contains(path.get(1)) ? null
                        : unknown(name, INTERACTIONS, INTERACTION_NAMES);
            case CUSTOMER:
                if (path.size() == 3 && path.get(1).equals(ATTRIBUTES)) {
                    return null;
                }
                return path.size() == 2 && CUSTOMER_NAMES.contains(path.get(1)) && !path.get(1).equals(ATTRIBUTES)
                        ? null : unknown(name, CUSTOMER, CUSTOMER_NAMES) + "; free attributes are customer."
                        + ATTRIBUTES + ".<name>";
            default:
                return classifierProblem(path, outputs, warnings, key);
        }
    }

    private static String classifierProblem(List<String> path, ClassifierOutputs outputs, List<String> warnings,
            String key) {
        String name = String.join(".", path);
        boolean scores = path.size() == 3 && path.get(1).equals(SCORES);
        if (path.size() != 2 && !scores) {
            return "unknown variable " + name + ": a classifier's label is <classifier>.<scheme> and a score "
                    + "<classifier>.scores.<name>";
        }
        if (outputs.runId() == 0) {
            warnings.add("classifier variables are not checked, as there is no classification run yet; they are "
                    + "when the policy is next saved after a run");
            return null;
        }
        ClassifierOutputs.Output output = outputs.of(path.get(0)).orElse(null);
        if (output == null) {
            // A warning, not a rejection: an edition installs its classifier and its policy together, and the
            // policy arrives before any run has used the new classifier.
            warnings.add(key + ": " + name + " is not checked: " + path.get(0) + " is neither facts, customer, "
                    + "interactions nor a classifier of run " + outputs.runId() + " (" + String.join(", ",
                    new TreeSet<>(outputs.byRoot().keySet())) + "); until a run has used a classifier of that id, "
                    + "rules reading it do not hold (check the spelling if none is installed)");
            return null;
        }
        if (output.schemes() == null) {
            warnings.add(key + ": " + name + " is not checked, as classifier " + output.classifierId()
                    + " failed in run " + outputs.runId());
            return null;
        }
        if (!scores) {
            if (output.schemes().contains(path.get(1))) {
                return null;
            }
            if (output.configurationNames(path.get(1))) {
                warnings.add(key + ": classifier " + output.classifierId() + " did not label " + path.get(1)
                        + " in run " + outputs.runId() + " (see its summary), so " + name + " reads null until it does");
                return null;
            }
            return "unknown variable " + name + ": classifier " + output.classifierId() + " labels the schemes "
                    + String.join(", ", new TreeSet<>(output.schemes())) + " (run " + outputs.runId() + ")";
        }
        if (output.scores() == null || output.scores().contains(path.get(2))) {
            return null;
        }
        return "unknown variable " + name + ": classifier " + output.classifierId() + " gives the scores "
                + String.join(", ", new TreeSet<>(output.scores())) + " (run " + outputs.runId() + ")";
    }

    private static String unknown(String name, String root, Set<String> known) {
        return "unknown variable " + name + " (" + root + " has " + String.join(", ", new TreeSet<>(known)) + ")";
    }

    /** @return " (line L, column C)" of the variable's first occurrence, or "" when not found in the text */
    private static String position(Condition condition, List<String> path) {
        String code = RuleLanguage.withoutStrings(condition.source());
        int at = code.indexOf(String.join(".", path));
        if (at < 0) {
            at = code.indexOf(path.get(0));
        }
        if (at < 0) {
            return "";
        }
        int[] position = RuleLanguage.position(condition.source(), at);
        return " (line " + position[0] + ", column " + position[1] + ")";
    }

    private static Set<String> factNames() {
        Set<String> names = new LinkedHashSet<>(List.of("purchase_count", "purchase_days", "total_spend",
                "max_order", "average_order", "days_since_last_purchase", "days_since_first_purchase",
                "median_gap_days"));
        for (int days : PURCHASE_WINDOWS) {
            names.add(purchases(days));
            names.add(spend(days));
        }
        return Set.copyOf(names);
    }

    private static Set<String> interactionNames() {
        List<String> names = new ArrayList<>();
        for (String kind : INTERACTION_KINDS) {
            for (int days : INTERACTION_WINDOWS) {
                names.add(interactions(kind, days));
            }
        }
        return Set.copyOf(names);
    }
}
