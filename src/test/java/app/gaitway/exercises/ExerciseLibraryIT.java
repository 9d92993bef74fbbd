package app.gaitway.exercises;

import app.gaitway.exercises.ui.ExerciseSite;
import app.gaitway.exercises.ui.ExerciseSite.Card;
import app.gaitway.testdata.Therapists;
import app.gaitway.testing.GaitwayServer;
import app.gaitway.testing.PageAssertions;
import app.gaitway.testing.SharedServer;
import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Download;
import app.gaitway.testing.WebClient.Page;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.gaitway.exercises.ui.ExerciseSite.cards;
import static app.gaitway.exercises.ui.ExerciseSite.count;
import static app.gaitway.exercises.ui.ExerciseSite.library;
import static app.gaitway.exercises.ui.ExerciseSite.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library as a therapist uses it, over real HTTP against the real database: the built-in exercises,
 * 24 to a page; search that forgives typos and spacing; filters that combine; an exercise page with what a
 * patient will read; the pictures. Each test signs in as a therapist of a clinic of their own, so the library
 * holds exactly the built-in exercises whatever other tests add to theirs.
 */
@ExtendWith(SharedServer.class)
class ExerciseLibraryIT {

    private static final Map<String, JsonNode> SHIPPED = ExerciseSite.shippedLibrary();

    @Test
    void theLibraryListsEveryBuiltInExerciseTwentyFourToAPageInNameOrder(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "library").client();

        Page first = library(therapist);
        PageAssertions.assertInLayout(first);
        assertEquals(ExerciseSite.BUILT_IN_COUNT, SHIPPED.size(), "the shipped library");
        assertEquals(ExerciseSite.BUILT_IN_COUNT, count(first), "count text");
        assertTrue(first.contains(">" + ExerciseSite.BUILT_IN_COUNT + " exercises<"));
        assertEquals(24, cards(first).size(), "first page");
        assertTrue(first.contains("Page 1 of 2"));
        assertTrue(first.contains("rel=\"next\""));
        assertFalse(first.contains("rel=\"prev\""));

        Page second = library(therapist, "page", "2");
        assertEquals(ExerciseSite.BUILT_IN_COUNT - 24, cards(second).size(), "second page");
        assertTrue(second.contains("Page 2 of 2"));
        assertFalse(second.contains("rel=\"next\""));
        assertTrue(second.contains("rel=\"prev\""));

        List<String> shown = new ArrayList<>(names(first));
        shown.addAll(names(second));
        Set<String> shipped = new TreeSet<>();
        SHIPPED.values().forEach(e -> shipped.add(e.get("name").asText()));
        assertEquals(shipped, new TreeSet<>(shown), "every built-in exercise, each once");
        assertEquals(ExerciseSite.BUILT_IN_COUNT, new HashSet<>(shown).size(), "no exercise on both pages");
        List<String> sorted = new ArrayList<>(shown);
        sorted.sort(Comparator.comparing(String::toLowerCase));
        assertEquals(sorted, shown, "in name order across pages");
        assertTrue(cards(first).stream().noneMatch(Card::ours), "no 'Our clinic' badge on built-in exercises");

        assertEquals(
                ExerciseSite.allCards(therapist).stream().map(Card::name).toList(),
                shown,
                "following 'Next page' gives the same list");
        assertEquals(names(second), names(library(therapist, "page", "99")), "a page past the end shows the last page");
    }

    @Test
    void searchForgivesTyposSpacingAndOtherNames(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "search").client();

        Page clam = library(therapist, "q", "clam shell");
        assertEquals("Clamshell", cards(clam).get(0).name(), "'clam shell' finds Clamshell first: " + names(clam));
        assertTrue(names(clam).contains("Banded clamshell"), names(clam).toString());
        assertEquals(count(clam), cards(clam).size());

        Page hydrant = library(therapist, "q", "fire hydrent");
        assertEquals("Fire hydrant", cards(hydrant).get(0).name(), "a typo is forgiven: " + names(hydrant));

        Page legRaise = library(therapist, "q", "side-lying leg raise");
        Card abduction = cards(legRaise).get(0);
        assertEquals(
                "Side-lying hip abduction", abduction.name(), names(legRaise).toString());
        assertEquals(
                "Also called “Side-lying leg raise”", abduction.alsoCalled(), "the card says which other name matched");
        assertNull(cards(clam).get(0).alsoCalled(), "no 'Also called' when the name itself matched");

        Page typedInBox = library(therapist, "q", "clam shell");
        assertTrue(typedInBox.contains("value=\"clam shell\""), "the search box keeps what was typed");
        assertTrue(typedInBox.contains("Clear search and filters"));

        Page nothing = library(therapist, "q", "xylophone");
        assertEquals(0, count(nothing));
        assertTrue(nothing.contains("No exercise matches."), nothing.body());
        assertTrue(cards(nothing).isEmpty());
    }

    @Test
    void filtersCombineAndAnUnknownFilterWordIsIgnored(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "filters").client();

        Set<String> bandedStrength =
                shippedWhere(e -> e.get("category").asText().equals("strength") && hasBand(e));
        Set<String> strength = shippedWhere(e -> e.get("category").asText().equals("strength"));
        Set<String> banded = shippedWhere(ExerciseLibraryIT::hasBand);
        assertTrue(
                bandedStrength.size() >= 3
                        && bandedStrength.size() < strength.size()
                        && bandedStrength.size() <= banded.size(),
                "the data makes the combination meaningful: " + bandedStrength);

        List<Card> both = ExerciseSite.allCards(therapist, "category", "strength", "equipment", "band");
        assertEquals(bandedStrength, nameSet(both), "category=strength & equipment=band");
        assertEquals(bandedStrength.size(), count(library(therapist, "category", "strength", "equipment", "band")));
        for (Card card : both) {
            Page page = ExerciseSite.exercise(therapist, card.id());
            String facts =
                    ExerciseSite.text(page.body().substring(page.body().indexOf("aria-labelledby=\"facts-heading\"")));
            assertTrue(facts.contains("Category Strength"), card.name() + ": " + facts);
            assertTrue(facts.matches(".*Equipment .*Resistance band.*"), card.name() + ": " + facts);
        }
        assertEquals(strength, nameSet(ExerciseSite.allCards(therapist, "category", "strength")));
        assertEquals(banded, nameSet(ExerciseSite.allCards(therapist, "equipment", "band")));

        Set<String> sideLyingStrength =
                shippedWhere(e -> e.get("category").asText().equals("strength")
                        && e.get("position").asText().equals("side_lying")
                        && texts(e.get("targets")).contains("gluteus_medius_minimus"));
        assertEquals(
                sideLyingStrength,
                nameSet(ExerciseSite.allCards(
                        therapist,
                        "category",
                        "strength",
                        "position",
                        "side_lying",
                        "target",
                        "gluteus_medius_minimus")),
                "three filters at once");

        assertEquals(
                banded,
                nameSet(ExerciseSite.allCards(therapist, "category", "cardio", "equipment", "band")),
                "an unknown category word is ignored, the known filter still applies");
        assertEquals(
                ExerciseSite.BUILT_IN_COUNT,
                count(library(therapist, "category", "nonsense", "target", "elbow", "equipment", "x", "position", "")),
                "unknown words everywhere: the whole library");
        Page clamBanded = library(therapist, "q", "clam shell", "equipment", "band");
        assertEquals(List.of("Banded clamshell"), names(clamBanded), "search and filter combine");
        assertTrue(
                clamBanded.contains("<option value=\"band\" selected=\"selected\">"),
                "the chosen filter stays selected");
    }

    @Test
    void anExercisePageShowsStepsCuesDosageInWordsAndLinksToEasierAndHarderVersions(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "exercise-page").client();
        long clamshellId = ExerciseSite.builtInId(therapist, "Clamshell");
        JsonNode shipped = SHIPPED.get("clamshell");

        Page page = ExerciseSite.exercise(therapist, clamshellId);
        PageAssertions.assertInLayout(page);
        assertEquals("Clamshell", page.heading());
        assertEquals(texts(shipped.get("steps")), ExerciseSite.steps(page), "steps, in order");
        assertEquals(texts(shipped.get("cues")), ExerciseSite.cues(page), "cues");
        assertEquals(
                List.of(
                        "3 sets of 10–15, each side",
                        "once a day, 4 days a week",
                        "Effort 7–8 out of 10",
                        "Rest 60 seconds between sets"),
                ExerciseSite.dosage(page),
                "default dosage in words");
        assertTrue(page.contains("Also called: Clam, Side-lying clam, Clamshell exercise"));
        assertTrue(page.contains("Built-in exercise: read-only."));
        assertFalse(
                page.contains("/exercises/custom/" + clamshellId + "/edit"), "no edit link for a built-in exercise");
        assertTrue(page.contains("href=\"/exercises/custom/new?copy=" + clamshellId + "\""), "duplicate link");

        Map<String, String> links = ExerciseSite.variationLinks(page);
        assertEquals(List.of("Banded clamshell", "Side-lying hip abduction"), List.copyOf(links.values()));
        Map<String, String> slugOfName = new HashMap<>();
        SHIPPED.forEach((slug, e) -> slugOfName.put(e.get("name").asText(), slug));

        // every easier/harder link of every built-in exercise leads to an existing exercise with that name
        int linksFollowed = 0;
        for (Card card : ExerciseSite.allCards(therapist)) {
            Page exercise = ExerciseSite.exercise(therapist, card.id());
            JsonNode file = SHIPPED.get(slugOfName.get(card.name()));
            assertEquals(texts(file.get("steps")), ExerciseSite.steps(exercise), card.name() + ": steps");
            List<String> linkedSlugs = new ArrayList<>();
            for (String kind : List.of("easier", "harder")) {
                file.get(kind).forEach(v -> {
                    if (v.has("slug")) {
                        linkedSlugs.add(v.get("slug").asText());
                    }
                });
            }
            Map<String, String> shown = ExerciseSite.variationLinks(exercise);
            assertEquals(
                    linkedSlugs.stream()
                            .map(s -> SHIPPED.get(s).get("name").asText())
                            .toList(),
                    List.copyOf(shown.values()),
                    card.name() + ": linked versions");
            for (Map.Entry<String, String> link : shown.entrySet()) {
                Page target = therapist.get(link.getKey());
                assertEquals(200, target.status(), card.name() + " links to " + link.getKey());
                assertEquals(link.getValue(), target.heading(), card.name() + " links to " + link.getKey());
                linksFollowed++;
            }
        }
        assertTrue(linksFollowed >= 20, "the library links its exercises to each other: " + linksFollowed);
    }

    @Test
    void bothPicturesOfEveryCardAreSvgWithATitle(GaitwayServer server) {
        WebClient therapist = Therapists.ofNewClinic(server, "pictures").client();
        List<Card> all = ExerciseSite.allCards(therapist);
        assertEquals(ExerciseSite.BUILT_IN_COUNT, all.size());
        Pattern title = Pattern.compile("<title[^>]*>([^<]+)</title>");
        for (Card card : all) {
            assertTrue(
                    card.startPicture().matches("/exercise-pictures/" + card.id() + "/\\d+/start\\.svg"),
                    card.startPicture());
            assertTrue(
                    card.endPicture().matches("/exercise-pictures/" + card.id() + "/\\d+/end\\.svg"),
                    card.endPicture());
            String previous = null;
            for (String src : List.of(card.startPicture(), card.endPicture())) {
                Download svg = therapist.download(src);
                assertEquals(200, svg.status(), src);
                assertTrue(svg.contentType().startsWith("image/svg+xml"), src + ": " + svg.contentType());
                String body = svg.text();
                assertTrue(body.contains("<svg"), src);
                Matcher t = title.matcher(body);
                assertTrue(
                        t.find() && !t.group(1).isBlank(),
                        src + " has a <title>: " + body.substring(0, Math.min(300, body.length())));
                assertFalse(body.equals(previous), card.name() + ": start and end pictures differ");
                previous = body;
            }
        }
        Page page = ExerciseSite.exercise(therapist, all.get(0).id());
        assertEquals(
                List.of(all.get(0).startPicture(), all.get(0).endPicture()),
                ExerciseSite.pictures(page),
                "the exercise page shows the card's pictures");
        // a half-way picture only where start and end alone mislead: the two band walks that step sideways
        List<String> withMiddle = new java.util.ArrayList<>();
        for (Card card : all) {
            String middle = card.startPicture().replace("/start.svg", "/middle.svg");
            int status = therapist.download(middle).status();
            assertTrue(status == 200 || status == 404, middle + ": " + status);
            if (status == 200) {
                withMiddle.add(card.name());
                assertEquals(
                        List.of(card.startPicture(), middle, card.endPicture()),
                        ExerciseSite.pictures(ExerciseSite.exercise(therapist, card.id())),
                        "the exercise page shows start, half-way and end in that order");
            }
        }
        assertEquals(
                List.of("Banded crab walk", "Banded side step"),
                withMiddle.stream().sorted().toList());
        assertEquals(
                404,
                therapist
                        .download(all.get(0).startPicture().replace("/start.svg", "/sideways.svg"))
                        .status());
        assertTrue(
                page.body().matches("(?s).*<img src=\"[^\"]+start\\.svg\" alt=\"[^\"]{10,}\".*"),
                "the start picture has alt text");
    }

    @Test
    void signedOutVisitorsAreSentToSignIn(GaitwayServer server) {
        WebClient stranger = new WebClient(server);
        Page library = stranger.get("/exercises");
        assertEquals(303, library.status(), library.body());
        assertTrue(library.location().startsWith("/login"), library.location());
        assertFalse(library.contains("Clamshell"));

        WebClient therapist = Therapists.ofNewClinic(server, "signed-out").client();
        Card clamshell = cards(library(therapist, "q", "clamshell")).get(0);
        for (String path : List.of(
                "/exercises?q=clamshell",
                "/exercises/" + clamshell.id(),
                clamshell.startPicture(),
                "/exercises/transfer/export.json",
                "/exercises/custom/new")) {
            Page answer = stranger.get(path);
            assertEquals(303, answer.status(), path);
            assertTrue(answer.location().startsWith("/login"), path + " → " + answer.location());
        }
    }

    private static Set<String> shippedWhere(java.util.function.Predicate<JsonNode> test) {
        Set<String> names = new TreeSet<>();
        SHIPPED.values().stream()
                .filter(test)
                .forEach(e -> names.add(e.get("name").asText()));
        return names;
    }

    private static Set<String> nameSet(List<Card> cards) {
        Set<String> names = new TreeSet<>();
        cards.forEach(c -> assertTrue(names.add(c.name()), "listed twice: " + c.name()));
        return names;
    }

    private static boolean hasBand(JsonNode exercise) {
        for (JsonNode item : exercise.get("equipment")) {
            if (item.get("type").asText().equals("band")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> texts(JsonNode array) {
        return ExerciseSite.texts(array);
    }
}
