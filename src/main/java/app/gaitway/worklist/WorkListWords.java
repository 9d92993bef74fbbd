package app.gaitway.worklist;

import app.gaitway.shared.web.Messages;
import app.gaitway.worklist.WorkListRepository.Found;
import app.gaitway.worklist.WorkListView.Item;
import app.gaitway.worklist.WorkListView.Section;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The work list in the words a therapist reads on the home page, each row linked to where the work is done. */
public final class WorkListWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private WorkListWords() {}

    public static WorkListView view(WorkList list, Messages messages, ZoneId zone) {
        WorkListRules rules = list.rules();
        boolean names = list.clinicWide();
        List<Section> sections = new ArrayList<>();
        // what a patient said first: pain and "too hard" may need a call today
        sections.add(section(
                "reported",
                list.reported(),
                messages,
                r -> new Item(
                        adherence(r.patientId(), r.programId()),
                        r.patientName(),
                        r.title(),
                        reported(r, rules, messages),
                        names ? r.therapistName() : null,
                        rules.isHighPain(r.highestHighPain()))));
        sections.add(section(
                "drafts",
                list.drafts(),
                messages,
                d -> new Item(
                        "/assessments/" + d.assessmentId(),
                        d.patientName(),
                        messages.get("worklist.draft.about", DATE.format(d.visitDate())),
                        messages.get("worklist.draft.saved", TIME.withZone(zone).format(d.savedAt())),
                        names ? d.therapistName() : null,
                        false)));
        sections.add(section(
                "reviews",
                list.reviews(),
                messages,
                r -> new Item(
                        "/programs/" + r.programId(),
                        r.patientName(),
                        r.title(),
                        due(rules.daysUntil(r.reviewDate()), r.reviewDate(), messages),
                        names ? r.therapistName() : null,
                        false)));
        sections.add(section(
                "silent",
                list.silent(),
                messages,
                s -> new Item(
                        adherence(s.patientId(), s.programId()),
                        s.patientName(),
                        s.title(),
                        s.lastLogged() == null
                                ? messages.get("worklist.silent.never")
                                : messages.get(
                                        "worklist.silent.since",
                                        DATE.format(s.lastLogged()),
                                        -rules.daysUntil(s.lastLogged())),
                        names ? s.therapistName() : null,
                        false)));
        sections.add(section("links", list.links(), messages, l -> {
            LocalDate day = LocalDate.ofInstant(l.expiresAt(), zone);
            boolean expired = !l.expiresAt().isAfter(rules.now());
            String detail = expired
                    ? messages.get("worklist.links.expired", DATE.format(day))
                    : messages.get("worklist.links.expires", DATE.format(day), rules.daysUntil(day));
            return new Item(
                    "/programs/" + l.programId() + "#patient-link",
                    l.patientName(),
                    l.title(),
                    detail,
                    names ? l.therapistName() : null,
                    expired);
        }));
        return new WorkListView(list.clinicWide(), list.isEmpty(), sections);
    }

    /** "Review due today", "Review was due 3 Nov 2026, 5 days ago". */
    static String due(long daysUntil, LocalDate date, Messages messages) {
        return daysUntil >= 0
                ? messages.get("worklist.reviews.today")
                : messages.get("worklist.reviews.overdue", DATE.format(date), -daysUntil);
    }

    /** "Pain 8 out of 10 · too hard: said twice · latest 5 Dec 2026". */
    static String reported(WorkListRepository.Reported r, WorkListRules rules, Messages messages) {
        List<String> parts = new ArrayList<>();
        if (rules.isHighPain(r.highestHighPain())) {
            parts.add(messages.get("worklist.reported.pain", r.highestHighPain()));
        }
        if (r.tooHard() > 0) {
            parts.add(messages.get("worklist.reported.tooHard", r.tooHard()));
        }
        parts.add(
                rules.daysUntil(r.latest()) == 0
                        ? messages.get("worklist.reported.today")
                        : messages.get("worklist.reported.latest", DATE.format(r.latest())));
        return String.join(" \u00B7 ", parts);
    }

    private static String adherence(long patientId, long programId) {
        return "/patients/" + patientId + "#adherence-" + programId;
    }

    private static <T> Section section(String id, Found<T> found, Messages messages, Function<T, Item> item) {
        String prefix = "worklist." + id;
        return new Section(
                "worklist-" + id,
                messages.get(prefix + ".heading", found.total()),
                messages.get(prefix + ".hint"),
                messages.get(prefix + ".none"),
                found.rows().stream().map(item).toList(),
                found.more() > 0 ? messages.get("worklist.more", found.more()) : null);
    }
}
