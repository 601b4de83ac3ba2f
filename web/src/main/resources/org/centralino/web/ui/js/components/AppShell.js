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
    return { t, locale, session, current, userRoutes, adminRoutes, online, changeLanguage, logout };
  },
  template: `
  <div class="shell">
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
    <main class="content">
      <component :is="current.component" :key="current.path" />
    </main>
  </div>`,
};
