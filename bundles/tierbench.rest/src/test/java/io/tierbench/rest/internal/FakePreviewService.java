package io.tierbench.rest.internal;

import io.tierbench.api.repository.MigrationMatrix;
import io.tierbench.api.tiering.ConfigurationChange;
import io.tierbench.api.tiering.CustomerMove;
import io.tierbench.api.tiering.Preview;
import io.tierbench.api.tiering.PreviewService;
import io.tierbench.api.tiering.TagChange;
import java.time.LocalDate;
import java.util.List;

/**
 * A preview service with one fixed answer against run 2: C2 would move from lost to champions in rfm/segment and
 * gain the tag vip. It refuses the PID {@code tierbench.nothing} and a negative {@code window.days} as a bad
 * change, and has no run to compare with for the PID {@code tierbench.classifier.norun}. Keeps the last change.
 */
final class FakePreviewService implements PreviewService {

    volatile ConfigurationChange last;

    @Override
    public Preview preview(ConfigurationChange change) {
        last = change;
        if (change.pid().equals("tierbench.nothing")) {
            throw new IllegalArgumentException("no installed classifier has the configuration PID tierbench.nothing");
        }
        if ("-1".equals(change.properties().get("window.days"))) {
            throw new IllegalArgumentException("window.days must not be negative, got -1");
        }
        if (change.pid().equals("tierbench.classifier.norun")) {
            throw new IllegalStateException("no finished run to compare with: run tierbench:classify first");
        }
        MigrationMatrix matrix = new MigrationMatrix(2, Preview.DRY_RUN, "rfm", "segment",
                List.of(ShopFixture.label("champions"), ShopFixture.label("lost")),
                List.of(new MigrationMatrix.Move("champions", "champions", 2),
                        new MigrationMatrix.Move("lost", "champions", 1)));
        return new Preview(2, LocalDate.of(2026, 6, 30), change, List.of(matrix),
                List.of(new CustomerMove("C2", "王芳", "rfm", "segment", ShopFixture.label("lost"),
                        ShopFixture.label("champions"))),
                List.of(new TagChange("vip", List.of("C2"), List.of())), List.of("evaluated as of 2026-06-30"));
    }
}
