package org.centralino.benchmarks;

import java.util.List;
import java.util.Random;
import org.centralino.core.phonebook.ContactFields;

/**
 * Realistic Italian phonebook data from a seeded random source, so every run searches the same directory: common
 * and rare first and last names (some accented), companies built from surnames and trades, landline numbers with
 * real area codes and mobile numbers with real operator prefixes, written the way people write them.
 */
final class ItalianDirectory {
    static final List<String> FIRST = List.of("Marco", "Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco",
        "Alessandro", "Andrea", "Luca", "Matteo", "Lorenzo", "Davide", "Simone", "Federico", "Riccardo", "Stefano",
        "Paolo", "Roberto", "Nicolò", "Niccolò", "Gabriele", "Tommaso", "Pietro", "Salvatore", "Vincenzo", "Fabio",
        "Maria", "Anna", "Giulia", "Francesca", "Sara", "Chiara", "Laura", "Valentina", "Elena", "Alessia", "Martina",
        "Federica", "Silvia", "Giorgia", "Paola", "Roberta", "Elisa", "Ilaria", "Beatrice", "Aurora", "Noemi", "Agnese",
        "Lucrezia", "Ludovica", "Carlotta", "Benedetta", "Rosalìa", "Zoe", "Irene", "Cristina", "Monica", "Daniela");
    static final List<String> LAST = List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
        "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
        "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli",
        "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis",
        "D'Angelo", "Marchetti", "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini",
        "Grasso", "Valentini", "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna", "Farina",
        "Rizzi", "Monti", "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza", "Testa", "Grassi", "Pellegrino",
        "Carbone", "Giuliani", "Benedetti", "Barone", "Rossetti", "Caputo", "Montanari", "Guerra", "Palmieri",
        "Bernardi", "Martino", "Fiore", "De Rosa", "Ferretti", "Bellini", "Basile", "Riva", "Donati", "Piras",
        "Vitali", "Battaglia", "Sartori", "Neri", "Costantini", "Milani", "Pagano", "Ruggiero", "Sorrentino",
        "D'Amico", "Orlando", "Damico", "Negri", "Cantù", "Lucà", "Forlì", "Pirrò", "Niccolò", "Mirò", "Zanetti",
        "Zanella", "Quaglia", "Yamamoto", "Kowalski", "Øvergaard", "Ściborski");
    static final List<String> TRADES = List.of("Trasporti", "Costruzioni", "Impianti Elettrici", "Elettronica",
        "Alimentari", "Consulting", "Immobiliare", "Farmacia", "Ferramenta", "Autofficina", "Studio Legale",
        "Studio Dentistico", "Assicurazioni", "Informatica", "Logistica", "Tipografia", "Serramenti", "Idraulica");
    static final List<String> FORMS = List.of("S.r.l.", "S.p.A.", "S.n.c.", "S.a.s.", "& Figli", "");
    static final List<String> DEPARTMENTS = List.of("Acquisti", "Vendite", "Amministrazione", "Magazzino",
        "Assistenza", "Direzione", "Contabilità", "Ufficio Tecnico");
    static final List<String> AREA_CODES = List.of("02", "06", "011", "010", "051", "055", "081", "091", "041",
        "045", "049", "0471", "0461", "070", "080", "095", "0521", "0583", "0532", "0733");
    static final List<String> MOBILE_PREFIXES = List.of("320", "324", "327", "328", "329", "330", "331", "333", "334",
        "335", "338", "339", "340", "342", "345", "347", "348", "349", "360", "366", "368", "380", "388", "389",
        "391", "392", "393");

    private final Random random;

    ItalianDirectory(long seed) {
        this.random = new Random(seed);
    }

    <T> T pick(List<T> list) {
        // a skewed pick: common names are common (the first of each list come up far more often)
        int i = (int) Math.floor(Math.pow(random.nextDouble(), 2.2) * list.size());
        return list.get(Math.min(i, list.size() - 1));
    }

    String landline() {
        String area = AREA_CODES.get(random.nextInt(AREA_CODES.size()));
        String subscriber = digits(10 - area.length());
        return switch (random.nextInt(4)) {
            case 0 -> "+39 " + area + " " + subscriber;
            case 1 -> area + "/" + subscriber;
            case 2 -> "(" + area + ") " + subscriber.substring(0, 3) + "-" + subscriber.substring(3);
            default -> area + " " + subscriber;
        };
    }

    String mobile() {
        String m = MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size())) + digits(7);
        return switch (random.nextInt(3)) {
            case 0 -> "+39 " + m.substring(0, 3) + " " + m.substring(3);
            case 1 -> m.substring(0, 3) + " " + m.substring(3, 6) + " " + m.substring(6);
            default -> m;
        };
    }

    String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    String company() {
        String form = pick(FORMS);
        return (pick(LAST) + " " + TRADES.get(random.nextInt(TRADES.size())) + " " + form).strip();
    }

    /** A person at a company (most shared entries), a company switchboard, or a private person. */
    ContactFields contact() {
        int kind = random.nextInt(10);
        if (kind < 2) {
            return new ContactFields(null, null, company(), null, null, landline(), null, null, null, null);
        }
        String first = pick(FIRST);
        String last = pick(LAST);
        String email = (first.charAt(0) + "." + last.replace(" ", "").replace("'", "")).toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z.]", "") + "@example.it";
        if (kind < 8) {
            return new ContactFields(first, last, company(), pick(DEPARTMENTS), null, landline(),
                random.nextBoolean() ? mobile() : null, null, email, null);
        }
        return new ContactFields(first, last, null, null, null, null, mobile(), random.nextBoolean() ? landline() : null,
            null, random.nextInt(5) == 0 ? "chiamare dopo le 18" : null);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
