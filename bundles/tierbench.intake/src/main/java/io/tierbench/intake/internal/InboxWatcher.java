package io.tierbench.intake.internal;

import io.tierbench.api.importer.ImportOptions;
import io.tierbench.api.importer.ImportService;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Polls the drop folder on a thread of its own; a configuration change restarts it with the new settings. */
@Component(configurationPid = IntakeConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class InboxWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);

    private final ScheduledExecutorService poller;

    @Activate
    public InboxWatcher(@Reference ImportService imports, IntakeConfiguration configuration) {
        if (!configuration.inboxEnabled()) {
            poller = null;
            LOG.info("Drop folder not watched (inboxEnabled = false)");
            return;
        }
        String mapping = configuration.inboxMapping().isBlank() ? null : configuration.inboxMapping();
        Inbox inbox = new Inbox(IntakeService.home(configuration.inboxDirectory()), imports,
                new ImportOptions(configuration.inboxStrict(), mapping, null, null));
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tierbench-inbox");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> {
            try {
                inbox.poll();
            } catch (IOException | RuntimeException e) {
                LOG.error("Drop folder {}: {}", configuration.inboxDirectory(), e.getMessage(), e);
            }
        }, 0, configuration.inboxPollSeconds(), TimeUnit.SECONDS);
        LOG.info("Watching the drop folder {} every {} s", IntakeService.home(configuration.inboxDirectory()),
                configuration.inboxPollSeconds());
    }

    @Deactivate
    void stop() throws InterruptedException {
        if (poller != null) {
            // Let an import in progress finish: interrupting it mid-write would only roll it back.
            poller.shutdown();
            if (!poller.awaitTermination(10, TimeUnit.MINUTES)) {
                LOG.warn("Drop folder: an import still runs after 10 minutes; stopping without it");
            }
        }
    }
}
