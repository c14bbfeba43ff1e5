package io.tierbench.classifier.jade.internal;

import io.tierbench.api.classifier.Classification;
import io.tierbench.api.model.PurchaseFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@value #SCHEME} scheme: the level the customer's points reach. Points are the imported attribute, else
 * earned from completed spend; an imported level is kept only for a customer with neither, and otherwise only
 * named when it disagrees, because the shop's own list may be out of date while the points are the rule.
 */
final class MembershipRule {

    static final String SCHEME = "membership";

    /** {@code points_source} score of imported points. */
    static final BigDecimal IMPORTED = BigDecimal.ONE;
    /** {@code points_source} score of points earned from spend. */
    static final BigDecimal EARNED = BigDecimal.valueOf(2);

    /** How the level was reached, for the run summary. */
    enum Basis { IMPORTED_POINTS, EARNED_POINTS, IMPORTED_LEVEL, NOTHING }

    /** A classification and how it was reached. */
    record Outcome(Classification classification, Basis basis, boolean disagreesWithImportedLevel) {
    }

    private record Points(BigDecimal points, BigDecimal source, String origin) {
    }

    private final JadeSettings settings;
    private final JadeLabels labels;
    private final LocalDate asOf;
    private final String rule;

    MembershipRule(JadeSettings settings, JadeLabels labels, LocalDate asOf) {
        this.settings = settings;
        this.labels = labels;
        this.asOf = asOf;
        this.rule = "Rule: levels by points, " + settings.describeLevels() + "; points are imported (attributes "
                + names(settings) + ") or else earned at " + settings.pointsPerYuan().toPlainString() + " per yuan "
                + "of completed purchase spend up to the as-of date, rounded down; an imported level counts only "
                + "without points and purchases; nothing of these -> none.";
    }

    private static String names(JadeSettings settings) {
        return settings.pointsAttributes().isEmpty() ? "none configured"
                : String.join(", ", settings.pointsAttributes());
    }

    /** @return the rule, for the run summary */
    String rule() {
        return rule;
    }

    /**
     * @param attributes the customer's free attributes
     * @param facts the customer's purchase facts over all history up to the as-of date
     */
    Outcome classify(String customerId, Map<String, String> attributes, PurchaseFacts facts) {
        StringBuilder why = new StringBuilder();
        Optional<ImportedValue> importedLevel = ImportedValue.first(attributes, settings.levelAttributes());
        Optional<MembershipLevel> level = importedLevel.flatMap(value -> MembershipLevel.parse(value.text()));
        Points points = importedPoints(attributes, why).orElseGet(() -> earnedPoints(facts, why));
        if (points == null) {
            return withoutPoints(customerId, importedLevel, level, why);
        }
        MembershipLevel byPoints = settings.levelOf(points.points());
        why.append(points.origin()).append(" -> ").append(byPoints).append(": ").append(comparison(points, byPoints));
        boolean disagrees = level.isPresent() && level.get() != byPoints;
        if (importedLevel.isPresent()) {
            why.append(level.isEmpty() ? ". Imported level " + importedLevel.get() + " names no level, ignored"
                    : disagrees ? ". Imported level " + importedLevel.get() + " is " + level.get()
                            + ", which disagrees: the label follows the points"
                            : ". Imported level " + importedLevel.get() + " agrees");
        }
        why.append(". ").append(rule);
        Basis basis = points.source().equals(IMPORTED) ? Basis.IMPORTED_POINTS : Basis.EARNED_POINTS;
        return new Outcome(new Classification(customerId, SCHEME, labels.membership(byPoints),
                scores(points, byPoints), why.toString()), basis, disagrees);
    }

    private Optional<Points> importedPoints(Map<String, String> attributes, StringBuilder why) {
        Optional<ImportedValue> imported = ImportedValue.first(attributes, settings.pointsAttributes());
        if (imported.isEmpty()) {
            why.append("No imported points; ");
            return Optional.empty();
        }
        BigDecimal points = number(imported.get().text());
        if (points == null || points.signum() < 0) {
            why.append("Imported points ").append(imported.get()).append(" are not a number of at least 0, so "
                    + "they are ignored; ");
            return Optional.empty();
        }
        return Optional.of(new Points(points, IMPORTED, "Imported points " + Shares.plain(points) + " (attribute "
                + imported.get().attribute() + ")"));
    }

    /** @return the points earned from spend, or {@code null} for a customer without a completed purchase */
    private Points earnedPoints(PurchaseFacts facts, StringBuilder why) {
        if (!facts.hasPurchases()) {
            return null;
        }
        BigDecimal earned = facts.totalSpend().multiply(settings.pointsPerYuan()).setScale(0, RoundingMode.DOWN);
        return new Points(earned, EARNED, "earned " + earned.toPlainString() + " points = "
                + facts.totalSpend().toPlainString() + " spent on " + facts.purchaseCount()
                + " completed purchases up to " + asOf + " x " + settings.pointsPerYuan().toPlainString()
                + " per yuan, rounded down");
    }

    private Outcome withoutPoints(String customerId, Optional<ImportedValue> importedLevel,
            Optional<MembershipLevel> level, StringBuilder why) {
        why.append("no completed purchase");
        if (level.isPresent()) {
            why.append("; imported level ").append(importedLevel.get()).append(" is kept -> ").append(level.get())
                    .append(". ").append(rule);
            return new Outcome(new Classification(customerId, SCHEME, labels.membership(level.get()), Map.of(),
                    why.toString()), Basis.IMPORTED_LEVEL, false);
        }
        why.append(importedLevel.map(value -> "; imported level " + value + " names no level").orElse(
                "; no imported level")).append(" -> ").append(MembershipLevel.NONE).append(". ").append(rule);
        return new Outcome(new Classification(customerId, SCHEME, labels.membership(MembershipLevel.NONE), Map.of(),
                why.toString()), Basis.NOTHING, false);
    }

    private String comparison(Points points, MembershipLevel level) {
        String below = level.next().map(next -> "below " + next.key() + " threshold " + settings.threshold(next)
                + " (" + Shares.plain(toNext(points, next)) + " to go)").orElse("the top level");
        return level == MembershipLevel.NONE ? below
                : ">= " + level.key() + " threshold " + settings.threshold(level) + ", " + below;
    }

    private BigDecimal toNext(Points points, MembershipLevel next) {
        return BigDecimal.valueOf(settings.threshold(next)).subtract(points.points());
    }

    private Map<String, BigDecimal> scores(Points points, MembershipLevel level) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("points", points.points());
        scores.put("points_source", points.source());
        level.next().ifPresent(next -> {
            scores.put("next_level", BigDecimal.valueOf(next.ordinal()));
            scores.put("points_to_next_level", toNext(points, next));
        });
        return scores;
    }

    /** @return the number in a text such as {@code 12,345} or {@code 3594}, or {@code null} when it is none */
    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.replace(",", "").replace("，", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
