package io.tierbench.repository.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tierbench.api.model.Customer;
import io.tierbench.api.model.Interaction;
import io.tierbench.api.model.InteractionChannel;
import io.tierbench.api.model.InteractionKind;
import io.tierbench.api.repository.RepositoryTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InteractionStreamTest {

    private final H2Database database = TestDatabases.inMemory();
    private final H2CustomerRepository repository = new H2CustomerRepository(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void streamsEveryInteractionUpToTheEndOfTheAsOfDayInIdOrderAcrossPages() {
        try (RepositoryTransaction tx = repository.begin()) {
            tx.upsertCustomers(List.of(Customer.of("C1", "张伟"), Customer.of("C2", "王芳")));
            tx.upsertInteractions(List.of(
                    interaction("I5", "C1", "2026-06-30T23:59:59", 5),
                    interaction("I1", "C2", "2026-01-01T08:00:00", 3),
                    interaction("I3", "C1", "2026-07-01T00:00:00", 1),
                    interaction("I2", "C2", "2026-03-01T08:00:00", null),
                    interaction("I4", "C1", "2026-05-01T08:00:00", 4)));
            tx.commit();
        }
        List<String> upToJune = new ArrayList<>();
        List<String> all = new ArrayList<>();

        // Batch size 3 in tests: five rows cross a page boundary.
        repository.forEachInteraction(LocalDate.of(2026, 6, 30), i -> upToJune.add(i.interactionId()));
        repository.forEachInteraction(null, i -> all.add(i.interactionId()));

        assertEquals(List.of("I1", "I2", "I4", "I5"), upToJune);
        assertEquals(List.of("I1", "I2", "I3", "I4", "I5"), all);
    }

    private static Interaction interaction(String id, String customer, String at, Integer csat) {
        return new Interaction(id, customer, LocalDateTime.parse(at), InteractionChannel.WECHAT,
                InteractionKind.FEEDBACK, "text " + id, csat, null);
    }
}
