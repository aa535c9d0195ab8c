package org.learnloop.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table of the application's schema, each as its row count and a SHA-256 over its rows
 * (every column, as text; the rows' own hashes sorted, so the order a database returns them in
 * does not matter): two databases with equal checksums hold the same records.
 */
final class TableChecksums {

    private TableChecksums() {
    }

    /** Table name to {@code "<rows> rows, sha256 <hex>"}. */
    static Map<String, String> of(Connection db) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        for (String table : tables(db)) {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement("select * from " + table);
                    ResultSet rs = select.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    MessageDigest row = sha256();
                    for (int c = 1; c <= columns; c++) {
                        String value = rs.getString(c);
                        row.update((value == null ? "\u0000null" : value).getBytes(StandardCharsets.UTF_8));
                        row.update((byte) 0x1f);
                    }
                    rows.add(HexFormat.of().formatHex(row.digest()));
                }
            }
            Collections.sort(rows);
            MessageDigest all = sha256();
            rows.forEach(row -> all.update(row.getBytes(StandardCharsets.US_ASCII)));
            tables.put(table, rows.size() + " rows, sha256 " + HexFormat.of().formatHex(all.digest()));
        }
        return tables;
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
