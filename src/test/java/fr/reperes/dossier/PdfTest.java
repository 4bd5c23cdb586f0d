package fr.reperes.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditJournal;
import fr.reperes.access.InformationKind;
import fr.reperes.dossier.meetings.Meeting;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The PDFs the family downloads: what they say, that they are journaled, and what they never contain. */
@IntegrationTest
class PdfTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CarePlanService carePlans;

    @Autowired
    MeetingService meetings;

    @Autowired
    AuditJournal journal;

    @Autowired
    JdbcClient jdbc;

    private Viewer viewer(String subject) {
        return TestSignIn.viewer(context, subject);
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    @Test
    void linasThirdVersionPrintsByDomainWithWhatChanged() throws IOException {
        Viewer lina = viewer("lina");
        long before = journal.count(lina.youngPersonId(), lina.accountId(), InformationKind.CARE_PLAN);
        byte[] pdf = carePlans.pdf(lina, lina.youngPersonId(), 3, Locale.FRENCH);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text)
                .contains(
                        "Projet pour l’enfant de Lina",
                        "Version 3",
                        "Santé",
                        "École et formation",
                        "Ouvrir un compte bancaire",
                        "Ce que j’en dis",
                        "Ce qui a changé depuis la version 2");
        assertThat(journal.count(lina.youngPersonId(), lina.accountId(), InformationKind.CARE_PLAN))
                .isEqualTo(before + 1);
    }

    @Test
    void karimsPrintOfLinasPpeSpeaksOfLinaByName() throws IOException {
        Viewer karim = viewer("karim");
        String text = text(carePlans.pdf(karim, viewer("lina").youngPersonId(), 3, Locale.FRENCH));
        assertThat(text)
                .contains("Projet pour l’enfant de Lina", "Ce qu’en dit Lina")
                .doesNotContain("Ce que j’en dis", "mes parents");
    }

    @Test
    void aminasPpePrintsTheProjetDAutonomieAttachedToIt() throws IOException {
        Viewer amina = viewer("amina");
        String text = text(carePlans.pdf(amina, amina.youngPersonId(), 1, Locale.FRENCH));
        assertThat(text)
                .contains(
                        "Projet d’accès à l’autonomie",
                        "Formation et travail",
                        "Entrer en formation d’aide-soignante",
                        "Demander la carte Vitale à la CPAM");
        String lina = text(carePlans.pdf(viewer("lina"), viewer("lina").youngPersonId(), 3, Locale.FRENCH));
        assertThat(lina).doesNotContain("Projet d’accès à l’autonomie");
    }

    @Test
    void sofiaPrintsLeosPpeWithoutTheFosterFamilyAndNadiaPrintsNothing() throws IOException {
        long leo = jdbc.sql("SELECT id FROM young_person WHERE first_name = 'Léo'")
                .query(Long.class)
                .single();
        String text = text(carePlans.pdf(viewer("sofia"), leo, 1, Locale.FRENCH));
        assertThat(text).contains("Léo").doesNotContain("Dumont", "Wimereux", "Mouettes");
        long lina = viewer("lina").youngPersonId();
        assertThatThrownBy(() -> carePlans.pdf(viewer("nadia"), lina, 3, Locale.FRENCH))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void karimPrintsTheNotesOfLinasLastSynthese() throws IOException {
        Viewer karim = viewer("karim");
        long lina = viewer("lina").youngPersonId();
        Meeting synthese = meetings.meetings(karim, lina).past().stream()
                .filter(m -> m.kind() == MeetingKind.SYNTHESE && m.notesPublished())
                .findFirst()
                .orElseThrow();
        String text = text(meetings.notesPdf(karim, lina, synthese.id(), Locale.FRENCH));
        assertThat(text).contains("Synthèse : compte rendu pour Lina", "CAP cuisine", "Claire Martin");
        long upcoming = meetings.meetings(karim, lina).upcoming().getFirst().id();
        assertThatThrownBy(() -> meetings.notesPdf(karim, lina, upcoming, Locale.FRENCH))
                .isInstanceOf(AccessRefusedException.class);
    }
}
