package app.gaitway.programs.builder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The program builder's state between two round trips: the program fields and the exercises with their dosage,
 * exactly as typed, not yet checked. The buttons that add, remove and move exercises change this and nothing
 * else, so the therapist's typing survives every press.
 */
public final class ProgramDraft {

    /** More than this is not a home program any more; the builder refuses to add further exercises. */
    public static final int MAX_ITEMS = 30;

    private final HeaderFields header;
    private final List<DraftItem> items;

    public ProgramDraft(HeaderFields header, List<DraftItem> items) {
        this.header = header;
        this.items = new ArrayList<>(items.subList(0, Math.min(items.size(), MAX_ITEMS)));
    }

    public HeaderFields header() {
        return header;
    }

    public List<DraftItem> items() {
        return Collections.unmodifiableList(items);
    }

    public boolean isFull() {
        return items.size() >= MAX_ITEMS;
    }

    public boolean contains(long exerciseId) {
        return items.stream().anyMatch(i -> i.exerciseId() == exerciseId);
    }

    /** Adds an exercise at the end; false when the program is full. */
    public boolean add(DraftItem item) {
        if (isFull()) {
            return false;
        }
        items.add(item);
        return true;
    }

    public void remove(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
    }

    /** Moves an item one place up; returns where it is now. */
    public int moveUp(int index) {
        if (index > 0 && index < items.size()) {
            Collections.swap(items, index, index - 1);
            return index - 1;
        }
        return index;
    }

    /** Moves an item one place down; returns where it is now. */
    public int moveDown(int index) {
        if (index >= 0 && index < items.size() - 1) {
            Collections.swap(items, index, index + 1);
            return index + 1;
        }
        return index;
    }
}
