package org.centralino.web;

import java.util.List;

/** The envelope of every list answer, so paging fields can be added later without breaking clients. */
record ListJson<T>(List<T> items) {
}
