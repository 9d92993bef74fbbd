package app.gaitway.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * No two packages depend on each other, directly or round a loop, at any depth: every package (programs,
 * programs.builder, shared.db, ...) counts on its own. A loop means neither side can be understood, tested or
 * moved without the other; the floor order alone does not catch one inside a feature.
 */
@AnalyzeClasses(packages = "app.gaitway", importOptions = ImportOption.DoNotIncludeTests.class)
class NoCyclesTest {

    private static final String ROOT = "app.gaitway";
    private static final int EXAMPLES_PER_EDGE = 3;

    /** ArchUnit's own rule: its report walks each loop it finds, step by step. */
    @ArchTest
    static final ArchRule no_package_cycles =
            slices().matching(ROOT + ".(**)").namingSlices("$1").should().beFreeOfCycles();

    /**
     * The same rule, complete. ArchUnit's search (1.3 to 1.5) can pass over a loop once it has found another in a
     * part of the graph it reached first: on the tree of 2026-12-06 it reported 1 of the 4 loops there were (exercises and exercises.transfer). Here
     * every group of packages that reach each other (a strongly connected component of the package graph) fails.
     */
    @ArchTest
    static void no_package_is_in_a_loop(JavaClasses classes) {
        SortedMap<String, SortedMap<String, List<Dependency>>> graph = packageGraph(classes);
        List<SortedSet<String>> loops = stronglyConnectedGroups(graph);
        if (loops.isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder("Packages that depend on each other round a loop (")
                .append(loops.size())
                .append("):");
        for (SortedSet<String> loop : loops) {
            report.append(System.lineSeparator()).append("Loop: ").append(String.join(", ", loop));
            for (String from : loop) {
                graph.get(from).forEach((to, dependencies) -> {
                    if (loop.contains(to)) {
                        report.append(System.lineSeparator())
                                .append("  ")
                                .append(from)
                                .append(" -> ")
                                .append(to);
                        dependencies.stream()
                                .limit(EXAMPLES_PER_EDGE)
                                .forEach(dependency -> report.append(System.lineSeparator())
                                        .append("    - ")
                                        .append(dependency.getDescription()));
                        if (dependencies.size() > EXAMPLES_PER_EDGE) {
                            report.append(System.lineSeparator())
                                    .append("    (")
                                    .append(dependencies.size() - EXAMPLES_PER_EDGE)
                                    .append(" more)");
                        }
                    }
                });
            }
        }
        throw new AssertionError(report.toString());
    }

    private static SortedMap<String, SortedMap<String, List<Dependency>>> packageGraph(JavaClasses classes) {
        SortedMap<String, SortedMap<String, List<Dependency>>> graph = new TreeMap<>();
        for (JavaClass origin : classes) {
            String from = origin.getPackageName();
            SortedMap<String, List<Dependency>> targets = graph.computeIfAbsent(from, p -> new TreeMap<>());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = dependency.getTargetClass().getPackageName();
                if (!to.equals(from) && (to.equals(ROOT) || to.startsWith(ROOT + "."))) {
                    targets.computeIfAbsent(to, p -> new ArrayList<>()).add(dependency);
                }
            }
        }
        return graph;
    }

    /** Tarjan's algorithm; only groups of two or more packages are loops (a package may use itself). */
    private static List<SortedSet<String>> stronglyConnectedGroups(
            SortedMap<String, SortedMap<String, List<Dependency>>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> lowLink = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<SortedSet<String>> groups = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                visit(start, graph, index, lowLink, stack, groups);
            }
        }
        return groups;
    }

    private static void visit(
            String node,
            SortedMap<String, SortedMap<String, List<Dependency>>> graph,
            Map<String, Integer> index,
            Map<String, Integer> lowLink,
            Deque<String> stack,
            List<SortedSet<String>> groups) {
        index.put(node, index.size());
        lowLink.put(node, index.get(node));
        stack.push(node);
        for (String next : graph.getOrDefault(node, new TreeMap<>()).keySet()) {
            if (!index.containsKey(next)) {
                visit(next, graph, index, lowLink, stack, groups);
                lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
            } else if (stack.contains(next)) {
                lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
            }
        }
        if (lowLink.get(node).equals(index.get(node))) {
            SortedSet<String> group = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                group.add(member);
            } while (!member.equals(node));
            if (group.size() > 1) {
                groups.add(group);
            }
        }
    }
}
