package fr.reperes.demo;

import fr.reperes.dossier.MeetingKind;
import fr.reperes.dossier.NewMeeting;
import fr.reperes.dossier.imports.DossierImport;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The personas' meetings, from {@code demo/meetings.json}, dated relative to today. */
@Component
class DemoMeetings {

    private final DossierImport meetings;
    private final Clock clock;

    DemoMeetings(DossierImport meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    record File(List<Item> lina, List<Item> leo, List<Item> mehdi) {}

    record Item(
            MeetingKind kind,
            int daysFromToday,
            int hour,
            String place,
            String invited,
            String questions,
            String notes) {}

    void load(long authorAccountId, String authorName, long lina, long leo, long mehdi) {
        File file = read();
        add(authorAccountId, authorName, lina, file.lina());
        add(authorAccountId, authorName, leo, file.leo());
        add(authorAccountId, authorName, mehdi, file.mehdi());
    }

    private void add(long authorAccountId, String authorName, long youngPersonId, List<Item> items) {
        LocalDate today = LocalDate.now(clock);
        for (Item item : items) {
            meetings.meeting(
                    authorAccountId,
                    authorName,
                    youngPersonId,
                    new NewMeeting(
                            item.kind(),
                            today.plusDays(item.daysFromToday()).atTime(item.hour(), 0),
                            item.place(),
                            item.invited(),
                            item.questions()),
                    item.notes());
        }
    }

    private static File read() {
        try (InputStream in = DemoMeetings.class.getResourceAsStream("/demo/meetings.json")) {
            return JsonMapper.builder().build().readValue(in, File.class);
        } catch (IOException e) {
            throw new IllegalStateException("demo/meetings.json cannot be read", e);
        }
    }
}
