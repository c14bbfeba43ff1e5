package io.tierbench.classifier.jade.internal;

import io.tierbench.classifier.support.ConfigEntries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated jade configuration. Plain Java, so validation is tested without an OSGi framework.
 *
 * @param preferenceAttributes attribute names of an imported preference, in the order tried
 * @param categories normalised category ({@link ConfigEntries#key(String)}) to its preference
 * @param categoryEntries the category entries as written, for {@link #describe()}
 * @param minShare the share of categorised spend, in percent, an inferred preference needs
 * @param pointsAttributes attribute names of imported points, in the order tried
 * @param levelAttributes attribute names of an imported membership level, in the order tried
 * @param pointsPerYuan points earned per yuan of spend
 * @param thresholds the points each level starts at, regular to diamond
 */
record JadeSettings(List<String> preferenceAttributes, Map<String, Preference> categories,
        List<String> categoryEntries, BigDecimal minShare, List<String> pointsAttributes,
        List<String> levelAttributes, BigDecimal pointsPerYuan, Map<MembershipLevel, Long> thresholds) {

    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<MembershipLevel> LEVELS = List.of(MembershipLevel.REGULAR, MembershipLevel.SILVER,
            MembershipLevel.GOLD, MembershipLevel.DIAMOND);

    /**
     * @throws IllegalArgumentException naming every problem of the configuration and the property it is in
     */
    static JadeSettings from(JadeConfiguration configuration) {
        List<String> problems = new ArrayList<>();
        List<String> categoryEntries = ConfigEntries.list(configuration.category_preferences());
        Map<String, Preference> categories = categories(categoryEntries, problems);
        BigDecimal minShare = decimal("inference.min.share", configuration.inference_min_share(), problems);
        if (minShare != null && (minShare.compareTo(FIFTY) <= 0 || minShare.compareTo(HUNDRED) > 0)) {
            problems.add("inference.min.share must be more than 50 and at most 100 (so that at most one preference "
                    + "can hold it), was " + minShare.toPlainString());
        }
        BigDecimal pointsPerYuan = decimal("points.per.yuan", configuration.points_per_yuan(), problems);
        if (pointsPerYuan != null && pointsPerYuan.signum() <= 0) {
            problems.add("points.per.yuan must be greater than 0, was " + pointsPerYuan.toPlainString());
        }
        Map<MembershipLevel, Long> thresholds = thresholds(configuration, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid jade configuration (" + JadeClassifier.PID + "): "
                    + String.join("; ", problems));
        }
        return new JadeSettings(List.copyOf(ConfigEntries.list(configuration.preference_attributes())),
                Collections.unmodifiableMap(categories), List.copyOf(categoryEntries), minShare,
                List.copyOf(ConfigEntries.list(configuration.points_attributes())),
                List.copyOf(ConfigEntries.list(configuration.membership_level_attributes())), pointsPerYuan,
                Collections.unmodifiableMap(thresholds));
    }

    private static Map<String, Preference> categories(List<String> entries, List<String> problems) {
        Map<String, Preference> categories = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            String category = equals < 0 ? "" : ConfigEntries.key(entry.substring(0, equals));
            String preferenceText = equals < 0 ? "" : entry.substring(equals + 1).trim();
            if (category.isEmpty() || preferenceText.isEmpty()) {
                problems.add("category.preferences entry '" + entry + "' is malformed: expected "
                        + "'category=preference'");
                continue;
            }
            Preference preference = Preference.parse(preferenceText).orElse(null);
            if (preference == null) {
                problems.add("category.preferences entry '" + entry + "' names an unknown preference '"
                        + preferenceText + "' (known: collection, wearing, investment, or 收藏, 佩戴, 投资)");
                continue;
            }
            Preference earlier = categories.putIfAbsent(category, preference);
            if (earlier != null && earlier != preference) {
                problems.add("category.preferences gives category '" + category + "' two preferences: " + earlier.key()
                        + " and " + preference.key());
            }
        }
        return categories;
    }

    private static Map<MembershipLevel, Long> thresholds(JadeConfiguration configuration, List<String> problems) {
        Map<MembershipLevel, Long> thresholds = new EnumMap<>(MembershipLevel.class);
        thresholds.put(MembershipLevel.REGULAR, configuration.level_regular_points());
        thresholds.put(MembershipLevel.SILVER, configuration.level_silver_points());
        thresholds.put(MembershipLevel.GOLD, configuration.level_gold_points());
        thresholds.put(MembershipLevel.DIAMOND, configuration.level_diamond_points());
        if (thresholds.get(MembershipLevel.REGULAR) < 0) {
            problems.add("level.regular.points must not be negative, was " + thresholds.get(MembershipLevel.REGULAR));
        }
        for (int i = 1; i < LEVELS.size(); i++) {
            MembershipLevel lower = LEVELS.get(i - 1);
            MembershipLevel higher = LEVELS.get(i);
            if (thresholds.get(higher) <= thresholds.get(lower)) {
                problems.add(property(higher) + " (" + thresholds.get(higher) + ") must be greater than "
                        + property(lower) + " (" + thresholds.get(lower) + "): levels must satisfy 0 <= regular < "
                        + "silver < gold < diamond");
            }
        }
        return thresholds;
    }

    private static String property(MembershipLevel level) {
        return "level." + level.key() + ".points";
    }

    private static BigDecimal decimal(String property, String value, List<String> problems) {
        try {
            return new BigDecimal(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            problems.add(property + " must be a decimal number, was '" + value + "'");
            return null;
        }
    }

    /** @return the preference a category stands for, or {@code null} when the category is not mapped */
    Preference preferenceOf(String category) {
        return category == null ? null : categories.get(ConfigEntries.key(category));
    }

    /** @return the highest level whose threshold {@code points} reaches; {@link MembershipLevel#NONE} below regular */
    MembershipLevel levelOf(BigDecimal points) {
        MembershipLevel level = MembershipLevel.NONE;
        for (MembershipLevel candidate : LEVELS) {
            if (points.compareTo(BigDecimal.valueOf(thresholds.get(candidate))) >= 0) {
                level = candidate;
            }
        }
        return level;
    }

    /** @return the points a level starts at; 0 for {@link MembershipLevel#NONE} */
    long threshold(MembershipLevel level) {
        return thresholds.getOrDefault(level, 0L);
    }

    /** @return the level rule in words, e.g. {@code regular from 0, silver from 800, ...} */
    String describeLevels() {
        List<String> parts = new ArrayList<>();
        for (MembershipLevel level : LEVELS) {
            parts.add(level.key() + " from " + thresholds.get(level));
        }
        return String.join(", ", parts) + " points";
    }

    /** @return the effective configuration, keyed and written as in a {@code .cfg} file */
    Map<String, String> describe() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("preference.attributes", ConfigEntries.join(preferenceAttributes));
        properties.put("category.preferences", ConfigEntries.join(categoryEntries));
        properties.put("inference.min.share", minShare.toPlainString());
        properties.put("points.attributes", ConfigEntries.join(pointsAttributes));
        properties.put("membership.level.attributes", ConfigEntries.join(levelAttributes));
        properties.put("points.per.yuan", pointsPerYuan.toPlainString());
        for (MembershipLevel level : LEVELS) {
            properties.put(property(level), Long.toString(thresholds.get(level)));
        }
        return Collections.unmodifiableMap(properties);
    }
}
