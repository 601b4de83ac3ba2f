package org.centralino.feature.demo;

import org.centralino.core.app.Application;
import org.centralino.core.app.Channel;

/**
 * A conference room anyone can join (dialled at {@link DemoApplications#CONFERENCE}): everyone hears everyone else;
 * * mutes and unmutes, # leaves. The base that PIN-protected rooms and ad-hoc three-party calls will build on.
 */
public final class ConferenceDemo implements Application {
    static final String ROOM = "demo";

    @Override
    public void run(Channel channel) {
        channel.answer();
        channel.conference(ROOM);
        channel.play("goodbye");
        channel.hangup();
    }
}
