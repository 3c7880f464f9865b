package org.cgtatlas.core.db;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.PooledConnection;
import org.h2.jdbcx.JdbcDataSource;

/**
 * H2's physical connections for the pool, remembered so that closing the database closes every one of them. After a
 * failed write H2 closes the database, and the pool's rollback before handing out a connection then fails, so the pool
 * loses that connection without closing it. Its open session would keep the closed database registered in this JVM,
 * holding the file, and a later open (once the disk has room again) would be refused as "closed".
 */
final class TrackedConnectionSource implements ConnectionPoolDataSource {

    private final JdbcDataSource source = new JdbcDataSource();
    private final Set<PooledConnection> opened = ConcurrentHashMap.newKeySet();

    TrackedConnectionSource(String url, String user) {
        source.setURL(url);
        source.setUser(user);
    }

    @Override
    public PooledConnection getPooledConnection() throws SQLException {
        PooledConnection connection = source.getPooledConnection();
        opened.add(connection);
        return connection;
    }

    @Override
    public PooledConnection getPooledConnection(String user, String password) throws SQLException {
        PooledConnection connection = source.getPooledConnection(user, password);
        opened.add(connection);
        return connection;
    }

    /** Closes every physical connection ever handed to the pool; closing one twice does nothing. */
    void closeAll() {
        for (PooledConnection connection : opened) {
            try {
                connection.close();
            } catch (SQLException alreadyBroken) {
                // H2 has closed the database already; the session is gone either way
            }
        }
        opened.clear();
    }

    @Override
    public PrintWriter getLogWriter() {
        return source.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        source.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        source.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return source.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return source.getParentLogger();
    }
}
