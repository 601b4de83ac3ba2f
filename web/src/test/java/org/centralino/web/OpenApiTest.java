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

    /** Resolves a local {@code $ref} (one level is all the document uses). */
    static JsonNode resolve(JsonNode doc, JsonNode node) {
        return node.has("$ref") ? doc.at(node.get("$ref").stringValue().substring(1)) : node;
    }

    /** Every documented operation as (what, path, method, operation, path item). */
    record Op(String what, String path, String method, JsonNode op, JsonNode item) {
        boolean isPublic() {
            return op.has("security") && op.get("security").isEmpty();
        }

        /** Its parameters, operation and path level, resolved: "in name" such as "query limit". */
        Set<String> parameters(JsonNode doc) {
            Set<String> out = new TreeSet<>();
            for (JsonNode list : new JsonNode[] {item.get("parameters"), op.get("parameters")}) {
                if (list != null) {
                    list.forEach(p -> out.add(resolve(doc, p).get("in").stringValue() + " "
                        + resolve(doc, p).get("name").stringValue()));
                }
            }
            return out;
        }

        JsonNode response(JsonNode doc, String status) {
            JsonNode r = op.get("responses").get(status);
            return r == null ? null : resolve(doc, r);
        }
    }

    static List<Op> operations(JsonNode doc) {
        List<Op> out = new ArrayList<>();
        JsonNode paths = doc.get("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (HTTP_METHODS.contains(method)) {
                    out.add(new Op(method + " " + path, path, method, paths.get(path).get(method), paths.get(path)));
                }
            }
        }
        return out;
    }

    /** A route with a response that says nothing, or a success without a body schema, fails: not only a missing one. */
    @Test
    void everyResponseIsDescribedAndEverySuccessHasItsBody() {
        JsonNode doc = document();
        for (Op o : operations(doc)) {
            JsonNode responses = o.op().get("responses");
            assertThat(responses.propertyNames()).as(o.what() + " documents a success")
                .anyMatch(s -> s.startsWith("2"));
            assertThat(o.op().get("summary")).as(o.what() + " has a summary").isNotNull();
            for (String status : responses.propertyNames()) {
                JsonNode r = o.response(doc, status);
                assertThat(r.isMissingNode()).as(o.what() + " " + status + " resolves").isFalse();
                assertThat(r.has("description") && !r.get("description").stringValue().isBlank())
                    .as(o.what() + " " + status + " has a description").isTrue();
                if (status.startsWith("2") && !status.equals("204")) {
                    assertThat(r.has("content")).as(o.what() + " " + status + " describes its body").isTrue();
                    r.get("content").forEach(media -> assertThat(media.has("schema"))
                        .as(o.what() + " " + status + " has a schema").isTrue());
                }
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(r.at("/content/application~1json/schema/$ref").stringValue())
                        .as(o.what() + " " + status + " answers an Error").isEqualTo("#/components/schemas/Error");
                }
            }
            for (String seg : o.path().split("/")) {
                if (seg.startsWith("{")) {
                    assertThat(o.parameters(doc)).as(o.what() + " documents path parameter " + seg)
                        .contains("path " + seg.substring(1, seg.length() - 1));
                }
            }
            if (o.op().has("requestBody")) {
                assertThat(responses.has("413")).as(o.what() + " documents 413").isTrue();
            }
        }
    }

    @Test
    void theConventionsAreDocumentedWhereTheyApply() {
        JsonNode doc = document();
        for (Op o : operations(doc)) {
            Set<String> params = o.parameters(doc);
            JsonNode ok = o.response(doc, "200");
            String okSchema = ok == null ? "" : ok.at("/content/application~1json/schema/$ref").stringValue("");
            boolean isPage = !okSchema.isEmpty() && doc.at(okSchema.substring(1) + "/properties/nextCursor").isObject();
            if (isPage || params.contains("query limit")) {
                assertThat(isPage).as(o.what() + " takes limit, so answers {items, nextCursor}").isTrue();
                assertThat(params).as(o.what() + " is a list").contains("query limit", "query cursor");
                assertThat(o.op().get("responses").has("400")).as(o.what() + " documents a bad limit").isTrue();
            }
            if (o.method().equals("post") && !o.isPublic()) {
                assertThat(params).as(o.what() + " takes Idempotency-Key").contains("header Idempotency-Key");
                assertThat(o.op().get("responses").has("409")).as(o.what() + " documents 409").isTrue();
                assertThat(o.op().get("responses").has("422")).as(o.what() + " documents 422").isTrue();
            }
            boolean single = o.path().endsWith("}");
            if (o.method().equals("get") && single && ok != null) {
                assertThat(ok.at("/headers/ETag").isMissingNode()).as(o.what() + " 200 has an ETag").isFalse();
            }
            JsonNode get = o.item().get("get");
            boolean versioned = get != null && !resolve(doc, get.get("responses").get("200")).at("/headers/ETag")
                .isMissingNode();
            if (o.method().equals("patch") || (versioned && (o.method().equals("put") || o.method().equals("delete")))) {
                assertThat(params).as(o.what() + " takes If-Match").contains("header If-Match");
                assertThat(o.op().get("responses").has("412")).as(o.what() + " documents 412").isTrue();
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
