// The login screen: in the browser's language, with a toggle; Enter submits.
import { ref, onMounted } from 'vue';
import { t, locale, setLocale } from '../i18n.js';
import { login } from '../session.js';
import { ErrorBanner, FieldError } from './common.js';
import LanguageToggle from './LanguageToggle.js';

export default {
  components: { ErrorBanner, FieldError, LanguageToggle },
  emits: ['logged-in'],
  setup(props, { emit }) {
    const username = ref('');
    const password = ref('');
    const error = ref(null);
    const busy = ref(false);
    const first = ref(null);
    onMounted(() => first.value?.focus());
    async function submit() {
      error.value = null;
      busy.value = true;
      try {
        await login(username.value.trim(), password.value);
        password.value = '';
        emit('logged-in');
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = false;
      }
    }
    return { t, locale, setLocale, username, password, error, busy, first, submit };
  },
  template: `
  <main class="login">
    <form class="card login-card" @submit.prevent="submit" data-test="login-form">
      <header class="login-head">
        <h1>Centralino</h1>
        <LanguageToggle :value="locale" @change="setLocale" />
      </header>
      <p class="muted">{{ t('login.intro') }}</p>
      <label>{{ t('login.username') }}
        <input ref="first" name="username" v-model="username" autocomplete="username" required>
        <FieldError :error="error" name="username" />
      </label>
      <label>{{ t('login.password') }}
        <input name="password" type="password" v-model="password" autocomplete="current-password" required>
        <FieldError :error="error" name="password" />
      </label>
      <ErrorBanner :error="error" />
      <button type="submit" class="primary" :disabled="busy">{{ t('login.submit') }}</button>
    </form>
  </main>`,
};
