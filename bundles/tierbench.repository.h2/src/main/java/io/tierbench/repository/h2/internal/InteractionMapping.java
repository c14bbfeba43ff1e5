package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.InteractionChannel;
import io.tierbench.api.model.InteractionKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Interactions. */
final class InteractionMapping extends TableMapping<Interaction> {

    static final InteractionMapping INSTANCE = new InteractionMapping();

    private InteractionMapping() {
        super("interactions", "interaction_id", "customer_id", "occurred_at", "channel", "kind", "text", "csat",
                "nps");
    }

    @Override
    String idOf(Interaction interaction) {
        return interaction.interactionId();
    }

    @Override
    Interaction canonical(Interaction interaction) {
        return interaction;
    }

    @Override
    Interaction read(ResultSet rows) throws SQLException {
        return new Interaction(rows.getString(1), rows.getString(2), Columns.getTimestamp(rows, 3),
                Columns.getEnum(rows, 4, InteractionChannel.class), Columns.getEnum(rows, 5, InteractionKind.class),
                rows.getString(6), Columns.getInteger(rows, 7), Columns.getInteger(rows, 8));
    }

    @Override
    void bindValues(PreparedStatement statement, Interaction interaction) throws SQLException {
        statement.setString(1, interaction.customerId());
        Columns.setTimestamp(statement, 2, interaction.occurredAt());
        Columns.setEnum(statement, 3, interaction.channel());
        Columns.setEnum(statement, 4, interaction.kind());
        statement.setString(5, interaction.text());
        Columns.setInteger(statement, 6, interaction.csat());
        Columns.setInteger(statement, 7, interaction.nps());
    }
}
