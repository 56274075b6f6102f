package dev.hindsight.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands out connections whose socket reads give up after a number of milliseconds. PostgreSQL's driver takes
 * its socket timeout only in whole seconds; the pool keeps whatever timeout a new connection has and puts it
 * back after each validation, so setting it here once bounds every read.
 */
final class NetworkTimeout implements DataSource {

    private static final Executor DIRECT = Runnable::run;

    private final DataSource inner;
    private final int millis;

    NetworkTimeout(DataSource inner, int millis) {
        this.inner = inner;
        this.millis = millis;
    }

    private Connection timed(Connection connection) throws SQLException {
        connection.setNetworkTimeout(DIRECT, millis);
        return connection;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return timed(inner.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return timed(inner.getConnection(user, password));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return inner.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        inner.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        inner.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return inner.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return inner.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : inner.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || inner.isWrapperFor(type);
    }
}
