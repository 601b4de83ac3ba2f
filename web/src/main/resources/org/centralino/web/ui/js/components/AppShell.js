// The frame around every screen once logged in: navigation by role, language, logout.
import { ref, computed, onMounted, onBeforeUnmount } from 'vue';
import { t, locale, setLocale } from '../i18n.js';
import { api } from '../api.js';
import { session, logout, updateUser, stream } from '../session.js';
import { ROUTES, routeFor } from '../routes.js';
import LanguageToggle from './LanguageToggle.js';

export default {
  components: { LanguageToggle },
  setup() {
    const hash = ref(location.hash);
    const online = ref(true);
    const onHash = () => { hash.value = location.hash; };
    let offStatus = () => {};
    onMounted(() => {
      addEventListener('hashchange', onHash);
      offStatus = stream.onStatus(up => { online.value = up; });
    });
    onBeforeUnmount(() => {
      removeEventListener('hashchange', onHash);
      offStatus();
    });
    const current = computed(() => routeFor(hash.value));
    const userRoutes = computed(() => ROUTES.filter(r => !r.admin && r.allowed()));
    const adminRoutes = computed(() => ROUTES.filter(r => r.admin && r.allowed()));
    async function changeLanguage(language) {
      setLocale(language);
      try {
        updateUser(await api.patch('/me', { language }));
      } catch (e) {
        console.warn('language not saved in the profile', e);
      }
    }
    // the first Tab stop: past the navigation, straight to the screen (a link to #main would change the route)
    const main = ref(null);
    const skipToContent = () => main.value?.focus();
    return { t, locale, session, current, userRoutes, adminRoutes, online, changeLanguage, logout, main,
      skipToContent };
  },
  template: `
  <div class="shell">
    <button type="button" class="skip-link" @click="skipToContent" data-test="skip">{{ t('nav.skip') }}</button>
    <header class="topbar">
      <a class="brand" href="#/phonebook">Centralino</a>
      <nav class="nav" :aria-label="t('nav.main')">
        <a v-for="r in userRoutes" :key="r.path" :href="'#/' + r.path" :data-nav="r.path"
           :class="{ active: current.path === r.path }">{{ t(r.label) }}</a>
        <span v-if="adminRoutes.length" class="nav-sep">{{ t('nav.admin') }}</span>
        <a v-for="r in adminRoutes" :key="r.path" :href="'#/' + r.path" :data-nav="r.path"
           :class="{ active: current.path === r.path }">{{ t(r.label) }}</a>
      </nav>
      <div class="who">
        <span v-if="!online" class="offline-note" :title="t('events.offline')">{{ t('events.offline') }}</span>
        <span data-test="whoami">{{ session.user.displayName || session.user.username }}
          <small class="muted">{{ t('role.' + session.user.role) }}</small></span>
        <LanguageToggle :value="locale" @change="changeLanguage" />
        <button type="button" @click="logout" data-test="logout">{{ t('nav.logout') }}</button>
      </div>
    </header>
    <main ref="main" class="content" tabindex="-1">
      <component :is="current.component" :key="current.path" />
    </main>
  </div>`,
};
