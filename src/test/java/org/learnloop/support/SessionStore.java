package org.learnloop.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/**
 * What Spring Session has written to the database for the sessions of a test: each attribute as
 * it is stored, serialised, in {@code spring_session_attributes}.
 */
public final class SessionStore {

    private final JdbcClient db;

    public SessionStore(JdbcClient db) {
        this.db = db;
    }

    /** The names of the attributes stored for the session the test browser holds the cookie of. */
    public List<String> attributeNames(MockHttpSession browser) {
        String cookie = SessionCookies.of(browser);
        if (cookie == null) {
            return List.of();
        }
        String sessionId = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
        return db.sql("""
                select a.attribute_name from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?
                order by a.attribute_name
                """).param(sessionId).query(String.class).list();
    }

    /**
     * The names of the attributes, in any session at all, whose stored bytes hold the text (as Java
     * serialisation writes a string of plain ASCII characters: byte for byte).
     */
    public List<String> attributesHolding(String text) {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        return db.sql("select attribute_name, attribute_bytes from spring_session_attributes")
                .query((rs, row) -> contains(rs.getBytes("attribute_bytes"), wanted) ? rs.getString("attribute_name") : null)
                .list().stream().filter(name -> name != null).toList();
    }

    private static boolean contains(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
