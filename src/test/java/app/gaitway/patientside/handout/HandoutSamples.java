package app.gaitway.patientside.handout;

import app.gaitway.exercises.DosageWords;
import app.gaitway.exercises.ExerciseContent;
import app.gaitway.exercises.illustration.IllustrationJson;
import app.gaitway.exercises.illustration.RenderedIllustration;
import app.gaitway.exercises.illustration.SvgRenderer;
import app.gaitway.exercises.library.ShippedLibrary;
import app.gaitway.patientside.HandoutView;
import app.gaitway.shared.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Handout views made of real shipped exercises, their pictures drawn as the app draws them. */
final class HandoutSamples {

    static final List<String> EIGHT = List.of(
            "hip-bridge",
            "clamshell",
            "side-lying-hip-abduction",
            "banded-side-step",
            "fire-hydrant",
            "single-leg-balance",
            "hip-flexor-stretch",
            "monster-walk");
    static final String PHONE = "(555) 010-4477";
    static final String FIRST_NAME = "Maria";
    /** As PatientPages makes them: the whole address printed for typing, and the path of the link's pages. */
    static final String TYPED_LINK = "https://gaitway.example/p/7KM3-QX9T-2HWD-M8PA-5RVB-J4NC-6E";

    static final String LINK_PATH = "/p/7KM3-QX9T-2HWD-M8PA-5RVB-J4NC-6E";

    private static final Map<String, ExerciseContent> LIBRARY = ShippedLibrary.load().exercises().stream()
            .collect(Collectors.toMap(ExerciseContent::slug, Function.identity()));
    private static final Messages TEXTS = new Messages();

    private HandoutSamples() {}

    static HandoutView program(List<String> slugs) {
        List<HandoutView.Item> items = new ArrayList<>();
        for (String slug : slugs) {
            items.add(item(items.size() + 1, LIBRARY.get(slug), ""));
        }
        return view(items);
    }

    static HandoutView view(List<HandoutView.Item> items) {
        return new HandoutView(
                "Riverside Physiotherapy",
                PHONE,
                FIRST_NAME,
                "Knee pain: stronger hips, phase 1",
                "Do these exercises on 4 days each week, with a rest day between.\nStart slowly. A little muscle ache the next day is normal.",
                3,
                LocalDate.of(2026, 3, 12),
                LocalDate.of(2026, 4, 9),
                "Sam Lee, PT",
                TYPED_LINK,
                LINK_PATH,
                items,
                List.of(
                        "Pain is sharp, or worse than before you started.",
                        "Pain is still worse the next morning.",
                        "Your knee swells, locks or gives way.",
                        "You feel dizzy, faint or unwell."),
                List.of(
                        "You have chest pain, or you suddenly find it hard to breathe.",
                        "One calf is swollen, warm, red or painful.",
                        "You go numb between your legs, or cannot control your bladder or bowels."));
    }

    static HandoutView.Item item(int number, ExerciseContent e, String note) {
        RenderedIllustration drawn =
                SvgRenderer.render(IllustrationJson.parse(e.illustrationJson()), e.name(), "x" + number);
        return new HandoutView.Item(
                number,
                e.name(),
                e.summary(),
                new HandoutView.Picture(
                        "/p/x/" + number + "/start.svg", drawn.startText(), drawn.startSvg(), null, null),
                new HandoutView.Picture("/p/x/" + number + "/end.svg", drawn.endText(), drawn.endSvg(), null, null),
                DosageWords.amount(e.dosage(), TEXTS),
                DosageWords.often(e.dosage(), TEXTS),
                DosageWords.extras(e.dosage(), TEXTS),
                note,
                e.steps(),
                e.cues(),
                e.feel(),
                e.mistakes(),
                e.dosage().holdSeconds(),
                drawn.hasMiddle()
                        ? new HandoutView.Picture(
                                "/p/x/" + number + "/middle.svg", drawn.middleText(), drawn.middleSvg(), null, null)
                        : null,
                null);
    }

    static ExerciseContent exercise(String slug) {
        return LIBRARY.get(slug);
    }
}
