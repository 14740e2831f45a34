package org.childsafe.support;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.SQLException;

/** Plain SQL in a transaction of its own, as someone with database access would run it. */
public final class Sql {

    private Sql() {
    }

    /** Work on the connection; SQL errors fail the test. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public static <T> T write(TransactionOperations<Connection> transactions, Work<T> work) {
        return transactions.executeWrite(status -> {
            try {
                return work.run(status.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
