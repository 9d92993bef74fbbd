package app.gaitway.benchmark;

import app.gaitway.benchmark.SeedPlan.ClinicPlan;
import app.gaitway.benchmark.SeedPlan.PatientPlan;
import app.gaitway.benchmark.SeedPlan.TherapistPlan;
import app.gaitway.benchmark.SeedPlan.Visit;
import app.gaitway.testdata.BulkPatients;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes the {@link SeedPlan}: at scale 1, 10,000 patients with 50,000 assessments and 20,000 programs in four clinics
 * of five therapists (the sizes issue 14 asks for), spread over the last two years. Most patients have 1 to 9 visits
 * and up to four programs one after the other, the last still running unless the patient was discharged or archived.
 * The first patient of the first clinic is the benchmark's typical patient, always the same shape (see
 * {@link SeedPrograms#typical}). Every number is drawn from a fixed seed, per patient, so a plan does not depend on
 * the order it is made in.
 */
final class SeedPlanner {

    static final long SEED = 20_141_007L;

    static final int PATIENTS = 10_000;
    static final int ASSESSMENTS = 50_000;
    static final int PROGRAMS = 20_000;
    static final int MOST_VISITS = 20;
    static final int MOST_PROGRAMS = 5;
    static final int TYPICAL_VISITS = 5;

    /** Shares of the patients per clinic: a big practice, two middling, a small one. */
    private static final double[] CLINIC_SHARES = {0.40, 0.25, 0.20, 0.15};

    private static final List<ClinicPlan> CLINICS = List.of(
            clinic("Riverside Physiotherapy", "12 River Road, Riverton RV1 2AB", "020 7946 0101"),
            clinic("Northgate Sports Clinic", "3 Northgate, Northam NG4 7QT", "020 7946 0202"),
            clinic("Harbour Rehab Centre", "40 Quay Street, Harbourside HB2 9LL", "020 7946 0303"),
            clinic("Elm Street Physio", "7 Elm Street, Elmfield EL5 1DS", "020 7946 0404"));

    private static final List<String> THERAPISTS = List.of(
            "Sam Lee",
            "Priya Shah",
            "Tom Byrne",
            "Grace Okoye",
            "Daniel Ruiz",
            "Hanna Berg",
            "Omar Haddad",
            "Lucy Evans",
            "Marco Bellini",
            "Aoife Kelly",
            "Ben Carter",
            "Yuki Sato",
            "Nadia Petrov",
            "James Wright",
            "Chloe Martin",
            "Ravi Patel",
            "Emma Schulz",
            "Kofi Mensah",
            "Sara Lind",
            "Paul Novak");

    private static final List<String> CREDENTIALS = List.of("PT, DPT", "MSc Physiotherapy", "BSc (Hons) Physiotherapy");

    private static final List<String> GOALS =
            List.of("walking the dog", "running 5 km", "the stairs at home", "gardening", "playing football", "work");

    private static final int[] CONDITION_WEIGHTS = {14, 14, 8, 8, 20, 8, 8, 7, 5, 8};

    private SeedPlanner() {}

    static SeedPlan plan(double scale, SeedLibrary library, OffsetDateTime now) {
        int patients = Math.max(CLINICS.size(), (int) Math.round(PATIENTS * scale));
        int[] visits = new int[patients];
        int[] programs = new int[patients];
        for (int i = 0; i < patients; i++) {
            Random r = new Random(SEED + i);
            visits[i] = r.nextInt(50) == 0 ? 10 + r.nextInt(MOST_VISITS - 9) : 1 + r.nextInt(9);
            programs[i] = new int[] {0, 1, 1, 2, 2, 2, 3, 3, 4, 4}[r.nextInt(10)];
        }
        // patient 0 is the typical patient: its counts are fixed, the others make up the totals exactly
        visits[0] = TYPICAL_VISITS;
        programs[0] = 1;
        Random adjust = new Random(SEED - 1);
        adjust(visits, (int) Math.round(ASSESSMENTS * scale), 1, MOST_VISITS, adjust);
        adjust(programs, (int) Math.round(PROGRAMS * scale), 0, MOST_PROGRAMS, adjust);

        SeedPrograms programMaker = new SeedPrograms(library);
        List<ClinicPlan> clinics = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < CLINICS.size(); c++) {
            ClinicPlan template = CLINICS.get(c);
            int count = c == CLINICS.size() - 1 ? patients - next : (int) Math.round(patients * CLINIC_SHARES[c]);
            List<TherapistPlan> therapists = new ArrayList<>();
            for (int t = 0; t < 5; t++) {
                String name = THERAPISTS.get(c * 5 + t);
                therapists.add(new TherapistPlan(
                        name,
                        name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + domain(template.name()),
                        CREDENTIALS.get((c + t) % CREDENTIALS.size())));
            }
            List<PatientPlan> list = new ArrayList<>();
            for (int i = next; i < next + count; i++) {
                PatientPlan p = patient(i, visits[i], now);
                p.programs = programMaker.programs(
                        p, programs[i], i == 0, template.phone(), therapists.get(p.therapist), now);
                p.lastActivityAt = lastActivity(p, now);
                list.add(p);
            }
            clinics.add(new ClinicPlan(
                    template.name(), template.address(), template.phone(), List.copyOf(therapists), List.copyOf(list)));
            next += count;
        }
        return new SeedPlan(clinics, now);
    }

    /** Adds or takes one at a time from patients other than the first until the counts add up to the total. */
    private static void adjust(int[] counts, int total, int least, int most, Random r) {
        long sum = 0;
        for (int n : counts) {
            sum += n;
        }
        if (counts.length > 1) {
            while (sum != total) {
                int i = 1 + r.nextInt(counts.length - 1);
                if (sum < total && counts[i] < most) {
                    counts[i]++;
                    sum++;
                } else if (sum > total && counts[i] > least) {
                    counts[i]--;
                    sum--;
                }
            }
        }
    }

    private static PatientPlan patient(int i, int visits, OffsetDateTime now) {
        Random r = new Random(SEED * 31 + i);
        PatientPlan p = new PatientPlan();
        p.seed = SEED * 7919 + i;
        boolean typical = i == 0;
        p.therapist = typical ? 0 : r.nextInt(5);
        p.condition = typical ? Condition.PATELLOFEMORAL_PAIN : condition(r);
        p.givenName = BulkPatients.givenName(i);
        p.familyName = BulkPatients.familyName(i);
        p.age = Math.max(
                18, Math.min(90, p.condition.youngest + r.nextInt(p.condition.oldest - p.condition.youngest + 1)));
        LocalDate today = now.toLocalDate();
        p.dateOfBirth = today.minusYears(p.age).minusDays(1 + r.nextInt(364));
        int sex = r.nextInt(100);
        p.female = sex < 58 || sex >= 98 && r.nextBoolean();
        p.sex = sex < 58 ? "FEMALE" : sex < 98 ? "MALE" : "NOT_STATED";
        p.side = !p.condition.oneSided() || r.nextInt(10) == 0 ? "BOTH" : r.nextBoolean() ? "LEFT" : "RIGHT";
        if (typical) {
            p.side = "RIGHT";
        }
        int daysAgo =
                typical ? 200 : 1 + r.nextInt(730); // from yesterday back: nobody was seen at the moment of seeding
        p.createdAt = atClinicHours(today.minusDays(daysAgo), r, now);
        p.archived = !typical && daysAgo > 120 && r.nextInt(100) < 12;
        // Seen last some days ago (up to 6 weeks), so last activities spread over weeks instead of piling up at the
        // moment of seeding; an archived patient was seen last when archived.
        OffsetDateTime end = p.archived
                ? p.createdAt.plusDays(60 + r.nextInt(daysAgo - 90))
                : typical
                        ? now
                        : later(p.createdAt, now.minusDays(1 + r.nextInt(42)).minusMinutes(r.nextInt(600)));
        p.lastSeen = end;
        p.updatedAt = p.archived ? end : p.createdAt;

        p.deficit = 0.15 + 0.25 * r.nextDouble();
        p.worstPain = 5 + r.nextInt(5);
        p.lefs = 25 + r.nextInt(30);
        p.bodyWeightKg = p.female ? 55 + r.nextInt(31) : 65 + r.nextInt(41);
        p.goal = GOALS.get(r.nextInt(GOALS.size()));
        p.hipApproach = List.of("posterior", "anterior", "lateral").get(r.nextInt(3));
        p.surgeryDate = p.createdAt.toLocalDate().minusDays(14 + r.nextInt(46));
        p.pregnancyWeeks = p.female && p.age < 40 && r.nextInt(20) == 0 ? 12 + r.nextInt(20) : 0;
        p.osteoporosis = p.female && p.age >= 60 && r.nextInt(8) == 0;
        if (!typical && r.nextInt(60) == 0) {
            p.redFlag = List.of("night_pain", "trauma", "cancer_history").get(r.nextInt(3));
            p.referred = r.nextInt(4) == 0;
        }
        p.visits = visits(p, visits, end, typical, r, now);
        return p;
    }

    private static Condition condition(Random r) {
        int total = 0;
        for (int w : CONDITION_WEIGHTS) {
            total += w;
        }
        int pick = r.nextInt(total);
        for (int c = 0; c < CONDITION_WEIGHTS.length; c++) {
            pick -= CONDITION_WEIGHTS[c];
            if (pick < 0) {
                return Condition.values()[c];
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    /**
     * Visits from the day the patient was added, every one to four weeks (closer together when they must fit
     * before the end); the last is an unsigned draft for about one patient in ten still being seen.
     */
    private static List<Visit> visits(
            PatientPlan p, int count, OffsetDateTime end, boolean typical, Random r, OffsetDateTime now) {
        LocalDate first = p.createdAt.toLocalDate();
        long span = ChronoUnit.DAYS.between(first, end.toLocalDate());
        long gap = typical ? 40 : 7 + r.nextInt(22);
        if (count > 1 && (count - 1) * gap > span) {
            gap = span / (count - 1);
        }
        boolean lastIsDraft = !typical && !p.archived && r.nextInt(10) == 0;
        List<Visit> visits = new ArrayList<>();
        OffsetDateTime previous = p.createdAt;
        for (int k = 0; k < count; k++) {
            LocalDate date = first.plusDays(k * gap);
            // after the patient was added and after the visit before, should both be on the same day
            OffsetDateTime started = notAfter(later(atClinicHours(date, r, now), previous.plusMinutes(5)), now);
            previous = started.plusMinutes(90);
            boolean draft = lastIsDraft && k == count - 1;
            OffsetDateTime signed = draft ? null : notAfter(started.plusMinutes(40 + r.nextInt(50)), now);
            visits.add(new Visit(date, started, signed));
        }
        return List.copyOf(visits);
    }

    private static OffsetDateTime lastActivity(PatientPlan p, OffsetDateTime now) {
        OffsetDateTime last = p.createdAt;
        for (Visit v : p.visits) {
            last = later(last, v.draft() ? v.startedAt() : v.finalizedAt());
        }
        for (SeedPlan.ProgramPlan program : p.programs) {
            last = later(last, program.updatedAt());
        }
        return notAfter(p.archived ? later(last, p.updatedAt) : last, now);
    }

    /** A time on the day between 8:00 and 18:00, never after now. */
    static OffsetDateTime atClinicHours(LocalDate day, Random r, OffsetDateTime now) {
        OffsetDateTime t = day.atTime(8, 0)
                .plusMinutes(r.nextInt(600))
                .atZone(ZoneId.systemDefault())
                .toOffsetDateTime()
                .truncatedTo(ChronoUnit.MICROS);
        return notAfter(t, now);
    }

    static OffsetDateTime notAfter(OffsetDateTime t, OffsetDateTime now) {
        return t.isAfter(now) ? now.minusMinutes(1) : t;
    }

    static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static ClinicPlan clinic(String name, String address, String phone) {
        return new ClinicPlan(name, address, phone, List.of(), List.of());
    }

    private static String domain(String clinicName) {
        return clinicName.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
    }
}
