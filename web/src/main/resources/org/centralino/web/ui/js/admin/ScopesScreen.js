// Delegated administration: per user, which extensions they may manage and which other areas.
import { ref, onMounted } from 'vue';
import { t } from '../i18n.js';
import { api, listAll } from '../api.js';
import { ErrorBanner, Notice } from '../components/common.js';

export const EXTENSION_SCOPES = ['NONE', 'OWN', 'GROUPS', 'ALL'];
export const FLAGS = ['trunks', 'system', 'reports', 'recordings'];

// the scope as stored for the user (what the form edits); the API also answers the effective one
function editable(answer) {
  const stored = answer.stored || answer;
  return { ...stored, extensions: String(stored.extensions).toUpperCase() };
}

export default {
  components: { ErrorBanner, Notice },
  setup() {
    const rows = ref([]);
    const error = ref(null);
    const notice = ref('');
    async function load() {
      try {
        const users = await listAll('/users');
        rows.value = await Promise.all(users.map(async user => {
          const answer = user.role === 'ADMIN' ? null
            : await api.get(`/users/${encodeURIComponent(user.username)}/scope`);
          return { user, scope: answer && editable(answer) };
        }));
      } catch (e) {
        error.value = e;
      }
    }
    onMounted(load);
    async function save(row) {
      error.value = null;
      notice.value = '';
      try {
        const body = { extensions: row.scope.extensions };
        FLAGS.forEach(f => { body[f] = Boolean(row.scope[f]); });
        row.scope = editable(await api.put(`/users/${encodeURIComponent(row.user.username)}/scope`, body));
        notice.value = t('scopes.saved', { username: row.user.username });
      } catch (e) {
        error.value = e;
      }
    }
    return { t, rows, error, notice, save, EXTENSION_SCOPES, FLAGS };
  },
  template: `
  <div class="screen scopes">
    <div class="screen-head"><h2>{{ t('nav.scopes') }}</h2></div>
    <p class="muted">{{ t('scopes.intro') }}</p>
    <Notice :text="notice" /><ErrorBanner :error="error" />
    <table class="grid-table" data-test="scopes">
      <thead><tr><th>{{ t('login.username') }}</th><th>{{ t('users.role') }}</th><th>{{ t('scopes.extensions') }}</th>
        <th v-for="f in FLAGS" :key="f">{{ t('scopes.' + f) }}</th><th></th></tr></thead>
      <tbody>
        <tr v-for="row in rows" :key="row.user.username" :data-user="row.user.username">
          <td>{{ row.user.username }}</td><td>{{ t('role.' + row.user.role) }}</td>
          <template v-if="row.scope">
            <td><select v-model="row.scope.extensions" :aria-label="t('scopes.extensions')">
              <option v-for="s in EXTENSION_SCOPES" :key="s" :value="s">{{ t('scope.' + s) }}</option></select></td>
            <td v-for="f in FLAGS" :key="f"><input type="checkbox" v-model="row.scope[f]" :aria-label="t('scopes.' + f)"></td>
            <td><button type="button" @click="save(row)">{{ t('action.save') }}</button></td>
          </template>
          <td v-else :colspan="FLAGS.length + 2" class="muted">{{ t('scopes.adminAll') }}</td>
        </tr>
      </tbody>
    </table>
  </div>`,
};
