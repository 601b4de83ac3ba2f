package org.centralino.media.mix;

import java.util.HashMap;
import java.util.Map;
import org.centralino.media.clock.MediaClock;

/**
 * The conference rooms of the PBX, mixed on one media clock thread (started with the first room, stopped with the
 * last). A room exists while it has members. Thread-safe.
 */
public final class Conferences implements AutoCloseable {
    private final MediaClock clock;
    private final Map<String, Conference> rooms = new HashMap<>();

    public Conferences(MediaClock clock) {
        this.clock = clock;
    }

    /** Joins room {@code name} (created if empty) as {@code label}. */
    public synchronized Conference.Member join(String name, String label) {
        Conference room = rooms.get(name);
        if (room == null) {
            room = new Conference(name);
            rooms.put(name, room);
            clock.add(room.mixer());
            if (!clock.isRunning()) {
                clock.start();
            }
        }
        return room.join(label);
    }

    /**
     * The member leaves its room; an empty room is closed, and the clock stops with the last room. Not to be
     * called from a mixer's tick (stopping the clock waits for its thread).
     */
    public synchronized void leave(Conference.Member member) {
        Conference room = member.conference();
        room.leave(member);
        if (room.size() == 0 && rooms.remove(room.name(), room)) {
            clock.remove(room.mixer());
            if (rooms.isEmpty()) {
                clock.stop(); // no room to mix: the thread need not wake every 20 ms
            }
        }
    }

    /** Members of room {@code name} now; 0 if it does not exist. */
    public synchronized int size(String name) {
        Conference room = rooms.get(name);
        return room == null ? 0 : room.size();
    }

    @Override
    public synchronized void close() {
        rooms.clear();
        clock.stop();
    }
}
