package io.tierbench.importer.support;

import static io.tierbench.importer.support.InteractionColumns.CHANNEL;
import static io.tierbench.importer.support.InteractionColumns.CSAT;
import static io.tierbench.importer.support.InteractionColumns.CUSTOMER_ID;
import static io.tierbench.importer.support.InteractionColumns.INTERACTION_ID;
import static io.tierbench.importer.support.InteractionColumns.KIND;
import static io.tierbench.importer.support.InteractionColumns.NPS;
import static io.tierbench.importer.support.InteractionColumns.OCCURRED_AT;
import static io.tierbench.importer.support.InteractionColumns.TEXT;

import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.InteractionChannel;
import io.tierbench.api.model.InteractionKind;
import io.tierbench.api.repository.RepositoryTransaction;
import io.tierbench.api.repository.UpsertOutcome;
import java.util.List;

/** Rows of an interactions file. A blank channel means other. */
final class InteractionRowMapper implements RowMapper<Interaction> {

    private static final ValueParser<InteractionChannel> CHANNELS =
            new EnumValues<>(InteractionChannel.class, "channel")
                    .alias(InteractionChannel.PHONE, "电话")
                    .alias(InteractionChannel.EMAIL, "e-mail", "邮件", "电子邮件")
                    .alias(InteractionChannel.WECHAT, "wecom", "微信", "企业微信")
                    .alias(InteractionChannel.VISIT, "到店", "拜访", "面谈")
                    .alias(InteractionChannel.OTHER, "其他");
    private static final ValueParser<InteractionKind> KINDS = new EnumValues<>(InteractionKind.class, "kind")
            .alias(InteractionKind.COMMUNICATION, "沟通")
            .alias(InteractionKind.SERVICE, "服务", "售后")
            .alias(InteractionKind.FEEDBACK, "反馈", "评价")
            .alias(InteractionKind.COMPLAINT, "投诉")
            .alias(InteractionKind.REFERRAL, "推荐", "转介绍");
    private static final ValueParser<Integer> CSAT_ANSWERS = ValueParsers.wholeNumber(1, 5);
    private static final ValueParser<Integer> NPS_ANSWERS = ValueParsers.wholeNumber(0, 10);

    @Override
    public ColumnSet columns() {
        return InteractionColumns.ALL;
    }

    @Override
    public Interaction map(RowValues row) throws RowRejected {
        String interactionId = row.required(INTERACTION_ID);
        String customerId = row.required(CUSTOMER_ID);
        var occurredAt = row.parseRequired(OCCURRED_AT, ValueParsers::dateTime);
        InteractionChannel channel = row.parse(CHANNEL, CHANNELS);
        InteractionKind kind = row.parseRequired(KIND, KINDS);
        return new Interaction(interactionId, customerId, occurredAt,
                channel == null ? InteractionChannel.OTHER : channel, kind, row.text(TEXT),
                row.parse(CSAT, CSAT_ANSWERS), row.parse(NPS, NPS_ANSWERS));
    }

    @Override
    public Column idColumn() {
        return INTERACTION_ID;
    }

    @Override
    public String id(Interaction interaction) {
        return interaction.interactionId();
    }

    @Override
    public Column customerColumn() {
        return CUSTOMER_ID;
    }

    @Override
    public String customerId(Interaction interaction) {
        return interaction.customerId();
    }

    @Override
    public List<UpsertOutcome> upsert(RepositoryTransaction transaction, List<Interaction> batch) {
        return transaction.upsertInteractions(batch);
    }
}
