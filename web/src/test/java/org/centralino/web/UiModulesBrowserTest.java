package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every module of the UI loads in the browser and every component's template compiles: without a build step,
 * a typo would otherwise only show when someone opens that screen.
 */
class UiModulesBrowserTest extends BrowserTestBase {

    @Test
    void everyScreenLoadsAndEveryTemplateCompiles() {
        Page page = newPage("en-GB");
        page.navigate(baseUrl() + "/");
        assertThat(page.locator("[data-test=login-form]")).isVisible();
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) page.evaluate("""
            async () => {
              const { compile } = await import('vue');
              const { ROUTES } = await import('/js/routes.js');
              const { default: shell } = await import('/js/components/AppShell.js');
              const { default: login } = await import('/js/components/LoginScreen.js');
              const problems = [];
              const seen = new Set();
              const visit = (name, c) => {
                if (!c || seen.has(c)) return;
                seen.add(c);
                if (c.template) {
                  compile(c.template, { onError: e => problems.push(name + ': ' + e.message),
                                        onWarn: e => problems.push(name + ': ' + e.message) });
                }
                Object.entries(c.components || {}).forEach(([n, child]) => visit(n, child));
              };
              ROUTES.forEach(r => visit(r.path, r.component));
              visit('AppShell', shell);
              visit('LoginScreen', login);
              problems.push('components:' + seen.size);
              return problems;
            }""");
        assertThat(problems).hasSize(1);
        assertThat(Integer.parseInt(problems.getLast().substring("components:".length()))).isGreaterThan(15);
    }
}
