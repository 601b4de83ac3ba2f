package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The hand-written OpenAPI document and the routes registered in Javalin describe the same API. */
class OpenApiTest extends WebTestBase {
    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    JsonNode document() {
        Api.Resp r = api.get("/api/v1/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
        Set<String> documented = new TreeSet<>();
        JsonNode paths = document().get("paths");
        for (String path : paths.propertyNames()) {
            for (String key : paths.get(path).propertyNames()) {
                if (HTTP_METHODS.contains(key)) {
                    documented.add(key.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        assertThat(server.web.routes()).isNotEmpty().isEqualTo(documented);
    }

    @Test
    void isOpenApi31WithEveryReferenceResolved() {
        JsonNode doc = document();
        assertThat(doc.get("openapi").stringValue()).startsWith("3.1.");
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            JsonNode target = doc.at(ref.substring(1));
            assertThat(target.isMissingNode()).as("unresolved " + ref).isFalse();
        }
    }

    @Test
    void everyOperationDocumentsItsErrorsAndProtectedOnesTheir401() {
        JsonNode doc = document();
        JsonNode paths = doc.get("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (!HTTP_METHODS.contains(method)) {
                    continue;
                }
                JsonNode op = paths.get(path).get(method);
                String what = method + " " + path;
                assertThat(op.get("operationId")).as(what).isNotNull();
                assertThat(op.get("responses").has("405")).as(what + " documents 405").isTrue();
                boolean isPublic = op.has("security") && op.get("security").isEmpty();
                if (!isPublic) {
                    assertThat(op.get("responses").has("401")).as(what + " documents 401").isTrue();
                }
                if (op.has("requestBody")) {
                    for (String status : List.of("400", "415", "422")) {
                        assertThat(op.get("responses").has(status)).as(what + " documents " + status).isTrue();
                    }
                }
            }
        }
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                JsonNode v = node.get(name);
                if (name.equals("$ref") && v.isString()) {
                    out.add(v.stringValue());
                } else {
                    collectRefs(v, out);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode e : node) {
                collectRefs(e, out);
            }
        }
    }
}
