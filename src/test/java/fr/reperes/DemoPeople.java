package fr.reperes;

import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Finds people of the demo département for tests, by what they are rather than by id. */
public final class DemoPeople {

    private DemoPeople() {}

    /**
     * A young person of the generated population the référent follows who has no Repères account yet (each call
     * may return the same one). Taken from the end so that the personas (Léo has no account) stay as they are.
     */
    public static long uninvitedYoungPersonFollowedBy(ApplicationContext context, String referentSubject) {
        Viewer referent = TestSignIn.viewer(context, referentSubject);
        return context.getBean(JdbcClient.class)
                .sql("""
                        SELECT yp.id FROM young_person yp
                        WHERE yp.referent_id = :referent
                          AND NOT EXISTS (SELECT 1 FROM account a WHERE a.young_person_id = yp.id)
                        ORDER BY yp.id DESC LIMIT 1""")
                .param("referent", referent.professionalId())
                .query(Long.class)
                .single();
    }

    public static String firstName(ApplicationContext context, long youngPersonId) {
        return context.getBean(JdbcClient.class)
                .sql("SELECT first_name FROM young_person WHERE id = :id")
                .param("id", youngPersonId)
                .query(String.class)
                .single();
    }
}
