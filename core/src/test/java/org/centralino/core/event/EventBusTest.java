package org.centralino.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBusTest {
    sealed interface Animal permits Cat, Dog {
    }

    record Cat(String name) implements Animal {
    }

    record Dog(String name) implements Animal {
    }

    @Test
    void subscribersGetTheEventsOfTheirTypeAndSubtypesInOrder() {
        EventBus bus = new EventBus();
        List<String> seen = new ArrayList<>();
        bus.subscribe(Cat.class, c -> seen.add("cat " + c.name()));
        bus.subscribe(Animal.class, a -> seen.add("animal " + a));
        bus.publish(new Cat("Tom"));
        bus.publish(new Dog("Rex"));
        bus.publish("not an animal");
        assertThat(seen).containsExactlyInAnyOrder("cat Tom", "animal Cat[name=Tom]", "animal Dog[name=Rex]");
    }

    @Test
    void aFailingSubscriberDoesNotStopTheOthers() {
        EventBus bus = new EventBus();
        List<String> seen = new ArrayList<>();
        bus.subscribe(Cat.class, c -> {
            throw new IllegalStateException("boom");
        });
        bus.subscribe(Cat.class, c -> seen.add(c.name()));
        bus.publish(new Cat("Tom"));
        assertThat(seen).containsExactly("Tom");
    }
}
