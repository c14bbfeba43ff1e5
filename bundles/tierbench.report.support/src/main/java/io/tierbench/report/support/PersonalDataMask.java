package io.tierbench.report.support;

import io.tierbench.api.model.CustomerType;

/**
 * Masking of personal data in exports, for tables that leave the shop (an agency, a shared drive). Masked: phone
 * numbers, e-mail addresses, WeChat ids, and the names of persons. Company names stay readable: they are not
 * personal data, and a B2B list without them is useless. A customer whose type is unknown is treated as a person.
 * Location, industry and figures stay: they identify nobody on their own and are what the table is for.
 */
public enum PersonalDataMask {

    /** Everything written as stored. */
    CLEAR,

    /** Personal data masked. */
    MASKED;

    private static final char STAR = '*';

    /**
     * Names: each word keeps its first character, e.g. {@code 张伟 → 张*}, {@code Alice Smith → A**** S****}.
     *
     * @return the name, masked when it is a person's; {@code null} stays {@code null}
     */
    public String name(String name, CustomerType type) {
        if (this == CLEAR || name == null || type == CustomerType.COMPANY) {
            return name;
        }
        StringBuilder masked = new StringBuilder(name.length());
        boolean wordStart = true;
        int[] codePoints = name.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (Character.isWhitespace(c)) {
                masked.appendCodePoint(c);
                wordStart = true;
            } else {
                boolean lone = wordStart && (i + 1 == codePoints.length || Character.isWhitespace(codePoints[i + 1]));
                masked.appendCodePoint(wordStart && !lone ? c : STAR);
                wordStart = false;
            }
        }
        return masked.toString();
    }

    /**
     * Phone numbers keep their layout. With eight digits or more, the four digits before the last four are masked,
     * as Chinese services show numbers: {@code 13812345678 → 138****5678}, {@code +86 138 1234 5678 →
     * +86 138 **** 5678}, {@code 0571-88776655 → 0571-****6655}. Shorter numbers keep only their last two digits.
     *
     * @return the number, masked; {@code null} stays {@code null}
     */
    public String phone(String phone) {
        if (this == CLEAR || phone == null) {
            return phone;
        }
        int digits = (int) phone.chars().filter(Character::isDigit).count();
        int maskFrom = digits >= 8 ? digits - 8 : 0;
        int maskTo = digits >= 8 ? digits - 4 : digits - 2;
        StringBuilder masked = new StringBuilder(phone.length());
        int digit = 0;
        for (char c : phone.toCharArray()) {
            if (Character.isDigit(c)) {
                masked.append(digit >= maskFrom && digit < maskTo ? STAR : c);
                digit++;
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }

    /**
     * E-mail addresses keep the first character of the local part and the whole domain:
     * {@code zhangwei@example.com → z***@example.com}. Anything without an {@code @} is masked as an id.
     *
     * @return the address, masked; {@code null} stays {@code null}
     */
    public String email(String email) {
        if (this == CLEAR || email == null) {
            return email;
        }
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return id(email);
        }
        String first = at == 0 ? "" : email.substring(0, email.offsetByCodePoints(0, 1));
        return first + "***" + email.substring(at);
    }

    /**
     * Ids such as a WeChat id keep their first and last character: {@code wxid_abc123 → w*********3}; ids of up to
     * two characters are masked whole.
     *
     * @return the id, masked; {@code null} stays {@code null}
     */
    public String id(String id) {
        if (this == CLEAR || id == null) {
            return id;
        }
        int[] codePoints = id.codePoints().toArray();
        StringBuilder masked = new StringBuilder(id.length());
        for (int i = 0; i < codePoints.length; i++) {
            boolean kept = codePoints.length > 2 && (i == 0 || i == codePoints.length - 1);
            masked.appendCodePoint(kept ? codePoints[i] : STAR);
        }
        return masked.toString();
    }
}
