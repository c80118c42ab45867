package vn.congdoan.service;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.connection.ServerDescription;
import com.mongodb.event.ClusterDescriptionChangedEvent;
import com.mongodb.event.ClusterListener;

/**
 * Logs a lost database connection once and its return once, instead of the driver's line per
 * heartbeat (its cluster logger is quieted to ERROR in the service defaults).
 */
class DatabaseConnectionLog implements ClusterListener {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConnectionLog.class);
    private final AtomicBoolean reachable = new AtomicBoolean(true);

    @Override
    public void clusterDescriptionChanged(ClusterDescriptionChangedEvent event) {
        boolean now = event.getNewDescription().getServerDescriptions().stream().anyMatch(ServerDescription::isOk);
        if (reachable.getAndSet(now) != now) {
            if (now) {
                log.info("database reachable again");
            } else {
                log.warn("database unreachable: {}", event.getNewDescription().getShortDescription());
            }
        }
    }
}
