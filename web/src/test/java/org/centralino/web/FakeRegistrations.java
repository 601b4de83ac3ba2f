package org.centralino.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralino.core.registrar.Binding;
import org.centralino.core.registrar.Registrations;

/** Registrations the test sets by hand (the registrar lives in another branch). */
final class FakeRegistrations implements Registrations {
    final List<Binding> bindings = new CopyOnWriteArrayList<>();

    @Override
    public List<Binding> list() {
        return List.copyOf(bindings);
    }

    @Override
    public List<Binding> of(String extension) {
        return bindings.stream().filter(b -> b.extension().equals(extension)).toList();
    }
}
