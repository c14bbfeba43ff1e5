package io.tierbench.samples;

import static io.tierbench.samples.ShopVocabulary.ACQUISITION_CHANNELS;
import static io.tierbench.samples.ShopVocabulary.COMPANY_SUFFIXES;
import static io.tierbench.samples.ShopVocabulary.COMPANY_WORDS;
import static io.tierbench.samples.ShopVocabulary.FEMALE_NAME_CHARACTERS;
import static io.tierbench.samples.ShopVocabulary.INCOME_BANDS;
import static io.tierbench.samples.ShopVocabulary.INDUSTRIES;
import static io.tierbench.samples.ShopVocabulary.MALE_NAME_CHARACTERS;
import static io.tierbench.samples.ShopVocabulary.MOBILE_PREFIXES;
import static io.tierbench.samples.ShopVocabulary.OCCUPATIONS;
import static io.tierbench.samples.ShopVocabulary.OWNERS;
import static io.tierbench.samples.ShopVocabulary.PLACES;
import static io.tierbench.samples.ShopVocabulary.PLACE_WEIGHTS;
import static io.tierbench.samples.ShopVocabulary.SURNAMES;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes customers.csv: people with Chinese names and companies, each with the partial contact and profile data a
 * shop really has. Phone numbers are made up; e-mail addresses use the reserved {@code example.com} domain.
 */
final class CustomerRows {

    static final String HEADER = "external_id,name,type,phone,email,wechat_id,gender,birth_year,occupation,"
            + "income_band,country,province,city,industry,company_size,acquisition_channel,owner,created_date";

    private static final double COMPANY_SHARE = 0.12;
    // Jade buyers are mostly women.
    private static final double FEMALE_SHARE = 0.62;
    private static final String WECHAT_ID_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Draws draws;
    private final CsvLine line;

    CustomerRows(OutputStream out, Draws draws) throws IOException {
        this.draws = draws;
        this.line = new CsvLine(out);
        out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void write(CustomerPlan plan) throws IOException {
        boolean company = draws.chance(COMPANY_SHARE);
        boolean female = draws.chance(FEMALE_SHARE);
        String[] place = PLACES[draws.weighted(PLACE_WEIGHTS)];
        line.text(plan.id())
                .text(company ? companyName(place[1]) : personName(female))
                .text(company ? "company" : "person")
                .text(draws.chance(0.9) ? mobileNumber() : null)
                .text(draws.chance(0.3) ? plan.id().toLowerCase(Locale.ROOT) + "@example.com" : null)
                .text(draws.chance(0.55) ? wechatId() : null);
        if (company) {
            line.text(null).text(null).text(null).text(null);
        } else {
            line.text(female ? "女" : "男")
                    .text(draws.chance(0.85) ? Long.toString(draws.between(1950, 2004)) : null)
                    .text(draws.chance(0.7) ? draws.pick(OCCUPATIONS) : null)
                    .text(draws.chance(0.6) ? draws.pick(INCOME_BANDS) : null);
        }
        line.text("中国").text(place[0]).text(place[1])
                .text(company ? draws.pick(INDUSTRIES) : null)
                .text(company ? Long.toString(Math.max(3, Math.round(draws.logNormal(40, 1.2)))) : null)
                .text(draws.pick(ACQUISITION_CHANNELS))
                .text(draws.pick(OWNERS))
                .date(plan.createdDay())
                .end();
    }

    private String personName(boolean female) {
        String[] characters = female ? FEMALE_NAME_CHARACTERS : MALE_NAME_CHARACTERS;
        String given = draws.pick(characters);
        return draws.pick(SURNAMES) + (draws.chance(0.7) ? given + draws.pick(characters) : given);
    }

    private String companyName(String city) {
        return city + draws.pick(COMPANY_WORDS) + draws.pick(COMPANY_SUFFIXES);
    }

    private String mobileNumber() {
        return draws.pick(MOBILE_PREFIXES) + CustomerPlanner.zeroPadded(draws.between(0, 99_999_999), 8);
    }

    private String wechatId() {
        StringBuilder id = new StringBuilder("wxid_");
        for (int i = 0; i < 10; i++) {
            id.append(WECHAT_ID_LETTERS.charAt(draws.below(WECHAT_ID_LETTERS.length())));
        }
        return id.toString();
    }
}
