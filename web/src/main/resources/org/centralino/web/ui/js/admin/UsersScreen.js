// Administration of user accounts and their roles.
import { ref, computed, onMounted } from 'vue';
import { t } from '../i18n.js';
import { api, listAll } from '../api.js';
import { ErrorBanner, Notice } from '../components/common.js';
import UserForm from './UserForm.js';

export default {
  components: { ErrorBanner, Notice, UserForm },
  setup() {
    const users = ref([]);
    const q = ref('');
    const editing = ref(null);
    const error = ref(null);
    const notice = ref('');
    async function load() {
      try {
        users.value = await listAll('/users');
      } catch (e) {
        error.value = e;
      }
    }
    onMounted(load);
    const shown = computed(() => {
      const needle = q.value.trim().toLowerCase();
      return users.value.filter(u => !needle || [u.username, u.displayName, u.extension, u.email]
        .some(v => String(v ?? '').toLowerCase().includes(needle)));
    });
    async function saved(user) {
      notice.value = t('users.saved', { username: user.username });
      editing.value = null;
      await load();
    }
    async function remove(user) {
      if (!confirm(t('users.confirmDelete', { username: user.username }))) {
        return;
      }
      error.value = null;
      try {
        await api.del(`/users/${encodeURIComponent(user.username)}`, { ifMatch: user.version });
        notice.value = t('users.deleted', { username: user.username });
        await load();
      } catch (e) {
        error.value = e;
      }
    }
    return { t, users, q, shown, editing, error, notice, saved, remove };
  },
  template: `
  <div class="screen users">
    <div class="screen-head">
      <h2>{{ t('nav.users') }}</h2>
      <input type="search" class="search" v-model="q" data-search :placeholder="t('users.search')"
             :aria-label="t('users.search')">
    </div>
    <div class="toolbar"><button type="button" class="primary" @click="editing = 'new'" data-test="add-user">
      {{ t('users.add') }}</button></div>
    <Notice :text="notice" /><ErrorBanner :error="error" />
    <UserForm v-if="editing" :key="editing === 'new' ? 'new' : editing.username"
      :user="editing === 'new' ? null : editing" @saved="saved" @cancel="editing = null" />
    <table class="grid-table" data-test="users">
      <thead><tr><th>{{ t('login.username') }}</th><th>{{ t('users.displayName') }}</th><th>{{ t('users.role') }}</th>
        <th>{{ t('users.extension') }}</th><th>{{ t('users.email') }}</th>
        <th><span class="sr-only">{{ t('action.actions') }}</span></th></tr></thead>
      <tbody>
        <tr v-for="u in shown" :key="u.username" :data-user="u.username" :class="{ disabled: u.enabled === false }">
          <td>{{ u.username }}</td><td>{{ u.displayName }}</td><td>{{ t('role.' + u.role) }}</td>
          <td>{{ u.extension }}</td><td>{{ u.email }}</td>
          <td class="row-actions">
            <button type="button" @click="editing = u" data-test="edit">{{ t('action.edit') }}</button>
            <a class="button" :href="'#/admin/scopes'">{{ t('nav.scopes') }}</a>
            <button type="button" class="danger" @click="remove(u)" data-test="delete">{{ t('action.delete') }}</button>
          </td>
        </tr>
      </tbody>
    </table>
  </div>`,
};
