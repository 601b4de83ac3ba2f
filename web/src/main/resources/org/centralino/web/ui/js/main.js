// Starts the UI: resume the session of the cookie if there is one, else the login screen.
import { createApp, onMounted } from 'vue';
import { session, resume, end } from './session.js';
import { setUnauthorizedHandler } from './api.js';
import { t } from './i18n.js';
import LoginScreen from './components/LoginScreen.js';
import AppShell from './components/AppShell.js';

const Root = {
  components: { LoginScreen, AppShell },
  setup() {
    setUnauthorizedHandler(() => { if (session.user) end(); });
    onMounted(resume);
    onMounted(() => addEventListener('keydown', focusSearchOnSlash));
    return { session, t };
  },
  template: `
    <div v-if="!session.checked" class="loading">…</div>
    <LoginScreen v-else-if="!session.user" />
    <AppShell v-else />`,
};

// "/" focuses the screen's search box, unless the user is typing somewhere
function focusSearchOnSlash(event) {
  const target = event.target;
  const typing = target instanceof HTMLElement
    && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    const search = document.querySelector('[data-search]');
    if (search) {
      event.preventDefault();
      search.focus();
    }
  }
}

createApp(Root).mount('#app');
