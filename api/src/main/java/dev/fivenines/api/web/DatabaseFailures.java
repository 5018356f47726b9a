package dev.fivenines.api.web;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

/** Recognises "the database cannot be reached right now" among the many shapes drivers give it. */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof R2dbcNonTransientResourceException
                    || t instanceof R2dbcTransientResourceException
                    || t instanceof ConnectException
                    || t instanceof TimeoutException
                    || isPoolOrConnectionClosed(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * r2dbc-pool and the PostgreSQL driver signal these without a common supertype. (Reactor
     * Netty's AbortedException is a client hanging up, not the database: it must not match.)
     */
    private static boolean isPoolOrConnectionClosed(Throwable t) {
        String name = t.getClass().getName();
        return name.endsWith("PoolAcquireTimeoutException")
                || name.endsWith("PostgresConnectionClosedException")
                || name.endsWith("PostgresConnectionException");
    }
}
