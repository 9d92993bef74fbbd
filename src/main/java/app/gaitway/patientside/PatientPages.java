package app.gaitway.patientside;

import app.gaitway.clinics.ClinicNames;
import app.gaitway.exercises.ExerciseContent;
import app.gaitway.exercises.GivenExercise;
import app.gaitway.exercises.ProgramExercises;
import app.gaitway.patientside.links.LinkSecret;
import app.gaitway.patientside.links.PatientLink;
import app.gaitway.programs.ProgramService;
import app.gaitway.programs.ProgramView;
import app.gaitway.programs.dosage.ItemDosage;
import app.gaitway.programs.dosage.ItemDosageWords;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a patient's link shows: the latest version of the program in the patient's words, with the clinic to
 * call. Built for the phone page (pictures fetched through the link) or for paper (pictures inside, as
 * vectors). Reads only the patient's given name.
 */
@ApplicationScoped
public class PatientPages {

    private static final int STOP_AND_CALL = 5;
    /**
     * Chest pain or sudden breathlessness, a swollen painful calf (a possible deep vein thrombosis, more likely after
     * surgery or a long rest), and saddle numbness or new bladder or bowel trouble (possible cauda equina syndrome):
     * the red flags a home exercise sheet must send to emergency care, not to the clinic's phone.
     */
    private static final int EMERGENCY = 3;

    @Inject
    ProgramService programs;

    @Inject
    ProgramExercises exercises;

    @Inject
    ClinicNames clinics;

    @Inject
    Messages messages;

    @Inject
    @ConfigProperty(name = "gaitway.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Transactional
    public HandoutView view(PatientLink link, LinkSecret secret, boolean picturesInside) {
        return view(link, secret, picturesInside, programs.forPatient(link.getProgramId(), link.getClinicId()));
    }

    /** The same from a program already read (the page also needs its items for today's log). */
    @Transactional
    public HandoutView view(PatientLink link, LinkSecret secret, boolean picturesInside, ProgramService.ForPatient p) {
        String path = "/p/" + secret.grouped();
        List<HandoutView.Item> items = new ArrayList<>();
        for (ProgramView.Item i : p.items()) {
            items.add(item(i, path, picturesInside, link.getClinicId()));
        }
        List<String> stop = new ArrayList<>();
        for (int n = 1; n <= STOP_AND_CALL; n++) {
            stop.add(messages.get("patientPage.stop." + n));
        }
        List<String> emergency = new ArrayList<>();
        for (int n = 1; n <= EMERGENCY; n++) {
            emergency.add(messages.get("patientPage.emergency." + n));
        }
        var v = p.version();
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new HandoutView(
                clinics.of(link.getClinicId()),
                v.getClinicPhone(),
                p.givenName(),
                v.getTitle(),
                v.getInstructions(),
                v.getNumber(),
                LocalDate.ofInstant(v.getSavedAt(), ZoneId.systemDefault()),
                v.getReviewDate(),
                v.getTherapistName(),
                base + path,
                path,
                List.copyOf(items),
                List.copyOf(stop),
                List.copyOf(emergency));
    }

    private HandoutView.Item item(ProgramView.Item i, String path, boolean picturesInside, long clinicId) {
        ItemDosage d = i.dosage();
        List<String> extras = new ArrayList<>();
        addIfAny(extras, ItemDosageWords.load(d, messages));
        ItemDosageWords.effort(d, messages).forEach(e -> addIfAny(extras, e));
        addIfAny(extras, ItemDosageWords.rest(d, messages));
        GivenExercise e = i.exercise();
        ExerciseContent c = e == null ? null : e.content();
        return new HandoutView.Item(
                i.position() + 1,
                i.name(),
                c == null ? "" : c.summary(),
                picture(i, e, "start", path, picturesInside, clinicId),
                picture(i, e, "end", path, picturesInside, clinicId),
                ItemDosageWords.amount(d, messages),
                ItemDosageWords.often(d, messages),
                List.copyOf(extras),
                d.note(),
                c == null ? List.of() : c.steps(),
                c == null ? List.of() : c.cues(),
                c == null ? "" : c.feel(),
                c == null ? List.of() : c.mistakes(),
                d.holdSeconds(),
                picture(i, e, "middle", path, picturesInside, clinicId),
                moving(i, e, path));
    }

    private HandoutView.Picture moving(ProgramView.Item i, GivenExercise e, String path) {
        if (e == null
                || e.content().illustrationJson() == null
                || e.startUploadId() != null
                || e.endUploadId() != null) {
            return null;
        }
        String alt = messages.get("motion.alt", exercises.drawingText(e, "start"), exercises.drawingText(e, "end"));
        return new HandoutView.Picture(path + "/pictures/" + i.position() + "/motion", alt, null, null, null);
    }

    private HandoutView.Picture picture(
            ProgramView.Item i, GivenExercise e, String stage, String path, boolean inside, long clinicId) {
        if (e == null) {
            return null;
        }
        String described = exercises.drawingText(e, stage);
        if ("middle".equals(stage) && described == null) {
            return null;
        }
        String alt = described != null ? described : messages.get("patientPage.pictureAlt." + stage, i.name());
        String url = path + "/pictures/" + i.position() + "/" + stage;
        if (!inside) {
            return new HandoutView.Picture(url, alt, null, null, null);
        }
        return exercises
                .picture(e, stage, clinicId)
                .map(f -> new HandoutView.Picture(url, alt, f.svg(), f.bytes(), f.mediaType()))
                .orElse(null);
    }

    private static void addIfAny(List<String> list, String text) {
        if (text != null && !text.isBlank()) {
            list.add(text);
        }
    }
}
