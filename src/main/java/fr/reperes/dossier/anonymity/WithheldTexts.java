package fr.reperes.dossier.anonymity;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AuditAction;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.DossierAccess;
import fr.reperes.dossier.FamilyFilter;
import fr.reperes.dossier.FamilyTextColumn;
import fr.reperes.identity.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The référent's review of what was withheld from the parents at a recheck: they read each text, and either change
 * it where it is written (the write is checked like any other) or confirm that it does not reveal the placement, and
 * then the parents read it.
 */
@Service
public class WithheldTexts {

    private final JdbcClient jdbc;
    private final DossierAccess access;
    private final AuditJournal journal;
    private final AnonymityRecheck recheck;
    private final Clock clock;

    WithheldTexts(JdbcClient jdbc, DossierAccess access, AuditJournal journal, AnonymityRecheck recheck, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.journal = journal;
        this.recheck = recheck;
        this.clock = clock;
    }

    /** What waits for the référent's review, with the texts; journaled as a read of each kind shown. */
    @Transactional
    public List<WithheldText> pending(Viewer viewer, long youngPersonId) {
        AccessDecision decision = access.requireProfessional(viewer, youngPersonId, InformationKind.IDENTITY);
        Map<String, Pending> rows = new HashMap<>();
        jdbc.sql("SELECT id, source, row_key, withheld_at FROM withheld_text "
                        + "WHERE young_person_id = :yp AND reviewed_at IS NULL ORDER BY withheld_at, id")
                .param("yp", youngPersonId)
                .query(rs -> {
                    rows.put(
                            FamilyFilter.key(rs.getString("source"), rs.getString("row_key")),
                            new Pending(
                                    rs.getLong("id"),
                                    rs.getTimestamp("withheld_at").toInstant()));
                });
        if (rows.isEmpty()) {
            return List.of();
        }
        List<WithheldText> texts = new ArrayList<>();
        Set<InformationKind> read = EnumSet.noneOf(InformationKind.class);
        for (FamilyTextColumn column : recheck.columns()) {
            if (rows.keySet().stream().noneMatch(key -> key.startsWith(column.source() + "#"))) {
                continue;
            }
            jdbc.sql(column.select()).param("yp", youngPersonId).query(rs -> {
                Pending pending = rows.get(FamilyFilter.key(column.source(), rs.getString("row_key")));
                if (pending != null) {
                    texts.add(new WithheldText(
                            pending.id(),
                            column.source(),
                            rs.getString("row_key"),
                            column.pdf() ? null : rs.getString("text"),
                            pending.withheldAt()));
                    read.add(column.kind());
                }
            });
        }
        for (InformationKind kind : read) {
            journal.record(viewer, youngPersonId, kind, decision, AuditAction.READ);
        }
        texts.sort(Comparator.comparing(WithheldText::withheldAt).thenComparing(WithheldText::id));
        return texts;
    }

    /** The référent read the text and judged it safe: the parents read it from now on. */
    @Transactional
    public void confirmSafe(Viewer viewer, long withheldId) {
        long youngPersonId = jdbc.sql("SELECT young_person_id FROM withheld_text WHERE id = :id")
                .param("id", withheldId)
                .query(Long.class)
                .optional()
                .orElseThrow(DossierAccess::nothingThere);
        access.requireProfessional(viewer, youngPersonId, InformationKind.IDENTITY);
        jdbc.sql("UPDATE withheld_text SET reviewed_at = :now, reviewed_by_name = :name WHERE id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("name", viewer.displayName())
                .param("id", withheldId)
                .update();
    }

    private record Pending(long id, Instant withheldAt) {}
}
