// Create or edit one user account: role, own extension, language, contact details; a password on create.
import { reactive, ref, onMounted } from 'vue';
import { t, LANGUAGES } from '../i18n.js';
import { api } from '../api.js';
import { ErrorBanner, FieldError } from '../components/common.js';

export const ROLES = ['USER', 'OPERATOR', 'PHONEBOOK_MANAGER', 'ADMIN'];
const TEXT_FIELDS = ['displayName', 'email', 'mobile', 'extension'];

export default {
  components: { ErrorBanner, FieldError },
  props: { user: { type: Object, default: null } },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const u = props.user;
    const form = reactive({ username: u?.username ?? '', password: '', role: u?.role ?? 'USER',
      language: u?.language ?? 'it', enabled: u ? u.enabled !== false : true });
    TEXT_FIELDS.forEach(f => { form[f] = u?.[f] ?? ''; });
    const error = ref(null);
    const formEl = ref(null);
    onMounted(() => formEl.value?.querySelector('input:not([disabled])')?.focus());
    function body() {
      const out = { role: form.role, language: form.language };
      TEXT_FIELDS.forEach(f => {
        const v = String(form[f]).trim();
        if (v !== '' || u) {
          out[f] = v === '' ? null : v;
        }
      });
      if (u) {
        out.enabled = form.enabled;
      } else {
        out.username = form.username.trim();
        out.password = form.password;
      }
      return out;
    }
    async function save() {
      error.value = null;
      try {
        emit('saved', u
          ? await api.patch(`/users/${encodeURIComponent(u.username)}`, body(), { ifMatch: u.version })
          : await api.post('/users', body()));
      } catch (e) {
        error.value = e;
      }
    }
    return { t, form, error, formEl, save, ROLES, LANGUAGES, TEXT_FIELDS };
  },
  template: `
  <form ref="formEl" class="card form-grid" @submit.prevent="save" @keydown.esc="$emit('cancel')" data-test="user-form">
    <h3 class="span-all">{{ user ? t('users.edit', { username: user.username }) : t('users.add') }}</h3>
    <label>{{ t('login.username') }}<input name="username" v-model="form.username" :disabled="!!user" required>
      <FieldError :error="error" name="username" /></label>
    <label v-if="!user">{{ t('login.password') }}
      <input name="password" type="password" v-model="form.password" autocomplete="new-password" required>
      <FieldError :error="error" name="password" /></label>
    <label v-for="f in TEXT_FIELDS" :key="f">{{ t('users.' + f) }}<input :name="f" v-model="form[f]">
      <FieldError :error="error" :name="f" /></label>
    <label>{{ t('users.role') }}<select name="role" v-model="form.role">
      <option v-for="r in ROLES" :key="r" :value="r">{{ t('role.' + r) }}</option></select>
      <FieldError :error="error" name="role" /></label>
    <label>{{ t('profile.language') }}<select name="language" v-model="form.language">
      <option v-for="l in LANGUAGES" :key="l" :value="l">{{ t('language.' + l) }}</option></select></label>
    <label v-if="user" class="inline"><input type="checkbox" name="enabled" v-model="form.enabled">
      {{ t('users.enabled') }}</label>
    <ErrorBanner class="span-all" :error="error" />
    <div class="actions span-all">
      <button type="submit" class="primary" data-test="save">{{ t('action.save') }}</button>
      <button type="button" @click="$emit('cancel')">{{ t('action.cancel') }}</button>
    </div>
  </form>`,
};
