package io.tierbench.repository.h2.internal;

import io.tierbench.api.model.TagDefinition;
import io.tierbench.api.repository.UpsertOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code tag_definitions} table, keyed by source and tag id. Upserts compare a batch with one query, as
 * {@link BatchUpserter} does for tables keyed by one id, then insert and update the difference in JDBC batches.
 */
final class TagDefinitionRows {

    private static final String COLUMNS = "source, tag_id, tag_name, group_id, group_name";
    private static final String STORED = "SELECT " + COLUMNS
            + " FROM tag_definitions WHERE source = ANY(?) AND tag_id = ANY(?)";
    private static final String OF_SOURCE = "SELECT " + COLUMNS
            + " FROM tag_definitions WHERE source = ? ORDER BY group_name NULLS FIRST, tag_name, tag_id";
    // Insert and update bind the same five parameters: the values, then the key.
    private static final String INSERT = "INSERT INTO tag_definitions (tag_name, group_id, group_name, source, "
            + "tag_id) VALUES (?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE tag_definitions SET tag_name = ?, group_id = ?, group_name = ? "
            + "WHERE source = ? AND tag_id = ?";

    private record Key(String source, String tagId) {

        static Key of(TagDefinition definition) {
            return new Key(definition.source(), definition.tagId());
        }
    }

    private TagDefinitionRows() {
    }

    /**
     * @return what the upsert did to each definition, in the order given
     * @throws IllegalArgumentException when two definitions share source and tag id
     */
    static List<UpsertOutcome> upsert(Connection connection, List<TagDefinition> definitions, int batchSize)
            throws SQLException {
        requireDistinctKeys(definitions);
        List<UpsertOutcome> outcomes = new ArrayList<>(definitions.size());
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
                PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (int start = 0; start < definitions.size(); start += batchSize) {
                List<TagDefinition> batch = definitions.subList(start, Math.min(definitions.size(), start + batchSize));
                Map<Key, TagDefinition> stored = storedOf(connection, batch);
                int inserts = 0;
                int updates = 0;
                for (TagDefinition definition : batch) {
                    TagDefinition previous = stored.get(Key.of(definition));
                    if (previous == null) {
                        bind(insert, definition);
                        inserts++;
                        outcomes.add(UpsertOutcome.INSERTED);
                    } else if (!previous.equals(definition)) {
                        bind(update, definition);
                        updates++;
                        outcomes.add(UpsertOutcome.UPDATED);
                    } else {
                        outcomes.add(UpsertOutcome.UNCHANGED);
                    }
                }
                executeIfAny(insert, inserts);
                executeIfAny(update, updates);
            }
        }
        return outcomes;
    }

    /** @return the source's definitions, ordered by group name (no group first), tag name and tag id */
    static List<TagDefinition> ofSource(Connection connection, String source) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(OF_SOURCE)) {
            select.setString(1, source);
            List<TagDefinition> definitions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    definitions.add(read(rows));
                }
            }
            return List.copyOf(definitions);
        }
    }

    /** The stored rows of a batch: every (source, tag id) pair of the two lists, narrowed to the batch's keys. */
    private static Map<Key, TagDefinition> storedOf(Connection connection, List<TagDefinition> batch)
            throws SQLException {
        Set<Key> keys = new HashSet<>();
        batch.forEach(definition -> keys.add(Key.of(definition)));
        Map<Key, TagDefinition> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(STORED)) {
            select.setArray(1, connection.createArrayOf("VARCHAR",
                    keys.stream().map(Key::source).distinct().toArray()));
            select.setArray(2, connection.createArrayOf("VARCHAR", keys.stream().map(Key::tagId).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    TagDefinition definition = read(rows);
                    if (keys.contains(Key.of(definition))) {
                        stored.put(Key.of(definition), definition);
                    }
                }
            }
        }
        return stored;
    }

    private static TagDefinition read(ResultSet rows) throws SQLException {
        return new TagDefinition(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5));
    }

    private static void bind(PreparedStatement statement, TagDefinition definition) throws SQLException {
        statement.setString(1, definition.name());
        statement.setString(2, definition.groupId());
        statement.setString(3, definition.groupName());
        statement.setString(4, definition.source());
        statement.setString(5, definition.tagId());
        statement.addBatch();
    }

    private static void executeIfAny(PreparedStatement statement, int rows) throws SQLException {
        if (rows > 0) {
            statement.executeBatch();
        }
    }

    private static void requireDistinctKeys(List<TagDefinition> definitions) {
        Set<Key> keys = new HashSet<>();
        for (TagDefinition definition : definitions) {
            if (!keys.add(Key.of(definition))) {
                throw new IllegalArgumentException("upsert into tag_definitions: source '" + definition.source()
                        + "' and tag id '" + definition.tagId() + "' appear twice in one call");
            }
        }
    }
}
