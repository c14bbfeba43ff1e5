package io.tierbench.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes interactions.csv: contacts by WeChat, phone, visit or e-mail, some of them answered with a CSAT (1–5) or
 * NPS (0–10) score, and complaints, which are scored low. Customers who buy more are in touch more often.
 */
final class InteractionRows {

    static final String HEADER = "interaction_id,customer_id,occurred_at,channel,kind,text,csat,nps";

    private static final String[] CHANNELS = {"wechat", "phone", "visit", "email", "other"};
    private static final int[] CHANNEL_WEIGHTS = {45, 25, 15, 10, 5};
    private static final String[] KINDS = {"communication", "service", "feedback", "complaint", "referral"};
    private static final int[] KIND_WEIGHTS = {35, 25, 20, 8, 12};
    private static final int SERVICE = 1;
    private static final int FEEDBACK = 2;
    private static final int COMPLAINT = 3;
    private static final int REFERRAL = 4;
    private static final String[][] TEXTS = {
        {"咨询新款手镯", "询问价格", "节日问候", "预约到店看货", "咨询保养方法"},
        {"手镯抛光保养", "更换挂绳", "证书补办", "戒指尺寸调整", "售后清洗"},
        {"很满意, 会再来", "款式好看", "服务热情", "价格偏高", "包装精美"},
        {"物流太慢", "收到货有划痕", "客服回复慢", "实物与图片不符", "退款处理太慢"},
        {"介绍朋友来店", "推荐同事购买", "带家人到店"}};
    private static final int[] CSAT_WEIGHTS = {3, 5, 12, 35, 45};
    private static final int[] COMPLAINT_CSAT_WEIGHTS = {4, 3, 2};
    private static final int[] NPS_WEIGHTS = {2, 1, 1, 2, 2, 4, 6, 10, 14, 20, 18};
    private static final long SECONDS_PER_DAY = 86_400;
    private static final int OPENING_SECOND = 9 * 3600;
    private static final int OPEN_SECONDS = 13 * 3600;
    private static final int AFTER_LAST_ORDER_DAYS = 60;

    private final Draws draws;
    private final CsvLine line;
    private final long endDay;
    private final int idWidth;
    private long written;

    InteractionRows(OutputStream out, Draws draws, ShopParameters parameters) throws IOException {
        this.draws = draws;
        this.line = new CsvLine(out);
        this.endDay = parameters.endDate().toEpochDay();
        this.idWidth = Math.max(7, Long.toString(parameters.customers() * 3L).length());
        out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** @return the number of interactions written so far */
    long written() {
        return written;
    }

    void write(CustomerPlan plan) throws IOException {
        for (long moment : contactMoments(plan)) {
            int kind = plan.orderCount() == 0 ? 0 : draws.weighted(KIND_WEIGHTS);
            written++;
            line.id('I', written, idWidth)
                    .text(plan.id())
                    .dateTime(moment / SECONDS_PER_DAY, (int) (moment % SECONDS_PER_DAY))
                    .text(CHANNELS[draws.weighted(CHANNEL_WEIGHTS)])
                    .text(KINDS[kind])
                    .text(draws.pick(TEXTS[kind]));
            csat(kind);
            nps(kind);
            line.end();
        }
    }

    /**
     * @return when the customer is in touch, in seconds from epoch day 0, in time order: from registration to two
     *         months after the last order. Their number is geometric, with a mean from about 0.5 for customers who
     *         never bought to about 5 for those with a dozen orders or more.
     */
    private long[] contactMoments(CustomerPlan plan) {
        double anotherContact = 0.35 + 0.04 * Math.min(plan.orderCount(), 12);
        int count = 0;
        while (draws.chance(anotherContact)) {
            count++;
        }
        long lastDay = plan.orderCount() == 0 ? endDay
                : Math.min(endDay, plan.lastOrderDay() + AFTER_LAST_ORDER_DAYS);
        long[] moments = new long[count];
        for (int i = 0; i < count; i++) {
            long day = draws.between(plan.createdDay(), lastDay);
            moments[i] = day * SECONDS_PER_DAY + OPENING_SECOND + draws.below(OPEN_SECONDS);
        }
        Arrays.sort(moments);
        return moments;
    }

    private void csat(int kind) {
        boolean asked = (kind == SERVICE || kind == FEEDBACK || kind == COMPLAINT) && draws.chance(0.55);
        if (!asked) {
            line.text(null);
        } else if (kind == COMPLAINT) {
            line.number(1 + draws.weighted(COMPLAINT_CSAT_WEIGHTS));
        } else {
            line.number(1 + draws.weighted(CSAT_WEIGHTS));
        }
    }

    private void nps(int kind) {
        if (kind == FEEDBACK && draws.chance(0.6)) {
            line.number(draws.weighted(NPS_WEIGHTS));
        } else if (kind == REFERRAL && draws.chance(0.5)) {
            line.number(9 + draws.below(2));
        } else {
            line.text(null);
        }
    }
}
