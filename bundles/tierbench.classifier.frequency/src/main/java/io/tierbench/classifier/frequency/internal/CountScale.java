package io.tierbench.classifier.frequency.internal;

import java.util.List;

/**
 * Labels a count with the band whose range holds it. The bands are given highest first and the last starts at 0,
 * so every count has exactly one band.
 */
final class CountScale {

    private final List<CountBand> bands;
    private final String unit;
    private final String rule;

    /**
     * @param bands highest minimum first, strictly decreasing, the last with minimum 0
     * @param unit what is counted, in the plural, e.g. {@code purchase days}
     */
    CountScale(List<CountBand> bands, String unit) {
        if (bands.isEmpty() || bands.get(bands.size() - 1).min() != 0) {
            throw new IllegalArgumentException("the lowest band must start at 0: " + bands);
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).min() >= bands.get(i - 1).min()) {
                throw new IllegalArgumentException("band minimums must strictly decrease: " + bands);
            }
        }
        this.bands = List.copyOf(bands);
        this.unit = unit;
        this.rule = describeRule();
    }

    /** @return the band of {@code count} (0 or more) */
    CountBand bandOf(int count) {
        for (CountBand band : bands) {
            if (count >= band.min()) {
                return band;
            }
        }
        throw new IllegalArgumentException("a count cannot be negative: " + count);
    }

    /** @return the label keys, highest band first */
    List<String> keys() {
        return bands.stream().map(CountBand::key).toList();
    }

    /** @return the band above {@code band}, or {@code null} for the highest */
    private CountBand above(CountBand band) {
        int index = bands.indexOf(band);
        return index == 0 ? null : bands.get(index - 1);
    }

    /**
     * @return why {@code count} is in its band: {@code at least 4 (purchases.regular.min) and below 12
     *         (purchases.frequent.min) -> regular}, or the count itself for a one-value band ({@code 1 -> one-time})
     */
    String comparison(int count) {
        CountBand band = bandOf(count);
        CountBand above = above(band);
        if (band.min() == 0 || (above != null && above.min() == band.min() + 1)) {
            return count + " -> " + band.key();
        }
        String upper = above == null ? "" : " and below " + above.describeMin();
        return "at least " + band.describeMin() + upper + " -> " + band.key();
    }

    /** @return e.g. {@code Rule (purchase days in the window): frequent >= 12 (...), ..., none 0.} */
    String rule() {
        return rule;
    }

    private String describeRule() {
        StringBuilder text = new StringBuilder("Rule (" + unit + " in the window): ");
        for (int i = 0; i < bands.size(); i++) {
            CountBand band = bands.get(i);
            CountBand above = i == 0 ? null : bands.get(i - 1);
            text.append(i == 0 ? "" : ", ").append(band.key());
            if (band.min() == 0) {
                text.append(" 0");
            } else if (above != null && above.min() == band.min() + 1) {
                text.append(' ').append(band.min());
            } else {
                text.append(" >= ").append(band.describeMin());
            }
        }
        return text.append('.').toString();
    }
}
